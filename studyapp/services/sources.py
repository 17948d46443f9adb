"""Where questions come from: the titles of the documents a set's questions cite.

A question's source names its document by file name; the learner should see the title. Sets
carry their documents' titles; documents imported into the library carry theirs too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, text

if TYPE_CHECKING:
    from studyapp.store.engine import Store

_SET_DOCUMENTS = text("SELECT documents FROM quiz_set WHERE id IN :sets").bindparams(
    bindparam("sets", expanding=True)
)
_LIBRARY_DOCUMENTS = text("SELECT name, title FROM document")


def document_titles(store: Store, set_ids: Iterable[int]) -> dict[str, str]:
    """Document file name -> title, for the documents cited by these sets (one read)."""
    titles: dict[str, str] = {}
    with store.engine.connect() as connection:
        for name, title in connection.execute(_LIBRARY_DOCUMENTS):
            titles[name] = title
        for (documents,) in connection.execute(_SET_DOCUMENTS, {"sets": list(set_ids) or [-1]}):
            for document in json.loads(documents) if isinstance(documents, str) else documents:
                titles[document["name"]] = document["title"] or titles.get(document["name"], "")
    return titles
