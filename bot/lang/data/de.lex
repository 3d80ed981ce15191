# German lexicon of the offline briefer. Format: data/README.md.

[meta]
code = de
name = Deutsch
english = German
lemma-tags = b/f
# German capitalises every noun: a capital does not mark a name.
nouncaps = true
# The finite verb comes second: "Am Montag sagte Merkel", "Mit vielem hatte Weikert gerechnet".
v2 = true
traits = commacomp commawords sosource colonlabels strictoffices strictposts

[quotes]
„ “
» «
“ ”
" "
‚ ‘
› ‹
# Swiss and agency texts: «…».
« »

[paradigms]
# weak verbs with ge- participle; inseparable prefixes and -ieren verbs
# take none.
wk: en > =:b/f e:f t:f te:f ten:f ge~t:pp
wkt: en > =:b/f e:f et:f ete:f eten:f ge~et:pp
in: en > =:b/f e:f t:f/pp te:f ten:f
int: en > =:b/f e:f et:f/pp ete:f eten:f
ern: n > =:b/f e:f t:f te:f ten:f ge~t:pp
ernin: n > =:b/f e:f t:f/pp te:f ten:f

[verbs]
# "wollte dazu nichts sagen" (Sagt nichts): its infinitive after a modal
# of refusal, with "nichts" right before it (listed first: tried before
# the verb of saying).
sagen - other say refusal negobject negmodal : sagen:b
# ("sagte das Konzert ab" cancelled it, said nothing.)
sagen wk assert say neg=notsay negmodal notsep=ab
erzählen wk assert recount weak
# ("urteilt, …", "folgert, …", "verrät, …", "prophezeit, …": only with
# their words.)
urteilen wk assert say weak
folgern ern assert say weak
sinnieren in assert say weak
prophezeien in assert say weak
verraten - assert say weak : verrät:f verriet:f verrieten:f verraten:f/pp verrate:f
erklären in assert say
betonen in assert note
# "wie X formulierte", "wie X sich ausdrückte": how X put it.
formulieren in assert say weak
ausdrücken - assert say refl sep=aus : drückt:f drückte:f drückten:f drücke:f ausgedrückt:pp
unterstreichen - assert note : unterstreicht:f/pp unterstrich:f unterstrichen:f/pp unterstreiche:f
bestätigen in assert say neg=notconfirm negmodal
offenbaren in assert say
enthüllen in assert say
berichten int assert report
schreiben - assert write weak : schreibt:f schrieb:f schrieben:f geschrieben:pp schreibe:f
sprechen - assert speak weak takes=von|über neg=notspeak negmodal : spricht:f sprach:f sprachen:f gesprochen:pp spreche:f
ergänzen in assert say notpart=sich
erläutern ernin assert say
# "„…“, führte Hofer weiter aus", "führt die Gemeinde dazu aus, dass …":
# only with words ("führte den Auftrag aus" carries it out).
ausführen - assert say weak sep=aus : führt:f führte:f führten:f führe:f ausgeführt:pp führen:f
versichern ernin assert say
äußern ern assert say weak neg=notcomment takes=zu|über
# (Swiss spelling, with no ß: "wollte sich nicht äussern".)
äussern ern assert say weak neg=notcomment takes=zu|über
behaupten int assert say
# Weak: a view only with its words, a clause or a quotation ("meint, der Kai
# sei zu kurz"); with a plain object it is what a word means ("Der Begriff
# meint die Versorgung …"), and "meine", "meinen" before a noun are
# possessives ("dass das Öl meinen Motor schützt").
meinen wk assert believe opinion weak
glauben wk assert believe opinion weak neg=doubt
# A view only in the present or the past ("findet, dass …", "„…“, findet
# X"): "hat eine Methode gefunden" found one, and "findet sich", "fanden
# sich" is found, is there: no one's view.
finden - assert believe opinion weak notsep=statt notpart=sich : findet:f fand:f fanden:f
befürchten int assert fear opinion
fürchten wk assert fear opinion
hoffen wk assert hope opinion weak
# "hoffen auf ein Einlenken der Regierung": what is hoped for.
hoffen wk assert hopefor opinion part=auf
antworten wkt assert reply weak neg=notreply takes=auf
# "erinnert an X" with its noun right after it: what a thing brings to mind
# ("Der Sturm erinnert an das Hochwasser"), no words; "erinnerte daran,
# dass …" reports.
erinnern ernin assert recall notpart=an speaker
zitieren in assert quote quoting
mitteilen - assert say sep=mit : teilt:f teilte:f teilten:f teile:f mitgeteilt:pp mitteilen:b teilen:f
bekanntgeben - assert announce sep=bekannt : gibt:f gab:f gaben:f gebe:f bekanntgegeben:pp geben:f
ankündigen - assert announce sep=an : kündigt:f kündigte:f kündigten:f angekündigt:pp kündigen:f
hinzufügen - assert say sep=hinzu : fügt:f fügte:f fügten:f hinzugefügt:pp fügen:f
einräumen - assert say sep=ein : räumt:f räumte:f räumten:f eingeräumt:pp räumen:f
angeben - assert say sep=an : gibt:f gab:f gaben:f angegeben:pp geben:f
hinweisen - assert note sep=hin : weist:f wies:f wiesen:f hingewiesen:pp weisen:f
zurückweisen - deny reject sep=zurück : weist:f wies:f wiesen:f zurückgewiesen:pp weisen:f
bestreiten - deny deny : bestreitet:f/pp bestritt:f bestritten:f/pp bestreite:f
dementieren in deny deny
widersprechen - deny dispute : widerspricht:f widersprach:f widersprachen:f widersprochen:pp
vorwerfen - accuse accuse sep=vor : wirft:f warf:f warfen:f vorgeworfen:pp werfen:f
beschuldigen in accuse accuse
kritisieren in accuse criticize
verurteilen in accuse condemn
beklagen in accuse criticize
# Scolding and mocking: only with their words ("„…“, schimpft er", "…,
# wettert X"; weak: "schimpft über das Wetter" says nothing quoted).
schimpfen wk accuse criticize weak
wettern ern accuse criticize weak
poltern ern accuse criticize weak
lästern ern accuse criticize weak
spotten wkt accuse criticize weak
anprangern - accuse condemn sep=an : prangert:f prangerte:f angeprangert:pp prangern:f
fordern ern other demand
verlangen in other demand
bitten - other ask : bittet:f bat:f baten:f gebeten:pp
# "Einige Nutzer fragten, ob …": only with the clause it asks.
fragen wk other wonder weak
appellieren in other appeal
aufrufen - other call sep=auf : ruft:f rief:f riefen:f aufgerufen:pp rufen:f
warnen wk other warn
mahnen wk other warn
drohen wk other threaten
versprechen - other promise : verspricht:f versprach:f versprachen:f versprochen:pp
vorschlagen - other propose sep=vor : schlägt:f schlug:f schlugen:f vorgeschlagen:pp schlagen:f
bedauern ernin other regret
begrüßen in assert welcome
begrüssen in assert welcome
loben wk assert praise
# A view of admiration, only with words: "bewundert, dass …", not
# "bewunderte die Aussicht"; its finite singular forms only, the
# infinitive no finite form (its comma opens another clause: "… diesen
# Film bewundern, den …").
bewundern - assert praise opinion weak : bewundern:b bewundert:f bewunderte:f bewundere:f
# Refusals to speak: a noun of what is said ([set refusalnouns]) refused,
# "lehnte eine Stellungnahme ab" (listed before the rejection it is
# otherwise: "lehnte den Vertrag ab"), "verweigerte jeden Kommentar",
# "ließ eine Anfrage unbeantwortet".
# "lehnte es ab, sich zu äußern" (a verb of [set refusalverbs] closing
# the clause after the comma).
ablehnen - other decline sep=ab part=es refusal : lehnt:f lehnte:f lehnten:f
ablehnen - other declinestatement sep=ab refusal : lehnt:f lehnte:f lehnten:f abgelehnt:pp
ablehnen - deny reject sep=ab : lehnt:f lehnte:f lehnten:f abgelehnt:pp
verweigern ernin other refusestatement refusal
# "gab keinen Kommentar ab", "hat keine Stellungnahme abgegeben" (not
# "gab eine Stellungnahme ab").
abgeben - other nocomment sep=ab refusal negobject : gibt:f gab:f gaben:f gebe:f abgegeben:pp abgeben:b
# "wollte keine Angaben zu den Ermittlungen machen" (not "machte keine
# Angaben": an omission, as "nannte keine Details").
machen - other make refusal negobject negmodal : machen:b
lassen - other notanswer sep=unbeantwortet refusal : lässt:f ließ:f ließen:f
# "reagierte nicht auf eine Anfrage" (not "reagierte nicht auf die
# Nachricht": its words must hold a noun of what is asked).
reagieren in assert respond weak refusal takes=auf neg=notrespond
dringen - other urge part=auf : dringt:f drang:f drangen:f gedrungen:pp
beziffern ernin assert estimate
bezeichnen int assert describe
nennen - assert describe : nennt:f nannte:f nannten:f genannt:pp
einschätzen - assert believe sep=ein opinion : schätzt:f schätzte:f schätzten:f eingeschätzt:pp
vermuten int assert believe opinion
annehmen - assert believe sep=an opinion : nimmt:f nahm:f nahmen:f nehme:f angenommen:pp
schildern ernin assert recount
melden wkt assert report weak
bemängeln ern accuse criticize
beurteilen in assert believe opinion
plädieren in other advocate takes=für|gegen
bekräftigen in assert say
beteuern ernin assert say
begründen int assert say weak
verteidigen in assert defend weak
argumentieren in assert say
hervorheben - assert note sep=hervor : hebt:f hob:f hoben:f hervorgehoben:pp heben:f
feststellen - assert say sep=fest : stellt:f stellte:f stellten:f festgestellt:pp stellen:f
klarstellen - assert say sep=klar : stellt:f stellte:f stellten:f klargestellt:pp stellen:f
# "zeigte sich besorgt über …", "zeigt sich enttäuscht", "zeigte sich
# skeptisch": a feeling or a view told, whole with nothing after it
# (listed before "zeigte sich überzeugt, dass …").
zeigen - assert concern opinion whole part=sich_besorgt : zeigt:f zeigte:f zeigten:f zeige:f gezeigt:pp
zeigen - assert disappointed opinion whole part=sich_enttäuscht : zeigt:f zeigte:f zeigten:f zeige:f gezeigt:pp
zeigen - assert sceptical opinion whole part=sich_skeptisch : zeigt:f zeigte:f zeigten:f zeige:f gezeigt:pp
# "zeigte sich überzeugt, dass …", "zeigt sich zuversichtlich: „…“": a
# view, with its words ("zeigte sich am Montag in Berlin" says nothing).
zeigen - assert believe opinion weak part=sich : zeigt:f zeigte:f zeigten:f zeige:f gezeigt:pp
# "geht davon aus, dass …", "gehe davon aus".
ausgehen - assert believe opinion weak sep=aus part=davon : geht:f gehen:f ging:f gingen:f gehe:f ausgegangen:pp
# "rechnet damit, dass …".
rechnen - assert expect opinion weak part=damit : rechnet:f rechnen:f rechnete:f rechneten:f rechne:f gerechnet:pp
# "Ökonomen rechnen dagegen mit einer Entspannung": what is expected.
rechnen - assert reckon opinion topic takes=mit : rechnet:f rechnen:f rechnete:f rechneten:f rechne:f gerechnet:pp
# "ist der Meinung, dass …", "ist davon überzeugt, dass …".
sein - assert believe opinion weak part=der_meinung : ist:f war:f sind:f waren:f sei:f
sein - assert believe opinion weak part=der_ansicht : ist:f war:f sind:f waren:f sei:f
sein - assert believe opinion weak part=der_auffassung : ist:f war:f sind:f waren:f sei:f
sein - assert believe opinion weak part=der_überzeugung : ist:f war:f sind:f waren:f sei:f
sein - assert believe opinion weak part=davon_überzeugt : ist:f war:f sind:f waren:f sei:f
sein - assert believe opinion weak part=überzeugt : ist:f war:f sind:f waren:f sei:f
# "sprach sich für … aus", "sprach sich gegen … aus".
aussprechen - other advocate sep=aus part=sich takes=für|gegen : spricht:f sprach:f sprachen:f spreche:f
# Verbs of a quotation's incise in sports and features: "„…“, schwärmte
# der Trainer", "freute sich X", "ärgerte sich X", "gab X zu" (only with
# words: "freute sich über den Sieg" says nothing).
schwärmen wk assert praise weak
resümieren in assert say weak
bilanzieren in assert say weak
freuen wk assert welcome weak part=sich
ärgern ern assert say weak part=sich
# ("wundert sich, dass …", "„…“, wunderte sich X"; "wundert sich über
# die Pläne" says nothing, but the quotation or the Konjunktiv after it
# goes on with X.)
wundern ern assert say weak part=sich
zugeben - assert say weak sep=zu : gibt:f gab:f gaben:f gebe:f zugegeben:pp geben:f
# "gab zu bedenken, dass …", "„…“, gibt X zu bedenken": a caution.
# "machte deutlich, dass …" (only with its words: "machte die Lage
# deutlich" shows it).
deutlichmachen - assert note weak sep=deutlich : macht:f machte:f machten:f mache:f machen:f
bedenkengeben - assert say sep=bedenken : gibt:f gab:f gaben:f gebe:f geben:f
# Replies, objections and remarks: "entgegnete X, …", "„…“, konterte
# X", "verwies darauf, dass …", "merkte an, …", "monierte …".
entgegnen int assert reply
erwidern ernin assert reply
kontern ern assert reply weak
verweisen - assert note weak : verweist:f verwies:f verweise:f
# "…, hielt X dagegen": X disputes it ("hielt den Schirm dagegen" holds it
# against something: weak, only with words).
dagegenhalten - deny dispute weak sep=dagegen : hält:f hielt:f hielten:f halte:f dagegengehalten:pp halten:f
# "…, bemerkte X": a remark, only with words ("bemerkte den Fehler",
# "Das bemerkten nur wenige" noticed it).
bemerken in assert note weak nocleft
einwenden - deny dispute weak sep=ein : wendet:f wandte:f wandten:f wendete:f eingewandt:pp eingewendet:pp wenden:f
anmerken - assert note weak sep=an : merkt:f merkte:f merkten:f angemerkt:pp merken:f
monieren in accuse criticize
rügen wk accuse criticize
verkünden int assert announce
# "ließ verlauten, …", "ließ ausrichten, …" (only after a verb of
# letting: [set letverbs]).
verlauten - assert say weak : verlauten:b
ausrichten - assert say weak : ausrichten:b
# Attacks, demands, doubts and denials: "attackierte seinen Nachfolger",
# "pochte darauf, …", "drängte die Regierung, …", "empfahl, …",
# "bezweifelte, dass …", "stritt ab, …", "schloss einen Rücktritt aus",
# "beantragte drei Jahre Haft".
attackieren in accuse criticize
pochen wk other insist topic takes=auf|darauf
drängen wk other urge weak
empfehlen - other recommend : empfiehlt:f empfahl:f empfahlen:f empfohlen:pp empfehle:f
# "rät Betroffenen, ihre Abrechnungen zu prüfen": the one advised, then
# an infinitive clause.
raten - other recommend : rät:f riet:f rieten:f
bezweifeln ernin deny doubt weak
abstreiten - deny deny sep=ab : streitet:f stritt:f stritten:f abgestritten:pp streiten:f
ausschließen - deny reject sep=aus : schließt:f schloss:f schlossen:f ausgeschlossen:pp schließen:f
beantragen in other demand
bezichtigen in accuse accuse
unterstellen in accuse accuse weak
vorhalten - accuse accuse weak sep=vor : hält:f hielt:f hielten:f vorgehalten:pp halten:f
zusichern - other promise sep=zu : sichert:f sicherte:f sicherten:f zugesichert:pp sichern:f
# Views and expectations: "wünscht sich, dass …", "erwartet, dass …",
# "schätzt, dass …", "prognostiziert ein Wachstum …", "beharrte darauf,
# dass …", "bestand darauf, dass …".
wünschen wk assert hope opinion weak part=sich
erwarten int assert expect opinion weak
schätzen wk assert estimate weak
prognostizieren in assert estimate
spekulieren in assert believe opinion weak
beharren wk assert say weak part=darauf
bestehen - other demand weak part=darauf : besteht:f bestand:f bestanden:f bestehe:f
# Remarks: "präzisierte, …", "konstatierte, …", "kommentierte …: „…“",
# "twitterte, …", "gestand, …", "beschrieb die Lage als …".
präzisieren in assert say
konstatieren in assert say
insistieren in assert say weak
kommentieren in assert comment weak neg=notcommenton
beantworten int assert reply weak neg=notanswer
twittern ern assert write weak
gestehen - assert say : gesteht:f gestand:f gestanden:pp
beschreiben - assert describe : beschreibt:f/pp beschrieb:f beschrieben:f/pp
# Idioms whose closing noun makes the verb a view: "sieht die Bahn in
# der Pflicht", "stellte die Zahlen infrage", "zog die Angaben in
# Zweifel", "nahm den Minister in Schutz".
sehen - assert believe opinion idiom sep=pflicht : sieht:f sah:f sahen:f sehe:f
# "Die Oberbürgermeisterin zeigte Verständnis für den Ärger": sympathy
# told, a view in the article's words.
zeigen - assert sympathize opinion whole part=verständnis : zeigt:f zeigte:f zeigten:f zeige:f gezeigt:pp
# "übte Kritik an den Plänen", "übt scharfe Kritik": criticism voiced,
# told whole.
üben - accuse critique whole part=kritik takes=an : übt:f übte:f übten:f übe:f geübt:pp
üben - accuse critique whole part=scharfe_kritik takes=an : übt:f übte:f übten:f übe:f geübt:pp
üben - accuse critique whole part=heftige_kritik takes=an : übt:f übte:f übten:f übe:f geübt:pp
üben - accuse critique whole part=deutliche_kritik takes=an : übt:f übte:f übten:f übe:f geübt:pp
üben - accuse critique whole part=massive_kritik takes=an : übt:f übte:f übten:f übe:f geübt:pp
# "macht die Regierung für die Kosten verantwortlich": blame laid, told
# in the article's words.
machen - accuse accuse idiom sep=verantwortlich : macht:f machte:f machten:f mache:f
# "Die Opposition sieht das anders.", "Brandt sah das ganz anders": a
# view against the one before, in the article's words; indirect speech
# in the Konjunktiv after it goes on with it.
sehen - deny dispute idiom sep=anders : sieht:f sah:f sahen:f sehe:f
# "Der Bund Naturschutz sieht den Windpark kritisch", "… sah die Pläne
# skeptisch": a critical view, in the article's words.
sehen - accuse criticize idiom sep=kritisch : sieht:f sah:f sahen:f sehe:f
sehen - deny doubt idiom sep=skeptisch : sieht:f sah:f sahen:f sehe:f
stellen - deny doubt idiom sep=infrage : stellt:f stellte:f stellten:f stelle:f
ziehen - deny doubt idiom sep=zweifel : zieht:f zog:f zogen:f ziehe:f
nehmen - assert defend idiom sep=schutz : nimmt:f nahm:f nahmen:f nehme:f
# "werten den Abbau als «notwendig»" (not "werten die Daten aus").
werten wkt assert describe notsep=aus
bewerten int assert describe
# "Ermittlungen der Polizei ergaben, dass …", "Eine Studie der Universität
# zeigt, dass …": what a document of a named author shows (only with a
# document for its subject: not "Die Ministerin zeigte …").
ergeben - assert result docsubj : ergibt:f ergab:f ergaben:f ergeben:f
zeigen - assert show docsubj : zeigt:f zeigte:f zeigten:f zeigen:f
belegen - assert prove docsubj : belegt:f belegte:f belegten:f belegen:f
# "hält die Ergebnisse für plausibel": a view of a thing, with "für"
# closing it (no view without: "hält eine Rede", "hält an dem Plan fest").
halten - assert believe opinion idiom sep=für notsep=fest : hält:f hielt:f hielten:f halte:f
# "wiesen nach, dass …".
nachweisen - assert say weak sep=nach : weist:f wies:f wiesen:f weise:f nachgewiesen:pp

