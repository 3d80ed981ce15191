# Portuguese lexicon of the offline briefer. Format: data/README.md.

[meta]
code = pt
name = português
english = Portuguese
lemma-tags = b
# A paragraph that opens with a dash is direct speech.
dialogue = true
# Subjects may be left out: a verb alone after a quotation is the last speaker's.
prodrop = true
passiveafternoun = true
# People bear several surnames: "Lula" names "Luiz Inácio Lula da Silva" again.
doublesurnames = true
# The journalistic conditional ([set subjunctive]) goes on reporting.
conditional = true
traits = commacomp commawords adjafter pluralagreement describedwordless pronounchains strictoffices

[quotes]
“ ”
" "
« »
‘ ’

[paradigms]
ar: ar > =:b a:f am:f ou:f aram:f ado:pp ada:pp ados:pp adas:pp ava:f avam:f ando:g ará:f arão:f
er: er > =:b e:f em:f eu:f eram:f ido:pp ida:pp ia:f iam:f endo:g erá:f erão:f
ir: ir > =:b e:f em:f iu:f iram:f ido:pp ida:pp ia:f iam:f indo:g irá:f irão:f

[verbs]
dizer - assert say : diz:f dizem:f disse:f disseram:f dito:pp dita:pp dizia:f diziam:f dizendo:g dirá:f
afirmar ar assert say
declarar ar assert say weak  # (weak: "declarou em tribunal", "vai declarar na quinta-feira" testify, no words)
explicar ar assert say
destacar ar assert note
ressaltar ar assert note
reforçar ar assert repeat
observar ar assert note
pontuar ar assert note
justificar ar assert argue
classificar ar assert describe
qualificar ar assert describe : qualificou:f
indagar ar other question
salientar ar assert note
frisar ar assert note
enfatizar ar assert note
acrescentar ar assert say
adiantar ar assert say
completar ar assert say
# ("complementou que …", "«…», arrematou"; weak: "complementa a renda",
# "arrematou o lote" say nothing.)
complementar ar assert say weak
arrematar ar assert say weak
expor - assert say weak speaker : expõe:f expõem:f expôs:f expuseram:f exposto:pp expunha:f expondo:g
informar ar assert say
garantir ir assert say
assegurar ar assert say
apontar ar assert say
indicar ar assert say
revelar ar assert say
admitir ir assert say
reconhecer er assert say
reiterar ar assert repeat
lembrar ar assert recall
recordar ar assert recall
anunciar ar assert announce
confirmar ar assert say
comentar ar assert comment weak neg=notcomment
contar ar assert recount weak noun : conta:f/n
relatar ar assert recount
narrar ar assert recount
descrever - assert recount : descreve:f descrevem:f descreveu:f descreveram:f descrito:pp descrita:pp descrevia:f descreviam:f descrevendo:g
# ("repetiu que …"; weak: "repetiu o exame" reports no words)
repetir - assert repeat weak : repete:f repetem:f repetiu:f repetiram:f repetido:pp repetia:f repetindo:g
recomendar ar other recommend
aconselhar ar other recommend
# "jurou que …" (weak: "jurou o cargo" reports no words)
jurar ar assert say weak
antecipar ar assert announce weak
escrever er assert write weak : escrito:pp
postar ar assert write weak
tuitar ar assert write weak
disparar ar assert say weak
emendar ar assert say weak
retrucar ar assert reply
replicar ar assert reply
rechaçar ar deny reject
repudiar ar accuse condemn
comemorar ar assert welcome
celebrar ar assert welcome
sinalizar ar assert say weak
brincar ar assert say weak
# "alfinetou o governo": a jab, its object the one criticised;
# "relembrou que …".
alfinetar ar accuse criticize speaker
relembrar ar assert recall
apostar ar assert believe opinion weak
prever - assert predict : prevê:f preveem:f previu:f previram:f previsto:pp previa:f
projetar ar assert predict weak
divulgar ar assert announce weak
responder er assert reply weak
rebater er assert reply
defender er assert argue
argumentar ar assert argue
sustentar ar assert argue weak
comunicar ar assert say
confessar ar assert say
desabafar ar assert say
ironizar ar assert say
sugerir - assert say : sugere:f sugerem:f sugeriu:f sugeriram:f sugerido:pp sugeria:f sugerindo:g
concluir - assert say weak : conclui:f concluem:f concluiu:f concluíram:f concluído:pp concluía:f
achar ar assert believe opinion weak
pensar ar assert believe opinion weak
crer - assert believe opinion weak : crê:f creem:f creu:f creram:f crido:pp cria:f criam:f
entender er assert believe opinion weak
julgar ar assert believe opinion weak
avaliar ar assert believe opinion
considerar ar assert consider opinion
acreditar ar assert believe opinion
estimar ar assert believe opinion
opinar ar assert believe opinion
ponderar ar assert say
temer er assert fear opinion weak
alertar ar other warn
avisar ar other warn
advertir ir other warn : adverte:f advertem:f advertiu:f
negar ar deny deny
desmentir ir deny deny : desmente:f desmentem:f desmentiu:f
rejeitar ar deny reject
refutar ar deny deny
contestar ar deny dispute
acusar ar accuse accuse
culpar ar accuse blame
criticar ar accuse criticize
condenar ar accuse condemn
denunciar ar accuse condemn
questionar ar other question
# "constatou que …", "notou que …": words only with a clause or a
# quotation ("notou a ausência do colega").
constatar ar assert note weak
notar ar assert note weak
lamentar ar other regret
pedir - other ask : pede:f pedem:f pediu:f pediram:f pedido:pp pedia:f pedindo:g
cobrar ar other demand
exigir ir other demand
solicitar ar other ask
prometer er other promise
propor - other propose : propõe:f propõem:f propôs:f propuseram:f proposto:pp
ameaçar ar other threaten
elogiar ar assert praise
sublinhar ar assert note
assinalar ar assert note
ressalvar ar assert note
alegar ar assert argue
reafirmar ar assert repeat
detalhar ar assert say
esclarecer er assert say
mencionar ar assert say
manifestar ar assert say
insistir ir assert say
calcular ar assert believe opinion weak
reclamar ar other complain
deixar ar assert say part=claro
queixar ar other complain refl takes=de
descartar ar deny ruleout neg=notruleout
# "afastou a possibilidade de …", "afastou a hipótese de …": rules out.
afastar ar deny ruleout part=a_possibilidade
afastar ar deny ruleout part=a_hipótese
# "colocou em dúvida …", "pôs em dúvida …", "demonstrou preocupação com
# …", "mostrou preocupação com …".
colocar ar other question part=em_dúvida
pôr - other question part=em_dúvida : põe:f põem:f pôs:f puseram:f posto:pp punha:f punham:f pondo:g
demonstrar ar assert concern whole part=preocupação
mostrar ar assert concern whole part=preocupação
# "saiu em defesa do projeto": a stand for what follows.
sair - assert defence part=em_defesa takes=de|do|da|dos|das : sai:f saem:f saiu:f saíram:f saído:pp saía:f saíam:f sairá:f saindo:g
# "se mostrou preocupado com …", "mostrou-se cético", "se mostrou
# contrário a …", "se mostraram satisfeitos": a view told by the adjective.
mostrar ar assert concern whole refl part=preocupado
mostrar ar assert concern whole refl part=preocupada
mostrar ar assert concern whole refl part=preocupados
mostrar ar assert concern whole refl part=preocupadas
mostrar ar assert optimism whole refl part=otimista
mostrar ar assert optimism whole refl part=otimistas
mostrar ar assert pessimism whole refl part=pessimista
mostrar ar assert pessimism whole refl part=pessimistas
mostrar ar assert skeptic whole refl part=cético
mostrar ar assert skeptic whole refl part=cética
mostrar ar assert skeptic whole refl part=céticos
mostrar ar assert skeptic whole refl part=céticas
mostrar ar assert favourable whole refl part=favorável takes=a|ao|à|aos|às
mostrar ar assert favourable whole refl part=favoráveis takes=a|ao|à|aos|às
mostrar ar other oppose whole refl part=contrário takes=a|ao|à|aos|às
mostrar ar other oppose whole refl part=contrária takes=a|ao|à|aos|às
mostrar ar other oppose whole refl part=contrários takes=a|ao|à|aos|às
mostrar ar other oppose whole refl part=contrárias takes=a|ao|à|aos|às
mostrar ar accuse critical whole refl speaker part=crítico
mostrar ar accuse critical whole refl speaker part=crítica
mostrar ar accuse critical whole refl speaker part=críticos
mostrar ar accuse critical whole refl speaker part=críticas
mostrar ar assert satisfied whole refl part=satisfeito
mostrar ar assert satisfied whole refl part=satisfeita
mostrar ar assert satisfied whole refl part=satisfeitos
mostrar ar assert satisfied whole refl part=satisfeitas
# "Um estudo da USP mostra que …", "Dados do IBGE demonstram que …": a
# document's finding, its author's (not "O prefeito mostrou o porto").
mostrar ar assert show docsubj
demonstrar ar assert show docsubj
# "Um relatório da OCDE evidencia que …".
evidenciar ar assert show docsubj
fazer - other call part=um_apelo : faz:f fazem:f fez:f fizeram:f feito:pp fazia:f faziam:f fazendo:g fará:f farão:f
fazer - other call part=apelo : faz:f fazem:f fez:f fizeram:f feito:pp fazia:f faziam:f fazendo:g fará:f farão:f
falar ar assert talk topic takes=sobre|de|que
pronunciar ar assert talk refl topic takes=sobre
referir - assert refer refl part=a : refere:f referem:f referiu:f referiram:f referido:pp referia:f referiam:f
referir - assert referthe refl part=ao : refere:f referem:f referiu:f referiram:f referido:pp referia:f referiam:f
referir - assert referthef refl part=à : refere:f referem:f referiu:f referiram:f referido:pp referia:f referiam:f
# "refere que …" (Portugal): says, without the reflexive.
referir - assert say weak : refere:f referem:f referiu:f referiram:f referido:pp
saudar ar assert welcome
opor - deny reject refl part=a : opõe:f opõem:f opôs:f opuseram:f oposto:pp opunha:f opunham:f
opor - deny rejectthe refl part=ao : opõe:f opõem:f opôs:f opuseram:f oposto:pp opunha:f opunham:f
opor - deny rejectthef refl part=à : opõe:f opõem:f opôs:f opuseram:f oposto:pp opunha:f opunham:f
# Refusals to speak: the party's claim when a verb of saying of [set
# refusalverbs] follows ("recusou-se a comentar", "se recusou a falar",
# "preferiu não se pronunciar", "evitou comentar", "absteve-se de
# comentar", "manteve silêncio"), not another verb ("se recusou a
# assinar", "se absteve de votar").
recusar ar other refuse refl part=a refusal
recusar ar other refuseto refusal
negar ar other refuseneg refl part=a refusal
preferir - other prefernot refusal part=não : prefere:f preferem:f preferiu:f preferiram:f preferido:pp preferia:f preferiam:f
evitar ar other avoid refusal
abster - other abstain refl part=de refusal : abstém:f abstêm:f absteve:f abstiveram:f abstido:pp abstinha:f abstinham:f
manter - other keep refusal : mantém:f mantêm:f manteve:f mantiveram:f mantido:pp mantinha:f mantinham:f
# Only negated: "não quis comentar", "não respondeu aos pedidos de
# comentário", "não retornou os contatos" (a noun of [set refusalnouns]);
# not "não quer dizer que …" (does not mean).
querer - other notwant refusal negonly neg=notwant notpart=dizer_que : quer:f querem:f quis:f quiseram:f querido:pp queria:f queriam:f
responder er other notrespond refusal negonly nowords neg=notrespond takes=a|ao|aos|à|às
retornar ar other notreturn refusal negonly nowords neg=notreturn takes=a|ao|aos|à|às
# Also with no words after them: "não se pronunciou até a publicação
# desta reportagem", "não se manifestou".
pronunciar ar other notspeak refl refusal negonly nowords neg=notspeak
manifestar ar other notmanifest refl refusal negonly nowords neg=notmanifest

