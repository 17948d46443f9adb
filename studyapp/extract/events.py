"""Dated events of documents: one event per dated happening a sentence states.

A document is read in order. Headings are context, never events: a heading that names a
year (``=== 1988 ===``, ``## 1761 - 1764 Rising``) anchors the year-less dates under it,
and reference sections (bibliography, notes, see also ...) are skipped. Every date
expression of a sentence gives one event, except a coarse date that merely contains a finer
one of the same sentence ("On May 20: the 1990 election" is one event on May 20).
"""

from __future__ import annotations

import bisect
import re
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date

from studyapp.extract.dates import (
    NAMED_YEAR,
    PAST_FINITE,
    THING_NOUN,
    DateContext,
    DateMention,
    find_dates,
    may_hold_dates,
    tells_early_years,
)
from studyapp.extract.merge import content_words, merge_events
from studyapp.extract.numbers import key_numbers
from studyapp.extract.sentences import sentences
from studyapp.extract.statements import (
    BOTH_BEFORE,
    COORDINATION,
    SENTENCE_STOP,
    capitalised,
    statements,
    tidy,
)
from studyapp.ingest.lines import LIFE_LABEL, TASK_BOX, is_reference_heading, is_timeline
from studyapp.model import Block, DateSpan, Document, Event, Figure, Source, Ymd

# Study sections of notes (exam tips, questions, a glossary): advice and terms, no happenings;
# sections of sources are skipped too (lines.is_reference_heading).
STUDY_SECTION = re.compile(
    r"^(?:(?:exam|revision|study)\s+tips?|(?:(?:practice|review|revision|exam)\s+)?questions|"
    r"quiz|self[- ]test|flashcards|glossary|key terms|vocabulary)$",
    re.IGNORECASE,
)
# Study aids in notes: "Key term: ...", "Exam tip: ..." define or advise, they tell nothing.
STUDY_LABEL = re.compile(
    r"^(?:key(?:\s+(?:term|idea|point|concept|theme|question|word)s?)?|definitions?|terms?|"
    r"vocabulary|glossary|remember|tips?|exam\s+tips?|mnemonic|questions?|"
    r"essay\s+questions?|revision)\s*:",
    re.IGNORECASE,
)
# Advice to the learner: "Know the dates 1815 and 1848", "Do not confuse X (1856) with ...",
# "Compare with the rising of 1848".
STUDY_ADVICE = re.compile(
    r"^(?:know|remember|learn|revise|memori[sz]e|note\s+that|compare|contrast|cf\.|"
    r"don['’]t\s+(?:forget|confuse|mix)|"
    r"do\s+not\s+(?:forget|confuse|mix)|be\s+(?:sure|careful|able)|make\s+sure)\b",
    re.IGNORECASE)
# "1974 = invasion; 1983 = declared.": a mnemonic of dates to learn, no happening.
MNEMONIC = re.compile(r"\W*\d{3,4}\s*=\s")
# "Was the war inevitable after the 1970 election? X says not before March 1.": a study
# question opening a notes line, and what someone answers to it.
OPENING_QUESTION = re.compile(r"\W*(?:Was|Were|Is|Are|Did|Do|Does|Had|Has|Have|Could|Would|"
                              r"Should|Can|Why|How|What|When|Who|Which|Where)\s[^.!?]*\?\s")
# "Essays due Friday 6 March, 17:00": a course's deadline, no happening.
DEADLINE = re.compile(r"\bdue\s+(?:on\s+|by\s+)?"
                      r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+(?:at\s+)?\d{1,2}:\d{2}"
                      r"(?!\s*[ap]\.?m)", re.IGNORECASE)
REMEMBER_THAT = re.compile(r"(?:remember|recall|note)\s+(?:that\s+)?(?=(?-i:[A-Z])|the\s)",
                           re.IGNORECASE)
# "The 1761 Charter is often confused with the 1779 Accord": a warning to the learner.
CONFUSED = re.compile(r"\b(?:confused|mixed\s+up)\s+with\b|\bnot\s+to\s+be\s+confused\b")
# A callout or list item that opens "Further reading: ..." lists works, it tells nothing; a
# newspaper's "Correction: ..." note tells about the article.
REFERENCE_LABEL = re.compile(
    r"^(?:further\s+)?(?:reading|readings|sources?|references?|bibliography|see\s+also|"
    r"works\s+cited|literature|corrections?|clarifications?|editor['’]s\s+note)\s*:",
    re.IGNORECASE)
# "Surname, Given (1994). Title ...", "Surname, Given. Title. Publisher, 1994." and catalogue
# lines are references wherever they stand.
REFERENCE_SHAPE = re.compile(
    r"[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|van|von|de|der|del|la|le)){0,3},\s+"
    r"(?!(?:The|A|An|His|Her|Its|Their)\b)[A-Z][\w. '’-]{0,40}(?:;[^()]*)?\s*\(\d{4}[a-z]?\)"
    r"|[A-Z][\w'’-]+,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)*\.\s+[^.]{2,120}\.\s+"
    r"[^.]{2,80},\s+\d{4}\.?$"
)
# ... and catalogue marks anywhere in the line (looked for only when their words are there).
REFERENCE_MARK = re.compile(
    r"\bISBN\b|\bdoi:|\bretrieved\s+\w+\s+\d|(?:^|[;(]\s*)see\s+[^.;]*\(\d{4}\)",
    re.IGNORECASE)
# "Smith J., *Rivers of Iron*, Harbour Press, 2012": authors, then a title in italics (seen in
# the original's markup), opening a line or a callout.
ITALIC_TITLE_AFTER_AUTHOR = re.compile(r"[A-Z][\w.'’ &-]{0,60}(?:\s*\((?:eds?|trans|comp)\.?\))?,"
                                       r"\s*(?:\*{1,2}|_)[^*_\n]{2,}[*_]")  # "Ann Roe (ed.), *X*"
# The words a catalogue mark needs: looking for them in the lower-cased text first is much
# faster than the pattern.
REFERENCE_WORDS = ("isbn", "doi:", "retrieved", "see")

TOLLS = {"people killed", "people injured", "people displaced", "people arrested"}
ADJECTIVE_OF_PLACE = re.compile(r"(?:ian|ean|ese|ish|ic|i)$")
PLACE = re.compile(
    r"\b(?:in|at|near|from|to|into|across|outside|around)\s+"
    r"([A-Z][\w’'-]+(?:\s+(?:(?:de|of|del|la|le)\s+)?[A-Z][\w’'-]+)*)"
)
NOT_PLACE_WORDS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Autumn|Fall|Winter|The|A|An|His|Her|Their|Its|This|That|These|"
    r"Those|Parliament|Congress|Government|Council|Committee|Party|Army|War|Revolution|"
    r"Treaty|Union|Senate|Court|University)\b"
)


@dataclass
class _Reading:
    """The state carried while reading one document in order."""

    document: Document
    context: DateContext
    skipping_level: int | None = None
    heading_anchor: DateSpan | None = None  # the year a heading such as "=== 1988 ===" gives
    heading_anchor_level: int = 0
    heading_span: DateSpan | None = None  # the whole interval that heading names
    in_lead: bool = True  # before the first section heading: the summary of the text
    lead_paragraphs: int = 0  # paragraphs read in the lead, where the subject's lifespan stands
    life: set[int] = field(default_factory=set)  # ids of the subject's birth and death events
    # The happenings told so far: each statement with its date.
    told: list[tuple[str, DateSpan]] = field(default_factory=list)
    # The words of the statements of ``told`` (worked out once each, as recall needs them).
    told_words: list[set[str]] = field(default_factory=list)
    told_on: dict[int, str] = field(default_factory=dict)  # see document_events
    # An undated section has begun and no date has been read in it yet: see _day_told_before.
    new_section: bool = False

    def recall(self, clause: str) -> DateSpan | None:
        """The date of the latest happening told whose statement has the clause's words: two
        of them, or a name said of no other happening ("the same year he entered the Academy")."""
        words, plain = content_words(clause)
        names = words - plain
        self.told_words.extend(content_words(statement)[0]
                               for statement, _ in self.told[len(self.told_words):])
        told = [(told_words, span) for told_words, (_, span) in zip(self.told_words, self.told,
                                                                    strict=True)]
        best: tuple[int, DateSpan] | None = None
        for told_words, span in reversed(told):
            shared = words & told_words
            rare_name = len(shared) == 1 and shared <= names and \
                sum(1 for other, _ in told if shared <= other) == 1 and \
                _whole_name(clause, shared, told_words)
            if (len(shared) >= 2 or rare_name) and (best is None or len(shared) > best[0]):
                best = (len(shared), span)
        return best[1] if best else None


