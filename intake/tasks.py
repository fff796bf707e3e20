"""Celery tasks (the `<app>/tasks.py` convention, found by saga/celery.py's autodiscovery).

Every task is acknowledged late and requeued when its worker is lost (settings: CELERY_TASK_*),
so an article whose worker was killed is ingested when a worker comes back; a database that does
not answer is retried with backoff; a refusal of the input is not retried (it fails the job).
"""

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings
from django.db import DatabaseError

from intake import feeds
from intake.jobs import run_job
from intake.models import Feed

RETRIED = {"autoretry_for": (DatabaseError,), "retry_backoff": True, "max_retries": 5}


@worker_process_init.connect
def load_models(**kwargs):
    """Each worker process loads the spaCy models once, at start, not with its first article."""
    from annotations.nlp import load_pipeline  # spaCy is imported by the processes that analyse text only

    for model in set(settings.SAGA_LANGUAGES.values()):
        load_pipeline(model)


@shared_task(**RETRIED)
def ingest_job(job_id: str) -> str | None:
    job = run_job(job_id)
    return job.state if job else None


@shared_task(**RETRIED)
def ingest_feed_entry(entry_id: int) -> str | None:
    entry = feeds.ingest_entry(entry_id)
    return entry.state if entry else None


@shared_task(**RETRIED)
def poll_feed(feed_id: int) -> int:
    """Reads one feed and sends each new entry to a worker of its own."""
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return 0
    entries = feeds.poll(feed)
    for entry in entries:
        ingest_feed_entry.delay(entry.pk)
    return len(entries)


@shared_task
def poll_due_feeds() -> int:
    """Run by Celery beat every minute (CELERY_BEAT_SCHEDULE): polls the active feeds that are due."""
    due = [feed.pk for feed in Feed.objects.filter(active=True) if feed.is_due()]
    for feed_id in due:
        poll_feed.delay(feed_id)
    return len(due)