# Positions (data/README.md, flag position): "O sindicato apoia a reforma".
apoiar ar other support opinion position
querer - other want opinion position notpart=dizer|dizer_que : quer:f querem:f queria:f queriam:f

[voice]
say = Diz | Dizem
show = Mostra | Mostram
describe = Classifica | Classificam
welcome = Comemora | Comemoram
predict = Prevê | Preveem
note = Destaca | Destacam
repeat = Reitera | Reiteram
recall = Lembra | Lembram
announce = Anuncia | Anunciam
comment = Comenta | Comentam
recount = Relata | Relatam
write = Escreve | Escrevem
reply = Responde | Respondem
defence = Sai em defesa | Saem em defesa
argue = Defende | Defendem
believe = Avalia | Avaliam
consider = Considera | Consideram
fear = Teme | Temem
warn = Alerta | Alertam
deny = Nega | Negam
reject = Rejeita | Rejeitam
dispute = Contesta | Contestam
accuse = Acusa | Acusam
blame = Culpa | Culpam
criticize = Critica | Criticam
condemn = Condena | Condenam
question = Questiona | Questionam
regret = Lamenta | Lamentam
concern = Manifesta preocupação | Manifestam preocupação
optimism = Mostra-se otimista | Mostram-se otimistas
pessimism = Mostra-se pessimista | Mostram-se pessimistas
skeptic = Mostra-se cético | Mostram-se céticos
favourable = Mostra-se favorável | Mostram-se favoráveis
oppose = Opõe-se | Opõem-se
critical = Mostra-se crítico | Mostram-se críticos
satisfied = Mostra-se satisfeito | Mostram-se satisfeitos
ask = Pede | Pedem
demand = Cobra | Cobram
promise = Promete | Prometem
propose = Propõe | Propõem
threaten = Ameaça | Ameaçam
praise = Elogia | Elogiam
complain = Reclama | Reclamam
call = Apela | Apelam
recommend = Recomenda | Recomendam
ruleout = Descarta | Descartam
notruleout = Não descarta | Não descartam
talk = Fala | Falam
refer = Refere-se a | Referem-se a
# ("ao" is "a o", "à" is "a a": the verb keeps the article the contraction held.)
referthe = Refere-se ao | Referem-se ao
referthef = Refere-se à | Referem-se à
rejectthe = Rejeita o | Rejeitam o
rejectthef = Rejeita a | Rejeitam a
refuse = Recusa-se a | Recusam-se a
refuseto = Recusa | Recusam
refuseneg = Nega-se a | Negam-se a
prefernot = Prefere não | Preferem não
abstain = Abstém-se de | Abstêm-se de
keep = Mantém | Mantêm
avoid = Evita | Evitam
notwant = Não quer | Não querem
notrespond = Não responde | Não respondem
notreturn = Não retorna | Não retornam
notcomment = Não comenta | Não comentam
notspeak = Não se pronuncia | Não se pronunciam
notmanifest = Não se manifesta | Não se manifestam
support = Apoia | Apoiam
want = Quer | Querem

[phrases]
clause = {verb} {content}
bare = {verb} que {content}
object = {verb} {content}
quote = {verb}: {content}
verbatim = {verb}, nas palavras do artigo: {content}
generic = {verb}, segundo o artigo,
and = e
others = mais {n}
other = mais 1
list.sep = ", "
summary.parties = O artigo relata declarações das seguintes partes: {list}.
summary.none = O artigo não relata declarações atribuídas a uma parte identificada.
# A party described by a noun after a possessive that stands for one
# person ("Seu advogado disse …"): the noun with its owner's name (README:
# party.owned), "Advogado de Ana Ruiz".
party.owned = {party} de {owner}
summary.facts = O relato do próprio veículo aparece como fatos.
summary.claim = {party} {verb} {content}
summary.join = "; "
outlet.wording = (termo do veículo)
note.loaded.outlet = O texto do veículo usa a palavra "{word}" (frase {n}); este resumo não adota esse termo.
note.loaded.regime = O texto do veículo chama o governo de {country} de "regime"; este resumo não adota esse termo.
note.loaded.quote = A palavra "{word}" (frase {n}) é de {who}, numa citação; o resumo só a usa dentro dessa citação.
note.loaded.unattributed = O veículo põe "{word}" (frase {n}) entre aspas sem dizer quem a usou.
note.noclaims = Não foram encontradas declarações atribuídas; as afirmações do veículo aparecem como fatos.
note.unsupported = Este artigo está em {language}. O motor offline atribui declarações em inglês, francês, espanhol, português e alemão; aqui, lista as frases do artigo como fatos. Atribuir declarações em {language} requer o motor LLM.
note.via = segundo {who}
this = isso
they = eles

summary.unsupported = O artigo está em {language}: o motor offline lista as suas afirmações como fatos e não atribui declarações.
lang.zh = chinês
lang.ja = japonês
lang.ko = coreano
lang.ar = árabe
lang.he = hebraico
lang.el = grego
lang.th = tailandês
lang.hi = híndi
lang.bn = bengali
lang.hy = armênio
lang.ka = georgiano
lang.cs = tcheco
lang.sk = eslovaco
lang.pl = polonês
lang.it = italiano
lang.nl = neerlandês
lang.sv = sueco
lang.da = dinamarquês
lang.no = norueguês
lang.ro = romeno
lang.tr = turco
lang.id = indonésio
lang.hu = húngaro
lang.fi = finlandês
lang.hr = croata
lang.ru = russo
lang.uk = ucraniano
lang.bg = búlgaro
lang.sr = sérvio
lang.en = inglês
lang.fr = francês
lang.es = espanhol
lang.pt = português
lang.de = alemão

