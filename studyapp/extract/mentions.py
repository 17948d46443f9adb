"""Mentions of candidate names in documents, with what their context says about them.

The reader walks each document's blocks (running text, headings, notes, infoboxes, credits and
reference lists) and records every run of name words as a Mention: its roles, whether the
context shows a person or a thing, and the other names it is linked to ("known as", "born").
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from dataclasses import dataclass, field

from studyapp.extract import names as vocab
from studyapp.extract.name_runs import (
    HYPHENATED_GIVEN,
    INITIAL,
    JOINED_STARTS,
    LIFE_DATES,
    Token,
    acronym,
    date_word,
    life_dates_end,
    name_ends,
    name_token,
    name_word,
    nationality_before_name,
    of_article_place,
    of_tail,
    opens_sentence,
    regnal_name,
    run_end,
    run_start,
    span_text,
    titled_form,
    tokenize,
    unlike_a_name_word,
    without_nickname,
)
from studyapp.extract.not_people import (
    after_place_preposition,
    after_vessel_noun,
    appointed_to,
    bracketed_epithet,
    bracketed_work,
    called_thing,
    citation_after,
    fictional,
    in_a_work,
    in_law_title,
    institution_before,
    locality_of_building,
    names_a_thing,
    origin_place,
    past_other_name,
    place_gloss,
    plural_name,
    qualifies_troops,
    signs_of_a_thing,
    work_apposition,
    year_follows,
)
from studyapp.extract.page_parts import (
    Credited,
    caption_credit,
    furniture,
    infobox_roles,
    line_credits,
    plural_role_heading,
    reference_authors,
    row_gloss,
    row_item_ends,
    row_items,
    without_promotion,
)
from studyapp.extract.person_cues import (
    IDEAS,
    KIN_OF_NOUNS,
    idea_held,
    kin_of,
    object_of_personal_verb,
    works_read,
)
from studyapp.extract.roles import (
    LIST_ROLE,
    OFFICE_DEEDS,
    PARENT_CUES,
    agent_role,
    apposition_of_next,
    apposition_role,
    arrow_role,
    capitalised_apposition,
    clause_role,
    clean_role,
    day_phrase,
    deed_of_office,
    deed_phrase,
    deed_role,
    entry_roles,
    fellows,
    force_led,
    founded_by,
    heads_body,
    leader_of,
    led_by,
    list_cue,
    name_in_apposition,
    new_clause,
    parent_role,
    past_clause,
    predicate_role,
    role_as_after_place,
    role_before,
    role_end,
    role_forward,
    role_was,
    said_of_one,
    second_deed_role,
    title_after,
    weak_role,
    whose_work,
    with_modifiers,
    work_title_before,
)
from studyapp.ingest.lines import is_reference_heading
from studyapp.model import Block, Document, Source

# Another name follows: "also known as", "later called", "nicknamed" (of lower-cased words).
KNOWN_AS_CUE = re.compile(
    r"(?:(?:also|later|better|commonly|popularly|posthumously) )?"
    r"(?:known(?: (?!as\b)[\w'’]+){0,4} as"  # "known after his death as"
    r"|called|nicknamed|styled|born|née|nee|(?:personal|birth|given|courtesy|pen|art) name"
    r"|was (?:crowned|proclaimed|enthroned)(?: as)?"  # "X was crowned King Y I"
    r"|(?:proclaims|proclaimed|styles|styled|calls|called|declares|declared) (?:him|her)self)\b")
CROWNED = frozenset("crowned proclaimed enthroned".split())
# Labels of an infobox's rows ("Title: King of X", "Spouse: A"), no names.
FIELD_LABELS = frozenset("title titles spouse spouses issue reign religion occupation "
                         "nationality signature born died buried".split())
SUCCESSION_VERBS = frozenset("succeeded ruled reigned throne crowned".split())
# Happenings a capitalised word before them qualifies ("the Varsk offensive").
ATTRIBUTED_EVENTS = frozenset("""
war wars battle siege revolution revolt rebellion uprising insurrection massacre offensive
campaign coup invasion landing landings
""".split())
PLACE_OBJECT_WORDS = frozenset("to in at into from near through".split())
SAINTS = frozenset("st st. saint".split())
# Lower-case words that set a land in an age or a part of it ("colonial X", "ancient X").
PLACE_AGES = frozenset("""
ancient medieval modern colonial precolonial pre-colonial postwar post-war occupied divided
northern southern eastern western central northeastern northwestern southeastern southwestern
""".split())
# Nationality adjectives that never stand for a person ("an Irish" is no one): a noun follows.
NOUNLESS_NATIONALITY_ENDINGS = ("sh", "ch", "ese", "ss")
# Verbs after "I" that make it the writer, not a ruler's numeral ("Otto I was" may be either).
FIRST_PERSON_VERBS = frozenset("am need think want remember know feel believe hope guess "
                               "wonder mean love like".split())
KNOWN_AS_OPENERS = frozenset("also later better commonly popularly posthumously known called "
                             "nicknamed styled born née nee personal birth given courtesy pen "
                             "art was crowned proclaimed enthroned proclaims styles calls "
                             "declares declared".split())
# Plural article-prepositions inside foreign names of institutions and places, never of people
# ("Bottega delle Arti", "Musée des Arts", "Gasthaus zum Löwen").
NAME_LINKS = frozenset("delle degli dei des zum zur".split())
# Members of religious orders, a calling before a name ("the Jesuit X Y").
RELIGIOUS_ORDERS = frozenset("""
jesuit dominican franciscan benedictine augustinian carmelite capuchin cistercian trappist
theatine oratorian barnabite piarist ursuline templar hospitaller minorite
""".split())
# Words of things that are also surnames ("Ivo Law", "Ann Hall"): a person's only with a role.
SURNAME_THINGS = frozenset("law hall church street bank castle wall tower field park gate "
                           "house mission press day winter camp".split())
# Titles of the peerage held by a place's or family's name ("Baron Tolby", "Lord Vask").
PEERS = vocab.NOBLE_TITLES | frozenset("""
lord lady comte comtesse duc duchesse vicomte vicomtesse marquise conde condesa conte contessa
duque duquesa marchese marchesa graf gräfin freiherr fürst
""".split())
# Plural roles whose bracketed single words may be sees or fiefs, not people ("the bishops
# (Varn, Dorn)"; but "successors (A, B)").
TITLES_OF_SEES_AND_FIEFS = frozenset("bishop archbishop duke earl count margrave".split())
# Verbs opening a study note's instruction ("Quote X's diary", "Compare X and Y").
IMPERATIVES = frozenset("quote compare contrast see note cite consider remember explain "
                        "describe discuss".split())
# Titles of a reigning monarch, taken with a reign name ("ruled as King Y").
REIGN_TITLES = frozenset("king queen emperor empress tsar tsarina czar kaiser pope sultan shah "
                         "caliph khan pharaoh emir".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "herr", "frau", "monsieur", "madame", "sir",
                        "dame", "lord", "lady"})
# Verbs that open a line of notes whose subject is left out ("Became First Consul").
SENTENCE_VERBS = vocab.VERBS_BEFORE_ROLES | vocab.PERSON_VERBS | vocab.LINKING_WORDS | frozenset(
    "led founded returned defeated invaded signed won lost crowned exiled died".split())
# Verbs whose object is a place ("the flood reached Kessel Falls", "besieged Port Varn").
PLACE_VERBS = frozenset("""
reached entered besieged occupied annexed stormed bombarded invaded razed fortified
conquer conquers conquered invade invades annex annexes
bought purchased leased rented built rebuilt demolished renovated
""".split())
# Things named "X of Y" at a clause's start: "Song of Kelos tells ...", "Fall of Varsa".
THINGS_OF = frozenset("""
song gospel epic saga tale chronicle annals acts life lives deeds conquest oath fall rise
return flight letter letters history histories map siege sack battle capture death birth
""".split())
NAME_ARTICLES = frozenset("le la les el los las".split())  # open no person's name but a few
NAME_FUNCTION_WORDS = frozenset("the of and".split())  # "Otmar the Pious", "Ada of Vask"
# Verbs after which "to X" is a place ("moved to X"; but "wrote to X", "went to X").
MOTION_VERBS = frozenset("""
moved sailed returned fled travelled traveled marched retreated withdrew emigrated flew
journeyed relocated exiled deported banished evacuated
""".split())
# Deeds told in notes' present tense ("X sails into Y", "X captures Y"): like saying, they
# show a person in a word the documents never use as a place.
ACTION_VERBS = frozenset("sails captures marches besieges invades ruled reigned rules reigns "
                         "negotiates negotiated abdicates abdicated resigns resigned flees".split())
# What only a person does with a throne ("X refuses the throne"; but "transferred X to the
# Crown": X a land).
THRONE_VERBS = frozenset("refuses refused claims claimed takes took ascends ascended renounces "
                         "renounced inherits inherited seizes seized accepts accepted declines "
                         "declined usurps usurped".split())
# What someone does to a person named by a pronoun: "X opposed him", "X advised her".
STANCE_VERBS = frozenset("opposed supported advised accompanied betrayed praised criticised "
                         "criticized mocked admired denounced challenged".split())
# Verbs whose object after "to" is a victor ("Y surrenders to X"), under the same condition.
YIELDING = frozenset("surrenders surrendered submits submitted".split())
# Ways whose end "to X" is a place ("the trail to X", "the road to X").
BORROWING = frozenset("borrowed quoted adapted copied".split())  # "... from X"
PATHS = frozenset("road roads trail trails route routes path railway highway way".split())
# Verbs of saying: states and capitals "say" too, so they count only for words never used
# as places.
SPEECH_VERBS = frozenset("""
said says told tells stated states argued argues insisted insists claimed claims warned warns
recalled recalls admitted admits explained explains wrote writes persuaded persuades urged
urges convinced
""".split())
ARTICLE_OR_NUMBER = vocab.NUMBER_WORDS | frozenset("the a an".split())
# Verbs by which a writer says something: "..., the historian argues".
ARGUING = SPEECH_VERBS | frozenset("""
notes suggests believes thinks concludes contends maintains observes proposes doubts
""".split())
# Endings of adjectives that open titles of periodicals and books, never a given name.
WORK_ADJECTIVES = ("ical", "ific", "ous", "ive", "ful")  # not "-ary": "Rosemary", "Hilary"
# A ruler's name heading a section: "## Otmar V"; after the years of the reign also "Otmar V
# of Kessia", "Otmar V Soter", "Otmar the Fat", "Otmar" ("## 610 - 590 BCE Otmar V").
RULER_NAME = (r"[A-Z][^\W\d_]+"
              r"(?: [IVXL]+(?: of [A-Z][^\W\d_]+| [A-Z][^\W\d_]+)?| the [A-Z][^\W\d_]+)?")
REIGN_YEARS = r"[\d\s–-]+(?:BCE?|CE|AD)?"
REGNAL_HEADING = re.compile(
    rf"^(?:[A-Z][^\W\d_]+ [IVXL]+|{REIGN_YEARS} {RULER_NAME}"
    rf"|{RULER_NAME}(?: \(|, )(?:r\. |c\. )?{REIGN_YEARS}\)?)$")  # "## Otmar V (610 - 590 BCE)"
YEARS_RANGE = re.compile(r"\d\s*[-–]\s*\d")  # a reign's years: "297 - 268 BCE"
KNOWN_AS_WORDS = frozenset(("known", "called", "nicknamed"))  # "X, a widow known as Y"
SAYING = frozenset(("says", "said"))  # '"...," says the nurse'
ACTING = re.compile(r" [a-z]+s ")  # a notes line's present tense after its subject: " extends "
# Verbs making their object what follows ("appointed X cardinal"; notes: "appoints X").
MAKING_VERBS = frozenset("appointed named made elected proclaimed crowned declared appoints "
                         "names makes elects proclaims crowns declares".split())
# Verbs of taking a title or name ("takes the new title Y").
TAKING_VERBS = frozenset("takes took taking assumed assumes adopted adopts received".split())
# One-word headings of a part of a study text, dated as a ruler's heading is.
SECTION_WORDS = frozenset("background overview introduction summary context prelude origins "
                          "causes course aftermath consequences outcome legacy epilogue "
                          "conclusion timeline chronology".split())
# Bodies whose name may follow their noun: "the campaign Save Kessel Now".
BODIES = frozenset("""
campaign charity foundation group movement organisation organization society association
company firm band club fund initiative project network agency
""".split())
# Bodies named for their aim: "the Committee to Save X", "the League to Enforce Peace".
INSTITUTIONS_TO = frozenset("""
committee campaign fund league society movement coalition alliance association foundation
council commission
""".split())
SIBLINGS = frozenset("sister brother twin".split())  # who share a surname in a list
# Pairs that a list of two may name by one surname ("his friends Karel and Mina Vossberg").
COMPANIONS = frozenset("friend parent grandparent cousin guest host neighbour neighbor couple "
                       "patron".split())
# "(born Ada Greene; ...)", "(christened Ana Ruiz)": the name the person had first.
FORMER_NAME_CUES = frozenset({"born", "née", "nee", "formerly", "christened", "baptised",
                              "baptized"})
ITALICS = (("*", "*"), ("_", "_"), ("<i>", "</i>"), ("<em>", "</em>"))  # opening, closing
WIKI_LABEL = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")  # "[[Target|label]]"
# Sections listing terms: their names add to people of the text, never make new ones.
GLOSSARY_HEADINGS = frozenset({"key terms", "terms", "glossary", "vocabulary", "key concepts",
                               "concepts", "key words", "keywords", "terminology"})


@dataclass
class Mention:
    """One occurrence of a candidate name, with what its context says about it."""

    words: tuple[str, ...]
    document: int
    order: int = 0
    source: Source | None = None
    roles: list[str] = field(default_factory=list)
    evidence: bool = False  # the context shows a person, even for a single word
    default_ok: bool = False  # a full name nothing marks as something else
    doubt: int = 0  # signs of a place, title or work on a full name's shape (signs_of_a_thing)
    blocked: bool = False  # the context shows an organisation, place, group, event or work
    minor: bool = False
    confirm_only: bool = False  # in a heading: may add to a known person, never make one
    list_role: str | None = None
    titled: str | None = None  # "Queen Vessa": a form people are also known by
    spoke: bool = False  # "X said": a person unless the documents use X as a place
    secondary: bool = False  # a birth or former name ("born X"): an alias, never the name
    with_things: bool = False  # listed with a place or organisation ("A, B and C City")
    deed: str | None = None  # "first bridged the river": what a person does (no role: a clause)
    described: str | None = None  # "X, a vaudeville acrobat,": its role, if no role is given
    commands: str | None = None  # "X's army": a role once X is known to be a person
    reign: bool = False  # a ruler's name heading a section ("## 610 - 590 BCE Otmar V")
    ruler: str | None = None  # the key of the ruler whose section the mention is in
    bare_role: bool = False  # "royalist X": its only role a lone word before it (an adjective?)

    # the words lower-cased, kept for speed (_join sets it anew when it completes the words)
    key: str = field(init=False)

    def __post_init__(self) -> None:
        self.key = " ".join(self.words).lower()


# The lookaheads opening these patterns only make them faster: most places fail at once.
LOWERCASE_WORD = re.compile(  # not the words of an e-mail address or a web address
    r"(?<![\w'’\-@./])[a-z][a-z'’\-]*(?![\w'’\-]|[.@/][a-z])")
CAPITALISED_WORD = re.compile(r"(?=[A-Z])\b[A-Z][\w\-]*")
PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?=[IiAaNnFfTt])(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nto|[Aa]cross|[Ff]rom|[Tt]owards)\s+"
    r"([A-Z][\w\-]+)(?![\w'’\-]| [IVX]+\b| [A-Z]\.)")  # not "from Otmar IV", "in Ada K. Roe"
FOREIGN_KINGS = frozenset("re roi rey rei könig koning".split())  # "... Re d'Italia"
# "borrowed (much) from X": X an author, no place
BORROWED_FROM = re.compile(rf"\b(?:{'|'.join(sorted(BORROWING))})(?: [a-z]+)? from\s+"
                           r"([A-Z][\w\-]+)(?![\w'’\-]| [IVX]+\b| [A-Z]\.)")
CAPITALISED_PAIR = re.compile(r"(?=[A-Z])(?<![\w'’\-])([A-Z][^\W\d_]+) ([A-Z][\w\-]+)")


@dataclass(frozen=True)
class Vocabulary:
    """What the documents themselves say about words: used in lower case, as places, ..."""

    lowercase: frozenset[str]
    capitalised: frozenset[str]
    places: frozenset[str]
    families: frozenset[str]  # "Marrow" of "the Marrows" when "Piet Marrow" also occurs
    demonyms: dict[str, bool] = field(default_factory=dict, compare=False)  # demonym's answers

    @classmethod
    def of(cls, documents: list[Document]) -> Vocabulary:
        lowercase: set[str] = set()
        capitalised: set[str] = set()
        places: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for document in documents:
            # One scan of the document's blocks, kept apart by a character no pattern takes.
            text = "\0".join(block.text for block in document.blocks)
            lowercase.update(LOWERCASE_WORD.findall(text))
            capitalised.update(CAPITALISED_WORD.findall(text))
            places.update(_places_named(text))
            pairs.update(CAPITALISED_PAIR.findall(text))
        # "Piet Marrow" and "the Marrows": a family, where "Soviet Vellian" and "the
        # Vellians" are a people. The word before must look like a given name.
        families = {second for first, second in pairs
                    if second + "s" in capitalised and first not in places
                    and first.lower() not in lowercase
                    and first.lower() not in vocab.NOT_PERSON_MODIFIERS
                    and first.lower() not in vocab.STOPWORDS
                    and not first.endswith(("an", "ish", "ese", "ic", "i"))}
        return cls(frozenset(lowercase), frozenset(capitalised), frozenset(places),
                   frozenset(families))

    def demonym(self, word: str) -> bool:
        """"Pole" when "Poles" also occurs; "Vellians", "Kessards", "Royalists" (a group's
        plural); not a family's name."""
        known = self.demonyms.get(word)
        if known is None:
            known = self.demonyms[word] = word not in self.families and not (
                word.endswith("s") and word[:-1] in self.families) and (
                word + "s" in self.capitalised or word.endswith(("ians", "eans", "ists"))
                or word.endswith("s") and not word.endswith("ss")
                and word[:-1] in self.capitalised
                # "Kesmaris", "Tavaris": the people of a place the text names ("Kesmar", "the
                # Tavars"); the stem is long, so "Lewis" beside "Lew" is no people
                or word.endswith("is") and len(word) > 6
                and (word[:-2] in self.capitalised or word[:-2] + "s" in self.capitalised))
        return known


