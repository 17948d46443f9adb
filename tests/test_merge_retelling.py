"""One happening told twice in other words within a document (made-up texts): a timeline
line or a possessive noun naming the body's happening of that day, a lead summarising the
body's happening by its month."""

from __future__ import annotations

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document

SIEGE = ("Siege of Tolm\n\nThe Siege of Tolm was a siege of the port of Tolm in 1530 and 1531."
         "\n\n== Siege ==\n"
         "The Orran host left Vask in May 1530. The vanguard reached Tolm on 12 May, and its "
         "captain summoned the port to yield the same day.\n\n"
         "A relief force of about 4,000 men left Brenn on 2 April 1531. It fought its way to "
         "the port and lifted the siege on 6 April 1531.\n\n"
         "== Timeline ==\n"
         "* 12 May 1530 – The Orran host arrives before the walls\n"
         "* 6 April 1531 – Relief of the port\n")


def on_day(events, iso: str) -> list[str]:
    return [e.statement for e in events
            if e.span.start.iso() == iso and e.span.end.iso() == iso]


def test_timeline_lines_naming_the_bodys_happening_in_other_words_are_merged():
    events = find_events([parse_document("tolm.txt", SIEGE)], [])
    assert not [s for s in on_day(events, "1530-05-12") if "arrives" in s]
    assert len(on_day(events, "1531-04-06")) == 1
    reached = next(e for e in events if "reached" in e.statement)
    assert any("arrives" in source.sentence for source in reached.sources)


def test_a_timeline_line_of_another_kind_of_happening_that_day_stays_its_own():
    text = SIEGE.replace("Relief of the port", "The Orran fleet burns the harbour")
    events = find_events([parse_document("tolm.txt", text)], [])
    assert len(on_day(events, "1531-04-06")) == 2


def test_a_possessive_noun_retelling_the_verb_of_that_day_is_merged():
    text = ("Revolt of the Vask hills\n\nThe revolt of the Vask hills was put down in 1644."
            "\n\n== Aftermath ==\n"
            "Ivo Brell fled to the hills and was caught on 20 June; he was hanged at Orm a "
            "week later. His execution on 27 June was the last of the revolt.\n")
    events = find_events([parse_document("vask.txt", text)], [])
    assert len(on_day(events, "1644-06-27")) == 1


LEAD = ("Siege of Tolm\n\nThe Siege of Tolm was a siege of the port of Tolm by the Orran host. "
        "In May 1530 the Orran host laid siege to the port, which was relieved by a column "
        "from Brenn in April 1531.\n\n== Siege ==\n"
        "The Orran host left Vask in March 1530. The siege of the port began on 12 May 1530, "
        "when the vanguard closed the roads.\n\n== Relief ==\n"
        "A column from Brenn left its camp on 2 April 1531. It fought its way to the port and "
        "lifted the siege on 6 April 1531.\n")


def test_a_lead_summary_by_month_is_the_bodys_telling_of_that_kind_that_month():
    events = find_events([parse_document("tolm.txt", LEAD)], [])
    assert [e.span.precision for e in events if e.span.start.year >= 1530
            and e.span.precision == "month" and e.span.start.month != 3] == []
    began = next(e for e in events if "began" in e.statement)
    lifted = next(e for e in events if "lifted" in e.statement)
    assert any("laid siege" in s.sentence for s in began.sources)
    assert any("relieved" in s.sentence for s in lifted.sources)


def test_a_lead_month_happening_of_no_kind_told_that_month_stays_its_own():
    text = LEAD.replace("laid siege to the port", "burned the port's granaries")
    events = find_events([parse_document("tolm.txt", text)], [])
    assert any(e.span.precision == "month" and e.span.start.month == 5 for e in events)


STORY = ("Home | News\n\nA town remembers its fire\n\nBy Ada Roe\nPublished June 3, 2024\n\n"
         "On Saturday, about 300 people gathered at the square in Orm to mark a century since "
         "the mill burned.\n\n"
         "Among those remembered on Saturday was Tilde Brask, who had carried water to the "
         "roofs all night.\n")


def test_someone_among_those_of_a_gathering_that_day_is_the_gatherings_event():
    events = find_events([parse_document("orm.txt", STORY)], [])
    saturday = [e for e in events if e.span.start.iso() == "2024-06-01"]
    assert len(saturday) == 1
    assert any("Among those" in s.sentence for s in saturday[0].sources)


