"""Turning a statement into a question: find its subject and verb, then invert them.

"The council rejected the demand" becomes "When did the council reject the demand?"; a
headline line "Committee members arrested" becomes "When were committee members arrested?".
The analysis is deliberately small: a verb lexicon with regular and irregular inflection and
a few rules. Whatever it cannot read with confidence it leaves alone (returns None), and the
generator then asks in another way or not at all; broken English is worse than no question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# base: (past, past participle)
IRREGULAR = {
    "arise": ("arose", "arisen"), "be": ("was", "been"), "bear": ("bore", "borne"),
    "become": ("became", "become"), "begin": ("began", "begun"), "break": ("broke", "broken"),
    "bring": ("brought", "brought"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "flee": ("fled", "fled"), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"),
    "get": ("got", "got"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grow": ("grew", "grown"), "have": ("had", "had"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "know": ("knew", "known"),
    "lay": ("laid", "laid"), "lead": ("led", "led"), "leave": ("left", "left"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "meet": ("met", "met"),
    "overthrow": ("overthrew", "overthrown"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "rise": ("rose", "risen"), "run": ("ran", "run"), "say": ("said", "said"),
    "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shoot": ("shot", "shot"),
    "shut": ("shut", "shut"), "sink": ("sank", "sunk"), "speak": ("spoke", "spoken"),
    "split": ("split", "split"), "spread": ("spread", "spread"), "stand": ("stood", "stood"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "throw": ("threw", "thrown"), "undergo": ("underwent", "undergone"),
    "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"), "write": ("wrote", "written"),
}
REGULAR = set("""
accept accuse adopt advocate agree aim allow announce annex appeal appear appoint approve arm
arrest arrive ask assassinate attack attempt authorize ban besiege blame block blockade bomb
boycott call capture cease cede celebrate change claim clash close collapse commit compare
condemn conclude confirm confront consider continue control convene crush decide declare
decree defeat defend demand demolish demonstrate deny deploy deport describe destroy die
disband dismiss displace dissolve dominate drag elect emerge end endorse enter erupt escalate
establish evacuate evict expel explode express fail flood follow force form found free gain
grant halt happen help ignite impose improve include increase introduce invade invite issue
join kill label last launch liberate march mark massacre merge mobilize move murder name
negotiate nominate note occupy occur offer open oppose order organize outlaw pass pause
persecute petition plan pledge proclaim promise propose protest prove publish raise ratify
reach recapture receive recognize refer refuse reject release remain remove rename reopen
repeal replace report request resign resolve respond restore resume retake retreat return
reunify reunite revolt rule sanction secede seize settle shell sign start state stop storm
succeed suffer support suppress surrender suspend target threaten topple transfer travel try
turn unify unite urge visit vote walk want warn disapprove approve deliver injure wound
abolish abandon accompany assume authorize bar campaign collect convict criticize deport
dispatch divide enact exile govern implement imprison inaugurate investigate liberate lift
reform renounce resist restrict revoke shelter shift veto
argue assert insist allege maintain believe estimate conclude recall
""".split())
DOUBLED = {"ban", "plan", "stop", "commit", "control", "transfer", "refer", "occur", "expel",
           "compel", "admit", "submit", "permit", "drag", "rebel", "regret", "equip", "shell"}
# Verbs a bare participle of which ("Members arrested") is not a passive headline.
INTRANSITIVE = {
    "lose", "appear",
    "arrive", "begin", "clash", "collapse", "come", "continue", "die", "emerge", "end",
    "erupt", "escalate", "fall", "fail", "fight", "flee", "go", "happen", "last", "march", "meet",
    "occur", "pause", "protest", "remain", "resign", "retreat", "return", "revolt", "rise",
    "secede", "start", "succeed", "surrender", "travel", "vote", "walk", "win", "withdraw",
}
NAMING = {"elect", "appoint", "name", "nominate", "crown", "proclaim"}
SAYING = {"argue", "assert", "claim", "insist", "allege", "maintain", "say", "state", "warn",
          "describe", "believe", "estimate", "conclude", "recall", "note", "report", "write"}

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
               "our", "my", "your", "some", "any", "each", "every", "no", "both"}
PREPOSITIONS = {"of", "in", "on", "at", "by", "to", "from", "into", "onto", "with", "without",
                "for", "after", "before", "during", "since", "until", "against", "among",
                "between", "over", "under", "near", "through", "across", "about", "as", "per",
                "via", "within", "outside", "inside", "towards", "toward", "upon", "around",
                "concerning", "regarding", "including", "despite", "amid"}
# Words after which a following word is a noun, not a verb ("the first protests").
NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS | {
    "first", "second", "third", "last", "new", "major", "minor", "mass", "many", "several",
    "few", "other", "more", "most", "and", "or", "but", "nor", "'s", "’s", "not", "to", "who",
    "which", "that", "large", "small", "general", "public", "local", "national", "whose",
}
SUBORDINATORS = {"while", "although", "though", "when", "after", "before", "as", "because",
                 "since", "until", "despite", "following", "if", "once", "whereas", "unless"}
LEAD_ADVERBS = {"subsequently", "meanwhile", "however", "later", "then", "eventually",
                "finally", "afterwards", "thereafter", "nevertheless", "also", "soon",
                "notably", "instead", "initially", "ultimately", "moreover", "still"}
QUANTITY_WORDS = {"hundreds", "thousands", "tens", "millions", "dozens", "over", "around",
                  "about", "nearly", "almost", "some", "several", "many", "more", "most",
                  "all", "both", "two", "three", "four", "five", "six", "seven", "eight",
                  "nine", "ten", "one", "few", "eleven", "twelve", "thirteen", "fourteen",
                  "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "hundred"}
# Heads of names of bodies that take "the": "the Supreme Council", "the Communist Party".
INSTITUTIONS = {"council", "committee", "party", "government", "parliament", "assembly", "court",
                "army", "union", "conference", "congress", "presidium", "ministry", "commission",
                "senate", "legislature", "soviet", "plant", "front", "movement", "republic",
                "organization", "organisation", "agency", "bank", "church", "university",
                "academy", "navy", "police", "guard", "group", "alliance", "league", "cabinet"}
MODALS = {"would", "could", "should", "might", "must", "can", "may", "will", "shall"}
TRAILING_BAD = DETERMINERS | PREPOSITIONS | {"and", "or", "but", "that", "which", "who", "not",
                                             "right", "just", "early", "late", "even", "only"}
# Subjects that only make sense next to the sentence before: "Things", "His words".
VAGUE_SUBJECTS = {"things", "everything", "nothing", "something", "this", "that", "these",
                  "those", "his", "her", "their", "its", "our", "my", "your", "such", "they’re",
                  "they're", "it’s", "it's", "there"}
PUNCTUATION = ",.;:!?\"'()[]“”‘’"


def strip_word(word: str) -> str:
    return word.strip(PUNCTUATION)


def third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def past(base: str) -> str:
    if base in IRREGULAR:
        return IRREGULAR[base][0]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    if base in DOUBLED:
        return base + base[-1] + "ed"
    return base + "ed"


def participle(base: str) -> str:
    return IRREGULAR[base][1] if base in IRREGULAR else past(base)


def _build_forms() -> dict[str, tuple[str, str]]:
    """Every inflected form -> (base, form): base, s, past, participle, past/participle."""
    forms: dict[str, tuple[str, str]] = {}
    for base in sorted(REGULAR | set(IRREGULAR)):
        if base == "be":
            continue
        forms.setdefault(base, (base, "base"))
        forms[third_person(base)] = (base, "s")
        was, done = past(base), participle(base)
        forms[was] = (base, "past/participle" if was == done else "past")
        if re.search(r"[aeiou]l$", base) and base not in DOUBLED:  # British "travelled"
            forms.setdefault(base + "led", (base, "past/participle"))
        if done != was:
            forms[done] = (base, "participle")
    return forms


FORMS = _build_forms()


@dataclass(frozen=True)
class Clause:
    """A statement split for inversion: subject, verb group, and what follows."""

    subject: str
    lemma: str
    rest: str
    adverbs: str = ""
    passive: bool = False
    plural: bool = False
    attribution: str = ""  # "according to ..." kept with the claim, moved to the end

    @property
    def saying(self) -> bool:
        return self.lemma in SAYING

    def when_question(self) -> str:
        if self.passive:
            words = ["When", "were" if self.plural else "was", self.subject, self.adverbs,
                     participle(self.lemma), self.rest]
        else:
            words = ["When", "did", self.subject, self.adverbs, self.lemma, self.rest]
        return _sentence(words, self.attribution, "?")

    def who_question(self) -> str:
        """The subject asked for: "Who resigned?" (only sensible when it is a person)."""
        verb = f"was {participle(self.lemma)}" if self.passive else past(self.lemma)
        return _sentence(["Who", self.adverbs, verb, self.rest], self.attribution, "?")

    def predicate(self) -> str:
        """The clause without its subject, in the past tense: "resigned", "was arrested"."""
        if self.passive:
            verb = f"{'were' if self.plural else 'was'} {self.adverbs} {participle(self.lemma)}"
        else:
            verb = f"{self.adverbs} {past(self.lemma)}"
        return " ".join(f"{verb} {self.rest}".split())

    def statement(self) -> str:
        """The clause as a past-tense sentence without final punctuation."""
        text = " ".join(f"{self.subject} {self.predicate()}".split())
        if self.attribution:
            text = f"{text}, {self.attribution}"
        return text[0].upper() + text[1:]


def _sentence(words: list[str], attribution: str, end: str) -> str:
    text = " ".join(" ".join(word for word in words if word).split())
    if attribution:
        text = f"{text}, {attribution}"
    return text + end


def analyse(clause: str, common_words: set[str], headline: bool = False,
            names: frozenset[str] = frozenset()) -> Clause | None:
    """Read ``clause`` as subject + verb + rest, or None when that is not clear. ``names``
    are people's names, singular even when they end in -s ("Brutus was killed")."""
    clause, attribution = _split_attribution(_strip_lead(clause.strip().rstrip(".;: ")))
    words = clause.split()
    if len(words) < 2 or any(word.lower() in MODALS for word in words[:6]):
        return None
    verb = _find_verb(words, headline)
    if verb is None:
        return None
    subject_words, adverbs = _split_adverbs(words[:verb.index])
    if not _good_subject(subject_words):
        return None
    last_verb_word = words[verb.index + verb.length - 1]
    rest = ("" if last_verb_word.endswith((",", ";", ".", ":"))
            else _trim_rest(words[verb.index + verb.length:]))
    if rest is None or (not rest and not verb.passive and verb.lemma not in INTRANSITIVE):
        return None  # "Sakharov wrote" without what he wrote is not a question
    if not rest and verb.lemma in NAMING:
        return None  # "X was named": named what?
    subject = fix_subject(" ".join(subject_words), common_words)
    return Clause(subject=subject, lemma=verb.lemma, rest=rest,
                  adverbs=" ".join(adverbs + [verb.adverb]).strip(), passive=verb.passive,
                  plural=_is_plural(subject_words) and not _ends_with_name(subject, names),
                  attribution=attribution)


