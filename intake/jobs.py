"""Running a job: the body of the Celery tasks `intake.tasks.ingest_job` and `reannotate_job`.

A job runs at most to one outcome: a job already done or failed is left as it is, so a message
delivered twice (a worker lost after the article was written, a job sent again by `requeue_jobs`)
changes nothing; two deliveries running at once write one article (its text digest and unique
slug decide) and the job keeps the outcome of the one that wrote it. How errors end a
job is intake.errors' rule: a refusal of the input (ServiceError) fails it with the service's
message; a transient database error leaves it running and propagates, so that the task retries it
(and fails it with `fail_job` once retries are exhausted); any other error fails it at once, the
article's transaction rolled back, the traceback logged.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Article
from claims.services import ArticleInput, ServiceError, ingest_article, reannotate_article
from intake.errors import RETRIES, TRANSIENT, describe
from intake.models import Job, JobKind, JobState

log = logging.getLogger("saga.intake")

# A job whose worker is lost (killed, out of memory) is delivered again (tasks are acknowledged
# late); one that takes down every worker it meets must end too. A job is started at most this
# often: the first run, RETRIES retries of transient errors and two deliveries after lost workers.
MAX_STARTS = 1 + RETRIES + 2


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


def reannotation_job_for(*, article: Article, user=None) -> Job:
    """A queued job re-annotating `article` (see intake.services.submit_reannotate)."""
    return Job.objects.create(
        kind=JobKind.REANNOTATE,
        article=article,
        slug=article.slug,
        title=article.title,
        language=article.language,
        text="",  # the article's current text is read when the job runs
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
    """Runs the job (an ingest or a re-annotation); returns it as it ends, or None if there is no
    such job. Raises only a transient database error (intake.errors.TRANSIENT)."""
    job = _start(job_id)
    if job is None or job.finished:
        return job
    try:
        if job.kind == JobKind.REANNOTATE:
            return _reannotate(job)
        return _ingest(job)
    except ServiceError as error:
        return _finish(job, state=JobState.FAILED, error=error.message)
    except TRANSIENT:
        raise
    except Exception as error:  # any fault ends the job, rather than leave it running for ever
        log.exception("job failed", extra={"event": "job", "job": str(job.pk), "kind": job.kind})
        return _finish(job, state=JobState.FAILED, error=describe(error))


def fail_job(job_id, error: BaseException) -> Job | None:
    """Fails a job that has not ended with `error` (a transient error whose retries are
    exhausted); a job already done or failed keeps its outcome."""
    log.error("job failed", exc_info=error, extra={"event": "job", "job": str(job_id)})
    Job.objects.filter(pk=job_id).exclude(state__in=[JobState.DONE, JobState.FAILED]).update(
        state=JobState.FAILED, error=describe(error), finished_at=timezone.now()
    )
    return Job.objects.filter(pk=job_id).first()


def _start(job_id) -> Job | None:
    """Marks the job running (one more attempt) and returns it; a job that already ended, or was
    started MAX_STARTS times, is returned ended."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return job
        if job.attempts >= MAX_STARTS:
            message = _("Stopped after %(count)s attempts: its worker was lost or the database failed each time.")
            return _finish(job, state=JobState.FAILED, error=message % {"count": job.attempts})
        job.state, job.started_at, job.attempts = JobState.RUNNING, timezone.now(), job.attempts + 1
        job.save(update_fields=["state", "started_at", "attempts"])
    return job


def _ingest(job: Job) -> Job:
    # ingest_article writes the article in one transaction: an error inside leaves nothing of it.
    result = ingest_article(item=article_input(job), user=job.created_by)
    outcome = "created" if result.created else "revised" if result.revised else "unchanged"
    return _finish(job, state=JobState.DONE, article=result.article, outcome=outcome)


def _reannotate(job: Job) -> Job:
    if job.article is None:  # deleted since the job was queued (Job.article is SET_NULL)
        return _finish(job, state=JobState.FAILED, error=_("The article no longer exists."))
    reannotate_article(article=job.article)  # one transaction, as an ingest
    return _finish(job, state=JobState.DONE, outcome="reannotated")


def _finish(job: Job, **fields) -> Job:
    """Ends the job with `fields`, unless another delivery of it, run at the same time, ended it
    done first: that one wrote the article ("created"), this one found it there ("unchanged")."""
    fields["finished_at"] = timezone.now()
    if not Job.objects.filter(pk=job.pk).exclude(state=JobState.DONE).update(**fields):
        job.refresh_from_db()
        return job
    for name, value in fields.items():
        setattr(job, name, value)
    return job
