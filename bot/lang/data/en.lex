# English lexicon of the offline briefer. Format: data/README.md.

[meta]
code = en
name = English
english = English
lemma-tags = b/f
nounmodifiers = true
traits = svo zerocomp dropcomp zeroderivation contactclauses saxongenitive strictdescriptions pronounsubjects genderlessarticles andafterprep namedrelative dashexamples standfirst

[quotes]
“ ”
" "
‘ ’
' '
« »

[paradigms]
# n marks the forms that double as nouns (used only for verbs flagged noun).
reg: > =:b/f/n s:f/n ed:f/pp ing:g
e: e > =:b/f/n es:f/n ed:f/pp ing:g
ee: > =:b/f/n s:f/n d:f/pp ing:g
es: > =:b/f/n es:f/n ed:f/pp ing:g
y: y > =:b/f/n ies:f/n ied:f/pp ying:g

[verbs]
# lemma paradigm stance voice [flags] [: extra form:tags]
# Neutral reporting verbs: the bot's voice is "says" (wire style), the
# stance keeps what kind of statement it was.
say - assert say neg=notsay negmodal : says:f said:f/pp saying:g
state e assert say noun
tell - assert say obj : tells:f told:f/pp telling:g
add reg assert say
note e assert note noun
announce e assert announce
confirm reg assert say neg=notconfirm
acknowledge e assert say
admit - assert say : admits:f admitted:f/pp admitting:g
concede e assert say
explain reg assert say
argue e assert argue
stress es assert say noun
emphasize e assert say
emphasise e assert say
underline e assert say
insist reg assert say
maintain reg assert say weak  # (weak: "maintaining his buy rating" keeps a rating, says nothing)
contend reg assert argue
report reg assert report noun
write - assert write weak notpart=off : writes:f wrote:f written:pp writing:g
tweet reg assert say noun weak
post reg assert say noun weak
conclude e assert conclude weak
assert reg assert say
affirm reg assert say
declare e assert declare
proclaim reg assert declare
suggest reg assert suggest
estimate e assert estimate noun
predict reg assert predict
project reg assert predict noun weak  # "projects the mall will open in 2030": a forecast
# "calculates that 600,000 jobs pay less": an estimate, with its words
# only ("calculated the tip" says nothing).
calculate e assert estimate weak
forecast - assert predict noun : forecasts:f/n forecasted:f/pp forecasting:g
reiterate e assert repeat
repeat reg assert repeat
echo es assert repeat weak
describe e assert describe
comment reg assert comment noun weak neg=notcomment
remark reg assert say noun weak
observe e assert note
point reg assert say part=out
# "pointed to the rise in rents as proof …": what someone cites as
# their evidence or reason is their point ("pointed to the door" is
# rare in news).
point - assert pointto part=to speaker : point:b/f points:f pointed:f/pp pointing:g
# "outlined a number of reasons …", "laid out her proposals for …": a
# plan, reasons or a view set out by a person or a body is what they
# put forward (not "the garden is laid out", no one's).
outline e assert outline speaker
lay - assert layout part=out speaker : lay:b/f lays:f laid:f/pp laying:g
# "brushed off the report's findings" (a claim made light of), "took
# issue with the attacks …", "made the case that …".
brush - deny brushoff part=off speaker : brush:b/f brushes:f brushed:f/pp brushing:g
take - other takeissue part=issue takes=with topic : take:f takes:f took:f
make - assert makecase part=the_case : makes:f made:f/pp making:g
# "made the point that …", "made the argument that …", "made the claim
# that …": the subject's point, argument or claim.
make - assert makepoint part=the_point weak : makes:f made:f/pp making:g
make - assert argue part=the_argument weak : makes:f made:f/pp making:g
make - assert say part=the_claim charge weak : makes:f made:f/pp making:g
make - assert say part=the_claims charge weak : makes:f made:f/pp making:g
make - assert say part=the_charge charge weak : makes:f made:f/pp making:g
make - assert say part=the_charges charge weak : makes:f made:f/pp making:g
make - assert say part=the_allegation charge weak : makes:f made:f/pp making:g
make - assert say part=the_allegations charge weak : makes:f made:f/pp making:g
make - assert say part=the_accusation charge weak : makes:f made:f/pp making:g
make - assert say part=the_accusations charge weak : makes:f made:f/pp making:g
make - assert say part=the_assertion weak : makes:f made:f/pp making:g
make - assert argue part=the_arguments weak : makes:f made:f/pp making:g
make - assert say part=clear : makes:f made:f/pp making:g
make - assert say part=it_clear : makes:f made:f/pp making:g
mention reg assert mention noun
indicate e assert say
reveal reg assert say
disclose e assert say
recall reg assert recall
respond reg assert respond weak neg=notrespond
reply y assert reply noun weak
answer reg assert reply noun weak
continue e assert say weak notpart=to
inform reg assert say obj
put - assert say weak part=it : puts:f put:f/pp putting:g
email reg assert say noun weak
fire e assert say noun weak part=back
shoot - assert say noun part=back : shoots:f shot:f/pp/n shooting:g
testify y assert testify takes=about|before|that
# "The judge ruled that …": a decision, reported only with its clause or
# a quotation ("ruled the state for decades", "ruled out a run" say
# nothing). "ruling" doubles as the document's noun ("wrote in a 30-page
# ruling that …"), a verb only as a gerund after a clause (", ruling
# that …").
rule - assert rule weak noun notpart=out : rule:b rules:f/n ruled:f/pp ruling:g/n
# "ruled out a tax increase", "did not rule out a run": a stand said in
# the article's words; negated, it still reports.
rule - assert ruleout part=out neg=notruleout : rule:b rules:f ruled:f/pp ruling:g
clarify y assert say
specify y assert say
highlight reg assert say
signal - assert signal : signals:f signalled:f/pp signaled:f/pp signalling:g signaling:g
hint reg assert suggest noun
speculate e assert suggest
recount reg assert recount
boast reg assert say
joke e assert say weak
quip - assert say weak : quips:f quipped:f/pp quipping:g
# Verbs of a manner of saying, with their words only: "“…,” she shared
# with The List", "“…,” Haley barked back". (Not "sighed", which often
# has no words; nor "wondered", a question.)
share e assert say noun weak
bark reg assert say noun weak
snap - assert say weak : snaps:f snapped:f/pp snapping:g
laugh reg assert say noun weak
gripe e assert say noun weak
snipe e assert say weak  # "sniped that the plan was a joke"
elaborate e assert say weak
confide e assert say weak
mutter reg assert say weak
murmur reg assert say noun weak
object reg assert say noun weak
speak - assert say weak : speaks:f spoke:f spoken:pp speaking:g
# "talked about the stock market": the matter spoken of, as "habló sobre";
# "talks" is a noun too ("the talks about the border"), a verb only
# right after a subject.
talk reg assert talk topic noun takes=about
cite e assert cite
tout reg assert cite
quote e assert quote noun quoting
express es assert express
# "voiced concern that …": the noun "voice" is no verb ("in an even voice
# that …"), so only these two forms are listed.
voiced - assert express : voiced:f/pp voicing:g
defend reg assert defend weak
justify y assert defend
label - assert call : labels:f labelled:f/pp labeled:f/pp labelling:g labeling:g
term reg assert call noun
dub - assert call : dubs:f dubbed:f/pp dubbing:g
# "branded him a liar": only the past, whose noun ("the brand",
# "brands say") and gerund ("the branding") would be read as verbs.
branded - accuse call : branded:f/pp
characterize e assert describe
characterise e assert describe
caution reg assert caution
welcome e assert welcome
praise e assert praise
# (Not the noun "compliment", "compliments".)
complimented - assert praise : complimented:f/pp complimenting:g
hail reg assert praise
applaud reg assert praise
thank reg assert thank notpart=to
agree ee assert agree weak
claim reg assert say noun charge
brief reg assert say notpart=on|about
publish es assert publish weak
find - assert conclude weak : finds:f found:f/pp finding:g
show - assert show noun docsubj : show:b/f/n shows:f/n showed:f/pp shown:pp showing:g
read - assert say weak docsubj : reads:f read:f/pp reading:g
accept reg assert acceptresp part=responsibility whole
claim reg assert claimresp part=responsibility whole
decline - other decline part=to refusal : declines:f declined:f/pp
refuse - other refuse part=to refusal : refuses:f refused:f/pp
# Without "to", a refusal only of a request for words, its object
# ([set refusedobjects]): "declined comment", "declined an interview
# request", "refused requests for comment"; not "declined an
# invitation", "sales declined", "refused requests to stop the law".
decline - other declinestatement refusal : declines:f declined:f/pp
refuse - other refusestatement refusal : refuses:f refused:f/pp
# "did not return calls seeking comment", "did not immediately return a
# message": a refusal to speak only negated, its object a noun of
# refusalnouns.
return - other notreturn refusal negonly neg=notreturn : return:b/f returned:f/pp
# Opinions and beliefs: only with an explicit subject.
believe e assert believe opinion neg=notbelieve
think - assert believe opinion weak neg=notbelieve : thinks:f thought:f/pp thinking:g
regard reg assert consider opinion
consider reg assert consider opinion weak
feel - assert believe opinion weak : feels:f felt:f/pp
fear reg assert fear opinion weak
hope e assert hope opinion weak
expect reg assert expect opinion weak objinf  # (objinf: "expects the council to approve the plan")
doubt reg assert doubt opinion weak
worry y assert fear opinion weak
# Adjectives of a view or a feeling: only after a copula and before "that"
# ("Experts are concerned that …", "remain convinced that …").
concerned - assert fear opinion weak stative : concerned:pp
worried - assert fear opinion weak stative : worried:pp
afraid - assert fear opinion weak stative : afraid:pp
convinced - assert believe opinion weak stative : convinced:pp
confident - assert believe opinion weak stative : confident:pp
hopeful - assert hope opinion weak stative : hopeful:pp
optimistic - assert hope opinion weak stative : optimistic:pp
adamant - assert say weak stative : adamant:pp
certain - assert believe opinion weak stative : certain:pp
skeptical - assert doubt opinion weak stative : skeptical:pp
sceptical - assert doubt opinion weak stative : sceptical:pp
# Denials.
deny y deny deny
reject reg deny reject
dismiss es deny reject
refute e deny deny
rebuff reg deny reject
rebut - deny deny : rebuts:f rebutted:f/pp rebutting:g
dispute e deny dispute noun
contest reg deny dispute noun
contradict reg deny dispute
disavow reg deny deny
repudiate e deny reject
disagree ee deny dispute weak
chant reg assert say weak
scream reg assert say weak
whisper reg assert say weak
concur - assert agree weak : concurs:f concurred:f/pp concurring:g
reckon reg assert believe opinion weak
opine e assert say weak
weigh reg assert say weak part=in
chime e assert say weak part=in
underscore e assert say weak
swear - assert say weak notpart=in : swears:f swore:f sworn:pp swearing:g
commend reg assert praise
laud reg assert praise
brag - assert say weak : brags:f bragged:f/pp bragging:g
gush es assert say weak
rave e assert say weak
grumble e assert say weak
fume e assert say weak
surmise e assert suggest weak
# "“…,” she went on.": goes on speaking, with its words only ("the
# strike went on for a week", "went on to win" say nothing).
go - assert say weak colon part=on : goes:f went:f gone:pp going:g
scoff reg assert say weak
marvel - assert say weak : marvels:f marveled:f/pp marvelled:f/pp marveling:g marvelling:g
sum - assert say weak part=up : sums:f summed:f/pp summing:g
hit - accuse hitout part=out takes=at topic : hits:f hit:f/pp hitting:g
lash reg accuse lashout part=out takes=at topic
# "took aim at X", "took a swipe at X": the subject criticises X, in the
# bot's words "Takes aim at X" (no "taken",
# "taking": "exit polls taken in …" stays a participle of no one).
take - accuse takeaim part=aim takes=at topic : take:f takes:f took:f
take - accuse takeswipe part=a_swipe takes=at topic : take:f takes:f took:f
take - accuse takeswipes part=swipes takes=at topic : take:f takes:f took:f
take - accuse takeshot part=a_shot takes=at topic : take:f takes:f took:f
counter - assert reply weak : countered:f/pp
downplay reg deny say
deflect reg deny reject
# Accusations.
accuse e accuse accuse
allege e accuse allege
blame e accuse blame
# "cast blame on", "laid the blame on", "put the blame on": blames,
# said in the article's own words.
cast - accuse putblame part=blame takes=on : cast:b/f/pp casts:f casting:g
# "cast doubt on the figures", "raised concerns about the cost", "pushed
# back on the charges", "hit back at her critics", "threw his support
# behind the governor": said in the article's own words, reported only
# with the preposition after the phrase.
cast - assert castdoubt part=doubt takes=on topic : cast:b/f/pp casts:f casting:g
sowed - assert sowdoubt part=doubt takes=about|on|over topic : sows:f sowed:f/pp sown:pp sowing:g
sowed - assert sowdoubt part=doubts takes=about|on|over topic : sows:f sowed:f/pp sown:pp sowing:g
# "stood by his comments", "is standing by her decision": a stand said in
# the article's words, only with the owner's word after "by" ("stood by
# the door", "stood by as police …" say nothing).
stood - other standbyhis part=by_his : stands:f stood:f/pp standing:g
stood - other standbyher part=by_her : stands:f stood:f/pp standing:g
stood - other standbytheir part=by_their : stands:f stood:f/pp standing:g
stood - other standbyits part=by_its : stands:f stood:f/pp standing:g
raised - assert raiseconcerns part=concerns takes=about|over topic : raises:f raised:f/pp raising:g
raised - assert raiseconcern part=concern takes=about|over topic : raises:f raised:f/pp raising:g
raised - assert raisequestions part=questions takes=about|over topic : raises:f raised:f/pp raising:g
raised - assert raisedoubts part=doubts takes=about|over topic : raises:f raised:f/pp raising:g
pushed - deny pushback part=back takes=on|against topic : pushes:f pushed:f/pp pushing:g
hit - accuse hitback part=back takes=at topic : hits:f hit:f/pp hitting:g
threw - other throwsupport part=his_support takes=behind topic : throws:f threw:f thrown:pp throwing:g
threw - other throwsupport part=her_support takes=behind topic : throws:f threw:f thrown:pp throwing:g
threw - other throwsupport part=their_support takes=behind topic : throws:f threw:f thrown:pp throwing:g
threw - other throwsupport part=its_support takes=behind topic : throws:f threw:f thrown:pp throwing:g
lay - accuse putblame part=the_blame takes=on : lay:b/f lays:f laid:f/pp laying:g
put - accuse putblame part=the_blame takes=on : put:b/f/pp puts:f putting:g
shifted - accuse putblame part=blame takes=onto|on|to : shifted:f/pp shifting:g
shifted - accuse putblame part=the_blame takes=onto|on|to : shifted:f/pp shifting:g
# (Not a price: "the fees charged to growers", "the rate charged for
# water" bill someone and accuse no one.)
charge e accuse allege noun notpart=to|for
condemn reg accuse condemn
denounce e accuse condemn
criticize e accuse criticize
criticise e accuse criticize
slam - accuse criticize : slams:f slammed:f/pp slamming:g
blast reg accuse criticize
fault reg accuse criticize
decry y accuse criticize
lambast reg accuse criticize
assail reg accuse criticize
mock reg accuse criticize noun
rail reg accuse criticize part=against
lambaste e accuse criticize
castigate e accuse criticize
deride e accuse criticize
chide e accuse criticize
chastise e accuse criticize
admonish es accuse criticize
flay reg accuse criticize
scold reg accuse criticize
berate e accuse criticize
excoriate e accuse criticize
censure e accuse criticize
rebuke e accuse criticize noun
# "attacked the mayor over his handling of the budget", "attacked her for
# not answering", "attacked the plan as a giveaway": a criticism, reported
# only with "over", "for" or "as" after the object, as portray ("gunmen
# attacked the convoy", "attacked the village over the weekend" say
# nothing; only these forms: "attack" and "attacks" are mostly the
# noun, "before the attack").
attacked - accuse attack takes=over|for|as : attacked:f/pp attacking:g
implicate e accuse accuse
complain reg accuse say
protest reg accuse protest noun weak
# Requests, commitments and other speech acts.
call reg other call noun takes=for|on notpart=off
# "joined (the, growing) calls for X": the subject calls for X.
join reg other call part=calls takes=for
join reg other call part=the_calls takes=for
join reg other call part=growing_calls takes=for
# "renewed her call for X", "renewed calls for X": the subject calls
# for X again.
renew reg other call part=calls takes=for
renew reg other call part=his_call takes=for
renew reg other call part=her_call takes=for
renew reg other call part=its_call takes=for
renew reg other call part=their_call takes=for
urge e other urge
demand reg other demand noun
ask reg other ask
# "“…?” Hale pressed.": asked again, insisting; only the past, and only
# with its words in quotation marks, before it or after a colon
# ("pressed charges", "pressed him to sign" say nothing).
pressed - other ask weak colon : pressed:f
appeal reg other appeal takes=for|to
request reg other request noun
warn reg other warn takes=of|against|about
threaten reg other threaten
vow reg other pledge noun takes=to
pledge e other pledge noun takes=to
promise e other promise noun takes=to
propose e other propose
apologize e other apologize takes=for|to
apologise e other apologize takes=for|to
question reg other question noun
plead reg other appeal takes=for|with notpart=not_guilty|no_contest|innocent
plead reg assert pleadguilty part=guilty whole
implore e other appeal
recommend reg other recommend
advise e other advise
invite e other invite
regret - other regret : regrets:f regretted:f/pp regretting:g
encourage e other encourage
# Positions: the subject's stand in the article's words, only as the
# finite verb of the main clause with a speaker for subject and an object,
# in a sentence that reports nothing else ("The SDF opposed the
# withdrawal", not "voters who want change", "her support for the bill").
oppose e other oppose opinion position
support reg other support opinion position
back - other back opinion position notpart=down|out|off|away|up : backs:f backed:f/pp backing:g
want reg other want opinion position
seek - other seek opinion position : seeks:f sought:f/pp seeking:g
plan - other plan opinion position : plan:b/f plans:f planned:f/pp planning:g
push - other push opinion position takes=for notpart=back|ahead|through|forward|off : push:b/f pushes:f pushed:f/pp pushing:g
favor reg other favor opinion position
favour reg other favor opinion position
prefer - other prefer opinion position : prefer:b/f prefers:f preferred:f/pp preferring:g
advocate e other advocate opinion position takes=for
# "defended his record": a stand where the verb reports no words (a
# clause or a quotation after it is what it says: defend, weak, above).
defend reg other defend opinion position
# "Pelosi has objected to this idea": a stand where the verb reports no
# words (a clause or a quotation after it is what it says: object, weak,
# above). Not "objects", a noun far more often ("Path objects work …").
object - other objectto opinion position takes=to : object:b/f objected:f/pp objecting:g
# "balked at the plan": a refusal, a stand where the verb reports no
# words (only with "at" after it).
balk - other balkat opinion position takes=at : balk:b/f balks:f balked:f/pp balking:g
endorse e other endorse
credit reg assert credit noun takes=with
# "Researchers attribute the rise to …": an explanation (passive without
# "by", "a quote attributed to X", reports nothing; without "to" after
# its object, "attribute the author", it credits, and reports nothing).
attribute e assert attribute takes=to
# "likened the plan to a Ponzi scheme": a comparison, reported only with
# "to" after its object, as attribute.
liken reg assert compare takes=to
# "portrayed the mayor as a bully", "painted his rival as …": reported
# only with "as" after its object ("the actor who portrayed Lincoln",
# "painted the fence" say nothing).
portray reg assert portray takes=as
paint reg assert portray takes=as
# "cast her rival as …", "framed the election as …" ("cast a vote",
# "framed the photo" say nothing).
cast - assert portray takes=as : cast:b/f/pp casts:f casting:g
frame e assert portray takes=as
# "sees the plan as a step back", "viewed the vote as a betrayal": a
# view, reported only with "as" after its object, as portray ("saw the
# film", "seen as a favourite" say nothing).
see - assert see takes=as : see:b/f sees:f saw:f seen:pp seeing:g
viewed - assert view takes=as : views:f viewed:f/pp viewing:g
# "referred to the fee as “a tax on the poor”": a description, reported
# only with "as" after the object of "to" ("referred to the report"
# mentions it and says nothing).
refer - assert describeas part=to takes=as : refer:b/f refers:f referred:f/pp referring:g
# "compared the mayor to a dictator": reported only with "to" after its
# object, as liken ("compared with last year" says nothing).
compare e assert compare takes=to
intimate e assert suggest weak
# (Not the noun "retort": "offered a Trump-style retort on …".)
retorted - assert reply weak : retorted:f/pp retorting:g
grouse e assert say weak
reaffirm reg assert repeat
remind reg assert say weak obj
assure e assert say weak obj
reassure e assert say weak obj
lament reg other regret
bemoan reg other regret
confess es assert say
yell reg assert say weak
shout reg assert say weak
exclaim reg assert say weak
muse e assert say weak
scoff reg assert say weak

