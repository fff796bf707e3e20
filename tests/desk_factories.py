"""Articles for the review-desk tests, written row by row (no NLP), so each test controls exactly
which claims, entities, dates and amounts exist and list pages can be grown to any size."""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from annotations.models import Entity, Mention
from claims.models import Article, Block, Claim, Review
from claims.services import SourceInput, body_digest, review_claim, write_claim_marks

SENTENCE = "Jean Martin a versé {n} millions d'euros à Lyon en {year}."


def make_desk_article(*, slug: str = "desk", count: int = 3, status: str = "published", first_year: int = 2000):
    """A one-paragraph article of `count` claims; claim i says SENTENCE with n=i+1 and year first_year+i.

    Each claim mentions the person "Jean Martin", the place "Lyon", its year and its amount; later
    claims are more check-worthy, so the ranked list shows them first.
    """
    sentences = [SENTENCE.format(n=i + 1, year=first_year + i) for i in range(count)]
    body = " ".join(sentences)
    article = Article.objects.create(
        slug=slug, title=slug.title(), body=body, body_sha256=body_digest(body), status=status
    )
    block = Block.objects.create(article=article, position=0, kind="paragraph", start=0, end=len(body))
    person, _ = Entity.objects.get_or_create(name="Jean Martin", kind="PER")
    place, _ = Entity.objects.get_or_create(name="Lyon", kind="LOC")
    mentions, start = [], 0
    for i, sentence in enumerate(sentences):
        claim = Claim.objects.create(
            article=article,
            block=block,
            position=i,
            start=start,
            end=start + len(sentence),
            text=sentence,
            checkworthiness=round((i + 1) / (count + 1), 4),
        )
        mentions += _mentions(article, claim, sentence, start, person, place, first_year + i, i + 1)
        start += len(sentence) + 1
    Mention.objects.bulk_create(mentions)
    write_claim_marks(claims=article.claims.all())
    return article


def _mentions(article, claim, sentence, offset, person, place, year, millions):
    def span(text):
        begin = offset + sentence.index(text)
        return {"article": article, "claim": claim, "start": begin, "end": begin + len(text), "text": text}

    amount = Decimal(millions * 1_000_000)
    money = f"{millions} millions d'euros"
    return [
        Mention(label="PER", entity=person, **span("Jean Martin")),
        Mention(label="LOC", entity=place, **span("Lyon")),
        Mention(
            label="DATE",
            value=str(year),
            precision="year",
            date_earliest=date(year, 1, 1),
            date_latest=date(year, 12, 31),
            **span(str(year)),
        ),
        Mention(label="MONEY", amount_min=amount, amount_max=amount, currency="EUR", **span(money)),
    ]


def review(claim, reviewer, verdict, *, days_ago: int = 0):
    """`reviewer` gives `claim` its `verdict` through the review service, written `days_ago` days ago."""
    claim.refresh_from_db()
    done = review_claim(
        claim=claim,
        reviewer=reviewer,
        verdict=verdict,
        rationale="Les chiffres diffèrent.",
        sources=[SourceInput(url="https://example.org")],
        expected_version=claim.version,
    )
    if days_ago:
        Review.objects.filter(pk=done.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