def _places_named(text: str) -> Counter[str]:
    """The words a text names as places, each with how often: after "in", "at", "from" ...
    (not after "borrowed from"), and after "Northern", "Upper" ... (the substring test only
    makes it faster)."""
    found = Counter(PLACE_AFTER_PREPOSITION.findall(text))
    if any(verb in text for verb in BORROWING):
        found -= Counter(BORROWED_FROM.findall(text))  # each was also found after "from"
    for part in PLACE_PARTS:  # "Northern Varn": Varn (a find per word: faster than a pattern)
        at = text.find(part)
        while at >= 0:
            word = PLACE_WORD.match(text, at + len(part))
            if word and (at == 0 or not text[at - 1].isalnum()):
                found[word.group(1)] += 1
            at = text.find(part, at + 1)
    return found


PLACE_PARTS = ("Northern ", "Southern ", "Eastern ", "Western ", "Upper ", "Lower ", "Greater ",
               "Central ")
# the place's word after such a part, ending the name (not "in Upper Varsel Marko Lind laid
# siege": a name follows)
PLACE_WORD = re.compile(r"([A-Z][\w\-]+)(?![\w'’\-]| [A-Z])")


# The lower-case words the reading loop looks at although they start no name.
LOOP_CUES = frozenset(("(", "he", "she", "the"))


