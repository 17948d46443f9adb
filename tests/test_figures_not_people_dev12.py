"""Faults, terrors, customs services, systems and compass regions named like people are
none. Made-up texts; each case once went wrong."""

from __future__ import annotations

import pytest

from studyapp.extract.figures import find_figures
from studyapp.ingest import parse_document

LEAD = "Ada Roe (1850 – 1920) was a Varnish geologist.\n\n"


@pytest.mark.parametrize("sentence", [
    "In 1906 she mapped the San Varro Fault near Orm.",
    "The Red Terror drove her abroad in 1919.",
    "In 1920 she moved to Southeast Varnia.",
    "She was inspector-general of the Orm Maritime Customs from 1901.",
    "She read the Dialogue on the Two Chief World Systems in 1870.",
])
def test_names_of_things_are_no_people(sentence: str) -> None:
    found = find_figures([parse_document("bio.txt", LEAD + sentence + "\n")])
    assert [f.name for f in found] == ["Ada Roe"]