# Resumos de várias fontes (bot/story).
story.sources = {n} fontes noticiam este caso: {list}.
story.parties = Elas relatam declarações de {list}.
story.parties.one = Elas relatam declarações de {list}.
story.shared = {n} declarações aparecem em mais de uma fonte.
story.shared.one = 1 declaração aparece em mais de uma fonte.
story.only = {n} declarações aparecem em uma só fonte.
story.only.one = 1 declaração aparece em uma só fonte.
story.differ = {n} declarações são relatadas de forma diferente conforme a fonte; as duas versões são mostradas.
story.differ.one = 1 declaração é relatada de forma diferente conforme a fonte; as duas versões são mostradas.
story.note.language = A fonte {source} está em {language}: suas partes são associadas pelo nome às das outras fontes, e suas declarações às escritas em outros idiomas só quando dão os mesmos números.
[labels]
digest.outlets = {n} veículos: {list}
digest.outlets.one = 1 veículo: {list}
story.answer = O que dizem as fontes:
story.answer.none = Nenhuma das {n} fontes o diz.
story.sources = Fontes
story.coverage = Cobertura por fonte
story.only = só em {id}
story.also = também em {list}
story.differently = Relatado de outra forma por {id}:
story.quotes = cita {list}
story.quotes.none = não cita nenhuma parte
story.onlyhere = {n} declarações que só ela traz
story.onlyhere.one = 1 declaração que só ela traz
story.loaded = seus próprios termos: {list}
via = segundo {who}
summary = Resumo
parties = Partes
party = Parte
facts = Fatos
notes = Observações
claims = Declarações
said_by = segundo
evidence = Citação
speaker = Falante
stance = Posição
sentence = frase
sentences = frases
source = Fonte
published = Publicado em
by = Por
reported_by = segundo
question = Pergunta
answer = Resposta
not_in_article = O artigo não diz.
quotes = Do artigo
more_claims = declarações a mais
none = nenhuma
backend = Motor
dropped = declarações descartadas porque a citação não está no artigo
briefing = Síntese
no_claims = Nenhuma declaração atribuída foi encontrada neste artigo.
also = outros nomes: {list}
also_named = Outros nomes: {list}
unattributed = Informações do veículo sem atribuição
stance.assert = afirmação
stance.deny = desmentido
stance.accuse = acusação
stance.other = outra
footer.backend = motor: {backend}
footer.cached = em cache
footer.checked = todas as citações conferidas com o artigo
footer.dropped = {n} declarações descartadas: citação não encontrada no artigo
footer.dropped.one = 1 declaração descartada: citação não encontrada no artigo
footer.misattributed = {n} declarações descartadas: o artigo atribui essas palavras a outra pessoa
footer.misattributed.one = 1 declaração descartada: o artigo atribui essas palavras a outra pessoa
continued = {title}, continuação (parte {n} de {total})
shortened = Encurtado para caber em uma única mensagem: {claims} declaração(ões) e {facts} fato(s) não são exibidos. Pergunte sobre eles neste tópico.
shortened.file = Encurtado para caber em uma única mensagem: {claims} declaração(ões) e {facts} fato(s) não são exibidos aqui. A síntese completa está no arquivo anexo, {file}.
file.title = Síntese completa: {title}
digest = Boletim
digest.none = Nada de novo.
digest.parties = Partes: {list}
digest.more = Escreva {more} para ver a síntese completa do artigo {n}.
untitled = (sem título)
cut = (cortado: a mensagem é longa demais para o Matrix)

[set enclitics]
# Reflexive pronouns joined by a hyphen after the verb (European
# Portuguese): "queixaram-se de …", "pronunciou-se sobre …".
-se

[set questionlabel]
# The label of an interviewer's question in a printed interview ("Q: …"):
# no one's statement.
p pergunta

[set answerlabel]
# The label of the answers in a printed interview ("A: …"): the words of
# the one person the article named before it.
r resposta

[set markers]
# Letters and spellings that tell the language apart from its neighbours
# in a short text (each occurrence is a vote, at most three).
ã õ ç ô ê á

[set scalewords]
# Words that scale a number, or go on with it, after its digits ("4.2
# million marks"): in a story, the word after them is what is counted.
mil milhão milhões bilhões de

[set detect]
o a os as de do da dos das e em no na um uma que por para com não se é foi ao pelo pela mais como mas seu sua também segundo disse

[set determiners]
o a os as um uma uns umas este esta estes estas esse essa esses essas aquele aquela seu sua seus suas nosso nossa vários várias alguns algumas muitos muitas todos todas cada ambos ambas dois duas três quatro cinco seis sete oito nove dez do da dos das no na nos nas ao aos pelo pela outro outra outros outras

[set prepdets]
# A preposition fused with its article: a phrase it opens after a verb of
# saying tells where or how, never who ("“…”, disse na ocasião",
# "escreveu pelo Instagram"); one before the inverted subject is passed
# over ("disse na ocasião o deputado X").
no na nos nas do da dos das pelo pela pelos pelas num numa nuns numas

[set singulardets]
# Articles of one: a phrase they open is singular whatever its last word
# ends with ("el delantero francés").
o a um uma

[set pluraldeterminers]
os as estes estas esses essas

[set titlearticles]
# Articles that open a title ("El País", "O Globo", "Le Monde"): written
# with a capital inside a sentence before a name, part of the name.
o a os as

[set definite]
o a os as este esta estes estas esse essa esses essas

# The indefinite article: a phrase it opens describes, even with a capital:
# "X, um Democrata, disse" describes X ("um Democrata").
[set indefinite]
um uma

[set ownpossessive]
nosso nossa nossos nossas

[set possessive]
seu sua seus suas nosso nossa nossos nossas

[set pluralsuffix]
s

[set pluralverbafternoun]
# Endings of a plural finite verb: a lower-case word so ending, and not
# itself plural, right after a plural noun is its verb, which ends the
# subject's phrase ("Os agricultores protestam desde segunda-feira").
am em

[set quantifiers]
vários várias alguns algumas muitos muitas numerosos dois duas três quatro cinco seis sete oito nove dez centenas milhares

[set negsubj]
nenhum nenhuma ninguém nada nem poucos poucas

[set negation]
não nunca jamais nem tampouco

[set nicknames]
# A person described by city, region, club or party ("o petista
# garantiu", "disse o carioca"): no speaker, never a party of that name.
petista tucano tucana bolsonarista lulista emedebista pedetista carioca paulista paulistano paulistana mineiro mineira gaúcho gaúcha baiano baiana pernambucano pernambucana portuense lisboeta alvinegro alvinegra colorado tricolor rubro-negro flamenguista corintiano corintiana palmeirense são-paulino santista gremista benfiquista sportinguista portista dragões encarnados leões águias azuis-e-brancos alviverdes

[set aux]
tem têm tinha tinham havia haviam teria teriam tenho tenha tenham

[set passive]
foi foram é são era eram sido será serão está estão

# Reporting verbs that, right after a reflexive pronoun, report nothing:
# "ele se destaca" (he stands out).
[set reflnonspeech]
destaca destacou destacam destacaram destacava destacavam destacando
# "se negou a pagar": refused, denied nothing.
nega negam negou negaram negava negavam negando

[set refl]
se

# Endings of plural verb forms: a verb with its subject left out in the
# plural ("aseguran que …") is not the last speaker's alone.
[set pluralverbendings]
am em ão

[set preteriteendings]
# Endings of a finite verb in the past, right before a gerund of saying:
# "reagiu dizendo que …" (not a noun: "à provocação do parlamentar dizendo …").
ou eu iu aram eram iram

[set pluralaux]
# Plural verbs: a relative clause starting with one gets "they".
são têm eram tinham

[set clitics]
# Object pronouns before a verb ("comme l'explique X").
o a os as lhe lhes se me te nos

[set dative]
a ao à aos às

[set modal]
poderia poderiam deveria deveriam vai vão pode podem deve devem quer querem teria teriam

[set inf]
a de para

[set comp]
que

[set relpron]
que quem qual quais cujo cuja cujos cujas

[set possrel]
# Possessive relative pronouns: "Ana Ruiz, cujos assessores disseram …" is no
# relative clause of her own words.
cujo cuja cujos cujas

[set intensifiers]
# Words that stress who is meant, between the definite article and the
# noun: "o próprio ministro", "a própria prefeita" is the minister, named by the noun alone.
próprio própria próprios próprias

[set viewrel]
# A relative clause of a view after a named person or body: "A deputada Ana Lima, para quem o projeto é ruim, votou contra"
# is their view (up to the comma before the main verb).
para_quem

[set personrel]
# Relative pronouns that stand only for people (or the bodies they make
# up): a one-word name before "…, quien dijo que …" is someone who speaks.
quem

[set alsodesc]
# "El también gerente del instituto": a post of the person named before.
também

[set reladverbs]
# Relative adverbs: "…, où le virus circule" describes a place; it is
# no reported clause after a comma.
onde aonde

[set clause]
e mas ou pois porque quando se embora enquanto além porém contudo entretanto então que quem

# Subordinating words: a sentence opening with one ("When X said …, Y
# fired back") reports the words of its first clause only.
[set refusalverbs]
# Verbs and phrases of saying after a refusal ("recusou-se a comentar",
# "não quis se pronunciar", "preferiu não falar").
silêncio o_silêncio comentar falar dizer se_pronunciar pronunciar_se se_manifestar manifestar_se se_posicionar posicionar_se responder detalhar confirmar revelar esclarecer explicar informar dar_entrevista dar_entrevistas dar_detalhes dar_declarações fazer_comentários fazer_comentário fazer_declarações conceder_entrevista conceder_entrevistas