class Reader:
    """Walks the blocks of documents and records mentions of candidate names."""

    def __init__(self, words: Vocabulary):
        self.words = words
        self.mentions: list[Mention] = []
        self.negative: Counter[str] = Counter()
        self.links: list[tuple[str, str]] = []
        # "Roy married Mala Das": ("Mala", "Roy") -> "mala das", whom "Mala Roy" then names
        self.married_names: dict[tuple[str, str], str] = {}
        # names seen ending in a function word ("Vu He (1402 - 1461)"): so they end
        # wherever they stand later ("Vu He was born ...")
        self.name_endings: set[tuple[str, str]] = set()
        self.terse_mates: set[int] = set()  # the block's items beside a terse "X minister"
        self.terse_head: str | None = None  # and the head of its role: "minister"
        self.section_role: str | None = None  # "historian" under "## Historians"
        self.peerages: dict[str, Mention] = {}  # "halvey" of "Mira, Lady Halvey": Mira
        # "Della" of "Adela Orlan, a widow known as Della": whose short name it is
        self.short_names: dict[str, Mention] = {}
        self.lists: list[list[int]] = []
        self.closed: set[int] = set()  # lists closed by "and"/"or" ("A, B and C"), not "X, Y"
        self.lead: Mention | None = None  # the document's first person: "He"/"She" of a new
        # paragraph in a biography
        self.ruler: Mention | None = None  # the ruler whose name heads the section
        self.document: Document | None = None  # the document being read
        # the latest person named: (mention, its block, its sentence), whom "the Kessian
        # president" after it may speak of again
        self.recent: tuple[Mention, Mention, Block, int] | None = None  # and its sentence's
        # first person

    def read(self, index: int, document: Document) -> None:
        reference_level: int | None = None
        glossary_level: int | None = None
        self.lead = None
        self.document = document
        linked = "[[" in document.original  # wiki links whose labels may give roles
        for position, block in enumerate(document.blocks):
            if block.kind == "heading":
                self.ruler = None
                self.section_role = plural_role_heading(block.text)
                heading = block.text.strip().rstrip(":").lower()
                # A short line standing as a heading (level 0, a callout's title) ranks below
                # every marked heading: its section ends at the next heading of any level.
                level = block.level or 99
                if is_reference_heading(heading) and position > 0:  # not a title ("Notes")
                    reference_level = level
                    continue
                if reference_level is not None and level <= reference_level:
                    reference_level = None
                if glossary_level is not None and level <= glossary_level:
                    glossary_level = None
                if heading in GLOSSARY_HEADINGS and position > 0:
                    glossary_level = level
            caption, credit = caption_credit(block)
            if credit is not None:  # "[Photo: ... Credit: A]": the caption is read, A credited
                self._credit(index, document, credit)
                block = caption
            if self._credit(index, document, block):
                continue
            if reference_level is not None:
                self._reference(index, document, block)
                continue
            block = without_promotion(block)
            if block is not None and (not furniture(block) or REGNAL_HEADING.match(block.text)):
                self._read_text(index, document, block, linked, glossary_level is not None)

    def _read_text(self, index: int, document: Document, block: Block, linked: bool,
                   glossary: bool) -> None:
        """A heading or block of text, with what wiki links and a ruler's section add."""
        if linked:
            self._wiki_labels(index, document, block)
        if block.kind == "line" and self.ruler is not None:
            self._ruler_role(block)
        known = len(self.mentions)
        self._block(index, document, block, confirm_only=block.kind == "heading" or glossary)
        read = self.mentions[known:]
        if block.kind == "heading" and read and REGNAL_HEADING.match(block.text) \
                and read[0].key not in SECTION_WORDS:  # not "## Background (1380 - 1401)"
            self.ruler = read[0]  # the name, not the years after it
            self.ruler.reign = True
            self._numbered_form(self.ruler)
        elif self.ruler is not None:
            self._link_ruler(read)
            for mention in read:
                mention.ruler = self.ruler.key
            word = self.ruler.words[0]
            if len(self.ruler.words) == 1 and read and read[0].key == self.ruler.key \
                    and block.kind == "line" and ACTING.match(block.text[len(word):]) \
                    and block.text.startswith(word) and self.ruler.source is not None \
                    and YEARS_RANGE.search(self.ruler.source.sentence) \
                    and word not in self.words.places and word.lower() not in self.words.lowercase:
                read[0].evidence = True  # "## 297 - 268 BCE Tavrin" over "- Tavrin extends
                # the canals": the ruler of those years, acting (but "## 1916 Verdal" over
                # "- Verdal held out": a place)

    def _numbered_form(self, ruler: Mention) -> None:
        """"Otmar V Soter": "Otmar V" is a form of the same ruler."""
        words = ruler.words
        if len(words) == 3 and vocab.is_roman_numeral(words[1]) and words[2][0].isupper():
            self.links.append((ruler.key, " ".join(words[:2]).lower()))
            self._add(Mention(words[:2], ruler.document, source=ruler.source, reign=True,
                              confirm_only=True))

    def _link_ruler(self, mentions: list[Mention]) -> None:
        """"## Tabor the Great" over "- Tabor II, king of Ansor, ...": the fuller name in the
        ruler's section is the ruler's, unless it says another ruler ("Tabor IV" under
        "Tabor II", "Tabor the Younger" under "Tabor the Great")."""
        ruler = self.ruler
        for mention in mentions:
            words = mention.words
            if mention.blocked or len(words) < 2 or words[0] != ruler.words[0] \
                    or mention.key == ruler.key:
                continue
            numbered = vocab.is_roman_numeral(words[1]) + vocab.is_roman_numeral(
                ruler.words[1] if len(ruler.words) > 1 else "")
            epithets = ("the" in words) + ("the" in ruler.words)
            if numbered < 2 and epithets < 2:
                self.links.append((ruler.key, mention.key))

    def _ruler_role(self, block: Block) -> None:
        """"## Otmar V" then "- Son of Velas; crowned in 745 BC", "- Kessian general of
        Velas, king from 745": a line of the ruler's section that opens with a role phrase
        gives the ruler that role."""
        tokens = tokenize(block.text)
        if not tokens or not tokens[0].capitalised:
            return
        role = role_forward(block, tokens, 0)
        end = len(tokenize(role)) if role else 0  # the role's words, then a stop
        if role and (end == len(tokens) or tokens[end].text in ";,"):  # not "Leader: X"
            self.ruler.roles.append(clean_role(role))
            # "## 705 - 681 BCE Sennor" over "- Son of Sargor; ..." (but "- Ally of Kessia")
            self.ruler.evidence = self.ruler.evidence or not weak_role(role)

    def _wiki_labels(self, index: int, document: Document, block: Block) -> None:
        """"[[Heravon|our main Kessian source]]": a link's label that describes the person it
        links to is that person's role (and shows a person when its head is a role noun);
        "[[Ronald Tyme|Tyme]]": a surname shown for the full name linked."""
        if not block.offsets:
            return
        base = document.original.rfind("\n", 0, block.offsets[0]) + 1  # a link may open it
        original = document.original[base:block.offsets[-1] + 3]
        if "|" not in original:
            return
        for match in WIKI_LABEL.finditer(original):
            words = tuple(match.group(1).split())
            label = match.group(2).strip()
            if not 1 <= len(words) <= 4 or not all(name_word(w) for w in words):
                continue
            start = bisect.bisect_left(block.offsets, base + match.start(2))
            source = _source(document, block, start, start + len(label))
            head = label.split(" of ")[0].split()[-1]
            if label[:1].islower() and vocab.singular(head) != head:
                continue  # "[[Orvingians|the Orvingian kings]]": a dynasty, no person
            if label[:1].islower():  # "the Kessian priest who wrote a history": a priest
                self._add(Mention(words, index, roles=[clean_role(label)], source=source,
                                  evidence=any(not weak_role(w) for w in label.split())))
            elif len(words) > 1 and tuple(label.split()) == words[-len(label.split()):]:
                # "[[Ronald Tyme|Tyme]]": the surname stands for the full name linked
                self.links.append((match.group(1).lower(), label.lower()))
                self._add(Mention(words, index, source=source, default_ok=True))
            elif len(words) > 1 and label.split()[0] == words[0] and len(label.split()) > 1 \
                    and all(name_word(w) or w == "of" for w in label.split()):
                # "[[Rolf II|Rolf of Brell]]", "[[Anselm IV|Anselm Tarrow]]": the ruler named
                # by the realm or the family is the one linked
                self.links.append((match.group(1).lower(), label.lower()))
                self._add(Mention(words, index, source=source, confirm_only=True))

    def _add(self, mention: Mention) -> Mention:
        mention.order = len(self.mentions)
        self.mentions.append(mention)
        return mention

    # -- credits and references ---------------------------------------------------------

    def _credit(self, index: int, document: Document, block: Block) -> bool:
        """"Photo: A / Agency", "Translated by A", "By A": minor figures with that role;
        whether the block is a credit line (its people read, or only an agency's name)."""
        credited, credit = line_credits(block)
        for person in credited:
            self._add_credited(index, document, block, person)
        return credit

    def _reference(self, index: int, document: Document, block: Block) -> None:
        """A bibliography entry: its authors are minor figures, its titles are ignored."""
        for author in reference_authors(block):
            self._add_credited(index, document, block, author)
            self.links.append((" ".join(author.words).lower(), author.written))

    def _add_credited(self, index: int, document: Document, block: Block,
                      person: Credited) -> None:
        """A person a credit line or a reading list names: a minor figure."""
        start = person.start
        self._add(Mention(person.words, index, roles=person.roles, evidence=True, minor=True,
                          source=_source(document, block, start, start + len(person.written))))

    # -- running text ------------------------------------------------------------------

    def _block(self, index: int, document: Document, block: Block, confirm_only: bool) -> None:
        tokens = tokenize(block.text)
        i = 0
        members: list[Mention] = []  # the list of names being read ("A, B and C")
        members_end = -1
        closed = False
        subject = self.lead  # the first person named in the latest sentence
        thing_end = -1  # where the latest organisation or place ended ("School of Mines")
        work_end = -1  # where the latest run its context made no person ended
        fields = infobox_roles(block) if "=" in block.text or block.kind == "line" else []
        listed = row_items(block, tokens) if ":" in block.text[:20] else frozenset()
        # the block's names in a bracket of members or doers ("Varnists (A, B)"): and role
        members_of = self._bracketed_members(tokens) if "(" in block.text else {}
        self.terse_mates = set()
        block_start = len(self.mentions)  # the block's own mentions come after this one
        count = len(tokens)
        while i < count:
            token = tokens[i]
            lower = token.lower
            # most words start no name and are no cue: a quick look before the full one
            if not token.capitalised and lower not in LOOP_CUES and lower not in vocab.PARTICLES \
                    and lower[:2] not in JOINED_STARTS:
                i += 1
                continue
            if lower == "(" and _gloss(block, tokens, i) is not None:
                i = _gloss(block, tokens, i)  # "(Turkish: ...)": another language's names
                continue
            if lower in ("he", "she", "the"):
                self._read_cue(block, tokens, i, subject, block_start)
            if not token.capitalised and lower not in vocab.PARTICLES \
                    and lower[:2] not in JOINED_STARTS or not run_start(tokens, i):
                i += 1
                continue
            start, end = i, run_end(tokens, i)
            if end == start + 1 and lower in vocab.STOPWORDS:
                i = end  # "The", "In": a sentence's opening word, no name (the common case)
                continue
            mention, after = self._mention(index, document, block, tokens, start, end,
                                           members_of)
            if mention is not None:
                self._block_roles(block, tokens, start, after, mention, fields, listed,
                                  members_of)
            if mention is not None and members and start and tokens[start - 1].lower in (
                    "née", "nee") and not mention.blocked:
                # "Ilsabeta, née Varska, and ...": a maiden name, the list goes on
                self.links.append((members[-1].key, mention.key))
                mention.secondary = True
                members_end = after
                i = max(after, i + 1)
                continue
            if mention is not None and not mention.blocked and len(mention.words) == 1 \
                    and [t.lower for t in tokens[thing_end:start]] == ["and"]:
                mention.blocked = True  # "the School of Mines and Geology": one name
            if mention is not None and not mention.blocked and len(mention.words) > 1 \
                    and not mention.evidence and _coordinated(tokens, work_end, start) \
                    and not _verb_after(tokens, after):
                # "wrote for Family Words and Household Hints"; but "while in Upper Varsel,
                # Marko Lind laid siege": the subject of a verb
                mention.blocked = True
            if mention is not None and mention.blocked:
                thing = self._thing(tokens, start, mention)
                if thing and members and not closed and _coordinated(tokens, members_end, start):
                    for member in members:
                        member.with_things = True
                members = []
                if thing and ("of" in mention.words or start and tokens[start - 1].lower == "of"):
                    thing_end = after
                if not thing and len(mention.words) > 1:
                    work_end = after  # a work or a title by its context, not by its words
            elif mention is not None:
                mention.confirm_only |= confirm_only
                if members and not closed and _coordinated(tokens, members_end, start) \
                        and not _pair_opens_clause(tokens, members_end, after):
                    closed = any(t.lower in ("and", "or") for t in tokens[members_end:start])
                    self._join(members, mention)
                    if closed:
                        self.closed.add(len(self.lists) - 1)
                else:
                    members, closed = [mention], False
                members_end = after
                if subject is None or subject.source != mention.source \
                        and not _pronoun_opens(tokens, start):
                    subject = mention  # (but "She was a pupil of X": still the one "she" is)
                self.recent = (mention, subject, block, tokens[start].sentence)
                if self.lead is None and not confirm_only and not fields and (
                        mention.evidence or mention.default_ok):  # not an infobox's spouse
                    self.lead = mention
            i = max(after, i + 1)

    def _read_cue(self, block: Block, tokens: list[Token], i: int, subject: Mention | None,
                  block_start: int) -> None:
        """A pronoun or "the" at i that says something of a person named before: "He became
        prime minister", "the historian argues", 'says the retired nurse'."""
        token = tokens[i]
        lower = token.lower
        count = len(tokens)
        if lower in ("he", "she") and subject and i + 2 < count \
                and tokens[i + 1].lower in ("was", "became"):
            self._known_as(tokens, i + 2, subject)  # "As a prince he was known as X"
        if lower in ("he", "she") and opens_sentence(tokens, i) and subject:
            role = predicate_role(block, tokens, i + 1)
            if role:  # "X was born in Dorn. He became prime minister."
                subject.roles.append(clean_role(role))
        elif lower == "the" and subject and subject.order >= block_start \
                and _role_said(tokens, i):  # "X dates it to 1399, the historian argues"
            subject.roles.append(tokens[i + 1].lower)
        elif lower == "the" and (not i or tokens[i - 1].lower in SAYING
                                 or tokens[i - 1].sentence != token.sentence) \
                and (role := _speaker_role(tokens, i)):
            # 'X ... "We stayed," says the retired nurse.': the last person named before,
            # if no role was given them ("The mayor, X, ..." speaks of someone else)
            speaker = next((m for m in reversed(self.mentions) if m.order >= block_start
                            and not m.blocked and (m.evidence or m.default_ok)), None)
            if speaker is not None and not any(
                    m.roles for m in self.mentions if m.key == speaker.key):
                speaker.roles.append(role)

    def _block_roles(self, block: Block, tokens: list[Token], start: int, after: int,
                     mention: Mention, fields: list[tuple[int, int, str]],
                     listed: frozenset[int], members_of: dict[int, str | None]) -> None:
        """The roles the block's shape gives the mention at start: an infobox field, a row of
        key people, a section of historians, a terse notes item, a bracket of members."""
        count = len(tokens)
        if fields and not mention.blocked:
            _add_field_role(fields, tokens[start].start, mention)
        if start in listed and row_item_ends(tokens, after):
            mention.evidence = True  # "Key people: A, B (led the march), C": each a person
            mention.roles += row_gloss(block, tokens, after)
        if start == 0 and self.section_role and block.kind == "line" \
                and not mention.blocked and after < count and tokens[after].text in ":,–-(":
            mention.roles.append(self.section_role)  # "## Historians" over "- X: ..."
            mention.evidence = True
        if start in self.terse_mates and not mention.blocked:
            mention.evidence = True  # "X foreign minister, Y war": Y an item like X
            if not mention.roles and after + 1 < count and tokens[after].word \
                    and not tokens[after].capitalised and tokens[after + 1].text in ",;." \
                    and self.terse_head:
                mention.roles.append(f"{tokens[after].lower} {self.terse_head}")  # "war
                # minister": the first item's office, its field given
        if start in members_of:
            mention.spoke = True  # "Varnists (A) vs Tessers (B, C)": unless a place
            if members_of[start] and not mention.blocked:
                mention.roles.append(members_of[start])  # "heirs (A, B)": an heir
                # (but "the bishops (Varn, Dorn and Kessel)" may name sees: a single
                # word only adds to someone named elsewhere)
                mention.confirm_only |= len(mention.words) == 1 \
                    and members_of[start].split()[-1] in TITLES_OF_SEES_AND_FIEFS

    def _bracketed_members(self, tokens: list[Token]) -> dict[int, str | None]:
        """The names opening a bracket after a party or a body ("Varnists (A) vs Tessers (B,
        C)", "the council committee (A)") that holds names alone: its members; after a plural
        role noun ("three heirs (A, B...)"), people with that role."""
        members: dict[int, str | None] = {}
        for k, token in enumerate(tokens[1:], 1):
            if token.text != "(":
                continue
            close = next((c for c in range(k + 1, min(len(tokens), k + 14))
                          if tokens[c].text == ")"), None)
            inside = tokens[k + 1:close] if close else []
            while inside and inside[-1].text in (".", "…"):
                inside = inside[:-1]  # "(A, B...)": and others
            role = _plural_role(tokens[k - 1])
            if inside and inside[-1].lower in VOTES:
                inside = inside[:-1]  # "votes for X (A, B against)": who voted so
            elif not role and not self._group_before(tokens[k - 1]) and not (
                    len(inside) == 1 and (_participle(tokens[k - 1]) or k >= 3
                                          and tokens[k - 1].capitalised
                                          and tokens[k - 2].lower in ("at", "in", "near")
                                          and tokens[k - 3].lower in KILLINGS)):
                # but "rising crushed (A)", "shot at Orsk (A)": who did it ("landed at
                # Orsk (Orskoye)": the place's other name)
                continue
            if inside and all(t.text == "," or t.lower == "and" or name_token(t)
                              for t in inside):
                members.update((c, role) for c in range(k + 1, k + 1 + len(inside))
                               if tokens[c - 1].text in "(," or tokens[c - 1].lower == "and")
        return members

    def _group_before(self, token: Token) -> bool:
        """A party by its plural name ("Varnists"), or a body's noun ("committee")."""
        lower = token.lower
        if lower in MEMBER_BODIES:
            return True
        return token.capitalised and not token.possessive and lower.endswith(PARTY_ENDINGS) \
            and lower not in self.words.lowercase and lower[:-1] not in self.words.lowercase \
            and not any(word in nouns for word in (lower, lower[:-1]) for nouns in (
                vocab.NOT_PERSON_WORDS, vocab.PLACE_EVENT_NOUNS, vocab.NOT_AGENT_NOUNS))

    def _terse_entry(self, block: Block, tokens: list[Token], start: int, end: int) -> bool:
        """A notes line's item "X foreign minister" after ";" or ",": a name and its office,
        up to the item's end (not "the Varnish foreign minister": a people's word)."""
        return block.kind == "line" and start > 0 and tokens[start - 1].text in (",", ";") \
            and not self._place_like(tokens[start].text) \
            and not vocab.adjective(tokens[start].lower) \
            and (role_end(tokens, end) == len(tokens)
                 or tokens[role_end(tokens, end)].text in (",", ";"))

    def _name_taken(self, tokens: list[Token], verb: int, mention: Mention) -> None:
        """The name after ``verb`` is one the person named just before it came to hold (a
        title taken, a reign name): another name of that person, never a person of its own."""
        holder = self.mentions[-1]
        if not holder.blocked and holder.source == mention.source \
                and holder.key != mention.key and _named_just_before(tokens, verb, holder):
            self.links.append((self._fullest(holder).key, mention.key))
            mention.secondary = True
        elif self.recent and _pronoun_opens(tokens, verb) and not self.recent[1].blocked \
                and self.recent[1].key != mention.key:
            # "She arrived in 1744 and took the name Y": the name of the one "she" is
            self.links.append((self._fullest(self.recent[1]).key, mention.key))
            mention.secondary = True

    def _thing(self, tokens: list[Token], start: int, mention: Mention) -> bool:
        """A place or organisation by its words ("Bay City", "School of Mines"), or a place
        the documents name after "in"."""
        words = [w.lower() for w in mention.words]
        return any(w in vocab.NOT_PERSON_WORDS for w in words) \
            or mention.words[-1] in self.words.places \
            or start >= 2 and tokens[start - 1].lower == "of" \
            and tokens[start - 2].lower in vocab.NOT_PERSON_WORDS

    def _join(self, members: list[Mention], mention: Mention) -> None:
        """Names read as one list share a list id, and a plural role said of the list."""
        first = members[0]
        if len(members) == 1:
            self.lists.append([first.order])
        self.lists[-1].append(mention.order)
        members.append(mention)
        if any(len(m.words) == 1 and m.words[0] in self.words.places and not m.evidence
               for m in members):
            for member in members:  # "left Vessa and Port Orm": a list of places
                member.doubt += len(member.words) > 1
        shared = first.list_role or mention.list_role
        if shared:
            for member in members:
                if shared not in member.roles:
                    member.roles.append(shared)
                    member.evidence = True
                member.list_role = shared
            said = set(shared.lower().split())
            if len(mention.words) > 1 and (SIBLINGS & said or len(members) == 2
                                           and COMPANIONS & said):
                # "two sisters, Ellen and Anna Marrow": Ellen Marrow; "his friends Karel and
                # Mina Vossberg": a couple
                for member in members[:-1]:
                    if len(member.words) == 1:
                        member.words = (member.words[0], mention.words[-1])
                        member.key = " ".join(member.words).lower()

    def _mention(self, index: int, document: Document, block: Block, tokens: list[Token],
                 start: int, end: int,
                 members_of: dict[int, str | None]) -> tuple[Mention | None, int]:
        """Read the run tokens[start:end]; return its mention and where reading goes on
        (``members_of``: the block's names in a bracket of members, see _bracketed_members)."""
        start, end, sentence_start, blocked = self._trim_run(block, tokens, start, end)
        if start >= end:
            return None, end
        nationality = nationality_before_name(tokens, start, end)
        if nationality is not None:  # "the young Tessan Mateo Arrabal": his nationality
            start += 1
        if end - start == 2 and tokens[start].lower in ORDINAL_WORDS \
                and vocab.title_word(tokens[end - 1].text):
            return None, end  # "the Third Emperor", "Fourth Emperor": an office, no name
        if (ruler := self._era_named_ruler(index, document, block, tokens, start, end)) \
                is not None:
            return ruler, end
        if self._title_without_name(tokens, start, end):
            return None, end
        title_end, name_start, name_end, office = self._name_parts(
            tokens, start, end, sentence_start, nationality)
        name, known = without_nickname(tokens[name_start:name_end])
        if title_end and (len(name) == 1 or len(name) == 2 and vocab.is_roman_numeral(
                name[1].text)) and self._later_title(
                block, tokens, start, name_end, _sentence_source(document, block, tokens, start)):
            return None, end
        if not name or all(vocab.role_part(t.text) for t in name):
            return self._noble(index, document, block, tokens, start, end), end
        words = [t.text for t in name]
        terse = _role_right_after(block, tokens, end) if len(words) == 1 and name_end == end \
            else None
        if terse is not None:
            if weak_role(terse) or not self._terse_entry(block, tokens, start, end):
                self._office_again(block, tokens, start)
                return None, end  # "Swedish (field) marshal": a word that qualifies a role
            # notes: "...; X foreign minister, Y war"
            self.terse_mates.update(_items_after(tokens, role_end(tokens, end)))
            self.terse_head = terse.split()[-1]
        roles: list[str] = [terse] if terse else []
        if nationality is not None and not title_end:
            roles.append(span_text(block, tokens, nationality, start))
        if office is not None:
            roles.append(span_text(block, tokens, office, name_start))
        elif title_end and tokens[start].lower.rstrip(".") not in HONORIFICS:
            roles.append(said_of_one(with_modifiers(block, tokens, start, name_start),
                                     tokens[name_start - 1].text))  # "Physicists A and B"
        if name_end < end:
            roles.append(span_text(block, tokens, name_end, end))
        elif len(words) > 1 and words[-1].lower() in vocab.POST_NAME_TITLES:
            roles.append(words[-1])  # "Orsak Khan": a khan
        after, of_name, realm = end if terse is None else role_end(tokens, end), False, None
        of_place = of_tail(tokens, end) or of_article_place(tokens, end) \
            if end < len(tokens) and tokens[end].lower == "of" else None
        if of_place is not None and (roles or len(words) == 1 or len(words) == 2
                                     and vocab.is_roman_numeral(words[1])):
            after = end + 1 + len(of_place.split())
            if roles:
                roles[0] += f" of {of_place}"  # "King Orm of Varnland"
                realm = of_place  # and "Orm of Varnland" another name
            else:
                if len(words) == 2:  # "Rolf II of Norland": a numbered ruler of that realm
                    roles.append(f"ruler of {of_place}")
                words += ["of", of_place]  # "Ilsa of Dornaine"
                of_name = True
        elif of_place is not None and len(words) >= 2 and " " not in of_place:
            after = end + 2  # "Ada Roe of Varn, a painter": her home, and her apposition
        mention = Mention(tuple(words), index,  # its source is found once it is no thing
                          titled=known or titled_form(tokens, name_start, name, title_end))
        stripped = name_start > start + title_end
        blocked = blocked or _thing_by_its_place(tokens, start, end, after, words,
                                                 stripped, bool(title_end))
        # life dates show a person as surely as a title: "Harish Roy (1858 - 1937)"
        dated = after < len(tokens) and tokens[after].text == "(" \
            and life_dates_end(block, tokens, after) > after
        # "Karl August, Prince of Sarn": a given name spelt like a month, said of a person
        described = words[-1].lower() in vocab.MONTHS and apposition_role(block, tokens, end)
        # "Miss Tower", "Mr Gate": a surname that is also a word of things, after a title
        addressed = len(words) == 1 and title_end == 1 and words[0].lower() in SURNAME_THINGS \
            and tokens[start].lower in HONORIFICS
        if blocked or self._blocked(words, bool(title_end) or dated, described) and not (
                addressed or len(words) in (2, 3)
                and self._common_surname(block, tokens, start, end, words)) \
                or not stripped \
                and office is None and self._blocked_by_context(
                    block, tokens, start, end, mention, bool(roles), of_name):
            mention.blocked = True
            if after + 1 in members_of:
                # "Varnists (A, B)": the party's members; "shot at Orsk (A)": who did it
                return self._add(mention), after
            return self._add(mention), past_other_name(tokens, after)
        mention.source = _sentence_source(document, block, tokens, name_start)
        bracket_roles, after = _bracketed_after_name(tokens, after)
        roles += bracket_roles
        after = self._parenthetical_alias(tokens, after, mention)
        self._known_as(tokens, life_dates_end(block, tokens, after), mention)
        context_start = start if title_end else name_start
        evidence, more_roles, strong = self._context(block, tokens, context_start, after, mention)
        roles += more_roles
        if _parent_cue_before(tokens, start) and (parent := parent_role(tokens, start, after)):
            roles.append(parent)  # "the son of A, a miller, and B"
        mention.roles = [r for r in (clean_role(r) for r in roles) if r]
        mention.list_role = next((clean_role(r) for r in roles if r.startswith(LIST_ROLE)), None)
        strong = strong or bool(title_end) or name_end < end or bool(terse) and not weak_role(terse)
        mention.evidence = (evidence or bool(mention.roles) or bool(title_end)) and (
            len(words) > 1 or strong)
        before = tokens[start - 1] if start else None
        mention.default_ok = self._of_name_shape(
            words, before, tokens[after] if after < len(tokens) else None) if of_name \
            else self._full_name_shape(words, before.lower if before else "")
        if mention.default_ok and not mention.evidence:
            mention.doubt = signs_of_a_thing(document, block, tokens, name_start, name_end)
        if self.married_names or start and tokens[start - 1].lower == "married":
            self._married_name(tokens, start, mention)
        if realm is not None and len(words) == 1:
            self._link_realm_name(mention, realm)
        self._link_name_taken(index, tokens, start, end, bool(title_end), mention)
        self._link_short_name(index, mention)
        self._link_quoted_nickname(block, tokens, start, mention)
        return self._add(mention), after

    def _trim_run(self, block: Block, tokens: list[Token], start: int,
                  end: int) -> tuple[int, int, bool, bool]:
        """The run without its opening words capitalised only by the sentence ("In") and its
        closing words run on from the next line ("Tarsa The last days"): (start, end, whether
        the name starts a sentence, whether a mid-sentence "The" blocks it)."""
        start, sentence_start, blocked = self._skip_openers(tokens, start, end)
        if tokens[end - 1].text == "I" and end < len(tokens) \
                and tokens[end].lower in FIRST_PERSON_VERBS:
            end -= 1  # notes: "Reading I need to finish": the writer, no king "the First"
        while end - start > 1 and tokens[end - 1].lower in vocab.STOPWORDS \
                and tokens[end - 1].text != "I":  # Otto I
            ending = (tokens[end - 2].text, tokens[end - 1].text)
            if ending in self.name_endings:
                break  # "Vu He was born ...", after "Vu He (1402 - 1461)"
            if name_ends(block, tokens, end):
                self.name_endings.add(ending)
                break
            end -= 1  # "Tarsa The last days": a heading run into its next line
        return start, end, sentence_start, blocked

    def _era_named_ruler(self, index: int, document: Document, block: Block,
                         tokens: list[Token], start: int, end: int) -> Mention | None:
        """"the Vanxi Emperor": a ruler named by the era of the reign (but "the French
        Emperor"), added as a mention; None if the run is no such name."""
        if not (end - start == 2 and start and tokens[start - 1].lower == "the"
                and tokens[end - 1].lower in ERA_NAMED_RULERS and not tokens[start].possessive
                and not tokens[start].lower.endswith(LAND_ADJECTIVE_ENDINGS)
                and (end == len(tokens) or tokens[end].lower != "of")
                and not self.words.demonym(tokens[start].text)):
            return None
        mention = Mention((tokens[start].text, tokens[end - 1].text), index, evidence=True,
                          roles=[tokens[end - 1].lower],
                          source=_sentence_source(document, block, tokens, start))
        holder = self._reign_name_holder(tokens, start, end, mention.source, numbered=True) \
            if start >= 3 and tokens[start - 2].lower == "as" else None
        if holder is not None:  # "X took the throne as the Vanxi Emperor": X's era name
            self.links.append((holder.key, mention.key))
            mention.secondary = True
        return self._add(mention)

    def _title_without_name(self, tokens: list[Token], start: int, end: int) -> bool:
        """A run that is a title and no name: "Ruritania's Prime Minister X" (the possessor
        qualifies a title), "X, Holy Roman Emperor, ..."."""
        if tokens[end - 1].possessive and _title_follows(tokens, end) \
                and tokens[end].lower not in vocab.PERSONAL_POSSESSIONS | vocab.FOLLOWER_NOUNS:
            return True
        post_name = tokens[end - 1].lower in vocab.POST_NAME_TITLES  # "Orm Pasha": a name
        return vocab.title_word(tokens[end - 1].text) \
            and of_tail(tokens, end) is None and end - start > 1 and all(
                vocab.role_part(t.text) or self._place_like(t.text)
                or t.lower.endswith(PEOPLE_ADJECTIVE_ENDINGS) and not post_name
                for t in tokens[start:end - 1])

    def _name_parts(self, tokens: list[Token], start: int, end: int, sentence_start: bool,
                    nationality: int | None) -> tuple[int, int, int, int | None]:
        """(end of the title, start and end of the name, start of the office before the
        name or None) within the run tokens[start:end]."""
        title_end, name_start, name_end = self._name_span(tokens, start, end, sentence_start)
        if nationality is not None and not title_end and name_end - name_start >= 3 \
                and tokens[start - 1].lower.endswith(NOUNLESS_NATIONALITY_ENDINGS):
            # "the former Vellish Premier X Y": "Vellish" is said of a noun, here the title
            title_end, name_start = 1, name_start + 1
        office = None if title_end or name_end < end or end - start < 3 \
            else _office_before(tokens, start)
        field_end = office is not None and self._after_field(tokens, start, end)
        if field_end and tokens[field_end].lower not in vocab.PARTICLES:
            # "Chancellor of the Exchequer X Y": the office's last words, then the name (but
            # "commander of the División del Norte": one name, no field and name)
            return field_end - start, field_end, name_end, office
        return title_end, name_start, name_end, None

    def _link_name_taken(self, index: int, tokens: list[Token], start: int, end: int,
                         titled: bool, mention: Mention) -> None:
        """Links a name someone came to hold or was born with to that person: "X succeeded
        him as Y II", "Born Ina Mara Rolo in ...", "X takes the new title Y"."""
        words = mention.words
        if start >= 3 and tokens[start - 1].lower == "as" and len(words) == 2 \
                and vocab.is_roman_numeral(words[1]) and not titled \
                and any(t.lower in SUCCESSION_VERBS for t in tokens[max(0, start - 6):start]):
            holder = self._reign_name_holder(tokens, start, end, mention.source, numbered=True)
            if holder is not None and holder.key != mention.key:
                self.links.append((holder.key, mention.key))  # "X succeeded him as Y II"
                mention.secondary = True
            elif holder is None and (kin := _kin_put_on_throne(tokens, start)):
                mention.roles.append(kin)  # "put his brother on the throne as Y V": a brother
        elif len(words) >= 2 and start and tokens[start - 1].lower == "born" \
                and (start == 1 or tokens[start - 2].sentence != tokens[start].sentence) \
                and (holder := self._born_as(index)) is not None \
                and holder.key != mention.key:
            # "Who was Ada? / Born Ina Mara Rolo in Vessara": the birth name of the person
            # the text is about
            self.links.append((holder.key, mention.key))
            mention.secondary = True
        elif start >= 3 and tokens[start - 1].lower in ("names", "and", ",") \
                and _names_taken(tokens, start):
            mention.confirm_only = True  # they add to a known person, never make one
        elif (verb := _title_taken(tokens, start)) is not None and not titled \
                and self.mentions:
            self._name_taken(tokens, verb, mention)  # "X takes the new title Y"
        elif start and tokens[start - 1].lower in ("became", "becomes") and len(words) == 2 \
                and vocab.is_roman_numeral(words[1]) and not titled and self.mentions:
            self._name_taken(tokens, start - 1, mention)  # "the pretender X becomes Y II"

    def _link_realm_name(self, mention: Mention, realm: str) -> None:
        """"King Orm of Varnland": "Orm of Varnland" is another name of Orm."""
        ruler = (*mention.words, "of", *realm.split())
        self.links.append((mention.key, " ".join(ruler).lower()))
        self._add(Mention(ruler, mention.document, source=mention.source, evidence=True,
                          secondary=True))

    def _link_short_name(self, index: int, mention: Mention) -> None:
        """"Adela Orlan, known as Della" married Ivo Brandt: "Della Brandt" is she."""
        words = mention.words
        holder = self.short_names.get(words[0]) if len(words) == 2 else None
        if holder is not None and holder.words[-1] != words[1] and holder.document == index \
                and any(len(m.words) > 1 and m.words[-1] == words[1] and not m.blocked
                        for m in self.mentions if m.document == index):
            self.links.append((holder.key, mention.key))
            mention.secondary = True

    def _link_quoted_nickname(self, block: Block, tokens: list[Token], start: int,
                              mention: Mention) -> None:
        """A quoted nickname the sentence gives the person it is about ('- X - pamphlets
        called her "Madame Y"'): that person's other name."""
        quote = start - 1 - (start >= 2 and tokens[start - 1].lower in EPITHET_ARTICLES)
        if quote >= 2 and tokens[quote].text in vocab.QUOTES and self.recent \
                and self.recent[2:] == (block, tokens[start].sentence) \
                and _nickname_of_subject(block, tokens, quote):
            self.links.append((self.recent[1].key, mention.key))
            mention.secondary = True

    def _born_as(self, index: int) -> Mention | None:
        """The person a sentence opened by "Born <name>" is about: the one named last (by
        the fullest name of the document with that word, if named by one word)."""
        if not self.recent or self.recent[0].blocked or self.recent[0].document != index:
            return None
        return self._fullest(self.recent[0])

    def _fullest(self, holder: Mention) -> Mention:
        """The mention itself, or for one word the last fuller name of its document with
        that word."""
        if len(holder.words) > 1:
            return holder
        return next((m for m in reversed(self.mentions) if m.document == holder.document
                     and len(m.words) > 1 and holder.words[0] in m.words and not m.blocked),
                    holder)

    def _office_again(self, block: Block, tokens: list[Token], start: int) -> None:
        """"... spoke to Ivo Sand after the Kessian president had ...": "the" with a land's
        adjective and an office, no name after it, speaks again of the person named just
        before; opening a sentence, of the one person the sentence before named."""
        if not self.recent or start < 1 or tokens[start - 1].lower != "the" \
                or not tokens[start].lower.endswith(LAND_ADJECTIVE_ENDINGS):
            return
        mention, subject, recent_block, sentence = self.recent
        if opens_sentence(tokens, start - 1) and subject.key != mention.key:
            return  # "A was congenial to B. The Kessian president ...": A or B
        role = role_forward(block, tokens, start)
        end = start + len(tokenize(role))
        head = role.split(" of ")[0].split()[-1].lower()
        if recent_block is not block or not 0 <= tokens[start].sentence - sentence <= 1 \
                or end < len(tokens) and tokens[end].capitalised and tokens[end].word \
                or not vocab.closed_role(head) or head in vocab.KIN_NOUNS:
            return  # "the Kessian president Ivo Sand": his own title; "the Kessian wife"
        known = itertools.islice(itertools.takewhile(  # the document's latest mentions
            lambda m: m.document == mention.document, reversed(self.mentions)), 300)
        land = tokens[start].lower[:4]
        if role in mention.roles or any(
                w[0].isupper() and not vocab.role_part(w) and w.lower()[:4] != land
                for m in known if m.words[-1] == mention.words[-1]
                for r in m.roles for w in r.split()):
            return  # "Ada Roe, the Varian envoy, ... The Kessian envoy": another person
        mention.roles.append(role)

    def _married_name(self, tokens: list[Token], start: int, mention: Mention) -> None:
        """"In 1887 Roy married Mala Das. Mala Roy became ...": her given name with his
        surname is another name of hers."""
        given = (mention.words[0], mention.words[-1])
        if given in self.married_names:
            self.links.append((self.married_names[given], mention.key))
            mention.secondary = True
        elif start and tokens[start - 1].lower == "married" and len(mention.words) > 1 \
                and self.mentions and self.mentions[-1].source == mention.source \
                and not self.mentions[-1].blocked:
            spouse = self.mentions[-1].words[-1]
            self.married_names[(mention.words[0], spouse)] = mention.key

    def _after_field(self, tokens: list[Token], start: int, end: int) -> int:
        """Where the name starts in a run that opens with an office's field: after "of" one
        word ("State Ivo Foster Tam"), two if they are a phrase ("Foreign Affairs"),
        else ("for Home Affairs X Y") the last two words with initials and particles."""
        name_start = start + 1
        if tokens[start - 1].lower == "of" and (
                vocab.adjective(tokens[start].lower)
                or tokens[name_start].lower in self.words.lowercase
                or tokens[name_start].lower in vocab.NOT_PERSON_WORDS):
            name_start += 1
        if tokens[start - 1].lower == "of" and end - name_start >= 2:
            return name_start
        name_start = end - 2
        while name_start > start + 1 and (tokens[name_start].lower in vocab.PARTICLES
                                          or INITIAL.match(tokens[name_start].text)):
            name_start -= 1  # "Secretary of State Ivo C. Tamsen"
        return name_start

    def _later_title(self, block: Block, tokens: list[Token], start: int, end: int,
                     source: Source | None) -> bool:
        """"X, later Viscount Y", "X was created Viscount Y", "X ruled as King Y", "X, as
        Lady Y became": a title or name X came to hold; "Y" then stands for X."""
        if start < 3 or not self.mentions:
            return False
        cue = tokens[start - 1].lower
        numbered = vocab.is_roman_numeral(tokens[end - 1].text)
        if numbered and cue not in ("future", "became", "becomes"):
            return False  # "as King Y II": a name of its own
        name = span_text(block, tokens, end - 1 - numbered, end)  # "Y", "Y IV"
        holder = self._reign_name_holder(tokens, start, end, source) if cue == "as" \
            else self.mentions[-1]
        if holder is None or holder.blocked:
            return False
        if cue in ("later", "afterwards", "subsequently"):
            if tokens[start - 2].text not in ",(" or tokens[start - 3].text != holder.words[-1]:
                return False
        elif cue == "future":  # "Prince X, the future King Y IV,"
            if start < 4 or tokens[start - 2].lower != "the" or tokens[start - 3].text != "," \
                    or tokens[start - 4].text != holder.words[-1]:
                return False
        elif cue != "as" and (cue not in ("created", "became", "becomes")
                              or tokens[start].lower not in vocab.NOBLE_TITLES | REIGN_TITLES
                              or holder.source != source):  # "X became King Y III"
            return False
        elif cue in ("became", "becomes") and not _named_just_before(tokens, start - 1, holder):
            return False  # "X died; his son became King Y": not X
        self.links.append((holder.key, name.lower()))
        if tokens[start].lower not in HONORIFICS:  # "as Lady Y became": a name, no title held
            holder.roles.append(f"{tokens[start].text} {name}")
        return True

    def _reign_name_holder(self, tokens: list[Token], start: int, end: int,
                           source: Source | None, numbered: bool = False) -> Mention | None:
        """The subject of "X succeeded his father as King Y", "X, as Lady Y became" (or, when
        ``numbered``, "X succeeded him as Y II"): the sentence's first person, unless a
        relative clause ("his son, who ruled as King Y") or a list ("rulers such as King Y")
        may make Y someone else."""
        became = end < len(tokens) and tokens[end].lower == "became"
        if tokens[start].lower not in REIGN_TITLES and not became and not numbered \
                or tokens[start - 2].lower in ("such", "well"):
            return None
        k = start - 1
        while k > 0 and tokens[k - 1].sentence == tokens[start].sentence:
            k -= 1
            if tokens[k].lower in ("who", "whom", "whose", "which", ";"):
                return None
        name = next((i for i in range(k, start) if tokens[i].capitalised
                     and tokens[i].lower not in vocab.STOPWORDS), start)
        while name + 1 < start and tokens[name + 1].capitalised and not tokens[name].possessive:
            name += 1
        if tokens[name].possessive:
            return None  # "Ada's sister Mira ruled as Queen Mira": not Ada
        if _kin_put_on_throne(tokens, start, name):
            return None  # "X put his brother on the throne as Y V": the brother is Y
        verb = next((i for i in range(start - 1, name, -1)
                     if tokens[i].lower in SUCCESSION_VERBS), None)
        first = None
        for mention in reversed(self.mentions):
            if mention.source is not None and mention.source != source:
                break
            if mention.source == source:
                if verb is not None and _named_just_before(tokens, verb, mention):
                    return mention  # "A died in 1761, and B succeeded her as B II": B
                first = mention
        return first

    def _skip_openers(self, tokens: list[Token], start: int,
                      end: int) -> tuple[int, bool, bool]:
        """Skip words capitalised only because a sentence starts ("In", "Became"); returns
        (start, whether the name starts a sentence, whether a mid-sentence "The" blocks it)."""
        sentence_start = start == 0 or tokens[start - 1].sentence != tokens[start].sentence \
            or tokens[start - 1].text in ("\"", "“", "‘", "(", ":", ";", "[", "—", "–", "•")
        blocked = False
        while start < end and (tokens[start].lower in vocab.STOPWORDS
                               or sentence_start and (self._common(tokens[start])
                                                      or tokens[start].lower in IMPERATIVES
                                                      or end - start == 1
                                                      and self._common_thing(tokens[start]))
                               or date_word(tokens, start, end)) \
                and not (tokens[start].lower in vocab.PARTICLES and start + 1 < end):
            blocked = blocked or tokens[start].lower == "the" and not sentence_start
            start += 1
            sentence_start = False
        return start, sentence_start, blocked

    def _name_span(self, tokens: list[Token], start: int, end: int,
                   sentence_start: bool) -> tuple[int, int, int]:
        """(end of the title, start and end of the name) within the run tokens[start:end]."""
        after_the = start > 0 and tokens[start - 1].lower == "the"
        title_end = self._title_split(tokens[start:end], sentence_start, after_the)
        name_start = start + title_end
        # "the leader of Soviet Vellia Janis Orzins": the place belongs to the role; but
        # "Tabor the Younger" is one name even where "Tabor" was also read after "from", and
        # so is "Ines K. Dorr": a given name before an initial.
        while end - name_start > 2 and tokens[name_start].lower not in vocab.PLACE_PREFIXES \
                and tokens[name_start].lower not in vocab.HEAD_FIRST_THINGS \
                and tokens[name_start + 1].lower != "the" \
                and not INITIAL.match(tokens[name_start + 1].text) \
                and (self._place_like(tokens[name_start].text)
                     or acronym(tokens[name_start].text)):
            name_start += 1  # "CAPCOM Ivo Duke": the acronym is no part of the name
        name_end = end
        if start and tokens[start - 1].lower in ("elected", "appointed", "named", "proclaimed"):
            # "elected Vossuth Governor-President": the title after the name is the role.
            name_end = next((k for k in range(name_start + 1, end)
                             if vocab.title_word(tokens[k].text)), end)
        for k in range(name_start + 1, name_end - 1):  # (most names: too short to look)
            if tokens[k].lower in FOREIGN_KINGS and (
                    tokens[k + 1].lower in vocab.PARTICLES
                    or tokens[k + 1].lower.startswith(("d'", "d’"))):
                name_end = k  # "X Y Re d'Italia": a king's title after the name
                break
        # a particle ends no name, but a surname spelt like one does ("Tara Mohan Das")
        while name_end > name_start and tokens[name_end - 1].text in vocab.PARTICLES:
            name_end -= 1
        return title_end, name_start, name_end

    def _full_name_shape(self, words: list[str], before: str) -> bool:
        """Two or more name words, the first not a common word of the documents ("Famine
        Relief"), not a saint's place ("St Orsburg"), not ending in a place, not "to
        Santa Vell de X"."""
        # a particle is lower case inside names ("Ahmad ibn X"), and opens one ("Ibn Y")
        common = words[0].lower() in self.words.lowercase \
            and not (words[0].istitle() and words[0].lower() in vocab.PARTICLES)
        has_particle = any(w in vocab.PARTICLES for w in words)
        return (len(words) >= 2 and not common
                and words[0].lower().rstrip(".") not in vocab.NAME_PREFIXES
                and words[-1] not in self.words.places
                and not (has_particle and before in vocab.PLACE_PREPOSITIONS | {"to"}))

    def _noble(self, index: int, document: Document, block: Block, tokens: list[Token],
               start: int, end: int) -> Mention | None:
        """"the Marquis of Varnois planned the campaigns": a person named by a title of
        nobility and a place, unless it is the apposition of a name ("X, Duke of Y,")."""
        place = of_tail(tokens, end)
        opening = start == 0 or tokens[start - 1].lower == "the" \
            or tokens[start - 1].sentence != tokens[start].sentence
        if end - start != 1 or tokens[start].lower not in vocab.NOBLE_TITLES or place is None \
                or not opening or tokens[end + 1].possessive:
            return None
        cue = " ".join(t.lower for t in tokens[max(0, start - 4):start])
        if re.search(r"\b(?:called|nicknamed|dubbed|styled|known as)\b", cue):
            return None  # "called her the Princess of Parallels": a nickname, no title
        mention = Mention((tokens[start].text, "of", place), index, evidence=True,
                          source=_sentence_source(document, block, tokens, start))
        mention.roles = self._after(block, tokens, end + 2, mention)[1]
        return self._add(mention)

    def _of_name_shape(self, words: list[str], before: Token | None,
                       following: Token | None) -> bool:
        """"inherited by Ernal of Vessmar": a given name (never a common word, place or
        title of the documents) with "of" and a place, after a verb or preposition, or
        opening a clause before its verb ("- Oraz of Dorah paid tribute")."""
        given = words[0]
        regnal = vocab.is_roman_numeral(words[1])  # "Otmar XIV of Varnia": a ruler
        placed = before is not None and before.word and not before.capitalised \
            and before.lower not in vocab.DETERMINERS \
            and before.lower not in vocab.PLACE_PREPOSITIONS \
            or (before is None or before.text in ";:") and following is not None \
            and following.word and not following.capitalised \
            and following.lower not in vocab.STOPWORDS  # "...; Dafo of Kessos sang"
        return (regnal or placed) \
            and given.lower() not in self.words.lowercase and not self._place_like(given) \
            and not vocab.role_part(given) and given.lower() not in vocab.MONTHS \
            and given.lower() not in vocab.OFFICE_HEADS and not vocab.listed_role(given.lower()) \
            and given.lower() not in THINGS_OF and not given.endswith("ing")  # "Building of X"

    def _title_split(self, run: list[Token], sentence_start: bool, after_the: bool) -> int:
        """How many leading tokens of the run are a title ("Prime Minister", "Count"), with
        the words that qualify it ("Polish", "Communist Party"), never a given name."""
        split = 0
        for k, token in enumerate(run[:-1]):
            if k == 0 and len(run) >= 3 and vocab.title_word(run[1].text) \
                    and not vocab.title_word(token.text) and (
                        after_the or vocab.adjective(token.lower)
                        or token.lower in self.words.lowercase
                        or run[1].lower not in vocab.RULER_TITLES | HONORIFICS or len(run) >= 4):
                continue  # "the Gentle King X", "Culture Minister X", "Wing King X Y": a title
            if vocab.title_word(token.text) or (k == 0 and sentence_start
                                                and self._role_opening(token)
                                                and token.lower not in vocab.NAME_PREFIXES) \
                    or k == 0 and len(run) >= 3 and token.lower in RELIGIOUS_ORDERS:
                split = k + 1
            elif k and (split == k or acronym(run[k - 1].text)) and (
                    self._role_opening(token) or vocab.role_head(token.lower)
                    and len(run) - k >= 3 and not token.lower.endswith("man")):
                # "Chief Designer X", "KSA Administrator X": titles (but "Sultan Veliman the
                # Radiant": a name in -man after a title)
                split = k + 1
            elif not (vocab.role_part(token.text) or self._place_like(token.text)
                      or acronym(token.text)):
                break
        return split

    def _role_opening(self, token: Token) -> bool:
        """A role noun capitalised by the sentence ("Astronaut X"): a listed one, or one the
        documents also use in lower case (not a surname such as "Walker")."""
        return vocab.role_head(token.text) or vocab.role_head(token.lower) and (
            vocab.listed_role(token.lower) or token.lower in self.words.lowercase) \
            and token.lower not in vocab.NOT_PERSON_MODIFIERS  # not "Communist Dorn"

    def _common(self, token: Token) -> bool:
        """A sentence's first word that the documents also use in lower case."""
        lower = token.lower
        if vocab.role_head(lower) or lower in vocab.NAME_PREFIXES:
            return False
        return lower in self.words.lowercase or lower in SENTENCE_VERBS

    def _common_thing(self, token: Token) -> bool:
        """A sentence's only capitalised word, shaped like a role but no listed one, that the
        documents also use in lower case ("March 3: Tanker sunk off the cape")."""
        return token.lower in self.words.lowercase and not vocab.listed_role(token.lower)

    def _place_like(self, word: str) -> bool:
        lower = word.lower()
        return (word in self.words.places or self.words.demonym(word)
                or lower in vocab.NOT_PERSON_MODIFIERS or lower in vocab.NOT_PERSON_WORDS)

    def _blocked(self, words: list[str], titled: bool, described: bool = False) -> bool:
        """Words that make the run an organisation, place, group, event or work (a title or
        life dates make some of them a person's: "Sir Harish Roy", "Harish Roy (1858 - ...)")."""
        lowered = [w.lower() for w in words]
        family_first = len(words) == 2 and HYPHENATED_GIVEN.match(words[1])  # "Pak Vi-ho"
        heads = lowered[1:] if lowered[0] in vocab.GIVEN_NAME_THINGS or family_first \
            else lowered
        if not vocab.NOT_PERSON_WORDS.isdisjoint(heads) \
                or not vocab.NUMBER_WORDS.isdisjoint(lowered) \
                or lowered[-1] in vocab.THING_LAST_WORDS:
            return True
        if len(words) == 1 and lowered[0] in FIELD_LABELS:
            return True  # "Title: King of X", an infobox's row
        if len(words) > 1 and lowered[-1] in vocab.WORK_TITLE_ENDS:
            return True  # "Arctic Letters", "Collected Papers": a work
        if len(words) > 1 and lowered[0] in NAME_ARTICLES and not titled:
            return True  # "El Puerto del Sol", "Le Vellois": a place or a paper
        if len(words) > 2 and any(lowered[k] in vocab.STOPWORDS
                                  and lowered[k] not in NAME_FUNCTION_WORDS
                                  and lowered[k] not in vocab.SURNAME_STOPWORDS
                                  and not vocab.is_roman_numeral(words[k])
                                  for k in range(1, len(words) - 1)):
            return True  # "Growing Up After the Flood": a title's words (but "Tam On": a name)
        if lowered[0] in vocab.MONTHS or lowered[-1] in vocab.MONTHS and not described:
            return True  # "April Laws", "Black January"; but "Ivo August Tamsky"
        if not titled and lowered[0] in vocab.NOT_PERSON_MODIFIERS:
            return True
        if lowered[0].startswith(("sant'", "sant’")):
            return True  # "Sant'Orso Vecchio": a church or place named for a saint
        if len(words) == 2 and not titled and len(lowered[0]) > 5 \
                and lowered[0].endswith(("ish", "ese", "ical")):
            # "Dornish Vellmark", "Tessine Kessia", "Classical Varnia": a place or field so
            # qualified; but "Sir Harish Roy", "Harish Chandra Roy": a given name of that ending
            return True
        if any(unlike_a_name_word(word) or self.words.demonym(word)
               and not (k == 0 and len(words) > 1 and _given_name_plural_shape(word))
               for k, word in enumerate(words)):
            return True  # (but "Orles Tam" beside "Orle": a given name)
        if all(INITIAL.match(word) for word in words):
            return True  # "A. B. C.": a pen-name of initials, no name of a person
        if len(words) > 1 and len(lowered[0]) > 5 and lowered[0].endswith(WORK_ADJECTIVES) \
                and lowered[-1].endswith("s") and not lowered[-1].endswith("ss"):
            return True  # "Scientific Letters", "Curious Papers": a periodical or a book
        if len(words) > 1 and words[-1].endswith("s") and words[0].endswith(
                ("an", "ean", "ese", "ish")) and words[-1][-2] not in "aiosu":
            return True  # "Kessian Tavars": a people; but "Chandan Das", "Kristian Thomas"
        return False

    def _common_surname(self, block: Block, tokens: list[Token], start: int, end: int,
                        words: list[str]) -> bool:
        """"the economist Ivo Law", "- **Ann Hall** – printer": a surname that is also a
        word of things, after a given name, a name opened by an article ("the painter El
        Vesco"), or a family name the text also puts in the plural
        ("- **Tessio Varnianus**: Roman general" and "the two Tessios"), with a role said of
        the person."""
        first, last = words[0], words[-1].lower()
        if len(words) not in (2, 3) or not name_word(first) or tokens[end - 1].possessive:
            return False
        if last in SURNAME_THINGS:
            if first.lower() in self.words.lowercase or self._place_like(first):
                return False
        elif first.lower() in NAME_ARTICLES or first.lower() in vocab.MONTHS:
            pass  # "the painter El Vesco", "the critic August Bell"
        elif not self.words.demonym(first) or first.lower().endswith(PEOPLE_ADJECTIVE_ENDINGS) \
                or self._place_like(words[-1]) or unlike_a_name_word(words[-1]) \
                or last in vocab.NOT_PERSON_WORDS:
            return False
        role = role_before(block, tokens, start) if start else None
        if role is None and end + 1 < len(tokens) and tokens[end].text in ("–", "—", ":"):
            role = role_forward(block, tokens, end + 1)  # notes: "X – Scottish economist"
        elif role is None and last in SURNAME_THINGS and apposition_role(block, tokens, end):
            role = role_forward(block, tokens, end + 1)  # "With Piet Hall, her cousin, ..."
        return role is not None and not weak_role(role) \
            and role.split(" of ")[0].split()[-1][0].islower()  # a calling, not "Fort Hall"

    def _blocked_by_context(self, block: Block, tokens: list[Token], start: int, end: int,
                            mention: Mention, titled: bool, of_name: bool) -> bool:
        """Contexts of things, not people: "the X", "in X", "the book X", "Y's X", "King of X"."""
        if end < len(tokens) and tokens[end].lower in ATTRIBUTED_EVENTS \
                and not tokens[end - 1].possessive \
                and end + 1 < len(tokens) and tokens[end + 1].word \
                and not vocab.role_head(tokens[end + 1].text):
            # "Failed Varsk offensive on X": a people or place qualifying a happening (but
            # notes' "X war minister", "A foreign minister, X war,": X's office)
            return True
        if not start:
            return False
        before = tokens[start - 1]
        if before.sentence != tokens[start].sentence:
            return False
        single = len(mention.words) == 1
        if _thing_by_word_before(block, tokens, start, end, mention, titled):
            return True
        if before.lower == "and" and start >= 3 and tokens[start - 3].lower in ("in", "at") \
                and tokens[start - 2].text in self.words.places \
                and (end == len(tokens) or tokens[end].lower not in ("in", "at", "from")):
            # "in Varna and Kessel Hale": a place listed with a place (but "by A in Varna and
            # B in Orsk": a reporter placed too); before a word maybe a clause's subject
            # ("settled in Varn and Ivo Tam followed them"), so no one unless named again
            if single and (end == len(tokens) or not tokens[end].word):
                return True
            mention.confirm_only = True
        if single and before.lower in PLACE_AGES and not before.capitalised:
            self.negative[mention.key] += 1
            return True  # "of colonial Varnia, the son of ...": a land in an age or part
        if single and before.text == "," and start >= 3 and tokens[start - 2].capitalised \
                and after_place_preposition(tokens, start - 2):
            self.negative[mention.key] += 1
            return True  # "born at Vass, Vestaland, the son of ...": the region of a place
        if before.text == "," and not titled and locality_of_building(tokens, start):
            self.negative[mention.key] += 1
            return True  # "buried in St Odile's Cemetery, Orley Heath": where it stands
        if not titled and before.lower in ("became", "becomes", "become") \
                and not (len(mention.words) == 2 and vocab.is_roman_numeral(mention.words[1])) \
                or appointed_to(tokens, start, end):  # (but "became Y II": a reign name)
            return True  # "he became Recorder of Deeds", "named him Minister Resident": offices
        if single and before.lower == "and" and start >= 3 and plural_name(tokens[start]) \
                and plural_name(tokens[start - 2]) and tokens[start - 3].lower == "the":
            return True  # "king of the Dornans and Kessards": peoples
        if before.lower in ("the", "a", "an") and not titled:
            self.negative[mention.key] += 1
            return not single or not of_name
        located = not titled and end + 1 < len(tokens) and tokens[end].lower == "in" \
            and tokens[end + 1].capitalised
        if located and before.lower == "between" and not single:
            # "divided its time between Rook Hollow in Kentshire and ...": a house, or two
            # people placed ("the rivalry between Ivo Tam in Varn and ..."): no one unless
            # named elsewhere
            mention.confirm_only = True
        elif located and (before.lower == "between" or before.lower == "of" and start >= 3
                          and tokens[start - 2].lower == "front"
                          and tokens[start - 3].lower == "in"):
            # "between Vorn in Kentshire and ...", "unveiled in front of Kessel Hale in Dorn":
            # a house or a building
            self.negative[mention.key] += 1
            return True
        if before.lower == "from" and start >= 2 and (
                tokens[start - 2].lower in BORROWING or start >= 3 and tokens[start - 2].word
                and not tokens[start - 2].capitalised and tokens[start - 3].lower in BORROWING):
            # "a code borrowed (much) from X": its author, unless a place; a single word
            # only confirms someone named before ("read X and Y ... borrowed from Y"; not
            # "borrowed from Arabic"), never one before a noun ("adapted from Welsh folk")
            if single and end < len(tokens) and tokens[end].word \
                    and not tokens[end].capitalised and tokens[end].lower not in vocab.STOPWORDS:
                return True
            mention.spoke = True
            mention.confirm_only = single and all(m.key != mention.key for m in self.mentions)
            return False
        # "in X", "occupied X", "moved to Puerto Vale", "the Orra Trail to Vilca Tarn"
        placed = before.lower in vocab.PLACE_PREPOSITIONS or before.lower in PLACE_VERBS \
            or before.lower == "to" and start >= 2 \
            and (tokens[start - 2].lower in MOTION_VERBS or tokens[start - 2].lower in PATHS)
        if placed and not tokens[end - 1].possessive and not (titled and not single) \
                and not regnal_name(tokens, start, end):
            # (but "from President Ada Roe": a titled name)
            if not single and (apposition_role(block, tokens, end) or any(
                    INITIAL.match(word) for word in mention.words[1:-1])
                    and not INITIAL.match(mention.words[-1])
                    or bracketed_work(tokens, end) is not None):
                # "a letter from X Y, the pilot,", "writers from Ada K. Roe to ...", "from X Y
                # (Quiet Current, 1950)": a person after all (but "in Vellton D. C.")
                return False
            self.negative[mention.key] += 1
            # "born in Halton, the daughter of ...": the apposition is the subject's
            return not single or before.lower in ("in", "at", "near", "into")
        if before.lower in BODIES and start >= 2 and tokens[start - 2].lower == "the" \
                and not titled:
            return True  # "the campaign Save Kessel Now": the body's name
        if called_thing(tokens, start):
            return True  # "a technique called Stucco Vellano", "a paste known as Terra Verde"
        if before.lower in vocab.WORK_NOUNS or before.lower in vocab.WORK_KINDS or \
                before.text == "," and start >= 2 and tokens[start - 2].lower in vocab.WORK_NOUNS:
            # "the book X", "the monthly X", "his book, X Y,": a work, here and where the text
            # names it again ("X argued for ...", as papers do)
            self.negative[mention.key] += 1
            return True
        if before.lower in vocab.WORK_VERBS and not titled and not tokens[end - 1].possessive:
            return True  # "edited Household Pages": a periodical
        if start >= 2 and (before.lower == "for" and tokens[start - 2].lower in vocab.WRITING_VERBS
                           or before.lower == "to" and tokens[start - 2].lower.startswith(
                               "contribut")):
            return True  # "wrote for Household Pages", "contributed to Family Words"
        if before.lower == "for" and not titled and start >= 2 and tokens[start - 2].capitalised \
                and any(vocab.title_word(t.text) for t in tokens[max(0, start - 5):start - 1]):
            # "Secretary of State for Foreign Affairs": the office's field (but "the Queen's
            # House at Greenholm for Queen X": a titled person)
            return True
        if before.possessive and before.capitalised and single and not titled:
            self.negative[mention.key] += 1
            return True
        regnal = len(mention.words) > 1 and vocab.is_roman_numeral(mention.words[-1])
        # "the Front of A. K. Vell": initials open a person's name, never a place's
        initials = len(mention.words) > 1 and bool(INITIAL.match(mention.words[0]))
        if before.lower == "of" and start >= 2 and not kin_of(tokens, start) and not regnal \
                and not initials and self._of_a_thing(block, tokens, start, mention):
            self.negative[mention.key] += 1
            return True
        if before.lower == "to" and start >= 2 and tokens[start - 2].lower in INSTITUTIONS_TO \
                and tokens[start - 2].capitalised:
            return True  # "the Committee to Rescue Kessian Art": the rest of its name
        return before.lower in ("of", "for") and not regnal and not initials \
            and institution_before(tokens, start) \
            and not self._force_of(block, tokens, start)

    def _of_a_thing(self, block: Block, tokens: list[Token], start: int,
                    mention: Mention) -> bool:
        """The noun before "of" and the name at start makes the name a thing's: an office's
        land ("King of X"), part of a place's or body's name ("the School of Fine Arts"), a
        happening's place (but not "the works of X", "the system of X", "the army of X")."""
        noun = tokens[start - 2]
        return not works_read(tokens, start - 2) and not idea_held(tokens, start - 2) \
            and noun.lower not in IDEAS and (
                (vocab.closed_role(noun.text)
                 or "-" in noun.text and vocab.title_word(noun.text))
                and not self._staff_of(noun, mention)
                or (len(mention.words) == 1 or noun.capitalised)
                and noun.lower in vocab.NOT_PERSON_WORDS
                and not self._force_of(block, tokens, start)
                or noun.lower in vocab.PLACE_EVENT_NOUNS)

    def _owned_after(self, block: Block, tokens: list[Token], after: int,
                     mention: Mention) -> tuple[bool, list[str]]:
        """What follows the possessive name that ends at after ("X's diary", "X's horsemen",
        "X's *Kessiad*"): whether it shows a person surely, and the roles it gives."""
        strong = False
        roles: list[str] = []
        if after + 1 < len(tokens) and vocab.DATED.match(tokens[after].lower):
            after += 1  # "X's 13th-century triptych", "X's 1505 fresco"
        following = tokens[after]
        mention.commands = force_led(block, tokens, after)
        if following.lower in vocab.PERSONAL_POSSESSIONS or after + 1 < len(tokens) \
                and not following.capitalised and following.word \
                and tokens[after + 1].lower in PERSONAL_WRITINGS:
            strong = True  # "X's diary", "X's eyewitness diary"
            writing = after + (following.lower not in PERSONAL_WRITINGS)
            if writing < len(tokens) and tokens[writing].lower in PERSONAL_WRITINGS:
                # what X wrote: "author of the eyewitness diary"
                roles.append(f"author of the {span_text(block, tokens, after, writing + 1)}")
        elif following.lower in vocab.FOLLOWER_NOUNS:
            mention.spoke = True  # "X's horsemen": a person unless X is a place
        elif (following.lower in vocab.WORK_NOUNS or following.lower in ("epic", "saga")) and (
                following.capitalised or following.lower not in ("history", "histories")
                or len(mention.words) > 1):
            strong = True  # but "Kessia's history of wars": a place's past
            roles.append(f"author of the {following.lower}"
                         + title_after(block, tokens, after + 1))
        elif following.lower in vocab.LED_DEEDS and len(mention.words) > 1:
            strong = True  # "Ivo Grett's rising": he led it (but "Kessia's revolt")
            roles.append(f"leader of the {following.lower}")
        elif title := self._italic_title(block, following) or _dated_title(tokens, after):
            strong = True  # "X's *Kessiad*", "X's Dorn in Turmoil of 1850"
            roles.append(f"author of {title}")
        return strong, roles

    def _context(self, block: Block, tokens: list[Token], start: int, after: int,
                 mention: Mention) -> tuple[bool, list[str], bool]:
        """(evidence, roles, strong evidence) from the words around tokens[start:after]."""
        if len(mention.words) == 1 and start >= 2 and tokens[start - 1].lower == "of" \
                and vocab.role_head(tokens[start - 2].text) and after < len(tokens) \
                and tokens[after].text == "," and tokens[start].text in self.words.places:
            return False, [], False  # "X, the queen mother of Evisu, who ..." (and "at Evisu")
        roles: list[str] = []
        strong = False
        one_word_place = len(mention.words) == 1 and tokens[start].text in self.words.places
        for finder in (role_before, led_by, founded_by, list_cue, agent_role, role_was,
                       leader_of, self._force_of):
            role = finder(block, tokens, start)
            if role and finder is leader_of and one_word_place:
                continue  # "the administration of X", X a place the documents name so
                # ("Northern X", "in X")
            if role:
                roles.append(role)
                # "the army under X", "the Varians under X": only people lead armies and peoples
                strong = strong or not weak_role(role) \
                    or not vocab.ARMED_FORCES.isdisjoint(role.lower().split()) \
                    or role.lstrip(LIST_ROLE).startswith("leader of ") \
                    and role.split()[-1] in MEMBER_BODIES \
                    or self._people_led(role, tokens[start].text)
        placed = one_word_place \
            and start >= 2 and tokens[start - 2].lower not in KIN_OF_NOUNS  # "the rule of X"
        if (kin_of(tokens, start) and not placed or object_of_personal_verb(tokens, start)) \
                and not name_in_apposition(tokens, after):
            strong = True  # but "the queen mother of Evisu, Ama Vessa, who ...": she is
        if start >= 2 and tokens[start - 1].lower == "title" and len(mention.words) == 1 \
                and tokens[start - 2].lower in ("the", "his", "her"):
            # "who took the title X", "known by his title X": a ruler's name (but "the title
            # Lantern King": a title)
            strong = True
        if start >= 3 and tokens[start - 1].text == "(" and tokens[start - 2].text in vocab.QUOTES \
                and after < len(tokens) and tokens[after].text == ")" \
                and tokens[start - 4].text not in vocab.QUOTES:
            # '"a geographical expression" (Mettor)': who said it (but '"revival"
            # (Obnova)': one word, a term in another language)
            strong = True
        mention.bare_role = len(roles) == 1 and roles[0] == tokens[start - 1].text \
            and len(mention.words) == 1 and start >= 2 \
            and tokens[start - 2].lower not in vocab.DETERMINERS
        if start >= 2 and tokens[start - 1].lower == "of" and (
                idea_held(tokens, start - 2) or tokens[start - 2].lower in ("reader", "readers")):
            # "defended the system of X", "a reader of X": its author, unless a place or a
            # paper the text names so
            mention.spoke = True
        if start >= 2 and tokens[start - 1].lower == "to" and (
                tokens[start - 2].lower in YIELDING or start >= 3 and tokens[start - 2].lower
                == "over" and tokens[start - 3].lower == "hands"):
            mention.spoke = True  # "Oskel surrenders to Marcan", "X hands over to Y"
        if start and tokens[start - 1].lower in MAKING_VERBS \
                and after + 1 < len(tokens) and not tokens[after].capitalised \
                and (role := role_forward(block, tokens, after + (tokens[after].lower == "as"),
                                          bare=True)):
            roles.append(role)  # "the pope appointed X cardinal in 1430"
            strong = strong or not weak_role(role)
        if start >= 2 and tokens[start - 1].lower == "by" \
                and (title := self._italic_title(block, tokens[start - 2], before=True)
                     or work_title_before(block, tokens, start - 1)):
            # "*Vita Ormi* by X", "Kessian Letters by X and Y": each an author
            roles.append(f"{LIST_ROLE}author of {title}")
            strong = True
        if tokens[after - 1].possessive and after < len(tokens):
            owner_strong, owner_roles = self._owned_after(block, tokens, after, mention)
            roles += owner_roles
            strong = owner_strong or strong
            return bool(roles) or strong, roles, strong
        if after + 1 < len(tokens) and tokens[after].text == "," \
                and (title := self._italic_title(block, tokens[after + 1])):
            # notes: "X, *Histories*, book 5"; an entry of a reading list is a minor figure
            mention.minor = start == 0 or tokens[start - 1].text in (";", ":")
            return True, roles + [f"author of {title}"], True
        if (work := whose_work(block, tokens, after)) is not None:
            return True, roles + [work], True  # "X, whose 2004 book Cold Water is ..."
        found, after_roles, after_strong = self._after(block, tokens, after, mention)
        entry = after_roles and self._entry_subject(block, tokens, start, after)
        if entry:  # "- X – eldest son of Y, emperor": X's second role, not Y's
            entry.roles += [clean_role(r) for r in after_roles]
            return bool(roles) or strong, roles, strong
        return bool(roles) or found or strong, roles + after_roles, strong or after_strong

    def _entry_subject(self, block: Block, tokens: list[Token], start: int,
                       after: int) -> Mention | None:
        """The person a line of notes is about ("- X – son of Y, emperor") when the name at
        start stands inside X's role phrase ("of Y") and a bare role follows it."""
        if block.kind != "line" or start < 3 or tokens[start - 1].lower != "of" \
                or after + 1 >= len(tokens) or tokens[after].text != "," \
                or tokens[after + 1].lower in vocab.DETERMINERS or not self.recent \
                or self.recent[2] is not block:
            return None
        dash = next((k for k in range(1, min(start, 6)) if tokens[k].text in ("–", "—", ":")),
                    None)
        subject = self.recent[1]
        return subject if dash is not None and subject.words[-1] == tokens[dash - 1].text \
            else None

    def _italic_title(self, block: Block, token: Token, before: bool = False) -> str | None:
        """The title in italics ("*Kessiad*", "_Res Varnae_") that the capitalised token
        opens (or, ``before``, that the token closes), as the original file has it."""
        original = self.document.original
        if before:
            end = block.offsets[token.end - 1] + 1
            mark = next((m for m in ITALICS if original.startswith(m[1], end)), None)
            start = original.rfind(mark[0], max(0, end - 80), end) if mark else -1
            if start < 0 or mark[0] in "*_" and original[start - 1:start] == mark[0]:
                return None  # no italics, or bold ("**X**")
            title = original[start + len(mark[0]):end]
        else:
            if not token.capitalised:
                return None
            start = block.offsets[token.start]
            mark = next((m for m in ITALICS if original.endswith(m[0], 0, start)), None)
            if mark is None or mark[0] in "*_" and original[start - 2:start - 1] == mark[0]:
                return None
            end = original.find(mark[1], start, start + 80)
            title = original[start:end] if end > start else ""
        return title if title[:1].isupper() and "\n" not in title else None

    def _people_led(self, role: str, name: str) -> bool:
        """"leader of the Varians" (a people the documents name) said of a name no place."""
        group = role.rsplit(None, 1)[-1]  # "Varians": a people, not a family ("the Holms")
        return role.lstrip(LIST_ROLE).startswith("leader of ") and group[0].isupper() \
            and group.endswith("s") and not group.endswith("ss") \
            and group[:-1] not in self.words.families and name not in self.words.places

    def _staff_of(self, role: Token, mention: Mention) -> bool:
        """"the nurses of Agnes Tallis": people in someone's service; a plural calling before
        a full name whose words are no place's ("the bishops of New Varnia": a realm)."""
        one = vocab.singular(role.lower)
        return not role.capitalised and role.lower != one and one not in vocab.REALM_HOLDERS \
            and len(mention.words) >= 2 \
            and not any(self._place_like(word) for word in mention.words)

    def _force_of(self, block: Block, tokens: list[Token], start: int) -> str | None:
        """"the Varian fleet of X", "the Ever Faithful Army of X Y": X commands it, unless X
        is a place ("the army of Kessia", "the Army of Kessia")."""
        force = tokens[start - 2] if start >= 2 else None
        if force is None or tokens[start - 1].lower != "of" or force.lower not in FORCES \
                or tokens[start].text in self.words.places:
            return None
        if force.capitalised and not (start + 1 < len(tokens) and name_token(tokens[start + 1])):
            return None  # "the Army of Kessia": a single word after a named army is a place
        first = start - 2
        while first > 0 and start - first < 5 and tokens[first - 1].capitalised \
                and tokens[first - 1].word and tokens[first - 1].lower not in vocab.STOPWORDS:
            first -= 1  # "the Varian fleet"
        return f"commander of the {span_text(block, tokens, first, start - 1)}"

    def _after(self, block: Block, tokens: list[Token], j: int,
               mention: Mention) -> tuple[bool, list[str], bool]:
        """Evidence and roles after the name: life dates, apposition, "who", predicate."""
        n = len(tokens)
        if j >= n or tokens[j].sentence != tokens[j - 1].sentence:
            return False, [], False
        j = _past_realm_and_other_name(tokens, j)
        if j >= n:
            return False, [], False
        strong = bracketed = False
        if tokens[j].text == "(":
            found, j, strong, bracketed = self._bracket_after(block, tokens, j, mention)
            if found is not None:
                return found
        if j < n and (roles := self._entry_after(block, tokens, j)):
            return True, roles, not weak_role(roles[0])
        if j < n and tokens[j].text == ",":
            found, j = self._apposition(block, tokens, j + 1, mention, strong, bracketed)
            if found is not None:
                return found
        if (found := self._role_stated_after(block, tokens, j)) is not None:
            return found
        strong = _verb_cues(tokens, j, mention) or strong
        first = j - len(mention.words)
        # "went to X dressed as pilgrims": the participle is the subject's, X a place
        placed = first > 0 and tokens[first - 1].lower in PLACE_OBJECT_WORDS \
            and j + 1 < n and tokens[j + 1].lower == "as"
        role = not placed and predicate_role(block, tokens, j, len(mention.words) == 1) \
            or block.kind == "line" and arrow_role(block, tokens, j) \
            or j < n and tokens[j].lower in vocab.PLACE_TO \
            and role_as_after_place(block, tokens, j) \
            or deed_role(block, tokens, j) or second_deed_role(block, tokens, j) \
            or j < n and tokens[j].lower in OFFICE_DEEDS and deed_of_office(block, tokens, j)
        if role:
            return True, [role], strong or not weak_role(role)
        mention.deed = mention.deed or deed_phrase(block, tokens, j)
        return strong, [], strong

    def _bracket_after(self, block: Block, tokens: list[Token], j: int, mention: Mention
                       ) -> tuple[tuple[bool, list[str], bool] | None, int, bool, bool]:
        """The bracket opening at j after the name: a role said in it ("Lin Qiao (Tao's
        wife)") as the finding, or where reading goes on, whether it held life dates, and
        whether it closed."""
        n = len(tokens)
        close = next((k for k in range(j, min(n, j + 40)) if tokens[k].text == ")"), None)
        if close is None:
            return None, j, False, False
        strong = bool(LIFE_DATES.match(block.text[tokens[j].start:tokens[close].end]))
        inside = self._bracketed_nickname(tokens, j + 1, mention)
        if inside < n and tokens[inside].lower in vocab.APPOSITION_ADVERBS:
            inside += 1  # "X (now President of Y)"
        role = None if strong else role_forward(block, tokens, inside) \
            or self._title_said_with_the(tokens, inside)
        if role and close < n and tokens[role_end(tokens, inside)].text in ",;)":
            # "Lin Qiao (Tao's wife)", "X (Holy Roman Emperor, 1702–19)"
            return (True, [role], not weak_role(role)), j, strong, False
        return None, close + 1, strong, True

    def _entry_after(self, block: Block, tokens: list[Token], j: int) -> list[str]:
        """Notes: "X (1583–1634): imperial general", a table's "X: 610 - 560 BCE; founder
        of ..." (but "| leader = Y": a field); "X: led the Tory peers"."""
        if tokens[j].text not in (":", "–", "—", "-", "|", "=") or \
                tokens[j].text == "|" and any(t.text == "=" for t in tokens[j + 1:j + 4]):
            return []
        roles = entry_roles(block, tokens, _past_dates(tokens, j + 1))
        if not roles and block.kind == "line":
            roles = _one(deed_role(block, tokens, j + 1)
                         or self._title_said_with_the(tokens, j + 1))
        return roles

    def _apposition(self, block: Block, tokens: list[Token], j: int, mention: Mention,
                    strong: bool, bracketed: bool
                    ) -> tuple[tuple[bool, list[str], bool] | None, int]:
        """What the words after the name's comma (at j) say of it: the finding, or where
        reading goes on past a descriptive apposition."""
        n = len(tokens)
        if j < n and tokens[j].lower in ("was", "is") and bracketed:
            # "X (born Y; 1702 – 1770), was Queen of Z": the lead's predicate
            role = predicate_role(block, tokens, j, len(mention.words) == 1)
            return (True, [role] if role else [], True), j
        if j + 1 < n and tokens[j].text.isdigit() and tokens[j + 1].text == ",":
            j += 2  # "X, 45, a welder": an age before the apposition
        if j + 1 < n and tokens[j].lower in vocab.NUMBER_WORDS and tokens[j + 1].lower != "of" \
                and (role := fellows(block, tokens, j)):
            return (True, [role], not weak_role(role)), j  # "A and X, two ferrymen from ..."
        if j < n and tokens[j].lower in ("who", "whom"):
            clause = clause_role(block, tokens, j + 1)
            # "X, who later shunned the press, was an engineer": the profession too.
            rest = past_clause(tokens, j + 1)
            role = rest and predicate_role(block, tokens, rest)
            return (True, [r for r in (clause, role) if r], True), j
        j = _past_apposition_openers(tokens, j)
        if self._peerage(tokens, j, mention):
            return (True, [span_text(block, tokens, j, role_end(tokens, j))], True), j
        if len(mention.words) == 1 and self._epithet_at(tokens, j):
            # "Ivo, the Red Prince, ...": the name the text then calls him by
            epithet = Mention((tokens[j + 1].text, tokens[j + 2].text), mention.document,
                              source=mention.source, evidence=True)
            self._add(epithet)
            self.links.append((mention.key, epithet.key))
            return (True, [], True), j
        if role := capitalised_apposition(block, tokens, j):
            return (True, [role], True), j
        role = role_forward(block, tokens, j)
        if role and (apposition_of_next(block, tokens, j) or new_clause(tokens, j)
                     or role.startswith(LIST_ROLE) and _next_list_item(tokens, j)):
            return (strong, [], strong), j
        if role:
            known = next((k for k in range(j + 1, role_end(tokens, j))
                          if tokens[k].lower in KNOWN_AS_WORDS), None)
            if known is not None:  # "X, a young widow known as Della,": another name
                self._known_as(tokens, known, mention)
            # "X, the son of a baker, became a priest": the predicate too
            rest = past_clause(tokens, j)
            more = rest and predicate_role(block, tokens, rest)
            return (True, [r for r in (role, more) if r], strong or not weak_role(role)), j
        _describe_by_of_phrase(block, tokens, j, mention)
        # Past a descriptive apposition ("X, a "new man" from Y, was elected consul").
        close = next((k for k in range(j, min(n, j + 12)) if tokens[k].text in ",.;"), None)
        if close is None or tokens[close].text != "," or name_in_apposition(tokens, j - 1):
            return (strong, [], strong), j  # "of X, Ama Vessa, who ...": the clause is hers
        if tokens[j].lower in ("a", "an") and close - j <= 4 and all(
                t.word and not t.capitalised for t in tokens[j + 1:close]):
            # "X, a vaudeville acrobat, dropped ...": what X was, if no role is given
            mention.described = span_text(block, tokens, j + 1, close)
        return None, close + 1

    def _role_stated_after(self, block: Block, tokens: list[Token],
                           j: int) -> tuple[bool, list[str], bool] | None:
        """A role the clause after the name states outright ("who ...", "X succeeded Y as
        Bishop of Kelos", "X chairs the War Council"), or None."""
        n = len(tokens)
        if j < n and tokens[j].lower == "who":
            clause = clause_role(block, tokens, j + 1)
            return True, [clause] if clause else [], True
        if j + 3 < n and tokens[j].lower in ("was", "is") and tokens[j + 2].text == "," and (
                tokens[j + 1].text.isdigit() or tokens[j + 1].lower in vocab.NUMBER_WORDS) \
                and (role := role_forward(block, tokens, j + 3)):
            return True, [role], not weak_role(role)  # "X was twenty, a law student, when ..."
        if j + 2 < n and tokens[j].lower == "and" and (
                tokens[j + 1].lower in vocab.NUMBER_WORDS or tokens[j + 1].text.isdigit()) \
                and (role := fellows(block, tokens, j + 2)):
            return True, [role], not weak_role(role)  # "X and six noble conspirators killed ..."
        if j + 3 < n and tokens[j].lower in ("succeeded", "replaced") and run_start(tokens, j + 1):
            k = run_end(tokens, j + 1)  # "X succeeded Y as Bishop of Kelos"
            if k + 1 < n and tokens[k].lower == "as" and (
                    role := role_forward(block, tokens, k + 1)):
                return True, [role], not weak_role(role)
        if j + 1 < n and tokens[j].lower == "in" and tokens[j + 1].lower in ("command", "charge"):
            end = role_end(tokens, j)  # "left Orvantas in command", "X in charge of the fleet"
            role = re.sub(r"^in command\b", "commander",
                          span_text(block, tokens, j, min(end, j + 6)))
            return True, [role], True
        if j + 1 < n and tokens[j].lower in ("publishes", "published") \
                and (title := self._italic_title(block, tokens[j + 1])):
            return True, [f"author of {title}"], True  # "X publishes *Title*": its author
        if (role := heads_body(block, tokens, j)) is not None:
            return True, [role], True  # notes: "X chairs the War Council"
        if block.kind == "line" and j + 1 < n and tokens[j].lower in NOTES_MAKING \
                and not tokens[j + 1].capitalised and not tokens[j + 1].text.isdigit() \
                and tokens[j + 1].lower not in vocab.NUMBER_WORDS | vocab.DETERMINERS \
                and (role := role_forward(block, tokens, j + 1, bare=True)) \
                and not weak_role(role) \
                and vocab.singular(role.split()[-1]) == role.split()[-1]:
            return True, [role], True  # notes: "X elected pope", "X appointed chancellor"
        return None

    def _epithet_at(self, tokens: list[Token], j: int) -> bool:
        """"the Red Prince" at j, closed by punctuation: a capitalised word that is no title,
        office's prefix, people's or land's adjective, then a ruler's title."""
        if j + 3 >= len(tokens) or tokens[j].lower != "the" or tokens[j + 3].word:
            return False
        word, title = tokens[j + 1], tokens[j + 2]
        return word.capitalised and word.word and title.lower in vocab.RULER_TITLES \
            and title.capitalised and not vocab.title_word(word.text) \
            and word.lower not in vocab.TITLE_PREFIXES and not self._place_like(word.text) \
            and not word.lower.endswith(LAND_ADJECTIVE_ENDINGS)

    def _peerage(self, tokens: list[Token], j: int, mention: Mention) -> bool:
        """"X, Baron Tolby, led ...", "- X, Lord Vask - ...": the title X holds, by which
        "Tolby" alone also names X (not "A, Baron B and Earl C": a list)."""
        n = len(tokens)
        if j + 2 >= n or tokens[j].lower not in PEERS:
            return False
        name = j + 1
        while name + 2 < n and tokens[name].lower in vocab.PARTICLES:
            name += 1  # "comte de Varelle", "Marquis de Tolby"
        if not name_token(tokens[name]) or tokens[name].possessive:
            return False
        stop = tokens[name + 1] if name + 1 < n else tokens[name]
        if name + 1 < n and (stop.text not in ("-", "–", "—", ":", ")", ",", ";", ".")
                             or stop.text == "," and (name + 2 >= n
                                                      or tokens[name + 2].capitalised
                                                      or tokens[name + 2].lower in ("and", "or"))):
            return False
        title = " ".join(t.lower for t in tokens[j + 1:name + 1])
        self.links.append((mention.key, title))
        self.peerages[title] = mention
        return True

    def _known_as(self, tokens: list[Token], j: int, mention: Mention) -> None:
        """"Adela II (...), known as Adela the Great": another name of the person."""
        k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
        if k >= len(tokens) or tokens[k].sentence != tokens[j - 1].sentence \
                or tokens[k].lower not in KNOWN_AS_OPENERS and tokens[k].text != "(":
            return  # most names: no cue follows (a quick look before the full one)
        if tokens[k - 1].lower == "was" and tokens[k].lower in CROWNED:
            k -= 1  # "... He was crowned Emperor Y I": the pronoun's "was"
        # "known (after his death) as", "(Polish: ...), known simply as"
        cue_at = _words_outside_brackets(tokens, k, 6)
        if cue_at and tokens[cue_at[0]].text == ",":
            cue_at = cue_at[1:]
        cue = " ".join(tokens[c].lower for c in cue_at)
        match = KNOWN_AS_CUE.match(cue)
        if not match:
            return
        k = cue_at[len(match.group().split()) - 1] + 1
        if k < len(tokens) and run_start(tokens, k):
            end = run_end(tokens, k)
            words = tuple(t.text for t in tokens[k:end])
            titled = None
            if len(words) > 1 and words[0].lower() in vocab.RULER_TITLES:
                titled, words = " ".join(words), words[1:]  # "Emperor X": X, so titled
            self.links.append((self._full_key(mention), " ".join(words).lower()))
            # "X, born Y", "X, personal name Y": a name the person had first, never the name
            first_name = match.group().split()[-1] in FORMER_NAME_CUES | {
                "name", "himself", "herself"}  # (or a name taken: "proclaims himself Y")
            self._add(Mention(words, mention.document, source=mention.source,
                              default_ok=len(words) > 1, titled=titled, secondary=first_name))
            if len(words) == 1 and len(mention.words) > 1:
                self.short_names[words[0]] = mention

    def _bracketed_nickname(self, tokens: list[Token], k: int, mention: Mention) -> int:
        """"X Y ("Z", leader of the League)": Z, quoted first in the bracket, is another name
        of X Y; where the rest of the bracket starts (k if no name is quoted there)."""
        if k + 3 >= len(tokens) or tokens[k].text not in vocab.QUOTES \
                or not tokens[k + 1].capitalised:
            return k
        end = k + 1
        while end < len(tokens) and end - k <= 3 and tokens[end].capitalised and tokens[end].word:
            end += 1
        if end + 1 >= len(tokens) or tokens[end].text not in vocab.QUOTES \
                or tokens[end + 1].text not in ",;)":
            return k
        nickname = " ".join(t.text for t in tokens[k + 1:end]).lower()
        self.links.append((self._full_key(mention), nickname))
        return end + 2

    def _full_key(self, mention: Mention) -> str:
        """The key of the full name a surname alone stands for in the document so far
        ("Dessa" after "Jean Dessa"), else the mention's own key."""
        if len(mention.words) > 1:
            return mention.key
        if mention.key in self.peerages:  # "Mira, Lady Halvey, born Ana Lind": Mira's
            return self.peerages[mention.key].key
        known = itertools.takewhile(lambda m: m.document == mention.document,
                                    reversed(self.mentions))
        return next((m.key for m in known if len(m.words) > 1 and not m.blocked
                     and m.words[-1] == mention.words[0]
                     and not vocab.titles_of_both_sexes(m.titled, mention.titled)), mention.key)

    def _title_said_with_the(self, tokens: list[Token], j: int) -> str | None:
        """"Sapa Orra" at j (capitalised words up to a stop) that the document also says as
        "the Sapa Orra" with no name after it: a title left untranslated."""
        end = j
        while end < len(tokens) and end - j < 3 and tokens[end].capitalised \
                and tokens[end].word and not tokens[end].possessive:
            end += 1
        if end == j or end < len(tokens) and tokens[end].word:
            return None
        phrase = " ".join(t.text for t in tokens[j:end])
        said = re.search(rf"\bthe {re.escape(phrase)}\b(?! [A-Z])", self.document.original)
        return phrase if said else None

    def _parenthetical_alias(self, tokens: list[Token], j: int, mention: Mention) -> int:
        """"Tessius (Orrin Tessius Magnus)", "Orvian (later Sebastor)": one person.
        Returns where reading goes on (after the parentheses when they held a name)."""
        if j >= len(tokens) or tokens[j].text != "(":
            return j
        close = next((k for k in range(j, min(len(tokens), j + 30)) if tokens[k].text == ")"),
                     None)
        if close is None:
            return j
        if tokens[j + 1].text in vocab.QUOTES:
            return j  # "Tianlo ("Bright Capital")": a translation, no other name
        if len(mention.words) == 1 and self._group_before(tokens[j - 1]):
            return j  # "Varnists (A)": a party's member, no other name of the party
        former = tokens[j + 1].lower in FORMER_NAME_CUES
        if former:  # "(born Ada Greene; 4 June 1851 – ...)": the birth name, then dates
            part = next(k for k in range(j + 1, close + 1) if tokens[k].text in ",;)")
        elif close - j > 8:
            return j
        else:
            part = close
        words = [t for t in tokens[j + 1:part] if t.word]
        if words and (words[0].lower in FORMER_NAME_CUES or words[0].lower in ("later", "also")):
            words = words[1:]
        if any(t.text == "," for t in tokens[j + 1:part]) \
                or any(t.lower in vocab.NOT_PERSON_WORDS for t in words):
            return j  # "Varn (Hôtel de Ville, Palais-Vell)": a list of places, no other name
        if not words or not all(name_token(t) or t.lower in vocab.PARTICLES
                                or t.lower in ("the", "of") for t in words) \
                or any(t.text.isupper() and len(t.text) > 1 and not vocab.is_roman_numeral(t.text)
                       for t in words) \
                or len(words) > 1 and words[0].lower in NAME_ARTICLES:
            return j  # "(KTO)", but "(Sigur II)"; "Orsino (Las Vellas)": where he won
        other = tuple(t.text for t in words)
        if not former and self._title_said_with_the(tokens, j + 1):
            return j  # "Tupa Varn (Sapa Orra)" beside "the Sapa Orra": a title (see _after)
        self.links.append((mention.key, " ".join(other).lower()))
        titled = len(other) == 2 and vocab.title_word(other[0])  # "(later Viscount Y)"
        self._add(Mention(other, mention.document, source=mention.source,
                          default_ok=len(other) > 1, secondary=former or titled))
        return close + 1 if part == close else j


