"""Statements: the clause of a sentence that tells what happened at one of its dates.

The date is cut out with the words that introduce it ("On 3 March 1918, the treaty was
signed" -> "The treaty was signed"); a sentence with several dates is cut between
them at clause breaks, and a clause that lost its subject or verb borrows them from the
sentence's first clause ("They met in Orm on May 14, in Vell on May 25").
"""

from __future__ import annotations

import re

from studyapp.extract.dates import DateMention

# Where a sentence with several dates is cut so that each date keeps its own clause.
CLAUSE_BREAK = re.compile(
    r"[,;:]\s+|\s+[–—]\s+|\s+(?:and then|and|but|until|while|whereas|when|after which|"
    r"as well as)\s+"
)
LEADING_LINK = re.compile(
    r"^(?:[,;:–—(≠=→>)-]|\s|\b(?:and then|and|but|then|until|while|whereas|when|after which|also|"
    r"as well as|although|though)\b)+",
    re.IGNORECASE,
)
# The words that introduce a date and go with it when it is cut out of a statement.
DATE_LEAD = re.compile(
    r"(?:\b(?:on|in|by|since|from|until|till|during|around|about|circa|as of|at|of|"
    r"starting|beginning|through|throughout|between|over|before|after|the|same|very|to|night|"
    r"morning|evening|afternoon|eve|dawn|day|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|"
    r"year|hours|early|closing|final|opening|months|weeks)\s+)+$",  # "in the early hours of"
    re.IGNORECASE,
)
# The end of a sentence inside a notes line (no abbreviation: a word of three letters before).
SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
# Coordinated clauses: a single date belongs to the clause it stands in.
COORDINATION = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
# "By the early 1730s prices had doubled": a date with early/mid/late names no thing.
MODIFIED = re.compile(r"(?:early|mid|late)\b", re.IGNORECASE)
ATTRIBUTIVE = re.compile(r"(?:\b(?:the|a|an)|['’]s)\s+$", re.IGNORECASE)
CLAUSE_STARTERS = frozenset(
    "the a an this that these those he she it they we i you his her its their our my in on at "
    "by since from during after before until when while as for with under over following "
    "some many most several all both each one two three".split()
)
ADVERB_AFTER = re.compile(r"\s+(?:onwards?|on|forward|and|or|to|until)\b")
# "..., and died in 2015": a clause that starts with its verb borrows the sentence's subject.
SUBJECT = re.compile(r"^(?:(?:He|She|It|They|We|I)\b|(?!(?:The|A|An|This|That|These|Those|His|Her|"
                     r"Its|Their|In|On|At|By|After|Before|During|Following|When|While|Although|Though|As|If|"
                     r"Since|Because|Once|Until)\b)"
                     r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|"
                     r"de|of|von|van|the))*(?=\s+[a-z]))")
# The name a relative clause describes, left at a clause's end: "..., when Anna Roth".
DANGLING_NAME = re.compile(r"(?:,\s*|\s+)(?:when|and|but|while|after)\s+(?:(?:the|a|an)\s+"
                           r"[a-z]+\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,?\s*$")
# A date phrase opening a clause, passed over when looking for the clause's subject.
OPENING_DATE = re.compile(r"^(?:(?:In|On|By|During|After|Before|Since|Early|Late)\b[^,;]*?"
                          r"\d{1,4}(?:\s?(?:BC|BCE|AD|CE))?,?\s+)")
