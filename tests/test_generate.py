"""Question generation from events and figures built here (not from the extractor)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from studyapp.generate import generate_set
from studyapp.generate.dates import format_span
from studyapp.generate.english import analyse, is_clean_question
from studyapp.generate.events import date_phrase
from studyapp.generate.facts import event_facts
from studyapp.ingest import parse_document
from studyapp.model import DateSpan, Event, Figure, KeyNumber, Source, Ymd
from studyapp.quizsets.schema import KINDS

TEXT = """\
== Timeline ==

=== 1850 ===
March 3: The city council rejects the harbour plan.
April 9: Mayor Anna Brook resigns.
June 12: Flag of the guild first raised in front of the town hall.
September 1: Great fire in the old quarter.
November 20: Guild members arrested, sent to the capital.

=== 1851 ===
February 2: The weavers begin a strike in the lower town.
July 14: The new bridge opened to traffic.

== History ==

In 1845, the weavers founded a cooperative in the valley. On 5 May 1852, the railway reached \
the town. In 1860, the historian Paul Stone wrote a history of the guild. According to the \
parish records, 212 people died in the winter of 1853.
"""

DOCUMENT = parse_document("town.txt", TEXT)


def day(year: int, month: int, date: int, text: str) -> DateSpan:
    return DateSpan(Ymd(year, month, date), Ymd(year, month, date), "day", text)


def year(number: int, text: str) -> DateSpan:
    return DateSpan(Ymd(number, 1, 1), Ymd(number, 12, 31), "year", text)


def source_of(fragment: str) -> Source:
    """The line or sentence of TEXT holding ``fragment``, with its offsets."""
    at = TEXT.index(fragment)
    start = max(TEXT.rfind("\n", 0, at), TEXT.rfind(". ", 0, at) + 1) + 1
    ends = [end for end in (TEXT.find("\n", at), TEXT.find(". ", at) + 1) if end > 0]
    end = min(ends)
    return Source("town.txt", TEXT[start:end].strip(), (start, end))


def event(span: DateSpan, statement: str, fragment: str, **fields) -> Event:
    return Event(span=span, statement=statement, sources=[source_of(fragment)], **fields)


EVENTS = [
    event(day(1850, 3, 3, "March 3"), "The city council rejects the harbour plan", "harbour plan"),
    event(day(1850, 4, 9, "April 9"), "Mayor Anna Brook resigns", "Brook resigns",
          people=["Anna Brook"]),
    event(day(1850, 6, 12, "June 12"), "Flag of the guild first raised in front of the town hall",
          "Flag of the guild"),
    event(day(1850, 9, 1, "September 1"), "Great fire in the old quarter", "Great fire"),
    event(day(1850, 11, 20, "November 20"), "Guild members arrested, sent to the capital",
          "Guild members"),
    event(day(1851, 2, 2, "February 2"), "The weavers begin a strike in the lower town",
          "begin a strike"),
    event(day(1851, 7, 14, "July 14"), "The new bridge opened to traffic", "new bridge"),
    event(year(1845, "In 1845"), "The weavers founded a cooperative in the valley",
          "founded a cooperative"),
    event(day(1852, 5, 5, "5 May 1852"), "The railway reached the town", "railway reached"),
    event(year(1860, "In 1860"), "The historian Paul Stone wrote a history of the guild",
          "wrote a history", people=["Paul Stone"]),
    event(DateSpan(Ymd(1853, 12, 1), Ymd(1854, 2, 28), "season", "the winter of 1853"),
          "According to the parish records, 212 people died", "212 people died",
          numbers=[KeyNumber(212, "people died", "212 people died")]),
]
FIGURES = [
    Figure("Anna Brook", aliases=["Brook"], roles=["mayor"], sources=[source_of("Brook resigns")],
           documents=["town.txt"]),
    Figure("Paul Stone", aliases=["Stone"], roles=["historian"],
           sources=[source_of("wrote a history")], documents=["town.txt"]),
    Figure("Tom Minor", roles=["photographer"], minor=True, sources=[source_of("new bridge")]),
]
COMMON = {"flag", "great", "fire", "guild", "members", "city", "council", "weavers"}


@pytest.mark.parametrize(("statement", "headline", "question"), [
    ("The city council rejected the harbour plan", False,
     "When did the city council reject the harbour plan?"),
    ("The weavers began a strike in the lower town", False,
     "When did the weavers begin a strike in the lower town?"),
    ("A fair was held in the square", False, "When was a fair held in the square?"),
    ("The city council rejects the harbour plan.", True,
     "When did the city council reject the harbour plan?"),
    ("Mayor Anna Brook resigns.", True, "When did Mayor Anna Brook resign?"),
    ("Guild members arrested, sent to the capital.", True, "When were guild members arrested?"),
    ("Flag of the guild first raised in front of the town hall.", True,
     "When was the flag of the guild first raised in front of the town hall?"),
    ("According to the parish records, 212 people died", False,
     "When did 212 people die, according to the parish records?"),
])
def test_statements_become_natural_questions(statement, headline, question):
    clause = analyse(statement, COMMON, headline)
    assert clause is not None and clause.when_question() == question


@pytest.mark.parametrize("statement", [
    "The bridge was the longest in the county",  # a state, not an event
    "The town is known as the gate of the valley",  # present tense prose
    "It was rebuilt by the guild",  # who "it" is lies in another sentence
    "Since the fire, and the flood",  # no verb at all
])
def test_what_cannot_be_inverted_cleanly_is_left_alone(statement):
    assert analyse(statement, COMMON, headline=False) is None


def test_dates_are_written_at_the_precision_the_text_gives():
    assert format_span(year(1845, "1845")) == "1845"
    assert format_span(day(1850, 3, 3, "")) == "3 March 1850"
    assert format_span(DateSpan(Ymd(1850, 3, 1), Ymd(1850, 3, 31), "month")) == "March 1850"
    assert format_span(DateSpan(Ymd(1960, 1, 1), Ymd(1969, 12, 31), "decade")) == "the 1960s"
    assert format_span(DateSpan(Ymd(1001, 1, 1), Ymd(1100, 12, 31), "century")) == \
        "the 11th century"
    assert format_span(DateSpan(Ymd(-43, 1, 1), Ymd(-43, 12, 31), "year")) == "44 BC"
    assert format_span(DateSpan(Ymd(1850, 2, 18), Ymd(1850, 2, 26), "range")) == \
        "18–26 February 1850"


@pytest.fixture(scope="module")
def quizset():
    return generate_set([DOCUMENT], EVENTS, FIGURES, seed=7)


def test_generation_is_seeded_and_ids_are_stable(quizset):
    again = generate_set([DOCUMENT], EVENTS, FIGURES, seed=7)
    assert again == quizset
    other = generate_set([DOCUMENT], EVENTS, FIGURES, seed=8)
    assert {q.id for q in other.questions} & {q.id for q in quizset.questions}
    assert len({q.id for q in quizset.questions}) == len(quizset.questions)


def test_every_kind_is_made_and_each_fact_has_at_most_four(quizset):
    kinds = Counter(q.kind for q in quizset.questions)
    assert set(kinds) == set(KINDS), kinds
    per_fact = Counter(q.fact for q in quizset.questions)
    assert max(per_fact.values()) <= 4
    assert all(q.status == "draft" for q in quizset.questions)


def test_prompts_read_cleanly_and_never_hold_the_answer(quizset):
    for question in quizset.questions:
        assert is_clean_question(question.prompt), question.prompt
        if question.kind not in ("true_false", "ordering", "matching"):
            assert question.answer.casefold() not in question.prompt.casefold(), question
        for found in re.findall(r"\b1[89]\d\d\b", question.answer):
            if question.kind != "true_false":
                assert found not in question.prompt, question


def test_questions_cite_their_source_and_fact(quizset):
    clean_text = " ".join(block.text for block in DOCUMENT.blocks)
    for question in quizset.questions:
        assert question.source.document == "town.txt"
        assert question.source.sentence in clean_text
        assert question.fact.startswith(("event:", "person:", "timeline:", "dates:", "people:"))


def test_multiple_choice_options_are_distinct_and_hold_the_answer(quizset):
    for question in quizset.questions:
        if question.kind == "multiple_choice":
            assert len(set(question.options)) == len(question.options) >= 3
            assert question.answer in question.options


def test_date_options_share_the_answers_precision(quizset):
    when = [q for q in quizset.questions if q.kind == "multiple_choice"
            and q.prompt.startswith("When")]
    assert when
    for question in when:
        def shape(text):
            return re.sub(r"[A-Za-z]+", "w", re.sub(r"\d+", "9", text))
        assert all(shape(option) == shape(question.answer) for option in question.options)


def test_orderings_have_disjoint_dates_and_are_not_shown_in_order(quizset):
    orderings = [q for q in quizset.questions if q.kind == "ordering"]
    assert orderings
    for question in orderings:
        starts = [item.start for item in question.items]
        assert 4 <= len(starts) <= 6 and len(set(starts)) == len(starts)
        assert starts != sorted(starts)


def test_a_false_statement_changes_only_a_date_or_an_order(quizset):
    facts = {fact.name: fact for fact in event_facts({"town.txt": DOCUMENT}, EVENTS)}
    bodies = {f"{f.clause.subject} {f.clause.predicate()}": f for f in facts.values() if f.clause}
    checked = Counter()
    for question in quizset.questions:
        if question.kind != "true_false":
            continue
        fact = facts[question.fact]
        body = f"{fact.clause.subject} {fact.clause.predicate()}"
        text = question.prompt.removeprefix("True or false: ").removesuffix(".")
        if " before " in text or " after " in text:
            first, relation, second = re.split(r" (before|after) ", text, maxsplit=1)
            other = bodies[second]
            assert first[0].lower() + first[1:] == body[0].lower() + body[1:]
            happened = "before" if fact.span.end < other.span.start else "after"
            assert (relation == happened) == (question.answer == "True"), question.prompt
            checked["order"] += 1
        else:
            phrase, statement = text.split(", ", 1)
            assert statement.startswith(body), question.prompt  # who did what is untouched
            true_phrase = date_phrase(fact.span, fact.when)
            assert (phrase.lower() == true_phrase.lower()) == (question.answer == "True")
            checked["date"] += 1
    assert checked["date"] and checked["order"], checked


def test_claims_keep_their_attribution(quizset):
    about_deaths = [q for q in quizset.questions if "212" in q.prompt or "died" in q.prompt]
    assert about_deaths
    for question in about_deaths:
        if question.kind != "cloze":
            assert "according to the parish records" in question.prompt


def test_minor_figures_do_not_become_questions(quizset):
    everything = " ".join(q.prompt + " " + q.answer + str(q.pairs) for q in quizset.questions)
    assert "Tom Minor" not in everything
    assert any(q.fact == "person:anna-brook" for q in quizset.questions)


@pytest.mark.parametrize("sentence", [
    "Since 1840 the guild has ruled the market.",
    "Following the 1840 charter, the guild ruled the market.",
    "After 1840 the guild ruled the market.",
])
def test_a_date_that_bounds_a_period_is_not_asked_as_when(sentence):
    document = parse_document("guild.txt", sentence)
    bounded = Event(span=year(1840, "1840"), statement="The guild has ruled the market",
                    sources=[Source("guild.txt", sentence, (0, len(sentence)))])
    questions = generate_set([document], [bounded], [], seed=1).questions
    assert questions
    assert all(q.kind == "cloze" for q in questions), [q.prompt for q in questions]


def test_one_statement_at_two_dates_asks_no_when():
    text = "March 3: The mayor resigns.\nMay 9: The mayor resigns.\n"
    document = parse_document("twice.txt", text)
    events = [Event(span=day(1850, month, 3 if month == 3 else 9, ""),
                    statement="The mayor resigns",
                    sources=[Source("twice.txt", line, (text.index(line), text.index(line)
                                                        + len(line)))])
              for month, line in ((3, "March 3: The mayor resigns."),
                                  (5, "May 9: The mayor resigns."))]
    questions = generate_set([document], events, [], seed=1).questions
    assert not [q for q in questions if "resign" in q.prompt.lower()]


def test_years_before_the_common_era_read_as_bc():
    span = DateSpan(Ymd(-72, 1, 1), Ymd(-70, 12, 31), "range")
    assert format_span(span) == "73–71 BC"
    assert format_span(DateSpan(Ymd(-47, 8, 9), Ymd(-47, 8, 9), "day")) == "9 August 48 BC"


def test_a_time_relative_to_the_sentence_before_is_dropped():
    clause = analyse("Two days later the bridge was opened", COMMON, headline=False)
    assert clause is not None and clause.when_question() == "When was the bridge opened?"


def test_group_questions_survive_an_event_coming_or_going():
    before = generate_set([DOCUMENT], EVENTS, FIGURES, seed=7)
    after = generate_set([DOCUMENT], EVENTS[:-1], FIGURES, seed=7)
    groups = {q.id for q in before.questions if q.kind in ("ordering", "matching")}
    kept = groups & {q.id for q in after.questions}
    assert groups and len(kept) >= len(groups) / 2


def test_ordering_items_carry_the_date_as_the_text_gives_it():
    """A century starts on a first of January: its item says "the 11th century", not "1001"."""
    line = "In the 11th century, the monks built the first mill in the valley."
    text = TEXT + line + "\n"
    at = text.index(line)
    century = Event(span=DateSpan(Ymd(1001, 1, 1), Ymd(1100, 12, 31), "century",
                                  "In the 11th century"),
                    statement="The monks built the first mill in the valley",
                    sources=[Source("town.txt", line, (at, at + len(line)))])
    document = parse_document("town.txt", text)
    items = [item for seed in range(5)
             for q in generate_set([document], [*EVENTS, century], FIGURES, seed=seed).questions
             if q.kind == "ordering" for item in q.items]
    mill = [item for item in items if item.start == Ymd(1001, 1, 1)]
    assert mill and {item.date for item in mill} == {"the 11th century"}
    strike = [item for item in items if item.start == Ymd(1851, 2, 2)]
    assert strike and {item.date for item in strike} == {"2 February 1851"}
