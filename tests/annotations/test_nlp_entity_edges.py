"""Where a name ends, on invented sentences: not on a sentence's full stop the tokenizer left on it,
nor on a day the model took in; and kinds of names with their head ("centre hospitalier Annecy
Genevois", "îles du Salut")."""

from datetime import date

import pytest

from annotations.nlp.pipeline import analyse
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A sentence's full stop after a name with an apostrophe; an abbreviation's stays its own.
        ("Le prix revient à Soazig Le Floc'h. Elle le recevra lundi.", "Soazig Le Floc'h", "PER"),
        # A day after a club's name, with or without a publication date to read it as a date.
        ("Le Stade rennais dimanche soir a battu Lyon.", "Stade rennais", "ORG"),
        # A hospital named by a name right after its head; islands.
        ("Le centre hospitalier Annecy Genevois a ouvert un service.", "centre hospitalier Annecy Genevois", "ORG"),
        ("Les îles du Salut accueillent 50 000 visiteurs par an.", "îles du Salut", "LOC"),
    ],
)
@pytest.mark.parametrize("published", [None, date(2026, 5, 5)])
def test_where_a_name_ends(text, name, label, published):
    assert (name, label) in labelled(text, published)


def test_a_plural_without_a_name_is_no_place():
    assert not any(name.startswith("îles") for name, _label in labelled("Il a visité deux îles en Bretagne."))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A party's name, with its article where the party writes one; its acronym, also inside a
        # person's name as the model reads it.
        (
            "La France insoumise a déposé une motion de censure avec le RN.",
            {("La France insoumise", "ORG"), ("RN", "ORG")},
        ),
        (
            "Les Républicains ont voté contre, a dit le député LFI Éric Coquerel.",
            {("Les Républicains", "ORG"), ("LFI", "ORG"), ("Éric Coquerel", "PER")},
        ),
        ("Le député LR Olivier Marleix a voté contre.", {("LR", "ORG"), ("Olivier Marleix", "PER")}),
        ("Le groupe de la France insoumise a quitté l'hémicycle.", {("France insoumise", "ORG")}),
    ],
)
def test_parties_are_organisations(text, names):
    assert names <= labelled(text)


def test_a_road_numbered_is_no_party():
    assert ("RN", "ORG") not in labelled("La RN 7 est coupée à Valence.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vinci Airports exploite désormais l'aéroport.", "Vinci Airports"),
        ("Le fonds Océanis Invest a racheté l'usine.", "Océanis Invest"),
        ("Île-de-France Mobilités a commandé 40 rames.", "Île-de-France Mobilités"),
        ("Amaury Sport Organisation organise la course.", "Amaury Sport Organisation"),
    ],
)
def test_a_company_by_its_last_word(text, name):
    assert (name, "ORG") in labelled(text)


def test_the_state_is_an_organisation_but_not_in_a_common_noun_or_another_name():
    text = (
        "L'État a versé 2 millions d'euros. Le chef de l'État a parlé, le Conseil d'État a tranché, "
        "un secrétaire d'État a démissionné. L'État islamique a revendiqué l'attentat."
    )
    states = [(entity.start, entity.text) for entity in analyse(text).entities if entity.text == "État"]
    assert states == [(2, "État")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Le club joue en Ligue 1 depuis 2019.", "Ligue 1", "MISC"),
        ("Le PSG a remporté la Ligue des champions en 2025.", "Ligue des champions", "MISC"),
        ("La Ligue des droits de l'homme a saisi la justice.", "Ligue des droits de l'homme", "ORG"),
    ],
)
def test_a_league_s_competition_is_an_event_the_league_a_body(text, name, label):
    assert (name, label) in labelled(text)
