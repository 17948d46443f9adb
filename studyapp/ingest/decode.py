"""Turn a file's bytes into text, refusing what is not a text document."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024  # far above any article; keeps a stray dump from stalling the app


class DocumentError(ValueError):
    """A file that cannot be read as a document; the message names the file."""


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{path}: file too large ({size // (1024 * 1024)} MB; "
                f"the limit is {MAX_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a directory, not a document") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot read ({error.strerror})") from None
    return decode_bytes(path, data)


def decode_bytes(path: Path, data: bytes) -> str:
    if not data.strip():
        raise DocumentError(f"{path}: file is empty")
    if b"\x00" in data[:65536] and not _is_utf16(data):
        raise DocumentError(f"{path}: binary file, not a text document")
    try:
        text = data.decode("utf-16" if _is_utf16(data) else "utf-8-sig")
    except UnicodeDecodeError as error:
        text = _decode_other(path, data, error)
    if _looks_binary(text):
        raise DocumentError(f"{path}: binary file, not a text document")
    return text


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _decode_other(path: Path, data: bytes, error: UnicodeDecodeError) -> str:
    """A file in an older encoding is read when the guess is plainly right; a UTF-8 file with
    broken bytes, or a guess that turns accented letters into symbols, is refused."""
    where = _position(data, error.start)
    refusal = DocumentError(
        f"{path}: {where}: not valid UTF-8 (byte 0x{data[error.start]:02x}) "
        "and no other text encoding fits; save the file as UTF-8")
    broken = data.decode("utf-8", errors="replace").count("\ufffd")
    if len(UTF8_SEQUENCE.findall(data)) >= broken:
        raise refusal from None  # mostly UTF-8: the bad bytes are damage, not an encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "utf-8") or not best.coherence \
            or not _reads_as_words(str(best)):  # no language recognised, or symbols
        raise refusal from None
    return str(best)


# A well-formed two- to four-byte UTF-8 character.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _reads_as_words(text: str) -> bool:
    """Outside ASCII only letters, marks, digits, punctuation and spaces ("signé", "«», "。"):
    a wrong guess turns stray bytes into symbols such as "˛" or "€"."""
    return all(unicodedata.category(ch)[0] in "LMNPZ" for ch in set(text) if ord(ch) > 127)


def _position(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - data.rfind(b"\n", 0, offset)
    return f"line {line}, column {column}"


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in text and common in binaries."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 200)
