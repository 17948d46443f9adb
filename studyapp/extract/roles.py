"""Role phrases: what the text says a named person is or does.

Roles are whole noun phrases ("flight director", "first mate") found by open patterns: a phrase
before the name, an apposition, a predicate ("was elected consul"), "as", "led by", a "who"
clause, a deed ("led the march": its leader), a list cue ("historians such as"); a noun is a
role when it is listed or has the shape of an agent noun (names.role_head).
"""

from __future__ import annotations

import re

from studyapp.extract import names as vocab
from studyapp.extract.name_runs import (
    Token,
    name_token,
    opens_sentence,
    run_end,
    run_start,
    span_text,
)
from studyapp.model import Block

LINKING = re.compile(
    r"^(?:(?:later|then|also|soon|eventually|subsequently|briefly) )?"
    r"(?:(?:was|is|were|are|being|became|becomes|become|(?:has|had|have) been|served as"
    r"|serves as)"
    r"(?: (?:later|then|also|still|briefly|twice|again|once))?"
    r"(?: (?:elected|appointed|named|made|crowned|proclaimed|chosen|sworn in as"
    r"|(?:remembered|regarded|seen|celebrated|revered|venerated|hailed|honoured|honored) as))?"
    r"|elected|appointed|named|crowned|came to power as|took the throne as|emerged as"
    r"|remained|rose to become|went on to become|\w+ed as|\w+ing as|works as|acts as"
    r"|serves as|rules as|reigns as|governs as"
    r"|resigns as|returns as|retires as|remains as|continues as|steps down as"
    r"|(?:takes|took) office as"
    r"|made (?:him|her)self|as)(?: as)?\b")
LINE_MARKS = frozenset("-*•")  # a list item's mark before its label
FOUNDED = frozenset("founded established created formed organised organized set".split())
# Before a role phrase and a comma, words that make it no apposition ("Speaking to reporters,")
SPEECH_PREPOSITIONS = frozenset("to with for from by among about".split())
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
TIME_NOUNS = frozenset("""
days weeks months years decades centuries hours minutes seconds nights time
""".split())
# One person so described: "a Dornish woman", "a 12-year-old boy" (with a word before it).
DESCRIBED_PERSONS = frozenset("man woman boy girl child youth lady gentleman".split())
# Marks a role said of a list of people ("historians such as ..."): it carries to each name.
LIST_ROLE = "\u2063"


def work_title_before(block: Block, tokens: list[Token], by: int) -> str | None:
    """"Orm's Letters by X" (capitalised words ending in a noun of works), "reading The
    Lady of the Fen by X" (a capitalised "The" inside a sentence opens a title)."""
    last = tokens[by - 1]
    if not last.capitalised:
        return None
    first = by - 1
    while first > 0 and by - first < 7 and tokens[first - 1].word and (
            tokens[first - 1].capitalised or tokens[first - 1].lower in vocab.TITLE_LINKS):
        first -= 1
    while first < by and tokens[first].lower in vocab.TITLE_LINKS and tokens[first].text != "The":
        first += 1
    titled = tokens[first].text == "The" and not opens_sentence(tokens, first)
    if first >= by - 1 or not titled and last.lower not in vocab.WORK_TITLE_ENDS:
        return None
    return span_text(block, tokens, first, by)


CHILD_NOUNS = frozenset("son sons daughter daughters child children".split())
PARENT_CUES = frozenset("of to and".split())  # "child of (the painter) A and (of) B"


def _child_of(tokens: list[Token], start: int) -> bool:
    """"the children of X", "the child of the painter X", "born in Lindby to X": X is a
    parent of the subject."""
    cue = start - 1
    while cue > 0 and start - cue < 4 and tokens[cue].word and not tokens[cue].capitalised \
            and tokens[cue].lower not in ("of", "to", "and"):
        cue -= 1  # "of the painter X"
    if cue < 1 or tokens[cue].lower not in ("of", "to"):
        return False
    if tokens[cue].lower == "of":
        return tokens[cue - 1].lower in CHILD_NOUNS
    return any(t.lower == "born" and t.sentence == tokens[start].sentence
               for t in tokens[max(0, cue - 4):cue])


def parent_role(tokens: list[Token], start: int, after: int) -> str | None:
    """"the son of A, a miller, and B": by the usual order A the father and B the mother,
    unless only A is marked a woman ("A, née C", a given name in -a)."""
    n = len(tokens)
    if _child_of(tokens, start):
        k = after
        if k < n and tokens[k].text == ",":  # past "A, a miller,"
            k = next((c + 1 for c in range(k + 1, min(n, k + 10)) if tokens[c].text == ","), n)
        k += k + 2 < n and tokens[k].lower == "and" and tokens[k + 1].lower == "of"
        if not (k + 1 < n and tokens[k].lower in ("and", "of") and run_start(tokens, k + 1)
                and tokens[k + 1].sentence == tokens[start].sentence):
            return None
        first, second = start, k + 1
    else:
        k = start - 2 - (tokens[start - 1].lower == "of")  # "... and of B"
        if k < 1 or tokens[k + 1].lower != "and":
            return None
        if tokens[k].text == ",":
            k = next((c - 1 for c in range(k - 1, max(0, k - 10), -1) if tokens[c].text == ","),
                     0)
        while k > 0 and (name_token(tokens[k]) or tokens[k].lower in vocab.PARTICLES):
            k -= 1
        if not (k + 1 < start and _child_of(tokens, k + 1)
                and tokens[k].sentence == tokens[start].sentence):
            return None
        first, second = k + 1, start
    mother_first = _feminine(tokens, first) and not _feminine(tokens, second)
    return "father" if (start == first) != mother_first else "mother"


def _feminine(tokens: list[Token], i: int) -> bool:
    """A name marked as a woman's: "A, née C", or a given name in -a ("Rosa", "Ilsa")."""
    end = run_end(tokens, i)
    return end + 1 < len(tokens) and tokens[end].text == "," \
        and tokens[end + 1].lower in ("née", "nee") \
        or len(tokens[i].lower) > 2 and tokens[i].lower.endswith("a")


def _modifier(token: Token) -> bool:
    """A word that may qualify a role noun: "British", "political", "Dornland's", "foreign"."""
    lower = token.lower
    if lower in vocab.QUALIFIERS:
        return True
    if not token.word or lower in vocab.DETERMINERS or lower in vocab.VERBS_BEFORE_ROLES \
            or lower[0].isdigit() and "-" not in lower and not ORDINAL.match(lower) \
            or lower in vocab.NUMBER_WORDS or lower in vocab.MONTHS:
        return False  # but "1st Duke of X", "26-year-old"
    if lower in vocab.STOPWORDS and not token.possessive:
        return False
    return (token.capitalised or token.possessive or "-" in lower or vocab.adjective(lower)
            or lower.endswith("ly") or bool(ORDINAL.match(lower))
            or lower in vocab.ROLE_COMPOUNDS or lower in vocab.TITLE_PREFIXES
            or vocab.role_head(lower))


