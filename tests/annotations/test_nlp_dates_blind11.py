"""Dates blind-11 (100 sentences of history, wire, parliament and leaflets written blind in the
eighteenth session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

THURSDAY = date(2026, 10, 15)


def values(text: str, published: date = THURSDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "huit jours" is a week, "quinze jours" two, as French counts them ("tous les quinze jours").
        ("La décision est attendue dans quinze jours.", [("dans quinze jours", "2026-10-29")]),
        ("Il a quitté la ville il y a huit jours.", [("il y a huit jours", "2026-10-08")]),
        ("Les travaux finiront dans 15 jours.", [("dans 15 jours", "2026-10-30")]),  # in figures, counted
        ("Il est parti il y a trois jours.", [("il y a trois jours", "2026-10-12")]),
    ],
)
def test_eight_and_fifteen_days_in_words_are_one_and_two_weeks(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La colonie fut fondée vers 600 av. J.-C. par des marins grecs.", [("600 av. J.-C.", None)]),
        ("Le site est occupé dès 3000 avant notre ère.", [("3000 avant notre ère", None)]),
        (
            "La ville devint romaine en 121 avant J.-C., puis chrétienne en 1562.",
            [("121 avant J.-C.", None), ("1562", "1562")],
        ),
    ],
)
def test_a_year_before_our_era_is_a_date_with_no_value(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "le premier" alone is a pronoun: the first train, the first to speak
        ("Le dernier bus part à 22 h et le premier à 6 h 15.", []),
        ("Il a été le premier à réagir.", []),
        # a day in figures stays one
        ("Les inscriptions ouvrent le 1er et ferment le 20.", [("le 1er", "2026-10-01"), ("le 20", "2026-10-20")]),
    ],
)
def test_le_premier_alone_is_no_day(text, expected):
    assert values(text) == expected
