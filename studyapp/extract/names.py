"""Generic English vocabulary for telling people's names from other capitalised words.

Everything here is ordinary vocabulary (offices, professions, kinship, words that mark an
organisation, place, event or work), never a list of particular people or places: names are
recognised by their shape and by the words around them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Endings of agent nouns ("surveyor", "communicator", "nobleman", "headmistress"): a lower-case
# word with one of them names what someone does or is, unless it is a common non-role noun.
AGENT_SUFFIXES = ("er", "or", "ist", "cian", "man", "woman", "ess", "eer", "arch", "crat", "nik",
                  "smith", "wright", "herd", "person", "maid", "lord", "wife", "ee", "eur",
                  "ette")  # "usherette", "suffragette"

# Common words with an agent ending that are not roles ("number", "border", "earlier").
NOT_AGENT_NOUNS = frozenset("""
after under over never ever however whether rather together either neither other another
whatever whenever wherever whoever her per later further farther former latter sooner upper
lower inner outer utter proper eager bitter sober clever tender slender super sheer mere
number letter border order water power paper matter winter summer river chapter center
quarter cancer finger manner corner dinner shoulder disaster register thunder silver copper
timber fever hunger answer offer tower career computer character filter trigger banner
chamber cluster monster theater weather danger cover charter layer meter liter fiber
container shelter laser poster ladder leather feather butter enter alter gather consider
remember deliver discover suffer wonder render differ prefer refer transfer encounter
counter bother hinder murder surrender wander whisper powder pepper lever oyster lobster
headquarter headquarters tender trader-off daughter-in-law cluster sister-ship
larger older greater better higher longer bigger smaller younger stronger earlier faster
closer lesser fewer newer wider deeper harder easier richer poorer
door floor color colour error horror mirror honor honour labor labour favor favour motor
sector factor vapor terror rumor tumor interior exterior minor superior junior senior
corridor meteor decor humor humour armor armour harbor harbour vigor tenor razor nor
elevator calculator generator indicator radiator incubator accelerator ventilator
refrigerator reactor tractor monitor behavior behaviour endeavor endeavour flavor flavour
neighbor neighbour
crater glacier frontier barrier pier asteroid
median meridian ocean
human german roman woman man
business address process access success progress congress fortress mattress excess express
recess press dress stress guess less unless mess chess compass distress prowess duress
largess caress
search march starch larch
committee coffee degree agree free three tree knee guarantee jubilee pedigree decree toffee
settee marquee lychee liqueur grandeur
list mist fist twist wrist exist assist resist insist persist consist
steamer liner cruiser destroyer tanker clipper trawler freighter schooner
cigarette silhouette etiquette palette gazette roulette baguette cassette vignette omelette
rosette maquette marionette statuette kitchenette diskette serviette pipette lorgnette banquette
""".split())

# Craft whose names follow them ("the steamers Vessa and Tarno"): a name so placed is a ship's.
VESSEL_NOUNS = frozenset("""
ship steamer steamship steamboat frigate liner schooner brig yacht submarine cruiser battleship
destroyer warship vessel boat ferry tanker galleon corvette sloop ironclad gunboat clipper
trawler freighter barque carrack caravel airship
ships steamers steamships steamboats frigates liners schooners brigs yachts submarines cruisers
battleships destroyers warships vessels boats ferries tankers galleons corvettes sloops
ironclads gunboats clippers trawlers freighters barques carracks caravels airships
""".split())

# Offices, titles, ranks, professions and descriptions that can stand before or after a name.
ROLE_NOUNS = frozenset("""
president premier minister chancellor king queen emperor empress tsar czar tsarina kaiser pope
duke duchess count countess prince princess baron baroness earl marquis marquess viscount lord
lady sir dame knight emir sultan sultana shah caliph khan pharaoh regent monarch sovereign ruler
sheikh sheik spouse patron patroness
viceroy vicereine jurist magnate tycoon assassin
general colonel lieutenant marshal admiral commander captain major sergeant corporal officer
brigadier commodore commandant warlord soldier serviceman veteran guard
consul tribune dictator senator praetor censor triumvir governor mayor chairman chairwoman
chairperson chair secretary leader head chief spokesman spokeswoman spokesperson deputy
ambassador diplomat envoy delegate representative politician statesman stateswoman candidate
nominee lawmaker legislator congressman congresswoman activist dissident revolutionary rebel
reformer campaigner organizer organiser founder cofounder co-founder member official adviser
advisor aide staffer counsellor counselor councillor councilor commissioner inspector
prosecutor judge justice magistrate lawyer attorney barrister
journalist reporter correspondent editor publisher columnist broadcaster anchor writer author
novelist poet playwright dramatist essayist critic historian chronicler biographer scholar
academic professor lecturer teacher scientist physicist chemist biologist mathematician
economist sociologist philosopher theologian anthropologist archaeologist linguist engineer
architect inventor explorer navigator astronomer physician doctor surgeon nurse psychologist
musician librarian comedian technician statistician academician guardian
pianist violinist cellist composer conductor musician singer painter sculptor artist
photographer filmmaker director producer actor actress dancer translator
abbot abbess archbishop bishop cardinal priest monk nun friar preacher missionary saint
patriarch rabbi imam cleric pastor vicar chaplain
laureate winner champion gladiator merchant banker industrialist businessman businesswoman
landowner farmer worker spy agent prisoner figure
father mother son daughter brother sister wife husband widow widower uncle aunt nephew niece
cousin grandfather grandmother grandson granddaughter great-nephew great-niece heir heiress
bride groom fiancé fiancée mistress lover favourite favorite friend companion tutor pupil
student disciple courtier confidant consort protégé protege predecessor successor ally rival
colleague
ban voivode hetman doge mp mep reverend
archduke archduchess elector electress margrave landgrave palatine stadtholder dauphin infanta
infante tsarevich boyar hospodar generalissimo condottiero grandmaster maharaja maharajah raja
maharani rajah nawab nizam peshwa padishah pasha agha khedive mullah ataman proconsul quaestor
maulana mufti ayatollah pandit swami
aedile pontifex imperator satrap tetrarch dowager
attaché attache matron vizier adjutant assemblyman assemblywoman alderman
""".split())

# More callings, crafts and ranks, recognised in lower case only: many are also surnames
# ("Miller", "Baker", "Mason") or given names, so a capitalised one proves nothing.
LOWER_ROLE_NOUNS = frozenset("""
pilot copilot astronaut cosmonaut mate crew crewman surveyor manager instructor headmaster
headmistress miller nobleman noblewoman noble shogun daimyo samurai vizier pasha bey khedive
tenor soprano baritone contralto mezzo-soprano
mandarin lama guru sheikh mufti ayatollah pontiff prelate deacon canon elder apostle prophet
sheriff marshal constable squire yeoman serf peasant slave servant maid butler steward page
courier clerk scribe treasurer chamberlain herald envoy legate nuncio provost dean rector
principal headman chieftain prefect intendant bailiff alderman burgher citizen settler
pioneer colonist immigrant emigrant refugee exile pilgrim crusader knight squire traveller
traveler
stonemason bricklayer registrar bursar beggar burglar commissar hussar advocate curate
potentate associate mechanic convert devotee follower novice acolyte
medic heretic mystic combatant informant defendant claimant occupant inhabitant descendant
celebrant proponent respondent artisan courtesan publican pedestrian pirate bandit outlaw hero
heroine martyr hermit bard coach umpire jockey athlete gymnast mogul orphan convict inmate
hostage victim valet concubine guide scout thief witness eyewitness second-in-command
demagogue radical curator conservator survivor rescuer
tairo roju kampaku sessho shikken genro bugyo rani begum taotai dey podesta gonfaloniere
student graduate apprentice assistant consultant attendant accountant tenant merchant
sailor seaman mariner fisherman boatswain helmsman skipper purser midshipman ensign private
cadet recruit volunteer conscript partisan guerrilla militant insurgent mercenary sniper
general-secretary resident regent president dissident correspondent adherent opponent
superintendent agent patient client parent
monarch patriarch matriarch oligarch tetrarch exarch democrat aristocrat bureaucrat technocrat
autocrat plutocrat
cook chef baker butcher brewer weaver tailor smith blacksmith carpenter mason potter shepherd
hunter trader dealer broker clerk nanny governess midwife actress poetess heiress seamstress
stewardess waitress hostess empress abbess priestess prioress
surgeon dentist vet veterinarian pharmacist chemist botanist geologist zoologist
detective executive operative representative relative captive fugitive
soldier courier cashier financier brigadier grenadier cavalier premier hotelier chevalier
bombardier musketeer privateer engineer mountaineer auctioneer
historian librarian guardian theologian comedian grammarian parliamentarian
veterinarian civilian custodian antiquarian seminarian
tyrant despot usurper archon ephor strategos hoplite lawgiver magus seer oracle augur sibyl
centurion legionary eunuch thegn jarl reeve ealdorman seneschal castellan
expert skald troubadour minstrel
""".split())

# Titles of nobility held "of" a place, by which their holders are named ("the Duke of X").
NOBLE_TITLES = frozenset("""
duke duchess marquis marquess marchioness earl count countess viscount viscountess baron
baroness prince princess elector electress margrave landgrave archduke archduchess
""".split())

# Places and happenings named "X of Y" ("the battle of La Varne", "the city of San Vello").
PLACE_EVENT_NOUNS = frozenset("""
battle siege war treaty peace sack city town village province region county kingdom duchy
principality island islands river port bay gulf lake mountain mountains valley coast strait
cape isle republic empire state capital fortress castle abbey cathedral church basilica
monastery priory temple mosque palace
cities towns villages provinces regions counties kingdoms ports states
""".split())

# Kinship: "her elder sister Greta" is not "her mother Greta Holm".
KIN_NOUNS = frozenset("""
father mother son daughter brother sister wife husband widow widower uncle aunt nephew niece
cousin grandfather grandmother grandson granddaughter stepson stepdaughter stepmother
stepfather half-brother half-sister twin
""".split())

# Nouns after a possessive that make the possessor a person unless it is a place
# ("X's horsemen", but "Varnia's army" when the text is in Varnia).
FOLLOWER_NOUNS = frozenset("""
men horsemen troops soldiers army armies forces cavalry infantry followers supporters partisans
fleet regiment guards retinue court courtiers entourage household men-at-arms knights
guerrillas fighters rebels insurgents militants militia militiamen
""".split())

# Kinship words that are titles in religious orders ("Father Luigi Sarno", "Fra Angelo").
RELIGIOUS_TITLES = frozenset("father mother brother sister fra".split())

# Role nouns that may stand, capitalised, directly before a name as a title ("Tsar Orest").
TITLE_NOUNS = ROLE_NOUNS - frozenset("""
father mother son daughter brother sister wife husband widow widower uncle aunt nephew niece
cousin grandfather grandmother grandson granddaughter great-nephew great-niece heir heiress bride
groom predecessor successor ally rival member figure worker agent guard winner saint
""".split()) | frozenset("""
dr mr mrs ms prof rev fr gen col lt capt miss madame mademoiselle mme mlle monsieur herr frau
""".split()) | RELIGIOUS_TITLES  # "Father Luigi Sarno"

# Words that stand before a title and belong to it ("Prime Minister", "Field Marshal").
TITLE_PREFIXES = frozenset("""
prime vice deputy foreign grand field lieutenant first chief high acting interim supreme senior
attorney home finance defence defense interior general crown
""".split())

# Roles too vague to show that a single capitalised word is a person ("a member", "an ally").
WEAK_ROLES = frozenset("""
member figure representative leader head agent ally rival winner partner chief successor
predecessor heir official worker guard delegate
""".split())

# Foreign words heading the names of institutions, buildings and streets, the name after them
# ("École Supérieure de Varelle", "Palazzo Vellano"): the whole run is the thing's name.
HEAD_FIRST_THINGS = frozenset("""
école ecole université universität institut académie akademie lycée lycee gymnasium
hochschule collège musée museo société rue boulevard quai pont gare palais château chateau
église cathédrale kirche schloss piazza palazzo chiesa teatro universidad colegio instituto
calle plaza iglesia hôtel fortín fortin fuerte fortaleza
""".split())

# Words that make a capitalised phrase an organisation, place, building, event, law or work.
NOT_PERSON_WORDS = HEAD_FIRST_THINGS | frozenset("""
photo photograph image picture caption illustration
committee council party republic front union university college school academy institute
institution society association federation league alliance coalition movement organization
organisation ministry department agency bureau office service commission board assembly
parliament congress senate diet duma court tribunal government administration cabinet
army navy corps regiment brigade division battalion force forces police militia
company corporation bank group press watch rights brotherhood foundation fund club guild
embassy consulate mission junta regime tribe clan books publishers publishing media news
network times staff
muslims christians jews hindus buddhists sikhs catholics protestants
church cathedral abbey monastery temple mosque synagogue chapel museum library gallery
theatre theater hall palace castle tower gate bridge wall square street road avenue platz
straße strasse station airport port harbour harbor plant factory mine prison camp center centre
city town village county district province region oblast krai state states kingdom empire
principality duchy county territory colony island islands mountains mountain river sea ocean
lake valley desert coast peninsula corridor strait bay gulf canal park forest
war wars battle siege revolution revolt rebellion uprising insurrection massacre pogrom
genocide crisis affair incident operation campaign offensive coup treaty accord accords pact
agreement compromise convention declaration constitution charter law laws act bill decree
resolution conference summit talks election elections referendum
prize award medal order era age period dynasty house
plan doctrine project programme program initiative reform reforms policy curtain line trail
march expedition crusade rising mutiny strike blockade airlift telegram speech address manifesto
proclamation edict statute code purchase book spring summer autumn winter
legion
base module control shuttle rocket satellite probe observatory laboratory memorial monument
cemetery hospital clinic hotel stadium arena airfield
peace sack partition defenestration isle cape point
affairs day arch dome fountain priory manor convent nunnery barracks shipyard dockyard lighthouse
courthouse heights ridge falls springs plateau gorge canyon dam reservoir delta estuary creek
lagoon reef cliffs plains
fire plot famine plague epidemic pandemic flood earthquake eruption hurricane typhoon cyclone
tornado scandal riot riots boycott raid trial depression recession panic
god gods goddess goddesses deity christmas easter pentecost whitsun
marines store stores depot arsenal yard works warehouse puerto porto ciudad history archive
archives
superstorm exposition exhibition hms uss rms hmas hmcs sms
synod synods colloquy disputation recess psalter psalters bible bibles gospel gospels hymnal
hymnals missal breviary catechism almanac geopark heritage register registers codex annals
interim fault faults customs terror system systems
governorate governorates armistice truce ceasefire grounds festival festivals
international community commonwealth command covenant conspiracy documentary radio rádio
journal gazette tribune chronicle magazine secretariat directorate authority oil
""".split())

# Words that make a capitalised run a thing only as its last word ("Grey Death", "Red
# Sickness"); a heading "Death of X" is about the person X.
THING_LAST_WORDS = frozenset(("sickness", "death"))

# Words of things that are given names when they open a name ("Bill Hale", but "the Reform
# Bill").
GIVEN_NAME_THINGS = frozenset({"bill"})

# Words that open names of places ("San Orso Martire", "Fort Ivo Tam"), never a
# role of the name after them.
PLACE_PREFIXES = frozenset("""
san santa santo são sao sankt los las fort mount via viale corso borgo porta ponte lungarno
ospedale strada vicolo largo campo riva fondamenta rocca isola monte lago valle rua avenida praça
casa villa maison castello palacio
""".split())

# Capitalised adjectives that begin names of institutions, regions and events, not people.
NOT_PERSON_MODIFIERS = frozenset("""
north south east west northern southern eastern western central upper lower greater
northeast northwest southeast southwest north-east north-west south-east south-west
national international federal royal imperial democratic socialist communist soviet popular
supreme autonomous united independent provisional interim permanent general holy grand
first second third fourth fifth sixth seventh eighth ninth tenth last new old
protestant catholic orthodox lutheran calvinist anglican islamic jewish papal republican
revolutionary nazi fascist tsarist bolshevik medieval ancient modern colonial occupied divided
great
feudal pagan hellenistic nationalist royalist loyalist unionist separatist monarchist marxist
islamist zionist
french dutch czech greek swiss thai
""".split()) | PLACE_PREFIXES


MONTHS = frozenset("""
january february march april may june july august september october november december
feb mar apr jun jul aug sep sept oct nov
monday tuesday wednesday thursday friday saturday sunday
""".split())

NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million dozen
""".split())

