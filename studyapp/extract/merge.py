"""One event per happening: mentions of the same happening (lead, body, timeline, or several
documents) merge into one event with all their sources."""

from __future__ import annotations

import functools
import re
from collections import Counter

from studyapp.extract.statements import PAST_VERB
from studyapp.model import Event

STOP_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as was were is are be been had has "
    "have that this these those it its their his her they he she which who whom whose there "
    "into over after before during since until also not no than then when while both "
    # Words of dates say nothing about what happened.
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter year years day days month months week weeks next "
    "following same later earlier early late".split()
)
MIN_SHARED = 2  # words two mentions must share at least
SAME_HAPPENING = 0.6  # share of the shorter text's words found in the other


WORD = re.compile(r"[^\W\d_]+")
# A word opening the text or a sentence (after an opening mark and spaces), or a timeline
# entry's text ("1899 – Tolls abolished").
OPENING_WORD = re.compile(r"(?:^|[.:;!?\"“(–—])\s*([^\W\d_]+)")


def content_words(text: str) -> tuple[set[str], set[str]]:
    """Stems of the words that say something ("voted in favour" -> {voted, favor}): all of
    them, and those without names.

    Without names, capitalised words inside a sentence are left out: names of the places
    and people a text is about recur in every sentence, so sharing them says little about
    two sentences telling one happening.
    """
    words = WORD.findall(text)
    stems = {stem for stem in map(_word_stem, words) if stem is not None}
    kept = [word for word in words if not word[0].isupper()] + OPENING_WORD.findall(text)
    without_names = {stem for stem in map(_word_stem, kept) if stem is not None}
    return stems, without_names


@functools.lru_cache(maxsize=65536)
def _word_stem(word: str) -> str | None:
    """The stem of a word that says something, None for a stop word or a short one (cached:
    the same words recur in every event's sentences)."""
    lower = word.lower()
    if lower in STOP_WORDS or len(lower) < 3:
        return None
    return _stem(lower)


def _stem(word: str) -> str:
    """A crude stem: the first six letters ("declared", "declaration" -> "declar"), British
    and American spellings met ("favour" -> "favor"), plurals dropped."""
    word = word.replace("our", "or")
    if word.endswith("s") and len(word) > 3:
        word = word[:-1]
    return word[:6]


class _Words:
    """Words of each event, computed once: its statement's and its sentences' without names,
    and all words of its sentences; and those of the undated sentence that goes on telling it
    (``told_on``, by ``id(event)``: "On 28 March the governor spoke. He demanded the stool.")."""

    def __init__(self, told_on: dict[int, str] | None = None) -> None:
        self.cache: dict[int, tuple[set[str], set[str], set[str]]] = {}
        self.told_on = told_on or {}
        self.told_on_words: dict[int, set[str]] = {}

    def of(self, event: Event) -> tuple[set[str], set[str], set[str]]:
        if id(event) not in self.cache:
            sentences = " ".join(source.sentence for source in event.sources)
            every, without_names = content_words(sentences)
            self.cache[id(event)] = (content_words(event.statement)[1], without_names, every)
        return self.cache[id(event)]

    def told(self, event: Event) -> set[str]:
        """All words of its sentences and of the sentence that goes on telling it."""
        if id(event) not in self.told_on:
            return self.of(event)[2]
        if id(event) not in self.told_on_words:
            self.told_on_words[id(event)] = content_words(self.told_on[id(event)])[0]
        return self.of(event)[2] | self.told_on_words[id(event)]

    def absorb(self, target: Event, event: Event) -> None:
        for mine, theirs in zip(self.of(target)[1:], self.of(event)[1:], strict=True):
            mine.update(theirs)


