"""The library: profiles, the quiz sets a learner can study, and how far they have come.

``library_summary`` feeds the first screen, so it and this module's imports stay light: it
reads the SQLite file with the standard library when given the data directory. The functions
that write go through the ORM, which they import when called.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from studyapp.store import StoreError

if TYPE_CHECKING:
    from studyapp.store.engine import Store

BUNDLED_PACKAGE = "studyapp.questions"
BUNDLED_SUFFIX = ".quiz.yaml"
DEFAULT_PROFILE_NAME = "Learner"


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    created_at: datetime


@dataclass(frozen=True)
class SetSummary:
    """One set as the library shows it to a learner.

    ``total`` counts ready questions; ``new`` those never reviewed; ``due`` reviewed ones due
    now (not suspended or buried); ``learned`` those in FSRS review state; ``mastery`` (0..1)
    the share of questions the learner knows: learned, or answered right the last time a
    quiz asked them.
    """

    id: int
    title: str
    description: str
    total: int
    new: int
    due: int
    learned: int
    mastery: float


def ensure_profile(store: Store) -> int:
    """The first profile's id; on first start, create one named after the computer's user."""
    from sqlmodel import select

    from studyapp.store.tables import Profile

    with store.session() as session:
        first = session.exec(select(Profile.id).order_by(Profile.id).limit(1)).first()
    if first is not None:
        return first
    return create_profile(store, _os_user_name())


def create_profile(store: Store, name: str) -> int:
    from sqlmodel import select

    from studyapp.store.tables import Profile

    name = name.strip()
    if not name:
        raise StoreError("a profile needs a name")
    with store.session() as session:
        if session.exec(select(Profile.id).where(Profile.name == name)).first() is not None:
            raise StoreError(f"a profile named {name!r} already exists")
        profile = Profile(name=name, created_at=datetime.now(UTC))
        session.add(profile)
        session.flush()
        return profile.id


def list_profiles(store: Store) -> list[ProfileInfo]:
    from sqlmodel import select

    from studyapp.store.tables import Profile

    with store.session() as session:
        profiles = session.exec(select(Profile).order_by(Profile.id)).all()
        return [ProfileInfo(p.id, p.name, p.created_at) for p in profiles]


def _os_user_name() -> str:
    try:
        return getpass.getuser() or DEFAULT_PROFILE_NAME
    except (KeyError, OSError):  # no user name in the environment or password database
        return DEFAULT_PROFILE_NAME