def _past_realm_and_other_name(tokens: list[Token], j: int) -> int:
    """Past what stands between a name and what is said of it: a realm ("Otmar V of the
    Vellmark – elector"), or another name before the life dates ("X, often known by his
    initials Y, (born ...), Korean politician")."""
    n = len(tokens)
    if tokens[j].lower == "of" and j + 2 < n and tokens[j + 1].lower == "the" \
            and tokens[j + 2].capitalised:
        j += 2
        while j < n and tokens[j].capitalised and tokens[j].word:
            j += 1
    if j + 2 < n and tokens[j].text == "," \
            and any(t.lower in KNOWN_AS_WORDS for t in tokens[j + 1:j + 3]):
        comma = next((k for k in range(j + 2, min(n, j + 12)) if not tokens[k].word), n)
        if comma + 1 < n and tokens[comma].text == "," and tokens[comma + 1].text == "(":
            j = comma + 1
    return j


def _past_apposition_openers(tokens: list[Token], j: int) -> int:
    """Past the words opening an apposition before what it says of the name: "X, now a
    professor,", "X, himself a veteran,", "X, aged 45, a farmer", "X, now 71 and a teacher"."""
    n = len(tokens)
    while j + 1 < n and (tokens[j].lower in vocab.APPOSITION_ADVERBS or tokens[j].lower
                         in vocab.QUALIFIERS and tokens[j + 1].lower in ("the", "a", "an")):
        j += 1
    if j + 2 < n and tokens[j].lower == "aged" and tokens[j + 2].text == ",":
        j += 3
    if j + 2 < n and tokens[j].text.isdigit() and tokens[j + 1].lower == "and":
        j += 2
    return j


