# French lexicon of the offline briefer. Format: data/README.md.

[meta]
code = fr
name = français
english = French
lemma-tags = b
conditional = true
traits = commacomp commawords adjafter inciseasides commaclauses colonlabels pluralagreement departitive docparticiple pronounafterprep relativesanywhere personshows givenparticle bareroles describedwordless pronounchains strictoffices strictposts

[quotes]
« »
“ ”
" "
‹ ›
‘ ’

[paradigms]
er: er > =:b e:f ent:f é:pp ée:pp és:pp ées:pp ait:f aient:f a:f èrent:f ant:g era:f eront:f
ir: ir > =:b it:f issent:f i:pp ie:pp is:pp ies:pp issait:f issaient:f issant:g ira:f

[verbs]
# lemma paradigm stance voice [flags] [: extra form:tags]
dire - assert say : dit:f/pp disent:f dite:pp dits:pp dites:pp disait:f disaient:f dirent:f disant:g dira:f diront:f
décrire - assert describe : décrit:f/pp décrivent:f décrivait:f décrivaient:f décrite:pp décrits:pp décrites:pp décrivit:f décrivant:g décrira:f
qualifier er assert describe
faire - assert announce part=savoir : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert argue part=valoir : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
laisser er assert suggest part=entendre
# (Not "qui a requis l'anonymat", "a demandé l'anonymat": no words, only
# the source's wish not to be named.)
requérir - other demand notpart=l'_anonymat noun : requiert:f requièrent:f requis:pp requérait:f requéraient:f requit:f requérant:g/n
faire - assert report part=état_de : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert report part=état_d' : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert report part=état_du : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert report part=état_des : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert express part=part_de : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert express part=part_d' : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
# "fait remarquer que …", "a fait observer que …": the words remarked.
faire - assert note weak part=remarquer : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
faire - assert note weak part=observer : fait:f/pp font:f faisait:f faisaient:f fera:f feront:f fit:f faisant:g
# "a déclaré la guerre", "déclare forfait", "a déclaré ses revenus": acts, no
# words; "a ajouté un titre à son palmarès", "a confié la gestion du parc à
# …": things added or entrusted (only with a clause or a quotation).
déclarer er assert say notpart=la_guerre|forfait|sa|son|ses|leur|leurs
affirmer er assert say
indiquer er assert say
expliquer er assert say
préciser er assert say
ajouter er assert say weak
souligner er assert say
insister er assert say
# "assure la sécurité", "assure l'intérim": a service provided, no words.
assurer er assert say notpart=le|la|les|l'|un|une|du|des|sa|son|ses|leur|leurs|ce|cet|cette|ces
rassurer er assert say weak obj
démordre - assert say colon neg=say : démord:f démordent:f démordait:f démordu:pp
confier er assert say weak
raconter er assert recount
# A paper's headline: "Le Monde titre : « … »", "…, titrait Libération",
# "a titré que …" (only with a clause or a quotation; "titre" is also the
# noun: "le titre du film").
titrer er assert headline weak noun : titre:f/n
# "…, analyse le chercheur", "décrypte X" (only with a clause or a
# quotation; "l'analyse" is also the noun).
analyser er assert analyse weak noun : analyse:f/n
décrypter er assert analyse weak
# Posting on social networks: "a tweeté que …" (only with a clause or a
# quotation).
tweeter er assert write weak
# Verbs reporting often uses that were missing: "a maintenu que", "arguant
# que", "atteste que" (only with a clause or a quotation), "pointe du
# doigt". (Not "se souvenir": "s'est souvenu du surnom que donnait X"
# gives the words to X.)
maintenir - assert say weak : maintient:f maintiennent:f maintenu:pp maintenue:pp maintenait:f maintenaient:f maintint:f
arguer er assert argue weak
attester er assert say weak
pointer - accuse criticize part=du_doigt : pointe:f pointent:f pointé:pp pointée:pp pointait:f pointaient:f
# "Les choix relèvent de la ligne éditoriale": fall under, no words.
relever er assert note weak notpart=de|du|des : relève:f relèvent:f relèvera:f relèveront:f
noter er assert note noun : note:f/n
observer er assert note weak
rappeler er assert recall : rappelle:f rappellent:f
annoncer er assert announce noun : annonce:f/n annonçait:f annonçaient:f annonça:f annonçant:g
confirmer er assert say
reconnaître - assert say : reconnaît:f reconnait:f reconnaissent:f reconnu:pp reconnue:pp reconnus:pp reconnaissait:f reconnut:f reconnaissant:g
admettre - assert say : admet:f admettent:f admis:pp admise:pp admettait:f admit:f admettant:g
avouer er assert say
concéder - assert say weak : concède:f concèdent:f concédé:pp concédée:pp concédait:f concéda:f concédant:g
révéler - assert say : révèle:f révèlent:f révélé:pp révélée:pp révélait:f révéla:f révélant:g
dévoiler er assert say weak
constater er assert note
signaler er assert note
détailler er assert say
répéter - assert say : répète:f répètent:f répété:pp répétait:f répéta:f répétant:g
réitérer - assert repeat : réitère:f réitèrent:f réitéré:pp réitérée:pp réitérés:pp réitérait:f réitéraient:f réitéra:f réitérant:g
conclure - assert say weak : conclut:f concluent:f conclu:pp concluait:f concluant:g
jurer er assert say
étonner er assert say refl
interroger er other ask refl
lâcher er assert say weak
murmurer er assert say weak
chuchoter er assert say weak
soupirer er assert say weak
écrier er assert say refl
glisser er assert say weak
souffler er assert say weak
avancer er assert say weak : avançait:f avança:f avançant:g
estimer er assert believe opinion
juger er assert believe opinion noun : juge:f/n jugeait:f jugeaient:f jugea:f jugeant:g
considérer er assert consider opinion : considère:f considèrent:f
penser er assert believe opinion weak neg=notthink
croire - assert believe opinion weak neg=notbelieve noun : croit:f croient:f cru:pp croyait:f croyaient:f crut:f croyant:g/n
craindre - assert fear opinion : craint:f/pp craignent:f craignait:f craignaient:f craignant:g
espérer er assert hope opinion : espère:f espèrent:f
écrire - assert write weak : écrit:f/pp écrivent:f écrite:pp écrivait:f écrivaient:f écrivit:f écrivant:g
répondre - assert reply weak : répond:f répondent:f répondu:pp répondait:f répondit:f répondant:g
répliquer er assert reply noun : réplique:f/n
rétorquer er assert reply
réagir ir assert respond weak
commenter er assert comment weak neg=notcomment
marteler er assert say : martèle:f martèlent:f
asséner - assert say : assène:f assènent:f asséné:pp assénée:pp assénait:f asséna:f assénant:g
clamer er assert say
proclamer er assert say weak
témoigner er assert testify
lancer er assert say weak : lançait:f lança:f lançant:g
soutenir - assert argue weak : soutient:f soutiennent:f soutenu:pp soutenait:f soutint:f
argumenter er assert argue
revendiquer er assert claim
justifier er assert justify
prévenir - other warn : prévient:f préviennent:f prévenu:pp prévenait:f
avertir ir other warn
alerter er other warn
mettre - other warn part=en_garde takes=contre : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
démentir - deny deny : dément:f démentent:f démenti:pp démentie:pp démentait:f démentit:f démentant:g
nier er deny deny
rejeter er deny reject : rejette:f rejettent:f
balayer er deny reject weak : balaie:f balaient:f
parler er assert talk topic takes=de|d'|du|des
excuser er other apologize refl
exclure - deny reject neg=notexclude : exclut:f excluent:f exclu:pp exclue:pp excluait:f excluaient:f exclura:f excluant:g
défendre - assert defend weak : défend:f défendent:f défendu:pp défendue:pp défendait:f défendaient:f défendra:f défendit:f défendant:g
réfuter er deny deny
contester er deny dispute
récuser er deny reject
# (Not "accuser le coup", to take a blow: "Le club a accusé le coup".)
accuser er accuse accuse notpart=le_coup
reprocher er accuse accuse
dénoncer er accuse condemn : dénonçait:f dénonçaient:f dénonça:f dénonçant:g
condamner er accuse condemn
critiquer er accuse criticize noun : critique:f/n
fustiger er accuse criticize : fustigeait:f fustigea:f fustigeant:g
tacler er accuse criticize
railler er accuse criticize
épingler er accuse criticize weak
étriller er accuse criticize weak
moquer er accuse criticize refl
emporter er accuse protest refl
fulminer er accuse protest weak
tonner er accuse protest weak
déplorer er accuse criticize
indigner er accuse protest refl
protester er accuse protest weak
# "proteste contre la réforme": what is protested against.
protester er accuse protestagainst part=contre
demander er other ask noun notpart=l'_anonymat : demande:f/n
réclamer er other demand
exiger er other demand : exigeait:f exigea:f exigeant:g
exhorter er other urge
enjoindre - other urge : enjoint:f/pp enjoignent:f enjoignait:f enjoignit:f enjoignant:g
engager er other pledge refl takes=à : engageait:f engagea:f engageant:g
interpeller er other call weak
appeler er other call takes=à : appelle:f appellent:f
inviter er other invite
plaider er other appeal
promettre - other promise : promet:f promettent:f promis:pp promettait:f promit:f promettant:g
regretter er other regret
menacer er other threaten topic takes=de|d' noun : menace:f/n menaçait:f menaça:f menaçant:g
proposer er other propose
recommander er other recommend
saluer er assert welcome
féliciter er assert praise
# "se félicite de la réouverture", "s'est félicité que …": welcomes it,
# no one congratulated.
féliciter er assert welcomeself refl takes=de|d'|du|des
vanter er assert welcome
résumer er assert say weak
poursuivre - assert say weak colon : poursuit:f poursuivent:f poursuivi:pp poursuivait:f poursuivaient:f poursuivit:f poursuivant:g
continuer er assert say weak colon
enchaîner er assert say weak colon
reprendre - assert say weak colon : reprend:f reprennent:f repris:pp reprenait:f reprit:f reprenant:g
renchérir ir assert say weak
abonder er assert say weak
compléter - assert say weak : complète:f complètent:f complété:pp complétait:f compléta:f complétant:g
nuancer er assert say weak : nuançait:f nuança:f nuançant:g
tempérer - assert say weak : tempère:f tempèrent:f tempéré:pp tempérait:f tempéra:f tempérant:g
remarquer er assert note weak
mentionner er assert note weak
évoquer er assert mention speaker
ironiser er assert comment weak
trancher er assert say weak
relater er assert recount weak
rapporter er assert recount weak
certifier er assert say weak
garantir ir assert say weak
objecter er assert reply weak
exclamer er assert say refl
suggérer - other propose weak : suggère:f suggèrent:f suggéré:pp suggérée:pp suggérait:f suggéra:f suggérant:g
préconiser er other recommend
conseiller - other recommend : conseille:f conseillent:f conseillé:pp conseillait:f conseillaient:f conseillera:f
inciter er other urge
approuver er assert welcome
applaudir ir assert welcome
blâmer er accuse criticize
prédire - assert say : prédit:f/pp prédisent:f prédisait:f prédisaient:f prédira:f prédiront:f
remercier er assert praise
montrer - assert report docsubj : montre:f montrent:f montré:pp montrait:f montraient:f montrera:f
énumérer - assert report docsubj : énumère:f énumèrent:f énuméré:pp énumérait:f énuméraient:f énumérera:f
démontrer - assert report docsubj : démontre:f démontrent:f démontré:pp démontrait:f démontraient:f démontrera:f
# "Une étude de l'Inserm établit que …", "met en évidence un risque",
# "met en lumière …": a document's finding, its author's.
établir - assert report docsubj : établit:f établissent:f établi:pp établie:pp établissait:f établissaient:f établira:f
mettre - assert report docsubj part=en_évidence : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
mettre - assert report docsubj part=en_lumière : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
redouter er assert fear opinion
# "a réaffirmé que …", "a redit que …" (only with a clause or a quotation:
# "a réaffirmé sa détermination", "trouver à redire").
réaffirmer er assert repeat weak
redire - assert repeat weak : redit:f/pp redisent:f redisait:f redisaient:f redira:f
# "supplie le gouvernement de …", "implore les élus de …".
supplier er other urge
implorer er other urge
# "a lancé un appel à la retenue", "lance un appel pour …" (not "un appel
# d'offres").
lancer er other call topic part=un_appel takes=à|au|aux|pour : lançait:f lança:f lançant:g
# "a exprimé son soutien à …", "affiche son opposition à …", "a exprimé sa
# satisfaction".
exprimer er other back part=son_soutien takes=à|au|aux
exprimer er other back part=leur_soutien takes=à|au|aux
afficher er other back part=son_soutien takes=à|au|aux
afficher er other back part=leur_soutien takes=à|au|aux
exprimer er other oppose part=son_opposition takes=à|au|aux
exprimer er other oppose part=leur_opposition takes=à|au|aux
afficher er other oppose part=son_opposition takes=à|au|aux
afficher er other oppose part=leur_opposition takes=à|au|aux
exprimer er assert satisfied whole part=sa_satisfaction takes=de|du|des|d'|quant_à
exprimer er assert satisfied whole part=leur_satisfaction takes=de|du|des|d'|quant_à
# A stand taken: "s'est prononcé contre la réforme", "en faveur de …"
# (not "pour": "s'est prononcé pour la première fois").
prononcer er other against refl part=contre : prononçait:f prononçaient:f prononça:f prononçant:g
prononcer er other infavour refl part=en_faveur takes=de|du|des|d' : prononçait:f prononçaient:f prononça:f prononçant:g
# "met en cause la responsabilité de l'État"; "remet en cause",
# "remet en question", "met en doute l'efficacité de …": disputes it.
mettre - accuse implicate part=en_cause : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
mettre - deny dispute part=en_doute : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
remettre - deny dispute part=en_cause : remet:f remettent:f remis:pp remise:pp remettait:f remettaient:f remit:f remettant:g remettra:f remettront:f
remettre - deny dispute part=en_question : remet:f remettent:f remis:pp remise:pp remettait:f remettaient:f remit:f remettant:g remettra:f remettront:f
# "apporte son soutien aux grévistes", "ont apporté leur soutien à …".
apporter er other back part=son_soutien takes=à|au|aux
apporter er other back part=leur_soutien takes=à|au|aux
# "se défend d'avoir menti", "se défend de tout favoritisme": denies it.
défendre - deny denyself refl part=d' : défend:f défendent:f défendu:pp défendue:pp défendait:f défendaient:f défendra:f défendit:f défendant:g
défendre - deny denyselfde refl part=de : défend:f défendent:f défendu:pp défendue:pp défendait:f défendaient:f défendra:f défendit:f défendant:g
# "s'inscrit en faux contre ces accusations".
inscrire - deny falsify refl part=en_faux takes=contre : inscrit:f/pp inscrivent:f inscrivait:f inscrivaient:f inscrivit:f
# "s'élève contre la réforme", "milite pour une baisse des impôts".
élever - accuse riseagainst refl part=contre : élève:f élèvent:f élevé:pp élevée:pp élevait:f élevaient:f éleva:f
# ("un militant" is also the noun.)
militer er other campaign part=pour noun : militant:g/n
# "somme le gouvernement de retirer le texte".
sommer er other summon noun : somme:f/n
# "doute de l'efficacité de la réforme" (only with de: not "sans doute
# l'empressement qu'elles …"), "émet des doutes sur …", "émet
# des réserves sur …".
douter er assert doubt opinion noun topic takes=de|du|des|d' : doute:f/n
# Forecasts and expectations: "s'attend à une baisse", "s'attend à ce que
# …" (only reflexive: "attend le bus" is no view), "table sur une
# croissance de 2 %", "prévoit que …" (only with a clause or a quotation:
# "prévoit de fermer trois agences" is a plan).
attendre - assert expect opinion refl takes=à|au|aux : attend:f attendent:f attendu:pp attendue:pp attendus:pp attendues:pp attendait:f attendaient:f attendit:f attendant:g
tabler er assert bet takes=sur
prévoir - assert predict weak : prévoit:f prévoient:f prévu:pp prévoyait:f prévoyaient:f prévit:f prévoyant:g prévoira:f
émettre - assert doubts part=des_doutes takes=sur : émet:f émettent:f émis:pp émise:pp émettait:f émettaient:f émit:f
émettre - assert reserve part=des_réserves takes=sur : émet:f émettent:f émis:pp émise:pp émettait:f émettaient:f émit:f
# "a émis l'idée d'un vote de confiance", "émet l'hypothèse que …": an
# idea put forward.
émettre - other idea part=l'_idée : émet:f émettent:f émis:pp émise:pp émettait:f émettaient:f émit:f
émettre - assert hypothesis part=l'_hypothèse : émet:f émettent:f émis:pp émise:pp émettait:f émettaient:f émit:f
# "a exprimé son inquiétude face à …".
exprimer er other worry part=son_inquiétude
exprimer er other worry part=leur_inquiétude
# "met en avant le coût de la réforme".
mettre - assert stress part=en_avant : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
# "a mis l'accent sur les mesures prises pour « … »": stressed.
mettre - assert emphasis part=l'_accent_sur : met:f mettent:f mis:pp mise:pp mettait:f mettaient:f mit:f mettant:g mettra:f mettront:f
incriminer er accuse accuse
# Speaking with no words of their own: "La préfète s'est exprimée mardi.
# « … »", "Le maire a pris la parole. « … »" (a quotation that opens the
# next sentence is theirs; only with a clause or a quotation here).
exprimer er assert say weak refl
prendre - assert say weak part=la_parole : prend:f prennent:f pris:pp prise:pp prenait:f prenaient:f prit:f prenant:g prendra:f
# "a pris la défense du projet": a stand for what follows; "est monté au
# créneau": speaks up.
prendre - assert defence part=la_défense takes=de|du|des|d' : prend:f prennent:f pris:pp prise:pp prenait:f prenaient:f prit:f prenant:g prendra:f
monter - assert speakup whole part=au_créneau takes=pour|contre : monte:f montent:f monté:pp montée:pp montés:pp montées:pp montait:f montaient:f monta:f montera:f montant:g
# "croit savoir Le Canard enchaîné", "Le Parisien croit savoir que …".
# "veut croire que …", "…, veut croire le ministre": a hope held.
vouloir - assert hope weak part=croire : veut:f veulent:f voulu:pp voulait:f voulaient:f
croire - assert believeknow part=savoir : croit:f croient:f cru:pp croyait:f croyaient:f crut:f croyant:g
# Adjectives of a view after a copula and before "que": "est convaincue
# que …", "reste persuadé que …" (not "certain": "Il est certain que …"
# is the impersonal "il", no one named).
convaincu - assert believe opinion weak stative : convaincu:pp
convaincue - assert believe opinion weak stative : convaincue:pp
convaincus - assert believe opinion weak stative : convaincus:pp
convaincues - assert believe opinion weak stative : convaincues:pp
persuadé - assert believe opinion weak stative : persuadé:pp
persuadée - assert believe opinion weak stative : persuadée:pp
persuadés - assert believe opinion weak stative : persuadés:pp
persuadées - assert believe opinion weak stative : persuadées:pp
trouver er assert believe opinion weak
prétendre - assert say : prétend:f prétendent:f prétendu:pp prétendait:f prétendaient:f prétendit:f prétendant:g
confesser er assert say weak
relativiser er assert say weak
minimiser er assert say weak
souhaiter er assert hope weak
prôner er other propose
pester er accuse protest weak
insurger er accuse protest refl : insurgeait:f insurgea:f insurgeant:g
inquiéter - other worry refl takes=de|d'|du|des : inquiète:f inquiètent:f inquiété:pp inquiétée:pp inquiétés:pp inquiétées:pp inquiétait:f inquiétaient:f inquiéta:f inquiétant:g
alarmer er other alarm refl takes=de|d'|du|des
réjouir ir assert rejoice refl takes=de|d'|du|des
désoler er other sadden refl
agacer er accuse annoy refl : agaçait:f agaça:f
offusquer er accuse offend refl
plaindre - accuse complain refl : plaint:f/pp plaignent:f plaignait:f plaignaient:f plaignit:f
porter er accuse complaint part=plainte takes=pour|contre
déposer er accuse complaint part=plainte takes=pour|contre
émouvoir - other move refl : émeut:f émeuvent:f ému:pp émue:pp émus:pp émues:pp émouvait:f émut:f
# "s'est montrée optimiste sur …", "se montre inquiet", "s'est montré
# favorable à …": a view or a stand told by the adjective after the
# reflexive verb (whole with nothing after it).
montrer - assert optimism whole refl part=optimiste : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert optimism whole refl part=optimistes : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert pessimism whole refl part=pessimiste : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert pessimism whole refl part=pessimistes : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=inquiet : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=inquiète : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=inquiets : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=inquiètes : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=préoccupé : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=préoccupée : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=préoccupés : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert worry whole refl part=préoccupées : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert confidence whole refl part=confiant : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert confidence whole refl part=confiante : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert confidence whole refl part=confiants : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert confidence whole refl part=confiantes : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert favourable whole refl part=favorable takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert favourable whole refl part=favorables takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
# "s'est montré sceptique", "se montre hostile au projet", "s'est montrée
# critique envers …", "se sont montrés satisfaits": a view told by the
# adjective; "s'est voulu rassurant": words meant to reassure.
montrer - assert skeptic whole refl part=sceptique : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert skeptic whole refl part=sceptiques : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - other oppose whole refl part=hostile takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - other oppose whole refl part=hostiles takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - other oppose whole refl part=défavorable takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - other oppose whole refl part=défavorables takes=à|au|aux : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - accuse critical whole refl speaker part=critique : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - accuse critical whole refl speaker part=critiques : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert satisfied whole refl part=satisfait : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert satisfied whole refl part=satisfaite : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert satisfied whole refl part=satisfaits : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
montrer - assert satisfied whole refl part=satisfaites : montre:f montrent:f montré:pp montrée:pp montrés:pp montrées:pp montrait:f montraient:f montra:f montrera:f montrant:g
vouloir - assert reassure whole refl part=rassurant : veut:f veulent:f voulu:pp voulue:pp voulus:pp voulues:pp voulait:f voulaient:f voulut:f
vouloir - assert reassure whole refl part=rassurante : veut:f veulent:f voulu:pp voulue:pp voulus:pp voulues:pp voulait:f voulaient:f voulut:f
vouloir - assert reassure whole refl part=rassurants : veut:f veulent:f voulu:pp voulue:pp voulus:pp voulues:pp voulait:f voulaient:f voulut:f
vouloir - assert reassure whole refl part=rassurantes : veut:f veulent:f voulu:pp voulue:pp voulus:pp voulues:pp voulait:f voulaient:f voulut:f
# Refusals to speak: the party's claim when a verb of saying of [set
# refusalverbs] follows ("a refusé de commenter", "a refusé d'en dire
# plus", "s'est refusé à tout commentaire", "a préféré ne pas
# s'exprimer", "s'est abstenu de tout commentaire"), not another verb
# ("a refusé de signer l'accord", "s'est abstenu de voter"). (Not
# garder, "garde le silence": "le garde des Sceaux" would read as a verb.)
refuser er other refuse part=de refusal
refuser er other refused part=d' refusal
refuser er other refuseself refl part=à refusal
abstenir - other abstain refl part=de refusal : abstient:f abstiennent:f abstenu:pp abstenue:pp abstenus:pp abstenues:pp abstenait:f abstenaient:f abstint:f
abstenir - other abstained refl part=d' refusal : abstient:f abstiennent:f abstenu:pp abstenue:pp abstenus:pp abstenues:pp abstenait:f abstenaient:f abstint:f
préférer - other prefernot refusal part=ne_pas : préfère:f préfèrent:f préféré:pp préférait:f préféraient:f préféra:f
# Only negated: "n'a pas souhaité réagir", "ne veut pas s'exprimer",
# "n'a pas répondu aux sollicitations de l'AFP", "n'a pas donné suite à
# nos demandes" (a noun of [set refusalnouns] after the preposition);
# not "ne veut pas dire que …" (does not mean).
souhaiter er other notwish refusal negonly neg=notwish
vouloir - other notwant refusal negonly neg=notwant notpart=dire_que|dire_qu' : veut:f veulent:f voulu:pp voulait:f voulaient:f
répondre - other notrespond refusal negonly nowords neg=notrespond takes=à|aux|au : répond:f répondent:f répondu:pp répondait:f répondaient:f répondit:f
donner er other notfollowup refusal negonly nowords neg=notfollowup part=suite takes=à|aux|au
# Also with no words after them: "n'a pas répondu.", "n'a pas donné
# suite.", "ne s'est pas exprimé jusqu'à présent" (not "n'a pas réagi.",
# also a team or a market that did not react).
exprimer er other notexpress refl refusal negonly nowords neg=notexpress

