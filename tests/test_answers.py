import pytest

from studyapp.answers import answers_match


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("jean paul marat", "Jean-Paul Marat"),
        ("Sao Paulo", "São Paulo"),
        ("1,000", "1000"),
        ("12 000", "12000"),
        ("3,5", "3.5"),
        ("bastille", "The Bastille"),
        ("USA", "U.S.A."),
        ("o'brien", "OBrien"),
        ("march 1848", "March, 1848"),
        ("Napolean", "Napoleon"),
        ("Napoloen", "Napoleon"),
        ("  Storming   of the Bastille! ", "storming of the bastille"),
    ],
)
def test_the_same_answer_written_differently_matches(given, expected):
    assert answers_match(given, expected)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("1848", "1849"),
        ("1.5", "15"),
        ("Lyom", "Lyon"),
        ("", "Paris"),
        ("   ", "Paris"),
        ("Napoleon III", "Napoleon"),
        ("Robespierre", "Danton"),
    ],
)
def test_a_different_answer_does_not_match(given, expected):
    assert not answers_match(given, expected)


def test_an_accepted_alternative_matches():
    assert answers_match("Bonaparte", "Napoleon Bonaparte", accept=["Bonaparte", "Napoleon I"])
    assert not answers_match("Wellington", "Napoleon Bonaparte", accept=["Bonaparte"])