def _describe_by_of_phrase(block: Block, tokens: list[Token], j: int,
                           mention: Mention) -> None:
    """"X, the margrave of Sarn": what X was, if X is someone and no role is given
    (never evidence: "Sarn, the capital of Varn" says the same of a town)."""
    n = len(tokens)
    if j + 3 < n and tokens[j].lower == "the" and tokens[j + 1].lower.isalpha() \
            and not tokens[j + 1].capitalised and tokens[j + 2].lower == "of" \
            and tokens[j + 3].capitalised and mention.described is None:
        k = j + 3
        while k < n and tokens[k].capitalised and tokens[k].word:
            k += 1
        mention.described = span_text(block, tokens, j + 1, k)


def _verb_cues(tokens: list[Token], j: int, mention: Mention) -> bool:
    """Whether the verb after the name shows a person surely ("X died", "X refuses the
    throne"); marks the mention as someone ``spoke`` of where a verb shows a doer."""
    n = len(tokens)
    strong = j < n and tokens[j].lower in vocab.PERSON_VERBS or j + 1 < n \
        and tokens[j].lower in ("both", "all", "each", "also", "later") \
        and tokens[j + 1].lower in vocab.PERSON_VERBS  # "A and X both died"
    if j + 2 < n and tokens[j + 1].lower == "the" and (
            tokens[j].lower in THRONE_VERBS and tokens[j + 2].lower in ("throne", "crown")
            or tokens[j].lower in YIELDING and tokens[j + 2].lower in vocab.PLACE_EVENT_NOUNS):
        strong = True  # "X refuses the throne", "X surrenders the town to Y"
    if j + 3 < n and tokens[j].lower == "hands" and tokens[j + 1].lower == "over" \
            and tokens[j + 2].lower == "to" and tokens[j + 3].capitalised:
        mention.spoke = True  # "X hands over to Y": someone, unless the documents' place
    first = j - len(mention.words)
    if (j < n and (tokens[j].lower in SPEECH_VERBS or tokens[j].lower in ACTION_VERBS)
            or j + 1 < n and tokens[j].lower in STANCE_VERBS
            and tokens[j + 1].lower in ("him", "her")) \
            and not (first > 0 and tokens[first - 1].lower in ARTICLE_OR_NUMBER):
        # "X opposed him": someone, unless the documents' place (but "the three Vellish
        # states": a noun after a qualifier)
        mention.spoke = True
    if (j + 1 < n and tokens[j].lower in ("was", "were", "had")
            and tokens[j + 1].lower in vocab.PERSON_VERBS | {"killed", "last"}):
        strong = True
    if j < n and tokens[j].lower in FATES and (
            j + 1 == n or not tokens[j + 1].word or tokens[j + 1].lower in vocab.FATE_LINKS
            or day_phrase(tokens, j + 1)):
        strong = True  # notes: "X killed at Thyra", "X wounded by an arrow", "X wounded"
        mention.spoke = True  # a single name too, unless the documents' place
    return strong


