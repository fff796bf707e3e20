"""Numbers in figures and in words, bounds and hedges, and the sanity limit."""

from decimal import Decimal

import pytest

from annotations.nlp.changes import change_verb
from annotations.nlp.number_leads import bound_kind, bounds
from annotations.nlp.numbers import (
    LARGEST,
    MULTIPLIER_WORDS,
    parse_figures,
    parse_number,
    parse_words,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un", 1),
        ("dix-sept", 17),
        ("vingt et un", 21),
        ("soixante et onze", 71),
        ("soixante-dix", 70),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-sept", 97),
        ("cent", 100),
        ("deux cents", 200),
        ("cent quatre-vingts", 180),
        ("mille", 1000),
        ("deux mille trois cent quarante-cinq", 2345),
        ("trois cent mille", 300_000),
        ("nonante-neuf", 99),
        ("un million deux cent cinquante mille", 1_250_000),
        ("trois milliards sept cents millions", 3_700_000_000),
    ],
)
def test_parse_words_reads_french_numbers(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "english", "value"),
    [
        ("10 000", False, Decimal(10_000)),
        ("10.000", False, Decimal(10_000)),
        ("10 000,50", False, Decimal("10000.50")),
        ("1,5", False, Decimal("1.5")),
        ("3.2", False, Decimal("3.2")),
        ("1,500", True, Decimal(1_500)),
        ("1,500", False, Decimal("1.5")),
    ],
)
def test_parse_figures_reads_separators_by_writing_habit(text, english, value):
    assert parse_figures(text, english=english) == value


@pytest.mark.parametrize("text", ["10^30", "10^99999", "9" * 400])
def test_parse_number_gives_no_value_past_the_sanity_limit(text):
    assert parse_number(text) is None


def test_parse_number_keeps_values_under_the_limit():
    assert parse_number("10^20") == Decimal(10) ** 20 < LARGEST


@pytest.mark.parametrize(
    ("phrase", "kind", "expected"),
    [
        ("plus de", "min", (10, None)),
        ("au  moins", "min", (10, None)),
        ("moins d'", "max", (None, 10)),
        ("en-dessous de", "max", (None, 10)),
        ("pas plus de", "max", (None, 10)),
        ("environ", "about", (10, 10)),
        (None, None, (10, 10)),
    ],
)
def test_bound_kind_and_bounds_read_open_bounds(phrase, kind, expected):
    assert bound_kind(phrase) == kind
    assert bounds(10, kind) == expected


def test_halves_are_multipliers_and_a_peine_a_hedge():
    assert MULTIPLIER_WORDS["demi-milliard"] == 500_000_000
    assert MULTIPLIER_WORDS["demi million"] == 500_000
    assert bound_kind("à peine") == "about"
    assert bound_kind("tout  juste") == "about"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Les prix sont passés de 10 à 12 euros.", "passés"),
        ("Il faut relever le plafond de 10 à 12 euros.", "relever"),
        ("Le maire a porté l'aide aux familles de 10 à 12 euros.", "porté"),
        ("La hausse du plafond de 10 à 12 euros.", None),
        ("Le billet coûte de 10 à 12 euros.", None),
    ],
)
def test_change_verb_just_before_or_before_its_object(text, verb):
    assert change_verb(text, text.index("de 10")) == verb