def _noun_modifier(token: Token) -> bool:
    """A plain lower-case word inside a noun phrase opened by an article: "flight" of "the
    flight director", "county" of "the county surveyor"."""
    lower = token.lower
    return token.word and lower.isalpha() and not token.capitalised \
        and lower not in vocab.STOPWORDS and lower not in vocab.VERBS_BEFORE_ROLES \
        and lower not in vocab.PARTICLES and not lower.endswith("ed")


def weak_role(role: str) -> bool:
    head = re.split(r"\s+of\s+", role.replace(LIST_ROLE, ""))[0].split()
    return not head or vocab.singular(head[-1].lower()) in vocab.WEAK_ROLES \
        or not vocab.listed_role(head[-1])


def with_modifiers(block: Block, tokens: list[Token], start: int, title_end: int) -> str:
    """A title with the words that qualify it: "Dornland's" + "Prime Minister"."""
    first = start
    while first > 0 and start - first < 4 and \
            tokens[first - 1].sentence == tokens[start].sentence and \
            _modifier(tokens[first - 1]) and tokens[first - 1].lower not in PAST_TENSES and (
                tokens[first - 1].capitalised or tokens[first - 1].possessive
                or vocab.adjective(tokens[first - 1].lower)):
        first -= 1  # (but "The crown sent General X": a verb)
    while first < start and (tokens[first].lower in vocab.STOPWORDS
                             or tokens[first].capitalised and first == 0
                             and not tokens[first].possessive):
        first += 1
    return span_text(block, tokens, first, title_end)


TITLES_ALSO_VERBS = frozenset("count lord saint".split())  # "to count X", "to lord it over"


def _role_head_before(tokens: list[Token], j: int, comma: bool) -> int | None:
    """Where the head noun of a role phrase ending at j stands ("boy" of "a 12-year-old boy
    named X", "MP" of "the local MP, X", "Ban" of "the Ban of Dornia, X"), or None."""
    if _described(tokens, j) and not comma:
        return j  # "a 12-year-old boy named X"
    if vocab.role_head(tokens[j].text) and not tokens[j].possessive and not (
            comma and tokens[j].capitalised and tokens[j - 1].capitalised
            and not _titled_office(tokens, j)):
        # "the local MP, X", "the Lieutenant Governor, X" but "Ivo the Young King, Orm":
        # a list
        return j
    if not tokens[j].capitalised or tokens[j].possessive:
        return None
    head = None
    k = j
    while k >= 1 and j - k < 8 and tokens[k].word and (
            tokens[k].capitalised or tokens[k].lower in ("the", "and", "of", "for", "in",
                                                         "from", "at")):
        office = tokens[k - 1]
        if tokens[k].lower in ("of", "for", "in", "from", "at") \
                and (head is None or office.capitalised) \
                and (vocab.role_head(office.text) or office.capitalised and (
                    office.lower in vocab.OFFICE_HEADS or vocab.listed_role(office.lower))):
            head = k - 1  # "the Ban of Dornia, X", "two sisters from Kellport, X",
            # "the Keeper of the Seal, X", "the Secretary at War, X"
        k -= 1
    return head


def _role_words_start(tokens: list[Token], head: int) -> int:
    """Where the words before the role's head that qualify it or join another role to it
    start ("local" of "the local MP, X", "king and" of "king and poet X")."""
    first = head
    while first >= 1 and head - first < 5 and tokens[first - 1].sentence == tokens[head].sentence:
        candidate = tokens[first - 1]
        if candidate.lower == "and" and first >= 2 and vocab.role_head(tokens[first - 2].text):
            first -= 2
        elif _modifier(candidate) and not (candidate.capitalised and first - 1 == 0
                                           and candidate.lower in vocab.STOPWORDS):
            first -= 1
        else:
            break
    return first


def role_before(block: Block, tokens: list[Token], start: int) -> str | None:
    """The role phrase right before a name: "British journalist", "leader of Soviet Vellia"."""
    j = start - 1
    if j >= 1 and vocab.AGE.match(tokens[j].lower):
        j -= 1  # "the oldest resident, 98-year-old X"
    if j >= 1 and tokens[j].lower in ("named", "called") and (
            vocab.role_head(tokens[j - 1].text) or _described(tokens, j - 1)):
        if tokens[j - 1].capitalised and j >= 2 and tokens[j - 2].lower == "the":
            return None  # "the Duke named X (salt commissioner)": the Duke named him
        j -= 1  # "a gunner named X", "a 12-year-old boy named X"
    if j >= 1 and tokens[j].text == ")":  # "the vizier (chief minister) X": a gloss
        opening = next((k for k in range(j - 1, max(0, j - 7), -1) if tokens[k].text == "("),
                       None)
        if opening is None:
            return None
        role = role_before(block, tokens, opening)
        if not role and opening >= 2 and tokens[opening - 1].word \
                and tokens[opening - 2].lower in ("the", "a", "an") \
                and role_forward(block, tokens, opening + 1):
            role = tokens[opening - 1].text  # "the tairō (chief minister) X": a foreign title
        return f"{role} ({span_text(block, tokens, opening + 1, j)})" if role else None
    if j >= 1 and tokens[j].text == ":" and block.kind == "line":
        return _label_role(block, tokens, j)
    if j >= 1 and tokens[j].lower.endswith("-born") and tokens[j - 1].lower in ("the", "a"):
        return tokens[j].text  # "the Vellish-born X": where X was born, said as a role
    if j >= 3 and tokens[j - 1].lower == "the" and tokens[j - 2].text == "," \
            and not tokens[j].capitalised and tokens[j].word and (
                vocab.adjective(tokens[j].lower) or tokens[j].lower.endswith("ly")
                or tokens[j].lower in vocab.QUALIFIERS) and not vocab.role_head(tokens[j].lower):
        j -= 2  # "The abbot, the aged X": an adjective of the name's apposition
    comma = j >= 1 and tokens[j].text == ","
    if comma:
        j -= 1
        if j >= 3 and tokens[j].lower == "time" and tokens[j - 2].lower == "at" \
                and tokens[j - 1].lower in ("the", "that"):
            j -= 3  # "North Varn's president at the time, X"
        if tokens[j].capitalised and start + 2 < len(tokens) \
                and tokens[start + 1].lower in ("and", ",") and tokens[start + 2].capitalised \
                and not _from_place(tokens, j):
            # "king of Varnland, Dornmark and Norland": a list of the role's places (but "two
            # sisters from Kellport, Ellen and Anna X": the sisters)
            return None
    if j < 0 or tokens[j].sentence != tokens[start].sentence or not tokens[j].word:
        return None
    head = _role_head_before(tokens, j, comma)
    if head is None and comma and _foreign_title(tokens, j, start):
        return span_text(block, tokens, j, j + 1)  # "The Varnahene, Tavreh I, was arrested"
    if head is None or tokens[head].lower in vocab.NAME_PREFIXES:
        return None
    if tokens[head].lower in ("elder", "younger") and head and tokens[head - 1].lower == "the":
        return None  # "the elder Novak": which Novak, no role (but "a church elder")
    first = _back_to_article(tokens, _role_words_start(tokens, head), head)
    if first == head and first and tokens[first - 1].lower == "to" and not comma \
            and (first < 2 or tokens[first - 2].lower not in ("according", "thanks", "due")) \
            and not (tokens[head].lower in vocab.RULER_TITLES
                     and tokens[head].lower not in TITLES_ALSO_VERBS):
        # "to convert X", "to guide X": a verb (but "according to historian X", "gifts to
        # king X": a ruler's title is no verb)
        return None
    if comma and first and tokens[first - 1].lower in SPEECH_PREPOSITIONS:
        return None  # "Speaking to reporters, X said": no apposition
    if comma and 0 < first < head and tokens[first - 1].text in (",", ";") \
            and tokens[first].capitalised and not tokens[first].possessive \
            and not vocab.adjective(tokens[first].lower):
        return None  # notes: "; A foreign minister, X war": A's office, not X's
    of = first - 1 - (first >= 1 and tokens[first - 1].lower in ("a", "an", "the"))
    if comma and of >= 1 and tokens[of].lower == "of" and not tokens[of - 1].capitalised \
            and vocab.role_head(tokens[of - 1].text) and not tokens[head].capitalised:
        # (but "wife of the Secretary at War, X": X holds the office)
        first = head = of - 1  # "the wife of a clergyman, X": X is the wife
    role = span_text(block, tokens, first, j + 1)
    return said_of_one(role, tokens[head].text)


