"""Key numbers of a sentence: casualties, people displaced, votes, distances, money."""

from __future__ import annotations

import functools
import re

from studyapp.model import KeyNumber

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half a": 0.5}
NUMBER = re.compile(
    r"(?P<currency>[$€£])?(?:(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|\b(?P<word>half a|a|one|"
    r"two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:thousand|million|billion)))"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion))?(?![\d,]*\s*(?:BC|AD|CE)\b)",
    re.IGNORECASE,
)
# What every NUMBER holds: a digit or a scale word.
NUMBER_HINT = re.compile(r"\d|thousand|million|billion", re.IGNORECASE)
# What a count is of, by the words just before it: "the death of 18", "killing over 100".
UNITS_BEFORE = [
    # ("killed 1,200 and 300 wounded": the "and" starts another count.)
    (re.compile(r"(?:\bkill(?:ed|ing)?|\bdeaths?\s+of|\bmassacre\s+of|\bexecution\s+of)"
                r"(?:\s+(?!and\b)\w+){0,2}\s*$", re.IGNORECASE), "people killed"),
    (re.compile(r"(?:\bflight|\bexodus|\bexpulsion|\bdeportation|\bdisplacement)\s+of"
                r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE), "people displaced"),
]
# What a count is of, by the words that follow it (up to a few words away).
UNITS = [
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:were\s+|had\s+been\s+)?(?:killed|died|dead|deaths|"
                r"perished|murdered|massacred|executed|casualties|lives)\b"), "people killed"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:were\s+)?(?:injured|wounded|hurt)\b"),
     "people injured"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:refugees|displaced|fled|expelled|deported|"
                r"evacuated|exiled|homeless)\b"), "people displaced"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,2}?\s+(?:survived|survivors)\b"), "survivors"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,1}?\s+(?:houses|homes|buildings)\b"), "buildings"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,2}?\s+(?:arrested|detained|imprisoned|prisoners)\b"),
     "people arrested"),
    (re.compile(r"^\s+votes?\b"), "votes"),
    (re.compile(r"^\s*(?:-|\s)(?:km|kilomet(?:er|re)s?)\b"), "kilometres"),
    (re.compile(r"^\s*(?:-|\s)miles?\b"), "miles"),
    (re.compile(r"^\s*(?:-|\s)(?:metres|meters|metre|meter)\b"), "metres"),
    (re.compile(r"^\s*(?:percent\b|%)"), "percent"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,2}?\s+(?:people|persons|civilians|soldiers|troops|men|"
                r"women|children|demonstrators|protesters|inhabitants|residents|members|"
                r"signatories|academics|workers)\b"), "people"),
    # "2,500 Breton Protestants": a people's name in the plural.
    (re.compile(r"^(?:\s+[A-Z][\w’'-]+)?\s+[A-Z][\w’'-]+(?:ans|ers|ese|is|ites|s)\b"), "people"),
]
CURRENCIES = {"$": "US dollars", "€": "euros", "£": "pounds"}


def key_numbers(sentence: str) -> list[KeyNumber]:
    """Counts the sentence ties to a unit; years, dates and ordinals are not counts."""
    return list(_key_numbers(sentence))  # a list of its own for each event that takes it


@functools.lru_cache(maxsize=1024)
def _key_numbers(sentence: str) -> tuple[KeyNumber, ...]:
    """(Cached: every event of a sentence, and a sentence told twice, asks again.)"""
    return tuple(_read_numbers(sentence))


def _read_numbers(sentence: str) -> list[KeyNumber]:
    if NUMBER_HINT.search(sentence) is None:
        return []  # much faster than NUMBER, and most sentences without a count have none
    numbers = []
    for match in NUMBER.finditer(sentence):
        if _is_date_part(sentence, match):
            continue
        if match.group("word"):
            value = float(NUMBER_WORDS[match.group("word").lower()])
        else:
            value = float(match.group("value").replace(",", ""))
        if match.group("scale"):
            value *= SCALE[match.group("scale").lower()]
        start, end = match.start(), match.end()
        unit = CURRENCIES.get(match.group("currency") or "")
        if not unit:
            unit, start, end = _unit_before(sentence, match)
        if not unit:
            unit, end = _unit_after(sentence, match.end())
            start = match.start()
        if unit:
            numbers.append(KeyNumber(value=int(value) if value.is_integer() else value,
                                     unit=unit, text=sentence[start:end].strip()))
    return numbers


def _unit_before(sentence: str, match: re.Match) -> tuple[str, int, int]:
    """A unit named by the words before the number, and the span of the phrase."""
    offset = max(0, match.start() - 40)
    for pattern, unit in UNITS_BEFORE:
        found = pattern.search(sentence[offset:match.start()])
        if found:
            noun = re.match(r"\s+[^\W\d][\w’'-]*", sentence[match.end():])
            end = match.end() + (noun.end() if noun else 0)
            return unit, offset + found.start(), end
    return "", match.start(), match.end()


def _is_date_part(sentence: str, match: re.Match) -> bool:
    digits = match.group("value")
    if digits is None:
        return False
    if match.group("currency") or match.group("scale") or "," in digits:
        return False
    if digits.isdigit() and len(digits) == 4 and 1000 <= int(digits) <= 2199:
        return True  # a year
    before = sentence[max(0, match.start() - 12):match.start()]
    return MONTH_BEFORE.search(before) is not None \
        or ORDINAL_SUFFIX.match(sentence, match.end()) is not None


MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\s*$")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")


def _unit_after(sentence: str, position: int) -> tuple[str, int]:
    """The unit named by the words after a number, and where they end ("", position: none)."""
    rest = sentence[position:position + 60]
    for pattern, unit in UNITS:
        match = pattern.match(rest)
        if match:
            return unit, position + match.end()
    return "", position