def _ends_with_name(subject: str, names: frozenset[str]) -> bool:
    return any(subject == name or subject.endswith(" " + name) for name in names)


RELATIVE_TIME = re.compile(
    r"^(?:only |just |some |about )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a few|\d+) (?:days?|weeks?|months?|years?|decades?) (?:later|afterwards|after)"
    r",? |^(?:the )?(?:next|following|same) (?:day|week|month|year|night|morning),? ",
    re.IGNORECASE)


def _strip_lead(clause: str) -> str:
    """Drop a leading adverb or subordinate phrase ("Subsequently, ", "Despite ..., ") and a
    time relative to the sentence before ("Two days later")."""
    clause = RELATIVE_TIME.sub("", clause)
    words = clause.split()
    if not words:
        return clause
    first = strip_word(words[0]).lower()
    if words[0].endswith(",") and (first in LEAD_ADVERBS or first.endswith("ly")):
        return " ".join(words[1:])
    if first in SUBORDINATORS and "," in clause:
        return clause.split(",", 1)[1].strip()
    return clause


def _split_attribution(clause: str) -> tuple[str, str]:
    match = re.match(r"(?i)according to ([^,]+),\s*(.+)$", clause)
    if match:
        return match.group(2), f"according to {match.group(1)}"
    return clause, ""


