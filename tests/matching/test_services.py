"""matching.services: matches stored at ingest and after a review, inconsistencies within an
article, dismissals. Articles go through the real pipeline (tests.conftest.make_article)."""

from collections import Counter
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import matching.candidates
import matching.services
from claims.models import Claim, Verdict
from claims.services import SourceInput, review_claim, write_annotations
from claims.services.inputs import analyse_text
from matching.candidates import facts_of
from matching.facts import keys
from matching.models import ClaimMatch, Inconsistency
from matching.services import (
    AlreadyDecidedError,
    AlreadyDismissedError,
    decide_inconsistency,
    dismiss_match,
    match_claims,
)

FIRST = (
    "Une usine à Douai\n\n"
    "Le groupe Renault a annoncé le 3 mars 2021 un investissement de 120 millions d'euros dans son usine de Douai.\n"
)
PARAPHRASE = "Douai encore\n\nDans son usine de Douai, Renault investit 120 M€, a annoncé le groupe en mars 2021.\n"
OTHER_FACT = "Autre chose\n\nLe groupe Renault a fermé son usine de Flins en 2019 et supprimé 400 emplois.\n"


def reviewed(article, editor, contains="investissement", verdict=Verdict.SOURCED):
    claim = Claim.objects.get(article=article, text__contains=contains)
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=verdict,
        rationale="Communiqué du groupe.",
        sources=[SourceInput(url="https://example.org/communique")],
        expected_version=claim.version,
    )
    return claim


@pytest.mark.django_db
def test_ingest_stores_a_match_to_a_reviewed_claim_of_another_article(make_article, editor):
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    match = ClaimMatch.objects.get(claim__article=later)
    assert match.earlier == earlier
    assert match.signals["amount"] == "equal"
    assert match.state == ClaimMatch.State.SUGGESTED


@pytest.mark.django_db
def test_ingest_ignores_unreviewed_claims_and_other_facts(make_article, editor):
    make_article(FIRST, slug="premier")  # never reviewed
    make_article(PARAPHRASE, slug="second")
    assert not ClaimMatch.objects.exists()
    reviewed(make_article(FIRST.replace("Une usine à Douai", "Troisième article"), slug="troisieme"), editor)
    other = make_article(OTHER_FACT, slug="autre")
    assert not ClaimMatch.objects.filter(claim__article=other).exists()


@pytest.mark.django_db
def test_review_matches_claims_ingested_before_it(make_article, editor):
    first = make_article(FIRST, slug="premier")
    later = make_article(PARAPHRASE, slug="second")
    assert not ClaimMatch.objects.exists()
    earlier = reviewed(first, editor)
    assert ClaimMatch.objects.get().claim.article == later
    assert ClaimMatch.objects.get().earlier == earlier


@pytest.mark.django_db
def test_match_claims_query_count_follows_the_batch_facts_not_the_stored_claims(make_article, editor, monkeypatch):
    monkeypatch.setattr(matching.candidates, "FEW_REVIEWED", 2)  # more reviewed claims: a query per key
    reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    claims = list(Claim.objects.filter(article=later))
    facts = facts_of(claims)
    batch_keys = {key for claim in claims for key in keys(facts[claim.pk])}
    assert batch_keys  # an entity, a date and an amount: one query each
    for n in range(3):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
    with CaptureQueriesContext(connection) as first:
        assert len(match_claims(claims=claims)) == 4
    for n in range(3, 6):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
    with CaptureQueriesContext(connection) as again:
        assert len(match_claims(claims=claims)) == 7
    # the batch's mentions, the count of reviewed claims, one per fact (with its candidates),
    # their mentions, the insert
    assert len(first) == len(again) == len(batch_keys) + 4


