"""The field's exchange formats for reviewed claims: schema.org ClaimReview and the W3C Web
Annotation model, both JSON-LD. Pure functions of the article, its reviewed claims (each with
its reviews prefetched, oldest first) and a function making absolute URLs.

The verdicts map onto ClaimReview's numeric scale as follows (worst 1, best 3); the rating's
`name` and `alternateName` (the words a search engine shows) are the verdict's name in the
article's language, as its readers read it on the page:

| verdict    | ratingValue | alternateName (fr / en)  |
|------------|-------------|--------------------------|
| disputed   | 1           | Contesté / Disputed      |
| unverified | 2           | Non vérifié / Unverified |
| sourced    | 3           | Sourcé / Sourced         |
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from claims.models import Article, Claim, Verdict

RATINGS = {Verdict.DISPUTED: 1, Verdict.UNVERIFIED: 2, Verdict.SOURCED: 3}
WORST_RATING, BEST_RATING = min(RATINGS.values()), max(RATINGS.values())
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
QUOTE_CONTEXT_CHARS = 32  # prefix/suffix length: enough to re-anchor a quote that repeats

Absolute = Callable[[str], str]


def original_url(article: Article) -> str | None:
    """The article's original address, if it is a web one (older rows may hold anything)."""
    url = article.source_url
    return url if url.lower().startswith(("http://", "https://")) else None


def article_url(article: Article, absolute: Absolute) -> str:
    """Where the article appears: its original URL, else Saga's reader page."""
    return original_url(article) or absolute(article.get_absolute_url())