PAST_VERB = re.compile(
    r"^(?:(?:[a-z]+-)?[a-z]{2,}ed|was|were|had|became|won|lost|died|fled|led|made|took|gave|"
    r"went|came|began|"
    r"fought|left|met|sent|built|rebuilt|wrote|fell|rose|held|ran|saw|broke|spoke|sold|bought|"
    r"struck|signed|returned|taken|given|written|driven|chosen|beaten|broken|shot|burnt)\b"
)
RELATIVE_START = re.compile(r"^(?:who|which)\s+", re.IGNORECASE)
WHOSE_START = re.compile(r"whose\s+", re.IGNORECASE)
WHICH_START = re.compile(r"which\s+", re.IGNORECASE)
WHERE_START = re.compile(r"^(?:where|whereupon)\s+(?=\S+\s+\S)", re.IGNORECASE)
ANTECEDENT = re.compile(r"((?:\b[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|von|van)\s+(?:the\s+)?)?"
                        r"(?:[A-Z][\w'’.-]*|\d+))*)\s*(?:\([^()]*\))?\s*,?\s*$"
                        r"|\b((?i:the|a|an|his|her|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})"
                        r"\s*,\s*$")
PREPOSITION_START = re.compile(r"^(?:in|at|on|to|with|for|from|near|into|against)\b")


def statements(text: str, mentions: list[DateMention]) -> list[tuple[DateMention, str]]:
    """Each date of a sentence with the clause that belongs to it, the date cut out."""
    if not mentions:
        return []
    bounds = [0]
    if len(mentions) == 1:
        bounds = list(_own_clause(text, mentions[0]))
    for before, after in zip(mentions, mentions[1:], strict=False):
        found = list(CLAUSE_BREAK.finditer(text, before.end, after.start))
        # "began in May 1702 and lasted until the spring of 1703": "until" ties the second
        # date to its verb; the clauses part at "and".
        breaks = [m.start() for m in found if not _until_date(text, m, after)] or \
            [m.start() for m in found]
        # A semicolon or the end of a sentence parts clauses more surely than "and" ("...;
        # peace between A and B", "... put down. X banished the next year"); the last of them
        # before the date starts its clause ("Battle of A. The prince is killed; the queen
        # taken days later").
        stops = [m.end() for m in SENTENCE_STOP.finditer(text, before.end, after.start)]
        strong = stops + [b for b in breaks if text[b] == ";"]
        breaks = [max(strong)] if strong else breaks
        if not breaks and text[before.start - 1:before.start] == "(" and \
                text[before.end:before.end + 1] == ")":
            breaks = [before.end + 1]  # "A (1635) ≠ B (1618)": each name with its date
        if breaks and BOTH_BEFORE.search(text, max(0, after.start - 12), after.start):
            breaks = breaks[:1]  # "A (1720), then B and C (both 1721)": B and C go with it
        bounds.append(breaks[-1] if breaks else after.start)
    if len(bounds) == len(mentions):
        bounds.append(len(text))
    clauses = [_clause(text, mentions, i, bounds) for i in range(len(mentions))]
    head = _head(clauses[0])
    result = []
    for i, mention in enumerate(mentions):
        clause = _named_happening(text, mention, bounds[i]) or \
            _until(text, mention, bounds[i], clauses[i])
        if not clause and i and clauses[i - 1] and \
                JOINED_DATES.fullmatch(text, mentions[i - 1].end, mention.start):
            clause = clauses[i - 1]  # "After two wars in 1705–06 and 1711–12, ...": the wars
        elif not clause:  # "In 1965 and 1977, there were ...": share the clause
            clause = next((c for c in clauses[i + 1:] if c), clause)
        elif i and clauses[i - 1] and AGAIN.match(clause):
            # "... from 1804 and again in 1815"; "warned in 1949 and again in 1951 that ..."
            clause = f"{clauses[i - 1]} {clause}"
        elif i and clause.islower() and " " not in clause and not PAST_VERB.match(clause) \
                and _notes_subject(clauses[0]):
            clause = f"{_notes_subject(clauses[0])} {clause}"  # "talks begin 1709, fail 1710"
        elif i and PREPOSITION_START.match(clause) and head and len(clause.split()) <= 4:
            clause = f"{head} {clause}"  # "..., in Vell on May 25": they met in Vell
        elif i and FOLLOWED_BY.match(clause):
            # "X landed on 5 May, followed by seaborne landings the following day"
            clause = f"{FOLLOWED_BY.match(clause).group(1)} followed"
        elif i and PAST_VERB.match(clause):
            subject = _nearest_subject(text[:bounds[i]]) or _words_before_verb(clauses[0])
            if subject:
                clause = f"{subject} {_passive(clauses[i - 1], subject, clause)}{clause}"
        elif i and OBJECT_ONLY.match(clause) and \
                LISTED_OBJECT.match(text, bounds[i], mention.start) and \
                _subject_and_verb(clauses[0]):
            # "The army took Arle in May, Bex in June": the army took Bex
            clause = f"{_subject_and_verb(clauses[0])} {clause}"
        result.append((mention, capitalised(clause)))
    return result


