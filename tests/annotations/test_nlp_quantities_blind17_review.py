"""Review of the rules of blind-17 for over-reach, on new sentences: a time of day written with "min" is no length,
an "s" glued to a whole number is no second, a °C three sentences back or a turn, a tilt or a quake's magnitude
make no Celsius, a mining "bassin" is no water, and dollars of what the world counts in US dollars (a barrel, an
ounce, a bitcoin, the World Bank, a league's contract) stay American in a story about Canada. Each beside the
reading of blind-17 it must keep."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


def money(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.currency) for found in find_money(text)]


QUANTITIES = [
    # --- a time of day written with "min" after "à", "vers", "dès" is neither a length nor its minutes
    ("La secousse a été ressentie à 4 h 51 min 08 s, heure de Paris.", []),
    ("Les pompiers sont intervenus vers 22 h 35 min dans le quartier de la gare.", []),
    ("Le bureau de vote a ouvert dès 7 h 30 min et a fermé à 18 h.", []),
    ("L'avion a décollé à 5 h 20 min du matin.", []),
    # kept: a gap behind the winner, a time clocked, a race run "en", a length after "après"
    ("Le dernier du classement général pointe à 3 h 07 min du maillot jaune.", [("3 h 07 min", 187, 187, "minute")]),
    (
        "La nageuse a été chronométrée à 2 h 03 min 15 s au terme des 10 km.",
        [("2 h 03 min 15 s", 7395, 7395, "seconde"), ("10 km", 10, 10, "km")],
    ),
    ("Le relais a couru en 1 h 11 min 40 s.", [("1 h 11 min 40 s", 4300, 4300, "seconde")]),
    ("Les secours l'ont retrouvé après 30 h 15 min de recherches.", [("30 h 15 min", 1815, 1815, "minute")]),
    # --- an "s" glued to a whole number is a plural or a model, not a second; with a decimal it is a chrono
    ("La radio ne passe que des tubes des 70s.", []),
    ("Il téléphone encore avec un vieux Galaxy 4s.", []),
    (
        "Elle a couru le 200 m en 22,31s.",
        [("200 m", 200, 200, "m"), ("22,31s", Decimal("22.31"), Decimal("22.31"), "seconde")],
    ),
    ("Il a tenu 45 s sous l'eau.", [("45 s", 45, 45, "seconde")]),
    # --- degrees of a turn, a tilt or a quake are no Celsius, °C in the sentence before or not
    (
        "Il faisait 33 °C sur le circuit. Le pilote a fait une rotation de 540 degrés après le choc.",
        [("33 °C", 33, 33, "°C"), ("540 degrés", 540, 540, "°")],
    ),
    (
        "Il faisait 9 °C à l'aube. Le clocher penche de 3 degrés depuis les travaux.",
        [("9 °C", 9, 9, "°C"), ("3 degrés", 3, 3, "°")],
    ),
    (
        "Le mercure a atteint 36 °C. Le tremblement de terre, de magnitude 4,2 degrés, n'a pas fait de victimes.",
        [("36 °C", 36, 36, "°C"), ("4,2 degrés", Decimal("4.2"), Decimal("4.2"), "°")],
    ),
    # a °C three sentences back: the paragraph has moved on
    (
        "On a relevé 29 °C à Perpignan. La foire a ouvert ses portes. Le stand tourne sur lui-même de 90 degrés.",
        [("29 °C", 29, 29, "°C"), ("90 degrés", 90, 90, "°")],
    ),
    # kept: the sentence right after a °C, and in the same sentence
    (
        "Le lac a atteint 25 °C. Les algues se multiplient au-dessus de 24 degrés.",
        [("25 °C", 25, 25, "°C"), ("au-dessus de 24 degrés", 24, None, "°C")],
    ),
    # --- a mining "bassin" is no water; a pool's "bassin" still is
    ("Dans le bassin houiller lorrain, le filon descend à 25 degrés sous la colline.", [("25 degrés", 25, 25, "°")]),
    ("L'eau du bassin de plongée est maintenue à 29 degrés.", [("29 degrés", 29, 29, "°C")]),
]
MONEY = [
    # --- what the world counts in US dollars stays American in a story about Canada
    ("En Alberta, les producteurs de sables bitumineux vendent le baril à 64 $.", [("64 $", 64, 64, "USD")]),
    (
        "Une mine d'Abitibi, au Québec, profite d'une once d'or à 2 300 dollars.",
        [("2 300 dollars", 2300, 2300, "USD")],
    ),
    (
        "À Ottawa, la Banque mondiale a promis 300 millions de dollars au Bangladesh.",
        [("300 millions de dollars", 300_000_000, 300_000_000, "USD")],
    ),
    (
        "L'attaquant des Oilers a accepté un contrat de 5 ans et 45 millions de dollars.",
        [("45 millions de dollars", 45_000_000, 45_000_000, "USD")],
    ),
    # kept: a Canadian club's tickets, a Canadian budget, a rent in Canada
    ("Un billet pour voir les Canucks de Vancouver coûte en moyenne 140 $.", [("140 $", 140, 140, "CAD")]),
    (
        "Le budget de l'Ontario prévoit 2 milliards de dollars pour les routes.",
        [("2 milliards de dollars", 2_000_000_000, 2_000_000_000, "CAD")],
    ),
]


@pytest.mark.parametrize(
    ("read", "text", "expected"),
    [(quantities, *case) for case in QUANTITIES] + [(money, *case) for case in MONEY],
)
def test_read(read, text, expected):
    assert read(text) == expected