@pytest.mark.django_db
def test_with_few_reviewed_claims_match_claims_reads_them_at_once(make_article, editor):
    reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    claims = list(Claim.objects.filter(article=later))
    with CaptureQueriesContext(connection) as first:
        assert len(match_claims(claims=claims)) == 1
    for n in range(3):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
        make_article(OTHER_FACT.replace("Autre chose", f"Autre chose {n}"), slug=f"autre-{n}")  # never reviewed
    with CaptureQueriesContext(connection) as again:
        assert len(match_claims(claims=claims)) == 4
    # the batch's mentions, the count of reviewed claims, their mentions (with their text), the insert
    assert len(first) == len(again) == 4


@pytest.mark.django_db
def test_few_or_many_reviewed_claims_give_the_same_candidates(make_article, editor, monkeypatch):
    monkeypatch.setattr(matching.candidates, "PER_KEY", 2)
    for n in range(4):
        article = make_article(FIRST.replace("Une usine à Douai", f"Douai, épisode {n}"), slug=f"douai-{n}")
        reviewed(article, editor)
        make_article(OTHER_FACT.replace("Autre chose", f"Flins, épisode {n}"), slug=f"flins-{n}")
    disputed = make_article(OTHER_FACT.replace("Autre chose", "Flins encore"), slug="flins-revu")
    reviewed(disputed, editor, "supprimé 400 emplois", verdict=Verdict.DISPUTED)
    for n in range(3):  # naming Flins twice: each claim takes one place of PER_KEY on both paths
        twice = make_article(f"Flins {n}\n\nÀ Flins, Renault a fermé l'usine de Flins en 2019.\n", slug=f"twice-{n}")
        reviewed(twice, editor, "usine de Flins")
    later = make_article(
        PARAPHRASE + "Renault a fermé Flins en 2019 et supprimé 400 emplois.\nLes habitants de Flins attendent.\n",
        slug="second",
    )
    claims = list(Claim.objects.filter(article=later))
    facts = facts_of(claims)
    few = matching.candidates.candidates(claims, facts, reviewed_only=True)
    monkeypatch.setattr(matching.candidates, "FEW_REVIEWED", 0)
    many = matching.candidates.candidates(claims, facts, reviewed_only=True)
    assert few[0] == many[0]
    found = set().union(*few[0].values())  # the facts of every candidate (Facts: built as read)
    assert {pk: few[1][pk] for pk in found} == {pk: many[1][pk] for pk in found}
    assert sum(map(len, few[0].values())) >= 3  # each claim has its own candidates


@pytest.mark.django_db
def test_dismiss_match_twice_is_refused(make_article, editor):
    reviewed(make_article(FIRST, slug="premier"), editor)
    make_article(PARAPHRASE, slug="second")
    match = ClaimMatch.objects.get()
    dismiss_match(match=match, user=editor)
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.DISMISSED and match.dismissed_by == editor
    with pytest.raises(AlreadyDismissedError):
        dismiss_match(match=match, user=editor)


CONTRADICTION = (
    "La société Acme\n\n"
    "La société Acme a été fondée à Lyon en 2015 par Jean Martin. "
    "Elle emploie 40 personnes. "
    "Jean Martin a fondé la société Acme à Lyon en 2017.\n"
)
TWO_BUDGETS = (
    "Deux chantiers\n\n"
    "Le budget du chantier de Lyon atteint 5 millions d'euros. "
    "Le budget du chantier de Marseille atteint 9 millions d'euros.\n"
)


DENIAL = (
    "La piscine de Dinan\n\n"
    "La mairie de Dinan a fermé la piscine municipale le 3 février 2026. "
    "Elle emploie 12 maîtres-nageurs. "
    "Selon l'opposition, la mairie de Dinan n'a pas fermé la piscine municipale le 3 février 2026.\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        (CONTRADICTION, "date", ("2015-01-01/2015-12-31", "2017-01-01/2017-12-31")),
        (DENIAL, "denial", ("", "n'a pas")),  # the words that deny, none for the claim that states
    ],
)
def test_ingest_flags_the_same_fact_told_two_ways(make_article, text, kind, values):
    article = make_article(text, slug="conflit")
    flagged = Inconsistency.objects.get(article=article)
    assert (flagged.kind, (flagged.first_value, flagged.second_value)) == (kind, values)
    assert flagged.state == Inconsistency.State.OPEN