[set refusalnouns]
# Nouns of words asked for or given, after a refusal's preposition or a
# negated verb ("não respondeu aos pedidos de comentário", "não retornou
# os contatos").
pedido pedidos contato contatos contacto contactos ligação ligações mensagem mensagens pergunta perguntas questionamento questionamentos solicitação solicitações e-mail e-mails comentário comentários declaração declarações

[set refusaluntil]
# Phrases of time that may close a refusal with no words ("não
# respondeu até a publicação desta reportagem").
até_a_publicação até_o_fechamento até_o_momento até_agora até_a_conclusão até_a_última até_esta até_este

[set negatedgoeson]
# A verb and the preposition before a reporting infinitive that leave it
# reporting only negated, the negation theirs: "não para de repetir que
# …", "não deixou de denunciar …" (not "deixou de dizer", stopped).
deixa_de deixam_de deixava_de deixavam_de deixou_de deixaram_de deixado_de para_de param_de parava_de paravam_de parou_de pararam_de parado_de cessa_de cessam_de cessou_de

[set saintwords]
# A saint's word before a given name opens a place's name, not a title
# before a person's: "el alcalde de San Pedro Sula" is no "Pedro Sula".
são santo santa

[set certain]
# Adjectives of a subject sure of what follows a colon: "A secretária foi
# enfática: o hospital receberá novos leitos."
convencido convencida convencidos convencidas categórico categórica categóricos categóricas enfático enfática enfáticos enfáticas taxativo taxativa taxativos taxativas claro clara claros claras
# Also of one unanimous, confident, wary or roused, before a colon or a
# quotation that opens the next sentence: "Os especialistas são
# unânimes: …", "Maria Lopes está revoltada. "…"".
unânime unânimes confiante confiantes otimista otimistas pessimista pessimistas prudente prudentes cauteloso cautelosa cautelosos cautelosas firme firmes incisivo incisiva incisivos incisivas furioso furiosa furiosos furiosas revoltado revoltada revoltados revoltadas indignado indignada indignados indignadas irritado irritada irritados irritadas preocupado preocupada preocupados preocupadas cético cética céticos céticas satisfeito satisfeita satisfeitos satisfeitas contente contentes orgulhoso orgulhosa orgulhosos orgulhosas emocionado emocionada emocionados emocionadas decepcionado decepcionada decepcionados decepcionadas frustrado frustrada frustrados frustradas aliviado aliviada aliviados aliviadas tranquilo tranquila tranquilos tranquilas crítico crítica críticos críticas determinado determinada determinados determinadas esperançoso esperançosa esperançosos esperançosas

[set showverbs]
# Verbs that, like a copula, only show the subject as an adjective of
# [set certain]: "O prefeito se mostrou tranquilo: …", "O sindicato
# continua confiante: …", "A diretora segue preocupada. "…"".
mostra mostram mostrou mostraram mostrava mostravam continua continuam continuou continuavam permanece permanecem permaneceu segue seguem seguiu

[set viewnouns]
# Nouns of a view or a finding: a sentence that speaks of one, reports
# no words and names one person alone gives that person the quotation
# that opens the next sentence ("Uma avaliação compartilhada por Paulo Reis, presidente do sindicato. "…"", "Não é essa a opinião de Paulo Reis. "…"").
opinião avaliação análise argumento argumentos discurso versão posição constatação diagnóstico leitura visão percepção convicção certeza preocupação preocupações temor receio dúvida dúvidas ceticismo otimismo pessimismo indignação ponto_de_vista

[set tookto]
# A verb whose object of one to three words stands before the infinitive
# of a verb of saying, which then reports: "aproveitou a ocasião para
# criticar …", "aproveitou o discurso para pedir …".
aproveita aproveitam aproveitou aproveitaram aproveitava aproveitavam aproveitará aproveitarão aproveitado

[set goeson]
# A verb and the preposition (or a verb and its noun) before a reporting
# infinitive that leave it reporting: "voltou a defender", "tem voltado a
# criticar", "chegou a dizer", "se apressaram em negar", "insistiu em
# afirmar", "fez questão de dizer".
volta_a voltam_a voltou_a voltaram_a voltado_a voltava_a voltavam_a voltará_a voltarão_a chega_a chegam_a chegou_a chegaram_a chegado_a apressa_em apressam_em apressou_em apressaram_em apressou_a apressaram_a limita_a limitam_a limitou_a limitaram_a tem_voltado insiste_em insistem_em insistiu_em insistiram_em faz_questão fazem_questão fez_questão fizeram_questão aproveita_para aproveitam_para aproveitou_para aproveitaram_para aproveitava_para aproveitavam_para aproveitado_para

[set pseudocleft]
# Phrases opening a sentence whose clause holds a reporting verb and its
# subject, the words being the clause after the copula that follows:
# "O que o ministro disse é que …", "Aquilo que X defendeu é que …".
o_que aquilo_que algo_que

[set listitems]
# Phrases opening a sentence that pick one item of a list the speaker
# just named ("explicou que há três dificuldades. A primeira …"): the
# item goes on with the speaker's words.
a_primeira o_primeiro a_segunda o_segundo a_terceira o_terceiro a_quarta o_quarto a_quinta o_quinto a_última o_último a_outra o_outro

[set listpicks]
# Phrases of one item out of many, which may pick it from a list the
# speaker named with a plural determiner of its gender ("destacou as
# urgências da pasta. Uma delas é …").
uma_delas um_deles outra_delas outro_deles

[set turnasides]
# Asides that give the word to someone other than the one who spoke
# before (data/README.md).
por_sua_vez por_sua_parte de_sua_parte

[set asides]
# Phrases that may stand between an inverted verb and its subject ("…",
# afirmou por sua vez o ministro) or between auxiliary and participle.
por_sua_vez por_sua_parte de_sua_parte por_outro_lado

[set clauserel]
# Relative pronouns that stand for a whole clause: a passive after one
# ("…, o que foi negado pelo governo") reports no words of the sentence before.
o_que

[set coordphrase]
# Phrases that join two clauses as "and" does: a verb after one with no
# subject of its own has the subject of the clause before ("…, ao mesmo tempo que afirmou que …").
ao_mesmo_tempo_que ao_mesmo_tempo_em_que embora

[set subord]
quando enquanto embora porque

[set coord]
e ou mas nem

[set prep]
a à às de em para por com sem sobre entre até desde contra após perante durante no na nos nas do da dos das pelo pela pelos pelas ao aos num numa segundo via

[set of]
de do da dos das

[set by]
por pelo pela pelos pelas

[set listintro]
incluindo

[set cleft]
# A phrase before an inverted subject that points back at the sentence before as what was said: "Foi o que disse X", "Assim afirmou X".
é_o_que foi_o_que é_isso_que foi_isso_que assim foi_isso_o_que é_isso_o_que foi_assim_que é_assim_que

[set masculine]
# Determiners that mark a title's gender: "el fiscal general" is not "la fiscala general".
o um os uns este esse aquele do no ao pelo

[set feminine]
a uma as umas esta essa aquela da na à pela

[set absolute]
com

[set as]
como

[set ascompare]
tal tão tanto assim

[set nameglue]
de do da dos das e van von al bin el del

[set adverbs]
também inclusive ainda já ontem hoje nesta neste publicamente claramente firmemente oficialmente recentemente então porém sempre novamente posteriormente segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo

[set time]
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje amanhã dia semana mês ano noite tarde início meados

[set anaphoric]
# Nouns that refer back to a body named before ("the company", "la société").
empresa companhia grupo organização agência ministério governo administração jornal emissora canal rádio revista embaixada hospital tribunal corte polícia exército sindicato conselho comitê comissão partido clube banco fundação associação instituto universidade órgão instituição corporação pasta

[set bothand]
# The words around the first of two subjects who both speak: "Tanto
# Sánchez como Feijóo aseguraron …".
tanto_como tanto_quanto

[set both]
# "Ambos afirmaram que …": the two people the sentence before opens with
# (fboth: two women, "Ambas").
ambos

[set fboth]
ambas

[set quoteverbs]
# Verbs of quoting another: "X citó a Sánchez: «…»" are not X's words.
cita citou citava citaram citam citando parafraseia parafraseou parafraseando

[set referbackonly]
# Nouns that only refer back to a body ("segundo a entidade"): the one the
# article has named; with none named, no one speaks.
entidade entidades

[set genericdocs]
# Names any document bears: a definite one refers back to the author of
# the document named last, at most two sentences before, or else to the
# one author of all the documents the article has named so far, "O Tribunal de
# Contas publicou um relatório. … O documento aponta …".
documento

[set subjunctive]
# The journalistic conditional: a sentence built on one, without a cue of
# its own, right after a source's words goes on reporting them ("Segundo
# a PF, o dinheiro saiu de uma conta no Panamá. Os pagamentos teriam sido
# feitos em 2019."). Only the auxiliaries' forms: "poderia", "deveria" are
# as often the writer's own hedging.
teria teriam seria seriam estaria estariam

[set docnouns]
comunicado relatório nota declaração carta estudo documento mensagem publicação pesquisa decisão sentença decreto dados levantamento perfil livro sondagem informação informações estimativa estimativas cálculo cálculos declarações relatórios estudos balanço boletim

