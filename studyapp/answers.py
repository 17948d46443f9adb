"""Tolerant comparison of a typed answer with the expected one.

A learner who types "jean-paul marat" for "Jean-Paul Marat", "Sao Paulo" for "São Paulo" or
"1,000" for "1000" knows the answer; the comparison ignores case, accents, punctuation, the
hyphen/space difference, thousands separators and a leading article. A single slip of the
finger in a long word answer is forgiven too, but never in an answer with digits: 1848 and
1849 are different years.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_THOUSANDS = re.compile(r"(?<=\d)[,'\u2019\u00a0\u202f ](?=\d{3}\b)")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
# Everything that is neither a letter, a digit, a decimal point between digits nor a space.
_NOT_WORD = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[^\w.\s]|_)+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_SHORTEST_FOR_TYPO = 5


def normalize(text: str) -> str:
    """The form two answers are compared in: lower case, no accents, no punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = _THOUSANDS.sub("", text)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _NOT_WORD.sub(" ", text)
    text = " ".join(text.split())
    return _LEADING_ARTICLE.sub("", text)


def answers_match(given: str, expected: str, accept: Iterable[str] = ()) -> bool:
    """True when ``given`` says the same as ``expected`` or one of the ``accept`` forms."""
    said = normalize(given)
    if not said:
        return False
    return any(_same(said, normalize(form)) for form in (expected, *accept))


def _same(said: str, wanted: str) -> bool:
    if said.replace(" ", "") == wanted.replace(" ", ""):
        return True
    if any(ch.isdigit() for ch in wanted) or len(wanted) < _SHORTEST_FOR_TYPO:
        return False
    return _within_one_edit(said, wanted)


def _within_one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a_rest, b_rest = a[start:], b[start:]
    if len(a_rest) == len(b_rest):
        swapped = len(a_rest) >= 2 and a_rest[0] == b_rest[1] and a_rest[1] == b_rest[0]
        return a_rest[1:] == b_rest[1:] or (swapped and a_rest[2:] == b_rest[2:])
    return a_rest[1:] == b_rest if len(a_rest) > len(b_rest) else a_rest == b_rest[1:]