WAR = ("War of the Salt Isles\n\nThe War of the Salt Isles (1601–1604) was a conflict between "
       "Orra and the Tarn League. It began with the invasion of the Vask shore in September "
       "1601 and ended with the Peace of Brell, signed in March 1604. In 1603 the League won a "
       "decisive victory at Kessa, and the Orran king died the following year.\n\n"
       "== Course ==\nOn 1 September 1601 Orran troops crossed the border into the Vask shore."
       "\n\nThe Battle of Kessa was fought on 13 August 1603. The League army routed the Orran "
       "centre.\n\n== Peace ==\nThe peace was signed at Brell on 7 March 1604 by envoys of both "
       "sides.\n")


def test_a_lead_by_month_or_year_is_the_bodys_invasion_signing_or_battle_then():
    events = find_events([parse_document("salt.txt", WAR)], [])
    coarse = [e.statement for e in events if e.span.precision in ("month", "year")]
    assert coarse == ["The Orran king died"]  # told in the lead only
    battle = next(e for e in events if "Battle of Kessa" in e.statement)
    assert any("victory at Kessa" in s.sentence for s in battle.sources)


def test_a_lead_defining_the_subject_as_an_invasion_stays_its_own():
    text = WAR.replace("It began with the invasion of the Vask shore in September 1601",
                       "The war was an invasion of the Vask shore in late 1601")
    events = find_events([parse_document("salt.txt", text)], [])
    assert any(e.span.precision == "year" and e.span.start.year == 1601 for e in events)


KESSA = ("Siege of Tolm\n\nThe Siege of Tolm was a siege of the port of Tolm in 1530. In October "
         "1530 the garrison capitulated, and the port was sacked.\n\n== Siege ==\n"
         "The Orran host invested Tolm on 2 September 1530. The walls were breached by mines "
         "on 10 October 1530, and the garrison capitulated four days later.\n\n== Aftermath ==\n"
         "After the surrender of Tolm on 14 October, the Orran soldiers sacked the port for "
         "three days.\n")


def test_a_lead_surrender_by_month_is_the_bodys_not_what_followed_it():
    events = find_events([parse_document("tolm.txt", KESSA)], [])
    assert not [e for e in events if e.span.precision == "month"]
    capitulated = next(e for e in events if e.statement == "The garrison capitulated")
    assert any(s.sentence.startswith("In October") for s in capitulated.sources)


def test_a_happening_named_again_before_a_pluperfect_clause_is_the_one_told_that_day():
    text = KESSA + "Following the breach of 10 October, many citizens had fled to the hills.\n"
    events = find_events([parse_document("tolm.txt", text)], [])
    october_10 = [e for e in events if e.span.start.iso() == "1530-10-10"]
    assert len(october_10) == 1
    assert any("had fled" in s.sentence for s in october_10[0].sources)


def test_a_timeline_month_line_in_other_words_is_the_bodys_happening_of_its_kind():
    text = ("Peace of Brell\n\nThe Peace of Brell ended the salt war.\n\n== Talks ==\n"
            "Envoys first met at Brell in November 1603. The isles were given up in 1604.\n\n"
            "== Timeline ==\n* November 1603 – Talks open at Brell\n")
    events = find_events([parse_document("brell.txt", text)], [])
    assert len([e for e in events if e.span.start.iso() == "1603-11-01"]) == 1


def test_a_timeline_line_saying_the_fire_was_extinguished_is_the_bodys_put_out():
    text = ("Great Fire of Tolm\n\nThe Great Fire of Tolm burned the old port in 1530.\n\n"
            "== Fire ==\nThe wind dropped on 5 May 1530, and the fire was put out the same "
            "day.\n\n== Timeline ==\n* 5 May 1530 – Fire extinguished\n")
    events = find_events([parse_document("tolm.txt", text)], [])
    assert sorted(e.statement for e in events if e.span.start.iso() == "1530-05-05") == [
        "The fire was put out", "The wind dropped"]


def test_a_reign_given_under_the_title_and_in_the_lead_is_one_event():
    text = ("<html><body><h1>Ivo Tarr</h1><p>Duke of Orm, 1702–1731</p>"
            "<p>Ivo Tarr (3 May 1680 – 9 June 1731) was Duke of Orm from 1702 until his death. "
            "He drained the marshes of the Tarn.</p></body></html>")
    events = find_events([parse_document("tarr.html", text)], [])
    reign = [e for e in events if (e.span.start.iso(), e.span.end.iso()) ==
             ("1702-01-01", "1731-12-31")]
    assert len(reign) == 1 and len(reign[0].sources) == 2


def test_two_happenings_of_one_span_of_years_stay_two():
    text = ("Orm\n\nIvo Tarr was Duke of Orm from 1702 to 1731. The river guild of Orm built "
            "the new harbour from 1702 to 1731.\n")
    events = find_events([parse_document("orm.txt", text)], [])
    assert len([e for e in events if e.span.start.year == 1702]) == 2
