"""From mentions to people: which names are people, and one entry per person.

A name is a person's on evidence in some mention or by the unmarked shape of a full name;
mentions then cluster into people (full names, their parts, linked forms, surnames alone),
titles and initials fold into the person they stand for, and the fullest name is chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from studyapp.extract import names as vocab
from studyapp.extract.mentions import Mention
from studyapp.extract.name_runs import INITIAL, JOINED_PARTICLE
from studyapp.model import Document, Figure, Source

# Honorifics that are titles of rank: the only title the text may give ("Lord X sealed it").
RANK_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})
NOBLE_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(vocab.NOBLE_TITLES))})\s+of\s+[A-Z][\w'’\-]*",
                         re.IGNORECASE)
# Plural nouns of people of a place or an occasion, beside the plural role nouns.
PEOPLE_GROUPS = frozenset("neighbours neighbors locals villagers townspeople townsfolk "
                          "onlookers bystanders mourners parishioners relatives families "
                          "visitors passengers spectators".split())


@dataclass
class Person:
    """One person: the forms of the name, roles and sources of the mentions clustered."""

    forms: list[str]
    first: int
    roles: list[str] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    mentions: int = 0
    minor: bool = True
    first_seen: dict[int, int] = field(default_factory=dict)
    per_document: Counter[int] = field(default_factory=Counter)  # mentions in each document
    name_parts: dict[str, int] = field(default_factory=dict)  # word -> 2 surname, 1 given
    titled: list[str] = field(default_factory=list)
    secondary: set[str] = field(default_factory=set)  # birth and former names
    descriptions: list[str] = field(default_factory=list)  # "a vaudeville acrobat"
    seen: set[tuple[str, tuple[int, int]]] = field(default_factory=set)  # sources' places

    def part(self, word: str) -> int:
        """2 if ``word`` is this person's surname (or whole name), 1 a given name, else 0."""
        if not self.name_parts:
            for form in self.forms:
                parts = [p.lower() for p in form.split() if not vocab.is_roman_numeral(p)]
                if len(parts) == 3 and parts[0] in vocab.NOBLE_TITLES and parts[1] == "of":
                    parts = parts[2:]  # "Varnois" stands for "the Marquis of Varnois"
                if "of" in parts:
                    parts = parts[:parts.index("of")]
                if "," in form or not parts:
                    continue
                self.name_parts[parts[-1]] = 2
                self.name_parts[JOINED_PARTICLE.sub("", parts[-1])] = 2
                for half in re.split(r"[–-]", parts[-1]):
                    self.name_parts.setdefault(half, 2)  # "Marrow" of "Varska–Marrow"
                if len(form.split()) > 1:
                    self.name_parts.setdefault(parts[0], 1)
                if len(parts) == 3 and len(form.split()) == 3:
                    self.name_parts.setdefault(parts[1], 2)  # "Vellius" of "Quintus Vellius
                    # Maximus": a family name between given name and surname
                if "y" in parts:  # "Tomás Ruiz Mota y Sala": "Ruiz" or "Mota", the father's
                    for surname in parts[1:parts.index("y")]:
                        self.name_parts.setdefault(surname, 2)
                self.name_parts[form.lower()] = 2
            for place in _title_places(self):  # "Tolly" for the holder of "Count of Tolly"
                self.name_parts.setdefault(place, 2)
        return self.name_parts.get(word, 0)

    def take_sources_and_roles(self, other: Person) -> None:
        """The sources and roles of another entry for this person, added to its own."""
        self.sources += [s for s in other.sources if s not in self.sources]
        self.roles += [r for r in other.roles if r not in self.roles]

    def add(self, mention: Mention, form: str) -> None:
        if form.lower() not in (f.lower() for f in self.forms):
            self.forms.append(form)
            self.name_parts.clear()
        if mention.secondary:
            self.secondary.add(form)
        for role in mention.roles:
            if role.lower() not in (r.lower() for r in self.roles):
                self.roles.append(role)
        if mention.document not in self.documents:
            self.documents.append(mention.document)
        if mention.source and (mention.source.document, mention.source.offset) not in self.seen:
            self.seen.add((mention.source.document, mention.source.offset))
            self.sources.append(mention.source)
        if mention.titled and mention.titled not in self.titled:
            self.titled.append(mention.titled)
        if mention.described:
            self.descriptions.append(mention.described)
        if mention.commands and mention.commands not in self.roles:
            self.roles.append(mention.commands)
        self.mentions += 1
        self.minor = self.minor and mention.minor
        self.first_seen.setdefault(mention.document, mention.order)
        self.per_document[mention.document] += 1