class _Verb(NamedTuple):
    index: int  # where the verb group starts
    lemma: str
    passive: bool
    length: int  # words in the verb group
    adverb: str = ""  # "was first raised"


PARTICIPLES = ("participle", "past/participle")
MID_ADVERBS = {"first", "later", "also", "then", "again", "never", "once"}


def _find_verb(words: list[str], headline: bool) -> _Verb | None:
    if headline:  # "Parliament elected under the laws opens in X": the -s verb is the main one
        present = _present_headline_verb(words)
        if present is not None:
            return present
    for index in range(1, min(len(words), 14)):
        raw, core = words[index], strip_word(words[index])
        if not core or core != core.lower() or words[index - 1].endswith((",", ";", ":")):
            continue
        if _noun_position(words, index) or raw.endswith(("’s", "'s")):
            continue
        if core in {"is", "are"}:
            return None  # the present tense: a state of affairs, not a dated event
        if core in {"was", "were"}:
            return _passive(words, index)
        if core in {"has", "have", "had"} or core in MODALS:
            return _perfect(words, index) if core == "had" else None
        if core not in FORMS or raw.endswith(("’s", "'s")):
            continue
        lemma, form = FORMS[core]
        if form in ("base", "s") and not headline:
            continue  # prose in the present tense states a fact, it does not tell an event
        if (not headline and form == "past/participle" and index + 1 < len(words)
                and strip_word(words[index + 1]) == "by"):
            continue  # "the violence described by X as ...": a modifier, not the verb
        if form == "base" and not _is_plural(words[:index]):
            continue
        if form == "s" and _is_plural(words[:index]):
            continue  # "protests concerning ecological issues": a plural noun, no verb
        passive = form == "participle" or (
            headline and form == "past/participle" and _bare_participle(words, index, lemma))
        return _Verb(index, lemma, passive, 1)
    return None


