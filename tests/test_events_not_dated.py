"""Dates that tell no happening of their own (made-up texts): which records, an age, a name
given later, a course's deadline, a weekday still to come."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

NEWS = "The smoke, remembered\n\nBy Ann Tell\nArle, Saturday, 14 March 2026\n\n"


def spans(text: str, name: str = "t.txt") -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


def test_a_date_saying_which_records_is_no_happening():
    text = NEWS + ("Smoke from the tannery settled over Bex on 4 February 1902.\n\n"
                   "The clerk Ada Roe, who has read the hospital's admission books from that "
                   "winter, said the toll was higher.\n\n"
                   "In 2004 a team re-read the burial registers for the winter and spring of "
                   "1902 and doubled the toll.\n")
    assert [(s, e) for s, e, _ in spans(text)] == [("1902-02-04", "1902-02-04"),
                                                  ("2004-01-01", "2004-12-31")]


def test_the_winter_and_spring_of_a_year_run_from_the_december_before():
    text = "Floods\n\nThe winter and spring of 1902 were wet, and the river rose.\n"
    assert ("1901-12-01", "1902-05-31") in [(s, e) for s, e, _ in spans(text)]


def test_an_age_is_no_year_before_the_era():
    text = ("---\ntitle: Kings\n---\n\n# Kings\n\n## 310 - 280 BCE Wars\n\n"
            "- 305 BCE: Arno takes the crown of Bex at the age of 11.\n")
    assert [(s, e) for s, e, _ in spans(text, "k.md")] == [("-0304-01-01", "-0304-12-31")]


def test_a_day_later_known_by_a_name_is_no_relative_date():
    text = "The strike\n\nOn 9 May 1720, a day later known as Black Tuesday, the bank closed.\n"
    assert [s for s, _, _ in spans(text)] == ["1720-05-09"]


def test_a_course_deadline_in_a_callout_is_no_happening():
    text = ("---\ntitle: Wars of Bex\n---\n\n# Wars of Bex, 1702-1710\n\n"
            "> [!NOTE] Before class\n> Essay outlines due Thursday 12 March, 17:00.\n\n"
            "## 1702 - 1705 War\n\n- 1703: Arno takes the fort.\n")
    assert [(s, e) for s, e, _ in spans(text, "b.md")] == [("1703-01-01", "1703-12-31")]


def test_a_weekday_still_to_come_stays_ahead_despite_a_past_verb_in_a_later_clause():
    text = NEWS + ("The memorial week ends on Sunday afternoon with a concert by the town band, "
                   "which will play the hymn the survivors said they sang.\n")
    assert [s for s, _, _ in spans(text)] == ["2026-03-15"]


def test_the_date_a_meeting_is_summoned_for_is_no_happening():
    text = ("# Bex\n\n## 1700 - 1702 Crisis\n\n"
            "- 3 March 1701: the duke summons the estates for the next June\n")
    assert [(s, e) for s, e, _ in spans(text, "b.md")] == [("1701-03-03", "1701-03-03")]


def test_the_bracketed_date_of_a_listed_item_leaves_the_lines_date_alone():
    text = ("# Bex\n\n## 1700 - 1710 Pamphlets\n\n"
            "- 1704: three tracts against the mint, incl. *A Word to the Coiners* (June 1704).\n")
    assert [(s, e) for s, e, _ in spans(text, "b.md")] == [("1704-01-01", "1704-12-31")]


def test_a_happening_the_learner_is_told_to_remember_is_an_event():
    text = ("# Bex\n\n## 1702 War\n\n- 3 May 1702: war declared on Orvel\n\n"
            "> [!tip] Exam\n> Compare Arno with Vell. Remember Bex volunteers carried the "
            "banner to Orvel in July 1702. Remember the dates 1702 and 1704.\n")
    found = spans(text, "b.md")
    assert ("1702-07-01", "1702-07-31", "Bex volunteers carried the banner to Orvel") in found
    assert len(found) == 2


def test_a_subtitle_giving_a_life_from_day_to_day_is_no_event():
    text = ("<html><body><h1>Ada Vell</h1>\n<p>Lady of Bex &middot; 3 March 1760 – 9 May 1821</p>\n"
            "<p>Ada Vell was born on 3 March 1760 in Bex. She died on 9 May 1821.</p>"
            "</body></html>\n")
    assert [(s, e) for s, e, _ in spans(text, "v.html")] == [("1760-03-03", "1760-03-03"),
                                                            ("1821-05-09", "1821-05-09")]


def test_a_war_from_day_to_day_on_a_line_of_its_own_is_still_an_event():
    text = "Wars of Bex\n\nThe Long War: 3 March 1760 – 9 May 1779.\n"
    assert len(spans(text)) == 1


def test_a_study_question_line_and_a_task_box_tell_no_happening():
    text = ("# Fen war\n\n## 1914\n\n- 2 May 1914: the duke is shot at Orm\n"
            "- [ ] Essay plan: \"Was the war certain by 1915?\"\n"
            "- Was the war certain after the 1913 vote? Tam Roe says not before June 1.\n"
            "- 9 June 1914: war declared at Orm\n")
    assert [(start, statement) for start, _, statement in spans(text, "n.md")] == [
        ("1914-05-02", "The duke is shot at Orm"), ("1914-06-09", "War declared at Orm")]


def test_a_mnemonic_of_years_is_no_happening():
    text = ("# Fen union\n\n## Split\n\n- 20 July 1974: the army lands at Orm\n\n"
            "> 1974 = landing; 1983 = split declared. Learn both.\n")
    assert [start for start, _, _ in spans(text, "n.md")] == ["1974-07-20"]


def test_a_title_ending_in_a_question_mark_leaves_its_line_a_happening():
    text = "# Fen\n\n## 1789\n\n- Jan 1789: Tam Roe publishes Who Owns the Land? (a pamphlet)\n"
    assert [start for start, _, _ in spans(text, "n.md")] == ["1789-01-01"]


def test_a_happening_told_before_the_question_it_put_is_an_event():
    text = NEWS + ("ORVEL — On 5 May 1990, nearly two million voters went to the polls to answer "
                   "one question: should the governor rule for another term? Most said no.\n")
    assert [(start, statement) for start, _, statement in spans(text)] == [
        ("1990-05-05", "Nearly two million voters went to the polls to answer one question")]


def test_a_notes_clause_of_how_things_stand_now_is_no_happening_of_its_own():
    text = ("# Fen union\n\n## 1968\n\n- February 1968: Ada Roe re-elected with most of the vote; "
            "now calls the union \"desirable\" but home rule \"feasible\"\n")
    assert [start for start, _, _ in spans(text, "n.md")] == ["1968-02-01"]


def test_a_notes_clause_of_what_followed_within_weeks_goes_with_its_happening():
    text = ("# Fen strikes\n\n## 1909\n\n- July 1909: Ada Roe, a weaver, went on the first "
            "hunger strike at Orm; within weeks hunger strikers were being force-fed\n")
    assert [start for start, _, _ in spans(text, "n.md")] == ["1909-07-01"]
