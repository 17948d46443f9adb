"""The rules of a good question, checked over every bundled set (not a chosen example)."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.generate.english import is_clean_question
from studyapp.generate.events import leaks
from studyapp.quizsets import load_set
from studyapp.quizsets.schema import KINDS

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "questions"
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = sorted(QUESTIONS.glob("*.quiz.yaml"))
OPTIONS = 4


@pytest.fixture(scope="module")
def sets():
    return {path: load_set(path) for path in SETS}


@pytest.fixture(scope="module")
def questions(sets):
    return [question for quizset in sets.values() for question in quizset.questions]


@pytest.fixture(scope="module")
def ready(questions):
    return [question for question in questions if question.status == "ready"]


def test_every_bundled_set_validates():
    assert SETS
    assert main(["validate", str(QUESTIONS)]) == 0


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus lies beside the repository")
def test_there_is_one_set_per_corpus_document():
    documents = {path.stem for path in CORPUS.iterdir() if path.name != "README.md"}
    assert {path.name.removesuffix(".quiz.yaml") for path in SETS} == documents


def test_enough_reviewed_questions_of_every_kind(ready):
    kinds = Counter(question.kind for question in ready)
    assert len(ready) >= 200, kinds
    assert all(kinds[kind] >= 15 for kind in KINDS), kinds


def test_no_prompt_holds_its_answer(questions):
    for question in questions:
        if question.kind in ("flashcard", "cloze", "typed", "multiple_choice"):
            assert not leaks(question.prompt, question.answer), question


def test_prompts_are_finished_sentences_without_markup(questions):
    for question in questions:
        assert is_clean_question(question.prompt), question.prompt
        assert not re.search(r"^\W*(When|Who|What)\W*:|^\W*[\d–-]+\W*$", question.prompt)
        assert not re.search(r"\[\d\d:\d\d|\[\[|<a |\{\{|==", question.prompt + question.answer)


def test_no_duplicate_ids_or_questions(questions):
    ids = Counter(question.id for question in questions)
    assert [id_ for id_, count in ids.items() if count > 1] == []
    asked = Counter((q.kind, q.prompt, q.answer, tuple(q.options), tuple(q.items), tuple(q.pairs))
                    for q in questions)
    assert [key for key, count in asked.items() if count > 1] == []


def test_at_most_four_questions_per_fact(sets):
    for quizset in sets.values():
        per_fact = Counter(question.fact for question in quizset.questions)
        assert max(per_fact.values()) <= 4


def test_options_are_distinct_and_hold_the_answer(questions):
    for question in questions:
        if question.kind == "multiple_choice":
            assert len(set(question.options)) == len(question.options) == OPTIONS
            assert question.options.count(question.answer) == 1


def test_orderings_agree_with_their_dates(questions):
    for question in questions:
        if question.kind == "ordering":
            starts = [item.start for item in question.items]
            assert 4 <= len(starts) <= 6 and len(set(starts)) == len(starts)
            ordered = sorted(question.items, key=lambda item: item.start)
            assert question.answer.split(" → ") == [item.text for item in ordered]
        if question.kind == "matching":
            assert 4 <= len(question.pairs) <= 6
            assert len({left for left, _ in question.pairs}) == len(question.pairs)
            assert len({right for _, right in question.pairs}) == len(question.pairs)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _in_order(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus lies beside the repository")
def test_every_source_sentence_is_in_its_document(questions):
    """The sentence as a learner reads it is the document's text at the cited offsets, with
    markup (links, timestamps) taken out: every word in order, nothing added."""
    originals = {}
    for question in questions:
        source = question.source
        if source.document not in originals:
            originals[source.document] = (CORPUS / source.document).read_text(encoding="utf-8")
        start, end = source.offset
        cited = originals[source.document][start:end]
        assert _words(source.sentence), source
        assert _in_order(_words(source.sentence), _words(cited)), source


def _chi_square_uniform(counts: list[int]) -> float:
    expected = sum(counts) / len(counts)
    return sum((count - expected) ** 2 / expected for count in counts)


def test_answer_positions_are_uniform(ready):
    choices = [q for q in ready if q.kind == "multiple_choice"]
    positions = Counter(q.options.index(q.answer) for q in choices)
    counts = [positions[index] for index in range(OPTIONS)]
    # chi-square with 3 degrees of freedom: 16.27 is its 0.1% tail
    assert _chi_square_uniform(counts) < 16.27, counts


def _is_date(text: str) -> bool:
    return bool(re.search(r"\d{3,4}|century|BC", text)) and not re.search(r"[a-z]{3,} [a-z]", text
                                                                         .replace("the ", ""))


def test_the_answer_is_not_the_middle_date_more_often_than_chance(ready):
    dated = [q for q in ready if q.kind == "multiple_choice" and all(map(_is_date, q.options))]
    assert len(dated) >= 20
    middle = sum(q.options.index(q.answer) in (1, 2) for q in dated)
    expected, spread = len(dated) / 2, math.sqrt(len(dated) / 4)
    assert middle <= expected + 3 * spread, (middle, len(dated))


def test_true_and_false_are_both_common(ready):
    answers = Counter(q.answer for q in ready if q.kind == "true_false")
    total = sum(answers.values())
    assert 0.3 <= answers["True"] / total <= 0.7, answers
