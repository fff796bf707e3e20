"""Parties abroad: the francophone countries' and the neighbours' parties are bodies, by name and
by acronym, as France's are; letters that say something else too stay out."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("À Namur, Les Engagés ont rejoint la majorité.", "Les Engagés"),
        ("Le Pastef a remporté les législatives.", "Pastef"),
        ("À Lausanne, le PLR a perdu deux sièges.", "PLR"),
        ("Les Vert'libéraux ont voté contre le projet.", "Vert'libéraux"),
        ("Le RHDP a présenté ses candidats à Abidjan.", "RHDP"),
        ("La Coalition avenir Québec devance ses rivaux.", "Coalition avenir Québec"),
        ("Le chef de la N-VA a répondu au Premier ministre.", "N-VA"),
        ("Les négociations entre la CDU et le SPD reprennent.", "CDU"),
    ],
)
def test_a_party_abroad_is_a_body(text, name):
    assert (name, "ORG") in labelled(text)


def test_only_the_road_is_read_as_no_party_after_la():
    entities = labelled("Il roulait sur la RN 7 quand la CDU a annoncé sa victoire.")
    assert ("CDU", "ORG") in entities
    assert ("RN", "ORG") not in entities


@pytest.mark.parametrize("text", ["Le PDG de la société a démissionné.", "Un SDF a été retrouvé près de la gare."])
def test_letters_that_name_something_else_are_no_party(text):
    assert not any(label == "ORG" for _, label in labelled(text))
