"""Dates blind-10 (106 news sentences written blind in the seventeenth session): corrected by kind
after its single measure; each rule on invented text, with the look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates


def values(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sapin de Noël a été installé sur la place.", []),
        ("Les enfants ont cherché les œufs de Pâques dans le parc.", []),
        ("La nuit de Noël, les pompiers sont intervenus trois fois.", [("Noël", "2025-12-25")]),
        ("Le défilé du 14-Juillet a attiré la foule.", [("14-Juillet", "2025-07-14")]),
        ("La veille de Noël, les magasins ont fermé à 18 heures.", [("veille de Noël", "2025-12-24")]),
        ("Le Père Noël arrivera en calèche.", []),
        ("À partir de Noël, les bus seront gratuits.", [("À partir de Noël", "2026-12-25/..")]),
        ("Aux alentours de Pâques, la foire rouvrira.", [("Aux alentours de Pâques", "2026-04-05")]),
    ],
)
def test_a_holiday_naming_a_kind_of_thing_dates_nothing(text, expected):
    assert values(text, date(2026, 1, 20)) == expected


def test_a_future_clause_does_not_hang_on_a_date_of_an_earlier_year():
    text = "En 2010, le groupe avait sorti un album ; il remontera sur scène le 14 février à Lille."
    assert values(text, date(2026, 1, 20))[-1] == ("le 14 février", "2026-02-14")
    # a timeline of the same year still goes on, and a history told in the present keeps its year
    text = "En janvier 2026, le club a été racheté ; il sera vendu le 14 mars."
    assert values(text, date(2026, 1, 20))[-1] == ("le 14 mars", "2026-03-14")
    text = "En 1789, les États généraux s'ouvrent le 5 mai ; la Bastille tombera le 14 juillet."
    assert values(text, date(2026, 1, 20))[-1] == ("le 14 juillet", "1789-07-14")


def test_the_verb_after_the_last_and_tells_the_tense_when_the_sentence_holds_both():
    text = "Le club s'est imposé dimanche face à Brest et recevra Lens samedi au stade."
    assert values(text, date(2026, 1, 20)) == [("dimanche", "2026-01-18"), ("samedi", "2026-01-24")]


def test_a_span_of_several_years_is_no_timeline_for_the_days_after_it():
    text = "Maire de 1983 à 2008, il s'est éteint le 5 janvier à l'âge de 91 ans."
    assert values(text, date(2026, 1, 20))[-1] == ("le 5 janvier", "2026-01-05")
    text = "L'hiver 2025 a été doux. Le 3 janvier, il a fait 18 degrés."
    assert values(text, date(2026, 1, 20))[-1] == ("Le 3 janvier", "2025-01-03")


def test_a_day_a_decision_is_put_off_to_is_in_the_month_it_was_put_off_from():
    text = "L'audience, ouverte le 3 février, a été mise en délibéré au 16."
    assert values(text, date(2026, 2, 10))[-1] == ("au 16", "2026-02-16")
    text = "En 2019, l'audience avait été renvoyée au 3 juin."  # a past story keeps its year
    assert values(text, date(2026, 2, 10))[-1] == ("3 juin", "2019-06-03")


def test_a_bare_day_bound_is_in_its_month():
    text = "La foire s'installera le 3 juillet sur l'esplanade et les manèges tourneront jusqu'au 16."
    assert values(text, date(2026, 6, 10)) == [("le 3 juillet", "2026-07-03"), ("jusqu'au 16", "../2026-07-16")]
    assert values("Les places sont numérotées jusqu'au 16 inclus.", date(2026, 6, 10)) == []
    assert values("Le musée sera fermé jusqu'au 16.", date(2026, 6, 10)) == []  # which month, unsaid


def test_a_weekday_with_its_day_is_on_the_side_the_tense_tells():
    # the nearest Friday 13th is this month's, still to come: a closure told in the past is February's
    assert values("Le marché a fermé ses portes le vendredi 13.", date(2026, 3, 10)) == [
        ("le vendredi 13", "2026-02-13")
    ]
    assert values("Le marché a fermé ses portes le vendredi 30.", date(2026, 11, 5)) == [
        ("le vendredi 30", "2026-10-30")
    ]
    assert values("Le marché ouvrira ses portes le vendredi 27.", date(2026, 11, 5)) == [
        ("le vendredi 27", "2026-11-27")
    ]
