"""bench/scale.py's timed steps (its docstring, step 3): the filtered claim list, the reader page of
the 2,000-claim article, claim matching within an ingest, the review desk; and their timers."""

import functools
import math
import os
import statistics
import time
from pathlib import Path

from bench.scale_data import BIG_ARTICLE_CLAIMS

BIG_TABLES = ("claims_claim", "annotations_mention", "claims_review")  # 999 articles: a scan is right


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50": statistics.median(ordered) * 1000,
        "p95": ordered[math.ceil(len(ordered) * 0.95) - 1] * 1000,  # nearest rank
        "max": ordered[-1] * 1000,
    }


def time_requests(client, urls: list[str], runs: int) -> dict[str, list[float]]:
    """Times `runs` GETs cycling through `urls`, after one untimed warm-up round."""
    for url in urls:  # warm the caches, as a running server would be
        client.get(url)
    samples: dict[str, list[float]] = {url: [] for url in urls}
    for index in range(runs):
        url = urls[index % len(urls)]
        started = time.perf_counter()
        response = client.get(url)
        samples[url].append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.content[:300]!r}")
    return samples


def time_calls(call, runs: int) -> list[float]:
    """Times `runs` calls of `call`, after one untimed call."""
    call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def backend_cpu_seconds() -> float | None:
    """The CPU time (user and system) of the PostgreSQL backend serving Django's connection, from
    /proc when the server runs on this machine; None otherwise."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def count_queries(client, url: str):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return len(captured.captured_queries), response


def filtered_list_urls() -> list[str]:
    """A mix: a very common entity, common ones, rare ones; each with its own year and verdict."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entity_id FROM annotations_mention WHERE entity_id IS NOT NULL"
            " GROUP BY entity_id ORDER BY count(*) DESC"
        )
        ranked = [row[0] for row in cursor.fetchall()]
    picks = [ranked[rank] for rank in (0, 1, 5, 20, 100, 500, 2000) if rank < len(ranked)]
    urls = []
    for index, entity in enumerate(picks):
        verdict = ("disputed", "sourced", "unverified")[index % 3]
        year = 2000 + (index * 7) % 25
        urls.append(f"/api/claims/?verdict={verdict}&entity={entity}&date_from={year}-01-01&date_to={year}-12-31")
    return urls


def full_page_list_urls(urls: list[str]) -> list[str]:
    """The first three of filtered_list_urls (the entities named most) without their year: the
    same URLs on either side that fill a page on 20,000 claims too, their matches growing with
    the archive (all counted: the API's `count`)."""
    return [url.split("&date_from=")[0] for url in urls[:3]]


LIKE_SIZE = (50, 100, 200)  # matches of a list of like size: a full page of 50, about 100, at most 200


def like_size_list_urls() -> list[str]:
    """Lists of like size on any archive: for each verdict, the entity whose claims of that verdict
    number nearest 100 (50 to 200), picked on the database in use. Where the same URLs answer 0 to
    7 claims at 20,000 and a full page at 1,000,000, these answer a full page out of about 100 on
    either side: what grows from one to the other is the archive, not the answer."""
    from django.db import connection

    low, middle, high = LIKE_SIZE
    urls = []
    with connection.cursor() as cursor:
        for verdict in ("disputed", "sourced", "unverified"):
            cursor.execute(
                "SELECT m.entity_id FROM annotations_mention m JOIN claims_claim c ON c.id = m.claim_id"
                " WHERE m.entity_id IS NOT NULL AND c.verdict = %s GROUP BY m.entity_id"
                " HAVING count(DISTINCT c.id) BETWEEN %s AND %s"
                " ORDER BY abs(count(DISTINCT c.id) - %s), m.entity_id LIMIT 1",
                [verdict, low, high, middle],
            )
            urls += [f"/api/claims/?verdict={verdict}&entity={entity}" for (entity,) in cursor.fetchall()]
    return urls