def accepted_keys(mentions: list[Mention], negative: Counter[str], lists: list[list[int]],
                  places: frozenset[str], links: list[tuple[str, str]]) -> set[str]:
    """Names that are people: evidence in some mention, or a full name's unmarked shape;
    then single words listed together with people ("Tavor and Vellatra")."""
    blocked = {m.key for m in mentions if m.blocked and len(m.words) > 1}
    doubts: Counter[str] = Counter()
    for mention in mentions:
        if mention.doubt:
            doubts[mention.key] = max(doubts[mention.key], mention.doubt)
    # the heads of names of things ("Catholic Varnia", "Kessel Prize"), and surnames alone;
    # not a run that only ends with a person's name ("in Upper Varsel Marko Lind laid ...")
    full_names = {tuple(m.words) for m in mentions if len(m.words) > 1 and not m.blocked}
    # ("Casa Lenzi", "Fort Ivo": a place named for a person heads no things by "Lenzi")
    thing_heads = {m.words[-1].lower() for m in mentions
                   if m.blocked and len(m.words) > 1 and "of" not in m.words
                   and m.words[0].lower() not in vocab.PLACE_PREFIXES
                   and m.words[0].lower() not in vocab.NUMBER_WORDS  # "Three Orsino brothers"
                   and not any(tuple(m.words[-k:]) in full_names for k in (2, 3))}
    surnames = {m.key for m in mentions if len(m.words) == 1 and m.evidence and not m.blocked}
    accepted: set[str] = set()
    for mention in mentions:
        if mention.blocked or mention.confirm_only:
            continue
        if mention.evidence and not (mention.bare_role and negative[mention.key]) \
                or mention.default_ok and mention.key not in blocked \
                and not mention.with_things and mention.words[-1] not in places \
                and _unmarked_person(mention, doubts[mention.key], thing_heads, surnames):
            accepted.add(mention.key)
        elif mention.spoke and not negative[mention.key] and mention.words[0] not in places \
                and not (len(mention.words) == 1 and _group_noun(mention.key)):
            accepted.add(mention.key)
    accepted |= _regnal_headings(mentions, negative, accepted, links)
    name_parts = {part for key in accepted if len(key.split()) > 1
                  for part in key.split(" of ")[0].split()}
    for members in lists:
        listed = [mentions[i] for i in members]
        if any(m.with_things for m in listed):
            continue
        if any(m.key.split(" of ")[0] in accepted | name_parts for m in listed):
            for mention in listed:
                if not (mention.blocked or negative[mention.key] or mention.confirm_only):
                    accepted.add(mention.key)
    return accepted


def _group_noun(lower: str) -> bool:
    """A plural noun of people opening a sentence ("Neighbours said", "Residents say"): a
    group speaking, no person."""
    return lower.endswith("s") and not lower.endswith("ss") and (
        lower in PEOPLE_GROUPS or vocab.listed_role(lower))


def _regnal_headings(mentions: list[Mention], negative: Counter[str], accepted: set[str],
                     links: list[tuple[str, str]]) -> set[str]:
    """"## Otmar V" over "Otmar ordered ...": a heading names the ruler the text then calls by
    the bare name; "## 610 - 590 BCE Otmar V" or "Otmar the Fat" names the ruler of those
    years in any case, and "## 610 - 590 BCE Otmar" the ruler its section names more fully
    ("Otmar II") or shows to be a person."""
    headings = [m for m in mentions if m.reign and not m.blocked]
    if not headings:
        return set()
    singles = {m.key for m in mentions if len(m.words) == 1 and not m.blocked
               and not negative[m.key] and (m.evidence or m.deed or m.described)}
    shown = {m.key for m in mentions if len(m.words) == 1 and m.evidence and not m.blocked}
    fuller = {a for a, b in links if b in accepted}
    # a heading of one word ("## 1880 Vardun") needs a person's evidence, not only a deed
    return {m.key for m in headings if m.words[0].lower() in (singles if len(m.words) > 1
                                                              else shown)
            or m.key in fuller or m.evidence and any(ch.isdigit() for ch in m.source.sentence)
            or len(m.words) > 1 and (vocab.is_roman_numeral(m.words[1]) or m.words[1] == "the")
            and m.source and any(ch.isdigit() for ch in m.source.sentence)}


