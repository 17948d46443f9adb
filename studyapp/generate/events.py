"""Questions on one dated event: when, what, who, fill in, true or false.

Each builder returns a question or None; None whenever the question would be unclear, give
its answer away, or could have a second right answer.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from studyapp.generate import dates, distractors, english
from studyapp.generate.facts import (
    EventFact,
    PersonFact,
    good_aliases,
    mentions_year,
    short_hash,
)
from studyapp.model import DateSpan, Question

BLANK = "_____"
MAX_CLOZE_WORDS = 45


@dataclass
class Context:
    """What every builder may look at: all facts, and the seeded random source."""

    events: list[EventFact]
    people: list[PersonFact]
    rng: random.Random

    @property
    def spans(self) -> list[DateSpan]:
        return [fact.span for fact in self.events]

    def date_is_unique(self, fact: EventFact) -> bool:
        return sum(other.when == fact.when for other in self.events) == 1

    def person_named(self, text: str) -> PersonFact | None:
        """The person ``text`` names (a role before the name is allowed: "pianist X")."""
        for person in self.people:
            own = [alias for alias in person.figure.aliases if alias not in person.shared_aliases]
            for name in [person.figure.name, *own]:
                before = text[:-len(name)].split()
                if text == name or (text.endswith(" " + name) and text[:1].islower()
                                    and len(before) <= 3 and before[-1].islower()
                                    and before[-1] not in english.NOT_BEFORE_VERB):
                    return person
        return None


def date_phrase(span: DateSpan, text: str) -> str:
    """"on 13 February 1988", "in May 1988", "between 1988 and 1991"."""
    if span.precision == "day":
        return f"on {text}"
    if span.precision == "range":
        start, end = span.start, span.end
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return f"between {dates.year_text(start.year)} and {dates.year_text(end.year)}"
        if (start.year, start.month) == (end.year, end.month):
            return f"from {start.day} to {dates.day_text(end)}"
        first = dates.day_text(start) if start.year != end.year else (
            f"{start.day} {dates.MONTHS[start.month - 1]}")
        return f"between {first} and {dates.day_text(end)}"
    return f"in {text}"


def _question(kind: str, prompt: str, answer: str, fact: EventFact, **fields) -> Question | None:
    if not english.is_clean_question(prompt) or (kind != "true_false" and leaks(prompt, answer)):
        return None
    return Question(id="", kind=kind, prompt=prompt, answer=answer, fact=fact.name,
                    source=fact.source, tags=["dates"], **fields)


def leaks(prompt: str, answer: str) -> bool:
    """Does the prompt hold the answer, or (for a date) its year?"""
    folded = prompt.casefold()
    if answer.casefold() in folded:
        return True
    years = re.findall(r"(?<!\d)\d{3,4}(?!\d)", answer)
    if any(re.search(rf"(?<!\d){year}(?!\d)", prompt) for year in years):
        return True
    names = [word for word in re.findall(r"[\w’'-]+", answer)
             if len(word) > 3 and word[0].isupper()]
    return any(name.casefold() in folded for name in names) and len(answer.split()) <= 4


def when_card(fact: EventFact, context: Context) -> Question | None:
    if fact.clause is None or fact.bounded:
        return None
    return _question("flashcard", fact.clause.when_question(), fact.when, fact,
                     accept=dates.alternatives(fact.span))


def when_choice(fact: EventFact, context: Context) -> Question | None:
    if fact.clause is None or fact.bounded:
        return None
    options = distractors.date_options(fact.span, context.spans, context.rng)
    if options is None:
        return None
    return _question("multiple_choice", fact.clause.when_question(), fact.when, fact,
                     options=options)


def year_typed(fact: EventFact, context: Context) -> Question | None:
    span = fact.span
    if (fact.clause is None or fact.bounded or span.start.year != span.end.year
            or span.precision == "range"):
        return None
    same_year = [other for other in context.events if other.document == fact.document
                 and other.span.start.year == span.start.year]
    if len(same_year) * 4 > len([e for e in context.events if e.document == fact.document]):
        return None  # when most events share the year, asking for it is trivial
    prompt = "In which year " + fact.clause.when_question()[len("When "):]
    return _question("typed", prompt, dates.year_text(span.start.year), fact)


def what_card(fact: EventFact, context: Context) -> Question | None:
    """Date to event, only where one event of the set has that date."""
    if fact.clause is None or fact.bounded or fact.span.precision not in (
            "day", "month", "range", "season"):
        return None
    if not context.date_is_unique(fact):
        return None
    prompt = f"What happened {date_phrase(fact.span, fact.when)}?"
    return _question("flashcard", prompt, fact.clause.statement() + ".", fact)


def what_choice(fact: EventFact, context: Context) -> Question | None:
    if fact.clause is None or fact.bounded or not context.date_is_unique(fact):
        return None
    answer = fact.clause.statement()
    others = [other.description for other in context.events
              if other.description and other.document == fact.document
              and not _overlap(other.span, fact.span)]
    wrong = distractors.similar_length(answer, [text for text in others if text])
    if len(wrong) < 3:
        return None
    wrong = context.rng.sample(sorted(set(wrong)), 3)
    prompt = f"What happened {date_phrase(fact.span, fact.when)}?"
    return _question("multiple_choice", prompt, answer, fact,
                     options=distractors.place_answer(answer, wrong, context.rng))


def _overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def who_subject(fact: EventFact, context: Context) -> PersonFact | None:
    clause = fact.clause
    if clause is None or fact.bounded or clause.attribution or clause.lemma == "take":
        return None
    return context.person_named(clause.subject)


def who_typed(fact: EventFact, context: Context) -> Question | None:
    person = who_subject(fact, context)
    if person is None:
        return None
    prompt = _who_prompt(fact)
    answer = _name_in_text(fact, person)
    return _question("typed", prompt, answer, fact, accept=good_aliases(person))


def who_choice(fact: EventFact, context: Context) -> Question | None:
    person = who_subject(fact, context)
    if person is None:
        return None
    answer = _name_in_text(fact, person)
    others = similar_people(person, context)
    if len(others) < 3:
        return None
    wrong = others[:3]  # the three most alike
    return _question("multiple_choice", _who_prompt(fact), answer, fact,
                     options=distractors.place_answer(answer, wrong, context.rng))


# Kinds of public life a role belongs to: a politician's distractors are politicians.
ROLE_FIELDS = {
    "politics": {"president", "minister", "chairman", "secretary", "leader", "party", "council",
                 "king", "queen", "emperor", "tsar", "prince", "governor", "mayor", "premier",
                 "chancellor", "politician", "deputy", "senator", "consul", "dictator", "ruler",
                 "diplomat", "ambassador", "advisor", "adviser", "official", "politburo",
                 "parliament", "soviet", "general", "commander", "officer", "serviceman"},
    "letters": {"historian", "academic", "professor", "scholar", "writer", "journalist", "poet",
                "philosopher", "sociologist", "author", "editor", "novelist", "laureate",
                "scientist", "reporter", "critic", "pianist", "composer", "painter", "artist"},
}


def _fields(person: PersonFact) -> set[str]:
    words = {re.sub(r"(’s|'s)$", "", english.strip_word(word).lower())
             for role in person.roles for word in role.split()}
    return {field for field, vocabulary in ROLE_FIELDS.items() if words & vocabulary}


def _content_words(person: PersonFact) -> set[str]:
    return {word.lower() for role in person.roles for word in role.split()
            if len(word) > 3 and word.lower() not in english.PREPOSITIONS | english.DETERMINERS}


def similar_people(person: PersonFact, context: Context) -> list[str]:
    """Other people, most alike first: the same field of life (politics, letters), shared
    role words, acting in the text's events; ties in a seeded order, not alphabetical."""
    actors = {id(context.person_named(fact.clause.subject))
              for fact in context.events if fact.clause}
    fields, words = _fields(person), _content_words(person)
    salt = str(context.rng.random())

    def likeness(other: PersonFact) -> tuple[int, int, int, str]:
        theirs = _fields(other)
        same_field = 1 if fields & theirs else (-1 if fields and theirs else 0)
        acts = id(other) in actors
        return (-same_field, -len(words & _content_words(other)), -int(acts),
                short_hash(salt, other.figure.name))

    others = [other for other in context.people if other is not person]
    return [other.figure.name for other in sorted(others, key=likeness)]


