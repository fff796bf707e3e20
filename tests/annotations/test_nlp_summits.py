"""A summit named by who meets: an event (MISC, its head included) when states or bodies meet, two persons (PER
each, the common noun outside) when leaders meet."""

import pytest

from annotations.nlp.pipeline import analyse
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # the surnames the text gave with their given names
        (
            "Pedro Sánchez a reçu Giorgia Meloni à Madrid. Le sommet Sánchez-Meloni a porté sur l'immigration.",
            ["Sánchez", "Meloni"],
        ),
        (
            "Rishi Sunak a téléphoné à Anthony Albanese. Le sommet Sunak-Albanese a été avancé à jeudi.",
            ["Sunak", "Albanese"],
        ),
    ],
)
def test_leaders_of_summits_are_persons(text, persons):
    found = [(entity.text, entity.label) for entity in analyse(text).entities]
    assert not [name for name, label in found if "sommet" in name or label == "MISC"]
    assert all((person, "PER") in found for person in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Look-alikes: states, regions and bodies meet, the summit is an event with its head.
        ("Le sommet UE-Inde a été repoussé à l'automne.", "sommet UE-Inde"),
        ("Le sommet Japon-Australie s'ouvrira lundi à Canberra.", "sommet Japon-Australie"),
        ("Le sommet Asie-Afrique se tiendra à Jakarta en avril.", "sommet Asie-Afrique"),
        # a state whose name has a hyphen: its parts are no persons
        ("Le sommet États-Unis-Mexique se tiendra à Monterrey.", "sommet États-Unis-Mexique"),
        ("Le sommet Inde-Royaume-Uni a été avancé à mardi.", "sommet Inde-Royaume-Uni"),
        # a sports paper's top match: two towns' clubs, no persons
        ("Le sommet Lens-Marseille a tenu ses promesses samedi soir.", "sommet Lens-Marseille"),
        ("Le sommet Nantes-Rennes se jouera dimanche à la Beaujoire.", "sommet Nantes-Rennes"),
    ],
)
def test_summits_of_states_are_events(text, name):
    assert (name, "MISC") in labelled(text)