# Lower-case words that join the parts of one name ("Ivo van Torr", "Ibn Vellus").
PARTICLES = frozenset(
    "de del della der den di da das dos du la le van von zu ter ten ibn bin al el y"
    " de' de’ da' da’".split())

# Function words and sentence openers that are capitalised only because a sentence starts.
STOPWORDS = frozenset("""
a an the this that these those there then thus here now and or but nor so yet for of to in on
at by from with without within into onto upon over under about above below after before during
since until till while when whenever where wherever why how what which who whom whose if
unless although though because as than like despite between among amongst against toward
towards through throughout across along around behind beyond near via
he she it they we i you his her its their our my your him them us me one each every both all
any some many most more much several few no not neither either other another such
is are was were be been being has have had do does did will would shall should can could may
might must also only even just still already again indeed however meanwhile moreover
nevertheless nonetheless furthermore instead otherwise today yesterday tomorrow later soon
once twice almost nearly around roughly perhaps maybe notably finally eventually apart
according following including given see related read share sign get learn key note
nobody everybody somebody anybody everyone someone anyone nothing everything something
anything none
compare contrast use cf know remember
""".split())

# Nouns after a possessive that show the possessor is a person ("Vellon's death").
PERSONAL_POSSESSIONS = frozenset("""
death birth life father mother son daughter brother sister wife husband widow uncle aunt
nephew niece grandfather grandmother heir bride fiancé fiancée funeral grave tomb murder
assassination execution will memoirs diary biography predecessor predecessors successor
protégé protege reign coronation abdication administration cabinet speech speeches letter
letters wristwatch marriage wedding election ideas writings lover favourite favorite mistress friend
teacher pupil children descendants portrait statue conspiracy exile imprisonment
phrase remark quip dictum resignation dismissal arrest trial retirement
""".split())

