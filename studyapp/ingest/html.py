"""HTML pages: text of headings, paragraphs and list items; scripts, navigation, headers,
footers, asides, forms and figure captions are boilerplate and dropped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from studyapp.ingest import lines as shapes
from studyapp.ingest.builder import BlockBuilder
from studyapp.model import Block

SKIPPED = {"script", "style", "nav", "header", "footer", "form", "noscript",
           "figcaption", "template", "svg", "button", "select", "iframe"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {"p", "li", "dd", "dt", "blockquote", "div", "section", "article",
          "main", "body", "pre", "tr", "ul", "ol", "table", "figure", "br", "title"}
CELLS = {"td", "th"}  # a table row reads as one line: "1862: Press law; Arle"
# Boilerplate by class or role, whatever the tag: infoboxes, navigation boxes, reference
# lists and marks, tables of contents, share bars, newsletter and related-story boxes, a wiki
# page's category links, a "cite this article" box.
BOILERPLATE = re.compile(
    r"\b(?:infobox|navbox|reflist|references|reference|mw-editsection|sidebar|toc|metadata|"
    r"noprint|hatnote|thumbcaption|caption|breadcrumbs?|share|social|newsletter|related|"
    r"advert\w*|cookie\w*|comments?|menu|navigation|nav|footer|header|byline|credit|"
    r"catlinks|categories|cite\w*|citation\w*)\b",
    re.IGNORECASE,
)
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "col", "embed"}
# Infoboxes and asides (fact boxes, pull quotes, teasers) are furniture but for their rows
# naming people ("Spouse | Piet Haskel (m. 1812)") or telling a life ("Born: 4 April 1770").
INFOBOX = re.compile(r"\binfobox\b", re.IGNORECASE)


class _Reader(HTMLParser):
    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
        self.original = original
        self.line_starts = [0]
        for i, ch in enumerate(original):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.blocks: list[Block] = []
        self.skip_depth = 0
        self.infobox_depth = 0
        # (tag, what it started: "skip", "infobox" or "")
        self.open_tags: list[tuple[str, str]] = []
        self.builder = BlockBuilder()
        self.kind, self.level = "paragraph", 0
        self.page_title = ""
        self.in_title = False
        self.cells = 0  # cells read so far in the current table row

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _flush(self) -> None:
        block = self.builder.build(self.kind, self.level)
        if block and self.infobox_depth:
            block = _fact_row(block) if block.kind == "line" else None
        elif block and block.kind == "line":
            block = _people_row(block) or block  # a row naming people, without its dates
        if block:
            if self.in_title:
                self.page_title = block.text
            else:
                self.blocks.append(block)
        self.builder = BlockBuilder()
        self.kind, self.level = "paragraph", 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in VOID:
            if tag == "br":  # names on lines of their own in an infobox's cell stay apart
                self.builder.add("; " if self.infobox_depth else " ", self._offset())
            return
        labels = " ".join(value or "" for name, value in attrs if name in ("class", "role", "id"))
        infobox = tag == "aside" or bool(labels and INFOBOX.search(labels))
        skips = not infobox and (tag in SKIPPED or bool(labels and BOILERPLATE.search(labels)))
        self.open_tags.append((tag, "skip" if skips else "infobox" if infobox else ""))
        self.infobox_depth += infobox
        if skips:
            self.skip_depth += 1
        elif tag in CELLS:
            if self.cells and self.builder.chars:
                self.builder.add_cell_break(self.cells, self._offset())
            self.cells += 1
        elif tag in HEADINGS or tag in BLOCKS or tag == "title":
            self._flush()
            if tag in HEADINGS:
                self.kind, self.level = "heading", HEADINGS[tag]
            elif tag in ("li", "tr"):
                self.kind = "line"
            if tag == "tr":
                self.cells = 0
            self.in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.open_tags):
            return  # a stray end tag
        closed_infobox = False
        while self.open_tags:
            open_tag, started = self.open_tags.pop()
            self.skip_depth -= started == "skip"
            closed_infobox = closed_infobox or started == "infobox"
            if open_tag == tag:
                break
        if tag in HEADINGS or tag in BLOCKS or closed_infobox:
            self._flush()
            self.in_title = False
        self.infobox_depth -= closed_infobox

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.builder.add(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, text: str) -> None:
        if not self.skip_depth:
            for ch in html.unescape(text):
                self.builder.add_char(ch, self._offset())


def _people_row(row: Block) -> Block | None:
    """A table's row naming people ("Spouse: Piet Haskel (m. 1812)") without its dates and
    brackets ("Spouse: Piet Haskel"): it names people and makes no event."""
    key, colon, value = row.text.partition(": ")
    if not colon or not shapes.is_people_field(key):
        return None
    builder = BlockBuilder()
    kept = 0
    for noise in [*shapes.FIELD_NOISE.finditer(row.text, len(key) + len(colon)), None]:
        end = noise.start() if noise else len(row.text)
        for i in range(kept, end):
            builder.add_char(row.text[i], row.offsets[i])
        kept = noise.end() if noise else end
    block = builder.build("line")
    return block if block and any(ch.isalpha() for ch in block.text.partition(": ")[2]) else None


def _fact_row(row: Block) -> Block | None:
    """The rows of an infobox or a fact box worth reading: people, or a birth or a death."""
    return _people_row(row) or (row if shapes.LIFE_LABEL.match(row.text) else None)


def read_html(original: str) -> tuple[str, list[Block]]:
    reader = _Reader(original)
    reader.feed(original)
    reader.close()
    reader._flush()
    texts = [block.text for block in reader.blocks]
    dropped = {i for i in shapes.furniture_lines(texts)
               if not (reader.blocks[i].kind == "heading" and reader.blocks[i].level == 1)}
    blocks = [block for i, block in enumerate(reader.blocks) if i not in dropped]
    first_heading = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    # "Headline | Site name": the page's <title> carries the site's name after a bar.
    page_title = re.sub(r"\s+[|·]\s+[^|·]*$", "", reader.page_title)
    return first_heading or page_title, blocks