def _clause(text: str, mentions: list[DateMention], i: int, bounds: list[int]) -> str:
    """The clause of the i-th date, between ``bounds[i]`` and ``bounds[i + 1]``, told on its
    own: without its date, with the subject a relative clause or a list leaves elsewhere."""
    mention, start, end = mentions[i], bounds[i], bounds[i + 1]
    clause = _fronted(text, mention, start, end) or _relative_clause(text, mention, start, end) \
        or _cut(text, mention, start, end)
    if i + 1 < len(mentions) and not CLAUSE_BREAK.search(text, mention.end, end):
        # "In 1910 the council, which had been elected in 1905, voted to ...": the main
        # clause goes on after the next date's relative clause.
        clause += _after_relative(text, end, mentions[i + 1])
    if NEGATION.search(text, start, mention.start):
        clause = _positive(text, mention, start, end, clause)
    if i + 1 < len(mentions):
        clause = DANGLING_NAME.sub("", clause)
        if re.match(r"\s+(?:until|till)\b", text[end:]):
            clause = re.sub(r"\s+and\s+[a-z]+$", "", clause.rstrip())  # "... and reigned"
    clause = tidy(clause)
    antecedent = ANTECEDENT.search(text[:start + 1]) if i else None
    named = (antecedent.group(1) or antecedent.group(2)) if antecedent else ""
    if RELATIVE_START.match(clause) and named:
        # "..., Ada Roe, who had ruled since 1761, was ...": Ada Roe had ruled
        clause = f"{named} {re.split(r'[,;] ', RELATIVE_START.sub('', clause))[0]}"
    elif named and (whose := WHOSE_START.match(clause)):
        # "..., the navigator Tam Ek, whose ship had drifted into Bex": Tam Ek's ship had
        clause = f"{named}'s {re.split(r'[,;] ', clause[whose.end():])[0]}"
    elif which := WHICH_START.match(clause):
        # "..., which led to the war in 1992": this led to it
        clause = "this " + clause[which.end():]
    if clause[:5].lower() == "where":
        # "..., where Kessia attended the school until 1761": Kessia attended the school.
        clause = WHERE_START.sub("", clause)
    if clause in ("born", "baptised", "baptized") and named:
        clause = f"{named} was {clause}"  # "; and Ralph, born on ..."
    if clause.endswith(("born", "baptised", "baptized")):
        # "They had two sons: Karl, later Lord Ash, born": Karl was born.
        clause = BORN_TAIL.sub(r"\1 was \2", clause)
    # "The old count, who had ruled since 1820, died ...": the count had ruled.
    who = NAME_WHO.match(clause)
    if who and len(who.group(1).split()) <= 6 and \
            not any(PAST_VERB.match(word) for word in who.group(1).split()):
        clause = f"{who.group(1)} {who.group(2)}"
    return clause


# A negated clause whose date is an end or a start ("was not reopened until 1957", "has not
# entered since 1986", "was never used again after 1961") says the opposite without its date.
NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
TURNING_LEAD = re.compile(r"\b(?P<word>until|till|since|after|before)\s+(?:the\s+)?"
                          r"(?:(?:morning|afternoon|evening|night|end|start|beginning|middle)"
                          r"\s+of\s+)?$", re.IGNORECASE)
