"""One event per happening: mentions of the same happening (lead, body, timeline, or several
documents) merge into one event with all their sources."""

from __future__ import annotations

import re
from collections import Counter

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


class _Words:
    """Content words of each event's statement and sentences, computed once."""

    def __init__(self) -> None:
        self.cache: dict[int, tuple[set[str], set[str]]] = {}

    def of(self, event: Event) -> tuple[set[str], set[str]]:
        if id(event) not in self.cache:
            sentences = " ".join(source.sentence for source in event.sources)
            self.cache[id(event)] = (content_words(event.statement), content_words(sentences))
        return self.cache[id(event)]

    def absorb(self, target: Event, event: Event) -> None:
        self.of(target)[1].update(self.of(event)[1])


def same_happening(first: Event, second: Event, lead_and_body: bool = False,
                   words: _Words | None = None) -> bool:
    """Same interval, different sentences, and mostly the same words; or the same day told
    once in a text's lead (its summary) and once in its body."""
    if (first.span.start, first.span.end) != (second.span.start, second.span.end):
        return False
    if {(s.document, s.offset) for s in first.sources} & \
            {(s.document, s.offset) for s in second.sources}:
        return False  # two happenings of one sentence are never one
    if lead_and_body and first.span.precision == "day":
        return True
    words = words or _Words()
    (statement_a, sentences_a), (statement_b, sentences_b) = words.of(first), words.of(second)
    return max(_overlap(statement_a, statement_b),
               _overlap(sentences_a, sentences_b)) >= SAME_HAPPENING


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def merge_events(events: list[Event], lead: set[int] = frozenset()) -> list[Event]:
    """Fold each event into an earlier one of the same happening, keeping the first's wording.

    ``lead`` holds the ids of events read in a document's lead; a lead event with a day of its
    own (no other lead event that day) is the summary of the body's event of that day.
    """
    merged: list[Event] = []
    by_interval: dict[tuple, list[Event]] = {}
    words = _Words()
    lead_days = Counter((e.sources[0].document, e.span.start, e.span.end)
                        for e in events if id(e) in lead)
    for event in events:
        same_interval = by_interval.setdefault((event.span.start, event.span.end), [])

        def lead_and_body(kept: Event, event: Event = event) -> bool:
            return (id(kept) in lead) != (id(event) in lead) and \
                kept.sources[0].document == event.sources[0].document and \
                lead_days[(kept.sources[0].document, kept.span.start, kept.span.end)] <= 1

        target = next((kept for kept in same_interval
                       if same_happening(kept, event, lead_and_body(kept), words)), None)
        if target is None:
            merged.append(event)
            same_interval.append(event)
        else:
            words.absorb(target, event)
            _absorb(target, event)
    return merged


def _absorb(target: Event, event: Event) -> None:
    for source in event.sources:
        if source not in target.sources:
            target.sources.append(source)
    for values, more in ((target.people, event.people), (target.places, event.places),
                         (target.numbers, event.numbers)):
        values.extend(value for value in more if value not in values)