# A name of capitalised words, joined by "and", "of" or "the" ("Orm and Vell").
NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the)\s+)*[A-Z][\w'’-]*)*")


def _whole_name(clause: str, shared: set[str], told_words: set[str]) -> bool:
    """Whether the one name word a clause shares with a happening told is its whole name there
    ("began at the Academy" / "entered the Naval Academy"), not part of another name ("founded
    Orm and Vell" / "the oil companies"; "the Vell Harbour Prize" / "Harbour of Orm")."""
    for run in NAME_RUN.findall(clause):
        stems = content_words(run)[0]
        if stems & shared:
            return stems <= told_words
    return True


def find_events(documents: list[Document], figures: list[Figure]) -> list[Event]:
    """Events of every document, the same happening merged into one event with its sources."""
    events: list[Event] = []
    roles: dict[int, str] = {}
    told_on: dict[int, str] = {}
    people = _People(figures)
    for document in documents:
        for event, role in document_events(document, people, told_on):
            events.append(event)
            roles[id(event)] = role
    return merge_events(events, roles, told_on)


def document_events(document: Document, people: _People,
                    told_on: dict[int, str] | None = None) -> list[tuple[Event, str]]:
    """The events of one document in reading order, each with where it was read: "lead"
    (before the first section heading), "timeline" (a dated timeline line), "body", or "life"
    (the birth or death of the person the text opens with) or "summary" ("Forty years ago,
    dockers walked out": folded into the telling of that happening with its day) or "ahead"
    (after the story's date line: "the families will meet on Saturday"). ``told_on`` gets
    the undated sentence after an event's, which goes on telling it, by ``id(event)``."""
    text = " ".join(block.text for block in document.blocks)
    reading = _Reading(document, DateContext(dateline=dateline(document.original),
                                             early_years=tells_early_years(text)))
    reading.told_on = told_on if told_on is not None else {}
    reading.context.recall = reading.recall
    events: list[tuple[Event, str]] = []
    # In a text of marked sections, a short loose line above the first paragraph is a tagline
    # ("From the archive"), not a section: the lead has not begun yet.
    taglines_possible = any(b.kind == "heading" and b.level >= 2 for b in document.blocks)
    told_text = heading_read = False
    for block in document.blocks:
        year_line = not block.level and _is_year_line(reading, block.text)
        if block.kind == "heading":
            # the document's title, also after page furniture ("Sign in · Donate")
            title = block.level == 1 and not heading_read
            heading_read = True
            if not title and (block.level > 0 or told_text or not taglines_possible):
                reading.in_lead = False
            _enter_heading(reading, block, year_line, title)
        elif reading.skipping_level is None and year_line:  # "1571" alone on its line
            _enter_heading(reading, block, year_line)
        elif reading.skipping_level is None:
            told_text = told_text or block.kind == "paragraph"
            role = "lead" if reading.in_lead else \
                "timeline" if block.kind == "line" and (
                    is_timeline(CIRCA.sub("", block.text)) or reading.heading_span is not None
                    or RANGE_ENTRY.match(block.text)) else "body"
            ahead = reading.context.dateline  # what is told after it is still to come
            events.extend((event, "life" if id(event) in reading.life else
                           "summary" if event.span.text.endswith(" ago") else
                           "ahead" if ahead and event.span.start > ahead else role)
                          for event in _block_events(reading, block, people))
    return events


# "1962–1964 – Strengthening works": a timeline entry of a span of years.
CIRCA = re.compile(r"^\s*(?:c\.|ca\.|circa)\s*")  # "c. 612 BC – ...": a timeline line too
RANGE_ENTRY = re.compile(r"\s*\d{3,4}\s*[–—-]\s*\d{2,4}\s+[–—-]\s+\S")
# A line that is only a year or a span of years ("1571", "1918–1920") standing as a heading:
# the year of the timeline lines under it, like "=== 1571 ===".
YEAR_LINE = re.compile(r"(?P<year>\d{3,4})(?:\s*[–—-]\s*\d{2,4})?"
                       r"(?P<era>\s+(?:BCE?|AD|CE))?:?")


def _is_year_line(reading: _Reading, text: str) -> bool:
    """Whether ``text`` is a year line; three digits alone ("212") are a year only in a text
    telling early years, elsewhere a page number copied from a PDF."""
    match = YEAR_LINE.fullmatch(text.strip())
    return match is not None and (len(match["year"]) == 4 or match["era"] is not None
                                  or reading.context.early())


def _enter_heading(reading: _Reading, block: Block, year_line: bool,
                   title: bool = False) -> None:
    """Enter a heading, or a line standing as one (``year_line``: a year alone on its line)."""
    level = block.level or 99
    if reading.skipping_level is not None and level <= reading.skipping_level:
        reading.skipping_level = None
    if (is_reference_heading(block.text) or STUDY_SECTION.match(block.text.strip())) \
            and not title:
        reading.skipping_level = level
        return
    if not block.level and not year_line:
        return  # a short line standing as a heading, a callout's title: no section of its own
    if reading.heading_anchor and level <= reading.heading_anchor_level:
        reading.heading_anchor = reading.heading_span = None
    mentions = find_dates(block.text, DateContext(reading.context.last, bare_years=True))
    anchors = [m.span for m in mentions if m.explicit and m.span.precision in ("year", "range")]
    named_year = NAMED_YEAR.search(block.text)
    if not anchors and named_year and block.level:
        # "Rising of 1761" names a thing in a sentence, but a heading so named is set then.
        year = int(named_year.group())
        anchors = [DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year", named_year.group())]
    if title:
        if anchors:
            reading.context.last = anchors[0]
        return
    reading.new_section = not anchors
    if not anchors and reading.heading_anchor and level > reading.heading_anchor_level:
        reading.heading_span = None  # "### Key people" under "## 1789 - 1792": not dated notes
    if anchors:
        span = anchors[0]
        # A range heading anchors its first year: "1789 - 1792" gives "In July" 1789.
        reading.heading_anchor = DateSpan(span.start, span.start._replace(month=12, day=31),
                                          "year", span.text)
        reading.heading_anchor_level = level
        reading.heading_span = span
        reading.context.last = reading.heading_anchor


def _block_events(reading: _Reading, block: Block, people: _People) -> list[Event]:
    if reading.in_lead and block.kind == "paragraph":
        reading.lead_paragraphs += 1
    if _reference_shaped(block.text) or STUDY_LABEL.match(block.text) or \
            CAPTION_LABEL.match(block.text) or \
            DATELINE.fullmatch(block.text) or \
            REFERENCE_LABEL.match(block.text) or _cites_a_work(reading.document, block):
        return []
    dated_note = block.kind == "line" and reading.heading_span is not None
    if not dated_note and not may_hold_dates(block.text):
        reading.context.day_before = reading.context.past_day_before = False
        return []  # most paragraphs of a long text name no date: no need to split them
    events = []
    context = reading.context
    context.day_in_paragraph = False
    context.present = context.dateline is not None and _in_present(block.text, context.dateline)
    before = (context.last, context.last_day)
    read: list[DateMention] = []
    subject: str | None = None  # the key figure the sentence before opens with
    lifespan: tuple[int, int] | None = None
    lead_in: DateSpan | None = None  # a sentence's only date, relative and coarse
    if reading.in_lead and block.kind == "paragraph" and not reading.life:
        lifespan, events = _subject_lifespan(reading, block, people)
        reading.life.update(id(event) for event in events)
    # "LISBON — March 4, 2019 — Forty-five years on, ...": the story's date, not a happening's.
    lead = DATELINE_LEAD.match(block.text)
    dateline_end = lead.end() if lead else 0
    last_told: list[Event] = []  # the events of the sentence before
    date_said: tuple[DateMention, Source] | None = None  # "It was 9 May 1921." (see below)
    for start, end in sentences(block):
        text = block.text[start:end]
        remembered = REMEMBER_THAT.match(text)
        if remembered and CLAUSE_VERB.search(text, remembered.end()):
            # "Remember Kellport volunteers brought the song to the capital in July 1792": the
            # learner is told a happening
            text = " " * remembered.end() + text[remembered.end():]
        colon = text.rfind(": ")
        if colon > 0 and text.rstrip().endswith("?") and "?" not in text[:colon]:
            # "... went to the polls to answer one question: should the general stay?": what
            # happened, told before the question it put
            text = text[:colon] + " " * (len(text) - colon)
        if _reference_shaped(text) or STUDY_ADVICE.match(text) or ABOUT_THE_PAGE.match(text) \
                or text.rstrip().endswith("?") or TASK_BOX.match(text) or MNEMONIC.match(text) \
                or block.kind != "paragraph" and OPENING_QUESTION.match(text) \
                or ("confus" in text or "mixed up" in text) and CONFUSED.search(text) \
                or "due" in text and DEADLINE.search(text) or _habit(text):
            continue  # a question asks, it tells no happening
        told_before = len(events)
        if start < dateline_end:
            # The story's date opening the paragraph is no date of what the paragraph tells.
            text = " " * (min(dateline_end, end) - start) + text[dateline_end - start:]
        context = _context_for(reading, block, text)
        found = find_dates(text, context)
        if reading.new_section and found:
            found = [_day_told_before(reading, mention) for mention in found]
            reading.new_section = False
        read.extend(found)
        mentions = [_until_death(m, text, reading.context.subject_death)
                    for m in _happenings(text, found, context.dateline)]
        if len(mentions) == 1 and _life_subtitle(text, mentions[0]):
            mentions = []
        if block.kind == "line":
            _move_section_year(reading, mentions, text)
        if context is not reading.context and not text.startswith("(") and context.last:
            # The next line that is not a timeline entry ("The same year, ...") counts from
            # this entry's date.
            reading.context.last, reading.context.last_day = context.last, context.last_day
        if lifespan and start <= lifespan[0] < end:
            mentions = [m for m in mentions
                        if not lifespan[0] <= start + m.start < lifespan[1]]
        # The sentence without markup, and where it stands in the original (to_json gives the
        # original's characters there too).
        source = Source(reading.document.name, text, block.span(start, end))
        if not mentions and block.kind == "line" and reading.heading_span and \
                len(text.split()) >= 3 and not text.rstrip().endswith(":") and \
                not _table_row(reading.document, block) and not LIFE_ENTRY.match(text):
            # A note under "## 1761 - 1764 Rising" happened in those years (a table's row
            # without a date of its own names things: "Ivo | Upper Vell").
            statement = capitalised(tidy(text))
            events.append(_event(DateMention(0, 0, _after_told(reading, text), True), statement,
                                 text, source, people))
        if date_said is not None and not mentions and CLAUSE_VERB.search(text):
            # "It was Friday 9 May 1921. A gale had driven the ships ashore.": the sentence
            # after a date said alone tells what happened then.
            events.append(_event(date_said[0], capitalised(tidy(text)), text, source, people))
            events[-1].sources.insert(0, date_said[1])
        date_said = None
        if lead_in is not None and _restates(lead_in, text, mentions):
            del events[-1]  # "It began eight years earlier. On May 25, 1961, ...": said twice
        lead_in = mentions[0].span if len(mentions) == 1 and mentions[0].relative and \
            mentions[0].span.precision in ("year", "month") else None
        told = text
        if lifespan and start <= lifespan[0] < end:  # the subject's life, told as events above
            told = text[:lifespan[0] - start] + " " * (lifespan[1] - lifespan[0]) + \
                text[lifespan[1] - start:]
        for mention, statement in statements(told, mentions):
            if _summary(text, mention):  # "The spring of 1703 was the wettest ..., and ..."
                statement = _after_summary(text, mention)
            if STATE.fullmatch(statement) or _state_by(text, mention, statement):
                continue  # "She was a typist that year": how things stood, no happening
            if DATE_SAID.fullmatch(statement) and len(mentions) == 1:
                date_said = (mention, source)
                continue
            statement = _life_label(text, reading.document.title) or \
                _death_named(text, mention) or _named_subject(statement, subject, text)
            same_time = SAME_TIME_CLAUSE.match(text, mention.end)
            if same_time:  # "set out in 1721, the year the capital was moved": that too
                statement = statement.replace(same_time.group().strip(" ,"), "").rstrip(" ,")
                events.append(_event(mention, capitalised(tidy(same_time.group("clause"))), text,
                                     source, people))
            events.extend(_event(mention, part, text, source, people)
                          for part in _shared_by(text, mention, statement) or
                          _told_together(statement, text, block, mentions))
            reading.told.append((statement, mention.span))
        if "(b" in text and CHILDREN.search(text):
            events.extend(_children_born(text, source, people))
        subject = people.opening(text)
        if not mentions and events:
            # "On 3 May the river rose. Around 35 people were killed.": the toll belongs to
            # the happening just told.
            last = events[-1]
            last.numbers.extend(n for n in key_numbers(text)
                                if n.unit in TOLLS and n not in last.numbers)
        if mentions or len(events) > told_before:
            last_told = events[told_before:]
        else:  # "On 28 March the governor spoke. He demanded the stool.": the same telling
            reading.told_on.update((id(event), text) for event in last_told)
            last_told = []
    reading.context.present = False
    # "At first nobody moved. Around 3 p.m. ..." in the next paragraph goes on with a day told
    # here (in a text with no date line, whose paragraphs do not jump to the story's present).
    days = [m.span for m in read if m.span.precision == "day"]
    reading.context.day_before = reading.context.dateline is None and bool(days)
    # A news story telling a day of long ago: "... the lines were dropped at 7:21 p.m." in the
    # next paragraph goes on with it.
    reading.context.past_day_before = bool(days) and reading.context.dateline is not None and \
        days[-1].start.year < reading.context.dateline.year - 1
    if _stays_in_present(reading.context.dateline, before[0], read):
        reading.context.last, reading.context.last_day = before
    if len(read) >= 2 and BORN_THEN_DIED.match(block.text):
        # "Born 3 May 1790 – Died 9 June 1850": the life told next starts from the birth ("her
        # brother had been born the year before"), not from the death.
        reading.context.last = read[0].span
        reading.context.last_day = read[0].span if read[0].span.precision == "day" else None
    return events


# "Reports often give the old tally, a week behind the new one": what is usually
# so, told in the present with no verb in the past, is no happening.
HABIT_WORDS = ("often", "usually", "generally", "typically", "commonly", "normally")
HABIT = re.compile(rf"\b(?:{'|'.join(HABIT_WORDS)})\s+(?!(?:was|were|had|did)\b)[a-z]+(?<!ed)\b")


def _habit(text: str) -> bool:
    # Looking for the words first spares the search of most sentences, which have none.
    return any(map(text.__contains__, HABIT_WORDS)) and HABIT.search(text) is not None and \
        PAST_FINITE.search(text) is None


BORN_THEN_DIED = re.compile(r"^\W*Born\s[^.;]{0,60}?\bDied\s[^.;]{0,60}$", re.IGNORECASE)


# Page furniture telling of the page itself: "This story was first published on 2 March
# 2023", "An earlier version of this article appeared on ...".
ABOUT_THE_PAGE = re.compile(
    r"\W*(?:This\s+|(?:An?|The)\s+(?:[a-z]+\s+)?version\s+of\s+this\s+)"
    r"(?:story|article|report|piece|feature|interview|essay|page)\b[^.;]{0,40}?"
    r"\b(?:published|updated|appeared|printed|posted|corrected)\b"
    # "Lecture video uploaded 2021-11-03": when the recording the notes follow was put online
    r"|\W*(?:[A-Z][a-z]+\s+)?(?:video|recording|podcast|episode|livestream)\s+(?:was\s+)?"
    r"(?:uploaded|posted|streamed)\b")


def _day_told_before(reading: _Reading, mention: DateMention) -> DateMention:
    """A day without a year opening an undated section ("== Losses == Losses on 8 June were
    light") is the day of that date told before (the battle's, "8 June 1644"), not of the
    year the section before ended in, a year on ("made an earl in 1645"); years later the day
    is more likely an anniversary or a coincidence."""
    span = mention.span
    if span.precision != "day" or re.search(r"\d{3}", span.text):
        return mention
    told = next((day for _, day in reading.told if day.precision == "day"
                 and (day.start.month, day.start.day) == (span.start.month, span.start.day)
                 and abs(day.start.year - span.start.year) == 1), None)
    if told is None:
        return mention
    reading.context.last = reading.context.last_day = told
    return replace(mention, span=DateSpan(told.start, told.end, "day", span.text))


# "they had three children: Ada (born 1730), Ivo (born 1731)": each child's birth.
CHILDREN = re.compile(r"\b(?:children|child|sons?|daughters?)\b")
BORN_IN_BRACKETS = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+"
                              r"\((?:born|b\.)\s+(?P<year>\d{3,4})\)")


def _children_born(text: str, source: Source, people: _People) -> list[Event]:
    """The births of the children a sentence names with their years in brackets."""
    events = []
    for match in BORN_IN_BRACKETS.finditer(text):
        year = int(match.group("year"))
        span = DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year", f"born {year}")
        mention = DateMention(match.start("year"), match.end("year"), span, True)
        events.append(_event(mention, f"{match.group('name')} born", text, source, people))
    return events


# "When the abbess died in 1203, the nuns chose Ada": the when-clause holds the date.
WHEN_OPENING = re.compile(r"^\W*When\s+[^,;]*\d[^,;]*,\s+\S")
# A clause that tells a happening of its own: a verb ("Orm expels its mayor", "guilds win
# back the town", "mayor deposed"), or a lead saying so ("same day the guilds seize the
# bridge"); not "machine guns and trenches against cavalry", "crowds in the square" (a plural
# noun, first or before "and", is no verb), not a consequence in the passive or the
# conditional ("the walls were pulled down", "the company would convert"), a toll ("three
# killed"), a pronoun going on with the same happening ("he is beaten at Arle", "sent troops
# after him") or an aside ("at its session in Kellport, ...").
CLAUSE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|(?<=\w\s)[a-z]{2,}(?<!s)s(?=\s+(?!(?:and|or|but|nor|"
                         r"against|of|than|as)\b)[A-Za-z])|(?<=[a-z]s\s)(?:become|take|win|lose|fall|flee|"
                         r"leave|lead|meet|make|begin|send|hold|give|sign|seize|join|open|close)|"
                         r"became|took|won|lost|fell|fled|left|led|met|made|began|sent|held|gave|"
                         r"chose|drove|rode|wrote|spoke|rose|broke|struck|fought|built|bought|sold|"
                         r"told|found|brought|stood|ran|saw|went|came|swore|threw|grew|drew|knew|"
                         r"flew|sank|sat|set|put|laid|paid|kept|hid)\b")
STATE_VERB = re.compile(r"(?:[\w'’-]+\s+){1,4}(?:remained|stayed|continued|was|were|had)\b")
SAME_TIME_LEAD = re.compile(r"(?:on\s+)?(?:the\s+)?(?:same\s+day|same\s+time|meanwhile)\b",
                            re.IGNORECASE)
GOES_ON = re.compile(r"(?:he|she|it|its|they|their|and|but|then|at|in|on|by|with|within|from|"
                     r"for|during|after|before|under|near|\d|one|two|three|four|five|six|seven|"
                     r"eight|nine|ten|dozens|hundreds|thousands|many|some|several|about|"
                     r"around|nearly|almost|over|roughly)\b",
                     re.IGNORECASE)
CONSEQUENCE = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)|would|"
                         r"could|might|should|him|them)\b|^[^;]*?\b(?:[a-z]{2,}ed|struck|built|"
                         r"taken|given|shot|thrown|hung|drawn|driven)(?:\s+(?:in|at|by|on|near|"
                         r"after|during|with|from|within)\b|\W*$)")
# ("X killed in the sack", "band scattered within days", "coins struck in her name": what the
# happening did or made)


def _told_together(statement: str, text: str, block: Block,
                   mentions: list[DateMention]) -> list[str]:
    """The happenings one statement tells at its one date: two in a timeline or notes line
    whose clauses are split by ";" ("9 March: mayor deposed; the guilds seize the bridge"), or
    in a sentence opening with a when-clause dated coarser than a day ("When the abbess died in
    1203, the nuns chose Ada"; "When the bishop preached at Easter 1146, Ada took the cross"
    tells one day's doings, "When war broke out in 1914, the port remained open" a state);
    else the statement itself."""
    if len(mentions) != 1 and block.kind != "line":
        return [statement]
    if block.kind == "line" and "; " in statement and \
            mentions[0].start < text.find("; ", mentions[0].start):
        # (The date opens the line: "9 May: storming of the gate; sortie against ...", not
        # "Walls joined; the general leads an army in 215 BCE", the date of one clause.)
        parts = _outside_brackets(statement, "; ")
        if len(parts) == 1:
            return [statement]  # "Ada crowned (after a war; coronation long after it)": an aside
        colon = parts[0].find(": ")
        if colon >= 0 and CLAUSE_VERB.search(parts[0], 0, colon):
            return [statement]  # "Treaty signed: A autonomous; B stays with X": its terms
    elif block.kind != "line" and ", " in statement and WHEN_OPENING.match(text) and \
            mentions[0].span.precision != "day":
        parts = statement.split(", ", 1)
        if STATE_VERB.match(parts[1]):
            return [statement]
    else:
        return [statement]
    if all(_tells_its_own(part) for part in parts[1:]) and (
            CLAUSE_VERB.search(parts[0]) or HAPPENING_NOUN.match(parts[0]) or
            PRESENT_CLAUSE.match(parts[0])):
        return [capitalised(tidy(part)) for part in parts]
    return [statement]


def _outside_brackets(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` that stands outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth <= 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
    return [*parts, text[start:]]


SHARED_MARK = re.compile(r"\s*\((?:both|all|each)\)\s*$", re.IGNORECASE)
ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _shared_by(text: str, mention: DateMention, statement: str) -> list[str]:
    """The items a bracketed date is said to be shared by, one happening each ("Later pacts:
    A (1720), then B with C and D with E (both 1721)"); none when it is not so."""
    if "(" not in text[max(0, mention.start - 12):mention.start] or \
            not BOTH_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return []
    items = ITEM_BREAK.split(SHARED_MARK.sub("", statement))
    return [capitalised(item) for item in items] if len(items) >= 2 and all(items) else []


def _tells_its_own(clause: str) -> bool:
    """Whether a clause after the first one of a statement tells a happening of its own."""
    if EVALUATION.match(clause) or clause.startswith(("now ", "Now ")):
        return False  # "; now calls the union desirable": how things stand after it
    if SAME_TIME_LEAD.match(clause) or HAPPENING_NOUN.match(clause) or NAMED_DOER.match(clause):
        return True
    return len(clause.split()) >= 3 and CLAUSE_VERB.search(clause) is not None and \
        not GOES_ON.match(clause) and CONSEQUENCE.search(clause) is None and \
        not PLUPERFECT.search(clause)


# A clause rating the happening told before it: "(probably) the bloodiest battle ever fought
# in the land", "one of the largest fleets yet seen", "the worst flood on record".
EVALUATION = re.compile(r"(?:(?:probably|perhaps|arguably|possibly|likely|reputedly)\s+)?"
                        r"(?:one\s+of\s+)?the\s+(?:(?:most|least)\s+[a-z]+|[a-z]+est|worst|best)"
                        r"\s+(?:[a-z]+\s+){0,2}(?:ever|yet|in\s+(?:its|their|the)\s+history|"
                        r"on\s+record)\b", re.IGNORECASE)
# A notes clause naming a happening without a verb: "storming of the gate", "cavalry raid on
# the camp", "mutiny of the fleet put down" (not "heavy guns and fire ships against galleys").
HAPPENING_NOUN = re.compile(
    r"(?:[a-z]+\s+)?(?:storming|assault|attack|raid|sortie|revolt|rebellion|mutiny|"
    r"uprising|rising|riot|massacre|capture|sack|surrender|landing|invasion|coup|election|"
    r"coronation|treaty|armistice|truce|abdication|execution|assassination|murder|fall)"
    r"(?:\s+(?:of|on|against|at|in|near|by|from|put|crushed|suppressed|repulsed)\b|\s*$)",
    re.IGNORECASE)
# A named person's own deed, or an officeholder's fate: "Haskel resigns", "governor Orsin
# Tarrow killed" (not "Ibbo killed in the sack", a toll of the happening; a battle's
# outcome, "Battle of Arle; Vell defeats Corr", is no happening of its own: no noun above
# names a battle).
ORDINAL = r"(?:first|second|third|fourth|fifth|new|next|last|final)"
NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:de|von|van|di|da|du|del|la|le)\s+)?[A-Z][\w'’-]+)*"
NAMED_DOER = re.compile(rf"(?:[a-z]+\s+)?{NAME}\s+(?!(?:was|has|is|does)\b)[a-z]{{2,}}(?<![su])s\b"
                        # (not "first Diet promised": an ordinal before a body's name)
                        rf"|(?!{ORDINAL}\s)[a-z]+\s+{NAME}\s+[a-z]{{2,}}ed\b"
                        # "Ossa retaken by Vell": a named place or person's fate at named hands
                        rf"|{NAME}\s+(?:[a-z]{{2,}}(?:ed|en)|won|lost|held|sold|seized)\s+by\s+"
                        rf"(?:the\s+)?[A-Z]"
                        # "NEP announced at the party congress": a named act done, not a fate
                        rf"|{NAME}\s+(?:announced|proclaimed|declared|signed|adopted|introduced|"
                        rf"launched|abolished|ratified|enacted)\b")
# A notes clause in the present: "the king comes of age".
PRESENT_CLAUSE = re.compile(r"(?:the|a|an|his|her|its|their)\s+(?:[a-z]+\s+)?[a-z]{2,}(?<![su])s\s",
                            re.IGNORECASE)
# "Abbot Ivo had fled to Orno": what had happened before, no happening of the date.
PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ft|ld|ne)\b")


# "Ivo IV (1702–1751) – king": a person's entry in notes, no happening of the section's years.
LIFE_ENTRY = re.compile(r"\W*[A-Z][^()\d]{0,60}\((?:c\.\s*)?\d{3,4}\s*[–—-]\s*\d{2,4}\)")
# Words counted from a story's date line that put a paragraph in the story's present.
PRESENT_WORDS = re.compile(r"\b(?:(?:last|this)\s+(?:week|month|year|spring|summer|autumn|fall|"
                           r"winter)|yesterday)\b", re.IGNORECASE)


def _in_present(text: str, dateline: Ymd) -> bool:
    """ "In the spring the town unveiled a plaque, and last month ...": a paragraph with no
    year of its own that counts from the date line tells the story's present (a year still to
    come is a plan of the present: "... and a museum is due to open in 2026")."""
    return PRESENT_WORDS.search(text) is not None and \
        all(int(year) > dateline.year for year in NAMED_YEAR.findall(text))


def _stays_in_present(dateline: Ymd | None, before: DateSpan | None,
                      read: list[DateMention]) -> bool:
    """Whether a paragraph only told the story's present ("On Wednesday a crowd gathered",
    "In 2020 the town opened a museum") after the story had gone back to an earlier year: the
    days told next in the past still count from the past day told before it ("that morning in
    1917", "the next day", "on June 8")."""
    if dateline is None or before is None or before.end.year >= dateline.year - 1 or not read:
        return False
    return all(m.span.end.year >= dateline.year - 1 for m in read)


# A news story's date line near its top: "Kellport, 26 April 2026", "Published 9 May 2024",
# "Arle, Tuesday 14 March 2023".
DATELINE = re.compile(
    r"^[ \t]*(?:(?:last\s+)?(?:published|updated|posted|dated)(?:\s+on)?:?\s+"
    r"|[A-Z][\w.'’ -]{1,40},\s+"
    r"|(?-i:[A-Z][A-Z.'’ -]{1,30})(?:,\s+[A-Z][\w.'’ -]{1,30})?\s+[–—]\s+"  # "ARLE, Corva — "
    # "By Ann Tell | Published ...", "By Ann Tell, Staff Writer · ..."
    r"|by\s+[A-Z][\w.'’ -]{1,40}?(?:,\s+[A-Z][\w.'’ -]{1,40}?)?\s*[·|,–—-]\s*"
    r"(?:(?:published|updated|posted)(?:\s+on)?:?\s+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+)?"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\.?"
    # "14:05 BST", " - 07:15 GMT"
    r"(?:,?\s*(?:[-–—|·]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,4}(?:[+−-]\d{1,2}(?::?\d{2})?)?)?)?"  # "7:00 a.m. GMT+2"
    r"(?:\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"  # "Posted on June 9, 2023 by Ann Tell"
    r"(?:\s*[|·•,]\s*(?:updated|modified|last\s+updated)\b[^\n]*)?"
    r"(?:\s*[|·•]\s*\d{1,2}\s*min(?:ute)?s?\s+read)?[ \t]*$",  # "| 5 min read"
    re.IGNORECASE | re.MULTILINE)
DATELINE_LINES = 30
# "The nave was largely complete by 1250": how far a work had got by then, no happening.
ALMOST_DONE = re.compile(r"\b(?:was|were)\s+(?:largely|mostly|almost|nearly|virtually|"
                         r"substantially|essentially)\s+(?:complete|completed|finished|done|"
                         r"built|ready)\b")
BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _state_by(text: str, mention: DateMention, statement: str) -> bool:
    return ALMOST_DONE.search(statement) is not None and \
        BY_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None


# A sentence that only says the date, setting the scene ("It was Friday 9 May 1921.", "The
# year was 1917."): what happened then is told by the sentence after it. ("That was in
# 1921." dates the sentence before.)
DATE_SAID = re.compile(r"(?:It|The\s+(?:date|day|year|time))\s+(?:was|is)")
STATE = re.compile(r"(?:[\w'’-]+\s+){1,3}(?:was|were)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
                   # "It was the largest revolt in the region": a judgement of what happened
                   r"|(?:It|This|That|These|They)\s+(?:was|were)\s+(?:one\s+of\s+)?the\s+"
                   r"(?:[a-z]+est|most\s+[a-z]+)\b.*")
# "[Photo: The ferry's anchor chain, 2016. Credit: A / B]": a picture's caption tells no
# happening (its credit's people are read as minor figures).
CAPTION_LABEL = re.compile(r"^\[\s*(?:photo|image|picture|caption|illustration|video)s?\s*:",
                           re.IGNORECASE)
# "in 1721, the year the capital was moved to Vessa": a second happening of that date.
SAME_TIME_CLAUSE = re.compile(r",\s+the\s+(?:same\s+)?(?:year|month|day)\s+(?:that\s+|when\s+|in\s+"
                              r"which\s+)?(?P<clause>(?:the|a|an|[A-Z])[^,;.]{8,}?(?:was|were)"
                              r"\s+[a-z]+[^,;.]*"
                              # "..., the year Ada became mayor": a name and its deed
                              r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:became|[a-z]{3,}ed)\b"
                              r"[^,;.]*)")
BRACKET_YEAR = re.compile(r"\((1\d{3}|20\d{2})\)")
# A story's first paragraph opening with its place in capitals and its date: "KELLPORT — March 4,
# 2019 — ...", "ORM, Vell (AP) — 26 April 2026 — ...".
DATELINE_LEAD = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][\w.'’ -]{1,30})?(?:\s+\([\w ]{1,20}\))?"
    r"\s+[–—]\s+"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\s+[–—]\s",
    re.MULTILINE)


# A web page's own record of the day it was published.
PUBLISHED_META = re.compile(
    r"(?:article:published_time|datePublished|pubdate)[\"']?\s*(?:content\s*=|:)\s*[\"']"
    r"(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
QUOTED_ISO_DAY = re.compile(r"[\"']\d{4}-\d{2}-\d{2}")
TAG = re.compile(r"<[^>]*>")
BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|header|footer|article|section|br|td|figcaption|"
                       r"time|aside|nav|main|title)\b[^>]*>", re.IGNORECASE)


def dateline(original: str) -> Ymd | None:
    """The day a news story is dated by its date line in the first lines (or a web page's
    publication date), if it has one."""
    head = original[:30000]
    # (A page with no quoted ISO day, which the meta field ends with, is spared its slow search.)
    meta = PUBLISHED_META.search(head) if QUOTED_ISO_DAY.search(head) else None
    if meta:
        days = [m.span.start for m in find_dates(meta.group(1), DateContext())
                if m.span.precision == "day"]  # a real day, or none
        return days[0] if days else None
    text = TAG.sub(" ", BLOCK_TAG.sub("\n", head))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head_lines = "\n".join(lines[:DATELINE_LINES])
    candidates = [*DATELINE.finditer(head_lines), *DATELINE_LEAD.finditer(head_lines)]
    if not candidates:
        return None  # most texts have no date line: their years need not be counted
    years = sorted(map(int, YEAR_IN_TEXT.findall(original)))
    for match in candidates:
        mentions = find_dates(match.group("date"), DateContext())
        # A story is dated after most of what it tells: a lone date before most of the text's
        # years is an infobox's birth day or a caption's, not the story's date line.
        if len(mentions) == 1 and mentions[0].span.precision == "day" and \
                bisect.bisect_right(years, mentions[0].span.start.year + 1) * 2 >= len(years):
            return mentions[0].span.start
    return None


YEAR_IN_TEXT = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])")


PERSON_TITLE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|of)){1,3}$")


def _life_label(text: str, title: str) -> str:
    """ "Born: 10 December 1815" (notes on a person, lines.LIFE_LABEL) in notes titled with a
    person's name: "Ada Brell was born"."""
    label = LIFE_LABEL.match(text)
    if not label:
        return ""  # most sentences: the title need not be looked at
    title = DISAMBIGUATION.sub("", title)
    if not PERSON_TITLE.match(title) or \
            any(THING_NOUN.match(word) for word in title.split()):
        return ""
    return f"{title} was born" if label.group("label").lower().startswith("b") else f"{title} died"


# "ruling until her death in 1819": that year dates her death (folded into its telling with a
# day, if the text has one), not the whole sentence.
DEATH_BEFORE = re.compile(r"\b(?:until|till|after|before|upon|at)\s+(?P<who>his|her|their)\s+"
                          r"deaths?\s+in\s+$", re.IGNORECASE)


def _death_named(text: str, mention: DateMention) -> str:
    if mention.span.precision != "year" or "death" not in text:
        return ""
    death = DEATH_BEFORE.search(text, 0, mention.start)
    if death is None:
        return ""
    return f"{death.group('who').capitalize()} death"


# "- after Lake Oskel: X appointed warden": dated by the happening it follows, told before.
AFTER_TOLD = re.compile(r"^\W*(?:after|following|before)\s+(?P<what>[^:;,]{2,40}):", re.IGNORECASE)


def _after_told(reading: _Reading, text: str) -> DateSpan:
    """The year of the happening a note under a heading says it follows, if told before and
    within the heading's years; else the heading's years."""
    section = reading.heading_span
    after = AFTER_TOLD.match(text)
    told = reading.recall("after " + after.group("what")) if after else None
    if told is None or not section.start <= told.start <= section.end:
        return section
    year = told.start.year
    return DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year", after.group("what"))


def _restates(lead_in: DateSpan, text: str, mentions: list[DateMention]) -> bool:
    """Whether a sentence opens with an explicit date inside the coarse relative date of the
    sentence before ("eight years earlier"): that sentence announced this one's happening; after
    a time counted back from the date line ("It came back only ten years ago."), a date of that
    year anywhere in the sentence tells it."""
    if lead_in.text.endswith(" ago"):
        return any(m.explicit and _contains(lead_in, m.span) and m.span != lead_in
                   for m in mentions)
    if not mentions or not mentions[0].explicit or len(text[:mentions[0].start].split()) > 2:
        return False
    span = mentions[0].span
    return _contains(lead_in, span) and (span.start, span.end) != (lead_in.start, lead_in.end)


def _cites_a_work(document: Document, block: Block) -> bool:
    if not block.text:
        return False
    start, end = block.span(0, len(block.text))
    original = document.original
    if original.find("*", start, end) < 0 and original.find("_", start, end) < 0:
        return False  # no italics: most blocks, told without running the pattern
    return ITALIC_TITLE_AFTER_AUTHOR.match(original, start, end) is not None


def _reference_shaped(text: str) -> bool:
    """A bibliography entry or a catalogue line (see REFERENCE_SHAPE and REFERENCE_MARK)."""
    # Both shapes need "(" before a year or end on a year: a quick look spares the long match.
    shaped = ("(" in text or text.rstrip(". ")[-4:].isdigit()) and \
        REFERENCE_SHAPE.match(text) is not None
    return shaped or (
        any(map(text.lower().__contains__, REFERENCE_WORDS)) and
        REFERENCE_MARK.search(text) is not None)


# The subject's lifespan opening a text: "Ada Brown (born Ada Greene; 4 June 1851 – 2 May
# 1923) was ...", "Tomas Vell (1790–1850) was ...", "Ada Brown, Lady Kell (1851–1923), known
# as the Weaver, was ...", "Ada Brown, known as the Weaver (1851–1923), was ...", "Tomas Vell,
# 3rd Baronet (1790–1850), was ..." (a title or a byname between the name and the brackets).
SUBJECT_LIFESPAN = re.compile(
    r"^(?P<name>[A-Z][^\s(),;]*(?:\s+(?:[A-Z][^\s(),;]*|de|da|di|du|von|van|der|den|la|le|of|"
    r"y|e|del|de['’]|dos|das|bin|ibn|the(?=\s+[A-Z])|[\"“][^\"”\s]{1,20}[\"”]))*)(?:,\s+(?:(?:known\s+as|called|styled)\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
    r"[A-Z][^\s(),;]*"
    r"(?:\s+(?:[A-Z][^\s(),;]*|of|the)){0,5})?"
    r"\s*\((?P<inside>[^()]*\d[^()]*)\)(?:,[^,.()]{1,80},)?,?\s+(?:was|is|were)\b"
)
# What a text opening "X (1861–1874) was ..." is about when X is a period, not a person.
NOT_A_PERSON = re.compile(r"^(?:The|A|An)\b")
LIFE_DASH = re.compile(r"\s+[–—−-]\s+|(?<=\d)\s*[–—−-]\s*(?=[\w.])")
BORN = re.compile(r"^(?:born|b\.)\s+", re.IGNORECASE)
REIGN = re.compile(r"^(?:r\.|reigned|reign|ruled)\s*", re.IGNORECASE)
DIED = re.compile(r"^(?:died|d\.)\s+", re.IGNORECASE)


def _subject_lifespan(reading: _Reading, block: Block,
                      people: _People) -> tuple[tuple[int, int] | None, list[Event]]:
    """The birth and death of the person a text opens with, and where its brackets stand.
    Life spans of anyone else are background, not events."""
    match = SUBJECT_LIFESPAN.match(block.text)
    if not match or NOT_A_PERSON.match(match.group("name")) or \
            any(THING_NOUN.match(word) for word in match.group("name").split()):
        return None, []
    # The text's title may be the name, a title held or a name the person was known by.
    title = DISAMBIGUATION.sub("", reading.document.title)
    if reading.lead_paragraphs > 1 and not _words(title) <= _words(match.group()):
        return None, []  # a later paragraph about someone else than the text's subject
    name = match.group("name")
    part = [p for p in match.group("inside").split(";") if re.search(r"\d", p)][-1].strip()
    if REIGN.match(part):
        return None, []  # "(r. 1702–1731)": the reign, read as a date of its own
    sides = LIFE_DASH.split(part, maxsplit=1)
    if len(sides) == 1:
        sides = [part, ""] if not DIED.match(part) else ["", part]
    births, deaths = (_life_date(side) for side in sides)
    if births and deaths and re.search(r"B\.?C", deaths.text) and \
            not re.search(r"B\.?C|A\.?D|CE", births.text):
        return None, []  # "100 – 44 BC": too rare to resolve here, and never a wrong date
    end = next((e for s, e in sentences(block) if s <= match.start("inside") < e), len(block.text))
    source = Source(reading.document.name, block.text[:end], block.span(0, end))
    events = []
    reading.context.subject_death = deaths  # the subject's death, from the lead's lifespan
    for span, verb in ((births, "was born"), (deaths, "died")):
        if span:
            mention = DateMention(0, 0, span, True)
            events.append(_event(mention, f"{name} {verb}", block.text[:end], source, people))
    return (match.start("inside") - 1, match.end("inside") + 1), events


DISAMBIGUATION = re.compile(r"\s*\([^()]*\)")  # "Ada Brell (mathematician)"


def _words(name: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[^\W\d_]{3,}", name)}


def _life_date(side: str) -> DateSpan | None:
    # An aside in square brackets is another calendar's day ("8 November [O.S. 27 October]
    # 1837") or a reference mark: the date is read without it.
    side = DIED.sub("", BORN.sub("", re.sub(r"\s*\[[^\]]*\]", "", side).strip()))
    side = re.sub(r"^(?:c\.|ca\.|circa|baptised|baptized|bapt\.|buried)\s*", "", side)
    mentions = [m for m in find_dates(side, DateContext()) if m.explicit]
    if mentions:
        return mentions[0].span
    if re.search(r"(?<!\d)\d{1,3}$", side):
        # "(c. 620 – 25 August 683)": a life's years are years even with fewer digits
        for mention in find_dates(f"{side} AD", DateContext()):
            span = mention.span
            return DateSpan(span.start, span.end, span.precision, side)
    return None


# "1st Viscount Vell, Duke of Tarno · 3 March 1712 – 9 May 1760": a page's subtitle
# giving a life from day to day; the birth and death are told in the text.
DAY_TO_DAY = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{3,4}\s*[–—-]\s*\d{1,2}\s+[A-Z]"
                        r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{3,4}\s*[–—-]\s*[A-Z][a-z]+\.?\s+\d")


def _life_subtitle(text: str, mention: DateMention) -> bool:
    span = mention.span
    if span.precision != "range" or span.end.year - span.start.year < 15 or \
            not DAY_TO_DAY.search(span.text):
        return False
    rest = (text[:mention.start] + text[mention.end:]).split()
    return len(rest) <= 15 and CLAUSE_VERB.search(" ".join(rest)) is None and \
        not any(THING_NOUN.match(word.strip(":;,.")) for word in rest)  # "The Long War: ..."


UNTIL_DEATH = re.compile(r"\s+(?:until|till|to)\s+(?:his|her)\s+death\b(?!\s+in\b)")


def _until_death(mention: DateMention, text: str, death: DateSpan | None) -> DateMention:
    """ "reigning from 1418 until his death", the lifespan telling when that was: a range."""
    until = UNTIL_DEATH.match(text, mention.end)
    if death is None or until is None or not mention.span.start < death.start:
        return mention
    end = Ymd(death.end.year, 12, 31) if mention.span.precision == "year" else death.end
    span = DateSpan(mention.span.start, end, "range", text[mention.start:until.end()])
    return replace(mention, span=span)


def _table_row(document: Document, block: Block) -> bool:
    line_start = document.original.rfind("\n", 0, block.offsets[0]) + 1
    return document.original[line_start:block.offsets[0]].lstrip().startswith("|")


def _move_section_year(reading: _Reading, mentions: list[DateMention], text: str) -> None:
    """Under a heading of several years ("## 1703 - 1704"), a line with a year of its own
    ("Winter 1704: ...", "May 10: the fort falls (1704)") gives its year to the year-less lines
    after it ("June 3: ...")."""
    section = reading.heading_span
    if section is None or section.start.year == section.end.year:
        return
    own = BRACKET_YEAR.search(text)
    years = [m.span.start.year for m in mentions if m.explicit] + \
        ([int(own.group(1))] if own and mentions else [])
    years = [year for year in years if section.start.year <= year <= section.end.year]
    if years:
        year = years[-1]
        reading.heading_anchor = DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year",
                                          str(year))


def _context_for(reading: _Reading, block: Block, sentence: str) -> DateContext:
    """Timeline lines take their year from the heading above them, never from one another;
    an aside in parentheses does not move the narrative's date along."""
    if block.kind == "line" and reading.heading_anchor and is_timeline(sentence):
        # "Mar 3: the duke dies (1702)": the line's own year in brackets, else the heading's
        own = BRACKET_YEAR.search(sentence)
        year = int(own.group(1)) if own else None
        return DateContext(DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year") if year
                           else reading.heading_anchor)
    section = reading.heading_span
    if block.kind == "line" and section and section.start.year == section.end.year and \
            reading.context.last and reading.context.last.start.year == section.start.year:
        # "- Ferries Act (May)" after "- Dec 16: ..." under "## 1702": May of 1702 (the
        # line before's day still counts for "two days later")
        return DateContext(reading.heading_anchor, reading.context.last_day,
                           reading.context.dateline)
    return copy(reading.context) if sentence.startswith("(") else reading.context


def _happenings(text: str, mentions: list[DateMention], dateline: Ymd | None = None
                ) -> list[DateMention]:
    """The dates of a sentence that each date a happening of their own.

    Dropped: plans ("will ... by 2024"); a date that only contains a finer date of the same
    clause ("May 20: the 1990 election"); a date said again ("of 1848 ... of 1848") unless each
    names its own thing ("riots in Arle (1920), Bex (1920)"); a relative date right next to
    the explicit one it restates ("eight weeks later, on 18 May 1152", "on 12 May, two days
    after the fire").
    """
    mentions = [m for m in mentions if not (m.planned or _summary(text, m) and
                                            not _after_summary(text, m))]
    mentions = [m for m in mentions if not _item_date(text, m, mentions)]
    if ANNIVERSARY.search(text) and not ANNIVERSARY_OF_NAME.search(text):
        # "on 20 July, the anniversary of the landing": the year of the story told before is
        # not the year of its anniversary. (But "fell on 18 May, the anniversary of the Peace
        # of Arle" notes that another happening fell on the story's day: the story's year.)
        mentions = [m for m in mentions
                    if (m.explicit or _this_week(m, dateline) or _own_date_again(m, mentions))
                    and not NAMING_YEAR.match(text, m.start - 4, m.end + 2)]
    if dateline is not None and any(m.relative and m.span.start.year == dateline.year
                                    for m in mentions) and \
            PRESENT_STATE.search(text) and not PAST_TOLD.search(text):
        # "Forty years later, the disaster remains a defining moment": the story's present.
        mentions = [m for m in mentions if not (m.relative and m.span.start <= dateline
                                                and m.span.start.year == dateline.year)]
    said = QUOTE_SAID.match(text) if text.lstrip()[:1] in ('"', "“") else None
    if said:
        # '"We heard it first," said Ada Roe, who was ten that night': a quotation and who
        # said it; a relative date after it dates no happening.
        mentions = [m for m in mentions if not (m.relative and m.start >= said.end())]
    kept: list[DateMention] = []
    for mention in mentions:
        finer = any(
            other is not mention and _contains(mention.span, other.span)
            and (other.span.start, other.span.end) != (mention.span.start, mention.span.end)
            and _same_clause(text, mention, other)
            for other in mentions
        )
        repeated = not mention.relative and any(
            (k.span.start, k.span.end) == (mention.span.start, mention.span.end)
            and not (_in_parentheses(text, k) and _in_parentheses(text, mention))
            # "A month later, X brought in four bodies, and the last was found in June"
            and not (k.relative and COORDINATION.search(text, k.end, mention.start))
            for k in kept
        )
        restated = mention.relative and any(
            not other.relative and (0 <= other.start - mention.end <= 8
                                    or ASIDE_GLUE.fullmatch(text, other.end, mention.start)
                                    and ASIDE_CLOSE.match(text, mention.end))
            for other in mentions)
        if not (finer or repeated or restated):
            kept.append(mention)
    return kept


SAYING = r"(?:said|says|recalled|recalls|remembered|remembers|added|adds)"
QUOTE_SAID = re.compile(rf'\s*["“][^"”]{{2,}}?[,.!?]["”]\s*(?:{SAYING}\b'
                        rf'|[A-Z][^,.;"“”]{{0,40}}?\s{SAYING}\b)')
# "as the anniversary of the 1883 eruption approaches": the year names what is remembered.
NAMING_YEAR = re.compile(r"the \d{4} [a-z]")
# A state told in the present tense, and any verb in the past.
PRESENT_STATE = re.compile(r"\b(?:remains?|is|are|stands?|lies|lives?|seems?)\b")
PAST_TOLD = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed|[a-z]+ught|came|went|took|gave|made|"
                       r"met|left|fell|rose|began|won|lost|died|fled|led|held|told|said)\b")
# "On 12 May, two days after the fire, ...": the relative date between commas restates it.
ASIDE_GLUE = re.compile(r"\s*[,(—–]\s*")
ASIDE_CLOSE = re.compile(r"\s*[,)—–]")
ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b|\bcentenary\b|\bcentennial\b|"
                         r"\bbicentenary\b|\bjubilee\b", re.IGNORECASE)
ANNIVERSARY_OF_NAME = re.compile(r"\banniversary\s+of\s+(?:the\s+)?[A-Z]")
# What a date that is a sentence's subject says when it tells no happening: "The following
# year brought both success and sorrow", "The next year was a hard one".
SUMMARY_PREDICATE = re.compile(
    r"\s+(?:(?:was|proved|remained|became|turned\s+out\s+to\s+be|would\s+be)\s+"
    r"(?:a|an|one|no|not|even|more|less|much|the\s+\w+est|\w+er\b|(?:very|equally|especially|"
    r"particularly)\s+)|(?:brought|held|had)\s+(?:both\s+|more\s+|mixed\s+|little\s+|much\s+|"
    r"further\s+|new\s+|its\s+own\s+)*(?:success|sorrow|joy|grief|hardship|change|changes|"
    r"trouble|troubles|difficult\w*|misfortune|fortunes?|tragedy|happiness|sadness|"
    r"challenges|setbacks|triumphs?|disappointments?|praise|criticism|acclaim|controvers\w*|"
    r"turmoil|upheaval|uncertainty|hope|despair|loss|losses|mixed\s+results|relief|"
    r"recognition|fame)\b)",
    re.IGNORECASE,
)


def _own_date_again(mention: DateMention, mentions: list[DateMention]) -> bool:
    """ "In 1883, for the centenary, ... and X gave Y in the same year": a relative date that
    says the sentence's own date again (not an anniversary's year counted from the story)."""
    return mention.relative and any(
        other.explicit and other.end <= mention.start
        and (other.span.start, other.span.end) == (mention.span.start, mention.span.end)
        for other in mentions)


def _this_week(mention: DateMention, dateline: Ymd | None) -> bool:
    """ "On Monday, crowds marked the anniversary": a weekday of the story's own week."""
    if dateline is None or not mention.relative or mention.span.precision != "day":
        return False
    day = mention.span.start
    if day.year < 1:
        return False
    return abs((date(*dateline) - date(*day)).days) <= 7  # "will meet on Saturday": ahead


# "The spring of 1703 was the wettest anyone could remember, and the river burst its banks":
# the summary's date dates the happening told after it.
AFTER_SUMMARY = re.compile(r",\s+and\s+(?P<clause>(?!(?:was|were|had|is|it|this|so)\b)"
                           r"[A-Za-z][\w'’-]*\s[^;]*)")


def _after_summary(text: str, mention: DateMention) -> str:
    after = AFTER_SUMMARY.search(text, mention.end)
    clause = after.group("clause") if after else ""
    return capitalised(tidy(clause)) if CLAUSE_VERB.search(clause) else ""


# "1712: two polemics, incl. *A Plea for the Weavers* (May 1712)": the bracketed date of an
# item listed dates that item, not the line's happening.
LISTED_ITEM = re.compile(r"\b(?:incl\.|including|e\.g\.|such\s+as|among\s+them)", re.IGNORECASE)


# "it spread in the 18th century, helped by X's play *The Green Lamp* (1761)": the bracketed
# year of a work named dates the work, not the sentence's happening.
WORK_TITLE_BEFORE = re.compile(r"\b(?:play|novel|book|poem|film|opera|painting|treatise|pamphlet|"
                               r"essay|ballad|song|memoir|satire|tragedy|comedy|romance)\s+"
                               r"[\"“‘'*_]*[A-Z][^()]{0,60}?\s*$")


def _item_date(text: str, mention: DateMention, mentions: list[DateMention]) -> bool:
    if not _in_parentheses(text, mention):
        return False
    if WORK_TITLE_BEFORE.search(text, max(0, mention.start - 80), mention.start - 1) and any(
            other is not mention and _contains(other.span, mention.span) and
            (other.span.start, other.span.end) != (mention.span.start, mention.span.end)
            for other in mentions):
        return True
    opener = mentions[0]
    return opener is not mention and opener.explicit and \
        not text[:opener.start].strip(" -*•\t") and _contains(opener.span, mention.span) and \
        LISTED_ITEM.search(text, opener.end, mention.start) is not None


def _summary(text: str, mention: DateMention) -> bool:
    return not text[:mention.start].strip(" \"'“‘") and \
        SUMMARY_PREDICATE.match(text, mention.end) is not None


def _same_clause(text: str, first: DateMention, second: DateMention) -> bool:
    """No coordination (";", ", and", "and took") between the two dates, or one names a
    thing."""
    low, high = sorted((first, second), key=lambda m: m.start)
    return not (COORDINATION.search(text, low.end, high.start) or
                AND_VERB.search(text, low.end, high.start) or
                "," in text[low.end:high.start] and
                OWN_CLAUSE.search(text, low.end, high.start) or
                SENTENCE_STOP.search(text, low.end, high.start) or
                SPAN_TOLD.match(low.span.text) and NEXT_VERB.search(text, low.end, high.start) or
                _fronted_clause_end(text) in range(low.end, high.start + 1) or
                _clause_after_colon(text, low, high))


def _clause_after_colon(text: str, low: DateMention, high: DateMention) -> bool:
    """A colon after a clause dated by its own date opens a clause with a verb: "In the 740s he
    rose quickly: he was made governor in 742", "conquest of the lands in the late 14th century:
    X falls in 1393" tell happenings of their own (not "1876: X falls in June", a line's
    label; not "Over the next year fronts took shape: one in April 1988", examples)."""
    colon = text.find(": ", low.end, high.start)
    if colon < 0 or CLAUSE_VERB.search(text, colon, high.start) is None:
        return False
    return not DATE_LABEL.fullmatch(text, 0, low.start) or bool(text[low.end:colon].strip())


# What stands before a date that labels a line: "1876: ...", "On May 20: ...".
DATE_LABEL = re.compile(r"\W*(?:(?:on|in|by|from|at|during|since|around)\s+)?(?:the\s+)?",
                        re.IGNORECASE)


# "She wrote to him from 1741 until 1760, bought his mill in 1745": after a span told from its
# start to its end (how long a happening lasted), a comma and a verb in the past tell the
# subject's next happening.
SPAN_TOLD = re.compile(r"(?:from|between)\s", re.IGNORECASE)
NEXT_VERB = re.compile(r",\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]{3,}ed|took|won|lost|made|"
                       r"became|began|fled|left|led|met|sent|held|gave|built|fought|brought|"
                       r"struck|rose|went|came|sold|bought|wrote|drove|broke|spoke)\s+(?!by\b)")


# "After two wars in 1705–06 and 1711–12, the valley was annexed in May 1712": a clause put
# in front of the main clause tells its own happenings.
FRONTED_CLAUSE = re.compile(r"\W*(?:After|Before|Following|Having|When|While|Once)\b[^,;]*,\s")


def _fronted_clause_end(text: str) -> int:
    fronted = FRONTED_CLAUSE.match(text) if text[:12].lstrip(" -*•\t")[:1] in "ABFHWO" else None
    return fronted.end() if fronted else -1


# A clause of its own after a comma: a concession ("..., though a squadron was lost on 12
# May") or a participle clause ("a war from 1703 to 1706, beating a column in June 1704";
# "..., having signed the treaty earlier that year", "..., after agreeing to it earlier that
# year"), or what someone named did (", who fled in May 1731") or a thing did (", which came
# to the province in 1720"); not a participle that works
# as a preposition or only bounds the same span ("..., following the riots", "..., beginning
# in").
OWN_CLAUSE = re.compile(r",\s+(?:who\s|whose\s|which\s|(?:even\s+)?(?:though|although)\s|"
                        r"(?:after\s+|before\s+)?"
                        r"(?!(?:during|including|"
                        r"following|according|concerning|regarding|excluding|beginning|starting|"
                        r"ending|lasting|morning|evening|nothing|something|everything|king|"
                        r"spring|ring|thing)\b)[a-z]{2,}ing\s)")


# "won victories in 1860 and took the city in June", "fled in May 1920 and was killed on May
# 21": a second verb, a second happening.
AND_VERB = re.compile(r"\sand\s+(?:then\s+|later\s+|also\s+)?(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|"
                      r"took|won|lost|made|became|began|fell|fled|left|led|met|sent|held|gave|"
                      r"built|fought|brought|struck|rose|went|came|sold|bought|wrote|drove|broke|"
                      r"spoke)\b")


def _in_parentheses(text: str, mention: DateMention) -> bool:
    return text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"


def _contains(outer: DateSpan, inner: DateSpan) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _event(mention: DateMention, statement: str, sentence: str, source: Source,
           people: _People) -> Event:
    return Event(
        span=mention.span,
        statement=statement or capitalised(tidy(sentence)),
        people=people.named_in(statement) or people.named_in(sentence),
        places=_places(statement or sentence, people.words),
        numbers=key_numbers(sentence),
        sources=[source],
    )


class _People:
    """Finds the key figures a sentence names (by full name or alias), in one regex pass."""

    def __init__(self, figures: list[Figure]) -> None:
        self.by_name = {name: figure.name for figure in figures if not figure.minor
                        for name in [figure.name, *figure.aliases] if name}
        self.words = {word for figure in figures for name in [figure.name, *figure.aliases]
                      for word in name.split()}
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None

    def opening(self, sentence: str) -> str | None:
        """The key figure a sentence opens with, by the name it uses there."""
        text = sentence.lstrip()
        match = self.pattern.match(text) if self.pattern else None
        if match is None or text.startswith(("'s", "’s"), match.end()):
            return None  # "Ada Roth's son ...": the son is told of
        return match.group()

    def named_in(self, sentence: str) -> list[str]:
        found: list[str] = []
        if self.pattern:
            for match in self.pattern.finditer(sentence):
                name = self.by_name[match.group()]
                if name not in found:
                    found.append(name)
        return found


# "Ada Roth stayed at her post. She was killed when the mill fell.": the one told of.
PERSONAL_PRONOUN = re.compile(r"(?:He|She)\s")
PRONOUN_WORD = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _named_subject(statement: str, subject: str | None, sentence: str) -> str:
    if subject is None or not PERSONAL_PRONOUN.match(statement):
        return statement
    # "In the 740s Ivo Roe rose quickly: he was made governor in 742": after a clause of its
    # own sentence and a colon, the pronoun is that clause's subject, not the sentence before's
    # (unless that clause has a pronoun too: "She rose: she was made ...").
    told = sentence.lower().find(" " + " ".join(statement.lower().split()[:3]))
    colon = sentence.rfind(": ", 0, told + 1)
    if colon > 0 and not PRONOUN_WORD.search(sentence, 0, colon):
        return statement
    return subject + statement[statement.index(" "):]


POSSESSIVE_END = re.compile(r"[’']s$")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
DIGIT = re.compile(r"\d")


def _places(sentence: str, people_words: set[str]) -> list[str]:
    """Capitalised names after "in", "at", "near" ...; modest by design: names of people,
    months and institutions are left out."""
    places = []
    for match in PLACE.finditer(sentence):
        name = POSSESSIVE_END.sub("", match.group(1))
        if NOT_PLACE_WORDS.match(name) or set(name.split()) & people_words:
            continue
        if ADJECTIVE_OF_PLACE.search(name) and LOWER_WORD_AFTER.match(sentence[match.end():]):
            continue  # "in Vellan history": an adjective, not a place
        if DIGIT.search(name) or name in places:
            continue
        places.append(name)
    return places