# Nouns of created works: "X's play" makes X an author; "the newspaper X" makes X a work.
WORK_NOUNS = frozenset("""
book books novel novels play plays poem poems film films movie song songs opera symphony
painting paintings newspaper magazine journal newsletter article articles essay essays treatise
memoir memoirs series album programme program ship fresco frescoes mural murals altarpiece
sculpture sculptures sonata sonatas concerto cantata oratorio tract tracts pamphlet pamphlets
crucifix crucifixes triptych triptychs canvas canvases manual manuals handbook chronicle chronicles
dictionary atlas biography autobiography history histories anthology anthologies
""".split())
# Kinds of works whose word is also an adjective ("an epic poem", "a weekly paper"): a work only
# right before a title ("the monthly X", "the epic X"), never the head of a described phrase.
WORK_KINDS = frozenset("epic epics saga sagas weekly monthly quarterly periodical almanac".split())

# Verbs whose object is a work or a periodical, never a person ("edited X", "launched X").
WORK_VERBS = frozenset("""
edited edits published publishes founded founds launched launches serialised serialized
began started issued printed revived wrote writes composed composes penned authored
""".split())

# Verbs of writing: "wrote for X" names a periodical ("wrote to X" a person).
WRITING_VERBS = frozenset("""
wrote writes written writing reported reviewed
""".split())

