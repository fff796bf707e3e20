"""API throughput against a bare Django JSON view, measured in one run.

    .venv/bin/python bench/api.py [--seconds 4] [--rounds 3] [--concurrency 4] [--client wrk|python]

Loads the demo into a fresh SQLite database, starts gunicorn (2 sync workers, 127.0.0.1, a free
port, DEBUG off) and drives it for a bounded time with wrk (`apt-get install wrk`; the default
when it is installed) or else a Python load generator (`--concurrency` threads, one connection
per request as gunicorn's sync workers close them). The Python client competes with the server
for the CPU, which narrows the gap between the two endpoints: prefer wrk.

1. api:  GET /api/claims/?article=<demo slug>, the DRF endpoint as deployed (authentication,
   throttling, filters, pagination with its count, serializers, ETag);
2. bare: GET /bench/bare-claims/?article=<demo slug>, a plain Django view returning the same
   page (the same claims with the same mentions, entities, dates and amounts) built by hand
   from `.values()` queries and JsonResponse.

The two alternate in rounds so that any drift of the shared machine hits both. Prints
requests/s, p50 and p99 latency of each and the ratio api / bare (target >= 0.5).

When gunicorn imports this module (`bench.api:application()`), it is the URLconf: Saga's URLs
plus the bare view.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.urls import include, path

ROOT = Path(__file__).resolve().parent.parent
BARE_PATH = "/bench/bare-claims/"
PAGE_SIZE = 50  # the API's default page size


# -- Served by gunicorn -------------------------------------------------------------------


def bare_claims(request):
    """The API's first page of claims, built by hand: `.values()` queries and JsonResponse, the
    same claims and mentions in the same JSON shape, without DRF, filters or pagination."""
    from django.db.models import F
    from django.http import JsonResponse
    from django.urls import reverse

    from annotations.models import Mention
    from claims.models import Claim

    # Long for the API's JSON shape spelled out key by key (the point of a hand-built baseline), not for any logic.
    slug = request.GET["article"]
    claims = list(
        Claim.objects.filter(article__slug=slug, article__status="published", revision=F("article__revision"))
        .order_by("position")
        .values(
            "id", "revision", "position", "start", "end", "text", "checkworthiness", "verdict", "version",
            "needs_rereview", "updated_at",
        )[:PAGE_SIZE]
    )  # fmt: skip
    page_url = request.build_absolute_uri(reverse("claims:article-detail", kwargs={"slug": slug}))
    by_claim = {}
    for claim in claims:
        claim.update(article=slug, url=f"{page_url}#claim-{claim['id']}", mentions=[])
        by_claim[claim["id"]] = claim
    columns = (
        "claim_id", "label", "text", "start", "end", "value", "precision", "date_earliest", "date_latest",
        "amount_min", "amount_max", "currency", "entity_id", "entity__name", "entity__kind", "entity__wikidata_id",
    )  # fmt: skip
    for row in Mention.objects.filter(claim_id__in=by_claim).order_by("start").values(*columns):
        entity = row["entity_id"] and {
            "id": row["entity_id"],
            "name": row["entity__name"],
            "kind": row["entity__kind"],
            "wikidata_id": row["entity__wikidata_id"],
        }
        date = row["date_earliest"] and {
            "value": row["value"],
            "precision": row["precision"],
            "earliest": row["date_earliest"],
            "latest": row["date_latest"],
        }
        amount = row["amount_min"] is not None and {
            "min": row["amount_min"],
            "max": row["amount_max"],
            "currency": row["currency"],
        }
        by_claim[row["claim_id"]]["mentions"].append(
            {
                "label": row["label"],
                "text": row["text"],
                "start": row["start"],
                "end": row["end"],
                "entity": entity or None,
                "date": date or None,
                "amount": amount or None,
            }
        )
    return JsonResponse({"results": claims})


def __getattr__(name):
    """`urlpatterns`, built on first use: including saga.urls needs Django set up first."""
    if name == "urlpatterns":
        return [path(BARE_PATH.strip("/") + "/", bare_claims), path("", include("saga.urls"))]
    raise AttributeError(name)


def application():
    """gunicorn's entry point: Saga's WSGI application with this module as its URLconf."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    settings.ROOT_URLCONF = __name__
    return get_wsgi_application()


# -- The server -----------------------------------------------------------------------------


def server_environment(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "saga.settings",
        "DEBUG": "false",
        "SECRET_KEY": "bench-api-not-a-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        # Throttling stays on, as deployed, with a rate the run cannot reach. Per second, so
        # the request history each throttle keeps (and unpickles on every request) holds what
        # a deployed per-minute rate would, not the whole run.
        "SAGA_API_THROTTLE_ANON": "100000/second",
        "SAGA_API_THROTTLE_USER": "100000/second",
    }