[set numbers]
# Words of a figure ("plus d'un million de manifestants"): a figure and
# its source, twice in a sentence, are two figures, not two statements.
milhão milhões milhares centenas dezenas

[set signdashes]
— ―

[set variation]
# Words of variation or sorting before "segundo": "os preços variam segundo
# as regiões" tell by what, no source.
varia variam variar variava variavam variando variará variarão difere diferem diferia diferiam classificados classificadas ordenados ordenadas agrupados agrupadas

[set evidencedocs]
estudo estudos pesquisa pesquisas sondagem sondagens dados números estatísticas estimativa estimativas cálculo cálculos levantamento levantamentos análise análises

[set pluraldocs]
estudos pesquisas sondagens dados números estatísticas estimativas cálculos levantamentos análises

[set nameprep]
para

[set orgwords]
ministério conselho comissão agência comitê comité associação fundação instituto centro universidade sociedade empresa companhia grupo partido frente forças exército marinha movimento organização união liga aliança coalizão corte tribunal assembleia parlamento congresso senado câmara banco fundo rede jornal rádio televisão canal serviço polícia embaixada consulado governo administração autoridade autoridades secretaria federação sindicato hospital igreja clube instituição museu escola colégio procuradoria prefeitura defensoria confederação observatório cooperativa consórcio conferência academia laboratório diretoria ordem delegação subdelegação

[set mediawords]
jornal rádio televisão canal agência veículo revista portal emissora site

[set newsnames]
lusa efe afp reuters ap bbc cnn estadão folha globo g1 uol

[set govwords]
governo ministério ministérios administração embaixada consulado exército polícia presidência gabinete autoridades secretaria prefeitura planalto itamaraty procuradoria

[set nongov]
oposição ex-ministro ex-presidente ex rebelde rebeldes ativista ativistas dissidente deputado deputados deputada senador senadora candidato candidata crítico críticos cidadão cidadãos jornalista estudantes manifestantes empresa companhia tribunal juiz juíza juízes promotor promotora

[set courtroles]
advogado advogada promotor promotora juiz juíza magistrado magistrada

[set anypost]
# Words that may stand for any post ("el funcionario", "the official"):
# after a person named with an office, still maybe that person.
funcionário funcionária dirigente líder responsável mandatário mandatária

[set offices]
# Posts one person holds, two of which are two people: "the governor"
# after "Mayor X" spoke is not X.
presidente presidenta primeiro-ministro primeira-ministra senador senadora prefeito prefeita governador governadora juiz juíza rei rainha
deputado deputada vereador vereadora ministro ministra embaixador embaixadora chanceler

[set latter]
# "este último": the one named last, not the last subject.
este_último esta_última estes_últimos estas_últimas

# Determiners of a phrase "este último" or "esta última" cannot stand
# for: many, or of the other gender ("O ministro Paulo Reis recebeu os
# comerciantes. Este último afirmou …" is his).
[set latterplural]
os as uns umas dos das nos nas aos às pelos pelas seus suas estes estas esses essas vários várias alguns algumas dois duas três quatro cinco seis sete oito nove dez
[set lattermasculine]
o um do no ao pelo este esse
[set latterfeminine]
a uma da na à pela esta essa sua

[set titlemods]
primeiro primeira vice adjunto adjunta geral ex

[set plural]
funcionários especialistas analistas moradores testemunhas manifestantes ativistas críticos apoiadores deputados ministros autoridades dirigentes membros fontes pesquisadores cientistas médicos policiais soldados rebeldes familiares famílias vítimas trabalhadores sindicatos observadores habitantes pais responsáveis senadores forças tropas guardas insurgentes procuradores promotores juízes agentes

[set collective]
polícia governo exército família equipe

[set mutenouns]
# Nouns of things that cannot speak: "the death toll continues…", "los
# hechos revelan…" name no speaker.
fatos factos dados balanço aumento lei leis norma normas regulamento

[set particles]
# Particles inside a surname, before its last word ("Rebelo de Sousa",
# "Lula da Silva"): no person "of" a body there.
de da do dos das

[set statenames]
# The state itself, which a head of state leads but which names no body
# to speak for ("el presidente de la República", "o presidente da República").
república nação

[set prepnouns]
graças diante devido frente

[set demonstrativedets]
# Demonstrative determiners: one person described after one of them
# ("Segundo este enfermeiro, …") is the only person of its gender named
# in the sentence before.
este esta esse essa aquele aquela

[set notnames]
# Words that are never a name, wherever they stand: "Mesmo aliados de
# Pacheco admitem …" ("even") names no one "Mesmo".
mesmo mesma mesmos mesmas isto isso aquilo antes
# "em" fused with a pronoun ("Nela, Lima defende …": in it).
nele nela neles nelas

[set starters]
sim não ok como dezenas centenas milhares milhões leia veja vídeo foto finalmente além porém contudo posteriormente também depois ainda então agora inclusive questionado questionada perguntado perguntada consultado consultada indagado indagada apenas somente só tanto

[pronouns]
ele m s
ela f s
eles m p
elas f p

[titles]
presidente gov head
presidenta f gov head
primeiro-ministro m gov
homólogo m
homóloga f
primeira-ministra f gov
ministro m gov
ministra f gov
# "A governante acrescentou …": the member of the government named before.
governante gov =ministro =ministra =secretário =secretária =primeiro-ministro =primeira-ministra =presidente =presidenta =governador =governadora
secretário m gov
secretária f gov
porta-voz spokes
assessoria_de_imprensa spokes
embaixador m gov
embaixadora f gov
diplomata gov =embaixador =embaixadora =chanceler =diplomata
chanceler gov
rei m gov
rainha f gov
príncipe m gov
senador m
senadora f
deputado m
deputada f
vereador m
vereadora f
parlamentar =vereador =vereadora =deputado =deputada =senador =senadora
mandatário m =presidente
mandatária f =presidenta =presidente
prefeito m
prefeita f
governador m
governadora f
general gov
coronel
juiz m
magistrado m =juiz =juíza =magistrado =magistrada
magistrada f =juíza =juiz =magistrada =magistrado
juíza f
promotor m gov
promotora f gov
procurador m gov
desembargador m =desembargador =desembargadora
desembargadora f =desembargador =desembargadora
reitor m head =reitor =reitora
reitora f head =reitor =reitora
superintendente head =superintendente
relator m =relator =relatora
relatora f =relator =relatora
corregedor m =corregedor =corregedora
corregedora f =corregedor =corregedora
bispo m =bispo
procuradora f gov
delegado m gov
delegada f gov
diretor m head
diretora f head
chefe head
conselheiro m
conselheira f
assessor m
assessora f
advogado m
advogada f
professor m
professora f
doutor m
doutora f
dr. hon
dra. f hon
sr. m hon
sra. f hon
senhor m hon
senhora f hon
especialista
analista
pesquisador m
pesquisadora f
investigador m
investigadora f
jornalista
responsável
dirigente head
líder head
fundador m head
fundadora f head
ativista
economista
técnico m
treinador m
capitão
policial
# Police and army ranks before a name ("o tenente-coronel Ivan Blaz",
# "o sargento X"), which "o oficial" refers back to: only one named with
# a rank.
tenente
tenente-coronel
subtenente
sargento
major m
oficial m =tenente =tenente-coronel =subtenente =coronel =major =capitão =sargento =comandante =general =delegado =oficial
médico m
médica f
candidato m
candidata f
membro
vice-presidente gov
# "O vice afirmou …": the vice-president (vice-governor, deputy mayor)
# named before ("o vice Hamilton Silva", "o vice-presidente X").
vice =vice-presidente =vice-presidenta =vice-governador =vice-governadora =vice-prefeito =vice-prefeita =vice
coordenador m
coordenadora f
gerente head
comandante
# People described by their trade ("acrescentou a cantora"); not a
# team's players, of whom several speak ("o jogador" after the coach
# spoke is not the coach).
cantor m
cantora f
ator m
atriz f
escritor m
escritora f
autor m
autora f
artista
cineasta
músico m
# Heads of state and government named by their office: "o chefe de
# Estado" after "o presidente Lula".
chefe_de_estado =presidente =presidenta
# The minister named by the portfolio held ("o titular da pasta" after "o
# ministro da Fazenda, X"; "o chefe da equipe econômica", the finance
# minister).
titular
titular_da_pasta =ministro =ministra =secretário =secretária
chefe_da_pasta m =ministro =secretário
chefe_da_equipe_econômica m =ministro
chefe_do_executivo =presidente =presidenta =governador =governadora =prefeito =prefeita
chefe_do_governo =presidente =presidenta =primeiro-ministro =primeira-ministra
# Former holders of an office ("o ex-ministro", "a ex-presidente").
ex-presidente
ex-presidenta f
ex-mandatário m =ex-presidente
ex-mandatária f =ex-presidente =ex-presidenta
ex-ministro m
ex-ministra f
ex-prefeito m
ex-prefeita f
ex-governador m
ex-governadora f
ex-deputado m
ex-deputada f
ex-senador m
ex-senadora f
ex-vereador m
ex-vereadora f
ex-secretário m
ex-secretária f
ex-juiz m
ex-juíza f
ex-procurador m
ex-procuradora f
ex-diretor m
ex-diretora f
ex-técnico m
ex-treinador m