# Conventional abbreviations of given names in references ("Wm.", "Chas.", "Thos.").
GIVEN_NAME_ABBREVIATIONS = frozenset("""
wm chas jas thos geo robt edw benj saml jno richd hy fredk alexr
""".split())

# Verbs after a name that only a person does (states and cities also "say" and "declare").
PERSON_VERBS = frozenset("""
died dies born married marries abdicated abdicates resigned resigns preached preaches wrote
writes painted composed retired fled stabbed murdered assassinated executed shot crowned
widowed knighted baptised baptized
""".split())

# Words between a name and its role in "X was elected consul", "X, who had been mayor".
LINKING_WORDS = frozenset("""
was is were are became becomes become had has have been being served serves as elected
appointed named made crowned proclaimed chosen sworn then later also still
""".split())

# Nouns that qualify a role noun in compounds ("foreign policy adviser", "peace envoy").
ROLE_COMPOUNDS = frozenset("""
policy party state army news peace prize opposition government security defence defense finance
human rights civil film opera concert art science film television radio trade labour labor
union movement police border navy air war church court campaign
""".split())

# Cues that introduce a list of examples after a plural role: "historians such as X and Y".
LIST_CUES = ("such as", "including", "included", "among them", "among whom", "like", "notably",
             "especially", "particularly")