def _present_headline_verb(words: list[str]) -> _Verb | None:
    for index in range(1, min(len(words), 14)):
        if words[index - 1].endswith((",", ";", ":")):
            return None
        core = strip_word(words[index])
        if core != core.lower() or _noun_position(words, index):
            continue
        if FORMS.get(core, ("", ""))[1] == "s" and not _is_plural(words[:index]):
            return _Verb(index, FORMS[core][0], False, 1)
    return None


def _noun_position(words: list[str], index: int) -> bool:
    """Is words[index] where a noun goes ("the first protests"), not a verb?"""
    before = strip_word(words[index - 1]).lower()
    if before.endswith(("’s", "'s")):
        return True  # "the government's decree"
    if before in MID_ADVERBS and index >= 2:  # "Flag of Norway first raised"
        return strip_word(words[index - 2]).lower() in DETERMINERS
    return before in NOT_BEFORE_VERB


def _passive(words: list[str], index: int) -> _Verb | None:
    """"was/were (adverb) participle"; anything else ("was the largest") is a state: None."""
    after = [strip_word(word) for word in words[index + 1:index + 3]]
    if after and after[0] in FORMS and FORMS[after[0]][1] in PARTICIPLES:
        return _Verb(index, FORMS[after[0]][0], True, 2)
    if (len(after) == 2 and (after[0].endswith("ly") or after[0] in MID_ADVERBS)
            and after[1] in FORMS and FORMS[after[1]][1] in PARTICIPLES):
        return _Verb(index, FORMS[after[1]][0], True, 3, after[0])
    return None


def _perfect(words: list[str], index: int) -> _Verb | None:
    word = strip_word(words[index + 1]) if index + 1 < len(words) else ""
    if word in FORMS and FORMS[word][1] in PARTICIPLES:
        return _Verb(index, FORMS[word][0], False, 2)
    return None