def _label_role(block: Block, tokens: list[Token], colon: int) -> str | None:
    """notes: "Prime minister: X": a role of two words or more opening its sentence labels X
    (a row's one word, "Spouse: X", is the infobox reader's; "Leaders arrested: X" no role)."""
    first = colon
    while first > 0 and colon - first < 4 and tokens[first - 1].word \
            and tokens[first - 1].sentence == tokens[colon].sentence:
        first -= 1
    if first > 0 and tokens[first - 1].sentence == tokens[colon].sentence \
            and tokens[first - 1].text not in LINE_MARKS:
        return None  # "... the new leader: X": the label must open its line or sentence
    if colon - first < 2 or role_end(tokens, first) != colon:
        return None
    role = role_forward(block, tokens, first, bare=True)
    label = span_text(block, tokens, first, colon)
    return role if role == label and vocab.singular(role.split()[-1]) == role.split()[-1] \
        else None


def capitalised_apposition(block: Block, tokens: list[Token], j: int) -> str | None:
    """"X, the Liberator,", "X, the Free Vellist who ...": a role spelt with capitals,
    its head a role noun, closing the apposition."""
    end = j + 1
    if end >= len(tokens) or tokens[j].lower != "the":
        return None
    while end < len(tokens) and end - j <= 2 and tokens[end].capitalised and tokens[end].word \
            and not tokens[end].possessive:
        end += 1
    if end == j + 1 or end == len(tokens) \
            or tokens[end].word and tokens[end].lower not in ("who", "whose"):
        return None
    return span_text(block, tokens, j + 1, end) if vocab.role_head(tokens[end - 1].lower) \
        else None


def _described(tokens: list[Token], j: int) -> bool:
    """"a Dornish woman", "the 12-year-old boy": a plain noun of a person that a word qualifies."""
    if tokens[j].lower not in DESCRIBED_PERSONS or j < 1:
        return False
    before = tokens[j - 1]
    if before.capitalised:  # "a Dornish woman", but not a name's last word before "woman"
        return j >= 2 and tokens[j - 2].lower in ("a", "an", "the")
    return before.word and before.lower not in vocab.DETERMINERS and _modifier(before)


def _foreign_title(tokens: list[Token], j: int, start: int) -> bool:
    """"the (first) Varnahene, X, ...": one capitalised word after "the", the name after it
    in apposition (a comma closes it), is a title the text leaves untranslated."""
    word, k = tokens[j], j - 1
    if k >= 1 and (tokens[k].lower in vocab.QUALIFIERS or ORDINAL.match(tokens[k].lower)):
        k -= 1
    if k < 0 or tokens[k].lower != "the" or not word.capitalised or word.possessive \
            or word.lower.endswith("s") or k and (tokens[k - 1].lower in vocab.PLACE_PREPOSITIONS
                                                  or name_token(tokens[k - 1])):
        return False  # (not "Otmar the Short, Rolf the Bald": an epithet)
    end = run_end(tokens, start)
    return end < len(tokens) and tokens[end].text == ","


def name_in_apposition(tokens: list[Token], comma: int) -> bool:
    """", Ama Vessa," at comma: a name set off by commas (the person a phrase before names)."""
    if comma + 1 >= len(tokens) or tokens[comma].text != "," \
            or not run_start(tokens, comma + 1):
        return False
    end = run_end(tokens, comma + 1)
    return end - comma > 2 and end < len(tokens) and tokens[end].text == ","


def _from_place(tokens: list[Token], j: int) -> bool:
    """The capitalised words ending at j follow "from" ("sisters from New Kessel")."""
    while j > 0 and tokens[j].capitalised:
        j -= 1
    return tokens[j].lower == "from"


def _titled_office(tokens: list[Token], j: int) -> bool:
    """"the Lieutenant Governor": capitalised words of a title only, after an article; or
    with the body's name ("by the United Nations Secretary-General", but not "Ivo the
    Young King")."""
    k = j
    while k >= 1 and tokens[k].capitalised and vocab.role_part(tokens[k].text):
        k -= 1
    if k < j and tokens[k].lower in ("the", "a", "an"):
        return True
    while k >= 1 and j - k < 5 and tokens[k].capitalised and tokens[k].word \
            and not tokens[k].possessive:
        k -= 1
    return k < j and k >= 1 and tokens[k].lower == "the" and not tokens[k - 1].capitalised


def role_was(block: Block, tokens: list[Token], start: int) -> str | None:
    """"Her tutor was X", "The first governor was X": the subject's role is X's."""
    if start < 3 or tokens[start - 1].lower not in ("was", "is") \
            or tokens[start - 1].sentence != tokens[start].sentence:
        return None
    role = role_before(block, tokens, start - 1)
    k = start - 2
    while k > 0 and tokens[k - 1].word and tokens[k - 1].sentence == tokens[start].sentence \
            and tokens[k - 1].lower not in vocab.DETERMINERS:
        k -= 1  # back to the article or possessive that opens the subject
    opened = k > 0 and tokens[k - 1].lower in vocab.DETERMINERS
    return role if role and opened and start - k < 6 else None


def _back_to_article(tokens: list[Token], first: int, head: int) -> int:
    """The start of "the veteran flight director": plain words back to an article, a
    comma or the sentence's start, never past a verb ("told pilot X")."""
    k = first
    while k >= 1 and head - k < 5 and tokens[k - 1].sentence == tokens[head].sentence \
            and _noun_modifier(tokens[k - 1]):
        k -= 1
    if k == first or k == 0:
        return k
    before = tokens[k - 1]
    if before.lower in ("the", "a", "an", "and", "as") or not before.word \
            or before.sentence != tokens[k].sentence:
        return k  # "Back in Mission Control, flight director X"
    return first


