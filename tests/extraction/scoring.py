"""Score extraction output against hand annotations, as /work/shared/docs/extraction.md says.

Both sides are plain JSON dicts: ``reported`` is what `studyapp extract --json` prints;
annotations are the example's format (events with start/end/keywords/tier, figures with
name/aliases/role_keywords/tier). Annotation files live next to this module as
``annotations/<stem>.events.json`` and ``annotations/<stem>.figures.json``; the shared example
annotates armenia-artsakh-relations.txt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLE = REPO.parent / "shared" / "docs" / "example-annotation.json"
ANNOTATIONS = HERE / "annotations"
TEXTS = HERE / "texts"


def annotation(document: Path, kind: str) -> list[dict] | None:
    """The annotated ``kind`` ("events" or "figures") of a document, or None if not annotated."""
    own = ANNOTATIONS / f"{document.stem}.{kind}.json"
    if own.exists():
        return json.loads(own.read_text(encoding="utf-8"))[kind]
    if EXAMPLE.exists():
        example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        if example["document"] == document.name:
            return example[kind]
    return None


def _lower(text: str) -> str:
    return " ".join(text.lower().split())


def _event_text(event: dict) -> str:
    parts = [event.get("statement", ""), event.get("date_text", "")]
    parts += [source.get("sentence", "") for source in event.get("sources", [])]
    return _lower(" ".join(parts))


def _carries(event: dict, keywords: list[str]) -> bool:
    text = _event_text(event)
    return all(_lower(keyword) in text for keyword in keywords)


def _same_dates(event: dict, annotated: dict) -> bool:
    return event["start"] == annotated["start"] and event["end"] == annotated["end"]


def _overlaps(event: dict, annotated: dict) -> bool:
    return _key(event["start"]) <= _key(annotated["end"]) and \
        _key(annotated["start"]) <= _key(event["end"])


def _key(iso: str) -> tuple[int, int, int]:
    sign = -1 if iso.startswith("-") else 1
    year, month, day = iso.lstrip("-").split("-")
    return sign * int(year), int(month), int(day)


def _match(pairs: dict[int, list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (left -> right) by augmenting paths."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in pairs.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in pairs:
        augment(left, set())
    return {left: right for right, left in owner.items()}


@dataclass
class Counts:
    """What was annotated as core, reported, right, and reported but neither right nor wrong."""

    core: int
    reported: int
    correct: int
    neutral: int

    @property
    def recall(self) -> float:
        return self.correct / self.core if self.core else 1.0

    @property
    def precision(self) -> float:
        counted = self.reported - self.neutral
        return self.correct / counted if counted else 1.0


@dataclass
class EventScore(Counts):
    found: int
    date_exact: int
    missed: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        return self.date_exact / self.found if self.found else 1.0

    def summary(self) -> str:
        return (f"events R={self.recall:.2f} ({self.correct}/{self.core}) "
                f"P={self.precision:.2f} ({self.correct}/{self.reported - self.neutral}) "
                f"date-exact={self.date_accuracy:.2f} ({self.date_exact}/{self.found})")


def score_events(reported: list[dict], annotated: list[dict]) -> EventScore:
    core = [i for i, a in enumerate(annotated) if a.get("tier", "core") == "core"]
    optional = [i for i, a in enumerate(annotated) if i not in core]

    def candidates(targets: list[int], taken: set[int], test) -> dict[int, list[int]]:
        return {
            r: [a for a in targets if test(event, annotated[a])]
            for r, event in enumerate(reported) if r not in taken
        }

    def correct(event: dict, ann: dict) -> bool:
        return _same_dates(event, ann) and _carries(event, ann["keywords"])

    core_match = _match(candidates(core, set(), correct))
    optional_match = _match(candidates(optional, set(core_match), correct))
    # "Found": the happening was reported (its keywords, an overlapping interval), whatever
    # the exact dates; date accuracy is the share of those found with exactly the right dates
    # (every correct match is a found one, so it is correct / found).
    found_match = _match(candidates(core, set(), lambda e, a: _carries(e, a["keywords"])
                                    and _overlaps(e, a)))
    exact = min(len(core_match), len(found_match))
    matched_core = set(core_match.values())
    return EventScore(
        core=len(core), reported=len(reported), correct=len(core_match),
        neutral=len(optional_match), found=len(found_match), date_exact=exact,
        missed=[annotated[a] for a in core if a not in matched_core],
        false_positives=[e for r, e in enumerate(reported)
                         if r not in core_match and r not in optional_match],
    )


@dataclass
class FigureScore(Counts):
    roles_right: int
    missed: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    wrong_roles: list[dict] = field(default_factory=list)


    role_judged: int = 0  # correct figures whose annotation names a role to get right

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.role_judged if self.role_judged else 1.0

    def summary(self) -> str:
        return (f"figures R={self.recall:.2f} ({self.correct}/{self.core}) "
                f"P={self.precision:.2f} ({self.correct}/{self.reported - self.neutral}) "
                f"roles={self.role_accuracy:.2f} ({self.roles_right}/{self.role_judged})")


def _names(person: dict) -> set[str]:
    return {_lower(name) for name in [person.get("name", ""), *person.get("aliases", [])] if name}


def _role_right(figure: dict, groups: list[list[str]]) -> bool:
    for role in figure.get("roles", []):
        words = _lower(role)
        for group in groups:
            if all(re.search(rf"\b{re.escape(_lower(w))}\b", words) for w in group):
                return True
    return False


def score_figures(reported: list[dict], annotated: list[dict]) -> FigureScore:
    core = [i for i, a in enumerate(annotated) if a.get("tier", "core") == "core"]
    optional = [i for i, a in enumerate(annotated) if i not in core]

    def same(figure: dict, person: dict) -> bool:
        return bool(_names(figure) & _names(person))

    core_match = _match({r: [a for a in core if same(f, annotated[a])]
                         for r, f in enumerate(reported)})
    optional_match = _match({r: [a for a in optional if same(f, annotated[a])]
                             for r, f in enumerate(reported) if r not in core_match})
    # A person annotated with no role has no role to get right: not judged either way.
    judged = {r: a for r, a in core_match.items() if annotated[a].get("role_keywords")}
    wrong_roles = [reported[r] for r, a in judged.items()
                   if not _role_right(reported[r], annotated[a]["role_keywords"])]
    matched = set(core_match.values())
    return FigureScore(
        core=len(core), reported=len(reported), correct=len(core_match),
        neutral=len(optional_match), roles_right=len(judged) - len(wrong_roles),
        role_judged=len(judged),
        missed=[annotated[a] for a in core if a not in matched],
        false_positives=[f for r, f in enumerate(reported)
                         if r not in core_match and r not in optional_match],
        wrong_roles=wrong_roles,
    )
