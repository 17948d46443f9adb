"""One event per happening: mentions of the same happening (lead, body, timeline, or several
documents) merge into one event with all their sources."""

from __future__ import annotations

import re

from studyapp.model import Event

STOP_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as was were is are be been had has "
    "have that this these those it its their his her they he she which who whom whose there "
    "into over after before during since until also not no than then when while both".split()
)
SAME_HAPPENING = 0.5  # share of the shorter statement's words found in the other


def content_words(text: str) -> set[str]:
    """Lower-case word stems without function words ("voted in favour" -> {vot, favor})."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {_stem(word) for word in words if word not in STOP_WORDS and len(word) > 2}


def _stem(word: str) -> str:
    word = word.replace("our", "or")  # British and American spellings meet
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def same_happening(first: Event, second: Event) -> bool:
    """Same interval, different sentences, and mostly the same words."""
    if (first.span.start, first.span.end) != (second.span.start, second.span.end):
        return False
    if {(s.document, s.offset) for s in first.sources} & \
            {(s.document, s.offset) for s in second.sources}:
        return False  # two happenings of one sentence are never one
    a, b = _words(first), _words(second)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= SAME_HAPPENING


def _words(event: Event) -> set[str]:
    return content_words(" ".join(source.sentence for source in event.sources))


def merge_events(events: list[Event]) -> list[Event]:
    """Fold each event into an earlier one of the same happening, keeping the first's wording."""
    merged: list[Event] = []
    by_interval: dict[tuple, list[Event]] = {}
    for event in events:
        same_interval = by_interval.setdefault((event.span.start, event.span.end), [])
        target = next((kept for kept in same_interval if same_happening(kept, event)), None)
        if target is None:
            merged.append(event)
            same_interval.append(event)
        else:
            _absorb(target, event)
    return merged


def _absorb(target: Event, event: Event) -> None:
    for source in event.sources:
        if source not in target.sources:
            target.sources.append(source)
    for values, more in ((target.people, event.people), (target.places, event.places),
                         (target.numbers, event.numbers)):
        values.extend(value for value in more if value not in values)