def _name_in_text(fact: EventFact, person: PersonFact) -> str:
    """The person's full name (the text may use a short form, which typing also accepts)."""
    return person.figure.name


def _who_prompt(fact: EventFact) -> str:
    assert fact.clause is not None
    return fact.clause.who_question()[:-1] + f" {date_phrase(fact.span, fact.when)}?"


def true_false(fact: EventFact, context: Context) -> Question | None:
    """The statement with its true date, or (half the time) another plausible date: a false
    statement changes only the date, never who did what."""
    if fact.clause is None or fact.bounded:
        return None
    truth = context.rng.random() < 0.5
    span = fact.span if truth else distractors.wrong_date(fact.span, context.spans, context.rng)
    if span is None:
        return None
    when = dates.format_span(span)
    clause = fact.clause
    body = f"{clause.subject} {clause.predicate()}"
    if clause.attribution:
        body += f", {clause.attribution}"
    phrase = date_phrase(span, when)
    prompt = f"True or false: {phrase[0].upper()}{phrase[1:]}, {body}."
    question = _question("true_false", prompt, "True" if truth else "False", fact)
    return question


MAX_ORDER_WORDS = 12


def order_true_false(fact: EventFact, context: Context) -> Question | None:
    """"A happened before B": a false one swaps before and after, nothing else."""
    if not _orderable(fact):
        return None
    partners = [other for other in context.events if other is not fact
                and other.document == fact.document and _orderable(other)
                and not _overlap(other.span, fact.span)
                and other.description != fact.description]
    if not partners:
        return None
    partners.sort(key=lambda other: abs(other.span.start.year - fact.span.start.year))
    other = context.rng.choice(partners[:4])
    earlier = fact.span.end < other.span.start
    truth = context.rng.random() < 0.5
    relation = "before" if earlier == truth else "after"
    first, second = (f"{f.clause.subject} {f.clause.predicate()}" for f in (fact, other))
    prompt = f"True or false: {first[0].upper()}{first[1:]} {relation} {second}."
    return _question("true_false", prompt, "True" if truth else "False", fact)


