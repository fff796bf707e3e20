"""intake/tasks.py as Celery beat runs it: the schedule names poll_due_feeds, and that task polls
the active feeds that are due, and only those."""

import logging
from datetime import timedelta

from django.utils import timezone

from claims.models import Article
from intake import tasks
from intake.models import Feed
from saga.celery import app
from tests.intake.test_feeds import PARAGRAPHS, page, rss


def test_beat_schedule_runs_poll_due_feeds_every_minute(settings):
    [entry] = settings.CELERY_BEAT_SCHEDULE.values()

    assert entry["task"] == "intake.tasks.poll_due_feeds" and entry["schedule"] == 60.0
    assert app.tasks[entry["task"]].run == tasks.poll_due_feeds.run  # the name is the task's
    assert app.conf.beat_schedule == settings.CELERY_BEAT_SCHEDULE  # beat reads the setting


def test_poll_due_feeds_polls_the_active_feeds_that_are_due_and_no_other(db, site):
    for name in ("due", "recent", "inactive"):
        site.serve(f"/{name}.xml", rss(site, [f"/2025/{name}.html"]))
        site.serve(f"/2025/{name}.html", page(f"Article {name}", PARAGRAPHS["ecole" if name == "due" else "pont"]))
    hour_ago = timezone.now() - timedelta(hours=1)
    due = Feed.objects.create(url=site.url + "/due.xml", poll_minutes=30, last_polled_at=hour_ago)
    Feed.objects.create(url=site.url + "/recent.xml", poll_minutes=30, last_polled_at=timezone.now())
    Feed.objects.create(url=site.url + "/inactive.xml", active=False)

    assert tasks.poll_due_feeds.delay().get() == 1

    assert site.requests == ["/due.xml", "/2025/due.html"]
    due.refresh_from_db()
    assert due.last_polled_at > hour_ago
    assert Article.objects.get().source_url == site.url + "/2025/due.html"


def test_tasks_without_a_broker_open_no_connection_that_warns(settings, caplog):
    """Run at once without a broker, a task still borrows a producer: no AMQP server is looked for
    on localhost, so no kombu warning reaches a command's stderr."""
    assert settings.CELERY_TASK_ALWAYS_EAGER
    caplog.set_level(logging.WARNING)

    with app.connection_for_write() as connection:
        connection.info()

    assert [record for record in caplog.records if record.name.startswith("kombu")] == []


def test_a_feed_with_an_absurd_stored_wait_is_not_due_and_stops_no_other():
    """A wait past the form's bound (written straight to a SQLite database, whose integers are 64
    bits) counts as a year: no OverflowError, and the other feeds are still polled when due."""
    hour_ago = timezone.now() - timedelta(hours=1)
    absurd = Feed(url="https://a.example/rss.xml", poll_minutes=99999999999, last_polled_at=hour_ago)
    due = Feed(url="https://b.example/rss.xml", poll_minutes=30, last_polled_at=hour_ago)

    assert not absurd.is_due()
    assert absurd.is_due(now=hour_ago + timedelta(days=366))
    assert [feed for feed in (absurd, due) if feed.is_due()] == [due]
