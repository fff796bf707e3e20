"""Mixed load on the production server: gunicorn + PostgreSQL on loopback, for a bounded time.

    .venv/bin/python bench/load.py [--seconds 30] [--clients 6] [--workers 2] [--articles 20]

1. Creates (drops first) a dedicated database, `saga_bench_load` by default, migrates it,
   collects the static files, and ingests --articles synthetic articles (bench/corpus.py)
   through the real pipeline, published, plus an editor with an API token.
2. Starts gunicorn with --workers workers and DEBUG off, as `make serve` does (plain HTTP on
   loopback: the TLS switches are off), and waits for /healthz.
3. --clients threads, each on its own keep-alive connection, send requests for --seconds:
   90 % reads (reader list and article pages, API article and claim lists, filtered or not)
   and 10 % reviews (POST /api/claims/<id>/reviews/ with the editor's token). Each client
   reviews its own claims, so a refusal for a stale version would be a real error.
4. Prints requests/s, p50/p99 per kind and overall, and the error count (must be 0); checks
   that every accepted review is in the database.
"""

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

READ_SHARE = 0.9


def server_env(database_url: str, static_root: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("SECURE_")}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="saga.settings",
        DEBUG="false",
        SECRET_KEY="bench-load-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=static_root,
        # Plain HTTP on loopback: what a TLS-terminating proxy would forward.
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        SAGA_API_THROTTLE_ANON="off",
        SAGA_API_THROTTLE_USER="off",
        LOG_LEVEL="WARNING",
        CONN_MAX_AGE="60",
    )
    return env