def said_of_one(role: str, head: str) -> str:
    """A plural role ("leaders of X") said of one of several people, marked as such."""
    one = vocab.singular(head)
    if one == head:
        return role
    return LIST_ROLE + re.sub(rf"\b{re.escape(head)}\b", one, role, count=1)


def entry_roles(block: Block, tokens: list[Token], j: int) -> list[str]:
    """The roles after a notes entry's dash: "artillery general, First Consul from 1799"
    (nouns may qualify the first without an article)."""
    roles: list[str] = []
    while len(roles) < 3 and (role := role_forward(block, tokens, j, bare=not roles)):
        if not roles and role.startswith(LIST_ROLE):
            return []  # "- Tessa: Varnish dukes owed homage ...": a plural, no one's role
        roles.append(role)
        j = role_end(tokens, j)
        if j + 1 >= len(tokens) or tokens[j].text != "," \
                or tokens[j + 1].lower in vocab.DETERMINERS:
            break  # "- X - wife of Y, the painter": the painter is Y
        j += 1
    if not roles and block.kind == "line":  # a table's row: "X: Royalist; his wife"
        cell = role_end(tokens, j)
        if cell + 1 < len(tokens) and tokens[cell].text == ";" and not tokens[cell - 1].possessive \
                and not any(past_tense(t) or t.lower in vocab.PERSON_VERBS for t in tokens[j:cell]):
            # (but "- Inheritance: X died in 1301; the barons elected ...": a sentence)
            return entry_roles(block, tokens, cell + 1)
    return roles


def role_forward(block: Block, tokens: list[Token], j: int, bare: bool = False) -> str | None:
    """A role phrase starting at j: "the Ban of Dornia", "a Dornish serviceman" (and, if
    ``bare``, "artillery general": nouns qualifying it without an article)."""
    n = len(tokens)
    if j >= n:
        return None
    sentence = tokens[j].sentence
    if [t.lower for t in tokens[j:j + 3]] == ["one", "of", "the"]:
        j += 2  # "one of the original astronauts": one astronaut
    elif tokens[j].lower == "among" and j + 1 < n and tokens[j + 1].lower == "the":
        j += 1  # "was among the first aldermen to vote": one alderman
    article = tokens[j].lower in ("the", "a", "an")
    first = j + article
    if tokens[j].lower in ("his", "her", "their") or tokens[j].possessive and tokens[j].capitalised:
        article = True  # "X was her husband", "X, Veit's closest ally": the possessive stays
        first = j
    j += article
    head = None
    while j < n and j - first < 5 and tokens[j].sentence == sentence:
        token = tokens[j]
        if token.word and vocab.role_head(token.text) and not token.possessive \
                or j > first and article and token.lower in DESCRIBED_PERSONS \
                or article and _office_of(tokens, j):
            head = j  # "a veteran pilot"; "a Dornish woman": a description
            while head + 1 < n and tokens[head + 1].word and vocab.role_head(tokens[head + 1].text):
                head += 1
            head = _compound_head(tokens, head)
            break
        joined = token.lower == "and" and j > first and j + 1 < n and (
            _modifier(tokens[j + 1]) or past_tense(tokens[j + 1]))
        # "a Polish and naturalised French physicist": "and" joins two qualifiers; a
        # participle qualifies after the article or an adverb ("a failed candidate", "a
        # formerly enslaved coachman")
        qualifier = (tokens[j - 1].lower == "and" or article and (
            j == first or tokens[j - 1].lower.endswith("ly"))) and past_tense(token)
        # ", harbour master of the port": a noun qualifying a role noun that has an "of"
        compound = j == first and not article and j and tokens[j - 1].text == "," \
            and j + 2 < n and vocab.role_head(tokens[j + 1].lower) \
            and not tokens[j + 1].capitalised and tokens[j + 2].lower == "of"
        if not (_modifier(token) or (article or bare or compound) and _noun_modifier(token)
                or joined or qualifier) \
                or token.capitalised and token.lower in vocab.STOPWORDS:
            return None
        j += 1
    if head is None:
        return None
    end = head + 1
    if end < n and name_token(tokens[end]) and not tokens[end].possessive:
        return None  # "Orvian's admiral Vellius": the role belongs to the next name
    if end + 1 < n and tokens[end].lower == "and":
        k = end + 1  # "army officer and statesman", "nobleman and imperial generalissimo"
        while k < n and k - end < 4 and not tokens[k].capitalised and _modifier(tokens[k]) \
                and not vocab.role_head(tokens[k].text):
            k += 1
        if k < n and tokens[k].word and not tokens[k].capitalised \
                and vocab.role_head(tokens[k].text):
            end = k + 1
    if end + 2 < n and tokens[end].lower == "at" and tokens[end - 1].capitalised \
            and tokens[end + 1].capitalised and not tokens[end + 2].word:
        return span_text(block, tokens, j, end + 2)  # "the Secretary at War, X"
    end = _of_phrase_end(tokens, end, sentence)
    return said_of_one(span_text(block, tokens, first, end), tokens[head].text)


def _of_phrase_end(tokens: list[Token], end: int, sentence: int) -> int:
    """Where the role that ends at end ends with its "of" or "to" phrase: "mayor of the town",
    "heir to the throne", "wife of the Keeper of the Seal" (end itself if none follows)."""
    n = len(tokens)
    article = 1 if end + 1 < n and tokens[end + 1].lower == "the" else 0
    noun = end + 1 + article
    if noun < n and (tokens[end].lower == "of" or tokens[end].lower == "to" and article) \
            and tokens[noun].word \
            and not tokens[noun].capitalised and tokens[noun].lower not in vocab.STOPWORDS \
            and tokens[noun].lower not in vocab.PARTICLES \
            and tokens[noun].lower not in vocab.NUMBER_WORDS:
        end = noun + 1  # "mayor of the town", "heir to the throne", "director of flight crew
        # operations"
        while end < n and end - noun < 4 and _noun_modifier(tokens[end]) \
                and tokens[end].sentence == sentence:
            end += 1
        if end < n and tokens[end].capitalised and vocab.adjective(tokens[end - 1].lower):
            end = _title_end(tokens, end)  # "officials of the late Qing", "... Kessian court"
    elif end + 1 < n and tokens[end].lower == "of" and tokens[end + 1].sentence == sentence:
        k = end + 1
        while k < n and tokens[k].sentence == sentence and tokens[k].word and (
                tokens[k].capitalised or tokens[k].lower in vocab.PARTICLES
                or tokens[k].lower in ("the", "and", "of") and k + 1 < n
                and tokens[k + 1].capitalised
                or k > end + 1 and tokens[k].lower == "at" and k + 1 < n
                and tokens[k + 1].capitalised
                or k > end + 1 and tokens[k].lower in ("of", "at") and k + 2 < n
                and tokens[k + 1].lower == "the" and tokens[k + 2].capitalised):
            k += 1  # "wife of the Keeper of the Seal", "... of the Secretary at War"
        if end + 1 < k < n and tokens[k].lower in vocab.NOT_PERSON_WORDS \
                and not tokens[k].capitalised and not tokens[k - 1].possessive:
            k += 1  # "founder of the Vermnad dynasty"
        if k > end + 1 and tokens[k - 1].possessive:  # "staffer of Ruritania's first president"
            following = k
            while following < n and following - k < 4 and not tokens[following].capitalised \
                    and _modifier(tokens[following]):
                following += 1
            if following > k and vocab.role_head(tokens[following - 1].text):
                k = following
        if k > end + 1:
            end = k
    return end