# Positions (data/README.md, flag position): "Die FDP unterstützt den Plan".
unterstützen in other support opinion position
befürworten int other support opinion position

[voice]
say = Sagt | Sagen
note = Betont | Betonen
report = Berichtet | Berichten
write = Schreibt | Schreiben
believe = Meint | Meinen
fear = Befürchtet | Befürchten
hope = Hofft | Hoffen
hopefor = Erhofft sich | Erhoffen sich
reply = Antwortet | Antworten
recall = Erinnert | Erinnern
quote = Zitiert | Zitieren
announce = Kündigt an | Kündigen an
reject = Weist zurück | Weisen zurück
urge = Drängt | Drängen
estimate = Beziffert | Beziffern
describe = Bezeichnet | Bezeichnen
recount = Schildert | Schildern
deny = Bestreitet | Bestreiten
dispute = Widerspricht | Widersprechen
accuse = Wirft vor | Werfen vor
criticize = Kritisiert | Kritisieren
condemn = Verurteilt | Verurteilen
demand = Fordert | Fordern
ask = Bittet | Bitten
wonder = Fragt | Fragen
appeal = Appelliert | Appellieren
call = Ruft auf | Rufen auf
warn = Warnt | Warnen
threaten = Droht | Drohen
promise = Verspricht | Versprechen
propose = Schlägt vor | Schlagen vor
regret = Bedauert | Bedauern
welcome = Begrüßt | Begrüßen
praise = Lobt | Loben
advocate = Plädiert | Plädieren
defend = Verteidigt | Verteidigen
speak = Spricht | Sprechen
expect = Rechnet damit | Rechnen damit
reckon = Rechnet | Rechnen
doubt = Bezweifelt | Bezweifeln
insist = Pocht | Pochen
recommend = Empfiehlt | Empfehlen
show = Zeigt | Zeigen
result = Ergibt | Ergeben
prove = Belegt | Belegen
sympathize = Zeigt Verständnis | Zeigen Verständnis
critique = Übt Kritik | Üben Kritik
concern = Zeigt sich besorgt | Zeigen sich besorgt
disappointed = Zeigt sich enttäuscht | Zeigen sich enttäuscht
sceptical = Zeigt sich skeptisch | Zeigen sich skeptisch
respond = Reagiert | Reagieren
comment = Kommentiert | Kommentieren
declinestatement = Lehnt ab | Lehnen ab
decline = Lehnt es ab | Lehnen es ab
nocomment = Gibt ab | Geben ab
make = Macht | Machen
refusestatement = Verweigert | Verweigern
notanswer = Beantwortet nicht | Beantworten nicht
notcomment = Äußert sich nicht | Äußern sich nicht
notcommenton = Kommentiert nicht | Kommentieren nicht
notrespond = Reagiert nicht | Reagieren nicht
notreply = Antwortet nicht | Antworten nicht
notsay = Sagt nicht | Sagen nicht
notconfirm = Bestätigt nicht | Bestätigen nicht
notspeak = Spricht nicht | Sprechen nicht
support = Unterstützt | Unterstützen

[phrases]
clause = {verb}, {content}
bare = {verb}, {content}
object = {verb} {content}
quote = {verb}: {content}
verbatim = {verb}, in den Worten des Artikels: {content}
generic = {verb}, laut Artikel,
and = und
others = {n} weitere
other = 1 weitere
list.sep = ", "
summary.parties = Der Artikel gibt Aussagen folgender Parteien wieder: {list}.
summary.none = Der Artikel gibt keine Aussagen wieder, die einer benannten Partei zugeschrieben werden.
# A party described by a noun after a possessive that stands for one
# person ("Sein Anwalt sagte …"): the noun with its owner's name (README:
# party.owned), "Anwalt von Tom Reed".
party.owned = {party} von {owner}
summary.facts = Seine eigene Darstellung ist als Fakten aufgeführt.
summary.claim = {party} {verb}, {content}
summary.join = "; "
outlet.wording = (Wortwahl des Mediums)
note.loaded.outlet = Der Text des Mediums verwendet das Wort "{word}" (Satz {n}); dieses Briefing übernimmt die Wortwahl nicht.
note.loaded.regime = Der Text des Mediums nennt die Regierung von {country} ein "Regime"; dieses Briefing übernimmt die Wortwahl nicht.
note.loaded.quote = Das Wort "{word}" (Satz {n}) stammt von {who}, in einem Zitat; das Briefing verwendet es nur innerhalb dieses Zitats.
note.loaded.unattributed = Das Medium setzt "{word}" (Satz {n}) in Anführungszeichen, ohne zu sagen, wer es verwendet hat.
note.noclaims = Es wurden keine zugeschriebenen Aussagen gefunden; die eigenen Aussagen des Mediums sind als Fakten aufgeführt.
note.unsupported = Dieser Artikel ist auf {language}. Das Offline-Backend ordnet Aussagen auf Englisch, Französisch, Spanisch, Portugiesisch und Deutsch zu; hier führt es die Sätze des Artikels als Fakten auf. Zugeschriebene Aussagen auf {language} erfordern das LLM-Backend.
note.via = laut {who}
this = dies
they = sie

summary.unsupported = Der Artikel ist auf {language}: Das Offline-Backend führt seine Aussagen als Fakten auf und ordnet keine Aussagen zu.
lang.zh = Chinesisch
lang.ja = Japanisch
lang.ko = Koreanisch
lang.ar = Arabisch
lang.he = Hebräisch
lang.el = Griechisch
lang.th = Thailändisch
lang.hi = Hindi
lang.bn = Bengalisch
lang.hy = Armenisch
lang.ka = Georgisch
lang.cs = Tschechisch
lang.sk = Slowakisch
lang.pl = Polnisch
lang.it = Italienisch
lang.nl = Niederländisch
lang.sv = Schwedisch
lang.da = Dänisch
lang.no = Norwegisch
lang.ro = Rumänisch
lang.tr = Türkisch
lang.id = Indonesisch
lang.hu = Ungarisch
lang.fi = Finnisch
lang.hr = Kroatisch
lang.ru = Russisch
lang.uk = Ukrainisch
lang.bg = Bulgarisch
lang.sr = Serbisch
lang.en = Englisch
lang.fr = Französisch
lang.es = Spanisch
lang.pt = Portugiesisch
lang.de = Deutsch

