# Spanish lexicon of the offline briefer. Format: data/README.md.

[meta]
code = es
name = español
english = Spanish
lemma-tags = b
# A paragraph that opens with a dash is direct speech.
dialogue = true
# Subjects may be left out: a verb alone after a quotation is the last speaker's.
prodrop = true
passiveafternoun = true
# People bear two surnames: "López Obrador", or the first alone, "Padrino", names "Vladimir Padrino López" again.
doublesurnames = true
# The journalistic conditional ([set subjunctive]) goes on reporting.
conditional = true
traits = commacomp commawords adjafter strictoffices

[quotes]
« »
“ ”
" "
‘ ’

[paradigms]
ar: ar > =:b a:f an:f ó:f aron:f ado:pp ada:pp ados:pp adas:pp aba:f aban:f ando:g ará:f arán:f
er: er > =:b e:f en:f ió:f ieron:f ido:pp ida:pp ía:f ían:f iendo:g erá:f erán:f
ir: ir > =:b e:f en:f ió:f ieron:f ido:pp ida:pp ía:f ían:f iendo:g irá:f irán:f

[verbs]
decir - assert say : dice:f dicen:f dijo:f dijeron:f dicho:pp dicha:pp decía:f decían:f diciendo:g dirá:f dirán:f diría:f dirían:f
afirmar ar assert say : afirmaría:f afirmarían:f
asegurar ar assert say : aseguraría:f asegurarían:f
declarar ar assert say weak  # (weak: "declaró ante el juez", "declarará el jueves" testify, no words)
explicar ar assert say : explicó:f explicaría:f explicarían:f
señalar ar assert say : señalaría:f señalarían:f
indicar ar assert say : indicó:f
añadir ir assert say : añadiría:f añadirían:f
agregar ar assert say : agregó:f agregaría:f agregarían:f
destacar ar assert note : destacó:f
subrayar ar assert note
apuntar ar assert say
manifestar ar assert express : manifiesta:f manifiestan:f  # ("manifestó su molestia": Manifiesta su molestia, not Dice su molestia)
# "se manifestó a favor de …", "se manifestaron en contra de …": a view;
# any other reflexive use is a protest ("se manifestaron frente a los
# juzgados"), no words ([set reflnonspeech]).
manifestar ar assert express refl part=a_favor : manifiesta:f manifiestan:f
manifestar ar assert express refl part=en_contra : manifiesta:f manifiestan:f
# "se pronunció a favor de …", "se pronunciaron en contra de …".
pronunciar ar assert express refl part=a_favor : pronunció:f
pronunciar ar assert express refl part=en_contra : pronunció:f
insistir ir assert say
precisar ar assert say
aclarar ar assert say
reiterar ar assert repeat
repetir - assert repeat weak : repetir:b repite:f repiten:f repitió:f repitieron:f repetido:pp repetía:f repetían:f repitiendo:g repetirá:f
informar ar assert say
# ("reportó que …", Latin American for informar; weak: "reportan dos muertos" reports no words.)
reportar ar assert say weak
comunicar ar assert say : comunicó:f
puntualizar ar assert say : puntualizó:f
detallar ar assert say
resaltar ar assert note
recalcar ar assert repeat : recalcó:f
enfatizar ar assert note : enfatizó:f
mencionar ar assert say
expresar ar assert express
proclamar ar assert say
plantear ar assert say weak
transmitir ir assert say weak
trasmitir ir assert say weak
exponer - assert say weak speaker : expone:f exponen:f expuso:f expusieron:f expuesto:pp exponía:f exponiendo:g
concluir - assert say weak : concluye:f concluyen:f concluyó:f concluyeron:f concluido:pp concluía:f
sugerir - assert say : sugiere:f sugieren:f sugirió:f sugirieron:f sugerido:pp sugería:f sugiriendo:g
preguntar ar other wonder
recordar ar assert recall : recuerda:f recuerdan:f
anunciar ar assert announce
confirmar ar assert say
revelar ar assert say
comentar ar assert comment weak neg=notcomment
relatar ar assert recount
# Posting on social networks: "trinó que …", "tuiteó que …" (only with a
# clause or a quotation).
trinar ar assert write weak
tuitear ar assert write weak
# Verbs of recommending, urging, regretting, criticising, praising,
# telling and hoping that reporting often uses (before, none read:
# "La especialista recomendó cuidar la salud mental" was no one's).
recomendar - other recommend : recomienda:f recomiendan:f recomendó:f recomendaron:f recomendado:pp recomendaba:f recomendaban:f recomendando:g recomendará:f
aconsejar ar other recommend
urgir ir other urge
exhortar ar other urge
deplorar ar other regret
censurar ar accuse criticize
repudiar ar accuse condemn
responsabilizar ar accuse blame
desestimar ar deny reject
alabar ar assert praise
felicitar ar assert praise
narrar ar assert recount
describir - assert recount speaker : describe:f describen:f describió:f describieron:f descrito:pp descrita:pp describía:f describían:f describiendo:g
ratificar ar assert repeat
proseguir - assert say weak colon : prosigue:f prosiguen:f prosiguió:f prosiguieron:f
continuar ar assert say weak colon
esperar ar assert hope opinion weak
# "«…», recoge el comunicado", "El informe recoge que …", "«…», reza el
# texto": a document's words, only with a document for subject.
recoger er assert say weak docsubj
rezar ar assert say weak docsubj : rezó:f
# "confió en que …" (weak: "confía en su equipo" reports nothing).
confiar - assert hope opinion weak : confía:f confían:f confió:f confiaron:f confiado:pp confiaba:f confiaban:f confiando:g
desear ar assert hope opinion weak
contar ar assert recount weak noun : cuenta:f/n cuentan:f
escribir ir assert write weak : escrito:pp
responder er assert reply weak
contestar ar assert reply weak
admitir ir assert say
reconocer er assert say : reconoce:f reconocen:f reconoció:f reconocido:pp
sostener - assert argue weak : sostiene:f sostienen:f sostuvo:f sostuvieron:f sostenido:pp sostenía:f
argumentar ar assert argue
defender er assert defend weak : defiende:f defienden:f
considerar ar assert consider opinion
creer er assert believe opinion weak : creyó:f creyeron:f creído:pp creyendo:g
estimar ar assert believe opinion
opinar ar assert believe opinion
calificar ar assert describe : calificó:f
temer er assert fear opinion weak
advertir ir other warn : advierte:f advierten:f advirtió:f advirtieron:f advirtiendo:g
alertar ar other warn topic takes=sobre|de|que|acerca
negar ar deny deny : niega:f niegan:f negó:f
desmentir ir deny deny : desmiente:f desmienten:f desmintió:f desmintieron:f desmintiendo:g
rechazar ar deny reject : rechazó:f
refutar ar deny deny
descartar ar deny ruleout neg=notruleout : descartó:f
abogar - other advocate part=por : aboga:f abogan:f abogó:f abogaron:f abogaba:f abogaban:f
elogiar ar assert praise : elogió:f
respaldar ar assert support : respaldó:f
acusar ar accuse accuse
culpar ar accuse blame noun : culpa:f/n
reprochar ar accuse accuse
espetar ar assert say
denunciar ar accuse condemn
condenar ar accuse condemn
criticar ar accuse criticize : criticó:f
cuestionar ar other question
# "observó que …", "notó que …": words only with a
# clause or a quotation ("observó a los manifestantes" watched).
observar ar assert note weak : observó:f
notar ar assert note weak : notó:f
lamentar ar other regret
pedir - other ask : pide:f piden:f pidió:f pidieron:f pedido:pp pedía:f pidiendo:g
exigir ir other demand
reclamar ar other demand
instar ar other urge
llamar ar other call takes=a
prometer er other promise
proponer - other propose : propone:f proponen:f propuso:f propusieron:f propuesto:pp
amenazar ar other threaten : amenazó:f
celebrar ar assert welcome
garantizar ar assert say : garantizó:f
esgrimir ir assert argue
aseverar ar assert say
remarcar ar assert say : remarcó:f
replicar ar assert reply : replicó:f
acotar ar assert say
alegar ar assert argue : alegó:f
aducir - assert argue : aduce:f aducen:f adujo:f adujeron:f aducido:pp
argüir - assert argue : arguye:f arguyen:f arguyó:f arguyeron:f argüido:pp argüía:f
predecir - assert predict : predice:f predicen:f predijo:f predijeron:f predicho:pp predecía:f
# "juró que …" (weak: "juró el cargo", "juró como ministro" report no words).
jurar ar assert say weak
reafirmar ar assert repeat
matizar ar assert say : matizó:f
apostillar ar assert say
confesar - assert say : confiesa:f confiesan:f confesó:f confesaron:f confesado:pp
externar ar assert say
ahondar ar assert say weak
ejemplificar ar assert say weak : ejemplificó:f
adelantar ar assert announce weak
anticipar ar assert announce weak
avanzar ar assert announce weak
deslizar ar assert say weak
# "Aceptó que …" (weak: "aceptó la propuesta" reports nothing)
aceptar ar assert say weak
# "«…», lanzó la funcionaria" (weak: "lanzó una ofensiva" reports nothing)
lanzar ar assert say weak
fustigar ar accuse criticize
# "se despachó contra la ministra: «…»", "arremetió contra el Gobierno: «…»" (weak: "el toro arremetió contra el torero",
# "el camión cargó contra la valla" report nothing)
arremeter er accuse criticize weak part=contra
cargar ar accuse criticize weak part=contra
despachar ar accuse criticize weak refl part=contra
# "se quejó de que …"
quejar ar other regret refl
# "«…», disparó el DT": a sharp remark (weak: "disparó contra los manifestantes" reports nothing)
disparar ar assert say weak
solicitar ar other ask
avisar ar other warn
tildar ar assert describe
prever - assert predict : prevé:f prevén:f previó:f previeron:f previsto:pp preveía:f preveían:f
vaticinar ar assert predict
pronosticar ar assert predict : pronosticó:f
augurar ar assert predict
publicar ar assert write weak : publicó:f
ironizar ar assert say weak : ironizó:f
compartir ir assert say weak
bromear ar assert say weak : bromeó:f
sentenciar ar assert say : sentenció:f
resumir ir assert say weak
zanjar ar assert say weak : zanjó:f
reflexionar ar assert say weak  # ("reflexiona que …", "«…», reflexiona")
# A court's or an inquiry's finding, a hint, a detail (weak: "determinó
# las causas", "especificó la cifra" report no words).
dictaminar ar assert say weak : dictaminó:f
determinar ar assert say weak : determinó:f
constatar ar assert say weak : constató:f
insinuar - assert say weak : insinúa:f insinúan:f insinuó:f insinuaron:f insinuado:pp insinuaba:f insinuando:g
especificar ar assert say weak : especificó:f
certificar ar assert say weak : certificó:f
# Ways of saying with a voice: "«…», clamó la madre del joven", "«…»,
# exclamó", "«…», susurró" (weak: "clamó justicia" is no words).
exclamar ar assert say weak : exclamó:f
clamar ar assert say weak : clamó:f
sollozar ar assert say weak : sollozó:f
susurrar ar assert say weak : susurró:f
murmurar ar assert say weak : murmuró:f
vociferar ar assert say weak : vociferó:f
suspirar ar assert say weak : suspiró:f
# "se sinceró: «…»", "se sinceró al decir que …".
sincerar ar assert say weak refl : sinceró:f
rematar ar assert say weak : remató:f  # ("«…», remató"; weak: "remató de cabeza" is a shot)
complementar ar assert say weak : complementó:f
gritar ar assert say weak : gritó:f
rebatir ir deny deny weak
justificar ar assert argue weak : justificó:f
razonar ar assert argue weak : razonó:f
mantener - assert argue weak : mantiene:f mantienen:f mantuvo:f mantuvieron:f mantenido:pp mantenía:f
trasladar ar assert say weak : trasladó:f
valorar ar assert believe opinion weak : valoró:f
aplaudir ir assert praise
reivindicar ar assert say weak : reivindicó:f
desvelar ar assert say weak : desveló:f
corroborar ar assert say weak : corroboró:f
recriminar ar accuse accuse : recriminó:f
achacar ar accuse blame weak : achacó:f
pensar - assert believe opinion weak : piensa:f piensan:f pensó:f pensaron:f pensado:pp pensaba:f
sospechar ar assert believe opinion weak : sospechó:f
# "se refirió a …" (the matter spoken of) before "refirió que …" (said).
referir - assert refer refl part=a : refiere:f refieren:f refirió:f refirieron:f referido:pp refería:f referían:f
referir - assert referthe refl part=al : refiere:f refieren:f refirió:f refirieron:f referido:pp refería:f referían:f
referir - assert say weak : refiere:f refieren:f refirió:f refirieron:f referido:pp
# "hizo referencia a …", "hace referencia al …", "hizo alusión a …": the
# matter spoken of, as "se refirió a …".
hacer - assert refer part=referencia_a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - assert referthe part=referencia_al : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - assert refer part=alusión_a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - assert referthe part=alusión_al : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
entender - assert believe opinion weak : entiende:f entienden:f entendió:f entendieron:f entendido:pp entendía:f
calcular ar assert believe opinion weak : calculó:f
dejar ar assert say part=claro : dejó:f
dejar ar assert say part=entrever : dejó:f
dejar ar assert say part=en_claro : dejó:f
dar - assert announce part=a_conocer : da:f dan:f dio:f dieron:f dado:pp daba:f
# "dio a entender que …", "hizo saber que …", "hizo notar que …", "hizo
# constar que …", "puso de manifiesto que …", "puso de relieve que …",
# "dejó constancia de que …" (weak: "puso de relieve la importancia del
# acuerdo" reports no words).
dar - assert say part=a_entender : da:f dan:f dio:f dieron:f dado:pp daba:f
hacer - assert say part=saber : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - assert say weak part=notar : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - assert say part=constar : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
poner - assert note weak part=de_manifiesto : pone:f ponen:f puso:f pusieron:f puesto:pp ponía:f ponían:f poniendo:g pondrá:f
poner - assert note weak part=de_relieve : pone:f ponen:f puso:f pusieron:f puesto:pp ponía:f ponían:f poniendo:g pondrá:f
dejar ar assert say weak part=constancia_de : dejó:f
hacer - other call part=un_llamado takes=a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - other call part=el_llamado takes=a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - other call part=un_llamamiento takes=a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
hacer - other call part=el_llamamiento takes=a : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
poner - other question part=en_duda : pone:f ponen:f puso:f pusieron:f puesto:pp ponía:f poniendo:g
comprometer er other promise refl : comprometió:f
hablar ar assert talk topic takes=sobre|de|acerca : habló:f
# "ha incidido en que …", "ha hecho hincapié en que …".
incidir ir assert say weak part=en : incidió:f
hacer - assert say weak part=hincapié_en : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
# "hizo énfasis en que …", "puso énfasis en que …" (weak: "puso énfasis en
# la educación" reports nothing).
hacer - assert say weak part=énfasis_en : hace:f hacen:f hizo:f hicieron:f hecho:pp hacía:f hacían:f haciendo:g hará:f harán:f
poner - assert say weak part=énfasis_en : pone:f ponen:f puso:f pusieron:f puesto:pp ponía:f ponían:f poniendo:g pondrá:f
# "coinciden en que …": agreeing on words.
coincidir ir assert say weak topic takes=en
# "se mostró convencido de que …", "se mostró confiada en que …".
mostrar - assert believe opinion weak refl part=convencido_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=convencida_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=convencidos_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=convencidas_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=seguro_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=segura_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=seguros_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
# "mostró su confianza en que …", "mostró su convicción de que …": a view;
# "se mostró partidario de …": a stand for what follows.
mostrar - assert believe opinion weak part=su_confianza_en : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak part=su_convicción_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
# "mostró su preocupación por …", "se mostró preocupado por …", "se
# mostró optimista": concern or optimism, whole with nothing after it.
mostrar - assert concern whole part=su_preocupación : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert concern whole part=preocupación : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert concern whole refl part=preocupado : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert concern whole refl part=preocupada : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert concern whole refl part=preocupados : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert concern whole refl part=preocupadas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert optimism whole refl part=optimista : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert optimism whole refl part=optimistas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
# "se mostró escéptico", "se mostró contrario a …", "se mostró crítico con
# …", "se mostraron satisfechos": a view told by the adjective.
mostrar - assert skeptic whole refl part=escéptico : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert skeptic whole refl part=escéptica : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert skeptic whole refl part=escépticos : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert skeptic whole refl part=escépticas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert pessimism whole refl part=pesimista : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert pessimism whole refl part=pesimistas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert favourable whole refl part=favorable takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert favourable whole refl part=favorables takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - other oppose whole refl part=contrario takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - other oppose whole refl part=contraria takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - other oppose whole refl part=contrarios takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - other oppose whole refl part=contrarias takes=a|al : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - accuse critical whole refl speaker part=crítico : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - accuse critical whole refl speaker part=crítica : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - accuse critical whole refl speaker part=críticos : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - accuse critical whole refl speaker part=críticas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert satisfied whole refl part=satisfecho : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert satisfied whole refl part=satisfecha : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert satisfied whole refl part=satisfechos : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert satisfied whole refl part=satisfechas : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert support refl part=partidario_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert support refl part=partidaria_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert support refl part=partidarios_de : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
# "salió en defensa del proyecto": a stand for what follows; "salió al
# cruce de las críticas": answers them; "restó importancia a …": plays it
# down.
salir - assert defence part=en_defensa takes=de|del : sale:f salen:f salió:f salieron:f salido:pp salía:f salían:f saldrá:f saliendo:g
salir - assert cross part=al_cruce takes=de|del : sale:f salen:f salió:f salieron:f salido:pp salía:f salían:f saldrá:f saliendo:g
restar ar other downplay part=importancia takes=a|al
# Adjectives of a view after "estar" and before "(de) que": "está segura de
# que …", "están convencidos que …".
seguro - assert believe opinion weak stative : seguro:pp
segura - assert believe opinion weak stative : segura:pp
seguros - assert believe opinion weak stative : seguros:pp
seguras - assert believe opinion weak stative : seguras:pp
convencido - assert believe opinion weak stative : convencido:pp
convencida - assert believe opinion weak stative : convencida:pp
convencidos - assert believe opinion weak stative : convencidos:pp
convencidas - assert believe opinion weak stative : convencidas:pp
mostrar - assert believe opinion weak refl part=confiado_en : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=confiada_en : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
mostrar - assert believe opinion weak refl part=confiados_en : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f
# "Un estudio de la Universidad de Vigo muestra que …", "Datos del INE
# demuestran que …": a document's finding, its author's (not "El alcalde
# mostró el puerto").
mostrar - assert show docsubj : muestra:f muestran:f mostró:f mostraron:f mostrado:pp mostraba:f mostraban:f mostrará:f mostrarán:f
demostrar - assert show docsubj : demuestra:f demuestran:f demostró:f demostraron:f demostrado:pp demostraba:f demostraban:f demostrará:f
# "Un informe de la OCDE evidencia / refleja / arroja que …", "según
# arrojó el informe de …".
evidenciar ar assert show docsubj : evidenció:f
reflejar ar assert show docsubj : reflejó:f
arrojar ar assert show docsubj : arrojó:f
# "es de la opinión de que …", "es de la idea de que …", "es del parecer
# de que …": a view.
ser - assert believe opinion weak part=de_la_opinión_de : es:f son:f
ser - assert believe opinion weak part=de_la_idea_de : es:f son:f
ser - assert believe opinion weak part=del_parecer_de : es:f son:f
# "dio por hecho que …", "da por probado que …" (a court), "considera
# probado que …".
dar - assert say part=por_hecho : da:f dan:f dio:f dieron:f dado:pp daba:f
dar - assert say part=por_sentado : da:f dan:f dio:f dieron:f dado:pp daba:f
dar - assert say part=por_probado : da:f dan:f dio:f dieron:f dado:pp daba:f
dar - assert say part=por_acreditado : da:f dan:f dio:f dieron:f dado:pp daba:f
considerar ar assert say part=probado
considerar ar assert say part=acreditado
considerar ar assert say part=demostrado
pronunciar ar assert talk refl topic takes=sobre|acerca : pronunció:f
oponer - deny reject refl part=a : opone:f oponen:f opuso:f opusieron:f opuesto:pp oponía:f oponían:f
oponer - deny rejectthe refl part=al : opone:f oponen:f opuso:f opusieron:f opuesto:pp oponía:f oponían:f
# Refusals to speak: the party's claim when a verb of saying of [set
# refusalverbs] follows ("se negó a comentar", "declinó hacer
# declaraciones", "rehusó pronunciarse", "prefirió no pronunciarse",
# "evitó referirse al caso", "rechazó hacer comentarios", "se abstuvo de
# opinar", "guardó silencio"), not another verb ("se negó a pagar", "se
# abstuvo de votar").
negar ar other refuse refl part=a refusal : niega:f niegan:f negó:f
declinar ar other decline refusal
rechazar ar other reject refusal : rechazó:f
abstener - other abstain refl part=de refusal : abstiene:f abstienen:f abstuvo:f abstuvieron:f abstenido:pp abstenía:f abstenían:f
guardar ar other keep refusal : guardó:f
mantener - other maintain refusal : mantiene:f mantienen:f mantuvo:f mantuvieron:f mantenido:pp mantenía:f
rehusar ar other refuseto refusal : rehúsa:f rehúsan:f rehusó:f
preferir - other prefernot refusal part=no : prefiere:f prefieren:f prefirió:f prefirieron:f preferido:pp prefería:f preferían:f
evitar ar other avoid refusal : evitó:f
# Only negated: "no quiso hacer comentarios", "no respondió a las
# solicitudes de EFE", "no devolvió las llamadas" (a noun of [set
# refusalnouns]); not "no quiere decir que …" (does not mean).
querer - other notwant refusal negonly neg=notwant notpart=decir_que : quiere:f quieren:f quiso:f quisieron:f querido:pp quería:f querían:f
responder er other notrespond refusal negonly nowords neg=notrespond takes=a|al
contestar ar other notrespond refusal negonly nowords neg=notrespond takes=a|al
# Also with no words after it: "no se pronunció hasta el momento".
pronunciar ar other notspeak refl refusal negonly nowords neg=notspeak : pronunció:f
devolver - other notreturn refusal negonly neg=notreturn : devuelve:f devuelven:f devolvió:f devolvieron:f devuelto:pp devolvía:f devolvían:f

