"""Signs in the words around a name that it is a person's.

What only people take: being married, met or studied under ("married X", "studied under X"),
a kin or companion noun ("the wife of X", "his rival X"), a work or idea of their own ("the
works of X", "the system of X"), being painted or shot ("painted by X").
"""

from __future__ import annotations

from studyapp.extract import names as vocab
from studyapp.extract.name_runs import Token, run_end

# Verbs whose object is a person ("married X", "corresponded with X").
PERSONAL_OBJECT_VERBS = frozenset("""
married marries wed divorced succeeded succeeds assassinated murdered executed deposed overthrew
knighted befriended corresponded betrayed poisoned beheaded excommunicated canonised canonized
served
""".split())
# Participles whose agent ("painted by X") is a person.
PERSONAL_AGENT_VERBS = frozenset("""
influenced inspired written painted composed designed sculpted assassinated murdered shot
stabbed betrayed crowned succeeded knighted excommunicated poisoned beheaded drafted
""".split())


def object_of_personal_verb(tokens: list[Token], start: int) -> bool:
    """"married X", "corresponded with X", "painted by X", "met X", "compared him to X",
    "his rival X": X is a person."""
    if start and (tokens[start - 1].lower in PERSONAL_OBJECT_VERBS
                  or tokens[start - 1].lower in MEETING_VERBS):
        return True
    if start >= 3 and tokens[start - 1].lower in ("to", "with") \
            and tokens[start - 2].lower in OBJECTS and tokens[start - 3].lower in LIKENING_VERBS:
        return True  # "compared him to X", "ranked her with X"
    if start >= 2 and tokens[start - 1].lower == "to" and any(
            t.lower in ("dedicated", "dedicates") for t in _clause_back(tokens, start - 2, 8)):
        return True  # "dedicated her third symphony to X"
    if start and tokens[start - 1].lower in ("heard", "saw", "watched") \
            and run_end(tokens, start) < len(tokens) \
            and tokens[run_end(tokens, start)].lower in PERFORMING:
        return True  # "heard X play"
    if start >= 2 and tokens[start - 1].lower == "of" and works_read(tokens, start - 2):
        return True  # "copied the works of X": their author
    if start >= 2 and tokens[start - 1].lower == "and" \
            and tokens[start - 2].lower in ("himself", "herself"):
        return True  # "abdicates for himself and X"
    if start >= 2 and tokens[start - 1].lower in KIN_OF_NOUNS \
            and not tokens[start - 1].capitalised \
            and tokens[start - 2].lower in PERSONAL_DETERMINERS:
        return True  # "his rival X", "her tutor X" (the noun alone is a weak role)
    if start >= 2 and tokens[start - 1].lower == "by" and any(
            t.lower in PERSONAL_AGENT_VERBS for t in _clause_back(tokens, start - 2, 8)):
        return True  # "painted by X", "shot in the theatre in 1911 by X"
    if start >= 2 and tokens[start - 1].lower in ("under", "to", "with") \
            and tokens[start - 2].lower in PUPIL_VERBS and not tokens[start].possessive:
        return True  # "studied under X", "apprenticed to X": a master (not "Varn's masters")
    if start >= 2 and tokens[start - 1].lower == "under" and tokens[start - 2].lower in PUPILS \
            and not tokens[start].possessive:
        return True  # "became a monk under X": a teacher
    return start >= 2 and tokens[start - 1].lower == "with" and \
        tokens[start - 2].lower in PERSONAL_OBJECT_VERBS


IDEAS = frozenset("system theory doctrine doctrines teaching teachings ideas philosophy".split())
AUTHORED = frozenset("book books treatise poems novels essays writings sermons".split())
HOLDING_VERBS = frozenset("defended defends taught teaches adopted adopts rejected rejects "
                          "attacked attacks championed champions followed follows".split())
READING_VERBS = frozenset("read copied studied translated edited admired imitated collected "
                          "reads copies studies translates edits admires imitates".split())


def idea_held(tokens: list[Token], k: int) -> bool:
    """"defended the system of (X)", "the book of (X)" with the noun at k: X its author, or a
    place."""
    return k >= 2 and tokens[k - 1].lower == "the" and (
        tokens[k].lower in IDEAS and tokens[k - 2].lower in HOLDING_VERBS
        or tokens[k].text in AUTHORED)  # "suspended the book of X"


def works_read(tokens: list[Token], k: int) -> bool:
    """"copied the works of (X)" with "works" at k: an author's writings or paintings, not a
    factory ("the works of Kessel": a place's)."""
    return k >= 2 and tokens[k].lower == "works" and tokens[k - 1].lower == "the" \
        and tokens[k - 2].lower in READING_VERBS


def _clause_back(tokens: list[Token], j: int, most: int) -> list[Token]:
    """The words from j back to the clause's start (at most ``most``), nearest first."""
    words = []
    while j >= 0 and len(words) < most and tokens[j].word:
        words.append(tokens[j])
        j -= 1
    return words


PUPIL_VERBS = frozenset("studied trained apprenticed".split())
PUPILS = frozenset("pupil pupils student students apprentice apprentices disciple disciples "
                   "novice novices monk monks nun nuns hermit".split())
# Verbs whose bare object is a person: "met X", "shoots X" (not "visited X": a place).
MEETING_VERBS = frozenset("met meets shoots".split())
LIKENING_VERBS = frozenset("compared compares likened likens ranked ranks linked links"
                           .split())  # "... him to X", "ranked her with X"
PERFORMING = frozenset("play sing speak preach perform lecture dance conduct".split())
OBJECTS = frozenset("him her them".split())
PERSONAL_DETERMINERS = frozenset("his her their whose".split())
# "the wife of X", "a rival of X": only a person (but "an ally of Varnia", "a member of X").
KIN_OF_NOUNS = vocab.KIN_NOUNS | frozenset("""
heir heiress bride groom predecessor successor rival great-nephew great-niece
follower followers disciple disciples pupil pupils admirer admirers mentor protégé protege
companion companions friend friends tutor confidant consort lover mistress colleague
""".split())


def kin_of(tokens: list[Token], start: int) -> bool:
    """"the wife of X", "the death of X": X is a person (but "the Friends of Vellview", "the
    Sons of Liberty": a body's name)."""
    return (start >= 2 and tokens[start - 1].lower == "of"
            and (tokens[start - 2].lower in KIN_OF_NOUNS
                 or tokens[start - 2].lower in vocab.PERSONAL_POSSESSIONS)
            and not (tokens[start - 2].capitalised and tokens[start - 2].lower.endswith("s")))
