"""Concurrent reviews on PostgreSQL: optimistic locking refuses stale writes and loses nothing.

Each thread has its own database connection (Django's connections are per thread), so these
tests exercise the real row lock of `review_claim`. SQLite serialises writers on one file lock
and has no SELECT ... FOR UPDATE, so these tests need PostgreSQL.
"""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError, connection, connections

from claims.models import Article, Claim, Review, Verdict
from claims.services import ArticleInput, SourceInput, StaleVersionError, ingest_article, review_claim

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 50
ROUNDS = 3
SOURCE = SourceInput(url="https://example.org/source")


def connect(attempts: int = 30) -> None:
    """Opens this thread's connection, waiting while the server has no connection slot free
    (other test runs may share it); any other failure is raised at once."""
    for attempt in range(attempts):
        try:
            connection.ensure_connection()
            return
        except OperationalError as error:
            if "too many clients" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(1)


def run_in_threads(count: int, work) -> list:
    """Runs work(index) in `count` threads released together; returns results or exceptions."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def worker(index):
        try:
            connect()  # before the barrier: the race starts with every connection open
            barrier.wait(timeout=120)
            results[index] = work(index)
        except Exception as error:  # reported to the test, which fails on it
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck"
    return results


def review_as(reviewer_pk: int, claim_pk: int, *, verdict: str, rationale: str, expected_version: int) -> Review:
    """One review, with the claim and the reviewer read on this thread's own connection."""
    reviewer = get_user_model().objects.get(pk=reviewer_pk)
    claim = Claim.objects.get(pk=claim_pk)
    return review_claim(
        claim=claim,
        reviewer=reviewer,
        verdict=verdict,
        rationale=rationale,
        sources=[SOURCE],
        expected_version=expected_version,
    )


def test_concurrent_reviews_with_same_version_let_exactly_one_through(article, editor):
    claim = Claim.objects.filter(article=article).first()
    seen_version = claim.version

    def work(index):
        try:
            return review_as(
                editor.pk,
                claim.pk,
                verdict=Verdict.DISPUTED,
                rationale=f"thread {index}",
                expected_version=seen_version,
            )
        except StaleVersionError as refusal:
            return refusal

    results = run_in_threads(THREADS, work)
    accepted = [result for result in results if isinstance(result, Review)]
    refused = [result for result in results if isinstance(result, StaleVersionError)]
    assert (len(accepted), len(refused)) == (1, THREADS - 1), [
        r for r in results if not isinstance(r, Review | StaleVersionError)
    ]
    assert all(refusal.claim.version == seen_version + 1 for refusal in refused)  # the newer state is reported
    claim.refresh_from_db()
    assert claim.version == seen_version + 1
    assert list(claim.reviews.values_list("rationale", flat=True)) == [accepted[0].rationale]


def test_concurrent_reviews_with_fresh_versions_lose_nothing(article, editor):
    claim = Claim.objects.filter(article=article).first()
    first_version = claim.version
    verdicts = [Verdict.SOURCED, Verdict.DISPUTED]

    def work(index):
        written, refusals = [], 0
        for round_number in range(ROUNDS):
            while True:  # a refusal means someone else wrote first: read the new version, try again
                version = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
                try:
                    review = review_as(
                        editor.pk,
                        claim.pk,
                        verdict=verdicts[(index + round_number) % 2],
                        rationale=f"thread {index} round {round_number}",
                        expected_version=version,
                    )
                except StaleVersionError:
                    refusals += 1
                    continue
                written.append((review.rationale, review.claim_version, review.verdict))
                break
        return written, refusals

    results = run_in_threads(THREADS, work)
    errors = [result for result in results if isinstance(result, Exception)]
    assert errors == []
    written = [review for per_thread, _refusals in results for review in per_thread]
    assert len(written) == THREADS * ROUNDS
    assert sum(refusals for _written, refusals in results) > 0, "the threads never raced: nothing was proven"

    history = list(Review.objects.filter(claim=claim).order_by("claim_version"))
    assert sorted((r.rationale, r.claim_version, r.verdict) for r in history) == sorted(written)  # none lost
    assert [r.claim_version for r in history] == list(range(first_version + 1, first_version + 1 + len(written)))
    assert [r.pk for r in history] == sorted(r.pk for r in history)  # versions follow commit order
    claim.refresh_from_db()
    last = history[-1]
    assert claim.version == last.claim_version
    assert claim.verdict == last.verdict


def test_concurrent_ingests_of_one_new_slug_give_the_same_article(db):
    text = "Une usine ouvre à Lyon\n\nLe groupe Renault a annoncé le 3 mars 2021 une usine à Lyon.\n"
    ingest_article(item=ArticleInput(text=text + "\nÉchauffement.\n", slug="chauffe"))  # loads the model once

    def work(index):
        return ingest_article(item=ArticleInput(text=text, slug="meme-slug"))

    results = run_in_threads(8, work)
    errors = [result for result in results if isinstance(result, Exception)]
    assert errors == []
    assert len({result.article.pk for result in results}) == 1
    assert sum(result.created for result in results) == 1


def test_concurrent_ingests_of_one_new_slug_with_different_texts_become_revisions(db):
    ingest_article(item=ArticleInput(text="Le maire a parlé hier à Nantes.\n", slug="chauffe"))

    def work(index):
        text = f"Une usine ouvre à Lyon\n\nLe groupe Renault a annoncé {index + 10} emplois à Lyon.\n"
        return ingest_article(item=ArticleInput(text=text, slug="textes"))

    results = run_in_threads(4, work)
    assert [result for result in results if isinstance(result, Exception)] == []
    article = Article.objects.get(slug="textes")
    assert sum(result.created for result in results) == 1 and article.revision == 4
    assert article.revisions.count() == 4
