"""Key figures: the people a set of documents names, with their roles, merged across mentions.

Rule-based and gazetteer-free. A person is a run of capitalised words (with particles such as
"de"/"von", initials and regnal numerals) that the text treats as a person: a title or role
before it ("Prime Minister X", "the pianist X"), an apposition or predicate after it
("X, the Ban of Croatia", "X was elected consul"), a possessive only people have ("X's
death"), a relative "who", life dates in parentheses, a list of people it stands in, or simply
the shape of a full name that nothing marks as an organisation, place, event or work. Single
words ("Napoleon") need such evidence; surnames alone become aliases of the full name they
stand for. Bibliography entries and photo or translation credits give minor figures.

The stages, one module each: name_runs (tokens and the runs of name words), roles (the role
phrases around a name), not_people and person_cues (the words that make a run a place, work or
body, or a person), page_parts (credits, reading lists, infobox fields and rows), mentions
(reading documents into mentions with their evidence, roles and links) and people (which names
are people, one entry per person, the fullest name). This module ties them together; names
holds the vocabulary they share.
"""

from __future__ import annotations

from studyapp.extract.mentions import Reader, Vocabulary
from studyapp.extract.people import accepted_keys, cluster, figure_of
from studyapp.model import Document, Figure


def find_figures(documents: list[Document]) -> list[Figure]:
    """Every person the documents name, one entry per person across all of them."""
    reader = Reader(Vocabulary.of(documents))
    for index, document in enumerate(documents):
        reader.read(index, document)
    closed_lists = [members for i, members in enumerate(reader.lists) if i in reader.closed]
    accepted = accepted_keys(reader.mentions, reader.negative, closed_lists,
                             reader.words.places, reader.links)
    people = cluster(reader.mentions, accepted, reader.links, reader.negative)
    return [figure_of(person, documents) for person in people]
