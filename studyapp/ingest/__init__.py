"""Read a document file as it comes into a ``model.Document``.

One reader per shape (plain text, Markdown, HTML); each keeps, for every character of the
cleaned text, its offset in the original (decoded) file so facts can point back at it.
"""

from __future__ import annotations

from pathlib import Path

from studyapp.ingest.decode import DocumentError, read_text
from studyapp.model import Document

__all__ = ["DocumentError", "read_document", "parse_document"]

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_document(path: str | Path) -> Document:
    """Read and clean one file; raise DocumentError (naming the file) on bad input."""
    path = Path(path)
    return parse_document(path.name, read_text(path))


def parse_document(name: str, original: str) -> Document:
    """Clean already-decoded text; the reader is chosen by the name's extension."""
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from studyapp.ingest.markdown import read_markdown as reader
    elif suffix in HTML_SUFFIXES:
        from studyapp.ingest.html import read_html as reader
    else:
        from studyapp.ingest.plaintext import read_plain_text as reader
    title, blocks = reader(original)
    return Document(name=name, title=title or _title_from_name(name), original=original,
                    blocks=blocks)


def _title_from_name(name: str) -> str:
    """The file name without extension, made readable: "cold-war" -> "Cold war"."""
    stem = Path(name).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else name