def _compound_head(tokens: list[Token], head: int) -> int:
    """"chief state councillor": a role noun a plain word or two later heads the role."""
    for k in (head + 2, head + 3):
        if k >= len(tokens) or not all(_noun_modifier(t) for t in tokens[head + 1:k]):
            return head
        if not tokens[k].capitalised and vocab.role_head(tokens[k].text):
            return k
    return head


def _title_end(tokens: list[Token], j: int) -> int:
    """The end of capitalised words from j and the plain words after them ("Kessian court")."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].capitalised and tokens[k].word \
            and tokens[k].sentence == tokens[j].sentence:
        k += 1
    while k < len(tokens) and k - j < 5 and _noun_modifier(tokens[k]) \
            and tokens[k].sentence == tokens[j].sentence:
        k += 1
    return k


def _office_of(tokens: list[Token], j: int) -> bool:
    """"(the first) Warden of Customs", "Keeper of the Seal": a capitalised calling or office
    of something named, which the role lists may not hold in capitals."""
    token = tokens[j]
    if not token.capitalised or token.possessive or j + 2 >= len(tokens) \
            or tokens[j + 1].lower != "of" or not (token.lower in vocab.OFFICE_HEADS
                                                  or vocab.listed_role(token.lower)):
        return False
    named = tokens[j + 2 + (tokens[j + 2].lower == "the" and j + 3 < len(tokens))]
    return named.capitalised and named.word


def apposition_role(block: Block, tokens: list[Token], j: int) -> bool:
    """", the pilot," right after a name: a listed role, not only an agent-shaped word."""
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    role = role_forward(block, tokens, j + 1)
    return bool(role) and (not weak_role(role) or tokens[j + 1].lower in ("the", "a", "an"))


def _kin_of_office(tokens: list[Token], j: int, end: int) -> bool:
    """"wife of the Secretary at War" from j to end: a kin of an office's holder, whom the
    name after it names."""
    j += tokens[j].lower in ("the", "a", "an")
    return j + 2 < end and tokens[j].lower in vocab.KIN_NOUNS and tokens[j + 1].lower == "of" \
        and tokens[end - 1].capitalised


def apposition_of_next(block: Block, tokens: list[Token], j: int) -> bool:
    """"from Kessa, the last shogun, Kato Vero, offered": the apposition at j stands before
    the next name, whose own apposition it is (no second role follows that name)."""
    end = role_end(tokens, j)
    if end + 1 >= len(tokens) or tokens[end].text != "," or not run_start(tokens, end + 1) \
            or tokens[end + 1].sentence != tokens[j].sentence or _kin_of_office(tokens, j, end):
        return False
    after = run_end(tokens, end + 1)
    return after + 1 < len(tokens) and tokens[after].text == "," \
        and tokens[after + 1].lower not in ("and", "or") \
        and not role_forward(block, tokens, after + 1)


PARTICIPLE_LINKS = frozenset("by in at on as to from for".split())  # "the mayor elected in"


def new_clause(tokens: list[Token], j: int) -> bool:
    """"According to X, the figures were inflated": the words after the comma open a clause
    of their own (a verb before any relative word or punctuation), no apposition."""
    for k in range(j, min(len(tokens), j + 6)):
        token = tokens[k]
        if not token.word or token.lower in ("who", "whom", "whose", "which", "that"):
            return False
        if token.lower in AUXILIARIES:
            return True
        if vocab.role_head(token.text) and k + 1 < len(tokens):  # "X, the duke fled"
            verb = tokens[k + 1]
            # (but "X, a hydraulic engineer paid by the city": a participle, no new clause;
            # "X, a miller turned smuggler,": one calling become another)
            return verb.lower in AUXILIARIES or (verb.lower in PAST_TENSES or past_tense(verb)) \
                and (k + 2 >= len(tokens) or tokens[k + 2].lower not in PARTICIPLE_LINKS
                     and not (verb.lower == "turned" and vocab.role_head(tokens[k + 2].text)))
    return False


def second_deed_role(block: Block, tokens: list[Token], j: int) -> str | None:
    """"X is crowned at Ostra and founds the Vorro dynasty": the deed of the second verb
    the name is the subject of (no other name before the "and")."""
    if j + 1 >= len(tokens):
        return None
    object_end = j + 1  # "X defeats Y Z and founds ...": past the object
    if tokens[j + 1].capitalised and _acting(tokens[j]):
        while object_end < len(tokens) and tokens[object_end].capitalised \
                and tokens[object_end].word:
            object_end += 1
    for k in range(j, min(len(tokens) - 1, j + 8)):
        token = tokens[k]
        if not token.word and token.text != "," or token.sentence != tokens[j].sentence:
            return None
        if token.capitalised and k >= object_end and tokens[k - 1].lower not in vocab.PLACE_TO:
            return None
        if token.lower == "and":
            start = j - 1
            while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].word:
                start -= 1
            if start and _acting(tokens[start - 1]):
                return None  # "A defeats X and founds ...": X is the object, A founds
            return deed_role(block, tokens, k + 1)
    return None


def _acting(token: Token) -> bool:
    """A verb of a notes line's present tense or a past tense ("defeats", "defeated")."""
    return token.word and not token.capitalised and token.lower not in vocab.STOPWORDS and (
        past_tense(token) or len(token.lower) > 4 and token.lower.endswith("s")
        and not token.lower.endswith("ss"))


def arrow_role(block: Block, tokens: list[Token], j: int) -> str | None:
    """notes: "X born -> heir to the throne": on a line, the description an arrow leads to,
    a word or two after the name; or X's later deed after a first one ("X nursed the sick at
    Y → later founded the Z")."""
    for k in range(j, min(len(tokens) - 1, j + 10)):
        if tokens[k].text == "→" or tokens[k].text == "-" and tokens[k + 1].text == ">":
            near = k < j + 4
            k += 1 + (tokens[k].text == "-")
            k += k + 1 < len(tokens) and tokens[k].lower in DEED_ADVERBS  # "-> later founds"
            return near and role_forward(block, tokens, k) or deed_role(block, tokens, k)
        if not tokens[k].word:
            return None
    return None


def role_as_after_place(block: Block, tokens: list[Token], j: int) -> str | None:
    """"sent X to the fens as Crown Agent": the office "as" gives, past where X went (j is
    at the preposition)."""
    for k in range(j + 1, min(len(tokens) - 1, j + 6)):
        if not tokens[k].word or tokens[k].lower in CLAUSE_ENDS or tokens[k].lower in AUXILIARIES:
            return None  # "came home to Vestmark in 1899 and was elected as ...": the subject's
        if tokens[k].lower == "as":
            role = role_forward(block, tokens, k + 1) or _capitalised_calling(block, tokens,
                                                                              k + 1)
            return role if role and (tokens[k + 1].capitalised or not weak_role(role)) else None
    return None