# Dates put in front: "It was not until 1957 that X", "It was only in 1957 that X",
# "Not until 1957 did the canal reopen", "Only in 1957 was the canal reopened".
CLEFT = re.compile(r"^\s*it\s+(?:was|is)\s+(?:not\s+until|only\s+(?:on|in|at|after|during|by)|"
                   r"on|in|at|during)\s+(?:the\s+)?$", re.IGNORECASE)
FRONTED = re.compile(r"^\s*(?:not\s+until|only\s+(?:on|in|at|after|during|by))\s+(?:the\s+)?$",
                     re.IGNORECASE)
INVERTED = re.compile(r"^\s*,?\s*(?P<aux>did|was|were)\s+(?P<subject>(?:the|a|an|his|her|its|"
                      r"their)\s+[\w'’-]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|he|she|it|they|we)"
                      r"\s+(?P<verb>[a-z]+)(?P<rest>.*)$", re.DOTALL)
# "was not reopened until" -> "was reopened"; "did not return until" -> "returned".
NOT_PASSIVE = re.compile(r"\b(was|were|had\s+been|has\s+been|have\s+been|had)\s+not\s+|"
                         r"\b(was|were|had)n['’]t\s+", re.IGNORECASE)
DID_NOT = re.compile(r"\b(?:did\s+not|didn['’]t)\s+([a-z]+)\b", re.IGNORECASE)
IRREGULAR_PAST = {
    "become": "became", "begin": "began", "bring": "brought", "build": "built", "buy": "bought",
    "come": "came", "do": "did", "fall": "fell", "fight": "fought", "find": "found",
    "flee": "fled", "fly": "flew", "get": "got", "give": "gave", "go": "went", "have": "had",
    "hear": "heard", "hold": "held", "keep": "kept", "know": "knew", "lead": "led",
    "leave": "left", "lose": "lost", "make": "made", "meet": "met", "pay": "paid", "put": "put",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "sell": "sold", "send": "sent",
    "set": "set", "sit": "sat", "speak": "spoke", "stand": "stood", "take": "took",
    "tell": "told", "think": "thought", "win": "won", "write": "wrote",
}


def _positive(text: str, mention: DateMention, start: int, end: int, clause: str) -> str:
    """The happening at the date of a negated clause: "was not reopened until 1957" ->
    "was reopened"; when that is not simple, the clause with its date, which keeps its sense."""
    before = text[start:mention.start]
    if CLEFT.match(before) or FRONTED.match(before):
        return clause  # already told positively by _fronted
    lead = TURNING_LEAD.search(before)
    if not lead:
        return clause
    if lead.group("word").lower() in ("until", "till") and \
            len(NEGATION.findall(before)) == 1 and not re.search(r"\bnever\b", before):
        if NOT_PASSIVE.search(clause):
            return NOT_PASSIVE.sub(lambda m: f"{m.group(1) or m.group(2)} ", clause, count=1)
        if DID_NOT.search(clause):
            return DID_NOT.sub(lambda m: _past(m.group(1)), clause, count=1)
    return text[start:end]


def _fronted(text: str, mention: DateMention, start: int, end: int) -> str:
    """What happened at a date put in front: "It was not until 1957 that the canal reopened",
    "Not until 1957 did the canal reopen" -> "the canal reopened"."""
    before, after = text[start:mention.start], text[mention.end:end]
    if CLEFT.match(before):
        rest = re.match(r"\s*,?\s*that\s+(.+)", after, re.DOTALL)
        return rest.group(1) if rest else ""
    inverted = INVERTED.match(after) if FRONTED.match(before) else None
    if not inverted:
        return ""
    subject, verb, rest = inverted.group("subject", "verb", "rest")
    if inverted.group("aux") == "did":
        return f"{subject} {_past(verb)}{rest}"
    return f"{subject} {inverted.group('aux')} {verb}{rest}"


