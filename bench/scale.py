"""Saga at scale: a million claims with their mentions in PostgreSQL, timed through the real code.

    .venv/bin/python bench/scale.py [--claims 1000000] [--server postgres://postgres@127.0.0.1:5432]

1. Creates (drops first) a dedicated database, `saga_bench_scale` by default, and migrates it.
2. Generates the data with set-based SQL (generate_series, INSERT ... SELECT): one article of
   2,000 claims and articles of 1,000 claims up to --claims, blocks of 10 claims, an entity
   and a date mention per claim (entities drawn from a skewed distribution, years 2000-2024),
   verdicts 70 % unverified / 20 % sourced / 10 % disputed, a review and a source per verdict,
   and each claim's facets (Claim.facets) from its mentions, checked on the 2,000-claim article
   against those claims.services.write_claim_marks derives.
3. Times, in this process through Django's test client (middleware, views, serializers, SQL;
   no socket): the API's filtered claim list `/api/claims/?verdict=&entity=&date_from=&date_to=`
   over a mix of entities and years, and the reader page of the 2,000-claim article.
   Then the review desk (desk/): the queue pages of two editors (`/admin/desk/claimwork/queue/`), one
   with the generated reviews (30 % of the claims) as their own, one with five articles assigned,
   both with claims in progress, notes mentioning them and verdicts changed by the other (their
   articles are the ten oldest); a third editor's, with the five newest articles assigned (the
   usual case: a desk assigns what just came in); and the desk overview, timed a few times.
   Target: the queue's p95 <= 50 ms.
4. Prints p50/p95/max of each, the plans (EXPLAIN ANALYZE) of the list's queries, and whether
   every scan of the big tables uses an index. Target: p95 <= 20 ms for the filtered list.

--keep leaves the database for inspection (it is dropped otherwise); --reuse times it again
without generating; --only lists|page|desk|matching times one step.
"""

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale_data import BIG_ARTICLE_CLAIMS, generate  # noqa: E402
from bench.scale_steps import (  # noqa: E402
    BIG_TABLES,
    desk,
    explain,
    filtered_list_urls,
    lists,
    matching_at_scale,
    percentiles,
    reader_page,
)


def admin_connection(server: str):
    import psycopg

    return psycopg.connect(f"{server}/postgres", autocommit=True)


def recreate_database(server: str, name: str) -> None:
    from psycopg import sql

    with admin_connection(server) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


# The planner settings README "Production" asks of a production database, set on the bench's own
# databases: with the default random_page_cost (4, a disk seek per index probe) PostgreSQL reads all
# 300,000 reviews of the 1M archive to find a 2,000-claim article's 600 (EXPLAIN ANALYZE: 43 ms,
# against 10 ms at 1.1, and 9 ms at 20,000 claims either way).
PRODUCTION_SETTINGS = {"random_page_cost": "1.1"}


def configure_database(server: str, name: str) -> None:
    from psycopg import sql

    with admin_connection(server) as connection:
        for setting, value in PRODUCTION_SETTINGS.items():
            statement = sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                sql.Identifier(name), sql.Identifier(setting), sql.Literal(value)
            )
            connection.execute(statement)


def database_exists(server: str, name: str) -> bool:
    with admin_connection(server) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def drop_database(server: str, name: str) -> None:
    from psycopg import sql

    with admin_connection(server) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def setup_django(server: str, name: str) -> None:
    os.environ.update(
        DATABASE_URL=f"{server}/{name}",
        DJANGO_SETTINGS_MODULE="saga.settings",
        DEBUG="false",  # no query log in memory, templates and settings as in production
        SECRET_KEY="bench-scale-" + "x" * 50,
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="false",
        SAGA_API_THROTTLE_ANON="off",
        SAGA_API_THROTTLE_USER="off",
        LOG_LEVEL="WARNING",
        STATIC_ROOT=tempfile.mkdtemp(prefix="saga-bench-static-"),
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off: hashed file names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="saga_bench_scale")
    parser.add_argument("--runs", type=int, default=200, help="timed requests of the filtered list")
    parser.add_argument("--page-runs", type=int, default=30, help="timed requests of the reader page")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="time the database a --keep run left (implies --keep)")
    parser.add_argument("--only", choices=STEPS, help="time this step only (all by default)")
    parser.add_argument(
        "--against",
        type=int,
        metavar="N",
        help="also generate N claims in a second database and time the lists and the page on both, "
        "alternately, printing the ratios (reads should stay flat as the archive grows)",
    )
    options = parser.parse_args()
    options.keep |= options.reuse
    if options.claims < BIG_ARTICLE_CLAIMS:
        parser.error(f"--claims must be at least {BIG_ARTICLE_CLAIMS}")

    started = time.perf_counter()
    if not options.reuse:
        recreate_database(options.server, options.database)
    configure_database(options.server, options.database)
    print("PostgreSQL planner settings of README 'Production':", PRODUCTION_SETTINGS)
    try:
        setup_django(options.server, options.database)
        if not options.reuse:
            print(f"Generating {options.claims:,} claims in {options.database}:")
            timings = generate(options.claims)
            print(f"  generated in {sum(timings.values()):.1f} s")
        report(options)
        if options.against:
            flat_reads(options)
    finally:
        from django.db import connections

        connections.close_all()
        if not options.keep:
            drop_database(options.server, options.database)
            if options.against:
                drop_database(options.server, small_database(options))
    print(f"Total {time.perf_counter() - started:.0f} s")


