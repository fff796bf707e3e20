"""`manage.py poll_feeds [--all]`: reads the active feeds that are due (all with --all) and ingests
their new entries, on the workers when a broker is configured, here otherwise.

Here, each feed's line counts every entry the feed has listed, each once: `new`, the pages stored
as articles by this poll; `failed`, the pages this poll could not ingest (tried again at the next
polls, FeedEntry.ATTEMPTS in all); `unchanged`, the rest (read at an earlier poll, or whose text is
already an article).

A feed that could not be read (no answer, a refused connection, a name that does not resolve, an
error status, a document that is no feed) gives one line on stderr, `warning: URL <problem>`, and
the other feeds are polled. When there were feeds to poll and none could be read, the command ends
with exit status 1 and one more line (`CommandError: no feed could be read (3 tried)`), so that cron
or a supervisor can tell; a feed sent to the workers counts as read (its outcome is theirs).
"""

import logging
from collections import Counter

from django.core.management.base import CommandError, no_translations

from intake import tasks
from intake.models import Feed, FeedEntry
from intake.services import in_background
from saga.commands import WritingCommand

intake_log = logging.getLogger("saga.intake")


def reported_here(record: logging.LogRecord) -> bool:
    """False for feeds.poll's warning that a feed was not read, which the command prints itself:
    logged too, it would be a second line of the same failure (a fault's traceback is kept)."""
    return not (record.levelno == logging.WARNING and getattr(record, "event", None) == "feed")


class Command(WritingCommand):
    help = "Polls the active feeds that are due (every active feed with --all) and ingests new entries."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="poll every active feed, due or not")

    @no_translations  # a command speaks English, whatever LANGUAGE_CODE: scripts read it
    def handle(self, *args, **options):
        active = list(Feed.objects.filter(active=True))
        feeds = [feed for feed in active if options["all"] or feed.is_due()]
        if not feeds and options["verbosity"] >= 1:  # a word rather than silence (-v 0 for cron)
            self.stdout.write(
                f"no active feed is due ({len(active)} active: --all polls them now)" if active else "no active feed"
            )
        unread = 0
        for feed in feeds:
            if in_background():
                tasks.poll_feed.delay(feed.pk)
                self.stdout.write(f"{feed.url}: sent to the workers")
                continue
            before = entry_states(feed)
            intake_log.addFilter(reported_here)
            try:
                tasks.poll_feed.delay(feed.pk)  # runs here, at once
            finally:
                intake_log.removeFilter(reported_here)
            feed.refresh_from_db()
            if feed.last_error:
                self.stderr.write(warning(feed))
                unread += 1
                continue
            counts = outcomes(before, entry_states(feed))
            self.stdout.write(
                f"{feed.url}: {counts['new']} new, {counts['unchanged']} unchanged, {counts['failed']} failed"
            )
        if feeds and unread == len(feeds):
            raise CommandError(f"no feed could be read ({len(feeds)} tried)")


def warning(feed: Feed) -> str:
    """One line: the feed and why it was not read ("http://… could not be fetched: Connection
    refused"); the error names the URL it failed on, which is the feed's unless a sitemap index's
    nested sitemap failed."""
    problem = feed.last_error
    return f"warning: {problem}" if problem.startswith(f"{feed.url} ") else f"warning: {feed.url}: {problem}"


def entry_states(feed: Feed) -> dict[int, tuple[str, int]]:
    return {pk: (state, attempts) for pk, state, attempts in feed.entries.values_list("pk", "state", "attempts")}


def outcomes(before: dict[int, tuple[str, int]], after: dict[int, tuple[str, int]]) -> Counter:
    """Each entry's outcome in this poll: stored (`new`), tried and failed, or left as it was."""
    counts = Counter(new=0, unchanged=0, failed=0)
    for pk, (state, attempts) in after.items():
        touched = before.get(pk) != (state, attempts)
        if touched and state == FeedEntry.State.INGESTED:
            counts["new"] += 1
        elif touched and state == FeedEntry.State.FAILED:
            counts["failed"] += 1
        else:
            counts["unchanged"] += 1
    return counts
