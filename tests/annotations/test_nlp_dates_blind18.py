"""Dates blind-18 (47 paragraphs dense in dates over 4 news days, written blind: chained anaphora, weekdays with a
day and no month, hours beside days, headlines and datelines, ranges across months and years, vague words, habits,
durations, fiscal years, election rounds, look-alikes): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

TUESDAY = date(2030, 4, 9)


def values(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours after the weekdays of a range are no days; a period set in the past runs from today on
        (
            "La préfecture a placé la Gironde en alerte de jeudi 8 h à vendredi 20 h.",
            [("de jeudi 8 h à vendredi", "2030-04-11/2030-04-12")],
        ),
        # "un" after the range's second weekday is an article, not its day
        (
            "Les négociateurs ont conclu dans la nuit de lundi à mardi un accord.",
            [("de lundi à mardi", "2030-04-08/2030-04-09")],
        ),
        # look-alikes: what was done over a range of weekdays stays in a past week, as does the night a decision was
        # taken in
        (
            "Le préfet a placé le Var en vigilance orange dans la nuit de dimanche à lundi.",
            [("de dimanche à lundi", "2030-04-07/2030-04-08")],
        ),
        ("Les services ont fonctionné de lundi à mercredi.", [("de lundi à mercredi", "2030-04-01/2030-04-03")]),
    ],
)
def test_a_range_of_weekdays(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La grève entamée lundi 8 s'achèvera vendredi.", [("lundi 8", "2030-04-08"), ("vendredi", "2030-04-12")]),
        ("Les coupures ont eu lieu dimanche 7 entre 14 h et 16 h.", [("dimanche 7 entre 14 h et 16 h", "2030-04-07")]),
        # look-alike: a counted noun after the number
        ("Il a marqué samedi 3 buts.", []),
    ],
)
def test_a_weekday_and_its_day_before_a_clitic_or_a_preposition(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vide-grenier a lieu tous les ans le deuxième dimanche de mai.", []),
        ("Chaque année, le dernier samedi d'octobre, la ville fête la châtaigne.", []),
        ("Le concert est prévu un samedi de juin.", []),
        # look-alikes: one year's, said without the habit
        ("Le vide-grenier aura lieu le deuxième dimanche de mai.", [("le deuxième dimanche de mai", "2030-05-12")]),
        ("La foire se tiendra le dernier week-end d'août.", [("le dernier week-end d'août", "2030-08-31/2030-09-01")]),
    ],
)
def test_a_yearly_habit_is_no_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le 12 avril 1930, la gare était inaugurée. Cent ans plus tard, jour pour jour, elle ferme.",
            [("12 avril 1930", "1930-04-12"), ("Cent ans plus tard, jour pour jour", "2030-04-12")],
        ),
        # look-alike: without "jour pour jour", the unit's year
        (
            "Le 12 avril 1930, la gare était inaugurée. Cent ans plus tard, elle ferme.",
            [("12 avril 1930", "1930-04-12"), ("Cent ans plus tard", "2030")],
        ),
    ],
)
def test_years_later_to_the_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'exposition sera ouverte tous les jours, et fermée le 1er mars.", [("le 1er mars", "2031-03-01")]),
        # look-alike: a participle coordinated with a compound past is past
        ("Le stade a été rénové, et fermé le 1er mars.", [("le 1er mars", "2030-03-01")]),
    ],
)
def test_a_participle_sharing_a_future_auxiliary(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mis en examen le 4 février 2027, le maire avait démissionné. Son procès, fixé au 9 juin, durera deux jours.",
            [("4 février 2027", "2027-02-04"), ("9 juin", "2030-06-09")],
        ),
        # look-alike: a history told in the present and the future keeps its year
        (
            "En 1789, les États généraux s'ouvrent le 5 mai. La Bastille tombera le 14 juillet.",
            [("1789", "1789"), ("le 5 mai", "1789-05-05"), ("le 14 juillet", "1789-07-14")],
        ),
    ],
)
def test_a_future_after_an_older_year_told_over_in_the_sentence_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les vacances d'hiver s'achèvent vendredi. Viendront ensuite celles de Pâques.", [("vendredi", "2030-04-05")]),
        (
            "Le marché de Noël ouvrira le 1er décembre ; celui de la Saint-Nicolas suivra.",
            [("le 1er décembre", "2030-12-01")],
        ),
        # look-alike: a pronoun standing for no thing of a holiday
        (
            "Après la crue de janvier, celle de Pâques a surpris les riverains.",
            [("janvier", "2030-01"), ("Pâques", "2030-04-21")],
        ),
    ],
)
def test_a_pronoun_standing_for_a_thing_of_a_holiday(text, expected):
    assert values(text) == expected