def _past(verb: str) -> str:
    """The simple past of a plain verb ("return" -> "returned", "meet" -> "met")."""
    lower = verb.lower()
    if lower in IRREGULAR_PAST:
        return IRREGULAR_PAST[lower]
    if lower.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", lower):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lower):
        return verb + verb[-1] + "ed"  # "stop" -> "stopped"
    return verb + "ed"


# A date in brackets that several items share: "Bell and Ostra (both 1721)".
BOTH_BEFORE = re.compile(r"\(\s*(?:both|all|each)\s+(?:in\s+)?$", re.IGNORECASE)
JOINED_DATES = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:in\s+)?|\s*,\s*")
AGAIN = re.compile(r"^(?:again|also|too|twice|once\s+more)\b")
BORN_TAIL = re.compile(r"^(?:[^:]*:\s+)?([A-Z][^,:;]{0,50})(?:,[^,:;]{0,50})?,\s+"
                       r"(born|baptised|baptized)$")
FOLLOWED_BY = re.compile(r"^followed\s+by\s+(.+)$")
NAME_WHO = re.compile(r"^([A-Z][^,]{0,60}),\s+(?:who|which)\s+([^,]+)$")
SUBJECT_START = re.compile(r"^(?:[A-Z]|(?:the|a|an|his|her|its|their)\b)")


# ", who had led ...", ", which opened ...", and a participle aside ", founded in 1550 by ...".
RELATIVE_OPENING = re.compile(
    r",\s+(?:(?:who|which)\s+|(?P<participle>(?=(?!(?:named|called|styled|renamed)\b)"
    r"(?:[a-z]+ed|built|born|begun|made|held|won|lost|given|taken|sent|brought|drawn|written|"
    r"set|laid|grown|sold|bought|chosen|driven)\s+(?:in|on|by|since|during)\s)))")


def _relative_clause(text: str, mention: DateMention, start: int, end: int) -> str:
    """ "Piet Olm, who had led the guild since 1725, petitioned ...": a date inside a relative
    clause dates what that clause tells of its antecedent: "Piet Olm had led the guild"."""
    opening = None
    for match in RELATIVE_OPENING.finditer(text, start, mention.start):
        opening = match
    if opening is None or re.search(r"[,;]", text[opening.end():mention.start]):
        return ""
    antecedent = ANTECEDENT.search(text, 0, opening.start() + 1)
    if not antecedent:
        return ""
    close = re.search(r"[,;](?=\s)|\s[–—]\s", text[mention.end:end])
    if opening.group("participle") is not None and not (
            close and re.match(r",\s+[a-z]", text[mention.end + close.start():])):
        return ""  # ", opened on 17 November 1869.": the sentence's verb, not an aside
    stop = mention.end + close.start() if close else end
    told = tidy(_cut(text, mention, opening.end(), stop))
    if opening.group("participle") is not None:
        told = f"was {told}"  # "The town, founded in 1550 by fishermen," was founded
    return f"{antecedent.group(1) or antecedent.group(2)} {told}" if told else ""


CLAUSE_END = re.compile(r"[,;]\s+")


def _after_relative(text: str, position: int, mention: DateMention) -> str:
    """What follows a relative clause opening at ``position`` and holding ``mention``, up to
    the next clause break: the rest of the clause the relative clause interrupts."""
    if not RELATIVE_OPENING.match(text, position) or \
            re.search(r"[,;]", text[position + 1:mention.start]):
        return ""
    close = CLAUSE_END.search(text, mention.end)
    if not close or text[close.start()] != "," or not text[close.end():close.end() + 1].islower():
        return ""
    end = CLAUSE_BREAK.search(text, close.end())
    return " " + text[close.end():end.start() if end else len(text)]