ROMAN_NUMERAL = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")


def is_roman_numeral(word: str) -> bool:
    return bool(word) and word.isupper() and bool(ROMAN_NUMERAL.match(word))


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of a plural role noun ("leaders" -> "leader"), else the word itself."""
    lower = word.lower()
    if lower in ROLE_NOUNS:
        return word
    for cut, add in (("ies", "y"), ("es", ""), ("s", ""), ("men", "man")):
        if lower.endswith(cut) and (lower[: -len(cut)] + add in ROLE_NOUNS or word[0].islower()
                                    and agent_noun(lower[: -len(cut)] + add)):
            return word[: -len(cut)] + add
    return word


def _folded(word: str) -> str:
    """Without accents or macrons: "shōgun" -> "shogun", "podestà" -> "podesta"."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def role_head(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural, hyphenated) names a role."""
    if word[:1].islower():  # "shōgun"; but "Shàh" is a name, spelt unlike the title
        word = _folded(word)
    lower = word.lower()
    if lower in ROLE_NOUNS or singular(lower) in ROLE_NOUNS:
        return True
    for prefix in ("step", "half-", "great-", "grand"):
        if lower.startswith(prefix) and singular(lower[len(prefix):]) in ROLE_NOUNS:
            return True  # "stepson", "half-brother", "great-grandson"
    if word[0].islower() and agent_noun(lower):
        return True  # "surveyor", "abolitionist", "nobleman": what someone does or is
    return "-" in lower and any(part in ROLE_NOUNS or word[0].islower() and agent_noun(part)
                                for part in lower.split("-"))  # "co-pilot", "ex-soldier"