def _capitalised_calling(block: Block, tokens: list[Token], j: int) -> str | None:
    """"British Resident": capitalised words ending in a calling of the lists, which the
    lists hold in lower case only (a capitalised one may be a surname elsewhere)."""
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].capitalised and tokens[k].word:
        k += 1
    return span_text(block, tokens, j, k) if k > j and vocab.listed_role(tokens[k - 1].lower) \
        else None


def fellows(block: Block, tokens: list[Token], j: int) -> str | None:
    """"(X and six) noble conspirators": the plural role X shares with those counted, made
    singular."""
    first = j
    while first < len(tokens) and (tokens[first].lower in vocab.NUMBER_WORDS
                                   or tokens[first].lower == "other"):
        first += 1  # "and three hundred other soldiers"
    for k in range(first, min(len(tokens), first + 3)):
        token = tokens[k]
        if not token.word or token.capitalised:
            return None
        if vocab.singular(token.lower) != token.lower and vocab.role_head(token.lower):
            return said_of_one(span_text(block, tokens, first, k + 1), token.text)
    return None


def role_end(tokens: list[Token], j: int) -> int:
    """Where a role phrase starting at j ends (a rough end: up to the next punctuation)."""
    while j < len(tokens) and tokens[j].word:
        j += 1
    return j


def predicate_role(block: Block, tokens: list[Token], j: int,
                   single: bool = False) -> str | None:
    """"X was elected consul", "X became king", "X as Minister of Finance"."""
    rest = " ".join(t.lower for t in tokens[j:j + 6] if t.word)
    link = LINKING.match(rest)
    if not link:
        return None
    skipped = len(link.group().split())
    k = j
    while skipped and k < len(tokens):
        skipped -= tokens[k].word
        k += 1
    role = role_forward(block, tokens, k)
    if role and link.group() == "as" and single and not re.search(r"\b[A-Z]", role):
        return None  # "governed Varnland as regent": a single word needs a title after "as"
    return role


# Notes' present tense of heading a body ("X chairs the War Council"): X's office.
HEADING_VERBS = {"chairs": "chair", "heads": "head", "directs": "director", "edits": "editor",
                 "commands": "commander", "governs": "governor"}


def heads_body(block: Block, tokens: list[Token], j: int) -> str | None:
    """"chairs (the) War Council" at j: the office of whoever does it, else None."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].lower not in HEADING_VERBS \
            or not tokens[j - 1].capitalised or tokens[j].capitalised:
        return None
    k = j + 1 + (tokens[j + 1].lower == "the")
    if k >= len(tokens) or not run_start(tokens, k):
        return None
    end = run_end(tokens, k)
    return f"{HEADING_VERBS[tokens[j].lower]} of {span_text(block, tokens, j + 1, end)}"


DEEDS = {"led": "leader", "founded": "founder", "commanded": "commander", "headed": "head",
         "chaired": "chair", "directed": "director", "edited": "editor", "ruled": "ruler",
         "governed": "governor", "taught": "teacher", "coached": "coach",
         "managed": "manager", "designed": "designer", "owned": "owner",
         "piloted": "pilot", "wrote": "author", "painted": "painter", "composed": "composer",
         "invented": "inventor", "discovered": "discoverer", "translated": "translator",
         "published": "publisher", "produced": "producer", "built": "builder",
         "explored": "explorer", "photographed": "photographer", "runs": "head", "ran": "head",
         "heads": "head", "leads": "leader", "commands": "commander", "founds": "founder",
         "rules": "ruler", "governs": "governor", "edits": "editor", "directs": "director"}


# Deeds done to a land named bare ("governed Varna": its governor; but "led Anna home").
LAND_RULING = frozenset("governed ruled governs rules".split())
WORK_DEEDS = frozenset("wrote painted composed published produced built photographed".split())


def deed_role(block: Block, tokens: list[Token], j: int) -> str | None:
    """"X led the Northern Expedition" makes X its leader."""
    if j + 1 >= len(tokens) or tokens[j].lower not in DEEDS:
        return None
    k = j + 1
    if tokens[k].lower in ("his", "her", "their") and tokens[j].lower in WORK_DEEDS:
        return None  # "wrote her life": no author of a life
    bare = tokens[k].lower not in ("the", "a", "an", "his", "her", "their")
    if bare and tokens[j].lower in LAND_RULING and name_token(tokens[k]) \
            and tokens[k].lower not in vocab.MONTHS:  # (but "ruled Thursday that": when)
        return f"{DEEDS[tokens[j].lower]} of {span_text(block, tokens, k, run_end(tokens, k))}"
    if bare and (tokens[j].lower != "taught" or not _noun_modifier(tokens[k])):
        return None  # only "taught physics" goes without an article
    end = k + (not bare)
    while end < len(tokens) and end - k < 6 and tokens[end].word \
            and tokens[end].sentence == tokens[j].sentence \
            and tokens[end].lower not in vocab.STOPWORDS \
            and tokens[end].lower not in VERB_PARTICLES:  # "led the garrison out of the fort"
        end += 1
    if end == k + (not bare):
        return None
    return f"{DEEDS[tokens[j].lower]} of {span_text(block, tokens, k, end)}"


VERB_PARTICLES = frozenset("out off away back home down up onward onwards forward".split())


# Irregular past tenses that open what a person did ("X wrote to ...", "X fled to ...").
PAST_TENSES = frozenset("""
wrote led took retook made gave became won lost fought began met sent left built ran held fled
saw told brought rose fell drew struck spoke broke chose sought taught thought kept bought sold
paid found stood went came
""".split())
CLAUSE_ENDS = frozenset("and but or which who whom whose while when because".split())
DEED_ADVERBS = vocab.APPOSITION_ADVERBS | frozenset("first then soon".split())
DAY_NOUNS = frozenset("day night morning evening week".split())


def day_phrase(tokens: list[Token], j: int) -> bool:
    """"the same day", "that night", "the next morning": when, not whom, after a fate."""
    if j + 1 >= len(tokens) or tokens[j].lower not in ("the", "that"):
        return False
    k = j + 1 + (tokens[j + 1].lower in ("same", "next", "following", "previous"))
    return k < len(tokens) and tokens[k].lower in DAY_NOUNS


def deed_phrase(block: Block, tokens: list[Token], j: int) -> str | None:
    """"X first bridged the river in 55 BC": what the subject did, up to the clause's end."""
    verb = j + (j < len(tokens) and tokens[j].lower in DEED_ADVERBS)
    if verb >= len(tokens) or not past_tense(tokens[verb]):
        return None
    end = verb + 1
    while end < len(tokens) and end - verb < 10 and tokens[end].word \
            and tokens[end].sentence == tokens[verb].sentence \
            and tokens[end].lower not in CLAUSE_ENDS:
        end += 1
    return span_text(block, tokens, j, end) if end >= verb + 3 else None