def same_happening(first: Event, second: Event, told_twice: bool = False,
                   words: _Words | None = None) -> float:
    """How surely two events are one happening (0: not at all): the same interval, different
    sentences, and mostly the same words. ``told_twice`` says the two are the same document's
    summary and body, or its timeline and body, for one day: then a little more is enough."""
    if (first.span.start, first.span.end) != (second.span.start, second.span.end):
        return 0.0
    if {(s.document, s.offset) for s in first.sources} & \
            {(s.document, s.offset) for s in second.sources}:
        return 0.0  # two happenings of one sentence are never one
    if {(s.sentence, s.offset) for s in first.sources} & \
            {(s.sentence, s.offset) for s in second.sources}:
        return 1.0  # the same sentence at the same place of two copies of a text
    if _says_again(first, second) or _office_said_again(first, second):
        return 1.0  # "1853: peace at Ebbe" and a table's "1853 | Peace of Ebbe"
    if _same_life_day(first, second):
        return 1.0  # a fact box's "Died: 27 June 1839" and "He died in Orm" that day
    words = words or _Words()
    (statement_a, sentences_a, _), (statement_b, sentences_b, _) = words.of(first), words.of(second)
    overlap = max(_overlap(statement_a, statement_b), _overlap(sentences_a, sentences_b))
    if told_twice:
        return max(overlap, 0.01)
    return overlap if overlap >= SAME_HAPPENING else 0.0


def _overlap(a: set[str], b: set[str]) -> float:
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= MIN_SHARED else 0.0


def merge_events(events: list[Event], roles: dict[int, str] | None = None,
                 told_on: dict[int, str] | None = None) -> list[Event]:
    """Fold each event into an earlier one of the same happening, keeping the first's wording.

    ``roles`` tells, by ``id(event)``, where an event was read: "lead" (a document's summary
    before its first section), "timeline" (a dated line of a timeline) or "body". A lead event
    with a day of its own is the body's event of that day; a timeline line and a body sentence
    of one day that share two words are one happening (``told_on``: see _Words).
    """
    roles = roles or {}
    merged: list[Event] = []
    by_interval: dict[tuple, list[Event]] = {}
    words = _Words(told_on)
    told = Counter(_telling(e, roles) for e in events)
    for event in events:
        same_interval = by_interval.setdefault((event.span.start, event.span.end), [])
        scored = [(same_happening(kept, event, _told_twice(kept, event, roles, told, words),
                                  words), index) for index, kept in enumerate(same_interval)]
        best = max(scored, default=(0.0, -1))
        if best[0] <= 0 and (retold := _retold(event, same_interval, roles, words)) is not None:
            best = (1.0, same_interval.index(retold))
        if best[0] <= 0:
            merged.append(event)
            same_interval.append(event)
        else:
            target = same_interval[best[1]]
            words.absorb(target, event)
            _absorb(target, event)
    return _fold_summaries(_fold_life(merged, roles, words), roles, words)


def _retold(event: Event, same_interval: list[Event], roles: dict[int, str],
            words: _Words) -> Event | None:
    """The event of the same interval that ``event`` tells again in other words: the body's
    telling of a timeline line of a year or month; for a day, the one happening of its kind,
    the one named again ("His execution on ..."), or the day's gathering ("Among those ...")."""
    if not _of_days(event):
        timeline = roles.get(id(event)) == "timeline"
        return _retold_in_body(event, same_interval, roles, words) if timeline else None
    return (_may_retell(event, roles) and _one_of_its_kind(event, same_interval, roles)
            or RETOLD_BEFORE.match(event.statement) and _named_again(event, same_interval, words)
            or AMONG_THOSE.match(event.statement) and _one_of_its_day(event, same_interval)
            or None)