def _orderable(fact: EventFact) -> bool:
    clause = fact.clause
    return (clause is not None and not fact.bounded and not clause.attribution
            and len(clause.statement().split()) <= MAX_ORDER_WORDS)


# A sentence leaning on another for its subject, or told in the first person, is no
# sentence to complete on its own.
DEPENDENT_WORDS = {"it", "they", "he", "she", "this", "these", "their", "his", "her", "its",
                   "things", "me", "i", "we", "our", "us", "my"}


def _stands_alone(sentence: str) -> bool:
    words = [english.strip_word(word).lower() for word in sentence.split()]
    return not (set(words[:6]) & DEPENDENT_WORDS or {"me", "i", "we", "my"} & set(words)
                or "this author" in sentence.lower())


def cloze_date(fact: EventFact, context: Context) -> Question | None:
    """The source sentence with its date blanked; only where the sentence states the date
    in full (a timeline line's year stands in its heading, not in the line)."""
    sentence, date_text = fact.source.sentence, fact.span.text
    if fact.headline or not date_text or sentence.count(date_text) != 1:
        return None
    if not _stands_alone(sentence):
        return None
    if not re.search(r"\d{3,4}", date_text) or len(sentence.split()) > MAX_CLOZE_WORDS:
        return None
    blanked = sentence.replace(date_text, BLANK)
    if mentions_year(blanked, fact.span):
        return None
    accept = [text for text in (fact.when, *dates.alternatives(fact.span)) if text != date_text]
    return _question("cloze", f"Fill in the blank: {blanked}", date_text, fact, accept=accept)


def cloze_name(fact: EventFact, context: Context) -> Question | None:
    sentence = fact.source.sentence
    if fact.headline or len(sentence.split()) > MAX_CLOZE_WORDS or not _stands_alone(sentence):
        return None  # a timeline line without its year heading is not a sentence to complete
    for person in context.people:
        name = person.figure.name
        after = sentence.split(name, 1)[1].split()[:1] if name in sentence else []
        if after and after[0][:1].islower() and after[0].isalpha():
            continue  # "X Y refugees": the name is used as an adjective, not as a person
        if len(name.split()) >= 2 and sentence.count(name) == 1 and name.split()[-1] not in (
                sentence.replace(name, "")):
            blanked = sentence.replace(name, BLANK)
            accept = good_aliases(person)
            question = _question("cloze", f"Fill in the blank: {blanked}", name, fact,
                                 accept=accept)
            if question is not None:
                question.tags = ["people"]
            return question
    return None


COUNT_SUBJECT = re.compile(
    r"^(?P<about>(?:a group of |some |about |around |over |nearly |more than |almost )*)"
    r"(?P<count>\d[\d,]*) (?P<noun>.+)$", re.IGNORECASE)


def how_many(fact: EventFact, context: Context) -> Question | None:
    """"26 miners died" -> "How many miners died ...?" among counts of its magnitude."""
    clause = fact.clause
    match = COUNT_SUBJECT.match(clause.subject) if clause and not fact.bounded else None
    if match is None or clause is None:
        return None
    value = int(match.group("count").replace(",", ""))
    about = any(word in match.group("about").lower() for word in ("about", "around", "over",
                                                                   "nearly", "some", "almost"))
    if value < 3:
        return None
    options = distractors.count_options(value, context.rng)
    attribution = f", {clause.attribution}" if clause.attribution else ""
    ask = "About how many" if about else "How many"
    prompt = (f"{ask} {match.group('noun')} {clause.predicate()} "
              f"{date_phrase(fact.span, fact.when)}{attribution}?")
    return _question("multiple_choice", prompt, f"{value:,}", fact, options=options)


EVENT_BUILDERS = {
    "when_card": when_card,
    "when_choice": when_choice,
    "year_typed": year_typed,
    "what_card": what_card,
    "what_choice": what_choice,
    "who_typed": who_typed,
    "who_choice": who_choice,
    "true_false": true_false,
    "order_true_false": order_true_false,
    "cloze_date": cloze_date,
    "cloze_name": cloze_name,
    "how_many": how_many,
}