def recreate_database(server: str, name: str, *, drop_only: bool = False) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if not drop_only:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def prepare(env: dict[str, str], articles: int) -> dict:
    """Migrates and fills the database in this process; returns what the clients need."""
    os.environ.update(env)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from bench.corpus import corpus
    from claims.models import Article, Claim
    from claims.services import ArticleInput, ingest_articles

    items = [
        ArticleInput(text=text, slug=f"charge-{index}", title=f"Article de charge {index}", publish=True)
        for index, text in enumerate(corpus(articles, seed=11))
    ]
    ingest_articles(items=items)
    editor = get_user_model().objects.create_user("bench-editor", password="bench-editor-pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "token": Token.objects.create(user=editor).key,
        "slugs": list(Article.objects.values_list("slug", flat=True)),
        "claims": list(Claim.objects.values_list("pk", "version")),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "saga.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    # A file, not a pipe: a pipe nobody reads fills up and blocks the server's logging.
    log = tempfile.NamedTemporaryFile(prefix="saga-bench-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    server.log_path = log.name
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            # Every worker loads the spaCy model on its first probe; probe until all are warm.
            statuses = []
            for _ in range(workers * 3):
                connection.request("GET", "/healthz")
                response = connection.getresponse()
                response.read()
                statuses.append(response.status)
            if all(status == 200 for status in statuses):
                return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("gunicorn did not become healthy: " + Path(server.log_path).read_text()[-2000:])


class Client(threading.Thread):
    def __init__(self, *, port, token, slugs, claims, deadline, seed):
        super().__init__()
        self.port, self.token, self.slugs, self.deadline = port, token, slugs, deadline
        self.versions = dict(claims)  # this client's claims and the version it last saw
        self.rng = random.Random(seed)
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.accepted = 0

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        while time.monotonic() < self.deadline:
            kind, method, url, body = self.next_request()
            headers = {"Accept": "application/json" if url.startswith("/api/") else "text/html"}
            if body is not None:
                headers.update({"Content-Type": "application/json", "Authorization": f"Token {self.token}"})
            started = time.perf_counter()
            try:
                connection.request(method, url, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.errors.append(f"{method} {url}: {error!r}")
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                continue
            self.samples[kind].append(time.perf_counter() - started)
            if response.status >= 400:
                self.errors.append(f"{method} {url}: HTTP {response.status} {payload[:200]!r}")
            elif kind == "review":
                result = json.loads(payload)
                self.versions[result["claim"]] = result["version"]
                self.accepted += 1
        connection.close()

    def next_request(self):
        rng = self.rng
        if rng.random() >= READ_SHARE and self.versions:
            claim = rng.choice(list(self.versions))
            verdict = rng.choice(["sourced", "disputed"])
            body = {
                "verdict": verdict,
                "rationale": "Chiffre vérifié auprès du rapport publié.",
                "sources": [{"url": f"https://example.org/rapport/{claim}", "title": "Rapport"}],
                "expected_version": self.versions[claim],
            }
            return "review", "POST", f"/api/claims/{claim}/reviews/", json.dumps(body)
        slug = rng.choice(self.slugs)
        kind, url = rng.choice(
            [
                ("reader list", "/articles/"),
                ("reader page", f"/articles/{slug}/"),
                ("api articles", "/api/articles/"),
                ("api claims", f"/api/claims/?article={slug}"),
                ("api claims", "/api/claims/?verdict=disputed"),
                ("api claims", f"/api/claims/?verdict=sourced&article={slug}&ordering=-checkworthiness"),
            ]
        )
        return kind, "GET", url, None


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000


def report(clients: list[Client], seconds: float) -> int:
    samples: dict[str, list[float]] = defaultdict(list)
    for client in clients:
        for kind, values in client.samples.items():
            samples[kind].extend(values)
    everything = [value for values in samples.values() for value in values]
    errors = [error for client in clients for error in client.errors]
    print(f"\n{'kind':<14}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for kind in sorted(samples):
        values = samples[kind]
        print(f"{kind:<14}{len(values):>9}{statistics.median(values) * 1000:>9.1f}{percentile(values, 0.99):>9.1f}")
    print(
        f"{'all':<14}{len(everything):>9}{statistics.median(everything) * 1000:>9.1f}"
        f"{percentile(everything, 0.99):>9.1f}"
    )
    reads = len(everything) - len(samples["review"])
    print(
        f"\n{len(everything) / seconds:.1f} requests/s over {seconds:.0f} s "
        f"({reads / max(1, len(everything)):.0%} reads); errors: {len(errors)}"
    )
    for error in errors[:10]:
        print("  " + error)
    return len(errors)


def main() -> None:
    # Long as a bench's main is: its options, the server started, then the load and its figures printed.
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="saga_bench_load")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    options = parser.parse_args()

    recreate_database(options.server, options.database)
    static_root = tempfile.mkdtemp(prefix="saga-bench-static-")
    env = server_env(f"{options.server}/{options.database}", static_root)
    server = None
    try:
        started = time.perf_counter()
        data = prepare(env, options.articles)
        print(
            f"Prepared {len(data['slugs'])} articles, {len(data['claims'])} claims "
            f"in {time.perf_counter() - started:.0f} s"
        )
        port = free_port()
        server = start_gunicorn(env, port, options.workers)
        print(
            f"gunicorn: {options.workers} workers on 127.0.0.1:{port}; {options.clients} clients, "
            f"{options.seconds:.0f} s"
        )
        shares = [data["claims"][index :: options.clients] for index in range(options.clients)]
        deadline = time.monotonic() + options.seconds
        clients = [
            Client(
                port=port, token=data["token"], slugs=data["slugs"], claims=shares[index], deadline=deadline, seed=index
            )
            for index in range(options.clients)
        ]
        started = time.perf_counter()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        errors = report(clients, time.perf_counter() - started)
        errors += check_nothing_lost(clients)
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
        from django.db import connections

        connections.close_all()
        if not options.keep:
            recreate_database(options.server, options.database, drop_only=True)
    sys.exit(1 if errors else 0)


def check_nothing_lost(clients: list[Client]) -> int:
    from claims.models import Review

    accepted = sum(client.accepted for client in clients)
    stored = Review.objects.count()
    print(f"Reviews accepted: {accepted}; in the database: {stored}")
    return 0 if accepted == stored else 1


if __name__ == "__main__":
    main()
