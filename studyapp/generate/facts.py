"""What the generator knows about each event and person before it asks anything.

An event becomes an ``EventFact``: its clean source sentence, the statement read as a clause
(subject, verb, rest), its date written at the text's precision, and a stable fact name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from studyapp.generate import dates, english
from studyapp.model import DateSpan, Document, Event, Figure, Source

# Nouns that name a happening: "First demonstration in X." is an event without a verb.
EVENT_NOUNS = {
    "attack", "battle", "blockade", "ceasefire", "clash", "clashes", "conference", "congress",
    "coup", "demonstration", "demonstrations", "earthquake", "election", "elections", "invasion",
    "massacre", "meeting", "offensive", "pogrom", "protest", "protests", "rally", "referendum",
    "revolution", "riot", "riots", "siege", "strike", "summit", "treaty", "uprising", "war",
    "agreement", "ceremony", "assassination", "independence", "famine", "flood", "fire",
}
DATE_PREPOSITION = r"(?:(?:in|on|by|since|until|from|during|around|at|of|as of)\s+)?(?:the\s+)?"


@dataclass
class EventFact:
    event: Event
    document: str
    source: Source  # the sentence as a learner reads it (markup removed)
    name: str  # the fact's stable name
    when: str  # the date at its precision: "13 February 1988"
    clause: english.Clause | None
    headline: bool  # a timeline line rather than a sentence of prose
    bounded: bool = False  # "since 1971", "after 2018": the date bounds a time, ask no "when"

    @property
    def span(self) -> DateSpan:
        return self.event.span

    @property
    def description(self) -> str | None:
        return self.clause.statement() if self.clause else None


@dataclass
class PersonFact:
    figure: Figure
    document: str
    source: Source
    name: str
    roles: list[str] = field(default_factory=list)
    surname_is_unique: bool = True  # no one else in the set has it
    shared_aliases: set[str] = field(default_factory=set)  # "Louis" for two kings


def slug(text: str, words: int = 6) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain)[:words]) or "x"


def short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


def common_words(document: Document) -> set[str]:
    """Words the document writes in lower case somewhere: common nouns, not names."""
    text = " ".join(block.text for block in document.blocks)
    return set(re.findall(r"(?<![\w-])[a-z][a-z-]+(?![\w-])", text))


def clean_sentence(document: Document, source: Source) -> str | None:
    """The source span as the cleaned text reads (markup and timestamps gone)."""
    start, end = source.offset
    pieces = []
    for block in document.blocks:
        if not block.offsets or block.offsets[-1] < start or block.offsets[0] >= end:
            continue
        chars = [char for char, at in zip(block.text, block.offsets, strict=False)
                 if start <= at < end]
        pieces.append("".join(chars).strip())
    text = " ".join(" ".join(pieces).split())
    return text or None


def block_kind(document: Document, source: Source) -> str:
    for block in document.blocks:
        if block.offsets and block.offsets[0] <= source.offset[0] <= block.offsets[-1]:
            return block.kind
    return "paragraph"


BOUND_WORDS = r"(?:since|until|till|up until|up to|through|as of|after|following|before|prior to)"


def is_bounded(date_text: str, sentence: str) -> bool:
    """Does the date open or close a period ("since 1971") rather than date a happening?"""
    if re.match(rf"(?i){BOUND_WORDS}\b", date_text):
        return True
    return bool(date_text) and bool(
        re.search(rf"(?i)\b{BOUND_WORDS}\s+(?:the\s+)?{re.escape(date_text)}", sentence))


def event_facts(documents: dict[str, Document], events: list[Event],
                names: frozenset[str] = frozenset()) -> list[EventFact]:
    facts = []
    for event in events:
        fact = _event_fact(documents, event, names)
        if fact is not None:
            facts.append(fact)
    told = Counter(fact.description for fact in facts if fact.description)
    for fact in facts:
        if fact.description and told[fact.description] > 1:
            fact.clause = None  # one statement at two dates: asking "when" has no one answer
    return facts


def _event_fact(documents: dict[str, Document], event: Event, names: frozenset[str]
                ) -> EventFact | None:
    when = dates.format_span(event.span)
    source = next((s for s in event.sources if s.document in documents), None)
    if when is None or source is None:
        return None
    document = documents[source.document]
    sentence = clean_sentence(document, source) or _strip_markup(source.sentence)
    headline = block_kind(document, source) == "line"
    clause = _read_clause(event, sentence, common_words(document), headline, names)
    name = f"event:{event.span.start.iso()}:{slug(event.statement or sentence)}"
    return EventFact(event=event, document=source.document,
                     source=Source(source.document, sentence, source.offset),
                     name=name, when=when, clause=clause, headline=headline,
                     bounded=is_bounded(event.span.text, sentence))


def _read_clause(event: Event, sentence: str, common: set[str], headline: bool,
                 names: frozenset[str]) -> english.Clause | None:
    """The statement as a clause; the extractor's statement first, else the sentence."""
    for text in (event.statement, sentence):
        if not text:
            continue
        stripped = without_date(text, event.span.text)
        if stripped is None:
            continue
        clause = english.analyse(stripped, common, headline, names)
        if clause is None and headline:
            clause = noun_event(stripped, common)
        if clause is not None and _reads_well(clause) and not mentions_a_date(
                clause.statement()):
            return clause
    return None