[voice]
# (Verbs whose object may be a thing, not words, keep their own verb when
# it is neutral and its object is a thing ([set objectvoices]):
# "confirmed the investment" is "Confirms the investment", not "Says …";
# "confirmed that …" stays "Says …". "admitted", "conceded", "revealed"
# and "acknowledged" stay "Says", their verbs judging the words.)
confirm = Confirms | Confirm
disclose = Discloses | Disclose
highlight = Highlights | Highlight
# key = singular | plural: the bot's own verb opening a paraphrase.
say = Says | Say
talk = Talks | Talk
note = Notes | Note
announce = Announces | Announce
argue = Argues | Argue
report = Reports | Report
write = Writes | Write
conclude = Concludes | Conclude
declare = Declares | Declare
suggest = Suggests | Suggest
estimate = Estimates | Estimate
predict = Predicts | Predict
repeat = Repeats | Repeat
describe = Describes | Describe
comment = Comments | Comment
mention = Mentions | Mention
recall = Recalls | Recall
respond = Responds | Respond
reply = Replies | Reply
testify = Testifies | Testify
signal = Signals | Signal
recount = Recounts | Recount
cite = Cites | Cite
pointto = Points to | Point to
outline = Outlines | Outline
layout = Lays out | Lay out
brushoff = Brushes off | Brush off
takeissue = Takes issue | Take issue
makecase = Makes the case | Make the case
makepoint = Makes the point | Make the point
quote = Quotes | Quote
express = Expresses | Express
defend = Defends | Defend
objectto = Objects | Object
balkat = Balks | Balk
call = Calls | Call
caution = Cautions | Caution
welcome = Welcomes | Welcome
praise = Praises | Praise
thank = Thanks | Thank
agree = Agrees | Agree
publish = Publishes | Publish
show = Shows | Show
accept = Accepts | Accept
believe = Believes | Believe
consider = Considers | Consider
fear = Fears | Fear
hope = Hopes | Hope
expect = Expects | Expect
doubt = Doubts | Doubt
deny = Denies | Deny
reject = Rejects | Reject
dispute = Disputes | Dispute
accuse = Accuses | Accuse
allege = Alleges | Allege
blame = Blames | Blame
putblame = Puts the blame | Put the blame
condemn = Condemns | Condemn
criticize = Criticises | Criticise
attack = Attacks | Attack
takeaim = Takes aim | Take aim
hitout = Hits out | Hit out
ruleout = Rules out | Rule out
notruleout = Does not rule out | Do not rule out
lashout = Lashes out | Lash out
castdoubt = Casts doubt | Cast doubt
standbyhis = Stands by his | Stand by his
standbyher = Stands by her | Stand by her
standbytheir = Stands by their | Stand by their
standbyits = Stands by its | Stand by its
sowdoubt = Sows doubt | Sow doubt
raiseconcerns = Raises concerns | Raise concerns
raiseconcern = Raises concern | Raise concern
raisequestions = Raises questions | Raise questions
raisedoubts = Raises doubts | Raise doubts
pushback = Pushes back | Push back
hitback = Hits back | Hit back
throwsupport = Throws support | Throw support
takeswipe = Takes a swipe | Take a swipe
takeswipes = Takes swipes | Take swipes
takeshot = Takes a shot | Take a shot
protest = Protests | Protest
urge = Urges | Urge
demand = Demands | Demand
ask = Asks | Ask
appeal = Appeals | Appeal
request = Requests | Request
warn = Warns | Warn
threaten = Threatens | Threaten
pledge = Pledges | Pledge
promise = Promises | Promise
propose = Proposes | Propose
apologize = Apologises | Apologise
question = Questions | Question
recommend = Recommends | Recommend
advise = Advises | Advise
invite = Invites | Invite
regret = Regrets | Regret
encourage = Encourages | Encourage
endorse = Endorses | Endorse
oppose = Opposes | Oppose
support = Supports | Support
back = Backs | Back
want = Wants | Want
seek = Seeks | Seek
plan = Plans | Plan
push = Pushes | Push
favor = Favors | Favor
prefer = Prefers | Prefer
advocate = Advocates | Advocate
credit = Credits | Credit
attribute = Attributes | Attribute
compare = Compares | Compare
see = Sees | See
view = Views | View
portray = Portrays | Portray
describeas = Describes | Describe
rule = Rules | Rule
take = Takes responsibility | Take responsibility
acceptresp = Accepts responsibility | Accept responsibility
claimresp = Claims responsibility | Claim responsibility
pleadguilty = Pleads guilty | Plead guilty
decline = Declines to | Decline to
refuse = Refuses to | Refuse to
notcomment = Does not comment | Do not comment
notrespond = Does not respond | Do not respond
notreturn = Does not return | Do not return
notsay = Does not say | Do not say
notcommenton = Does not comment on | Do not comment on
notanswer = Does not answer | Do not answer
notreply = Does not reply | Do not reply
notconfirm = Does not confirm | Do not confirm
notspeak = Does not speak | Do not speak
notbelieve = Does not believe | Do not believe
declinestatement = Declines | Decline
refusestatement = Refuses | Refuse
nocomment = Gives | Give
calls_on = Calls on | Call on

