"""Signs that a run shaped like a name is a place, work, body, event or character.

Each rule reads the words around the run ("a technique called X", "X, a weekly magazine",
"the Kellport riots", "the fictional X") and says whether they make it no person's name.
"""

from __future__ import annotations

import re

from studyapp.extract import names as vocab
from studyapp.extract.name_runs import JOINED_PARTICLE, Token, name_token
from studyapp.extract.roles import past_tense
from studyapp.model import Block, Document

# Buildings and grounds named with the locality they stand in ("X Cemetery, Orley Heath").
SITE_WORDS = frozenset("cemetery churchyard graveyard church chapel cathedral abbey priory "
                       "hospital school college academy university hall palace castle manor "
                       "park gardens museum library station".split())
# Verbs said of places only, in notes without "was": "X ceded, five ports opened".
CEDED = frozenset("ceded annexed sacked razed".split())
# Words before a title said of someone: "was then Regius Professor", "the title Lantern King".
TITLE_CUES = vocab.LINKING_WORDS | frozenset("title titles styled called".split())
# Plain nouns of people ("a man called X"), not roles by their shape.
PERSON_NOUNS = frozenset("""
man woman men women boy girl child children baby youth person people figure monk nun
""".split())
BULLET = re.compile(r"^\s*[*+-]\s+")


def institution_before(tokens: list[Token], start: int) -> bool:
    """"the Society for the Relief of Poor Sailors": capitalised words joined by "of", "for",
    "the" before the run, one of them naming an institution, make one name with it."""
    k = start - 1
    while k > 0 and start - k < 9 and tokens[k - 1].sentence == tokens[start].sentence and (
            tokens[k - 1].capitalised and tokens[k - 1].word
            or tokens[k - 1].lower in ("of", "for", "the")):
        k -= 1
        if tokens[k].capitalised and tokens[k].lower in vocab.NOT_PERSON_WORDS:
            return True
    return False


def called_thing(tokens: list[Token], start: int) -> bool:
    """"a technique called X", "a paste known as X": the name of a thing (but "a gunner named
    X", "a man called X", "his son, known as X")."""
    k = start - 1
    if k >= 1 and tokens[k].lower == "as" and tokens[k - 1].lower == "known":
        k -= 1
    elif not (k >= 1 and tokens[k].lower in ("called", "named", "dubbed")):
        return False
    noun = tokens[k - 1]
    return noun.word and not noun.capitalised and noun.sentence == tokens[start].sentence \
        and noun.lower not in vocab.STOPWORDS and noun.lower not in PERSON_NOUNS \
        and not vocab.role_head(noun.lower) and not noun.lower.endswith(("ly", "ed")) \
        and noun.lower not in ("often", "sometimes", "usually", "simply", "affectionately")


def after_place_preposition(tokens: list[Token], end: int) -> bool:
    """The capitalised words ending at ``end`` (three at most) follow "in/at/near" ("born in
    Moss Side, X": X is the region of that place)."""
    k = end
    while k > 0 and end - k < 3 and tokens[k].capitalised and tokens[k].word:
        k -= 1
    return k < end and tokens[k].lower in ("in", "at", "near")


def locality_of_building(tokens: list[Token], start: int) -> bool:
    """The name at ``start`` follows "in/at <a building's or site's name>," ("in St Odile's
    Cemetery, X", "at the Old Hospital, X"): the locality the place stands in."""
    k = start - 2
    if k < 1 or tokens[k].lower not in SITE_WORDS:
        return False
    while k >= 0 and tokens[k].capitalised:
        k -= 1
    k -= k >= 0 and tokens[k].lower == "the"
    return k >= 0 and tokens[k].lower in vocab.PLACE_PREPOSITIONS


def plural_name(token: Token) -> bool:
    """"Dornans", "Kessards": a capitalised plural (not "Gass", "Mavis")."""
    return token.capitalised and token.lower.endswith("s") \
        and not token.lower.endswith(("ss", "is", "us"))