def explain(url: str) -> tuple[list[str], bool]:
    """EXPLAIN ANALYZE of every query the request runs; True if no big table is read by Seq Scan."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        Client().get(url)
    lines, indexed = [], True
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = [row[0] for row in cursor.fetchall()]
            lines.append(f"-- {sql[:160]}…")
            lines.extend(plan)
            indexed &= not any("Seq Scan on " + table in line for table in BIG_TABLES for line in plan)
    return lines, indexed


def lists(client, urls, options) -> None:
    """The filtered claim list over a mix of entities and years."""
    samples = time_requests(client, urls, options.runs)
    figures = percentiles([value for values in samples.values() for value in values])
    print(f"\nFiltered claim list: {len(urls)} filters, {options.runs} requests")
    for url, values in samples.items():
        queries, response = count_queries(client, url)
        matches = response.json()["count"]
        print(f"  {url:<85} {matches:>6} claims {queries:>3} queries  p50 {statistics.median(values) * 1000:6.1f} ms")
    print("  all: p50 {p50:.1f} ms   p95 {p95:.1f} ms   max {max:.1f} ms".format(**figures))
    print(f"  target p95 <= 20 ms: {'met' if figures['p95'] <= 20 else 'NOT met'}")


def reader_page(client, options) -> None:
    """The reader page of the 2,000-claim article."""
    from claims.models import Article

    big = Article.objects.get(slug="bench-1")
    page_url = big.get_absolute_url()
    page = percentiles(time_requests(client, [page_url], options.page_runs)[page_url])
    queries, response = count_queries(client, page_url)
    print(
        f"\nReader page of a {BIG_ARTICLE_CLAIMS:,}-claim article ({page_url}, {len(response.content) / 1024:.0f} KiB, "
        f"{queries} queries, {options.page_runs} requests):"
    )
    print("  p50 {p50:.1f} ms   p95 {p95:.1f} ms   max {max:.1f} ms".format(**page))


MATCHING_CLAIMS = 100  # the new article's sentences (issue 15: matched in <= 2 s at 1M claims)


def matching_at_scale() -> None:
    """Ingests a new article of MATCHING_CLAIMS sentences taken from stored reviewed claims (so it
    names their entities and shares their words, the worst case for the candidate queries) and
    times claim matching (matching.services.on_claims_written) within that ingest. The article is
    deleted afterwards, so a --reuse run measures the same thing."""
    import random

    import claims.services.ingest as ingest_module
    from claims.models import Article, Claim
    from claims.services import ArticleInput, ingest_article
    from matching.models import ClaimMatch, Inconsistency

    # Long as a bench step is: the article made, the ingest timed with matching inside, the figures printed.
    reviewed = Claim.objects.exclude(verdict="unverified")
    last = reviewed.order_by("-pk").values_list("pk", flat=True).first()
    picked = random.Random(7).sample(range(1, last + 1), MATCHING_CLAIMS * 4)
    texts = list(reviewed.filter(pk__in=picked).values_list("text", flat=True)[:MATCHING_CLAIMS])
    body = "Rapprochement à grande échelle\n\n" + "\n\n".join(texts)
    spent = []
    matched = ingest_module.on_claims_written

    def timed(**kwargs):
        started = time.perf_counter()
        matched(**kwargs)
        spent.append(time.perf_counter() - started)

    ingest_article(item=ArticleInput(text="Préchauffage\n\nLe modèle se charge une fois.", slug="bench-warm-up"))
    ingest_module.on_claims_written = timed
    try:
        started = time.perf_counter()
        article = ingest_article(item=ArticleInput(text=body, slug="bench-matching", publish=True)).article
        whole = time.perf_counter() - started
    finally:
        ingest_module.on_claims_written = matched
    claims = article.claims.count()
    matches = ClaimMatch.objects.filter(claim__article=article).count()
    flags = Inconsistency.objects.filter(article=article).count()
    print(f"\nMatching a new {claims}-claim article against the stored claims (sentences of stored reviewed claims):")
    print(
        f"  matching {spent[0] * 1000:.0f} ms of an ingest of {whole * 1000:.0f} ms; {matches} matches, {flags} flags"
    )
    print(f"  target <= 2 s: {'met' if spent[0] <= 2 else 'NOT met'}")
    Article.objects.filter(slug__in=["bench-matching", "bench-warm-up"]).delete()


def desk(client, options) -> None:
    """The desk's queue for two editors and its overview (see the module's docstring)."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from desk.queries import queue_for

    users = get_user_model().objects
    desk_fixtures(users, users.get(username="bench-editor"))
    queue_url = reverse("admin:desk_queue")
    print(f"\nDesk queue ({queue_url}), {options.runs} requests each:")
    worst = 0.0
    for username in ("bench-editor", "bench-desk", "bench-recent", "bench-partial"):
        user = users.get(username=username)
        client.force_login(user)
        figures = percentiles(time_requests(client, [queue_url], options.runs)[queue_url])
        queries, _response = count_queries(client, queue_url)
        print(
            f"  {username:<13} {user.reviews.count():>7,} own reviews {user.desk_assignments.count():>6,} assigned "
            f"{queries:>3} queries  p50 {figures['p50']:.1f} ms   p95 {figures['p95']:.1f} ms   max {figures['max']:.1f} ms"
        )
        alone = percentiles(time_calls(functools.partial(queue_for, user), options.runs))
        print("  {:<13} desk.queries.queue_for alone: p50 {p50:.1f} ms   p95 {p95:.1f} ms".format("", **alone))
        worst = max(worst, figures["p95"])
    print(f"  target p95 <= 50 ms: {'met' if worst <= 50 else 'NOT met'}")
    overview_url = reverse("admin:desk_overview")
    figures = percentiles(time_requests(client, [overview_url], options.page_runs)[overview_url])
    queries, _response = count_queries(client, overview_url)
    print(
        f"Desk overview ({overview_url}, {queries} queries, {options.page_runs} requests): "
        "p50 {p50:.1f} ms   p95 {p95:.1f} ms   max {max:.1f} ms".format(**figures)
    )
    client.logout()


