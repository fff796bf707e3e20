"""The admin's *Add article* with a broker: how long the request takes, short article and ~1 MB.

    .venv/bin/python bench/add_article.py [--repeat 10] [--broker redis://127.0.0.1:6379/12]
        [--database postgres://postgres@127.0.0.1:5432/saga_bench_add]

The broker is the real Redis (its database --broker, emptied before and after) and no worker runs:
each post must only store its job and queue its message. Django's test client posts the admin's
form (an editor logged in, the pasted text as a browser sends it) to the production settings
(DEBUG off) in this process, into a fresh SQLite database or, with --database, a PostgreSQL one
dropped and made anew. The time is the whole request: middleware, form validation, the job's row,
the message to Redis, the redirect; not the network (a megabyte on the wire is the client's own).
For each size the first post is timed apart (imports, templates), then --repeat more; prints the
first, the median and the slowest (target: under one second whatever the length), then checks that
every job is queued and that Redis holds one message per post.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.workers import fresh_database, redis_at  # noqa: E402 - found through the path above

SIZES = {"short": 2_000, "1 MB": 1_000_000}  # bytes of text, at least


def setup_django(database: str, broker: str, folder: str) -> None:
    os.environ.update(
        STATIC_ROOT=folder,  # whitenoise looks for it; nothing is served
        DATABASE_URL=database,
        CELERY_BROKER_URL=broker,
        DJANGO_SETTINGS_MODULE="saga.settings",
        DEBUG="false",
        SECRET_KEY="bench-add-article-not-secret",
        ALLOWED_HOSTS="testserver",
        LOG_LEVEL="WARNING",
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def text_of(size: int, seed: int) -> str:
    """A varied French article (bench/corpus.py) of at least `size` bytes."""
    from bench.corpus import corpus

    texts, length = [], 0
    while length < size:
        batch = corpus(20, seed=seed + len(texts))
        texts += batch
        length += sum(len(text.encode()) + 2 for text in batch)
    article, total = [], 0
    for text in texts:
        article.append(text)
        total += len(text.encode()) + 2
        if total >= size:
            break
    return "\n\n".join(article)


def post(client, text: str, slug: str) -> float:
    form = {"text": text, "pasted_format": "auto", "title": "", "slug": slug, "language": ""}
    start = time.perf_counter()
    response = client.post("/admin/claims/article/add/", form, secure=True)
    elapsed = time.perf_counter() - start
    if response.status_code != 302 or "/admin/intake/job/" not in response["Location"]:
        raise SystemExit(f"the form did not queue a job: HTTP {response.status_code}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="posts timed per size after the first (default 10)")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--database", default="", help="a PostgreSQL URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    queue = redis_at(args.broker)
    queue.flushdb()
    with tempfile.TemporaryDirectory() as folder:
        if args.database:
            fresh_database(args.database)
        setup_django(args.database or f"sqlite:///{folder}/add-article.sqlite3", args.broker, folder)
        try:
            return measure(args.repeat, queue)
        finally:
            queue.flushdb()  # no worker started later finds these jobs


def measure(repeat: int, queue) -> int:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from intake.models import Job, JobState

    editor = get_user_model().objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    posts = 0
    print(f"{'article':>8}{'bytes':>11}{'first':>9}{'median':>9}{'slowest':>9}  (seconds, {repeat} posts)")
    for index, (name, size) in enumerate(SIZES.items()):
        text = text_of(size, seed=100 * index)
        first = post(client, text, slug=f"bench-{index}-first")
        times = [post(client, text, slug=f"bench-{index}-{n}") for n in range(repeat)]
        posts += repeat + 1
        row = f"{name:>8}{len(text.encode()):>11}{first:>9.3f}{statistics.median(times):>9.3f}{max(times):>9.3f}"
        print(row)
    queued = Job.objects.filter(state=JobState.QUEUED).count()
    messages = queue.llen("celery")
    print(f"jobs queued: {queued} of {posts}; messages waiting in Redis: {messages}")
    return 0 if queued == messages == posts else 1


if __name__ == "__main__":
    sys.exit(main())