def names_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """"whose Kessel V rocket", "the Vesper 11 mission": a name qualifying a thing noun;
    "Champ de Lune massacre": a happening named for its place, with or without "the"."""
    if end >= len(tokens) or tokens[end - 1].possessive or not tokens[end].word \
            or tokens[end].capitalised:
        return False
    following = tokens[end].lower
    return following in HAPPENING_NOUNS or 0 < start \
        and tokens[start - 1].lower in vocab.DETERMINERS | {"whose"} \
        and (following in vocab.NOT_PERSON_WORDS or following in vocab.WORK_NOUNS)


# Happenings named for a place: "the Kellport riots", "Champ de Lune massacre".
HAPPENING_NOUNS = frozenset("""
massacre massacres uprising riots riot revolt rebellion pogrom pogroms mutiny insurrection
""".split())


def past_other_name(tokens: list[Token], after: int) -> int:
    """Past "(Giovane Norlandia)" after a thing's name: the thing's name in another language,
    no person (a bracket holding only capitalised words)."""
    if after >= len(tokens) or tokens[after].text != "(":
        return after
    k = after + 1
    while k < len(tokens) and k - after <= 6 and tokens[k].word and (
            tokens[k].capitalised or tokens[k].lower in vocab.PARTICLES):
        k += 1
    return k + 1 if k > after + 1 and k < len(tokens) and tokens[k].text == ")" else after


FICTION = frozenset("novel novels play plays poem poems story stories tale tales opera film "
                    "films novella".split())
# Words that may follow the head noun of "a weekly magazine founded in 1850".
WORK_PHRASE_LINKS = frozenset("of in by on from for since that which and founded published "
                              "edited printed issued launched".split())


def work_apposition(tokens: list[Token], end: int) -> bool:
    """"X, a weekly magazine", "X (1850–59): weekly magazine": a description that makes X
    a work; a title may go on past a small word ("Plain Words on Sailing, a manual")."""
    while end + 1 < len(tokens) and tokens[end].lower in vocab.TITLE_LINKS \
            and tokens[end + 1].capitalised:
        end += 2
        while end < len(tokens) and tokens[end].capitalised and tokens[end].word:
            end += 1
    if end < len(tokens) and tokens[end].text == "(":
        end = next((k + 1 for k in range(end, min(len(tokens), end + 12))
                    if tokens[k].text == ")"), end)
    if end + 1 >= len(tokens) or tokens[end].text not in (",", ":", "–", "—", "-"):
        return False
    end += tokens[end + 1].lower in vocab.DETERMINERS  # "X, our daily newsletter"
    for k in range(end + 1, min(len(tokens), end + 5)):
        token = tokens[k]
        if not token.word or token.capitalised or vocab.role_head(token.lower) \
                and token.lower not in vocab.WORK_NOUNS:  # "newsletter" is shaped like a role
            return False
        if past_tense(token) or token.lower in ("whose", "his", "her", "their"):
            return False  # "X, wrote poems": what X did; "X, whose book ...": X wrote it
        if token.lower in vocab.WORK_NOUNS:
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            # the head of the phrase: "a weekly magazine", not "a newspaper editor"
            return following is None or not following.word or following.capitalised \
                or following.lower in WORK_PHRASE_LINKS
    return False


def qualifies_troops(tokens: list[Token], end: int) -> bool:
    """"Remnant Tianlo armies", "Union troops": words qualifying a body of men (a person's
    would be "X's troops")."""
    return end < len(tokens) and not tokens[end - 1].possessive \
        and tokens[end].lower in vocab.FOLLOWER_NOUNS and not tokens[end].capitalised \
        and tokens[end].lower.endswith("s")


def in_a_work(tokens: list[Token], end: int) -> bool:
    """"the death of Paul Varden from his novel": a character of a work, no real person;
    "Orm's Letters by A": the first word of a work's title."""
    if end + 2 < len(tokens) and tokens[end - 1].possessive and tokens[end].capitalised \
            and not vocab.role_part(tokens[end].text) and tokens[end + 1].lower == "by" \
            and name_token(tokens[end + 2]):
        return True
    return end + 2 < len(tokens) and tokens[end].lower in ("from", "in") \
        and tokens[end + 1].lower in vocab.DETERMINERS and tokens[end + 2].lower in FICTION