@lru_cache(maxsize=8192)
def closed_role(word: str) -> bool:
    """A role noun of the main list only: strict enough to decide what a capitalised word
    next to it is ("Ruritania's Prime Minister", "the King of X")."""
    lower = word.lower()
    return lower in ROLE_NOUNS or singular(lower) in ROLE_NOUNS


@lru_cache(maxsize=8192)
def listed_role(word: str) -> bool:
    """A role noun of the lists (or a calling in -ist), not only one shaped like an agent:
    "the aggressor" may be said of a country, "the pilot" is said of a person."""
    one = singular(_folded(word).lower()).lower().rsplit("-", 1)[-1]
    return one in ROLE_NOUNS or one in LOWER_ROLE_NOUNS or one.endswith("ist")


@lru_cache(maxsize=8192)
def agent_noun(lower: str) -> bool:
    """A lower-case noun (singular or plural) shaped like an agent: "pilot" is listed,
    "surveyor", "communicator", "headmistress" have the ending of one."""
    one = lower[:-2] + "man" if lower.endswith("men") else lower
    one = one[:-1] if one.endswith("s") and not one.endswith(("ss", "ics")) else one
    if one in LOWER_ROLE_NOUNS:
        return True
    if len(one) < 5 or one in NOT_AGENT_NOUNS or not one.isalpha():
        return False
    if one.endswith("ist"):
        return len(one) >= 6
    if one.endswith(("er", "ier")) and one[:-2].endswith(("ll", "ow", "rth")):
        return False  # comparatives in spelling: "smaller", "slower", "further"
    return one.endswith(AGENT_SUFFIXES) and not one.endswith(("ness", "less"))


@lru_cache(maxsize=8192)
def role_part(word: str) -> bool:
    """A word of a title or role, including "Prime" of "Prime Minister"."""
    return role_head(word) or title_word(word) or word.lower() in TITLE_PREFIXES


@lru_cache(maxsize=8192)
def title_word(word: str) -> bool:
    """Whether a capitalised ``word`` can be a title standing before a name."""
    lower = word.lower().rstrip(".")
    if lower in TITLE_NOUNS:
        return True
    # "Vice-President", "Governor-General", "President-elect"; not "Sainte-Orla", "King-Noel"
    parts = lower.split("-")
    return "-" in lower and any(part in TITLE_NOUNS for part in parts) and all(
        part in TITLE_NOUNS or part in TITLE_AFFIXES for part in parts)


TITLE_AFFIXES = frozenset("vice deputy sub co ex grand under rear field acting lord high chief "
                          "elect general controller attorney solicitor surgeon procurator "
                          "quartermaster postmaster".split())


