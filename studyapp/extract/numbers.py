"""Key numbers of a sentence: casualties, people displaced, votes, distances, money."""

from __future__ import annotations

import re

from studyapp.model import KeyNumber

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER = re.compile(
    r"(?P<currency>[$€£])?(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion))?(?![\d,]*\s*(?:BC|AD|CE)\b)"
)
# What a count is of, by the words that follow it (up to a few words away).
UNITS = [
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:were\s+|had\s+been\s+)?(?:killed|died|dead|deaths|"
                r"perished|murdered|massacred|executed|casualties|lives)\b"), "people killed"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:were\s+)?(?:injured|wounded|hurt)\b"),
     "people injured"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:refugees|displaced|fled|expelled|deported|"
                r"evacuated|exiled)\b"), "people displaced"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,2}?\s+(?:arrested|detained|imprisoned|prisoners)\b"),
     "people arrested"),
    (re.compile(r"^\s+votes?\b"), "votes"),
    (re.compile(r"^\s*(?:-|\s)(?:km|kilomet(?:er|re)s?)\b"), "kilometres"),
    (re.compile(r"^\s*(?:-|\s)miles?\b"), "miles"),
    (re.compile(r"^\s*(?:percent\b|%)"), "percent"),
    (re.compile(r"^(?:\s+[\w’'-]+){0,2}?\s+(?:people|persons|civilians|soldiers|troops|men|"
                r"women|children|demonstrators|protesters|inhabitants|residents|members|"
                r"signatories|academics|workers)\b"), "people"),
]
CURRENCIES = {"$": "US dollars", "€": "euros", "£": "pounds"}


def key_numbers(sentence: str) -> list[KeyNumber]:
    """Counts the sentence ties to a unit; years, dates and ordinals are not counts."""
    numbers = []
    for match in NUMBER.finditer(sentence):
        if _is_date_part(sentence, match):
            continue
        value = float(match.group("value").replace(",", ""))
        if match.group("scale"):
            value *= SCALE[match.group("scale")]
        unit = CURRENCIES.get(match.group("currency") or "") or _unit(sentence, match.end())
        if unit:
            end = _unit_end(sentence, match.end()) if not match.group("currency") else match.end()
            text = sentence[match.start():end].strip()
            numbers.append(KeyNumber(value=int(value) if value.is_integer() else value,
                                     unit=unit, text=text))
    return numbers


def _is_date_part(sentence: str, match: re.Match) -> bool:
    digits = match.group("value")
    if match.group("currency") or match.group("scale") or "," in digits:
        return False
    year_like = len(digits) == 4 and 1000 <= int(digits) <= 2199
    before = sentence[max(0, match.start() - 12):match.start()]
    month_before = re.search(r"(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\s*$", before)
    ordinal_after = re.match(r"(?:st|nd|rd|th)\b", sentence[match.end():])
    return year_like or bool(month_before) or bool(ordinal_after)


def _unit(sentence: str, position: int) -> str:
    rest = sentence[position:position + 60]
    for pattern, unit in UNITS:
        if pattern.match(rest):
            return unit
    return ""


def _unit_end(sentence: str, position: int) -> int:
    rest = sentence[position:position + 60]
    for pattern, _ in UNITS:
        match = pattern.match(rest)
        if match:
            return position + match.end()
    return position
