"""Date expressions -> intervals: a small grammar of our own.

``find_dates(text, context)`` finds every date expression in a piece of text and resolves it
to a ``DateSpan`` (start, end, precision, the text as written). Expressions without a year
("February 13", "the next day", "the following June") are resolved against ``context``: the
last date read before them (in the same sentence, an earlier sentence or paragraph, or a
heading such as ``=== 1988 ===``). Things that look like years but are not (ISBN and page
numbers, counts such as 100,000, birth-death spans in parentheses, clock times) are skipped.

Years are astronomical: 1 BC is 0, 44 BC is -43.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from studyapp.model import DateSpan, Ymd

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {
    "a": 1, "an": 1,
    **{word: n for n, word in enumerate(UNITS + TEENS, start=1)},
    # "twenty", "twenty-one" ... "ninety-nine"
    **{f"{tens}{'-' + unit if unit else ''}": 10 * n + u
       for n, tens in enumerate(TENS, start=2) for u, unit in enumerate([""] + UNITS)},
}
ORDINAL_WORDS = {
    word: number for number, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"], start=1)
}
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Thirds of a year, a decade and a century for "early", "mid" and "late".
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first half": (1, 6),
              "second half": (7, 12)}
DECADE_PARTS = {"early": (0, 2), "mid": (3, 6), "late": (7, 9), "first half": (0, 4),
                "second half": (5, 9), "start": (0, 2), "end": (7, 9)}
CENTURY_PARTS = {"early": (1, 33), "mid": (34, 66), "late": (67, 100), "first half": (1, 50),
                 "second half": (51, 100), "start": (1, 33), "end": (67, 100)}

# --- the grammar's words -----------------------------------------------------------------

def _one_of(*words: str) -> str:
    """The alternation of ``words`` (each opening with a letter), grouped by first letter: it
    matches what the plain one matches, trying the words in the same order, but a position
    tries only the words that can start there (a long case-blind alternation, tried at every
    word of every sentence, is the slow part of reading dates)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word)
    return "(?:" + "|".join(group[0] if len(group) == 1 else
                            group[0][0] + "(?:" + "|".join(w[1:] for w in group) + ")"
                            for group in groups.values()) + ")"


M = _one_of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", r"Jan\.?", r"Feb\.?", r"Mar\.?",
            r"Apr\.?", r"Jun\.?", r"Jul\.?", r"Aug\.?", r"Sept?\.?", r"Oct\.?", r"Nov\.?",
            r"Dec\.?") + "(?![a-z])"
D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
ERA = r"(?:BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?![A-Za-z])"
# A year: four digits 1000-2199, or any number with an era ("44 BC", "AD 79").
Y = (rf"(?:(?:AD|A\.D\.)\s?\d{{1,4}}(?!\d)|\d{{1,4}}\s?{ERA}"
     r"|(?<![\d,.])(?:1\d{3}|2[01]\d{2})(?![\d]|,\d|\.\d))")
DASH = r"\s*(?:–|—|-|−)\s*"
TO = rf"(?:{DASH}|\s+(?:to|until|till|through)\s+)"
MOD = (r"(?:(?P<mod>early|mid|late|the\s+(?:start|beginning|end|middle|first\s+half|"
       r"second\s+half)\s+of)(?:\s+in)?[\s-]+(?:the\s+)?)")
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31)}
SEASON = _one_of("spring", "summer", "autumn", "fall", "winter")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = _one_of(*WEEKDAYS)
# The words of NUMBER_WORDS, written compactly: a long alternation is slow to try everywhere.
NUM = (rf"(?:\d+|{_one_of(*TENS)}(?:-{_one_of(*UNITS)})?"
       rf"|{_one_of(*sorted(TEENS + UNITS, key=len, reverse=True), 'an', 'a')})")
HOUR = _one_of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")
ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_one_of(*sorted(ORDINAL_WORDS, key=len, reverse=True))})"

STANDALONE_YEAR = rf"(?:(?:c|ca)\.\s?|circa\s+)?{MOD}?(?P<y>{Y})"  # "c. 1450" is about 1450
OF_THAT_YEAR = r"\s+of\s+(?:that|the\s+same)\s+year\b"
OLD_STYLE = r"(?:O\.\s?S\.|Old\s+Style|Julian)(?![A-Za-z])"
PREP = _one_of("in", "by", "until", "till", "since", "from", "of", "during", "around", "circa",
               r"c\.")
