"""Amounts of money: shapes, multipliers, ranges and currencies."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.normalise import normalise


def amounts(text: str) -> list[tuple[str, object, object, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in find_money(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a reçu 50 millions de dollars.", ("50 millions de dollars", 50_000_000, 50_000_000, "USD")),
        ("Le projet coûte 1,2 Md€.", ("1,2 Md€", 1_200_000_000, 1_200_000_000, "EUR")),
        ("Une levée de $10M cette année.", ("$10M", 10_000_000, 10_000_000, "USD")),
        ("Une amende de 10 000 euros.", ("10 000 euros", 10_000, 10_000, "EUR")),
        ("Un plan de 3,5 milliards d’euros.", ("3,5 milliards d'euros", 3_500_000_000, 3_500_000_000, "EUR")),
        ("Un don de 1 500 €.", ("1 500 €", 1_500, 1_500, "EUR")),
        ("Une prime de 200 k€.", ("200 k€", 200_000, 200_000, "EUR")),
        ("Une vente à £3bn.", ("£3bn", 3_000_000_000, 3_000_000_000, "GBP")),
        ("Le club paie 5 000 francs suisses.", ("5 000 francs suisses", 5_000, 5_000, "CHF")),
        ("Un contrat de 7 M$.", ("7 M$", 7_000_000, 7_000_000, "USD")),
        ("Il paie $1,500 comptant.", ("$1,500", 1_500, 1_500, "USD")),
        ("Une dette de 2 billions d'euros.", ("2 billions d'euros", 2 * 10**12, 2 * 10**12, "EUR")),
    ],
)
def test_find_money_normalises_single_amounts(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il a investi entre 50 et 100 millions de dollars.",
            ("entre 50 et 100 millions de dollars", 50_000_000, 100_000_000, "USD"),
        ),
        ("Un coût de 2 à 3 milliards d'euros.", ("de 2 à 3 milliards d'euros", 2 * 10**9, 3 * 10**9, "EUR")),
        ("Une enveloppe de 10 à 15 M€.", ("de 10 à 15 M€", 10_000_000, 15_000_000, "EUR")),
        ("Une levée de $5-10M.", ("$5-10M", 5_000_000, 10_000_000, "USD")),
        (
            "Entre 500 000 et 1 million d'euros.",
            ("Entre 500 000 et 1 million d'euros", 500_000, 1_000_000, "EUR"),
        ),
    ],
)
def test_find_money_reads_ranges(text, expected):
    assert amounts(text) == [expected]


def test_find_money_keeps_fractions_exact():
    [(_text, low, high, _currency)] = amounts("Une hausse de 2,75 euros.")
    assert low == high == Decimal("2.75")


@pytest.mark.parametrize(
    "text",
    [
        "L'usine emploie 2 000 salariés.",
        "Il a acheté 500 livres.",
        "Le score est de 3-1 et le taux de 2,5 %.",
        "En 2021 et 2022, rien.",
        "Un record de 10 M de spectateurs.",
    ],
)
def test_find_money_ignores_numbers_without_currency(text):
    assert amounts(text) == []


def test_find_money_finds_several_amounts_in_order():
    text = "Renault a investi 50 millions de dollars, puis 1,2 Md€ et enfin 300 euros."
    assert [m[0] for m in amounts(text)] == ["50 millions de dollars", "1,2 Md€", "300 euros"]