[speakers]
funcionários autoridades fonte fontes gov
governo administração ministério pasta gabinete presidência embaixada secretaria prefeitura planalto procuradoria defensoria controladoria itamaraty gov
polícia exército militares soldados forças tropas guardas gov
porta-voz assessoria spokes
empresa companhia grupo organização movimento associação sindicato fundação comitê comissão conselho tribunal corte hospital partido órgão instituição entidade corporação clube clubes banco instituto universidade empresas companhias grupos organizações movimentos associações sindicatos fundações comitês comissões conselhos partidos oposição tribunais org
jornal agência veículo emissora rádio canal revista jornais agências veículos emissoras canais revistas media
especialistas especialista analistas analista moradores morador testemunhas testemunha manifestantes ativistas críticos apoiadores dirigentes membros pesquisadores cientistas médicos vítimas familiares famílias trabalhadores observadores habitantes pais economistas interlocutores auxiliares assessores integrantes colaboradores utentes usuários passageiros clientes consumidores funcionários enfermeiros professores alunos estudantes agricultores comerciantes vizinhos colegas amigos amigas companheiros amigo amiga colega torcedores torcedoras internautas motoristas caminhoneiros entregadores servidores pacientes eleitores produtores pescadores investigadores investigadoras peritos peritas bombeiros socorristas sindicalistas empresários empresárias parentes advogados advogadas ambientalistas organizadores juristas jornalistas historiadores sociólogos engenheiros arquitetos artistas atletas jogadores treinadores pilotos candidatos candidatas cidadãos contribuintes inquilinos operários grevistas sobreviventes refugiados migrantes imigrantes detentos reféns fiéis padres pastores militantes opositores adversários parceiros acionistas investidores banqueiros pecuaristas camponeses indígenas enfermeiras médicas professoras moradoras vizinhas mães filhos jovens idosos aposentados aposentadas educadores representantes parlamentares líderes rebeldes insurgentes separatistas milicianos guerrilheiros jihadistas procuradores promotores inspetores reguladores legisladores senadores negociadores mediadores paramédicos empregados executivos operadores aldeões juízes juízas jurados agentes people
comunicado relatório nota estudo carta declaração doc

[orgkinds]
# The kinds of organisation a head noun names: "a empresa" refers back to
# an organisation of its own kind or of none told, never to one of
# another kind ("a Comissão do Mercado de Valores Mobiliários"). Nouns of
# no one kind ("grupo", "organização", "agência") are not listed.
empresa empresas companhia companhias sociedade firma operadora elétrica eléctrica construtora company
sindicato sindicatos federação confederação union
ministério ministérios pasta governo administração presidência embaixada consulado prefeitura câmara autarquia government
jornal diário semanário emissora rádio televisão canal revista media
tribunal corte court
partido party
banco fundo bank
universidade escola instituto university
associação fundação association
conselho comitê comité comissão council
hospital clínica hospital
polícia police
procuradoria promotoria prosecution
bolsa exchange
exército army
clube clubes club

[according]
segundo X
de acordo com X
conforme X
na avaliação de X
na opinião de X
no entendimento de X
no entendimento do X
no entendimento da X
a critério de X
na avaliação do X
na avaliação da X
na opinião do X
na opinião da X
na visão de X
na visão do X
na visão da X
# "Na sua opinião, …", "Em sua avaliação, …": the view of the one the
# possessive stands for.
na X opinião
em X opinião
na X avaliação
em X avaliação
na X visão
em X visão
no X entendimento
em X entendimento
# "A seu ver, …", "Em suas palavras, …", "Nas palavras do ministro, …".
a X ver
em X palavras
nas X palavras
nas palavras de X
nas palavras do X
nas palavras da X
no X entender
do ponto de vista de X
do ponto de vista do X
do ponto de vista da X
^ para X ,

[furniture]
# A byline: "Escrito por Ana Costa, 23:00 / 29 de outubro" (the writer, no speaker).
escrito por
escrita por
aviso importante:
aviso legal
leia também
leia mais
veja também
veja mais
saiba mais
confira também
relacionadas:
relacionada:
foto:
imagem:
crédito:
publicidade
assine
compartilhe
vídeo:
ao vivo:
©

[set denycues]
infundado infundada infundados infundadas falso falsa falsos falsas mentira mentiras calúnia calúnias difamação sem_fundamento nenhuma_prova sem_provas não_é_verdade absurdo

[set accusecues]
ataque ataques atacou espionagem matou matar assassinato assassinatos crime crimes criminoso corrupção corrupto fraude tortura bombardeio invasão agressão violação violações abuso abusos assédio ilegal ilegalmente responsável responsabilidade envolvido envolvimento cumplicidade roubo roubou mentiu mentir genocídio terrorismo golpe

[set photowords]
# Words that introduce a photo credit.
foto fotos imagem crédito

[set credits]
# Photo credits: a short paragraph ending with one is a caption.
getty getty_images afp reuters ap ap_photo epa dpa picture_alliance picture-alliance shutterstock imago keystone efe anadolu xinhua sipa abaca bloomberg

[months]
janeiro 1
fevereiro 2
março 3
abril 4
maio 5
junho 6
julho 7
agosto 8
setembro 9
outubro 10
novembro 11
dezembro 12

[set adjtitles]
# Titles that after a lower-case noun are its adjective: "le parquet
# général", "el consejo general" name no general.
geral gerais

[set streetwords]
# Words of a street or a place before its name: a name right after one
# ("la calle Oca", "rue Garibaldi") is a place, never a body that a
# description refers back to.
rua avenida av. praça travessa largo estrada rodovia alameda bairro

[set regimewords]
# Loaded words for a government: after a country, the note names it.
regime regimes

[set judgement]
# Words of opinion the bot never says in its own voice (a model's note that
# uses them outside quotation marks is not shown).
deve deveria ignorar ignorado tendencioso parcial propaganda mentira mentiras falso falsa vergonhoso escandaloso ridículo absurdo enganoso

[partyseats]
# A party's seat, named for the party in political news: "No Largo do
# Rato admitem que …" is the party's words (never a body named so).
largo_do_rato = PS | Partido Socialista
são_caetano_à_lapa = PSD | Partido Social Democrata

[loaded]
# (Not "suposto", "pretenso": like "alleged" they hedge an allegation; left
# out, the allegation would read as a fact in the bot's voice.)
# (Not "junta": in Portuguese a board or a local government, "a Junta de
# Freguesia"; a military one is a "junta militar".)
regime = governo
regimes = governos
terrorista = =
terroristas = =
terror = =
autoproclamado = =
autoproclamada = =
propaganda = =
mártir = =
mártires = =
ocupação = =
ocupante = =
ocupantes = =
invasor = =
invasores = =
extremista = =
extremistas = =
ditador = =
tirano = =
massacre = =
genocídio = =
capangas = aliados
bandido = =
bandidos = =
ilegal = =
ilegais = =
fantoche = =
ditadores = =
ditadora = =
tiranos = =
massacres = =
genocídios = =
fantoches = =

