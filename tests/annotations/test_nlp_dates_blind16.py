"""Dates blind-16 (206 paragraphs over 12 news days, written blind in kinds of writing the earlier sets hold less:
history, school and fiscal years, holidays, times of day, spans, fuzzy and relative dates, abbreviations, Belgian,
Swiss and Quebec usages, legal dates, look-alikes): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

THURSDAY = date(2029, 3, 15)


def values(text: str, published: date = THURSDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday's week-end is its Saturday and Sunday (Easter 2029 is on 1 April, Pentecost on 20 May)
        ("Le week-end de Pâques sera pluvieux.", [("Le week-end de Pâques", "2029-03-31/2029-04-01")]),
        (
            "Le week-end de la Pentecôte, les routes seront chargées.",
            [("Le week-end de la Pentecôte", "2029-05-19/2029-05-20")],
        ),
        (
            "Le week-end du 14-Juillet, 300 000 voitures prendront la route.",
            [("Le week-end du 14-Juillet", "2029-07-14/2029-07-15")],
        ),
        # look-alike: a thing of the holiday dates nothing
        ("Les œufs de Pâques se vendent bien.", []),
    ],
)
def test_holiday_weekends(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ville a prospéré des années 1950 aux années 1970.", [("des années 1950 aux années 1970", "1950/1979")]),
        (
            "Le textile a décliné entre les années 80 et les années 2000.",
            [("entre les années 80 et les années 2000", "1980/2009")],
        ),
        # look-alike: one decade stays one decade
        ("Les années 1960 ont été prospères.", [("Les années 1960", "1960/1969")]),
        # and centuries, in capitals or figures
        ("L'abbaye fut bâtie entre le XIIe et le XIIIe siècle.", [("entre le XIIe et le XIIIe siècle", "1101/1300")]),
        ("Les fresques datent du 16e au 18e siècle.", [("du 16e au 18e siècle", "1501/1800")]),
        # look-alike: ordinals in words are no centuries' numbers
        ("Il a fini entre le premier et le second siècle de la liste.", []),
    ],
)
def test_decade_and_century_ranges(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("L'automne arrive avec ses premières gelées.", date(2029, 10, 2), [("L'automne", "2029-09/2029-11")]),
        (
            "Le printemps commence demain.",
            date(2029, 3, 19),
            [("Le printemps", "2029-03/2029-05"), ("demain", "2029-03-20")],
        ),
        # look-alikes: a season as a kind of time, or named for what it holds
        ("Le printemps est la saison des semis.", THURSDAY, []),
        ("Le printemps arabe a commencé en 2010.", THURSDAY, [("2010", "2010")]),
    ],
)
def test_season_coming(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inscriptions du 1er/09/2029 au 30/09/2029.", [("du 1er/09/2029 au 30/09/2029", "2029-09-01/2029-09-30")]),
        ("Le 1er/12/2029, la loi entrera en vigueur.", [("1er/12/2029", "2029-12-01")]),
        # look-alike: a mark is no date
        ("Il a obtenu la note de 12/20.", []),
    ],
)
def test_first_of_the_month_in_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("À la Saint-Jean, le feu sera allumé sur la plage.", [("Saint-Jean", "2029-06-24")]),
        ("La Chandeleur sera fêtée dans les écoles.", [("Chandeleur", "2030-02-02")]),
        # look-alikes: a town, a church named after a saint
        ("Il vit à Saint-Jean-de-Luz, près de l'église Saint-Nicolas.", []),
    ],
)
def test_saints_days(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the national days of French-speaking countries named by their nationality are their own day (expressions_blind9)
        ("La fête nationale belge sera célébrée à Bruxelles.", [("fête nationale belge", "2029-07-21")]),
        ("La fête nationale du 1er août sera célébrée à Berne.", [("1er août", "2029-08-01")]),
        ("La fête nationale suisse sera célébrée à Berne.", [("fête nationale suisse", "2029-08-01")]),
        ("La fête nationale japonaise sera célébrée à l'ambassade.", []),  # any nationality of nationalities.py
        # look-alikes: alone, or said French, the French one
        ("La fête nationale a été fêtée sous la pluie.", [("fête nationale", "2028-07-14")]),
        ("La fête nationale française a été fêtée sous la pluie.", [("fête nationale", "2028-07-14")]),
    ],
)
def test_other_national_days(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mai 68 a changé la société.", [("Mai 68", "1968-05")]),
        # look-alike: a count after it
        ("Mai 68 élèves ont été reçus.", []),
    ],
)
def test_capitalised_month_and_short_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le versement sera fait fin du mois.", [("fin du mois", "2029-03-21/2029-03-31")]),
        ("Le rapport paraîtra début de l'année prochaine.", [("début de l'année prochaine", "2030-01/2030-02")]),
        # look-alike: a habit
        ("Il paie son loyer chaque fin du mois.", []),
    ],
)
def test_part_of_now_without_article(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Le festival, prolongé jusqu'au 20 janvier, a déjà attiré 9 000 visiteurs.",
            date(2029, 12, 10),
            [("jusqu'au 20 janvier", "../2030-01-20")],
        ),
        # look-alike: a past event's bound
        (
            "Les ouvriers ont travaillé jusqu'au 20 novembre.",
            date(2029, 12, 10),
            [("jusqu'au 20 novembre", "../2029-11-20")],
        ),
    ],
)
def test_bound_after_a_decision(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le club bouclera la saison 2028-2029 le 30 juin.",
            [("la saison 2028-2029", "2028/2029"), ("le 30 juin", "2029-06-30")],
        ),
        # look-alike: a count before an article
        ("Le stade comptait 2000 le soir du match.", []),
    ],
)
def test_noun_year_before_a_day(text, expected):
    assert values(text) == expected
