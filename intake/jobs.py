"""Running an ingest job: the body of the Celery task `intake.tasks.ingest_job`.

A job runs at most to one outcome: a job already done or failed is left as it is, so a message
delivered twice (a worker lost after the article was written) changes nothing. A refusal of the
input (ServiceError) fails the job once, with the service's message; any other error leaves the
job running and propagates, so Celery retries the task.
"""

from django.db import transaction
from django.utils import timezone

from claims.services import ArticleInput, ServiceError, ingest_article
from intake.models import Job, JobState


def job_for(*, item: ArticleInput, user=None) -> Job:
    """A queued job holding `item` (not yet sent to a worker: see intake.services.submit_ingest)."""
    return Job.objects.create(
        text=item.text,
        fmt=item.fmt,
        slug=item.slug,
        title=item.title,
        language=item.language,
        source_url=item.source_url,
        publisher=item.publisher,
        author=item.author,
        published_on=item.published_on,
        publish=item.publish,
        created_by=user,
    )


def article_input(job: Job) -> ArticleInput:
    return ArticleInput(
        text=job.text,
        fmt=job.fmt,
        slug=job.slug,
        title=job.title,
        language=job.language,
        source_url=job.source_url,
        publisher=job.publisher,
        author=job.author,
        published_on=job.published_on,
        publish=job.publish,
    )


def run_job(job_id) -> Job | None:
    """Ingests the job's article; returns the job as it ends, or None if there is no such job."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return job
        job.state, job.started_at, job.attempts = JobState.RUNNING, timezone.now(), job.attempts + 1
        job.save(update_fields=["state", "started_at", "attempts"])
    try:
        result = ingest_article(item=article_input(job), user=job.created_by)
    except ServiceError as error:
        return _finish(job, state=JobState.FAILED, error=error.message)
    outcome = "created" if result.created else "revised" if result.revised else "unchanged"
    return _finish(job, state=JobState.DONE, article=result.article, outcome=outcome)


def _finish(job: Job, **fields) -> Job:
    for name, value in fields.items():
        setattr(job, name, value)
    job.finished_at = timezone.now()
    job.save(update_fields=[*fields, "finished_at"])
    return job