# Positions (data/README.md, flag position): "Le syndicat s'oppose à la réforme".
opposer er other oppose opinion position refl takes=à|au|aux
vouloir - other want opinion position notpart=dire|dire_que|dire_qu' : veut:f veulent:f voulait:f voulaient:f voudrait:f voudraient:f
# "désire interdire …", "désirerait …": the same stand as "veut", and
# as it in the conditional, "voudrait …" ("un candidat désireux de …" is
# an adjective, no verb).
désirer er other want opinion position : désirerait:f désireraient:f
# "envisage de fermer l'usine", "envisage une hausse": a plan, the
# subject's stand (English "plans").
envisager er other plan opinion position : envisageait:f envisageaient:f envisagea:f envisageant:g
# English "prefers", "defended the reform" are stands; so are "préfère
# une autre solution" ("préfère ne pas …" is a refusal, above) and
# "défend la réforme" ("défend que …" reports the words, above).
préférer - other prefer opinion position : préfère:f préfèrent:f préféré:pp préférait:f préféraient:f préféra:f
défendre - other defend opinion position : défend:f défendent:f défendu:pp défendait:f défendaient:f défendit:f
# "Le sénateur soutient la réforme" (a
# stand when no words it reports follow: "soutient que …" argues; not
# défendre: "… qui luttent et défendent le droit du travail" made the
# subject of the sentence defend it).
soutenir - other support opinion position : soutient:f soutiennent:f soutenu:pp soutenait:f soutenaient:f soutint:f
# "La fédération a nuancé les chiffres du parquet", "Le ministère
# relativise ces chiffres", "minimise l'ampleur de la crise": with no
# clause or quotation after it (the words, weak, above), the stand taken on
# what it names, as English "downplayed the figures".
nuancer er deny nuance opinion position : nuançait:f nuança:f nuançant:g
relativiser er deny relativize opinion position
minimiser er deny minimize opinion position

[voice]
say = Dit | Disent
express = Exprime | Expriment
suggest = Laisse entendre | Laissent entendre
worry = S'inquiète | S'inquiètent
alarm = S'alarme | S'alarment
rejoice = Se réjouit | Se réjouissent
welcomeself = Se félicite | Se félicitent
sadden = Se désole | Se désolent
annoy = S'agace | S'agacent
offend = S'offusque | S'offusquent
complain = Se plaint | Se plaignent
move = S'émeut | S'émeuvent
repeat = Réitère | Réitèrent
describe = Décrit | Décrivent
recount = Raconte | Racontent
note = Note | Notent
recall = Rappelle | Rappellent
announce = Annonce | Annoncent
believe = Estime | Estiment
consider = Considère | Considèrent
fear = Craint | Craignent
hope = Espère | Espèrent
write = Écrit | Écrivent
headline = Titre | Titrent
analyse = Analyse | Analysent
reply = Répond | Répondent
respond = Réagit | Réagissent
comment = Commente | Commentent
testify = Témoigne | Témoignent
argue = Soutient | Soutiennent
warn = Met en garde | Mettent en garde
deny = Dément | Démentent
complaint = Porte plainte | Portent plainte
reject = Rejette | Rejettent
defend = Défend | Défendent
defence = Prend la défense | Prennent la défense
speakup = Monte au créneau | Montent au créneau
talk = Parle | Parlent
mention = Évoque | Évoquent
report = Signale | Signalent
notexclude = N'exclut pas | N'excluent pas
apologize = S'excuse | S'excusent
dispute = Conteste | Contestent
accuse = Accuse | Accusent
condemn = Condamne | Condamnent
criticize = Critique | Critiquent
protest = Proteste | Protestent
ask = Demande | Demandent
demand = Réclame | Réclament
urge = Exhorte | Exhortent
call = Appelle | Appellent
invite = Invite | Invitent
appeal = Plaide | Plaident
promise = Promet | Promettent
pledge = S'engage | S'engagent
regret = Regrette | Regrettent
threaten = Menace | Menacent
propose = Propose | Proposent
recommend = Recommande | Recommandent
welcome = Salue | Saluent
satisfied = Exprime sa satisfaction | Expriment leur satisfaction
praise = Félicite | Félicitent
claim = Revendique | Revendiquent
justify = Justifie | Justifient
refuse = Refuse de | Refusent de
refused = Refuse d' | Refusent d'
refuseself = Se refuse à | Se refusent à
prefernot = Préfère ne pas | Préfèrent ne pas
abstain = S'abstient de | S'abstiennent de
abstained = S'abstient d' | S'abstiennent d'
notwish = Ne souhaite pas | Ne souhaitent pas
notwant = Ne veut pas | Ne veulent pas
notrespond = Ne répond pas | Ne répondent pas
notfollowup = Ne donne pas suite | Ne donnent pas suite
notcomment = Ne commente pas | Ne commentent pas
notexpress = Ne s'exprime pas | Ne s'expriment pas
oppose = S'oppose | S'opposent
want = Veut | Veulent
prefer = Préfère | Préfèrent
nuance = Nuance | Nuancent
relativize = Relativise | Relativisent
minimize = Minimise | Minimisent
plan = Envisage | Envisagent
support = Soutient | Soutiennent
against = Se prononce contre | Se prononcent contre
infavour = Se prononce en faveur | Se prononcent en faveur
protestagainst = Proteste contre | Protestent contre
implicate = Met en cause | Mettent en cause
back = Apporte son soutien | Apportent leur soutien
denyself = Se défend d' | Se défendent d'
denyselfde = Se défend de | Se défendent de
falsify = S'inscrit en faux | S'inscrivent en faux
riseagainst = S'élève contre | S'élèvent contre
campaign = Milite pour | Militent pour
summon = Somme | Somment
doubt = Doute | Doutent
expect = S'attend | S'attendent
bet = Table | Tablent
predict = Prévoit | Prévoient
doubts = Émet des doutes | Émettent des doutes
reserve = Émet des réserves | Émettent des réserves
idea = Émet l'idée | Émettent l'idée
hypothesis = Émet l'hypothèse | Émettent l'hypothèse
stress = Met en avant | Mettent en avant
emphasis = Met l'accent sur | Mettent l'accent sur
believeknow = Croit savoir | Croient savoir
notbelieve = Ne croit pas | Ne croient pas
notthink = Ne pense pas | Ne pensent pas
optimism = Se montre optimiste | Se montrent optimistes
pessimism = Se montre pessimiste | Se montrent pessimistes
confidence = Exprime sa confiance | Expriment leur confiance
favourable = Se montre favorable | Se montrent favorables
skeptic = Se montre sceptique | Se montrent sceptiques
critical = Se montre critique | Se montrent critiques
reassure = Se veut rassurant | Se veulent rassurants

