"""Reading bytes as text: UTF-8, recognisable older encodings, and clear refusals."""

from pathlib import Path

import pytest

from studyapp.ingest import DocumentError, read_document

RUSSIAN = ("Договор был подписан в 1919 году в Версале. Делегаты собрались в зеркальном зале "
           "дворца, и Германия протестовала против его условий. ") * 10
GREEK = "Η συνθήκη υπογράφηκε το 1919 στις Βερσαλλίες μετά τον πόλεμο."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "koi8-r"), (RUSSIAN, "cp1251"), (GREEK, "cp1253"),
    ("Die Mauer fiel am 9. November 1989 in Berlin; Bürger jubelten.", "latin-1"),
])
def test_older_encodings_are_recognised(tmp_path, text, encoding):
    document = read_document(_write(tmp_path, "old.txt", text.encode(encoding)))
    assert document.blocks[0].text.startswith(text.split(".")[0])


@pytest.mark.parametrize("data, where, byte", [
    ("Première ligne, café.\n".encode() + b"Seconde ligne \xe9t\xe9 1919.\n", "line 2, column 15",
     "0xe9"),
    (b"The treaty was signed in 1919 \xff\xfe\x80 by the delegates.", "line 1, column 31",
     "0xff"),
    (b"The treaty \xc3\x28 was signed in 1919.", "line 1, column 12", "0xc3"),
])
def test_damaged_or_unrecognisable_text_is_refused_with_its_place(tmp_path, data, where, byte):
    path = _write(tmp_path, "damaged.txt", data)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    message = str(error.value)
    assert message.startswith(f"{path}: {where}: not valid UTF-8 (byte {byte})")
    assert "\n" not in message
