"""Shapes of single lines shared by the readers: page furniture, timeline entries, lists.

Everything here is decided by a line's shape (length, final punctuation, repetition,
slash-separated credits), never by what a particular text is about.
"""

from __future__ import annotations

import re
from collections import Counter

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
SEASONS = "Spring|Summer|Autumn|Fall|Winter"
ERA = r"(?:BCE|BC|B\.C\.|CE|AD|A\.D\.)"
# "March 9: ...", "February 18–26: ...", "June 12, the ...", "Autumn: ...", "1989: ..."
TIMELINE = re.compile(
    rf"^(?:(?:early|mid|late)[\s-]+)?(?:(?:\d{{1,2}}\s+)?(?:{MONTHS}|{SEASONS})\.?\b"
    rf"[\s\d,–—-]*(?:(?:{MONTHS})\.?[\s\d,–—-]*)?:\s|(?:{MONTHS})\.?\s+\d{{1,2}},\s+[a-z]"
    r"|\d{3,4}(?:\s*[–—-]\s*\d{2,4})?\s*:\s"
    rf"|(?:\d{{1,2}}\s+(?:{MONTHS})\s+)?\d{{1,4}}(?:\s*[–—-]\s*\d{{1,4}})?\s?{ERA}\s*:\s"
    # "June 28 – Archduke shot", "28 June 1914 — ...", "1914 – War": a dash after the date.
    rf"|(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{3,4}})?"
    rf"|\d{{3,4}}(?:\s?{ERA})?|(?:{SEASONS})(?:\s+\d{{3,4}})?)\s+[–—-]\s+\S)",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s+")
# A task list item's box, open or ticked ("[ ] Essay plan", "[x] Read ch. 3"): the note-taker's
# to-do, no study material.
TASK_BOX = re.compile(r"\s*\[[ xX]\]\s")
FINAL_PUNCTUATION = re.compile(r"[.!?:;…][\"'”’)\]]*$")
CREDIT = re.compile(r"^[^/.!?]{1,60}(?:\s/\s[^/.!?]{1,60})+$")
CAPTION_DATE = re.compile(
    rf",\s+(?:(?:{MONTHS})\.?\s+\d{{1,2}},\s+)?\d{{4}}\.?$|,\s+\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}\.?$",
    re.IGNORECASE,
)
LABEL_VALUE = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S+(?:\s+\S+){0,3}$")
# "Born: 10 December 1815, London": a note on a life, not a page's label.
LIFE_LABEL = re.compile(r"^(?P<label>born|died|birth|death)\s*:", re.IGNORECASE)
SKIP_LINK = re.compile(r"^(?:skip to\b|jump to\b|©|\(c\)\s|copyright\b)", re.IGNORECASE)
# The words of page menus and account links, standing alone on a line.
NAV_WORDS = re.compile(
    r"^(?:(?:open|close|main|toggle)\s+)?(?:menu|navigation|home|search|sign\s+in|sign\s+up|"
    r"log\s*in|log\s+out|subscribe|account|my\s+account|share|close|sections|more|"
    r"newsletters?|register|login|top|back\s+to\s+top|print|email|donate|contact|about|"
    r"help)(?:\s+menu)?$",
    re.IGNORECASE,
)
SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")
# A site's notice about itself: "Reader Notice: We use your address only to ...", "Cookie
# Settings: choose which cookies we may use".
PAGE_NOTICE = re.compile(
    r"^[A-Z][\w ]{0,30}:\s.*\b(?:cookies?|privacy|your\s+(?:e-?mail|address|inbox|data)|"
    r"unsubscribe|subscri(?:be|ption)|newsletter|terms\s+(?:of|and)\b)", re.IGNORECASE)
# Headings of sections that list sources and works: their lines name authors and titles.
REFERENCE_HEADING = re.compile(
    r"^(?:bibliography|references?|notes(?: and references)?|see also|external links|"
    r"(?:further |suggested |recommended |required )?(?:reading|viewing|listening)(?: list)?|"
    r"(?:further )?(?:reading|viewing) and (?:viewing|listening|reading)|sources|citations|"
    r"works cited|literature|footnotes|"
    r"(?:selected |major |published |principal )?(?:works|publications|writings|books)|"
    r"discography|filmography|(?:how to )?cite this (?:article|page|entry)):?$",
    re.IGNORECASE,
)
# A teaser box's label, inside or after a story; the titles it links to follow, a line each.
RELATED_LABEL = re.compile(
    r"^(?:related(?: stories| articles| coverage| content| links)?|read more|more on this story|"
    r"more stories|most read|from (?:our|the) archives?|you may also like)\s*:?$",
    re.IGNORECASE,
)
# A page's trail of sections: "Home > History > Europe", "News » World".
BREADCRUMB = re.compile(r"^[^<>»›.!?]{1,30}(?:\s[>»›]\s[^<>»›.!?]{1,30})+$")
# "Home | World | Europe", "News · Sport · Culture": three or more short items in a row.
MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
MENU_ITEMS = re.compile(r"^[^|·.!?]{1,24}(?:\s[|·]\s[^|·.!?]{1,24}){2,}$")


# Infobox fields that name people ("| commander1 = A B; C D", "Spouse: A B"): kept as lines
# whose people are read with the field as a role; the infobox's other fields are furniture.
PEOPLE_FIELDS = frozenset("""
commander leader spouse founder president monarch ruler head chairman chair director editor
author parents father mother children partner king queen emperor premier minister governor
chancellor predecessor successor general key_people
""".split())
# What a field naming people says besides names: "(m. 1830)", "1", dates. Left out, so that
# the line holds no date and makes no event.
FIELD_NOISE = re.compile(r"\([^()]*\)|\d+")


def is_people_field(key: str) -> bool:
    """ "spouse", "Key people", "leaders" (several people)."""
    key = key.lower().strip().replace(" ", "_")
    return key in PEOPLE_FIELDS or key.endswith("s") and key[:-1] in PEOPLE_FIELDS


def word_count(line: str) -> int:
    return len(line.split())


REFERENCE_MARK = re.compile(r"(?:\[\d{1,3}\]|\[[a-z ]{4,30}\])+\s*$")


def is_unpunctuated(line: str) -> bool:
    line = line.rstrip()
    if "[" in line:  # the mark's pattern is slow to try along a whole line
        line = REFERENCE_MARK.sub("", line)
    return not FINAL_PUNCTUATION.search(line)


def is_reference_heading(heading: str) -> bool:
    """ "Bibliography", "Further reading", "Selected works": a section of sources."""
    return REFERENCE_HEADING.match(heading.strip()) is not None


def is_timeline(line: str) -> bool:
    return bool(TIMELINE.match(line.strip()))


def is_credit(line: str) -> bool:
    """Photo credits: "Name / Agency / Agency", short capitalised parts joined by slashes."""
    line = line.strip()
    if not CREDIT.match(line):
        return False
    return all(part[:1].isupper() for part in line.split(" / "))


def is_caption_with_date(line: str) -> bool:
    """A caption line: no sentence punctuation inside and a trailing ", <date>"."""
    line = line.strip()
    return bool(CAPTION_DATE.search(line)) and not SENTENCE_INSIDE.search(line)


def is_navigation(line: str) -> bool:
    """Menu crumbs, labels and notices: one lowercase word, "skip to ...", "© 2024 ...",
    "Label: value"."""
    line = line.strip()
    if SKIP_LINK.match(line) or BREADCRUMB.match(line) or MENU_ITEMS.match(line):
        return True
    if all(NAV_WORDS.match(item.strip()) for item in MENU_SEPARATOR.split(line)):
        return True  # "Search", "Sign in · Donate"
    if " " not in line and line.islower() or PAGE_NOTICE.match(line):
        return True
    return bool(LABEL_VALUE.match(line)) and is_unpunctuated(line) and not is_timeline(line) \
        and not LIFE_LABEL.match(line) and not is_people_field(line.partition(":")[0])


def repeated_lines(lines: list[str]) -> set[str]:
    """Lines that occur more than once (captions and teaser boxes printed twice)."""
    counts = Counter(line.strip() for line in lines if word_count(line) >= 3)
    return {line for line, count in counts.items() if count > 1}


def furniture_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are page furniture rather than the text itself."""
    repeated = repeated_lines(lines)
    dropped: set[int] = set(_menu_lines(lines)) | _related_boxes(lines)
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or is_timeline(text) or LIST_ITEM.match(line):
            continue
        if text in repeated or is_navigation(text) or is_credit(text):
            dropped.add(i)
            if is_credit(text):
                caption = _previous_nonblank(lines, i)
                if caption is not None and _caption_shaped(lines[caption]):
                    dropped.add(caption)
        elif is_unpunctuated(text) and is_caption_with_date(text):
            dropped.add(i)
    return dropped


def _related_boxes(lines: list[str]) -> set[int]:
    """ "Read more" or "Related", then the titles of other stories: list items, quoted or
    unpunctuated lines, up to a blank line or a sentence."""
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if not RELATED_LABEL.match(line.strip()):
            continue
        dropped.add(i)
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1  # the list may stand apart from its label
        while j < len(lines) and lines[j].strip() and (
                LIST_ITEM.match(lines[j]) or lines[j].lstrip().startswith(">")
                or is_unpunctuated(lines[j].strip())):
            dropped.add(j)
            j += 1
    return dropped


def _caption_shaped(line: str) -> bool:
    """What stands above a photo credit: one short phrase or sentence."""
    text = line.strip()
    return word_count(text) <= 40 and not SENTENCE_INSIDE.search(text.rstrip("."))


def _menu_lines(lines: list[str]) -> list[int]:
    """A page's menu: the run of short lines at its very top ("Skip to content", "World")."""
    run: list[int] = []
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            if run:
                break
            continue
        if is_navigation(text):
            run.append(i)  # "Skip to main content" among the menu's words
            continue
        if word_count(text) > 3 or not is_unpunctuated(text) or text[0] in "=#" or \
                any(ch.isdigit() for ch in text):
            break
        run.append(i)
    return run if len(run) >= 2 else []


def _previous_nonblank(lines: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return j
    return None


# "— Ana Ruiz, museum director": who said the quotation above.
ATTRIBUTION = re.compile(r"^[—–―-]\s*[A-Z]")


def is_soft_heading(line: str) -> bool:
    """A short line without final punctuation between paragraphs acts as a heading, unless a
    sentence ends inside it (a paragraph cut short)."""
    text = line.strip()
    return is_unpunctuated(text) and word_count(text) <= 15 and not is_timeline(text) \
        and not SENTENCE_INSIDE.search(text) and not ATTRIBUTION.match(text) \
        and not LIFE_LABEL.match(text)


def is_title_line(line: str) -> bool:
    """A first line that names the document: unpunctuated, one phrase, not too long."""
    text = line.strip()
    return (
        is_unpunctuated(text)
        and word_count(text) <= 30
        and not SENTENCE_INSIDE.search(text)
        and not is_timeline(text)
    )