# "585 BC – Battle of Pessa": the body's happening at that place ("came to grief at Pessa").
BATTLE_OF = re.compile(r"^(?:Battle|Siege|Sack|Fall|Capture|Storming|Relief)\s+of\s+"
                       r"(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
AT_PLACE = r"\b(?:at|near|of|off|before|outside|on)\s+(?:the\s+)?{}\b"


def _retold_in_body(entry: Event, same_interval: list[Event], roles: dict[int, str],
                    words: _Words) -> Event | None:
    """The body's telling of a timeline line dated by its year or month, told in other words
    ("c. 612 BC – Varno conquers Ossa" / "Varno's army took the towns of Ossa in about 612
    BC"; "588 BC – Death of Ibbo; islands retaken" / "Ibbo ... was put to death in 588 BC"):
    the one body happening of that interval sharing most of the line's words, two at least (or
    the place of a "Battle of <Place>"); none when two share as many. Sharing fewer, the one
    body happening then of the line's kind ("Talks open at Brell" / "Envoys first met")."""
    document = entry.sources[0].document
    line = words.of(entry)[2]
    battle = BATTLE_OF.match(entry.statement)
    scores = []
    for kept in same_interval:
        if kept.sources[0].document != document or roles.get(id(kept), "body") != "body":
            continue
        shared = len(line & words.told(kept))
        if battle and re.search(AT_PLACE.format(re.escape(battle.group("place"))),
                                " ".join(source.sentence for source in kept.sources)):
            shared = max(shared, MIN_SHARED)
        scores.append((shared, kept))
    scores.sort(key=lambda pair: pair[0], reverse=True)
    if not scores or scores[0][0] < MIN_SHARED:
        return _one_of_its_kind(entry, same_interval, roles)
    tied = [kept for shared, kept in scores if shared == scores[0][0]]
    if len(tied) > 1 and "; " in entry.statement:
        # "Death of Ibbo; islands retaken", each half told in the body: the line goes with
        # the telling of its first half (the other half is told there too).
        first = content_words(entry.statement.split("; ")[0])[0]
        by_first = sorted(((len(first & words.told(kept)), kept) for kept in tied),
                          key=lambda pair: pair[0], reverse=True)
        tied = [kept for shared, kept in by_first if shared and shared == by_first[0][0]]
    return tied[0] if len(tied) == 1 else None


# Kinds of happening told in other words: a verb, its noun, a phrase of the same sense
# ("reached the town" / "arrives before the walls"; "lifted the siege" / "Relief of the
# town"; "was hanged" / "His execution"; "the invasion" / "crossed the border"; "the town
# fell" / "Fall of the town"). "relief force" is no relief, "fell ill" no fall.
KINDS = tuple(re.compile(kind, re.IGNORECASE) for kind in (
    r"\b(?:arriv(?:e|es|ed|al)|reach(?:es|ed))\b",
    r"\b(?:reliev(?:e|es|ed)|relief\s+of|(?:lift|rais)(?:s|es|ed)?\s+the\s+siege)\b",
    r"\b(?:execut(?:e|es|ed|ion)|hang(?:ed|s)|beheaded|put\s+to\s+death)\b",
    r"\b(?:invad(?:e|es|ed)|invasion|crossed\s+the\s+(?:border|frontier))\b",
    r"\bsign(?:s|ed)\b",
    r"\b(?:besieg(?:e|es|ed)|la(?:id|ys?)\s+siege|siege\s+(?:of\s+[\w\s]{0,40}?)?beg[ai]ns?)\b",
    r"\b(?:surrender(?:s|ed)?|capitulat(?:e|es|ed|ion))\b",
    r"\b(?:falls|fell|fall\s+of)\b(?!\s+(?:ill|sick|silent|asleep|apart|in\s+love)\b)",
    r"\b(?:extinguish(?:es|ed)?|put\s+out|brought\s+under\s+control)\b",
    r"\b(?:(?:talks|negotiations|conference|congress)\s+(?:open(?:s|ed)?|beg[ai]ns?)|(?:envoys|"
    r"delegates|delegations|representatives|negotiators)\s+(?:first\s+)?(?:met|meet))\b",
))
# "After the surrender of Kessa, the soldiers sacked the town": what follows the opening
# phrase is what the sentence tells.
AFTER_OPENING = re.compile(r"^(?:After|Following)\s[^,]{3,60},\s+")


def _main_clause(statement: str) -> str:
    return AFTER_OPENING.sub("", statement)
# "His execution on 27 June was ...": the body naming a happening told just before.
POSSESSIVE_NOUN = re.compile(r"^(?:His|Her|Its|Their)\s+[a-z]+\b")


def _may_retell(event: Event, roles: dict[int, str]) -> bool:
    """A timeline line, or a body sentence opened by a possessive and the noun of a kind of
    happening ("His execution"): a telling that may name in other words a happening the body
    told that day."""
    part = roles.get(id(event), "body")
    if part == "timeline":
        return True
    noun = POSSESSIVE_NOUN.match(event.statement)
    return part == "body" and noun is not None and \
        any(kind.search(noun.group()) for kind in KINDS)


def _one_of_its_kind(event: Event, same_interval: list[Event],
                     roles: dict[int, str]) -> Event | None:
    """The one body happening of the same day and document told as the same kind of
    happening in other words; none when two are, or the line tells none of the kinds."""
    kinds = [kind for kind in KINDS if kind.search(event.statement)]
    if not kinds:
        return None
    document = event.sources[0].document
    same = [kept for kept in same_interval
            if kept.sources[0].document == document and roles.get(id(kept), "body") == "body"
            and any(kind.search(_main_clause(kept.statement)) for kind in kinds)]
    return same[0] if len(same) == 1 else None


# "Following the breach of 10 October, many had fled to the hills": the date names again a
# happening told before; what the sentence tells had happened before it, undated.
RETOLD_BEFORE = re.compile(r"^(?:After|Following)\s+the\s+(?P<noun>[a-z]{4,})\b[^,]{0,60},\s+"
                           r"[^,;]*?\bhad\s+(?:been\s+)?[a-z]+")


def _named_again(event: Event, same_interval: list[Event], words: _Words) -> Event | None:
    """The one happening its document told before on that day in the word the sentence
    names it by ("the breach" / "the walls were breached")."""
    noun = _stem(RETOLD_BEFORE.match(event.statement).group("noun"))
    document = event.sources[0].document
    same = [kept for kept in same_interval if kept.sources[0].document == document
            and noun in words.of(kept)[2]]
    return same[0] if len(same) == 1 else None


# "Among those honoured on Saturday was X, who had ...": someone of a gathering told before.
AMONG_THOSE = re.compile(r"^Among\s+(?:those|the)\s+[a-z]+\b")


def _one_of_its_day(event: Event, same_interval: list[Event]) -> Event | None:
    """The one happening its document told before on that day."""
    document = event.sources[0].document
    same = [kept for kept in same_interval if kept.sources[0].document == document]
    return same[0] if len(same) == 1 else None


LIFE_WORDS = {"born": re.compile(r"\b(?:born|birth)\b", re.IGNORECASE),
              "died": re.compile(r"\b(?:died|death|dies|buried)\b", re.IGNORECASE)}


def _fold_life(events: list[Event], roles: dict[int, str], words: _Words) -> list[Event]:
    """The subject's birth or death read from a text's opening lifespan is the same happening
    as "She died in 1889", "died at home on 4 July 1889" or "1761 – Born in Ossa" there."""
    folded: set[int] = set()
    for life in (e for e in events if roles.get(id(e)) == "life"):
        said = LIFE_WORDS["born" if life.statement.endswith("born") else "died"]
        document = life.sources[0].document
        for event in events:
            if id(event) in folded or id(life) in folded or roles.get(id(event)) == "life" \
                    or event.span.precision == "range" \
                    or len(event.sources) > 1 or event.sources[0].document != document \
                    or not (said.search(event.statement or event.sources[0].sentence) or
                            said is LIFE_WORDS["died"] and _killed_that_day(life, event)):
                continue
            if _contains(event, life):
                words.absorb(life, event)
                _absorb(life, event)
                folded.add(id(event))
            elif _contains(life, event):  # "(1867–1934)", then "born on 7 November 1867"
                words.absorb(event, life)
                _absorb(event, life)
                folded.add(id(life))
    return [event for event in events if id(event) not in folded]


def _same_life_day(first: Event, second: Event) -> bool:
    """Two tellings of one document that someone was born, or died, on one day, naming no two
    different people: one birth or death."""
    if first.span.precision != "day" or \
            first.sources[0].document != second.sources[0].document or \
            first.people and second.people and not set(first.people) & set(second.people):
        return False
    return any(said.search(first.statement) and said.search(second.statement)
               for said in LIFE_WORDS.values())


# "(19 June 1801 – 30 December 1846)" and "He was shot at Orm on 30 December 1846".
KILLED = re.compile(r"\b(?:executed|put\s+to\s+death|killed|assassinated|murdered|hanged|"
                    r"beheaded|shot|slain)\b", re.IGNORECASE)


def _killed_that_day(life: Event, event: Event) -> bool:
    """The subject's death day, and a telling of a violent death on that very day."""
    return life.span.precision == "day" and event.span == life.span and \
        KILLED.search(event.statement) is not None


def _contains(outer: Event, inner: Event) -> bool:
    return outer.span.start <= inner.span.start and inner.span.end <= outer.span.end


def _fold_summaries(events: list[Event], roles: dict[int, str], words: _Words) -> list[Event]:
    """One happening told with a finer date in another part of the document is folded into
    that telling: a timeline or lead entry into the body's ("1761 – Crowned King" and
    "crowned himself King on 4 June 1761"), a body sentence into the timeline's ("in
    August destroyed the fleet" and "14 August 1592 – X destroys the fleet")."""
    folded: set[int] = set()
    by_document: dict[str, list[Event]] = {}  # a happening is folded within its document
    for event in events:
        by_document.setdefault(event.sources[0].document, []).append(event)
    for coarse in events:
        part = roles.get(id(coarse), "body")
        if part == "life" or len(coarse.sources) > 1 \
                or coarse.span.precision not in ("year", "month"):
            continue
        document = coarse.sources[0].document
        finer = [
            event for event in by_document[document]
            if id(event) not in folded and event is not coarse
            and roles.get(id(event), "body") != "life"
            and (_says_again(coarse, event) or _same_death(coarse, event)
                 or roles.get(id(event), "body") != part
                 and (part != "body" or roles.get(id(event)) in ("lead", "timeline")
                      and _body_tells(coarse, event, words)))
            and coarse.span.start <= event.span.start and event.span.end <= coarse.span.end
            and (event.span.start, event.span.end) != (coarse.span.start, coarse.span.end)
            and (_told_in(*_summary_and_telling(coarse, event, part, words))
                 or _same_death(coarse, event))
        ]
        if len(finer) > 1 and part in ("lead", "timeline"):
            finer = _told_by_statement(coarse, finer, part, words)
        if not finer and part == "timeline":
            finer = _only_telling(coarse, by_document[document], roles, words, folded)
        if not finer and part == "lead":
            finer = _told_then(coarse, by_document[document], roles, folded)
        if len(finer) == 1:
            words.absorb(finer[0], coarse)
            _absorb(finer[0], coarse)
            folded.add(id(coarse))
    return [event for event in events if id(event) not in folded]


def _told_by_statement(summary: Event, finer: list[Event], part: str,
                       words: _Words) -> list[Event]:
    """Of the finer tellings whose sentences hold a lead's or timeline line's words, those
    whose own statement holds them ("1991 – The front enters the capital" / "Three days later
    the front's fighters entered the capital, and on 28 May the army took the port": the
    entry, not the port's taking, of one sentence)."""
    told = [event for event in finer
            if _told_in(_summary_and_telling(summary, event, part, words)[0],
                        content_words(event.statement)[0])]
    # Told also by a lead dated by its month: the body's day is the finest telling.
    finest = min((_length(event) for event in told), default=0)
    return [event for event in told if _length(event) == finest]


def _length(event: Event) -> int:
    """About how many days an event's interval spans (years may be before the era)."""
    start, end = event.span.start, event.span.end
    return (end.year - start.year) * 372 + (end.month - start.month) * 31 + end.day - start.day


def _only_telling(entry: Event, events: list[Event], roles: dict[int, str], words: _Words,
                  folded: set[int]) -> list[Event]:
    """ "1876 – Ferry disaster" and the body's one happening of 1876, "the ferry capsized on 3
    March 1876": a timeline year whose body tells one happening then, in a word of its own
    (``events``: those of its document)."""
    within = [event for event in events
              if roles.get(id(event), "body") == "body" and id(event) not in folded
              and _contains(entry, event)
              and (event.span.start, event.span.end) != (entry.span.start, entry.span.end)]
    if len(within) == 1 and words.of(entry)[1] & words.of(within[0])[1]:
        return within
    return []


def _told_then(lead: Event, events: list[Event], roles: dict[int, str],
               folded: set[int]) -> list[Event]:
    """ "In May 1702 the army laid siege to the town, which was relieved in March 1703" and
    the body's "The siege began on 19 May 1702", "lifted the siege on 4 March 1703": a lead
    happening dated by its month or year, and the one body happening of a finer date then
    told as the same kind, or as the battle at the place of its victory ("In 1703 the League
    won a victory at Orm" / "The Battle of Orm was fought on 13 August 1703") (``events``:
    those of its document)."""
    if DEFINITION.match(lead.statement):
        return []  # "The crisis was an invasion of ... in late 1956": the whole subject
    kinds = [kind for kind in KINDS if kind.search(lead.statement)]
    victory = VICTORY_AT.search(lead.statement)
    if not kinds and victory is None:
        return []
    battle = victory and re.compile(rf"\bBattle\s+of\s+(?:the\s+)?{victory.group('place')}\b")
    within = [event for event in events
              if roles.get(id(event), "body") == "body" and id(event) not in folded
              and _contains(lead, event)
              and (event.span.start, event.span.end) != (lead.span.start, lead.span.end)
              and (any(kind.search(_main_clause(event.statement)) for kind in kinds)
                   or battle and any(battle.search(s.sentence) for s in event.sources))]
    return within if len(within) == 1 else []


DEFINITION = re.compile(r"[^,;]{0,60}?\b(?:was|is|were|are)\s+(?:a|an)\s")
VICTORY_AT = re.compile(r"\b(?:victory|defeat(?:ed)?|battle|won|routed)\b[^,;.]{0,40}?"
                        r"\b(?:at|near)\s+(?P<place>[A-Z][\w'’-]+)")


# "reigned until his death in 1189": the death, told more finely elsewhere.
UNNAMED_DEATH = re.compile(r"^(?:His|Her|Their)\s+deaths?$")


def _same_death(coarse: Event, finer: Event) -> bool:
    return UNNAMED_DEATH.match(coarse.statement) is not None and \
        LIFE_WORDS["died"].search(finer.statement) is not None


def _says_again(first: Event, second: Event) -> bool:
    """Two statements of the same words (names too; two at least): one happening said
    twice, as in notes with a table of the dates of their lists."""
    said = _said(first.statement)
    return len(said) >= 2 and said == _said(second.statement)


def _office_said_again(first: Event, second: Event) -> bool:
    """A span of years a document gives twice, once in a few words that the other telling
    says all of (names too; two at least): "Duke of Orm, 1702–1731" under a title and "Ivo
    was Duke of Orm from 1702 until his death" are one reign."""
    if first.span.precision != "range" or first.span.start.year == first.span.end.year or \
            first.sources[0].document != second.sources[0].document:
        return False
    said, other = sorted((_said(first.statement), _said(second.statement)), key=len)
    return len(said) >= 2 and said <= other


@functools.lru_cache(maxsize=4096)
def _said(statement: str) -> frozenset[str]:
    return frozenset(content_words(statement)[0])


AUXILIARY = frozenset("was were had has have been is are".split())


def _body_tells(body: Event, summary: Event, words: _Words) -> bool:
    """Whether a body sentence dated by its month tells the happening of a finer timeline or
    lead entry: its verb is theirs ("destroyed the fleet" / "destroys a fleet"), not another
    ("rejected the vote" / "votes to secede"). Dated by its year, it must say its verb ("In
    1861 the council rejected the plan" / "12 March 1861 – Council rejects the plan"): a year in
    passing ("pogroms in Arle (1988)") is a summary of its own."""
    if body.span.precision not in ("month", "year"):
        return False
    # (A capitalised word is part of a name: "The Left Bank Guard destroyed ...".)
    verb = next((word for word in body.statement.split()[1:]
                 if word[:1].islower() and word not in AUXILIARY and PAST_VERB.match(word)),
                None)
    if body.span.precision == "year":  # "In 1861 the council rejected the plan": a verb said
        return verb is not None and _verb_stem(verb) in {_verb_stem(w) for w in
                                                         summary.statement.lower().split()}
    return verb is None or _stem(verb) in words.of(summary)[2]


def _verb_stem(word: str) -> str:
    """ "rejected", "rejects", "reject" -> "reject"."""
    return re.sub(r"(?:ed|es|s|d)$", "", word)[:6]


def _summary_and_telling(coarse: Event, finer: Event, part: str,
                         words: _Words) -> tuple[set[str], set[str]]:
    """The words of the lead or timeline entry (the summary), and those of the other; of a
    summary counted from the date line ("Forty years ago, dockers walked out"), its
    statement's words without names; of a lead sentence telling more than its happening at a
    date counted from another ("... surrendered, and the town was annexed by the treaty the
    following year"), its statement's words when the sentence's are too many to be told
    again."""
    if part == "summary":
        return words.of(coarse)[0], words.of(finer)[2]
    if part == "body":
        return words.of(finer)[2], words.of(coarse)[2]
    if part == "lead" and not any(c.isdigit() for c in coarse.span.text) and \
            not _told_in(words.of(coarse)[2], words.of(finer)[2]):
        return content_words(coarse.statement)[0], words.of(finer)[2]
    return words.of(coarse)[2], words.of(finer)[2]


def _told_in(summary: set[str], telling: set[str]) -> bool:
    """Most of a short summary's words are in the other telling."""
    shared = len(summary & telling)
    return shared >= MIN_SHARED and shared >= SAME_HAPPENING * len(summary)


def _telling(event: Event, roles: dict[int, str]) -> tuple:
    """Where and when an event is told: its document, its part (lead, timeline, body) and
    its interval."""
    return (event.sources[0].document, roles.get(id(event), "body"), event.span.start,
            event.span.end)


def _told_twice(kept: Event, event: Event, roles: dict[int, str], told: Counter,
                words: _Words) -> bool:
    """The lead or timeline and the body of one document telling one happening: each tells
    just one at that date, and they share a word ("Death of Varno" / "Varno died");
    or, for a day, the lead tells one happening then, or the two share two words."""
    if kept.sources[0].document != event.sources[0].document:
        return False
    parts = {roles.get(id(kept), "body"), roles.get(id(event), "body")}
    if parts == {"ahead"}:
        return True  # a story's coming ceremony, told twice, is one
    if len(parts) == 1 or "life" in parts:
        return False
    shared = len(words.told(kept) & words.told(event))
    # Over a month or a year a name in common says little ("Vellan intervention" and "crushed
    # by Orm and the Vellan Empire"): a word of what happened must be shared.
    telling_shared = shared if _of_days(event) else len(words.of(kept)[1] & words.of(event)[1])
    if told[_telling(kept, roles)] == told[_telling(event, roles)] == 1 and telling_shared:
        return True
    if not _of_days(event):
        return False
    if "lead" in parts:
        lead = kept if roles.get(id(kept)) == "lead" else event
        return told[_telling(lead, roles)] <= 1
    return shared >= MIN_SHARED


def _of_days(event: Event) -> bool:
    """A day, or a few days ("12–19 March"): dated so finely that two tellings of one document
    with that date and a word or two in common are one happening. Ranges of months or years
    hold many happenings."""
    span = event.span
    if span.precision == "day":
        return True
    return span.precision == "range" and (span.end.year, span.end.month) <= \
        (span.start.year, span.start.month + 1) and not (span.start.day == 1 and span.end.day >= 28)


def _absorb(target: Event, event: Event) -> None:
    for source in event.sources:
        if source not in target.sources:
            target.sources.append(source)
    for values, more in ((target.people, event.people), (target.places, event.places),
                         (target.numbers, event.numbers)):
        values.extend(value for value in more if value not in values)