# Positions (data/README.md, flag position): "El sindicato apoya la reforma".
apoyar ar other support opinion position
querer - other want opinion position notpart=decir|decir_que : quiere:f quieren:f quería:f querían:f

[voice]
say = Dice | Dicen
show = Muestra | Muestran
# ("destacó la labor de los bomberos": a verb of stressing keeps its own
# word before a noun, where "Dice la labor …" would say nothing.)
note = Destaca | Destacan
express = Expresa | Expresan
concern = Expresa preocupación | Expresan preocupación
optimism = Se muestra optimista | Se muestran optimistas
pessimism = Se muestra pesimista | Se muestran pesimistas
skeptic = Se muestra escéptico | Se muestran escépticos
favourable = Se muestra favorable | Se muestran favorables
oppose = Se opone | Se oponen
critical = Se muestra crítico | Se muestran críticos
satisfied = Se muestra satisfecho | Se muestran satisfechos
recommend = Recomienda | Recomiendan
hope = Espera | Esperan
repeat = Reitera | Reiteran
recall = Recuerda | Recuerdan
announce = Anuncia | Anuncian
comment = Comenta | Comentan
recount = Relata | Relatan
write = Escribe | Escriben
reply = Responde | Responden
argue = Sostiene | Sostienen
defend = Defiende | Defienden
defence = Sale en defensa | Salen en defensa
cross = Sale al cruce | Salen al cruce
downplay = Resta importancia | Restan importancia
consider = Considera | Consideran
believe = Considera | Consideran
describe = Califica | Califican
fear = Teme | Temen
warn = Advierte | Advierten
deny = Niega | Niegan
reject = Rechaza | Rechazan
accuse = Acusa | Acusan
blame = Culpa | Culpan
condemn = Condena | Condenan
criticize = Critica | Critican
question = Cuestiona | Cuestionan
regret = Lamenta | Lamentan
ask = Pide | Piden
wonder = Pregunta | Preguntan
demand = Exige | Exigen
urge = Insta | Instan
call = Llama | Llaman
promise = Promete | Prometen
propose = Propone | Proponen
threaten = Amenaza | Amenazan
welcome = Celebra | Celebran
predict = Prevé | Prevén
talk = Habla | Hablan
refer = Se refiere a | Se refieren a
ruleout = Descarta | Descartan
# (negated, "no descarta" still reports, keeping its "no".)
notruleout = No descarta | No descartan
advocate = Aboga por | Abogan por
praise = Elogia | Elogian
support = Respalda | Respaldan
# ("al" is "a el": the verb keeps the article the contraction held.)
referthe = Se refiere al | Se refieren al
rejectthe = Rechaza el | Rechazan el
refuse = Se niega a | Se niegan a
decline = Declina | Declinan
refuseto = Rehúsa | Rehúsan
prefernot = Prefiere no | Prefieren no
abstain = Se abstiene de | Se abstienen de
keep = Guarda | Guardan
maintain = Mantiene | Mantienen
avoid = Evita | Evitan
notwant = No quiere | No quieren
notrespond = No responde | No responden
notreturn = No devuelve | No devuelven
notcomment = No comenta | No comentan
notspeak = No se pronuncia | No se pronuncian
want = Quiere | Quieren