# Zusammenfassungen mehrerer Quellen (bot/story).
story.sources = {n} Quellen berichten über diese Geschichte: {list}.
story.parties = Sie geben Aussagen von {list} wieder.
story.parties.one = Sie geben Aussagen von {list} wieder.
story.shared = {n} Aussagen stehen in mehr als einer Quelle.
story.shared.one = 1 Aussage steht in mehr als einer Quelle.
story.only = {n} Aussagen stehen nur in einer Quelle.
story.only.one = 1 Aussage steht nur in einer Quelle.
story.differ = {n} Aussagen geben die Quellen unterschiedlich wieder; beide Fassungen werden gezeigt.
story.differ.one = 1 Aussage geben die Quellen unterschiedlich wieder; beide Fassungen werden gezeigt.
story.note.language = Die Quelle {source} ist auf {language}: Ihre Parteien werden den anderen Quellen über den Namen zugeordnet, ihre Aussagen Aussagen in anderen Sprachen nur, wenn sie dieselben Zahlen nennen.
[labels]
digest.outlets = {n} Medien: {list}
digest.outlets.one = 1 Medium: {list}
story.answer = Was die Quellen sagen:
story.answer.none = Keine der {n} Quellen sagt das.
story.sources = Quellen
story.coverage = Berichterstattung nach Quelle
story.only = nur in {id}
story.also = auch in {list}
story.differently = Anders wiedergegeben von {id}:
story.quotes = zitiert {list}
story.quotes.none = zitiert keine Partei
story.onlyhere = {n} Aussagen nur in dieser Quelle
story.onlyhere.one = 1 Aussage nur in dieser Quelle
story.loaded = eigene Wortwahl: {list}
via = laut {who}
summary = Zusammenfassung
parties = Parteien
party = Partei
facts = Fakten
notes = Hinweise
claims = Aussagen
said_by = laut
evidence = Beleg
speaker = Sprecher
stance = Haltung
sentence = Satz
sentences = Sätze
source = Quelle
published = Veröffentlicht
by = Von
reported_by = laut
question = Frage
answer = Antwort
not_in_article = Das steht nicht im Artikel.
quotes = Aus dem Artikel
more_claims = weitere Aussagen
none = keine
backend = Backend
dropped = Aussagen verworfen, weil ihr Beleg nicht im Artikel steht
briefing = Briefing
no_claims = In diesem Artikel wurden keine zugeordneten Aussagen gefunden.
also = weitere Namen: {list}
also_named = Weitere Namen: {list}
unattributed = Vom Medium ohne Quellenangabe berichtet
stance.assert = Aussage
stance.deny = Dementi
stance.accuse = Vorwurf
stance.other = Sonstiges
footer.backend = Backend: {backend}
footer.cached = aus dem Cache
footer.checked = alle Zitate am Artikel geprüft
footer.dropped = {n} Aussagen verworfen: Beleg nicht im Artikel gefunden
footer.dropped.one = 1 Aussage verworfen: Beleg nicht im Artikel gefunden
footer.misattributed = {n} Aussagen verworfen: Der Artikel schreibt die Worte jemand anderem zu
footer.misattributed.one = 1 Aussage verworfen: Der Artikel schreibt die Worte jemand anderem zu
continued = {title}, Fortsetzung (Teil {n} von {total})
shortened = Gekürzt, damit alles in eine Nachricht passt: {claims} Aussage(n) und {facts} Fakt(en) werden nicht angezeigt. Fragen Sie in diesem Thread danach.
shortened.file = Gekürzt, damit alles in eine Nachricht passt: {claims} Aussage(n) und {facts} Fakt(en) werden hier nicht angezeigt. Das vollständige Briefing steht in der angehängten Datei {file}.
file.title = Vollständiges Briefing: {title}
digest = Überblick
digest.none = Nichts Neues.
digest.parties = Parteien: {list}
digest.more = Schreiben Sie {more} für das vollständige Briefing zu Artikel {n}.
untitled = (ohne Titel)
cut = (gekürzt: Die Nachricht ist zu lang für Matrix)

[set questionlabel]
# The label of an interviewer's question in a printed interview ("Q: …"):
# no one's statement.
f

[set answerlabel]
# The label of the answers in a printed interview ("A: …"): the words of
# the one person the article named before it.
a

[set markers]
# Letters and spellings that tell the language apart from its neighbours
# in a short text (each occurrence is a vote, at most three).
ä ö ü ß

[set scalewords]
# Words that scale a number, or go on with it, after its digits ("4.2
# million marks"): in a story, the word after them is what is counted.
tausend million millionen milliarde milliarden billion mio mrd

[set detect]
der die das und ist nicht ein eine mit sich auf den dem des von zu im für auch es sie er wird wurde hat haben sagte laut dass werden bei nach

[set determiners]
der die das den dem des ein eine einer einem einen eines dieser diese dieses diesen diesem jener jene sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres unser unsere unserer unserem unseren unseres mehrere einige viele alle beide zwei drei vier fünf sechs sieben acht neun zehn zahlreiche andere anderen im am vom zum zur beim beider aller vieler mehrerer einiger anderer zahlreicher welcher welche welches welchen welchem jeder jede jedes jeden jedem

[set definite]
der die das den dem des dieser diese dieses diesen diesem

[set masculinesubject]
# The article of a masculine subject in the nominative (of a feminine
# noun it is dative or genitive, told apart by the noun): after a verb in
# second place, "der" and a noun that names a person or a body are the
# subject of a sentence whose opening plural is the object put first
# ("Traglufthallen lehnt der Bürgermeister ab"); "die", "das" would fit
# an object too.
der

[set ownpossessive]
unser unsere unserer unserem unseren unseres
# The writer's own: "Meiner Meinung nach …" is no one's named.
mein meine meiner meinem meinen meines

[set possessive]
sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres unser unsere unserer unserem unseren unseres mein meine meiner meinem meinen meines

[set quantifiers]
mehrere einige viele zahlreiche zwei drei vier fünf sechs sieben acht neun zehn hunderte tausende

[set negsubj]
kein keine keiner keines niemand nichts wenige weder

[set negation]
nicht nie niemals kein keine keinen keinem

[set aux]
hat haben hatte hatten habe hätte hätten

[set passive]
wurde wurden wird werden worden ist sind war waren

[set refl]
sich

# Reporting verbs that, with the reflexive pronoun right after them, report
# nothing: "Die Stelle nennt sich Cannabisagentur", "Die Firma nannte sich
# später Autowerke" (is called).
[set thingdets]
# Determiners of a thing pointed back at or the writer's own, before a noun
# the lexicon does not know as a speaker's: "Dieser Begriff beschreibt die
# Menge …", "Unser Glossar erklärt die Fachbegriffe" tell what it is.
dieser diese dieses unser unsere

[set reflafternonspeech]
nennt nannte nannten nennen
# "Dafür empfiehlt sich ein Ökostromvertrag" (is advisable), "Im Buch
# findet sich der Satz: „…“" (is found): the noun after is no speaker.
empfiehlt empfahl empfahlen empfehlen findet fand fanden

[set pluralaux]
# Plural verbs: a relative clause starting with one gets "they".
sind haben waren hatten
# (Modals and auxiliaries of many: "NDR-Reporter konnten …" is no "er".)
konnten können mussten müssen wollten wollen sollten sollen durften dürfen werden wurden

[set adjendings]
# Endings of adjectives that begin a name ("Bayerischen Rundfunk").
ische ischen ischer isches e en er es

[set subjunctive]
# Konjunktiv I forms: a sentence built on one, without a cue of its own,
# goes on reporting the previous speaker ("Eine Entscheidung sei
# überfällig.").
sei seien habe hätten werde würden könne müsse solle wolle dürfe gebe gehe komme liege stehe bleibe wisse brauche fehle gelte zeige mache handle plane arbeite steige dringe erhöhe versuche erhole nehme laute führe bringe treffe trage halte lasse sehe spiele stimme bestehe entstehe verliere betreffe fordere erwarte rechne sorge hoffe glaube denke finde wünsche kenne liefere sinke wachse koste drohe erfordere diene richte setze stelle lege ziehe rufe zahle verbreite
# Verbs whose stem ends in -t: their Konjunktiv I ends in -te like a
# preterite, so they are listed, not guessed ("Das bedeute …").
bedeute biete bereite leite berichte fürchte warte beobachte betrachte gestalte enthalte behalte vertrete deute beachte verpflichte
belaste entlaste leiste gewährleiste teste rüste starte bewerte antworte beantworte verzichte errichte vernichte unterrichte erachte verwalte schalte unterhalte verhalte begleite bearbeite verarbeite rette trete betrete
# Konjunktiv II plurals, which indirect speech uses where the Konjunktiv I
# is the indicative ("sie können"): only those with an umlaut, which no
# indicative shares ("sollten", "wollten" are preterites too).
könnten müssten dürften
# (And other Konjunktiv II forms no indicative shares: "Die Beschäftigten
# bräuchten einen Ausgleich".)
bräuchte bräuchten käme kämen gäbe gäben ginge stünde stünden läge lägen wüsste wüssten
# More Konjunktiv I forms of verbs news reports with ("Bei den Teilhabern
# handele es sich um …", "In Polen herrsche Vollbeschäftigung", "Hinweise
# erhalte die Polizei …", "Der Schaden belaufe sich auf …"); not those
# that are also adjectives in lower case ("reiche", "schade", "weise"), nor those
# that with a separable prefix are another word ("zufolge", "zunutze").
handele bewege teile herrsche erhalte benötige umfasse möge entwickle ermögliche verfüge erreiche ändere gehöre schaffe stärke suche verstehe entscheide falle hänge laufe lebe lohne passe prüfe scheine schließe spreche tue verlange wirke zähle betrage belaufe befinde beziehe entspreche erfolge ergebe gelinge beginne bestätige untersuche verhindere besitze verdiene stamme ermittle
schaue bestelle erschließe erfülle kümmere erinnere verweise zwinge baue kaufe verkaufe spare frage höre fühle freue kläre erkläre betone verlasse leide gewinne rede öffne wende
# Konjunktiv I of -ieren verbs ("reagiere", "existiere").
[set anonymous]
# Phrases that report words of no one named when "aus" names where they
# came from ("…, hieß es aus Regierungskreisen", "Aus Berlin hieß es"): a
# sentence holding one is not the last speaker's indirect speech going on
# (a bare "…, hieß es." is).
hieß_es heißt_es hiess_es heisst_es

[set anonymousfrom]
# "hieß es aus dem Kanzleramt", "hieß es bei der Polizei", "Seitens des
# Lawinenwarndienstes hieß es", "hieß es beim Verband", "Beim Bundesamt
# heißt es", "Vom Ministerium hieß es".
aus bei beim vom seitens

[set introalone]
# A word that alone opens the clause before the finite verb and its
# subject: "So sagte der Ökonom X, die Inflation bleibe hoch".
so

[set ownsource]
# Phrases that make the clause's own subject the source of what it
# says: "Ein Aktivist kaufte die Dateien nach eigener Aussage", "Nach
# eigenen Angaben kaufte er die Daten".
nach_eigenen_angaben nach_eigener_aussage nach_eigenen_aussagen nach_eigener_darstellung nach_eigenen_worten eigenen_angaben_zufolge nach_eigener_auskunft nach_eigener_einschätzung laut_eigenen_angaben laut_eigener_aussage laut_eigenen_aussagen laut_eigener_darstellung

[set nounsuffixes]
# Endings of common nouns, no name's: a capitalised word so ending is no
# name, even opening a sentence ("Ergebnisse lägen noch nicht vor").
nisse ungen heiten keiten schaften ismus itäten ionen

[set passiveparticiple]
# The auxiliary a participle comes right before: a capitalised word
# before it is that participle, no name ("Verletzt worden sei niemand").
worden

[set quotingwith]
# The phrase after the one quoted that opens the words: "Der Sender
# zitierte den Landrat mit den Worten, die Region brauche Klarheit" is
# the Landrat's, passed on by the broadcaster.
mit_den_worten mit_dem_satz mit_der_aussage

[set anonymousin]
# The word before the document such words are in: "…, hieß es in einer
# Erklärung des Ministeriums", "In einer Mitteilung der Polizei heißt es":
# the document's author speaks.
in im

[set pluralverbendings]
# Endings of plural verb forms: "Sie verlangten …" is they, not she
# (and of verbs in -ern and -eln: "Die Anwälte fordern …").
en ern eln