PATTERNS: list[tuple[str, str]] = [
    # What is never a date: it is matched first so that nothing inside it is read as one.
    # Birth and death in parentheses: "(born 1950)"; after a name, "Ada Roth (1850–1920)".
    ("skip_life", r"\((?:born|b\.|died|d\.)\s+[^()]*?\d{3,4}\)"),
    # (Not "(r. 1702–1731)", "(reigned 1702–1731)": a reign is dated, and no life.)
    # (Up to 40 characters before each year: "8 November [O.S. 27 October] 1837".)
    ("lifespan", r"\((?!r\.|reign|ruled)(?:born\s+|b\.\s*)?(?:c\.\s*)?[^()]{0,40}?\d{1,4}"
                 r"(?:\s?(?:BC|BCE|AD|CE))?"
                 r"\s*(?:–|—|-|−)\s*[^()]{0,40}?\d{1,4}(?:\s?(?:BC|BCE|AD|CE))?\)"),
    ("skip", r"ISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,}|doi:\S+|\bpp?\.\s*\d+(?:\s*[–-]\s*\d+)?"
             r"|\b(?:page|pages|vol\.|volume|no\.|nos\.)\s+\d+"),
    ("skip_clock", r"\d{1,2}:\d{2}(?::\d{2})?"),
    # The same day by the old (Julian) calendar, given beside the date: "7 January 1873 (26
    # December 1872 O.S.)", "8 November [O.S. 27 October] 1837".
    # Only in brackets: "born on 12 March 1830 O.S." gives no other day, and "12 May 1990
    # Julian left" names a man.
    ("skip_old_style", rf"(?<=[\[(]){OLD_STYLE}\s+(?:{D}\s+{M}|{M}\s+{D})(?:,?\s+\d{{3,4}}(?!\d))?"
                       rf"|(?:{D}\s+{M}|{M}\s+{D})(?:,?\s+\d{{3,4}}(?!\d))?\s+{OLD_STYLE}"
                       r"(?=\s*[)\]])"),
    # "March 12–19", "from 12 to 19 March", "between 12 and 19 March" (but "on 12 and 19
    # March" are two days).
    ("days_range", rf"(?P<m1>{M})\s+(?P<d1>{D})(?:{DASH}|\s+(?:to|until)\s+|\s+(?P<pair>and)\s+)"
                   rf"(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?"),
    ("days_between", rf"between\s+(?P<m1>{M})\s+(?P<d1>{D})\s+and\s+(?P<d2>{D})"
                   rf"(?:,?\s+(?P<y>{Y}))?"),
    ("days_between", rf"between\s+(?P<d1>{D})\s+and\s+(?P<d2>{D})\s+(?:of\s+)?(?P<m1>{M})"
                   rf"(?:,?\s+(?P<y>{Y}))?"),
    # "which began on 12 November and lasted until 3 February 1871": one span, told by its
    # start and its end.
    *(("months_range", rf"(?:(?<=\bbegan\son\s)|(?<=\bstarted\son\s)){first}(?:,?\s+(?P<y1>{Y}))?"
                       rf"\s+and\s+(?:lasted|continued|ran|went\s+on)\s+(?:until|till|to)\s+"
                       rf"{last}(?:,?\s+(?P<y>{Y}))?")
      for first, last in ((rf"(?P<d1>{D})\s+(?P<m1>{M})", rf"(?P<d2>{D})\s+(?P<m2>{M})"),
                          (rf"(?P<m1>{M})\s+(?P<d1>{D})", rf"(?P<m2>{M})\s+(?P<d2>{D})"))),
    ("days_range", rf"(?P<d1>{D})(?:{DASH}|\s+(?:to|until)\s+|\s+(?P<pair>and)\s+)(?P<d2>{D})"
                   rf"\s+(?:of\s+)?(?P<m1>{M})(?:,?\s+(?P<y>{Y}))?"),
    ("months_range", rf"(?:between\s+)?(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?{TO}"
                     rf"(?P<m2>{M})\s+(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?"),
    ("months_range", rf"(?:between\s+)?(?P<d1>{D})\s+(?P<m1>{M})(?:\s+(?P<y1>{Y}))?{TO}"
                     rf"(?P<d2>{D})\s+(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?"),
    # "between April 2 and April 9, 1850" (but "on May 14 and May 25" are two days).
    ("months_between", rf"between\s+(?P<m1>{M})\s+(?P<d1>{D})(?:,?\s+(?P<y1>{Y}))?\s+and\s+"
                     rf"(?P<m2>{M})\s+(?P<d2>{D})(?:,?\s+(?P<y>{Y}))?"),
    ("months_between", rf"between\s+(?P<d1>{D})\s+(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s+and\s+"
                     rf"(?P<d2>{D})\s+(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?"),
    ("iso_day", r"(?P<y>[12]\d{3})-(?P<mo>[01]\d)-(?P<d1>[0-3]\d)(?![\d-])"),
    # "3 September of the same year" is read whole: the year is the one being told.
    # "Tuesday, March 11": the weekday is part of the date.
    # "May 4 (1703): envoys reach the coast": notes write the year in brackets.
    ("day", rf"(?P<m1>{M})\s+(?P<d1>{D})\s*\((?P<y>{Y})\)"),
    ("day", rf"(?P<d1>{D})\s+(?P<m1>{M})\s*\((?P<y>{Y})\)"),
    ("day", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m1>{M})\s+(?P<d1>{D})"
            rf"(?:,?\s+(?P<y>{Y})|{OF_THAT_YEAR})?(?![\d–-])"),
    ("day", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d1>{D})\s+(?:of\s+)?(?P<m1>{M})"
            rf"(?:,?\s+(?P<y>{Y})|{OF_THAT_YEAR})?"),
    # "the 6th-4th centuries BC" too
    ("century", rf"{MOD}?(?:the\s+)?(?P<c1>{ORD})(?:(?:\s+(?:and|or|to)\s+|\s*[–—-]\s*)"
                rf"(?:(?P<mod2>early|mid|late)[\s-]+)?(?:the\s+)?(?P<c2>{ORD}))?[\s-]+centur(?:y|ies)"
                rf"(?:\s+(?P<era>{ERA}))?"),
    # "the later 1840s" reads like "the late 1840s".
    # "the 1850s–60s", "the 1840s-1850s": one span of decades.
    ("decades", rf"(?:the\s+)?(?P<y>[12]\d\d0)'?s{DASH}(?P<y2>(?:[12]\d)?\d0)'?s(?![a-z])"),
    # "late 1990s-2002": from that part of the decade to the end of the year.
    ("decade_to_year", rf"{MOD}?(?:the\s+)?(?P<y>[12]\d\d0)'?s(?:{DASH}|\s+(?:to|until)\s+)"
                       rf"(?P<y2>[12]\d{{3}})(?![\d'’s])"),
    ("decade", rf"(?:{MOD}|the\s+(?P<thirds>later|earlier)\s+)?(?:the\s+)?(?P<y>[12]\d\d0)'?s"
               rf"(?![a-z])"),
    ("decade", rf"(?:{MOD}|the\s+(?P<thirds>later|earlier)\s+)?(?:the\s+)?(?P<y>\d{{1,3}}0)'?s"
               rf"\s+(?P<era>BCE|BC|B\.C\.(?:E\.)?)(?![A-Za-z])"),
    ("season", rf"{MOD}?(?:the\s+)?(?P<season>{SEASON})(?:\s+(?:and|to)\s+(?:the\s+)?"
               rf"(?P<season2>{SEASON}))?(?:\s+of)?,?\s+(?P<y>{Y})(?:{DASH}(?:\d{{4}}|\d{{2}})\b)?"),
    ("month_range", rf"(?:between\s+(?P<m1b>{M})\s+and\s+|(?P<m1>{M})(?:{TO}|\s+(?P<pair>and)\s+))"
                    rf"(?P<m2>{M}),?\s+(?P<y>{Y})"),
    # "between April 1902 and June 1904", "from March 1930 to May 1931": one span.
    ("month_years_range", rf"(?:between\s+(?P<m1b>{M})\s+(?:of\s+)?(?P<y1b>{Y})\s+and\s+"
                          rf"|(?:from\s+)?(?P<m1>{M})\s+(?:of\s+)?(?P<y1>{Y}){TO})"
                          rf"(?P<m2>{M})\s+(?:of\s+)?(?P<y>{Y})"),
    ("month", rf"{MOD}?(?P<m1>{M}),?\s+(?:of\s+)?(?P<y>{Y})"),
    # "in January and August 1906" (not one span): January of the year the two share.
    ("month", rf"(?P<m1>{M})(?=\s+and\s+{M},?\s+(?:of\s+)?(?P<y>{Y}))"),
    # "the ninth month of 1446": a calendar's months counted
    ("counted_month", rf"the\s+(?P<c1>{ORD})\s+month\s+of\s+(?P<y>{Y})"),
    # "c. 1510–1532": about that span (not "c. 1510" and a year after it).
    ("years", rf"(?:from\s+|(?:c|ca)\.\s?|circa\s+)?(?P<y1>{Y}){TO}"
              rf"(?P<y2>{Y}|\d{{2}}(?![\d]|,\d))"),
    # "in 1165/66": one year or the next, as the sources have it.
    ("years", rf"(?P<y1>{Y})/(?P<y2>{Y}|\d{{2}})(?![\d/])"),
    ("years", rf"between\s+(?P<y1>{Y})\s+and\s+(?P<y2>{Y})"),
    # "in 1611 or 1612": one of two years, so both.
    ("years", rf"(?P<y1>{Y})\s+(?P<alternative>or)\s+(?P<y2>{Y})"),
    # "reigned from 1702 until his death in 1731": one span.
    ("years", rf"(?:from\s+)?(?P<y1>{Y})\s+(?:until|till|to)\s+(?:his|her|its|their)\s+(?:death|"
              rf"abdication|retirement|fall|dissolution|deposition)\s+in\s+(?P<y2>{Y})"),
    # "ruled from 1702 until the Vell Accord in 1761": one span, to a named happening.
    ("years", rf"from\s+(?P<y1>{Y})\s+(?:until|till|to)\s+the\s+(?:[A-Z][\w'’-]*\s+){{1,4}}"
              rf"in\s+(?P<y2>{Y})"),
    # "107 - 78 BC", "in 123 and 122 BC": the era written once stands for both years.
    ("years", rf"(?:\b{PREP}\s+|between\s+)?(?P<y1>\d{{1,4}})"
              rf"(?:{TO}|\s+and\s+|\s+(?P<alternative>or)\s+)(?P<y2>\d{{1,4}}\s?{ERA})"),
    # "from late 1846 to the summer of 1848", "between the spring of 1846 and late 1847": one
    # span from the first part's start to the last part's end.
    ("fuzzy_range", rf"(?:from|between)\s+{MOD}?(?:(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?"
                    rf"|(?P<m1>{M})\s+(?:of\s+)?)?(?P<y1>{Y})\s+(?:to|until|till|and)\s+"
                    rf"{MOD.replace('P<mod>', 'P<mod2>')}?(?:(?:the\s+)?(?P<season2>{SEASON})\s+"
                    rf"(?:of\s+)?|(?P<m2>{M})\s+(?:of\s+)?)?(?P<y>{Y})"),
    ("year", STANDALONE_YEAR),
    ("year", rf"\b{PREP}\s+(?P<y>\d{{3}})(?=[,.;)](?!\d)|\s+(?:and|to|when|after|before)\b)"),
    # Relative and year-less expressions, resolved against the date read before them.
    ("rel_days", rf"\b(?P<n>{NUM})\s+(?P<unit>days?|weeks?|fortnights?)\s+"
                 rf"(?P<way>later|earlier|afterwards?)"
                 # "On 2 March, a day later known as Ash Monday,": a name given later
                 rf"(?!\s+(?:called|known|named|remembered|celebrated|dubbed)\b)"),
    # "In March 1804 X sailed; days later Y took over", "a few days later": some days after the
    # sentence's own date, which no day pins: its month ("two days later" is read above; a
    # count it could not place is not guessed here).
    ("rel_some_days", r"(?:\b(?:a\s+few|several|some)\s+)?\bdays\s+(?:later|afterwards?)\b"),
    # "Next ~3 weeks: repairs ...", "over the following few weeks": the weeks after the day
    # read, known only to the months they cover.
    ("rel_weeks_span", rf"\b(?:the\s+)?(?:next|following)\s+(?:~\s*|about\s+|some\s+|around\s+"
                       rf"|roughly\s+)?(?P<n>{NUM}|few)\s+weeks\b"),
    # "three days later, on the Monday": the count from the day it lands on that weekday.
    ("rel_days_weekday", rf"\b(?P<n>{NUM})\s+days?\s+(?:later|afterwards?),?\s+on\s+"
                         rf"(?:the\s+)?(?P<weekday>{WEEKDAY})\b"),
    # "a week after the collapse": after the happening just told.
    ("rel_days_after", rf"\b(?P<n>{NUM})\s+(?P<unit>days?|weeks?|fortnights?)\s+"
                       rf"(?P<way>after|before)\s+(?:the|his|her|its|their)\s+[a-z]+(?=\s*,)"),
    # "on Saturday evening" after a day was read: that week's Saturday; "last Sunday" in a
    # dated story: the Sunday before its date line. A weekday with its own
    # date ("on Saturday, 4 May") is read as that date; "Good Friday" names a day of its own.
    ("rel_weekday", rf"(?:(?<=\bon\s)|(?P<last>last\s+))(?P<weekday>{WEEKDAY})"
                    rf"(?:\s+(?:morning|afternoon|evening|night))?"
                    rf"(?![\w-]|,?\s+(?:the\s+)?\d{{1,2}}(?!\d)|,?\s+{M})"
                    # "On Saturday, two days after the flood,": one day, the story's.
                    rf"(?P<after>,\s+{NUM}\s+(?:days?|weeks?)\s+(?:after|before)\s+"
                    rf"(?:the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+){{0,2}}(?=\s*,))?"),
    # "By the Friday, the hall was a shell", "on the Saturday", "That Sunday": a day-by-day
    # story's next such weekday (never one counted from a news story's date line); not "the
    # Sunday papers".
    ("rel_weekday", rf"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|^)"
                    rf"(?P<definite>the|that)\s+(?P<weekday>{WEEKDAY})"
                    rf"(?:\s+(?:morning|afternoon|evening|night))?"
                    rf"(?![\w-]|,?\s+(?:the\s+)?\d{{1,2}}(?!\d)|,?\s+{M})"
                    rf"(?=\s*[,.;:]|\s+(?:the|a|an|and|he|she|they|it|we|when|as|at|in|on|with|"
                    rf"his|her|its|their|[a-z]+ed)\b)"),
    # "six and a half hours after landing", "twenty minutes later": the day being told.
    ("rel_hours", rf"\b(?:(?:less|more)\s+than\s+|(?:about|nearly|almost|some|barely)\s+)?"
                  rf"(?P<n>{NUM}|a\s+few|several)(?:\s+and\s+a\s+half)?\s+"
                  rf"(?P<unit>hours?|minutes?)\s+(?:later\b|after(?:\s+[a-z][\w'’-]*){{1,3}}(?=,)"
                  rf"|after\b)"),
    # "Hours later, ...", "Moments later": the day being told; so is "closed on 9
    # June, and within hours crowds gathered ...".
    ("rel_hours", r"\b(?P<unit>hours|minutes|moments)\s+later\b"),
    ("rel_hours", r"(?<=\sand\s)within\s+(?P<unit>hours|minutes)\b"),
    # "By the afternoon, ...", "At 7:50 p.m. the roof fell": opening a sentence, a time of day
    # is the day the paragraph has just told.
    ("rel_daytime", r"^(?:(?:by|in|during|towards?)\s+(?:the\s+)?(?:afternoon|evening|"
                    r"nightfall|midday|noon|dusk)\b|within\s+(?:hours|minutes|an\s+hour)\b"
                    # "Shortly after midnight the bell rang", "At twenty past midnight":
                    # the day after the evening told
                    r"|(?:(?:shortly|just|soon)\s+after|(?:at\s+)?(?:about\s+)?(?:a\s+)?"
                    r"(?:quarter|half|five|ten|twenty|twenty-five)\s+past)\s+midnight\b"
                    r"|(?:at|by|around|shortly\s+(?:after|before)|just\s+(?:after|before))\s+"
                    r"(?:about\s+)?\d{1,2}(?::\d{2}|(?=\s*[ap]\.?m\b))(?:\s*[ap]\.?m\.?)?+)"
                    r"(?!,?\s+(?:of|on|that|this|last|yesterday|the\s+(?:next|following|same|"
                    r"previous|day))\b)"),
    # "blew up at about ten in the evening", "shortly before noon", "At about a quarter past
    # one": a time of day anywhere in a sentence with no other date is the day being told;
    # "Before the battle he hoisted the signal" too.
    ("rel_clock", rf"\b(?:at|by|around|until|till|(?:shortly|just|soon)\s+(?:before|after))\s+"
                  rf"(?:about\s+|around\s+|exactly\s+|precisely\s+|roughly\s+)?"
                  rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.\s?m\.?"
                  rf"|(?:a\s+)?(?:quarter|half|ten|twenty)\s+(?:past|to|after)\s+{HOUR}\b"
                  rf"|{HOUR}\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
                  rf"|(?:noon|dawn)\b)"
                  rf"(?!,?\s+(?:of|on|that|this|last|yesterday|the\s+(?:next|following|same|"
                  rf"previous|day))\b)"
                  rf"|^(?:just\s+|shortly\s+)?before\s+the\s+(?:battle|action|engagement|attack|"
                  rf"assault)\b(?!\s+of\b)"),
    # "the following Tuesday": the first Tuesday after the day read; "the previous Friday".
    ("rel_weekday", rf"(?:the\s+)?(?P<which>following|next|previous|preceding)\s+"
                    rf"(?P<weekday>{WEEKDAY})\b"),
    # "three years later", "a decade later" (not "eight centuries earlier": a round figure).
    ("rel_years", rf"\b(?P<n>{NUM})\s+(?P<unit>years?|decades?)\s+(?P<way>later|earlier)"
                  # "Eighty years earlier, at exactly that moment": that day, years before.
                  r"(?P<exact>,?\s+(?:at\s+(?:exactly\s+|precisely\s+)?(?:that|the\s+same)\s+"
                  r"(?:very\s+)?(?:moment|hour|minute|time)|to\s+the\s+(?:day|hour|minute)|"
                  r"on\s+(?:that|the\s+same)\s+(?:very\s+)?(?:day|date))\b)?"),
    # "the previous evening", "the night before": the day before the day just told.
    # "Early the next morning", "later that day": the part of the day is the day.
    ("rel_day", r"(?:(?:early|late|later|earlier)\s+)?(?:"
                r"(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b"
                r"|the\s+day\s+after(?=\s*[,.;]|$)"
                r"|(?:the\s+same|that(?:\s+very|\s+same)?)\s+(?:day|night|morning|afternoon|"
                r"evening)"
                rf"(?!\s+of)(?:\s+in\s+(?P<y>{Y}))?"
                r"|(?P<back>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night"
                r"|week)|the\s+(?:day|evening|night|week)\s+before(?=\s*[,.;]|$)"
                # "the night before the quake": the day before the happening just told.
                r"|(?P<before_it>the\s+(?:day|evening|night)\s+before\s+the\s+(?:earthquake|quake|"
                r"battle|attack|raid|assault|storm|flood|fire|blast|explosion|eruption|crash|"
                r"disaster|landing|invasion|uprising|riot|coup)(?=\s*[,.;]|$)))"
                # "issued a proclamation on the first day": the day of the happening told.
                r"|(?P<first_day>the\s+first\s+day\b(?!\s+(?:of|at|in|back)\b))"
                # "13 June - 13 July: congress. Treaty signed on the last day": the span's end
                # (not "It was the last day he saw her").
                r"|(?:(?<=\bon\s)|(?<=\bby\s))"
                r"(?P<last_day>the\s+last\s+day\b(?!\s+(?:of|at|in|before|for)\b))"
                # "the following week": the calendar week after the day told, Monday to Sunday.
                r"|(?:the\s+(?:following|next|same)|that)\s+week\b(?!\s+of|['’])"
                r"|the\s+week\s+after(?=\s*[,.;]|$)"
                # "on the eve of the Battle of Orvel": the day before that battle, told before.
                # "on the eve of his execution": the day before the subject's death.
                r"|(?:the\s+)?(?P<own_part>eve|morning|night|evening|afternoon|day)\s+of\s+"
                r"(?:his|her)\s+(?:execution|death|beheading|hanging)\b"
                # "on the evening of the collapse itself": the day of the story's happening.
                r"|(?:the\s+)?(?:morning|night|evening|afternoon|day)\s+of\s+the\s+[a-z]+\s+"
                r"(?P<itself>itself)\b"
                r"|(?:the\s+)?(?P<part>eve|morning|night|evening|afternoon|day)\s+of\s+(?P<named>"
                r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]+)+))"),
    ("easter", rf"(?:Easter\b(?:\s+Sunday)?)(?:,?\s+(?P<y>{Y}))?(?!\s+[A-Z])"),
    ("holiday", rf"(?P<holiday>Christmas\s+Day|Christmas\s+Eve|New\s+Year['’]s\s+(?:Day|Eve))\b"
                rf"(?:,?\s+(?P<y>{Y}))?"),
    # "Christmas 1914", "at Christmas": but "the Christmas truce" names a thing.
    ("holiday", rf"(?:(?:at|on|by|until|till|before|after|over)\s+)?(?P<holiday>Christmas)\b"
                rf"(?!\s+(?:Day|Eve)\b)(?:,?\s+(?P<y>{Y}))?"),
    # A news story's own days: "yesterday", "last year", "earlier this month" (from its date
    # line; nothing without one).
    # "Forty years ago", "three days ago": counted back from the story's date line (not "fifty
    # years ago this week", an anniversary whose day the story tells).
    ("news_ago", rf"\b(?:(?:nearly|almost|some|about|around|roughly|just)\s+)?"
                 rf"(?P<n>{NUM}|an?)\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b"
                 r"(?!\s+(?:this|today|tonight)\b)"),
    # "last autumn", "this spring": the latest such season up to the date line.
    ("news_season", rf"\b(?P<this>this|last)\s+(?P<season>{SEASON})\b(?!['’])"),
    # "Today, as the president watches a parade, ...": a dated story's own day, told by what
    # is done as it is written (not "Today the hall is a museum": see find_dates).
    ("news_today", r"^\W*Today(?=,?\s+(?:as|while|when)\s)"),
    # "late last year": its last third, as "late 2024".
    ("news_day", r"\b(?:(?P<yesterday>yesterday)|(?<!ago\s)"
                 r"(?:earlier\s+|(?P<mod>early|mid|late)[\s-]+)?(?P<this>this|last)\s+"
                 r"(?P<unit>year|month|week))\b(?!['’]s)"),
    # "early the next year", "by the end of that year", "later in the year".
    ("rel_year", rf"{MOD}?(?:(?:later|earlier)\s+(?:in\s+)?)?(?:(?:the|that)\s+)?"
                 r"(?:(?P<which>same|following|next|that|previous|preceding)\s+|(?(mod)|(?!)))"
                 r"year\b|(?P<before>the\s+year\s+before(?=\s*[,.;]|$)|a\s+year\s+(?:earlier|"
                 r"before))|(?P<after>the\s+year\s+after(?=\s*[,.;]|$))"
                 r"|(?:later|earlier)\s+in\s+the\s+year\b"),
    # "in the spring of the following year", "in May of the next year".
    ("rel_year_part", rf"(?:the\s+)?{MOD}?(?:(?P<season>{SEASON})|(?P<m1>{M}))\s+of\s+the\s+"
                      r"(?P<which>following|next|previous|preceding)\s+year\b"),
    ("rel_month", rf"(?:the\s+)?(?:following|next|(?P<back>previous|preceding))\s+(?P<m1>{M})"),
    ("rel_that_month", rf"(?:that(?:\s+same)?|the\s+same)\s+(?P<m1>{M})"
                       rf"(?![\w-]|,?\s+(?:of\s+)?\d)"),
    ("rel_month_step", rf"(?:by\s+)?the\s+(?:end|middle)\s+of\s+the\s+month\b"
                       rf"|(?:that\s+same|the\s+same|that)\s+month\b|(?:the\s+)?(?P<which>"
                       rf"following|next|previous|preceding)\s+month\b"
                       rf"|(?P<n>{NUM})\s+months?\s+(?P<way>later|earlier|afterwards)"),
    ("rel_season", rf"(?:the\s+|that\s+)?(?P<which>following|next|that|same|previous|preceding)"
                   rf"\s+(?P<season>{SEASON})\b"),
    # "in the autumn of that year": that year's autumn.
    ("yearless_season", rf"(?:the\s+)?{MOD}?(?P<season>{SEASON})\s+of\s+(?:that|the\s+same)\s+"
                        rf"year\b"),
    ("month_range", rf"\b(?:in|during)\s+(?P<m1b>{M})\s+and\s+(?P<m2>{M})(?![\w-]|,?\s+\d)"),
    # Not "in May and June 1848", "in the spring and summer of 1848": the year is shared.
    # "at the end of March", "throughout May" (but "at May" is no date).
    ("yearless_month", rf"\b(?:in|by|until|since|during|throughout|at(?=\s+the\s+(?:end|start|"
                       rf"beginning|middle)\b))\s+{MOD}?(?P<m1>{M})"
                       rf"(?:\s+of\s+(?:that|the\s+same)\s+year)?(?![\w-]|,?\s+(?:of\s+)?\d"
                       rf"|\s+(?:and|to)\s+{M},?\s+(?:of\s+)?\d|\s+of\s+the\s+(?:following|next|"
                       rf"previous|preceding)\s+year)"),
    ("yearless_season", rf"\b(?:in|by|during|over|through|throughout)\s+(?:the\s+)?{MOD}?"
                        rf"(?P<season>{SEASON})\b"
                        rf"(?!\s+(?:of|\d)|\s+(?:and|to)\s+(?:the\s+)?{SEASON}\s+(?:of\s+)?\d)"),
    # "the massacre of mid-May": a part of the month is of that month
    ("yearless_month", rf"\bof\s+(?P<mod>early|mid|late)[\s-]+(?P<m1>{M})"
                       rf"(?![\w-]|,?\s+(?:of\s+)?\d)"),
    ("yearless_month", rf"^{MOD}?(?P<m1>{M})(?=\s*:|\s+[–—-]\s)"),
    ("yearless_month", rf"(?<=\()(?P<m1>{M})(?=\))"),  # "Treaty of Vask (June) ends the raids"
    ("yearless_months", rf"^(?P<m1>{M}){DASH}(?P<m2>{M})(?=\s*:|\s+[–—-]\s)"),
    ("yearless_season", rf"^{MOD}?(?P<season>{SEASON})(?=\s*:|\s+[–—-]\s)"),
]
# The last word of a name that is a thing, not a person: "the Vessa Mission (1761–1763)",
# "Great Orvel War (1702–1719)" are dated things, not life spans.
THING_NOUN = re.compile(
    r"(?:Wars?|Revolution|Reforms?|Restoration|Era|Period|Empire|Dynasty|Kingdom|Republic|"
    r"Movement|Crisis|Rebellion|Revolt|Uprising|Rising|Insurrection|Mutiny|Treaty|Act|Battle|"
    r"Siege|Affair|Conflict|Incident|Campaign|Expedition|Mission|Council|Congress|"
    r"Conference|Convention|Assembly|Parliament|Diet|Commission|Company|Society|Party|Union|"
    r"League|Alliance|Pact|Agreement|Shogunate|Caliphate|Sultanate|Regime|"
    r"Government|Cabinet|Ministry|Administration|Presidency|Regency|Reign|Occupation|"
    r"Invasion|Offensive|Operation|Blockade|Embargo|Famine|Epidemic|Pandemic|"
    r"Depression|Crusade|Schism|Museum|University|Canal|Railway|Festival|"
    r"Exhibition|Exposition|Olympics|Constitution|Scandal|Exodus)$"
)
# A year followed by one of these is a count ("1500 soldiers"), not a date.
COUNT_NOUNS = re.compile(
    r"\s+(?:people|persons|men|women|children|soldiers|troops|refugees|civilians|deaths|dead|"
    r"casualties|votes|voters|members|families|houses|homes|villages|km|kilometers|kilometres|"
    r"miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds|rubles|years|days|hours|"
    r"inhabitants|residents|delegates|seats|ships|tanks|aircraft|prisoners|workers|students|"
    r"protesters|demonstrators)\b|\s*%|\s+percent\b",
)