[phrases]
clause = {verb} {content}
bare = {verb} que {content}
object = {verb} {content}
quote = {verb}: {content}
verbatim = {verb}, en palabras del artículo: {content}
generic = {verb}, según el artículo,
and = y
others = {n} más
other = 1 más
list.sep = ", "
summary.parties = El artículo recoge declaraciones de las siguientes partes: {list}.
summary.none = El artículo no recoge declaraciones atribuidas a una parte identificada.
# A party described by a noun after a possessive that stands for one
# person ("Su abogado dijo …"): the noun with its owner's name (README:
# party.owned), "Abogado de Ana Ruiz".
party.owned = {party} de {owner}
summary.facts = Su propio relato se presenta como hechos.
summary.claim = {party} {verb} {content}
summary.join = "; "
outlet.wording = (término del medio)
note.loaded.outlet = El texto del medio usa la palabra "{word}" (frase {n}); este resumen no adopta ese término.
note.loaded.regime = El texto del medio llama "régimen" al gobierno de {country}; este resumen no adopta ese término.
note.loaded.quote = La palabra "{word}" (frase {n}) es de {who}, en una cita; el resumen solo la usa dentro de esa cita.
note.loaded.unattributed = El medio pone "{word}" (frase {n}) entre comillas sin decir quién la usó.
note.noclaims = No se encontraron declaraciones atribuidas; las afirmaciones del medio se presentan como hechos.
note.unsupported = Este artículo está en {language}. El motor sin conexión atribuye declaraciones en inglés, francés, español, portugués y alemán; aquí presenta las frases del artículo como hechos. Atribuir declaraciones en {language} requiere el motor LLM.
note.via = según {who}
this = esto
they = ellos

summary.unsupported = El artículo está en {language}: el motor sin conexión presenta sus afirmaciones como hechos y no atribuye declaraciones.
lang.zh = chino
lang.ja = japonés
lang.ko = coreano
lang.ar = árabe
lang.he = hebreo
lang.el = griego
lang.th = tailandés
lang.hi = hindi
lang.bn = bengalí
lang.hy = armenio
lang.ka = georgiano
lang.cs = checo
lang.sk = eslovaco
lang.pl = polaco
lang.it = italiano
lang.nl = neerlandés
lang.sv = sueco
lang.da = danés
lang.no = noruego
lang.ro = rumano
lang.tr = turco
lang.id = indonesio
lang.hu = húngaro
lang.fi = finés
lang.hr = croata
lang.ru = ruso
lang.uk = ucraniano
lang.bg = búlgaro
lang.sr = serbio
lang.en = inglés
lang.fr = francés
lang.es = español
lang.pt = portugués
lang.de = alemán

# Resúmenes de varias fuentes (bot/story).
story.sources = {n} fuentes informan sobre esta noticia: {list}.
story.parties = Recogen declaraciones de {list}.
story.parties.one = Recogen declaraciones de {list}.
story.shared = {n} declaraciones aparecen en más de una fuente.
story.shared.one = 1 declaración aparece en más de una fuente.
story.only = {n} declaraciones aparecen en una sola fuente.
story.only.one = 1 declaración aparece en una sola fuente.
story.differ = {n} declaraciones se recogen de forma distinta según la fuente; se muestran ambas versiones.
story.differ.one = 1 declaración se recoge de forma distinta según la fuente; se muestran ambas versiones.
story.note.language = La fuente {source} está en {language}: sus partes se asocian por su nombre a las de las demás fuentes, y sus declaraciones a las escritas en otros idiomas solo cuando dan las mismas cifras.
[labels]
digest.outlets = {n} medios: {list}
digest.outlets.one = 1 medio: {list}
story.answer = Lo que dicen las fuentes:
story.answer.none = Ninguna de las {n} fuentes lo dice.
story.sources = Fuentes
story.coverage = Cobertura por fuente
story.only = solo en {id}
story.also = también en {list}
story.differently = Recogido de otro modo por {id}:
story.quotes = cita a {list}
story.quotes.none = no cita a ninguna parte
story.onlyhere = {n} declaraciones que solo ella recoge
story.onlyhere.one = 1 declaración que solo ella recoge
story.loaded = sus propios términos: {list}
via = según {who}
summary = Resumen
parties = Partes
party = Parte
facts = Hechos
notes = Notas
claims = Declaraciones
said_by = según
evidence = Cita
speaker = Hablante
stance = Postura
sentence = frase
sentences = frases
source = Fuente
published = Publicado
by = Por
reported_by = según
question = Pregunta
answer = Respuesta
not_in_article = El artículo no lo dice.
quotes = Del artículo
more_claims = declaraciones más
none = ninguna
backend = Motor
dropped = declaraciones descartadas porque su cita no está en el artículo
briefing = Informe
no_claims = No se encontraron declaraciones atribuidas en este artículo.
also = otros nombres: {list}
also_named = Otros nombres: {list}
unattributed = Información del medio sin atribución
stance.assert = afirmación
stance.deny = desmentido
stance.accuse = acusación
stance.other = otra
footer.backend = motor: {backend}
footer.cached = en caché
footer.checked = todas las citas cotejadas con el artículo
footer.dropped = {n} declaraciones descartadas: cita no encontrada en el artículo
footer.dropped.one = 1 declaración descartada: cita no encontrada en el artículo
footer.misattributed = {n} declaraciones descartadas: el artículo atribuye esas palabras a otra persona
footer.misattributed.one = 1 declaración descartada: el artículo atribuye esas palabras a otra persona
continued = {title}, continuación (parte {n} de {total})
shortened = Abreviado para caber en un solo mensaje: no se muestran {claims} declaración(es) ni {facts} hecho(s). Pregunte por ellos en este hilo.
shortened.file = Abreviado para caber en un solo mensaje: aquí no se muestran {claims} declaración(es) ni {facts} hecho(s). El informe completo está en el archivo adjunto, {file}.
file.title = Informe completo: {title}
digest = Boletín
digest.none = Nada nuevo.
digest.parties = Partes: {list}
digest.more = Escriba {more} para ver el informe completo del artículo {n}.
untitled = (sin título)
cut = (recortado: el mensaje es demasiado largo para Matrix)

[set interviewcues]
# Words of an interview in its introduction or last paragraph: questions
# and answers printed without labels are the one person it names.
entrevista entrevistas entrevistado entrevistada conversación charla

[set secondperson]
# Words that speak to someone: most of an interview's questions hold one.
usted ustedes tú ti contigo tu tus vos

[set questionlabel]
# The label of an interviewer's question in a printed interview ("Q: …"):
# no one's statement. El País prints "P. …" or "Pregunta. …".
p pregunta

[set answerlabel]
# The label of the answers in a printed interview ("A: …"): the words of
# the one person the article named before it ("R. …", "Respuesta. …").
r respuesta

[set markers]
# Letters and spellings that tell the language apart from its neighbours
# in a short text (each occurrence is a vote, at most three).
ñ ¿ ¡ ó í á

[set scalewords]
# Words that scale a number, or go on with it, after its digits ("4.2
# million marks"): in a story, the word after them is what is counted.
mil millón millones de

[set detect]
el la los las de del y en que un una por con para es se no al lo como más pero sus su le ha fue según este esta también entre sobre

[set determiners]
el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus nuestro nuestra nuestros nuestras varios varias algunos algunas muchos muchas todos todas cada ambos ambas dos tres cuatro cinco seis siete ocho nueve diez del al otro otra otros otras

[set singulardets]
# Articles of one: a phrase they open is singular whatever its last word
# ends with ("el delantero francés").
el la un una

[set pluraldeterminers]
los las estos estas esos esas

[set titlearticles]
# Articles that open a title ("El País", "O Globo", "Le Monde"): written
# with a capital inside a sentence before a name, part of the name.
el la los las

[set sourcenouns]
# Sources: "fuentes del Ministerio" speak for the body named right after
# ("fuentes cercanas al …" do not).
fuente fuentes voces

[set definite]
el la los las este esta estos estas ese esa esos esas

# The indefinite article: a phrase it opens describes, even with a capital:
# "X, un Demócrata, dijo" describes X ("un Demócrata").
[set indefinite]
un una

[set ownpossessive]
nuestro nuestra nuestros nuestras

[set possessive]
su sus nuestro nuestra nuestros nuestras

[set pluralsuffix]
s

[set quantifiers]
varios varias algunos algunas muchos muchas numerosos numerosas dos tres cuatro cinco seis siete ocho nueve diez cientos miles

[set negsubj]
ningún ninguna ninguno nadie nada ni pocos pocas

[set negation]
no nunca jamás tampoco ni

[set aux]
ha han había habían habría habrían habrá habrán hubo he hemos haya hayan

[set passive]
fue fueron es son era eran sido será serán está están

# Reporting verbs that, right after a reflexive pronoun, report nothing:
# "ele se destaca" (he stands out).
[set reflnonspeech]
destaca destacó destacan destacaron destacaba destacaban destacando apunta apuntan apuntó apuntaron
# "se negó a pagar": refused, denied nothing.
niega niegan negó negaron negaba negaban negando
# "los vecinos se manifestaron frente a los juzgados": protested.
manifiesta manifiestan manifestó manifestaron manifestaba manifestaban manifestando
# "la popularidad del tema se disparó" (soared), "se lanzó al agua",
# "se cargó el proyecto": no words, and no speaker for a pronoun after.
dispara disparan disparó dispararon disparaba disparaban lanza lanzan lanzó lanzaron carga cargan cargó cargaron

[set refl]
se

# Endings of plural verb forms: a verb with its subject left out in the
# plural ("aseguran que …") is not the last speaker's alone.
[set pluralverbendings]
an en ron

[set preteriteendings]
# Endings of a finite verb in the past, right before a gerund of saying:
# "reaccionó diciendo que …" (not a noun: "à provocação do parlamentar dizendo …").
ó aron ieron

[set pluralaux]
# Plural verbs: a relative clause starting with one gets "they".
son han eran habían

[set clitics]
# Object pronouns before a verb ("comme l'explique X").
lo la le les se me te nos os