[phrases]
clause = {verb} {content}
bare = {verb} que {content}
object = {verb} {content}
quote = {verb} : {content}
verbatim = {verb}, selon les termes de l'article : {content}
generic = {verb}, selon l'article,
and = et
others = {n} autres
other = 1 autre
list.sep = ", "
summary.parties = L'article rapporte les propos des parties suivantes : {list}.
summary.none = L'article ne rapporte aucun propos attribué à une partie nommée.
# A party described by a noun after a possessive that stands for one
# person ("Son avocat a déclaré …"): the noun with its owner's name
# (README: party.owned), "Avocat de Sylvie Caron", "Avocat d'Ana Ruiz".
party.owned = {party} de {owner}
summary.facts = Son propre récit est présenté sous forme de faits.
summary.claim = {party} {verb} {content}
summary.join = " ; "
outlet.wording = (terme employé par le média)
note.loaded.outlet = Le texte du média emploie le mot "{word}" (phrase {n}) ; ce résumé ne reprend pas ce terme.
note.loaded.regime = Le texte du média qualifie le gouvernement de {country} de "régime" ; ce résumé ne reprend pas ce terme.
note.loaded.quote = Le mot "{word}" (phrase {n}) est celui de {who}, dans une citation ; le résumé ne l'emploie qu'à l'intérieur de cette citation.
note.loaded.unattributed = Le média met "{word}" (phrase {n}) entre guillemets sans dire qui l'a employé.
note.noclaims = Aucun propos attribué n'a été trouvé ; les affirmations du média sont présentées comme des faits.
note.unsupported = Cet article est en {language}. Le moteur hors ligne attribue les propos en anglais, français, espagnol, portugais et allemand ; ici, il présente les phrases de l'article comme des faits. L'attribution des propos en {language} nécessite le moteur LLM.
note.via = rapporté par {who}
this = cela
they = ils

summary.unsupported = L'article est en {language} : le moteur hors ligne présente ses affirmations comme des faits et n'attribue aucun propos.
lang.zh = chinois
lang.ja = japonais
lang.ko = coréen
lang.ar = arabe
lang.he = hébreu
lang.el = grec
lang.th = thaï
lang.hi = hindi
lang.bn = bengali
lang.hy = arménien
lang.ka = géorgien
lang.cs = tchèque
lang.sk = slovaque
lang.pl = polonais
lang.it = italien
lang.nl = néerlandais
lang.sv = suédois
lang.da = danois
lang.no = norvégien
lang.ro = roumain
lang.tr = turc
lang.id = indonésien
lang.hu = hongrois
lang.fi = finnois
lang.hr = croate
lang.ru = russe
lang.uk = ukrainien
lang.bg = bulgare
lang.sr = serbe
lang.en = anglais
lang.fr = français
lang.es = espagnol
lang.pt = portugais
lang.de = allemand

# Synthèses de plusieurs sources (bot/story).
story.sources = {n} sources traitent cette affaire : {list}.
story.parties = Elles rapportent des propos de {list}.
story.parties.one = Elles rapportent des propos de {list}.
story.shared = {n} déclarations figurent dans plus d'une source.
story.shared.one = 1 déclaration figure dans plus d'une source.
story.only = {n} déclarations ne figurent que dans une seule source.
story.only.one = 1 déclaration ne figure que dans une seule source.
story.differ = {n} déclarations sont rapportées différemment selon les sources ; les deux versions sont présentées.
story.differ.one = 1 déclaration est rapportée différemment selon les sources ; les deux versions sont présentées.
story.note.language = La source {source} est en {language} : ses parties sont rapprochées de celles des autres sources par leur nom, et ses déclarations de celles écrites dans d'autres langues seulement quand elles donnent les mêmes chiffres.
[labels]
digest.outlets = {n} médias : {list}
digest.outlets.one = 1 média : {list}
story.answer = Ce que disent les sources :
story.answer.none = Aucune des {n} sources ne le dit.
story.sources = Sources
story.coverage = Couverture par source
story.only = seulement dans {id}
story.also = aussi dans {list}
story.differently = Rapporté autrement par {id} :
story.quotes = cite {list}
story.quotes.none = ne cite aucune partie
story.onlyhere = {n} déclarations qu'elle seule rapporte
story.onlyhere.one = 1 déclaration qu'elle seule rapporte
story.loaded = ses propres termes : {list}
via = selon {who}
summary = Résumé
parties = Parties
party = Partie
facts = Faits
notes = Remarques
claims = Propos
said_by = selon
evidence = Citation
speaker = Locuteur
stance = Position
sentence = phrase
sentences = phrases
source = Source
published = Publié le
by = Par
reported_by = rapporté par
question = Question
answer = Réponse
not_in_article = L'article ne le dit pas.
quotes = Extraits de l'article
more_claims = autres propos
none = aucun
backend = Moteur
dropped = propos écartés car leur citation ne figure pas dans l'article
briefing = Synthèse
no_claims = Aucun propos attribué n'a été trouvé dans cet article.
also = autres noms : {list}
also_named = Autres noms : {list}
unattributed = Rapporté par le média sans attribution
stance.assert = affirmation
stance.deny = démenti
stance.accuse = accusation
stance.other = autre
footer.backend = moteur : {backend}
footer.cached = en cache
footer.checked = toutes les citations vérifiées dans l'article
footer.dropped = {n} propos écartés : citation introuvable dans l'article
footer.dropped.one = 1 propos écarté : citation introuvable dans l'article
footer.misattributed = {n} propos écartés : l'article attribue ces mots à quelqu'un d'autre
footer.misattributed.one = 1 propos écarté : l'article attribue ces mots à quelqu'un d'autre
continued = {title}, suite (partie {n} sur {total})
shortened = Raccourci pour tenir en un seul message : {claims} propos et {facts} fait(s) ne sont pas affichés. Posez vos questions à leur sujet dans ce fil.
shortened.file = Raccourci pour tenir en un seul message : {claims} propos et {facts} fait(s) ne sont pas affichés ici. La synthèse complète est dans le fichier joint, {file}.
file.title = Synthèse complète : {title}
digest = Récapitulatif
digest.none = Rien de nouveau.
digest.parties = Parties : {list}
digest.more = Écrivez {more} pour obtenir la synthèse complète de l'article {n}.
untitled = (sans titre)
cut = (coupé : le message est trop long pour Matrix)

[set questionlabel]
# The label of an interviewer's question in a printed interview ("Q: …"):
# no one's statement.
q

[set colonnouns]
# A word for what someone said that opens a sentence, its speaker after
# "de", then a colon and a quotation: "Réponse de Laurent Berger : « … »",
# "Réaction immédiate du ministère : « … »"; also before a copula and
# "que": "L'idée de Smith est que …".
réponse réaction explication commentaire verdict avertissement constat diagnostic conclusion réplique riposte version justification témoignage analyse message position idée hypothèse thèse argument point_de_vue avis

[set answerlabel]
# The label of the answers in a printed interview ("A: …"): the words of
# the one person the article named before it.
r

[set markers]
# Letters and spellings that tell the language apart from its neighbours
# in a short text (each occurrence is a vote, at most three).
l' d' qu' n' s' c' è ê à ç ù œ

[set scalewords]
# Words that scale a number, or go on with it, after its digits ("4.2
# million marks"): in a story, the word after them is what is counted.
mille million millions milliard milliards de d'

[set detect]
le la les de des du et un une est que qui dans pour pas sur au a été par il elle ont ce sont avec plus selon aussi mais ou son sa ses leur cette aux d' l' qu' n'

[set elisions]
l' d' qu' j' n' s' c' m' t' lorsqu' puisqu' jusqu' quoiqu'

[set inversion]
# Clitic pronouns after a verb: "a-t-il déclaré", "estime-t-elle"
# (also with the euphonic t misspelt with an apostrophe, "a-t'il").
-t-il -t-elle -t-ils -t-elles -il -elle -ils -elles
-t'il -t'elle -t'ils -t'elles

[set determiners]
le la les l' un une des du de d' ce cet cette ces même son sa ses leur leurs notre nos votre vos mon ma mes plusieurs certains certaines quelques tout tous toute toutes chaque aucun aucune deux trois quatre cinq six sept huit neuf dix nombreux nombreuses au aux

[set singulardets]
# Articles of one: a phrase they open is singular whatever its last word
# ends with ("el delantero francés").
le la un une

[set pluraldeterminers]
les ces

[set titlearticles]
# Articles that open a title ("El País", "O Globo", "Le Monde"): written
# with a capital inside a sentence before a name, part of the name.
le la les

[set definite]
le la les l' ce cet cette ces même

# The indefinite article: a phrase it opens describes, even with a capital:
# "X, un Républicain, a déclaré" describes X ("un Républicain").
[set indefinite]
un une

[set ownpossessive]
notre nos

[set possessive]
son sa ses leur leurs notre nos

[set pluralsuffix]
s x

[set pluralverbafternoun]
# Endings of a plural finite verb: a lower-case word so ending, and not
# itself plural, right after a plural noun is its verb, which ends the
# subject's phrase, not a modifier of the noun ("Les agriculteurs manifestent depuis lundi").
ent

[set quantifiers]
plusieurs certains certaines quelques nombreux nombreuses deux trois quatre cinq six sept huit neuf dix des

[set one]
# The word for one in a partitive: "one of them said", "l'un d'eux a affirmé".
un une

[set barequantities]
# Words of quantity that stand alone as a subject: "Certains estiment que
# …" is some of the one group of people named just before ("Beaucoup
# pensent …" is many people, anyone).
certains certaines plusieurs

[set partitivemid]
# A word between "of" and the pronoun of a partitive: "l'un d'entre eux".
entre

[set wherepreps]
# Prepositions of place before a body that is where something happened, not
# anyone met or spoken to: "Les infirmières ont manifesté devant l'hôpital.
# L'une d'entre elles raconte …" is one of the nurses.
devant derrière dans

[set superlatives]
# Words of a superlative right after the article that opens a phrase, before
# its adjective and noun: "selon les plus récentes données du ministère" (not
# the negation's "plus").
plus moins

[set pastposts]
# Words of a post no longer held: who holds it speaks for no employer
# ("l'ancien directeur du Trésor, Issouf Sawadogo", "l'ex-ministre").
ancien ancienne anciens anciennes ex

[set negsubj]
aucun aucune personne nul nulle rien ni peu_de

[set negation]
ne n' pas jamais plus guère point aucunement

[set restrictneg]
# The negation word that, alone before a verb with "que" right after it,
# restricts and does not negate: "ne pense qu'à sa réélection".
ne n'

[set aux]
# (With the conditional: "X aurait déclaré que …", what X reportedly said.)
a ont avait avaient aura auront eut ai avons avez aurait auraient

[set passive]
est sont était étaient été être fut furent sera seront

[set copulas]
# Verbs besides "être" of a state: "La ministre reste évasive. « … »,
# élude-t-elle." opens with its subject; "reste convaincu que …".
reste restent restait restaient demeure demeurent demeurait semble semblent semblait paraît paraissent paraissait

[set reflnonspeech]
# After a reflexive pronoun these forms say nothing: "le semestre
# s'annonce incertain", "il se rappelle", "cela s'explique".
annonce annoncent annonçait annonçaient rappelle rappellent rappelait explique expliquent confirme confirment affirme affirment
annonçant rappelant expliquant confirmant affirmant
# "La maire se montre prudente : « … »": she shows herself so, and the
# colon gives her the words; "se montrer" shows no finding.
montre montrent montrait montraient montrant

[set refl]
se s'

[set pluralaux]
# Plural verbs: a relative clause starting with one gets "they".
sont ont étaient avaient

[set clitics]
# Object pronouns before a verb ("comme l'explique X").
le la l' les lui leur nous vous me m' te t' se s' en y

[set objectclitics]
# Object pronouns of a third person before the verb: after a subject
# pronoun ("Il lui reproche …") they stand for someone else than it.
le la l' les lui leur

[set dative]
à au aux auprès_de auprès_d' auprès_du auprès_des

[set modal]
pourrait pourraient devrait devraient voudrait voudraient va vont veut veulent peut peuvent doit doivent semble semblent

[set inf]
de d' à pour

[set comp]
que qu'

[set relpron]
qui que qu' dont lequel laquelle lesquels lesquelles

[set objrel]
# Relative pronouns of an object: a sentence that is a noun and a relative
# clause whose subject comes after its verb, "Un chiffre que contestent les
# professionnels.", is that subject's claim, in the article's words.
que qu'

[set reladverbs]
# Relative adverbs: "…, où le virus circule" describes a place; it is
# no reported clause after a comma.
où

[set clause]
et mais ou donc car or puis alors lorsque lorsqu' quand si comme tandis puisque cependant toutefois néanmoins pourtant ensuite enfin qui que qu'

# Subordinating words: a sentence opening with one ("When X said …, Y
# fired back") reports the words of its first clause only.
[set clauserel]
# Relative pronouns that stand for a whole clause: a passive after one
# ("…, ce qui a été démenti par le ministère") reports no words of the sentence before.
ce_qui ce_que

[set subord]
# Words opening a subordinate clause; a pronoun of one person right after
# the comma that closes one opening the sentence stands for its subject:
# "Si le spécialiste reste convaincu …, il préconise …".
quand lorsque lorsqu' puisque tandis si s'

[set coord]
et ou mais ni

[set prep]
à de d' du des dans en par pour sur avec sans sous entre vers chez contre après avant depuis pendant selon parmi malgré au aux lors envers outre dès auprès devant derrière durant jusqu' via hors

[set of]
de d' du des

[set by]
par

[set listintro]
dont notamment

[set cleft]
# A phrase before an inverted subject that points back at the sentence before as what was said: "C'est ce qu'a annoncé X".
c'_est_ce_qu' c'_est_ce_que voilà_ce_qu' voilà_ce_que c'_était_ce_qu' c'_était_ce_que
# (With an adverb of hedging or adding before "ce": "C'est en tout cas ce
# qu'affirme le directeur", "C'est du moins ce qu'assure X", "C'est aussi
# ce que pense Y".)
c'_est_en_tout_cas_ce_qu' c'_est_en_tout_cas_ce_que c'_est_du_moins_ce_qu' c'_est_du_moins_ce_que c'_est_en_effet_ce_qu' c'_est_en_effet_ce_que c'_est_aussi_ce_qu' c'_est_aussi_ce_que c'_est_également_ce_qu' c'_est_également_ce_que c'_est_notamment_ce_qu' c'_est_notamment_ce_que c'_est_précisément_ce_qu' c'_est_précisément_ce_que c'_est_d'_ailleurs_ce_qu' c'_est_d'_ailleurs_ce_que c'_est_en_substance_ce_qu' c'_est_en_substance_ce_que

[set cleftsubject]
# A phrase before a subject and its verb that points back at the sentence
# before as what was said: "C'est en ces termes que la ministre a défendu
# son projet".
c'_est_en_ces_termes_qu' c'_est_en_ces_termes_que c'_est_par_ces_mots_qu' c'_est_par_ces_mots_que c'_est_avec_ces_mots_qu' c'_est_avec_ces_mots_que

