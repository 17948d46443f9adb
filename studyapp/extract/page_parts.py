"""Parts of a page other than running prose that name people, or only look as if they do.

Credit lines ("Photo: A / Agency", "By A") and reading lists give minor figures; infobox fields
("| commander = A") and the rows of tables and fact boxes ("Spouse: A") give roles; a heading
in the plural ("## Historians") gives its entries a calling; newsletter blurbs, captions'
credits and navigation lines are set apart from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.extract import names as vocab
from studyapp.extract.name_runs import SENTENCE_END, Token, name_word, span_text
from studyapp.extract.roles import weak_role
from studyapp.ingest.lines import is_people_field
from studyapp.model import Block

# An infobox field: "| commander1 = A; B" (its key, then its value up to the next field).
INFOBOX_FIELD = re.compile(r"\|\s*([a-z][a-z_]*?)_?\d*\s*=\s*([^|{}]*)")
PEOPLE_ROW = re.compile(r"([A-Z][a-z]+(?: [a-z]+)?): (.+)")  # "Spouse: A", "Key people: A, B"
CREDIT_LINE = re.compile(
    r"^(?:(?P<photo>photo(?:graph)?s?|images?|pictures?|credits?|illustrations?)"
    r"|(?P<translator>translated|translation)"
    r"|(?P<author>by|written by|text|author|words))\s*(?:by\b|:)?\s*(?P<names>.+)$",
    re.IGNORECASE)
SLASH_CREDIT = re.compile(r"^(?P<names>[^/]{3,60}?)\s+/\s+\S")
# Words of picture agencies and archives in credits ("Fotostudio X", "Kessel Images").
AGENCY = re.compile(r"studio|foto|photo|image|picture|archiv|agen[cz]|collection", re.IGNORECASE)
CREDIT_ROLES = {"photo": "photographer", "translator": "translator", "author": "author"}
# Newsletter and subscription blurbs of news pages.
PROMOTION = re.compile(r"^newsletters?:|\bin your inbox\b|\bsign up (?:here|now|for|to)\b",
                       re.IGNORECASE)
# A credit after another on one line: "By A | Photographs by B", "Additional reporting by C".
SEGMENT_CREDIT = re.compile(r"^(?:(?P<photo>photo(?:graph)?s?|images?|pictures?)"
                            r"|(?:additional )?reporting)\s+by\s+", re.IGNORECASE)
# A credit closing a caption after its full stop: "[Photo: ... 1966. Credit: Fotostudio X]".
CAPTION_CREDIT = re.compile(
    r"[.;]\s+(?P<credit>(?:Photo(?:graph)?s?|Credits?|Pictures?|Images?):[^:\[\]]+?)\]?\s*$")
# Where a reference's authors end: a bracket, a quote, or a full stop not after an initial
# ("A.") or an abbreviated given name ("Wm.", checked by the caller).
AUTHORS_END = re.compile(r"\s\(|[\"“]|(?P<word>\w*)(?<![\s,][A-Z])\.(?=\s)"
                         # "Brandt, Ella K. A Short History": a title's article after an initial
                         r"|(?<=[\s,][A-Z])(?P<initial>\.)(?=\s+(?:A|An|The)\s)")
# "Given Surname, Title: Subtitle": an author named in full, then a title no name can be.
NAME_THEN_TITLE = re.compile(r"^(?P<surname>[A-Z][\w'’\-]+(?: [A-Z]\.)*(?: [A-Z][\w'’\-]+){1,2}),"
                             r" (?P<given>[A-Z]\S*)")
# "Surname, Given Ab": a given name, then a two-letter abbreviation of another ("Ma.").
MIDDLE_ABBREVIATION = re.compile(r"^[^,;]+, [A-Z][\w'’\-]+ [A-Z][a-z]$")
# "Surname, Given I." and then capitalised words: the initial ends the author's name.
INITIAL_THEN_TITLE = re.compile(r"[^,;]+, (?:[A-Z][\w'’\-]+ )+[A-Z]\.(?= [A-Z][a-z])")
BIBLIOGRAPHY_AUTHOR = re.compile(
    r"^(?P<surname>(?:[a-z]{1,3} )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?),"
    r" (?P<given>[A-Z][\w'’\-]*\.?(?: (?:[A-Z][\w'’\-]*\.?|[a-z]{1,3}))*)$")


def infobox_roles(block: Block) -> list[tuple[int, int, str]]:
    """(start, end, role) of infobox fields whose key is a role ("| commander1 = A; B", a
    table's row "Spouse: A"); each of the people in "| leaders = A, B" is a leader."""
    fields = [*INFOBOX_FIELD.finditer(block.text)]
    row = _people_row(block)
    if row:
        fields.append(row)
    return [(m.start(2), m.end(2), vocab.singular(m.group(1).lower().replace("_", " ")))
            for m in fields if vocab.role_head(m.group(1).lower().split("_")[-1])
            and m.group(1).lower() not in ("predecessor", "successor")]  # the subject's


def without_promotion(block: Block) -> Block | None:
    """The block without its newsletter blurbs ("Newsletter: Get X in your inbox. Sign up
    here."): a product, no one; None when nothing else is left."""
    text = block.text
    if len(text) >= 300 or not ("inbox" in text or "ign up" in text or "etter" in text[:12]):
        return block  # most blocks: a quick look before the full one
    ends = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    kept = [(a, b) for a, b in zip(ends, ends[1:], strict=False)
            if not PROMOTION.search(text[a:b])]
    if len(kept) == len(ends) - 1:
        return block
    if not kept:
        return None
    start, end = kept[0]
    for a, b in kept[1:]:
        if a != end:
            break  # the first sentences kept that follow each other
        end = b
    return Block(block.kind, text[start:end], block.offsets[start:end], block.level)


@dataclass
class Credited:
    """A person a credit line or a reading list names: the name's words, the roles given, and
    the name as written with where it starts in the block's stripped text."""

    words: tuple[str, ...]
    roles: list[str]
    written: str
    start: int


def line_credits(block: Block) -> tuple[list[Credited], bool]:
    """"Photo: A / Agency", "Translated by A", "By A": the people a credit line names, with
    that role; and whether the block is a credit line (of people or only an agency)."""
    text = block.text.strip()
    if len(text) > 120:
        return [], False
    match = CREDIT_LINE.match(text)
    if match:
        kind = next(k for k in ("photo", "translator", "author") if match.group(k))
        role = CREDIT_ROLES[kind]
    else:
        match = SLASH_CREDIT.match(text)
        role = "photographer"
    if not match:
        return [], False
    credited: list[Credited] = []
    agency = False
    parts = re.split(r"\s*(/|,|;|\band\b|&|\|)\s*", match.group("names"))
    for separator, candidate in zip(["", *parts[1::2]], parts[::2], strict=True):
        if separator == "/" and role == "photographer":
            continue  # "Photograph: A / Northern Wire": the agency after the photographer
        # "By A | Photographs by B for The Herald": each credit of the line, no paper
        candidate = re.sub(r"\s+for\s+(?:the\s+)?[A-Z].*$", "", candidate.strip()).rstrip(".")
        segment = SEGMENT_CREDIT.match(candidate)
        if segment:
            candidate = candidate[segment.end():]
            role = "photographer" if segment.group("photo") else "reporter"
        words = candidate.split()
        agency = agency or role == "photographer" and bool(AGENCY.search(candidate))
        if credited and words and vocab.listed_role(words[-1]):
            credited[-1].roles.append(candidate)  # "By A, Science Correspondent"
        elif 2 <= len(words) <= 4 and all(name_word(w) for w in words) and not any(
                w.lower() in vocab.NOT_PERSON_WORDS or AGENCY.search(w) for w in words):
            start = text.find(candidate)
            credited.append(Credited(tuple(words), [role], candidate, start))
    return credited, bool(credited) or agency  # "Credit: Kessel Images": no one to read there


def reference_authors(block: Block) -> list[Credited]:
    """The authors of a bibliography entry (its titles are no one), each with the role
    "author"."""
    text = block.text.strip()
    found: list[Credited] = []
    authors = text[:next((m.end("word") if m.group("word") is not None else m.end("initial")
                          if m.group("initial") else m.start()
                          for m in AUTHORS_END.finditer(text)
                          if (m.group("word") or "").lower()
                          not in vocab.GIVEN_NAME_ABBREVIATIONS), len(text))]
    title = INITIAL_THEN_TITLE.match(authors)
    if title:  # "Marrow, Ilse K. Piet Haskel": the book's title is a person's name
        authors = authors[:title.end()]
    abbreviated = MIDDLE_ABBREVIATION.match(authors) and text[len(authors):][:1] == "."
    if abbreviated:  # "Sandor, Ilse Ma. Harbours of ...": "Ma." abbreviates a given name
        authors += "."
    for author in authors.split(";"):
        author = author.strip()
        last = author.rsplit(None, 1)[-1] if author else ""
        if not re.search(r"\b[A-Z]\.$", author) and not abbreviated \
                and last.rstrip(".").lower() not in vocab.GIVEN_NAME_ABBREVIATIONS:
            author = author.rstrip(".")  # but "A." and "Wm." keep their full stop
        match = BIBLIOGRAPHY_AUTHOR.match(author)
        if not match:
            match = NAME_THEN_TITLE.match(author)  # "Ada Roe, Kessia: A History"
            if not match:
                continue
        given = match.group("given").split()
        surname = match.group("surname").split()
        if given[0] in ("The", "A", "An") or len(given) > 4 or len(surname) > 1 \
                and surname[0].lower() not in vocab.PARTICLES:
            # "Ada Roe, The Life of Otto (1998)", "Tom Pike, Orrin Vell (1987)": the name,
            # then the title (but "de Waal, Thomas": a surname with its particle)
            author = match.group("surname")
            words = tuple(author.split())
            if len(words) < 2:
                continue
        else:
            particles = [w for w in given if w in vocab.PARTICLES]
            words = tuple([w for w in given if w not in vocab.PARTICLES] + particles
                          + match.group("surname").split())
        found.append(Credited(words, ["author"], author, text.find(author)))
    return found


def caption_credit(block: Block) -> tuple[Block, Block | None]:
    """A caption closed by its credit ("... 1966. Credit: Fotostudio X]"): the caption
    before it and the credit, each a block of its own; else (block, None)."""
    text = block.text
    match = CAPTION_CREDIT.search(text) if ":" in text and (
        "Credit" in text or "Photo" in text or "Picture" in text or "Image" in text) else None
    if match is None:
        return block, None
    start, end = match.start("credit"), match.end("credit")
    return (Block(block.kind, block.text[:start], block.offsets[:start], block.level),
            Block(block.kind, block.text[start:end], block.offsets[start:end], block.level))


def _people_row(block: Block) -> re.Match | None:
    """A table's or a fact box's row naming people: "Spouse: A B", "Key people: A, B"."""
    row = PEOPLE_ROW.match(block.text) if block.kind == "line" else None
    return row if row and is_people_field(row.group(1)) else None


# The last word of a notes paragraph's label over a list of people ("Key figures: A, B").
PEOPLE_LABELS = frozenset("people figures persons personalities actors".split())


def row_items(block: Block, tokens: list[Token]) -> frozenset[int]:
    """The tokens opening the items of a people row ("Key people: A, B (led the march), C"),
    a table's line or a notes paragraph of one list, outside brackets; else none."""
    row = PEOPLE_ROW.match(block.text)
    if row is None or not (is_people_field(row.group(1))
                           or row.group(1).split()[-1].lower() in PEOPLE_LABELS):
        return frozenset()
    if block.kind != "line" and SENTENCE_END.search(row.group(2)):
        return frozenset()  # prose after a label, not a list
    items: set[int] = set()
    depth = 0
    for k, token in enumerate(tokens):
        if token.start < row.start(2):
            continue
        depth += (token.text == "(") - (token.text == ")")
        previous = tokens[k - 1].text if k else ""
        if depth == 0 and token.capitalised and (
                token.start == row.start(2) or previous in (",", ";") or tokens[k - 1].lower
                == "and"):
            items.add(k)
    return frozenset(items)


def plural_role_heading(heading: str) -> str | None:
    """"## Historians", "## Key generals": the calling of each person its entries name."""
    words = heading.strip().rstrip(":").split()
    if not 1 <= len(words) <= 2 or not words[-1].isalpha():
        return None
    last = words[-1].lower()
    one = vocab.singular(last)
    return one if one != last and vocab.listed_role(one) and not weak_role(one) else None


def row_gloss(block: Block, tokens: list[Token], after: int) -> list[str]:
    """What a row says of its item in brackets ("B (led the march)"), dates aside."""
    if after >= len(tokens) or tokens[after].text != "(":
        return []
    close = next((k for k in range(after, min(len(tokens), after + 12)) if tokens[k].text == ")"),
                 None)
    if close is None or close == after + 1 \
            or any(ch.isdigit() for t in tokens[after:close] for ch in t.text):
        return []
    return [span_text(block, tokens, after + 1, close)]


def row_item_ends(tokens: list[Token], after: int) -> bool:
    """A row's item is the name alone, up to its bracket, comma or the row's end."""
    return after >= len(tokens) or tokens[after].text in (",", ";", "(", ".")


def furniture(block: Block) -> bool:
    """Short lines of capitalised words only (navigation, share buttons, section labels)."""
    if block.kind == "paragraph" or _people_row(block):
        return False
    words = re.findall(r"[^\W\d_][\w'’\-]*", block.text)
    return 0 < len(words) <= 8 and all(w[0].isupper() or w in vocab.PARTICLES for w in words)
