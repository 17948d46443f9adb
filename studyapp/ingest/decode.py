"""Turn a file's bytes into text, refusing what is not a text document."""

from __future__ import annotations

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
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = _decode_other(path, data, error)
    if _looks_binary(text):
        raise DocumentError(f"{path}: binary file, not a text document")
    return text


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _decode_other(path: Path, data: bytes, error: UnicodeDecodeError) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "utf-8"):
        raise DocumentError(
            f"{path}: not valid UTF-8 (byte {error.start}) and no other text encoding fits"
        ) from None
    return str(best)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in text and common in binaries."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 200)