[set infinitivepreps]
# The word before an infinitive of saying that goes on with the subject of
# the verb before: "fue contundente al señalar que …".
al

[set prepjoined]
# Prepositions joined to their article: a phrase they open before a verb
# is no subject ("Al respecto señaló que …", "Del mismo modo, …").
al del

[set objectclitics]
# Object pronouns of a third person before the verb: after a subject
# pronoun ("Él le reprocha …") they stand for someone else than it.
lo la le los las les

[set dative]
# Prepositions of the person spoken to: "dijo a la prensa el ministro".
a al

[set modal]
podría podrían debería deberían va van puede pueden debe deben quiere quieren habría habrían

[set inf]
a de para

[set comp]
que

[set relpron]
que quien quienes cual cuales cuyo cuya cuyos cuyas

[set possrel]
# Possessive relative pronouns: "Ana Ruiz, cuyos asesores dijeron …" is no
# relative clause of her own words.
cuyo cuya cuyos cuyas

[set intensifiers]
# Words that stress who is meant, between the definite article and the
# noun: "el propio ministro", "la propia alcaldesa" is the minister, named by the noun alone.
propio propia propios propias

[set viewrel]
# A relative clause of a view after a named person or body: "…, Elthon Rivera, para quien las aulas están vacías"
# is their view (up to the comma before the main verb).
para_quien para_quienes

[set personrel]
# Relative pronouns that stand only for people (or the bodies they make
# up): a one-word name before "…, quien dijo que …" is someone who speaks.
quien quienes

[set alsodesc]
# "El también gerente del instituto": a post of the person named before.
también

[set reladverbs]
# Relative adverbs: "…, où le virus circule" describes a place; it is
# no reported clause after a comma.
donde adonde

[set clause]
y e pero o u pues porque cuando si aunque mientras además sin_embargo luego entonces que quien

# Subordinating words: a sentence opening with one ("When X said …, Y
# fired back") reports the words of its first clause only.
[set refusalverbs]
# Verbs and phrases of saying after a refusal ("se negó a comentar",
# "declinó hacer declaraciones", "no quiso pronunciarse").
silencio comentar decir hablar pronunciarse declarar responder contestar precisar detallar confirmar revelar aclarar explicar valorar opinar especificar referirse profundizar manifestarse dar_detalles dar_más_detalles dar_declaraciones dar_entrevistas hacer_declaraciones hacer_comentarios hacer_ningún_comentario hacer_ninguna_declaración entrar_en_detalles ofrecer_detalles

[set refusalnouns]
# Nouns of words asked for or given, after a refusal's preposition or a
# negated verb ("no respondió a las solicitudes de comentarios", "no
# devolvió las llamadas").
comentario comentarios declaración declaraciones solicitud solicitudes petición peticiones pregunta preguntas consulta consultas llamada llamadas mensaje mensajes correo correos requerimiento requerimientos

[set refusaluntil]
# Phrases of time that may close a refusal with no words ("no respondió
# hasta el momento").
hasta_el_momento hasta_ahora hasta_el_cierre hasta_la_publicación por_el_momento de_momento

[set negatedgoeson]
# A verb and the preposition before a reporting infinitive that leave it
# reporting only negated, the negation theirs: "no deja de repetir que
# …", "no ha dejado de denunciar …" (not "dejó de decir", stopped).
deja_de dejan_de dejaba_de dejaban_de dejó_de dejaron_de dejado_de para_de paran_de paró_de cesa_de cesan_de cesó_de
# "no dudó en afirmar que …", "no ha dudado en calificar …" (not "dudó en
# decir", hesitated).
duda_en dudan_en dudó_en dudaron_en dudado_en

[set viewprep]
# The preposition between an adjective of a view and its complementiser:
# "está segura de que …".
de

[set certain]
# Adjectives of a subject sure of what follows a colon: "El senador fue
# enfático: la votación será el jueves."
convencido convencida convencidos convencidas seguro segura seguros seguras categórico categórica categóricos categóricas enfático enfática enfáticos enfáticas tajante tajantes contundente contundentes claro clara claros claras

[set saintwords]
# A saint's word before a given name opens a place's name, not a title
# before a person's: "el alcalde de San Pedro Sula" is no "Pedro Sula".
san santo santa

[set tookto]
# A verb whose object of one to three words stands before the infinitive
# of a verb of saying, which then reports: "aprovechó la ocasión para
# denunciar que …", "aprovechó el acto para pedir …".
aprovecha aprovechan aprovechó aprovecharon aprovechaba aprovechaban aprovechará aprovecharán aprovechado

[set goeson]
# A verb and the preposition before a reporting infinitive that leave it
# reporting: "volvió a insistir en que", "han vuelto a denunciar", "salió
# a desmentir", "se limitó a señalar", "llegó a decir", "se apresuró a
# negar".
vuelve_a vuelven_a volvió_a volvieron_a vuelto_a volvía_a volvían_a volverá_a volverán_a sale_a salen_a salió_a salieron_a salido_a limita_a limitan_a limitó_a limitaron_a limitado_a llega_a llegan_a llegó_a llegaron_a llegado_a apresura_a apresuran_a apresuró_a apresuraron_a apresurado_a coincide_en coinciden_en coincidió_en coincidieron_en coincidían_en
# "fue enfático en señalar que …", "fue clara en afirmar que …".
enfático_en enfática_en enfáticos_en enfáticas_en tajante_en tajantes_en categórico_en categórica_en aprovecha_para aprovechan_para aprovechó_para aprovecharon_para aprovechaba_para aprovechaban_para aprovechado_para

[set pseudocleft]
# Phrases opening a sentence whose clause holds a reporting verb and its
# subject, the words being the clause after the copula that follows:
# "Lo que planteó la ministra es que …", "Algo que adelantó X es que …".
lo_que algo_que

[set listitems]
# Phrases opening a sentence that pick one item of a list the speaker
# just named ("explicó que existen tres dificultades. La primera …",
# "recalcó las urgencias de su cartera. Una de ellas es …"): the item
# goes on with the speaker's words.
la_primera el_primero el_primer la_segunda el_segundo la_tercera el_tercero el_tercer la_cuarta el_cuarto la_quinta el_quinto la_última el_último la_otra el_otro

[set listpicks]
# Phrases of one item out of many, which may pick it from a list the
# speaker named with a plural determiner of its gender ("recalcó las
# urgencias de su cartera. Una de ellas es …").
una_de_ellas uno_de_ellos otra_de_ellas otro_de_ellos

[set turnasides]
# Asides that give the word to someone other than the one who spoke
# before (data/README.md).
por_su_parte a_su_vez de_su_lado por_su_lado de_su_parte

[set connectives]
# Connectives opening a sentence with a preposition, set off by a comma,
# that name no one: a plural verb after one with its subject left out is
# that of those who spoke before ("Sin embargo, aseguraron que …", "Al
# respecto, agregaron que …"; not "En la calle, aseguran que …").
sin_embargo al_respecto en_ese_sentido en_este_sentido en_esa_línea en_esta_línea en_ese_marco por_otra_parte por_otro_lado en_tanto de_hecho en_cambio por_ello por_eso por_lo_tanto por_tanto en_consecuencia por_último de_igual_forma de_igual_manera del_mismo_modo de_la_misma_forma de_la_misma_manera al_mismo_tiempo en_todo_caso sobre_el_particular con_todo

[set asides]
# Phrases that may stand between an inverted verb and its subject ("…»,
# ha asegurado por su parte el ministro") or between auxiliary and
# participle ("ha, por su parte, defendido").
por_su_parte por_otra_parte a_su_vez de_su_lado por_su_lado de_su_parte

[set clauserel]
# Relative pronouns that stand for a whole clause: a passive after one
# ("…, lo que fue descartado por el Ejecutivo") reports no words of the sentence before.
lo_que lo_cual

[set coordphrase]
# Phrases that join two clauses as "and" does: a verb after one with no
# subject of its own has the subject of the clause before ("…, al tiempo que agregó que …",
# "…, por lo que asegura que …", "visitó el hospital, donde aseguró que …").
al_tiempo_que a_la_vez_que aunque si_bien por_lo_que por_lo_cual donde

[set subord]
cuando mientras aunque porque si_bien

[set coord]
y e o u pero ni

[set prep]
a de en para por con sin sobre entre hacia desde contra tras según durante ante bajo hasta del al mediante vía

[set of]
de del

[set by]
por

[set listintro]
incluidos incluidas

[set cleft]
# A phrase before an inverted subject that points back at the sentence before as what was said: "Eso fue lo que dijo X", "Así lo explicó X".
es_lo_que fue_lo_que eso_es_lo_que eso_fue_lo_que esto_es_lo_que así eso esto_fue_lo_que eso_fue_precisamente_lo_que

[set masculine]
# Determiners that mark a title's gender: "el fiscal general" is not "la fiscala general".
el un los unos este ese aquel del al

[set feminine]
la una las unas esta esa aquella

[set absolute]
con

[set as]
como

[set ascompare]
tal tan tanto así

[set nameglue]
de del la las los y da dos van von al bin el ter

[set adverbs]
# ("no obstante": an adverb after "no", see negAdverb in bot/offline)
también además incluso obstante allí aquí ahí ya ayer hoy este esta públicamente claramente firmemente oficialmente recientemente luego entonces sin embargo siempre nuevamente posteriormente lunes martes miércoles jueves viernes sábado domingo

[set time]
lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana semana mes año noche tarde principios finales mediados pasado pasada próximo próxima después antes atrás luego día días semanas meses años horas minutos décadas anoche momentos instantes rato tiempo

[set anaphoric]
# Nouns that refer back to a body named before ("the company", "la société").
empresa compañía grupo organización agencia ministerio gobierno administración diario periódico cadena canal radio revista embajada hospital tribunal corte policía ejército sindicato consejo comité comisión partido club banco fundación asociación instituto universidad organismo institución ong consejería dependencia constructora aerolínea operadora distribuidora farmacéutica minera petrolera firma aseguradora automotriz tecnológica gremio

[set bothand]
# The words around the first of two subjects who both speak: "Tanto
# Sánchez como Feijóo aseguraron …".
tanto_como

[set both]
# "Ambos aseguraron que …": the two people the sentence before opens with
# (fboth: two women, "Ambas").
ambos

[set fboth]
ambas

[set quoteverbs]
# Verbs of quoting another: "X citó a Sánchez: «…»" are not X's words.
cita citó citaba citaron citan citando parafrasea parafraseó parafraseando

[set referbackonly]
# Nouns that only refer back to a body ("según la entidad"): the one the
# article has named; with none named, no one speaks.
entidad entidades

[set publishverbs]
# Verbs of putting a document out: their subject is the author of the
# document they name ("La Contraloría entregó un informe al Congreso. El
# informe señala …" is the Contraloría's), no other verb's ("El alcalde
# criticó un informe. El informe advierte …" is not the mayor's).
publicó publicaron publica publican publicado publicada publicaba publicaban publicará publicarán presentó presentaron presenta presentan presentado
presentada presentaba presentará presentarán divulgó divulgaron divulga divulgan divulgado divulgada difundió difundieron difunde difunden difundido
difundida emitió emitieron emite emiten emitido emitida entregó entregaron entrega entregan entregado entregada remitió remitieron remite remiten
remitido remitida envió enviaron envía envían enviado enviada elaboró elaboraron elabora elaboran elaborado elaborada realizó realizaron realiza
realizan realizado realizada redactó redactaron redacta redactan redactado redactada firmó firmaron firma firman firmado firmada escribió escribieron
escribe escriben escrito escrita leyó leyeron lee leen leído leída lanzó lanzaron lanza lanzan lanzado lanzada preparó prepararon prepara preparan
preparado preparada rindió rindieron rinde rinden rendido rendida dirigió dirigieron dirige dirigen dirigido dirigida compartió compartieron comparte
comparten compartido compartida

