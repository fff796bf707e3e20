"""Entities blind-14 (40 paragraphs of an eastern regional daily's town pages, national and foreign pages,
written blind in the nineteenth session): corrected by kind after its single measure; each rule on invented
text, with the look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A surname's particle the model left out, after a title or a given name, or opening a sentence.
        ("M. de Vries a présidé la séance.", "de Vries", "PER"),
        ("Mme da Costa Pereira a témoigné lundi.", "da Costa Pereira", "PER"),
        ("Selon Bruno van der Berg, le chantier avance.", "Bruno van der Berg", "PER"),
        ("Le chanteur Mario di Lorenzo était à l'affiche. Di Lorenzo a salué.", "Di Lorenzo", "PER"),
        # An assembly's political groups keep their head, in a text about the assembly.
        ("Au Sénat, le groupe Union Centriste a voté contre le texte.", "groupe Union Centriste", "ORG"),
        (
            "À l'Assemblée nationale, le groupe Socialistes et apparentés a déposé une motion.",
            "groupe Socialistes et apparentés",
            "ORG",
        ),
        # The chamber a group sits in is a name of its own.
        ("Le groupe Horizons à l'Assemblée nationale s'est abstenu.", "Assemblée nationale", "ORG"),
        # A place read on into a person's name, split.
        ("Le texte porté par la députée du Doubs Claire Maillot a été adopté.", "Claire Maillot", "PER"),
        # A service by its department's number.
        ("Les pompiers du Sdis 88 sont intervenus vers midi.", "Sdis 88", "ORG"),
        ("Le SAMU 54 a transporté la victime.", "SAMU 54", "ORG"),
        # Halls, ice rinks and churches by their head.
        ("Le récital aura lieu salle Gaveau le 3 mars.", "salle Gaveau", "LOC"),
        ("Les Gothiques reçoivent Cergy à la patinoire de Poissompré.", "patinoire de Poissompré", "LOC"),
        ("La collégiale Saint-Martin a rouvert ses portes.", "collégiale Saint-Martin", "LOC"),
        # The state's agencies named with "France"; a study or a trial by its acronym.
        ("Selon Santé publique France, l'épidémie recule.", "Santé publique France", "ORG"),
        ("L'essai ORION-3 a inclus 900 patients.", "essai ORION-3", "MISC"),
    ],
)
def test_names_of_blind14_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Le maire de Graaf a parlé.", ("de Graaf", "PER")),  # no title nor given name before the particle
        ("Le groupe Michelin va fermer son usine.", ("groupe Michelin", "ORG")),  # a firm: no assembly named
        ("Une étude IFOP montre le contraire.", ("étude IFOP", "MISC")),  # the pollster's study
        ("La ministre déléguée à la Mémoire, Claire Ménard, était là.", ("Mémoire", "PER")),  # a portfolio
        ("Le commissaire chargé de l'Industrie a parlé.", ("Industrie", "LOC")),
        ("La CGT a manifesté 40 ans après.", ("CGT 40", "ORG")),  # no department's number before "ans"
        ("Trois films, dont celui de la Lyonnaise Léa Mysius.", ("Lyonnaise", "ORG")),  # a demonym
        ("Il joue à Raon-l'Étape samedi prochain.", ("Raon-l'Étape samedi prochain", "LOC")),
    ],
)
def test_look_alikes_of_blind14_kinds(text, wrong):
    assert wrong not in labelled(text)