def report(options) -> None:
    from django.db import connection
    from django.test import Client

    from annotations.models import Mention
    from claims.models import Article, Claim

    print(
        f"Rows: {Claim.objects.count():,} claims, {Mention.objects.count():,} mentions, "
        f"{Article.objects.count():,} articles"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        print(f"Database size: {cursor.fetchone()[0]}")
    client = Client()
    urls = filtered_list_urls()
    if options.only in (None, "lists"):
        lists(client, urls, options)
    if options.only in (None, "page"):
        reader_page(client, options)
    if options.only in (None, "desk"):
        desk(client, options)
    if options.only in (None, "matching"):
        matching_at_scale()
    if options.only in (None, "lists"):
        lines, indexed = explain(urls[0])
        print(f"\nEXPLAIN ANALYZE of {urls[0]}:")
        print("\n".join("  " + line for line in lines))
        print(f"\nEvery scan of {', '.join(BIG_TABLES)} uses an index: {'yes' if indexed else 'NO'}")


STEPS = ("lists", "page", "desk", "matching")


def small_database(options) -> str:
    return f"{options.database}_{options.against}"


def use_database(name: str) -> None:
    """Points Django's connection at `name` (same server), with an empty cache: the two
    databases hold articles of the same ids and revisions."""
    from django.core.cache import cache
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name
    cache.clear()


def flat_reads(options) -> None:
    """The same filtered lists and reader page on --against N claims and on --claims, timed in
    turns (a round of each, then again) so that the machine's noise falls on both alike."""
    from django.core.management import call_command
    from django.test import Client

    big, small = options.database, small_database(options)
    if not options.reuse or not database_exists(options.server, small):
        recreate_database(options.server, small)
        use_database(small)
        call_command("migrate", verbosity=0)
        print(f"\nGenerating {options.against:,} claims in {small}:")
        generate(options.against)
    else:
        use_database(small)
        call_command("migrate", verbosity=0)  # as setup_django does for the big one
    configure_database(options.server, small)
    client = Client()
    urls = filtered_list_urls()
    page = "/articles/bench-1/"
    lists_of = {small: [], big: []}
    pages_of = {small: [], big: []}
    rounds = max(options.page_runs, math.ceil(options.runs / len(urls)))
    for round_ in range(rounds):
        for name in (small, big):
            use_database(name)
            client.get(urls[0])  # connect and warm, untimed
            for url in urls:
                started = time.perf_counter()
                client.get(url)
                lists_of[name].append(time.perf_counter() - started)
            if round_ < options.page_runs:
                started = time.perf_counter()
                client.get(page)
                pages_of[name].append(time.perf_counter() - started)
    print(
        f"\nReads as the archive grows ({rounds} rounds, {options.against:,} then {options.claims:,} claims in turn):"
    )
    figures = {name: (percentiles(lists_of[name]), percentiles(pages_of[name])) for name in (small, big)}
    for name in (small, big):
        listed, paged = figures[name]
        print(
            f"  {name:<28} list p50 {listed['p50']:6.1f} ms  p95 {listed['p95']:6.1f} ms   page p50 {paged['p50']:7.1f} ms"
        )
    # What each list finds on either side: the lists are the same URLs, but not the same answers.
    for name in (small, big):
        use_database(name)
        found = [client.get(url).json()["count"] for url in urls]
        print(f"  {name:<28} claims found per list: {', '.join(map(str, found))}")
    list_ratio = figures[big][0]["p95"] / figures[small][0]["p95"]
    page_ratio = figures[big][1]["p50"] / figures[small][1]["p50"]
    print(f"  list p95 ratio {list_ratio:.2f} (target <= 1.3: {'met' if list_ratio <= 1.3 else 'NOT met'})")
    print(f"  page p50 ratio {page_ratio:.2f} (target <= 1.1: {'met' if page_ratio <= 1.1 else 'NOT met'})")


if __name__ == "__main__":
    main()
