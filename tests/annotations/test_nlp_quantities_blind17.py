"""Quantities blind-17 (44 news paragraphs written blind: sports times, ages, fractions and multiples, points,
ranges, surfaces, energy, data, doses, speeds, signed temperatures, Swiss and Belgian numbers, XAF and Canadian
dollars): money 0.867, quantities 0.914 exact when measured once. The corrections made after it, by kind, kept
here on invented sentences, each beside the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


def money(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.currency) for found in find_money(text)]


QUANTITIES = [
    # --- a time in hours, minutes and seconds is one length, in the smallest unit written
    ("La cycliste a bouclé le contre-la-montre en 1 h 02 min 35 s.", [("1 h 02 min 35 s", 3755, 3755, "seconde")]),
    (
        "Le 1 500 m a été couru en 3 min 29,8 s.",
        [("1 500 m", 1500, 1500, "m"), ("3 min 29,8 s", Decimal("209.8"), Decimal("209.8"), "seconde")],
    ),
    ("L'équipage a traversé la Manche en 3 h 12 min.", [("3 h 12 min", 192, 192, "minute")]),
    ("Il espère descendre sous la barre, en moins de 2 h 50 min.", [("moins de 2 h 50 min", None, 170, "minute")]),
    # look-alikes: a time of day, minutes alone beside a time of day, a clock time with its minutes
    ("Le départ sera donné à 9 h 15 devant la mairie.", []),
    ("La séance a duré 95 min et la suivante reprendra à 14 h 40.", [("95 min", 95, 95, "minute")]),
    ("Le train de 6 h 58 a été supprimé ce matin.", []),
    # --- "s" and "min" after a number are a chronometer's seconds and minutes, not a counted noun
    (
        "Le sprinteur a couru le 100 m en 9,86 s.",
        [("100 m", 100, 100, "m"), ("9,86 s", Decimal("9.86"), Decimal("9.86"), "seconde")],
    ),
    ("La séance a été suspendue 20 min.", [("20 min", 20, 20, "minute")]),
    # look-alikes: a decade, a capital S, a speed per second
    ("Les tubes des années 80 sont de retour.", []),
    ("La marque a lancé ses 3 S cet été.", []),
    ("Le vent souffle à 14 m/s.", [("14 m/s", 14, 14, "m/s")]),
    # --- degrees after °C on their line, or of a heated pool, are Celsius
    (
        "L'eau du port a atteint 26 °C en août. Les méduses prolifèrent au-delà de 25 degrés.",
        [("26 °C", 26, 26, "°C"), ("au-delà de 25 degrés", 25, None, "°C")],
    ),
    ("Le nouveau bassin sera chauffé à 28 degrés toute l'année.", [("28 degrés", 28, 28, "°C")]),
    # look-alikes: an angle after a temperature, degrees with nothing of heat or water
    (
        "Il faisait 12 °C au sommet. La pente dépasse 35 degrés sur le dernier tronçon.",
        [("12 °C", 12, 12, "°C"), ("35 degrés", 35, 35, "°")],
    ),
    (
        "Le télescope pivote de 90 degrés en deux minutes.",
        [("90 degrés", 90, 90, "°"), ("deux minutes", 2, 2, "minute")],
    ),
]
MONEY = [
    # --- francs CFA in central Africa are XAF
    ("À Libreville, le litre d'essence coûte 695 francs CFA.", [("695 francs CFA", 695, 695, "XAF")]),
    (
        "Le Tchad a obtenu un prêt de 120 milliards de FCFA. Il servira à bâtir des écoles.",
        [("120 milliards de FCFA", 120_000_000_000, 120_000_000_000, "XAF")],
    ),
    # look-alikes: west Africa, nowhere, and a sentence naming both
    ("À Abidjan, le ticket de bus passe à 300 francs CFA.", [("300 francs CFA", 300, 300, "XOF")]),
    ("Le sac de riz se vend 18 000 FCFA.", [("18 000 FCFA", 18000, 18000, "XOF")]),
    (
        "Entre Dakar et Douala, le billet d'avion coûte 350 000 francs CFA.",
        [("350 000 francs CFA", 350000, 350000, "XOF")],
    ),
    # --- dollars written alone where the text speaks of Canada are Canadian
    ("Le gouvernement du Québec versera 250 M$ aux universités.", [("250 M$", 250_000_000, 250_000_000, "CAD")]),
    (
        "À Toronto, le loyer médian atteint 2 700 $. Un studio se loue 1 900 dollars.",
        [("2 700 $", 2700, 2700, "CAD"), ("1 900 dollars", 1900, 1900, "CAD")],
    ),
    # look-alikes: no Canada, the United States named, and dollars written American
    ("La start-up a levé 40 millions de dollars.", [("40 millions de dollars", 40_000_000, 40_000_000, "USD")]),
    (
        "Ottawa et Washington négocient : l'acier canadien est taxé à hauteur de 3 milliards de dollars à New York.",
        [("3 milliards de dollars", 3_000_000_000, 3_000_000_000, "USD")],
    ),
    (
        "Le Canadien a touché 2 millions de dollars américains à Montréal.",
        [("2 millions de dollars américains", 2_000_000, 2_000_000, "USD")],
    ),
]


@pytest.mark.parametrize(
    ("read", "text", "expected"),
    [(quantities, *case) for case in QUANTITIES] + [(money, *case) for case in MONEY],
)
def test_read(read, text, expected):
    assert read(text) == expected