[set letverbs]
# Verbs of letting before an infinitive of saying: "Er ließ über seinen
# Anwalt erklären, …" is his, passed on by the lawyer.
ließ ließen lässt lassen ließe liess liessen lässt liesse

[set throughpreps]
# The word before the one who passes the words on: "ließ über seinen
# Anwalt erklären", "ließ durch einen Sprecher mitteilen".
über durch

[set spokesbodies]
# First parts of a spokesperson's compound title that name the body
# spoken for, when the lexicon lists no kind for them: "ein Bahnsprecher"
# speaks for the Bahn.
bahn post

[set objectdeterminers]
# Determiners that never open a subject (accusative and dative): a
# sentence opening with one before the verb opens with the object, and
# the subject comes after the verb ("Einen Rücktritt schloss Wenger
# aus", "Den Plan hat die Ministerin kritisiert").
den einen diesen jenen jeden keinen seinen ihren unseren meinen dem einem diesem jenem jedem keinem seinem ihrem unserem meinem

[set genitiveonly]
# Determiners only of the genitive (singular masculine and neuter): with
# one noun, opening the sentence before the verb, an adverb ("Des
# Weiteren", "Eines Tages"), no subject (README).
des eines seines ihres unseres meines

[set agesuffixes]
# Endings of a description by age ("der 24-Jährige"): the one person
# named just before.
jährige jähriger

[set dativepronouns]
# Personal pronouns in the dative that stand for the source alone before
# "zufolge": "Ihm zufolge sind …" is his (README).
ihm ihr

[set dativearticles]
# Articles only of a phrase in the dative: an outlet told between the
# verb of an incise and its subject ("…, sagte dem Sender die
# Bürgermeisterin"; README).
dem einem

[set incisedatives]
# Personal pronouns in the dative, the one told, that may stand between
# the verb of an incise and its subject: "„…“, sagte ihm der Arzt",
# "…, sagen uns mehrere Anwälte" (README).
ihm ihr uns mir ihnen

[set obliquefeminine]
# Determiners that open a subject only before a masculine noun: before a
# feminine one they are dative or genitive ("Der Regierung warf sie
# Versagen vor").
der einer dieser jener jeder keiner meiner seiner ihrer unserer

[set femininesuffixes]
# Endings of nouns that are always feminine.
ung heit keit schaft tät ion

[set claimnouns]
# Nouns of what is said, never of who says it: opening a sentence before
# a reporting verb, they are its object ("Die Vorwürfe wies Wenger
# zurück", "Die Kritik wies das Ministerium zurück").
vorwurf vorwürfe kritik anschuldigung anschuldigungen behauptung behauptungen darstellung darstellungen gerücht gerüchte spekulation spekulationen forderung forderungen einschätzung äußerung äußerungen aussage aussagen

[set interviewcues]
# Words of an introduction to an interview printed as questions and
# answers, or of its last paragraph: its answers are the one person the
# introduction names.
interview interviews gespräch

[set secondperson]
# Words that speak to someone: most questions of an interview do.
du dich dir dein deine deinen deinem deiner euch euer eure

[set formaladdress]
# The polite "you", written with a capital inside a sentence ("Hatten Sie
# Zweifel?"); lower case it is she or they.
sie ihnen ihr ihre ihren ihrem ihrer ihres

[set barenouns]
# Common nouns news writes without an article, after a preposition: no
# one's name ("bestätigte auf Anfrage", "sagte auf Nachfrage", "vor
# Gericht"), so no one a pronoun may stand for.
anfrage nachfrage auskunft beginn zukunft hinblick blick sicht druck gericht grund basis folge hilfe anlass rücksicht kenntnis verfügung redaktionsschluss

[set singulardets]
# Articles of one: a phrase they open is singular, though its noun's form
# is a plural too ("Ein Anwohner sagte …", "dem Analysten").
ein eine einem einen eines einer das dem des dieses diesem jedes jedem jeden jeder jede

[set singulardeterminers]
# Determiners of a singular only: a phrase opening with one before a
# plural verb is its object ("Das nächste Spiel bestreiten die Münchner
# am Mittwoch").
das ein eine dieses jenes jedes kein

[set occasionpreps]
# Prepositions of a short phrase of the occasion between a verb and the
# preposition it takes: "sprach nach dem Spiel von einer «verdienten
# Niederlage»".
nach vor bei während am im beim gegenüber

[set adjinflections]
# The endings of an adjective before its noun: "scharfe Kritik",
# "deutliches Signal", "egoistischen Politiker". See adjstems and
# adjsuffixes.
e en er es em

[set adjstems]
# Adjectives (their stems) that often open a sentence before their noun,
# capitalised there only ("Scharfe Kritik kam von …", "Klare Worte fand
# …", "Mehrere Experten warnten …"): no name's first word.
scharf hart klar neu alt groß gross klein jung erst zweit dritt viert letzt ganz lang kurz hoch stark schwach weit weiter früh spät gut schlecht schwer leicht viel ander meist best streng offen mehrer beid manch verschieden

[set adjsuffixes]
# Suffixes that make an adjective of a stem ("deutlich", "egoistisch",
# "ehemalig", "unverzichtbar", "wirkungslos"): inflected, and opening a
# sentence before a noun, no name's first word. (Not "-haft", the end of
# nouns in "-schaft": "Gewerkschafter".)
isch lich ig bar sam los

[set placeadjendings]
# The ending of an adjective made of a place's name ("Stuttgarter"): a
# title after it is the one person named with that title and place.
er

[set genitiveendings]
# Endings of a noun's genitive, strong and weak ("Innenministeriums",
# "des Landes", "des Präsidenten"): the lexicon's nouns are found under
# them, inside compounds too.
es s n

[set weakendings]
# Endings of a weak noun's singular outside the nominative ("dem
# Präsidenten", "des Analysten", "dem Kollegen"): before a name, the
# word is the title, though the form is a plural too.
en n

[set genitivedeterminers]
# Determiners of the genitive singular: a capitalised word after one is
# a noun's genitive, no name ("des Vereins", "eines Sprechers").
des eines seines ihres unseres dieses jedes welches

[set pluralendings]
# Endings of a noun's plural and its dative ("Angaben", "Berichten"): a
# document's noun is found under them inside a compound
# ("Polizeiangaben", "aus Regierungsberichten").
n en

[set femininemedia]
# Endings of the names of outlets that are feminine nouns ("Zeitung",
# "Presse-Agentur"): "Der Leipziger Volkszeitung sagte X" opens with a
# dative, the outlet told.
zeitung zeitschrift presse agentur rundschau

[set weakadjendings]
# The ending of an adjective after a dative or genitive article ("Der
# Deutschen Presse-Agentur"): the phrase is an oblique outlet's.
en

[set shares]
# Nouns of a share, not of people: "Rund 60 Prozent der Wähler sagten".
prozent

[set latter]
# "Dieser", "Letzterer" standing alone: the one named last, not the last
# subject.
dieser letzterer letztere

[set subord]
# Words opening a subordinate clause, whose finite verb comes last, its
# subject the phrase right after them (or after a word of [set comp]):
# "Während Equinor zwei GW als maximale Leistung angibt, …" is Equinor's,
# not the phrase before the verb's.
weil als wenn während obwohl nachdem bevor falls sobald solange seitdem sodass

[set freerelatives]
# Words opening a clause that are its subject themselves: "Wer kurze Wege
# schätzt, …" says nothing of the ways.
wer

[set nominative]
# Pronouns that are only ever a subject: one right after the verb of a
# sentence that opens with a phrase makes that phrase the object ("Die
# Kosten bezifferte er auf …"; not "sie", "es": "Die Ministerin lobte
# sie").
er

[set firstperson]
# First-person subjects: a verb form in -e next to one is the present,
# not a Konjunktiv I ("Das sehe ich anders", "ich habe").
ich

[set persondemonymwords]
# A nationality's noun for one person ("so der Däne", "sagte die
# Spanierin"): the person of that country named before, not the country.
amerikaner amerikanerin us-amerikaner us-amerikanerin chinese chinesin russe russin franzose französin brite britin spanier spanierin portugiese portugiesin italiener italienerin ukrainer ukrainerin türke türkin japaner japanerin südkoreaner südkoreanerin brasilianer brasilianerin argentinier argentinierin mexikaner mexikanerin kolumbianer kolumbianerin kanadier kanadierin australier australierin belgier belgierin niederländer niederländerin schweizer schweizerin österreicher österreicherin pole polin ungar ungarin tscheche tschechin grieche griechin schwede schwedin norweger norwegerin däne dänin finne finnin ire irin serbe serbin kroate kroatin rumäne rumänin bulgare bulgarin

[set personfeminine]
# The ending of a noun for a woman ("Spanierin", "Dänin"): "die" before
# another noun of a person is the plural's ("die Amerikaner").
in

[set subjunctivesubjects]
# Pronouns of the third person singular: the verb after one that opens a
# sentence and ends in -e, not -te, is a Konjunktiv I form ("Das bedeute
# aber nicht …"); the indicative ends in -t.
es das dies man er

[set subjunctiveendings]
iere

# Separable prefixes: "vorliege" is "liege" with "vor".
[set verbprefixes]
vor an aus ab ein zu nach mit auf her hin weiter fest zurück dar bei fort los


[set refusalnouns]
# Nouns of what is said that a refusal verb without a particle refuses,
# its object: "lehnte eine Stellungnahme ab", "verweigerte jeden
# Kommentar", "ließ eine Anfrage unbeantwortet", "reagierte nicht auf
# Fragen".
nichts stellungnahme stellungnahmen kommentar kommentare anfrage anfragen nachfrage nachfragen frage fragen auskunft auskünfte interview interviews aussage aussagen angaben antwort antworten äußerung äußerungen

[set refusalverbs]
# Verbs of saying a refusal's infinitive clause closes with: "lehnte es
# ab, sich zu den Vorwürfen zu äußern", "…, mit Journalisten zu
# sprechen", "…, Fragen zu beantworten".
äußern äussern sprechen sagen kommentieren beantworten antworten nennen bestätigen erklären reden

[set refusalmodals]
# Modals of will before a negated infinitive of saying at the end of the
# clause: a refusal ("wollte sich nicht äußern", "möchte den Bericht nicht
# kommentieren"; not "konnte nichts sagen").
wollte wollten will wollen möchte möchten mochte mochten

[set questionwords]
# Words opening an indirect question after a negated verb of saying: "wollte
# nicht sagen, wie viele Stellen wegfallen" refuses to say it; "wollte
# nicht viel sagen, es gebe dringendere Fragen" says something.
wie wann was wer wen wem welche welcher welches welchen warum weshalb wieso wo wohin woher inwieweit

[set negfocus]
# Words after a negation that make it no negation of the verb: "äußerte
# sich nicht nur zur Krise", "nicht zuletzt".
nur zuletzt erst allein ohne minder umsonst

[set modal]
könnte könnten würde würden sollte sollten soll sollen will wollen dürfte dürften kann können muss müssen müsse könne solle wolle dürfe möchte möchten

[set inf]
zu

[set comp]
dass ob

[set relpron]
der die das welcher welche welches dem den deren dessen

[set reladverbs]
# Relative adverbs: "…, où le virus circule" describes a place; it is
# no reported clause after a comma.
wo worin woraus

[set clause]
und aber oder denn doch sondern weil als wenn während obwohl jedoch allerdings zudem außerdem dann dass ob

[set contrast]
# Words that open a clause of contrast after a comma (", während die
# Kritiker … sprachen"): a reporting verb in it ends the words of the
# speaker before it, whoever its own speaker is.
während wohingegen

[set coord]
und oder aber sowie doch

[set bothand]
# The words around the first of two subjects who both speak: "Sowohl
# Anna Berg als auch Peter Lenz sagten …" (with [set paircoord]).
sowohl_als

[set paircoord]
# Conjunctions of two words that join the second of two subjects.
als_auch

[set prep]
in an auf aus bei mit nach von zu für über unter vor gegen ohne um durch seit bis im am vom zum zur beim ins ans aufs gegenüber trotz wegen während laut zufolge neben innerhalb außerhalb zwischen hinter entlang statt anstatt angesichts aufgrund infolge mittels seitens bezüglich hinsichtlich dank gemäß anlässlich zwecks binnen außer entgegen inmitten ungeachtet unweit jenseits abseits via

[set of]
von vom des der
# (And the English "of" of a name quoted as it is: "die University of
# New Mexico", "das Massachusetts Institute of Technology".)
of

[set by]
von durch

[set listintro]
darunter

[set cleft]
# A phrase before an inverted subject that points back at the sentence before as what was said: "Das sagte X", "Dies teilte X mit".
das dies genau_das auch_das das_alles dies_alles

[set masculine]
# Determiners that mark the gender of a speaker without a name, in the
# nominative of a subject: "sagte der 61-Jährige" is a man.
der ein

[set absolute]
mit

[set as]
wie

[set ascompare]
so genauso ebenso sowohl oft viel viele sehr lange weit hoch stark schnell

[set comparatives]
# Words after which "als" compares and opens no clause: "Mehr als 30
# Menschen sind …, sagte X" (README).
mehr weniger eher lieber

