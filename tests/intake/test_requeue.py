"""`manage.py requeue_jobs` (intake.services.stalled_jobs, send): jobs whose message was lost with the
broker are sent again, those a live worker holds are not, and a job delivered twice, one after the
other or both at once, still writes one article and keeps one outcome."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from claims.models import Article
from claims.services import ArticleInput, ingest_article
from intake import jobs, services
from intake.jobs import job_for, reannotation_job_for, run_job
from intake.models import Job, JobState
from tests.conftest import SAMPLE_TEXT


def item(slug: str = "usine-lyon", text: str = SAMPLE_TEXT) -> ArticleInput:
    return ArticleInput(text=text, slug=slug)


def aged(job: Job, *, minutes: int, state: str = JobState.QUEUED) -> Job:
    """`job` as it stands `minutes` after it was queued (state queued) or started (state running)."""
    then = timezone.now() - timedelta(minutes=minutes)
    started = then if state == JobState.RUNNING else None
    attempts = 1 if state == JobState.RUNNING else 0
    Job.objects.filter(pk=job.pk).update(state=state, created_at=then, started_at=started, attempts=attempts)
    return Job.objects.get(pk=job.pk)


def requeue(*args: str) -> str:
    out = StringIO()
    call_command("requeue_jobs", *args, stdout=out)
    return out.getvalue()


def test_requeue_jobs_without_a_broker_runs_the_stalled_jobs_here_and_no_other(article):
    lost = aged(job_for(item=item("usine", SAMPLE_TEXT + "\n\nUne phrase de plus.")), minutes=45)
    interrupted = aged(reannotation_job_for(article=article), minutes=45, state=JobState.RUNNING)
    recent = aged(job_for(item=item("recente", SAMPLE_TEXT + "\n\nUne autre phrase.")), minutes=5)
    done = run_job(job_for(item=item("finie", SAMPLE_TEXT + "\n\nEncore une.")).pk)
    Job.objects.filter(pk=done.pk).update(created_at=timezone.now() - timedelta(hours=2))

    expected = [
        f"job {lost.pk} (ingest, queued since {timezone.localtime(lost.created_at):%Y-%m-%d %H:%M}): run here, done",
        f"job {interrupted.pk} (reannotate, running since "
        f"{timezone.localtime(interrupted.started_at):%Y-%m-%d %H:%M}): run here, done",
    ]

    output = requeue("--older-than", "30")

    assert output.splitlines() == expected
    lost.refresh_from_db()
    interrupted.refresh_from_db()
    assert (lost.state, lost.outcome, lost.attempts, lost.article.slug) == (JobState.DONE, "created", 1, "usine")
    assert (interrupted.state, interrupted.outcome, interrupted.attempts) == (JobState.DONE, "reannotated", 2)
    assert Job.objects.get(pk=recent.pk).state == JobState.QUEUED  # not waiting long enough yet
    assert Job.objects.get(pk=done.pk).finished_at == done.finished_at  # an ended job is left as it is


def test_requeue_jobs_with_a_broker_sends_the_stalled_jobs_to_their_task_but_not_those_a_worker_holds(
    article, settings
):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured: workers do the work
    lost = aged(job_for(item=item()), minutes=90)
    interrupted = aged(reannotation_job_for(article=article), minutes=90, state=JobState.RUNNING)
    held = aged(job_for(item=item("longue")), minutes=90, state=JobState.RUNNING)

    with (
        mock.patch.object(services, "jobs_held_by_workers", return_value={str(held.pk)}),
        mock.patch("intake.tasks.ingest_job.delay") as ingest,
        mock.patch("intake.tasks.reannotate_job.delay") as reannotate,
    ):
        output = requeue("--older-than", "60")

    assert [call.args for call in ingest.call_args_list] == [(str(lost.pk),)]
    assert [call.args for call in reannotate.call_args_list] == [(str(interrupted.pk),)]
    assert [line.rsplit(": ", 1)[1] for line in output.splitlines()] == ["sent again", "sent again"]
    assert str(held.pk) not in output


def test_requeue_jobs_dry_run_lists_the_stalled_jobs_and_sends_nothing(db):
    lost = aged(job_for(item=item()), minutes=45)

    with mock.patch("intake.tasks.ingest_job.delay") as send:
        output = requeue("--dry-run")

    assert not send.called and Job.objects.get(pk=lost.pk).state == JobState.QUEUED
    assert output.startswith(f"job {lost.pk} (ingest, queued since ") and output.endswith(": would be sent again\n")


def test_requeue_jobs_with_a_broker_that_does_not_answer_says_so_in_one_line(db, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    lost = aged(job_for(item=item()), minutes=45)
    refused = BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with mock.patch.object(services.app.control, "inspect", side_effect=refused), pytest.raises(CommandError) as raised:
        requeue("--dry-run")
    assert str(raised.value) == (
        "The job queue (CELERY_BROKER_URL) does not answer (Error 111 connecting to 127.0.0.1:6379. "
        "Connection refused.): nothing was sent."
    )

    with (
        mock.patch.object(services, "jobs_held_by_workers", return_value=set()),
        mock.patch("intake.tasks.ingest_job.apply_async", side_effect=refused),
        pytest.raises(CommandError, match=f"job {lost.pk} is stored, queued, and `manage.py requeue_jobs` sends it"),
    ):
        requeue()
    assert Job.objects.get(pk=lost.pk).state == JobState.QUEUED


def test_requeue_jobs_with_nothing_stalled_says_so(db):
    aged(job_for(item=item()), minutes=5)

    assert requeue() == "No job queued or running for more than 30 minutes, held by no worker.\n"


@pytest.mark.parametrize("value", ["abc", "-5", "1.5", ""])
def test_requeue_jobs_refuses_an_older_than_that_is_no_number_of_minutes(db, value):
    with pytest.raises(CommandError) as refused:
        requeue("--older-than", value)

    # One line: Django prints it on stderr as "CommandError: ..." and exits with 1.
    assert str(refused.value) == f"--older-than must be a whole number of minutes, 0 or more, got {value!r}"


@pytest.mark.parametrize("value", ["5256001", "1100000000", "99999999999999999999"])
def test_requeue_jobs_refuses_an_older_than_beyond_ten_years_in_one_line(db, value):
    with pytest.raises(CommandError) as refused:
        requeue("--older-than", value)

    assert str(refused.value) == f"--older-than must be at most 5256000 minutes (ten years), got {value!r}"


def test_requeue_jobs_accepts_an_older_than_of_ten_years(db):
    assert requeue("--older-than", "5256000").startswith("No job queued or running for more than 5256000 minutes")


def test_jobs_held_by_workers_reads_what_each_worker_runs_holds_and_keeps_for_a_retry():
    def request(name, job_id):
        return {"id": f"task-{job_id}", "name": name, "args": [job_id], "kwargs": {}, "hostname": "w1@host"}

    inspector = mock.Mock()
    inspector.active.return_value = {"w1@host": [request("intake.tasks.ingest_job", "a")], "w2@host": []}
    inspector.reserved.return_value = {"w2@host": [request("intake.tasks.reannotate_job", "b")]}
    inspector.scheduled.return_value = {"w1@host": [{"eta": "…", "request": request("intake.tasks.ingest_job", "c")}]}
    feed = request("intake.tasks.ingest_feed_entry", 7)
    inspector.active.return_value["w2@host"].append(feed)

    with mock.patch.object(services.app.control, "inspect", return_value=inspector):
        assert services.jobs_held_by_workers() == {"a", "b", "c"}

    inspector.active.return_value = inspector.reserved.return_value = inspector.scheduled.return_value = None
    with mock.patch.object(services.app.control, "inspect", return_value=inspector):
        assert services.jobs_held_by_workers() == set()  # no worker answered: none holds anything


# -- A job delivered twice ----------------------------------------------------------------------


def test_a_job_whose_worker_was_lost_after_writing_the_article_is_sent_again_and_found_unchanged(db):
    job = job_for(item=item())
    article = ingest_article(item=item()).article  # the lost worker committed the article, not the job
    aged(job, minutes=45, state=JobState.RUNNING)

    requeue()

    job.refresh_from_db()
    assert (job.state, job.outcome, job.article, job.attempts) == (JobState.DONE, "unchanged", article, 2)
    assert Article.objects.count() == 1  # the text digest: not stored again


def test_a_job_sent_again_while_its_first_message_was_still_queued_runs_once(db):
    job = aged(job_for(item=item()), minutes=45)

    requeue()  # runs it (no broker); then the first message arrives
    again = run_job(job.pk)

    assert (again.state, again.attempts, again.outcome) == (JobState.DONE, 1, "created")
    assert Article.objects.count() == 1


def test_two_deliveries_of_one_job_at_once_write_one_article_and_keep_the_outcome_of_the_one_that_wrote_it(db):
    job = job_for(item=item())
    real_ingest = jobs.ingest_article
    calls = []

    def ingest_while_the_other_delivery_runs(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:  # the second delivery starts, writes the article and ends first
            run_job(job.pk)
        return real_ingest(**kwargs)

    with mock.patch.object(jobs, "ingest_article", side_effect=ingest_while_the_other_delivery_runs):
        ended = run_job(job.pk)

    assert len(calls) == 2 and Article.objects.count() == 1
    assert (ended.state, ended.outcome, ended.attempts) == (JobState.DONE, "created", 2)
    assert Job.objects.get(pk=job.pk).outcome == "created"  # not "unchanged", the later delivery's