@dataclass
class DateMention:
    """One date expression found in a text: where it is and the interval it denotes."""

    start: int
    end: int
    span: DateSpan
    explicit: bool  # carries its own year (not resolved from context)
    relative: bool = False  # "two days later", "the same year"
    planned: bool = False  # "will take effect on ...": not something that happened


@dataclass
class DateContext:
    """What year-less and relative expressions are resolved against: the last date read."""

    last: DateSpan | None = None
    last_day: DateSpan | None = None  # "two days later" after a flashback to another year
    # A news story's own date ("Kellport, 26 April 2026", "Published 9 May 2024"): "on Saturday"
    # in a paragraph that has told no day of its own is the Saturday before it.
    dateline: Ymd | None = None
    day_in_paragraph: bool = False
    # The paragraph before told a day (see events._block_events): "At 3 p.m. the guards
    # charged" opening the next paragraph goes on with the day told.
    day_before: bool = False
    past_day_before: bool = False  # the same in a news story telling a day of long ago
    # The paragraph speaks of the story's own time ("In the spring the town ..., and last
    # month ..."): its year-less months and seasons are of the date line's year.
    present: bool = False
    bare_years: bool = False  # a heading, where "714 - 768" can only be years
    # The last background date told ("The talks had opened in May 1921.") with the narrative's
    # date when it was told: "That October", while the narrative has not moved, is its October.
    background: tuple[DateSpan, DateSpan | None] | None = None
    # The date of a happening told before, found by words of it ("the same year he entered
    # the academy"), if the reader keeps them.
    recall: Callable[[str], DateSpan | None] | None = None
    # The last day read that was named, not counted ("May 6, 1937", "on Saturday"; not "the
    # next day"): see _paragraph_opening.
    story_day: DateSpan | None = None
    # The earliest day named: the day of the happening a story looks back on, as "the night
    # of the fire itself" (not the day it is told, nor the days after).
    earliest_day: DateSpan | None = None
    # The death of a biography's subject, from its opening lifespan: "on the eve of his
    # execution" is the day before it.
    subject_death: DateSpan | None = None
    # Every day named so far (not counted): "that evening in 1989" is the one day named in
    # 1989; "by 21 August, two days before the event" is of the year of a 23 August named.
    named_days: list[Ymd] = field(default_factory=list)
    # The first days of the spans of days named ("between 23 November and 7 December 2019"):
    # "on 23 November, the fifth anniversary of the vote" is five years after the first.
    named_starts: list[Ymd] = field(default_factory=list)

    early_years: bool = False  # the whole text tells years before 1000 (see tells_early_years)

    def early(self) -> bool:
        """Is the text telling years before 1000, which it writes bare ("in 751")?"""
        return self.bare_years or self.early_years or \
            self.last is not None and self.last.end.year < 1000

    def anchor(self, span: DateSpan, counted: bool = False) -> None:
        """Remember ``span`` if it names a year, month or day (decades and centuries do not);
        ``counted``: a day counted from another ("the next day")."""
        if span.precision in ("day", "month", "season", "year", "range"):
            self.last = span
        if _names_days(span) and not counted:
            self.named_starts.append(span.start)
        if span.precision == "day":
            self.last_day = span
            self.day_in_paragraph = True
            if not counted:
                self.story_day = span
                self.named_days.append(span.start)
                if self.earliest_day is None or span.start < self.earliest_day.start:
                    self.earliest_day = span


def find_dates(text: str, context: DateContext | None = None) -> list[DateMention]:
    """Every date expression of ``text``, resolved; ``context`` is updated as they are read."""
    context = context if context is not None else DateContext()
    mentions: list[DateMention] = []
    position = 0  # the end of the last expression read: expressions never overlap
    saved: tuple[DateSpan | None, DateSpan | None] | None = None  # see the end
    clock: DateMention | None = None  # a time of day, the sentence's date if it has no other
    before_era = context.last is not None and context.last.end.year <= 0
    day_told = context.day_in_paragraph or context.day_before or context.past_day_before
    for kind, match in _scan(text, context.early(), day_told):
        if match.start() < position:
            continue
        if kind.startswith("skip") or kind == "lifespan" or _is_count(text, kind, match) or \
                _is_code(text, kind, match) or _is_citation(text, kind, match):
            position = match.end()
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if before_era and "era" not in groups:
            groups = _bare_years_before_era(kind, groups)
        groups["_text"] = match.group().lower()
        if kind == "rel_hours":
            groups.update(_clock_before(text, match.start()))
        if kind == "rel_weekday" and NOW_WORDS.search(text):
            groups["_now"] = True  # "On Saturday, the town marked the anniversary": its week
        if kind == "rel_clock" and (mentions or _quoted(text, match.start()) or
                                    FUTURE_WORDS.search(QUOTE.sub(" ", text)) or
                                    NOW_WORDS.search(text)):
            continue  # "On 2 June 1921, workers left the mill at noon": the date is given
        if kind == "news_today" and not _done_today(text):
            continue  # "Today the hall is a museum": how things stand, no day of the story
        if kind == "rel_some_days" and (not any(m.explicit for m in mentions) or
                                        COUNT_BEFORE.search(text, max(0, match.start() - 25),
                                                            match.start())):
            continue  # "days later" counts only from a date its own sentence gives
        # "on 8 May, the same day the council met": the date its own sentence gave
        span = (None if mentions else _recalled(text, kind, match, context)) or _resolve(
            kind, groups, _sentence_context(kind, mentions, _paragraph_opening(
                kind, groups["_text"], mentions, context)))
        if span is None:
            continue  # not a date after all ("1914-06"): a shorter reading may still be one
        position = match.end()
        if _names_or_recurs(text, kind, groups, match) or _no_date_of_its_own(
                text, kind, groups, match) or (
                kind in ("news_day", "news_season") and _quoted(text, match.start()) and
                NAMED_YEAR.search(text)):
            continue  # '"We lost the harvest last year," he wrote in 1847': not the story's
        explicit = not kind.startswith(("rel_", "yearless_")) and bool(
            {"y", "y1", "y1b", "c1"} & groups.keys())
        if context.dateline and (span.start > context.dateline or kind == "rel_years" and
                                 span.end >= context.dateline and _quoted(text, match.start())
                                 or _recalled_in_quote(text, kind, span, match)):
            # "would reopen in September", "2027: new line due to open": after the story's own
            # date nothing has happened yet; '"Fifty years later, we still ask ..."' is the
            # speaker's present; '"the warning we heeded in 1741," said X' recalls the story.
            continue
        if kind == "day" and "y" not in groups:
            span = _year_by_count_after(text, match, span, context)
            counted = _year_by_anniversary(text, match, span, context)
            span, explicit = counted or span, explicit or counted is not None
        span = DateSpan(span.start, span.end, span.precision, match.group().strip())
        clause_start = _clause_start(text, match.start())
        clause = text[clause_start:match.start()]
        planned = bool(PLANNED.search(clause) or
                       "for " in clause and SUMMONED_FOR.search(clause)) or \
            _opens_future(text, match) or \
            not explicit and WOULD.search(clause) is not None or \
            _coming_weekday(text, kind, groups, match, context)  # "would publish by the end of"
        if planned and _ahead(kind, groups, context):
            # "The families will meet on Saturday": the story's news peg, the coming Saturday,
            # told but leaving the story's time alone.
            mentions.append(DateMention(match.start(), match.end(),
                                        _coming(groups, context.dateline, span.text), False, True))
            continue
        mentions.append(DateMention(match.start(), match.end(), span, explicit,
                                    kind.startswith(("rel_", "news_ago")), planned))
        if kind in ("rel_clock", "rel_daytime"):
            clock = mentions[-1]
            if kind == "rel_clock":
                # The day being told: it stays the narrative's day, and the paragraph has
                # told it ("By dawn they held the square. In the afternoon ...").
                context.day_in_paragraph = True
                continue
        if not planned and (_full_day_after_relative(mentions) or _moves_narrative(
                text, match, span, clause_start, mentions[:-1], context)):
            if not (_doubtful_year(text, kind, groups, match) or
                    _story_time(kind, groups, span, context)):
                saved = None
            elif saved is None:
                saved = (context.last, context.last_day)
            # "At twenty past midnight the ferry left Orm": the night told goes on into
            # the next day, where the story now stands (not a day counted in passing).
            context.anchor(span, kind in COUNTED_DAYS and not (
                kind == "rel_daytime" and "midnight" in groups["_text"]))
        elif not planned and explicit and span.precision in ("day", "month", "year") and \
                (_backstory(clause, span, context) or len(mentions) == 1 and
                 _aside(text, match, clause_start, [])):
            # (Or the sentence's one date, in an aside: "Her novel, published in 1985, is
            # told by a boy. The same year she ...": that year.)
            context.background = (span, context.last)
        elif planned and explicit and span.precision in ("day", "month") and \
                PAST_PLAN.search(clause):
            _plan_year(span, context)
    if saved is not None:
        # "at the 1994 election ... four years later": a year that may name a thing dates the
        # rest of its sentence, not the sentences after it.
        context.last, context.last_day = saved
    if clock is not None and any(m is not clock and m.span.precision == "day" for m in mentions):
        # "At 9:04 a.m., twenty minutes after the collision, ...": the day is given
        mentions.remove(clock)
    return _merge_lists(text, mentions)


NAMED_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")

# "on 23 November — the fifth anniversary of the vote": a day counted in years from a day
# named before.
ANNIVERSARY_COUNT = re.compile(rf"\s*[,—–(-]\s*the\s+(?P<n>\d+(?:st|nd|rd|th)|"
                               rf"{_one_of(*ORDINAL_WORDS)})\s+anniversary\s+of\b",
                               re.IGNORECASE)


def _year_by_anniversary(text: str, match: re.Match, span: DateSpan,
                         context: DateContext) -> DateSpan | None:
    """A day without its year told as the nth anniversary of a happening: the years counted
    from the one day (or first day of a span) named before on that month and day."""
    count = ANNIVERSARY_COUNT.match(text, match.end()) if "anniversary" in text else None
    if count is None:
        return None
    month_day = (span.start.month, span.start.day)
    years = {day.year for day in context.named_days + context.named_starts
             if (day.month, day.day) == month_day}
    if len(years) != 1:
        return None
    day = Ymd(years.pop() + _ordinal(count.group("n")), *month_day)
    return DateSpan(day, day, "day", span.text) if _valid_day(*day) else None


# "by 21 August, two days before the event": the day counted to a happening told before.
COUNT_TO_HAPPENING = re.compile(rf",\s+(?P<n>{NUM})\s+days?\s+(?P<way>before|after)\s+"
                                r"(?:the|his|her|its|their)\s+[a-z]+\b", re.IGNORECASE)


def _year_by_count_after(text: str, match: re.Match, span: DateSpan,
                         context: DateContext) -> DateSpan:
    """A day without its year that an aside counts to a day named before ("by 21 August, two
    days before the event", after "23 August 1989" was named) is of that day's year (of the
    one nearest the year read, if several years named that day)."""
    count = COUNT_TO_HAPPENING.match(text, match.end())
    if count is None or span.start.year < 1:
        return span
    step = _count(count.group("n")) * (1 if count.group("way").lower() == "before" else -1)
    target = _shift_day(span.start, step).start
    # "by 30 December, three days before" a 2 January named: of the year before that one
    across_new_year = target.year - span.start.year
    years = {day.year - across_new_year for day in context.named_days
             if (day.month, day.day) == (target.month, target.day)}
    if not years:
        return span
    year = min(years, key=lambda y: (abs(y - span.start.year), -y))
    if not _valid_day(year, span.start.month, span.start.day):
        return span
    day = Ymd(year, span.start.month, span.start.day)
    return DateSpan(day, day, "day", span.text)


