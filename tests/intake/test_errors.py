"""intake/errors.py's rule, through the tasks as a worker runs them (eagerly, without a broker): a
fault fails its job or feed entry once, with the error's class and message for the user and the
traceback in the log, nothing half-written; a transient database error is retried, then fails it."""

import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.db import IntegrityError, OperationalError
from django.utils import timezone, translation

from annotations.models import Mention
from claims.models import Article, ArticleRevision, Claim
from claims.services import ArticleInput, ingest_article
from intake import tasks
from intake.errors import RETRIES, describe
from intake.jobs import MAX_STARTS, job_for, run_job
from intake.models import Feed, FeedEntry, Job, JobState
from tests.conftest import SAMPLE_TEXT
from tests.intake.test_feeds import PARAGRAPHS, page, rss


@pytest.fixture
def job(db):
    return job_for(item=ArticleInput(text=SAMPLE_TEXT, slug="usine-lyon"))


def failing(*errors):
    """A stand-in for a service that raises `errors` in turn, then does the real work; counts calls."""
    calls = []

    def run(**kwargs):
        calls.append(kwargs)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return ingest_article(**kwargs)

    run.calls = calls
    return run


def test_a_job_that_crashes_mid_article_fails_once_and_leaves_no_row_of_it(job, caplog):
    with mock.patch("claims.services.ingest.on_claims_written", side_effect=RuntimeError("matcher exploded")):
        state = tasks.ingest_job.delay(str(job.pk)).get()

    job.refresh_from_db()
    assert state == job.state == JobState.FAILED
    assert job.error == "RuntimeError: matcher exploded"  # for the user: no traceback
    assert (job.attempts, job.finished_at is not None) == (1, True)
    # The article, its revision, claims and mentions were written in the transaction rolled back.
    assert not Article.objects.exists() and not ArticleRevision.objects.exists()
    assert not Claim.objects.exists() and not Mention.objects.exists()
    [record] = [r for r in caplog.records if r.name == "saga.intake" and r.levelno == logging.ERROR]
    assert record.exc_info and "on_claims_written" in caplog.text  # the traceback went to the log


def test_a_job_that_crashes_is_not_retried(job):
    service = failing(RuntimeError("boom"), RuntimeError("boom"))
    with mock.patch("intake.jobs.ingest_article", side_effect=service):
        tasks.ingest_job.delay(str(job.pk))
        tasks.ingest_job.delay(str(job.pk))  # delivered again: the job has ended

    assert len(service.calls) == 1
    assert Job.objects.get(pk=job.pk).state == JobState.FAILED


def test_a_job_is_retried_after_transient_database_errors_and_ingests_once(job):
    lost = OperationalError("server closed the connection unexpectedly")
    service = failing(lost, lost)
    with mock.patch("intake.jobs.ingest_article", side_effect=service):
        tasks.ingest_job.delay(str(job.pk))

    job.refresh_from_db()
    assert len(service.calls) == 3
    assert (job.state, job.attempts, job.outcome, job.error) == (JobState.DONE, 3, "created", "")
    assert Article.objects.count() == 1


def test_a_job_whose_database_errors_outlast_the_retries_fails_with_that_error(job, caplog):
    service = failing(*[OperationalError("could not connect to server")] * (RETRIES + 5))
    with mock.patch("intake.jobs.ingest_article", side_effect=service):
        state = tasks.ingest_job.delay(str(job.pk)).get()

    job.refresh_from_db()
    assert len(service.calls) == 1 + RETRIES
    assert state == job.state == JobState.FAILED
    assert job.error == "OperationalError: could not connect to server"
    assert "could not connect to server" in caplog.text


def test_a_database_error_that_is_not_transient_is_not_retried(job):
    service = failing(IntegrityError("duplicate key value violates unique constraint"))
    with mock.patch("intake.jobs.ingest_article", side_effect=service):
        tasks.ingest_job.delay(str(job.pk))

    job.refresh_from_db()
    assert len(service.calls) == 1
    assert job.error == "IntegrityError: duplicate key value violates unique constraint"


