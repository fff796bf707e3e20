"""annotations/nlp/headline_places.py: a town opening a headline before a colon is a place when the
prose names it as the place of a body ("le conseil municipal de Lannion"), not otherwise."""

import pytest

from annotations.nlp.pipeline import analyse


def entities(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.label) for found in analyse(text).entities]


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Morlaix : la médiathèque fermera en mars\n\nLe conseil municipal de Morlaix a voté la fermeture.\n",
            "Morlaix",
        ),
        (
            "Namur : un an de prison pour un ancien échevin\n\nLe tribunal correctionnel de Namur l'a condamné.\n",
            "Namur",
        ),
        ("Sion: le budget adopté\n\nLe Conseil communal de Sion a voté le texte.\n", "Sion"),
    ],
)
def test_a_headline_s_town_named_in_the_prose_as_a_body_s_place_is_a_place(text, place):
    assert (place, "LOC") in entities(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a firm's board is no place
        ("Renault : la succession ouverte\n\nLe conseil d'administration de Renault se réunit lundi.\n", "Renault"),
        ("Exclusif : la médiathèque fermera\n\nLe conseil municipal de Morlaix a voté.\n", "Exclusif"),  # a rubric
        ("Brest : un incendie dans le port\n\nLes pompiers sont intervenus.\n", "Brest"),  # the prose names no body
    ],
)
def test_no_place_where_the_prose_does_not_name_one(text, word):
    assert (word, "LOC") not in entities(text)
