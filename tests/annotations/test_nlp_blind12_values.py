"""Dates blind-12 and quantities blind-11 (wire and newspaper days, budgets and measures, written blind in the
nineteenth session): corrected by kind after their single measure; each rule on invented text, with the
look-alike it must leave alone."""

from datetime import date

from annotations.nlp.dates import find_dates
from annotations.nlp.money import find_money
from annotations.nlp.quantities import find_quantities


def values(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


def test_a_past_read_from_the_clause_does_not_put_a_near_day_a_year_back():
    text = "La grève annoncée pour la veille de Noël a été levée."
    assert values(text, date(2025, 12, 20)) == [("veille de Noël", "2025-12-24")]
    text = "La SNCF attend 9 millions de voyageurs entre le 19 décembre et le 4 janvier, et la grève a été levée."
    assert values(text, date(2025, 12, 20))[0][1] == "2025-12-19/2026-01-04"
    # its own participle tells: the day adopted is the past one, a year back
    assert values("Le budget a été adopté le 5 janvier.", date(2025, 12, 20)) == [("le 5 janvier", "2025-01-05")]
    # a future told is not moved back either
    assert values("À partir de Noël, les bus seront gratuits.", date(2026, 1, 20)) == [
        ("À partir de Noël", "2026-12-25/..")
    ]


def test_a_winter_of_two_years_is_its_december_to_february():
    assert values("Après un hiver 2021-2022 très sec, le gel menace.", date(2022, 4, 1)) == [
        ("hiver 2021-2022", "2021-12/2022-02")
    ]
    assert values("La saison 2024-2025 a commencé.", date(2024, 9, 1)) == [("La saison 2024-2025", "2024/2025")]


def test_a_year_range_before_a_pronoun_is_no_count():
    assert values("L'exercice 2024-2025 s'annonce difficile.", date(2024, 9, 1)) == [
        ("L'exercice 2024-2025", "2024/2025")
    ]
    assert values("Ils ont vendu 2000 l de lait.", date(2024, 9, 1)) == []  # litres, elided


def test_a_model_named_by_four_digits_is_no_year():
    assert values("La Peugeot 2008 reste la voiture la plus vendue.", date(2025, 3, 1)) == []
    assert values("Peugeot a vendu moins de voitures en 2008.", date(2025, 3, 1)) == [("2008", "2008")]


def test_pounds_counted_in_millions_are_money():
    found = [(m.text, m.min, m.currency) for m in find_money("Londres a promis 2,5 milliards de livres aux hôpitaux.")]
    assert found == [("2,5 milliards de livres", 2_500_000_000, "GBP")]
    assert find_money("Il a vendu 500 livres au salon du livre.") == []  # books


def test_ago_is_no_duration_and_face_no_count():
    quantities = [q.text for q in find_quantities("Le réseau compte 1 420 bornes, contre 700 il y a trois ans.")]
    assert "trois ans" not in quantities and "1 420 bornes" in quantities
    assert [q.text for q in find_quantities("Il y a 300 habitants dans le village.")] == ["300 habitants"]
    assert find_quantities("Le club s'est imposé 4 à 1 face à Brest.") == []
