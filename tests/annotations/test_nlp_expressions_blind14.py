"""Forms first met on the fourteenth set of whole expressions written blind
(evaluation/data/expressions_blind14.fr.json), each with new sentences beside look-alikes that must not change: a
council, a vote or a summit named by its day, Swiss dotted ranges of days, "entre le 15 et le 20 courant", "l'hiver
qui vient", "le présent trimestre"; dirhams after a scale's "de" ("1,2 milliard de DH"), Belgian and Swiss round
counts ("une septantaine de millions"), a range with its code before ("entre CHF 80 et 120 millions"), more pesos,
pounds of weight ("22 millions de livres de homard"), a contract's figure borrowing the currency of the sentence
before; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind14.fr.json"
MONDAY = date(2026, 9, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council, a vote, an election or a summit named by its day
        (
            "Le conseil municipal du 21 septembre votera le budget.",
            [("Le conseil municipal du 21 septembre", "2026-09-21")],
        ),
        ("La votation du 27 septembre divise le canton.", [("La votation du 27 septembre", "2026-09-27")]),
        ("Le sommet d'Abuja du 2 octobre est maintenu.", [("Le sommet d'Abuja du 2 octobre", "2026-10-02")]),
        ("Le Conseil siégera le 2 octobre.", [("le 2 octobre", "2026-10-02")]),
        # Swiss dotted ranges, the last day with its year; decimals stay none
        ("Le salon a lieu du 12.10 au 3.11.2026.", [("du 12.10 au 3.11.2026", "2026-10-12/2026-11-03")]),
        ("Fermé du 5 au 9.10.2026 pour travaux.", [("du 5 au 9.10.2026", "2026-10-05/2026-10-09")]),
        ("La cote passe de 2.5 à 3.5 points.", []),
        # days of the current month told by "courant"
        (
            "Les inscriptions courent entre le 10 et le 18 courant.",
            [("entre le 10 et le 18 courant", "2026-09-10/2026-09-18")],
        ),
        # some time in next month
        ("Le chantier démarrera dans le courant du mois prochain.", [("dans le courant du mois prochain", "2026-10")]),
        # the coming season, the present quarter
        ("L'hiver qui vient sera rude.", [("L'hiver qui vient", "2026-12/2027-02")]),
        ("Le présent trimestre sera meilleur.", [("Le présent trimestre", "2026-07/2026-09")]),
    ],
)
def test_dates_of_the_fourteenth_set(text, expected):
    assert date_values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reviewed: the season that has just ended is no coming one; a summit "du G7" joins as one "de Niamey"
        ("L'été qui vient de s'achever a été le plus chaud.", []),
        ("Le printemps qui vient sera décisif.", [("Le printemps qui vient", "2027-03/2027-05")]),
        ("Le sommet du G7 du 12 juin est maintenu.", [("Le sommet du G7 du 12 juin", "2026-06-12")]),
    ],
)
def test_reviewed_dates(text, expected):
    assert date_values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dirhams after a scale's "de"; a code after "de" without a scale is none
        ("Le port coûtera 3,6 milliards de DH.", [("3,6 milliards de DH", 3600000000.0, 3600000000.0, "MAD")]),
        ("L'État apporte 640 millions de DH.", [("640 millions de DH", 640000000.0, 640000000.0, "MAD")]),
        ("Il a marqué 30 de DA pendant le match.", []),
        # Belgian and Swiss round counts
        (
            "Une nonantaine de millions d'euros sont prévus.",
            [("Une nonantaine de millions d'euros", 90000000.0, 90000000.0, "EUR")],
        ),
        # a range with its code before, opened by "entre"
        (
            "Le chantier coûtera entre CHF 40 et 55 millions.",
            [("entre CHF 40 et 55 millions", 40000000.0, 55000000.0, "CHF")],
        ),
        ("Les pesos: 1 200 pesos philippins.", [("1 200 pesos philippins", 1200.0, 1200.0, "PHP")]),
        # pounds of weight before what they weigh, or in a catch's sentence; pounds sterling stay
        ("Les crabiers ont livré 9 millions de livres de crabe des neiges.", []),
        ("La pêche a rapporté 14 millions de livres cette année aux Îles.", []),
        (
            "Le Royaume-Uni a consacré à la pêche 2 milliards de livres.",
            [("2 milliards de livres", 2000000000.0, 2000000000.0, "GBP")],
        ),
        (
            "Le club anglais a dépensé 60 millions de livres.",
            [("60 millions de livres", 60000000.0, 60000000.0, "GBP")],
        ),
        # a contract's figure borrows the currency of the sentence before; a count after "de" does not
        (
            "Thales a reçu 3 milliards d'euros de commandes. Un contrat de 1,8 milliard a suivi.",
            [
                ("3 milliards d'euros", 3000000000.0, 3000000000.0, "EUR"),
                ("1,8 milliard", 1800000000.0, 1800000000.0, "EUR"),
            ],
        ),
        (
            "Le groupe a payé 2 millions d'euros. Le contrat vise 4 millions d'abonnés.",
            [("2 millions d'euros", 2000000.0, 2000000.0, "EUR")],
        ),
    ],
)
def test_amounts_of_the_fourteenth_set(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reviewed: a deal borrows the currency only where it prices the figure; counts of deals stay counts
        (
            "Alstom a vendu pour 900 millions d'euros. Une commande de 1,2 milliard est attendue.",
            [("900 millions d'euros", 9e8, 9e8, "EUR"), ("1,2 milliard", 1.2e9, 1.2e9, "EUR")],
        ),
        (
            "Le groupe a payé 2 millions d'euros. Le rachat, estimé à 3,5 milliards, sera bouclé en mars.",
            [("2 millions d'euros", 2e6, 2e6, "EUR"), ("3,5 milliards", 3.5e9, 3.5e9, "EUR")],
        ),
        (
            "L'État a dépensé 2 milliards d'euros pour l'apprentissage. Les contrats signés ont atteint 1,1 million.",
            [("2 milliards d'euros", 2e9, 2e9, "EUR")],
        ),
        (
            "Le marché immobilier pèse 200 milliards d'euros. Les transactions sont retombées à 1,1 million.",
            [("200 milliards d'euros", 2e11, 2e11, "EUR")],
        ),
        (
            "La Ville a versé 3 millions de francs. Un parc de 6,4 millions d'arbres sera planté.",
            [("3 millions de francs", 3e6, 3e6, "FRF")],
        ),
        # reviewed: a footballer "débarqué" or "capturé" is no catch: his pounds stay sterling
        (
            "L'attaquant, débarqué à Manchester pour 80 millions de livres, déçoit.",
            [("80 millions de livres", 8e7, 8e7, "GBP")],
        ),
        (
            "Le club a déboursé 60 millions de livres pour capturer la star.",
            [("60 millions de livres", 6e7, 6e7, "GBP")],
        ),
        ("Les débarquements ont atteint 25 millions de livres à Shippagan.", []),
    ],
)
def test_reviewed_deals_and_pounds(text, expected):
    assert amounts(text) == expected


def test_none_of_the_set_sentences_holds_a_date_or_an_amount():
    assert sentences_with_a_date_or_an_amount(DATA) == []