def _thing_by_word_before(block: Block, tokens: list[Token], start: int, end: int,
                          mention: Mention, titled: bool) -> bool:
    """A thing by the word before the run: a gloss, a possession ("his Secret Speech"), a
    body someone heads, a ship, a people led, an origin, a seat or church."""
    before = tokens[start - 1]
    single = len(mention.words) == 1
    if before.text in vocab.QUOTES and start >= 2 and tokens[start - 2].text == "(" \
            and end < len(tokens) and tokens[end].lower == "of":
        return True  # "called Baz-e-Tarn ("Hawk of the Tarn")": an epithet's gloss
    if before.lower in ("his", "her", "its", "their", "our", "my", "your") and not titled:
        return True  # "his Secret Speech": a thing someone has
    if heads_body(block, tokens, start - 1 - (before.lower == "the")) is not None \
            and not titled and tokens[start - 2 - (before.lower == "the")].capitalised:
        return True  # "X chairs (the) War Council": the body X heads
    if after_vessel_noun(tokens, start):
        return True  # "the steamers Vessa and Tarno": ships
    if single and end < len(tokens) and tokens[end].lower == "under" \
            and plural_name(tokens[start]):
        return True  # "Kessarians under Elector X, Dornans under Y": peoples led
    if single and origin_place(tokens, start):
        return True  # "a stoker from Dravik", "a boy from Orsland, Norland": places
    if tokens[end - 1].possessive and any(t.lower in SAINTS for t in tokens[start + 1:end]) \
            and (end == len(tokens) or not tokens[end].word or tokens[end].lower
                 in vocab.STOPWORDS):
        return True  # "elected for Varn St Odo's but ...": a seat or church, no one's
    return False


