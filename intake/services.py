"""Sending work to the background: with a broker (CELERY_BROKER_URL) to the Celery workers, without
one in-process, at once (Celery's eager mode), so the embedded default needs no server."""

from django.conf import settings
from django.db import transaction

from claims.models import Article
from claims.services import ArticleInput, validate_article_input
from intake import tasks
from intake.jobs import job_for, reannotation_job_for
from intake.models import Job


def in_background() -> bool:
    """True when a broker is configured: jobs then run on workers, and requests answer at once."""
    return not settings.CELERY_TASK_ALWAYS_EAGER


def submit_ingest(*, item: ArticleInput, user=None) -> Job:
    """Queues the ingest of `item` and returns its job; refuses at once (IngestError) an input
    that cannot be ingested (empty, too large, unsupported language...)."""
    validate_article_input(item)
    job = job_for(item=item, user=user)
    # Sent once the job row is committed, so a worker never looks for a job that is not there.
    transaction.on_commit(lambda: tasks.ingest_job.delay(str(job.pk)))
    return job


def submit_reannotate(*, article: Article, user=None) -> Job:
    """Queues the re-annotation of `article` (entities, dates and amounts of its current text, with
    today's aliases) and returns its job; without a broker it is done when the transaction commits."""
    job = reannotation_job_for(article=article, user=user)
    transaction.on_commit(lambda: tasks.reannotate_job.delay(str(job.pk)))
    return job