def utc(moment: datetime) -> str:
    """xsd:dateTime in UTC written with `Z`, as the Web Annotation model requires."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- schema.org ClaimReview ---------------------------------------------------------------


@dataclass(frozen=True)
class Reviewed:
    """What a ClaimReview says of one claim: the claim and its latest review."""

    claim_id: int
    text: str
    verdict: str
    reviewed_at: datetime
    rationale: str


def claim_reviews(article: Article, claims: Iterable[Claim], *, absolute: Absolute, organisation: str) -> dict:
    """One ClaimReview per reviewed claim, as a JSON-LD graph."""
    reviewed = []
    for claim in claims:
        latest = list(claim.reviews.all())[-1]
        reviewed.append(Reviewed(claim.pk, claim.text, claim.verdict, latest.created_at, latest.rationale))
    return claim_review_graph(article, reviewed, absolute=absolute, organisation=organisation)


def claim_review_graph(
    article: Article, reviewed: Iterable[Reviewed], *, absolute: Absolute, organisation: str
) -> dict:
    """claim_reviews from rows read otherwise (the reader's page reads them with its panels')."""
    author = {"@type": "Organization", "name": organisation, "url": absolute("/")}
    item = {"@type": "Claim", "appearance": _appearance(article, absolute)}
    if article.published_on:
        item["datePublished"] = article.published_on.isoformat()
    if article.author or article.publisher:
        item["author"] = _article_author(article)
    # What every item shares, made once: a page's export holds hundreds of claims.
    page_url = absolute(article.get_absolute_url())
    labels = {value: str(label) for value, label in Verdict.choices}
    return {
        "@context": "https://schema.org",
        "@graph": [_claim_review(claim, author, item, page_url, labels) for claim in reviewed],
    }


def _claim_review(claim: Reviewed, author: dict, item: dict, page_url: str, labels: dict) -> dict:
    label = labels[claim.verdict]
    return {
        "@type": "ClaimReview",
        "url": f"{page_url}#claim-{claim.claim_id}",
        "claimReviewed": claim.text,
        "author": author,
        "datePublished": claim.reviewed_at.date().isoformat(),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[claim.verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "name": label.capitalize(),
            "alternateName": label.capitalize(),
            "ratingExplanation": claim.rationale or label,
        },
    }


def _appearance(article: Article, absolute: Absolute) -> dict:
    work = {"@type": "NewsArticle", "url": article_url(article, absolute), "headline": article.title}
    if article.published_on:
        work["datePublished"] = article.published_on.isoformat()
    if article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.author:
        work["author"] = {"@type": "Person", "name": article.author}
    return work


def _article_author(article: Article) -> dict:
    if article.author:
        return {"@type": "Person", "name": article.author}
    return {"@type": "Organization", "name": article.publisher}


# -- W3C Web Annotation -------------------------------------------------------------------


def annotation_page(
    article: Article,
    claims: Iterable[Claim],
    *,
    page_url: str,
    text_url: str,
    absolute: Absolute,
    organisation: str,
    revision_date: datetime,
) -> dict:
    """An AnnotationPage holding one `assessing` Annotation per reviewed claim, the only page of
    its AnnotationCollection.

    Each annotation's first target is the article's text as plain text (`text_url`, the
    `body` that offsets index), with a TextQuoteSelector and a TextPositionSelector and a
    TimeState with the date of the current revision, so a consumer knows which text the
    selectors describe; where the original URL is known, a second target is that page, with
    the quote only (its markup and furniture shift any position).
    """
    creator = {"type": "Organization", "name": organisation, "homepage": absolute("/")}
    state = {"type": "TimeState", "sourceDate": utc(revision_date)}
    annotate = Annotating(article, page_url, text_url, creator, state)
    items = [annotate(claim) for claim in claims]
    collection = {"id": f"{page_url}#collection", "type": "AnnotationCollection", "label": article.title}
    return {
        "@context": ANNO_CONTEXT,
        "id": page_url,
        "type": "AnnotationPage",
        "partOf": {**collection, "total": len(items)},
        "startIndex": 0,
        "items": items,
    }


class Annotating:
    """Makes the Annotation of a reviewed claim of one article."""

    def __init__(self, article: Article, page_url: str, text_url: str, creator: dict, state: dict):
        self.article, self.page_url, self.text_url = article, page_url, text_url
        self.creator, self.state = creator, state
        self.original = original_url(article)

    def __call__(self, claim: Claim) -> dict:
        reviews = list(claim.reviews.all())
        latest = reviews[-1]
        quote = _quote_selector(self.article.body, claim)
        targets = [
            {
                "source": self.text_url,
                "selector": [quote, _position_selector(claim)],
                "state": self.state,
            }
        ]
        if self.original:
            targets.append({"source": self.original, "selector": quote})
        return {
            "id": f"{self.page_url}#claim-{claim.pk}",
            "type": "Annotation",
            "motivation": "assessing",
            "creator": self.creator,
            "created": utc(reviews[0].created_at),
            "modified": utc(latest.created_at),
            "body": self.bodies(claim, latest),
            "target": targets,
        }

    def bodies(self, claim: Claim, review) -> list[dict]:
        """The verdict and rationale as text, the verdict as a tag, then one body per source,
        each with its creator and date (the review's), and the text ones with their language.

        A source with a URL is a SpecificResource (an External Web Resource may not carry a
        `purpose`); a citation without URL is text.
        """
        verdict = claim.get_verdict_display()
        made = {"creator": self.creator, "created": utc(review.created_at)}
        text = {"type": "TextualBody", "format": "text/plain", "language": self.article.language, **made}
        value = f"{verdict}: {review.rationale}" if review.rationale else verdict
        bodies = [
            {**text, "purpose": "assessing", "value": value},
            {**text, "purpose": "tagging", "value": claim.verdict},
        ]
        for source in review.sources.all():
            if source.url:
                bodies.append({"type": "SpecificResource", "purpose": "linking", "source": source.url, **made})
            else:
                citation = ", ".join(part for part in (source.title, source.publisher) if part)
                bodies.append({**text, "purpose": "linking", "value": citation})
        return bodies


def _quote_selector(body: str, claim: Claim) -> dict:
    return {
        "type": "TextQuoteSelector",
        "exact": body[claim.start : claim.end],
        "prefix": body[max(0, claim.start - QUOTE_CONTEXT_CHARS) : claim.start],
        "suffix": body[claim.end : claim.end + QUOTE_CONTEXT_CHARS],
    }


def _position_selector(claim: Claim) -> dict:
    return {"type": "TextPositionSelector", "start": claim.start, "end": claim.end}
