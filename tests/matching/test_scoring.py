"""matching.scoring: the score of two claims' facts and the conflicts within one article."""

from datetime import date
from decimal import Decimal

from matching.facts import build_facts, keys, retrievable
from matching.scoring import THRESHOLD, find_conflict, score_match


def facts(text, entities=(), dates=(), amounts=()):
    return build_facts(text=text, entities=entities, dates=dates, amounts=amounts)


def year(y, start=0, end=0):
    return (date(y, 1, 1), date(y, 12, 31), start, end)


def test_score_match_same_entities_words_and_amount_pass_the_threshold():
    a = facts("Renault investit 100 M€ dans son usine de Douai", {1, 2}, amounts=[(100e6, 100e6, "EUR", 17, 23)])
    b = facts(
        "Dans son usine de Douai, Renault investira cent millions d'euros",
        {2, 1},
        amounts=[(100e6, 100e6, "EUR", 43, 64)],
    )
    match = score_match(a, b)
    assert match.score >= THRESHOLD
    assert match.signals["amount"] == "equal"
    assert match.signals["entities"] == 1.0
    assert "usin" in match.signals["shared_words"]


def test_score_match_amount_inside_a_range():
    a = facts("Le budget atteint 100 M€", {1}, amounts=[(100, 100, "EUR", 18, 24)])
    b = facts("Le budget atteint entre 90 et 110 M€", {1}, amounts=[(90, 110, "EUR", 18, 36)])
    assert score_match(a, b).signals["amount"] == "inside"


def test_score_match_overlapping_dates():
    a = facts("Le traité fut signé courant 2016", {1}, dates=[year(2016, 20, 32)])
    b = facts("Le traité fut signé en mars 2016", {1}, dates=[(date(2016, 3, 1), date(2016, 3, 31), 20, 32)])
    assert score_match(a, b).signals["date"] == "overlap"


def test_score_match_conflicting_date_costs_the_match():
    a = facts("Jean Martin a fondé la société en 2015", {1, 2}, dates=[year(2015, 34, 41)])
    b = facts("Jean Martin a fondé la société en 2019", {1, 2}, dates=[year(2019, 34, 41)])
    same = facts("Jean Martin a fondé la société en 2015", {1, 2}, dates=[year(2015, 34, 41)])
    assert score_match(a, b).signals["date"] == "conflict"
    assert score_match(a, b).score < THRESHOLD <= score_match(a, same).score


def test_score_match_unrelated_claims_score_low():
    a = facts("Le chômage a baissé en Bretagne", {1})
    b = facts("La ministre a inauguré un hôpital à Brest", {3})
    assert score_match(a, b).score < THRESHOLD


def test_score_match_date_and_amount_words_are_not_compared_as_words():
    a = facts("Le budget atteint cent millions d'euros", amounts=[(100e6, 100e6, "EUR", 18, 39)])
    assert a.words == facts("Le budget atteint").words


def test_find_conflict_same_fact_two_dates():
    a = facts("La société Acme a été fondée en 2015", {7}, dates=[year(2015, 32, 36)])
    b = facts("Fondée en 2017, la société Acme", {7}, dates=[year(2017, 10, 14)])
    conflict = find_conflict(a, b)
    assert conflict is not None and conflict.kind == "date"


def test_find_conflict_two_budgets_of_two_projects_are_not_flagged():
    a = facts("Le budget du projet Alpha atteint 5 M€", {10}, amounts=[(5e6, 5e6, "EUR", 34, 38)])
    b = facts("Le budget du projet Beta atteint 9 M€", {11}, amounts=[(9e6, 9e6, "EUR", 33, 37)])
    assert find_conflict(a, b) is None


def test_find_conflict_same_values_are_consistent():
    a = facts("Le budget de la ville atteint 5 M€", {1}, amounts=[(Decimal(5e6), Decimal(5e6), "EUR", 30, 34)])
    b = facts("La ville a un budget qui atteint cinq millions d'euros", {1}, amounts=[(5e6, 5e6, "EUR", 32, 54)])
    assert find_conflict(a, b) is None


def test_build_facts_leaves_out_open_bounds_and_unresolved_dates():
    from datetime import date
    from decimal import Decimal

    from matching.facts import build_facts

    facts = build_facts(
        text="Plus de 10 euros, demain.",
        entities=[],
        dates=[(None, None, 18, 24), (date(2024, 1, 1), date(2024, 1, 1), 0, 0)],
        amounts=[(Decimal(10), None, "EUR", 0, 16)],
    )

    assert facts.amounts == ()
    assert [(d.earliest, d.latest) for d in facts.dates] == [(date(2024, 1, 1), date(2024, 1, 1))]


def test_keys_are_entities_amounts_and_dates_but_a_whole_year():
    claim = facts(
        "Le traité fut signé en mars 2016 et révisé en 2019 pour 3 M€",
        {7},
        dates=[(date(2016, 3, 1), date(2016, 3, 31), 20, 32), year(2019, 44, 51)],
        amounts=[(3e6, 3e6, "EUR", 56, 60)],
    )
    assert keys(claim) == [
        ("entity", 7),
        ("date", date(2016, 3, 1), date(2016, 3, 31)),
        ("amount", Decimal(3e6), Decimal(3e6), "EUR"),
    ]
    span = facts(
        "Orange a fibré 5 000 communes entre 2018 et 2022", dates=[(date(2018, 1, 1), date(2022, 12, 31), 0, 0)]
    )
    assert keys(span) == [("date", date(2018, 1, 1), date(2022, 12, 31))]


def test_retrievable_by_a_shared_key_or_for_a_claim_with_none_by_all_its_words():
    renault = facts("Renault investit à Douai", {1})
    assert retrievable(renault, facts("Le groupe investira dans son usine", {1, 2}))
    assert not retrievable(renault, facts("Renault investit à Douai", {2}))
    bare = facts("Les abeilles sauvages disparaissent plus vite")
    assert retrievable(bare, facts("Plus vite, les abeilles sauvages disparaissent en Bretagne", {3}))
    assert not retrievable(bare, facts("Les abeilles domestiques disparaissent plus vite"))
    assert not retrievable(bare, facts("Les abeilles sauvages disparaissent", dates=[year(2020)]))
