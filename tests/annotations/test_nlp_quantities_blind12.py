"""Quantities blind-12 (97 sentences written blind in the twentieth session: prices per unit, rates per year,
changes "passé de X à Y", fractions next to counts): 1.000 when measured once. What it checked is kept here on
invented sentences, with the one correction made beside it (a multiplier, "de" and a unit symbol, a miss of
blind-11), each next to the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.unit) for found in find_quantities(text)]


def money(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(found.text, found.min, found.max, found.currency) for found in find_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La nappe stocke 2,5 milliards de m³ d'eau douce.", [("2,5 milliards de m³", 2500000000, 2500000000, "m³")]),
        ("La mine a produit 4 millions de t de minerai.", [("4 millions de t", 4000000, 4000000, "t")]),
        ("Le lac contient 3 millions de mètres cubes.", [("3 millions de mètres cubes", 3000000, 3000000, "m³")]),
        # no multiplier: "de" before a letter is no unit
        ("Il lui reste 12 de m à poser.", []),
    ],
)
def test_a_multiplier_de_and_a_unit_symbol_is_a_measure(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price per unit stops at its currency
        ("Les pêches se vendent 4,50 € le kilo à Céret.", [("4,50 €", Decimal("4.5"), Decimal("4.5"), "EUR")]),
        ("Le fioul coûte 1,12 € du litre cet hiver.", [("1,12 €", Decimal("1.12"), Decimal("1.12"), "EUR")]),
        # after a verb of change, two values, the first with the second's currency and multiplier
        (
            "Le budget est passé de 12 à 15 millions d'euros.",
            [("12", 12000000, 12000000, "EUR"), ("15 millions d'euros", 15000000, 15000000, "EUR")],
        ),
    ],
)
def test_prices_per_unit_and_changes_of_money(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les salaires progresseront de 2 % par an.", [("2 %", 2, 2, "%")]),
        # fractions are proportions; the count beside them is one
        ("Un quart des 800 agents sont en grève.", [("800 agents", 800, 800, "agent")]),
        ("La moitié des élèves a réussi.", []),
        # a change by a share, then a level: two values
        (
            "La récolte a baissé de 6 % à 12 millions de tonnes.",
            [("6 %", 6, 6, "%"), ("12 millions de tonnes", 12000000, 12000000, "t")],
        ),
        # a rise by a share is a range; "passe de ... à" goes from one level to the other
        ("Les tarifs augmenteront de 4 à 6 %.", [("de 4 à 6 %", 4, 6, "%")]),
        ("Le taux passe de 4 à 6 %.", [("4", 4, 4, "%"), ("6 %", 6, 6, "%")]),
    ],
)
def test_rates_fractions_and_changes_of_quantities(text, expected):
    assert quantities(text) == expected