[countries]
# CODE | name, other names | demonyms | capitals and government metonyms
US | Estados Unidos, EUA | americano, americana, americanos, americanas, norte-americano, norte-americana, norte-americanos, norte-americanas, estadunidense, estadunidenses | Washington, Casa Branca, Pentágono
CN | China | chinês, chinesa, chineses, chinesas | Pequim
RU | Rússia | russo, russa, russos, russas | Moscou, Kremlin
FR | França | francês, francesa, franceses, francesas | Paris, Eliseu
DE | Alemanha | alemão, alemã, alemães, alemãs | Berlim
GB | Reino Unido, Grã-Bretanha | britânico, britânica, britânicos, britânicas | Londres, Downing Street
ES | Espanha | espanhol, espanhola, espanhóis, espanholas | Madri, Madrid
PT | Portugal | português, portuguesa, portugueses, portuguesas, luso, lusos | Lisboa
IT | Itália | italiano, italiana, italianos, italianas | Roma
UA | Ucrânia | ucraniano, ucraniana, ucranianos, ucranianas | Kiev, Kyiv
IL | Israel | israelense, israelenses, israelita, israelitas | Jerusalém, Tel Aviv
PS | Palestina, Autoridade Palestina | palestino, palestina, palestinos, palestinas | Ramallah
IR | Irã, Irão | iraniano, iraniana, iranianos, iranianas | Teerã, Teerão
IQ | Iraque | iraquiano, iraquiana, iraquianos, iraquianas | Bagdá
SY | Síria | sírio, síria, sírios, sírias | Damasco
TR | Turquia | turco, turca, turcos, turcas | Ancara
SA | Arábia Saudita | saudita, sauditas | Riad
EG | Egito | egípcio, egípcia, egípcios, egípcias | Cairo
LB | Líbano | libanês, libanesa, libaneses, libanesas | Beirute
JO | Jordânia | jordaniano, jordaniana, jordanianos, jordanianas | Amã
QA | Catar | catariano, catariana, catarianos, catarianas | Doha
AE | Emirados Árabes Unidos | emiradense, emiradenses | Abu Dhabi
AF | Afeganistão | afegão, afegã, afegãos, afegãs | Cabul
PK | Paquistão | paquistanês, paquistanesa, paquistaneses, paquistanesas | Islamabad
IN | Índia | indiano, indiana, indianos, indianas | Nova Délhi
JP | Japão | japonês, japonesa, japoneses, japonesas | Tóquio
KR | Coreia do Sul | sul-coreano, sul-coreana, sul-coreanos, sul-coreanas | Seul
KP | Coreia do Norte | norte-coreano, norte-coreana, norte-coreanos, norte-coreanas | Pyongyang
TW | Taiwan | taiwanês, taiwanesa, taiwaneses, taiwanesas | Taipé
BR | Brasil | brasileiro, brasileira, brasileiros, brasileiras | Brasília, Planalto, Itamaraty
AR | Argentina | argentino, argentina, argentinos, argentinas | Buenos Aires
MX | México | mexicano, mexicana, mexicanos, mexicanas | Cidade do México
CO | Colômbia | colombiano, colombiana, colombianos, colombianas | Bogotá
VE | Venezuela | venezuelano, venezuelana, venezuelanos, venezuelanas | Caracas
CU | Cuba | cubano, cubana, cubanos, cubanas | Havana
CL | Chile | chileno, chilena, chilenos, chilenas | Santiago
PE | Peru | peruano, peruana, peruanos, peruanas | Lima
BO | Bolívia | boliviano, boliviana, bolivianos, bolivianas | La Paz
EC | Equador | equatoriano, equatoriana, equatorianos, equatorianas | Quito
UY | Uruguai | uruguaio, uruguaia, uruguaios, uruguaias | Montevidéu
PY | Paraguai | paraguaio, paraguaia, paraguaios, paraguaias | Assunção
PA | Panamá | panamenho, panamenha, panamenhos, panamenhas | Cidade do Panamá
GT | Guatemala | guatemalteco, guatemalteca, guatemaltecos, guatemaltecas | Cidade da Guatemala
HN | Honduras | hondurenho, hondurenha, hondurenhos, hondurenhas | Tegucigalpa
SV | El Salvador | salvadorenho, salvadorenha, salvadorenhos, salvadorenhas | San Salvador
NI | Nicarágua | nicaraguense, nicaraguenses | Manágua
CR | Costa Rica | costarriquenho, costarriquenha, costarriquenhos, costarriquenhas | San José
DO | República Dominicana | dominicano, dominicana, dominicanos, dominicanas | Santo Domingo
HT | Haiti | haitiano, haitiana, haitianos, haitianas | Porto Príncipe
CA | Canadá | canadense, canadenses | Ottawa
AU | Austrália | australiano, australiana, australianos, australianas | Camberra
BE | Bélgica | belga, belgas |
NL | Países Baixos, Holanda | holandês, holandesa, holandeses, holandesas, neerlandês, neerlandesa, neerlandeses, neerlandesas | Amsterdã, Haia
CH | Suíça | suíço, suíça, suíços, suíças | Berna
AT | Áustria | austríaco, austríaca, austríacos, austríacas | Viena
PL | Polônia, Polónia | polonês, polonesa, poloneses, polonesas, polaco, polaca, polacos, polacas | Varsóvia
HU | Hungria | húngaro, húngara, húngaros, húngaras | Budapeste
CZ | República Tcheca, Chéquia | tcheco, tcheca, tchecos, tchecas | Praga
GR | Grécia | grego, grega, gregos, gregas | Atenas
SE | Suécia | sueco, sueca, suecos, suecas | Estocolmo
NO | Noruega | norueguês, norueguesa, noruegueses, norueguesas | Oslo
DK | Dinamarca | dinamarquês, dinamarquesa, dinamarqueses, dinamarquesas | Copenhague
FI | Finlândia | finlandês, finlandesa, finlandeses, finlandesas | Helsinque
IE | Irlanda | irlandês, irlandesa, irlandeses, irlandesas | Dublin
RS | Sérvia | sérvio, sérvia, sérvios, sérvias | Belgrado
BY | Bielorrússia | bielorrusso, bielorrussa, bielorrussos, bielorrussas | Minsk
DZ | Argélia | argelino, argelina, argelinos, argelinas | Argel
MA | Marrocos | marroquino, marroquina, marroquinos, marroquinas | Rabat
TN | Tunísia | tunisiano, tunisiana, tunisianos, tunisianas | Túnis
LY | Líbia | líbio, líbia, líbios, líbias | Trípoli
SN | Senegal | senegalês, senegalesa, senegaleses, senegalesas | Dacar
ML | Mali | malinês, malinesa, malineses, malinesas | Bamako
NG | Nigéria | nigeriano, nigeriana, nigerianos, nigerianas | Abuja
ZA | África do Sul | sul-africano, sul-africana, sul-africanos, sul-africanas | Pretória
ET | Etiópia | etíope, etíopes | Adis Abeba
KE | Quênia | queniano, queniana, quenianos, quenianas | Nairóbi
CD | República Democrática do Congo, RDC | congolês, congolesa, congoleses, congolesas | Kinshasa
AO | Angola | angolano, angolana, angolanos, angolanas | Luanda
MZ | Moçambique | moçambicano, moçambicana, moçambicanos, moçambicanas | Maputo
CV | Cabo Verde | cabo-verdiano, cabo-verdiana, cabo-verdianos, cabo-verdianas | Praia
CI | Costa do Marfim | marfinense, marfinenses | Yamoussoukro
VN | Vietnã, Vietname | vietnamita, vietnamitas | Hanói
TH | Tailândia | tailandês, tailandesa, tailandeses, tailandesas | Bangcoc
ID | Indonésia | indonésio, indonésia, indonésios, indonésias | Jacarta
PH | Filipinas | filipino, filipina, filipinos, filipinas | Manila
MM | Mianmar, Birmânia | birmanês, birmanesa, birmaneses, birmanesas | Naypyidaw
YE | Iêmen, Iémen | iemenita, iemenitas | Sanaa
AM | Armênia | armênio, armênia, armênios, armênias | Yerevan
AZ | Azerbaijão | azerbaijano, azerbaijana, azerbaijanos, azerbaijanas | Baku
GE | Geórgia | georgiano, georgiana, georgianos, georgianas | Tbilisi
RO | Romênia, Roménia | romeno, romena, romenos, romenas | Bucareste
BG | Bulgária | búlgaro, búlgara, búlgaros, búlgaras | Sófia
HR | Croácia | croata, croatas | Zagreb
AL | Albânia | albanês, albanesa, albaneses, albanesas | Tirana
AD | Andorra | andorrano, andorrana, andorranos, andorranas |
BS | Bahamas | bahamense, bahamenses |
BH | Bahrein, Barém | bareinita, bareinitas, barenita, barenitas | Manama
BD | Bangladesh, Bangladexe | bangladense, bangladenses, bangladechiano, bangladechiana, bangladechianos, bangladechianas | Daca, Dhaka
BB | Barbados | barbadiano, barbadiana, barbadianos, barbadianas | Bridgetown
BZ | Belize | belizenho, belizenha, belizenhos, belizenhas | Belmopã
BJ | Benim, Benin | beninense, beninenses | Porto-Novo
BT | Butão | butanês, butanesa, butaneses, butanesas | Timbu, Thimphu
BA | Bósnia e Herzegovina, Bósnia-Herzegovina, Bósnia | bósnio, bósnia, bósnios, bósnias | Sarajevo
BW | Botsuana, Botswana | botsuano, botsuana, botsuanos, botsuanas | Gaborone
BN | Brunei | bruneano, bruneana, bruneanos, bruneanas |
BF | Burkina Faso | burquinense, burquinenses | Uagadugu, Ouagadougou
BI | Burundi | burundiano, burundiana, burundianos, burundianas | Gitega
KH | Camboja | cambojano, cambojana, cambojanos, cambojanas | Phnom Penh
CM | Camarões | camaronês, camaronesa, camaroneses, camaronesas | Iaundé, Yaoundé
CF | República Centro-Africana | centro-africano, centro-africana, centro-africanos, centro-africanas | Bangui
TD | Chade | chadiano, chadiana, chadianos, chadianas | N'Djamena
KM | Comores | comorense, comorenses | Moroni
CG | República do Congo, Congo-Brazzaville |  | Brazzaville
CY | Chipre | cipriota, cipriotas | Nicósia
DJ | Djibuti, Jibuti | djibutiense, djibutienses |
DM | Dominica | dominiquense, dominiquenses | Roseau
GQ | Guiné Equatorial | equato-guineense, equato-guineenses | Malabo
ER | Eritreia | eritreu, eritreia, eritreus, eritreias | Asmara
EE | Estônia, Estónia | estoniano, estoniana, estonianos, estonianas, estónio, estónia, estónios, estónias | Tallinn
SZ | Essuatíni, Suazilândia | suázi, suázis | Mbabane
FJ | Fiji | fijiano, fijiana, fijianos, fijianas | Suva
GA | Gabão | gabonês, gabonesa, gaboneses, gabonesas | Libreville
GM | Gâmbia | gambiano, gambiana, gambianos, gambianas | Banjul
GH | Gana | ganês, ganesa, ganeses, ganesas | Acra
GN | Guiné, Guiné-Conacri | | Conacri
GW | Guiné-Bissau | bissau-guineense, bissau-guineenses | Bissau
GY | Guiana | guianense, guianenses |
IS | Islândia | islandês, islandesa, islandeses, islandesas | Reykjavík, Reiquiavique
JM | Jamaica | jamaicano, jamaicana, jamaicanos, jamaicanas |
KZ | Cazaquistão | cazaque, cazaques | Astana
KI | Quiribati, Kiribati |  | Tarawa
XK | Kosovo | kosovar, kosovares | Pristina
KW | Kuwait, Kuweit | kuwaitiano, kuwaitiana, kuwaitianos, kuwaitianas | Cidade do Kuwait
KG | Quirguistão | quirguiz, quirguizes | Bishkek, Bisqueque
LA | Laos | laosiano, laosiana, laosianos, laosianas | Vientiane
LV | Letônia, Letónia | letão, letã, letões, letãs | Riga
LS | Lesoto | lesotiano, lesotiana, lesotianos, lesotianas | Maseru
LR | Libéria | liberiano, liberiana, liberianos, liberianas | Monróvia
LI | Liechtenstein | liechtensteinense, liechtensteinenses | Vaduz
LT | Lituânia | lituano, lituana, lituanos, lituanas | Vilnius
LU | Luxemburgo | luxemburguês, luxemburguesa, luxemburgueses, luxemburguesas |
MG | Madagascar | malgaxe, malgaxes | Antananarivo
MW | Malawi, Malauí | malawiano, malawiana, malawianos, malawianas, malauiano, malauiana, malauianos, malauianas | Lilongwe
MY | Malásia | malaio, malaia, malaios, malaias | Kuala Lumpur
MV | Maldivas | maldivo, maldiva, maldivos, maldivas | Malé
MT | Malta | maltês, maltesa, malteses, maltesas | Valletta, Valeta
MH | Ilhas Marshall |  | Majuro
MR | Mauritânia | mauritano, mauritana, mauritanos, mauritanas | Nouakchott, Nuaquechote
MU | Ilhas Maurício, Maurícia | mauriciano, mauriciana, mauricianos, mauricianas | Port Louis
FM | Micronésia, Estados Federados da Micronésia | micronésio, micronésia, micronésios, micronésias | Palikir
MD | Moldávia, Moldova | moldavo, moldava, moldavos, moldavas | Chisinau, Quixinau
MC | Mônaco, Mónaco | monegasco, monegasca, monegascos, monegascas |
MN | Mongólia | mongol, mongóis | Ulan Bator, Ulaanbaatar
ME | Montenegro | montenegrino, montenegrina, montenegrinos, montenegrinas | Podgorica
NA | Namíbia | namibiano, namibiana, namibianos, namibianas | Windhoek
NR | Nauru | nauruano, nauruana, nauruanos, nauruanas |
NP | Nepal | nepalês, nepalesa, nepaleses, nepalesas | Katmandu
NZ | Nova Zelândia | neozelandês, neozelandesa, neozelandeses, neozelandesas | Wellington
NE | Níger | nigerino, nigerina, nigerinos, nigerinas | Niamey
MK | Macedônia do Norte, Macedónia do Norte, Macedônia, Macedónia | macedônio, macedônia, macedônios, macedônias, macedónio, macedónia, macedónios, macedónias | Skopje, Escópia
OM | Omã | omani, omanis, omanense, omanenses | Mascate
PW | Palau | palauano, palauana, palauanos, palauanas |
PG | Papua-Nova Guiné | papuásio, papuásia, papuásios, papuásias | Port Moresby
RW | Ruanda | ruandês, ruandesa, ruandeses, ruandesas | Kigali
WS | Samoa | samoano, samoana, samoanos, samoanas | Apia, Ápia
SM | San Marino, São Marinho | são-marinhense, são-marinhenses |
SC | Seicheles, Seychelles | seichelense, seichelenses |
SL | Serra Leoa | serra-leonês, serra-leonesa, serra-leoneses, serra-leonesas | Freetown
SG | Singapura | singapurense, singapurenses |
SK | Eslováquia | eslovaco, eslovaca, eslovacos, eslovacas | Bratislava
SI | Eslovênia, Eslovénia | esloveno, eslovena, eslovenos, eslovenas | Liubliana, Ljubljana
SB | Ilhas Salomão | salomonense, salomonenses | Honiara
SO | Somália | somali, somalis, somaliano, somaliana, somalianos, somalianas | Mogadíscio
SS | Sudão do Sul | sul-sudanês, sul-sudanesa, sul-sudaneses, sul-sudanesas | Juba
LK | Sri Lanka | cingalês, cingalesa, cingaleses, cingalesas |
SD | Sudão | sudanês, sudanesa, sudaneses, sudanesas | Cartum
SR | Suriname | surinamês, surinamesa, surinameses, surinamesas | Paramaribo
TJ | Tajiquistão | tajique, tajiques | Duchambé, Dushanbe
TZ | Tanzânia | tanzaniano, tanzaniana, tanzanianos, tanzanianas | Dodoma
TL | Timor-Leste, Timor Leste | timorense, timorenses | Díli
TG | Togo | togolês, togolesa, togoleses, togolesas | Lomé
TO | Tonga | tonganês, tonganesa, tonganeses, tonganesas | Nukualofa, Nuku'alofa
TT | Trinidad e Tobago |  | Porto de Espanha
TM | Turcomenistão, Turquemenistão | turcomeno, turcomena, turcomenos, turcomenas | Asgabate, Ashgabat
TV | Tuvalu | tuvaluano, tuvaluana, tuvaluanos, tuvaluanas | Funafuti
UG | Uganda | ugandense, ugandenses | Kampala, Campala
UZ | Uzbequistão | uzbeque, uzbeques | Tashkent, Tasquente
VU | Vanuatu | vanuatuense, vanuatuenses | Port Vila
ZM | Zâmbia | zambiano, zambiana, zambianos, zambianas | Lusaka
ZW | Zimbábue, Zimbabué | zimbabuano, zimbabuana, zimbabuanos, zimbabuanas, zimbabueano, zimbabueana, zimbabueanos, zimbabueanas | Harare
EU | União Europeia, UE | europeu, europeus | Bruxelas
VA | Vaticano, Santa Sé |  | Vaticano