@pytest.mark.django_db
def test_ingest_flags_two_ranks_given_by_two_sources(make_article):
    # No mention holds a rank: the claims are compared for it all the same (matching.figures).
    article = make_article(
        "Classement\n\nSelon l'Insee, Rennes se classe au troisième rang des villes où il fait bon travailler. "
        "D'après la CCI, Rennes se classe au septième rang des villes où il fait bon travailler.\n",
        slug="classement",
    )
    flagged = Inconsistency.objects.get(article=article)
    assert (flagged.kind, flagged.first_value, flagged.second_value) == ("amount", "3 rang", "7 rang")


@pytest.mark.django_db
def test_ingest_does_not_flag_two_budgets_of_two_things(make_article):
    article = make_article(TWO_BUDGETS, slug="chantiers")
    assert article.claims.count() == 2
    assert not Inconsistency.objects.filter(article=article).exists()


@pytest.mark.django_db
def test_revision_keeps_the_match_on_the_claim_that_carries_the_review(make_article, editor):
    first = make_article(FIRST, slug="premier")
    reviewed(first, editor)
    later = make_article(PARAPHRASE, slug="second")
    make_article(FIRST + "\nUn paragraphe ajouté ensuite, sans rapport avec le reste.\n", slug="premier")
    current = Claim.objects.current().get(article=first, text__contains="investissement")
    assert current.revision == 2 and current.verdict == Verdict.SOURCED
    shown = ClaimMatch.objects.for_claim(later.claims.get(), drafts=False)
    assert [match.earlier_id for match in shown] == [current.pk]


def listing(count):
    """An article that tells the same kind of fact `count` times with other values on one day:
    every pair of its claims could be read as a conflict (on two days, two budgets of two votes
    are two facts: matching.scoring.find_conflict)."""
    return "Les budgets\n\n" + "\n\n".join(
        f"Le conseil municipal a voté le 3 mars 2021 un budget de {day + 1} millions d'euros "
        f"pour la commune numéro {day}, selon Jean Dupont."
        for day in range(count)
    )


@pytest.mark.django_db
def test_an_article_of_many_alike_facts_gets_a_bounded_number_of_flags(make_article):
    article = make_article(listing(60), slug="budgets")
    flags = list(Inconsistency.objects.filter(article=article))
    assert 0 < len(flags) <= matching.services.MAX_FLAGS_PER_ARTICLE
    per_claim = Counter(claim for flag in flags for claim in (flag.first_id, flag.second_id))
    assert max(per_claim.values()) <= matching.services.MAX_FLAGS_PER_CLAIM


@pytest.mark.django_db
def test_a_claim_is_compared_with_its_nearest_alike_claims_only(make_article, monkeypatch):
    monkeypatch.setattr(matching.services, "MAX_PARTNERS", 4)
    article = make_article(listing(12), slug="budgets")
    positions = dict(Claim.objects.filter(article=article).values_list("pk", "position"))
    flags = Inconsistency.objects.filter(article=article)
    assert flags.exists()
    # Claims are one per paragraph: the nearest 4 alike claims are at most 2 paragraphs away.
    assert all(abs(positions[flag.first_id] - positions[flag.second_id]) <= 2 for flag in flags)


@pytest.mark.django_db
def test_decide_inconsistency_once_and_only_to_confirmed_or_dismissed(make_article, editor):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    with pytest.raises(ValueError):
        decide_inconsistency(inconsistency=found, state="open", user=editor)
    decided = decide_inconsistency(inconsistency=found, state="dismissed", user=editor)
    assert (decided.state, decided.decided_by) == ("dismissed", editor)
    with pytest.raises(AlreadyDecidedError):
        decide_inconsistency(inconsistency=found, state="confirmed", user=editor)
    found.refresh_from_db()
    assert found.state == "dismissed"


