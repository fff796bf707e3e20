"""Builds annotated articles row by row, without the NLP pipeline, for the reader-page tests.

Spans are found in the text by search, so each test states its article as words, not offsets.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date

from annotations.models import Entity, Mention
from claims.models import Article, ArticleRevision, Block, Claim
from claims.services import write_claim_marks


@dataclass
class MentionSpec:
    surface: str
    label: str
    entity: str = ""  # canonical name, for PER/ORG/LOC/MISC
    value: str = ""  # DATE: ISO 8601 value
    precision: str = ""
    earliest: date | None = None
    latest: date | None = None
    amount: int | None = None
    currency: str = ""


@dataclass
class BlockSpec:
    kind: str
    text: str
    claims: list[str] = field(default_factory=list)  # sentences of the text that are claims
    mentions: list[MentionSpec] = field(default_factory=list)


def build_article(slug: str, blocks: list[BlockSpec], *, status: str = "published", language: str = "fr", **fields):
    """Creates the article, its blocks, claims and mentions; returns (article, {claim text: Claim})."""
    body = "\n\n".join(block.text for block in blocks) + "\n"
    digest = hashlib.sha256(body.encode()).hexdigest()
    title = fields.pop("title", blocks[0].text[:80])
    article = Article.objects.create(
        slug=slug, title=title, body=body, body_sha256=digest, status=status, language=language, **fields
    )
    ArticleRevision.objects.create(article=article, number=1, body=body, body_sha256=digest)
    claims, mentions, offset, position = {}, [], 0, 0
    for index, spec in enumerate(blocks):
        block = Block.objects.create(
            article=article, position=index, kind=spec.kind, start=offset, end=offset + len(spec.text)
        )
        for sentence in spec.claims:
            start = offset + spec.text.index(sentence)
            claims[sentence] = Claim.objects.create(
                article=article,
                block=block,
                position=position,
                start=start,
                end=start + len(sentence),
                text=sentence,
            )
            position += 1
        for mention in spec.mentions:
            start = offset + spec.text.index(mention.surface)
            mentions.append(_mention(article, start, mention, claims.values()))
        offset += len(spec.text) + 2
    Mention.objects.bulk_create(mentions)
    write_claim_marks(claims=claims.values())
    return article, claims


def _mention(article, start: int, spec: MentionSpec, claims) -> Mention:
    end = start + len(spec.surface)
    claim = next((c for c in claims if c.start <= start and end <= c.end), None)
    entity = None
    if spec.entity:
        entity, _created = Entity.objects.get_or_create(name=spec.entity, kind=spec.label)
    amount = spec.amount
    return Mention(
        article=article,
        claim=claim,
        label=spec.label,
        start=start,
        end=end,
        text=spec.surface,
        entity=entity,
        value=spec.value,
        precision=spec.precision,
        date_earliest=spec.earliest,
        date_latest=spec.latest,
        amount_min=amount,
        amount_max=amount,
        currency=spec.currency,
    )