[set participleendings]
# Endings of past participles: one that opens a sentence before a comma
# ("Rendido, tentou …", "Preocupada, a ministra …") is never a name; in a passive verb's
# complement one starts another verb group.
ado ada ados adas ido ida idos idas

[set adverbendings]
# Adverbs of manner: "respondeu prontamente", "disse publicamente".
mente

[set verbendings]
# Word endings that mark a verb form (a noun phrase stops there): the preterite "falou", "chegou", "reagiu", "protestaram", "disseram", "pediram".
ou
iu
aram
eram
iram
# The preterite of the second conjugation: "debateu", "respondeu",
# "escreveu" (the nouns and adjectives so ending are in [set nounendings]).
eu

[set approx]
# Words before a number that make it approximate: "mais de 300 médicos".
mais_de menos_de cerca_de pelo_menos quase uns umas aproximadamente

[set nounendings]
# Words with a verb's ending that are no verbs: "o museu", "o Parlamento europeu".
museu europeu europeus judeu plebeu apogeu liceu jubileu pigmeu hebreu coliseu fariseu camafeu

[set openingverbendings]
# Endings of verbs besides those of [set verbendings], not of names: a
# capitalised word opening a sentence that ends so is its verb ("Tinha 19 anos.", "Chegaram às dez.").
ava avam ia iam aram eram iram ará erá irá arão erão irão aria eria iria ando endo indo

[set infinitivepreps]
# The word before an infinitive of saying that goes on with the subject of
# the verb before ("foi enfático ao afirmar que …"), or before one that
# tells when the words were said ("disse ao ser questionado sobre …").
ao

[set auxinfinitives]
# The auxiliaries' infinitives: after "de" one opens what the agent of a
# passive of blame charges, not its name ("acusada pelo sindicato de ter mentido").
ter ser

[set infinitiveendings]
# Endings of infinitives: "recomendou à população beber água, evitar …"
# goes on past the comma.
ar er ir

[set portfolios]
# Portfolios, named after a title and "de" ("o ministro da Saúde, X"): no
# body the person speaks for.
saúde educação fazenda economia trabalho defesa justiça cultura ambiente meio_ambiente transportes energia agricultura segurança turismo habitação indústria comércio

[set conditionals]
# Words opening a condition: a verb of saying negated in the clause one
# opens tells no omission ("… if they did not confirm their status").
se

[set originpreps]
# Prepositions of origin right after a person's name: the place after is
# no one a pronoun stands for (README).
de

[set timeopeners]
# Words before a word of time that make, with determiners, a phrase of
# time opening the sentence, no subject: "Ese mismo día dijo …" (README).
mesmo mesma mesmos mesmas mais seguinte pouco

[set postpossessive]
# Possessives after their noun, of the one named before: "o advogado dela
# disse …" is the lawyer of the woman named before (README).
dele dela deles delas

[set ppossessive]
# The possessive of many, after its noun ("os advogados deles"): a
# group's or a body's, not one person's.
deles delas
