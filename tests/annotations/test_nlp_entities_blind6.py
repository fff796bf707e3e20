"""Entity rules first needed on the sixth blind set of news paragraphs, on invented sentences."""

import pytest

from annotations.nlp import analyse
from annotations.nlp.nationalities import is_nationality


def labelled(text: str) -> set[tuple[str, str]]:
    return {(entity.text, entity.label) for entity in analyse(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Kinds of places named with their head.
        ("Les alpinistes ont bivouaqué au pied de l'aiguille du Midi.", "aiguille du Midi", "LOC"),
        ("Le salon se tient au parc des expositions de Mâcon.", "parc des expositions de Mâcon", "LOC"),
        ("Le loto aura lieu à la salle des fêtes de Villers.", "salle des fêtes de Villers", "LOC"),
        ("Les bateaux sont amarrés à la marina du Vauclin.", "marina du Vauclin", "LOC"),
        ("Les étudiants ont manifesté sur le campus de Villeurbanne.", "campus de Villeurbanne", "LOC"),
        # A shop named by its owner's name; a cooperative by its trade and place.
        ("La Fromagerie Bertin ouvrira une seconde boutique.", "Fromagerie Bertin", "ORG"),
        ("La coopérative laitière de Morzine a investi 2 millions d'euros.", "coopérative laitière de Morzine", "ORG"),
        # A storm with its adjective, a fair with its town.
        ("La tempête tropicale Ophélia a frappé l'île dans la nuit.", "tempête tropicale Ophélia", "MISC"),
        ("La braderie de Roubaix attire des milliers de chineurs.", "braderie de Roubaix", "MISC"),
    ],
)
def test_names_by_their_head(text, name, label):
    assert (name, label) in labelled(text)


def test_a_cooperative_named_by_a_name_is_the_name():
    assert not any(text.startswith("coopérative") for text, _label in labelled("La coopérative Agrial recrute."))


@pytest.mark.parametrize("word", ["Alsacien", "Martiniquaises", "Réunionnais", "Suisses"])
def test_a_region_s_demonym_no_place_bears_is_a_nationality(word):
    assert is_nationality(word)


@pytest.mark.parametrize("word", ["Suisse", "Lorraine", "Bordelais", "Breton"])
def test_a_place_s_or_a_surname_s_form_is_none(word):
    assert not is_nationality(word)