# Words and word tests that several of the figures modules read.
DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
PLACE_PREPOSITIONS = frozenset("in at on near into from across towards toward via".split())
NAME_PREFIXES = frozenset({"saint", "st"})
# Titles that, with a single name, make a form the person is known by ("Pope Orm III").
RULER_TITLES = frozenset("""
king queen emperor empress tsar tsarina czar kaiser pope saint sultan sultana shah caliph khan
pharaoh
prince princess duke duchess archduke abbot abbess archbishop bishop cardinal lord lady sir dame
count countess baron emir
""".split())
# Titles written after a ruler's name ("Orsak Khan", "Vel Pasha").
POST_NAME_TITLES = frozenset("khan pasha bey beg shah agha effendi".split())
ADJECTIVE_SUFFIXES = ("al", "ic", "ian", "ese", "ish", "ive", "ous", "ary", "ern", "ist", "ior",
                      "ent", "ant", "ing", "ful", "ble")
QUALIFIERS = frozenset("former first second third new last late then future young old elder "
                       "younger acting deputy vice incumbent outgoing chief senior junior "
                       "great foreign famous noted renowned celebrated retired elected unnamed "
                       "leading most eldest youngest".split())
# Verbs that can stand right before "pianist X" without being part of the role.
VERBS_BEFORE_ROLES = frozenset("said says told tells met meets saw sees asked asks wrote writes "
                               "called calls thanked praised warned added noted argued claimed "
                               "recalled explained became becomes was is were are".split())
QUOTES = frozenset("\"“”'‘’")
# Common words that are also surnames ("Tomas More", "Tessa May", "Ellen Lock").
SURNAME_STOPWORDS = frozenset("more most may will key read still just young soon".split())
ERAS = frozenset({"BC", "AD", "BCE", "CE"})
APPOSITION_ADVERBS = frozenset("now himself herself still formerly later once also "
                               "already".split())
# Roles held "of" a realm or a town ("the kings of X", "the governors of X").
REALM_HOLDERS = RULER_TITLES | NOBLE_TITLES | frozenset(
    "governor viceroy ruler monarch regent sovereign president mayor consul premier chancellor "
    "patriarch voivode hetman doge raja rajah maharaja nawab chief".split())
# Heads of offices "of" something, capitalised in a title ("Warden of Customs").
OFFICE_HEADS = frozenset("warden keeper master".split())
# "98-year-old", "two-year-old", "19-month-old"
AGE = re.compile(r"^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old$")
DATED = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)-century|\d{3,4})$")  # "13th-century", "1505"
WORK_TITLE_ENDS = WORK_NOUNS | frozenset("letters papers annals commentaries sermons "
                                        "meditations reflections narrative narratives "
                                        "travels voyages diary diaries notebooks "
                                        "observations".split())
TITLE_LINKS = frozenset("of on in for and the to at".split())


def adjective(word: str) -> bool:
    """Shaped like a word that qualifies a noun: "former", "political", "pro-Union"."""
    if word.endswith("ing") and len(word) < 6:  # "bring", "thing"
        return False
    return word in QUALIFIERS or word.endswith(ADJECTIVE_SUFFIXES) or word.startswith(
        ("pro-", "anti-", "ex-", "vice-"))


PLACE_TO = frozenset("to into at in".split())
ARMED_FORCES = frozenset("army armies troops forces fleet navy cavalry infantry regiment "
                         "expedition column squadron garrison detachment".split())
FATE_LINKS = frozenset("at in by near on while during".split())
LED_DEEDS = frozenset("conspiracy revolt rebellion uprising rising mutiny coup plot".split())
WOMEN_S_TITLES = frozenset("lady mrs ms miss madame mme mlle dame queen princess duchess "
                           "countess baroness empress frau señora signora".split())
MEN_S_TITLES = frozenset("sir lord mr king prince duke count baron emperor monsieur herr "
                         "señor signor".split())


def titles_of_both_sexes(one: str | None, other: str | None) -> bool:
    """One form's title is a woman's and the other's a man's ("Lady X", "Sir Y X")."""
    if not one or not other:
        return False
    titles = {one.split()[0].lower().rstrip("."), other.split()[0].lower().rstrip(".")}
    return not titles.isdisjoint(WOMEN_S_TITLES) and not titles.isdisjoint(MEN_S_TITLES)