[set genericdocs]
# Names any document bears: a definite one refers back to the author of
# the document named last, at most two sentences before, or else to the
# one author of all the documents the article has named so far, "La Contraloría
# entregó un informe. … El documento señala …" ("el texto" is as often
# the bill debated: not here).
documento

[set subjunctive]
# The journalistic conditional: a sentence built on one, without a cue of
# its own, right after a source's words goes on reporting them ("Según la
# Fiscalía, el dinero salió de una cuenta en Panamá. Los pagos se habrían
# hecho en 2019."). Only the auxiliaries' forms: "podría", "debería" are
# as often the writer's own hedging.
habría habrían sería serían estaría estarían

[set docnouns]
comunicado informe declaración carta estudio documento nota mensaje tuit publicación encuesta sentencia resolución decreto datos cifras sondeo perfil libro información informaciones estimación estimaciones cálculo cálculos declaraciones informes estudios auto autos fallo dictamen escrito texto reporte reportes

[set numbers]
# Words of a figure ("plus d'un million de manifestants"): a figure and
# its source, twice in a sentence, are two figures, not two statements.
millón millones miles centenares cientos decenas

[set signdashes]
— ―

[set variation]
# Words of variation or sorting before "según": "los precios varían según
# las regiones" tell by what, no source.
varía varían variar variaba variaban variando variará variarán difiere difieren difería diferían clasificados clasificadas ordenados ordenadas agrupados agrupadas

[set evidencedocs]
estudio estudios encuesta encuestas sondeo sondeos datos cifras estadísticas estimación estimaciones cálculo cálculos análisis investigación investigaciones

[set pluraldocs]
estudios encuestas sondeos datos cifras estadísticas estimaciones cálculos investigaciones

[set nameprep]
para

[set orgwords]
ministerio consejo comisión agencia comité asociación fundación instituto centro universidad sociedad empresa compañía constructora aerolínea operadora distribuidora farmacéutica minera petrolera aseguradora grupo partido frente fuerzas ejército armada movimiento organización unión liga alianza coalición corte tribunal asamblea parlamento congreso senado banco fondo red diario periódico radio televisión canal servicio policía embajada consulado gobierno administración autoridad autoridades oficina federación sindicato hospital iglesia club institución museo escuela colegio fiscalía procuraduría alcaldía secretaría confederación cámara observatorio cooperativa consorcio conferencia academia laboratorio dirección coordinadora plataforma junta mesa delegación subdelegación consejería concejalía defensoría sindicatos partidos empresas compañías asociaciones fundaciones organizaciones departamento ayuntamiento diputación cabildo municipalidad intendencia gobernación superintendencia contraloría registraduría subsecretaría comandancia gendarmería prefectura comisaría subcomisaría brigada cuartel batallón

[set mediawords]
diario periódico radio televisión canal agencia medio medios revista semanario cadena portal

[set newsnames]
efe afp reuters ap bbc cnn europa_press xinhua

[set govwords]
gobierno ministerio ministerios administración embajada consulado ejército policía presidencia gabinete autoridades fiscalía alcaldía secretaría cancillería departamento ayuntamiento municipalidad gobernación intendencia diputación subsecretaría superintendencia contraloría

[set nongov]
oposición exministro expresidente ex rebelde rebeldes activista activistas disidente diputado diputados diputada senador senadora candidato candidata crítico críticos ciudadano ciudadanos periodista estudiantes manifestantes empresa compañía tribunal corte juez jueza jueces juzgado fiscal

[set courtroles]
abogado abogada fiscal juez jueza magistrado magistrada camarista

[set anypost]
# Words that may stand for any post ("el funcionario", "the official"):
# after a person named with an office, still maybe that person.
funcionario funcionaria dirigente líder responsable oficial mandatario mandataria

[set offices]
# Posts one person holds, two of which are two people: "the governor"
# after "Mayor X" spoke is not X.
presidente presidenta primer_ministro primera_ministra senador senadora alcalde alcaldesa gobernador gobernadora juez jueza rey reina
diputado diputada consejero consejera ministro ministra concejal concejala embajador embajadora canciller viceministro viceministra subsecretario subsecretaria intendente intendenta contralor contralora rector rectora

[set latter]
# "este último": the one named last, not the last subject. Also a
# demonstrative alone right before its verb ("Este indicó que …", "Ésta
# aseguró …").
este_último esta_última estos_últimos estas_últimas este esta estos estas éste ésta éstos éstas

[set latterverbendings]
# Endings of the verb forms after which a demonstrative standing alone,
# [set latter], is the subject: the past ("Este indicó que …", "Esta dijo
# …", "Estos afirmaron …"), not a form that may be a noun after its
# article ("Esta denuncia fue presentada …", "Esta pregunta quedó …").
ó o ron

[set titlemods]
primer primera vice adjunto adjunta general ex

[set plural]
funcionarios expertos analistas vecinos testigos manifestantes activistas críticos partidarios diputados ministros autoridades dirigentes miembros fuentes investigadores científicos médicos policías soldados rebeldes familiares familias víctimas trabajadores sindicatos observadores especialistas habitantes padres responsables fuerzas tropas efectivos guardias insurgentes fiscales jueces bomberos agentes

[set nicknames]
# A person described by city, region, club or party ("dijo el madrileño",
# "el colchonero"): no speaker (which person it is the article says
# elsewhere, if at all), never a party of that name.
madrileño madrileña barcelonés barcelonesa sevillano sevillana valenciano valenciana bilbaíno bilbaína malagueño malagueña gallego gallega asturiano asturiana andaluz andaluza catalán catalana vasco vasca canario canaria navarro navarra aragonés aragonesa porteño porteña rosarino rosarina cordobés cordobesa mendocino mendocina platense tucumano tucumana santafesino santafesina montevideano montevideana bonaerense regiomontano regiomontana tapatío tapatía limeño limeña bogotano bogotana caraqueño caraqueña santiaguino santiaguina colchonero colchonera blanco blanca morado morada naranja azulgrana merengue blanquiazul txuri-urdin verdiblanco bético sevillista valencianista culé madridista rojiblanco xeneize millonario peronista kirchnerista morenista priista panista chavista uribista petrista

[set collective]
policía gobierno ejército familia equipo fiscalía

[set mutenouns]
# Nouns of things that cannot speak: "the death toll continues…", "los
# hechos revelan…" name no speaker.
hechos hecho datos cifras cifra balance aumento ley leyes norma normas normativa reglamento

[set particles]
# Particles inside a surname, before its last word ("Rebelo de Sousa",
# "Lula da Silva"): no person "of" a body there. (Portuguese ones too:
# Spanish news names Brazilians often, "Luiz Inácio Lula da Silva".)
de del da das do dos

[set statenames]
# The state itself, which a head of state leads but which names no body
# to speak for ("el presidente de la República", "o presidente da República").
república nación

[set prepnouns]
gracias debido frente

[set agewords]
# The word after a person's age set off by commas ("Annick, 72 ans,",
# "Carmen Ortiz, de 74 años,"): one so told who does something, then a
# quotation with no speaker of its own, is a witness heard.
años

[set progressiveaux]
# Verbs of going on right before a gerund that leave it reporting:
# "sigue denunciando que …", "viene advirtiendo que …".
sigue siguen seguía seguían siguió siguieron continúa continúan continuaba continuaban continuó continuaron viene vienen venía venían

[set colonnouns]
# A word for what someone said that opens a sentence, its speaker after
# "de", then a colon and a quotation: "La respuesta del ministro fue
# contundente: “…”", "La reacción de la patronal no se hizo esperar: “…”";
# also before a copula and "que": "La idea de Smith es que …".
respuesta reacción explicación comentario veredicto advertencia diagnóstico conclusión réplica versión justificación testimonio análisis mensaje postura posición idea hipótesis tesis argumento

[set presentatives]
# Words opening a sentence that presents one person, "Entre ellos estaba Carmen Ortiz, de 74 años.": a
# quotation with no speaker of its own opening the next sentence is theirs.
entre

[set starters]
sí no ok como lea vea vídeo foto finalmente además asimismo posteriormente también entonces luego incluso ahora después todavía pese decenas centenares cientos miles millones así allí aquí ahí consultado consultada preguntado preguntada interrogado interrogada cuestionado cuestionada cerca solo sólo solamente únicamente tanto poco enseguida anoche aun acto igualmente

[set notnames]
# Words that are never a name, wherever they stand: pronouns, conjunctions
# and words that open a sentence with a capital ("Ich", "Nachdem", "Regardless").
esto mismo antes

[pronouns]
él m s
ella f s
ellos m p
ellas f p
él_mismo m s
ella_misma f s
ellos_mismos m p
ellas_mismas f p
# The one the article is about: "La aludida negó …", "El interesado
# aseguró …".
# Demonstratives of the one named last ([set latter]): "Éste aseguró …".
éste m s
ésta f s
éstos m p
éstas f p
el_aludido m s
la_aludida f s
el_interesado m s
la_interesada f s