[phrases]
# The bot's own words. {verb} is a [voice] verb, {content} the reported
# words (the article's, neutralised outside quotations).
clause = {verb} {content}
bare = {verb} {content}
object = {verb} {content}
quote = {verb} {content}
verbatim = {verb}, in the article's words: {content}
generic = {verb}, according to the article,
and = and
others = {n} others
other = 1 other
list.sep = ", "
summary.parties = The article reports statements by {list}.
summary.none = The article reports no statements attributed to a named party.
# A party described by a noun after a possessive pronoun that tells a
# person's gender ([set mpossessive], [set fpossessive]: "Her lawyer said
# …"): the noun with its owner's name, so that two lawyers are told
# apart. {party} is the noun phrase, {owner} the name.
party.owned = {owner}'s {party}
summary.facts = Its own account is listed as facts.
summary.claim = {party} {verb} {content}
summary.join = "; "
outlet.wording = (the outlet's wording)
note.loaded.outlet = The outlet's own text uses the word "{word}" (sentence {n}); this briefing does not adopt that wording.
note.loaded.regime = The outlet's own text calls {country}'s government a "regime"; this briefing does not adopt that wording.
note.loaded.quote = The word "{word}" (sentence {n}) is {who}'s, in a quotation; the briefing keeps it only inside that quotation.
note.loaded.unattributed = The outlet puts "{word}" (sentence {n}) in quotation marks without saying who used it.
note.noclaims = No attributed claims were found; the outlet's own statements are listed as facts.
note.unsupported = This article is in {language}. The offline backend attributes claims in English, French, Spanish, Portuguese and German; here it lists the article's own sentences as facts. Attributed claims in {language} need the LLM backend.
note.via = reported by {who}
this = this
they = they

summary.unsupported = The article is in {language}: the offline backend lists its own statements as facts and attributes no claims.
lang.zh = Chinese
lang.ja = Japanese
lang.ko = Korean
lang.ar = Arabic
lang.he = Hebrew
lang.el = Greek
lang.th = Thai
lang.hi = Hindi
lang.bn = Bengali
lang.hy = Armenian
lang.ka = Georgian
lang.cs = Czech
lang.sk = Slovak
lang.pl = Polish
lang.it = Italian
lang.nl = Dutch
lang.sv = Swedish
lang.da = Danish
lang.no = Norwegian
lang.ro = Romanian
lang.tr = Turkish
lang.id = Indonesian
lang.hu = Hungarian
lang.fi = Finnish
lang.hr = Croatian
lang.ru = Russian
lang.uk = Ukrainian
lang.bg = Bulgarian
lang.sr = Serbian
lang.en = English
lang.fr = French
lang.es = Spanish
lang.pt = Portuguese
lang.de = German

# Story briefings (bot/story): several sources on one story.
story.sources = {n} sources report this story: {list}.
story.parties = They report statements by {list}.
story.parties.one = They report statements by {list}.
story.shared = {n} statements appear in more than one source.
story.shared.one = 1 statement appears in more than one source.
story.only = {n} statements appear in one source only.
story.only.one = 1 statement appears in one source only.
story.differ = {n} statements are reported differently by different sources; both versions are shown.
story.differ.one = 1 statement is reported differently by different sources; both versions are shown.
story.note.language = Source {source} is in {language}: its parties are matched to the other sources' by name, and its statements to those in other languages only when they give the same numbers.
[labels]
digest.outlets = {n} outlets: {list}
digest.outlets.one = 1 outlet: {list}
story.answer = What the sources say:
story.answer.none = None of the {n} sources says.
story.sources = Sources
story.coverage = Coverage by source
story.only = only in {id}
story.also = also in {list}
story.differently = Reported differently by {id}:
story.quotes = quotes {list}
story.quotes.none = quotes no party
story.onlyhere = {n} statements only it carries
story.onlyhere.one = 1 statement only it carries
story.loaded = its own wording: {list}
via = reported by {who}
summary = Summary
parties = Parties
party = Party
facts = Facts
notes = Notes
claims = Claims
said_by = said by
evidence = Evidence
speaker = Speaker
stance = Stance
sentence = sentence
sentences = sentences
source = Source
published = Published
by = By
reported_by = reported by
question = Question
answer = Answer
not_in_article = The article does not say.
quotes = From the article
more_claims = more claims
none = none
backend = Backend
dropped = claims dropped because their evidence was not in the article
# The renderers' words (bot/render.Words); {…} are filled in, and a
# key.one form is used for a count of 1.
briefing = Briefing
no_claims = No attributed claims were found in this article.
also = also: {list}
also_named = Also named: {list}
unattributed = Reported by the outlet without attribution
stance.assert = statement
stance.deny = denial
stance.accuse = accusation
stance.other = other
footer.backend = backend: {backend}
footer.cached = cached
footer.checked = every quote checked against the article
footer.dropped = {n} claims dropped: evidence not found in the article
footer.dropped.one = 1 claim dropped: evidence not found in the article
footer.misattributed = {n} claims dropped: the article gives the words to someone else
footer.misattributed.one = 1 claim dropped: the article gives the words to someone else
continued = {title}, continued (part {n} of {total})
shortened = Shortened to fit one message: {claims} claim(s) and {facts} fact(s) are not shown. Ask about them in this thread.
shortened.file = Shortened to fit one message: {claims} claim(s) and {facts} fact(s) are not shown here. The full briefing is in the attached file, {file}.
file.title = Full briefing: {title}
digest = Digest
digest.none = Nothing new.
digest.parties = Parties: {list}
digest.more = Say {more} for the full briefing of item {n}.
untitled = (untitled)
cut = (cut: the message is too long for Matrix)

[set questionlabel]
# The label of an interviewer's question in a printed interview ("Q: …"):
# no one's statement.
q

[set answerlabel]
# The label of the answers in a printed interview ("A: …"): the words of
# the one person the article named before it.
a

[set markers]
# Letters and spellings that tell the language apart from its neighbours
# in a short text (each occurrence is a vote, at most three).
's n't

[set scalewords]
# Words that scale a number, or go on with it, after its digits ("4.2
# million marks"): in a story, the word after them is what is counted.
thousand million billion millions billions

[set detect]
the of and to a in is that for it was on with as he said by at from his an be has have are were not but this which its who they their had been after also would about will

[set turnasides]
# Asides that give the word to someone other than the one who spoke
# before (data/README.md).
for_his_part for_her_part for_its_part for_their_part

[set asides]
# Phrases that may stand between a subject and its verb without commas
# ("The company for its part said …"): no part of the subject's name.
for_his_part for_her_part for_its_part for_their_part

[set determiners]
the a an this that these those its his her their our my your some any each every both either neither another several many all most such no one two three four five six seven eight nine ten dozens hundreds thousands multiple other others

[set pronounquantities]
# Words of quantity among the determiners that are pronouns only, never
# before a noun: a participle after one is its verb, no adjective
# ("Others said footage helped …", not "the said footage").
others

[set pluraldeterminers]
these those

[set definite]
the this that these those

# The indefinite article: a phrase it opens describes, even with a capital:
# "Lisa Brown, a Democrat, said" describes Brown ("a Democrat" is no body).
[set indefinite]
a an

[set ownpossessive]
our

[set possessive]
his her its their our my your

[set persondemonyms]
# Endings of nationality words that, singular after "the", describe one
# person ("the Italian", "the Israeli"), not a people or its government
# ("the Chinese", "the French").
an i ard man

[set persondemonymwords]
# Short nationality words of one person ("the Dane", "the Swede"), too
# short for an ending.
dane swede pole turk


[set pluralsuffix]
s

[set quantifiers]
several many multiple some two three four five six seven eight nine ten dozens hundreds thousands numerous various few all most both

[set one]
# The word for one in a partitive: "one of them said".
one

[set meanspreps]
# Prepositions of the means a subject speaks through, before a
# possessive: "The government through its embassy said …" is the
# government's, the embassy no part of its name.
through via

[set leadverbs]
# Participles of leading before "by" and a person, after a description
# of a group: "A team led by John Fa found …" is John Fa's, who speaks
# for the group.
led headed chaired co-led

[set barequantities]
# Words of quantity that stand alone as a subject: "Some noted that …" is
# some of the one group of people named just before.
some most many several others

[set approx]
# Words before a number that make it approximate: "more than 20 senators".
more_than fewer_than less_than at_least up_to nearly almost about around roughly some over

[set numbers]
# Number nouns after "a": "about a dozen protesters".
dozen score hundred thousand

[set shares]
# Nouns of a share, not of people: "about 9 percent said".
percent per_cent percentage

[set sinceadverb]
# Words that are adverbs between an auxiliary and its participle ("have
# since claimed", "has long argued") and prepositions or adjectives
# elsewhere.
since long

[set namedword]
# The word between a description and the name it gives ("a student
# named Wong said"): the named person speaks.
named called

[set agesuffix]
# The ending of a word that tells an age ("31-year-old"): "the
# 31-year-old nurse" is the person named with that age.
-year-old

[set interviewcues]
# Words of an introduction to an interview printed as questions and
# answers, or of its last paragraph ("This interview has been edited"):
# its answers are the one person the introduction names.
interview interviews interviewed conversation

[set secondperson]
# Words that speak to someone: most questions of an interview do.
you your yourself

[set colonnouns]
# A possessor's word for what they said before a colon opening a
# sentence: "Her verdict: the bottles are to blame." is hers; also before
# a copula and "that": "Rubio's explanation was that …".
verdict message conclusion advice warning answer reply response prediction diagnosis assessment
position view argument point explanation stance

# Possessives of a man and of a woman ("His advice: …").
[set mpossessive]
his

[set fpossessive]
her

# A possessive of a thing or a body, never of a person: "its website"
# is no one's named before who is a person.
[set thingpossessive]
its

[set ppossessive]
# The possessive of many ("their report"): it stands for a group or a body,
# not for one person.
their

[set tradewords]
# A trade right before a name makes it a company's ("semiconductor maker
# Veritas Micro", "retailer Harlow Foods").
maker chipmaker drugmaker carmaker automaker retailer insurer lender miner startup airline firm company

[set kindafternames]
# Lower-case words of a kind of body that end its name, after a name and
# a definite article: "the striking United Auto Workers union" is one
# body, which "the union" later refers back to.
union party council federation confederation guild syndicate association foundation society committee commission coalition alliance caucus

[set subjpron]
# Subject pronouns of the third person: after a phrase opening the
# sentence with a preposition, one right before a verb is its subject
# ("In the interview he said …").
he she it they

[set clausepron]
# Subject pronouns that, right after a verb of saying (or its times and
# adverbs), open a clause of their own: a "that" after them belongs to
# that clause ("says he supports tech that excludes …"), it marks none
# of the verb's words.
he she they

[set sourcenouns]
# Sources: "sources of the ministry" speak for the body named right after
# them; "a source in Guatemala" for no country's government.
source sources

[set firstperson]
# First-person subjects: outside quotations they are the writer's, not a
# speaker's ("I think the plan will fail").
i we

[set negsubj]
# Subjects that deny or empty the statement: "no group claimed responsibility".
no nobody none neither nothing few no_one not_one not_all hardly_anyone nor any anyone anybody each

[set negation]
not never n't no cannot can't didn't doesn't don't hasn't haven't hadn't wasn't weren't isn't aren't won't wouldn't couldn't shouldn't neither nor

[set aux]
has have had having do does did 've

[set passive]
is are was were be been being am 's 're 'm

[set pluralaux]
# Plural verbs: a relative clause starting with one gets "they".
are were have

[set modal]
will would shall should can could may might must ought 'd 'll

[set inf]
to

[set comp]
that whether

[set relpron]
who which that whom whose

[set reladverbs]
# Relative adverbs: "…, où le virus circule" describes a place; it is
# no reported clause after a comma.
where

# Words that open a free relative clause ("what her team calls …"): not
# part of the subject after them.
[set freerel]
what whatever

[set clause]
and but or nor so because while whereas although though if unless when whenever where as since after before once until yet then however meanwhile moreover furthermore also thus therefore instead otherwise nonetheless nevertheless that which who

# Words that open a clause of contrast after a comma (", while the union
# said …"): a reporting verb after one, whose speaker is no one known,
# still ends the words of the speaker before it.
[set contrast]
while whereas but

# Subordinating words: a sentence opening with one ("When X said …, Y
# fired back") reports the words of its first clause only.
[set subord]
when whenever after while although though if because since before once until whereas unless

[set subordopen]
# Words that open a subordinate clause only at the sentence's start (elsewhere
# they open a relative clause): "Where proponents claimed …, the law …".
where

[set coord]
and but or nor

[set otherdet]
# "X and other Democrats said": X speaks, the others are left unnamed;
# so with a word of [set quantifiers] after "and" ("X and several other
# Democrats said"), after a definite description ("The mayor and other
# officials said" is the mayor's), and after a list of names set off by
# commas ("X, Y and other Democrats said" is both X's and Y's). Opening
# a group set off by a comma before examples of [set examples] ("Other
# Democrats, like X and Y, said"), the people named speak.
other

[set others]
# "X and others said": the others unnamed, X speaks (also "X and several
# others said", "The mayor and others said", "X, Y and others said", as
# with [set otherdet]); "Some, like X, said": X, the one named as an
# example.
others some many several

[set aliasor]
# "X, or Y": another name of X.
or

[set prep]
of for to in on at by from with about against over under into onto via through during after before since until toward towards among amid between without within across along around behind beyond despite upon per than like near off out up down underneath beneath below above

[set of]
of for

[set by]
by

[set listintro]
including

[set counselnouns]
# People who speak for the one a participle after them names: "Lawyers
# representing Marsh said …" is Marsh's side speaking, where "Voters
# backing Reed said …" is the voters'.
lawyers attorneys solicitors barristers counsel representatives spokesmen spokeswomen spokespeople spokespersons agents aides

[set objectgerunds]
# Gerunds that open a clause after a comma and take the people after them
# as their object ("…, giving officials hope that …", "…, leaving
# residents afraid"): those people are no subject of the verb after them.
giving leaving sending handing offering prompting causing forcing letting allowing granting affording

[set passivegerunds]
# The gerund of the passive's auxiliary: after another verb, the passive
# is what that verb reports ("Ellison recalled being told by a professor
# that …" is Ellison's recollection, not the professor's words).
being

[set personrel]
# Relative pronouns that stand only for people: a phrase after one is
# inside its clause ("A juror who gave only her first name, Denise, said"
# is Denise, not "her first name").
who whom

[set examples]
# Words that introduce an example of a group: "Others, like Forrester's
# Dipanjan Chatterjee, argued …" is the one named.
like including such_as

[set absolute]
with

[set as]
as

# Words that make "as" open a clause of contrast, not "as X said": "…,
# even as members of her party questioned its cost" (the clause's own
# words are its speaker's, not those before it).
[set contrastas]
even

[set ascompare]
such so same many much well long soon far

[set nameglue]
of the de da do dos das del la le van von der den al bin bint ibn el y du des

[set adverbs]
# Words that may stand between a subject and its verb, or a verb and its subject.
also even rather further later afterward afterwards again then often always previously subsequently repeatedly recently initially earlier now first once still yet even only already publicly openly strongly firmly flatly categorically vehemently officially explicitly separately quickly immediately swiftly formally privately reportedly allegedly apparently similarly likewise too just personally directly angrily sharply bluntly simply however though therefore meanwhile last late on this today yesterday tonight himself herself themselves itself backstage onstage offstage

[set restrictadverbs]
# Adverbs that restrict what was said, between a modal of
# [set refusalmodals] and a verb of saying: "would only say that …" says
# that much ("would say that …" alone says nothing yet).
only

[set gerundadverbs]
# Adverbs only before a gerund of saying after a comma: "…, instead only
# saying …" (not "Slams Japanese Pride Instead", a verb and its object).
instead

# A lower-case word with one of these endings, not after a determiner and
# not listed in [set notadverbs], is an adverb ("critics loudly
# denounced him").
[set adverbendings]
ly

# Endings of abstract nouns: one such word first in its sentence, never
# capitalised inside one, no given name and no capital after it, is no
# name ("Criticism came from …").
[set nounsuffixes]
ism tion sion ment ness ity ance ence ship

[set notadverbs]
family ally rally assembly supply monopoly anomaly reply belly bully jelly lily italy daily weekly monthly quarterly early only holy ugly silly elderly friendly lonely lovely likely unlikely

[set possrel]
# Possessive relative pronouns: "Reed, whose campaign said …" is no
# relative clause of Reed's own words.
whose

[set partyletters]
# The letters of the parties in a label of party and state after a
# politician's name, "(D-Ore.)", "(R-Ky.)": no body to refer back to.
d r i

[set time]
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night week weekend month year days weeks months years hours decades ago

[set institutions]
# Bodies whose one capitalised word is their name ("Congress said", "the
# Senate voted"), not a common noun opening a headline.
congress senate parliament knesset bundestag duma

[set mediaorbody]
# Media nouns that also name other bodies: "the agency" is a news agency
# when one was named, else the body named last.
agency agencies

[set agencykinds]
# The kinds of organisation "the agency" may refer back to when no news
# agency was named: a public body or the media, not a company.
government media

[set anaphoric]
# Nouns that refer back to a body named before ("the company", "la société").
company firm corporation group organization organisation agency ministry department government administration daily newspaper paper outlet broadcaster network channel station magazine website embassy hospital airline carrier operator court police force army military office union council committee commission party campaign team club bank fund foundation association institute university board retailer insurer lender miner carmaker automaker chipmaker drugmaker maker utility tribunal regulator watchdog center centre service

[set bothand]
# The words around the first of two subjects who both speak: "Both the
# union and the company said …".
both_and

[set claimnouns]
# Nouns of a claim whose owner, a name in the Saxon genitive, made the
# claim the clause of "that" after it tells: "Reed's claim that the vote
# was rigged", "despite Mr. Reed's assertion on Monday that …".
claim claims assertion assertions contention contentions allegation allegations accusation accusations argument statement

[set nounparticles]
# Nouns of a verb's particle after "the" ("make … part=the_claim") that
# may follow another article, a possessive or none, and two words that
# describe them: "made a strong claim that …", "made his argument that
# …", "made similarly bigoted charges that …"; never "made no claim".
claim claims charge charges allegation allegations accusation accusations assertion argument arguments point

[set commentnouns]
# Nouns of a statement that open a comment at the end of a sentence,
# after a comma and "a", whose verb denies what the sentence reports:
# "…, a charge he denies." The comment is no part of the words before it.
claim charge allegation accusation assertion characterization characterisation suggestion contention

[set verbs]
# Frequent verbs that are not reporting verbs: a noun phrase never runs
# over them.
is are was were be been has have had do does did get gets got make makes made take takes took go goes went come comes came give gives gave see sees saw seen know knows knew want wants wanted use uses used find found become became leave left put keep kept let begin began seem seems seemed help helped show shows showed hear heard play run ran move moved live lived bring brought happen happened stand stood lose lost pay paid meet met include includes included set learn change changed lead led understand watch follow followed stop create read allow allowed spend grow open walk win won offer remember love consider appear buy wait serve die died send sent expect build stay fall cut reach kill killed remain remains remained launched banned blocked joined fled shot struck hit attacked arrived began started ordered signed filed issued released held received published agreed gathered traveled travelled entered flew flown sought tried tries try visited voted won lost faces faced plans planned needs needed hopes hoped thinks worked works wrote writes chafed asked threw drew wore rose fell broke chose drove froze hid rode shook sang swore tore woke sat ate bought caught fought taught sold built spent meant dealt hung stuck swung fed slept swept wept laid forgave withdrew overcame undertook oversaw underwent upheld withheld overtook rebuilt forbade arose blew grew knelt lent bent dug spun sprang stole sank sue sues sued suing owe owes owed rips ripped lied tied

[set verbendings]
# Word endings that mark a verb form (a noun phrase stops there).
ed

[set nounendings]
# Nouns with a verb's ending: "wrote in a Sunday op-ed that …" (the
# phrase runs on to the noun).
op-ed

# Endings of forms that are never a finite verb: a word with one after a
# comma inside a quotation ("“…, including Tom Baker, …”") is no
# reporting verb interrupting it.
[set nonfiniteendings]
ing

# Words after a surname that end a person's name: a period after them is
# part of the word ("Joseph R. Biden Jr. said …"), and the surname is the
# word before them ("Biden said").
[set namesuffixes]
jr. sr. jr sr ii iii iv

# Letters after a person's name ("Andrew Moore KC"): no acronym of a body;
# the surname is the word before them.
[set postnominals]
kc qc sc mp msp mep obe mbe cbe phd md mph msc msce mba rd rn dphil frcp

[set nameabbrevs]
# Abbreviations inside names that keep their period ("St. Mary's
# Hospital", "Mt. Sinai", "Ft. Worth", "Orbital Inc. said").
st. mt. ft. inc. corp. co. ltd. bros.

# Verbs of getting or citing a document someone else made: after them
# Prepositions before a document and its gerund in an active clause
# whose subject put it out ("joined other senators in a letter calling on
# …", "opened the meeting with a talk suggesting that …").
[set docpreps]
in with

# Prepositions of whom a document was made for, between its participle
# and its author: "exit polls conducted for the networks by Edison
# Research show …" are Edison Research's.
[set docclients]
for

# "a letter saying …" is not the subject's words ("received a letter
# saying …", "cited a report which said …").
[set docreceived]
receive receives received receiving obtain obtains obtained obtaining get gets got getting see sees saw seen read reads reviewed review reviews cite cites cited quote quotes quoted leak leaks leaked find finds found view views viewed examine examines examined

# Adjectives after a speaker's noun whose preposition goes on with the
# phrase: "according to people familiar with the matter", "said a
# person close to the talks" (not "officials in Beijing said": a
# preposition right after the noun ends it there).
[set speakermods]
familiar close briefed knowledgeable privy

# Nouns of two words whose first is also a verb: "the think tank said".
[set nouncompounds]
think_tank think_tanks loved_ones talk_radio talk_show talk_shows talk_host show_host show_hosts

[set quoteplacepreps]
# Prepositions of where words were said, before a quotation that runs to
# the sentence's end: "said on Twitter “…”", "wrote in a post “…”" (the
# words are the quotation, not the phrase). Listed only where a verb's
# object may not open with one ("spricht von einer „…“", "defende a
# abstenção com “…”" keep their phrase).
on in during via at

# Prepositions after a speaker's noun that tie it to a body named after
# them: "said one senior nurse at the Royal Infirmary".
[set placepreps]
# Prepositions of place that are also adverbs, so not in prep ("Outside
# experts say"): before a name they place a speaker ("one operative
# inside Trump Tower"), they are no verb running into it.
inside outside beside alongside throughout aboard atop

[set reasonpreps]
# The preposition of the reason after the agent of a passive of blame or
# praise: "was criticized by the council | for the delay" (the agent is
# the council), not after a title or a spokesman's word ("by a spokesman
# for the ministry").
for

[set staffpreps]
at
from

# Verbs of putting a document out ("put" with "out" after it): "The
# ministry issued a statement." makes the quotation after it, or "“…,” it read.", the ministry's (not
# "The ministry criticised a report.").
[set issueverbs]
issue issues issued release releases released publish publishes published put puts post posts posted send sends sent circulate circulates circulated distribute distributes distributed

# Particles between a verb and the document it puts out ("sent out a
# press release saying …", "fired off a letter saying …").
[set docparticles]
out off back

[set casefilings]
# Names of one filing in a lawsuit: "the complaint" or "the suit" after
# "The family filed a lawsuit" is the family's.
lawsuit suit complaint

[set genericdocs]
# Names any document bears: a definite one refers back to the author of
# the document named last, at most two sentences before, or else to the
# one author of all the documents the article has named so far, "The ministry
# released a report. … The document says …".
document

# Verbs and nouns of having or giving words: a sentence whose subject,
# a person or a body, only "had a blunt message" or "gave a short
# statement" gives them the quotation that opens the next sentence
# ("Bolger's lawyer, Jeremy Robinson, had a more succinct statement after
# the ruling. “It is impossible to overstate …”").
[set wordsverbs]
had has gave gives offered offers delivered delivers

# (The nouns also name words before: "“We will not back down.” That was
# the message from union leader Sarah Jones." is hers.)
[set wordsnouns]
statement message response reply warning words answer verdict assessment explanation reaction take comment comments insight insights thoughts

# Names of the document that puts out an announcement: with no document
# named before, a definite one is the one body that has announced
# something so far ("Customs and Border Protection announced Tuesday …
# According to the release, …").
[set announcedocs]
release announcement

# Verbs of meeting or asking people: "Several people I've spoken with
# said …", "Residents we interviewed said …" are the people's words.
[set contactverbs]
spoken spoke talked interviewed surveyed polled contacted met consulted reached

# Words for all the people met, before such a clause: "Everyone I
# interviewed said …".
[set contactall]
everyone everybody

# Words that count documents before "of": "a series of tweets saying …"
# is its author's words, as "a tweet saying …" is.
[set docseries]
series string flurry barrage volley stream torrent pair couple number

# Words before a time that leave it a time: "a tweet early Friday saying",
# "a letter earlier this week urging".
[set timemods]
early late this last next past earlier

[set docnouns]

statement statements report reports tweet tweets post posts email emails e-mail e-mails ad ads notice letter letters release communique communiqué memo memorandum document documents study survey paper editorial article interview message messages press-release filing lawsuit complaint petition decree order ruling verdict judgment resolution declaration speech address announcement video broadcast bulletin publication blog column op-ed estimate assessment analysis proclamation investigation tally tallies summary profile count data records poll polls figures account biography autobiography book website transcript filings results average research studies surveys findings suit projection projections forecast forecasts review audit audits statistics calculations guidelines copy copies draft drafts contract contracts agreement agreements

# Bodies whose documents are mostly others' filed with them: "the court
# filing" is a litigant's, "the court ruling" the court's ([rulings]).
[set filedin]
court tribunal

[set rulings]
ruling rulings judgment judgement verdict order decision opinion

# Pronouns opening a free relative clause whose reporting verb makes the
# sentence around it its subject's words ("what the UN says is …").
[set whatpron]
what

# Dashes that open a signature: a name alone after words, or a quotation,
# that it signs ("— Paul Ryan (@SpeakerRyan) July 5, 2016").
[set signdashes]
— ― – - --

# Adverbs that, after a comma, join a verb to the clause before as "and"
# does ("offered him a job, then says he'll …").
[set thencoord]
then

# Prepositions before a participle whose speaker is the subject of the
# verb before them ("responded by saying …").
[set gerundpreps]
by while upon after before

# Participles that work as prepositions: after a comma they go on with
# the words before ("pledged to …, following the election").
[set prepparticiples]
following regarding concerning considering excluding pending barring notwithstanding

# "In a CNN poll, …": a preposition and a poll of a named author say
# the words of the sentence, as "according to" does.
[set inpoll]
in

[set polls]
poll survey

# Words after a document that name who made it ("data from the
# commission").
[set docfrom]
from

[set docin]
# A document in a medium: "a report in The Guardian" (not "the results in Iowa").
in

# Verbs before "to" and a reporting verb that leave it reporting ("went
# on to say").
[set quotedas]
# A passive of quoting before a gerund of saying: "was quoted as saying".
quoted_as

[set goeson]
went_on goes_on go_on going_on gone_on
# "was quick to point out that …", "were careful to note that …": they
# said it.
quick_to careful_to
# "O'Malley interjected to say: …", "rose to say", "paused to say",
# "was prompted to say": the infinitive is what was said.
interjected_to interjecting_to rose_to paused_to prompted_to
# "was forced to deny that …", "rushed to deny", "hastened to add": the
# infinitive is what was said, under pressure or at once.
forced_to rushed_to hastened_to
# "continued to insist that …", "continues to deny": the infinitive is
# what was said, again (not "continue" itself, which says nothing before
# "to").
continued_to continues_to continue_to continuing_to

[set tookto]
# "took to Twitter to say": a verb and preposition before a place of one
# to three words and the infinitive of a verb of saying, which reports.
took_to takes_to take_to taking_to taken_to

[set nameprep]
for

[set orgwords]
nations ministry department office agency commission committee council association foundation institute center centre university company corporation corp corp. inc inc. ltd ltd. llc plc group party front forces force army navy command movement organization organisation union league alliance coalition court assembly parliament congress senate bank fund network news daily times post press herald journal tribune gazette telegraph guardian review radio tv television broadcasting channel service services police embassy consulate government administration authority authorities board bureau federation guild society trust hospital airlines airline airways church guard guards brigade brigades corps program programme project club institution museum school college house wire mail observer chronicle mirror weekly monthly magazine media ngo unesco state campaign confederation chamber secretariat directorate tribunal observatory cooperative consortium conference academy laboratory laboratories division unit railway railways railroad railroads trains rail transit transport lines buses ferries holdings industries motors pharmaceuticals pharmaceutical pharma therapeutics biosciences biotech technologies systems labs energy foods brands enterprises partners ventures logistics petroleum mining resources entertainment electronics semiconductor semiconductors communications telecom insurance bancorp software networks solutions chemicals aerospace automotive beverages securities investments telecommunications electric gas utilities steel oil protection enforcement prevention centers centres homes properties developments builders realty hotels resorts studios county city township borough municipality

[set mediawords]
news daily times post press herald journal tribune gazette telegraph guardian radio tv television broadcasting channel wire mail observer chronicle mirror weekly magazine network reporter broadcaster newspaper agency outlet

[set newsnames]
reuters ap afp bbc cnn nbc abc cbs pbs npr bloomberg xinhua tass sputnik ria irna isna fars al-jazeera aljazeera yonhap kyodo dpa efe ansa anadolu wikinews axios politico

[set govwords]
government administration ministry ministries department embassy consulate army military navy cabinet presidency authorities police parliament state officials official

[set nongov]
opposition former ex-president retired dissident rebel rebels activist activists exiled senator senators congressman congresswoman lawmaker lawmakers legislator legislators mp mps parliamentarian candidate critic critics citizen citizens journalist reporter student students protester protesters company firm court judge judges tribunal prosecutor prosecutors business businesses

[set courtroles]
lawyer attorney prosecutor judge

[set anypost]
# Words that may stand for any post ("el funcionario", "the official"):
# after a person named with an office, still maybe that person.
official officials leader

[set offices]
# Posts one person holds, two of which are two people: "the governor"
# after "Mayor X" spoke is not X.
president vice-president premier chancellor prime_minister governor mayor senator judge sheriff prosecutor pope king queen coroner

[set quarrelpreps]
# Words of place, besides [set prep], after which a verb of arguing with
# no clause tells a quarrel ("had argued inside the bar").
inside outside

[set givenmonths]
# Months that are also given names: a capitalised one before a
# capitalised surname, not after a preposition, a word of time or a
# number, is a name ("April Ryan said"; "in April Reed said" is a date),
# and so is one that closes a person's names before an age ("Yin Myint
# May, 60, said").
april may june

[set surnametitles]
# Titles that are also common surnames: closing a capitalised name they
# are the surname ("Ledley King", "Mervyn King"), not a title.
king bishop major marshal chancellor judge prince

[set pastposts]
# Words of a post no longer held: who holds it speaks for no employer
# ("former Acme executive Dan Russo", "ex-Acme chief").
former ex onetime erstwhile retired

[set titlemods]
registered longtime veteran certified licensed prime foreign vice deputy acting special presidential supreme crown chief senior interior defence defense home justice finance trade health education state former first general executive assistant principal permanent federal national press retired majority minority lead opposition democratic republican financial operating technology medical scientific information marketing commercial legal nursing investment ex district county city publishing

[set refusalnouns]
# Nouns of words asked for, the object of a negated refusal verb ("did not
# return calls seeking comment", "did not return a message left Monday").
call calls message messages email emails e-mail e-mails request requests inquiry inquiries phone

[set refusedobjects]
# Nouns of words asked for, the object of a refusal verb without its
# particle: "declined comment", "declined an interview request",
# "declined multiple requests for an interview" (refusedRequest).
comment comments interview interviews

[set refusedfor]
# The preposition between a request and the words it asks for:
# "requests for comment".
for

[set refusalverbs]
# ("declined to be interviewed", "refused to be drawn"; not "declined
# to be named": an anonymous source's, no refusal.)
comment say discuss elaborate disclose confirm specify answer respond reply reveal identify name release share detail address speak talk explain be_interviewed be_quoted be_drawn

[set variation]
# Words of variation or sorting before "according to": "prices vary
# according to the region" tells by what, no source.
vary varies varied varying differ differs differed differing ranked sorted classified grouped weighted

[set evidencedocs]
study studies research survey surveys poll polls estimate estimates figures data statistics analysis trial findings census calculations projections records documents

[set pluraldocs]
studies surveys polls estimates figures data statistics findings calculations projections records documents

[set anotherdet]
another

[set pairdeterminers]
both

[set copulas]
# Verbs besides "be" after which an adjective of a view reports it
# ("remain convinced that …").
remain remains remained remaining stay stays stayed

[set nothingsaid]
# The object of a verb of saying that reports no words: "Police have said
# little about the clash", "The firm said nothing on Monday".
little nothing

[set floating]
# Quantifiers that may float between a subject and its verb: "Apple and
# Meta both declined to comment", "the three firms all said".
both all each

[set yesnocomp]
whether

[set refusalmodals]
# (Also the negated forms, modal and negation in one word: "wouldn't say
# when".)
will would 'll 'd wouldn't won't

[set negmodals]
cannot can't couldn't shouldn't mustn't mightn't

[set plural]
mps msps meps officials associates supporters groups users organizers organisers ministers protesters residents lawmakers critics activists witnesses sources experts analysts leaders members authorities police people diplomats researchers scientists doctors investigators prosecutors officers soldiers troops rebels militants fighters villagers survivors victims families relatives aides advisers employees workers staff students parents elders fishermen businessmen businesswomen congressmen congresswomen councilmen gunmen policemen firemen militiamen insurgents guards peacekeepers monitors

# Plural nouns of people with no plural ending: a group described so is
# what "they" refers back to ("The men alleged … They claimed …").
[set pluralheads]
men women children

# Words that count a group before "of": "a string of Tory MPs who said
# …", "a handful of protesters said": the people counted speak.
[set groupcounters]
string number handful host chorus slew raft bunch

# The preposition of whom words were told: a verb followed only by its
# phrase, and phrases after it, reports no words ("said to the crowd.",
# "added to the pressure on the council.").
[set toldpreps]
to

[set collective]
police staff media public military army team government family couple administration

[set mutenouns]
# Nouns of things that cannot speak: "the death toll continues…", "los
# hechos revelan…" name no speaker.
toll rise caseload figure figures data statistics fact facts rate increase decline question questions

[set presentatives]
# Words opening a sentence that presents one person, "Among them was Nadia Benali, who lost her brother.": a
# quotation with no speaker of its own opening the next sentence is theirs.
among

[set starters]
# Capitalised words that open sentences and are never names.
ok okay yes no even create latest update updated breaking watch read listen see photo video image caption here there what why how when where who which asked questioned former retired shares stocks data outside inside current recent do false true

[set isclitic]
# Words whose "'s" is "is", "has" or "us", never a possessive: "there's
# growing fear that …" holds no owner "there".
there here that what who where how when why it he she let

[set notnames]
# Words that are never a name, wherever they stand: pronouns, conjunctions
# and words that open a sentence with a capital ("Ich", "Nachdem", "Regardless").
please regardless whoever indeed given add follow perhaps you we’re we're you’re you're i’m i'm i’ll i'll i’d i'd i’ve i've we’ve we've we’d we'd we’ll we'll you’ve you've you’d you'd you’ll you'll

[pronouns]
he m s
she f s
it n s
they - p
we - p
i - s
him m s
her f s
them - p

[titles]
winger
champion
defender
keeper
skipper
boss
quarterback
pitcher
batsman
bowler
president gov head
actress f
actor m
singer
comedian
novelist
rapper
striker
midfielder
goalkeeper
forecaster
democrat
republican
vice-president gov
premier gov
chancellor gov
minister gov
secretary gov
secretary-general head
director-general head
spokesman m spokes
spokeswoman f spokes
spokesperson spokes
spokespeople spokes
spokesmen spokes
spokeswomen f spokes
spokespersons spokes
press_secretary spokes
ambassador gov
envoy gov
diplomat gov =ambassador =envoy =consul
consul gov
king m gov
queen f gov
prince m gov
princess f
emir gov
sultan gov
sheikh
ayatollah gov
senator
sen.
rep.
representative
congressman m
congresswoman f
governor
mayor
general gov
gen.
colonel
col.
admiral gov
commander gov
judge
justice
chief head
director head
chairman m head
chairwoman f head
chair head
ceo head
cfo head
coo head
commissioner head
administrator head
constable
pope
mr m hon
mr. m hon
mrs f hon
mrs. f hon
ms f hon
ms. f hon
dr hon
dr. hon
prof
prof.
gov. gov
sen. gov
ald.
sgt
insp
supt
det
dci
pc
capt
cpl
pte
cmdr
cllr
cllr.
sens. gov
rep. gov
reps. gov
gen.
col.
maj.
adm.
supt.
insp.
det.
amb. gov
rev.
lord m hon
lady f hon
sir m hon
dame f
speaker
attorney
solicitor
leader head
whip
officer
captain
capt.
lieutenant
lt.
sergeant
sgt.
marshal
rapporteur
counsel
adviser
advisor
aide
head head
founder head
co-founder
executive head
analyst
professor
lawmaker
legislator
mp
deputy
inspector
superintendent
correspondent
reporter
journalist
editor
publisher
columnist
activist
lawyer
candidate
member
official gov
secretary_of_state gov
attorney_general gov
police_and_crime_commissioner
foreign_minister gov
foreign_secretary gov
prime_minister gov
home_secretary gov
defense_secretary gov
defence_secretary gov
secretary_of_defense gov
national_security_adviser gov
chief_constable gov
chief_executive_officer head
chief_financial_officer head
chief_operating_officer head
chief_technology_officer head
chief_medical_officer head
chief_investment_officer head
chief_marketing_officer head
chief_information_officer head
chief_commercial_officer head
chief_legal_officer head
chief_scientific_officer head
chief_digital_officer head
chief_people_officer head
chief_risk_officer head
officials gov
nominee
manager
owner
coach
researcher
scientist
economist
expert
doctor
prosecutor gov
investigator
meteorologist
epidemiologist
virologist
historian
author
physician
surgeon
engineer
strategist
pollster
consultant
lobbyist
psychologist
sociologist
biologist
climatologist
seismologist
criminologist
sheriff gov
treasurer
comptroller
ombudsman
provost
curator
detective
trooper
rabbi
imam
pastor
councillor
councilor
councilman m
councilwoman f
alderman
coroner
organiser
organizer
assemblyman m
assemblywoman f
trustee
regent
supervisor
selectman m
selectwoman f
councilmember
alderwoman f

[speakers]
# Nouns that can speak without a name, and what they are.
official officials authorities source sources gov
government administration ministry department departments cabinet presidency embassy gov
police army military navy troops soldiers forces guards peacekeepers gov
spokesman spokesperson spokeswoman spokespeople spokesmen spokeswomen spokespersons office spokes
company firm corporation business utility group organization organisation movement campaign charity foundation association union committee commission council court hospital airline carrier companies firms corporations businesses groups organizations organisations movements campaigns charities foundations associations unions committees commissions councils courts hospitals airlines carriers watchdog watchdogs bank banks club clubs institute institution institutions institutes tank tanks fund university universities party parties team retailer insurer lender miner carmaker automaker chipmaker drugmaker center centre service exchange exchanges airport airports regulators insurers carmakers automakers chipmakers drugmakers schools clinics board boards maker makers producer producers exporter exporters importer importers supplier suppliers org
daily newspaper paper agency outlet broadcaster network channel station magazine website newspapers papers agencies outlets broadcasters networks channels stations magazines websites television radio media media
expert experts analyst analysts user users organizer organizers organiser organisers protester protesters resident residents witness witnesses lawyer lawyers senator senators member members representative representatives leader leaders associates supporters critics activist activists diplomat diplomats minister ministers president people doctors doctor scientists scientist researchers researcher investigators investigator prosecutors prosecutor judge lawmakers lawmaker legislators students student nurse worker workers employee employees staff team parents family relatives aides adviser advisers officers officer rebels militants fighters villagers survivors victims families mother father wife husband son daughter brother sister friend friends elders economists economist observers observer insiders insider neighbours neighbors neighbour neighbor fans voters customers owners owner manager managers councilmembers councilmember mps msps meps councillors councillor councilors councilor delegates delegate candidates candidate mayors mayor governors governor commissioners commissioner person persons man woman men women individual participant participants attendee attendees caller callers commenter commenters visitor visitors passenger passengers driver drivers teenager teenagers conservatives liberals progressives moderates evangelicals donors pollster pollsters historian historians opponents opponent proponents proponent backers skeptics sceptics teachers teacher farmers farmer veterans strategist strategists confidant confidants politician politicians executives rival rivals supporter critic aide consultant consultants operative operatives volunteers campaigner campaigners pundit pundits commentator commentators agents deputies patients nurses citizens migrants refugees mourners locals demonstrators bystanders onlookers colleagues classmates teammate teammates shoppers commuters homeowners tenants firefighters paramedics physicians defendants plaintiffs taxpayers immigrants pastors clergy scholars academics educators engineers investors bankers loyalists separatists author authors coauthor coauthors co-author co-authors writer writers bloggers blogger people advocate advocates traders trader merchants merchant shopkeepers shopkeeper vendors vendor entrepreneurs entrepreneur landlords landlord growers grower fishermen fisherman consumers consumer motorists truckers lobbyists lobbyist negotiators negotiator forecasters forecaster environmentalists conservationists epidemiologists epidemiologist coaches coach players player athletes athlete worshippers pilgrims shareholders shareholder stakeholders loggers logger builders contractors contractor developers ranchers rancher herders evacuees labourers laborers cleaners midwives pharmacists dentists jurors juror spectators viewers listeners subscribers renters cyclists pedestrians parishioners veteran businessman businesswoman businessmen businesswomen volunteer donor loyalist pastor scholar educator engineer investor banker taxpayer immigrant migrant refugee mourner demonstrator bystander onlooker colleague classmate shopper commuter homeowner tenant firefighter paramedic physician defendant plaintiff patient citizen voter customer villager survivor victim headteachers headteacher principals clinicians surgeons pilots pupils professors lecturers staffers miners dockers strikers unionists inspectors auditors mediators envoys ambassadors commanders rescuers medics virologists climatologists astronomers biologists physicists chemists psychologists psychiatrists specialists attorneys solicitors barristers detectives wardens directors bosses founders travellers travelers tourists holidaymakers mothers fathers youths referees archaeologists curators trustees congressmen councilmen nationalists eyewitnesses eyewitness winemakers brewers retailers brokers dealers lenders borrowers creditors bondholders magistrates coroners pathologists designers architects planners clerics imams priests rabbis bishops ones foes enemies policymakers policymaker policy-makers grandfather grandmother great-grandfather great-grandmother grandparents grandparent grandson granddaughter grandchildren aunt uncle cousin niece nephew stepfather stepmother stepson stepdaughter fiancé fiancée fiance fiancee boyfriend girlfriend widow widower sibling siblings ally allies insurgents insurgent gunmen gunman jihadists jihadist extremists extremist guerrillas guerrilla militiamen militiaman monitors monitor people
parent fighter elder backer skeptic separatist motorist trucker environmentalist conservationist worshipper pilgrim stakeholder builder developer herder evacuee laborer labourer cleaner midwife pharmacist dentist spectator viewer listener subscriber renter cyclist pedestrian parishioner clinician pupil lecturer staffer docker unionist auditor mediator rescuer medic physicist chemist psychiatrist specialist barrister warden traveler traveller tourist referee archaeologist nationalist winemaker brewer broker dealer borrower creditor bondholder magistrate pathologist designer architect planner cleric priest people
statement report study survey letter document release communique communiqué interview doc

[orgkinds]
# The kinds of organisation a head noun names: "the union" refers back to
# an organisation of its own kind or of none told ("Acme"), never to one
# of another kind ("Sarrow Terminal Company"). Nouns of no one kind
# ("group", "organisation", "agency", "office") are not listed.
company companies firm firms utility utilities corporation corp corp. inc inc. ltd ltd. llc plc co co. operator business conglomerate carrier airline airlines airways motors holdings industries pharmaceuticals pharmaceutical pharma therapeutics biosciences biotech technologies systems labs foods brands enterprises ventures logistics petroleum electronics semiconductor semiconductors bancorp software networks solutions resources chemicals aerospace automotive beverages securities investments insurance telecom telecommunications homes properties developments builders realty hotels resorts studios company
# Trades: "the retailer" is a retailer named before, or a body of no
# kind told, not another company ("Harlow Foods Ltd … The carmaker Tesla
# … the carmaker said" is Tesla's).
retailer retailers retailer
insurer insurers insurer
lender lenders lender
miner miners miner
carmaker carmakers automaker automakers carmaker
chipmaker chipmakers chipmaker
drugmaker drugmakers drugmaker
maker makers maker
union unions federation confederation syndicate guild union
ministry ministries department government administration cabinet presidency embassy consulate government
newspaper paper daily outlet broadcaster network channel station magazine website news times post herald journal tribune gazette telegraph media
court tribunal court
regulator regulators watchdog watchdogs authority regulator
party party
bank fund bank
university college school institute academy university
association foundation society charity trust association
council committee commission board council
congress senate parliament legislature assembly knesset bundestag duma legislature
hospital clinic hospital
club clubs team teams fc afc club
police force police
army military navy army
# Not bodies at all: a name whose head is one of these is a law or a pact
# ("the Impoundment Control Act"), never what "the office" refers back to.
act acts law laws treaty treaties accord accords agreement agreements amendment amendments protocol directive charter constitution law

[according]
according_to X
in X words
in X view
in the view of X
as_reported_by X
as_first_reported_by X
as_previously_reported_by X
as_quoted_by X
as_noted_by X
as_explained_by X
as_stated_by X
as_pointed_out_by X

[furniture]
media caption
image caption
image copyright
image source
photo:
photo credit
picture:
caption:
credit:
getty images
read more
read also
related:
related articles
related stories
more from
click here
sign up
subscribe
advertisement
share this
follow us
this story has been shared
support our journalism
all rights reserved
copyright ©
the latest:
watch:
listen:
video:
log in
sign in
terms of use
privacy policy
newsletter
donate
charitable donation
make a donation

[set prosefurniture]
# Furniture phrases that, in lower case inside a sentence of prose, are
# the prose's words: "where it costs members $70,000 to sign up, …".
sign_up sign_in log_in more_from share_this read_more click_here follow_us

[set denycues]
# Reported words that reject a claim as false: the stance is "deny".
groundless baseless unfounded untrue fabricated fabrication fabrications false falsehood falsehoods null_and_void not_true not_based_on_fact not_based_on_facts lacks_technical_proof no_evidence without_evidence never_supported was_not_involved not_involved nonsense slander smear smears lies fake_news

[set accusecues]
# Reported words that allege wrongdoing: with "claim" the stance is "accuse".
hack hacked hacking hacker hackers attack attacked attacks attacking stole stolen steal stealing theft spy spied spying espionage kill killed killing killings murder murdered murders crime crimes criminal violate violated violating violation violations abuse abused abuses poison poisoned poisoning responsible responsibility involved involvement sponsor sponsored sponsoring lie lied lies lying fraud fraudulent corrupt corruption torture tortured bomb bombed bombing invade invaded invasion aggression aggressive destroy destroyed circumvent circumvented infringe infringed infringement rigged rigging cheat cheated cover-up coverup harass harassed harassment discriminate discrimination illegal illegally unlawful war_crimes genocide terrorism

[set photowords]
# Words that introduce a photo credit.
photo photos picture image credit

[set credits]
# Photo credits: a short paragraph ending with one is a caption.
getty getty_images afp reuters ap ap_photo epa dpa picture_alliance picture-alliance shutterstock imago keystone efe anadolu xinhua sipa abaca bloomberg

[months]
january jan jan. 1
february feb feb. 2
march mar mar. 3
april apr apr. 4
may 5
june jun jun. 6
july jul jul. 7
august aug aug. 8
september sep sept sep. sept. 9
october oct oct. 10
november nov nov. 11
december dec dec. 12

[set regimewords]
# Loaded words for a government: after a country, the note names it.
regime regimes regime's

[set judgement]
# Words of opinion the bot never says in its own voice (a model's note that
# uses them outside quotation marks is not shown).
should must ought ignore ignored biased bias propaganda lie lies fake untrustworthy unreliable dishonest misleading ridiculous absurd shameful disgraceful outrageous nonsense trust distrust

[loaded]
# word = neutral rendering; "=" keeps it in quotation marks as the outlet's
# wording, "-" leaves it out.
regime = government
regimes = governments
regime's = government's
terrorist = =
terrorists = =
terror = =
thug = assailant
thugs = assailants
so-called = -
puppet = =
puppets = =
stooge = =
stooges = =
lackey = =
lackeys = =
mouthpiece = outlet
mouthpieces = outlets
mouthpiece's = outlet's
zionist = =
zionists = =
martyr = =
martyrs = =
martyred = killed
martyrdom = death
militant = =
militants = =
propaganda = =
crony = associate
cronies = associates
illegal = =
illegally = =
occupation = =
occupier = =
occupiers = =
invaders = =
invader = =
henchmen = associates
henchman = associate
extremist = =
extremists = =
rogue = =
tyrant = =
dictator = =
despot = =
junta = =
butcher = =
butchers = =
massacre = =
slaughter = =
genocide = =
infidel = =
infidels = =
crusaders = =
mob = =
mobs = =
rioter = =
rioters = =
agitator = =
agitators = =
firebrand = =
firebrands = =
bleated = said
dictators = =
tyrants = =
despots = =
juntas = =
massacres = =
genocides = =

[countries]
# CODE | name, other names | demonyms | capitals and government metonyms
AF | Afghanistan | Afghan | Kabul
AL | Albania | Albanian | Tirana
DZ | Algeria | Algerian | Algiers
AD | Andorra | Andorran | 
AO | Angola | Angolan | Luanda
AR | Argentina | Argentine, Argentinian | Buenos Aires
AM | Armenia | Armenian | Yerevan
AU | Australia | Australian | Canberra
AT | Austria | Austrian | Vienna
AZ | Azerbaijan | Azerbaijani, Azeri | Baku
BS | Bahamas, The Bahamas | Bahamian | Nassau
BH | Bahrain | Bahraini | Manama
BD | Bangladesh | Bangladeshi | Dhaka
BB | Barbados | Barbadian | Bridgetown
BY | Belarus | Belarusian | Minsk
BE | Belgium | Belgian |
BZ | Belize | Belizean | Belmopan
BJ | Benin | Beninese | Porto-Novo
BT | Bhutan | Bhutanese | Thimphu
BO | Bolivia | Bolivian | La Paz, Sucre
BA | Bosnia and Herzegovina, Bosnia | Bosnian | Sarajevo
BW | Botswana | Botswanan | Gaborone
BR | Brazil | Brazilian | Brasilia, Brasília
BN | Brunei | Bruneian | 
BG | Bulgaria | Bulgarian | 
BF | Burkina Faso | Burkinabe | Ouagadougou
BI | Burundi | Burundian | Gitega
KH | Cambodia | Cambodian | Phnom Penh
CM | Cameroon | Cameroonian | Yaoundé, Yaounde
CA | Canada | Canadian | Ottawa
CV | Cape Verde, Cabo Verde | Cape Verdean | Praia
CF | Central African Republic | Central African | Bangui
TD | Chad | Chadian | N'Djamena
CL | Chile | Chilean | Santiago
CN | China, People's Republic of China, PRC | Chinese | Beijing
CO | Colombia | Colombian | Bogotá, Bogota
KM | Comoros | Comoran | Moroni
CG | Congo, Republic of the Congo, Congo-Brazzaville | Congolese | Brazzaville
CD | Democratic Republic of the Congo, DR Congo, DRC, Congo-Kinshasa |  | Kinshasa
CR | Costa Rica | Costa Rican | San José
HR | Croatia | Croatian | Zagreb
CU | Cuba | Cuban | Havana
CY | Cyprus | Cypriot | Nicosia
CZ | Czech Republic, Czechia | Czech | Prague
DK | Denmark | Danish, Dane, Danes | Copenhagen
DJ | Djibouti | Djiboutian | 
DM | Dominica | Dominican | Roseau
DO | Dominican Republic |  | Santo Domingo
EC | Ecuador | Ecuadorian | Quito
EG | Egypt | Egyptian | Cairo
SV | El Salvador | Salvadoran | San Salvador
GQ | Equatorial Guinea | Equatorial Guinean | Malabo
ER | Eritrea | Eritrean | Asmara
EE | Estonia | Estonian | Tallinn
SZ | Eswatini, Swaziland | Swazi | Mbabane
ET | Ethiopia | Ethiopian | Addis Ababa
FJ | Fiji | Fijian | Suva
FI | Finland | Finnish | Helsinki
FR | France | French | Paris, Élysée, Elysee
GA | Gabon | Gabonese | Libreville
GM | Gambia, The Gambia | Gambian | Banjul
GE | Georgia | Georgian | Tbilisi
DE | Germany | German | Berlin
GH | Ghana | Ghanaian | Accra
GR | Greece | Greek | Athens
GD | Grenada | Grenadian | 
GT | Guatemala | Guatemalan | Guatemala City
GN | Guinea | Guinean | Conakry
GW | Guinea-Bissau | Bissau-Guinean | Bissau
GY | Guyana | Guyanese | 
HT | Haiti | Haitian | Port-au-Prince
HN | Honduras | Honduran | Tegucigalpa
HU | Hungary | Hungarian | Budapest
IS | Iceland | Icelandic | Reykjavik
IN | India | Indian | New Delhi
ID | Indonesia | Indonesian | Jakarta
IR | Iran, Islamic Republic of Iran | Iranian | Tehran
IQ | Iraq | Iraqi | Baghdad
IE | Ireland, Republic of Ireland | Irish | Dublin
IL | Israel | Israeli | Jerusalem
IT | Italy | Italian | Rome
CI | Ivory Coast, Côte d'Ivoire, Cote d'Ivoire | Ivorian | Yamoussoukro
JM | Jamaica | Jamaican | 
JP | Japan | Japanese | Tokyo
JO | Jordan | Jordanian | Amman
KZ | Kazakhstan | Kazakh | Astana, Nur-Sultan
KE | Kenya | Kenyan | Nairobi
KI | Kiribati |  | Tarawa
XK | Kosovo | Kosovar | Pristina
KW | Kuwait | Kuwaiti | Kuwait City
KG | Kyrgyzstan | Kyrgyz | Bishkek
LA | Laos | Lao, Laotian | Vientiane
LV | Latvia | Latvian | Riga
LB | Lebanon | Lebanese | Beirut
LS | Lesotho | Basotho | Maseru
LR | Liberia | Liberian | Monrovia
LY | Libya | Libyan | Tripoli
LI | Liechtenstein | Liechtensteiner | Vaduz
LT | Lithuania | Lithuanian | Vilnius
LU | Luxembourg | Luxembourgish | 
MG | Madagascar | Malagasy | Antananarivo
MW | Malawi | Malawian | Lilongwe
MY | Malaysia | Malaysian | Kuala Lumpur
MV | Maldives | Maldivian | Malé
ML | Mali | Malian | Bamako
MT | Malta | Maltese | Valletta
MH | Marshall Islands | Marshallese | Majuro
MR | Mauritania | Mauritanian | Nouakchott
MU | Mauritius | Mauritian | Port Louis
MX | Mexico | Mexican | Mexico City
FM | Micronesia | Micronesian | Palikir
MD | Moldova | Moldovan | Chisinau
MC | Monaco | Monegasque | 
MN | Mongolia | Mongolian | Ulaanbaatar
ME | Montenegro | Montenegrin | Podgorica
MA | Morocco | Moroccan | Rabat
MZ | Mozambique | Mozambican | Maputo
MM | Myanmar, Burma | Burmese | Naypyidaw
NA | Namibia | Namibian | Windhoek
NR | Nauru | Nauruan | 
NP | Nepal | Nepali, Nepalese | Kathmandu
NL | Netherlands, The Netherlands, Holland | Dutch, Dutchman, Dutchwoman | Amsterdam, The Hague
NZ | New Zealand | New Zealander | Wellington
NI | Nicaragua | Nicaraguan | Managua
NE | Niger | Nigerien | Niamey
NG | Nigeria | Nigerian | Abuja
KP | North Korea, DPRK | North Korean | Pyongyang
MK | North Macedonia, Macedonia | Macedonian | Skopje
NO | Norway | Norwegian | Oslo
OM | Oman | Omani | Muscat
PK | Pakistan | Pakistani | Islamabad
PW | Palau | Palauan | 
PS | Palestine, Palestinian Territories, Palestinian Authority | Palestinian | Ramallah
PA | Panama | Panamanian | Panama City
PG | Papua New Guinea | Papua New Guinean | Port Moresby
PY | Paraguay | Paraguayan | Asunción, Asuncion
PE | Peru | Peruvian | Lima
PH | Philippines, The Philippines | Philippine, Filipino | Manila, Malacañang, Malacanang
PL | Poland | Polish, Pole, Poles | Warsaw
PT | Portugal | Portuguese | Lisbon
QA | Qatar | Qatari | Doha
RO | Romania | Romanian | Bucharest
RU | Russia, Russian Federation | Russian | Moscow, Kremlin
RW | Rwanda | Rwandan | Kigali
LC | Saint Lucia | Saint Lucian | Castries
WS | Samoa | Samoan | Apia
SM | San Marino | Sammarinese | 
SA | Saudi Arabia, Kingdom of Saudi Arabia, KSA | Saudi | Riyadh
SN | Senegal | Senegalese | Dakar
RS | Serbia | Serbian | Belgrade
SC | Seychelles | Seychellois | 
SL | Sierra Leone | Sierra Leonean | Freetown
SG | Singapore | Singaporean | 
SK | Slovakia | Slovak | Bratislava
SI | Slovenia | Slovenian, Slovene | Ljubljana
SB | Solomon Islands | Solomon Islander | Honiara
SO | Somalia | Somali | Mogadishu
ZA | South Africa | South African | Pretoria
KR | South Korea, Republic of Korea, ROK | South Korean | Seoul
SS | South Sudan | South Sudanese | Juba
ES | Spain | Spanish, Spaniard, Spaniards | Madrid
LK | Sri Lanka | Sri Lankan | Colombo
SD | Sudan | Sudanese | Khartoum
SR | Suriname | Surinamese | Paramaribo
SE | Sweden | Swedish, Swede, Swedes | Stockholm
CH | Switzerland | Swiss | Bern
SY | Syria, Syrian Arab Republic | Syrian | Damascus
TW | Taiwan, Republic of China | Taiwanese | Taipei
TJ | Tajikistan | Tajik | Dushanbe
TZ | Tanzania | Tanzanian | Dodoma
TH | Thailand | Thai | Bangkok
TL | Timor-Leste, East Timor | Timorese | Dili
TG | Togo | Togolese | Lomé, Lome
TO | Tonga | Tongan | Nuku'alofa
TT | Trinidad and Tobago | Trinidadian | Port of Spain
TN | Tunisia | Tunisian | Tunis
TR | Turkey, Türkiye, Turkiye | Turkish, Turk, Turks | Ankara
TM | Turkmenistan | Turkmen | Ashgabat
TV | Tuvalu | Tuvaluan | Funafuti
UG | Uganda | Ugandan | Kampala
UA | Ukraine | Ukrainian | Kyiv, Kiev
AE | United Arab Emirates, UAE, Emirates | Emirati | Abu Dhabi
GB | United Kingdom, UK, U.K., Britain, Great Britain | British | London, Downing Street, Whitehall
US | United States, US, U.S., USA, U.S.A., United States of America, America | American | Washington, White House, WH, Pentagon, State Department
UY | Uruguay | Uruguayan | Montevideo
UZ | Uzbekistan | Uzbek | Tashkent
VU | Vanuatu | Ni-Vanuatu | Port Vila
VA | Vatican, Holy See, Vatican City |  | 
VE | Venezuela | Venezuelan | Caracas
VN | Vietnam, Viet Nam | Vietnamese | Hanoi
YE | Yemen | Yemeni | Sanaa, Sana'a
ZM | Zambia | Zambian | Lusaka
ZW | Zimbabwe | Zimbabwean | Harare
EU | European Union, EU | European | Brussels

[set teamwords]
# Last words of a club's name of two words or more: "Northfield United"
# is an organisation ("the club" later refers back to it), not a person.
united rovers wanderers fc afc hotspur albion

[set objectvoices]
# Verbs of the say voice that keep their own verb (a [voice] key of the
# same name) when their object is a thing, not reported words:
# "confirmed the investment" is "Confirms the investment"; "confirmed
# that …" is "Says …".
confirm disclose highlight

[set conditionals]
# Words opening a condition: a verb of saying negated in the clause one
# opens tells no omission ("… if they did not confirm their status").
if unless

[set originpreps]
# Prepositions of origin right after a person's name: the place after is
# no one a pronoun stands for (README).
from