def load_demo(env: dict[str, str]) -> str:
    for command in (["migrate", "--noinput", "--verbosity", "0"], ["load_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    manifest = json.loads((ROOT / "fixtures" / "demo.json").read_text(encoding="utf-8"))
    return next(entry["slug"] for entry in manifest["articles"] if entry.get("publish"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "bench.api:application()", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    command += ["--worker-class", "sync", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if get(port, "/api/")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start (see its errors above)")


# -- The clients ----------------------------------------------------------------------------


def get(port: int, target: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", target, headers={"Accept": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def check_same_page(port: int, api_target: str, bare_target: str) -> int:
    """Both endpoints must answer 200 with the same claims and mentions, or the comparison
    means nothing."""
    api_status, api_body = get(port, api_target)
    bare_status, bare_body = get(port, bare_target)
    if (api_status, bare_status) != (200, 200):
        raise SystemExit(f"warm-up failed: api {api_status}, bare {bare_status}")

    def shape(body):
        return [
            (claim["id"], sorted(claim), [(m["start"], m["label"], sorted(m)) for m in claim["mentions"]])
            for claim in json.loads(body)["results"]
        ]

    if shape(api_body) != shape(bare_body):
        raise SystemExit("the API and the bare view do not return the same claims and mentions")
    return len(json.loads(api_body)["results"])


def drive(port: int, target: str, seconds: float, concurrency: int) -> tuple[list[float], int, float]:
    """Requests `target` from `concurrency` threads for `seconds`: latencies, errors, wall time."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker():
        mine, failed = [], 0
        while time.perf_counter() < stop:
            began = time.perf_counter()
            status, _body = get(port, target)
            mine.append(time.perf_counter() - began)
            failed += status != 200
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.perf_counter() - began


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def drive_python(port: int, target: str, seconds: float, concurrency: int) -> dict:
    latencies, errors, wall = drive(port, target, seconds, concurrency)
    return {
        "requests": len(latencies),
        "wall": wall,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "errors": errors,
    }


WRK_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def drive_wrk(port: int, target: str, seconds: float, concurrency: int) -> dict:
    """One wrk run of `target`: requests, wall time, p50 and p99 latency (seconds), errors."""
    command = ["wrk", "--threads", "2", "--connections", str(concurrency), "--duration", f"{max(1, round(seconds))}s"]
    command += ["--latency", "--header", "Accept: application/json", f"http://127.0.0.1:{port}{target}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    percentiles = {
        share: float(value) * WRK_UNITS[unit]
        for share, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)$", output, re.M)
    }
    done = re.search(r"^\s+(\d+) requests in ([\d.]+)(us|ms|s|m)", output, re.M)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(done.group(1)),
        "wall": float(done.group(2)) * WRK_UNITS[done.group(3)],
        "p50": percentiles["50"],
        "p99": percentiles["99"],
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


# -- The run --------------------------------------------------------------------------------


def main() -> int:
    # Long as a bench's main is: its options, then each measurement of one run and the ratios printed.
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=4.0, help="length of one measurement (per endpoint, per round)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4, help="connections (wrk) or threads (python)")
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    args = parser.parse_args()
    measure = drive_wrk if args.client == "wrk" else drive_python

    with tempfile.TemporaryDirectory() as folder:
        env = server_environment(Path(folder) / "bench.sqlite3")
        slug = load_demo(env)
        port = free_port()
        server = start_gunicorn(env, port)
        try:
            targets = {"api": f"/api/claims/?article={slug}", "bare": f"{BARE_PATH}?article={slug}"}
            claims = check_same_page(port, targets["api"], targets["bare"])
            for target in targets.values():  # warm up both workers
                drive(port, target, 1.0, args.concurrency)
            runs = {name: [] for name in targets}
            for _round in range(args.rounds):
                for name, target in targets.items():
                    runs[name].append(measure(port, target, args.seconds, args.concurrency))
        finally:
            server.terminate()
            server.wait(timeout=30)

    print(f"gunicorn 2 sync workers on 127.0.0.1; client {args.client}, {args.concurrency} connections;")
    print(f"{args.rounds} alternating rounds of {args.seconds:g} s per endpoint; p50/p99: median over rounds")
    print(f"page: {claims} claims of {slug!r} with their mentions")
    rates = {}
    for name, measured in runs.items():
        requests = sum(run["requests"] for run in measured)
        rates[name] = requests / sum(run["wall"] for run in measured)
        p50 = statistics.median(run["p50"] for run in measured) * 1000
        p99 = statistics.median(run["p99"] for run in measured) * 1000
        errors = sum(run["errors"] for run in measured)
        print(
            f"{name:5} {targets[name]:42} {rates[name]:8.1f} req/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms"
            f"  ({requests} requests, {errors} errors)"
        )
    print(f"ratio api / bare: {rates['api'] / rates['bare']:.2f} (target >= 0.5)")
    return 0 if all(run["errors"] == 0 for measured in runs.values() for run in measured) else 1


if __name__ == "__main__":
    sys.exit(main())
