"""`manage.py requeue_jobs [--older-than MINUTES] [--dry-run]`: sends again the jobs that wait for
ever because their message was lost: queued, or running, for more than MINUTES (default 30) and
held by no live worker (intake.services.stalled_jobs). Redis restarted without its append-only file
loses its queue; a worker lost at the same time leaves its job running. Without a broker the jobs
run here. Sending a job twice is harmless: a job runs to one outcome (intake.jobs)."""

from datetime import timedelta

from django.core.management.base import CommandError, no_translations
from django.utils import timezone

from intake.models import Job, JobState
from intake.services import BrokerError, QueueUnavailableError, in_background, send, stalled_jobs
from saga.commands import WritingCommand

DEFAULT_MINUTES = 30
# Ten years: a job older than that is as lost as any; a longer wait is past the dates Python holds.
MAX_MINUTES = 10 * 365 * 24 * 60


def minutes(value) -> int:
    """--older-than's value, checked here rather than by argparse, whose refusal prints the usage too."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if number < 0:
        raise CommandError(f"--older-than must be a whole number of minutes, 0 or more, got {str(value)!r}")
    if number > MAX_MINUTES:
        raise CommandError(f"--older-than must be at most {MAX_MINUTES} minutes (ten years), got {str(value)!r}")
    return number


class Command(WritingCommand):
    help = (
        "Sends again the jobs queued, or running, for more than --older-than minutes that no live worker "
        "holds (their message was lost with the broker); without a broker runs them here."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default=str(DEFAULT_MINUTES),
            metavar="MINUTES",
            help=f"only jobs queued or started this long ago (default {DEFAULT_MINUTES}; 0: all)",
        )
        parser.add_argument("--dry-run", action="store_true", help="list the jobs, send nothing")

    @no_translations  # a command speaks English, whatever LANGUAGE_CODE: scripts read it
    def handle(self, *args, **options):
        older_than = minutes(options["older_than"])
        try:  # asking the workers which jobs they hold goes through the broker
            jobs = stalled_jobs(before=timezone.now() - timedelta(minutes=older_than))
        except BrokerError as error:
            raise CommandError(
                f"The job queue (CELERY_BROKER_URL) does not answer ({error}): nothing was sent."
            ) from None
        for job in jobs:
            if options["dry_run"]:
                self.stdout.write(f"{describe(job)}: would be sent again")
            elif in_background():
                try:
                    send(job)
                except QueueUnavailableError as error:
                    raise CommandError(error.message) from None
                self.stdout.write(f"{describe(job)}: sent again")
            else:
                send(job)  # Celery's eager mode: it runs now, here
                ended = Job.objects.defer("text").get(pk=job.pk)
                outcome = f"failed: {ended.error}" if ended.state == JobState.FAILED else ended.state
                self.stdout.write(f"{describe(job)}: run here, {outcome}")
        if not jobs:
            self.stdout.write(f"No job queued or running for more than {older_than} minutes, held by no worker.")


def describe(job: Job) -> str:
    since = job.started_at if job.state == JobState.RUNNING else job.created_at
    return f"job {job.pk} ({job.kind}, {job.state} since {timezone.localtime(since):%Y-%m-%d %H:%M})"