# "... knows about the Arle massacre that took place in 1992": the massacre took place then.
NAMED_HAPPENING = re.compile(
    r"\b(?P<name>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))*)\s+"
    r"(?:that|which)\s+(?P<verb>took\s+place|happened|occurred|broke\s+out)\s+"
    r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$")


def _named_happening(text: str, mention: DateMention, start: int) -> str:
    named = NAMED_HAPPENING.search(text, start, mention.start)
    if named is None or named.group("name").lower().startswith(("the one", "one")):
        return ""
    return capitalised(f"{named.group('name')} {' '.join(named.group('verb').split())}")


UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)
WHEN_AFTER = re.compile(r",\s+when\s+([^,;:]+)")


def _until(text: str, mention: DateMention, start: int, clause: str) -> str:
    """A state that lasted "until" the date did not happen then: "Traffic stayed low until
    1958, when tolls were cut" tells that tolls were cut in 1958; "The port was shut until
    1957" keeps its "until 1957" ("not reopened until" is made positive elsewhere)."""
    until = UNTIL_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if not clause or until is None or NEGATION.search(text, start, mention.start):
        return clause
    when = WHEN_AFTER.match(text, mention.end)
    if when is not None:
        return tidy(when.group(1))
    return f"{clause} {text[until.start():mention.end]}"


def _until_date(text: str, link: re.Match, date: DateMention) -> bool:
    """ "until the spring of 1703": "until" leads straight to the date, not to a clause."""
    return link.group().strip() in ("until", "till") and \
        (link.end() == date.start or DATE_LEAD.fullmatch(text, link.end(), date.start) is not None)