# A plan made in the past: "was planned for", "had been set for", "intended to".
PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:planned|scheduled|set|slated|"
                       r"due|expected|meant|supposed|intended)\b|\b(?:planned|intended|hoped|"
                       r"promised|pledged|vowed|aimed)\s+to\b", re.IGNORECASE)


# "The same year he entered the academy, ...", "the same month that Ada opened the school":
# the date of that happening, told before.
SAME_AS = re.compile(r"\s+(?:that\s+|when\s+|as\s+|in\s+which\s+)?(?P<clause>(?:he|she|they|it|"
                     r"we|the|a|an|his|her|their|its|[A-Z][\w'’-]*)\s[^,;:.]{3,})")


def _recalled(text: str, kind: str, match: re.Match, context: DateContext) -> DateSpan | None:
    if context.recall is None or kind not in ("rel_year", "rel_month_step", "rel_day"):
        return None
    said = " ".join(match.group().lower().split())
    clause = SAME_AS.match(text, match.end())
    if clause is None or not said.startswith(("the same ", "that same ")):
        return None
    told = context.recall(clause.group("clause"))
    if told is None:
        return None
    unit = said.split()[-1]
    if unit == "year":
        return _years_span(told.start.year, told.start.year, "year")
    if unit == "month" and told.precision in ("day", "month"):
        return _month_span(told.start.year, told.start.month, told.start.month, "month")
    return told if unit == "day" and told.precision == "day" else None


def _plan_year(span: DateSpan, context: DateContext) -> None:
    """ "The march was planned for June 20, 1709, but they rose on June 14": no happening on
    the planned day, but the story is in its year, which the bare days after it take (not so
    a plan still to come: "the treaty will expire by 2024")."""
    year = span.start.year
    if context.last is None or not context.last.start.year <= year <= context.last.end.year:
        context.last = DateSpan(Ymd(year, 1, 1), Ymd(year, 12, 31), "year")


# "two days later" that "rel_days" could not place: no vaguer reading of its "days later".
COUNT_BEFORE = re.compile(rf"\b{NUM}\s+$", re.IGNORECASE)
FUTURE_WORDS = re.compile(r"\b(?:will|shall|tomorrow|tonight)\b", re.IGNORECASE)
SAME_DAY = re.compile(r"(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s")
COUNTED_DAYS = frozenset({"rel_day", "rel_days", "rel_days_after", "rel_days_weekday",
                          "rel_hours", "rel_daytime"})


def _paragraph_opening(kind: str, said: str, earlier: list[DateMention], context: DateContext
                       ) -> DateContext:
    """ "The airship burned on May 6. The navigator died the next day. [new paragraph] That
    evening ...; four days later ...": in a news story, the same day or a count of days at
    the opening of a paragraph counts from the last day the story named, not from a day
    counted in passing (but "The next day" goes on from the day before it)."""
    story, told = context.story_day, context.last_day
    if kind == "rel_day" and not SAME_DAY.match(said) or \
            kind not in ("rel_day", "rel_days") or earlier or context.day_in_paragraph or \
            context.dateline is None or story is None or told is None or \
            context.last is not told or not story.start < told.start or story.start.year < 1 \
            or (date(*told.start) - date(*story.start)).days > 7:
        return context
    return DateContext(story, story, context.dateline, story_day=story)


def _sentence_context(kind: str, earlier: list[DateMention], context: DateContext
                      ) -> DateContext:
    """A year-less or relative date counts from the sentence's own date before it, even when
    that one is background ("had begun in July 1951 and moved on that October")."""
    if not kind.startswith(("rel_", "yearless_")):
        return context
    # (A day named without its year counts too: "began on 26 August 1922, rode into the town
    # on 9 September; a fire destroyed it four days later" is four days after 9 September.)
    own = next((m.span for m in reversed(earlier) if not m.planned and (
        m.explicit or not m.relative and m.span.precision == "day")), None)
    if own is None or own is context.last or own.precision not in ("day", "month", "year"):
        return context
    main = next(m.span for m in earlier if not m.planned)
    if own.start < main.start:
        return context  # background to the sentence's main date: "estates seized since 1660"
    day = own if own.precision == "day" else context.last_day
    return DateContext(own, day, context.dateline, context.day_in_paragraph)


def _story_time(kind: str, groups: dict, span: DateSpan, context: DateContext) -> bool:
    """ "Forty years later, the papers obtained last month show ...": the story's own time
    dates the rest of its sentence, not the history told around it."""
    if kind in ("news_day", "news_season", "news_today"):
        return "yesterday" not in groups
    if kind == "rel_weekday" and "last" in groups:
        return True  # '"...," she said last Tuesday': when the story was reported
    if kind == "rel_weekday" and context.dateline is not None and \
            not context.day_in_paragraph and not _story_weekday(groups, context):
        # '"...," she said on Tuesday' amid a story of long ago: the past goes on after it
        return context.last is not None and context.last.end.year < context.dateline.year - 1
    day = context.dateline
    return kind == "rel_years" and day is not None and span.start <= day <= span.end


# "On Saturday, the museum will open": a date opening a sentence whose verb is still to come
# (not "March 1: X announces that it will withdraw", a promise made that day).
OPENING = re.compile(r"^[\s\"“‘']*(?:(?:on|in|by|from|at)\s+)?$", re.IGNORECASE)
FUTURE_AFTER = re.compile(r"(?:(?!\b(?:that|said|says|announc\w*|declar\w*|promis\w*)\b)"
                          r"[^.;:!?]){0,80}?\b(?:(?:will|shall)\s+(?!have\b)|(?:is|are)\s+"
                          r"(?:(?:due|set|expected|scheduled)\s+)?to\s+\w"
                          # "Next year, the institute plans to publish ..."
                          r"|(?<=[a-z]\s)(?:plans|intends|expects|hopes|aims)\s+to\s+\w)",
                          re.IGNORECASE)


def _opens_future(text: str, match: re.Match) -> bool:
    return OPENING.match(text, 0, match.start()) is not None and \
        FUTURE_AFTER.match(text, match.end()) is not None


# A verb in the present tense after its subject ("the council votes", "Ada Roe plans to",
# "a service is held"; not "the town's streets filled"), and one in the past ("voted", "met").
PAST_WORDS = (r"(?:was|were|had|did|[a-z]{2,}ed|said|met|went|came|took|gave|made|held|left|led|"
              r"won|lost|began|fell|rose|told|sent|sold|built|wrote|spoke|stood|saw|ran|got|kept|"
              r"found|brought|fought|paid|laid|knew|heard|felt|grew|drew|threw|drove|rode|broke|"
              r"chose|bought|caught|taught|thought|sought|meant|spent|fled|struck|hung|sang|wore|"
              r"became|flew|ate)\b")
PRESENT_VERB = re.compile(r"(?:\b(?i:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}"
                          r"[a-z][\w'’-]*|\b[A-Z][\w'’-]+,?)\s+(?P<verb>is|are|(?!(?:was|has|does|"
                          r"its|his|this|thus|as|always|perhaps|across|towards|afterwards|unless|"
                          r"whereas|news|less|plus)\b)[a-z]{2,}(?<![sui]s)s\b"
                          r"(?!\s+" + PAST_WORDS + r"))\b")
PAST_FINITE = re.compile(r"\b" + PAST_WORDS)
CAPTION = re.compile(r"\W*(?:photo|picture|image|caption)s?\b", re.IGNORECASE)
PRESENT_PASSIVE = re.compile(r"\b(?:is|are|be|being)\s+(?:\w+ly\s+)?[a-z]+")  # "is held"
QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")  # what a speaker says is in the speaker's time


def _done_today(text: str) -> bool:
    """Whether a sentence opening "Today, as ..." tells someone doing something (a verb in the
    present after its subject, "the president watches"), not a state ("is", "are")."""
    told = QUOTE.sub(" ", text)
    return any(match.group("verb") not in ("is", "are") for match in PRESENT_VERB.finditer(told))


def _ahead(kind: str, groups: dict, context: DateContext) -> bool:
    return kind == "rel_weekday" and context.dateline is not None and \
        "last" not in groups and not _story_weekday(groups, context)


# Words of a story's own days, not of the history it tells.
NOW_WORDS = re.compile(r"\b(?:anniversar(?:y|ies)|centenary|centennial|commemorat\w*|today|"
                       r"this\s+(?:week|year))\b", re.IGNORECASE)


def _story_weekday(groups: dict, context: DateContext) -> bool:
    """Whether a weekday counts forward from the story's last day, never from a news story's
    date line: "the following Tuesday", "by the Friday", "on Saturday, two days after the
    flood", or any weekday right after a day of long ago written with its weekday ("She
    sailed on Wednesday, April 17, 1912. ... On Saturday, ...")."""
    if {"which", "definite", "after"} & groups.keys():
        return True
    told = context.last_day
    return not {"last", "_now"} & groups.keys() and told is not None and \
        context.dateline is not None and \
        told.start.year < context.dateline.year - 1 and \
        any(map(told.text.lower().__contains__, WEEKDAYS)) and _DIGIT.search(told.text) is not None


def _coming(groups: dict, dateline: Ymd, text: str) -> DateSpan:
    """The first such weekday after the story's date line."""
    known = _weekday(dateline)
    ahead = (WEEKDAYS.index(groups["weekday"].lower()) - known) % 7 or 7
    day = _shift_day(dateline, ahead)
    return DateSpan(day.start, day.end, "day", text)


def _coming_weekday(text: str, kind: str, groups: dict, match: re.Match,
                    context: DateContext) -> bool:
    """ "On Friday the council votes", "The museum reopens on Saturday": a weekday of a dated
    story told in the present tense is still to come, not the weekday before the date line."""
    if kind != "rel_weekday" or "last" in groups or _story_weekday(groups, context) or \
            context.dateline is None or context.day_in_paragraph or CAPTION.match(text):
        return False  # "Photo: The mayor lays flowers on Monday": captions tell the past so
    if OPENING.match(text, 0, match.start()):
        told = QUOTE.sub(" ", re.split(r"[.;:!?]", text[match.end():], maxsplit=1)[0])
        present = PRESENT_VERB.search(told)
        past = PAST_FINITE.search(told)
        return present is not None and (past is None or present.start("verb") < past.start())
    told = QUOTE.sub(" ", text)  # the date told after its verb: no past in its clause
    aside = CLAUSE_AFTER.search(told, match.end())  # "..., which ... the hymn they said ..."
    told = told[:aside.start()] if aside else told
    return PRESENT_VERB.search(told, 0, match.start()) is not None and \
        PAST_FINITE.search(PRESENT_PASSIVE.sub(" ", told)) is None


CLAUSE_AFTER = re.compile(r",\s+(?:which|who|whom|whose|where)\b|\b(?:said|says)\b")