def _bare_participle(words: list[str], index: int, lemma: str) -> bool:
    """A headline's "X arrested, sent to ..." is passive; "X resigned" and "X declared
    independence" are not."""
    if lemma in INTRANSITIVE:
        return False
    if words[index].endswith((",", ".", ";")) or index + 1 == len(words):
        return True
    following = strip_word(words[index + 1]).lower()
    if following in PREPOSITIONS or following in {"down", "up", "off", "out"}:
        return True
    return lemma in NAMING and following.islower() and following not in DETERMINERS


def _split_adverbs(words: list[str]) -> tuple[list[str], list[str]]:
    """"the legislature unanimously votes": the -ly words before the verb go with it."""
    adverbs: list[str] = []
    while words and strip_word(words[-1]).endswith("ly") and (
            words[-1].islower() or len(words) == 1):
        adverbs.insert(0, words[-1])
        words = words[:-1]
    while words and strip_word(words[-1]).lower() in MID_ADVERBS | {"again"}:
        adverbs.insert(0, words[-1])
        words = words[:-1]
    return words, adverbs


def _good_subject(words: list[str]) -> bool:
    if not words or len(words) > 12:
        return False
    text = " ".join(words)
    if any(mark in text for mark in (", ", ";", ":", "(", ")", "\"", "“", "”")):
        return False
    lowered = {strip_word(word).lower() for word in words}
    if lowered & {"which", "who", "whom", "whose", "that", "it", "they", "he", "she", "we"}:
        return False
    if strip_word(words[0]).lower() in VAGUE_SUBJECTS | {"and", "or", "but", "nor"}:
        return False
    if words[-1].endswith(("’s", "'s")):
        return False  # "Russia’s [relations]": the head noun went missing
    if any(word.endswith(",") for word in words):
        return False  # "Generals, later called X, were ...": an aside inside the subject
    if lowered <= DETERMINERS | {"and", "or"} or lowered & {"is", "are", "was", "were", "be"}:
        return False
    first = strip_word(words[0]).lower()
    return first not in SUBORDINATORS and first not in PREPOSITIONS - {"over", "around"} | {
        "it", "there", "this", "they", "he", "she", "we", "which", "who"}


def _trim_rest(words: list[str]) -> str | None:
    """What follows the verb, up to the first clause break; None if it ends badly."""
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in {"–", "—", "-"} or word.startswith(("(", "[")):
            break
        following = strip_word(words[index + 1]) if index + 1 < len(words) else ""
        if word in {"and", "but"} and FORMS.get(following, ("", "base"))[1] != "base":
            break  # "visited X and concluded ...": keep the first verb's part
        if word == "when":
            break  # "When did a war erupt when ...?" reads badly; the date says when
        kept.append(word)
        if word.endswith((",", ";", ":", ".")):
            kept[-1] = word.rstrip(",;:.")
            break
    if len(kept) > 16:
        for index, word in enumerate(kept[4:], start=4):
            if word.lower() in SUBORDINATORS | {"which", "who"}:
                kept = kept[:index]
                break
    kept = _first_clause(kept)
    rest = " ".join(kept).strip()
    if any(rest.count(a) != rest.count(b) for a, b in ("()", "“”")) or rest.count('"') % 2:
        return None
    if kept and strip_word(kept[-1]).lower() in TRAILING_BAD:
        return None
    for word, following in zip(kept, kept[1:], strict=False):
        if word.endswith(("'s", "’s")) and FORMS.get(strip_word(following), ("", ""))[1] in (
                "past", "past/participle"):
            return None  # "X's asked for time": a slip in the text, not worth copying
    if {strip_word(word).lower() for word in kept} & {"similar", "such", "this", "these",
                                                        "those", "latter", "former"}:
        return None  # "described a similar dynamic": similar to what the text said before
    if kept and strip_word(kept[0]).lower() in {"them", "him", "her", "it", "us", "this"}:
        return None  # "accused them of ...": who "them" are is in another sentence
    return rest


