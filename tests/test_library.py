"""The library service on a real SQLite file: profiles, importing sets, the summary."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from studyapp.model import DocumentRef, Question, QuizSet, Source
from studyapp.services.library import (
    create_profile,
    ensure_profile,
    import_set,
    library_summary,
    list_profiles,
    load_bundled_sets,
)
from studyapp.store import StoreError, open_store
from studyapp.store.codec import question_from_row
from studyapp.store.tables import (
    CardState,
    QuestionRow,
    QuizAnswer,
    QuizAttempt,
    QuizSetRow,
    ReviewLog,
)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def card(id: str, status: str = "ready", answer: str = "1848") -> Question:
    return Question(id=id, kind="flashcard", prompt=f"When? ({id})", answer=answer,
                    fact=f"fact-{id}", status=status,
                    source=Source("doc.md", "A sentence.", (3, 14)), tags=["t"])


def quizset(*questions: Question, title: str = "Revolutions") -> QuizSet:
    return QuizSet(title=title, description="d", documents=[DocumentRef("doc.md", "Doc")],
                   questions=list(questions))


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path) as store:
        yield store


def test_first_start_creates_one_profile_named_after_the_user(store):
    first = ensure_profile(store)
    assert ensure_profile(store) == first
    [profile] = list_profiles(store)
    assert profile.id == first and profile.name
    assert profile.created_at.tzinfo is not None


def test_profiles_have_unique_non_empty_names(store):
    create_profile(store, "Ana")
    with pytest.raises(StoreError, match="already exists"):
        create_profile(store, " Ana ")
    with pytest.raises(StoreError, match="name"):
        create_profile(store, "  ")
    assert [profile.name for profile in list_profiles(store)] == ["Ana"]


def test_imported_questions_keep_their_content_and_order(store, tmp_path):
    original = card("b")
    set_id = import_set(store, quizset(card("a"), original), file=tmp_path / "s.quiz.yaml",
                        bundled=False)
    with store.session() as session:
        rows = session.exec(select(QuestionRow).order_by(QuestionRow.position)).all()
        quiz_set = session.get(QuizSetRow, set_id)
        assert quiz_set.documents == [{"name": "doc.md", "title": "Doc"}]
    assert [row.id for row in rows] == ["a", "b"]
    back = question_from_row(rows[1].id, rows[1].kind, rows[1].fact, rows[1].status,
                             rows[1].payload)
    assert back == original


def test_reimport_keeps_progress_of_unchanged_ids_and_drops_removed_questions(store, tmp_path):
    file = tmp_path / "s.quiz.yaml"
    profile = ensure_profile(store)
    set_id = import_set(store, quizset(card("a"), card("b"), card("c")), file=file,
                        bundled=False)
    with store.session() as session:
        for id in ("a", "b"):
            session.add(CardState(profile_id=profile, question_id=id, state=2, due=NOW,
                                  last_review=NOW))
            session.add(ReviewLog(profile_id=profile, question_id=id, rating=3,
                                  review_time=NOW))
    # The new version edits "a", drops "b", keeps "c" and adds "d".
    again = import_set(store, quizset(card("a", answer="1849"), card("c"), card("d"),
                                      title="Revolutions, revised"), file=file, bundled=False)
    assert again == set_id
    with store.session() as session:
        ids = session.exec(select(QuestionRow.id).order_by(QuestionRow.position)).all()
        states = session.exec(select(CardState.question_id)).all()
        logs = session.exec(select(ReviewLog.question_id).order_by(ReviewLog.id)).all()
        assert session.get(QuizSetRow, set_id).title == "Revolutions, revised"
        assert session.get(QuestionRow, "a").payload["answer"] == "1849"
    assert ids == ["a", "c", "d"]
    assert states == ["a"]
    assert logs == ["a", "b"]


def test_a_set_with_a_repeated_id_is_refused_and_nothing_is_saved(store, tmp_path):
    with pytest.raises(StoreError, match=r"s\.quiz\.yaml.*twice: a"):
        import_set(store, quizset(card("a"), card("a")), file=tmp_path / "s.quiz.yaml",
                   bundled=False)
    with store.session() as session:
        assert session.exec(select(QuizSetRow)).all() == []


def test_an_id_of_another_set_is_refused_naming_the_file(store, tmp_path):
    import_set(store, quizset(card("a")), file=tmp_path / "one.quiz.yaml", bundled=False)
    with pytest.raises(StoreError, match=r"two\.quiz\.yaml.*'a'"):
        import_set(store, quizset(card("z"), card("a")), file=tmp_path / "two.quiz.yaml",
                   bundled=False)
    with store.session() as session:
        assert len(session.exec(select(QuizSetRow)).all()) == 1
        assert session.get(QuestionRow, "z") is None


SET_FILE = """\
title: TITLE
questions:
  - id: q-1
    kind: flashcard
    prompt: In which year?
    answer: '1848'
    fact: event:1848:q
    source: {document: doc.txt, sentence: It happened in 1848.}
    status: ready