def signs_of_a_thing(document: Document, block: Block, tokens: list[Token], start: int,
                     end: int) -> int:
    """Signs that a run shaped like a full name is a title, a place or a work: quoted
    ("Bright Capital") or in italics (a book), ending in a title ("Shield King", "Regius
    Professor") or in a particle and a title ("Sharm el-Sheikh"), said to be a place ("became
    a colony"), followed by ", where"."""
    quote_before = start and tokens[start - 1].text in vocab.QUOTES
    quote_after = end < len(tokens) and tokens[end].text in vocab.QUOTES
    quoted = quote_before and quote_after \
        or (quote_before or quote_after) and _in_quoted_work(tokens, start, end)
    opening = block.offsets[tokens[start].start]
    italic = _in_italics(document.original, opening)
    last = tokens[end - 1].text
    # a title said of someone ("was then Regius Professor of X", "the title Lantern King"),
    # not a name ending in a title word ("Temer Khan united the tribes")
    predicate = end < len(tokens) and tokens[end].lower == "of" \
        and last.lower() not in vocab.POST_NAME_TITLES \
        or start and tokens[start - 1].lower in TITLE_CUES  # but "Orsak Khan of the Horde"
    epithet = end - start >= 3 and tokens[end - 2].lower == "the"  # "known as X the Navigator"
    title = vocab.title_word(last) and predicate and not epithet \
        or bool(JOINED_PARTICLE.match(last)) \
        and vocab.title_word(JOINED_PARTICLE.sub("", last))
    where = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "where"
    region = last.lower() in ("minor", "magna")  # "Varna Minor", "Kessia Magna"
    ceded = end < len(tokens) and tokens[end].lower in CEDED and (
        end + 1 == len(tokens) or not tokens[end + 1].word
        or tokens[end + 1].lower in vocab.FATE_LINKS)
    # "Coastal Kessian cities": a people's adjective after another adjective
    peoples = end - start == 2 and tokens[end - 1].lower in vocab.NOT_PERSON_MODIFIERS \
        and vocab.adjective(tokens[start].lower)
    return bool(quoted or italic) + bool(title) + _said_to_be_a_thing(tokens, end) + where \
        + peoples + ceded + region


def _in_quoted_work(tokens: list[Token], start: int, end: int) -> bool:
    """Part of a quoted title with more words than the name's, opened or closed right beside
    it: 'the song "E Noite do Mar"', '"Vessa, Dara Lune", a song by X'."""
    opening = next((k for k in range(start - 1, max(-1, start - 6), -1)
                    if not tokens[k].word and tokens[k].text != ","), None)
    closing = next((k for k in range(end, min(len(tokens), end + 6))
                    if not tokens[k].word and tokens[k].text != ","), None)
    if opening is None or closing is None or (opening, closing) == (start - 1, end) \
            or tokens[opening].text not in vocab.QUOTES or tokens[closing].text not in vocab.QUOTES:
        return False
    return opening > 0 and tokens[opening - 1].lower in vocab.WORK_NOUNS \
        or work_apposition(tokens, closing + 1)


def _in_italics(original: str, at: int) -> bool:
    """Whether the character at ``at`` lies inside italics ("*On a New Radiant X*",
    "<i>On a New Radiant X</i>") opened earlier on its line."""
    line = original.rfind("\n", 0, at) + 1
    before = original[max(line, at - 80):at]
    if before.rfind("<i>") > before.rfind("</i>") or before.rfind("<em>") > before.rfind("</em>"):
        return True
    if at - line <= 80:
        before = BULLET.sub("", before)  # "* Dornish phase: ...": a list's bullet
    before = before.replace("**", "").replace("__", "")  # bold marks come in pairs
    return before.count("*") % 2 == 1 or before.count(" _") > before.count("_ ")


