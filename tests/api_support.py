"""Test data for the API tests: articles with known claims and mentions, written through the
real annotation writer (claims.services.write_annotations) from a hand-made analysis, so the
filters can be checked against mentions the test itself chose, without loading spaCy."""

from datetime import date

from annotations.nlp.types import Analysis, Block, ClaimSpan, DateSpan, EntitySpan, MoneySpan
from claims.models import Article, ArticleRevision
from claims.services import SourceInput, body_digest, review_claim, write_annotations

# Each sentence is a claim; each mention is (surface text, label, normalised value or canonical name).
FACTORY_SENTENCES = [
    (
        "Renault a ouvert une usine à Lyon en mars 2021.",
        0.9,
        [
            ("Renault", "ORG", "Renault"),
            ("Lyon", "LOC", "Lyon"),
            ("mars 2021", "DATE", ("2021-03", "month", date(2021, 3, 1), date(2021, 3, 31))),
        ],
    ),
    (
        "L'investissement atteint 120 millions d'euros.",
        0.7,
        [("120 millions d'euros", "MONEY", (120_000_000, 120_000_000, "EUR"))],
    ),
    (
        "Jean Dupont dirige le site depuis 2019.",
        0.4,
        [
            ("Jean Dupont", "PER", "Jean Dupont"),
            ("2019", "DATE", ("2019", "year", date(2019, 1, 1), date(2019, 12, 31))),
        ],
    ),
    ("Le site est calme le dimanche.", 0.1, []),
]


def build_article(slug="usine-lyon", *, publish=True, sentences=FACTORY_SENTENCES, repeat=1, title="Une usine à Lyon"):
    """An article whose paragraph holds `sentences` (`repeat` times), one claim per sentence."""
    body, spans = f"{title}\n\n", []
    for _ in range(repeat):
        for text, score, mentions in sentences:
            start = len(body)
            body += text + " "
            spans.append((start, text, score, mentions))
    body = body.rstrip() + "\n"
    paragraph_start = len(title) + 2
    claims, entities, dates, money = [], [], [], []
    for start, text, score, mentions in spans:
        claims.append(ClaimSpan(start=start, end=start + len(text), text=text, checkworthiness=score, block_index=1))
        for surface, label, value in mentions:
            at = start + text.index(surface)
            end = at + len(surface)
            if label == "DATE":
                iso, precision, earliest, latest = value
                dates.append(DateSpan(at, end, surface, iso, precision, earliest, latest))
            elif label == "MONEY":
                low, high, currency = value
                money.append(MoneySpan(at, end, surface, low, high, currency))
            else:
                entities.append(EntitySpan(at, end, surface, label, value))
    analysis = Analysis(
        language="fr",
        title=title,
        blocks=[Block(0, len(title), "title"), Block(paragraph_start, len(body) - 1, "paragraph")],
        claims=claims,
        entities=entities,
        dates=dates,
        money=money,
    )
    article = Article.objects.create(
        slug=slug,
        title=title,
        body=body,
        body_sha256=body_digest(body),
        status=Article.Status.PUBLISHED if publish else Article.Status.DRAFT,
        source_url=f"https://news.example/{slug}",
        publisher="Le Quotidien",
        author="Ana Martin",
        published_on=date(2021, 3, 4),
    )
    ArticleRevision.objects.create(article=article, number=1, body=body, body_sha256=article.body_sha256)
    write_annotations(article=article, revision=1, analysis=analysis)
    return article


def review(claim, reviewer, verdict="sourced", *, rationale="", url="https://source.example/a", **extra):
    claim.refresh_from_db()
    sources = [SourceInput(url=url, title="Communiqué", publisher="Renault")] if url else []
    return review_claim(
        claim=claim,
        reviewer=reviewer,
        verdict=verdict,
        rationale=rationale,
        sources=sources,
        expected_version=claim.version,
        **extra,
    )