GOVERNMENTS = frozenset("government cabinet ministry coalition".split())
OFFICE_DEEDS = frozenset("made formed ruled".split())  # the verbs deed_of_office reads
RULE_PREPOSITIONS = frozenset("in over at from".split())


def deed_of_office(block: Block, tokens: list[Token], j: int) -> str | None:
    """A deed that says an office, said as a role: "X made heir of Y", "X made Supreme Ruler
    at Z" (not "made Y a marshal": Y's), "X formed a Whig government" (its head), "X ruled in
    Z" (a ruler); not "X made friends" (a plural), "X ruled in Y's favour" (a judgment)."""
    if j + 2 >= len(tokens) or tokens[j].sentence != tokens[j + 1].sentence:
        return None
    verb, following = tokens[j].lower, tokens[j + 1]
    if verb == "made" and following.lower not in vocab.DETERMINERS \
            and (not following.capitalised or vocab.role_part(following.text)) \
            and not (following.lower.endswith("s") and not following.lower.endswith("ss")):
        return role_forward(block, tokens, j + 1, bare=True)
    if verb == "formed" and following.lower in ("a", "the"):
        head = next((k for k in range(j + 2, min(len(tokens), j + 5))
                     if tokens[k].lower in GOVERNMENTS), None)
        if head is not None and all(t.word for t in tokens[j + 2:head]):
            return f"head of {span_text(block, tokens, j + 1, head + 1)}"
    if verb == "ruled" and following.lower in RULE_PREPOSITIONS \
            and name_token(tokens[j + 2]) and not tokens[run_end(tokens, j + 2) - 1].possessive:
        return f"ruler {following.lower} {span_text(block, tokens, j + 2, run_end(tokens, j + 2))}"
    return None


def past_tense(token: Token) -> bool:
    lower = token.lower
    return not token.capitalised and (lower in PAST_TENSES or len(lower) > 4
                                      and lower.endswith("ed") and lower.isalpha())


def force_led(block: Block, tokens: list[Token], j: int) -> str | None:
    """"X's army", "X's Tarn Army": X commands it (a description, no evidence of a person)."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].capitalised and not tokens[k].possessive \
            and tokens[k].lower not in vocab.ARMED_FORCES:
        k += 1
    if k < len(tokens) and tokens[k].lower in vocab.ARMED_FORCES and tokens[k].word:
        return f"commander of the {span_text(block, tokens, j, k + 1)}"
    return None


def clause_role(block: Block, tokens: list[Token], j: int) -> str | None:
    """The role in a "who" clause: "who had been mayor of the city", "who commanded the
    fleet" (its commander); what else the clause tells is no role ("who had won the vote")."""
    if j >= len(tokens):
        return None  # the text ends at "who"
    deed = j + 1 if tokens[j].lower in ("later", "then", "also") else j  # "who later led"
    if deed + 1 < len(tokens) and tokens[deed].lower in ("had", "has"):
        deed += 1  # "who had commanded a division"
    return predicate_role(block, tokens, j) or deed_role(block, tokens, deed)


def past_clause(tokens: list[Token], j: int) -> int | None:
    """Where reading goes on after a clause between commas that starts at j, if it closes
    with a comma in the same sentence."""
    for k in range(j, min(len(tokens), j + 16)):
        if tokens[k].sentence != tokens[j].sentence or tokens[k].text in ".;:()":
            return None
        if tokens[k].text == ",":
            return k + 1
    return None


GROUP_LINKS = frozenset("at of from in and".split())


def led_by(block: Block, tokens: list[Token], start: int) -> str | None:
    """"the clan led by X", "the League under X" make X the leader; "the army commanded by
    X" its commander."""
    noun = "leader"
    verb = _agent_verb(tokens, start, ("led", "commanded", "headed", "chaired", "directed"))
    if verb is not None:
        noun = DEEDS[tokens[verb].lower]
        k = verb - 1
        while k > 0 and tokens[k].lower in AUXILIARIES:
            k -= 1  # "the march was led by X"
    elif start >= 2 and tokens[start - 1].lower == "under" \
            and not tokens[start - 2].lower.endswith("ed"):  # "studied under X": a teacher
        k = start - 2
    else:
        return None
    if tokens[run_end(tokens, start) - 1].possessive:
        return None  # "led by X's mother": she leads
    if k >= 0 and tokens[k].text == ",":
        k -= 1
        while k > 0 and (tokens[k].text.isdigit() or tokens[k].text in vocab.ERAS
                         or tokens[k].text in ("-", "–")):
            k -= 1  # "the Kessian Revolt 499 - 493 BCE, led by X": the revolt's years
    if k > 0 and tokens[k].text == ")":
        k = next((o - 1 for o in range(k - 1, max(0, k - 12), -1) if tokens[o].text == "("), k)
        # "the Vell Kesh ("red band") led by X": past the name's gloss
    group_end = k + 1
    first = None
    while k >= 0 and group_end - k < 7 and tokens[k].sentence == tokens[start].sentence:
        token = tokens[k]
        if token.lower in ("the", "a", "an"):
            first = k
            if k < 2 or tokens[k - 1].lower not in GROUP_LINKS:
                break
            k -= 1
            continue
        if past_tense(token) and first is not None and not past_tense(tokens[first]) \
                and (k == 0 or tokens[k - 1].lower not in vocab.DETERMINERS):
            break  # "... and sent commissioners led by X": the verb ends the group
        if token.text in "\"“”'’" or token.word and token.lower not in vocab.STOPWORDS:
            first = k
            k -= 1
            continue
        if token.lower in GROUP_LINKS and first is not None:
            k -= 1  # "troops from the north led by X", "a team at KIT led by X": one group
            continue
        if token.text == "," and first == k + 1 and k and tokens[k - 1].text.isdigit() \
                and tokens[k + 1].text.isdigit():
            k -= 1  # "158,000 men under X"
            continue
        break
    last = tokens[group_end - 1]
    if first is None or last.lower in TIME_NOUNS or last.text.isdigit() \
            or last.lower in VERB_PARTICLES:
        return None  # "trained for months under X", "in 1868 under X": no leader of a time;
        # "the town held out, led by X": no group
    if not last.capitalised and vocab.listed_role(last.lower) \
            and vocab.singular(last.lower) == last.lower:
        return None  # "served as chancellor under King X": a post held under X, no group
    group = re.sub(r"[\"“”]", "", span_text(block, tokens, first, group_end)).strip(" ,")
    group = re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", group)
    return f"{LIST_ROLE}{noun} of {group}"


AUXILIARIES = frozenset("was were is are been had has being".split())
AGENT_ADVERBS = frozenset("at first initially jointly later briefly then also".split())
# "narrated by X": X's role in the work or deed
AGENT_NOUNS = {"written": "author", "painted": "painter", "composed": "composer",
               "designed": "designer", "narrated": "narrator", "sculpted": "sculptor",
               "edited": "editor", "translated": "translator",
               "illustrated": "illustrator", "commissioned": "patron",
               "discovered": "discoverer", "excavated": "excavator", "found": "discoverer",
               "portrayed": "actor", "played": "actor", "sung": "singer",
               "conducted": "conductor", "photographed": "photographer"}