def desk_fixtures(users, editor) -> None:
    """The desk's users, assignments, notes and changed verdicts, made once (a --reuse run finds
    them): a colleague of `editor`'s, a reviewer with part of five articles, one of the newest."""
    from django.contrib.auth.models import Group
    from django.db import connection

    from claims.models import Article, Claim
    from desk.models import ClaimWork
    from desk.services import add_note, assign_article, assign_claims, take_claim

    # Four fixtures in turn, each made when missing: longer than 40 lines for that list, not for any logic.
    if not ClaimWork.objects.exists():  # a --reuse run finds them
        colleague = users.create_user("bench-desk", password="bench-desk-pw", is_staff=True)
        colleague.groups.add(Group.objects.get(name="Editors"))
        articles = list(Article.objects.exclude(slug="bench-1").order_by("pk")[:10])
        for index, article in enumerate(articles):
            assign_article(article=article, assignee=colleague if index < 5 else editor, by=editor)
        for user, article in ((colleague, articles[0]), (editor, articles[5])):
            for claim in Claim.objects.filter(article=article, version=1).order_by("position")[:3]:
                take_claim(claim=claim, user=user)
            for index, claim in enumerate(Claim.objects.filter(article=article).order_by("position")[:50]):
                other = editor if user is colleague else colleague
                add_note(author=other, text=f"Note {index}", claim=claim, mentioned=user)
    colleague = users.get(username="bench-desk")
    if not users.filter(username="bench-partial").exists():
        # A reviewer with half the claims of five articles assigned (one in two), and a few of
        # them to re-review as after a revision: every list of their queue has rows to read.
        partial = users.create_user("bench-partial", password="bench-partial-pw", is_staff=True)
        partial.groups.add(Group.objects.get(name="Editors"))
        for article in Article.objects.exclude(slug="bench-1").order_by("pk")[10:15]:
            claims = list(Claim.objects.filter(article=article, version=1).order_by("position").only("pk"))
            assign_claims(claims=claims[::2], assignee=partial, by=editor)
            Claim.objects.filter(pk__in=[claim.pk for claim in claims[:8]]).update(needs_rereview=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE desk_claimwork, claims_claim")
    if not users.filter(username="bench-recent").exists():
        # A reviewer of the newest articles, as a desk assigns them: their claims lie at the far
        # end of the claims' ids and checkworthiness index from the first ten articles'.
        recent = users.create_user("bench-recent", password="bench-recent-pw", is_staff=True)
        recent.groups.add(Group.objects.get(name="Editors"))
        for article in Article.objects.order_by("-pk")[:5]:
            assign_article(article=article, assignee=recent, by=editor)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE desk_claimwork")
    if not colleague.reviews.exists():
        # Verdicts changed by the colleague, written as review_claim writes them (in SQL: the
        # service's matching of each reviewed claim against a million is not what is timed here).
        with connection.cursor() as cursor:
            cursor.execute(
                """
                WITH changed AS (
                    UPDATE claims_claim SET verdict = 'disputed', version = version + 1, updated_at = now()
                    WHERE id IN (SELECT claim_id FROM claims_review
                                 WHERE reviewer_id = %(editor)s AND verdict = 'sourced' ORDER BY id LIMIT 20)
                    RETURNING id, version
                )
                INSERT INTO claims_review (claim_id, verdict, rationale, reviewer_id, claim_version, created_at)
                SELECT id, 'disputed', 'Bench.', %(colleague)s, version, now() FROM changed
                """,
                {"editor": editor.pk, "colleague": colleague.pk},
            )
            # The statistics autovacuum would have gathered by then (it may be off on a bench
            # server): without them PostgreSQL guesses a few dozen assigned claims per editor.
            cursor.execute("ANALYZE desk_claimwork, desk_note, desk_workevent, claims_claim, claims_review")