@pytest.mark.django_db
def test_a_new_claim_keeps_its_best_suggestions_only(make_article, editor, monkeypatch):
    monkeypatch.setattr(matching.services, "MAX_SUGGESTIONS", 2)
    earlier = [
        reviewed(
            make_article(FIRST.replace("Une usine à Douai", f"Douai, épisode {index}"), slug=f"douai-{index}"), editor
        )
        for index in range(3)
    ]
    later = make_article(PARAPHRASE, slug="second")
    kept = ClaimMatch.objects.filter(claim__article=later).order_by("earlier_id")
    assert [match.earlier_id for match in kept] == [claim.pk for claim in earlier[:2]]  # equal scores: oldest first


@pytest.mark.django_db
def test_a_review_is_suggested_to_a_bounded_number_of_later_claims(make_article, editor, monkeypatch):
    monkeypatch.setattr(matching.services, "MAX_SUGGESTIONS", 2)
    first = make_article(FIRST, slug="premier")
    for index in range(3):
        make_article(PARAPHRASE.replace("Douai encore", f"Douai, suite {index}"), slug=f"suite-{index}")
    claim = reviewed(first, editor)
    assert ClaimMatch.objects.filter(earlier=claim).count() == 2


@pytest.mark.django_db
def test_a_claim_naming_no_entity_is_found_by_its_amount_and_date(make_article, editor):
    first = make_article("Budget\n\nLe budget de la commune atteint 3,2 millions d'euros en 2024.\n", slug="budget")
    earlier = reviewed(first, editor, "budget")
    later = make_article("Encore\n\nEn 2024, la commune a voté un budget de 3,2 millions d'euros.\n", slug="encore")
    match = ClaimMatch.objects.get(claim__article=later)
    assert match.earlier == earlier
    assert match.signals["shared_entities"] == [] and match.signals["amount"] == "equal"


@pytest.mark.django_db
def test_each_fact_brings_its_latest_claims_only(make_article, editor, monkeypatch):
    monkeypatch.setattr(matching.candidates, "PER_KEY", 2)
    earlier = [
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Douai, épisode {n}"), slug=f"douai-{n}"), editor)
        for n in range(4)
    ]
    later = make_article(PARAPHRASE, slug="second")
    kept = ClaimMatch.objects.filter(claim__article=later).values_list("earlier_id", flat=True)
    assert sorted(kept) == sorted(claim.pk for claim in earlier[2:])  # entity, date and amount: the same two


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_a_claim_with_no_fact_is_found_by_all_its_words(make_article, editor):
    first = make_article("Abeilles\n\nLes abeilles sauvages disparaissent plus vite que prévu.\n", slug="abeilles")
    earlier = reviewed(first, editor, "abeilles")
    make_article("Autre\n\nLes abeilles domestiques disparaissent moins vite.\n", slug="autre")
    later = make_article("Encore\n\nPlus vite que prévu, les abeilles sauvages disparaissent.\n", slug="encore")
    assert [match.earlier for match in ClaimMatch.objects.filter(claim__article=later)] == [earlier]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_a_claim_with_no_fact_is_found_by_its_words_of_a_rise_as_written(make_article, editor):
    # Its words read "hauss" for "ont augmenté"; the full-text search looks for "augment".
    first = make_article("Loyers\n\nLes loyers étudiants ont augmenté plus vite que les bourses.\n", slug="loyers")
    earlier = reviewed(first, editor, "loyers")
    later = make_article("Encore\n\nPlus vite que les bourses, les loyers étudiants ont augmenté.\n", slug="encore")
    assert [match.earlier for match in ClaimMatch.objects.filter(claim__article=later)] == [earlier]


