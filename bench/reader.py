"""The reader's article page against the same text shown plain, in the same run: three ratios.

    .venv/bin/python bench/reader.py [--claims 2000] [--reviewed 0.25] [--runs 9]

Builds, in a throw-away test database (SQLite in memory by default, or the test database of
DATABASE_URL), one article of CLAIMS claims in paragraphs of five, with five mentions per claim
(a person, an organisation, a place, a date, an amount: 10,000 mentions for 2,000 claims); the
REVIEWED fraction of the claims is reviewed (sourced or disputed, one or two sources each: 500
reviews for 2,000 claims). It also loads the demo article (manage.py load_demo). Then it times,
as the median of RUNS runs after one warm-up, the whole view (queries included) of:

- plain: the same article and blocks fetched, the same text escaped into the same base template,
  with no claim, mention, review or timeline;
- cached: /articles/<slug>/ as readers get it once it is in the cache (claims/article_page.py);
- after a review: the page's first view after one more claim is reviewed (through
  claims.services.review_claim, outside the timed span): a new page key, one block rendered
  again, the others from the cache;
- the demo article's first view, the cache emptied before each run, against its plain page.

It prints the times and the three ratios with their targets: cached <= 1.3x the plain page, after
a review <= 10x, the demo's first view <= 3x its plain page. The cache is Django's default
(local memory unless REDIS_URL is set).
"""

import argparse
import hashlib
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.shortcuts import get_object_or_404, render  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from annotations.models import Entity, Mention  # noqa: E402
from claims import views  # noqa: E402
from claims.models import Article, ArticleRevision, Block, Claim, Review, Source  # noqa: E402
from claims.services import SourceInput, review_claim, write_claim_marks  # noqa: E402

PEOPLE = [f"Personne{n} Nom{n}" for n in range(50)]
ORGANISATIONS = [f"Société{n}" for n in range(30)]
PLACES = [f"Ville{n}" for n in range(20)]
SENTENCE = "En {year}, {person} a rencontré {org} à {place} pour {amount} millions d'euros, selon le dossier n° {n}."
PLAIN_TEMPLATE = "bench/plain.html"  # in bench/templates/
TARGETS = {"cached": 1.3, "after a review": 10.0, "demo first view": 3.0}


