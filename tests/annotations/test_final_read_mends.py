"""The thirty-seventh session's final read: what it found the session's rules getting wrong, each
beside what must not change."""

from datetime import date

import pytest

from annotations.nlp.pipeline import analyse

WEDNESDAY = date(2026, 12, 2)


def dates(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.value) for found in analyse(text, published=WEDNESDAY).dates]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second weekday of a pair takes the first's verb (dates/weekdays._FIXTURE_BEFORE)
        ("Le tournoi se tient samedi et dimanche.", [("samedi", "2026-12-05"), ("dimanche", "2026-12-06")]),
        ("Lens reçoit samedi ou dimanche.", [("samedi", "2026-12-05"), ("dimanche", "2026-12-06")]),
        ("Le club dispute samedi sa finale.", [("samedi", "2026-12-05")]),
    ],
)
def test_both_weekdays_of_a_timetable_pair_are_to_come(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Cette décision engendrait lundi des retards.", "2026-11-30"),  # an imperfect in -drer, past
        ("Le toit du gymnase s'effondrait lundi sous la neige.", "2026-11-30"),
        ("Le ministre démissionnerait lundi, selon nos informations.", "2026-12-07"),  # a conditional, to come
    ],
)
def test_imperfects_of_verbs_in_drer_are_no_conditional(text, value):
    assert [found_value for _text, found_value in dates(text)] == [value]


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("L'agence a recruté 12DA et 40 graphistes.", []),  # initials glued to their figure
        ("Le pain coûte 12DA au marché d'Oran.", [("12DA", "DZD")]),
    ],
)
def test_a_code_glued_to_its_figure_is_read_as_the_spaced_one(text, amounts):
    assert [(found.text, found.currency) for found in analyse(text).money] == amounts