[set particles]
# Particles inside a surname, before its last word ("Dominique de
# Villepin", "François Villeroy de Galhau", "Valéry Giscard d'Estaing"):
# no person "of" a body there.
de d'

[set selfwords]
# Words of emphasis after a subject: "Le maire lui-même a reconnu …" is
# the mayor's.
lui-même elle-même eux-mêmes elles-mêmes

[set masculine]
# Determiners that mark a title's gender: "el fiscal general" is not "la fiscala general".
le un ce cet du au

[set feminine]
la une cette

# The gender of organisation words after an elided article ("l'association
# Pro Natura … Elle a …"): a body's "il" or "elle".
[set femininenouns]
association agence alliance union organisation entreprise église école université assemblée armée ambassade administration autorité académie ong
[set masculinenouns]
institut office observatoire hôpital

[set subjunctive]
# The journalistic conditional: a sentence built on one, without a cue of
# its own, right after a source's words goes on reporting them (« Il
# aurait travaillé à une stratégie … », « Des milliers d'euros seraient en
# jeu »). Only the auxiliaries' forms: « pourrait », « devrait » are as
# often the writer's own hedging.
serait seraient aurait auraient

[set conditionalendings]
# Endings of the conditional of other verbs, as journalistic (« L'enveloppe
# atteindrait 400 millions », « Elle permettrait d'économiser … »), only as
# the main verb right after the subject: none of an imperfect's or a noun's
# ("gérait", "retrait"); a modal's is not one.
erait eraient drait draient ttrait ttraient

[set absolute]
avec

[set as]
# (Also "ainsi que" before an inverted verb: "Ainsi que l'a rappelé le
# maire, …".)
comme ainsi_que

[set ascompare]
tel telle tels telles tout aussi autant

[set nameglue]
de d' du des la le van von der den al ben bin el da do dos y

[set adverbs]
également aussi encore déjà donc même simplement volontiers auparavant précédemment toutefois ainsi notamment hier aujourd'hui publiquement clairement fermement vivement officiellement récemment ensuite alors pourtant cependant enfin dernièrement immédiatement toujours souvent très bien lui ce lundi mardi mercredi jeudi vendredi samedi dimanche matin soir néanmoins désormais finalement aussitôt longuement sèchement vertement fortement sobrement laconiquement prudemment ouvertement directement personnellement franchement timidement amèrement catégoriquement formellement solennellement explicitement implicitement brièvement rapidement régulièrement vigoureusement violemment durement sévèrement fièrement calmement doucement froidement posément sereinement tranquillement modestement ironiquement honnêtement lucidement gravement

[set refusalverbs]
# Verbs and phrases of saying after a refusal ("a refusé de commenter",
# "n'a pas souhaité s'exprimer", "a refusé d'en dire plus").
commenter dire s'_exprimer se_prononcer répondre réagir confirmer infirmer préciser détailler révéler dévoiler divulguer indiquer communiquer parler s'_étendre s'_expliquer en_dire faire_de_commentaire faire_de_commentaires faire_des_commentaires faire_de_déclaration faire_de_déclarations donner_de_détails donner_des_détails donner_plus_de

[set refusalnouns]
# Nouns of words asked for or given, after a refusal's preposition ("s'est
# refusé à tout commentaire", "n'a pas répondu aux sollicitations de
# l'AFP", "n'a pas donné suite à nos demandes").
commentaire commentaires déclaration déclarations sollicitation sollicitations question questions demande demandes message messages courriel courriels mail mails requête requêtes relance relances

[set refusaluntil]
# Phrases of time that may close a refusal with no words ("n'a pas
# répondu jusqu'à présent").
jusqu'_à_présent jusqu'_ici dans_l'_immédiat pour_l'_instant pour_le_moment

[set negatedgoeson]
# A verb and the preposition before a reporting infinitive that leave it
# reporting only negated, the negation theirs: "ne cesse de répéter que
# …", "n'a cessé de dénoncer …" (not "a cessé de dire", stopped).
cesse_de cesse_d' cessent_de cessent_d' cessait_de cessait_d' cessaient_de cessaient_d' cessé_de cessé_d'
# "n'a pas hésité à dénoncer …", "ne manque pas de rappeler que …" (not
# "a hésité à dire", "a manqué de préciser").
hésite_à hésitent_à hésitait_à hésitaient_à hésité_à manque_de manque_d' manquent_de manquent_d' manquait_de manquait_d' manquaient_de manquaient_d' manqué_de manqué_d'

[set goeson]
# A verb and the preposition before a reporting infinitive that leave it
# reporting ("a tenu à rappeler que", "s'est empressé de démentir").
tient_à tiennent_à tenait_à tenaient_à tenu_à tenue_à tenus_à tenues_à tente_de tente_d' tentent_de tentent_d' tenté_de tenté_d' tentée_de tentée_d' tentait_de tentait_d' empresse_de empressé_d' empressé_de empressée_de empressés_de empressées_de
# "s'est contentée d'indiquer que …", "s'est borné à rappeler …": the
# infinitive still reports.
contente_de contente_d' contentent_de contentent_d' contenté_de contenté_d' contentée_de contentée_d' contentés_de contentés_d' contentées_de contentées_d' borne_à bornent_à borné_à bornée_à bornés_à bornées_à
# "Sa thèse consiste à dire que …": a view's words, its author's.
consiste_à consistent_à consistait_à consistaient_à
# "continue de dénoncer …": going on saying. ("ne cesse de répéter" is
# in negatedgoeson.)
continue_de continue_d' continuent_de continuent_d' continué_de continué_d' continuait_de continuait_d' continuaient_de continuaient_d'

[set infgoeson]
# A word and the preposition before a reporting infinitive that goes on
# with the last speaker ("Et d'ajouter : « … »", "…, avant de conclure
# que …").
et_d' et_de avant_d' avant_de

[set asides]
# Phrases that may stand between an inverted verb and its subject ("…»,
# résume quant à elle X", "a déclaré pour sa part le ministre").
quant_à_elle quant_à_lui quant_à_eux quant_à_elles pour_sa_part pour_leur_part à_son_tour à_leur_tour de_son_côté de_leur_côté en_substance en_retour lui_aussi elle_aussi eux_aussi elles_aussi d'_ailleurs par_ailleurs au_contraire en_outre en_revanche de_nouveau à_nouveau d'_ores_et_déjà en_effet du_reste
# ("s'est opposé sans succès à …", "a plaidé en vain l'avocat".)
sans_succès en_vain

[set turnasides]
# Asides that give the word to someone other than the one who spoke
# before: a bare title with one refers back only to a person named with
# that title ("L'expert avait pour sa part conclu …").
quant_à_elle quant_à_lui quant_à_eux quant_à_elles pour_sa_part pour_leur_part à_son_tour à_leur_tour de_son_côté de_leur_côté lui_aussi elle_aussi eux_aussi elles_aussi

[set heardwords]
# Participles of being heard: with the phrase of who heard them they end
# no speaker's name ("Fuentes del PP consultadas por este diario"); after
# a group whose view opens the sentence,
# "Pour les supporters rencontrés à la sortie du stade, …": their phrase, up to the comma, is
# not the view. A group ending with another participle gives no view:
# "Para los vecinos afectados, …" is whom something is for.
interrogé interrogée interrogés interrogées consulté consultée consultés consultées rencontré rencontrée rencontrés rencontrées sondé sondée sondés sondées cité citée cités citées contacté contactée contactés contactées joint jointe joints jointes

[set phraseparticiples]
# Participles of the auxiliaries: after a noun they open a phrase that
# describes it and end its name ("un responsable ayant requis
# l'anonymat", "Responsable", not "Responsable ayant").
ayant étant

[set auxinfinitives]
# The auxiliaries' infinitives: after "de" one opens what the agent of a
# passive of blame charges, not its name ("accusée par le syndicat
# d'avoir menti").
avoir être

[set participleendings]
# Endings of past participles: in a passive verb's complement one starts
# another verb group, whose agent a "par" after it names ("accusé d'avoir
# frappé un passant par …").
é ée és ées

[set mannerendings]
# The ending of an adverb of manner: between a passive participle and its
# agent ("un projet accueilli froidement par les communes").
ment

[set mannerpreps]
# Prepositions that open a phrase of manner between a passive participle
# and its agent ("une réforme saluée avec enthousiasme par le patronat").
avec sans

[set certain]
# Adjectives of a subject sure of what follows a colon: "Elle en est
# convaincue : les travaux seront finis en mai.", "Les experts sont
# unanimes : …", "Le ministre a été clair : …"; also of one roused,
# before a quotation that opens the next sentence: "Le maire est
# furieux. « … »", "Elle est en colère. « … »".
convaincu convaincue convaincus convaincues sûr sûre sûrs sûres certain certaine certains certaines catégorique catégoriques formel formelle formels formelles persuadé persuadée persuadés persuadées unanime unanimes clair claire clairs claires furieux furieuse furieuses colère remonté remontée remontés remontées
rassurant rassurante rassurants rassurantes confiant confiante confiants confiantes optimiste optimistes pessimiste pessimistes prudent prudente prudents prudentes
# (Of one pleased, moved, vexed, or measured or severe in judgement:
# "La directrice est ravie. « … »", "Le syndicat reste mesuré. « … »".)
ravi ravie ravis ravies heureux heureuse heureuses content contente contents contentes fier fière fiers fières ému émue émus émues agacé agacée agacés agacées excédé excédée excédés excédées nuancé nuancée nuancés nuancées mesuré mesurée mesurés mesurées sévère sévères critique critiques réservé réservée réservés réservées déterminé déterminée déterminés déterminées
# (Of one worried, doubting, relieved or hurt: "Le maire est inquiet.
# « … »", "La syndicaliste reste sceptique : …".)
inquiet inquiète inquiets inquiètes préoccupé préoccupée préoccupés préoccupées sceptique sceptiques perplexe perplexes dubitatif dubitative dubitatifs dubitatives circonspect circonspecte circonspects circonspectes soulagé soulagée soulagés soulagées serein sereine sereins sereines satisfait satisfaite satisfaits satisfaites enthousiaste enthousiastes amer amère amers amères déçu déçue déçus déçues indigné indignée indignés indignées outré outrée outrés outrées choqué choquée choqués choquées révolté révoltée révoltés révoltées lucide lucides

[set showverbs]
# Verbs that, like a copula, only show the subject as an adjective of
# [set certain] before a colon: "Le préfet se veut rassurant : …", "La
# maire se montre prudente : …", "Le syndicat reste confiant : …".
veut veulent voulait voulaient montre montrent montrait montraient reste restent restait restaient demeure demeurent
# (After "être", "s'est voulu rassurant : …", "s'est montrée prudente : …".)
voulu voulue voulus voulues montré montrée montrés montrées

[set plainwords]
# Words of plain speech after a copula, before a colon, when a word for what
# someone said opens the sentence with its speaker after "de": "Le message
# de la préfète est clair : personne ne doit sortir."
clair claire limpide net nette simple sans_appel tranché tranchée sans_ambiguïté cinglant cinglante catégorique ferme

[set gerundpreps]
# The word of the gérondif: "a quitté la réunion en dénonçant …" is the
# subject's.
en

[set mediumpreps]
# Prepositions of an outlet spoken on or in, between an inverted verb and
# its subject: "a déclaré sur franceinfo X", "affirme dans Le Parisien X".
sur dans

[set audiences]
# Those spoken to who are no one's name: "a déclaré à la presse X".
presse journalistes médias

[set latter]
# "ce dernier": the one named last, not the last subject.
ce_dernier cette_dernière ces_derniers ces_dernières celui-ci celle-ci ceux-ci celles-ci

# Determiners of a phrase "ce dernier" or "celle-ci" cannot stand for:
# many, or of the other gender. Such phrases alone after a subject that
# is a person leave the subject the one named last: "Paul Roux a reçu
# les commerçants. Ce dernier …", "Paul Roux a visité la nouvelle usine.
# Ce dernier …" (not "… a visité le chantier. Ce dernier …").
[set latterplural]
les des ces aux ses leurs nos vos mes quelques plusieurs certains certaines nombreux nombreuses deux trois quatre cinq six sept huit neuf dix
[set lattermasculine]
le un ce cet du au
[set latterfeminine]
la une cette sa

[set time]
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir semaine mois année tôt tard début fin après-midi nuit veille lendemain week-end

[set timeopeners]
# Words before a word of time that make, with determiners, a phrase of
# time opening the sentence, no subject: "Plus tard, X a ouvert la séance
# et a déclaré …" (README).
plus

[set timeafter]
# Words after a word of time that go on telling it: "a déclaré la semaine
# dernière le ministre", "jeudi prochain" (not times alone: "ce dernier").
dernier dernière derniers dernières prochain prochaine passé passée

[set sourcenouns]
# Sources: "une source du ministère" speaks for the body named right after
# it; "de même source", "selon cette source" is the source described before.
source sources

[set relsources]
# A preposition of view and a relative pronoun after a comma and a named
# source, opening the words that end the sentence: "Même tonalité chez
# Marie Lenoir, pour qui « rien n'est réglé »".
pour_qui selon_qui pour_lequel pour_laquelle selon_lequel selon_laquelle

[set mediaorbody]
# Media nouns that also name other bodies: "the agency" is a news agency
# when one was named, else the body named last.
agence agences

[set agencykinds]
# The kinds of organisation "the agency" may refer back to when no news
# agency was named: a public body or the media, not a company.
government media

[set anaphoric]
# Nouns that refer back to a body named before ("the company", "la société").
société entreprise groupe compagnie organisation agence ministère gouvernement administration quotidien journal chaîne radio site magazine ambassade hôpital tribunal cour police gendarmerie armée syndicat conseil comité commission parti club banque fondation association institut université organisme institution gestionnaire opérateur exploitant fédération confédération ong municipalité mairie collectif

[set publishverbs]
# Verbs of putting a document out: their subject is the author of the
# document they name ("L'Insee a publié lundi une étude. L'étude montre
# …" is the Insee's), no other verb's ("Le maire a critiqué un rapport.
# Le rapport pointe …" is not the mayor's). "public" goes with "rendu":
# "a rendu public un rapport".
publie publient publié publiée publiés publiées publiait publiaient publiera publieront diffuse diffusent diffusé diffusée diffusait diffusera rend
rendent rendu rendue public publique publics publiques dévoile dévoilent dévoilé dévoilée dévoilait dévoilera présente présentent présenté présentée
présentait présentera présenteront remet remettent remis remise remettait remettra transmet transmettent transmis transmise transmettait émet émettent
émis émise adresse adressent adressé adressée envoie envoient envoyé envoyée signe signent signé signée rédige rédigent rédigé rédigée réalise
réalisent réalisé réalisée réalisait mène mènent mené menée menait élabore élaborent élaboré élaborée produit produisent produite écrit écrivent
écrite lit lisent lu poste postent posté postée tweete tweetent tweeté lance lancent lancé lancée

[set owneddocs]
# Documents that are a source only with their author named: "selon les
# informations du Parisien", "selon les informations obtenues par Le
# Monde"; "selon les premières informations" is no one's.
informations

[set genericdocs]
# Names any document bears: a definite one refers back to the author of
# the document named last, at most two sentences before, or else to the
# one author of all the documents the article has named so far, "Le COR a publié
# un rapport. … Le document souligne …" ("le texte" is as often the bill
# debated: not here).
document

[set docnouns]
communiqué rapport déclaration lettre étude document note courrier message tweet publication enquête sondage arrêt décision jugement texte chronique article éditorial tribune données chiffres profil livre bilan propos mots termes paroles hypothèse thèse théorie argumentaire raisonnement informations