def build(claim_count: int, reviewed: float) -> Article:
    """One published article with `claim_count` claims in paragraphs of five, five mentions each."""
    body, spans, block_spans = bench_text(claim_count)
    digest = hashlib.sha256(body.encode()).hexdigest()
    article = Article.objects.create(
        slug="bench", title="Bench", body=body, body_sha256=digest, status="published", language="fr"
    )
    ArticleRevision.objects.create(article=article, number=1, body=body, body_sha256=digest)
    blocks = [
        Block(article=article, position=position, kind="paragraph", start=start, end=end)
        for position, (start, end) in enumerate(block_spans)
    ]
    blocks = Block.objects.bulk_create(blocks)
    claims = Claim.objects.bulk_create(
        Claim(
            article=article,
            block=blocks[n // 5],
            position=n,
            start=start,
            end=start + len(sentence),
            text=sentence,
            verdict=("sourced", "disputed")[n % 2] if int((n + 1) * reviewed) > int(n * reviewed) else "unverified",
        )
        for n, (start, sentence, _fields) in enumerate(spans)
    )
    assert all(body[c.start : c.end] == c.text for c in claims)
    write_mentions(article, claims, spans)
    write_reviews(claims)
    return article


def bench_text(claim_count: int) -> tuple[str, list, list]:
    """The article's text, each sentence's (start, sentence, fields) and each paragraph's (start, end)."""
    sentences = []
    for n in range(claim_count):
        fields = {
            "year": 1990 + n % 35,
            "person": PEOPLE[n % len(PEOPLE)],
            "org": ORGANISATIONS[n % len(ORGANISATIONS)],
            "place": PLACES[n % len(PLACES)],
            "amount": 10 + n % 90,
            "n": n,
        }
        sentences.append((SENTENCE.format(**fields), fields))
    paragraphs = [sentences[i : i + 5] for i in range(0, claim_count, 5)]
    body, spans, block_spans = "", [], []
    for paragraph in paragraphs:
        block_start = len(body)
        for sentence, fields in paragraph:
            if len(body) > block_start:
                body += " "
            spans.append((len(body), sentence, fields))
            body += sentence
        block_spans.append((block_start, len(body)))
        body += "\n\n"
    return body, spans, block_spans


def write_mentions(article, claims, spans) -> None:
    entities = {}
    for kind, names in (("PER", PEOPLE), ("ORG", ORGANISATIONS), ("LOC", PLACES)):
        for name in names:
            entities[name] = Entity.objects.create(name=name, kind=kind)
    mentions = []
    for claim, (start, sentence, fields) in zip(claims, spans, strict=True):

        def span(surface, claim=claim, start=start, sentence=sentence):
            at = start + sentence.index(surface)
            return {"article": article, "claim": claim, "start": at, "end": at + len(surface), "text": surface}

        year = fields["year"]
        mentions.append(
            Mention(
                label="DATE",
                value=str(year),
                precision="year",
                date_earliest=date(year, 1, 1),
                date_latest=date(year, 12, 31),
                **span(str(year)),
            )
        )
        for key, label in (("person", "PER"), ("org", "ORG"), ("place", "LOC")):
            mentions.append(Mention(label=label, entity=entities[fields[key]], **span(fields[key])))
        amount = Decimal(fields["amount"] * 1_000_000)
        surface = f"{fields['amount']} millions d'euros"
        mentions.append(Mention(label="MONEY", amount_min=amount, amount_max=amount, currency="EUR", **span(surface)))
    Mention.objects.bulk_create(mentions, batch_size=2000)
    write_claim_marks(claims=claims)


def write_reviews(claims) -> None:
    """A review of each claim with a verdict, with one or two sources, stored as review_claim
    stores them."""
    reviewed = [claim for claim in claims if claim.verdict != "unverified"]
    now = timezone.now()
    reviews, sources = [], []
    for index, claim in enumerate(reviewed):
        cited = [
            Source(
                url=f"https://example.org/source/{claim.pk}/{n}",
                title=f"Source {n} de l'affirmation {claim.position}",
                publisher="Journal",
                published_on=date(2024, 1, 1) + timedelta(days=claim.pk % 300),
            )
            for n in range(1 + index % 2)
        ]
        rationale = f"Raisonnement sur l'affirmation {claim.position}, avec ses sources."
        created_at = now - timedelta(days=claim.position % 400)
        review = Review(
            claim=claim,
            verdict=claim.verdict,
            rationale=rationale,
            claim_version=2,
            created_at=created_at,
        )
        reviews.append(review)
        for source in cited:
            source.review = review
        sources.extend(cited)
    Review.objects.bulk_create(reviews)
    Claim.objects.filter(pk__in=[c.pk for c in reviewed]).update(version=2)
    Source.objects.bulk_create(sources, batch_size=2000)


def plain_page(request, slug):
    """The baseline: the same article's text, block by block, escaped into the same frame."""
    article = get_object_or_404(Article.objects.visible_to(request.user), slug=slug)
    blocks = article.blocks.filter(revision=article.revision).exclude(kind="boilerplate").order_by("start")
    paragraphs = [article.body[block.start : block.end] for block in blocks]
    return render(request, PLAIN_TEMPLATE, {"article": article, "paragraphs": paragraphs})


@dataclass
class Timing:
    seconds: list[float] = field(default_factory=list)
    queries: int = 0
    size: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def line(self, name: str) -> str:
        return f"{name:16s} {self.median * 1000:8.1f} ms  ({self.queries} queries, {self.size:,} bytes)"


def timed(views_by_name: dict, runs: int, before=None) -> dict[str, Timing]:
    """Each (view, slug)'s median time over `runs` calls after one warm-up, its queries and page
    size; `before(name)`, if given, runs untimed before each call.

    The views take turns within each run, so a change in the machine's load hits them alike.
    """
    factory = RequestFactory(SERVER_NAME="127.0.0.1")
    timings = {name: Timing() for name in views_by_name}
    for run in range(runs + 1):
        for name, (view, slug) in views_by_name.items():
            if before is not None:
                before(name)
            request = factory.get(f"/articles/{slug}/")
            request.user = AnonymousUser()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = view(request, slug=slug)
                elapsed = time.perf_counter() - started
            assert response.status_code == 200, response.status_code
            timing = timings[name]
            timing.size, timing.queries = len(response.content), len(queries)
            if run:
                timing.seconds.append(elapsed)
            # Freed here, not when the next view's response replaces it inside the timed span.
            del request, response
    return timings


class Reviewer:
    """Before each view "after a review": views the page (untimed, so it is in the cache as a
    reader left it), then reviews a claim never reviewed. Before each of the demo's first
    views: empties the cache."""

    def __init__(self, article: Article):
        self.user = get_user_model().objects.create_user("bench-reviewer", is_superuser=True, is_staff=True)
        self.claims = iter(Claim.objects.filter(article=article, verdict="unverified").order_by("?"))
        self.slug = article.slug

    def __call__(self, name: str) -> None:
        if name == "after a review":
            request = RequestFactory(SERVER_NAME="127.0.0.1").get(f"/articles/{self.slug}/")
            request.user = AnonymousUser()
            assert views.article_detail(request, slug=self.slug).status_code == 200
            claim = next(self.claims)
            source = SourceInput(url=f"https://example.org/{claim.pk}", title="Source")
            review_claim(claim=claim, reviewer=self.user, verdict="sourced", sources=[source], expected_version=1)
        elif name == "demo first view":
            cache.clear()


def main() -> int:
    # One straight script: build, time, print. Split, its steps would pass the database's
    # lifetime (create, destroy) between functions.
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--reviewed", type=float, default=0.25, help="fraction of the claims reviewed")
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()

    # The bench's own template directory, for the plain page.
    from django.conf import settings

    settings.TEMPLATES[0]["DIRS"].append(Path(__file__).resolve().parent / "templates")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        translation.activate("fr")
        started = time.perf_counter()
        article = build(options.claims, options.reviewed)
        call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        demo = Article.objects.exclude(pk=article.pk).get()
        # Tables fresh from bulk inserts have no planner statistics, nor (PostgreSQL) a visibility
        # map for index-only scans, which a production database does not lack for long (its
        # autovacuum makes both): make them first.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        print(
            f"article: {Claim.objects.filter(article=article).count()} claims, "
            f"{Mention.objects.filter(article=article).count()} mentions, "
            f"{Review.objects.filter(claim__article=article).count()} reviews, {len(article.body):,} characters; "
            f"demo: {Claim.objects.filter(article=demo).count()} claims, "
            f"{Mention.objects.filter(article=demo).count()} mentions "
            f"(built in {time.perf_counter() - started:.1f}s, {connection.vendor}, {settings.CACHES['default']['BACKEND']})"
        )
        views_by_name = {
            "demo plain": (plain_page, demo.slug),
            "demo first view": (views.article_detail, demo.slug),
            "plain": (plain_page, article.slug),
            "after a review": (views.article_detail, article.slug),
            "cached": (views.article_detail, article.slug),
        }
        results = timed(views_by_name, options.runs, before=Reviewer(article))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    for name, timing in results.items():
        print(timing.line(name))
    baselines = {"cached": "plain", "after a review": "plain", "demo first view": "demo plain"}
    met = True
    for name, baseline in baselines.items():
        ratio = results[name].median / results[baseline].median
        target = TARGETS[name]
        met &= ratio <= target
        print(
            f"{name + ' / ' + baseline:30s} {ratio:6.2f}x  (target <= {target}x: {'met' if ratio <= target else 'MISSED'})"
        )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