[titles]
presidente m gov head
presidenta f gov head
primer_ministro gov
primera_ministra f gov
homólogo m
homóloga f
ministro m gov
ministra f gov
secretario m gov
secretaria f gov
viceministro m gov =viceministro =viceministra
viceministra f gov =viceministro =viceministra
subsecretario m gov =subsecretario =subsecretaria
subsecretaria f gov =subsecretario =subsecretaria
intendente m gov =intendente =intendenta
intendenta f gov =intendente =intendenta
contralor m gov =contralor =contralora
contralora f gov =contralor =contralora
rector m head =rector =rectora
rectora f head =rector =rectora
decano m head =decano =decana
decana f head =decano =decana
obispo m =obispo
arzobispo m =arzobispo
sacerdote m =sacerdote
párroco m =párroco
asambleísta =asambleísta
eurodiputado m =eurodiputado =eurodiputada
eurodiputada f =eurodiputado =eurodiputada
politólogo m =politólogo =politóloga
politóloga f =politólogo =politóloga
sociólogo m =sociólogo =socióloga
socióloga f =sociólogo =socióloga
epidemiólogo m =epidemiólogo =epidemióloga
epidemióloga f =epidemiólogo =epidemióloga
infectólogo m =infectólogo =infectóloga
infectóloga f =infectólogo =infectóloga
portavoz spokes =vocero =vocera =portavoz
vocero m spokes =portavoz =vocero
vocera f spokes =portavoz =vocera
embajador m gov
embajadora f gov
diplomático m =embajador =embajadora =canciller =diplomático
diplomática f =embajadora =canciller =diplomática
canciller gov
rey m gov
reina f gov
príncipe m gov
senador m
senadora f
diputado m
diputada f
alcalde m
alcaldesa f
# (no gender of its own: "la concejal Ana Erazo", Colombia)
concejal =concejal =concejala
concejala f =concejala =concejal
gobernador m
gobernadora f
general gov
coronel
# (no gender of its own: "la juez María Pérez")
juez
jueza f
magistrado m =juez =jueza =magistrado =magistrada
magistrada f =jueza =juez =magistrada =magistrado
camarista =juez =jueza =magistrado =magistrada =camarista
fiscal gov
director m head
directora f head
jefe m head
jefa f head
consejero m
consejera f
asesor m
asesora f
abogado m
abogada f
profesor m
profesora f
catedrático m
catedrática f
doctor m
doctora f
dr. hon
sr. m hon
sra. f hon
señor m hon
señora f hon
# ("Doña Rosa Martínez", "don Julio Pérez": no part of the name)
doña f hon
don m hon
experto m
experta f
# "la estudiante Maritza López", "Para la estudiante, …"; "el ingeniero
# civil Walber Castillo", "la arquitecta …", "la docente …".
estudiante
docente
ingeniero m
ingeniera f
arquitecto m
arquitecta f
analista
investigador m
investigadora f
periodista
responsable
dirigente head
líder head
comisionado
fundador m head
fundadora f head
activista
economista
entrenador m =técnico =entrenador =míster =seleccionador =dt
entrenadora f =técnica =entrenadora =seleccionadora
técnico m =entrenador =técnico =míster =seleccionador =dt
técnica f =entrenadora =técnica =seleccionadora
seleccionador m =entrenador =técnico =seleccionador
seleccionadora f =entrenadora =técnica =seleccionadora
capitán
# Police and army ranks before a name ("el teniente Mario Soto", "el
# sargento segundo X", "la subcomisaria X"), which "el uniformado" refers
# back to.
teniente
subteniente
sargento
suboficial
comisario m
comisaria f
subcomisario m
subcomisaria f
mayor m
comandante m
comandanta f
oficial
médico m =doctor
médica f =doctora
# "el galeno": the doctor named before.
galeno m =médico =doctor
galena f =médica =doctora
candidato m
candidata f
miembro
delegado m
delegada f
vicepresidente m gov
vicepresidenta f gov
secretario_general head
secretaria_general f head
titular
gerente head
coordinador m
coordinadora f
mandatario m =presidente
mandataria f =presidenta
funcionario m
funcionaria f
edil =alcalde =alcaldesa
regidor m =alcalde
regidora f =alcaldesa
legislador m =senador =diputado
# ("el congresista" after "el diputado liberal X", Honduras, Peru,
# Colombia)
congresista =diputado =diputada =senador =senadora =legislador =legisladora =congresista
legisladora f =senadora =diputada
# Heads of state and government named by their office: "el jefe de
# Estado" after "el presidente Gustavo Petro".
jefe_de_estado m =presidente
jefa_de_estado f =presidenta
jefe_del_estado m =presidente
jefe_del_gobierno m =presidente
jefa_del_gobierno f =presidenta
jefe_del_ejecutivo m =presidente
jefa_del_ejecutivo f =presidenta
letrado m =abogado
# A lawyer named again as the one who litigates ("el litigante" after "el
# abogado defensor, X"), a councillor by the Colombian word ("la
# cabildante" after "la concejal X").
litigante =abogado =abogada =letrado =letrada =litigante
cabildante =concejal =concejala =cabildante
# Mayors named again by their Peruvian and Bolivian word ("el
# burgomaestre" after "el alcalde de Comas, X").
burgomaestre m =alcalde =burgomaestre
burgomaestra f =alcaldesa =burgomaestra
# A prosecutor named again as the one who prosecutes ("la persecutora"
# after "la fiscal X", Chile).
persecutor m =fiscal =persecutor
persecutora f =fiscal =fiscala =persecutora
# The minister named by the portfolio he holds ("el titular de la
# cartera" after "el ministro de Salud, X").
titular_de_la_cartera =ministro =ministra
jefe_de_la_cartera m =ministro
jefa_de_la_cartera f =ministra
# A policeman or soldier named again by his uniform ("el uniformado"
# after "el mayor X"): only someone named with a rank.
uniformado m =mayor =teniente =subteniente =capitán =coronel =sargento =cabo =comisario =subcomisario =suboficial =general =oficial =carabinero =policía =agente =comandante =inspector =prefecto =uniformado
uniformada f =teniente =subteniente =capitana =sargento =cabo =comisaria =subcomisaria =suboficial =oficial =carabinera =policía =agente =comandanta =inspectora =prefecta =uniformada
# People described by their trade, as interviews do ("añade la artista").
cantante
actriz f
actor m
artista
escritor m
escritora f
autor m
autora f
cineasta
músico m
pintor m
pintora f
poeta
# "el mandatario local" is a mayor, "el mandatario departamental" a
# governor (Colombia), not the president.
mandatario_local m =alcalde
mandataria_local f =alcaldesa
mandatario_departamental m =gobernador
mandataria_departamental f =gobernadora
mandatario_regional m =gobernador =presidente
mandataria_regional f =gobernadora =presidenta
mandatario_estatal m =gobernador
mandataria_estatal f =gobernadora
letrada f =abogada
# Former holders of an office ("el exministro", "la expresidenta"):
# no government's voice.
expresidente m
expresidenta f
exmandatario m =expresidente
exmandataria f =expresidenta
exministro m
exministra f
exalcalde m
exalcaldesa f
exregidor m =exalcalde
exregidora f =exalcaldesa
exdiputado m
exdiputada f
exsenador m
exsenadora f
exgobernador m
exgobernadora f
exconsejero m
exconsejera f
exsecretario m
exsecretaria f
exvicepresidente m
exvicepresidenta f
exfiscal
exjuez m
exjueza f
excanciller
exdirector m
exdirectora f
exjefe m
exjefa f
excandidato m
excandidata f
exentrenador m
estratega =entrenador =técnico =seleccionador =dt
dt m =entrenador =técnico =seleccionador =dt
exjugador m
exjugadora f
# Players named again by their position or trade ("el portero" after
# "el arquero Brayan Cortés"): only one named with such a word.
arquero m =portero =guardameta =arquero
arquera f =portera =guardameta =arquera
portero m =arquero =guardameta =portero
portera f =arquera =guardameta =portera
guardameta =arquero =portero =arquera =portera =guardameta
delantero m =atacante =ariete =goleador =delantero
delantera f =atacante =goleadora =delantera
futbolista =jugador =jugadora =arquero =arquera =portero =portera =delantero =delantera =defensa =defensor =zaguero =volante =mediocampista =centrocampista =lateral =capitán =futbolista
jugador m =futbolista =arquero =portero =delantero =defensa =defensor =zaguero =volante =mediocampista =centrocampista =lateral =capitán =jugador
jugadora f =futbolista =arquera =portera =delantera =defensa =defensora =volante =mediocampista =centrocampista =lateral =capitana =jugadora
# Television hosts and reporters named again by their trade ("la
# conductora" after "la animadora Pamela Díaz", "el comunicador" after
# "el periodista Sergio Rojas").
animador m =conductor =presentador =animador
animadora f =conductora =presentadora =animadora
conductor m =animador =presentador =conductor
conductora f =animadora =presentadora =conductora
presentador m =conductor =animador =presentador
presentadora f =conductora =animadora =presentadora
comunicador m =periodista =comunicador
comunicadora f =periodista =comunicadora
# More descriptions that refer back to a person named with a title
# ("el senador X … el parlamentario", "el alcalde X … el jefe comunal",
# "el presidente X … el gobernante", "el canciller X … el jefe de la
# diplomacia", "el abogado X … el jurista", "la cantante X … la
# intérprete", "el profesor X … el académico").
parlamentario m =senador =diputado =parlamentario
parlamentaria f =senadora =diputada =parlamentaria
gobernante =presidente =presidenta =primer_ministro =primera_ministra =gobernante
jefe_comunal m =alcalde
jefa_comunal f =alcaldesa
jefe_municipal m =alcalde
jefa_municipal f =alcaldesa
jefe_de_la_diplomacia m =canciller
jefa_de_la_diplomacia f =canciller
jurista =abogado =abogada =letrado =letrada =jurista
penalista =abogado =abogada =penalista
atacante =delantero =delantera =atacante
ariete m =delantero =ariete
intérprete =cantante =intérprete
vocalista =cantante =vocalista
cantautor m =cantante =cantautor
cantautora f =cantante =cantautora
académico m =profesor =catedrático =investigador =académico
académica f =profesora =catedrática =investigadora =académica
especialista =experto =experta =especialista

[speakers]
funcionarios autoridades fuente fuentes voces cargo cargos gov
gobierno administración ministerio gabinete presidencia embajada cancillería fiscalía alcaldía ayuntamiento gobernación municipalidad procuraduría contraloría defensoría secretaría consejería concejalía diputación intendencia subdelegación dependencia gov
policía ejército militares soldados fuerzas tropas efectivos uniformados guardias guardacostas gov
portavoz vocero vocera dirigencia cúpula bancada spokes
empresa compañía grupo organización movimiento asociación sindicato fundación comité comisión consejo tribunal corte hospital partido organismo institución entidad ong club clubes banco instituto universidad empresas compañías grupos organizaciones movimientos asociaciones sindicatos fundaciones comités comisiones consejos partidos oposición federación federaciones confederación gremio gremios colegio colegios liga cooperativa cooperativas asamblea constructora aerolínea farmacéutica minera petrolera firma aseguradora oficialismo centroderecha centroizquierda derecha izquierda ultraderecha chavismo antichavismo peronismo kirchnerismo uribismo fujimorismo sandinismo correísmo tribunales juzgados org
diario periódico agencia medio medios cadena radio canal revista portal diarios periódicos agencias cadenas canales revistas portales media
expertos experto analistas analista vecinos vecino testigos testigo manifestantes activistas críticos partidarios dirigentes miembros investigadores científicos médicos víctimas familiares familias trabajadores observadores especialistas habitantes padres economistas allegados colaboradores asesores integrantes interlocutores entorno círculo compañeros compañeras colegas amigos amigas conocidos allegado allegada compañero compañera amigo amiga colega moradores pobladores residentes comerciantes usuarios transportistas productores agricultores campesinos pescadores ganaderos docentes maestros profesores alumnos jubilados pensionados pacientes enfermeros enfermeras sindicalistas empleados obreros mineros choferes conductores taxistas pasajeros turistas empresarios inversionistas hinchas aficionados simpatizantes militantes comuneros electores votantes consumidores clientes damnificados desplazados migrantes congresistas parlamentarios legisladores abogados defensores representantes líderes rebeldes insurgentes separatistas milicianos guerrilleros yihadistas fiscales inspectores inspectoras reguladores senadores senadoras negociadores mediadores diplomáticos paramédicos bomberos rescatistas socorristas directivos ejecutivos accionistas inversores operadores aldeanos lugareños sobrevivientes supervivientes parientes ambientalistas ecologistas aliados opositores detractores encuestadores jueces juezas jurados agentes investigadoras people
comunicado informe estudio carta declaración doc

[orgkinds]
# The kinds of organisation a head noun names: "la empresa" refers back to
# an organisation of its own kind or of none told, never to one of
# another kind ("la Comisión Nacional del Mercado de Valores"). Nouns of
# no one kind ("grupo", "organización", "agencia") are not listed.
empresa empresas compañía compañías sociedad firma operadora eléctrica aerolínea constructora company
sindicato sindicatos federación confederación ccoo ugt csif cgt ela gremio union
ministerio ministerios gobierno administración consejería dependencia presidencia embajada consulado alcaldía ayuntamiento government
diario periódico semanario cadena radio televisión emisora revista medio portal media
tribunal corte juzgado audiencia court
partido party
banco fondo bank
universidad escuela instituto university
asociación fundación association
consejo comité comisión council
hospital clínica hospital
policía guardia police
fiscalía procuraduría prosecution
bolsa exchange
ejército army
club clubes club

[according]
según X
a X juicio
en X opinión
de acuerdo con X
de acuerdo a X
conforme a X
en palabras de X
a juicio de X
a juicio del X
en opinión de X
en opinión del X
en palabras del X
a criterio de X
a criterio del X
a decir de X
a decir del X
de acuerdo con lo informado por X
de acuerdo con lo señalado por X
de acuerdo con lo expresado por X
de acuerdo con lo dicho por X
según lo informado por X
según lo señalado por X
según lo expresado por X
según lo dicho por X
según lo indicado por X
conforme a lo informado por X
conforme a lo señalado por X
conforme a lo expresado por X
conforme a lo dicho por X
conforme a lo indicado por X
de acuerdo con lo indicado por X
a X criterio
# "En sus palabras, …", "A su entender, …", "A su parecer, …", "A su modo
# de ver, …": the view of the one the possessive stands for.
en X palabras
a X entender
a X parecer
a X modo de ver
a entender de X
a entender del X
# "Desde su visión, …", "En su visión, …", "Desde la visión del gremio, …".
desde X visión
en X visión
desde la visión de X
desde la visión del X
# "Desde el punto de vista de la ministra, …", "Desde su punto de vista, …".
desde el punto de vista de X
desde el punto de vista del X
desde X punto de vista
^ para X ,
# "«…», se lee en la sentencia.", "según se lee en el comunicado, …": the
# document's words, its author's.
, se lee en X $
, puede leerse en X $
, se puede leer en X $
según se lee en X

