"""Sending work to the background: with a broker (CELERY_BROKER_URL) to the Celery workers, without
one in-process, at once (Celery's eager mode), so the embedded default needs no server; and sending
again the jobs whose message was lost (`manage.py requeue_jobs`)."""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerError

from claims.models import Article
from claims.services import ArticleInput, IngestError, validate_article_input
from claims.services.inputs import refuse_without_article_text
from intake import tasks
from intake.jobs import job_for, reannotation_job_for
from intake.models import Job, JobKind
from saga.celery import app

JOB_TASKS = {tasks.ingest_job.name, tasks.reannotate_job.name}
# How long the workers have to answer "which jobs do you hold?": one that answers later (a busy
# machine) has its jobs sent again, which costs a second, harmless delivery (stalled_jobs).
WORKER_REPLY_SECONDS = 2.0


class QueueUnavailableError(IngestError):
    """The broker did not take a job's message (down, unreachable, a wrong CELERY_BROKER_URL):
    the job row is committed and stays queued until `manage.py requeue_jobs` sends it again."""


def in_background() -> bool:
    """True when a broker is configured: jobs then run on workers, and requests answer at once."""
    return not settings.CELERY_TASK_ALWAYS_EAGER


def submit_ingest(*, item: ArticleInput, user=None) -> Job:
    """Queues the ingest of `item` and returns its job; refuses at once (IngestError) an input
    that cannot be ingested (empty, too large, unsupported language, a page with no paragraph...), so
    that the client hears it from its request rather than from a failed job."""
    validate_article_input(item)
    refuse_without_article_text(item)
    job = job_for(item=item, user=user)
    # Sent once the job row is committed, so a worker never looks for a job that is not there.
    transaction.on_commit(lambda: send(job))
    return job


def submit_reannotate(*, article: Article, user=None) -> Job:
    """Queues the re-annotation of `article` (entities, dates and amounts of its current text, with
    today's aliases) and returns its job; without a broker it is done when the transaction commits."""
    job = reannotation_job_for(article=article, user=user)
    transaction.on_commit(lambda: send(job))
    return job


def send(job: Job) -> None:
    """Sends `job` to the task of its kind: to the workers, or without a broker runs it here."""
    task = tasks.reannotate_job if job.kind == JobKind.REANNOTATE else tasks.ingest_job
    try:
        task.delay(str(job.pk))
    except BrokerError as error:
        raise QueueUnavailableError(
            _(
                "The job queue (CELERY_BROKER_URL) does not answer (%(error)s): job %(job)s is stored, queued, "
                "and `manage.py requeue_jobs` sends it once the queue answers."
            )
            % {"error": error, "job": job.pk}
        ) from error


def stalled_jobs(*, before: datetime) -> list[Job]:
    """The jobs queued, or running, since before `before` that no live worker holds: their message
    was lost (a Redis restarted without its append-only file loses its queue, and the messages of
    the jobs being run with it), or their worker was (without a broker, the web process running
    it). Sending one again is harmless even if its message was not lost (still waiting behind
    others, or its worker too slow to answer): the second delivery finds the job ended and leaves
    it, and if both run at once the article's text digest makes the second write nothing."""
    held = jobs_held_by_workers() if in_background() else set()
    stalled = Job.objects.stalled(before=before).defer("text").order_by("created_at")  # the oldest first
    return [job for job in stalled if str(job.pk) not in held]


def jobs_held_by_workers() -> set[str]:
    """Ids of the jobs that the live workers are running, have taken in advance (prefetched) or
    keep until a retry, by Celery's remote control (a broadcast each worker answers)."""
    inspect = app.control.inspect(timeout=WORKER_REPLY_SECONDS)
    requests = [request for replies in (inspect.active(), inspect.reserved()) for request in _requests(replies)]
    requests += [entry["request"] for entry in _requests(inspect.scheduled())]
    return {str(request["args"][0]) for request in requests if request["name"] in JOB_TASKS and request["args"]}


def _requests(replies: dict[str, list] | None) -> list:
    """The entries of every worker's reply (None when no worker answered)."""
    return [entry for entries in (replies or {}).values() for entry in entries]