"""


def test_bundled_sets_are_loaded_once_and_again_only_when_changed(store, tmp_path):
    folder = tmp_path / "bundled"
    folder.mkdir()
    (folder / "one.quiz.yaml").write_text(SET_FILE.replace("TITLE", "One"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a set", encoding="utf-8")
    [set_id] = load_bundled_sets(store, folder)
    with store.session() as session:
        first_import = session.get(QuizSetRow, set_id).imported_at
    assert load_bundled_sets(store, folder) == [set_id]
    with store.session() as session:
        assert session.get(QuizSetRow, set_id).imported_at == first_import
    (folder / "one.quiz.yaml").write_text(SET_FILE.replace("TITLE", "One again"), encoding="utf-8")
    assert load_bundled_sets(store, folder) == [set_id]
    with store.session() as session:
        assert session.get(QuizSetRow, set_id).title == "One again"


def test_first_start_makes_a_profile_and_puts_every_shipped_set_in_the_library(tmp_path):
    with open_store(tmp_path) as store:
        profile = ensure_profile(store)
        set_ids = load_bundled_sets(store)
        assert load_bundled_sets(store) == set_ids  # the next start finds them there
    summaries = library_summary(tmp_path, profile, NOW)
    shipped = list((Path(__file__).parents[1] / "questions").glob("*.quiz.yaml"))
    assert len(set_ids) == len(shipped) == len(summaries)
    assert sorted(summary.id for summary in summaries) == sorted(set_ids)
    # Everything is new, but only the cards Review studies count as new cards.
    assert all(0 < summary.new <= summary.total for summary in summaries)
    assert any(summary.new < summary.total for summary in summaries)


def summary_of(home_or_store, profile):
    return {summary.title: summary for summary in library_summary(home_or_store, profile, NOW)}


def test_summary_counts_new_due_learned_and_mastery(store, tmp_path):
    profile = ensure_profile(store)
    other = create_profile(store, "Someone else")
    questions = [card(id) for id in "abcdefg"] + [card("draft", status="draft")]
    import_set(store, quizset(*questions), file=tmp_path / "s.quiz.yaml", bundled=False)
    import_set(store, quizset(title="Empty"), file=tmp_path / "e.quiz.yaml", bundled=False)
    past, future = NOW - timedelta(hours=1), NOW + timedelta(days=3)
    with store.session() as session:
        session.add_all([
            CardState(profile_id=profile, question_id="a", state=2, due=past, last_review=past),
            CardState(profile_id=profile, question_id="b", state=2, due=future,
                      last_review=past),
            CardState(profile_id=profile, question_id="c", state=1, due=past, last_review=past),
            CardState(profile_id=profile, question_id="d", state=2, due=past, last_review=past,
                      suspended=True),
            CardState(profile_id=profile, question_id="e", state=3, due=past, last_review=past,
                      buried_until="2026-03-11"),
            CardState(profile_id=other, question_id="f", state=2, due=past, last_review=past),
        ])
        attempt = QuizAttempt(profile_id=profile, set_ids=[1], started=past, finished=past)
        session.add(attempt)
        session.flush()
        # "c" was answered wrong then right, "e" right then wrong: the latest answer counts.
        session.add_all([
            QuizAnswer(attempt_id=attempt.id, question_id="c", position=0, correct=False),
            QuizAnswer(attempt_id=attempt.id, question_id="e", position=1, correct=True),
            QuizAnswer(attempt_id=attempt.id, question_id="c", position=2, correct=True),
            QuizAnswer(attempt_id=attempt.id, question_id="e", position=3, correct=False),
        ])
    home = store.path.parent
    for source in (home, store):
        summaries = summary_of(source, profile)
        revolutions = summaries["Revolutions"]
        assert (revolutions.total, revolutions.new, revolutions.due, revolutions.learned) == (
            7, 2, 2, 3)  # new: f (other learner's) and g; due: a and c; learned: a, b, d
        assert revolutions.mastery == pytest.approx(4 / 7)  # a, b, d learned; c quizzed right
        empty = summaries["Empty"]
        assert (empty.total, empty.new, empty.due, empty.mastery) == (0, 0, 0, 0.0)
    assert summary_of(home, other)["Revolutions"].new == 6


def test_new_due_and_learned_count_only_the_cards_review_studies(store, tmp_path):
    """A multiple-choice or true/false question is never reviewed, so it is never a new or
    due card (even with a card state left from an older version); it still counts in the total
    and, answered right in a quiz, in mastery."""
    profile = ensure_profile(store)
    choice = Question(id="mc", kind="multiple_choice", prompt="Where?", answer="Paris",
                      options=["Paris", "Rome"], fact="fact-mc", status="ready")
    statement = Question(id="tf", kind="true_false", prompt="It rained.", answer="True",
                         fact="fact-tf", status="ready")
    cloze = Question(id="cz", kind="cloze", prompt="It began in ____.", answer="1848",
                     fact="fact-cz", status="ready")
    import_set(store, quizset(card("a"), cloze, choice, statement),
               file=tmp_path / "s.quiz.yaml", bundled=False)
    past = NOW - timedelta(hours=1)
    with store.session() as session:
        session.add_all([
            CardState(profile_id=profile, question_id="a", state=2, due=past, last_review=past),
            CardState(profile_id=profile, question_id="mc", state=2, due=past, last_review=past),
        ])
        attempt = QuizAttempt(profile_id=profile, set_ids=[1], started=past, finished=past)
        session.add(attempt)
        session.flush()
        session.add(QuizAnswer(attempt_id=attempt.id, question_id="tf", position=0,
                               correct=True))
    for source in (store.path.parent, store):
        revolutions = summary_of(source, profile)["Revolutions"]
        assert (revolutions.total, revolutions.new, revolutions.due, revolutions.learned) == (
            4, 1, 1, 1)  # new: the cloze; due and learned: "a" (not the multiple choice)
        assert revolutions.mastery == pytest.approx(2 / 4)  # "a" learned, "tf" quizzed right


def test_summary_of_a_home_without_a_database_is_empty(tmp_path):
    assert library_summary(tmp_path, 1, NOW) == []
    assert not (tmp_path / "studyapp.sqlite3").exists()


def test_the_first_screen_path_does_not_import_sqlalchemy(store, tmp_path):
    profile = ensure_profile(store)
    import_set(store, quizset(card("a")), file=tmp_path / "s.quiz.yaml", bundled=False)
    code = (
        "import sys; from datetime import datetime, UTC; from pathlib import Path\n"
        "import studyapp.home, studyapp.settings, studyapp.store.lock, studyapp.store.fast\n"
        "from studyapp.services.library import library_summary\n"
        f"[s] = library_summary(Path({str(tmp_path)!r}), {profile}, datetime.now(UTC))\n"
        "assert s.total == 1, s\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_summary_counts_drafts_of_the_imported_sets_the_learner_studies_them_of(store, tmp_path):
    profile = ensure_profile(store)
    drafts = [card(id, status="draft") for id in ("d1", "d2")]
    imported = import_set(store, quizset(card("a"), *drafts, title="Imported"),
                          file=tmp_path / "i.quiz.yaml", bundled=False)
    shipped = import_set(store, quizset(card("b"), card("d3", status="draft"), title="Shipped"),
                         file=tmp_path / "b.quiz.yaml", bundled=True)
    for home_or_store in (tmp_path, store):
        plain = {s.title: s for s in library_summary(home_or_store, profile, NOW)}
        assert (plain["Imported"].drafts, plain["Imported"].new, plain["Imported"].total) == (
            2, 1, 1)
        assert not plain["Imported"].drafts_included and not plain["Imported"].bundled
        chosen = {s.title: s for s in library_summary(home_or_store, profile, NOW,
                                                      include_drafts=[imported, shipped])}
        assert (chosen["Imported"].new, chosen["Imported"].total) == (3, 3)
        assert chosen["Imported"].drafts_included
        assert chosen["Shipped"].bundled and chosen["Shipped"].drafts == 1
        assert (chosen["Shipped"].new, chosen["Shipped"].drafts_included) == (1, False)
