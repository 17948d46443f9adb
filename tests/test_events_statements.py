"""Statements that keep their sense: a negated clause dated by its end or start ("was not
reopened until 1957") tells the positive happening at that date, or keeps its date; a second
clause names its own subject. All sentences are made up."""

from __future__ import annotations

import pytest

from studyapp.extract.events import find_events
from studyapp.ingest import parse_document


def statements(text: str) -> list[str]:
    document = parse_document("s.txt", "In 1200 the story begins.\n\n" + text + "\n")
    return [event.statement for event in find_events([document], [])[1:]]


@pytest.mark.parametrize("text, statement", [
    ("The canal was not reopened until 4 June 1957.", "The canal was reopened"),
    ("The bridge wasn't rebuilt until 1957.", "The bridge was rebuilt"),
    ("The envoy did not return until 12 May 1958.", "The envoy returned"),
    ("The council didn't meet again until March 1960.", "The council met again"),
    ("The strike did not stop until 1961.", "The strike stopped"),
    ("The ward did not become a town until 1962.", "The ward became a town"),
    ("The town was not evacuated until the afternoon of 27 April 1986.",
     "The town was evacuated"),
    ("It was not until 4 June 1957 that the canal was reopened.", "The canal was reopened"),
    ("It was only in 1957 that the canal reopened.", "The canal reopened"),
    ("Not until 1957 did the canal reopen.", "The canal reopened"),
    ("Only in 1957 was the canal reopened.", "The canal was reopened"),
])
def test_not_until_a_date_tells_the_happening_at_that_date(text, statement):
    assert statements(text) == [statement]


@pytest.mark.parametrize("text, statement", [
    ("The bridge was never used again after 1961.", "The bridge was never used again after 1961"),
    ("She kept a key to a house she has not entered since 1958.",
     "She kept a key to a house she has not entered since 1958"),
    ("The ships could not sail until 1963.", "The ships could not sail until 1963"),
])
def test_a_negated_clause_that_cannot_be_turned_simply_keeps_its_date(text, statement):
    assert statements(text) == [statement]


def test_a_negated_clause_at_a_plain_date_is_left_as_it_is():
    assert statements("By 1962 the ferry no longer ran.") == ["The ferry no longer ran"]


@pytest.mark.parametrize("text, expected", [
    ("Smith resigned in May 1802 and the council elected Jones in June.",
     ["Smith resigned", "The council elected Jones"]),
    ("Dutch and Danish envoys met in Arle on 3 May 1845 and signed a truce on 9 May.",
     ["Dutch and Danish envoys met in Arle", "Dutch and Danish envoys signed a truce"]),
    ("The Margrave Otto and his wife left Vessa on 11 November 1803 and reached Ebbe the next "
     "day.", ["The Margrave Otto and his wife left Vessa",
              "The Margrave Otto and his wife reached Ebbe"]),
    ("The old count, who had ruled since 1820, died on 4 March 1846 and was buried on 9 March.",
     ["The old count had ruled", "The old count died", "The old count was buried"]),
    ("Marines landed at Arle on 5 May 1800, followed by the cavalry the following day.",
     ["Marines landed at Arle", "The cavalry followed"]),
    ("The siege began in May 1702 and lasted until the spring of 1703.",
     ["The siege began", "The siege lasted until the spring of 1703"]),
])
def test_each_clause_of_a_sentence_keeps_its_own_subject(text, expected):
    assert statements(text) == expected


def test_a_clause_after_until_keeps_its_words():
    text = "Since 1998 the board had been led by Ann Roe until she was ousted in 2018."
    assert statements(text) == ["The board had been led by Ann Roe",
                                "She was ousted"]


@pytest.mark.parametrize("text, statement", [
    ("On 3 March 1902 the river rose. A fortnight later the dam broke.", "The dam broke"),
    ("Between the autumn of 1849 and early 1851 relief works ran.", "Relief works ran"),
    ("The following year brought floods.", "The following year brought floods"),
    ("On 3 March 1902 the river rose. The following Tuesday the king came.", "The king came"),
    ("In 1902 the river rose. That autumn the press blamed the mill.", "The press blamed the mill"),
])
def test_a_date_opening_a_sentence_is_cut_unless_it_is_the_subject(text, statement):
    assert statements(text)[-1] == statement


@pytest.mark.parametrize("text, statement", [
    ("By the early 1730s prices had doubled.", "Prices had doubled"),
    ("On 20 March 1734 the rebels burned the office; the next morning Olm was arrested.",
     "Olm was arrested"),
])
def test_a_date_with_early_or_a_time_of_day_is_cut_from_the_statement(text, statement):
    assert statements(text)[-1] == statement


@pytest.mark.parametrize("text, statement", [
    ("The guild master Piet Olm, who had led the guild since 1725, petitioned the duke.",
     "Piet Olm had led the guild"),
    ("The canal was closed by the First Duke of Arle, who took the town in 1734, for a year.",
     "The First Duke of Arle took the town"),
    ("Brann, who had been mayor in 1720 when the wall fell, left the city.",
     "Brann had been mayor when the wall fell"),
])
def test_a_date_inside_a_relative_clause_dates_what_it_tells_of_its_antecedent(text, statement):
    assert statements(text) == [statement]


def test_again_with_a_second_date_repeats_the_first_clause():
    assert statements("Engineers warned in 1949 and again in 1951 that it was cracking.") == [
        "Engineers warned", "Engineers warned again that it was cracking"]


def test_a_clause_opening_with_where_keeps_its_own_subject():
    assert statements("In 1845 the family moved to Arle, where Clara attended school until "
                      "1848.") == ["The family moved to Arle", "Clara attended school until 1848"]