def _first_clause(words: list[str]) -> list[str]:
    """"died and about a hundred were injured": keep only the part before a second clause;
    a reported claim ("maintained that people were leaving") is one clause with its verb."""
    lowered = [strip_word(word).lower() for word in words]
    for index, word in enumerate(lowered):
        if word in {"was", "were", "is", "are", "had", "has", "have"}:
            if "that" in lowered[:index]:
                return words
            joins = [at for at in range(index) if lowered[at] in {"and", "but", "while"}]
            return words[:joins[-1]] if joins else []
    return words


def _is_plural(words: list[str]) -> bool:
    """Is the subject plural? Its head (before "of"/"in" ...) ends in -s, or has "and"."""
    head = []
    for position, word in enumerate(words):
        lowered_word = strip_word(word).lower()
        if lowered_word in PREPOSITIONS and not (position == 0 and lowered_word in QUANTITY_WORDS):
            break
        head.append(strip_word(word))
    if not head:
        return False
    last = head[-1]
    lowered = [word.lower() for word in head]
    if any(re.fullmatch(r"\d[\d,.]*", word) and word not in {"1", "1.0"} for word in lowered):
        return True
    return ("and" in lowered or lowered[0] in QUANTITY_WORDS - {"one", "over", "around"}
            or (last.endswith("s") and not last.endswith(("ss", "us", "is"))))


def fix_subject(subject: str, common_words: set[str]) -> str:
    """Sentence-initial capital off and an article on where a common noun phrase needs one:
    "Flag of Norway" -> "the flag of Norway"; names stay as they are."""
    words = subject.split()
    first = strip_word(words[0]).lower()
    common_head = len(words) > 1 and words[1] == "of"  # "Flag of ...", "Conference of ..."
    adjective = first in NOT_BEFORE_VERB - PREPOSITIONS  # "Major demonstrations", "Local X"
    if first in DETERMINERS | QUANTITY_WORDS or common_head or adjective or (
            first in common_words and not _is_name_start(words, common_words)):
        words[0] = words[0][0].lower() + words[0][1:]
    if _needs_article(words, common_words):
        words.insert(0, "the")
    return " ".join(words)


def _is_name_start(words: list[str], common_words: set[str]) -> bool:
    """"Soviet Latvia" starts with a name even though "soviet" is a common word."""
    return (len(words) > 1 and words[1][:1].isupper()
            and strip_word(words[1]).lower() not in common_words)


def _needs_article(words: list[str], common_words: set[str]) -> bool:
    head = []
    for word in words:
        if strip_word(word).lower() in PREPOSITIONS:
            break
        head.append(strip_word(word))
    if not head or head[0].lower() in DETERMINERS | QUANTITY_WORDS or _is_plural(words):
        return False
    if words[0].endswith(("’s", "'s")):
        return False  # "Görgei's army": the possessive is the determiner
    last = head[-1]
    if head[0].islower() or last.islower():
        return True  # "first demonstration in ..." , "flag of ...", "X pogrom"
    if len(head) == 1 and len(words) > 1 and words[1] == "of":
        return True  # "Conference of the party": a common noun, capitalized to start a line
    return last.lower() in common_words | INSTITUTIONS  # "Supreme Council"


def describe(clause: Clause) -> str:
    """The event as a short past-tense description for lists (ordering, matching)."""
    return clause.statement()


def is_clean_question(text: str) -> bool:
    """A prompt that reads as a finished sentence: no markup, balanced, no dangling word."""
    if re.search(r"\[\[|\]\]|<[^>]*>|\{\{|\}\}|==|\*\*|`|\[\d{2}:\d{2}", text):
        return False
    if "  " in text or " ," in text or " ?" in text or re.search(r"[,;][\"”’']?[?.:]$", text):
        return False
    if any(text.count(a) != text.count(b) for a, b in ("()", "[]", "“”")) or text.count('"') % 2:
        return False
    last = strip_word(text.rstrip("?.!").split()[-1]).lower() if text.split() else ""
    starts_well = text[:1].isupper() or text[:1].isdigit()
    return starts_well and text.endswith(("?", ".", ":")) and last not in TRAILING_BAD
