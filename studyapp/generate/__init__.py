"""Questions of every kind from extracted events and figures; seeded, so the same input and
seed give the same set, with ids derived from what each question asks."""

from __future__ import annotations

import random
from dataclasses import replace

from studyapp.generate.events import EVENT_BUILDERS, Context
from studyapp.generate.facts import event_facts, person_facts, place_words, short_hash
from studyapp.generate.groups import date_matchings, orderings, people_matchings
from studyapp.generate.people import PERSON_BUILDERS
from studyapp.model import Document, DocumentRef, Event, Figure, Question, QuizSet

MAX_PER_FACT = 4
ID_PREFIX = {"flashcard": "card", "cloze": "cloze", "typed": "typed", "multiple_choice": "mc",
             "true_false": "tf", "ordering": "order", "matching": "match"}

__all__ = ["generate_set"]


def generate_set(documents: list[Document], events: list[Event], figures: list[Figure],
                 seed: int = 0) -> QuizSet:
    by_name = {document.name: document for document in documents}
    places = {place for event in events for place in event.places} | place_words(documents)
    people = person_facts(by_name, figures, places)
    names = frozenset(name for person in people
                      for name in [person.figure.name, *person.figure.aliases])
    facts = event_facts(by_name, events, names)
    context = Context(events=facts, people=people, rng=random.Random(seed))
    titles = {document.name: document.title for document in documents}
    counts = {kind: 0 for kind in ID_PREFIX}
    questions: list[Question] = []
    for fact in facts:
        built = {variant: builder(fact, _seeded(context, seed, fact.name, variant))
                 for variant, builder in EVENT_BUILDERS.items()}
        questions += _choose(built, fact.document, counts, seed, fact.name)
    for person in people:
        title = titles[person.document]
        built = {variant: builder(person, _seeded(context, seed, person.name, variant), title)
                 for variant, builder in PERSON_BUILDERS.items()}
        questions += _choose(built, person.document, counts, seed, person.name)
    for document in documents:
        questions += _group_questions(document.name, facts, people, context, seed)
    return QuizSet(
        title=" / ".join(document.title for document in documents),
        description="Questions generated from "
                    + ", ".join(f"“{document.title}”" for document in documents)
                    + ". Drafts until a person has reviewed them.",
        language="en",
        documents=[DocumentRef(document.name, document.title) for document in documents],
        questions=questions,
    )


def _seeded(context: Context, seed: int, *parts: str) -> Context:
    """A random source of its own per question, so one fact's questions do not change when
    another fact comes or goes."""
    return replace(context, rng=random.Random(f"{seed}:" + ":".join(parts)))


def _choose(built: dict[str, Question | None], document: str, counts: dict[str, int],
            seed: int, fact: str) -> list[Question]:
    """At most four questions on a fact, of different kinds where possible, favouring the
    kinds the set has fewest of so far."""
    rng = random.Random(f"{seed}:choose:{fact}")
    candidates = [(variant, question) for variant, question in built.items() if question]
    rng.shuffle(candidates)
    chosen: list[tuple[str, Question]] = []
    while candidates and len(chosen) < MAX_PER_FACT:
        kinds = {question.kind for _, question in chosen}
        candidates.sort(key=lambda pair: (pair[1].kind in kinds, counts[pair[1].kind]))
        variant, question = candidates.pop(0)
        if any(question.prompt == other.prompt for _, other in chosen):
            continue  # the same question as a card and as a choice is one question twice
        question.id = _question_id(question, variant, document)
        counts[question.kind] += 1
        chosen.append((variant, question))
    return [question for _, question in chosen]


def _question_id(question: Question, variant: str, document: str) -> str:
    digest = short_hash(question.kind, variant, document, question.fact)
    return f"{ID_PREFIX[question.kind]}-{digest}"


def _group_questions(document: str, facts, people, context: Context, seed: int) -> list[Question]:
    mine = [fact for fact in facts if fact.document == document]
    persons = [person for person in people if person.document == document]
    rng_context = _seeded(context, seed, "groups", document)
    questions = (orderings(mine, rng_context, count=min(12, len(mine) // 3))
                 + date_matchings(mine, rng_context, count=min(8, len(mine) // 4))
                 + people_matchings(persons, rng_context, count=min(3, len(persons) // 3)))
    for question in questions:
        question.id = _question_id(question, "group", document)
    return questions
