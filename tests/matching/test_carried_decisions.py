"""An editor's decisions kept across a revision (matching.services.carry_decisions): a dismissed
suggestion, a confirmed or dismissed inconsistency, when the claims it is about are carried over
unchanged; found afresh when one of them was edited. Migration 0007 does the same for the
revisions written before."""

from importlib import import_module

import pytest
from django.apps import apps

from claims.models import Claim
from matching.models import ClaimMatch, Inconsistency
from matching.services import decide_inconsistency, dismiss_match
from tests.matching.test_services import CONTRADICTION, FIRST, PARAPHRASE, reviewed

ADDED = "\nLe maire de la ville a salué la nouvelle lors du conseil municipal.\n"


def current(article, contains: str) -> Claim:
    article.refresh_from_db()
    return Claim.objects.get(article=article, revision=article.revision, text__contains=contains)


@pytest.fixture
def dismissed(make_article, editor):
    """A later article restating a reviewed claim, the suggestion dismissed by an editor."""
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    return dismiss_match(match=ClaimMatch.objects.get(), user=editor), earlier, later


@pytest.mark.django_db
def test_a_dismissed_suggestion_stays_dismissed_when_its_claim_is_carried_over_unchanged(dismissed, make_article):
    match, earlier, later = dismissed
    make_article(PARAPHRASE + ADDED, slug=later.slug)

    successor = current(later, "120 M€")
    assert successor.revision == 2 and successor.previous_id == match.claim_id
    carried = ClaimMatch.objects.get(claim=successor)
    assert (carried.earlier_id, carried.state) == (earlier.pk, ClaimMatch.State.DISMISSED)
    assert (carried.dismissed_by, carried.dismissed_at) == (match.dismissed_by, match.dismissed_at)
    assert not ClaimMatch.objects.shown().exists()
    assert ClaimMatch.objects.get(pk=match.pk).state == ClaimMatch.State.DISMISSED  # the earlier text's record


@pytest.mark.django_db
def test_a_dismissed_suggestion_stays_dismissed_when_the_earlier_claim_is_carried_over_unchanged(
    dismissed, make_article
):
    match, earlier, later = dismissed
    make_article(FIRST + ADDED, slug=earlier.article.slug)

    successor = current(earlier.article, "investissement")
    assert successor.revision == 2 and successor.verdict == earlier.verdict  # reviewed: a candidate again
    carried = ClaimMatch.objects.get(earlier=successor)
    assert (carried.claim_id, carried.state, carried.dismissed_by) == (
        match.claim_id,
        ClaimMatch.State.DISMISSED,
        match.dismissed_by,
    )
    assert not ClaimMatch.objects.shown().exists()


@pytest.mark.django_db
def test_a_dismissed_suggestion_of_an_edited_claim_is_suggested_again(dismissed, make_article):
    _match, earlier, later = dismissed
    make_article(PARAPHRASE.replace("a annoncé le groupe", "a déclaré le groupe"), slug=later.slug)

    shown = ClaimMatch.objects.shown().get()  # a decision about other words: the editor looks again
    assert (shown.claim, shown.earlier_id) == (current(later, "120 M€"), earlier.pk)
    assert shown.claim.previous_id is not None


@pytest.mark.django_db
def test_a_suggestion_never_dismissed_is_made_again_as_a_suggestion(make_article, editor):
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    make_article(PARAPHRASE + ADDED, slug=later.slug)
    assert ClaimMatch.objects.shown().get().claim == current(later, "120 M€")
    assert ClaimMatch.objects.get(claim=current(later, "120 M€")).earlier_id == earlier.pk


@pytest.mark.parametrize("state", ["dismissed", "confirmed"])
@pytest.mark.django_db
def test_a_decided_inconsistency_stays_decided_when_both_claims_are_carried_over_unchanged(make_article, editor, state):
    article = make_article(CONTRADICTION, slug="acme")
    decision = decide_inconsistency(inconsistency=Inconsistency.objects.get(), state=state, user=editor)
    make_article(CONTRADICTION.replace("40 personnes", "42 personnes"), slug=article.slug)

    carried = Inconsistency.objects.get(first__revision=2)
    assert (carried.first, carried.second) == (current(article, "en 2015"), current(article, "en 2017"))
    assert (carried.state, carried.decided_by, carried.decided_at) == (state, editor, decision.decided_at)
    assert (carried.first_value, carried.second_value) == (decision.first_value, decision.second_value)
    assert not Inconsistency.objects.filter(state=Inconsistency.State.OPEN).exists()


@pytest.mark.django_db
def test_a_decided_inconsistency_is_flagged_again_when_one_of_its_claims_is_edited(make_article, editor):
    article = make_article(CONTRADICTION, slug="acme")
    decide_inconsistency(inconsistency=Inconsistency.objects.get(), state="dismissed", user=editor)
    make_article(CONTRADICTION.replace("Jean Martin a fondé", "Jean Martin avait fondé"), slug=article.slug)

    flag = Inconsistency.objects.get(first__revision=2)
    assert (flag.state, flag.decided_by) == (Inconsistency.State.OPEN, None)
    assert flag.second == current(article, "avait fondé")


@pytest.mark.django_db
def test_migration_carries_the_decisions_of_revisions_written_before(make_article, editor, monkeypatch):
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    dismiss_match(match=ClaimMatch.objects.get(), user=editor)
    acme = make_article(CONTRADICTION, slug="acme")
    confirmed = decide_inconsistency(inconsistency=Inconsistency.objects.get(), state="confirmed", user=editor)
    edited = make_article(CONTRADICTION.replace("40 personnes", "41 personnes"), slug="acme-bis")
    decide_inconsistency(inconsistency=Inconsistency.objects.get(article=edited), state="dismissed", user=editor)
    # Revisions as they were written before: nothing carried.
    monkeypatch.setattr("claims.services.revise.carry_decisions", lambda successors: None)
    make_article(PARAPHRASE + ADDED, slug=later.slug)
    make_article(PARAPHRASE + ADDED + "\nLe chantier doit durer deux ans.\n", slug=later.slug)  # two revisions on
    make_article(CONTRADICTION.replace("40 personnes", "42 personnes"), slug=acme.slug)
    make_article(CONTRADICTION.replace("Jean Martin a fondé", "Jean Martin avait fondé"), slug=edited.slug)
    assert ClaimMatch.objects.shown().count() == 1 and Inconsistency.objects.filter(state="open").count() == 2

    migration = import_module("matching.migrations.0007_carry_decisions_to_unchanged_successors")
    migration.carry_decisions(apps, None)

    assert not ClaimMatch.objects.shown().exists()
    carried = ClaimMatch.objects.get(claim=current(later, "120 M€"))
    assert (carried.earlier_id, carried.state, carried.dismissed_by) == (earlier.pk, "dismissed", editor)
    flag = Inconsistency.objects.get(article=acme, first__revision=2)
    assert (flag.state, flag.decided_by, flag.decided_at) == ("confirmed", editor, confirmed.decided_at)
    still_open = Inconsistency.objects.get(state="open")  # one of its claims was edited
    assert still_open.article == edited and still_open.first.revision == 2
    rows = (ClaimMatch.objects.count(), Inconsistency.objects.count())
    migration.carry_decisions(apps, None)  # run again: nothing more
    assert (ClaimMatch.objects.count(), Inconsistency.objects.count()) == rows
