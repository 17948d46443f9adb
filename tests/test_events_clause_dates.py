"""A date of one clause does not take the happening of another clause of the same sentence
or line: each clause keeps its own date (made-up texts)."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def dated(name: str, text: str) -> list[tuple[str, str, str]]:
    return [(e.span.start.iso(), e.span.end.iso(), e.statement)
            for e in find_events([parse_document(name, text)], [])]


def spans(name: str, text: str) -> list[tuple[str, str]]:
    return [(start, end) for start, end, _ in dated(name, text)]


@pytest.mark.parametrize("sentence, coarse", [
    # a concession after a comma tells its own happening
    ("In April 1620 the guild met at Bray. The guild fined the miller at Bray later that month, "
     "though a barge was lost at Hull on 9 April 1620.", ("1620-04-01", "1620-04-30")),
    # a participle clause after a comma tells its own happening
    ("The outlaw Jon Rask kept up a raiding war from 1630 to 1634, burning a toll house at "
     "Delby in May 1632.", ("1630-01-01", "1634-12-31")),
    # a span told from its start to its end is how long a happening lasted
    ("Ada Roe wrote to the poet from 1741 until his death in 1760, bought the mill at Orm in "
     "1745 and received him at Bray in the winter of 1750–51.", ("1741-01-01", "1760-12-31")),
    # a relative clause after a comma tells what someone named did
    ("The league divided the duchy twice, in 1720 and 1731, ending the rule of Duke Ivo Tarr, "
     "who fled in May 1731.", ("1731-01-01", "1731-12-31")),
])
def test_a_finer_date_in_another_clause_leaves_the_coarse_date_its_happening(sentence, coarse):
    assert coarse in spans("a.txt", "Border wars\n\n" + sentence + "\n")


def test_a_happening_said_earlier_that_year_in_a_participle_clause_is_its_own_event():
    text = ("Ada Voss\n\nIn June 1641 Ada Voss met the envoy at Lund, having sold the mill to "
            "her cousin earlier that year.\n")
    assert ("1641-01-01", "1641-12-31") in spans("a.txt", text)
    assert ("1641-06-01", "1641-06-30") in spans("a.txt", text)


def test_a_second_sentence_of_a_dated_notes_line_keeps_its_own_date():
    text = ("# Salt wars\n\n## Timeline\n\n- Autumn 1580: the duke, now allied with the abbot, "
            "marches on Lund. Rask flees to Delby in late October; the guild submits.\n")
    events = dated("n.md", text)
    assert ("1580-09-01", "1580-11-30") in [(start, end) for start, end, _ in events]


@pytest.mark.parametrize("sentence", [
    "The fair ran from 1630 to 1634, following the charter granted in May 1630.",
    "The siege lasted from 1630 to 1634, beginning in May 1630.",
])
def test_a_preposition_shaped_participle_is_no_clause_of_its_own(sentence):
    assert len(dated("a.txt", "Lund\n\n" + sentence + "\n")) == 1


def test_days_later_after_a_month_in_another_clause_is_its_own_happening_that_month():
    text = ("Ada Voss\n\nThe envoy Jon Rask left Lund in April 1630, vowing to return with "
            "troops; Ada Voss seized the mill days later.\n")
    events = dated("a.txt", text)
    april = [statement for start, end, statement in events
             if (start, end) == ("1630-04-01", "1630-04-30")]
    assert len(april) == 2 and any("seized the mill" in s for s in april)


def test_a_few_days_later_in_a_dated_line_is_not_the_lines_day():
    text = ("# Salt wars\n\n## Timeline\n\n- 3 May 1640: Siege of Delby. The abbot is wounded; "
            "the bishop captured a few days later.\n")
    events = dated("n.md", text)
    assert not any("captured" in s for start, _, s in events if start == "1640-05-03")
    assert any("wounded" in s for start, _, s in events if start == "1640-05-03")
    assert any("captured" in s for start, end, s in events
               if (start, end) == ("1640-05-01", "1640-05-31"))


def test_days_later_with_no_date_in_its_sentence_is_not_guessed():
    text = ("Lund\n\nIn June 1630 the guild met at Lund.\n\nA linked story about the fair.\n\n"
            "A few days later, riots broke out at Delby.\n")
    assert spans("a.txt", text) == [("1630-06-01", "1630-06-30")]


def test_a_circa_range_is_one_span():
    text = "# Salt feuds\n\nA run of raids between the two valleys over salt, c. 1480–1495.\n"
    assert spans("n.md", text) == [("1480-01-01", "1495-12-31")]


def test_the_second_range_of_a_fronted_clause_keeps_its_happening():
    text = ("Lund\n\nAfter two long droughts in 1620–22 and 1630–31, the valley was sold in "
            "June 1631.\n")
    events = dated("a.txt", text)
    assert ("1630-01-01", "1631-12-31", "After two long droughts") in events
    assert ("1631-06-01", "1631-06-30", "The valley was sold") in events


def test_a_happening_told_after_agreeing_earlier_that_year_is_its_own_event():
    text = ("Ada Voss\n\nIn May 1641 Ada Voss met the envoy at Lund, with great pomp, after "
            "agreeing to the salt pact with the abbot earlier that year.\n")
    assert ("1641-01-01", "1641-12-31") in spans("a.txt", text)


def test_a_works_bracketed_year_does_not_take_the_sentences_coarser_date():
    text = ("# Salt feuds\n\nThe name came later: it took hold in the 17th century, helped by "
            "Jon Rask's ballad *The Salt Road* (1655).\n")
    assert spans("n.md", text) == [("1601-01-01", "1700-12-31")]


@pytest.mark.parametrize("rating", [
    "the fiercest battle ever fought in the valley",
    "probably the worst flood on record",
])
def test_a_clause_rating_the_happening_is_no_happening_of_its_own(rating):
    text = f"# Salt wars\n\n## Timeline\n\n- 9 June 1640: Battle of Delby, won at dusk; {rating}.\n"
    assert len(dated("n.md", text)) == 1


def test_a_bracketed_date_both_items_share_gives_each_item_its_event():
    text = ("# Salt leagues\n\n## Leagues\n\nLater leagues: Delby (May 1630), then Lund with Bray "
            "and Hull with Kessel (both 1633).\n")
    events = dated("n.md", text)
    assert ("1633-01-01", "1633-12-31", "Lund with Bray") in events
    assert ("1633-01-01", "1633-12-31", "Hull with Kessel") in events


NEWS = ("The mill fire at Lund, remembered\n\n"
        "On Tuesday 6 May 1902, the old mill at Lund caught fire after a dry spring.\n\n"
        "The flames were out by dusk, yet men searched the ruins all the next day. The last "
        "of the missing were found four days later, on the Saturday.\n\n"
        "The bishop was already there on the night of the fire itself.\n\n"
        "A memorial was unveiled on 20 June 1902.\n")


def test_a_count_of_days_with_its_weekday_is_one_day_counted_from_the_day_that_fits():
    events = dated("news.txt", NEWS)
    assert any("last of the missing" in s for start, _, s in events if start == "1902-05-10")
    assert not any(start in ("1902-05-11", "1902-05-17") for start, _, _ in events)


def test_the_night_of_the_happening_itself_is_the_day_the_story_looks_back_on():
    events = dated("news.txt", NEWS)
    assert any("bishop" in s for start, _, s in events if start == "1902-05-06")


def test_a_season_without_year_in_quoted_words_dates_nothing():
    text = ("The mill fire at Lund, remembered\n\nIn 1950 Ada Voss planted a garden on the site. "
            'She says the anniversaries are not the worst. "It is the little things. The smell '
            'of smoke, a damp morning in autumn."\n')
    assert spans("news.txt", text) == [("1950-01-01", "1950-12-31")]


def test_a_named_places_fate_at_named_hands_after_a_semicolon_is_its_own_happening():
    text = ("# Salt wars\n\n## Timeline\n\n- 390 BC: Oska marches on Delby, cannot take it; "
            "Bray retaken by Hull\n")
    assert [s for _, _, s in dated("n.md", text)] == [
        "Oska marches on Delby, cannot take it", "Bray retaken by Hull"]


def test_the_eve_of_the_subjects_execution_is_the_day_before_the_lifespans_death():
    text = ("Jon Rask\n\nJon Rask (19 June 1801 – 30 December 1846) was a salt trader and poet "
            "of Lund.\n\nOn 26 December 1846 a court sentenced him to death. On the eve of his "
            "execution he wrote the ballad later known as The Last Salt.\n")
    events = dated("rask.txt", text)
    assert any("ballad" in s for start, _, s in events if start == "1846-12-29")


def test_an_ordinal_before_a_bodys_name_after_a_semicolon_is_part_of_the_happening():
    text = ("# Salt wars\n\n## 1805 - 1810 Reform\n\n"
            "- Oct 1805: Salt Charter drafted by Oska; first Moot promised\n"
            "- Mar 1806: Charter sealed by Oska; governor Ivo Brask dismissed\n")
    assert [s for _, _, s in dated("n.md", text)] == [
        "Salt Charter drafted by Oska; first Moot promised", "Charter sealed by Oska",
        "Governor Ivo Brask dismissed"]


def test_a_day_without_year_opening_an_undated_section_is_that_day_told_before():
    text = ("Battle of Tolm Ford\n\nThe Battle of Tolm Ford was fought on 3 May 1530 between "
            "the league and the hill clans.\n\n== Aftermath ==\n"
            "Ivo Brask fled to the hills and was caught on 9 May. Ada Roe was made a countess "
            "in 1531.\n\n== Losses ==\nLeague losses on 3 May were light.\n")
    assert not [s for start, _, s in dated("tolm.txt", text) if start.startswith("1531-05")]


def test_a_name_and_its_deed_after_the_year_is_a_second_happening_of_that_year():
    text = ("Ivo Brask\n\nIvo Brask was a printer of Orm.\n\n== Later life ==\n"
            "A quarrel with Oska Tarr produced the pamphlet Salt Water in 1785, the year Tarr "
            "became mayor.\n")
    assert sorted(s for _, _, s in dated("brask.txt", text)) == [
        "A quarrel with Oska Tarr produced the pamphlet Salt Water", "Tarr became mayor"]


def test_the_same_year_said_again_beside_a_centenary_is_a_happening_of_that_year():
    text = ("Siege of Tolm\n\nThe Siege of Tolm was a siege of the port of Tolm.\n\n"
            "== Legacy ==\nIn 1830, for the centenary, the port raised a column to the "
            "defenders, and the painter Ada Roe gave her canvas of the siege to the abbot in "
            "the same year.\n")
    assert [(start, s) for start, _, s in dated("tolm.txt", text)][1:] == [
        ("1830-01-01", "The painter Ada Roe gave her canvas of the siege to the abbot")]


def test_a_named_act_done_at_a_place_after_a_semicolon_is_its_own_happening():
    text = ("# Salt wars\n\n## 1805 - 1810 Reform\n\n"
            "- Mar 1806: Tolm rising crushed (Brask); Salt Law announced at the Orm Moot\n")
    assert [s for _, _, s in dated("n.md", text)] == [
        "Tolm rising crushed (Brask)", "Salt Law announced at the Orm Moot"]


def test_a_day_without_year_opening_a_section_years_after_that_day_keeps_its_year():
    text = ("Ivo Brask\n\nIvo Brask was a weaver of Orm, born on 3 May 1701.\n\n"
            "== Later life ==\nIn 1730 he moved to Tolm.\n\n== Guild ==\n"
            "On 3 May he was elected master of the guild.\n")
    assert ("1730-05-03", "1730-05-03", "He was elected master of the guild") in \
        dated("brask.txt", text)
