"""Entities blind-11 (40 paragraphs of regional daily news written blind in the seventeenth
session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.pipeline import analyse
from tests.annotations.reading import labelled


def analysed(text: str):
    return analyse(text, published=date(2026, 5, 5))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("GRENOBLE. – La cour d'appel a confirmé jeudi la peine du maire.", "GRENOBLE"),
        ("MONTBÉLIARD. — Les salariés de l'équipementier ont voté la grève.", "MONTBÉLIARD"),
        ("SAINT-PIERRE (La Réunion). – Un incendie a détruit trois cases.", "SAINT-PIERRE"),
    ],
)
def test_a_dateline_with_a_full_stop_before_its_dash_names_a_town_in_the_story_s_first_sentence(text, town):
    analysis = analysed(text)
    assert (town, "LOC") in {(entity.text, entity.label) for entity in analysis.entities}
    assert len(analysis.claims) == 1  # the town's full stop ends no sentence


def test_a_full_stop_before_a_dash_still_ends_a_sentence_of_dialogue():
    analysis = analysed("Il a répondu OUI. – Non, a corrigé son avocat.")
    assert len(analysis.claims) == 2


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("La Section paloise a battu Toulon dimanche.", "Section paloise"),
        ("Le Sporting de Charleroi a limogé son entraîneur.", "Sporting de Charleroi"),
        ("Le Castres olympique s'est incliné à domicile.", "Castres olympique"),
        ("Le Limoges CSP a mis fin à sa série de défaites.", "Limoges CSP"),
        ("Les supporters de l'Amiens SC ont envahi la pelouse.", "Amiens SC"),
        ("Le CA Brive reçoit Bayonne samedi.", "CA Brive"),
    ],
)
def test_a_sports_club_is_an_organisation_named_whole(text, club):
    assert (club, "ORG") in labelled(text)


def test_a_stadium_stays_a_place_and_a_player_named_after_his_club_a_person():
    assert ("Stade de France", "LOC") in labelled("La finale se jouera au Stade de France samedi.")
    assert ("Stade du Moustoir", "LOC") in labelled("Le match se jouera au Stade du Moustoir.")
    entities = labelled("L'entraîneur du Stade rennais Habib Beye a parlé.")
    assert {("Stade rennais", "ORG"), ("Habib Beye", "PER")} <= entities


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Quimper Agglomération rendra ses bus gratuits le samedi.", "Quimper Agglomération"),
        ("Vichy Communauté reprendra la collecte des déchets en régie.", "Vichy Communauté"),
        ("GAP. – L'Eurométropole de Strasbourg a voté le budget vendredi.", "Eurométropole de Strasbourg"),
    ],
)
def test_an_intercommunality_is_an_organisation(text, body):
    assert (body, "ORG") in labelled(text)


def test_an_article_opening_a_sentence_is_no_intercommunality_s_town():
    entities = labelled("L'agglomération lorientaise compte 200 000 habitants. La Communauté a voté le budget.")
    assert not any(label == "ORG" and name.startswith(("L'", "La ")) for name, label in entities)


def test_after_a_dateline_s_dash_the_article_opening_the_story_is_no_part_of_a_longer_name():
    entities = labelled("BREST. – Le Stade brestois a officialisé lundi l'arrivée d'un attaquant.")
    assert ("Stade brestois", "ORG") in entities
    assert "La Rochelle" in {name for name, _ in labelled("NIORT. – La Rochelle a battu Niort samedi.")}


def test_the_people_of_a_town_are_no_name_but_a_club_s_nickname_or_a_town_is():
    assert labelled("Les Limougeauds remontent à la onzième place.") == set()
    assert labelled("« Les Castelroussins paieront deux fois », a lancé l'élu.") == set()
    assert {name for name, _ in labelled("Les Verts ont gagné. Le maire des Mureaux a parlé.")} >= {
        "Les Verts",
        "Mureaux",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Martine Schwoerer est boulangère à Koenigshoffen.", "Koenigshoffen"),
        ("Le camion a été retrouvé aux abords de Sotta.", "Sotta"),
    ],
)
def test_a_trade_at_a_place_and_its_surroundings_name_a_place(text, place):
    assert (place, "LOC") in labelled(text)


def test_a_school_one_was_trained_at_is_no_place():
    assert ("Sciences Po", "LOC") not in labelled("Formé à Sciences Po, il a rejoint le ministère.")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Le Congrès a voté un prêt à Kouaoua Minerais, qui exploite un massif de nickel.", "Kouaoua Minerais"),
        ("Les 86 salariés de Lys Emballages ont appris la fermeture.", "Lys Emballages"),
    ],
)
def test_a_trade_closing_a_name_makes_it_an_organisation(text, company):
    assert (company, "ORG") in labelled(text)


def test_the_particle_of_a_surname_stays_with_it():
    text = "Le patron, Loïc Le Gall, a été condamné. Le Gall dispose de dix jours pour faire appel."
    assert {("Loïc Le Gall", "PER"), ("Le Gall", "PER")} <= labelled(text)
    # a newspaper after a word opening a sentence is no surname
    assert not any(label == "PER" for _, label in labelled("Selon Le Télégramme, le maire démissionne."))
    assert "Le Stade de Reims" not in {name for name, _ in labelled("Le Stade de Reims a gagné.")}  # no particle