[set ppossessive]
# The possessive of many ("leur étude"): a group's or a body's, not one
# person's.
leur leurs

[set numbers]
# Words of a figure ("plus d'un million de manifestants"): a figure and
# its source, twice in a sentence, are two figures, not two statements.
million millions milliard milliards milliers centaines dizaines

[set signdashes]
— ―

[set variation]
# Words of variation or sorting before "selon": "les tarifs varient selon les
# régions", "classés selon leur âge" tell by what, no source.
varier varie varient variait variaient variant varié variée variés variées variera varieront dépend dépendent dépendait dépendaient dépendant dépendra fluctue fluctuent fluctuant diffère diffèrent différant évolue évoluent évoluant classé classée classés classées réparti répartie répartis réparties trié triés triées ventilé ventilés ventilées modulé modulée modulés modulées pondéré pondérés

[set evidencedocs]
étude études enquête enquêtes sondage sondages données chiffres statistiques estimation estimations calculs analyse analyses recherche recherches

[set pluraldocs]
études enquêtes sondages données chiffres statistiques estimations calculs analyses recherches

[set nameprep]
pour

[set orgwords]
# (Also "forum", "programme", …: "le Forum économique mondial", "le
# Programme alimentaire mondial" are bodies named with lower-case
# adjectives.)
ministère conseil commission agence comité association fondation institut centre université société entreprise groupe parti front forces armée marine mouvement organisation union ligue alliance coalition cour tribunal assemblée parlement sénat banque fonds réseau journal radio télévision chaîne service police gendarmerie ambassade consulat gouvernement administration autorité autorités bureau fédération syndicat hôpital compagnie église brigade club institution musée école collège maison préfecture mairie office confédération chambre observatoire coopérative consortium conférence académie laboratoire direction rassemblement collectif commune municipalité forum programme secrétariat haut-commissariat caisse mutualité
# English names keep their English organisation word: "Sarrow Terminal Company".
company corporation

[set mediawords]
journal quotidien hebdomadaire radio télévision chaîne agence média médias site magazine

[set newsnames]
afp reuters ap bbc cnn belga lusa efe dpa ansa xinhua tass
# French-language outlets, as their names stand without the article ("Le
# Monde" is named "Monde"), accented and folded.
monde figaro parisien échos echos libération liberation mediapart humanité humanite ouest-france franceinfo bfmtv tf1 rfi lci cnews rtl rts jdd huffpost radio-canada 20_minutes europe_1 france_inter france_info france_2 france_3 m6 arte télérama telerama lesoir rtbf tdg devoir tva jeune_afrique croix express obs rmc bfm france_24 tv5monde 24_heures sud_ouest

[set govwords]
gouvernement ministère ministères administration ambassade consulat armée police présidence cabinet autorités préfecture mairie élysée matignon bercy beauvau

[set nongov]
opposition ancien ancienne ex rebelle rebelles militant militants militante activiste activistes dissident député députés députée sénateur sénatrice candidat candidate critique critiques citoyen citoyens journaliste étudiants manifestants entreprise société tribunal cour juge juges procureur procureure parquet

[set courtroles]
avocat avocate procureur procureure juge avocat_général avocate_générale magistrat magistrate

[set anypost]
# Words that may stand for any post ("el funcionario", "the official"):
# after a person named with an office, still maybe that person.
responsable dirigeant dirigeante fonctionnaire

[set offices]
# Posts one person holds, two of which are two people: "the governor"
# after "Mayor X" spoke is not X.
président présidente premier_ministre première_ministre ministre roi reine chancelier chancelière sénateur sénatrice maire gouverneur préfet préfète juge procureur procureure

[set titlemods]
premier première vice adjoint adjointe délégué déléguée général générale chargé chargée ancien ancienne ex haut haute fédéral fédérale national nationale municipal municipale régional régionale départemental départementale communal communale cantonal cantonale

[set plural]
supporters supporteurs usagers commerçants agriculteurs éleveurs pêcheurs enseignants étudiants lycéens automobilistes consommateurs contribuables électeurs citoyens locataires employés ouvriers travailleurs sinistrés rescapés survivants soignants infirmiers infirmières gendarmes pompiers secouristes joueurs commentateurs patients responsables experts analystes habitants témoins manifestants militants critiques partisans députés ministres autorités dirigeants membres sources chercheurs scientifiques médecins enquêteurs policiers soldats rebelles proches familles victimes salariés syndicats élus observateurs spécialistes riverains parents officiels

[set collective]
police gendarmerie armée gouvernement famille équipe direction justice

[set mutenouns]
# Nouns of things that cannot speak: "the death toll continues…", "los
# hechos revelan…" name no speaker.
faits fait chiffres chiffre données hausse baisse feu feux incendie incendies sinistre flammes épidémie pandémie chose choses
# Heads of indefinite pronouns with an article describe no one: "D'autres
# estiment …", "Les uns affirment …", "La plupart pensent …", "Tout le
# monde affirme …".
autre autres uns unes aucuns aucunes plupart monde

[set impersonal]
# The impersonal subject: "Chez Renault, on assure …".
on

[set labelsources]
# Words of a label before a colon and a quotation that point to who
# speaks it: "Même colère chez Ahmed : « … »", "Côté CGT : « … »".
chez côté

[set onsources]
# Opening phrases whose noun phrase, before an impersonal subject, names
# who speaks: "Du côté du ministère, on assure …", "Chez Renault, on
# indique …", "À Matignon, on fait valoir …".
du_côté du_côté_de du_côté_d' du_côté_des chez à au aux dans auprès au_sein_de au_sein_du au_sein_des au_sein_d'
# "De source judiciaire, on indique …", "Côté direction, on assure …".
de côté

[set namewords]
# Lower-case words that end the name of a party or a union after a
# capitalised word: "Québec solidaire", "La France insoumise", "Force
# ouvrière", "le Parti socialiste", "le Bloc québécois". Such a name is
# a body's, never a person's.
solidaire solidaires insoumise ouvrière socialiste socialistes communiste québécois démocrate démocrates écologiste écologistes anticapitaliste libéral libéral-radical conservateur réformateur démocratique

[set referbackonly]
# Nouns that only refer back to a body: "La formation de gauche demande
# …" is the one party the article has named (its [orgkinds] kind), no
# one when it has named none or several ("la formation des enseignants").
formation

[set partylabels]
# Parties' labels written after a title: "le député LFI Manuel Bompard",
# "le maire LR de Nîmes", "la conseillère nationale UDC Céline Amaudruz":
# part of the title, not of the person's name. France, Switzerland,
# Belgium, Québec and Canada.
lr rn ps lfi eelv udi pcf modem lrem npa ump fn prg dvd dvg udc plr pdc pvl ptb mr n-va cdh ecolo caq plq pq qs npd plc pcc renaissance horizons reconquête liot

[set interviewcues]
# Words of an introduction to an interview printed as questions and
# answers, or of its last paragraph ("Propos recueillis par …"): its
# answers are the one person the introduction names.
entretien interview interviewé interviewée recueillis

[set secondperson]
# Words that speak to someone: most questions of an interview do.
vous votre vos tu ton ta tes

[set prepnouns]
faute face grâce suite quant

[set agewords]
# The word after a person's age set off by commas ("Annick, 72 ans,",
# "Carmen Ortiz, de 74 años,"): one so told who does something, then a
# quotation with no speaker of its own, is a witness heard.
ans

# Verbs and nouns of having or giving words: a sentence whose subject
# only "a tenu des propos très durs" or "a adressé un message" gives them
# the quotation that opens the next sentence.
[set wordsverbs]
eu tenu tient adressé adresse livré livre

[set wordsnouns]
message messages mots propos avertissement réponse explication réaction commentaire déclaration verdict

[set viewnouns]
# Nouns of a view or a finding: a sentence that speaks of one, reports
# no words and names one person alone gives that person the quotation
# that opens the next sentence ("Un avis partagé par Paul Roux, président du collectif. « … »", "Ce n'est pas l'avis de Paul Roux. « … »", "Même constat pour Paul Roux. « … »").
avis constat analyse argument arguments discours version position opinion sentiment regard lecture diagnostic vision conviction certitude inquiétude inquiétudes crainte craintes doute doutes scepticisme optimisme pessimisme colère indignation son_de_cloche point_de_vue

[set topicwords]
# The word opening a phrase of topic: a subject pronoun right after it
# stands for the one it names ("Quant au Premier ministre, il s'est dit
# « ouvert au dialogue »").
quant

[set presentatives]
# Words opening a sentence that presents one person, "Parmi elles, Nadia Benali, qui a perdu son frère.": a
# quotation with no speaker of its own opening the next sentence is theirs.
parmi

[set starters]
oui non ok on même voici voilà lire vidéo photo alors ainsi enfin certes finalement désormais néanmoins puis ensuite depuis surtout également toutefois pourtant cependant or donc interrogé interrogée questionné questionnée sollicité sollicitée seul seule seuls seules prix

[set demonstratives]
# Demonstrative pronouns that a phrase after tells which one: "Celle sur
# les pesticides demande …" stands for a noun of the sentence before.
celle celui celles ceux

[set demonstrativedets]
# Demonstrative determiners: one person described after one of them
# ("Selon cet infirmier, …", "assure cette mère de famille") is the
# only person of its gender named in the sentence before.
ce cet cette

[set notnames]
# Words that are never a name, wherever they stand: pronouns, conjunctions
# and words that open a sentence with a capital ("Ich", "Nachdem", "Regardless").
# Indefinite pronouns name no one: "Chacun estime …", "D'aucuns affirment
# …", "Beaucoup pensent …", "Quiconque affirme …".
je chacun chacune beaucoup autrui quiconque aucuns aucunes
# The first and second persons, the writer or the reader, never the one
# a later "il" or "elle" stands for: "Nous avons rencontré Claire Vasseur.
# Elle estime que …" is hers.
nous vous tu moi toi

[pronouns]
il m s
elle f s
ils m p
elles f p
lui m s
eux m p
# Demonstratives of the one named last ([set latter]): "Celui-ci a annoncé …".
celui-ci m s
celle-ci f s
ceux-ci m p
celles-ci f p
# The one the article is about: "L'intéressé dément".
l'_intéressé m s
l'_intéressée f s
les_intéressés m p

[titles]
président m gov head
présidente f gov head
premier_ministre gov
première_ministre f gov
ministre gov
homologue
secrétaire
secrétaire_d'_État gov
secrétaire_général head
secrétaire_générale f head
porte-parole spokes
ambassadeur m gov
ambassadrice f gov
diplomate gov
roi m gov
reine f gov
prince m gov
émir gov
chancelier m gov
chancelière f gov
sénateur m
sénatrice f
député m
députée f
maire
bourgmestre
échevin m
échevine f
syndic m
syndique f
préfet_de_police m gov
sélectionneur m
sélectionneuse f
entraîneuse f
gouverneur
préfet m gov
préfète f gov
général gov
colonel
amiral gov
commandant
juge
procureur m gov
procureure f gov
avocat_général m gov =procureur
# "le chef du gouvernement" after "le Premier ministre X", "le chef de
# l'État" after "le président X": that person, and only a person named
# with one of those titles.
chef_du_gouvernement gov =premier_ministre =première_ministre
cheffe_du_gouvernement f gov =premier_ministre =première_ministre
chef_de_l'_État gov =président =présidente
cheffe_de_l'_État f gov =président =présidente
avocate_générale f gov =procureure
directeur m head
directrice f head
pdg head
patron m head
patronne f head
chef head
cheffe f head
conseiller m
conseillère f
avocat m
avocate f
professeur
docteur
dr hon
m. m hon
mme f hon
monsieur m hon
madame f hon
maître hon
me hon
expert m
experte f
analyste
chercheur m
chercheuse f
journaliste
responsable
dirigeant m head
dirigeante f head
leader
commissaire
haut-commissaire
fondateur m head
fondatrice f head
militant m
militante f
économiste
# Another word for a coach, or for a mayor or a member of parliament,
# refers back to a person named with one of these titles ("le technicien
# italien" after "l'entraîneur Fabio Grosso"), never to anyone else.
entraîneur m =technicien =coach =sélectionneur =entraîneur
entraîneuse f =technicienne =entraîneuse
technicien m =entraîneur =coach =sélectionneur =technicien
technicienne f =entraîneuse =technicienne
sélectionneur m =entraîneur =technicien =sélectionneur
coach =entraîneur =technicien =sélectionneur =coach
édile =maire
premier_magistrat m =maire
parlementaire =député =députée =sénateur =sénatrice
capitaine
officier
policier m
policière f
médecin
élu m
élue f
candidat m
candidate f
membre
délégué m
déléguée f
professeure f
magistrat m
magistrate f
adjoint m
adjointe f
vice-président m
vice-présidente f
eurodéputé m
eurodéputée f
consul m gov
consule f gov
spécialiste
toxicologue
épidémiologiste
virologue
infectiologue
pédiatre
psychiatre
psychologue
nutritionniste
naturopathe
pharmacien m
pharmacienne f
sociologue
politologue
historien m
historienne f
philosophe
juriste
climatologue
biologiste
chirurgien m
chirurgienne f
urgentiste
ingénieur m
ingénieure f
enseignant m
enseignante f
syndicaliste
écrivain m
écrivaine f

[speakers]
responsables officiels autorités source sources gov
gouvernement administration ministère cabinet présidence ambassade gov
police gendarmerie armée militaires soldats parquet parquets forces troupes gov
porte-parole spokes
entreprise société groupe compagnie organisation mouvement association syndicat fondation comité commission conseil tribunal cour hôpital parti formation opposition majorité direction entreprises sociétés groupes organisations mouvements associations syndicats fondations comités commissions conseils partis patronat canton cantons commune communes municipalité municipalités ville mairie préfecture région département province organisme institution gestionnaire opérateur exploitant fédération confédération intersyndicale collectif collectifs coalition ong org
journal quotidien agence média médias chaîne radio site magazine journaux quotidiens agences chaînes radios sites magazines media
experts expert analystes analyste habitants habitant syndicalistes syndicaliste grévistes témoins témoin manifestants militants critiques partisans dirigeants membres chercheurs scientifiques médecins enquêteurs procureur avocat avocats victimes familles proches salariés élus observateurs spécialistes riverains parents économistes opposants détracteurs défenseurs auteurs entourage quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire trentenaire retraité retraitée supporters supporteurs usagers commerçants agriculteurs éleveurs pêcheurs enseignants étudiants lycéens automobilistes consommateurs contribuables électeurs citoyens locataires employés ouvriers travailleurs sinistrés rescapés survivants soignants infirmiers infirmières gendarmes pompiers secouristes joueurs commentateurs patients voisins collègues amis amies camarades compatriotes proche collègue ami amie camarade cheminots policiers magistrats fonctionnaires agents sénateurs députés maires conducteurs chauffeurs représentants délégués fans écologistes environnementalistes vignerons producteurs industriels professionnels urgentistes syndiqués intermittents bénévoles humanitaires sauveteurs démographes climatologues géographes statisticiens avocates magistrates enquêtrices procureurs notaires people
# More people described in the plural: "accusé de corruption par deux
# femmes", "selon des collaborateurs du ministre", "Les fidèles
# dénoncent …" (not those things are most often for, "Pour les enfants,
# la saison a été longue": children, pupils, passengers, tourists …).
femmes hommes individus collaborateurs collaboratrices fidèles croyants pèlerins internautes résidents participants candidats candidates chercheuses universitaires professeurs instituteurs chirurgiens pharmaciens psychiatres psychologues aides-soignants sages-femmes épidémiologistes virologues infectiologues ingénieurs architectes juristes douaniers rebelles combattants insurgés otages détenus prisonniers réfugiés migrants exilés demandeurs blessés partenaires alliés adversaires rivaux concurrents sympathisants adhérents cadres patrons entrepreneurs investisseurs actionnaires banquiers journalistes éditorialistes reporters historiens sociologues politologues philosophes écrivains artistes musiciens sportifs entraîneurs athlètes arbitres pilotes marins viticulteurs paysans propriétaires restaurateurs artisans routiers parlementaires eurodéputés diplomates négociateurs médiateurs religieux imams prêtres évêques rabbins accusateurs jurés soignantes policières militantes étudiantes lycéennes salariées habitantes voisines people
# The parties of a trial: "Le prévenu a toujours contesté les faits".
prévenu prévenue prévenus prévenues accusé accusée accusés accusées plaignant plaignante plaignants plaignantes victime défense people
communiqué rapport étude lettre déclaration doc

