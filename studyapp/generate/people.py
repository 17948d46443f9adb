"""Questions on a key figure: the role the text gives them, and who had a given role."""

from __future__ import annotations

from studyapp.generate import distractors, english
from studyapp.generate.events import Context, leaks, similar_people
from studyapp.generate.facts import PersonFact, good_aliases
from studyapp.model import Question


def plain_role(role: str) -> str:
    """"Sociologist" (capital only because it started a sentence) -> "sociologist"."""
    if " " not in role and role[:1].isupper() and not role.isupper():
        return role[0].lower() + role[1:]
    return role


def _role_phrase(role: str) -> str:
    """"chairman of the Supreme Council" -> "the chairman ..."; "historian" -> "a historian"."""
    role = plain_role(role)
    first = role.split()[0].lower()
    if first in english.DETERMINERS or any(w.endswith(("’s", "'s")) for w in role.split()[:3]):
        return role  # "Norway’s Prime Minister" takes no article
    if " of " in role or first in {"first", "last", "founding", "former"}:
        return f"the {role}"
    return f"{'an' if first[0] in 'aeiou' else 'a'} {role}"


def distinctive_role(person: PersonFact, context: Context) -> str | None:
    """A role no other person of the set also has (else "who was X?" has two answers)."""
    others = [role.casefold() for other in context.people if other is not person
              for role in other.roles]
    for role in person.roles:
        folded = role.casefold()
        if any(folded in other or other in folded for other in others):
            continue
        if any(part.casefold() in folded for part in person.figure.name.split()):
            continue
        return role
    return None


def _question(kind: str, prompt: str, answer: str, person: PersonFact, **fields
              ) -> Question | None:
    if not english.is_clean_question(prompt) or leaks(prompt, answer):
        return None
    return Question(id="", kind=kind, prompt=prompt, answer=answer, fact=person.name,
                    source=person.source, tags=["people"], **fields)


def _who_is(role: str, title: str) -> str:
    """The set is one document's, so "described as" means: by that document."""
    return f"Who is described as {_role_phrase(role)}?"


def role_card(person: PersonFact, context: Context, title: str) -> Question | None:
    if not person.roles or (len(person.roles) == 1 and not distinctive_role(person, context)):
        return None  # "Who was X? A prominent academic" for four people teaches little
    roles = "; ".join(plain_role(role) for role in person.roles[:2])
    return _question("flashcard", f"Who was {person.figure.name}?", roles, person)


def person_card(person: PersonFact, context: Context, title: str) -> Question | None:
    return _who_is_question("flashcard", person, context, title)


def person_typed(person: PersonFact, context: Context, title: str) -> Question | None:
    return _who_is_question("typed", person, context, title)


def _who_is_question(kind: str, person: PersonFact, context: Context, title: str
                     ) -> Question | None:
    """"Who is described as <role>?" answered by the person's name (a card or typed)."""
    role = distinctive_role(person, context)
    if role is None:
        return None
    return _question(kind, _who_is(role, title), person.figure.name, person,
                     accept=good_aliases(person))


def person_choice(person: PersonFact, context: Context, title: str) -> Question | None:
    role = distinctive_role(person, context)
    others = similar_people(person, context)
    if role is None or len(others) < 3:
        return None
    wrong = others[:3]  # the three most alike
    return _question("multiple_choice", _who_is(role, title), person.figure.name, person,
                     options=distractors.place_answer(person.figure.name, wrong, context.rng))


PERSON_BUILDERS = {
    "role_card": role_card,
    "person_card": person_card,
    "person_typed": person_typed,
    "person_choice": person_choice,
}