def _reads_well(clause: english.Clause) -> bool:
    return (english.is_clean_question(clause.statement() + ".")
            and english.is_clean_question(clause.when_question()) and not _vague(clause))


def _vague(clause: english.Clause) -> bool:
    """"The territory surrendered", "A new war erupted": without a name or an object the
    statement leans on sentences around it."""
    named = any(word[:1].isupper() for word in clause.subject.split()[1:]) or (
        clause.subject[:1].isupper())
    return not named and clause.rest in ("", "place")


def without_date(text: str, date_text: str) -> str | None:
    """The statement with its date expression (and the preposition before it) taken out;
    None when what is left does not read ("its origins date back to, during which")."""
    text = _first_sentence(text)
    if date_text and date_text.casefold() in text.casefold():
        pattern = (r"(?i)" + DATE_PREPOSITION + r"(?:(?:following|next|same|previous)\s+)?"
                   + re.escape(date_text) + r"\s*([,:]?)\s*")
        # a comma after the date still ends a clause: "dragged on until 2016, when ..."
        text = re.sub(pattern, lambda m: ", " if m.group(1) else " ", text, count=1)
    text = re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split()))
    if re.search(r"(?i)\b(?:to|in|on|of|by|from|since|until|at|the|during)\s*(?:[,.;:]|$|"
                 r"(?:during|in|on|of|by|from|to|at)\b)", text):
        return None
    return text.strip(" ,:;–—-")


def _first_sentence(text: str) -> str:
    match = re.search(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text)
    return text[:match.start()] if match else text


def noun_event(text: str, common: set[str]) -> english.Clause | None:
    """"First demonstration in X" -> a clause "the first demonstration in X took place"."""
    parts = re.split(r"([,;:.(])", text, maxsplit=1)
    if len(parts) > 1 and parts[1] == ":":
        return None  # "X War: forces deport ...": the line tells of a part, not the whole
    phrase = parts[0].strip()
    words = phrase.split()
    if not 1 <= len(words) <= 9 or any(english.strip_word(w) in english.FORMS for w in words):
        return None
    head = []
    for word in words:
        if english.strip_word(word).lower() in english.PREPOSITIONS:
            break
        head.append(english.strip_word(word).lower())
    if not head or head[-1] not in EVENT_NOUNS:
        return None
    subject = english.fix_subject(phrase, common)
    return english.Clause(subject=subject, lemma="take", rest="place",
                          plural=english._is_plural(words))


YEAR_IN_TEXT = re.compile(r"(?<![\d,.])\d{3,4}(?![\d,])|\b\d{1,4}\s*(?:BC|BCE|AD|CE)\b")


def mentions_year(text: str, span: DateSpan) -> bool:
    """Would the text give away the date (its year appears in it)?"""
    for year in {span.start.year, span.end.year}:
        written = dates.year_text(year).replace(" BC", "")
        if re.search(rf"(?<![\d,.]){written}(?![\d,])", text):
            return True
    return False


def mentions_a_date(text: str) -> bool:
    """A year in the statement itself ("X became dictator in 82 BC") would sit beside the
    asked date and confuse the question."""
    return bool(YEAR_IN_TEXT.search(text))


def place_words(documents: list[Document]) -> set[str]:
    """Capitalized words the texts put after "in", "to", "from": places, not people."""
    text = " ".join(block.text for document in documents for block in document.blocks)
    return set(re.findall(r"\b(?:in|to|from|near|into|across)\s+([A-Z][\w-]+)", text))


