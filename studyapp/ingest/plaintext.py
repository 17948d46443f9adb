"""Plain text: encyclopedia dumps (`== Heading ==`, infobox blocks, timeline lines) and text
scraped from web pages (navigation, captions and credits, teasers printed twice)."""

from __future__ import annotations

import re

from studyapp.ingest import lines as shapes
from studyapp.ingest.builder import BlockBuilder, block_from_spans, keep_outside
from studyapp.model import Block

HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1\s*$")
# An infobox opens with "Infobox ...", "{{Infobox ..." or a heading of its own, "== Infobox ==".
INFOBOX = re.compile(r"^\s*(?:\{\{|=+)?\s*infobox\b", re.IGNORECASE)
# Markup that is not text: reference marks [1], [a], [note 2], [citation needed],
# {{templates}}, wiki bold and italics (two to five apostrophes in a row).
NOISE = re.compile(r"\[\d{1,3}\]|\[[a-z]\]|\[note \d{1,3}\]"
                   r"|\[(?:citation|clarification) needed\]|\{\{[^{}]*\}\}"
                   r"|\[\[(?:Category|File|Image):[^\]]*\]\]|'{2,5}")
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
# An infobox field "| commander1 = A B; C D" (see lines.PEOPLE_FIELDS).
FIELD = re.compile(r"^\s*\|\s*([A-Za-z][A-Za-z_ ]*?)_?\d*\s*=")
LISTED_FIELD = re.compile(r"^\s*[-*•]?\s*([A-Z][A-Za-z ]*?)\d*\s*:\s")  # "- Leaders2: A, B"
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def split_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its end-of-line) for every line of ``text``."""
    result = []
    for match in LINE.finditer(text):
        if match.start() == len(text):
            break
        result.append((match.start(), match.group().rstrip("\r\n")))
    return result


def read_plain_text(original: str) -> tuple[str, list[Block]]:
    lines = split_lines(original)
    texts = [line for _, line in lines]
    table_lines, table_rows = _wiki_tables(lines)
    infobox = _infobox_lines(texts) - table_lines
    dropped = shapes.furniture_lines(texts) | infobox | table_lines
    dropped |= _section_label(texts, dropped)
    wrapped = _hard_wrapped(texts)
    blocks: list[Block] = []
    title = ""
    sources_at = -1  # the last line of a list of sources opened by a short heading
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        i += 1
        if i - 1 in infobox:
            block = _people_field(original, offset, line)
        elif i - 1 in table_rows:
            block = _table_row(original, table_rows[i - 1])
        elif i - 1 in dropped or not line.strip():
            continue
        elif heading := HEADING.match(line):
            block = _block(original, offset, line, heading.start(2), heading.end(2),
                           "heading", len(heading.group(1)))
            if block and not blocks and len(heading.group(1)) == 1:
                title = block.text
        elif not blocks and shapes.is_title_line(line):
            block = _block(original, offset, line, 0, len(line), "heading", 1)
            title = block.text if block else ""
        elif shapes.is_timeline(line) or shapes.LIST_ITEM.match(line):
            start = shapes.LIST_ITEM.match(line).end() if shapes.LIST_ITEM.match(line) else 0
            block = _block(original, offset, line, start, len(line), "line")
        elif shapes.is_soft_heading(line) and not (wrapped and _inside_paragraph(texts, i - 1)):
            # Short lines right under "Selected works" are its entries, a title a line.
            kind = "line" if sources_at == i - 2 else "heading"
            block = _block(original, offset, line, 0, len(line), kind, 0)
            if kind == "line" or shapes.is_reference_heading(line):
                sources_at = i - 1
        else:
            end = offset + len(line)
            # Hard-wrapped prose: a line that stops mid-sentence continues on the next.
            while (i < len(lines) and i not in dropped
                   and (_continues(lines[i][1], wrapped) if wrapped else
                        shapes.is_unpunctuated(line) and _continues(lines[i][1]))):
                offset_next, line = lines[i]
                end = offset_next + len(line)
                i += 1
            block = block_from_spans(keep_outside(original, offset, end, NOISE), original,
                                     "paragraph")
        if block:
            blocks.append(block)
    return title, blocks


BYLINE = re.compile(r"^(?:By\s+[A-Z]|(?:Published|Updated|Posted|Last\s+updated)\b)")


def _section_label(texts: list[str], dropped: set[int]) -> set[int]:
    """A news page's section label above its headline ("Science & Space", then the
    headline, then "By ..."): furniture, so that the headline is the title."""
    kept = [i for i, t in enumerate(texts) if t.strip() and i not in dropped][:6]
    if len(kept) < 2:
        return set()
    label, headline = kept[0], kept[1]
    if not (shapes.is_title_line(texts[label]) and shapes.word_count(texts[label]) <= 3
            and shapes.is_title_line(texts[headline])
            and shapes.word_count(texts[headline]) >= 4):
        return set()
    after_menu = any(i in dropped for i in range(label))
    byline = any(BYLINE.match(texts[i].strip()) for i in kept[2:5])
    return {label} if after_menu or byline else set()


def _continues(line: str, wrapped: bool = False) -> bool:
    """Whether ``line`` goes on with the paragraph above it."""
    text = line.strip()
    if not text or HEADING.match(line):
        return False
    if wrapped:
        return not (shapes.LIST_ITEM.match(line) or shapes.is_timeline(line))
    return text[0].islower()


def _hard_wrapped(texts: list[str]) -> bool:
    """Text wrapped at a fixed width: lines of similar, moderate length, mostly followed by
    another line of the same paragraph."""
    lengths = [len(t) for t in texts if t.strip()]
    if len(lengths) < 8 or max(lengths) > 120:
        return False
    long_lines = sum(1 for n in lengths if n >= 45)
    followed = sum(1 for a, b in zip(texts, texts[1:], strict=False) if a.strip() and b.strip())
    return long_lines >= len(lengths) / 2 and followed >= len(lengths) / 2


def _inside_paragraph(texts: list[str], index: int) -> bool:
    """A line with a non-blank line above or below belongs to a wrapped paragraph."""
    above = index > 0 and texts[index - 1].strip()
    below = index + 1 < len(texts) and texts[index + 1].strip()
    return bool(above or below)


def _block(original: str, offset: int, line: str, start: int, end: int, kind: str,
           level: int = 0) -> Block | None:
    spans = keep_outside(original, offset + start, offset + end, NOISE)
    return block_from_spans(spans, original, kind, level)


def _wiki_tables(lines: list[tuple[int, str]]) -> tuple[set[int], dict[int, list[tuple[int, int]]]]:
    """The lines of wiki tables ("{| ... |}"), and the cells of each data row by the row's
    first line: "| 1848 || The rising begins", or one cell a line. Header rows ("! Year !!
    Event"), row marks ("|-") and captions ("|+") are furniture."""
    inside: set[int] = set()
    rows: dict[int, list[tuple[int, int]]] = {}
    row: list[tuple[int, int]] | None = None
    in_table = False
    for i, (offset, line) in enumerate(lines):
        stripped = line.lstrip()
        in_table = in_table or stripped.startswith("{|")
        if not in_table:
            continue
        inside.add(i)
        if stripped.startswith(("|}", "|-", "|+", "{|")):
            row = None
            in_table = not stripped.startswith("|}")
        elif stripped.startswith("|"):
            if row is None:
                row = rows[i] = []
            start = offset + len(line) - len(stripped) + 1
            row.extend(_cells(line[start - offset:], start))
    return inside, rows


CELL_SEPARATOR = re.compile(r"\|\|")
CELL_ATTRIBUTES = re.compile(r"^[^|]*=[^|]*\|(?!\|)")  # "style=\"...\" | text"


def _cells(text: str, start: int) -> list[tuple[int, int]]:
    """[start, end) spans of the cells of a row's line (``text`` stands at ``start``)."""
    cells, position = [], 0
    for separator in [*CELL_SEPARATOR.finditer(text), None]:
        end = separator.start() if separator else len(text)
        attributes = CELL_ATTRIBUTES.match(text, position, end)
        cell = text[:end].rstrip()
        cell_start = len(cell) - len(cell[attributes.end() if attributes else position:].lstrip())
        if cell_start < len(cell):
            cells.append((start + cell_start, start + len(cell)))
        position = separator.end() if separator else end
    return cells


def _table_row(original: str, cells: list[tuple[int, int]]) -> Block | None:
    """A row as one line, as an HTML table's is read: "1848: The rising begins; Kellport"."""
    builder = BlockBuilder()
    for number, (start, end) in enumerate(cells):
        if number:  # the separator stands where the cell's "||" is
            builder.add_cell_break(number, original.rfind("|", 0, start))
        for kept in keep_outside(original, start, end, NOISE):
            builder.add_span(original, *kept)
    return builder.build("line")


def _people_field(original: str, offset: int, line: str) -> Block | None:
    """An infobox field naming people ("| commander = A", "- Commanders: A, B"), as a line; a
    <br> between two names reads as ";"."""
    field = FIELD.match(line) or LISTED_FIELD.match(line)
    if not field or not shapes.is_people_field(field.group(1)):
        return None
    builder = BlockBuilder()
    start = offset if line.lstrip().startswith("|") else offset + field.start(1)
    for piece in keep_outside(original, start, offset + len(line), NOISE):
        for start, end in keep_outside(original, *piece, LINE_BREAK):
            if builder.chars:
                builder.add("; ", start - 1)  # where the tag was
            for kept in keep_outside(original, start, end, shapes.FIELD_NOISE):
                builder.add_span(original, *kept)
    block = builder.build("line")
    value = re.split("[=:]", block.text, maxsplit=1)[-1] if block else ""
    named = any(ch.isalpha() for ch in value)
    return block if named else None  # "| children = 3": no one named


def _infobox_lines(texts: list[str]) -> set[int]:
    """An infobox is its opening line and the key/value lines after it: up to the next blank
    line, or, for a wiki template ("{{Infobox ..."), up to the line that closes its braces.
    Two or more "| key = value" lines in a row are an infobox without an opening line."""
    dropped: set[int] = set()
    inside = template = False
    depth = 0
    for i, line in enumerate(texts):
        if not inside and INFOBOX.match(line):
            inside, template, depth = True, "{{" in line, 0
        if not inside:
            if _in_field_run(texts, i):
                dropped.add(i)
            continue
        depth += line.count("{{") - line.count("}}")
        if not line.strip() and not (template and depth > 0):
            inside = False
            continue
        dropped.add(i)
        if template and depth <= 0:
            inside = False
    return dropped


def _in_field_run(texts: list[str], i: int) -> bool:
    """A "| key = value" line next to another: an infobox without its opening line."""
    return bool(FIELD.match(texts[i])) and any(
        FIELD.match(texts[k]) for k in (i - 1, i + 1) if 0 <= k < len(texts))
