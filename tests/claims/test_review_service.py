"""The review services of claims/services/review.py: review_claim, mark_unverified, load_reviews."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from claims.models import Claim, Review, Source
from claims.services import (
    ReviewError,
    SourceInput,
    StaleVersionError,
    load_reviews,
    mark_unverified,
    review_claim,
)
from tests.desk_factories import make_desk_article


@pytest.fixture(autouse=True)
def english():
    """Messages are read in English, the language they are written in."""
    with translation.override("en"):
        yield


LINK = SourceInput(url="https://example.org/bilan")
CITATION = SourceInput(title="Rapport annuel 2001", publisher="Ville de Lyon")


@pytest.fixture
def desk(db):
    return make_desk_article()


@pytest.fixture
def claim(desk):
    return desk.claims.get(position=0)


def nothing_written(claim, version=1, verdict="unverified"):
    claim = Claim.objects.get(pk=claim.pk)
    return (claim.version, claim.verdict) == (version, verdict) and not Review.objects.filter(
        claim=claim, claim_version__gt=version
    ).exists()


def test_review_claim_appends_a_review_and_raises_the_version(claim, editor):
    review = review_claim(
        claim=claim, reviewer=editor, verdict="sourced", rationale=" Vu. ", sources=[LINK, CITATION], expected_version=1
    )

    assert (review.verdict, review.rationale, review.reviewer, review.claim_version) == ("sourced", "Vu.", editor, 2)
    assert set(review.sources.values_list("url", "title")) == {(LINK.url, ""), ("", CITATION.title)}
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.verdict, stored.version) == ("sourced", 2)
    assert (claim.verdict, claim.version) == ("sourced", 2)  # the caller's object follows


def test_review_claim_keeps_the_history(claim, editor):
    review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)
    review_claim(claim=claim, reviewer=editor, verdict="disputed", rationale="Non.", sources=[LINK], expected_version=2)

    assert list(claim.reviews.history().values_list("verdict", "claim_version")) == [("sourced", 2), ("disputed", 3)]


@pytest.mark.parametrize(
    ("verdict", "rationale", "sources", "field"),
    [
        ("sourced", "", [], "sources"),
        ("disputed", "Faux.", [], "sources"),
        ("disputed", "  ", [LINK], "rationale"),
        ("sourced", "", [SourceInput(title="Un titre seul")], "sources"),
        ("sourced", "", [SourceInput(url="javascript:alert(1)")], "sources"),
        ("true-ish", "", [LINK], "verdict"),
    ],
    ids=["sourced-no-source", "disputed-no-source", "disputed-no-rationale", "half-citation", "bad-scheme", "verdict"],
)
def test_review_claim_refuses_what_breaks_a_rule(claim, editor, verdict, rationale, sources, field):
    with pytest.raises(ReviewError) as error:
        review_claim(
            claim=claim, reviewer=editor, verdict=verdict, rationale=rationale, sources=sources, expected_version=1
        )

    assert error.value.field == field
    assert nothing_written(claim)
    assert not Source.objects.exists()


def test_review_claim_needs_a_rationale_to_go_back_to_unverified(claim, editor):
    review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)

    with pytest.raises(ReviewError) as error:
        review_claim(claim=claim, reviewer=editor, verdict="unverified", expected_version=2)

    assert error.value.field == "rationale"
    assert nothing_written(claim, version=2, verdict="sourced")


def test_review_claim_accepts_unverified_without_rationale_on_an_unverified_claim(claim, editor):
    review = review_claim(claim=claim, reviewer=editor, verdict="unverified", expected_version=1)

    assert review.claim_version == 2


def test_review_claim_refuses_a_stale_version_naming_the_newer_verdict(claim, editor):
    stale = Claim.objects.get(pk=claim.pk)
    review_claim(claim=claim, reviewer=editor, verdict="disputed", rationale="Non.", sources=[LINK], expected_version=1)

    with pytest.raises(StaleVersionError) as error:
        review_claim(claim=stale, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)

    assert "disputed" in error.value.message and "2" in error.value.message
    assert (error.value.claim.verdict, error.value.claim.version) == ("disputed", 2)
    assert nothing_written(claim, version=2, verdict="disputed")


def test_review_claim_refuses_staff_outside_editors(claim, staff):
    with pytest.raises(PermissionDenied):
        review_claim(claim=claim, reviewer=staff, verdict="sourced", sources=[LINK], expected_version=1)

    assert nothing_written(claim)


def test_review_claim_refuses_an_inactive_editor(claim, editor):
    editor.is_active = False
    editor.save()

    with pytest.raises(PermissionDenied):
        review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)


# -- mark_unverified ------------------------------------------------------------------------------


@pytest.fixture
def reviewed(desk, editor):
    claims = list(desk.claims.order_by("position"))
    for claim in claims[:2]:
        review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)
    return claims


def test_mark_unverified_reviews_every_claim_that_is_not_unverified(reviewed, editor):
    changed = mark_unverified(
        expected_versions={claim.pk: claim.version for claim in reviewed}, reviewer=editor, rationale="Retrait."
    )

    assert changed == 2
    assert set(Claim.objects.values_list("verdict", flat=True)) == {"unverified"}
    assert Review.objects.filter(verdict="unverified", rationale="Retrait.").count() == 2
    assert not reviewed[2].reviews.exists()


def test_mark_unverified_writes_nothing_if_one_claim_is_stale(reviewed, editor):
    versions = {claim.pk: claim.version for claim in reviewed}
    review_claim(
        claim=reviewed[1], reviewer=editor, verdict="disputed", rationale="Non.", sources=[LINK], expected_version=2
    )

    with pytest.raises(StaleVersionError):
        mark_unverified(expected_versions=versions, reviewer=editor, rationale="Retrait.")

    assert not Review.objects.filter(verdict="unverified").exists()
    assert Claim.objects.get(pk=reviewed[0].pk).verdict == "sourced"


def test_mark_unverified_needs_a_rationale(reviewed, editor):
    with pytest.raises(ReviewError):
        mark_unverified(expected_versions={reviewed[0].pk: 2}, reviewer=editor, rationale=" ")


def test_mark_unverified_refuses_staff_outside_editors(reviewed, staff):
    with pytest.raises(PermissionDenied):
        mark_unverified(expected_versions={reviewed[2].pk: 1}, reviewer=staff, rationale="Retrait.")


# -- load_reviews ---------------------------------------------------------------------------------

RECORDS = [
    {
        "claim": "versé 2 millions",
        "verdict": "disputed",
        "rationale": "Le bilan dit 1,5 million.",
        "sources": [{"url": "https://example.org/bilan", "title": "Bilan", "published_on": "2002-01-31"}],
    },
    {"claim": "versé 3 millions", "verdict": "sourced", "sources": [{"title": "Rapport", "publisher": "CRC"}]},
]


def test_load_reviews_applies_each_record_through_the_review_rules(desk, editor):
    written = load_reviews(article=desk, records=RECORDS, reviewer=editor)

    assert written == 2
    disputed = desk.claims.get(position=1).reviews.get()
    assert (disputed.verdict, disputed.rationale, disputed.reviewer) == (
        "disputed",
        "Le bilan dit 1,5 million.",
        editor,
    )
    assert disputed.sources.get().published_on.isoformat() == "2002-01-31"
    assert desk.claims.get(position=2).verdict == "sourced"


def test_load_reviews_twice_changes_nothing(desk, editor):
    load_reviews(article=desk, records=RECORDS, reviewer=editor)

    assert load_reviews(article=desk, records=RECORDS, reviewer=editor) == 0
    assert Review.objects.count() == 2


def test_load_reviews_leaves_claims_an_editor_already_reviewed(desk, editor):
    claim = desk.claims.get(position=1)
    review_claim(claim=claim, reviewer=editor, verdict="sourced", sources=[LINK], expected_version=1)

    assert load_reviews(article=desk, records=RECORDS, reviewer=editor) == 1
    assert Claim.objects.get(pk=claim.pk).verdict == "sourced"


@pytest.mark.parametrize("passage", ["Jean Martin", "introuvable"], ids=["ambiguous", "missing"])
def test_load_reviews_refuses_a_passage_that_names_no_single_claim(desk, editor, passage):
    records = [*RECORDS, {"claim": passage, "verdict": "unverified"}]

    with pytest.raises(ReviewError) as error:
        load_reviews(article=desk, records=records, reviewer=editor)

    assert passage in error.value.message
    assert not Review.objects.exists()


def test_load_reviews_refuses_a_record_that_breaks_a_rule(desk, editor):
    records = [*RECORDS, {"claim": "versé 1 millions", "verdict": "sourced"}]

    with pytest.raises(ReviewError):
        load_reviews(article=desk, records=records, reviewer=editor)

    assert not Review.objects.exists()