def _parent_cue_before(tokens: list[Token], start: int) -> bool:
    """A word that may open a parent's name ("of", "to", "and") up to three words before the
    name at start: "the son of A", "born to the painter A"."""
    return start >= 2 and (tokens[start - 1].lower in PARENT_CUES
                           or start >= 4 and (tokens[start - 2].lower in PARENT_CUES
                                              or tokens[start - 3].lower in PARENT_CUES))


def _role_right_after(block: Block, tokens: list[Token], end: int) -> str | None:
    """The role the lowercase words right after a one-word name at ``end`` start ("X foreign
    minister", "Swedish marshal"), unless they head a body or say X was made something."""
    if end < len(tokens) and not tokens[end].capitalised \
            and tokens[end].word and not tokens[end - 1].possessive \
            and tokens[end].lower not in NOTES_MAKING \
            and (role := role_forward(block, tokens, end)) \
            and heads_body(block, tokens, end) is None:
        return role
    return None


def _thing_by_its_place(tokens: list[Token], start: int, end: int, after: int,
                        words: list[str], stripped: bool, titled: bool) -> bool:
    """Whether the words around the name tokens[start:end] make it a thing: a place, a
    work, a paper or part of a longer foreign name."""
    if stripped and not titled and start and tokens[start - 1].lower == "the" \
            and tokens[start].lower in vocab.NOT_PERSON_MODIFIERS \
            and not vocab.is_roman_numeral(words[-1]):  # but "the Calvinist Otto IV"
        return True  # "the New Safe Arch": a thing so qualified
    if stripped and not titled and start \
            and tokens[start - 1].lower in vocab.PLACE_PREPOSITIONS:
        return True  # "at Ven Tam Lo": a place whose first word names places too
    if start >= 2 and tokens[start - 1].lower in NAME_LINKS and tokens[start - 2].capitalised:
        return True  # "the Bottega delle Arti Tessine": the tail of one foreign name
    if start >= 2 and tokens[start - 1].lower == "of" \
            and tokens[start - 2].lower in MAKERS_OF_THINGS and not tokens[end - 1].possessive:
        return True  # "editor of Le Père Tarrant": a paper (but "editor of Vell's works")
    return not titled and (year_follows(tokens, after)
                           and not (start and tokens[start - 1].lower
                                    == "by")  # "edited by X (2004)"
                           or work_apposition(tokens, end)
                           or in_a_work(tokens, end)
                           or qualifies_troops(tokens, end)
                           or place_gloss(tokens, end)) \
        or names_a_thing(tokens, start, end) or fictional(tokens, start, end) \
        or in_law_title(tokens, start, end)


