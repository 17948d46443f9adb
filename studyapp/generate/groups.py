"""Questions on several facts at once: timelines to order, pairs to match."""

from __future__ import annotations

from studyapp.generate import english
from studyapp.generate.events import Context
from studyapp.generate.facts import EventFact, PersonFact, short_hash
from studyapp.generate.people import distinctive_role, plain_role
from studyapp.model import DateSpan, OrderItem, Question
from studyapp.quizsets.schema import matching_answer, ordering_answer

MIN_GROUP, MAX_GROUP = 4, 6
USES_PER_FACT = 3  # an event appears in at most this many orderings/matchings
MAX_ITEM_WORDS = 18


def _disjoint(a: DateSpan, b: DateSpan) -> bool:
    return a.end < b.start or b.end < a.start


def _listable(fact: EventFact) -> bool:
    text = fact.description
    if fact.bounded or not text:
        return False
    return len(text.split()) <= MAX_ITEM_WORDS and english.is_clean_question(text + ".")


def _groups(facts: list[EventFact], context: Context, count: int, distinct) -> list[list]:
    """Up to ``count`` groups of 4-6 pairwise ``distinct`` facts, none used too often.

    Each group draws its facts by a hash of (group, fact) rather than by shuffling, so an
    event that comes or goes changes only the groups it was in: regenerating after the
    extractor improves keeps most group questions, and with them their ids and reviews.
    """
    salt = f"{context.rng.random()}"
    uses: dict[str, int] = {}
    groups: list[list[EventFact]] = []
    for attempt in range(count * 3):
        if len(groups) == count:
            break
        pool = sorted((fact for fact in facts if uses.get(fact.name, 0) < USES_PER_FACT),
                      key=lambda fact: short_hash(salt, str(attempt), fact.name))
        size = MIN_GROUP + int(short_hash(salt, str(attempt)), 16) % (MAX_GROUP - MIN_GROUP + 1)
        group: list[EventFact] = []
        for fact in pool:
            if all(distinct(fact, other) for other in group):
                group.append(fact)
            if len(group) == size:
                break
        names = sorted(fact.name for fact in group)
        if len(group) < MIN_GROUP or any(sorted(f.name for f in g) == names for g in groups):
            continue
        for fact in group:
            uses[fact.name] = uses.get(fact.name, 0) + 1
        groups.append(group)
    return groups


def orderings(facts: list[EventFact], context: Context, count: int) -> list[Question]:
    """Put 4-6 events in order; their dates do not overlap, so the order is certain."""
    listable = [fact for fact in facts if _listable(fact)]
    questions = []
    for group in _groups(listable, context, count,
                         lambda a, b: _disjoint(a.span, b.span)
                         and a.description != b.description):
        items = [OrderItem(text=fact.description, start=fact.span.start, date=fact.when)
                 for fact in group]
        items.sort(key=lambda item: short_hash(item.text))
        if [item.start for item in items] == sorted(item.start for item in items):
            items.reverse()  # never shown already in order
        first = min(group, key=lambda fact: fact.span.start)
        questions.append(Question(
            id="", kind="ordering", answer=ordering_answer(items),
            prompt="Put these events in chronological order, earliest first.",
            items=items, fact="timeline:" + short_hash(*sorted(f.name for f in group)),
            source=first.source, tags=["dates"]))
    return questions


def date_matchings(facts: list[EventFact], context: Context, count: int) -> list[Question]:
    listable = [fact for fact in facts if _listable(fact)]
    questions = []
    for group in _groups(listable, context, count,
                         lambda a, b: a.when != b.when and a.description != b.description):
        group.sort(key=lambda fact: fact.span.start)
        questions.append(Question(
            id="", kind="matching", prompt="Match each event to its date.",
            pairs=[(fact.description, fact.when) for fact in group],
            answer=matching_answer([(fact.description, fact.when) for fact in group]),
            fact="dates:" + short_hash(*sorted(f.name for f in group)),
            source=group[0].source, tags=["dates"]))
    return questions


def people_matchings(people: list[PersonFact], context: Context, count: int
                     ) -> list[Question]:
    roles = {person.name: distinctive_role(person, context) for person in people}
    candidates = [person for person in people if roles[person.name]]
    questions = []
    seen: set[tuple[str, ...]] = set()
    for _ in range(count * 3):
        if len(questions) == count or len(candidates) < MIN_GROUP:
            break
        size = min(len(candidates), context.rng.randint(MIN_GROUP, MAX_GROUP))
        group = sorted(context.rng.sample(candidates, size), key=lambda p: p.figure.name)
        key = tuple(person.name for person in group)
        if key in seen:
            continue
        seen.add(key)
        pairs = [(person.figure.name, plain_role(roles[person.name])) for person in group]
        questions.append(Question(
            id="", kind="matching", prompt="Match each person to the role the text gives them.",
            pairs=pairs, answer=matching_answer(pairs),
            fact="people:" + short_hash(*key), source=group[0].source, tags=["people"]))
    return questions