def _agent_verb(tokens: list[Token], start: int, verbs) -> int | None:
    """Where the verb of "<verb> (at first) by X" stands, if it is one of ``verbs``."""
    if start < 2 or tokens[start - 1].lower != "by":
        return None
    k = start - 2
    while k > 0 and start - k < 5 and tokens[k].lower in AGENT_ADVERBS:
        k -= 1
    return k if tokens[k].lower in verbs and tokens[k].sentence == tokens[start].sentence \
        else None


def agent_role(block: Block, tokens: list[Token], start: int) -> str | None:
    """"written by X", "narrated at first by X": the author, the narrator."""
    verb = _agent_verb(tokens, start, AGENT_NOUNS)
    return None if verb is None else AGENT_NOUNS[tokens[verb].lower]


def founded_by(block: Block, tokens: list[Token], start: int) -> str | None:
    """"established in Dornland by X": X is a founder; "he founded, with X and Y, the ...":
    each a co-founder."""
    if start >= 3 and tokens[start - 1].lower == "with" and tokens[start - 2].text == "," \
            and tokens[start - 3].lower.removeprefix("co-") in FOUNDED | {"founds"}:
        return f"{LIST_ROLE}co-founder"
    if start < 2 or tokens[start - 1].lower != "by":
        return None
    first = max(0, start - 6)
    for k in range(first, start - 1):
        if tokens[k].lower in FOUNDED and tokens[k].sentence == tokens[start].sentence and (
                tokens[k].lower != "set" or tokens[k + 1].lower == "up"):
            return "founder"  # "set up by X", but "the goal set by X"
    return None


LIST_CUE_ENDS = frozenset(cue.split()[-1] for cue in vocab.LIST_CUES)
BRACKET_CUES = frozenset({"e.g.", "i.e.", "incl.", "esp.", "viz."})  # "(e.g. X)", "(incl. X)"


def list_cue(block: Block, tokens: list[Token], start: int) -> str | None:
    """"prominent academics — including X": the plural role, made singular, is X's role."""
    bracket = next((k for k in range(start - 2, max(0, start - 6), -1)
                    if tokens[k].text == "("), None) if tokens[start - 1].text == "." else None
    inside = bracket and bracket + 2 < start and tokens[bracket + 1].word \
        and "".join(t.lower for t in tokens[bracket + 2:start]) in BRACKET_CUES
    if inside or bracket and "".join(t.lower for t in tokens[bracket + 1:start]) in BRACKET_CUES:
        k = bracket + 1 if inside else bracket - 1  # "later poets (e.g. X)", "the aldermen
        # (incl. X and Y)": examples; "(editors incl. X)": the plural role inside
        return LIST_ROLE + vocab.singular(tokens[k].lower) if vocab.role_head(tokens[k].lower) \
            and vocab.singular(tokens[k].lower) != tokens[k].lower else None
    if not start or tokens[start - 1].lower not in LIST_CUE_ENDS:
        return None  # most names: no cue before them (a quick look before the full one)
    window = " ".join(t.lower for t in tokens[max(0, start - 3):start])
    for cue in vocab.LIST_CUES:
        if window.endswith(cue):
            k = start - len(cue.split()) - 1
            if k >= 0 and tokens[k].lower in ("chief", "foremost"):
                k -= 1  # "capable ministers, chief among them X"
            if k >= 1 and cue == "included" and tokens[k].lower in ("that", "which", "who"):
                k -= 1  # "a circle of printers that included X": the printers are listed
            while k >= 0 and not tokens[k].word:
                k -= 1
            place = k
            while place >= 1 and tokens[place].capitalised and tokens[place].word:
                place -= 1
            if place < k and tokens[place].lower in vocab.PLACE_PREPOSITIONS:
                k = place - 1  # "physiologists in Kellport, notably X"
            elif k >= 3 and tokens[k - 1].lower == "the" \
                    and tokens[k - 2].lower in vocab.PLACE_PREPOSITIONS \
                    and not tokens[k].capitalised:
                k -= 3  # "viceroys in the south, among them X"
            if k >= 0 and vocab.singular(tokens[k].lower) == tokens[k].lower:
                k = _before_relative_clause(tokens, k)  # "engineers who had worked for
                # the old prince, among them X": the engineers are listed
            if k < 0 or not vocab.role_head(tokens[k].lower) \
                    or vocab.singular(tokens[k].lower) == tokens[k].lower:
                return None
            if k == 0 or tokens[k - 1].sentence != tokens[k].sentence:
                # "Residents such as X": capitalised by the sentence
                return LIST_ROLE + vocab.singular(tokens[k].lower)
            return role_before(block, tokens, k + 1)
    return None


def _before_relative_clause(tokens: list[Token], k: int) -> int:
    """The word before "who/that/which" of a relative clause without punctuation ending at
    ``k`` (at most ten words), else ``k``."""
    r = k
    while r > 0 and k - r < 10 and tokens[r].word and tokens[r].sentence == tokens[k].sentence:
        if tokens[r].lower in ("who", "that", "which"):
            return r - 1
        r -= 1
    return k


# "the government of X": what X headed, and so X's role.
HEADED = {"government": "head of government", "cabinet": "head of the cabinet",
          "administration": "head of the administration", "regime": "head of the regime",
          "reign": "ruler", "dictatorship": "dictator", "command": "commander"}


# Groups of a few people named one by one: "the triumvirate of A, B and C".
RULING_GROUPS = frozenset("triumvirate duumvirate triarchy tetrarchy troika".split())


def leader_of(block: Block, tokens: list[Token], start: int) -> str | None:
    """"the conspiracy of X", "the revolt of X": X led it; "the government of X": X headed it."""
    if start < 2 or tokens[start - 1].lower != "of":
        return None
    head = tokens[start - 2].lower
    if head in vocab.LED_DEEDS:
        return f"leader of the {head}"
    if head in RULING_GROUPS:
        return f"{LIST_ROLE}member of the {head}"  # "the triumvirate of A, B and C": each
    return HEADED.get(head)


def whose_work(block: Block, tokens: list[Token], j: int) -> str | None:
    """", whose (2004) book Cold Water": the role of the work's author, else None."""
    k = j + 2
    if k >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower != "whose":
        return None
    k += vocab.DATED.match(tokens[k].lower) is not None and k + 1 < len(tokens)
    if tokens[k].lower not in vocab.WORK_NOUNS:
        return None
    return f"author of the {tokens[k].lower}" + title_after(block, tokens, k + 1)


def title_after(block: Block, tokens: list[Token], j: int) -> str:
    k = j
    while k < len(tokens) and tokens[k].word and tokens[k].capitalised:
        k += 1
    return " " + span_text(block, tokens, j, k) if k > j else ""


def clean_role(role: str) -> str:
    role = role.replace(LIST_ROLE, "")
    role = re.sub(r"[\"“”]", "", role).strip(" ,;:.-–—")
    return re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
