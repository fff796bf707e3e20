"""Forms first met on the whole expressions written blind (evaluation/data/expressions_blind.fr.json),
each with new examples: the words a value already reads belong to its span, "au mois de",
"ce <weekday>" later in the week, and cents written bare after the euros."""

from datetime import date
from decimal import Decimal

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.money import find_money
from annotations.nlp.normalise import normalise

TUESDAY = date(2026, 3, 10)


def values(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(normalise(text), published=published)]


def amounts(text: str) -> list[tuple[str, object, object, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in find_money(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun before a year
        ("Le moulin a été bâti en l'an 1850.", [("l'an 1850", "1850")]),
        ("L'année 2027 sera celle des Jeux.", [("L'année 2027", "2027")]),
        # the horizon's cue
        ("La ville vise zéro carbone d'ici 2045.", [("d'ici 2045", "2045")]),
        ("Le réseau sera achevé d'ici à 2031.", [("d'ici à 2031", "2031")]),
        # the direction after a month, a holiday
        ("Elle a été élue en octobre dernier.", [("octobre dernier", "2025-10")]),
        ("Les fouilles reprendront en avril prochain.", [("avril prochain", "2026-04")]),
        ("La famille s'est réunie à Noël dernier.", [("Noël dernier", "2025-12-25")]),
        # the part of the day after a day
        ("Un feu s'est déclaré hier après-midi.", [("hier après-midi", "2026-03-09")]),
        ("Le vote a eu lieu le 4 mars au matin.", [("le 4 mars au matin", "2026-03-04")]),
        ("Il est rentré lundi soir.", [("lundi soir", "2026-03-09")]),
        # not a newspaper's name after the day
        ("Il l'a confié jeudi au Midi Libre.", [("jeudi", "2026-03-05")]),
    ],
)
def test_a_date_span_covers_the_words_its_value_reads(text, expected):
    assert values(text) == expected


def test_a_horizon_cue_in_the_span_still_moves_no_timeline():
    # "d'ici 2045" is a horizon: the day-month after it still hangs on the publication year
    assert values("D'ici 2045, la ville plantera des arbres le 21 mars.") == [
        ("D'ici 2045", "2045"),
        ("le 21 mars", "2026-03-21"),
    ]


def test_a_month_named_with_its_noun_and_year_is_one_span():
    assert values("Le chantier a débuté au mois de mai 2023.") == [("au mois de mai 2023", "2023-05")]
    assert values("Il a signé le mois d'octobre 2019.") == [("le mois d'octobre 2019", "2019-10")]


def test_this_weekday_later_in_the_week_is_still_to_come():
    assert values("La réunion publique a lieu ce vendredi.") == [("ce vendredi", "2026-03-13")]
    assert values("La mairie est fermée ce lundi.") == [("ce lundi", "2026-03-09")]
    # a past clause keeps the latest one
    assert values("Le conseil a voté ce vendredi le budget.") == [("ce vendredi", "2026-03-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le trajet coûte 1 € 90 depuis janvier.", ("1 € 90", Decimal("1.9"), Decimal("1.9"), "EUR")),
        ("Le café à 2€20 au comptoir.", ("2€20", Decimal("2.2"), Decimal("2.2"), "EUR")),
        ("Elle a payé trois euros vingt.", ("trois euros vingt", Decimal("3.2"), Decimal("3.2"), "EUR")),
        (
            "Le kilo est à 4 euros 75, contre 5 euros l'an dernier.",
            ("4 euros 75", Decimal("4.75"), Decimal("4.75"), "EUR"),
        ),
    ],
)
def test_cents_written_bare_after_the_euros(text, expected):
    assert amounts(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a misé 20 € 30 fois de suite.", ("20 €", 20, 20, "EUR")),
        ("Le forfait à 10 euros un mois durant.", ("10 euros", 10, 10, "EUR")),
        ("Une aide de 50 euros cent fois réclamée.", ("50 euros", 50, 50, "EUR")),
        ("Il a payé 20 euros une de ses places.", ("20 euros", 20, 20, "EUR")),  # an article, no cents
        ("Le ticket coûte 12 € 00 le matin.", ("12 €", 12, 12, "EUR")),  # no cents
    ],
)
def test_a_number_after_the_euros_that_counts_something_is_no_cents(text, expected):
    assert amounts(text)[0] == expected