def _recalled_in_quote(text: str, kind: str, span: DateSpan, match: re.Match) -> bool:
    """'"the warning we heeded in 1741," said X', '"... like his that night," said Y': a
    speaker recalling the story's years and nights (but "last year" is the speaker's own)."""
    return (kind == "rel_day" or span.precision in ("year", "decade", "century")
            and not kind.startswith("news_")) and _quoted(text, match.start())


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` stands inside a quotation of the sentence."""
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _in_quotation(text: str, match: re.Match) -> bool:
    """Whether ``match`` stands in quoted words, opened in this sentence or one before it."""
    after = text[match.end():]
    return _quoted(text, match.start()) or after.count("”") > after.count("“") or \
        '"' not in text[:match.start()] and after.count('"') % 2 == 1


def _full_day_after_relative(mentions: list[DateMention]) -> bool:
    """ "On Monday the town marked the flood, which struck on March 1, 1941": after dates only
    counted from elsewhere, a day with its year is where the story now stands, even earlier."""
    current, earlier = mentions[-1], mentions[:-1]
    return current.explicit and current.span.precision == "day" and bool(earlier) and \
        not any(m.explicit for m in earlier)


def _moves_narrative(text: str, match: re.Match, span: DateSpan, clause_start: int,
                     earlier: list[DateMention], context: DateContext) -> bool:
    """Whether the date read is where the narrative now stands (the date later year-less and
    relative dates count from), not background, an aside or an end told ahead."""
    clause = text[clause_start:match.start()]
    # "The mayor had warned them the previous evening": a look back, the story stays put.
    looks_back = match.groupdict().get("back") is not None
    return not (looks_back or _told_then(clause, text, match) or
                _backstory(clause, span, context) or _aside(text, match, clause_start, earlier)
                or _background(span, earlier) or _told_ahead(text, match, span, earlier, context))


# "X told this newspaper in 2014 that ...", "she recalled in 1990, ...": when something was
# told about the story, not where the story stands.
TOLD_BEFORE = re.compile(r"\b(?:told|said|recalled|remembered|wrote|explained|admitted|insisted|"
                         r"claimed|confirmed|conceded)\b[^.;:]{0,40}?\bin\s+$")
TOLD_AFTER = re.compile(r"\s*(?:[,.]|that\b|$)")


def _told_then(clause: str, text: str, match: re.Match) -> bool:
    return TOLD_BEFORE.search(clause) is not None and \
        TOLD_AFTER.match(text, match.end()) is not None


def _bare_years_before_era(kind: str, groups: dict[str, str]) -> dict[str, str]:
    """ "395" in a text telling years before the era is "395 BC" ("the 420s", the 420s BC; but
    "the 1920s" is the 1920s of our era)."""
    if kind == "decade":
        return {**groups, "era": "BC"} if re.fullmatch(BARE_YEAR, groups["y"]) else groups
    return {name: f"{value} BC" if name in YEAR_GROUPS and re.fullmatch(BARE_YEAR, value)
            else value for name, value in groups.items()}


YEAR_GROUPS = frozenset({"y", "y1", "y1b", "y2"})
# Words after which a bare four-digit number is a code or a designator, not a year.
DESIGNATOR = re.compile(
    r"(?:\b(?:flight|flights|no\.|nos\.|number|numbers|route|highway|road|crew|code|codes|"
    r"model|type|mark|mk\.?|serial|track|platform|room|gate|unit|item|patent|catalogue|"
    r"opus|op\.|bus|train|squadron|regiment|battalion|lot|box|file|case|form|channel|"
    r"runway|pier|berth|locomotive|engine|error|fault|alarm|program|programme|version|"
    r"ticket|seat|cell|batch)|#|[A-Za-z]-)\s*$",
    re.IGNORECASE,
)
# Nouns after a bare four-digit number that make it a code or a model's number.
CODE_NOUN = re.compile(
    r"\s+(?:alarms?|errors?|codes?|faults?|programs?|programmes?|series|computers?|engines?|"
    r"locomotives?|models?|rifles?|guns?|cars?|routes?|buses|flights?|registers?|units?)\b",
    re.IGNORECASE,
)
# A capitalised word right before a bare number names a thing ("Lander 1201") unless it is
# one of these words that introduce or qualify a date.
DATE_WORDS = frozenset(
    "in by since until till from during after before of around circa c. about between and or "
    "to through throughout early mid late ad ce bc bce the year years christmas easter spring "
    "summer autumn fall winter on at also then only even not but as again when towards toward "
    "approximately roughly nearly born died founded established est. built opened completed "
    "fiscal ca. anno".split())
# Before a bare year, these make it a date beyond doubt; elsewhere it names or counts.
DATE_ISH_BEFORE = re.compile(
    r"(?:^|[(\[,;:—–]|\b(?:in|into|by|since|until|till|from|during|after|before|of|around|circa|c\.|"
    r"about|between|and|or|to|through|throughout|early|mid|late|year|years|spring|summer|"
    r"autumn|fall|winter|until|then|also|again|only|even|not|as|when|from)|\.)\s*$",
    re.IGNORECASE,
)


LETTER = re.compile(r"[A-Za-z]")
DASH_LETTER = re.compile(r"-[A-Za-z]")
CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")
HEADING_COLON = re.compile(r"\s*(?::|[–—-]\s)")


def _is_code(text: str, kind: str, match: re.Match) -> bool:
    """ "a "1409" fault", "Flight 1402", "Lander 1201", "CX-1999": numbers that name things."""
    if kind != "year" or match.groupdict().get("mod") or LETTER.search(match.group("y")):
        return False
    number = match.start("y")  # "in 742" after "governor of Arno": the words before "in" count
    before = text[max(0, number - 30):number]
    after = text[match.end():match.end() + 2]
    if before.endswith(("\"", "“", "'", "‘")) and after[:1] in "\"”'’":
        return True
    if DASH_LETTER.match(after):
        return True
    if DESIGNATOR.search(before):
        return True
    if CODE_NOUN.match(text, match.end()) and not DATE_ISH_BEFORE.search(before):
        return True  # "a 1202 alarm", "the 1850 engines" (but "in 1850 engines were ...")
    word = CAPITALISED_BEFORE.search(before)
    if HEADING_COLON.match(text, match.end()):
        return False  # "Orm 1702: the fall of the bridge" dates what follows
    return bool(word) and word.group(1).lower() not in DATE_WORDS and \
        not _MONTH.fullmatch(word.group(1))


# "historians such as Mara Dell (2004)", "see Orme (1998)": an author's work.
CITED_BEFORE = re.compile(
    r"\b(?i:such\s+as|according\s+to|see|cf\.|following|historians?|scholars?|writers?|"
    r"critics?|biographers?|authors?)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+\s*\($")


# "Holt (2004) argues that ...": what an author's work says.
CITING_VERB = re.compile(r"\)\s+(?:also\s+)?(?:argues|argued|claims|claimed|suggests|suggested|"
                         r"shows|showed|writes|wrote|notes|noted|contends|contended|believes|"
                         r"states|stated|describes|described|calls|called|concludes|concluded|"
                         r"sees|saw)\b")


def _is_citation(text: str, kind: str, match: re.Match) -> bool:
    """An author's name with a year in brackets cites a work: "such as Mara Dell (2004)",
    "Holt (2004) argues that ..."."""
    if kind != "year" or not text.startswith(")", match.end()):
        return False
    author = NAME_BEFORE.search(text, max(0, match.start() - 40), match.start() - 1)
    if CITING_VERB.match(text, match.end()) and author and \
            not THING_NOUN.match(author.group().strip()) and \
            not THE_NAME.search(text, max(0, match.start() - 60), match.start() - 1):
        return True
    return CITED_BEFORE.search(text, max(0, match.start() - 80), match.start()) is not None


def _doubtful_year(text: str, kind: str, groups: dict, match: re.Match) -> bool:
    """A bare year without a word that makes it a date ("the 1948 vote") is read, but it
    does not set the year of the year-less dates after it."""
    if kind != "year" or "mod" in groups:
        return False
    return not DATE_ISH_BEFORE.search(text[max(0, match.start() - 30):match.start()])


def _background(span: DateSpan, earlier: list[DateMention]) -> bool:
    """A date before the sentence's main (first) date, told after it, is background ("decree
    of 4 March 1702: estates seized since 1660"): the narrative stays at the main date. (A
    count right before the day it gives is no main date: "Less than two weeks later, on 20
    October, ...": the count was rough, the day is where the narrative stands.)"""
    main = next((m for m in earlier if not m.planned), None)
    if main is None or main.relative and main is earlier[-1] and main.span.precision == "day":
        return False
    return span.end < main.span.start


# "The town, founded in 1550 by fishermen, was besieged": a participle aside tells background.
ASIDE_PARTICIPLE = re.compile(
    r"\s*(?:[a-z]+ed|built|born|begun|founded|made|known|held|won|lost|given|taken|sent|"
    r"brought|drawn|written|set|laid|grown|sold|bought|chosen|driven)"
    r"(?:\s+(?:there|here|first|originally|only|as\s+early\s+as))?\s+(?:in|on|by|since|during)\s+"
    r"(?:the\s+)?$")


def _aside(text: str, match: re.Match, clause_start: int, earlier: list[DateMention]) -> bool:
    """A date in an aside leaves the narrative's date alone: a participle between commas
    (", founded in 1550 by fishermen,") or brackets after the sentence's own date ("Trade grew
    in 1770 (by 1790 it had doubled)")."""
    if clause_start > 0 and text[clause_start - 1] == "," and ASIDE_PARTICIPLE.match(
            text, clause_start, match.start()):
        # An aside closes with a comma before the sentence's verb; ", died on 4 March 1846
        # and was buried ..." is the sentence's own verb.
        close = re.search(r"[,;.]", text[match.end():])
        return close is not None and re.match(r",\s+[a-z]", text[match.end() + close.start():]) \
            is not None
    if earlier and WHERE_ASIDE.search(text, 0, match.start()):
        return True  # "flew to Orm the next morning and on to Vell, where he died in 1980"
    opening = text.rfind("(", 0, match.start())
    return opening >= 0 and text.find(")", opening, match.start()) < 0 and \
        any(not m.planned and m.end <= opening for m in earlier)


WHERE_ASIDE = re.compile(r",\s+where\b[^,;.()]*$")


# "began in May 1702 and lasted until the spring of 1703": the end told ahead of time.
# "did not appear until two years later, in May 1988": the date after the count is told ahead.
UNTIL_BEFORE = re.compile(rf"\b(?:until|till|up\s+to|into|through)\s+(?:{NUM}\s+(?:years?|"
                          rf"months?|decades?)\s+later,?\s+(?:in|on)\s+)?$", re.IGNORECASE)
NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t)\s[^,;:]*\b(?:until|till)\s+$", re.IGNORECASE)


def _told_ahead(text: str, match: re.Match, span: DateSpan, earlier: list[DateMention],
                context: DateContext) -> bool:
    """An end date told after the happening ("began in May 1702 and lasted until the spring
    of 1703"; after 31 October, "closing the port until the spring of 1703") tells how long it
    lasted; the narrative stays at the date read before, so the next sentence's year-less dates
    take its year. "Until 1703 the port stayed shut", opening the sentence, and "dragged on
    into 1703" alone in its sentence move it on."""
    lead = UNTIL_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if lead is None:
        return False
    if any(not m.planned for m in earlier):
        return True
    if span.precision == "day" and context.last_day is not None and \
            NOT_BEFORE.search(text, 0, match.start()):
        return True  # "The water rose on May 5; the streets were not dry until May 9."
    return lead.group().split()[0].lower() in ("until", "till") and \
        bool(text[:match.start()].strip()) and context.last is not None and \
        context.last.end.year < span.start.year


# Years below 1000 no reader takes for anything else: after a month ("16 December 755",
# "January 756"), with the era ("AD 79", "410 CE"), as a decade ("the 740s").
# (A month's number is a year only where no noun follows it: "In March 300 dockers walked out"
# counts dockers.)
EARLY_YEAR = re.compile(
    rf"\b(?:{D}\s+)?{M}\s+[1-9]\d\d(?=\s*[,.;:)]|\s*$|\s+(?:AD|CE|he|she|it|they|the|a|an|and|"
    r"his|her|its|their|when|after|before|in|on|at|to)\b|\s+[A-Z])"
    r"|\b(?:AD|A\.D\.)\s?[1-9]\d{0,2}(?!\d)"
    r"|\b[1-9]\d{0,2}\s?(?:CE|C\.E\.)(?![A-Za-z])|\bthe\s+[1-9]\d0s\b")
FOUR_DIGIT_YEAR = re.compile(r"(?<![\d,.])(?:1\d{3}|20\d{2})(?![\d]|,\d|\.\d)")


def tells_early_years(text: str) -> bool:
    """Is ``text`` about years before 1000, so that from its first line a bare "in 742" or
    "from 755 to 763" is a year? Yes when it writes such years beyond doubt more than once and
    at least as often as four-digit years (a modern text may name one "AD 301")."""
    early = len(EARLY_YEAR.findall(text))
    return early >= 2 and early >= len(FOUR_DIGIT_YEAR.findall(text))


# --- scanning ------------------------------------------------------------------------------

# Once a text is telling years before 1000 or before the era, it writes them bare ("## 714 -
# 768", "## 410 - 380 BC", then "Summer 395:", "in 398", "(392)", "the 780s"): there a number of
# one to three digits after a month, a season or a preposition, alone in brackets or opening a
# line, is a year (before the era when the text is telling years before it).
BARE_YEAR = r"(?<![\d,.])[1-9]\d{0,2}(?![\d]|,\d|\.\d)"
BARE_YEAR_ONLY = [
    # "early in 748" (as "early in 1990" is read with four digits).
    ("year", rf"\b(?P<mod>early|mid|late)\s+in\s+(?P<y>{BARE_YEAR})(?=\s*[,.;:)]|\s+[a-z]+\b|$)"),
    ("year", rf"\b{PREP}\s+{MOD}?(?P<y>{BARE_YEAR})"
             r"(?=\s*[,.;:)]|\s+(?:and|to|when|after|before|the|a|an|he|she|it|they)\b"
             rf"|\s+(?!{ERA})[A-Z]|$)"),
    ("year", rf"(?<=\()(?P<y>{BARE_YEAR})(?=\))"),
    ("year", rf"^(?P<y>{BARE_YEAR})(?=\s*(?::|[–—-]\s|$))"),  # "=== 755 ===" too
    # "830 and 833: the sons rebelled": two years opening a line.
    ("year", rf"^(?P<y>{BARE_YEAR})(?=\s+(?:and|or)\s+{BARE_YEAR}\s*:)"),
    ("year", rf"(?:(?<=^\d\d\d\sand\s)|(?<=^\d\d\d\sor\s))(?P<y>{BARE_YEAR})(?=\s*:)"),
    ("decade", rf"(?:{MOD}|the\s+(?P<thirds>later|earlier)\s+)?(?:the\s+)?(?P<y>[1-9]\d?0)'?s"
               rf"(?![a-z])"),
]
EARLY_PATTERNS = [
    entry
    for kind, pattern in PATTERNS
    for entry in ([(kind, pattern), *BARE_YEAR_ONLY] if pattern == STANDALONE_YEAR
                  else [(kind, pattern.replace(Y, f"(?:{Y}|{BARE_YEAR})"))])
]


def _compiled(patterns: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    # Every expression starts at a word's start: saying so lets the engine skip inside words.
    return [(kind, re.compile(rf"(?<![^\W_])(?:{pattern})", re.IGNORECASE | re.MULTILINE))
            for kind, pattern in patterns]


_COMPILED = _compiled(PATTERNS)
# Each kind of pattern needs a word or a digit to be present: checking for it first is much
# faster than running every pattern over every sentence. Words are looked for in lower-cased
# text with plain substring tests, by far the fastest check (a superset is harmless).
_MONTH = re.compile(M)
_DECADE = re.compile(r"\d0'?s")
_DIGIT = re.compile(r"\d")
_PAIR = re.compile(r"\d\D{1,40}\d")
WORD_TRIGGERS = {
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "century": ("centur",),
    "relative": ("later", "earlier", "previous", "preceding", " day", " year", " month", " night",
                 " morning", " afternoon", " evening", " week", "fortnight", "eve of"),
    "clock": (" hour", " minute", "hours later", "minutes later", "moments later"),
    "news": ("yesterday", "this year", "last year", "this month", "last month", "this week",
             "last week"),
    "today": ("today",),
    "ago": (" ago",),
    "holiday": ("christmas", "new year", "easter"),
    "weekday": WEEKDAYS,
}
# Each word with its trigger, in one flat list: one loop over it is faster than a loop per
# trigger.
TRIGGER_WORDS = [(word, name) for name, words in WORD_TRIGGERS.items() for word in words]
# The words of a time of day (see "rel_clock"); "7:21 p.m." is looked for only with a digit.
TIME_OF_DAY_WORDS = ("noon", "clock", "past ", "quarter", "evening", "morning", "afternoon",
                     " night", "dawn", "before the ")


DAYTIME_WORDS = ("afternoon", "evening", "nightfall", "midday", "noon", "dusk", "within", ":",
                 "midnight", "a.m", "p.m", " am ", " pm ")


def _present(text: str, clock: bool = False) -> set[str]:
    """The kinds of trigger ``text`` holds (see NEEDS); ``clock``: a time of day could date
    it (a day has just been told), so its words are looked for."""
    lower = text.lower()
    present = {name for word, name in TRIGGER_WORDS if word in lower}
    if any(map(lower[:40].__contains__, DAYTIME_WORDS)):
        present.add("daytime")  # "By the afternoon, ...": only opening a sentence
    if clock and any(map(lower.__contains__, TIME_OF_DAY_WORDS)):
        present.add("time_of_day")
    if _DIGIT.search(text):
        present.add("digit")
        if clock and ".m" in lower:
            present.add("time_of_day")
        if _DECADE.search(text):
            present.add("decade")
        if "from" in lower or "between" in lower:
            present.add("span")  # "from late 1846 to ...": with a digit only
        if _PAIR.search(text):
            present.add("pair")  # "1914–18", "between 1921 and 1990": two numbers near
        if "(" in text:
            present.add("bracket")  # "(born 1950)", "Ada Roth (1850–1920)"
        if ":" in text:
            present.add("colon")  # "10:56"
    if _MONTH.search(text):
        present.add("month")
    return present


NEEDS = {
    "skip": "digit", "skip_life": "bracket", "skip_clock": "colon", "lifespan": "bracket",
    "skip_old_style": "month",
    "iso_day": "digit",
    "days_range": "month", "months_range": "month", "day": "month",
    "century": "century", "decade": "decade", "decades": "decade",
    "decade_to_year": "decade", "season": "season",
    "month_range": "month",
    "month": "month", "month_years_range": "month", "rel_that_month": "month",
    "counted_month": "relative",
    "rel_month_step": "relative", "years": "pair", "year": "digit", "rel_days": "relative",
    "rel_some_days": "relative", "rel_weeks_span": "relative", "rel_days_weekday": "weekday",
    "rel_days_after": "relative",
    "days_between": "span",
    "months_between": "span",
    "rel_hours": "clock", "rel_daytime": "daytime", "rel_years": "relative", "rel_day": "relative",
    "rel_clock": "time_of_day",
    "rel_weekday": "weekday", "news_day": "news", "news_ago": "ago", "news_season": "season",
    "news_today": "today",
    "rel_year": "relative",
    "rel_year_part": "relative",
    "rel_month": "month", "rel_season": "season", "yearless_month": "month",
    "yearless_months": "month", "yearless_season": "season", "holiday": "holiday",
    "easter": "holiday", "fuzzy_range": "span",
}


def may_hold_dates(text: str) -> bool:
    """False when ``text`` surely names no date: no digit, month, season or relative phrase."""
    # A digit or a month is by far the most common trigger and the cheapest to look for.
    return bool(_DIGIT.search(text) or _MONTH.search(text) or _present(text))


# Each pattern with its place in the list (its priority on ties) and the trigger it needs.
_SCANNED = [(index, kind, pattern, NEEDS[kind]) for index, (kind, pattern) in enumerate(_COMPILED)]
_SCANNED_EARLY = [(index, kind, pattern, NEEDS[kind])
                    for index, (kind, pattern) in enumerate(_compiled(EARLY_PATTERNS))]


@functools.cache
def _patterns_for(present: frozenset[str], early: bool) -> list[tuple[int, str, re.Pattern]]:
    """The patterns whose trigger is present (few sets of triggers occur: each is worked out
    once, not for every sentence)."""
    return [(index, kind, pattern) for index, kind, pattern, needed in
            (_SCANNED_EARLY if early else _SCANNED) if needed in present]


def _scan(text: str, early: bool, clock: bool = False) -> list[tuple[str, re.Match]]:
    """Every match of every pattern, leftmost-longest first, earlier patterns first on ties;
    ``early``: the text is telling years before 1000, which it may write bare."""
    candidates = []
    for index, kind, pattern in _patterns_for(frozenset(_present(text, clock)), early):
        for match in pattern.finditer(text):
            start, end = match.span()
            if end > start and _case_ok(match, kind):
                candidates.append((start, start - end, index, kind, match))
    candidates.sort(key=lambda c: c[:3])
    return [(kind, match) for _, _, _, kind, match in candidates]


def _case_ok(match: re.Match, kind: str) -> bool:
    """Month names must be capitalised and eras upper-case: "may" and "ad" are words; a season
    capitalised inside a sentence is part of a title ("The Lark in Winter")."""
    groups = match.groupdict()
    if kind == "lifespan" and DAYS_OF_A_MONTH.match(match.group()):
        return False  # "Five Days of Orm (4–8 June 1761)": days of one month, no life
    if kind == "lifespan":  # only after a person's name: "the war (1914–1918)" is a date
        before = match.string[max(0, match.start() - 60):match.start()]
        name = NAME_BEFORE.search(before)
        named_thing = THE_NAME.search(before)  # "The Revolt of the Salt Guilds (1734–1736)"
        years = [int(y) for y in re.findall(r"\d{3,4}", match.group())]
        if len(years) >= 2 and abs(years[-1] - years[0]) < 15:
            return False  # "exiles fled to Corva (1850–1852)": too short for a life
        return bool(name) and not THING_NOUN.match(name.group().strip()) and not (
            named_thing and named_thing.group(1).lower() not in TITLES)
    if kind == "yearless_season" and groups["season"][0].isupper() and \
            match.start("season") > 0 and match.string[match.start("season") - 1] != "\n":
        return False
    for name in ("m1", "m1b", "m2", "era", "weekday"):
        if groups.get(name) and not groups[name][0].isupper():
            return False
    return not any(groups.get(name) and LOWER_LETTER.search(groups[name])
                   for name in ("y", "y1", "y1b", "y2"))


DAYS_OF_A_MONTH = re.compile(rf"\(\d{{1,2}}\s*(?:–|—|-|−)\s*\d{{1,2}}\s+{M}")
NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s*$")
# "the" and a name: a thing ("The Revolt of the Salt Guilds"), unless a title opens it.
THE_NAME = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
                      r"\s*$")
TITLES = frozenset(
    "king queen duke duchess earl count countess lord lady prince princess emperor empress "
    "pope sultan tsar czar shah khan marquis marquess baron baroness sir saint st archbishop "
    "bishop cardinal general admiral president chancellor elector margrave landgrave grand "
    "archduke archduchess dauphin infante infanta caliph emir doge regent".split())
LOWER_LETTER = re.compile(r"[a-z]")


# A date in the past perfect tells background ("who had ruled since 1971"), and so does one
# in a relative clause that goes back in time; it does not move the narrative's date, so later
# year-less dates ignore it.
PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)


def _backstory(clause: str, span: DateSpan, context: DateContext) -> bool:
    """ "X, who founded the guild in 1921, ..." goes back; "an army, which retook the city on
    8 February", after January, tells what happened next and moves the narrative on."""
    if PAST_PERFECT.search(clause):
        return True
    return bool(RELATIVE_CLAUSE.search(clause)) and (
        context.last is None or span.start <= context.last.start)
# Plans and intentions are not happenings: "will", "was meant to take effect the next day".
PLANNED = re.compile(r"\b(?:will|shall|meant to|supposed to|expected to|planned to|intended to|"
                     r"promis(?:ed|es|e|ing) to|pledged to|vowed to|hoped to|hoping to|"
                     r"aimed to|aiming to|expects? to|plans? to|hopes? to|intends? to|aims? to|"
                     r"wants? to|"
                     r"scheduled to|is to|are to|no earlier than|no later than|"
                     r"(?:is|are|was|were|been|being)\s+(?:now\s+)?(?:planned|scheduled|set|slated|"
                     r"due|expected|projected|proposed)\s+(?:for|to|in|on|by)|"
                     r"(?:is|are)\s+to\s+be)\b", re.IGNORECASE)
WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
# "the king summons the assembly for the next May": when it is to meet, no happening yet.
SUMMONED_FOR = re.compile(r"\b(?:summon(?:s|ed)?|convoke[sd]?|convene[sd]?|call(?:s|ed)|"
                          r"fix(?:es|ed)|set|schedule[sd]?)\b[^,;:.]*\bfor\s+(?:the\s+)?$",
                          re.IGNORECASE)
CLAUSE_START = re.compile(r"[,;:()—–]|\.\s")


# "the burial registers from that winter", "records for the spring of 1889": which records,
# no happening.
RECORDS_OF = re.compile(r"\b(?:records?|registers?|books|ledgers?|lists|files|accounts|data|"
                        r"archives|diaries|letters|minutes|statistics|returns|rolls|reports)\s+"
                        r"(?:of|for|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "as of 1970", "the first months of 1990": "of" after these words dates, it does not name.
TIME_OF = re.compile(r"\b(?:as|months?|weeks?|days?|years?|spring|summer|autumn|fall|winter|"
                     r"beginning|end|start|middle|half|part|course|night|morning|evening)\s+of\s+$",
                     re.IGNORECASE)
# "declared 16 June a public holiday", "to declare June 3 the Day of the Harbour", "made 3 May
# Lantern Day", "4 May has been a public holiday", "became Founders' Day": a day kept every year.
KEPT_AS_DAY = re.compile(r"\s+(?:(?:became|becomes|has\s+(?:since\s+|long\s+)?been|have\s+been|"
                         r"remains|was\s+(?:declared|made|named|proclaimed))\s+)?"
                         r"(?:as\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:holiday|day\s+of|"
                         r"observance|commemoration)\b|the\s+(?:[A-Z][\w'’-]*\s+){0,3}Day\b|"
                         r"(?:[A-Z][\w'’-]*\s+){1,3}Day\b)")
# "Harbour Day, 4 May, is ...", "Her feast day is 14 March": the day a name or a feast keeps.
KEPT_DAY_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*\s+Day,|\bfeast\s+day\s+(?:is|was|falls\s+on))"
                             r"\s+(?:on\s+)?$")
# "each year", "annually", "its annual service": a day that comes back every year.
RECURRING = re.compile(r"\b(?:each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b")
EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:year\s+on\s+)?$", re.IGNORECASE)


def _clause_start(text: str, position: int) -> int:
    starts = [m.end() for m in CLAUSE_START.finditer(text, 0, position)]
    return starts[-1] if starts else 0


# "The road to that evening", "memories of that day", "talks about 1974 as if ...": a time
# spoken of, not the time of a happening.
SPOKEN_OF = re.compile(r"\b(?:talks?|talked|talking|speaks?|spoke|speaking|writes?|wrote|"
                       r"writing|thinks?|thought|dreams?|dreamt|remembers?|remembered|recalls?|"
                       r"recalled)\s+(?:about\s+|of\s+)?$", re.IGNORECASE)


# "300 work there today, compared with 5,000 in 1984": a figure of that year, no happening.
COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+[\d,.]+"
                      r"(?:\s+[a-z]+)?\s+in\s+$", re.IGNORECASE)
# "as if it were yesterday": a likeness, no day.
AS_IF = re.compile(r"\b(?:as\s+if|as\s+though|like)\s+(?:it|that)\s+(?:was|were|is)\s+$",
                   re.IGNORECASE)


# "the minister said last week that ...": when it was said, not when anything happened.
SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|wrote|added|confirmed)\s+$", re.IGNORECASE)


# "when he introduced the Ferries Act of 1761": the act is named by its year, and made then.
ENACTED = re.compile(r"\b(?:introduced|passed|signed|ratified|adopted|enacted|issued|proclaimed|"
                     r"concluded|promulgated|approved)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}of\s+$")
# "during the student unrest of 1861 he left", "in a famous review of 1861 he attacked": not a
# name (no capital) but the time of what is told.
DATED_BY_OF = re.compile(r"\b(?i:during\s+(?:the|a|an|his|her|its|their)|in\s+(?:a|an|his|her|its|"
                         r"their))\s+(?:[a-z][\w'’-]*\s+){1,3}of\s+$")
# "petitions dating back to 1402": how far a scope reaches, no happening then.
BACK_TO = re.compile(r"\b(?:(?:dating|dates|dated|going|goes|reaching|stretching|harking)\s+back"
                     r"\s+to|as\s+far\s+back\s+as)\s+$",
                     re.IGNORECASE)
# "among the best-known writers of the 14th century": a person described, no happening.
DESCRIBED_BY = re.compile(r"\b(?:among|one\s+of)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+of\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)


# "the 10th-century historian Tam Ek": when the person named lived, no happening's date (but
# "the 14th-century plague Vell suffered" dates the plague). A small list of callings: dates
# reads no figures modules.
PERSON_NOUNS = ("historian|chronicler|poet|writer|author|scholar|philosopher|theologian|monk|nun|"
                "priest|bishop|abbot|saint|mystic|king|queen|emperor|ruler|prince|princess|"
                "painter|artist|composer|architect|playwright|traveller|traveler|explorer|"
                "mathematician|astronomer|physician|scientist|geographer|jurist|merchant")
DESCRIBES_PERSON = re.compile(rf"\s+(?:{PERSON_NOUNS})\s+(?:[a-z]{{1,3}}-)?[A-Z][\w'’-]+")


SPEAKS_OF = re.compile(r"\b(?:to|of|for|about)\s+$")  # "the road to that evening"
WORD_OF = re.compile(r"\w\s+of\s+$")
IS_ARE = re.compile(r"\s+(?:is|are)\b")


def _names_or_recurs(text: str, kind: str, groups: dict, match: re.Match) -> bool:
    """ "the Rising of 1761" names a thing; "15 March is a holiday" recurs every year;
    "the road to that evening" speaks of a time."""
    before = text[max(0, match.start() - 30):match.start()]
    if ("of " in before or "for " in before or "from " in before) and RECORDS_OF.search(before) \
            or kind == "year" and COMPARED.search(before) or \
            kind == "rel_day" and SPEAKS_OF.search(before) or \
            kind in ("year", "rel_day") and SPOKEN_OF.search(before) or \
            kind == "news_day" and AS_IF.search(before) or \
            kind == "news_day" and groups.get("unit", "").lower() == "week" and \
            SAID_BEFORE.search(before) or BACK_TO.search(before) or \
            kind == "century" and DESCRIBED_BY.search(text, 0, match.start()) or \
            kind == "century" and DESCRIBES_PERSON.match(text, match.end()) and \
            match.group().endswith("-century"):
        return True
    if kind == "yearless_season" and _in_quotation(text, match):
        return True  # '"... the smell of wet stone, an evening in winter."': any winter
    if kind == "year" and "mod" not in groups and WORD_OF.search(before):
        return not (TIME_OF.search(before) or DATED_BY_OF.search(before) or
                    ENACTED.search(text, max(0, match.start() - 80), match.start()))
    yearless = kind in ("day", "holiday", "easter") and "y" not in groups
    return yearless and (IS_ARE.match(text[match.end():]) is not None
                         or KEPT_AS_DAY.match(text, match.end()) is not None
                         or RECURRING.search(text, match.end(), match.end() + 40) is not None
                         or EVERY_BEFORE.search(before) is not None
                         or KEPT_DAY_BEFORE.search(before) is not None)


# "Its execution is 1873, NOT 1876": the date denied is no date of anything.
DENIED = re.compile(r"\bnot\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
# '(the "31 March incident")': a date opening a quoted name.
QUOTED_NAME_AFTER = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[\w'’-]+)?[\"”]")
DATE_THEN_BRACKET = re.compile(r"\d\s*[(\[]\s*$")


def _no_date_of_its_own(text: str, kind: str, groups: dict, match: re.Match) -> bool:
    """A date denied ("1873, NOT 1876"); a date in a quoted name ('the "31 March incident"');
    a feast named in brackets after a day ("15 April 1860 (Easter Sunday; ...)"): the day's
    name, not a second day."""
    start = match.start()
    if DENIED.search(text, max(0, start - 12), start):
        return True
    if start and text[start - 1] in "\"“" and QUOTED_NAME_AFTER.match(text, match.end()):
        return True
    return kind in ("easter", "holiday") and "y" not in groups and \
        DATE_THEN_BRACKET.search(text, max(0, start - 6), start) is not None


AGE_BEFORE = re.compile(r"\b(?:age\s+of|aged)\s+$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|by|since|until|from|during|of|after|before)\s+$",
                                re.IGNORECASE)


def _is_count(text: str, kind: str, match: re.Match) -> bool:
    """A bare four-digit number followed by a counted noun ("1500 soldiers") is a count; so is
    an age ("at the age of 9")."""
    if kind == "year" and AGE_BEFORE.search(text, max(0, match.start("y") - 12), match.start("y")):
        return True  # ("of 9" is read whole as a bare early year: the age is before its number)
    if kind not in ("year", "years") or \
            PREPOSITION_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
        return False  # "In 1500 soldiers ...": after a preposition it is a year after all
    return bool(COUNT_NOUNS.match(text, match.end()))


# --- resolving -----------------------------------------------------------------------------

NUMBER = re.compile(r"\d+")
BC = re.compile(r"B\.?C")


def _year(text: str) -> int:
    """Astronomical year of "1988", "44 BC", "AD 79"."""
    number = int(NUMBER.search(text).group())
    return 1 - number if BC.search(text) else number


def _month(text: str) -> int:
    return MONTH_NUMBERS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(NUMBER.match(text).group())


def _last_day(year: int, month: int) -> int:
    # calendar needs years >= 1; the leap rule repeats every 400 years.
    return calendar.monthrange(year % 400 + 400, month)[1]


def _month_span(year: int, first: int, last: int, precision: str) -> DateSpan:
    end_year = year + (last - 1) // 12
    last = (last - 1) % 12 + 1
    return DateSpan(Ymd(year, first, 1), Ymd(end_year, last, _last_day(end_year, last)),
                    precision)


def _years_span(first: int, last: int, precision: str) -> DateSpan:
    return DateSpan(Ymd(first, 1, 1), Ymd(last, 12, 31), precision)


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= _last_day(year, month)


def _anchor_year(context: DateContext) -> int | None:
    return context.last.start.year if context.last else None


def _modifier(groups: dict) -> str | None:
    mod = groups.get("mod")
    if not mod:
        return None
    mod = " ".join(mod.lower().split())
    return {"the start of": "start", "the beginning of": "start", "the end of": "end",
            "the middle of": "mid", "the first half of": "first half",
            "the second half of": "second half"}.get(mod, mod)


def _resolve(kind: str, g: dict, context: DateContext) -> DateSpan | None:
    resolver = _RESOLVERS[kind]
    try:
        return resolver(g, context)
    except (ValueError, KeyError):
        return None


def _with_year(g: dict, context: DateContext, month: int | None = None) -> int | None:
    """The year written, else the year of the date read before; a month well before that
    date's month is taken as the next year's (the narrative moves forward: "In November 1918
    ... In January, ...")."""
    if "y" in g:
        return _year(g["y"])
    same_year = g.get("_text", "").endswith("year")  # "in January of that year": no step forward
    if same_year:
        return _that_year(context)
    if context.present and context.dateline is not None and "d1" not in g:
        # (Not a day: "survivors recalled last week how on March 1 the water rose".)
        day = context.dateline
        month = month or SEASON_MONTHS.get(g.get("season", "").lower())
        return day.year - (1 if month is not None and month > day.month else 0)
    if context.last is None and context.dateline is not None and month is not None:
        # A story that has told no year yet: "on Tuesday, March 11" is a recent day, of its
        # date line's year (of the year before for a month still to come); a month long
        # before it is some other year's.
        day = context.dateline
        year = day.year - (1 if month > day.month else 0)
        return year if day.year * 12 + day.month - (year * 12 + month) <= 2 else None
    year = _anchor_year(context)
    last = context.last
    if year is not None and month is not None and last.precision in ("day", "month", "season") \
            and month < last.start.month - 3:
        year += 1
    return year


def _r_day(g: dict, context: DateContext) -> DateSpan | None:
    month, day = _month(g["m1"]), _day(g["d1"])
    year = _with_year(g, context, month)
    if year is not None and "wd" in g and "y" not in g and not g["_text"].endswith("year"):
        year = _year_of_weekday(year, month, day, WEEKDAYS.index(g["wd"].lower()))
    if year is None or not _valid_day(year, month, day):
        return None
    return DateSpan(Ymd(year, month, day), Ymd(year, month, day), "day")


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year of a day told with its weekday but not its year ("On Sunday, April 2" after a
    flashback to another year): the year read if the day falls on that weekday there, else
    the year next to it where it does (in either calendar: old texts give Julian days)."""
    for candidate in (year, year + 1, year - 1):
        if _valid_day(candidate, month, day) and \
                weekday in _weekdays_of(Ymd(candidate, month, day)):
            return candidate
    return year


# The last countries to leave the Julian calendar did so by 1923: later dates are Gregorian.
LAST_JULIAN_YEAR = 1922


def _weekdays_of(day: Ymd) -> tuple[int, ...]:
    """The weekday of a date read in the Gregorian calendar and, up to LAST_JULIAN_YEAR, read
    in the Julian one (Old Style), whose dates run behind by the leap days the Gregorian drops."""
    if day.year > LAST_JULIAN_YEAR:
        return (_weekday(day),)
    behind = day.year // 100 - day.year // 400 - 2
    return _weekday(day), (_weekday(day) + behind) % 7


def _r_days_range(g: dict, context: DateContext) -> DateSpan | None:
    month, first, last = _month(g["m1"]), _day(g["d1"]), _day(g["d2"])
    year = _with_year(g, context, month)
    if year is None or not (first < last and _valid_day(year, month, last)):
        return None
    if "pair" in g and last != first + 1:
        return None  # "on 14 and 25 May": two days; "on 18 and 19 May": both days
    return DateSpan(Ymd(year, month, first), Ymd(year, month, last), "range")


def _r_months_range(g: dict, context: DateContext) -> DateSpan | None:
    end_year = _with_year(g, context)
    if end_year is None:
        return None
    start_year = _year(g["y1"]) if "y1" in g else end_year
    start = Ymd(start_year, _month(g["m1"]), _day(g["d1"]))
    end = Ymd(end_year, _month(g["m2"]), _day(g["d2"]))
    if "y1" not in g and end < start:
        start = Ymd(start_year - 1, start.month, start.day)
    if not (_valid_day(*start) and _valid_day(*end) and start < end):
        return None
    return DateSpan(start, end, "range")


def _r_month(g: dict, context: DateContext) -> DateSpan | None:
    month = _month(g["m1"])
    year = _with_year(g, context, month)
    if year is None:
        return None
    return _month_span(year, month, month, "month")


def _r_counted_month(g: dict, context: DateContext) -> DateSpan | None:
    month = _ordinal(g["c1"])
    if not 1 <= month <= 12:
        return None
    return _month_span(_year(g["y"]), month, month, "month")


def _r_month_range(g: dict, context: DateContext) -> DateSpan | None:
    year = _with_year(g, context)
    first, last = _month(g.get("m1") or g["m1b"]), _month(g["m2"])
    if year is None or first >= last or ("pair" in g and last != first + 1):
        return None  # "in April and June 1848" are two months
    return _month_span(year, first, last, "range")


def _r_season(g: dict, context: DateContext) -> DateSpan | None:
    first = SEASON_MONTHS[g["season"].lower()]
    year = _with_year(g, context)
    if year is None:
        return None
    told = context.last
    if "y" not in g and told is not None and told.precision == "season" and \
            first == told.end.month % 12 + 1:
        year = told.end.year  # the season after the one told: "the winter of 1890–91 ... by
        # the spring" is the spring of 1891
    last = SEASON_MONTHS[g["season2"].lower()] if "season2" in g else first
    if last < first:
        if first != 12:
            return None
        year, first, last = year - 1, 12, last + 12  # "the winter and spring of 1889"
    return _month_span(year, first, last + 2, "season")


def _r_year(g: dict, context: DateContext) -> DateSpan | None:
    return _year_part_span(_year(g["y"]), _modifier(g))


def _year_part_span(year: int, mod: str | None) -> DateSpan:
    """A year, or the part of it "early", "late", "the end of" ... name."""
    if mod in YEAR_PARTS:
        first, last = YEAR_PARTS[mod]
        return _month_span(year, first, last, "year")
    if mod == "start":
        return _month_span(year, 1, 1, "month")
    if mod == "end":
        return _month_span(year, 12, 12, "month")
    return _years_span(year, year, "year")


def _r_years(g: dict, context: DateContext) -> DateSpan | None:
    first_text, last_text = g["y1"], g["y2"]
    last = _year(last_text)
    if len(re.sub(r"\D", "", last_text)) == 2 and not re.search(ERA, last_text):
        last = _year(first_text) // 100 * 100 + last
    first = _year(first_text)
    if re.search(r"B\.?C", last_text) and not re.search(ERA, first_text):
        first = 1 - int(re.search(r"\d+", first_text).group())  # "49-44 BC": both before
    if not first < last or "alternative" in g and last - first > 2:
        return None  # "1850 or 1870" are two years, not one uncertain
    return _years_span(first, last, "range")


def _r_fuzzy_range(g: dict, context: DateContext) -> DateSpan | None:
    first = _year_part(g["y1"], g.get("mod"), g.get("season"), g.get("m1"))
    last = _year_part(g["y"], g.get("mod2"), g.get("season2"), g.get("m2"))
    if not first.start.year < last.end.year:
        return None
    return DateSpan(first.start, last.end, "range")


def _year_part(year: str, mod: str | None, season: str | None, month: str | None) -> DateSpan:
    """ "late 1846", "the summer of 1848", "May 1848" or "1848" as a span."""
    if month:
        return _month_span(_year(year), _month(month), _month(month), "month")
    if season:
        return _r_season({"season": season, "y": year}, DateContext())
    return _r_year({"y": year, "mod": mod} if mod else {"y": year}, DateContext())


def _r_decade(g: dict, context: DateContext) -> DateSpan | None:
    first = int(g["y"])
    mod = _modifier(g) or {"later": "late", "earlier": "early"}.get(g.get("thirds", "").lower())
    # "the 1800s" is the hundred years 1800-1899; "the 2000s" (and, mostly, "the 1900s") the
    # ten years 2000-2009.
    if first % 100 == 0 and first < 1900:
        low, high = CENTURY_PARTS.get(mod, (1, 100))
        width, low, high, precision = 100, low - 1, high - 1, "century"
    else:
        width, (low, high), precision = 10, DECADE_PARTS.get(mod, (0, 9)), "decade"
    if "era" in g:  # before the era years count down: the early 420s BC are 429-427 BC
        last = first + width - 1
        return _years_span(1 - (last - low), 1 - (last - high), precision)
    return _years_span(first + low, first + high, precision)


def _r_decade_to_year(g: dict, context: DateContext) -> DateSpan | None:
    decade, last = _r_decade(g, context), int(g["y2"])
    if decade is None or last < decade.start.year:
        return None
    return DateSpan(decade.start, Ymd(last, 12, 31), "range")


def _r_decades(g: dict, context: DateContext) -> DateSpan | None:
    first, last = int(g["y"]), int(g["y2"])
    if last < 100:
        last += first // 100 * 100
    return _years_span(first, last + 9, "decade") if first < last else None


def _ordinal(text: str) -> int:
    text = text.lower()
    return int(re.match(r"\d+", text).group()) if text[0].isdigit() else ORDINAL_WORDS[text]


def _century_years(number: int, before_era: bool) -> tuple[int, int]:
    if before_era:  # the 1st century BC is 100-1 BC: astronomical -99..0
        return 1 - 100 * number, -100 * (number - 1)
    return 100 * (number - 1) + 1, 100 * number


def _r_century(g: dict, context: DateContext) -> DateSpan | None:
    before = bool(re.search(r"B\.?C", g.get("era", "")))
    first_century = _ordinal(g["c1"])
    last_century = _ordinal(g["c2"]) if "c2" in g else first_century
    start, _ = _century_years(first_century, before)
    _, end = _century_years(last_century, before)
    mod = _modifier(g)
    if mod in CENTURY_PARTS:
        low, high = CENTURY_PARTS[mod]
        start = _century_years(first_century, before)[0] + low - 1
        if "c2" not in g:
            end = _century_years(first_century, before)[0] + high - 1
    mod2 = g.get("mod2", "").lower()
    if mod2 in CENTURY_PARTS:
        end = _century_years(last_century, before)[0] + CENTURY_PARTS[mod2][1] - 1
    return _years_span(min(start, end), max(start, end), "century")


def _count(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _last_day_read(context: DateContext) -> Ymd | None:
    """The day relative expressions count from: the last day read, or the last day of a
    range of days ("February 18–26 ... the following day" is February 27); after a year or
    month named in passing (a flashback), the last day read before it; after a later month
    or year, none."""
    last = context.last
    if last is None:
        return None
    if last.precision == "day":
        return last.start
    if last.precision == "range" and (last.end.year, last.end.month) <= \
            (last.start.year, last.start.month + 1) and not (last.start.day == 1 and
                                                            last.end.day >= 28):
        return last.end
    day = context.last_day
    if day is None or last.start > day.start:
        return None  # the narrative moved on to a later month or year: no day to count from
    return day.start


def _r_rel_days(g: dict, context: DateContext) -> DateSpan | None:
    day = _last_day_read(context)
    if day is None:
        return None
    days = _count(g["n"]) * DAYS_IN[g["unit"].lower().rstrip("s")]
    return _shift_day(day, -days if g["way"].lower() in ("earlier", "before") else days)


DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}


def _r_rel_days_weekday(g: dict, context: DateContext) -> DateSpan | None:
    """The day counted from the story's named day or the last day read, whichever gives the
    weekday said ("On Friday 14 March ... the next day ... three days later, on the Monday":
    from the Friday)."""
    weekday = WEEKDAYS.index(g["weekday"].lower())
    last = _last_day_read(context)
    named = context.story_day.start if context.story_day else None
    for day in (last, named):
        if day is not None:
            span = _shift_day(day, _count(g["n"]))
            if _weekday(span.start) == weekday:
                return span
    return None


def _r_rel_weeks_span(g: dict, context: DateContext) -> DateSpan | None:
    day = _last_day_read(context)
    if day is None:
        return None
    weeks = 3 if g["n"].lower() == "few" else _count(g["n"])
    end = _shift_day(day, 7 * weeks).start
    if (end.year, end.month) == (day.year, day.month):
        return _month_span(day.year, day.month, day.month, "month")
    return DateSpan(Ymd(day.year, day.month, 1), Ymd(end.year, end.month,
                                                      _last_day(end.year, end.month)), "range")


def _r_rel_some_days(g: dict, context: DateContext) -> DateSpan | None:
    day = _last_day_read(context)
    last = context.last
    if day is not None:
        return _month_span(day.year, day.month, day.month, "month")
    if last is not None and last.precision == "month":
        return _month_span(last.start.year, last.start.month, last.start.month, "month")
    return None


def _r_rel_hours(g: dict, context: DateContext) -> DateSpan | None:
    day = _last_day_read(context)
    if day is None:
        return None
    count = g.get("n", "").lower()
    number = _count(count) if count in NUMBER_WORDS or count.isdigit() else 0
    minutes = number * (60 if g["unit"].lower().startswith("hour") else 1)
    # "struck at 11:40 p.m. ... and sank three hours later": past midnight, the next day
    return _shift_day(day, (g.get("_clock", 0) + minutes) // (24 * 60))


CLOCK = re.compile(r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b",
                   re.IGNORECASE)


def _clock_before(text: str, position: int) -> dict[str, int]:
    """The time of day (in minutes) the sentence gives before ``position``, if any."""
    if "m" not in text[:position]:
        return {}
    clocks = list(CLOCK.finditer(text, 0, position))
    if not clocks or int(clocks[-1]["hour"]) > 12:
        return {}
    clock = clocks[-1]
    hour = int(clock["hour"]) % 12 + (12 if clock["half"].lower() == "p" else 0)
    return {"_clock": hour * 60 + int(clock["minute"] or 0)}


def _r_rel_weekday(g: dict, context: DateContext) -> DateSpan | None:
    """The named weekday on or after the last day read: the narrative moves forward. In a
    news story's paragraph without a day of its own, the weekday on or before its dateline."""
    weekday = WEEKDAYS.index(g["weekday"].lower())
    if "last" in g and not context.dateline:
        return None  # "last Sunday" counts back from the day the story was written
    # ("On Friday, people re-formed the chain for the anniversary", after a day of long ago in
    # its paragraph, is of the story's week too.)
    told = context.last_day
    long_ago = told is not None and context.dateline is not None and \
        told.start.year < context.dateline.year - 1
    if context.dateline and (not context.day_in_paragraph or "last" in g or
                             "_now" in g and long_ago) and not _story_weekday(g, context):
        day = context.dateline
        known = _weekday(day)
        return _shift_day(day, -((known - weekday) % 7 or (7 if "last" in g else 0)))
    day = _last_day_read(context)
    if day is None:
        return None
    known = _weekday(day)
    which = g.get("which", "").lower()
    if which in ("previous", "preceding"):
        return _shift_day(day, -((known - weekday) % 7 or 7))
    return _shift_day(day, (weekday - known) % 7 or (7 if which else 0))


def _r_rel_daytime(g: dict, context: DateContext) -> DateSpan | None:
    """A time of day names the day only in a paragraph that has just told it."""
    day = _last_day_read(context) if context.day_in_paragraph or context.day_before else None
    return None if day is None else _shift_day(day, 1 if "midnight" in g["_text"] else 0)


def _r_rel_clock(g: dict, context: DateContext) -> DateSpan | None:
    """A time of day told after the sentence's opening ("blew up at ten in the evening"): the
    day the paragraph, or the paragraph before, has just told (find_dates looks for a time of
    day only then)."""
    day = _last_day_read(context)
    return None if day is None else _shift_day(day, 0)


def _r_rel_day(g: dict, context: DateContext) -> DateSpan | None:
    if "itself" in g:
        return context.earliest_day
    if "own_part" in g:
        death = context.subject_death
        if death is None or death.precision != "day":
            return None
        return _shift_day(death.start, -1 if g["own_part"].lower() == "eve" else 0)
    if "named" in g:  # the day of a happening told before, found by its name
        told = context.recall(g["named"]) if context.recall else None
        if told is None or told.precision != "day":
            return None
        return _shift_day(told.start, -1 if g["part"].lower() == "eve" else 0)
    if "last_day" in g:
        return _last_day_of_span(context.last)
    if "y" in g:  # "that evening in 1871": the last day told, if in 1871, or the one day
        told = context.last_day  # named in 1871; else only the year
        year = _year(g["y"])
        if told and told.start.year == year:
            return told
        named = {day for day in context.named_days if day.year == year}
        if len(named) != 1:
            return None
        (day,) = named
        return DateSpan(day, day, "day")
    day = _last_day_read(context)
    if ("before_it" in g or "first_day" in g) and context.dateline and context.earliest_day:
        day = context.earliest_day.start  # a story looking back: the day of its happening
    if day is None:
        return None
    phrase = re.sub(r"^(?:early|late|later|earlier) ", "", " ".join(g["_text"].split()))
    if phrase.endswith(("week", "week before", "week after")):
        step = -7 if "back" in g else 0 if phrase.endswith(("same week", "that week")) else 7
        return _week(day, step)
    if "back" in g:
        return _shift_day(day, -1)
    if phrase.endswith("night") and context.last_day and \
            context.last_day.text.lower().endswith(("next morning", "following morning")):
        # "They were rescued the next morning. Forty died that night.": the night before it
        return _shift_day(day, -1)
    return _shift_day(day, 0 if phrase.startswith(("the same", "that")) or "first_day" in g
                      else 1)


def _names_days(span: DateSpan) -> bool:
    """Whether ``span`` is a span of days ("between 3 and 9 May"), not of years or months."""
    return span.precision == "range" and _MONTH.search(span.text) is not None \
        and re.search(r"(?<!\d)\d{1,2}(?!\d)", span.text) is not None


def _last_day_of_span(span: DateSpan | None) -> DateSpan | None:
    """The last day of a span of days told just before (not of a span of years or months)."""
    if span is None or not _names_days(span):
        return None
    return DateSpan(span.end, span.end, "day")


def _week(day: Ymd, days: int) -> DateSpan:
    """The calendar week (Monday to Sunday) of the day ``days`` after ``day``."""
    monday = _shift_day(day, days - _weekday(day))
    return DateSpan(monday.start, _shift_day(monday.start, 6).end, "range")


def _weekday(day: Ymd) -> int:
    """Monday 0 to Sunday 6. The Gregorian weekday repeats every 400 years: it is counted in a
    year with the same calendar (any year, before the era too)."""
    return date(day.year % 400 + 2000, day.month, day.day).weekday()


def _shift_day(day: Ymd, days: int) -> DateSpan:
    shifted = date(day.year % 400 + 2000, day.month, day.day) + timedelta(days=days)
    result = Ymd(day.year + shifted.year - (day.year % 400 + 2000), shifted.month, shifted.day)
    return DateSpan(result, result, "day")


def _r_news_today(g: dict, context: DateContext) -> DateSpan | None:
    day = context.dateline
    return None if day is None else _shift_day(day, 0)


def _r_news_day(g: dict, context: DateContext) -> DateSpan | None:
    day = context.dateline
    if day is None:
        return None
    if "yesterday" in g:
        return _shift_day(day, -1)
    back = 1 if g["this"].lower() == "last" else 0
    if g["unit"].lower() == "week":  # "last week": Monday to Sunday of the week before
        return _week(day, -7 * back)
    if g["unit"].lower() == "year":
        return _year_part_span(day.year - back, _modifier(g))
    return _month_step(day, -back)


def _r_news_season(g: dict, context: DateContext) -> DateSpan | None:
    """ "this spring": that season of the date line's year; "last autumn": the latest autumn
    over by the date line ("last winter" in April 2024 is the winter of 2023-24)."""
    day = context.dateline
    if day is None:
        return None
    first = SEASON_MONTHS[g["season"].lower()]
    season = _month_span(day.year, first, first + 2, "season")
    before = _month_span(day.year - 1, first, first + 2, "season")
    if g["this"].lower() == "this":  # "this winter" in February: the winter begun in December
        return before if before.start <= day <= before.end else season
    while season.end >= day:
        season, before = before, _month_span(before.start.year - 1, first, first + 2, "season")
    return season


def _r_news_ago(g: dict, context: DateContext) -> DateSpan | None:
    day = context.dateline
    if day is None:
        return None
    count = 1 if g["n"].lower() in ("a", "an") else _count(g["n"])
    unit = g["unit"].lower().rstrip("s")
    if unit == "year":
        return _years_span(day.year - count, day.year - count, "year")
    if unit == "month":
        return _month_step(day, -count)
    return _shift_day(day, -count * DAYS_IN[unit])


def _r_rel_year(g: dict, context: DateContext) -> DateSpan | None:
    which = g.get("which", "previous" if "before" in g else "next" if "after" in g
                  else "same").lower()
    year = _that_year(context) if which in ("same", "that") else _anchor_year(context)
    if year is None:
        return None
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(which, 0)
    if step > 0 and context.last.precision == "range":
        year = context.last.end.year  # "from 1880 to 1884 ...; the following year": 1885
    return _year_part_span(year + step, _modifier(g))


def _r_rel_year_part(g: dict, context: DateContext) -> DateSpan | None:
    year = _anchor_year(context)
    if year is None:
        return None
    year += 1 if g["which"].lower() in ("following", "next") else -1
    if "season" in g:
        return _r_season({"season": g["season"], "y": str(year)}, context) if year > 0 else None
    return _month_span(year, _month(g["m1"]), _month(g["m1"]), "month")


def _r_rel_years(g: dict, context: DateContext) -> DateSpan | None:
    year = _anchor_year(context)
    if year is None or context.last.end.year != year:
        return None  # "from 1880 to 1884 ... three years later": later than which?
    step = _count(g["n"]) * (-1 if g["way"].lower() == "earlier" else 1) * \
        (10 if g["unit"].lower().startswith("decade") else 1)
    day = context.last_day
    if "exact" in g and day is not None and context.last is day and \
            _valid_day(year + step, day.start.month, day.start.day):
        same = Ymd(year + step, day.start.month, day.start.day)
        return DateSpan(same, same, "day")
    return _years_span(year + step, year + step, "year")


def _r_rel_month(g: dict, context: DateContext) -> DateSpan | None:
    last = context.last
    if last is None:
        return None
    month = _month(g["m1"])
    known_month = last.precision in ("day", "month")
    if "back" in g:  # "He died on 7 April 1803. X had died the previous November": 1802
        year = last.start.year - (0 if known_month and month < last.start.month else 1)
    else:
        year = last.start.year + (0 if known_month and month > last.start.month else 1)
    return _month_span(year, month, month, "month")


def _r_month_years_range(g: dict, context: DateContext) -> DateSpan | None:
    first_year, last_year = _year(g.get("y1") or g["y1b"]), _year(g["y"])
    first, last = _month(g.get("m1") or g["m1b"]), _month(g["m2"])
    if (first_year, first) >= (last_year, last):
        return None
    start = _month_span(first_year, first, first, "range").start
    end = _month_span(last_year, last, last, "range").end
    return DateSpan(start, end, "range")


def _that_year(context: DateContext) -> int | None:
    """The year "that year", "that October" speak of: the year being told, or that of a
    background date told since ("The talks had opened in May 1921. That October ...")."""
    if context.background and context.background[1] is context.last:
        return context.background[0].start.year
    return _anchor_year(context)


def _r_rel_that_month(g: dict, context: DateContext) -> DateSpan | None:
    """ "That November", "the same September": the named month of that year."""
    year = _that_year(context)
    if year is None:
        return None
    month = _month(g["m1"])
    return _month_span(year, month, month, "month")


def _r_rel_month_step(g: dict, context: DateContext) -> DateSpan | None:
    """ "that same month", "the following month", "six months later": from a known month."""
    last = context.last
    if last is None or last.precision not in ("day", "month"):
        return None
    which = (g.get("which") or g.get("way") or "same").lower()
    step = {"following": 1, "next": 1, "later": 1, "afterwards": 1, "previous": -1,
            "preceding": -1, "earlier": -1}.get(which, 0) * (_count(g["n"]) if "n" in g else 1)
    return _month_step(last.start, step)


def _month_step(day: Ymd, step: int) -> DateSpan:
    """The month ``step`` months after the month of ``day`` (before it when negative)."""
    year, month = divmod(day.year * 12 + day.month - 1 + step, 12)
    return _month_span(year, month + 1, month + 1, "month")


def _r_rel_season(g: dict, context: DateContext) -> DateSpan | None:
    last = context.last
    if last is None:
        return None
    first = SEASON_MONTHS[g["season"].lower()]
    which = g["which"].lower()
    if which in ("previous", "preceding"):  # the last such season over before the date read
        known = last.start.month if last.precision in ("day", "month", "season") else 12
        step = -1 if first + 2 >= known else 0
        return _month_span(last.start.year + step, first, first + 2, "season")
    step = 0 if which in ("that", "same") else 1
    if step and last.precision in ("day", "month", "season") and first > last.start.month:
        step = 0
    return _month_span(last.start.year + step, first, first + 2, "season")


def _r_yearless_month(g: dict, context: DateContext) -> DateSpan | None:
    return _r_month(g, context)


def _r_yearless_season(g: dict, context: DateContext) -> DateSpan | None:
    return _r_season(g, context)


def _r_holiday(g: dict, context: DateContext) -> DateSpan | None:
    year = _with_year(g, context)
    name = " ".join(g["holiday"].lower().replace("’", "'").split())
    if name == "christmas" and "y" not in g and g["_text"].startswith("christmas"):
        return None
    month, day = HOLIDAYS[name]
    return None if year is None else DateSpan(Ymd(year, month, day), Ymd(year, month, day), "day")


def _r_easter(g: dict, context: DateContext) -> DateSpan | None:
    year = _with_year(g, context)
    if year is None or year < 326:
        return None
    month, day = easter(year)
    return DateSpan(Ymd(year, month, day), Ymd(year, month, day), "day")


def easter(year: int) -> tuple[int, int]:
    """Easter Sunday: the Julian computus before 1583, the Gregorian one after."""
    if year < 1583:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return month, day + 1
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return month, day + 1


def _r_iso_day(g: dict, context: DateContext) -> DateSpan | None:
    year, month, day = int(g["y"]), int(g["mo"]), int(g["d1"])
    if not (1 <= month <= 12 and _valid_day(year, month, day)):
        return None
    return DateSpan(Ymd(year, month, day), Ymd(year, month, day), "day")


_RESOLVERS = {
    "iso_day": _r_iso_day,
    "easter": _r_easter,
    "holiday": _r_holiday,
    "day": _r_day, "days_range": _r_days_range, "months_range": _r_months_range,
    "month": _r_month, "month_range": _r_month_range, "season": _r_season, "year": _r_year,
    "years": _r_years, "fuzzy_range": _r_fuzzy_range, "decade": _r_decade, "decades": _r_decades,
    "decade_to_year": _r_decade_to_year,
    "century": _r_century, "rel_days": _r_rel_days, "rel_some_days": _r_rel_some_days,
    "rel_weeks_span": _r_rel_weeks_span,
    "rel_days_weekday": _r_rel_days_weekday,
    "rel_hours": _r_rel_hours,
    "rel_days_after": _r_rel_days, "news_day": _r_news_day, "news_ago": _r_news_ago,
    "news_today": _r_news_today,
    "news_season": _r_news_season,
    "days_between": _r_days_range,
    "months_between": _r_months_range,
    "rel_day": _r_rel_day, "rel_daytime": _r_rel_daytime, "rel_weekday": _r_rel_weekday,
    "rel_clock": _r_rel_clock,
    "rel_year": _r_rel_year,
    "rel_year_part": _r_rel_year_part,
    "rel_years": _r_rel_years,
    "rel_month": _r_rel_month, "rel_season": _r_rel_season,
    "counted_month": _r_counted_month,
    "month_years_range": _r_month_years_range, "rel_that_month": _r_rel_that_month,
    "rel_month_step": _r_rel_month_step,
    "yearless_month": _r_yearless_month, "yearless_months": _r_month_range,
    "yearless_season": _r_yearless_season,
}


# --- lists of dates that make one interval ------------------------------------------------

LIST_GLUE = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)(?:the\s+)?$")


def _merge_lists(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"the 1960s, 1970s, and 1980s" and "the late 1980s and early 1990s" are one interval."""
    merged: list[DateMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (previous and previous.span.precision == "decade" == mention.span.precision
                and LIST_GLUE.match(text[previous.end:mention.start])):
            span = DateSpan(previous.span.start, mention.span.end, "decade",
                            text[previous.start:mention.end])
            merged[-1] = DateMention(previous.start, mention.end, span, True)
        else:
            merged.append(mention)
    return merged