[furniture]
aviso importante:
aviso legal
lea también
lee también
leer más
ver más
te puede interesar
también te puede interesar
puedes ver:
puede ver:
mira también
lee más
no te pierdas
te recomendamos
más información:
relacionado:
relacionada:
foto:
fotografía:
créditos:
publicidad
suscríbete
compartir
vídeo:
video:
en vivo:
©
noticias relacionadas

[set denycues]
infundado infundada infundados infundadas falso falsa falsos falsas mentira mentiras calumnia calumnias difamación sin_fundamento ninguna_prueba sin_pruebas no_es_cierto no_es_verdad absurdo

[set accusecues]
ataque ataques atacó pirateo espionaje espiar mató matar asesinato asesinatos crimen crímenes criminal corrupción corrupto fraude tortura bombardeo invasión agresión violación violaciones abuso abusos acoso ilegal ilegalmente responsable responsabilidad implicado complicidad robo robó mintió mentir genocidio terrorismo

[set photowords]
# Words that introduce a photo credit.
foto fotos imagen crédito

[set credits]
# Photo credits: a short paragraph ending with one is a caption.
getty getty_images afp reuters ap ap_photo epa dpa picture_alliance picture-alliance shutterstock imago keystone efe anadolu xinhua sipa abaca bloomberg

[set namemonths]
# Months that are also given names: written with a capital before a
# capitalised word, a name ("Julio Sepúlveda"; the month is "julio").
julio abril

[months]
enero 1
febrero 2
marzo 3
abril 4
mayo 5
junio 6
julio 7
agosto 8
septiembre setiembre 9
octubre 10
noviembre 11
diciembre 12

[set adjtitles]
# Titles that after a lower-case noun are its adjective: "le parquet
# général", "el consejo general" name no general.
general generales

[set streetwords]
# Words of a street or a place before its name: a name right after one
# ("la calle Oca", "rue Garibaldi") is a place, never a body that a
# description refers back to.
calle calles avenida avda. plaza paseo carretera ronda glorieta travesía barrio barriada urbanización

[set regimewords]
# Loaded words for a government: after a country, the note names it.
régimen regímenes

[set judgement]
# Words of opinion the bot never says in its own voice (a model's note that
# uses them outside quotation marks is not shown).
debe debería ignorar ignorado sesgado parcial propaganda mentira mentiras falso falsa vergonzoso escandaloso ridículo absurdo engañoso

[partyseats]
# A party's seat, named for the party in political news: "En Ferraz
# reconocen que …", "Desde Génova advierten que …" are the party's words
# (never a body named "Ferraz").
ferraz = PSOE | Partido Socialista | Partido Socialista Obrero Español
génova = PP | Partido Popular

[loaded]
# (Not "supuesto", "presunto": like "alleged" they hedge an allegation; left
# out, "el presunto autor" would read as guilt in the bot's voice, and "por
# supuesto" is "of course".)
# (Not "junta": in Spanish a board or a regional government, "la Junta de
# Andalucía", "la junta directiva"; a military one is a "junta militar".)
régimen = gobierno
regímenes = gobiernos
terrorista = =
terroristas = =
terror = =
autoproclamado = =
autoproclamada = =
propaganda = =
mártir = =
mártires = =
ocupación = =
ocupante = =
ocupantes = =
invasor = =
invasores = =
extremista = =
extremistas = =
dictador = =
dictadores = =
tirano = =
masacre = =
genocidio = =
secuaces = allegados
matón = =
matones = =
ilegal = =
ilegales = =
títere = =
dictadora = =
tiranos = =
masacres = =
genocidios = =
títeres = =