def person_facts(documents: dict[str, Document], figures: list[Figure], places: set[str]
                 ) -> list[PersonFact]:
    facts: list[PersonFact] = []
    for figure in figures:
        figure = _without_place(figure, places)
        if figure.minor or not looks_like_a_name(figure.name):
            continue
        if any(figure.name in role for other in figures for role in other.roles):
            continue  # "author of Black Garden": a title in someone's role, not a person
        same = next((fact for fact in facts if fact.figure.name == figure.name), None)
        if same is not None:  # one person reported twice: one fact, all roles
            same.roles += [r for r in map(_clean_role, figure.roles) if r and r not in same.roles]
            continue
        source = next((s for s in figure.sources if s.document in documents), None)
        if source is None:
            continue
        document = documents[source.document]
        sentence = clean_sentence(document, source) or _strip_markup(source.sentence)
        roles = _distinct([role for role in (_clean_role(r) for r in figure.roles) if role])
        facts.append(PersonFact(figure=figure, document=source.document,
                                source=Source(source.document, sentence, source.offset),
                                name=f"person:{slug(figure.name)}", roles=roles))
    surnames = Counter(fact.figure.name.split()[-1].casefold() for fact in facts)
    for fact in facts:
        fact.surname_is_unique = surnames[fact.figure.name.split()[-1].casefold()] == 1
        others = [other.figure for other in facts if other is not fact]
        fact.shared_aliases = {alias for alias in fact.figure.aliases
                               if any(alias in other.aliases or alias in other.name.split()
                                      for other in others)}
    return facts


# Roles that say nothing without "of whom": "younger brother".
KINSHIP = {"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
           "widow", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter",
           "heir", "successor", "predecessor", "ally", "rival", "friend"}
# One-word roles too vague to ask about ("Who was described as a candidate?").
VAGUE_ROLES = {"candidate", "representative", "leader", "member", "president", "general",
               "secretary", "minister", "official", "figure", "person", "man", "woman", "head",
               "chairman", "politician", "officer", "ruler", "author", "speaker", "founder"}


def good_aliases(person: PersonFact) -> list[str]:
    """Other names to accept when typed; fragments such as "Thomas de" are not names. The
    surname alone is accepted too (the set is one document's, where it names one person)."""
    names = [alias for alias in person.figure.aliases
             if alias != person.figure.name and alias.split()[-1][:1].isupper()]
    surname = person.figure.name.split()[-1]
    regnal = re.fullmatch(r"[IVXLC]+", surname) is not None  # "Louis VII": no surname
    if person.surname_is_unique and not regnal and surname.casefold() not in {
            n.casefold() for n in names}:
        names.append(surname)
    return [name for name in names if name not in person.shared_aliases]


def _distinct(roles: list[str]) -> list[str]:
    """"journalist" and "British journalist": keep the fuller one."""
    return [role for role in roles
            if not any(role != other and role.casefold() in other.casefold() for other in roles)]


def _without_place(figure: Figure, places: set[str]) -> Figure:
    """"Prussia X Y" -> "X Y": a place the extractor ran into the name is dropped; a name
    that is all places ("Prussian Berlin") is no name."""
    words = figure.name.split()
    kept = [word for word in words if word.rstrip("’'s") not in places]
    if kept == words:
        return figure
    name = " ".join(kept) if len(kept) >= 2 and words[-len(kept):] == kept else ""
    return replace(figure, name=name, aliases=[a for a in figure.aliases if a != name])


def looks_like_a_name(name: str) -> bool:
    """A person's full name: two or more capitalized words (a lone word may be a place)."""
    words = name.replace("-", " ").split()
    return len(words) >= 2 and all(word[:1].isupper() or word in {"de", "van", "von", "al"}
                                   for word in words)


def _clean_role(role: str) -> str | None:
    role = " ".join(role.split()).strip(" ,.;:")
    words = role.split()
    if not role or len(words) > 8 or english.strip_word(words[0]).endswith("ed"):
        return None  # "served in the KGB" is something done, not a role
    if any(english.FORMS.get(english.strip_word(word), ("", ""))[1] in ("past", "s")
           for word in words):
        return None  # "X knew Y's father" is a clause the extractor took for a role
    if role.endswith(("'s", "’s")) or (len(words) == 1 and role.lower() in VAGUE_ROLES):
        return None
    if len(words) == 2 and role.islower() and words[1].rstrip("s") in VAGUE_ROLES | {"academic"}:
        return None  # "winning candidate", "prominent academic": true of many, tells little
    if words[-1].lower().strip("’'s") in KINSHIP and " of " not in role:
        return None
    if re.search(r"\d|\band\b", role):
        return None  # "130 academics", "leaders of X and Y": a group's, not one person's role
    if not english.is_clean_question(role[0].upper() + role[1:] + "."):
        return None
    return role


def _strip_markup(text: str) -> str:
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"<[^>]+>|\[\d{1,2}:\d{2}(?::\d{2})?\]|\{\{[^}]*\}\}", "", text)
    return " ".join(text.split())
