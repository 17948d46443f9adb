"""A timeline line dated by its year is the body's telling of the same happening, told in
other words (made-up texts)."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

BODY = ("Salt League\n\n== Rise ==\n"
        "Oska the Tall's riders seized the wells of Delby in about 412 BC.\n\n"
        "== Fall ==\n"
        "In 390 BC the league's galleys won back the salt isles still held by rebels. Pell, "
        "by then an outlaw, was taken near Bray and put to death in 390 BC.\n"
        "To punish Hull the league sent a fleet, which was lost at Kessa in 386 BC.\n\n")


def count_on(events, year: int) -> int:
    return sum(1 for e in events if e.span.start.year == year and e.span.end.year == year)


def test_timeline_lines_retelling_body_happenings_in_other_words_are_merged():
    text = BODY + ("== Timeline ==\n* c. 412 BC – Oska the Tall conquers Delby.\n"
                   "* 390 BC – Death of Pell; salt isles retaken.\n* 386 BC – Battle of Kessa.\n")
    events = find_events([parse_document("league.txt", text)], [])
    assert (count_on(events, -411), count_on(events, -389), count_on(events, -385)) == (1, 2, 1)


def test_a_timeline_line_of_another_happening_that_year_stays_its_own():
    text = BODY + "== Timeline ==\n* 386 BC – Hull signs a truce with Bray.\n"
    events = find_events([parse_document("league.txt", text)], [])
    assert count_on(events, -385) == 2


def test_a_fact_box_death_and_the_bodys_death_that_day_are_one_event():
    text = ("<html><body><h1>Ivo Tarr</h1><p>Ivo Tarr was a prince of the Tarn valley, born "
            "at Tesk in 1770.</p><p>He fell ill in the spring of 1830. He died at Orm on "
            "9 June 1830; his sons quarrelled over the mill at once.</p>"
            "<aside><h2>At a glance</h2><ul><li>Born: 4 April 1770, Tesk</li>"
            "<li>Died: 9 June 1830, Orm</li></ul></aside></body></html>")
    events = find_events([parse_document("tarr.html", text)], [])
    assert sum(1 for e in events if e.span.start.iso() == "1830-06-09") == 1


def test_the_lifespans_death_day_and_a_violent_death_told_that_day_are_one_event():
    text = ("Jon Rask\n\nJon Rask (19 June 1801 – 30 December 1846) was a salt trader and poet "
            "of Lund.\n\nHe led the guild's revolt in 1845. He was shot by the duke's guards at "
            "Delby on 30 December 1846.\n")
    events = find_events([parse_document("rask.txt", text)], [])
    assert sum(1 for e in events if e.span.start.iso() == "1846-12-30") == 1


FALL = ("Siege of Vell\n\n== Siege ==\n"
        "The siege of Vell began on 2 May 1790. After a week of hard shelling the citadel fell "
        "on 9 May, and the garrison marched out.\n\n")


def test_a_timeline_fall_and_the_bodys_fall_that_day_are_one_event():
    text = FALL + "== Timeline ==\n* 2 May 1790 – Siege of Vell begins.\n* 9 May – Vell falls.\n"
    events = find_events([parse_document("vell.txt", text)], [])
    assert sum(1 for e in events if (e.span.start.month, e.span.start.day) == (5, 9)) == 1


def test_falling_ill_is_no_fall_of_a_town():
    text = FALL.replace("the citadel fell on 9 May", "the governor fell ill on 9 May") + \
        "== Timeline ==\n* 9 May – Vell falls.\n"
    events = find_events([parse_document("vell.txt", text)], [])
    assert sum(1 for e in events if (e.span.start.month, e.span.start.day) == (5, 9)) == 2


def test_a_body_month_whose_doer_has_a_past_looking_name_folds_into_the_timeline_day():
    text = ("Bex\n\n== War ==\nThe Left Bank Guard of Bex, under Ivo Roe, won at Orm on 2 June "
            "1702 and in August destroyed a fleet off Vell Island.\n\n"
            "== Timeline ==\n* 14 August 1702 – Ivo Roe destroys a fleet at Vell Island\n")
    events = find_events([parse_document("bex.txt", text)], [])
    assert [(e.span.start.iso(), e.span.end.iso()) for e in events] == [
        ("1702-06-02", "1702-06-02"), ("1702-08-14", "1702-08-14")]


def test_a_timeline_year_goes_with_the_telling_whose_statement_holds_its_words():
    # One body sentence tells two days; a month in the lead tells the first again.
    text = ("Marsh war\n\nThe Marsh War was fought from 1988 to 1991. It ended when the Fen "
            "Front took Orvel in May 1991.\n\n== End ==\nThe governor fled on 21 May 1991. "
            "Three days later Fen Front riders entered Orvel unopposed, and on 28 May the "
            "Coast Front took Bex.\n\n== Timeline ==\n* 1988 – War begins.\n"
            "* 1991 – Fen Front enters Orvel.\n")
    events = find_events([parse_document("marsh.txt", text)], [])
    in_1991 = sorted((e.span.start.iso(), e.span.end.iso(), len(e.sources)) for e in events
                     if e.span.start.year == 1991)
    assert in_1991 == [("1991-05-21", "1991-05-21", 1), ("1991-05-24", "1991-05-24", 3),
                       ("1991-05-28", "1991-05-28", 1)]
