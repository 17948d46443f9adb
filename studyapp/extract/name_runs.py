"""Tokens of a block's text and the runs of words that may be a person's name.

A run is capitalised words with the particles ("de", "van der", "al-"), initials, regnal
numerals, quoted or bracketed nicknames and an epithet ("Ivo the Young King") that names hold.
The rules of its edges say where a name ends before a common word, what stands before it (a
date, a title, a nationality: "In May X", "Pope X", "the Tessan X Y") and after it ("X of Y").
"""

from __future__ import annotations

import functools
import re

from studyapp.extract import names as vocab
from studyapp.model import Block

# A word; "Varska–Marrow" (two names joined by a dash) stays one word.
TOKEN = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?(?:–(?=[^\W\d_a-z])[\w'’\-]*[^\W_])*"
                   r"|[^\w\s]")
INITIAL = re.compile(r"^[A-Z]\.$")
JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|d|de|di|da|del|della"
                             r"|van|von|le|la)[-'’](?=[^\W\d_])")
JOINED_STARTS = frozenset({"al", "el", "ad", "an", "ar", "as", "at", "az", "bi", "ib", "ab",
                           "d'", "d’", "de", "di", "da", "va", "vo", "le", "la"})
SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u00c0-\u00dd])")
TITLE_ABBREVIATIONS = frozenset("st dr mr mrs ms jr sr prof gen col lt capt rev fr".split())
ABBREVIATIONS = TITLE_ABBREVIATIONS | {"c", "ca", "vs", "no", "incl", "esp", "viz"}
# "(1099–1137)", "(c. 1122 – 1 April 1204)", "(May 2, 1729 – 1796)", "(born 1950)",
# "(fl. 585 BCE)", "(r. 559 - 530 BCE)"
LIFE_DATES = re.compile(r"^\(\s*(?:(?:c\.|ca\.)\s*)?"
                        r"(?:\d{1,2}\s+[^\W\d]+\s+|[^\W\d]+\s+\d{1,2},\s+)?"
                        r"\d{1,4}\s*(?:BCE?\s*)?[–-]"
                        r"|^\(\s*(?:born|b\.|died|d\.|fl\.|floruit|r\.|reigned|ruled)\s")
# Hyphenated given names after a short family name ("Tan Vei-lo", not "Long-term").
HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,5}$")  # also "Jun-u"
SHORT_NAME = re.compile(r"^[A-Z][a-z]{1,5}$")