# A clause that is only a name, the object of the first clause's verb: "..., Bex in June".
OBJECT_ONLY = re.compile(r"^(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
# How such a name stands before its date: ", Bex in June", " and Corva in July".
LISTED_OBJECT = re.compile(r"[,;\s]*(?:and\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                           r"(?:\s+(?:in|on|by|at))?\s+$")
# Past forms that tell what their subject did, never what was done to it ("was crowned in
# 1100 and died in 1135": died, not "was died").
INTRANSITIVE = frozenset(
    "died arrived returned remained resigned retired stayed lived worked served succeeded "
    "failed survived ended began started continued lasted fled went came rose fell sailed "
    "travelled traveled moved emigrated escaped disappeared collapsed withdrew abdicated "
    "married".split())


PARTICIPLES = frozenset(
    "built rebuilt made held sold bought taken given written driven chosen beaten broken shot "
    "burnt sent".split())


def _passive(before: str, subject: str, clause: str) -> str:
    """ "was" or "were" when the clause before tells what was done to the same subject and
    this clause goes on with a participle ("was sacked in 1631 and rebuilt in 1640")."""
    verb = clause.split()[0]
    told = re.match(rf"{re.escape(subject)}\s+(was|were)\s+(?:(?:[a-z]+-)?[a-z]+ed|"
                    rf"{'|'.join(PARTICIPLES)})\b", before)
    participle = verb.endswith("ed") and verb not in INTRANSITIVE or verb in PARTICIPLES
    return f"{told.group(1)} " if told and participle else ""


def _notes_subject(clause: str) -> str:
    """ "Peace talks begin" -> "Peace talks": a short clause's words before its last, when
    that last is a verb in the present ("begin") as notes write them."""
    words = clause.split()
    return " ".join(words[:-1]) if 2 <= len(words) <= 5 and words[-1].islower() and \
        words[0][:1].isupper() else ""


def _subject_and_verb(clause: str) -> str:
    """ "The army took Arle" -> "The army took": a plain clause up to its verb."""
    subject = _words_before_verb(clause)
    if not subject:
        return ""
    return " ".join(clause.split()[:len(subject.split()) + 1])


def _nearest_subject(text: str) -> str:
    """The subject of the last clause of ``text`` that has one ("..., Eleanor raised ...",
    "Orm and Vell troops landed ...")."""
    pieces = re.split(r"[,;]\s+", text)
    for piece in reversed(pieces):
        piece = OPENING_DATE.sub("", piece.strip())
        words = _words_before_verb(piece)
        if words:
            return words
        match = SUBJECT.match(piece)
        if match:
            return match.group()
    # "The Constitution of Arle, drafted by X, was promulgated ... and came into force ...":
    # the noun phrase opening the sentence.
    first = OPENING_DATE.sub("", pieces[0].strip())
    words = first.split()
    if SUBJECT_START.match(first) and len(words) <= 8 and \
            not any(PAST_VERB.match(word) for word in words):
        return first
    return ""


def _words_before_verb(clause: str) -> str:
    """ "The siege began" -> "The siege": the subject of a plain clause, up to six words."""
    if not SUBJECT_START.match(clause):
        return ""  # "who had ruled", "and in June": no subject of its own
    words = clause.split()
    for i, word in enumerate(words[1:7], start=1):
        if PAST_VERB.match(word):
            return " ".join(words[:i])
    return ""


def _own_clause(text: str, mention: DateMention) -> tuple[int, int]:
    """The coordinated clause holding the date, if it says enough on its own."""
    start, end = 0, len(text)
    for match in COORDINATION.finditer(text):
        if match.end() <= mention.start:
            start = match.end()
        elif match.start() >= mention.end:
            end = match.start()
            break
    own = (text[start:mention.start] + text[mention.end:end]).split()
    # "..., and did so in 2015" has no subject of its own: the whole sentence says more.
    starts_well = bool(own) and (own[0][0].isupper() or own[0].lower() in CLAUSE_STARTERS)
    return (start, end) if len(own) >= 4 and starts_well else (0, len(text))


def _cut(text: str, mention: DateMention, start: int, end: int) -> str:
    """The clause text[start:end] without its date, unless the date is its subject."""
    before, after = text[start:mention.start], text[mention.end:end]
    followed_by_word = WORD_AFTER.match(after) is not None
    if followed_by_word and not before.strip(" ,;:") and \
            not ADVERBIAL_DATE.search(text[mention.start:mention.end]) and \
            not SUBJECT_AFTER.match(after):
        return before + text[mention.start:mention.end] + after  # "The same year saw ..."
    if followed_by_word and ATTRIBUTIVE.search(before) and not ADVERB_AFTER.match(after) \
            and not MODIFIED.match(text, mention.start):
        # "the 1948 Convention": the year names the thing; "a 1994 interview": an interview
        return ARTICLE_BEFORE.sub("an ", before) + after if VOWEL_AFTER.match(after) \
            else before + after
    bracket, closing = BRACKET_BEFORE.search(before), CLOSING_BRACKET.match(after)
    if bracket and closing:
        # "Ivo III (r. 1702–1731) was ...": the bracket of a reign goes with its date.
        return before[:bracket.start()] + after[closing.end():]
    # "On 3 January 1868 (Keiō 3, 9th day of the 12th month), ...": the gloss goes with it,
    # and so does what the day was ("fell on 9 May, the tenth anniversary of the treaty").
    before, after = DATE_LEAD.sub("", before), GLOSS_AFTER.sub("", after)
    after = DATE_APPOSITION.sub("", after)
    weekday = WEEKDAY_OPENING.match(text, mention.start)
    if weekday and ARTICLE_BEFORE.search(before):
        before += weekday.group(1)  # "It was a Thursday, 7 May 1911, and ...": a Thursday
    if after.startswith(",") and "," in text[mention.start:mention.end] and before.strip() \
            and not before.rstrip().endswith(","):
        after = after[1:]  # "voted on Tuesday, March 11, to close": the comma closed the date
    return before + " " + after


WORD_AFTER = re.compile(r"\s+[^\W\d]")
VOWEL_AFTER = re.compile(r"\s*[aeiouAEIOU]")
CLOSING_BRACKET = re.compile(r"\s*\)")
GLOSS_AFTER = re.compile(r"^\s*\([^()]*\)")
DATE_APPOSITION = re.compile(r"^\s*,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:anniversary|feast|eve)\s+of\s+"
                             r"[^,;:()]*")
WEEKDAY_OPENING = re.compile(r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
ARTICLE_BEFORE = re.compile(r"\ba\s+$")
BRACKET_BEFORE = re.compile(r"\s*\(\s*(?:r\.|reigned|ruled|reign|c\.|ca\.|circa|born|b\.)\s*$",
                            re.IGNORECASE)


# A date that cannot be a sentence's subject: "Between 1849 and 1851 relief works ran",
# "A fortnight later the dam broke".
ADVERBIAL_DATE = re.compile(r"^(?:between|from|in|on|by|during|after|before|until|since|at)\b"
                            r"|\b(?:later|earlier|afterwards|ago)$", re.IGNORECASE)

# "The following Tuesday the king visited": the sentence's subject comes after the date.
SUBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|he|she|they|it|we)\b|[A-Z])")


EMPTY_BRACKETS = re.compile(r"\(\s*\)")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?)])")
REPEATED_COMMAS = re.compile(r"([,;:])(?:\s*,)+")
TRAILING_PUNCTUATION = re.compile(r"[\s,;:–—-]+$")
# Prepositions that never end a phrase ("went on", "ever before" do).
COUNT_IN = re.compile(r"(?<=\d)\s+(?:in|at|on)$")
# (and "a second offensive that" when "that by 16 August had taken ..." is cut at its date)
DANGLING = frozenset("by of from until till since during into that which".split())
TRAILING_PREPOSITION = re.compile(rf"(?:[\s,]+(?:{'|'.join(sorted(DANGLING))}))+$")
SPACE_BEFORE_COMMA = re.compile(r"\s+,")


