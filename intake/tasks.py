"""Celery tasks (the `<app>/tasks.py` convention, found by saga/celery.py's autodiscovery).

Every task is acknowledged late and requeued when its worker is lost (settings: CELERY_TASK_*),
so an article whose worker was killed is ingested when a worker comes back. Errors follow
intake.errors: a transient database error is retried with backoff (RETRIES times, then the job or
entry fails with it); a refusal of the input or any other error fails the job or entry at once,
and the task ends (it is not retried).
"""

import logging

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings
from django.db import close_old_connections

from intake import feeds
from intake.errors import RETRIES, TRANSIENT, backoff, describe
from intake.jobs import fail_job, run_job
from intake.models import Feed

log = logging.getLogger("saga.intake")


@worker_process_init.connect
def load_models(**kwargs):
    """Each worker process loads the spaCy models once, at start, not with its first article."""
    from annotations.nlp.pipeline import load_pipeline  # spaCy is imported by the processes that analyse text only

    for model in set(settings.SAGA_LANGUAGES.values()):
        load_pipeline(model)


def retrying(task, work, give_up):
    """Returns `work()`; after a transient database error, retries the task with backoff, and once
    it was retried RETRIES times returns `give_up(error)`, which records the error."""
    try:
        return work()
    except TRANSIENT as error:
        if task.request.retries >= RETRIES:
            if not task.request.is_eager:  # on a worker, outside any transaction
                close_old_connections()  # a connection the error broke is replaced to record it
            return give_up(error)
        log.warning("retrying after a database error", extra={"event": "retry", "task": task.name})
        # Without a broker Celery runs a retry that the task returns at once; raised, it would reach
        # the caller (CELERY_TASK_EAGER_PROPAGATES). On a worker it is raised, as usual.
        eager = task.request.is_eager
        return task.retry(exc=error, countdown=backoff(task.request.retries), max_retries=RETRIES, throw=not eager)


def state(row) -> str | None:
    return row.state if row else None


@shared_task(bind=True)
def ingest_job(self, job_id: str) -> str | None:
    """Runs an ingest job: `POST /api/articles/`, the admin's Add article, `ingest --enqueue`."""
    return retrying(self, lambda: state(run_job(job_id)), lambda error: state(fail_job(job_id, error)))


@shared_task(bind=True)
def reannotate_job(self, job_id: str) -> str | None:
    """Runs a re-annotation job: the admin's action "Re-run the annotation" (run_job runs a job by its kind)."""
    return retrying(self, lambda: state(run_job(job_id)), lambda error: state(fail_job(job_id, error)))


@shared_task(bind=True)
def ingest_feed_entry(self, entry_id: int) -> str | None:
    return retrying(
        self,
        lambda: state(feeds.ingest_entry(entry_id)),
        lambda error: state(feeds.fail_entry(entry_id, error)),
    )


@shared_task(bind=True)
def poll_feed(self, feed_id: int) -> int:
    """Reads one feed and sends each entry to ingest to a worker of its own."""
    return retrying(self, lambda: send_entries(feed_id), lambda error: feed_failed(feed_id, error))


def send_entries(feed_id: int) -> int:
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return 0
    entries = feeds.poll(feed)
    for entry in entries:
        ingest_feed_entry.delay(entry.pk)
    return len(entries)


def feed_failed(feed_id: int, error: Exception) -> int:
    log.error("feed not read", exc_info=error, extra={"event": "feed", "feed": feed_id})
    Feed.objects.filter(pk=feed_id).update(last_error=describe(error))  # due again at the next poll
    return 0


@shared_task
def poll_due_feeds() -> int:
    """Run by Celery beat every minute (CELERY_BEAT_SCHEDULE): polls the active feeds that are due."""
    due = [feed.pk for feed in Feed.objects.filter(active=True) if feed.is_due()]
    for feed_id in due:
        poll_feed.delay(feed_id)
    return len(due)