[set nameglue]
von van der den de al bin

[set anybody]
# Words for any public body: "die Behörde" after "die Staatsanwaltschaft
# Hannover" is that office, whatever its own noun.
behörde

[set particles]
# Particles inside a surname, before its last word ("Ursula von der
# Leyen", "Alexander Van der Bellen"): no person "of" a body there.
von van der den de zu

[set selfwords]
# Words of emphasis after a subject before its verb: "Die Firma selbst
# erklärte …", "Agrona selbst teilt dazu mit" are the company's, no party
# "Firma selbst" (before the subject, "Selbst die Firma …", it is "even").
selbst

[set adverbs]
# (Also the adjectives that open "Ähnlich äußerte sich X: …", "Skeptisch
# zeigte sich X": no one's name.)
ähnlich anders kritisch skeptisch optimistisch zurückhaltend zuversichtlich
auch bereits noch zudem außerdem gestern heute am zuletzt erneut jedoch allerdings nun jetzt dabei damals deutlich bisher erst schon ebenfalls laut zufolge montag dienstag mittwoch donnerstag freitag samstag sonntag abend morgen später hier dort zuvor trotzdem dennoch inzwischen mittlerweile zunächst schließlich danach dazu daher deshalb somit vielmehr stattdessen hingegen indes immerhin demnach demzufolge folglich darum also gleichwohl ohnehin jedenfalls zumindest offenbar offensichtlich angeblich vermutlich womöglich möglicherweise tatsächlich eigentlich insgesamt ebenso gleichzeitig unterdessen derweil seither seitdem längst kürzlich jüngst vorerst künftig dagegen trotz zugleich überdies ferner anschließend daraufhin wiederum bislang nunmehr indessen freilich ansonsten andernfalls zwar eher kaum nämlich letztlich endlich sogar erstmals ausdrücklich nochmals abermals vorher alleine gerne lange manche solche jede ebenfalls weiter darauf darüber dafür damit darin natürlich immer genau da zusätzlich zeitgleich weniger nachts meisten inhaltlich hierbei generell gemeinsam einmal deswegen dadurch daheim aktuell mehr manchmal übrigens weiterhin
# Adverbs of a speaker's stance or of the order of the speech that open a
# sentence before its verb ("Grundsätzlich halte ich das für richtig, so X",
# "Abschließend forderte sie …", "Ursprünglich hatte X gesagt …"): no one's
# name.
grundsätzlich prinzipiell theoretisch ursprünglich eingangs abschließend zusammenfassend ergänzend einleitend rückblickend erschwerend einerseits andererseits anderseits darunter daneben

[set timemods]
# Words of degree before an adverb of time: "meldete sich wenig später zu
# Wort: „…“", "kurz darauf" (README).
wenig kurz gleich bald kaum unmittelbar

[set time]
montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute morgen abend woche monat jahr anfang ende mitte

[set timesuffixes]
# The last parts of compounds that name a time ("Montagabend",
# "Dienstagmorgen", "Arbeitswoche"): such a compound is a word of time.
abend morgen nachmittag vormittag mittag nacht woche wochenende

# Words of time that close a phrase opening the sentence before its verb:
# "Kurz darauf erklärte er …", "Zwei Jahre zuvor sagte er …" (the
# subject follows the verb; no party "Kurz", "Jahre").
[set sequencetime]
zuvor später danach darauf davor vorher nachher

[set anaphoric]
# Nouns that refer back to a body named before ("the company", "la société").
unternehmen konzern firma gruppe organisation agentur ministerium regierung verwaltung zeitung sender botschaft krankenhaus klinik gericht polizei armee gewerkschaft rat ausschuss kommission partei verein bank stiftung verband institut universität behörde

[set docthus]
# A word opening a sentence that reports what the document named in the
# sentence before says: "Das Institut legte eine Studie vor. Demnach …".
demnach

[set docthere]
# The word after words of no one named that closes a sentence and points
# to the document named in the sentence before: "…, heißt es darin."
darin

[set publishverbs]
# Verbs of publishing a document: "Das Institut legte eine Studie vor.
# Laut der Studie …" is the institute's.
legte legten legt vorgelegt veröffentlichte veröffentlichten veröffentlicht präsentierte präsentierten präsentiert publizierte publiziert vorgestellt

[set docnouns]
mitteilung erklärung bericht studie brief stellungnahme schreiben dokument papier umfrage urteil beschluss interview pressemitteilung daten angaben profil buch analyse gutachten presseerklärung positionspapier antwort auswertung statistik erhebung unterlagen prognose aussage aussagen bewertung risikobewertung einschätzung lagebericht jahresbericht abschlussbericht zwischenbericht
# Inquiries and examinations: "Ermittlungen der Polizei ergaben …".
untersuchung untersuchungen ermittlungen obduktion studien berichte umfragen analysen auswertungen briefe mitteilungen erklärungen stellungnahmen
# Figures, estimates and results: "Laut Zahlen der Deutschen Automobil Treuhand …" is
# the Treuhand's, no party "Zahlen".
zahlen schätzungen berechnungen hochrechnungen statistiken prognosen ergebnis ergebnisse

[set signdashes]
— ―

[set nameprep]
für

[set orgwords]
ministerium rat kommission agentur ausschuss verband stiftung institut zentrum universität gesellschaft unternehmen konzern firma gruppe partei front armee bewegung organisation union liga allianz koalition gericht bundesgericht parlament bundestag bundesrat landtag senat bank fonds netzwerk zeitung radio fernsehen sender dienst polizei botschaft konsulat regierung bundesregierung verwaltung behörde behörden amt büro föderation gewerkschaft krankenhaus klinik kirche verein institution museum schule staatsanwaltschaft ag gmbh ggmbh se e.v.
# English names keep their English organisation word: "Sarrow Terminal Company".
company corporation university institute college group

[set outletdocs]
# A news medium's document: "dem Bericht zufolge", "laut dem Bericht"
# with no author named is the report of the one medium the article has
# reported from so far.
bericht

[set mediawords]
zeitung zeitschrift magazin sender fernsehen radio agentur nachrichtenagentur portal blatt

[set mediasuffix]
# A word ending in one of these names a newspaper or magazine
# ("Volkszeitung", "Handelsblatt", "Passauer Neue Presse"): "sagte X der
# Leipziger Volkszeitung" is said to it.
zeitung zeitschrift magazin blatt presse rundschau kurier anzeiger agentur

[set newsnames]
dpa afp reuters ap bbc cnn kna epd apa sda
# dpa's regional services and other agencies of datelines: "Regensburg (dpa/lby) –".
lby lnw lsw lni lno lhe lrs lsa lmv lbn lsn lth sid dts

[set placebodies]
# Bodies named by the place they serve, a compound's last part too: "die
# Staatsanwaltschaft Landshut", "des Polizeipräsidiums Oberbayern Nord",
# "das Landgericht Hamburg": the whole phrase is the body's name, not the
# place's.
staatsanwaltschaft polizei präsidium polizeidirektion feuerwehr gericht stadt gemeinde landkreis bezirksregierung landratsamt jobcenter klinikum bistum erzbistum
# (Also bodies of a region: "der Flüchtlingsrat Bayern", "der
# Bauernverband Schleswig-Holstein", "die Handwerkskammer Hamburg"; not a
# person's title, "Landrat Uwe Seidel".)
rat verband kammer verein bündnis
# (And offices of a place: "der Verkehrspolizeiinspektion Augsburg",
# "das Gesundheitsamt Frankfurt", "die Bezirkshauptmannschaft Gmünd".)
inspektion direktion amt hauptmannschaft
# (And places of learning, care and supply: "die Universität Mannheim",
# "die Uniklinik Köln", "die Stadtwerke München".)
universität hochschule klinik stadtwerke

[set govwords]
regierung bundesregierung landesregierung ministerium ministerien verwaltung botschaft konsulat armee militär bundeswehr polizei präsidium kabinett behörden staatsanwaltschaft kanzleramt auswärtige_amt

[set nongov]
opposition ehemalige ehemaliger ex rebellen aktivist aktivisten dissident abgeordnete abgeordneter kandidat kandidatin kritiker bürger journalist studenten demonstranten unternehmen gericht gerichts richter richterin staatsanwalt staatsanwältin staatsanwaltschaft

[set courtroles]
anwalt anwältin staatsanwalt staatsanwältin richter richterin

[set anypost]
# Words that may stand for any post ("el funcionario", "the official"):
# after a person named with an office, still maybe that person.
funktionär funktionärin verantwortliche verantwortlicher

[set offices]
# Posts one person holds, two of which are two people: "the governor"
# after "Mayor X" spoke is not X.
präsident präsidentin bundespräsident bundespräsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin richter richterin minister ministerin

[set titlemods]
stellvertretende stellvertretender ehemalige ehemaliger

[set titlesuffix]
# A compound noun ending in one of these is a title ("Regierungssprecher").
sprecher sprecherin minister ministerin chef chefin präsident präsidentin direktor direktorin leiter leiterin kanzler kanzlerin vorsitzende vorsitzender experte expertin politiker politikerin vertreter vertreterin jährige jähriger vorstand vorständin
# (The longest one a word ends in: "Oberstaatsanwältin", "Rechtsanwalt",
# "Bundesrichterin", "Landesgeschäftsführer", "Oberbürgermeisterin",
# "Bundestrainer", "Polizeikommissar".)
ologe ologin generalsekretär generalsekretärin staatssekretär staatssekretärin senator senatorin botschafter botschafterin ökonom ökonomin analyst analystin berater beraterin beauftragte beauftragter anwalt anwältin staatsanwalt staatsanwältin richter richterin geschäftsführer geschäftsführerin bürgermeister bürgermeisterin trainer trainerin kommissar kommissarin spieler spielerin profi stürmer stürmerin forscher forscherin volkswirt volkswirtin
# (Roles of the arts, the press and research: "der niederländische Historiker
# Rutger Bregman" is Rutger Bregman.)
historiker historikerin autor autorin schriftsteller schriftstellerin journalist journalistin wissenschaftler wissenschaftlerin philosoph philosophin moderator moderatorin regisseur regisseurin

[set plural]
experten expertinnen fachleute wissenschaftler forscher anwohner gewerkschafter gewerkschafterinnen streikende augenzeugen zeugen kritiker unterstützer demonstranten aktivisten ärzte ermittler behörden beobachter insider kreise quellen angehörige mitarbeiter beschäftigte nutzer ökonomen analysten abgeordnete politiker vertreter sprecher
# (Also bodies in the plural, whose voice verb is plural: "Die Gewerkschaften
# kritisierten den Plan" is "Kritisieren den Plan".)
gewerkschaften konzerne firmen gruppen organisationen bewegungen verbände stiftungen ausschüsse kommissionen parteien vereine zeitungen zeitschriften agenturen

[set collective]
polizei regierung bundesregierung armee familie team staatsanwaltschaft

[set rulenouns]
# Laws, rules and the state of things: after an according pattern
# ("Laut Verfassung …", "gemäß aktueller Rechtslage", "laut aktuellem
# Stand") no source, the sentence is the article's.
verfassung grundgesetz gesetz gesetzen rechtslage paragraf paragraph paragrafen stand vorschrift vorschriften verordnung richtlinie regel regeln

[set mutenouns]
# Nouns of things that cannot speak: "the death toll continues…", "los
# hechos revelan…" name no speaker.
daten fakten bilanz anstieg tatsache tatsachen zahl zahlen frage fragen name zeit leben
# (And the content of a view, never its holder: "…, so die Hoffnung", "…,
# so der Tenor", "so die These".)
hoffnung these tenor grundtenor
# (Nor a tale or a rumour, which no one named tells: "Der Legende zufolge
# …", "laut den neuesten Gerüchten …".)
legende gerüchte gerüchten

[set starters]
ja nein ok lesen sie auch video foto man gefragt angesprochen konfrontiert befragt wie kritik lob widerspruch zustimmung unterstützung ablehnung protest empörung skepsis nur lediglich bloß

[set personalpronouns]
# First- and second-person pronouns: a phrase that opens with one names no
# party, outside quotations ("Daher fordern wir ein eigenes Ministerium",
# "ergreift uns die Furcht": the writer, or whom it befalls).
ich wir mir mich uns

[set notnames]
# Words that are never a name, wherever they stand: pronouns, conjunctions
# and words that open a sentence with a capital ("Ich", "Nachdem", "Regardless").
ich wir mir mich uns dir dich euch dies dasselbe nachdem bitte so was wem wen woran worin wofür womit worüber wieso weshalb warum selbst ungefähr wer ihm eigenen eigene eigener eigenes o-ton originalton zitat wortlaut
# Adverbs and adjectives that open a sentence before its verb ("Gleich
# berichten wir …", "Knapp die Hälfte gab an …", "Gern berichten wir …"),
# and a verb that opens one with its subject left out ("Klingt seltsam,
# aber sie …").
gleich gern gerne knapp falsch verkehrt gleichzeitig klingt derzeit momentan gegenwärtig mindestens höchstens nahezu beinahe annähernd
# Verbs of the plural imperative that open a sentence, the hearers their
# subject ("Lasst uns ehrlich sein und sagen, dass …", "Seht her, …"): no
# one's name.
lasst seht schaut
# Adverbs of "da-" and "hier-" with a preposition, which point back at a
# thing ("Daran erkenne man …", "Davon gehe sie aus"): no one's name.
daran davon daraus davor dahinter hierzu hierfür

