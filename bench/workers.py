"""Ingest on Celery workers: articles per second with one worker and with two, in one run.

    .venv/bin/python bench/workers.py [--articles 60] [--broker redis://127.0.0.1:6379/13]
        [--database postgres://postgres@127.0.0.1:5432/saga_bench_workers]

Real Redis, real workers (`celery -A saga worker --concurrency 1` each, as `make worker` starts
them), PostgreSQL (the database is dropped and made anew). For 1 then 2 workers: the workers start
and each ingests a warm-up article (the model loads once per worker process, at start), then the
same varied corpus (bench/corpus.py) is sent as jobs (`intake.services.submit_ingest`) and timed
until every job is done. Prints both rates, their ratio (target >= 1.7 on 2 cores) and the peak
memory of each worker process.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh_database(url: str) -> None:
    """Drops and makes anew the PostgreSQL database of `url`; one line and exit if it cannot."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql") or not name:
        raise SystemExit(f"--database must be a PostgreSQL URL with a database name, got {url!r}")
    admin = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        raise SystemExit(f"cannot make the database {name}: {str(error).splitlines()[0]}") from None


def redis_at(url: str):
    """The Redis of `url`, answering; one line and exit otherwise."""
    import redis

    try:
        server = redis.Redis.from_url(url)
        server.ping()
    except (ValueError, redis.RedisError) as error:
        raise SystemExit(f"no Redis at {url}: {error}") from None
    return server


def setup_django(database: str, broker: str) -> None:
    os.environ.update(DATABASE_URL=database, CELERY_BROKER_URL=broker, DJANGO_SETTINGS_MODULE="saga.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def start_workers(count: int, database: str, broker: str) -> list[subprocess.Popen]:
    env = {**os.environ, "DATABASE_URL": database, "CELERY_BROKER_URL": broker, "LOG_LEVEL": "WARNING"}
    command = [sys.executable, "-m", "celery", "-A", "saga", "worker", "--concurrency", "1", "--loglevel", "WARNING"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    return [
        subprocess.Popen(
            [*command, "--hostname", f"bench{n}@%h"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
        )
        for n in range(count)
    ]


def peak_mib(pid: int) -> float:
    """VmHWM (the peak resident set) of a process and of its pool children, the largest."""
    peaks = []
    for candidate in [pid, *children(pid)]:
        try:
            status = Path(f"/proc/{candidate}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
    return max(peaks, default=0.0)


def children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def wait_done(jobs, timeout: float = 1800) -> None:
    from intake.models import Job, JobState

    deadline = time.monotonic() + timeout
    ids = [job.pk for job in jobs]
    while Job.objects.filter(pk__in=ids).exclude(state__in=[JobState.DONE, JobState.FAILED]).exists():
        if time.monotonic() > deadline:
            raise SystemExit("jobs still not done: are the workers running?")
        time.sleep(0.1)
    failed = Job.objects.filter(pk__in=ids, state=JobState.FAILED).values_list("error", flat=True)
    if failed:
        raise SystemExit(f"{len(failed)} jobs failed, e.g. {failed[0]}")


def run(count: int, texts: list[str], database: str, broker: str) -> tuple[float, list[float]]:
    import redis

    from claims.models import Article
    from claims.services import ArticleInput
    from intake.models import Job
    from intake.services import submit_ingest

    redis.Redis.from_url(broker).flushdb()
    Article.objects.all().delete()
    Job.objects.all().delete()
    workers = start_workers(count, database, broker)
    try:
        warm = [submit_ingest(item=ArticleInput(text=texts[0], slug=f"warm-up-{n}")) for n in range(count * 2)]
        wait_done(warm)
        items = [ArticleInput(text=text, slug=f"bench-{count}-{i}", publish=True) for i, text in enumerate(texts)]
        start = time.perf_counter()
        jobs = [submit_ingest(item=item) for item in items]
        wait_done(jobs)
        seconds = time.perf_counter() - start
        peaks = [peak_mib(worker.pid) for worker in workers]
    finally:
        for worker in workers:
            os.killpg(worker.pid, signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    return len(texts) / seconds, peaks


BROKER = "redis://127.0.0.1:6379/13"
DATABASE = "postgres://postgres@127.0.0.1:5432/saga_bench_workers"


def measure(counts: list[int], articles: int, broker: str = BROKER, database: str = DATABASE) -> int:
    """Times the same corpus on `counts` workers in turn (one run: the same machine, the same load)
    and prints each rate; with 1 and 2 among them, the ratio. bench/ingest.py --workers calls it."""
    redis_at(broker)
    fresh_database(database)
    setup_django(database, broker)
    from bench.corpus import corpus

    texts = corpus(articles, seed=7)
    rates = {}
    for count in counts:
        rates[count], peaks = run(count, texts, database, broker)
        print(
            f"{count} worker(s): {rates[count]:.2f} articles/s; peak memory per worker: "
            + ", ".join(f"{peak:.0f} MiB" for peak in peaks)
        )
    if 1 in rates and 2 in rates:
        print(f"ratio 2 workers / 1 worker: {rates[2] / rates[1]:.2f} (target >= 1.7)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--broker", default=BROKER)
    parser.add_argument("--database", default=DATABASE)
    args = parser.parse_args()
    return measure([1, 2], args.articles, args.broker, args.database)


if __name__ == "__main__":
    sys.exit(main())
