"""articles_blind7 (four whole articles written blind, measured once at the fortieth session): the kinds its misses
showed, each rule on invented sentences beside the look-alikes it must leave alone."""

import pytest

from annotations.nlp.entity_cues import cue_scores
from annotations.nlp.pipeline import analyse


def money(text: str) -> list[tuple[str, float, str]]:
    return [(found.text, float(found.min), found.currency) for found in analyse(text).money]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # what a thing is valued at, after an amount of the text: of its currency
        (
            "Le nouveau pont coûtera 2,1 milliards de francs suisses. Le projet initial était chiffré à 1,4 milliard.",
            [("2,1 milliards de francs suisses", 2.1e9, "CHF"), ("1,4 milliard", 1.4e9, "CHF")],
        ),
        (
            "Le groupe a réalisé un chiffre d'affaires de 12 milliards d'euros. Sa filiale, valorisée à 3 milliards, "
            "sera cotée.",
            [("12 milliards d'euros", 12e9, "EUR"), ("3 milliards", 3e9, "EUR")],
        ),
        # look-alikes: a count valued so ("évalué à 2 millions de visiteurs") or estimated ("estimée à 8 milliards")
        (
            "Le club a dépensé 30 millions d'euros. Son stade, évalué à 2 millions de visiteurs par an, attire.",
            [("30 millions d'euros", 30e6, "EUR")],
        ),
        (
            "Le marché pèse 3 milliards d'euros. La population mondiale est estimée à 8 milliards.",
            [("3 milliards d'euros", 3e9, "EUR")],
        ),
    ],
)
def test_a_valuation_in_millions_takes_the_currency_of_the_amount_before_it(text, amounts):
    assert money(text) == amounts


def test_a_headline_figure_takes_the_currency_of_the_amount_it_repeats():
    text = (
        "Métro : la facture grimpe à 3,2 milliards\n\nLe coût du métro atteint désormais 3,2 milliards de dollars "
        "canadiens, a confirmé la société de transport.\n"
    )
    assert money(text) == [("3,2 milliards", 3.2e9, "CAD"), ("3,2 milliards de dollars canadiens", 3.2e9, "CAD")]


@pytest.mark.parametrize(
    "text",
    [
        # another figure than the body's amount, or a headline that speaks of no money: unread
        "Chantier : la facture atteint 3 millions\n\nLa commune a dépensé 2 millions d'euros cette année.\n",
        "Record : 2 millions\n\nLe musée a accueilli 2 millions de visiteurs, pour un budget de 2 millions d'euros.\n",
    ],
)
def test_a_headline_figure_that_repeats_no_amount_stays_bare(text):
    assert [found.text for found in analyse(text).money] == [
        found for found in ("2 millions d'euros",) if found in text
    ]


def entities(text: str) -> set[tuple[str, str]]:
    return {(mention.text, mention.label) for mention in analyse(text).entities}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a firm in apposition to its kind, opening a clause
        (
            "Depuis 2021, son entreprise, Lemaire Charpentes, a posé plus de 400 toits dans la région.",
            "Lemaire Charpentes",
            "ORG",
        ),
        (
            "Selon l'enquête, leur société, Moreau Bâtiment, aurait surfacturé les travaux.",
            "Moreau Bâtiment",
            "ORG",
        ),
        # look-alikes: a preposition before the kind, a given name opening the name
        ("Dans son entreprise, Paul Roux a supprimé douze postes.", "Paul Roux", "PER"),
        ("Pour sa société, Julie Marchand a investi 2 millions d'euros.", "Julie Marchand", "PER"),
    ],
)
def test_a_firm_in_apposition_to_its_kind(text, name, label):
    assert (name, label) in entities(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Les Catalans se sont imposés 24-18 dimanche après-midi à Aimé-Giral, devant 14 000 spectateurs.",
            "Aimé-Giral",
        ),
        ("Le Stade rochelais l'a emporté 31-12 samedi à Marcel-Deflandre.", "Marcel-Deflandre"),
    ],
)
def test_a_ground_after_a_bare_score_and_its_day(text, name):
    assert (name, "LOC") in entities(text)


@pytest.mark.parametrize(
    ("text", "name", "ground"),
    [
        ("Le Stade rochelais l'a emporté 31-12 samedi à Marcel-Deflandre.", "Marcel-Deflandre", True),
        # look-alikes: the other team after "face à", a name after a score and another word
        ("Le Stade rochelais l'a emporté 31-12 samedi face à Clermont.", "Clermont", False),
        ("Il a été battu 6-4 par un joueur classé à Roland-Garros.", "Roland-Garros", False),
    ],
)
def test_the_ground_cue_reads_only_a_score_and_its_day_before_the_name(text, name, ground):
    start = text.index(name)
    _cues, strong = cue_scores([(start, start + len(name))], text, text.lower())
    assert (strong["LOC"] > 0) is ground