[orgkinds]
# The kinds of organisation a head noun names: "le syndicat" refers back to
# an organisation of its own kind or of none told, never to one of
# another kind. Nouns of no one kind ("groupe", "organisation", "agence")
# are not listed; English names keep their English head ("Company").
entreprise entreprises société sociétés compagnie firme exploitant opérateur company corporation inc ltd company
syndicat syndicats fédération confédération cgt cfdt fo cfe-cgc cftc unsa fsu union
ministère ministères gouvernement administration cabinet présidence ambassade consulat préfecture mairie government
journal quotidien hebdomadaire chaîne radio télévision site magazine média media
tribunal cour court
parti formation party
banque fonds bank
université école institut université
association fondation association
conseil comité commission council
hôpital clinique hospital
police gendarmerie police
armée army
club clubs club

[according]
selon ce qu' a appris X
selon ce qu' ont appris X
selon ce qu' a rapporté X
selon ce que rapporte X
selon ce qu' a révélé X
selon ce que révèle X
selon ce qu' a indiqué X
selon ce qu' indique X
selon ce qu' affirme X
selon ce qu' a affirmé X
selon ce qu' a constaté X
# "selon des informations obtenues auprès de la mairie": the words of
# whom they were obtained from.
selon des informations obtenues auprès de X
selon des informations obtenues auprès d' X
selon des informations obtenues auprès du X
selon des informations obtenues auprès des X
selon des informations recueillies auprès de X
selon des informations recueillies auprès d' X
selon des informations recueillies auprès du X
selon des informations recueillies auprès des X
selon X
à X yeux
à X avis
# "À son sens, …", "À ses dires, …", "De son propre aveu, …".
à X sens
à X dires
de X propre aveu
# "De son point de vue, …", "Du point de vue du syndicat, …".
de X point de vue
^ du point de vue de X ,
^ du point de vue d' X ,
^ du point de vue du X ,
^ du point de vue des X ,
d' après X
à en croire X
^ pour X ,
# (Closing the sentence too: "…, aux yeux de l'opposition.")
, aux yeux de X $
, aux yeux d' X $
, aux yeux X $
aux yeux de X ,
aux yeux d' X ,
aux yeux X ,
aux dires X
aux dires de X
aux dires d' X
de l' avis X
de l' aveu même X
de l' aveu X
si l' on en croit X
, peut-on lire dans X $
, peut-on lire sur X $
, pouvait-on lire dans X $
, lit-on dans X $
on lit dans X
on peut lire dans X
on pouvait lire dans X
, lit-on sur X $
, a-t-on appris auprès de X $
, a-t-on appris auprès d' X $
, a-t-on appris auprès du X $
, a-t-on appris de X $
, apprend-on auprès de X $
, apprend-on de X $
# "…, indique-t-on de source proche de l'enquête".
, indique-t-on de X $
, précise-t-on de X $
, assure-t-on de X $
, explique-t-on de X $
, souligne-t-on de X $
, confie-t-on de X $
, affirme-t-on de X $
, ajoute-t-on de X $
, a-t-on indiqué de X $
, a-t-on précisé de X $
, indique-t-on à X $
, indique-t-on dans X $
, indique-t-on auprès de X $
, précise-t-on à X $
, précise-t-on dans X $
, explique-t-on à X $
, explique-t-on dans X $
, assure-t-on à X $
, assure-t-on dans X $
, souligne-t-on à X $
, souligne-t-on dans X $
, fait-on savoir à X $
, fait-on valoir à X $
, fait-on valoir au X $
, fait-on valoir aux X $
, fait-on savoir au X $
, fait-on savoir aux X $
, confie-t-on à X $
, confie-t-on dans X $
, indique-t-on du côté de X $
, indique-t-on du côté d' X $
, indique-t-on du côté du X $
, indique-t-on du côté des X $
, indique-t-on chez X $
, explique-t-on du côté de X $
, explique-t-on du côté d' X $
, explique-t-on du côté du X $
, explique-t-on du côté des X $
, explique-t-on chez X $
, précise-t-on du côté de X $
, précise-t-on du côté d' X $
, précise-t-on du côté du X $
, précise-t-on du côté des X $
, précise-t-on chez X $
, assure-t-on du côté de X $
, assure-t-on du côté d' X $
, assure-t-on du côté du X $
, assure-t-on du côté des X $
, assure-t-on chez X $
, souligne-t-on du côté de X $
, souligne-t-on du côté d' X $
, souligne-t-on du côté du X $
, souligne-t-on du côté des X $
, souligne-t-on chez X $
, rappelle-t-on du côté de X $
, rappelle-t-on du côté d' X $
, rappelle-t-on du côté du X $
, rappelle-t-on du côté des X $
, rappelle-t-on chez X $
, estime-t-on du côté de X $
, estime-t-on du côté d' X $
, estime-t-on du côté du X $
, estime-t-on du côté des X $
, estime-t-on chez X $
, affirme-t-on du côté de X $
, affirme-t-on du côté d' X $
, affirme-t-on du côté du X $
, affirme-t-on du côté des X $
, affirme-t-on chez X $
on lit sur X
on apprend via X
on apprend par X
on apprend dans X