def _said_to_be_a_thing(tokens: list[Token], j: int) -> bool:
    """"X became a colony", "X was the capital": a predicate only places and things take."""
    if j + 2 >= len(tokens) or tokens[j].lower not in ("became", "was", "is", "remained"):
        return False
    first = j + 1 + (tokens[j + 1].lower in ("a", "an", "the"))
    for k in range(first, min(len(tokens), first + 3)):  # "became an independent republic"
        token = tokens[k]
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        head = following is None or not following.word or following.lower in vocab.STOPWORDS
        if (token.lower in vocab.NOT_PERSON_WORDS or token.lower in vocab.PLACE_EVENT_NOUNS) \
                and head and not token.possessive:  # but "was an army officer"
            return True
        if not vocab.adjective(token.lower):
            return False
    return False


def year_follows(tokens: list[Token], j: int) -> bool:
    """"Vellon the Great (2014)": a single year in parentheses dates a work or an event."""
    return j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" \
        and tokens[j + 1].text.isdigit()


def bracketed_work(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """"X (Quiet Current, 1950)": the title and year of a work right after its author's name;
    the title and where reading goes on past the bracket, else None. A title is two words or
    more ("(Roe, 1950)" is a citation of the author)."""
    if j + 5 >= len(tokens) or tokens[j].text != "(" or not tokens[j + 1].capitalised:
        return None
    close = next((k for k in range(j + 1, min(len(tokens), j + 16)) if tokens[k].text == ")"),
                 None)
    if close is None or close - j < 5 or tokens[close - 2].text != "," \
            or not (tokens[close - 1].text.isdigit() and len(tokens[close - 1].text) == 4):
        return None
    title = tokens[j + 1:close - 2]
    if not all(t.capitalised or t.text == ":" or t.lower in vocab.TITLE_LINKS for t in title) \
            or not _tells_of_writing(tokens, j):
        return None  # (nor "X (New Kessel, 1850) was a painter": a place and a year)
    return " ".join(t.text for t in title).replace(" :", ":"), close + 1


# Words that make a sentence about works: "Biographers from X (Y Z, 1950) to ...".
WRITING_WORDS = vocab.WORK_TITLE_ENDS | vocab.WORK_VERBS | vocab.WRITING_VERBS | vocab.WORK_KINDS
WRITER_ENDINGS = ("writer", "writers", "grapher", "graphers", "author", "authors", "novelist",
                  "novelists", "historian", "historians", "critic", "critics", "poet", "poets")


def _tells_of_writing(tokens: list[Token], j: int) -> bool:
    """Whether the sentence of token j names a work, writing or a writer."""
    sentence = tokens[j].sentence
    first, end = j, j
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    while end < len(tokens) and tokens[end].sentence == sentence:
        end += 1
    return any(t.lower in WRITING_WORDS or t.lower.endswith(WRITER_ENDINGS)
               for t in tokens[first:end])


def citation_after(tokens: list[Token], j: int) -> int:
    """Past ", in Harbour Days (1981)" after a name in a list ("such as A, in Harbour Days
    (1981), and B"): the work it cites, up to the comma after it; else j."""
    if j + 5 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower != "in" \
            or not tokens[j + 2].capitalised:
        return j
    k = j + 2
    while k < len(tokens) and k - j < 12 and (tokens[k].capitalised or tokens[k].text.isdigit()
                                              or tokens[k].lower in vocab.TITLE_LINKS
                                              or tokens[k].text == ":"):
        k += 1
    if k + 3 < len(tokens) and tokens[k].text == "(" and len(tokens[k + 1].text) == 4 \
            and tokens[k + 1].text.isdigit() and tokens[k + 2].text == ")" \
            and tokens[k + 3].text == ",":
        return k + 3
    return j


def bracketed_epithet(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """'X (the "Lion of Varn")': the epithet in quotes in a bracket right after a name, and
    where reading goes on past the bracket, else None; the epithet is no person of its own."""
    k = j + 2
    if k + 2 >= len(tokens) or tokens[j].text != "(" or tokens[j + 1].lower != "the" \
            or tokens[k].text not in vocab.QUOTES:
        return None
    close = next((c for c in range(k + 1, min(len(tokens), k + 9)) if tokens[c].text == ")"),
                 None)
    if close is None or tokens[close - 1].text not in vocab.QUOTES or close - k < 3:
        return None
    words = tokens[k + 1:close - 1]
    if not words[0].capitalised or not all(t.capitalised or t.lower in vocab.TITLE_LINKS
                                           for t in words):
        return None
    return " ".join(t.text for t in words), close + 1


# Nouns of places a bracketed gloss gives: "Montagne Sainte-Orla (a hill in Kellport)".
PLACE_GLOSS_NOUNS = vocab.PLACE_EVENT_NOUNS | frozenset("""
hill hills district quarter suburb square street building house mansion estate neighbourhood
neighborhood area site
""".split())


def place_gloss(tokens: list[Token], end: int) -> bool:
    """ "X (a hill in Kellport)", "X (the old harbour district)": a place."""
    if end + 2 >= len(tokens) or tokens[end].text != "(" \
            or tokens[end + 1].lower not in ("a", "an", "the"):
        return False
    for token in tokens[end + 2:end + 5]:
        if token.lower in PLACE_GLOSS_NOUNS:
            return True
        if not token.word or token.capitalised:
            return False
    return False


def fictional(tokens: list[Token], start: int, end: int) -> bool:
    """ "the fictional Jack Tarrow", "Jack Tarrow, played by X": a character, no real person."""
    played = end + 1 < len(tokens) and tokens[end].lower in ("played", "portrayed") \
        and tokens[end + 1].lower == "by"
    return played or start > 0 and tokens[start - 1].lower in ("fictional", "fictitious")


LAW_WORDS = frozenset("act bill ordinance law decree statute code".split())


def in_law_title(tokens: list[Token], start: int, end: int) -> bool:
    """ "the Vagrants (Seasonal Shelter for Families) Act": words bracketed inside a law's
    name."""
    if not start or tokens[start - 1].text != "(":
        return False
    close = next((k for k in range(end, min(len(tokens), end + 8)) if tokens[k].text == ")"),
                 None)
    return close is not None and close + 1 < len(tokens) \
        and tokens[close + 1].capitalised and tokens[close + 1].lower in LAW_WORDS


def after_vessel_noun(tokens: list[Token], start: int) -> bool:
    """Whether the names from ``start`` back to a craft noun are its names ("the steamers
    Vessa and Tarno", "the liner Orsa")."""
    k = start - 1
    while k >= 0 and start - k < 12 and (tokens[k].capitalised or tokens[k].lower in (",", "and")):
        k -= 1
    return k >= 0 and tokens[k].lower in vocab.VESSEL_NOUNS


def origin_place(tokens: list[Token], start: int) -> bool:
    """ "a stoker from Dravik", "a two-year-old from Orsland, Norland": where a person so
    described comes from (but "a letter from Haskel": no person before "from")."""
    k = start - 1
    while k >= 2 and tokens[k].text == "," and tokens[k - 1].capitalised:
        k -= 2
    if k < 1 or tokens[k].lower != "from" or tokens[k].sentence != tokens[start].sentence:
        return False
    described = tokens[k - 1]
    if k < start - 1 and vocab.singular(described.lower) != described.lower:
        return False  # "two sisters from Kellport, Ellen and Anna X": the sisters
    return described.word and not described.capitalised and (
        vocab.role_head(described.text) or described.lower in PERSON_NOUNS
        or vocab.AGE.match(described.lower) is not None)


# Verbs that give someone an office, named after them ("named him Minister Resident").
APPOINTING_VERBS = frozenset("named appointed made elected created proclaimed".split())


def appointed_to(tokens: list[Token], start: int, end: int) -> bool:
    """ "named him Minister Resident", "appointed her Keeper of the Rolls": an office (but
    "they named him Tomas": a name, with no word of a role or "of" in it)."""
    return start >= 2 and tokens[start - 1].lower in ("him", "her", "them") \
        and tokens[start - 2].lower in APPOINTING_VERBS \
        and any(vocab.role_part(t.text) or t.lower == "of" for t in tokens[start:end + 1])