[pronouns]
er m s
sie f -
es n s
# "Dieser nehme an, …", "Letztere sagte …": the one named last.
dieser m s
letzterer m s
letztere f s

[titles]
präsident m gov head
präsidentin f gov head
bundespräsident m gov
bundespräsidentin f gov
kanzler m gov
kanzlerin f gov
bundeskanzler m gov
bundeskanzlerin f gov
minister m gov
ministerin f gov
bundesminister m gov
bundesministerin f gov
außenminister m gov
außenministerin f gov
innenminister m gov
innenministerin f gov
finanzminister m gov
finanzministerin f gov
wirtschaftsminister m gov
wirtschaftsministerin f gov
gesundheitsminister m gov
gesundheitsministerin f gov
verteidigungsminister m gov
verteidigungsministerin f gov
ministerpräsident m gov
ministerpräsidentin f gov
premierminister m gov
premierministerin f gov
regierungschef m gov
regierungschefin f gov
regierungssprecher m gov spokes
regierungssprecherin f gov spokes
staatssekretär m gov
staatssekretärin f gov
sprecher m spokes
sprecherin f spokes
pressesprecher m spokes
pressesprecherin f spokes
botschafter m gov
botschafterin f gov
diplomat m gov
könig m gov
königin f gov
bürgermeister m
bürgermeisterin f
landrat m
landrätin f
stadtrat m
stadträtin f
oberbürgermeister m
oberbürgermeisterin f
kämmerer m =kämmerer =kämmerin
kämmerin f =kämmerer =kämmerin
dezernent m =dezernent =dezernentin
dezernentin f =dezernent =dezernentin
beigeordneter m =beigeordneter
ortsvorsteher m =ortsvorsteher =ortsvorsteherin
ortsvorsteherin f =ortsvorsteher =ortsvorsteherin
intendant m head =intendant =intendantin
intendantin f head =intendant =intendantin
rektor m head =rektor =rektorin
rektorin f head =rektor =rektorin
dekan m head =dekan =dekanin
dekanin f head =dekan =dekanin
pfarrer m =pfarrer =pfarrerin
pfarrerin f =pfarrer =pfarrerin
gutachter m =gutachter =gutachterin
gutachterin f =gutachter =gutachterin
general gov
richter m
richterin f
staatsanwalt m gov
staatsanwältin f gov
direktor m
direktorin f
chef m head
chefin f head
vorsitzende head
vorsitzender m head
geschäftsführer m head
geschäftsführerin f head
vorstandschef m head
vorstandschefin f head
konzernchef m head
konzernchefin f head
abgeordnete
abgeordneter m
# "Gewerkschafter Karl Ott", "die Gewerkschafterin Eva Roth": a role, not part of the name.
gewerkschafter m
gewerkschafterin f
aktivist m
aktivistin f
# Plural and oblique forms before names: "die beiden Abgeordneten Petra Lang und Uwe Roth".
abgeordneten
gewerkschafterinnen
aktivisten
aktivistinnen
senator m
senatorin f
gouverneur m
experte m
expertin f
analyst m
analystin f
insider m
forscher m
forscherin f
historiker m
historikerin f
autor m
autorin f
schriftsteller m
schriftstellerin f
professor m
professorin f
prof.
dr. hon
herr m hon
frau f hon
anwalt m
anwältin f
rechtsanwalt m
rechtsanwältin f
verteidiger m
verteidigerin f
kapitän m
kapitänin f
torhüter m
torhüterin f
stürmer m
stürmerin f
sportvorstand m
sportdirektor m
sportdirektorin f
angeklagter m
angeklagte
klägerin f
kläger m
generalsekretär m head
generalsekretärin f head
parteichef m head
parteichefin f head
fraktionschef m head
fraktionschefin f head
trainer m
trainerin f
# "Nationalspieler Joshua Kimmich", "Ex-Bayern-Profi Dietmar Hamann":
# a player's role (and compounds ending in one, [set titlesuffix]).
spieler m
spielerin f
profi
ökonom m
berater m
beraterin f
beauftragte
beauftragter m
ökonomin f
volkswirt m
volkswirtin f
virologe m
virologin f
toxikologe m
toxikologin f
epidemiologe m
epidemiologin f
soziologe m
soziologin f
psychologe m
psychologin f
politologe m
politologin f
meteorologe m
meteorologin f
kriminologe m
kriminologin f
leiter m head
leiterin f head
kommissar m
kommissarin f
vertreter m
vertreterin f
mitglied
kollege m
kollegin f
politiker
politikerin f
# "der 61-Jährige", "die 54-Jährige": a person described by age (with
# [set titlesuffix]).
jährige
jähriger m

[speakers]
behörden behörde kreise regierungskreise quellen umfeld gov
regierung bundesregierung landesregierung ministerium kabinett präsidium botschaft staatsanwaltschaft kanzleramt gov
# (Offices of a state or a town: "das Gesundheitsamt", "aus dem Landratsamt", "die Staatskanzlei", "aus dem Rathaus", "die Stadtverwaltung".)
amt bundesamt landesamt staatskanzlei rathaus verwaltung gov
polizei armee militär bundeswehr soldaten gov
sprecher sprecherin sprecherinnen pressesprecher pressesprecherin spokes
unternehmen konzern firma gruppe organisation bewegung verband gewerkschaft stiftung ausschuss kommission rat gericht krankenhaus klinik partei verein institut institute universität konzerne firmen gruppen organisationen bewegungen verbände gewerkschaften stiftungen ausschüsse kommissionen parteien vereine opposition zentrale org
zeitung zeitschrift magazin sender agentur nachrichtenagentur portal blatt zeitungen zeitschriften magazine agenturen portale medien media
experten expertinnen fachleute wissenschaftler forscher anwohner gewerkschafter gewerkschafterinnen streikende augenzeugen zeugen kritiker unterstützer demonstranten aktivisten ärzte ermittler beobachter insider angehörige mitarbeiter beschäftigte nutzer ökonomen analysten politiker vertreter verbraucherschützer umweltschützer people
# (One person described: "Ein Anwohner erinnerte sich … „…“, sagte er.")
anwohnerin nachbar nachbarin bewohner bewohnerin zeuge zeugin augenzeuge augenzeugin passant passantin mitarbeiterin nutzerin kritikerin aktivist aktivistin arzt ärztin beobachterin people
mitteilung erklärung bericht berichte berichten studie brief stellungnahme analyse gutachten presseerklärung doc

[orgkinds]
# The kinds of organisation a head noun names: "die Gewerkschaft" refers
# back to an organisation of its own kind or of none told, never to one
# of another kind; a compound has the kind of its last part
# ("Dockarbeiterverband", "Betreibergesellschaft"). Nouns of no one kind
# ("Gruppe", "Organisation") are not listed.
unternehmen konzern firma gesellschaft betreiber ag gmbh company corporation company
gewerkschaft gewerkschaften verband föderation union
ministerium ministerien regierung verwaltung kabinett botschaft konsulat behörde staatsanwaltschaft government
zeitung zeitschrift magazin sender fernsehen radio blatt portal media
gericht court
stadt gemeinde kommune landkreis kreis city
partei party
bank fonds bank
universität hochschule schule institut university
stiftung verein association
rat ausschuss kommission council
krankenhaus klinik hospital
polizei police
armee militär bundeswehr army

[according]
# (A possessive and the noun of saying before "zufolge" or "nach": "Ihren
# Worten zufolge", "Seiner Ansicht nach" are hers and his, no party
# "Worten".)
X worten zufolge
X angaben zufolge
X aussage zufolge
X aussagen zufolge
X einschätzung zufolge
X ansicht nach
X meinung nach
X auffassung nach
X einschätzung nach
laut X
X zufolge
# (The forms with "von" first: "nach Ansicht von Aiwanger" is Aiwanger's.)
nach einschätzung von X
nach angaben von X
nach ansicht von X
nach informationen von X
nach meinung von X
nach auffassung von X
nach überzeugung von X
nach darstellung von X
nach aussage von X
nach aussagen von X
nach auskunft von X
nach erkenntnissen von X
nach worten von X
nach den worten von X
nach berechnungen von X
nach schätzungen von X
nach zahlen von X
nach daten von X
nach angaben X
nach X worten
nach X angaben
nach X darstellung
nach X einschätzung
nach X ansicht
nach X auffassung
nach X aussage
nach einschätzung X
nach ansicht X
nach informationen X
nach erkenntnissen X
nach ersten erkenntnissen X
nach bisherigen erkenntnissen X
nach aussage X
nach aussagen X
nach auskunft X
nach darstellung X
nach meinung X
nach auffassung X
nach überzeugung X
nach den worten X
nach berechnungen X
nach schätzungen X
nach zahlen X
nach daten X
gemäß X
, so X $
# "Das geht aus einer Antwort der Bundesregierung hervor", "wie aus
# einem Bericht des Ministeriums hervorgeht": the closing words end the
# clause.
wie aus X hervorgeht $
wie aus X hervorging $
aus X hervor $
aus X hervorgeht $
aus X hervorging $
aus X hervorgehe $

[furniture]
lesen sie auch
mehr zum thema
mehr dazu
auch interessant
das könnte sie auch interessieren
foto:
bild:
bildquelle
quelle:
anzeige
werbung
abonnieren sie
newsletter
teilen
video:
liveticker
©

[set denycues]
haltlos haltlose unbegründet unbegründete falsch falsche unwahr unwahre lüge lügen verleumdung verleumdungen gegenstandslos absurd ohne_grundlage keine_beweise nicht_wahr erfunden

[set accusecues]
angriff angriffe angegriffen hackerangriff spionage getötet töten mord morde verbrechen kriminell korruption korrupt betrug folter bombardierung invasion aggression verletzung verletzungen verstoß verstöße missbrauch belästigung illegal illegale rechtswidrig verantwortlich verantwortung beteiligt beteiligung diebstahl gestohlen gelogen lügen völkermord terrorismus

[set photowords]
# Words that introduce a photo credit.
foto fotos bild bilder bildquelle

[set credits]
# Photo credits: a short paragraph ending with one is a caption.
getty getty_images afp reuters ap ap_photo epa dpa picture_alliance picture-alliance shutterstock imago keystone efe anadolu xinhua sipa abaca bloomberg

[months]
januar jänner jan. 1
februar feb. 2
märz 3
april apr. 4
mai 5
juni 6
juli 7
august aug. 8
september sept. 9
oktober okt. 10
november nov. 11
dezember dez. 12

[set regimewords]
# Loaded words for a government: after a country, the note names it.
regime regimes

[set judgement]
# Words of opinion the bot never says in its own voice (a model's note that
# uses them outside quotation marks is not shown).
sollte sollten muss ignorieren ignoriert einseitig parteiisch propaganda lüge lügen falsch gefälscht beschämend skandalös lächerlich absurd irreführend

[loaded]
# (Not "angebliche": like "alleged" it hedges an allegation; left out, the
# allegation would read as a fact in the bot's voice.)
# (Kept in quotation marks, not "Regierung": a neuter noun's article
# would not fit a feminine one, "das Regierung".)
regime = =
regimes = =
terrorist = =
terroristen = =
terror = =
sogenannte = -
sogenannten = -
sogenannter = -
propaganda = =
märtyrer = =
besatzung = =
besatzer = =
invasoren = =
extremist = =
extremisten = =
diktator = =
tyrann = =
junta = =
massaker = =
völkermord = =
schergen = Gefolgsleute
handlanger = Gefolgsleute
marionette = =
illegal = =
diktators = =
diktatoren = =
tyrannen = =
terroristin = =
terroristinnen = =
terrors = =
sogenanntes = -
sogenanntem = -
massakers = =
völkermords = =
völkermordes = =
märtyrern = =
märtyrers = =
extremistin = =
extremistinnen = =
illegale = =
illegalen = =
illegaler = =
illegales = =
juntas = =

