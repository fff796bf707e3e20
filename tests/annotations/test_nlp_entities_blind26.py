"""Entities blind-26 (19 paragraphs of regional daily news: councils, faits divers, courts, clubs, associations,
schools, firms, elections, roads, hospitals, farming, an obituary, a flood, shops, written blind in its own session):
corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A surname that is also a town: the person, then the town after "à" where the model reads a place.
        (
            "Le maire, Paul Vitré, a présenté le budget. La commune a jumelé son école avec une classe à Vitré.",
            "Paul Vitré",
            "PER",
        ),
        (
            "Le maire, Paul Vitré, a présenté le budget. La commune a jumelé son école avec une classe à Vitré.",
            "Vitré",
            "LOC",
        ),
        (
            "L'ancienne adjointe Claire Dreux se présente. À Dreux, le maire sortant a renoncé.",
            "Dreux",
            "LOC",
        ),
        # Amateur leagues by their level and number.
        ("Le club de Sarralbe évolue en Régional 2 depuis trois saisons.", "Régional 2", "MISC"),
        ("Les basketteuses de Vitry jouent en Nationale 1.", "Nationale 1", "MISC"),
        ("Le XV de Bagnères retrouve la Fédérale 2.", "Fédérale 2", "MISC"),
        # A regional or intercommunal hospital by its acronym; a town's university hospitals capitalised.
        ("Le blessé a été transféré au CHR d'Orléans.", "CHR d'Orléans", "ORG"),
        ("Les urgences du CHI de Créteil saturent.", "CHI de Créteil", "ORG"),
        ("Les Hôpitaux universitaires de Genève recrutent.", "Hôpitaux universitaires de Genève", "ORG"),
        # A road written whole with its number.
        ("La route départementale 12 est coupée à Saint-Amand.", "route départementale 12", "LOC"),
        ("Un poids lourd s'est renversé sur la route nationale 88.", "route nationale 88", "LOC"),
        # A surname's particle after a title or rank written as a word.
        ("Le docteur de Kerdrel recevra ses patients jusqu'en juin.", "de Kerdrel", "PER"),
        ("Le colonel de Villepreux a passé les troupes en revue.", "de Villepreux", "PER"),
        # An acronym after a definite article, which the model left out.
        ("Les familles ont été reçues par le CCAS mardi.", "CCAS", "ORG"),
        ("Une pétition de la FCPE circule dans le quartier.", "FCPE", "ORG"),
        # National charities and a society of authors; a chain's shop by its kind of store.
        ("Les Restos du cœur de Vierzon cherchent des bénévoles.", "Restos du cœur", "ORG"),
        ("Les Restos du cœur de Vierzon cherchent des bénévoles.", "Vierzon", "LOC"),
        ("Le Secours catholique ouvre une épicerie solidaire.", "Secours catholique", "ORG"),
        ("La Sacem a réclamé 4 000 euros au comité des fêtes.", "Sacem", "ORG"),
        ("Le Carrefour Market de Bazas sera agrandi.", "Carrefour Market", "ORG"),
        # The state's programmes for towns.
        ("La commune a été retenue dans Action cœur de ville en 2018.", "Action cœur de ville", "MISC"),
        # Look-alikes: a surname after "à" where the model reads the person; a title before a town; a road
        # numbered far from a league's levels; a rank and a first name.
        ("Le maire, Jean Laval, a écrit à Laval pour lui demander des comptes.", "Laval", "PER"),
        ("Le professeur de Rennes a présenté son étude.", "Rennes", "LOC"),
        ("Les camions empruntent la Nationale 7 depuis Lyon.", "Lyon", "LOC"),
    ],
)
def test_entities_blind26_rules(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Acronyms of roles, kinds of firms, policies and common nouns after an article are no bodies.
        ("Le PDG de la PME a reçu les syndicats.", "PDG"),
        ("Le PDG de la PME a reçu les syndicats.", "PME"),
        ("Les agriculteurs attendent les aides de la PAC.", "PAC"),
        ("Le DRH de l'usine a démissionné.", "DRH"),
        ("L'ONG alerte sur la pollution du fleuve.", "ONG"),
        ("Le secteur du BTP souffre.", "BTP"),
        # A particle after a rank before a given name.
        ("Le capitaine de Marie a quitté le navire.", "de Marie"),
    ],
)
def test_entities_blind26_names_nothing(text, words):
    assert words not in {name for name, _ in labelled(text)}


def test_entities_blind26_no_league_of_a_road():
    # a league's word with a road's number, beyond the leagues' levels: no competition
    assert ("Nationale 7", "MISC") not in labelled("Les camions empruntent la Nationale 7 depuis Lyon.")


@pytest.mark.parametrize(
    "text",
    [
        "Les gendarmes ont contrôlé 300 conducteurs sur la Nationale 2 entre Laon et Soissons.",
        "La Nationale 1 est coupée à hauteur d'Amiens après un accident.",
        "Un radar a été installé sur la Nationale 3 à l'entrée de Meaux.",
    ],
)
def test_entities_blind26_a_road_numbered_as_a_league_level_is_no_league(text):
    # "la Nationale 2" is a road (as "la RN 2"); a league is played "en" or "de" its level
    assert not [name for name, label in labelled(text) if name.startswith("Nationale") and label == "MISC"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le club de handball joue en Nationale 2 depuis trois saisons.", "Nationale 2"),
        ("Le leader de Nationale 3 a été battu à domicile.", "Nationale 3"),
    ],
)
def test_entities_blind26_a_league_level_stays_a_league(text, name):
    assert (name, "MISC") in labelled(text)


@pytest.mark.parametrize(
    "text",
    ["Le club de tai-chi de Vannes compte 80 adhérents.", "Les cours de tai-chi de Lorient reprennent lundi."],
)
def test_entities_blind26_a_hospital_acronym_is_one_only_in_capitals(text):
    # "chi" of "tai-chi" is no intercommunal hospital (the CHI, written in capitals)
    assert not [name for name, label in labelled(text) if label == "ORG" and "chi" in name.lower()]