def _bracketed_after_name(tokens: list[Token], after: int) -> tuple[list[str], int]:
    """A bracket right after the name that names its work or its epithet ("X (Title, 1950)"),
    or a citation ("X (in ...)"): the roles it gives and where reading goes on."""
    if after + 5 < len(tokens) and tokens[after].text == "(":  # (most names: none)
        if work := bracketed_work(tokens, after):
            return [f"author of {work[0]}"], work[1]
        if epithet := bracketed_epithet(tokens, after):
            return [epithet[0]], epithet[1]
    elif after + 5 < len(tokens) and tokens[after + 1].lower == "in":
        return [], citation_after(tokens, after)
    return [], after


def _role_said(tokens: list[Token], i: int) -> bool:
    """"..., the historian argues": a role noun after a comma that says something of the
    subject named before it."""
    return 0 < i < len(tokens) - 2 and tokens[i - 1].text == "," \
        and tokens[i + 2].lower in ARGUING and not tokens[i + 1].capitalised \
        and vocab.role_head(tokens[i + 1].lower) and tokens[i + 1].lower not in vocab.QUALIFIERS


def _speaker_role(tokens: list[Token], i: int) -> str | None:
    """'"...," says the retired nurse, now 82.' or "The retired baker, 77, was born ..." with
    "the" at i: the role of someone the paragraph named just before, else None."""
    aged = opens_sentence(tokens, i) and i + 4 < len(tokens)  # "The retired baker, 77,"
    if not aged and (i < 3 or tokens[i - 1].lower not in SAYING
                     or tokens[i - 2].text not in vocab.QUOTES):
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k].word and not tokens[k].capitalised \
            and (tokens[k].lower in vocab.QUALIFIERS or vocab.adjective(tokens[k].lower)):
        k += 1  # "the retired", "the former"
    if k + 1 >= len(tokens) or tokens[k + 1].text not in (",", ".") or tokens[k].capitalised \
            or not vocab.role_head(tokens[k].lower):
        return None
    if aged and not (k + 3 < len(tokens) and tokens[k + 1].text == ","
                     and tokens[k + 2].text.isdigit() and tokens[k + 3].text == ","):
        return None
    return " ".join(t.text for t in tokens[i + 1:k + 1])


EPITHET_ARTICLES = frozenset("il la le el lo the".split())  # '"il Re Buono"'


def _nickname_of_subject(block: Block, tokens: list[Token], quote: int) -> bool:
    """"- X - led the horse (nicknamed "Black Y")", "- X - queen; pamphlets called her
    "Madame Y"", "- X - first king; "il Re Buono"": a quoted nickname after a plain word, a
    pronoun or, on a line of notes, a semicolon is the nickname of the person the line or
    sentence is about."""
    cue, before = tokens[quote - 1], tokens[quote - 2]
    if cue.text == ";":
        return block.kind == "line"
    if cue.lower in ("him", "her"):
        return before.lower in ("called", "named", "nicknamed", "dubbed")
    if cue.text == "(" and block.kind == "line" and before.word and not before.capitalised:
        return True  # "- X - Ormite general ("Bonny Y")"
    return cue.lower in ("nicknamed", "dubbed") and before.text == "(" and quote >= 3 \
        and tokens[quote - 3].word and not tokens[quote - 3].capitalised \
        and tokens[quote - 3].sentence == cue.sentence


def _names_taken(tokens: list[Token], start: int) -> bool:
    """"the two sisters took the names A and <start>": names of people named before, who is
    which unsaid."""
    k = start - 1
    while k > 0 and (tokens[k].capitalised or tokens[k].text == "," or tokens[k].lower == "and"):
        k -= 1
    return tokens[k].lower == "names" and _title_taken(tokens, k + 1) is not None


def _title_taken(tokens: list[Token], start: int) -> int | None:
    """Where the verb of "takes/took/assumed (the new) title <start>" or "took the (religious)
    name(s) <start>" stands, else None."""
    if start >= 4 and tokens[start - 1].lower == "to" and tokens[start - 2].lower == "name" \
            and tokens[start - 3].lower in ("his", "her") \
            and tokens[start - 4].lower in ("changed", "changes"):
        return start - 4  # "X (who changed his name to Y in 2007)"
    if start < 3 or tokens[start - 1].lower not in ("title", "name", "names"):
        return None
    k = start - 2
    while k > 0 and tokens[k].lower in ("the", "a", "new", "royal", "imperial", "religious"):
        k -= 1
    return k if tokens[k].lower in TAKING_VERBS else None


def _named_just_before(tokens: list[Token], verb: int, mention: Mention) -> bool:
    """The name right before the verb at ``verb`` (past a comma, a bracket or "who": "Prince X
    of Brell, became", "X (who changed ...") is the mention's."""
    k = verb - 1
    if k >= 1 and tokens[k].lower == "who":
        k -= 1  # "X (who changed his name to Y)", "X, who took the name Y"
    k -= k >= 1 and tokens[k].text in (",", "(")
    while k >= 0 and (tokens[k].capitalised or tokens[k].lower == "of"):
        if tokens[k].text == mention.words[0]:
            return True
        k -= 1
    return False


def _pronoun_opens(tokens: list[Token], i: int) -> bool:
    """The sentence of tokens[i] opens with "He" or "She" (whose subject is known already)."""
    k = i
    while k > 0 and tokens[k - 1].sentence == tokens[i].sentence:
        k -= 1
    return tokens[k].lower in ("he", "she")


def _next_list_item(tokens: list[Token], j: int) -> bool:
    """"joining Kessia, Varn, Dravik, the Knights of Sorel and a few towns": the plural at j
    after a list's member, with no "and" before it and one after it, is the list's next item,
    not the member's apposition."""
    k = j - 3  # before the name: single words only, as places' and bodies' lists are
    if k < 2 or tokens[k].text != "," or not tokens[k - 1].capitalised \
            or tokens[k - 2].capitalised:
        return False
    end = role_end(tokens, j)
    return any(tokens[k].lower in ("and", "or") and (
        tokens[k + 1].capitalised or tokens[k + 1].lower in ITEM_OPENERS)
        for k in range(j + 2, min(end, len(tokens) - 1)))


# Words opening a list's next item after "and": "... and several towns", "and the Varnish".
ITEM_OPENERS = frozenset("the a an these those several some many various other few".split()) \
    | vocab.NUMBER_WORDS  # (but "the founders of X and its first teachers": one apposition)


def _kin_put_on_throne(tokens: list[Token], start: int, first: int = 0) -> str | None:
    """"X ... put his brother on the throne as <start>": the kin noun the reign name is given
    to, else None (but "X succeeded his father as Y": the father is X's predecessor)."""
    for i in range(start - 2, max(first, start - 9), -1):
        if tokens[i].lower in ("his", "her", "their") and tokens[i + 1].lower in vocab.KIN_NOUNS \
                and tokens[i - 1].lower not in SUCCESSION_VERBS:
            return tokens[i + 1].lower
        if tokens[i].sentence != tokens[start].sentence:
            break
    return None


def _given_name_plural_shape(word: str) -> bool:
    """"Orles", "Vames": a name's first word shaped like a plural, not a people's word
    ("Vellians", "Royalists")."""
    return word.endswith("s") and not word.endswith(("ians", "eans", "ists", "ss", "is"))


def _dated_title(tokens: list[Token], j: int) -> str | None:
    """"Dorn in Turmoil of 1850" at j after a possessive: a work's title and its year."""
    k = j
    while k < len(tokens) and k - j < 8 and tokens[k].word and (
            tokens[k].capitalised or k > j and len(tokens[k].lower) <= 4 and k + 1 < len(tokens)
            and tokens[k + 1].capitalised and tokens[k].lower != "of"):
        k += 1  # (a title's small words: "Storm over Kessia")
    if k == j or k + 1 >= len(tokens) or not tokens[k - 1].capitalised:
        return None
    last = tokens[k - 1].lower
    if last in vocab.PLACE_EVENT_NOUNS or last in vocab.LED_DEEDS or last in vocab.NOT_PERSON_WORDS:
        return None  # "X's Kessian Campaign of 1812": a happening X led, no work
    year = tokens[k + 1] if tokens[k].lower == "of" else \
        tokens[k + 1] if tokens[k].text == "(" and k + 2 < len(tokens) \
        and tokens[k + 2].text == ")" else None
    if year is None or len(year.text) != 4 or not year.text.isdigit():
        return None
    return " ".join(t.text for t in tokens[j:k])


def _plural_role(token: Token) -> str | None:
    """"heirs", "successors": a listed role noun in the plural, in lower case; its singular."""
    one = vocab.singular(token.lower)
    return one if not token.capitalised and one != token.lower and vocab.listed_role(one) \
        else None


def _items_after(tokens: list[Token], j: int) -> list[int]:
    """The items "Y war, Z justice" from the comma at j to the clause's end: a single
    capitalised word and a word or two in lower case each."""
    items = []
    while j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].capitalised \
            and name_token(tokens[j + 1]) and not tokens[j + 2].capitalised:
        end = role_end(tokens, j + 2)
        if not 1 <= end - (j + 2) <= 2:
            break
        items.append(j + 1)
        j = end
    return items


def _office_before(tokens: list[Token], start: int) -> int | None:
    """Where the office ends whose field the run at ``start`` names ("Chancellor of the
    Exchequer", "Secretary of State for Home Affairs"): the index of its title, else None."""
    k = start - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 1 or tokens[k].lower not in ("of", "for"):
        return None
    for j in range(k - 1, max(-1, k - 5), -1):
        token = tokens[j]
        if token.lower in KIN_OF_NOUNS:
            return None  # "the companion of Karl Ludwig von Brenner": a person, no field
        if vocab.title_word(token.text):
            # a ruler is "of" a realm with a single name after it ("King of Kessia Otto")
            ruler = token.lower in vocab.RULER_TITLES or token.lower in vocab.NOBLE_TITLES
            realm = tokens[start].lower in vocab.NOT_PERSON_MODIFIERS
            return j if token.sentence == tokens[start].sentence and not ruler and not realm \
                else None
        if not (token.capitalised or token.lower in ("of", "the")):
            return None
    return None


def _title_follows(tokens: list[Token], j: int) -> bool:
    """"(Ruritania's) Prime Minister X": a title, then the name it is said of (not "Queen
    Ada's ministers, led by ...")."""
    for k in range(j, min(len(tokens), j + 4)):
        token = tokens[k]
        if token.lower in vocab.WORK_KINDS or token.lower in ("the", "a", "an"):
            return False  # "X's epic The Knight of Y": a work's title
        if vocab.title_word(token.text) or vocab.closed_role(token.text):
            return token.capitalised or k + 1 < len(tokens) and name_token(tokens[k + 1])
        if not token.word or not (token.capitalised or vocab.adjective(token.lower)):
            return False
    return False


def _past_dates(tokens: list[Token], j: int) -> int:
    """Past "c. 680 - 644 BCE;" (dates, then a stop) from j, else j."""
    k = j
    while k < len(tokens) and k - j < 8 and (
            tokens[k].text.isdigit() or tokens[k].text in vocab.ERAS
            or tokens[k].lower in ("c", "ca", "r", "fl", ".", "-", "–")):
        k += 1
    if k > j and k < len(tokens) and tokens[k].text in (";", ",") \
            and any(t.text.isdigit() for t in tokens[j:k]):
        return k + 1
    return j


ERA_NAMED_RULERS = frozenset({"emperor", "empress"})
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth "
                          "eleventh twelfth last".split())
# "Roman", "Turkish", "Chinese": a people's adjective; with "Byzantine", "French", "Welsh" too,
# a land's adjective before a ruler's title.
PEOPLE_ADJECTIVE_ENDINGS = ("an", "ic", "al", "ish", "ese")
LAND_ADJECTIVE_ENDINGS = (*PEOPLE_ADJECTIVE_ENDINGS, "ine", "ch", "sh")


def _verb_after(tokens: list[Token], end: int) -> bool:
    """A lower-case word that is no small word follows: most likely the run's verb."""
    return end < len(tokens) and tokens[end].word and not tokens[end].capitalised \
        and tokens[end].lower not in vocab.STOPWORDS


def _coordinated(tokens: list[Token], previous_end: int, start: int) -> bool:
    between = [t.lower for t in tokens[previous_end:start]]
    return bool(between) and len(between) <= 2 and all(w in (",", "and", "or") for w in between)


def _pair_opens_clause(tokens: list[Token], previous_end: int, after: int) -> bool:
    """"led by A, and B and C opposed him": ", and" before a pair opens a new clause, whose
    subjects are the pair, not more of the list before."""
    return [t.text for t in tokens[previous_end:previous_end + 2]] == [",", "and"] \
        and after + 1 < len(tokens) and tokens[after].lower == "and" \
        and run_start(tokens, after + 1)


def _words_outside_brackets(tokens: list[Token], k: int, count: int) -> list[int]:
    """Indexes of the next ``count`` tokens from k, skipping a bracketed aside."""
    found: list[int] = []
    depth = 0
    while k < len(tokens) and len(found) < count:
        text = tokens[k].text
        depth += (text == "(") - (text == ")")
        if depth == 0 and text != ")":
            found.append(k)
        k += 1
    return found


def _gloss(block: Block, tokens: list[Token], j: int) -> int | None:
    """Past a parenthesis giving names in another language or script ("(German: ...)",
    "(تنظيمات, ...)"): its words are not people of the text. None if it is no such gloss."""
    close = next((k for k in range(j, min(len(tokens), j + 30)) if tokens[k].text == ")"), None)
    if close is None:
        return None
    inside = block.text[tokens[j].end:tokens[close].start]
    foreign = any(ch.isalpha() and ord(ch) > 0x24F and not 0x1E00 <= ord(ch) <= 0x1EFF
                  for ch in inside)
    labelled = re.match(r"\s*(?:[A-Z][a-z]+ )?[A-Z][a-z]+"
                        r"(?:ish|sh|ese|an|ic|ch|ek|ew|i|in|se|que|rit|mil|lu|ans):"
                        r"|\s*lit(?:\.|erally)\s", inside)  # "(Old Norse: ...)", "(Welsh: ...)"
    return close + 1 if foreign or labelled else None


def _add_field_role(fields: list[tuple[int, int, str]], at: int, mention: Mention) -> None:
    """A name listed as an infobox field's value holds the role its key names."""
    for start, end, role in fields:
        if start <= at < end:
            if role not in mention.roles:
                mention.roles.append(role)
            mention.evidence = True
            return


PERSONAL_WRITINGS = frozenset("diary diaries memoirs letters autobiography".split())
# Bodies whose members a bracket after them may name ("the war committee (A, B)").
MEMBER_BODIES = frozenset("committee council soviet cabinet junta directory faction party "
                          "triumvirate government ministry".split())
VOTES = frozenset("against dissenting abstaining".split())


def _participle(token: Token) -> bool:
    """A past participle ("crushed", "shot"): a deed whose doer a bracket may name."""
    return not token.capitalised and token.word and (
        token.lower.endswith("ed") and len(token.lower) > 4 or token.lower in IRREGULAR_DEEDS)


IRREGULAR_DEEDS = frozenset("shot slain struck beaten thrown hung taken".split())
KILLINGS = frozenset("shot killed executed murdered hanged assassinated slain beheaded".split())


PARTY_ENDINGS = ("ists", "ites", "ans", "ins", "iks", "ers")  # "Royalists", "Vellists"
NOTES_MAKING = frozenset("elected appointed named crowned proclaimed".split())
# Roles held "of" a work or a body, never of a person ("editor of X", "the founder of X").
MAKERS_OF_THINGS = frozenset("""
editor editors publisher publishers founder founders co-founder co-founders owner owners
proprietor proprietors author authors composer composers architect architects designer
designers curator curators
""".split())


def _one(role: str | None) -> list[str]:
    return [role] if role else []


FORCES = frozenset("army fleet forces troops".split())  # "the fleet of X": its commander
# What befalls only people, said in notes without "was": "X killed at Thyra".
FATES = frozenset("killed slain wounded imprisoned blinded exiled poisoned strangled "
                  "hanged beheaded executed assassinated murdered arrested deposed".split())


def _source(document: Document, block: Block, start: int, end: int) -> Source | None:
    if start < 0 or end <= start:
        return None
    return Source(document.name, block.text[start:end], block.span(start, end))


SENTENCE_NUMBER = operator.attrgetter("sentence")


def _sentence_source(document: Document, block: Block, tokens: list[Token],
                     index: int) -> Source | None:
    # Sentence numbers never decrease along the tokens: a binary search finds the sentence.
    number = tokens[index].sentence
    first = bisect.bisect_left(tokens, number, hi=index, key=SENTENCE_NUMBER)
    last = bisect.bisect_right(tokens, number, lo=index, key=SENTENCE_NUMBER) - 1
    return _source(document, block, tokens[first].start, tokens[last].end)