[countries]
# CODE | name, other names | demonyms | capitals and government metonyms
US | Vereinigte Staaten, USA, US | amerikanisch, amerikanische, amerikanischen, amerikanischer, amerikanisches, US-amerikanisch, US-amerikanische, US-amerikanischen, US-amerikanischer, US-amerikanisches, Amerikaner, Amerikanerin, US-Amerikaner, US-Amerikanerin | Washington, Weißes Haus, Pentagon
CN | China | chinesisch, chinesische, chinesischen, chinesischer, chinesisches, Chinese, Chinesin, Chinesen | Peking
RU | Russland | russisch, russische, russischen, russischer, russisches, Russe, Russin, Russen | Moskau, Kreml
FR | Frankreich | französisch, französische, französischen, französischer, französisches, Franzose, Französin, Franzosen | Paris, Élysée
DE | Deutschland | deutsch, deutsche, deutschen, deutscher, deutsches | Berlin, Bundesregierung
GB | Großbritannien, Vereinigtes Königreich | britisch, britische, britischen, britischer, britisches, Brite, Britin, Briten | London, Downing Street
ES | Spanien | spanisch, spanische, spanischen, spanischer, spanisches, Spanier, Spanierin | Madrid
PT | Portugal | portugiesisch, portugiesische, portugiesischen, portugiesischer, portugiesisches, Portugiese, Portugiesin, Portugiesen | Lissabon
IT | Italien | italienisch, italienische, italienischen, italienischer, italienisches, Italiener, Italienerin | Rom
UA | Ukraine | ukrainisch, ukrainische, ukrainischen, ukrainischer, ukrainisches, Ukrainer, Ukrainerin | Kiew
IL | Israel | israelisch, israelische, israelischen, israelischer, israelisches | Jerusalem, Tel Aviv
PS | Palästina, Palästinensische Autonomiebehörde | palästinensisch, palästinensische, palästinensischen, palästinensischer, palästinensisches | Ramallah
IR | Iran | iranisch, iranische, iranischen, iranischer, iranisches | Teheran
IQ | Irak | irakisch, irakische, irakischen, irakischer, irakisches | Bagdad
SY | Syrien | syrisch, syrische, syrischen, syrischer, syrisches | Damaskus
TR | Türkei | türkisch, türkische, türkischen, türkischer, türkisches, Türke, Türkin, Türken | Ankara
SA | Saudi-Arabien | saudi-arabisch, saudi-arabische, saudi-arabischen, saudi-arabischer, saudi-arabisches, saudisch, saudische, saudischen, saudischer, saudisches | Riad
EG | Ägypten | ägyptisch, ägyptische, ägyptischen, ägyptischer, ägyptisches | Kairo
LB | Libanon | libanesisch, libanesische, libanesischen, libanesischer, libanesisches | Beirut
JO | Jordanien | jordanisch, jordanische, jordanischen, jordanischer, jordanisches | Amman
QA | Katar | katarisch, katarische, katarischen, katarischer, katarisches | Doha
AE | Vereinigte Arabische Emirate | emiratisch, emiratische, emiratischen, emiratischer, emiratisches | Abu Dhabi
AF | Afghanistan | afghanisch, afghanische, afghanischen, afghanischer, afghanisches | Kabul
PK | Pakistan | pakistanisch, pakistanische, pakistanischen, pakistanischer, pakistanisches | Islamabad
IN | Indien | indisch, indische, indischen, indischer, indisches | Neu-Delhi
JP | Japan | japanisch, japanische, japanischen, japanischer, japanisches, Japaner, Japanerin | Tokio
KR | Südkorea | südkoreanisch, südkoreanische, südkoreanischen, südkoreanischer, südkoreanisches, Südkoreaner, Südkoreanerin | Seoul
KP | Nordkorea | nordkoreanisch, nordkoreanische, nordkoreanischen, nordkoreanischer, nordkoreanisches | Pjöngjang
TW | Taiwan | taiwanisch, taiwanische, taiwanischen, taiwanischer, taiwanisches | Taipeh
BR | Brasilien | brasilianisch, brasilianische, brasilianischen, brasilianischer, brasilianisches, Brasilianer, Brasilianerin | Brasília
AR | Argentinien | argentinisch, argentinische, argentinischen, argentinischer, argentinisches, Argentinier, Argentinierin | Buenos Aires
MX | Mexiko | mexikanisch, mexikanische, mexikanischen, mexikanischer, mexikanisches, Mexikaner, Mexikanerin | Mexiko-Stadt
CO | Kolumbien | kolumbianisch, kolumbianische, kolumbianischen, kolumbianischer, kolumbianisches, Kolumbianer, Kolumbianerin | Bogotá
VE | Venezuela | venezolanisch, venezolanische, venezolanischen, venezolanischer, venezolanisches | Caracas
CU | Kuba | kubanisch, kubanische, kubanischen, kubanischer, kubanisches | Havanna
CL | Chile | chilenisch, chilenische, chilenischen, chilenischer, chilenisches | Santiago
PE | Peru | peruanisch, peruanische, peruanischen, peruanischer, peruanisches | Lima
BO | Bolivien | bolivianisch, bolivianische, bolivianischen, bolivianischer, bolivianisches | La Paz
EC | Ecuador | ecuadorianisch, ecuadorianische, ecuadorianischen, ecuadorianischer, ecuadorianisches | Quito
UY | Uruguay | uruguayisch, uruguayische, uruguayischen, uruguayischer, uruguayisches | Montevideo
PY | Paraguay | paraguayisch, paraguayische, paraguayischen, paraguayischer, paraguayisches | Asunción
PA | Panama | panamaisch, panamaische, panamaischen, panamaischer, panamaisches | Panama-Stadt
GT | Guatemala | guatemaltekisch, guatemaltekische, guatemaltekischen, guatemaltekischer, guatemaltekisches | Guatemala-Stadt
HN | Honduras | honduranisch, honduranische, honduranischen, honduranischer, honduranisches | Tegucigalpa
SV | El Salvador | salvadorianisch, salvadorianische, salvadorianischen, salvadorianischer, salvadorianisches | San Salvador
NI | Nicaragua | nicaraguanisch, nicaraguanische, nicaraguanischen, nicaraguanischer, nicaraguanisches | Managua
CR | Costa Rica | costa-ricanisch, costa-ricanische, costa-ricanischen, costa-ricanischer, costa-ricanisches | San José
DO | Dominikanische Republik | dominikanisch, dominikanische, dominikanischen, dominikanischer, dominikanisches | Santo Domingo
HT | Haiti | haitianisch, haitianische, haitianischen, haitianischer, haitianisches | Port-au-Prince
CA | Kanada | kanadisch, kanadische, kanadischen, kanadischer, kanadisches, Kanadier, Kanadierin | Ottawa
AU | Australien | australisch, australische, australischen, australischer, australisches, Australier, Australierin | Canberra
BE | Belgien | belgisch, belgische, belgischen, belgischer, belgisches, Belgier, Belgierin |
NL | Niederlande | niederländisch, niederländische, niederländischen, niederländischer, niederländisches, Niederländer, Niederländerin | Amsterdam, Den Haag
CH | Schweiz | schweizerisch, schweizerische, schweizerischen, schweizerischer, schweizerisches, Schweizer, Schweizerin | Bern
AT | Österreich | österreichisch, österreichische, österreichischen, österreichischer, österreichisches, Österreicher, Österreicherin | Wien
PL | Polen | polnisch, polnische, polnischen, polnischer, polnisches, Pole, Polin | Warschau
HU | Ungarn | ungarisch, ungarische, ungarischen, ungarischer, ungarisches, Ungar, Ungarin | Budapest
CZ | Tschechien | tschechisch, tschechische, tschechischen, tschechischer, tschechisches, Tscheche, Tschechin, Tschechen | Prag
GR | Griechenland | griechisch, griechische, griechischen, griechischer, griechisches, Grieche, Griechin, Griechen | Athen
SE | Schweden | schwedisch, schwedische, schwedischen, schwedischer, schwedisches, Schwede, Schwedin | Stockholm
NO | Norwegen | norwegisch, norwegische, norwegischen, norwegischer, norwegisches, Norweger, Norwegerin | Oslo
DK | Dänemark | dänisch, dänische, dänischen, dänischer, dänisches, Däne, Dänin, Dänen | Kopenhagen
FI | Finnland | finnisch, finnische, finnischen, finnischer, finnisches, Finne, Finnin, Finnen | Helsinki
IE | Irland | irisch, irische, irischen, irischer, irisches, Ire, Irin, Iren | Dublin
RS | Serbien | serbisch, serbische, serbischen, serbischer, serbisches, Serbe, Serbin, Serben | Belgrad
BY | Belarus, Weißrussland | belarussisch, belarussische, belarussischen, belarussischer, belarussisches | Minsk
DZ | Algerien | algerisch, algerische, algerischen, algerischer, algerisches | Algier
MA | Marokko | marokkanisch, marokkanische, marokkanischen, marokkanischer, marokkanisches | Rabat
TN | Tunesien | tunesisch, tunesische, tunesischen, tunesischer, tunesisches | Tunis
LY | Libyen | libysch, libysche, libyschen, libyscher, libysches | Tripolis
SN | Senegal | senegalesisch, senegalesische, senegalesischen, senegalesischer, senegalesisches | Dakar
ML | Mali | malisch, malische, malischen, malischer, malisches | Bamako
NG | Nigeria | nigerianisch, nigerianische, nigerianischen, nigerianischer, nigerianisches | Abuja
ZA | Südafrika | südafrikanisch, südafrikanische, südafrikanischen, südafrikanischer, südafrikanisches | Pretoria
ET | Äthiopien | äthiopisch, äthiopische, äthiopischen, äthiopischer, äthiopisches | Addis Abeba
KE | Kenia | kenianisch, kenianische, kenianischen, kenianischer, kenianisches | Nairobi
CD | Demokratische Republik Kongo | kongolesisch, kongolesische, kongolesischen, kongolesischer, kongolesisches | Kinshasa
AO | Angola | angolanisch, angolanische, angolanischen, angolanischer, angolanisches | Luanda
MZ | Mosambik | mosambikanisch, mosambikanische, mosambikanischen, mosambikanischer, mosambikanisches | Maputo
CV | Kap Verde | kap-verdisch, kap-verdische, kap-verdischen, kap-verdischer, kap-verdisches | Praia
CI | Elfenbeinküste | ivorisch, ivorische, ivorischen, ivorischer, ivorisches | Yamoussoukro
VN | Vietnam | vietnamesisch, vietnamesische, vietnamesischen, vietnamesischer, vietnamesisches | Hanoi
TH | Thailand | thailändisch, thailändische, thailändischen, thailändischer, thailändisches | Bangkok
ID | Indonesien | indonesisch, indonesische, indonesischen, indonesischer, indonesisches | Jakarta
PH | Philippinen | philippinisch, philippinische, philippinischen, philippinischer, philippinisches | Manila
MM | Myanmar, Birma | myanmarisch, myanmarische, myanmarischen, myanmarischer, myanmarisches, birmanisch, birmanische, birmanischen, birmanischer, birmanisches | Naypyidaw
YE | Jemen | jemenitisch, jemenitische, jemenitischen, jemenitischer, jemenitisches | Sanaa
AM | Armenien | armenisch, armenische, armenischen, armenischer, armenisches | Eriwan
AZ | Aserbaidschan | aserbaidschanisch, aserbaidschanische, aserbaidschanischen, aserbaidschanischer, aserbaidschanisches | Baku
GE | Georgien | georgisch, georgische, georgischen, georgischer, georgisches | Tiflis
RO | Rumänien | rumänisch, rumänische, rumänischen, rumänischer, rumänisches, Rumäne, Rumänin, Rumänen | Bukarest
BG | Bulgarien | bulgarisch, bulgarische, bulgarischen, bulgarischer, bulgarisches, Bulgare, Bulgarin, Bulgaren | Sofia
HR | Kroatien | kroatisch, kroatische, kroatischen, kroatischer, kroatisches, Kroate, Kroatin, Kroaten | Zagreb
AL | Albanien | albanisch, albanische, albanischen, albanischer, albanisches, Albaner, Albanerin | Tirana
AD | Andorra | andorranisch, andorranische, andorranischen, andorranischer, andorranisches |
BS | Bahamas | bahamaisch, bahamaische, bahamaischen, bahamaischer, bahamaisches |
BH | Bahrain | bahrainisch, bahrainische, bahrainischen, bahrainischer, bahrainisches | Manama
BD | Bangladesch | bangladeschisch, bangladeschische, bangladeschischen, bangladeschischer, bangladeschisches | Dhaka
BB | Barbados | barbadisch, barbadische, barbadischen, barbadischer, barbadisches | Bridgetown
BZ | Belize | belizisch, belizische, belizischen, belizischer, belizisches | Belmopan
BJ | Benin | beninisch, beninische, beninischen, beninischer, beninisches | Porto-Novo
BT | Bhutan | bhutanisch, bhutanische, bhutanischen, bhutanischer, bhutanisches | Thimphu
BA | Bosnien und Herzegowina, Bosnien-Herzegowina, Bosnien | bosnisch, bosnische, bosnischen, bosnischer, bosnisches, bosnisch-herzegowinisch, bosnisch-herzegowinische, bosnisch-herzegowinischen, bosnisch-herzegowinischer, bosnisch-herzegowinisches, Bosnier, Bosnierin | Sarajevo
BW | Botswana, Botsuana | botswanisch, botswanische, botswanischen, botswanischer, botswanisches | Gaborone
BN | Brunei | bruneiisch, bruneiische, bruneiischen, bruneiischer, bruneiisches |
BF | Burkina Faso | burkinisch, burkinische, burkinischen, burkinischer, burkinisches | Ouagadougou
BI | Burundi | burundisch, burundische, burundischen, burundischer, burundisches | Gitega
KH | Kambodscha | kambodschanisch, kambodschanische, kambodschanischen, kambodschanischer, kambodschanisches | Phnom Penh
CM | Kamerun | kamerunisch, kamerunische, kamerunischen, kamerunischer, kamerunisches | Yaoundé, Jaunde
CF | Zentralafrikanische Republik | zentralafrikanisch, zentralafrikanische, zentralafrikanischen, zentralafrikanischer, zentralafrikanisches | Bangui
TD | Tschad | tschadisch, tschadische, tschadischen, tschadischer, tschadisches | N'Djamena
KM | Komoren | komorisch, komorische, komorischen, komorischer, komorisches | Moroni
CG | Republik Kongo, Kongo-Brazzaville |  | Brazzaville
CY | Zypern | zyprisch, zyprische, zyprischen, zyprischer, zyprisches, zypriotisch, zypriotische, zypriotischen, zypriotischer, zypriotisches, Zyprer, Zyprerin, Zypriot, Zypriotin, Zyprioten | Nikosia
DJ | Dschibuti | dschibutisch, dschibutische, dschibutischen, dschibutischer, dschibutisches |
DM | Dominica | dominicanisch, dominicanische, dominicanischen, dominicanischer, dominicanisches | Roseau
GQ | Äquatorialguinea | äquatorialguineisch, äquatorialguineische, äquatorialguineischen, äquatorialguineischer, äquatorialguineisches | Malabo
ER | Eritrea | eritreisch, eritreische, eritreischen, eritreischer, eritreisches | Asmara
EE | Estland | estnisch, estnische, estnischen, estnischer, estnisches, Este, Estin, Esten | Tallinn
SZ | Eswatini, Swasiland | swasiländisch, swasiländische, swasiländischen, swasiländischer, swasiländisches | Mbabane
FJ | Fidschi | fidschianisch, fidschianische, fidschianischen, fidschianischer, fidschianisches | Suva
GA | Gabun | gabunisch, gabunische, gabunischen, gabunischer, gabunisches | Libreville
GM | Gambia | gambisch, gambische, gambischen, gambischer, gambisches | Banjul
GH | Ghana | ghanaisch, ghanaische, ghanaischen, ghanaischer, ghanaisches | Accra
GD | Grenada | grenadisch, grenadische, grenadischen, grenadischer, grenadisches |
GN | Guinea | guineisch, guineische, guineischen, guineischer, guineisches | Conakry
GW | Guinea-Bissau | guinea-bissauisch, guinea-bissauische, guinea-bissauischen, guinea-bissauischer, guinea-bissauisches | Bissau
GY | Guyana | guyanisch, guyanische, guyanischen, guyanischer, guyanisches |
IS | Island | isländisch, isländische, isländischen, isländischer, isländisches, Isländer, Isländerin | Reykjavík, Reykjavik
JM | Jamaika | jamaikanisch, jamaikanische, jamaikanischen, jamaikanischer, jamaikanisches |
KZ | Kasachstan | kasachisch, kasachische, kasachischen, kasachischer, kasachisches | Astana
KI | Kiribati | kiribatisch, kiribatische, kiribatischen, kiribatischer, kiribatisches | Tarawa
XK | Kosovo | kosovarisch, kosovarische, kosovarischen, kosovarischer, kosovarisches, Kosovare, Kosovarin, Kosovaren | Pristina, Priština
KW | Kuwait | kuwaitisch, kuwaitische, kuwaitischen, kuwaitischer, kuwaitisches | Kuwait-Stadt
KG | Kirgisistan, Kirgistan | kirgisisch, kirgisische, kirgisischen, kirgisischer, kirgisisches | Bischkek
LA | Laos | laotisch, laotische, laotischen, laotischer, laotisches | Vientiane
LV | Lettland | lettisch, lettische, lettischen, lettischer, lettisches, Lette, Lettin, Letten | Riga
LS | Lesotho | lesothisch, lesothische, lesothischen, lesothischer, lesothisches | Maseru
LR | Liberia | liberianisch, liberianische, liberianischen, liberianischer, liberianisches | Monrovia
LI | Liechtenstein | liechtensteinisch, liechtensteinische, liechtensteinischen, liechtensteinischer, liechtensteinisches, Liechtensteiner, Liechtensteinerin | Vaduz
LT | Litauen | litauisch, litauische, litauischen, litauischer, litauisches, Litauer, Litauerin | Vilnius, Wilna
LU | Luxemburg | luxemburgisch, luxemburgische, luxemburgischen, luxemburgischer, luxemburgisches, Luxemburger, Luxemburgerin |
MG | Madagaskar | madagassisch, madagassische, madagassischen, madagassischer, madagassisches | Antananarivo
MW | Malawi | malawisch, malawische, malawischen, malawischer, malawisches | Lilongwe
MY | Malaysia | malaysisch, malaysische, malaysischen, malaysischer, malaysisches | Kuala Lumpur
MV | Malediven | maledivisch, maledivische, maledivischen, maledivischer, maledivisches | Malé
MT | Malta | maltesisch, maltesische, maltesischen, maltesischer, maltesisches | Valletta
MH | Marshallinseln | marshallisch, marshallische, marshallischen, marshallischer, marshallisches | Majuro
MR | Mauretanien | mauretanisch, mauretanische, mauretanischen, mauretanischer, mauretanisches | Nouakchott
MU | Mauritius | mauritisch, mauritische, mauritischen, mauritischer, mauritisches | Port Louis
FM | Mikronesien | mikronesisch, mikronesische, mikronesischen, mikronesischer, mikronesisches | Palikir
MD | Republik Moldau, Moldau, Moldawien | moldauisch, moldauische, moldauischen, moldauischer, moldauisches, moldawisch, moldawische, moldawischen, moldawischer, moldawisches | Chișinău, Chisinau
MC | Monaco | monegassisch, monegassische, monegassischen, monegassischer, monegassisches, Monegasse, Monegassin, Monegassen |
MN | Mongolei | mongolisch, mongolische, mongolischen, mongolischer, mongolisches | Ulaanbaatar, Ulan Bator
ME | Montenegro | montenegrinisch, montenegrinische, montenegrinischen, montenegrinischer, montenegrinisches, Montenegriner, Montenegrinerin | Podgorica
NA | Namibia | namibisch, namibische, namibischen, namibischer, namibisches | Windhoek
NR | Nauru | nauruisch, nauruische, nauruischen, nauruischer, nauruisches |
NP | Nepal | nepalesisch, nepalesische, nepalesischen, nepalesischer, nepalesisches | Kathmandu
NZ | Neuseeland | neuseeländisch, neuseeländische, neuseeländischen, neuseeländischer, neuseeländisches, Neuseeländer, Neuseeländerin | Wellington
NE | Niger | nigrisch, nigrische, nigrischen, nigrischer, nigrisches | Niamey
MK | Nordmazedonien, Mazedonien | nordmazedonisch, nordmazedonische, nordmazedonischen, nordmazedonischer, nordmazedonisches, mazedonisch, mazedonische, mazedonischen, mazedonischer, mazedonisches, Mazedonier, Mazedonierin | Skopje
OM | Oman | omanisch, omanische, omanischen, omanischer, omanisches | Maskat
PW | Palau | palauisch, palauische, palauischen, palauischer, palauisches |
PG | Papua-Neuguinea | papua-neuguineisch, papua-neuguineische, papua-neuguineischen, papua-neuguineischer, papua-neuguineisches | Port Moresby
RW | Ruanda | ruandisch, ruandische, ruandischen, ruandischer, ruandisches | Kigali
LC | St. Lucia, Saint Lucia | lucianisch, lucianische, lucianischen, lucianischer, lucianisches | Castries
WS | Samoa | samoanisch, samoanische, samoanischen, samoanischer, samoanisches | Apia
SM | San Marino | san-marinesisch, san-marinesische, san-marinesischen, san-marinesischer, san-marinesisches |
SC | Seychellen | seychellisch, seychellische, seychellischen, seychellischer, seychellisches |
SL | Sierra Leone | sierra-leonisch, sierra-leonische, sierra-leonischen, sierra-leonischer, sierra-leonisches | Freetown
SG | Singapur | singapurisch, singapurische, singapurischen, singapurischer, singapurisches |
SK | Slowakei | slowakisch, slowakische, slowakischen, slowakischer, slowakisches, Slowake, Slowakin, Slowaken | Bratislava, Pressburg
SI | Slowenien | slowenisch, slowenische, slowenischen, slowenischer, slowenisches, Slowene, Slowenin, Slowenen | Ljubljana, Laibach
SB | Salomonen |  | Honiara
SO | Somalia | somalisch, somalische, somalischen, somalischer, somalisches | Mogadischu
SS | Südsudan | südsudanesisch, südsudanesische, südsudanesischen, südsudanesischer, südsudanesisches | Juba
LK | Sri Lanka | sri-lankisch, sri-lankische, sri-lankischen, sri-lankischer, sri-lankisches | Colombo
SD | Sudan | sudanesisch, sudanesische, sudanesischen, sudanesischer, sudanesisches | Khartum
SR | Suriname | surinamisch, surinamische, surinamischen, surinamischer, surinamisches | Paramaribo
TJ | Tadschikistan | tadschikisch, tadschikische, tadschikischen, tadschikischer, tadschikisches | Duschanbe
TZ | Tansania | tansanisch, tansanische, tansanischen, tansanischer, tansanisches | Dodoma
TL | Osttimor, Timor-Leste | osttimoresisch, osttimoresische, osttimoresischen, osttimoresischer, osttimoresisches, timoresisch, timoresische, timoresischen, timoresischer, timoresisches | Dili
TG | Togo | togoisch, togoische, togoischen, togoischer, togoisches | Lomé
TO | Tonga | tongaisch, tongaische, tongaischen, tongaischer, tongaisches | Nukuʻalofa, Nuku'alofa
TT | Trinidad und Tobago | trinidadisch, trinidadische, trinidadischen, trinidadischer, trinidadisches | Port of Spain
TM | Turkmenistan | turkmenisch, turkmenische, turkmenischen, turkmenischer, turkmenisches | Aschgabat
TV | Tuvalu | tuvaluisch, tuvaluische, tuvaluischen, tuvaluischer, tuvaluisches | Funafuti
UG | Uganda | ugandisch, ugandische, ugandischen, ugandischer, ugandisches | Kampala
UZ | Usbekistan | usbekisch, usbekische, usbekischen, usbekischer, usbekisches | Taschkent
VU | Vanuatu | vanuatuisch, vanuatuische, vanuatuischen, vanuatuischer, vanuatuisches | Port Vila
ZM | Sambia | sambisch, sambische, sambischen, sambischer, sambisches | Lusaka
ZW | Simbabwe | simbabwisch, simbabwische, simbabwischen, simbabwischer, simbabwisches | Harare
EU | Europäische Union, EU | europäisch, europäische, europäischen, europäischer, europäisches | Brüssel
VA | Vatikan, Heiliger Stuhl |  | Vatikan