class Token:
    """A word or punctuation mark of a block's text, with its span and sentence number."""

    __slots__ = ("text", "start", "end", "sentence", "possessive", "lower", "word",
                 "capitalised")

    def __init__(self, text: str, start: int, end: int, sentence: int,
                 possessive: bool = False) -> None:
        # set_text's body, inlined: a block's every word makes a token
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.possessive = possessive
        self.lower = text.lower()
        first = text[0]
        self.word = first.isalnum()
        self.capitalised = first.isupper()

    def set_text(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.word = text[0].isalnum()
        self.capitalised = text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens with sentence numbers; "X's" is X marked possessive."""
    ends = [m.end() for m in SENTENCE_END.finditer(text) if not _abbreviation_before(text, m)]
    ends_at = set(ends)
    tokens: list[Token] = []
    append, find = tokens.append, text.find  # bound once: this loop runs for every word
    ends.append(len(text) + 1)  # past the last sentence's end: no more sentences
    sentence = 0
    next_end = ends[0]
    end = 0
    # findall and find are faster than match objects; a token starts at the first place
    # its text occurs from the end of the previous one, as only spaces and "_" lie between.
    for value in TOKEN.findall(text):
        start = find(value, end)
        end = start + len(value)
        if start >= next_end:
            while start >= ends[sentence]:
                sentence += 1
            next_end = ends[sentence]
        if value != ".":
            if value[-1] == "s" and value[-2:] in ("'s", "’s") and len(value) > 2 \
                    and value[0].isalpha():
                append(Token(value[:-2], start, end, sentence, True))
            elif value in ("'", "’") and tokens and tokens[-1].end == start \
                    and tokens[-1].text in ("de", "da"):
                tokens[-1].set_text(tokens[-1].text + value)  # "Orenzo de' Vellici"
                tokens[-1].end = end
            else:
                append(Token(value, start, end, sentence))
        elif tokens and tokens[-1].end == start and (
                tokens[-1].lower in TITLE_ABBREVIATIONS
                or len(tokens[-1].text) == 1 and tokens[-1].text.isupper()
                and not ends_at.intersection(range(end, end + 3))
                and not (len(tokens) > 1
                         and _numeral_after_name([tokens[-2].text, tokens[-1].text])
                         and end >= len(text.rstrip()))):
            tokens[-1].set_text(tokens[-1].text + ".")
            tokens[-1].end = end
        else:
            append(Token(value, start, end, sentence))
    return tokens


def _numeral_after_name(words: list[str]) -> bool:
    """"Karel X" (of "... Karel X."): a lone I, V or X after a capitalised word is a regnal
    numeral rather than an initial, where the full stop after it ends a line."""
    return len(words) >= 2 and words[-1].rstrip(".") in ("I", "V", "X") \
        and words[-2][:1].isupper()


def _abbreviation_before(text: str, match: re.Match) -> bool:
    """An initial ("E.") or an abbreviation ("c.", "p.m.") does not end a sentence; a
    numeral ("Karl Otto I. The ...") does when a function word follows."""
    before = text[max(0, match.start() - 6):match.start()].split()
    word = before[-1].lower().rstrip(".") if before else ""
    word = word.rsplit(".", 1)[-1].lstrip("([{\"'“‘")
    if len(word) == 1 and word.isalpha():
        if "\n" in match.group() and _numeral_after_name(before):
            return False  # "in the name of Karel X." at a line's end
        following = text[match.end():match.end() + 16].split()
        after = following[0].strip("\"“'‘(") if following else ""
        # Capitalised, only the listed roles count: "E. Miller" is a name, "I. King" a title.
        return not (after.lower() in vocab.STOPWORDS or after and vocab.role_head(after))
    if word == "no":  # "No. 5", but "she said no."
        return text[match.end():match.end() + 1].isdigit()
    return word in ABBREVIATIONS


@functools.lru_cache(maxsize=65536)
def unlike_a_name_word(word: str) -> bool:
    """A digit or an acronym ("KTO", but not "XIV" or "E."): no word of a person's name
    (cached: the same words recur in every run)."""
    if any(ch.isdigit() for ch in word):
        return True
    return len(word) > 1 and word.isupper() and not vocab.is_roman_numeral(word) \
        and not INITIAL.match(word)


def run_start(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if not token.word:
        return False
    if token.capitalised:
        return name_token(token)
    if token.lower not in vocab.PARTICLES:
        return _joined_name(token)  # "al-Ma'vun founded ..."
    return _particle_before_name(tokens, i) and (i == 0 or not name_token(tokens[i - 1]))


def _joined_name(token: Token) -> bool:
    """A name opened by a joined particle: "al-Ma'vun", "d'Orse" (not "de-escalate")."""
    head = token.lower[:6]
    if head[:2] not in JOINED_STARTS or "-" not in head and "'" not in head and "’" not in head:
        return False  # most words: a quick look before the full one
    match = JOINED_PARTICLE.match(token.text)
    return bool(match) and token.text[match.end()].isupper()


def _particle_before_name(tokens: list[Token], i: int) -> bool:
    """A particle ("de", "van der") followed by a capitalised name word."""
    while i < len(tokens) and tokens[i].lower in vocab.PARTICLES and not tokens[i].capitalised:
        i += 1
    return i < len(tokens) and name_token(tokens[i])


def run_end(tokens: list[Token], i: int) -> int:
    """End of the run of name words starting at i: capitalised words, particles, initials,
    numerals and an epithet ("Ivo the Young King"); a possessive ends it."""
    j = i + 1
    while j < len(tokens) and not tokens[j - 1].possessive:
        token = tokens[j]
        if token.sentence != tokens[i].sentence:
            break
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if name_token(token):
            j += 1
        elif HYPHENATED_GIVEN.match(token.text) and SHORT_NAME.match(tokens[j - 1].text):
            j += 1  # "Tan Vei-lo": a family name, then a hyphenated given name
            break
        elif _nickname_at(tokens, j) or j - i <= 2 and _bracketed_nickname_at(tokens, j):
            j += 3  # Ivo J. "Ironwall" Tam, Hanne (Hansi) Arlen
        elif token.lower in vocab.PARTICLES and _particle_before_name(tokens, j):
            j += 1
        elif (token.lower == "the" and _epithet_after(tokens, i, j) and following
              and name_token(following) and following.lower not in vocab.STOPWORDS):
            j += 1
        else:
            break
    return j


def _epithet_after(tokens: list[Token], i: int, j: int) -> bool:
    """"Ivo the Young King", "the Elector Otmar the Wise": one given name (after a
    title, if any) before "the" (not "gave Ada Lind the Kessel Prize")."""
    # after a title ("Grand Prince Vorislav the Wise"), or an era ("559 BCE Tabor the Great")
    titled = j - i == 2 and tokens[i].text in vocab.ERAS or 2 <= j - i <= 3 and vocab.title_word(
        tokens[j - 2].text) and all(vocab.role_part(t.text) for t in tokens[i:j - 1])
    name = tokens[j - 1]
    # "Piero Lenzi the Younger": an elder or younger namesake's mark after a full name too
    kin_mark = j - i <= 3 and j + 1 < len(tokens) and tokens[j + 1].text in ("Younger", "Elder")
    return (j - i == 1 or titled or kin_mark) and not vocab.title_word(name.text) \
        and not vocab.role_head(name.text)


def opens_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].sentence != tokens[i].sentence


def _nickname_at(tokens: list[Token], j: int) -> bool:
    """A quoted nickname inside a name: the quote, one capitalised word, the quote, a name."""
    return (j + 3 < len(tokens) and tokens[j].text in vocab.QUOTES
            and tokens[j + 2].text in vocab.QUOTES
            and name_token(tokens[j + 1]) and name_token(tokens[j + 3]))


def _bracketed_nickname_at(tokens: list[Token], j: int) -> bool:
    """"Hanne (Hansi) Arlen": a bracketed word between a given name and its surname."""
    return (j + 3 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")"
            and name_token(tokens[j + 1]) and name_token(tokens[j + 3])
            and tokens[j + 3].lower not in vocab.STOPWORDS
            and tokens[j + 3].sentence == tokens[j].sentence
            and not (j + 4 < len(tokens) and name_token(tokens[j + 4])))  # one surname


def life_dates_end(block: Block, tokens: list[Token], j: int) -> int:
    """Past "(2 May 1729 – 17 November 1796)" after a name, else j."""
    if j < len(tokens) and tokens[j].text == "(":
        close = next((k for k in range(j, min(len(tokens), j + 16)) if tokens[k].text == ")"),
                     None)
        if close is not None and LIFE_DATES.match(block.text[tokens[j].start:tokens[close].end]):
            return close + 1
    return j


def acronym(word: str) -> bool:
    """"KSA", "KBT": an organisation's letters, never part of a person's name."""
    return len(word) > 1 and word.isupper() and word.isalpha() and not vocab.is_roman_numeral(word)


def name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() and word[0].isalpha() or word in vocab.PARTICLES)


def name_token(token: Token) -> bool:
    """A capitalised word, or one with a joined particle ("el-Vesi", "al-Essad", "d'Orse"),
    not a compound whose second part is lower case ("Long-term", "Anti-war")."""
    if token.capitalised:
        second = token.text.split("-")[1:2]
        return token.text[0].isalpha() and not (
            second and second[0][:1].islower() and second[0] not in vocab.PARTICLES)
    return token.word and bool(JOINED_PARTICLE.match(token.text))


def span_text(block: Block, tokens: list[Token], start: int, end: int) -> str:
    """The block's text from the start of tokens[start] to the end of tokens[end - 1]."""
    return block.text[tokens[start].start:tokens[end - 1].end]


# -- what stands at a run's edges -----------------------------------------------------------


def regnal_name(tokens: list[Token], start: int, end: int) -> bool:
    """"from Otmar IV", "from Otmar V.": a given name and a ruler's numeral, no place."""
    if end - start != 2 or not vocab.is_roman_numeral(tokens[end - 1].text):
        return False
    return len(tokens[end - 1].text) > 1 or end == len(tokens) or not tokens[end].word


def name_ends(block: Block, tokens: list[Token], end: int) -> bool:
    """"Tomas More", "the official Tam On, ...", "Vu He (1402 - 1461)": a capitalised
    common word on the line of the name before it ends the name when it is a surname's word
    or stands before a comma, a full stop or life dates (but "Tarsa The last days": a
    heading run into its next line)."""
    last = tokens[end - 1]
    return last.text[0].isupper() and "\n" not in block.text[tokens[end - 2].end:last.start] \
        and (last.lower in vocab.SURNAME_STOPWORDS
             or end < len(tokens) and (tokens[end].text in (",", ".", ";", ")")
                                       or life_dates_end(block, tokens, end) > end))


def without_nickname(name: list[Token]) -> tuple[list[Token], str | None]:
    """Ivo J. "Ironwall" Tam -> (Ivo J. Tam, "Ironwall Tam"); also a
    nickname in brackets, "Hanne (Hansi) Arlen"."""
    quote = next((k for k, t in enumerate(name) if t.text in vocab.QUOTES or t.text == "("), None)
    if quote is None:
        return name, None
    return name[:quote] + name[quote + 3:], f"{name[quote + 1].text} {name[-1].text}"


TITLED_FORMS = vocab.RULER_TITLES | vocab.RELIGIOUS_TITLES | {"sheikh", "sheik", "pir", "imam",
                                                              "rabbi", "consort"}
TITLE_QUALIFIERS = frozenset("grand royal crown".split())  # part of the title that follows


def titled_form(tokens: list[Token], name_start: int, name: list[Token],
                title_end: int) -> str | None:
    """"Pope Orm III", "Queen Vessa", "Mother Tessa", "Sheikh Vafi al-Din": a ruler's
    or a religious title with the name, a form the person is also known by."""
    if not title_end or tokens[name_start - 1].lower not in TITLED_FORMS:
        return None
    if len(name) == 1 or len(name) == 2 and vocab.is_roman_numeral(name[1].text) \
            or title_end == 1:  # but not "King X Y" of "East King X Y"
        title = tokens[name_start - 1].text
        if title_end == 2 and tokens[name_start - 2].lower in TITLE_QUALIFIERS:
            title = f"{tokens[name_start - 2].text} {title}"  # "Royal Consort X", "Crown Prince X"
        return f"{title} {' '.join(t.text for t in name)}"
    return None


DATE_PREPOSITIONS = frozenset("in on by until since from during early late mid".split())


def date_word(tokens: list[Token], i: int, end: int) -> bool:
    """"On 4 July Queen Ada", "In May Ada Lind", "In 745 BC Otmar": a date's month or era
    before a name, not a word of it (but "the April Laws", "August Venberg")."""
    if i == 0 or i + 1 >= end:
        return False
    era = tokens[i].text in vocab.ERAS and tokens[i - 1].text.isdigit()
    return era or tokens[i].lower in vocab.MONTHS and (
        tokens[i - 1].text.isdigit() or tokens[i - 1].lower in DATE_PREPOSITIONS)


DEMONYM_ENDINGS = ("ian", "ean", "ish", "ese", "an", "ic")


def nationality_before_name(tokens: list[Token], start: int, end: int) -> int | None:
    """"the (young) Tessan Mateo Arrabal", "The Dornish Prime Minister X": a nationality
    after an article opens the run of three words or more; where its role phrase starts."""
    if end - start < 3 or not tokens[start].lower.endswith(DEMONYM_ENDINGS) \
            or vocab.role_part(tokens[start].text):
        return None
    k = start - 1
    while k >= 1 and tokens[k].lower in vocab.QUALIFIERS:
        k -= 1  # "the young Tessan"
    if k < 0 or tokens[k].lower not in ("the", "a", "an"):
        return None
    return k + 1


def of_tail(tokens: list[Token], j: int) -> str | None:
    """The place in "X of Y" right after a name, if Y is a single capitalised word."""
    if j + 1 < len(tokens) and tokens[j].lower == "of" and name_token(tokens[j + 1]):
        place = tokens[j + 1]
        if place.sentence != tokens[j].sentence or place.possessive:
            return None
        if j + 2 < len(tokens) and name_token(tokens[j + 2]):
            return None
        lower = place.lower
        if lower in vocab.MONTHS or lower in vocab.STOPWORDS or lower in vocab.NOT_PERSON_WORDS:
            return None
        return place.text
    return None


PLACE_ARTICLES = frozenset({"Le", "La", "Les", "El", "Los", "Las", "Den", "De"})  # "Le Vorn"


def of_article_place(tokens: list[Token], j: int) -> str | None:
    """The place in "Odemar of Le Vorn": an article and one capitalised word."""
    if j + 2 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].text in PLACE_ARTICLES \
            and name_token(tokens[j + 2]) and not tokens[j + 2].possessive \
            and tokens[j + 2].sentence == tokens[j].sentence \
            and not (j + 3 < len(tokens) and name_token(tokens[j + 3])):
        return f"{tokens[j + 1].text} {tokens[j + 2].text}"
    return None
