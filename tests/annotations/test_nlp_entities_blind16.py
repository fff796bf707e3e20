"""Entities blind-16 (40 paragraphs of markets, health, education, transport, environment and farming,
overseas and francophone, tech and media, religion and associations pages, written blind in the
twenty-first session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

import pytest
import spacy
from spacy.tokens import Span

from annotations.nlp.name_shapes import is_a_stock_index
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A body's long name goes on over complements joined by "et" and over its closing adjective.
        (
            "L'Agence de l'alimentation et de la sécurité du travail a publié un avis.",
            "Agence de l'alimentation et de la sécurité du travail",
            "ORG",
        ),
        (
            "Le Centre national des études spatiales et aéronautiques recrute vingt ingénieurs.",
            "Centre national des études spatiales et aéronautiques",
            "ORG",
        ),
        (
            "Le budget de l'Office de la pêche côtière et des cultures marines a baissé.",
            "Office de la pêche côtière et des cultures marines",
            "ORG",
        ),
        (
            "Selon l'Observatoire de la santé scolaire, un enfant sur dix est concerné.",
            "Observatoire de la santé scolaire",
            "ORG",
        ),
        (
            "Le président de la Chambre agricole et forestière de Corrèze a démissionné.",
            "Chambre agricole et forestière de Corrèze",
            "ORG",
        ),
        # a compass point's adjective after a region
        (
            "Elle enseigne à l'université de Normandie occidentale depuis 2019.",
            "université de Normandie occidentale",
            "ORG",
        ),
        # a ministry of two portfolios, prevention one of them
        (
            "Le ministère du Travail et de la Prévention a saisi l'inspection.",
            "ministère du Travail et de la Prévention",
            "ORG",
        ),
        # An acronym written as a word, in brackets after the name whose initials it spells.
        ("L'Union des artisans boulangers et pâtissiers (Uabp) a protesté. L'Uabp attend.", "Uabp", "ORG"),
        # A company's last word says what it is: "X Construction", "X Analytics", "X Waters".
        ("Le chantier a été confié à Morvan Construction en 2025.", "Morvan Construction", "ORG"),
        ("La start-up Lucas Analytics a levé dix millions.", "Lucas Analytics", "ORG"),
        # A stock index by how it closes or moves, in the present or the imperfect too.
        ("Le CAC 40 a terminé la séance en baisse de 1,2 %.", "CAC 40", "MISC"),
        # Places of worship and retreat are kinds of places; the Holy See is a body.
        ("La messe a été dite au sanctuaire Notre-Dame de la Salette.", "sanctuaire Notre-Dame de la Salette", "LOC"),
        ("Les moines ont quitté le prieuré Saint-Martin en 2020.", "prieuré Saint-Martin", "LOC"),
        ("Le Saint-Siège a nommé un nouvel évêque.", "Saint-Siège", "ORG"),
        # The public radio's stations, named with "France".
        ("Franceinfo a interrogé le ministre.", "Franceinfo", "ORG"),
    ],
)
def test_names_of_blind16_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Two things joined by "et": the second names no complement of the body.
        (
            "Le Centre national des études spatiales et des élus ont signé la charte.",
            ("Centre national des études spatiales et des élus", "ORG"),
        ),
        (
            "Le Centre national des études spatiales et des industriels allemands ont signé.",
            ("Centre national des études spatiales et des industriels allemands", "ORG"),
        ),
        # A verb with an adjective's ending after the name.
        ("L'Observatoire de la santé explique que les cas baissent.", ("Observatoire de la santé explique", "ORG")),
        (
            "Le Syndicat national des enseignants appelle à la grève.",
            ("Syndicat national des enseignants appelle", "ORG"),
        ),
        # A nationality after a body is the country's: "l'Assemblée nationale sénégalaise".
        ("L'Assemblée nationale malienne a voté la loi.", ("Assemblée nationale malienne", "ORG")),
        # Any "de" after a name is not one of its complements.
        ("La Cour des comptes de l'année dernière avait tranché.", ("Cour des comptes de l'année", "ORG")),
        # A word in brackets that spells no initials is no acronym: here a town.
        ("L'Union des artisans boulangers (Lyon) a protesté.", ("Lyon", "ORG")),
        # a sanctuary in the sense of a refuge has no name after it
        ("Le parc est devenu un sanctuaire pour les oiseaux de Camargue.", ("sanctuaire pour les oiseaux", "LOC")),
    ],
)
def test_look_alikes_of_blind16_kinds(text, wrong):
    assert wrong not in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "index"),
    [
        ("Le SBF 120 gagnait 0,5 % à la mi-séance.", "SBF 120", True),
        ("Le Nikkei 225 a fini la journée en recul de 0,9 %.", "Nikkei 225", True),
        ("France 24 gagne 2 % d'audience.", "France 24", False),  # a share of something, no move
        ("France 24 a fini l'année en hausse de 3 % d'audience.", "France 24", False),
    ],
)
def test_a_stock_index_closes_or_moves_by_a_percentage(text, name, index):
    doc = spacy.blank("fr")(text)
    start = next(token.i for token in doc if text.startswith(name, token.idx))
    assert is_a_stock_index(Span(doc, start, start + len(name.split()))) is index