# "…, juge-t-on dans l'entourage du ministre", "…, fait-on valoir au sein
# du syndicat": the impersonal incise names its source after it.
, indique-t-on auprès d' X $
, indique-t-on auprès du X $
, indique-t-on auprès des X $
, indique-t-on au sein de X $
, indique-t-on au sein d' X $
, indique-t-on au sein du X $
, indique-t-on au sein des X $
, précise-t-on auprès de X $
, précise-t-on auprès d' X $
, précise-t-on auprès du X $
, précise-t-on auprès des X $
, précise-t-on au sein de X $
, précise-t-on au sein d' X $
, précise-t-on au sein du X $
, précise-t-on au sein des X $
, explique-t-on auprès de X $
, explique-t-on auprès d' X $
, explique-t-on auprès du X $
, explique-t-on auprès des X $
, explique-t-on au sein de X $
, explique-t-on au sein d' X $
, explique-t-on au sein du X $
, explique-t-on au sein des X $
, assure-t-on auprès de X $
, assure-t-on auprès d' X $
, assure-t-on auprès du X $
, assure-t-on auprès des X $
, assure-t-on au sein de X $
, assure-t-on au sein d' X $
, assure-t-on au sein du X $
, assure-t-on au sein des X $
, souligne-t-on auprès de X $
, souligne-t-on auprès d' X $
, souligne-t-on auprès du X $
, souligne-t-on auprès des X $
, souligne-t-on au sein de X $
, souligne-t-on au sein d' X $
, souligne-t-on au sein du X $
, souligne-t-on au sein des X $
, confie-t-on chez X $
, confie-t-on auprès de X $
, confie-t-on auprès d' X $
, confie-t-on auprès du X $
, confie-t-on auprès des X $
, confie-t-on du côté de X $
, confie-t-on du côté d' X $
, confie-t-on du côté du X $
, confie-t-on du côté des X $
, confie-t-on au sein de X $
, confie-t-on au sein d' X $
, confie-t-on au sein du X $
, confie-t-on au sein des X $
, rappelle-t-on à X $
, rappelle-t-on dans X $
, rappelle-t-on auprès de X $
, rappelle-t-on auprès d' X $
, rappelle-t-on auprès du X $
, rappelle-t-on auprès des X $
, rappelle-t-on au sein de X $
, rappelle-t-on au sein d' X $
, rappelle-t-on au sein du X $
, rappelle-t-on au sein des X $
, estime-t-on à X $
, estime-t-on dans X $
, estime-t-on auprès de X $
, estime-t-on auprès d' X $
, estime-t-on auprès du X $
, estime-t-on auprès des X $
, estime-t-on au sein de X $
, estime-t-on au sein d' X $
, estime-t-on au sein du X $
, estime-t-on au sein des X $
, affirme-t-on à X $
, affirme-t-on dans X $
, affirme-t-on auprès de X $
, affirme-t-on auprès d' X $
, affirme-t-on auprès du X $
, affirme-t-on auprès des X $
, affirme-t-on au sein de X $
, affirme-t-on au sein d' X $
, affirme-t-on au sein du X $
, affirme-t-on au sein des X $
, juge-t-on à X $
, juge-t-on dans X $
, juge-t-on chez X $
, juge-t-on auprès de X $
, juge-t-on auprès d' X $
, juge-t-on auprès du X $
, juge-t-on auprès des X $
, juge-t-on du côté de X $
, juge-t-on du côté d' X $
, juge-t-on du côté du X $
, juge-t-on du côté des X $
, juge-t-on au sein de X $
, juge-t-on au sein d' X $
, juge-t-on au sein du X $
, juge-t-on au sein des X $
, insiste-t-on à X $
, insiste-t-on dans X $
, insiste-t-on chez X $
, insiste-t-on auprès de X $
, insiste-t-on auprès d' X $
, insiste-t-on auprès du X $
, insiste-t-on auprès des X $
, insiste-t-on du côté de X $
, insiste-t-on du côté d' X $
, insiste-t-on du côté du X $
, insiste-t-on du côté des X $
, insiste-t-on au sein de X $
, insiste-t-on au sein d' X $
, insiste-t-on au sein du X $
, insiste-t-on au sein des X $
, déplore-t-on à X $
, déplore-t-on dans X $
, déplore-t-on chez X $
, déplore-t-on auprès de X $
, déplore-t-on auprès d' X $
, déplore-t-on auprès du X $
, déplore-t-on auprès des X $
, déplore-t-on du côté de X $
, déplore-t-on du côté d' X $
, déplore-t-on du côté du X $
, déplore-t-on du côté des X $
, déplore-t-on au sein de X $
, déplore-t-on au sein d' X $
, déplore-t-on au sein du X $
, déplore-t-on au sein des X $
, regrette-t-on à X $
, regrette-t-on dans X $
, regrette-t-on chez X $
, regrette-t-on auprès de X $
, regrette-t-on auprès d' X $
, regrette-t-on auprès du X $
, regrette-t-on auprès des X $
, regrette-t-on du côté de X $
, regrette-t-on du côté d' X $
, regrette-t-on du côté du X $
, regrette-t-on du côté des X $
, regrette-t-on au sein de X $
, regrette-t-on au sein d' X $
, regrette-t-on au sein du X $
, regrette-t-on au sein des X $
, nuance-t-on à X $
, nuance-t-on dans X $
, nuance-t-on chez X $
, nuance-t-on auprès de X $
, nuance-t-on auprès d' X $
, nuance-t-on auprès du X $
, nuance-t-on auprès des X $
, nuance-t-on du côté de X $
, nuance-t-on du côté d' X $
, nuance-t-on du côté du X $
, nuance-t-on du côté des X $
, nuance-t-on au sein de X $
, nuance-t-on au sein d' X $
, nuance-t-on au sein du X $
, nuance-t-on au sein des X $
, tempère-t-on à X $
, tempère-t-on dans X $
, tempère-t-on chez X $
, tempère-t-on auprès de X $
, tempère-t-on auprès d' X $
, tempère-t-on auprès du X $
, tempère-t-on auprès des X $
, tempère-t-on du côté de X $
, tempère-t-on du côté d' X $
, tempère-t-on du côté du X $
, tempère-t-on du côté des X $
, tempère-t-on au sein de X $
, tempère-t-on au sein d' X $
, tempère-t-on au sein du X $
, tempère-t-on au sein des X $
, ironise-t-on à X $
, ironise-t-on dans X $
, ironise-t-on chez X $
, ironise-t-on auprès de X $
, ironise-t-on auprès d' X $
, ironise-t-on auprès du X $
, ironise-t-on auprès des X $
, ironise-t-on du côté de X $
, ironise-t-on du côté d' X $
, ironise-t-on du côté du X $
, ironise-t-on du côté des X $
, ironise-t-on au sein de X $
, ironise-t-on au sein d' X $
, ironise-t-on au sein du X $
, ironise-t-on au sein des X $
, martèle-t-on à X $
, martèle-t-on dans X $
, martèle-t-on chez X $
, martèle-t-on auprès de X $
, martèle-t-on auprès d' X $
, martèle-t-on auprès du X $
, martèle-t-on auprès des X $
, martèle-t-on du côté de X $
, martèle-t-on du côté d' X $
, martèle-t-on du côté du X $
, martèle-t-on du côté des X $
, martèle-t-on au sein de X $
, martèle-t-on au sein d' X $
, martèle-t-on au sein du X $
, martèle-t-on au sein des X $
, avance-t-on à X $
, avance-t-on dans X $
, avance-t-on chez X $
, avance-t-on auprès de X $
, avance-t-on auprès d' X $
, avance-t-on auprès du X $
, avance-t-on auprès des X $
, avance-t-on du côté de X $
, avance-t-on du côté d' X $
, avance-t-on du côté du X $
, avance-t-on du côté des X $
, avance-t-on au sein de X $
, avance-t-on au sein d' X $
, avance-t-on au sein du X $
, avance-t-on au sein des X $
, observe-t-on à X $
, observe-t-on dans X $
, observe-t-on chez X $
, observe-t-on auprès de X $
, observe-t-on auprès d' X $
, observe-t-on auprès du X $
, observe-t-on auprès des X $
, observe-t-on du côté de X $
, observe-t-on du côté d' X $
, observe-t-on du côté du X $
, observe-t-on du côté des X $
, observe-t-on au sein de X $
, observe-t-on au sein d' X $
, observe-t-on au sein du X $
, observe-t-on au sein des X $
, note-t-on à X $
, note-t-on dans X $
, note-t-on chez X $
, note-t-on auprès de X $
, note-t-on auprès d' X $
, note-t-on auprès du X $
, note-t-on auprès des X $
, note-t-on du côté de X $
, note-t-on du côté d' X $
, note-t-on du côté du X $
, note-t-on du côté des X $
, note-t-on au sein de X $
, note-t-on au sein d' X $
, note-t-on au sein du X $
, note-t-on au sein des X $
, relève-t-on à X $
, relève-t-on dans X $
, relève-t-on chez X $
, relève-t-on auprès de X $
, relève-t-on auprès d' X $
, relève-t-on auprès du X $
, relève-t-on auprès des X $
, relève-t-on du côté de X $
, relève-t-on du côté d' X $
, relève-t-on du côté du X $
, relève-t-on du côté des X $
, relève-t-on au sein de X $
, relève-t-on au sein d' X $
, relève-t-on au sein du X $
, relève-t-on au sein des X $
, dit-on à X $
, dit-on dans X $
, dit-on chez X $
, dit-on auprès de X $
, dit-on auprès d' X $
, dit-on auprès du X $
, dit-on auprès des X $
, dit-on du côté de X $
, dit-on du côté d' X $
, dit-on du côté du X $
, dit-on du côté des X $
, dit-on au sein de X $
, dit-on au sein d' X $
, dit-on au sein du X $
, dit-on au sein des X $
, reconnaît-on à X $
, reconnaît-on dans X $
, reconnaît-on chez X $
, reconnaît-on auprès de X $
, reconnaît-on auprès d' X $
, reconnaît-on auprès du X $
, reconnaît-on auprès des X $
, reconnaît-on du côté de X $
, reconnaît-on du côté d' X $
, reconnaît-on du côté du X $
, reconnaît-on du côté des X $
, reconnaît-on au sein de X $
, reconnaît-on au sein d' X $
, reconnaît-on au sein du X $
, reconnaît-on au sein des X $
, admet-on à X $
, admet-on dans X $
, admet-on chez X $
, admet-on auprès de X $
, admet-on auprès d' X $
, admet-on auprès du X $
, admet-on auprès des X $
, admet-on du côté de X $
, admet-on du côté d' X $
, admet-on du côté du X $
, admet-on du côté des X $
, admet-on au sein de X $
, admet-on au sein d' X $
, admet-on au sein du X $
, admet-on au sein des X $
, prévient-on à X $
, prévient-on dans X $
, prévient-on chez X $
, prévient-on auprès de X $
, prévient-on auprès d' X $
, prévient-on auprès du X $
, prévient-on auprès des X $
, prévient-on du côté de X $
, prévient-on du côté d' X $
, prévient-on du côté du X $
, prévient-on du côté des X $
, prévient-on au sein de X $
, prévient-on au sein d' X $
, prévient-on au sein du X $
, prévient-on au sein des X $
, fait-on valoir dans X $
, fait-on valoir chez X $
, fait-on valoir auprès de X $
, fait-on valoir auprès d' X $
, fait-on valoir auprès du X $
, fait-on valoir auprès des X $
, fait-on valoir du côté de X $
, fait-on valoir du côté d' X $
, fait-on valoir du côté du X $
, fait-on valoir du côté des X $
, fait-on valoir au sein de X $
, fait-on valoir au sein d' X $
, fait-on valoir au sein du X $
, fait-on valoir au sein des X $
, fait-on savoir dans X $
, fait-on savoir chez X $
, fait-on savoir auprès de X $
, fait-on savoir auprès d' X $
, fait-on savoir auprès du X $
, fait-on savoir auprès des X $
, fait-on savoir du côté de X $
, fait-on savoir du côté d' X $
, fait-on savoir du côté du X $
, fait-on savoir du côté des X $
, fait-on savoir au sein de X $
, fait-on savoir au sein d' X $
, fait-on savoir au sein du X $
, fait-on savoir au sein des X $
, considère-t-on à X $
, considère-t-on dans X $
, considère-t-on chez X $
, considère-t-on auprès de X $
, considère-t-on auprès d' X $
, considère-t-on auprès du X $
, considère-t-on auprès des X $
, considère-t-on du côté de X $
, considère-t-on du côté d' X $
, considère-t-on du côté du X $
, considère-t-on du côté des X $
, considère-t-on au sein de X $
, considère-t-on au sein d' X $
, considère-t-on au sein du X $
, considère-t-on au sein des X $
, espère-t-on à X $
, espère-t-on dans X $
, espère-t-on chez X $
, espère-t-on auprès de X $
, espère-t-on auprès d' X $
, espère-t-on auprès du X $
, espère-t-on auprès des X $
, espère-t-on du côté de X $
, espère-t-on du côté d' X $
, espère-t-on du côté du X $
, espère-t-on du côté des X $
, espère-t-on au sein de X $
, espère-t-on au sein d' X $
, espère-t-on au sein du X $
, espère-t-on au sein des X $
, craint-on à X $
, craint-on dans X $
, craint-on chez X $
, craint-on auprès de X $
, craint-on auprès d' X $
, craint-on auprès du X $
, craint-on auprès des X $
, craint-on du côté de X $
, craint-on du côté d' X $
, craint-on du côté du X $
, craint-on du côté des X $
, craint-on au sein de X $
, craint-on au sein d' X $
, craint-on au sein du X $
, craint-on au sein des X $
, commente-t-on à X $
, commente-t-on dans X $
, commente-t-on chez X $
, commente-t-on auprès de X $
, commente-t-on auprès d' X $
, commente-t-on auprès du X $
, commente-t-on auprès des X $
, commente-t-on du côté de X $
, commente-t-on du côté d' X $
, commente-t-on du côté du X $
, commente-t-on du côté des X $
, commente-t-on au sein de X $
, commente-t-on au sein d' X $
, commente-t-on au sein du X $
, commente-t-on au sein des X $
, analyse-t-on à X $
, analyse-t-on dans X $
, analyse-t-on chez X $
, analyse-t-on auprès de X $
, analyse-t-on auprès d' X $
, analyse-t-on auprès du X $
, analyse-t-on auprès des X $
, analyse-t-on du côté de X $
, analyse-t-on du côté d' X $
, analyse-t-on du côté du X $
, analyse-t-on du côté des X $
, analyse-t-on au sein de X $
, analyse-t-on au sein d' X $
, analyse-t-on au sein du X $
, analyse-t-on au sein des X $
, tranche-t-on à X $
, tranche-t-on dans X $
, tranche-t-on chez X $
, tranche-t-on auprès de X $
, tranche-t-on auprès d' X $
, tranche-t-on auprès du X $
, tranche-t-on auprès des X $
, tranche-t-on du côté de X $
, tranche-t-on du côté d' X $
, tranche-t-on du côté du X $
, tranche-t-on du côté des X $
, tranche-t-on au sein de X $
, tranche-t-on au sein d' X $
, tranche-t-on au sein du X $
, tranche-t-on au sein des X $
# Also "…, ajoute-t-on à la mairie", "glisse-t-on chez Renault",
# "répond-on du côté du ministère", "dément-on à Matignon".
, ajoute-t-on à X $
, ajoute-t-on dans X $
, ajoute-t-on chez X $
, ajoute-t-on auprès de X $
, ajoute-t-on auprès d' X $
, ajoute-t-on auprès du X $
, ajoute-t-on auprès des X $
, ajoute-t-on du côté de X $
, ajoute-t-on du côté d' X $
, ajoute-t-on du côté du X $
, ajoute-t-on du côté des X $
, ajoute-t-on au sein de X $
, ajoute-t-on au sein d' X $
, ajoute-t-on au sein du X $
, ajoute-t-on au sein des X $
, glisse-t-on à X $
, glisse-t-on dans X $
, glisse-t-on chez X $
, glisse-t-on auprès de X $
, glisse-t-on auprès d' X $
, glisse-t-on auprès du X $
, glisse-t-on auprès des X $
, glisse-t-on du côté de X $
, glisse-t-on du côté d' X $
, glisse-t-on du côté du X $
, glisse-t-on du côté des X $
, glisse-t-on au sein de X $
, glisse-t-on au sein d' X $
, glisse-t-on au sein du X $
, glisse-t-on au sein des X $
, souffle-t-on à X $
, souffle-t-on dans X $
, souffle-t-on chez X $
, souffle-t-on auprès de X $
, souffle-t-on auprès d' X $
, souffle-t-on auprès du X $
, souffle-t-on auprès des X $
, souffle-t-on du côté de X $
, souffle-t-on du côté d' X $
, souffle-t-on du côté du X $
, souffle-t-on du côté des X $
, souffle-t-on au sein de X $
, souffle-t-on au sein d' X $
, souffle-t-on au sein du X $
, souffle-t-on au sein des X $
, répond-on à X $
, répond-on dans X $
, répond-on chez X $
, répond-on auprès de X $
, répond-on auprès d' X $
, répond-on auprès du X $
, répond-on auprès des X $
, répond-on du côté de X $
, répond-on du côté d' X $
, répond-on du côté du X $
, répond-on du côté des X $
, répond-on au sein de X $
, répond-on au sein d' X $
, répond-on au sein du X $
, répond-on au sein des X $
, rétorque-t-on à X $
, rétorque-t-on dans X $
, rétorque-t-on chez X $
, rétorque-t-on auprès de X $
, rétorque-t-on auprès d' X $
, rétorque-t-on auprès du X $
, rétorque-t-on auprès des X $
, rétorque-t-on du côté de X $
, rétorque-t-on du côté d' X $
, rétorque-t-on du côté du X $
, rétorque-t-on du côté des X $
, rétorque-t-on au sein de X $
, rétorque-t-on au sein d' X $
, rétorque-t-on au sein du X $
, rétorque-t-on au sein des X $
, réplique-t-on à X $
, réplique-t-on dans X $
, réplique-t-on chez X $
, réplique-t-on auprès de X $
, réplique-t-on auprès d' X $
, réplique-t-on auprès du X $
, réplique-t-on auprès des X $
, réplique-t-on du côté de X $
, réplique-t-on du côté d' X $
, réplique-t-on du côté du X $
, réplique-t-on du côté des X $
, réplique-t-on au sein de X $
, réplique-t-on au sein d' X $
, réplique-t-on au sein du X $
, réplique-t-on au sein des X $
, dément-on à X $
, dément-on dans X $
, dément-on chez X $
, dément-on auprès de X $
, dément-on auprès d' X $
, dément-on auprès du X $
, dément-on auprès des X $
, dément-on du côté de X $
, dément-on du côté d' X $
, dément-on du côté du X $
, dément-on du côté des X $
, dément-on au sein de X $
, dément-on au sein d' X $
, dément-on au sein du X $
, dément-on au sein des X $
, poursuit-on à X $
, poursuit-on dans X $
, poursuit-on chez X $
, poursuit-on auprès de X $
, poursuit-on auprès d' X $
, poursuit-on auprès du X $
, poursuit-on auprès des X $
, poursuit-on du côté de X $
, poursuit-on du côté d' X $
, poursuit-on du côté du X $
, poursuit-on du côté des X $
, poursuit-on au sein de X $
, poursuit-on au sein d' X $
, poursuit-on au sein du X $
, poursuit-on au sein des X $
, résume-t-on à X $
, résume-t-on dans X $
, résume-t-on chez X $
, résume-t-on auprès de X $
, résume-t-on auprès d' X $
, résume-t-on auprès du X $
, résume-t-on auprès des X $
, résume-t-on du côté de X $
, résume-t-on du côté d' X $
, résume-t-on du côté du X $
, résume-t-on du côté des X $
, résume-t-on au sein de X $
, résume-t-on au sein d' X $
, résume-t-on au sein du X $
, résume-t-on au sein des X $
[furniture]
lire aussi
à lire aussi
lire la suite
voir aussi
à voir aussi
photo :
photo:
crédit :
crédit photo
légende :
publicité
abonnez-vous
newsletter
partager
vidéo :
en direct :
le direct :
©

[set denycues]
infondé infondée infondés infondées faux fausse fausses mensonge mensonges mensonger mensongère calomnie calomnies diffamation diffamatoire sans_fondement aucune_preuve pas_de_preuve fantaisiste fantaisistes absurde

[set accusecues]
attaque attaques attaqué attaquée piratage piraté espionnage espionner tué tués tuer meurtre meurtres crime crimes criminel corruption corrompu fraude torture torturé bombardement bombardé bombardements invasion agression violation violations abus harcèlement illégal illégale illégalement responsable responsabilité impliqué impliquée complicité vol volé mensonge menti mentir génocide terrorisme

[set photowords]
# Words that introduce a photo credit.
photo photos crédit image

[set credits]
# Photo credits: a short paragraph ending with one is a caption.
getty getty_images afp reuters ap ap_photo epa dpa picture_alliance picture-alliance shutterstock imago keystone efe anadolu xinhua sipa abaca bloomberg

[months]
janvier janv. 1
février févr. fevrier 2
mars 3
avril avr. 4
mai 5
juin 6
juillet juil. 7
août aout 8
septembre sept. 9
octobre oct. 10
novembre nov. 11
décembre déc. decembre 12

[set adjtitles]
# Titles that after a lower-case noun are its adjective: "le parquet
# général", "el consejo general" name no general.
général générale généraux générales

[set streetwords]
# Words of a street or a place before its name: a name right after one
# ("la calle Oca", "rue Garibaldi") is a place, never a body that a
# description refers back to.
rue avenue boulevard bd place quai allée impasse chemin cours route quartier cité

[set regimewords]
# Loaded words for a government: after a country, the note names it.
régime régimes

[set judgement]
# Words of opinion the bot never says in its own voice (a model's note that
# uses them outside quotation marks is not shown).
doit devrait ignorer ignorée ignoré partial partiale propagande mensonge mensonges faux fausse honteux scandaleux ridicule absurde trompeur

[loaded]
# (Not "prétendu": like "alleged" it hedges an allegation, and is the
# participle of "prétendre" too, "a prétendu que".)
régime = gouvernement
régimes = gouvernements
terroriste = =
terroristes = =
terreur = =
soi-disant = -
propagande = =
martyr = =
martyrs = =
occupation = =
occupant = =
occupants = =
envahisseur = =
envahisseurs = =
extrémiste = =
extrémistes = =
dictateur = =
tyran = =
junte = =
massacre = =
génocide = =
sbires = proches
voyou = =
voyous = =
illégal = =
illégale = =
fantoche = =
dictateurs = =
tyrans = =
juntes = =
massacres = =
génocides = =
illégaux = =
illégales = =
fantoches = =

