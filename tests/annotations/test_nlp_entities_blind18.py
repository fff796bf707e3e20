"""Entities blind-18 (40 paragraphs of parliamentary and ministerial news, diplomacy, press reviews,
schools and hospitals, firms, unions, clubs, events and laws, names with particles and francophone
news, written blind in its own session): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # The press known by heart, cited with no article or cue, or a title that is a common word.
        ("Mediapart révèle que le marché a été truqué.", "Mediapart", "ORG"),
        ("Libération consacre sa une aux urgences.", "Libération", "ORG"),
        ("Dans Le Devoir, la ministre promet une enquête.", "Le Devoir", "ORG"),
        ("Pour Le Soir, quotidien bruxellois, la réforme est mort-née.", "Le Soir", "ORG"),
        ("Les universités perdraient 40 millions, selon Le Temps.", "Le Temps", "ORG"),
        # A club by its town and "Foot" or "Football", maybe with its department's number.
        ("Le Grenoble Foot 38 a battu le Clermont Foot samedi.", "Grenoble Foot 38", "ORG"),
        ("Le Clermont Foot a perdu samedi.", "Clermont Foot", "ORG"),
        ("Le club a battu Rodez Aveyron Football dimanche.", "Rodez Aveyron Football", "ORG"),
        # A school's kind between its head and its name or town; an IUT by its town.
        ("Le lycée professionnel Jean-Jaurès a ouvert une classe.", "lycée professionnel Jean-Jaurès", "ORG"),
        ("Le lycée agricole de Figeac recrute.", "lycée agricole de Figeac", "ORG"),
        ("L'IUT de Rodez ouvre un cursus.", "IUT de Rodez", "ORG"),
        # A school's one-word name stops before its town after "d'".
        ("Les élèves du lycée Fesch d'Ajaccio ont gagné.", "lycée Fesch", "ORG"),
        ("Les élèves du lycée Fesch d'Ajaccio ont gagné.", "Ajaccio", "LOC"),
        # A capital named as its country's town.
        ("La délégation ira ensuite à Hô Chi Minh-Ville.", "Hô Chi Minh-Ville", "LOC"),
    ],
)
def test_names_of_blind18_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Common words written as words, not as the titles.
        ("Le soir venu, les maires se sont réunis.", ("Le soir", "ORG")),
        ("Selon le temps qu'il fera, la course aura lieu.", ("le temps", "ORG")),
        # Football as a sport in a town, no club.
        ("Le foot à Grenoble se porte bien.", ("foot à Grenoble", "ORG")),
        # A person's name after the school's head, a region's name with "d'".
        ("Le collège Charles d'Orléans rouvre lundi.", ("collège Charles", "ORG")),
        ("Elle enseigne à l'université Côte d'Azur.", ("université Côte", "ORG")),
        # A given name right after the school's kind is the school's name, not a person.
        ("Le lycée professionnel Victor Hugo ferme.", ("Victor Hugo", "PER")),
        # A rubric in capitals before a dash is no town.
        ("BUDGET – La commission a rejeté le texte.", ("BUDGET", "LOC")),
        ("NOMINATIONS – Jean Dupont quitte Renault.", ("NOMINATIONS", "LOC")),
    ],
)
def test_look_alikes_of_blind18_kinds(text, wrong):
    assert wrong not in labelled(text)


def test_a_town_in_capitals_before_a_dash_stays_a_dateline():
    assert ("COGNAC", "LOC") in labelled("COGNAC – Le maire a inauguré la médiathèque.")