# A story's place in capitals opening its first paragraph, its date cut out: "ORM —, crowds
# walked" (from "ORM — On Wednesday, crowds walked").
PLACE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][\w.'’ -]{1,30})?"
                            r"(?:\s+\([\w ]{1,20}\))?\s+[–—](?:\s*,)?\s+")


def tidy(clause: str) -> str:
    clause = EMPTY_BRACKETS.sub("", clause)
    clause = " ".join(clause.split())  # (split and \s agree on what a space is)
    clause = SPACE_BEFORE_PUNCTUATION.sub(_first_group, clause)
    clause = REPEATED_COMMAS.sub(_first_group, clause)  # "reason, , the" -> "reason, the"
    clause = LEADING_LINK.sub("", clause)
    if "—" in clause[:40] or "–" in clause[:40]:
        clause = PLACE_DATELINE.sub("", clause)
    clause = TRAILING_PUNCTUATION.sub("", clause.rstrip(".!? "))
    if clause.rpartition(" ")[2] in DANGLING:
        clause = TRAILING_PREPOSITION.sub("", clause)  # "fell to 4.4 million by" (date cut)
    if clause.endswith((" in", " at", " on")):
        clause = COUNT_IN.sub("", clause)  # "grew to 50,000 in" (its date cut)
    if clause.count("(") > clause.count(")"):
        clause = TRAILING_PUNCTUATION.sub("", clause[:clause.rfind("(")])  # "grew (by"
    if clause.endswith(")") and clause.count(")") > clause.count("("):
        clause = clause[:-1].rstrip(".!? ")
    return SPACE_BEFORE_COMMA.sub(",", clause).strip()


def _first_group(match: re.Match) -> str:
    return match.group(1)  # (a function: faster than the template r"\1" on every match)


HEAD_END = re.compile(r"\s(?:in|at|on|to|with|for|from|near|into)\s")


def _head(clause: str) -> str:
    """The words of a clause before its first prepositional phrase ("They met")."""
    match = HEAD_END.search(clause)
    return clause[:match.start()] if match else ""


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