[countries]
# CODE | name, other names | demonyms | capitals and government metonyms
US | États-Unis, USA | américain, américaine, américains, américaines | Washington, Maison-Blanche, Pentagone
CN | Chine | chinois, chinoise, chinoises | Pékin
RU | Russie | russe, russes | Moscou, Kremlin
FR | France | français, française, françaises | Paris, Élysée, Matignon
DE | Allemagne | allemand, allemande, allemands, allemandes | Berlin
GB | Royaume-Uni, Grande-Bretagne | britannique, britanniques | Londres, Downing Street
ES | Espagne | espagnol, espagnole, espagnols, espagnoles | Madrid
PT | Portugal | portugais, portugaise, portugaises | Lisbonne
IT | Italie | italien, italienne, italiens, italiennes | Rome
UA | Ukraine | ukrainien, ukrainienne, ukrainiens, ukrainiennes | Kiev, Kyiv
IL | Israël | israélien, israélienne, israéliens, israéliennes | Jérusalem, Tel-Aviv
PS | Palestine, Autorité palestinienne | palestinien, palestinienne, palestiniens, palestiniennes | Ramallah
IR | Iran | iranien, iranienne, iraniens, iraniennes | Téhéran
IQ | Irak | irakien, irakienne, irakiens, irakiennes | Bagdad
SY | Syrie | syrien, syrienne, syriens, syriennes | Damas
TR | Turquie | turc, turcs, turque, turques | Ankara
SA | Arabie saoudite | saoudien, saoudienne, saoudiens, saoudiennes | Riyad
EG | Égypte | égyptien, égyptienne, égyptiens, égyptiennes | Le Caire
LB | Liban | libanais, libanaise, libanaises | Beyrouth
JO | Jordanie | jordanien, jordanienne, jordaniens, jordaniennes | Amman
QA | Qatar | qatari, qatarie, qataris, qataries | Doha
AE | Émirats arabes unis | émirati, émiratie, émiratis, émiraties | Abou Dhabi
AF | Afghanistan | afghan, afghane, afghans, afghanes | Kaboul
PK | Pakistan | pakistanais, pakistanaise, pakistanaises | Islamabad
IN | Inde | indien, indienne, indiens, indiennes | New Delhi
JP | Japon | japonais, japonaise, japonaises | Tokyo
KR | Corée du Sud | sud-coréen, sud-coréenne, sud-coréens, sud-coréennes | Séoul
KP | Corée du Nord | nord-coréen, nord-coréenne, nord-coréens, nord-coréennes | Pyongyang
TW | Taïwan | taïwanais, taïwanaise, taïwanaises | Taipei
BR | Brésil | brésilien, brésilienne, brésiliens, brésiliennes | Brasilia, Planalto
AR | Argentine | argentin, argentine, argentins, argentines | Buenos Aires, Casa Rosada
MX | Mexique | mexicain, mexicaine, mexicains, mexicaines | Mexico
CO | Colombie | colombien, colombienne, colombiens, colombiennes | Bogota
VE | Venezuela | vénézuélien, vénézuélienne, vénézuéliens, vénézuéliennes | Caracas
CU | Cuba | cubain, cubaine, cubains, cubaines | La Havane
CL | Chili | chilien, chilienne, chiliens, chiliennes | Santiago
PE | Pérou | péruvien, péruvienne, péruviens, péruviennes | Lima
BO | Bolivie | bolivien, bolivienne, boliviens, boliviennes | La Paz
EC | Équateur | équatorien, équatorienne, équatoriens, équatoriennes | Quito
UY | Uruguay | uruguayen, uruguayenne, uruguayens, uruguayennes | Montevideo
PY | Paraguay | paraguayen, paraguayenne, paraguayens, paraguayennes | Asuncion
PA | Panama | panaméen, panaméenne, panaméens, panaméennes | Panama
GT | Guatemala | guatémaltèque, guatémaltèques | Guatemala
HN | Honduras | hondurien, hondurienne, honduriens, honduriennes | Tegucigalpa
SV | Salvador | salvadorien, salvadorienne, salvadoriens, salvadoriennes | San Salvador
NI | Nicaragua | nicaraguayen, nicaraguayenne, nicaraguayens, nicaraguayennes | Managua
CR | Costa Rica | costaricien, costaricienne, costariciens, costariciennes | San José
DO | République dominicaine | dominicain, dominicaine, dominicains, dominicaines | Saint-Domingue
HT | Haïti | haïtien, haïtienne, haïtiens, haïtiennes | Port-au-Prince
CA | Canada | canadien, canadienne, canadiens, canadiennes | Ottawa
AU | Australie | australien, australienne, australiens, australiennes | Canberra
BE | Belgique | belge, belges |
NL | Pays-Bas | néerlandais, néerlandaise, néerlandaises | Amsterdam, La Haye
CH | Suisse | suisse, suisses | Berne
AT | Autriche | autrichien, autrichienne, autrichiens, autrichiennes | Vienne
PL | Pologne | polonais, polonaise, polonaises | Varsovie
HU | Hongrie | hongrois, hongroise, hongroises | Budapest
CZ | République tchèque, Tchéquie | tchèque, tchèques | Prague
GR | Grèce | grec, grecque, grecs, grecques | Athènes
SE | Suède | suédois, suédoise, suédoises | Stockholm
NO | Norvège | norvégien, norvégienne, norvégiens, norvégiennes | Oslo
DK | Danemark | danois, danoise, danoises | Copenhague
FI | Finlande | finlandais, finlandaise, finlandaises | Helsinki
IE | Irlande | irlandais, irlandaise, irlandaises | Dublin
RS | Serbie | serbe, serbes | Belgrade
BY | Biélorussie, Bélarus | biélorusse, biélorusses | Minsk
DZ | Algérie | algérien, algérienne, algériens, algériennes | Alger
MA | Maroc | marocain, marocaine, marocains, marocaines | Rabat
TN | Tunisie | tunisien, tunisienne, tunisiens, tunisiennes | Tunis
LY | Libye | libyen, libyenne, libyens, libyennes | Tripoli
SN | Sénégal | sénégalais, sénégalaise, sénégalaises | Dakar
ML | Mali | malien, malienne, maliens, maliennes | Bamako
NG | Nigeria | nigérian, nigériane, nigérians, nigérianes | Abuja
ZA | Afrique du Sud | sud-africain, sud-africaine, sud-africains, sud-africaines | Pretoria
ET | Éthiopie | éthiopien, éthiopienne, éthiopiens, éthiopiennes | Addis-Abeba
KE | Kenya | kényan, kényane, kényans, kényanes | Nairobi
CD | République démocratique du Congo, RDC | congolais, congolaise, congolaises | Kinshasa
AO | Angola | angolais, angolaise, angolaises | Luanda
MZ | Mozambique | mozambicain, mozambicaine, mozambicains, mozambicaines | Maputo
CV | Cap-Vert | cap-verdien, cap-verdienne, cap-verdiens, cap-verdiennes | Praia
CI | Côte d'Ivoire | ivoirien, ivoirienne, ivoiriens, ivoiriennes | Abidjan, Yamoussoukro
VN | Viêt Nam, Vietnam | vietnamien, vietnamienne, vietnamiens, vietnamiennes | Hanoï
TH | Thaïlande | thaïlandais, thaïlandaise, thaïlandaises | Bangkok
ID | Indonésie | indonésien, indonésienne, indonésiens, indonésiennes | Jakarta
PH | Philippines | philippin, philippine, philippins, philippines | Manille
MM | Birmanie, Myanmar | birman, birmane, birmans, birmanes | Naypyidaw
YE | Yémen | yéménite, yéménites | Sanaa
AM | Arménie | arménien, arménienne, arméniens, arméniennes | Erevan
AZ | Azerbaïdjan | azerbaïdjanais, azerbaïdjanaise, azerbaïdjanaises | Bakou
GE | Géorgie | géorgien, géorgienne, géorgiens, géorgiennes | Tbilissi
RO | Roumanie | roumain, roumaine, roumains, roumaines | Bucarest
BG | Bulgarie | bulgare, bulgares | Sofia
HR | Croatie | croate, croates | Zagreb
EU | Union européenne, UE | européen, européenne, européens, européennes | Bruxelles
VA | Vatican, Saint-Siège |  | Vatican
AD | Andorre | andorran, andorrane, andorrans, andorranes |
AL | Albanie | albanais, albanaise, albanaises | Tirana
BA | Bosnie-Herzégovine, Bosnie | bosnien, bosnienne, bosniens, bosniennes | Sarajevo
BB | Barbade | barbadien, barbadienne, barbadiens, barbadiennes | Bridgetown
BD | Bangladesh | bangladais, bangladaise, bangladaises | Dacca, Dhaka
BF | Burkina Faso, Burkina | burkinabé, burkinabée, burkinabés, burkinabées | Ouagadougou
BH | Bahreïn | bahreïnien, bahreïnienne, bahreïniens, bahreïniennes | Manama
BI | Burundi | burundais, burundaise, burundaises | Gitega
BJ | Bénin | béninois, béninoise, béninoises | Porto-Novo
BN | Brunei | brunéien, brunéienne, brunéiens, brunéiennes |
BS | Bahamas | bahamien, bahamienne, bahamiens, bahamiennes | Nassau
BT | Bhoutan | bhoutanais, bhoutanaise, bhoutanaises | Thimphou
BW | Botswana | botswanais, botswanaise, botswanaises | Gaborone
BZ | Belize | bélizien, bélizienne, béliziens, béliziennes | Belmopan
CF | République centrafricaine, Centrafrique | centrafricain, centrafricaine, centrafricains, centrafricaines | Bangui
CG | République du Congo, Congo-Brazzaville |  | Brazzaville
CM | Cameroun | camerounais, camerounaise, camerounaises | Yaoundé
CY | Chypre | chypriote, chypriotes, cypriote, cypriotes | Nicosie
DJ | Djibouti | djiboutien, djiboutienne, djiboutiens, djiboutiennes |
DM | Commonwealth de la Dominique | dominiquais, dominiquaise, dominiquaises | Roseau
EE | Estonie | estonien, estonienne, estoniens, estoniennes | Tallinn
ER | Érythrée | érythréen, érythréenne, érythréens, érythréennes | Asmara
FJ | Fidji | fidjien, fidjienne, fidjiens, fidjiennes | Suva
FM | Micronésie, États fédérés de Micronésie | micronésien, micronésienne, micronésiens, micronésiennes | Palikir
GA | Gabon | gabonais, gabonaise, gabonaises | Libreville
GH | Ghana | ghanéen, ghanéenne, ghanéens, ghanéennes | Accra
GM | Gambie | gambien, gambienne, gambiens, gambiennes | Banjul
GN | Guinée, Guinée-Conakry | guinéen, guinéenne, guinéens, guinéennes | Conakry
GQ | Guinée équatoriale | équato-guinéen, équato-guinéenne, équato-guinéens, équato-guinéennes | Malabo
GW | Guinée-Bissau | bissau-guinéen, bissau-guinéenne, bissau-guinéens, bissau-guinéennes | Bissau
GY | Guyana | guyanien, guyanienne, guyaniens, guyaniennes |
IS | Islande | islandais, islandaise, islandaises | Reykjavik
JM | Jamaïque | jamaïcain, jamaïcaine, jamaïcains, jamaïcaines |
KG | Kirghizistan | kirghize, kirghizes | Bichkek
KH | Cambodge | cambodgien, cambodgienne, cambodgiens, cambodgiennes | Phnom Penh
KI | Kiribati |  | Tarawa
KM | Comores | comorien, comorienne, comoriens, comoriennes | Moroni
KW | Koweït | koweïtien, koweïtienne, koweïtiens, koweïtiennes | Koweït City
KZ | Kazakhstan | kazakh, kazakhe, kazakhs, kazakhes | Astana
LA | Laos | laotien, laotienne, laotiens, laotiennes | Vientiane
LC | Sainte-Lucie | saint-lucien, saint-lucienne, saint-luciens, saint-luciennes | Castries
LI | Liechtenstein | liechtensteinois, liechtensteinoise, liechtensteinoises | Vaduz
LK | Sri Lanka | sri-lankais, sri-lankaise, sri-lankaises | Colombo
LR | Liberia | libérien, libérienne, libériens, libériennes | Monrovia
LS | Lesotho | lesothan, lesothane, lesothans, lesothanes | Maseru
LT | Lituanie | lituanien, lituanienne, lituaniens, lituaniennes | Vilnius
LU | Luxembourg | luxembourgeois, luxembourgeoise, luxembourgeoises |
LV | Lettonie | letton, lettone, lettons, lettones | Riga
MC | Monaco | monégasque, monégasques |
MD | Moldavie, Moldova | moldave, moldaves | Chisinau, Chișinău
ME | Monténégro | monténégrin, monténégrine, monténégrins, monténégrines | Podgorica
MG | Madagascar | malgache, malgaches | Antananarivo, Tananarive
MH | Îles Marshall, îles Marshall | marshallais, marshallaise, marshallaises | Majuro
MK | Macédoine du Nord, Macédoine | macédonien, macédonienne, macédoniens, macédoniennes | Skopje
MN | Mongolie | mongol, mongole, mongols, mongoles | Oulan-Bator
MR | Mauritanie | mauritanien, mauritanienne, mauritaniens, mauritaniennes | Nouakchott
MT | Malte | maltais, maltaise, maltaises | La Valette
MU | Île Maurice, île Maurice | mauricien, mauricienne, mauriciens, mauriciennes | Port-Louis
MV | Maldives | maldivien, maldivienne, maldiviens, maldiviennes | Malé
MW | Malawi | malawite, malawites | Lilongwe
MY | Malaisie | malaisien, malaisienne, malaisiens, malaisiennes | Kuala Lumpur
NA | Namibie | namibien, namibienne, namibiens, namibiennes | Windhoek
NE | Niger | nigérien, nigérienne, nigériens, nigériennes | Niamey
NP | Népal | népalais, népalaise, népalaises | Katmandou
NR | Nauru | nauruan, nauruane, nauruans, nauruanes |
NZ | Nouvelle-Zélande | néo-zélandais, néo-zélandaise, néo-zélandaises | Wellington
OM | Oman | omanais, omanaise, omanaises | Mascate
PG | Papouasie-Nouvelle-Guinée | papouan-néo-guinéen, papouane-néo-guinéenne, papouans-néo-guinéens, papouanes-néo-guinéennes | Port Moresby
PW | Palaos | palaois, palaoise, palaoises |
RW | Rwanda | rwandais, rwandaise, rwandaises | Kigali
SB | Îles Salomon, îles Salomon | salomonais, salomonaise, salomonaises | Honiara
SC | Seychelles | seychellois, seychelloise, seychelloises |
SD | Soudan | soudanais, soudanaise, soudanaises | Khartoum
SG | Singapour | singapourien, singapourienne, singapouriens, singapouriennes |
SI | Slovénie | slovène, slovènes | Ljubljana
SK | Slovaquie | slovaque, slovaques | Bratislava
SL | Sierra Leone | sierra-léonais, sierra-léonaise, sierra-léonaises | Freetown
SM | Saint-Marin | saint-marinais, saint-marinaise, saint-marinaises |
SO | Somalie | somalien, somalienne, somaliens, somaliennes | Mogadiscio
SR | Suriname | surinamais, surinamaise, surinamaises | Paramaribo
SS | Soudan du Sud | sud-soudanais, sud-soudanaise, sud-soudanaises | Djouba, Juba
SZ | Eswatini, Swaziland | swazi, swazie, swazis, swazies | Mbabane
TD | Tchad | tchadien, tchadienne, tchadiens, tchadiennes | N'Djaména, N'Djamena, Ndjamena
TG | Togo | togolais, togolaise, togolaises | Lomé
TJ | Tadjikistan | tadjik, tadjike, tadjiks, tadjikes | Douchanbé
TL | Timor oriental, Timor-Leste | est-timorais, est-timoraise, est-timoraises | Dili
TM | Turkménistan | turkmène, turkmènes | Achgabat
TO | Tonga | tongien, tongienne, tongiens, tongiennes | Nuku'alofa
TT | Trinité-et-Tobago | trinidadien, trinidadienne, trinidadiens, trinidadiennes | Port-d'Espagne
TV | Tuvalu | tuvaluan, tuvaluane, tuvaluans, tuvaluanes | Funafuti
TZ | Tanzanie | tanzanien, tanzanienne, tanzaniens, tanzaniennes | Dodoma
UG | Ouganda | ougandais, ougandaise, ougandaises | Kampala
UZ | Ouzbékistan | ouzbek, ouzbèke, ouzbeks, ouzbèkes | Tachkent
VU | Vanuatu | vanuatais, vanuataise, vanuataises | Port-Vila
WS | Samoa | samoan, samoane, samoans, samoanes | Apia
XK | Kosovo | kosovar, kosovare, kosovars, kosovares | Pristina
ZM | Zambie | zambien, zambienne, zambiens, zambiennes | Lusaka
ZW | Zimbabwe | zimbabwéen, zimbabwéenne, zimbabwéens, zimbabwéennes | Harare

[set approx]
# Words before a number that make it approximate: "plus de 2 500 chercheurs".
plus_de moins_de près_de environ quelque au_moins presque

[set portfolios]
# Portfolios, named after a title and "de" ("le ministre de la Santé, X"):
# no body the person speaks for.
santé éducation économie finances travail intérieur défense justice culture environnement transports énergie agriculture sécurité logement industrie commerce

[set conditionals]
# Words opening a condition: a verb of saying negated in the clause one
# opens tells no omission ("… if they did not confirm their status").
si s'

[set originpreps]
# Prepositions of origin right after a person's name: the place after is
# no one a pronoun stands for (README).
de
