"""Entity rules first needed on the sixth blind set of news paragraphs, on invented sentences."""

import pytest

from annotations.nlp.nationalities import is_nationality
from tests.annotations.reading import labelled


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
        # A storm with its adjective, a fair capitalised with its town.
        ("La tempête tropicale Ophélia a frappé l'île dans la nuit.", "tempête tropicale Ophélia", "MISC"),
        ("La Braderie de Roubaix attire des milliers de chineurs.", "Braderie de Roubaix", "MISC"),
    ],
)
def test_names_by_their_head(text, name, label):
    assert (name, label) in labelled(text)


# Heads left out or narrowed after a review: a curve's peak, a school's campus, a charity's
# sale, a shop before a person's full name or a hyphenated word.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Le pic de grippe est passé début janvier.", "pic de grippe"),
        ("Les étudiants du campus de HEC ont manifesté mardi.", "campus de HEC"),
        ("La braderie du Secours populaire aura lieu samedi à Tours.", "braderie du Secours"),
        ("La boucherie Jean-Pierre Martin a fermé ses portes à Auch.", "boucherie Jean"),
        ("La boucherie Jean-Pierre Martin a fermé ses portes à Auch.", "boucherie Jean-Pierre Martin"),
        ("La pâtisserie Paris-Brest de Jean Dubois a ouvert à Rennes.", "pâtisserie Paris"),
        ("La pâtisserie Paris-Brest de Jean Dubois a ouvert à Rennes.", "pâtisserie Paris-Brest"),
    ],
)
def test_no_name_by_a_head_there(text, wrong):
    assert not any(name.startswith(wrong) for name, _label in labelled(text))


def test_a_cooperative_named_by_a_name_is_the_name():
    assert not any(text.startswith("coopérative") for text, _label in labelled("La coopérative Agrial recrute."))


@pytest.mark.parametrize("word", ["Alsacien", "Martiniquaises", "Réunionnais", "Suisses"])
def test_a_region_s_demonym_no_place_bears_is_a_nationality(word):
    assert is_nationality(word)


@pytest.mark.parametrize("word", ["Francilienne", "Réunionnaise"])
def test_a_region_s_demonym_in_the_feminine_singular_may_name_a_road_or_a_company(word):
    assert not is_nationality(word)


@pytest.mark.parametrize("word", ["Suisse", "Lorraine", "Bordelais", "Breton"])
def test_a_place_s_or_a_surname_s_form_is_none(word):
    assert not is_nationality(word)