def test_a_job_whose_workers_keep_being_lost_ends_failed(job):
    # Started MAX_STARTS times and never finished: every worker that took it was killed.
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, attempts=MAX_STARTS)

    with translation.override("en"):  # a worker speaks LANGUAGE_CODE
        run_job(job.pk)

    job.refresh_from_db()
    assert job.state == JobState.FAILED and f"{MAX_STARTS} attempts" in job.error
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (RuntimeError("boom"), "RuntimeError: boom"),
        (KeyError("slug"), "KeyError: 'slug'"),
        (ValueError(""), "ValueError"),
        (ValueError("first line\n  File 'x.py', line 3"), "ValueError: first line"),
        (ValueError("x" * 1000), "ValueError: " + "x" * 287 + "…"),
    ],
)
def test_describe_is_the_class_and_the_first_line_of_the_message(error, text):
    assert describe(error) == text


# -- Feed entries ------------------------------------------------------------------------------


@pytest.fixture
def feed(db, site):
    site.serve("/rss.xml", rss(site, ["/2025/pont.html"]))
    site.serve("/2025/pont.html", page("Le pont de Cadillac rénové", PARAGRAPHS["pont"]))
    return Feed.objects.create(url=site.url + "/rss.xml")


def poll_again(feed: Feed) -> None:
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=timezone.now() - timedelta(hours=1))
    tasks.poll_due_feeds.delay()


def test_a_feed_entry_that_crashes_is_failed_and_tried_again_at_most_three_times(feed, site):
    with mock.patch("intake.feeds.ingest_article", side_effect=RuntimeError("boom")):
        tasks.poll_due_feeds.delay()
        entry = FeedEntry.objects.get()
        assert (entry.state, entry.error, entry.attempts) == ("failed", "RuntimeError: boom", 1)
        for _poll in range(FeedEntry.ATTEMPTS + 1):
            poll_again(feed)

    entry.refresh_from_db()
    assert (entry.state, entry.attempts) == ("failed", FeedEntry.ATTEMPTS)
    assert site.requests.count("/2025/pont.html") == FeedEntry.ATTEMPTS  # then left alone
    assert site.requests.count("/rss.xml") == FeedEntry.ATTEMPTS + 2
    assert not Article.objects.exists()


def test_a_feed_entry_that_failed_is_ingested_at_the_next_poll_once_it_works(feed, site):
    site.serve("/2025/pont.html", "Service Unavailable", status=503)
    tasks.poll_due_feeds.delay()
    assert "HTTP 503" in FeedEntry.objects.get().error

    site.serve("/2025/pont.html", page("Le pont de Cadillac rénové", PARAGRAPHS["pont"]))
    poll_again(feed)

    entry = FeedEntry.objects.get()
    assert (entry.state, entry.error, entry.attempts) == ("ingested", "", 1)
    assert entry.article == Article.objects.get()


def test_a_feed_entry_whose_database_errors_outlast_the_retries_fails_with_that_error(feed, site):
    service = failing(*[OperationalError("database is locked")] * (RETRIES + 5))
    with mock.patch("intake.feeds.ingest_article", side_effect=service):
        tasks.poll_due_feeds.delay()

    entry = FeedEntry.objects.get()
    assert len(service.calls) == 1 + RETRIES
    assert (entry.state, entry.error, entry.attempts) == ("failed", "OperationalError: database is locked", 1)


def test_a_feed_whose_reading_crashes_keeps_the_error_and_waits_its_interval(feed, site):
    with mock.patch("intake.feeds.links_in", side_effect=ValueError("unexpected markup")):
        tasks.poll_due_feeds.delay()
        tasks.poll_due_feeds.delay()  # not due again before its interval

    feed.refresh_from_db()
    assert feed.last_error == "ValueError: unexpected markup" and feed.last_polled_at is not None
    assert site.requests == ["/rss.xml"]
    assert not FeedEntry.objects.exists()
