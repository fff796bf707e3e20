"""`manage.py poll_feeds [--all]`: reads the active feeds that are due (all with --all) and ingests
their new entries, on the workers when a broker is configured, here otherwise."""

from django.core.management.base import no_translations

from intake import tasks
from intake.models import Feed
from saga.commands import WritingCommand


class Command(WritingCommand):
    help = "Polls the active feeds that are due (every active feed with --all) and ingests new entries."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="poll every active feed, due or not")

    @no_translations  # a command speaks English, whatever LANGUAGE_CODE: scripts read it
    def handle(self, *args, **options):
        feeds = [feed for feed in Feed.objects.filter(active=True) if options["all"] or feed.is_due()]
        for feed in feeds:
            new = tasks.poll_feed.delay(feed.pk)
            feed.refresh_from_db()
            if feed.last_error:
                self.stderr.write(f"{feed.url}: {feed.last_error}")
            elif new.ready():
                self.stdout.write(f"{feed.url}: {new.get()} new entries")
            else:
                self.stdout.write(f"{feed.url}: sent to the workers")
