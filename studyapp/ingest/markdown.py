"""Markdown notes: YAML front matter, `#` headings, `[[wiki|links]]`, inline HTML (timestamp
anchors), `> [!INFO]` callouts, lists."""

from __future__ import annotations

import re

from studyapp.ingest import lines as shapes
from studyapp.ingest.builder import BlockBuilder, block_from_spans
from studyapp.ingest.plaintext import NOISE, split_lines
from studyapp.model import Block

FRONT_MATTER = re.compile(r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|\Z)",
                          re.DOTALL)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
QUOTE = re.compile(r"^\s*>\s?")
CALLOUT = re.compile(r"\[![A-Za-z-]+\][+-]?\s*")
# Inline markup. An anchor whose text is a timestamp goes entirely; other tags lose only
# themselves; a wiki link keeps its label (after "|") or else its target.
TIMESTAMP_ANCHOR = re.compile(r"<a\b[^>]*>\s*\[?\d{1,2}(?::\d{2}){1,2}\]?\s*</a>", re.IGNORECASE)
TIMESTAMP = re.compile(r"\[\d{1,2}(?::\d{2}){1,2}\]")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\]")  # "[^1]": a note's mark, not text
FOOTNOTE = re.compile(r"^\s{0,3}\[\^[^\]\s]{1,20}\]:")  # the note itself: a reference
TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->|>\s*\[![A-Za-z-]+\][+-]?")
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
WIKI_LINK = re.compile(r"\[\[([^\]|]*)(?:\|([^\]]*))?\]\]")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
INLINE = re.compile(
    "|".join(p.pattern for p in (TIMESTAMP_ANCHOR, TIMESTAMP, FOOTNOTE_MARK, TAG, WIKI_LINK,
                                 MD_LINK, NOISE, EMPHASIS)),
    re.IGNORECASE,
)
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^[\s|:-]+$")


def read_markdown(original: str) -> tuple[str, list[Block]]:
    title, body_start = _front_matter_title(original)
    blocks: list[Block] = []
    paragraph: list[tuple[int, int]] = []
    in_fence = in_footnote = False

    def flush() -> None:
        if paragraph:
            block = block_from_spans(_inline_spans(original, paragraph), original, "paragraph")
            if block:
                blocks.append(block)
            paragraph.clear()

    lines = split_lines(original[body_start:])
    for i, (offset, line) in enumerate(lines):
        offset += body_start
        if FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if FOOTNOTE.match(line) or (in_footnote and line[:1] in (" ", "\t") and line.strip()):
            flush()
            in_footnote = True  # a footnote and the indented lines that go on with it
            continue
        in_footnote = False
        if TABLE_ROW.match(line):
            flush()
            # The row above the rule names the columns ("| Year | Event |"): it tells nothing.
            header = i + 1 < len(lines) and TABLE_RULE.match(lines[i + 1][1])
            block = None if header else _table_row(original, offset, line)
            if block:
                blocks.append(block)
            continue
        quote = QUOTE.match(line)
        start = quote.end() if quote else 0
        callout = CALLOUT.match(line, start)
        if callout:
            start = callout.end()
        text = line[start:]
        if not text.strip():
            flush()
            continue
        heading = HEADING.match(text)
        item = shapes.LIST_ITEM.match(text)
        if item and shapes.TASK_BOX.match(text, item.end()):
            flush()
            continue  # "- [ ] Essay plan", "- [x] Read ch. 3": the note-taker's to-do
        if item and CALLOUT.match(QUOTE.sub("", text[item.end():], count=1)):
            item, callout = None, True  # "- > [!TIP] ...": a remark, not a note
            start += shapes.LIST_ITEM.match(text).end()
        if heading or item or callout:
            flush()
            if heading:
                begin, end, kind = start + heading.start(2), start + heading.end(2), "heading"
                level = len(heading.group(1))
            else:
                begin = start + (item.end() if item else 0)
                end, kind, level = len(line), ("line" if item else "heading"), 0
            block = block_from_spans(_inline_spans(original, [(offset + begin, offset + end)]),
                                     original, kind, level)
            if block:
                blocks.append(block)
                if kind == "heading" and level == 1 and not title:
                    title = block.text
        else:
            paragraph.append((offset + start, offset + len(line)))
    flush()
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading" and b.level), "")
    return title, blocks


def _table_row(original: str, offset: int, line: str) -> Block | None:
    """A table row reads as a line: "| 1914 | War begins |" -> "1914: War begins"."""
    if TABLE_RULE.match(line):
        return None
    builder = BlockBuilder()
    pipes = [offset + i for i, ch in enumerate(line) if ch == "|"]
    for number, (start, end) in enumerate(zip(pipes, pipes[1:], strict=False)):
        cell = [(a, b) for a, b in _inline_spans(original, [(start + 1, end)]) if b <= end]
        if number and builder.chars:
            if builder.chars[-1] == " ":
                builder.chars.pop()
                builder.offsets.pop()
            builder.add_cell_break(number, start)
        for cell_start, cell_end in cell:
            builder.add_span(original, cell_start, cell_end)
    return builder.build("line")


def _front_matter_title(original: str) -> tuple[str, int]:
    match = FRONT_MATTER.match(original)
    if not match:
        return "", 0
    from ruamel.yaml import YAML, YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(match.group(1))
    except YAMLError:
        data = None
    title = data.get("title") if isinstance(data, dict) else None
    return (str(title).strip() if title else ""), match.end()


def _inline_spans(original: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of text left once inline markup is removed; wiki links keep their label."""
    spans = []
    for start, end in lines:
        pos = start
        for match in INLINE.finditer(original, start, end):
            if match.start() > pos:
                spans.append((pos, match.start()))
            label = _label_group(match)
            if label is not None:
                spans.append(label)
            elif LINE_BREAK_TAG.fullmatch(match.group()):
                spans.append((match.start(), match.start()))  # reads as a space
            pos = match.end()
        if pos < end:
            spans.append((pos, end))
        if end < len(original):
            spans.append((end, end + 1))  # the line break reads as a space
    return spans


def _label_group(match: re.Match) -> tuple[int, int] | None:
    text = match.group()
    if text.startswith("[["):
        inner = WIKI_LINK.fullmatch(text)
        group = 2 if inner.group(2) is not None else 1
        s = match.start() + inner.start(group)
        e = match.start() + inner.end(group)
        return s, e
    if text.startswith("[") or text.startswith("!["):
        inner = MD_LINK.fullmatch(text)
        if inner:
            return match.start() + inner.start(1), match.start() + inner.end(1)
    return None