[countries]
# CODE | name, other names | demonyms | capitals and government metonyms
US | Estados Unidos, EE. UU., EEUU, EE.UU. | estadounidense, estadounidenses, norteamericano, norteamericana, norteamericanos, norteamericanas | Washington, Casa Blanca, Pentágono
CN | China | chino, china, chinos, chinas | Pekín, Beijing
RU | Rusia | ruso, rusa, rusos, rusas | Moscú, Kremlin
FR | Francia | francés, francesa, franceses, francesas, galo, galos | París, Elíseo
DE | Alemania | alemán, alemana, alemanes, alemanas | Berlín
GB | Reino Unido, Gran Bretaña | británico, británica, británicos, británicas | Londres, Downing Street
ES | España | español, española, españoles, españolas | Madrid, Moncloa
PT | Portugal | portugués, portuguesa, portugueses, portuguesas, luso, lusos | Lisboa
IT | Italia | italiano, italiana, italianos, italianas | Roma
UA | Ucrania | ucraniano, ucraniana, ucranianos, ucranianas | Kiev, Kyiv
IL | Israel | israelí, israelíes, israelís | Jerusalén, Tel Aviv
PS | Palestina, Autoridad Palestina | palestino, palestina, palestinos, palestinas | Ramala
IR | Irán | iraní, iraníes, iranís | Teherán
IQ | Irak | iraquí, iraquíes, iraquís | Bagdad
SY | Siria | sirio, siria, sirios, sirias | Damasco
TR | Turquía | turco, turca, turcos, turcas | Ankara
SA | Arabia Saudita, Arabia Saudí | saudí, saudíes, saudís | Riad
EG | Egipto | egipcio, egipcia, egipcios, egipcias | El Cairo
LB | Líbano | libanés, libanesa, libaneses, libanesas | Beirut
JO | Jordania | jordano, jordana, jordanos, jordanas | Amán
QA | Catar, Qatar | catarí, cataríes, catarís | Doha
AE | Emiratos Árabes Unidos | emiratí, emiratíes, emiratís | Abu Dabi
AF | Afganistán | afgano, afgana, afganos, afganas | Kabul
PK | Pakistán | pakistaní, pakistaníes, pakistanís | Islamabad
IN | India | indio, india, indios, indias | Nueva Delhi
JP | Japón | japonés, japonesa, japoneses, japonesas | Tokio
KR | Corea del Sur | surcoreano, surcoreana, surcoreanos, surcoreanas | Seúl
KP | Corea del Norte | norcoreano, norcoreana, norcoreanos, norcoreanas | Pionyang
TW | Taiwán | taiwanés, taiwanesa, taiwaneses, taiwanesas | Taipéi
BR | Brasil | brasileño, brasileña, brasileños, brasileñas | Brasilia
AR | Argentina | argentino, argentina, argentinos, argentinas | Buenos Aires, Casa Rosada
MX | México | mexicano, mexicana, mexicanos, mexicanas, azteca, aztecas | Ciudad de México
CO | Colombia | colombiano, colombiana, colombianos, colombianas | Bogotá
VE | Venezuela | venezolano, venezolana, venezolanos, venezolanas | Caracas, Miraflores
CU | Cuba | cubano, cubana, cubanos, cubanas | La Habana
CL | Chile | chileno, chilena, chilenos, chilenas | Santiago, La Moneda
PE | Perú | peruano, peruana, peruanos, peruanas | Lima
BO | Bolivia | boliviano, boliviana, bolivianos, bolivianas | La Paz
EC | Ecuador | ecuatoriano, ecuatoriana, ecuatorianos, ecuatorianas | Quito
UY | Uruguay | uruguayo, uruguaya, uruguayos, uruguayas | Montevideo
PY | Paraguay | paraguayo, paraguaya, paraguayos, paraguayas | Asunción
PA | Panamá | panameño, panameña, panameños, panameñas | Ciudad de Panamá
GT | Guatemala | guatemalteco, guatemalteca, guatemaltecos, guatemaltecas | Ciudad de Guatemala
HN | Honduras | hondureño, hondureña, hondureños, hondureñas | Tegucigalpa
SV | El Salvador | salvadoreño, salvadoreña, salvadoreños, salvadoreñas | San Salvador
NI | Nicaragua | nicaragüense, nicaragüenses | Managua
CR | Costa Rica | costarricense, costarricenses | San José
DO | República Dominicana | dominicano, dominicana, dominicanos, dominicanas | Santo Domingo
HT | Haití | haitiano, haitiana, haitianos, haitianas | Puerto Príncipe
CA | Canadá | canadiense, canadienses | Ottawa
AU | Australia | australiano, australiana, australianos, australianas | Canberra
BE | Bélgica | belga, belgas |
NL | Países Bajos, Holanda | neerlandés, neerlandesa, neerlandeses, neerlandesas, holandés, holandesa, holandeses, holandesas | Ámsterdam, La Haya
CH | Suiza | suizo, suiza, suizos, suizas | Berna
AT | Austria | austriaco, austriaca, austriacos, austriacas | Viena
PL | Polonia | polaco, polaca, polacos, polacas | Varsovia
HU | Hungría | húngaro, húngara, húngaros, húngaras | Budapest
CZ | República Checa, Chequia | checo, checa, checos, checas | Praga
GR | Grecia | griego, griega, griegos, griegas | Atenas
SE | Suecia | sueco, sueca, suecos, suecas | Estocolmo
NO | Noruega | noruego, noruega, noruegos, noruegas | Oslo
DK | Dinamarca | danés, danesa, daneses, danesas | Copenhague
FI | Finlandia | finlandés, finlandesa, finlandeses, finlandesas | Helsinki
IE | Irlanda | irlandés, irlandesa, irlandeses, irlandesas | Dublín
RS | Serbia | serbio, serbia, serbios, serbias | Belgrado
BY | Bielorrusia | bielorruso, bielorrusa, bielorrusos, bielorrusas | Minsk
DZ | Argelia | argelino, argelina, argelinos, argelinas | Argel
MA | Marruecos | marroquí, marroquíes, marroquís | Rabat
TN | Túnez | tunecino, tunecina, tunecinos, tunecinas | Túnez
LY | Libia | libio, libia, libios, libias | Trípoli
SN | Senegal | senegalés, senegalesa, senegaleses, senegalesas | Dakar
ML | Malí | maliense, malienses | Bamako
NG | Nigeria | nigeriano, nigeriana, nigerianos, nigerianas | Abuja
ZA | Sudáfrica | sudafricano, sudafricana, sudafricanos, sudafricanas | Pretoria
ET | Etiopía | etíope, etíopes | Adís Abeba
KE | Kenia | keniano, keniana, kenianos, kenianas | Nairobi
CD | República Democrática del Congo, RDC | congoleño, congoleña, congoleños, congoleñas | Kinsasa
AO | Angola | angoleño, angoleña, angoleños, angoleñas | Luanda
MZ | Mozambique | mozambiqueño, mozambiqueña, mozambiqueños, mozambiqueñas | Maputo
CV | Cabo Verde | caboverdiano, caboverdiana, caboverdianos, caboverdianas | Praia
CI | Costa de Marfil | marfileño, marfileña, marfileños, marfileñas | Yamusukro
VN | Vietnam | vietnamita, vietnamitas | Hanói
TH | Tailandia | tailandés, tailandesa, tailandeses, tailandesas | Bangkok
ID | Indonesia | indonesio, indonesia, indonesios, indonesias | Yakarta
PH | Filipinas | filipino, filipina, filipinos, filipinas | Manila
MM | Birmania, Myanmar | birmano, birmana, birmanos, birmanas | Naipyidó
YE | Yemen | yemení, yemeníes, yemenís | Saná
AM | Armenia | armenio, armenia, armenios, armenias | Ereván
AZ | Azerbaiyán | azerbaiyano, azerbaiyana, azerbaiyanos, azerbaiyanas | Bakú
GE | Georgia | georgiano, georgiana, georgianos, georgianas | Tiflis
RO | Rumania | rumano, rumana, rumanos, rumanas | Bucarest
BG | Bulgaria | búlgaro, búlgara, búlgaros, búlgaras | Sofía
HR | Croacia | croata, croatas | Zagreb
EU | Unión Europea, UE | europeo, europea, europeos, europeas | Bruselas
VA | Vaticano, Santa Sede |  | Vaticano
AD | Andorra | andorrano, andorrana, andorranos, andorranas | Andorra la Vieja
AL | Albania | albanés, albanesa, albaneses, albanesas | Tirana
BA | Bosnia y Herzegovina, Bosnia-Herzegovina, Bosnia | bosnio, bosnia, bosnios, bosnias | Sarajevo
BB | Barbados | barbadense, barbadenses | Bridgetown
BD | Bangladés, Bangladesh | bangladesí, bangladesíes, bangladesís | Daca, Dhaka
BF | Burkina Faso | burkinés, burkinesa, burkineses, burkinesas | Uagadugú, Ouagadougou
BH | Baréin, Bahréin | bareiní, bareiníes, bareinís, bahreiní, bahreiníes | Manama
BI | Burundi | burundés, burundesa, burundeses, burundesas | Gitega
BJ | Benín | beninés, beninesa, benineses, beninesas | Porto Novo
BN | Brunéi | bruneano, bruneana, bruneanos, bruneanas |
BS | Bahamas | bahameño, bahameña, bahameños, bahameñas | Nasáu, Nassau
BT | Bután | butanés, butanesa, butaneses, butanesas | Timbu, Thimphu
BW | Botsuana | botsuano, botsuana, botsuanos, botsuanas | Gaborone
BZ | Belice | beliceño, beliceña, beliceños, beliceñas | Belmopán
CF | República Centroafricana | centroafricano, centroafricana, centroafricanos, centroafricanas | Bangui
CG | República del Congo, Congo-Brazzaville |  | Brazzaville
CM | Camerún | camerunés, camerunesa, cameruneses, camerunesas | Yaundé
CY | Chipre | chipriota, chipriotas | Nicosia
DJ | Yibuti | yibutiano, yibutiana, yibutianos, yibutianas |
DM | Dominica | dominiqués, dominiquesa, dominiqueses, dominiquesas | Roseau
EE | Estonia | estonio, estonia, estonios, estonias | Tallin
ER | Eritrea | eritreo, eritrea, eritreos, eritreas | Asmara
FJ | Fiyi | fiyiano, fiyiana, fiyianos, fiyianas | Suva
FM | Micronesia, Estados Federados de Micronesia | micronesio, micronesia, micronesios, micronesias | Palikir
GA | Gabón | gabonés, gabonesa, gaboneses, gabonesas | Libreville
GH | Ghana | ghanés, ghanesa, ghaneses, ghanesas | Acra
GM | Gambia | gambiano, gambiana, gambianos, gambianas | Banjul
GN | Guinea, Guinea-Conakri | guineano, guineana, guineanos, guineanas | Conakri
GQ | Guinea Ecuatorial | ecuatoguineano, ecuatoguineana, ecuatoguineanos, ecuatoguineanas | Malabo
GW | Guinea-Bisáu, Guinea-Bissau | bisauguineano, bisauguineana, bisauguineanos, bisauguineanas | Bisáu, Bissau
GY | Guyana | guyanés, guyanesa, guyaneses, guyanesas |
IS | Islandia | islandés, islandesa, islandeses, islandesas | Reikiavik, Reykjavik
JM | Jamaica | jamaicano, jamaicana, jamaicanos, jamaicanas, jamaiquino, jamaiquina, jamaiquinos, jamaiquinas |
KG | Kirguistán | kirguís, kirguises, kirguiso, kirguisa, kirguisos, kirguisas | Biskek
KH | Camboya | camboyano, camboyana, camboyanos, camboyanas | Nom Pen, Phnom Penh
KI | Kiribati | kiribatiano, kiribatiana, kiribatianos, kiribatianas | Tarawa
KM | Comoras | comorense, comorenses | Moroni
KW | Kuwait | kuwaití, kuwaitíes, kuwaitís | Ciudad de Kuwait
KZ | Kazajistán | kazajo, kazaja, kazajos, kazajas | Astaná
LA | Laos | laosiano, laosiana, laosianos, laosianas | Vientián
LC | Santa Lucía | santalucense, santalucenses | Castries
LI | Liechtenstein | liechtensteiniano, liechtensteiniana, liechtensteinianos, liechtensteinianas | Vaduz
LK | Sri Lanka | ceilandés, ceilandesa, ceilandeses, ceilandesas, esrilanqués, esrilanquesa, esrilanqueses, esrilanquesas | Colombo
LR | Liberia | liberiano, liberiana, liberianos, liberianas | Monrovia
LS | Lesoto | lesotense, lesotenses | Maseru
LT | Lituania | lituano, lituana, lituanos, lituanas | Vilna, Vilnius
LU | Luxemburgo | luxemburgués, luxemburguesa, luxemburgueses, luxemburguesas |
LV | Letonia | letón, letona, letones, letonas | Riga
MC | Mónaco | monegasco, monegasca, monegascos, monegascas |
MD | Moldavia, Moldova | moldavo, moldava, moldavos, moldavas | Chisináu, Chisinau
ME | Montenegro | montenegrino, montenegrina, montenegrinos, montenegrinas | Podgorica
MG | Madagascar | malgache, malgaches | Antananarivo
MH | Islas Marshall | marshalés, marshalesa, marshaleses, marshalesas | Majuro
MK | Macedonia del Norte, Macedonia | macedonio, macedonia, macedonios, macedonias | Skopie, Skopje
MN | Mongolia | mongol, mongola, mongoles, mongolas | Ulán Bator
MR | Mauritania | mauritano, mauritana, mauritanos, mauritanas | Nuakchot
MT | Malta | maltés, maltesa, malteses, maltesas | La Valeta
MU | República de Mauricio, isla Mauricio | mauriciano, mauriciana, mauricianos, mauricianas | Port Louis
MV | Maldivas | maldivo, maldiva, maldivos, maldivas | Malé
MW | Malaui, Malawi | malauí, malauíes, malauís | Lilongüe
MY | Malasia | malasio, malasia, malasios, malasias | Kuala Lumpur
NA | Namibia | namibio, namibia, namibios, namibias | Windhoek
NE | Níger | nigerino, nigerina, nigerinos, nigerinas | Niamey
NP | Nepal | nepalí, nepalíes, nepalís | Katmandú
NR | Nauru | nauruano, nauruana, nauruanos, nauruanas |
NZ | Nueva Zelanda | neozelandés, neozelandesa, neozelandeses, neozelandesas | Wellington
OM | Omán | omaní, omaníes, omanís | Mascate
PG | Papúa Nueva Guinea | papú, papúes, papuano, papuana, papuanos, papuanas | Port Moresby
PW | Palaos | palauano, palauana, palauanos, palauanas |
RW | Ruanda | ruandés, ruandesa, ruandeses, ruandesas | Kigali
SB | Islas Salomón | salomonense, salomonenses | Honiara
SC | Seychelles | seychellense, seychellenses |
SD | Sudán | sudanés, sudanesa, sudaneses, sudanesas | Jartum
SG | Singapur | singapurense, singapurenses |
SI | Eslovenia | esloveno, eslovena, eslovenos, eslovenas | Liubliana
SK | Eslovaquia | eslovaco, eslovaca, eslovacos, eslovacas | Bratislava
SL | Sierra Leona | sierraleonés, sierraleonesa, sierraleoneses, sierraleonesas | Freetown
SM | San Marino | sanmarinense, sanmarinenses |
SO | Somalia | somalí, somalíes, somalís | Mogadiscio
SR | Surinam | surinamés, surinamesa, surinameses, surinamesas | Paramaribo
SS | Sudán del Sur | sursudanés, sursudanesa, sursudaneses, sursudanesas | Yuba, Juba
SZ | Esuatini, Suazilandia | suazi, suazis | Mbabane
TD | Chad | chadiano, chadiana, chadianos, chadianas | Yamena
TG | Togo | togolés, togolesa, togoleses, togolesas | Lomé
TJ | Tayikistán | tayiko, tayika, tayikos, tayikas | Dusambé
TL | Timor Oriental, Timor-Leste | timorense, timorenses | Dili
TM | Turkmenistán | turcomano, turcomana, turcomanos, turcomanas | Asjabad
TO | Tonga | tongano, tongana, tonganos, tonganas | Nukualofa
TT | Trinidad y Tobago | trinitense, trinitenses | Puerto España
TV | Tuvalu | tuvaluano, tuvaluana, tuvaluanos, tuvaluanas | Funafuti
TZ | Tanzania | tanzano, tanzana, tanzanos, tanzanas | Dodoma
UG | Uganda | ugandés, ugandesa, ugandeses, ugandesas | Kampala
UZ | Uzbekistán | uzbeko, uzbeka, uzbekos, uzbekas | Taskent
VU | Vanuatu | vanuatuense, vanuatuenses | Port Vila
WS | Samoa | samoano, samoana, samoanos, samoanas | Apia
XK | Kosovo | kosovar, kosovares | Pristina
ZM | Zambia | zambiano, zambiana, zambianos, zambianas | Lusaka
ZW | Zimbabue | zimbabuense, zimbabuenses | Harare

[set heardwords]
# Participles of being heard: with the phrase of who heard them they end
# no speaker's name ("Fuentes del PP consultadas por este diario"); after
# a group whose view opens the sentence,
# "Para los analistas consultados por este diario, …": their phrase, up to the comma, is
# not the view. A group ending with another participle gives no view:
# "Para los vecinos afectados, …" is whom something is for.
consultado consultada consultados consultadas entrevistado entrevistada entrevistados entrevistadas encuestado encuestada encuestados encuestadas preguntado preguntada preguntados preguntadas citado citada citados citadas contactado contactada contactados contactadas

[set participleendings]
# Endings of past participles: one that opens a sentence before a comma
# ("Preocupada, la ministra …", "Rendido, intentó …") is never a name; in a passive verb's
# complement one starts another verb group.
ado ada ados adas ido ida idos idas

[set adverbendings]
# Adverbs of manner: "respondió rápidamente", "dijo públicamente".
mente

[set fromsource]
# The word of "Desde el Ministerio aseguraron que …": the body after it
# speaks through a plural verb without a subject.
desde

[set verbendings]
# Word endings that mark a verb form (a noun phrase stops there): the preterite "sonrió", "habló", "protestaron", "dijeron".
ó
aron
ieron

[set approx]
# Words before a number that make it approximate: "más de 300 médicos".
más_de menos_de cerca_de alrededor_de al_menos unos unas casi hasta aproximadamente

[set openingverbendings]
# Endings of verbs besides those of [set verbendings], not of names: a
# capitalised word opening a sentence that ends so is its verb ("Tenía 19 años.", "Llegaron a las diez.").
aba aban ábamos ía ían aron ieron ará erá irá arán erán irán aría ería iría arían erían irían ando iendo

[set auxinfinitives]
# The auxiliaries' infinitives: after "de" one opens what the agent of a
# passive of blame charges, not its name ("acusada por el sindicato de haber mentido").
haber ser

[set infinitiveendings]
# Endings of infinitives: "recomendó a la población hidratarse con
# frecuencia, evitar …" goes on past the comma.
arse erse irse ar er ir

[set portfolios]
# Portfolios, named after a title and "de" ("el ministro de Salud, X", "el
# gerente regional de Salud, X"): no body the person speaks for.
salud sanidad educación hacienda economía trabajo interior exteriores defensa justicia cultura ambiente medio_ambiente transporte transportes energía agricultura seguridad turismo vivienda finanzas comercio industria deportes igualdad

[set conditionals]
# Words opening a condition: a verb of saying negated in the clause one
# opens tells no omission ("… if they did not confirm their status").
si

[set originpreps]
# Prepositions of origin right after a person's name: the place after is
# no one a pronoun stands for (README).
de

[set timeopeners]
# Words before a word of time that make, with determiners, a phrase of
# time opening the sentence, no subject: "Ese mismo día dijo …" (README).
mismo misma mismos mismas más siguiente poco

[set audiences]
# Those spoken to who are no one's name: "dijo a la prensa su abogada".
prensa periodistas reporteros