def _unmarked_person(mention: Mention, doubt: int, thing_heads: set[str],
                     surnames: set[str]) -> bool:
    """A full name's shape is a person's unless its doubts (not_people.signs_of_a_thing; a last
    word heading the names of things, "Orlan Varnia" beside "Catholic Varnia", "Kessel Prizes"
    beside "Kessel Prize") outweigh its support: the last word standing alone for a person."""
    last = mention.words[-1].lower()
    doubt += last in thing_heads or last.endswith("s") and last[:-1] in thing_heads
    return doubt <= (last in surnames)


def cluster(mentions: list[Mention], accepted: set[str], links: list[tuple[str, str]],
            negative: Counter[str]) -> list[Person]:
    """One person per group of mentions: full names, their parts, linked forms."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    linked: dict[str, str] = {}
    all_linked: dict[str, list[str]] = {}  # a single name may have several other names
    for a, b in links:
        linked.setdefault(a.lower(), b.lower())
        linked.setdefault(b.lower(), a.lower())
        all_linked.setdefault(a.lower(), []).append(b.lower())
    for mention in mentions:
        if len(mention.words) < 2 or mention.blocked or mention.key not in accepted:
            continue
        other = linked.get(mention.key, "")
        person = by_key.get(mention.key) or by_key.get(other) or _matching_full(by_key, mention)
        if person is None and " " in other:  # "Corrado Alberto" of "Conrad Albrecht II
            # (Corrado Alberto)", read after "Conrad Albrecht": the person the other name is
            person = _matching_full(by_key, Mention(tuple(other.split()), mention.document,
                                                    roles=mention.roles))
        if person is None and len(mention.words) in (2, 3):  # "Hanna Tellberg" of "Hanna
            # Rosk (née Tellberg)": her given name(s) and her birth surname
            holder = by_key.get(linked.get(mention.words[-1].lower(), ""))
            given = list(mention.words[:-1])
            if holder is not None and any(f.split()[:len(given)] == given
                                          and len(f.split()) > len(given)
                                          for f in holder.forms):
                person, mention.secondary = holder, True
        if person is None:
            person = Person(forms=[], first=mention.order)
            people.append(person)
        by_key[mention.key] = person
        person.add(mention, " ".join(mention.words))
    for a, b in links:
        if a.lower() in by_key and "," in b and b not in by_key[a.lower()].forms:
            by_key[a.lower()].forms.append(b)
    title_places = {place for person in people for place in _title_places(person)}
    for mention in mentions:
        if len(mention.words) != 1 or mention.blocked:
            continue
        if mention.key not in accepted and negative[mention.key] \
                and mention.key not in title_places:
            continue  # a place, unless it names someone's title ("Tolly", "Count of Tolly")
        # A surname may stand for different people in different documents: resolve each
        # mention rather than reuse an earlier answer.
        same_word = by_key.get(mention.key)
        if same_word and _other_kin(mention, same_word):
            same_word = None  # "her sister Anna" after "her mother Anna"
        ruler = by_key.get(mention.ruler) if mention.ruler \
            and mention.ruler.split()[0] == mention.key else None  # "Otmar" under "## Otmar V"
        person = by_key.get(linked.get(mention.key, "")) or next(
            (by_key[k] for k in all_linked.get(mention.key, ()) if k in by_key), None) \
            or ruler or _resolve_single(people, mention) or same_word
        # ("Mira, Lady Halvey, born Ana Lind": Mira is linked to both)
        if person is not None and _other_title_places(mention, person):
            person = _resolve_single(people, mention)  # "Piet, Duke of Ilm" after "Piet,
            # Duke of Varn": another Piet
        if person is None:
            if mention.key not in accepted or not mention.roles and any(
                    p.part(mention.key) == 1 for p in people):
                continue  # a given name shared by several people says nothing by itself
            person = Person(forms=[], first=mention.order)
            people.append(person)
        by_key[mention.key] = person
        person.add(mention, mention.titled if _husband_s_name(people, person, mention)
                   else mention.words[0])
    people = _merge_realm_names(_merge_initials(_merge_titled(people)))
    people.sort(key=lambda p: p.first)
    return people


def _merge_titled(people: list[Person]) -> list[Person]:
    """"the Duke of Tessaine" is the person whose role that title is ("Otto, Duke of
    Tessaine"): one entry, the title an alias."""
    holders: dict[str, Person] = {}
    for person in people:
        for role in person.roles:  # "1st Duke of X and Count of Y" holds both titles
            for title in NOBLE_TITLE.findall(role):
                holders.setdefault(" ".join(title.lower().split()), person)
    kept = []
    for person in people:
        title = person.forms[0].lower() if len(person.forms) == 1 else ""
        holder = holders.get(title)
        if title.split(" ")[0] in vocab.NOBLE_TITLES and holder is not None \
                and holder is not person:
            _fold(person, holder)
            holder.secondary.add(person.forms[0])
            continue
        kept.append(person)
    return kept


def _merge_realm_names(people: list[Person]) -> list[Person]:
    """"Karl of Varn" is the one "Karl V" whose title is "Duke of Varn": one entry."""
    kept = []
    for person in people:
        words = person.forms[0].split()
        holders = [p for p in people if p is not person and p.forms[0].split()[0] == words[0]
                   and any(r.endswith(f" of {words[2]}")
                           and r.split()[0].lower() in vocab.REALM_HOLDERS for r in p.roles)] \
            if len(person.forms) == 1 and len(words) == 3 and words[1] == "of" else []
        if len(holders) != 1:
            kept.append(person)
            continue
        _fold(person, holders[0])
    return kept


def _fold(person: Person, holder: Person) -> None:
    """An entry of one name (a title, a name by the realm) is the holder's: its name becomes
    an alias, its sources and roles the holder's."""
    holder.forms.append(person.forms[0])
    holder.take_sources_and_roles(person)
    holder.minor = holder.minor and person.minor


def _merge_initials(people: list[Person]) -> list[Person]:
    """A reading list's "Lund, E." ("E. Lund") is the "Erik Lund" the text names: one entry,
    when exactly one person has that surname and a given name with that initial."""
    kept = []
    for person in people:
        words = person.forms[0].split()
        initials = bool(words) and all(INITIAL.match(w) for w in words[:-1]) \
            and INITIAL.match(words[0]) is not None
        fuller = [p for p in people if p is not person
                  and any(_expands(f.split(), words) for f in p.forms)] if initials else []
        if len(fuller) != 1:
            kept.append(person)
            continue
        holder = fuller[0]
        holder.forms += [f for f in person.forms if f not in holder.forms]
        if not person.minor:  # (a reading list's entry adds no source or role)
            holder.take_sources_and_roles(person)
    return kept


def _expands(full: list[str], initials: list[str]) -> bool:
    """"Erik Lund" expands "E. Lund" (the same surname, the given name's first letter)."""
    return len(full) >= 2 and full[-1] == initials[-1] and not INITIAL.match(full[0]) \
        and full[0][0] == initials[0][0]


def _matching_full(by_key: dict[str, Person], mention: Mention) -> Person | None:
    """A known person this full name is part of or extends ("van Torr" / "Ivo van Torr"),
    never one whose fullest name differs ("Orne de Vell" is not "Ivo de Vell") or
    whose kinship differs ("her father, Tom Pell" is not "her brother Carl Tom Pell")."""
    words = [w.lower() for w in mention.words]
    kin = bool(_kin_words(mention.roles))  # most mentions have none: no look at anyone's
    seen: set[int] = set()
    for person in by_key.values():
        if id(person) in seen:
            continue
        seen.add(id(person))
        if kin and _other_kin(mention, person):
            continue
        forms = [f.lower().split() for f in person.forms if "," not in f]
        fullest = max(forms, key=len, default=None)
        if forms and (all(_same_name(words, form) for form in forms)
                      or len(words) > 1 and _same_name(words, fullest)):
            return person  # "Maria Lind" is "Maria Anna Lind-Kerr", also known as "Ann Kerr"
    return None


def _same_name(words: list[str], other: list[str]) -> bool:
    """Two forms of one name: one ends the other, adds only numerals, or only a middle part,
    or is the other's part before "of" ("Otmar XIV" / "Otmar XIV of Varnia")."""
    shorter, longer = sorted((words, other), key=len)
    if shorter == longer:
        return True
    if "of" in longer and "of" not in shorter:
        return longer[:longer.index("of")] == shorter
    if len(shorter) < 2 or "of" in longer:
        return False
    if shorter[0] == longer[0] and shorter[-1] != longer[-1] \
            and shorter[-1] in re.split(r"[–-]", longer[-1]):
        return True  # "Dora Lind" is "Dora Maria Lind-Kerr"
    rest = longer[len(shorter):]
    return (longer[-len(shorter):] == shorter
            or longer[:len(shorter)] == shorter and (
                all(vocab.is_roman_numeral(w.upper()) for w in rest)
                or len(longer) >= 3)  # "Ada Maria" of "Ada Maria (Noel) Holm"
            or shorter[0] == longer[0] and shorter[-1] == longer[-1])


def _resolve_single(people: list[Person], mention: Mention) -> Person | None:
    """The person a single word stands for: a full name with that surname or given name,
    preferring the same document, a key figure, a surname, then the most mentioned."""
    best = None
    best_rank = None
    key = mention.key
    for person in people:
        kind = person.part(key)
        if not kind:
            continue
        given = kind == 1 or all(" " not in form for form in person.forms)
        if given and _other_kin(mention, person) or _other_sex(mention, person):
            continue  # "her sister Greta" is not "her mother Greta (Holm)"; "Lady Vesey" is
            # not "Sir Roland Vesey"
        if _other_title_places(mention, person):
            continue  # "Aldo, Earl of Mell" is not "Aldo Brisk, Duke of Tarn"
        first = person.first_seen.get(mention.document)
        same_doc = first is not None
        rank = (same_doc, not person.minor, kind, same_doc and first < mention.order,
                person.per_document[mention.document], -(first or 0))
        if best_rank is None or rank > best_rank:
            best, best_rank = person, rank
    if best_rank and best_rank[0] and best_rank[2] == 1 and sum(
            1 for p in people if p.part(key) == 1
            and mention.document in p.first_seen) > 1:
        return None  # "Maria" when the text names two Marias: neither for certain
    return best


def _other_title_places(mention: Mention, person: Person) -> bool:
    """The mention holds a title of a place ("Earl of Mell") and the person only titles of
    other places: two people of one given name."""
    if not mention.roles:
        return False
    own = _title_places(mention)
    return bool(own) and not own & _title_places(person) and bool(_title_places(person))


def _title_places(person: Person | Mention) -> set[str]:
    """The places of a person's titles of nobility: "tolly" for "Count of Tolly"."""
    places = set()
    for role in person.roles:
        title = role.split()
        if len(title) == 3 and title[0].lower() in vocab.NOBLE_TITLES and title[1] == "of":
            places.add(title[2].lower())
    return places


def _other_kin(mention: Mention, person: Person) -> bool:
    """The mention's kinship ("her sister") differs from the kinship the person has."""
    kin, known = _kin_words(mention.roles), _kin_words(person.roles)
    if kin | known <= WIFE_OR_DAUGHTER:
        return False  # "the daughter of X" is later "his wife" (a son shares his father's name)
    return bool(kin and known and not kin & known)


WIFE_OR_DAUGHTER = frozenset("wife daughter".split())


def _other_sex(mention: Mention, person: Person) -> bool:
    """"Lady Vesey" beside "Sir Roland Vesey": titles of a woman and of a man."""
    return any(vocab.titles_of_both_sexes(mention.titled, titled) for titled in person.titled)


def _husband_s_name(people: list[Person], person: Person, mention: Mention) -> bool:
    """"Mira, Lady Halvey" beside "Sir Ivo Halvey": she is "Lady Halvey", never
    "Halvey" alone."""
    return bool(mention.titled) and any(
        other is not person and other.part(mention.key) == 2
        and any(vocab.titles_of_both_sexes(mention.titled, titled) for titled in other.titled)
        for other in people)


def _kin_words(roles: list[str]) -> set[str]:
    """Kinship said from the text's own subject ("her sister"), not of a named person
    ("Tavalpa's half-brother" may also be "his son")."""
    return {w for role in roles if not NAMED_KIN.search(role)
            for w in role.lower().split() if w in vocab.KIN_NOUNS}


NAMED_KIN = re.compile(r"\b[A-Z][\w\-]*['’]s\b| of (?:the )?[A-Z]")


def figure_of(person: Person, documents: list[Document]) -> Figure:
    """The person as a Figure: the name is the form with the most words, a reading list's
    "Lund, E." or a birth or former name only when there is nothing else; the other forms
    are aliases."""
    natural = [f for f in person.forms if "," not in f]
    name = max(natural or person.forms,
               key=lambda f: (f not in person.secondary, len(f.split()), len(f)))
    return Figure(
        name=name,
        aliases=[f for f in person.forms if f != name]
        + [t for t in person.titled if t.lower() not in {f.lower() for f in person.forms}],
        roles=list(person.roles) or _rank_titles(person) + person.descriptions[:1],
        minor=person.minor,
        documents=[documents[i].name for i in person.documents],
        sources=list(person.sources),
    )


def _rank_titles(person: Person) -> list[str]:
    """The title of rank a person is named with ("Sir X"), for one the text gives no office:
    a title is a role, though kept out of the name."""
    for form in person.titled + person.forms:
        first = form.split()[0]
        if first.lower() in RANK_HONORIFICS and len(form.split()) > 1:
            return [first]
    return []