@pytest.mark.parametrize("text, expected", [
    ("The town, founded in 1550 by fishermen, was soon besieged.",
     ["The town was founded by fishermen"]),
    ("The bridge, built by a guild led by Anna Roe, opened on 17 May 1869.",
     ["The bridge, built by a guild led by Anna Roe, opened"]),
    ("The ward, named in 1550 after a saint, grew.", ["The ward, named after a saint, grew"]),
    ("Trade grew in 1770 (by 1790 it had doubled).", ["Trade grew", "It had doubled"]),
])
def test_a_participle_aside_between_commas_states_its_own_happening(text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 1910 the town council, which had been elected in 1905, voted to build a school.",
     ["The town council voted to build a school", "The town council had been elected"]),
    ("On 18 May 1910 the guild expelled Anna Roe, who had led it since 1901, and chose Tom Ray.",
     ["The guild expelled Anna Roe and chose Tom Ray", "Anna Roe had led it"]),
    ("Ann lost her post in early 1910, and Tom Ray, who had become mayor in 1909, led the town.",
     ["Ann lost her post", "Tom Ray had become mayor"]),
    ("They had two sons: Karl, born on 2 May 1836; and Otto, born on 2 July 1839.",
     ["Karl was born", "Otto was born"]),
])
def test_a_relative_clause_between_two_dates_leaves_the_main_clause_whole(text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Victory at Arle, 6 September 1634; peace between the duke and Corva the next spring.",
     ["Victory at Arle", "Peace between the duke and Corva"]),
    ("- Peace of Arle (1635) ≠ Sack of Arle (1618) ≠ the first sack (1419)",
     ["Peace of Arle", "Sack of Arle", "The first sack"]),
    ("The Charter of Arle, drafted by Ann Roe, was sealed on 11 February 1889 and came into "
     "force in November 1890.", ["The Charter of Arle, drafted by Ann Roe, was sealed",
                                 "The Charter of Arle came into force"]),
    ("In 1835 she married Tom Ray, 8th Baron Ray (1805–1893), who was made Earl of Arle on "
     "30 June 1838; Ann thus became a countess.", ["She married Tom Ray, 8th Baron Ray (1805–1893)",
                                                   "Baron Ray was made Earl of Arle"]),
])
def test_clauses_part_at_semicolons_and_brackets_and_keep_their_subject(text, expected):
    assert statements(text) == expected


def test_circa_goes_with_its_year_out_of_the_statement():
    assert statements("- c. 1450 – First press set up in Arle.") == ["First press set up in Arle"]


def test_a_year_taken_out_before_a_vowel_leaves_an_article_that_reads():
    assert statements("Ann recalled it in a 1994 interview.") == ["Ann recalled it in an interview"]


@pytest.mark.parametrize("text, statement", [
    ("Membership fell from 5 million in 1926 to 4 million by 1930.",
     "Membership fell from 5 million to 4 million"),
    ("The town grew from 10,000 in 1800 to 50,000 in 1900.",
     "The town grew from 10,000 to 50,000"),
    ("In 1926 the two towns were in closer contact than ever before.",
     "The two towns were in closer contact than ever before"),
])
def test_a_preposition_left_at_the_end_by_its_cut_date_goes(text, statement):
    assert statements(text)[0] == statement


@pytest.mark.parametrize("text, expected", [
    ("The town was sacked in 1631 and rebuilt in 1640.",
     ["The town was sacked", "The town was rebuilt"]),
    ("She was elected in 1920, re-elected in 1924 and retired in 1930.",
     ["She was elected", "She was re-elected", "She retired"]),
    ("The king was crowned in 1100 and died in 1135.", ["The king was crowned", "The king died"]),
    ("The army took Arle in May 1700, Bex in June and Corva in July.",
     ["The army took Arle", "The army took Bex", "The army took Corva"]),
    ("- The realm split into leagues: the Salt Union (1608) and the Iron League (1609)",
     ["The realm split into leagues: the Salt Union", "The Iron League"]),
])
def test_a_second_clause_keeps_the_voice_and_the_verb_of_the_first(text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text", ["On Tuesday, 14 March 1950, the council voted.",
                                  "The council voted on Tuesday 14 March 1950."])
def test_a_weekday_before_its_date_goes_with_it(text):
    assert statements(text) == ["The council voted"]


def test_a_verb_left_before_until_and_another_date_goes():
    assert statements("He succeeded his father in 1154 and reigned until his death in 1189.")[0] \
        == "He succeeded his father"


def test_a_notes_verb_alone_after_a_second_date_takes_the_first_clauses_subject():
    assert statements("- Peace talks begin 1709, fail 1710") == ["Peace talks begin",
                                                                "Peace talks fail"]


def test_which_without_a_named_antecedent_reads_this():
    assert statements("The slogan spread in the late 1780s and early 1790s, which led to "
                      "war in 1792–1794.")[-1] == "This led to war"


@pytest.mark.parametrize("sentence, expected", [
    ("Traffic stayed low until 1958, when tolls were cut.", ["Tolls were cut"]),
    ("The port was shut until 1957.", ["The port was shut until 1957"]),
    ("The canal was not reopened until April 1957.", ["The canal was reopened"]),
])
def test_a_state_that_lasted_until_a_date_did_not_happen_then(sentence, expected):
    assert statements(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Everyone in Arle knows about the Varn massacre that took place in February 1992, on the "
     "anniversary of the riots.", ["The Varn massacre took place"]),
    ("He recalled the great fire which broke out in May 1871.", ["The great fire broke out"]),
    ("This was a loss, and on the same night of November 10, 1920, a crowd burst into the hall.",
     ["A crowd burst into the hall"]),
])
def test_a_happening_named_in_a_longer_sentence_is_stated_alone(sentence, expected):
    assert statements(sentence) == expected