@pytest.mark.django_db
def test_facts_of_the_mentions_just_written_are_the_facts_read_back(make_article):
    article = make_article(FIRST, slug="premier")
    text = FIRST + "Le 4 avril 2021, Renault a versé 5 millions d'euros à Douai.\n"
    claims, mentions = write_annotations(
        article=article, revision=2, analysis=analyse_text(text=text, fmt="text", language="fr", published=None)
    )
    written, read_back = facts_of(claims, mentions), facts_of(claims)
    assert [written[claim.pk] for claim in claims] == [read_back[claim.pk] for claim in claims]
    assert any(written[claim.pk].dates and written[claim.pk].amounts and written[claim.pk].entities for claim in claims)


@pytest.mark.django_db
def test_facts_of_builds_a_claims_words_only_when_they_are_read(make_article):
    article = make_article(FIRST, slug="premier")
    claims = list(Claim.objects.filter(article=article))
    facts = facts_of(claims)
    for claim in claims:
        values = facts.values_of(claim.pk)
        assert claim.pk not in facts and not values.words  # nothing built but its values
        full = facts[claim.pk]
        assert claim.pk in facts and full.words  # built when read
        assert (values.entities, values.dates, values.amounts, values.quantities) == (
            full.entities,
            full.dates,
            full.amounts,
            full.quantities,
        )
        assert keys(values) == keys(full)


@pytest.mark.django_db
def test_an_ingest_builds_the_words_of_the_claims_it_compares_only(make_article, editor, monkeypatch):
    built = mock.Mock(wraps=matching.candidates.build_facts)
    monkeypatch.setattr(matching.candidates, "build_facts", built)
    make_article(FIRST, slug="premier")  # no reviewed claim to compare with, no two claims alike
    assert built.call_count == 0
    reviewed(make_article(FIRST.replace("Une usine à Douai", "Douai"), slug="douai"), editor)
    built.reset_mock()
    make_article(PARAPHRASE, slug="second")
    assert built.call_count >= 2  # the new claim and its candidate, scored
    assert ClaimMatch.objects.filter(claim__article__slug="second").exists()


RESERVOIRS = "Barrages\n\nLe taux de remplissage des barrages a atteint 62,5 % à la fin de l'été.\n"
RESERVOIRS_AGAIN = "Été sec\n\nÀ la fin de l'été, le taux de remplissage des barrages a atteint 62,5 %.\n"


@pytest.mark.django_db
@pytest.mark.parametrize("few_reviewed", [2000, 0])
def test_a_claim_whose_only_key_is_a_percentage_finds_its_match(make_article, editor, monkeypatch, few_reviewed):
    # No entity and no date: the percentage is the key (one query per key when FEW_REVIEWED is 0).
    monkeypatch.setattr(matching.candidates, "FEW_REVIEWED", few_reviewed)
    earlier = reviewed(make_article(RESERVOIRS, slug="barrages"), editor, contains="remplissage")
    later = make_article(RESERVOIRS_AGAIN, slug="ete-sec")
    match = ClaimMatch.objects.get(claim__article=later)
    assert match.earlier == earlier
    assert match.signals["amount"] == "equal"


@pytest.mark.django_db
def test_the_same_figure_about_another_place_is_no_match(make_article, editor):
    reviewed(
        make_article("Brest\n\nLe port de Brest a accueilli 240 escales de paquebots en 2024.\n"), editor, "escales"
    )
    later = make_article(
        "Lorient\n\nLe port de Lorient a accueilli 240 escales de paquebots en 2024.\n", slug="lorient"
    )
    assert not ClaimMatch.objects.filter(claim__article=later).exists()
    again = make_article(
        "Brest encore\n\nEn 2024, 240 escales de paquebots ont eu lieu au port de Brest.\n", slug="brest"
    )
    assert ClaimMatch.objects.filter(claim__article=again).exists()