[set approx]
# Words before a number that make it approximate: "mehr als 300 Ärzte".
mehr_als weniger_als rund etwa fast knapp mindestens über ungefähr

[set estimatepreps]
# The preposition of the amount an estimate puts on its object:
# "schätzt den Schaden auf rund drei Millionen Euro" (not "schätzt die
# Arbeit auf dem Hof", values it).
auf

[set colonnouns]
# A possessor's word for what they said, opening a sentence before a
# colon, also after "lautet" ([set copulas]): "Ihre Forderung lautet:
# «…»", "Sein Fazit: …".
aussage aussagen forderung forderungen botschaft fazit urteil einschätzung meinung ansicht devise antwort kritik position appell warnung credo bilanz
# (Also a piece of advice or insight: "Seine klare Empfehlung lautet: …".)
empfehlung empfehlungen erkenntnis erkenntnisse ratschlag prognose diagnose überzeugung

[set mpossessive]
sein seine seiner seinem seinen seines

[set fpossessive]
# (Also a body's or many people's: [set colonnouns].)
ihr ihre ihrer ihrem ihren ihres

[set copulas]
# Verbs of what a word of saying is, before its colon: "Ihre Forderung
# lautet: …".
lautet lautete lauten lauteten

[set subjectarticles]
# Articles of a phrase that opens a sentence as its subject, before the
# verb in second place: "Die Deutsche Post hat Maßnahmen ergriffen" (not
# "Maßnahmen").
der die das ein eine
# (And a possessive without an ending: "Ihr Anwalt forderte eine harte
# Strafe" is no "harte Strafe" for an "er" after.)
sein ihr unser

[set anonymousat]
# Of [set anonymousfrom], the words after which a name of no kind told is
# the body the words come from ("hieß es bei Bosch", "beim Verband"),
# not a place.
bei beim

[set conditionals]
# Words opening a condition: a verb of saying negated in the clause one
# opens tells no omission ("… if they did not confirm their status").
wenn falls

[set originpreps]
# Prepositions of origin right after a person's name: the place after is
# no one a pronoun stands for (README).
aus von
