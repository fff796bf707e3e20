"""Quantities blind-16 (43 news paragraphs written blind: agriculture, energy, transport, health, elections, sports,
real estate, public finance, weather; Swiss and CFA francs, Canadian dollars): money 0.968, quantities 0.924 exact
when measured once. The corrections made after it, by kind, kept here on invented sentences, each beside the
look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- a part of a figure after "dont", written bare
        (
            "L'hôpital a accueilli 3 400 patients cet hiver, dont 620 la dernière semaine.",
            [("3 400 patients", 3400, 3400, "patient"), ("620", 620, 620, "patient")],
        ),
        (
            "Le club compte 215 licenciés, dont plus de 80 chez les jeunes.",
            [("215 licenciés", 215, 215, "licencié"), ("plus de 80", 80, None, "licencié")],
        ),
        # look-alike: a part with its own noun, and a year after "dont"
        (
            "Le collège accueille 540 élèves, dont 90 internes.",
            [("540 élèves", 540, 540, "élève"), ("90 internes", 90, 90, "interne")],
        ),
        ("Il a signé 14 contrats, dont celui de 2019.", [("14 contrats", 14, 14, "contrat")]),
        # --- "un" after a bound is the number one before a unit
        ("La panne a duré moins d'une heure.", [("moins d'une heure", None, 1, "heure")]),
        ("Les travaux ont pris plus d'un an.", [("plus d'un an", 1, None, "an")]),
        ("La digue fait près d'un kilomètre.", [("près d'un kilomètre", 1, 1, "km")]),
        # look-alike: "un" after a bound before a counted noun stays an article
        ("Plus d'un habitant sur deux a voté.", []),
        # --- round counts called good
        (
            "Une bonne centaine de manifestants ont défilé.",
            [("Une bonne centaine de manifestants", 100, 100, "manifestant")],
        ),
        (
            "Un bon millier de supporters ont fait le déplacement.",
            [("Un bon millier de supporters", 1000, 1000, "supporter")],
        ),
        # look-alike: "bon" elsewhere
        ("Il a fait un bon match devant 3 000 spectateurs.", [("3 000 spectateurs", 3000, 3000, "spectateur")]),
        # --- tenths, hundredths and thousandths of a second or a point
        (
            "Le skieur s'est imposé avec deux dixièmes de seconde d'avance.",
            [("deux dixièmes de seconde", Decimal("0.2"), Decimal("0.2"), "seconde")],
        ),
        (
            "Le chômage a reculé de trois dixièmes de point en un trimestre.",
            [("trois dixièmes de point", Decimal("0.3"), Decimal("0.3"), "point")],
        ),
        (
            "Elle a gagné pour 5 millièmes de seconde.",
            [("5 millièmes de seconde", Decimal("0.005"), Decimal("0.005"), "seconde")],
        ),
        # look-alike: an ordinal, no fraction of a unit
        ("Le club fête son centième match à domicile.", []),
        # --- points de base
        ("La banque centrale a relevé son taux de 50 points de base.", [("50 points de base", 50, 50, "pb")]),
        # look-alike: points of a score or of percentage
        ("L'équipe a marqué 88 points.", [("88 points", 88, 88, "point")]),
        (
            "Le taux a baissé de 0,5 point de pourcentage.",
            [("0,5 point de pourcentage", Decimal("0.5"), Decimal("0.5"), "point")],
        ),
        # --- the measure a price is given for, after "les"
        ("Les cerises se vendent 12 euros les 2 kilos sur le marché.", []),
        ("Le fioul coûte 1 150 euros les 1 000 litres.", []),
        # look-alike: a measure after "les" with no amount before it
        ("Il a couru les 42 kilomètres sans s'arrêter.", [("42 kilomètres", 42, 42, "km")]),
        # look-alikes: after a date, and after an amount in a clause of its own, a measure is no base of a price
        ("En 2024 les 1 000 litres de fioul valaient plus cher.", [("1 000 litres", 1000, 1000, "l")]),
        ("Dimanche 12 avril les 42 kilomètres du parcours seront fermés.", [("42 kilomètres", 42, 42, "km")]),
        ("Le lait est payé 410 francs suisses les 1 000 litres.", []),
        # --- degrees of a change of the weather
        (
            "Un net rafraîchissement, de 6 à 8 degrés, est attendu dimanche.",
            [("de 6 à 8 degrés", 6, 8, "°C")],
        ),
        # look-alike: degrees of an angle
        ("La pente atteint 12 degrés dans le dernier virage.", [("12 degrés", 12, 12, "°")]),
    ],
)
def test_blind16_kinds(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # centimes alone in a Swiss paragraph, francs written there and no euro, are Swiss
        ("À Lausanne, le billet passe à 3,70 francs, soit 30 centimes de plus.", "CHF"),
        # look-alikes: centimes in France, and beside euros in Switzerland
        ("À Lyon, le ticket passe à 2,10 euros, soit 30 centimes de plus.", "EUR"),
        ("À Genève, le café coûte 4 euros ou 3,90 francs, soit 10 centimes de moins.", "EUR"),
    ],
)
def test_blind16_centimes(text, currency):
    assert [amount.currency for amount in find_money(text) if "centimes" in amount.text] == [currency]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part after "dont" takes the millions of its whole however smaller, as long as it stays within it
        ("Le budget atteint 45 millions d'euros, dont 3 pour la voirie.", [45_000_000, 3_000_000]),
        ("Les recettes atteignent 9 millions d'euros, dont 2 de la billetterie.", [9_000_000, 2_000_000]),
        # look-alikes: a part bigger than its whole in millions stays bare, a figure after "contre" keeps its factor
        ("Le plan prévoit 1,2 milliard d'euros, dont 300 pour la santé.", [1_200_000_000, 300]),
        ("Le chiffre d'affaires atteint 10 millions d'euros, contre 8 l'an dernier.", [10_000_000, 8_000_000]),
        ("La facture s'élève à 2 400 euros, dont 400 de frais de dossier.", [2400, 400]),
    ],
)
def test_a_part_after_dont_within_its_whole(text, expected):
    assert [amount.min for amount in find_money(text)] == expected


def test_a_count_part_after_dont_takes_the_millions_too():
    assert quantities("Le pays compte 68 millions d'habitants, dont 5 en Bretagne.") == [
        ("68 millions d'habitants", 68_000_000, 68_000_000, "habitant"),
        ("5", 5_000_000, 5_000_000, "habitant"),
    ]
