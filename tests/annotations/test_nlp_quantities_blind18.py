"""Quantities blind-18 (47 news paragraphs written blind: sports performances, agriculture, weather, energy,
health, surfaces, ranges of percentages and points, ranges sharing a scale, hedges, look-alikes): money 0.900,
quantities 0.953 exact when measured once. The corrections made after it, by kind, kept here on invented
sentences, each beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


def money(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.currency) for found in find_money(text)]


QUANTITIES = [
    # --- a first figure of a range in the thousands its second is grouped in
    (
        "Le festival espère entre 30 et 35 000 spectateurs.",
        [("entre 30 et 35 000 spectateurs", 30000, 35000, "spectateur")],
    ),
    (
        "La commune est passée de 9 à 11 000 habitants.",
        [("9", 9000, 9000, "habitant"), ("11 000 habitants", 11000, 11000, "habitant")],
    ),
    ("Les villes de 20 à 50 000 habitants ont voté.", [("de 20 à 50 000 habitants", 20000, 50000, "habitant")]),
    # look-alikes: a first figure too small to share it, or one that would pass the second, or a span too wide
    ("Les communes de 2 à 25 000 habitants sont concernées.", [("de 2 à 25 000 habitants", 2, 25000, "habitant")]),
    ("Les villages de 3 à 14 000 habitants y ont droit.", [("de 3 à 14 000 habitants", 3, 14000, "habitant")]),
    ("Les PME de 10 à 49 000 salariés sont exclues.", [("de 10 à 49 000 salariés", 10, 49000, "salarié")]),
    ("Entre 800 et 1 000 personnes ont défilé.", [("Entre 800 et 1 000 personnes", 800, 1000, "personne")]),
    # --- a fall "de X à Y" to a larger figure is by how much, a range
    ("Il est tombé de 30 à 40 cm de neige à Morzine.", [("de 30 à 40 cm", 30, 40, "cm")]),
    ("Les effectifs ont été réduits de 150 à 200 postes.", [("de 150 à 200 postes", 150, 200, "poste")]),
    # look-alikes: a rank falls to a larger figure, from one to the other; a fall to a smaller figure, a rise of a
    # measure, a "passe" of a rate
    ("L'équipe a chuté de 6 à 11 rangs.", [("6", 6, 6, "rang"), ("11 rangs", 11, 11, "rang")]),
    ("Le lycée a reculé de 14 à 19 places.", [("14", 14, 14, "place"), ("19 places", 19, 19, "place")]),
    ("Le débit a chuté de 300 à 95 m³/s.", [("300", 300, 300, "m³/s"), ("95 m³/s", 95, 95, "m³/s")]),
    ("La mer est montée de 40 à 60 centimètres.", [("40", 40, 40, "cm"), ("60 centimètres", 60, 60, "cm")]),
    ("Le taux passe de 3 à 4 %.", [("3", 3, 3, "%"), ("4 %", 4, 4, "%")]),
    # --- peak power in watts-crête
    ("Le lycée a posé 36 kWc de panneaux.", [("36 kWc", 36, 36, "kWc")]),
    ("La ferme solaire fera 12 mégawatts-crête.", [("12 mégawatts-crête", 12, 12, "MWc")]),
    # look-alike: power itself
    ("L'éolienne produit 3 MW.", [("3 MW", 3, 3, "MW")]),
    # --- "grosso modo" hedges
    ("Il faudra grosso modo 40 camions.", [("grosso modo 40 camions", 40, 40, "camion")]),
    # --- seconds without their "s" after minutes, hundredths after the "s"
    ("La nageuse a bloqué sa respiration 5 min 12 sous la glace.", [("5 min 12", 312, 312, "seconde")]),
    (
        "Il a gagné le 100 m en 9 s 98.",
        [("100 m", 100, 100, "m"), ("9 s 98", Decimal("9.98"), Decimal("9.98"), "seconde")],
    ),
    (
        "La Genevoise a gagné le 200 m en 2 min 07 s 35 dimanche.",
        [("200 m", 200, 200, "m"), ("2 min 07 s 35", Decimal("127.35"), Decimal("127.35"), "seconde")],
    ),
    ("Son 6 min 42 reste la référence.", [("6 min 42", 402, 402, "seconde")]),
    # look-alikes: minutes, then a count; seconds, then a count; hours, then a count
    (
        "En 12 min 35 randonneurs ont été hélitreuillés.",
        [("12 min", 12, 12, "minute"), ("35 randonneurs", 35, 35, "randonneur")],
    ),
    ("Il a roulé 40 min 18 kilomètres.", [("40 min", 40, 40, "minute"), ("18 kilomètres", 18, 18, "km")]),
    ("Chaque sprint dure 20 s 12 fois de suite.", [("20 s", 20, 20, "seconde")]),
    # look-alikes: minutes before a count, minutes before a percentage
    (
        "À la 85 min, 30 000 supporters chantaient.",
        [("85 min", 85, 85, "minute"), ("30 000 supporters", 30000, 30000, "supporter")],
    ),
    ("Suspendue 20 min 15 % des élus sont partis.", [("20 min", 20, 20, "minute"), ("15 %", 15, 15, "%")]),
    # --- hours and minutes without "min", where hours would last
    ("Elle s'est imposée après 2 h 47 de jeu.", [("2 h 47", 167, 167, "minute")]),
    ("Le voilier a traversé en 5 h 20.", [("5 h 20", 320, 320, "minute")]),
    ("Il faut compter moins de 1 h 40 de route.", [("moins de 1 h 40", None, 100, "minute")]),
    # look-alikes: times of day, a span between two of them
    ("La cérémonie commencera à 10 h 30 place Bellecour.", []),
    ("Le car de 17 h 15 est supprimé.", []),
    ("Les urgences ont fermé de 9 h 30 à 11 h.", []),
    ("La manifestation a duré de 14 h 30 à 18 h.", []),
    ("Le magasin ouvre dès 6 h 30 le dimanche.", []),
    ("Il était plus de 23 h 30 quand le feu a pris.", []),
]

MONEY = [
    # --- a first figure of a range in the thousands its second is grouped in
    ("Un technicien gagne de 28 à 32 000 euros par an.", [("de 28 à 32 000 euros", 28000, 32000, "EUR")]),
    ("Les travaux coûteront entre 6 et 9 000 euros.", [("entre 6 et 9 000 euros", 6000, 9000, "EUR")]),
    # look-alikes: the first figure its own, too small or too large to share
    ("Les amendes vont de 1 à 5 000 euros.", [("de 1 à 5 000 euros", 1, 5000, "EUR")]),
    ("Les frais passent de 170 à 2 770 euros.", [("170", 170, 170, "EUR"), ("2 770 euros", 2770, 2770, "EUR")]),
    ("Le billet coûte de 35 à 1 200 euros.", [("de 35 à 1 200 euros", 35, 1200, "EUR")]),
    ("Les aides vont de 4 à 20 000 euros.", [("de 4 à 20 000 euros", 4, 20000, "EUR")]),
]


@pytest.mark.parametrize(
    ("read", "text", "expected"), [*((quantities, *q) for q in QUANTITIES), *((money, *m) for m in MONEY)]
)
def test_read(read, text, expected):
    assert read(text) == expected
