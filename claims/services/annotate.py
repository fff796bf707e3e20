"""The annotation rows of one revision of an article: blocks, claims and mentions, and what
each claim derives from its mentions (its facets).

Called by the ingest of a new article, by a new revision, and wherever mentions are rewritten,
moved or unlinked (re-annotation, entity merges, relinks).
"""

from collections.abc import Iterable
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone

from annotations import services as annotation_services
from annotations.models import Mention
from annotations.services import NewMention
from claims.managers import covered_years
from claims.models import Article, Block, Claim
from claims.services.inputs import analyse_text
from claims.services.rows import ids_by_position, insert_rows
from matching.services import refresh_matches


class Written(NamedTuple):
    claims: list[Claim]  # in reading order, with their ids
    mentions: list[NewMention]  # with their claims' ids (not their own: claims.services.rows)


def write_annotations(*, article: Article, revision: int, analysis) -> Written:
    """Writes the blocks, claims and mentions of `analysis` for one revision of `article` and
    returns them, the claims in reading order with their ids. Each table is written in one
    executemany (claims.services.rows), each claim with its facets (claim_facets), so it is
    written once."""
    block_ids = _write_blocks(article, revision, analysis.blocks)
    now = timezone.now()
    claims = [
        Claim(
            article_id=article.pk,
            block_id=block_ids[c.block_index],
            revision=revision,
            position=i,
            start=c.start,
            end=c.end,
            text=c.text,
            checkworthiness=c.checkworthiness,
            created_at=now,
            updated_at=now,
        )
        for i, c in enumerate(analysis.claims)
    ]
    mentions = annotation_services.build_mentions(article=article, revision=revision, analysis=analysis, claims=claims)
    for claim, own in zip(claims, _by_claim(claims, mentions, saved=False), strict=True):
        claim.facets = claim_facets(own)
    insert_rows(Claim, claims)
    for claim, pk in zip(claims, ids_by_position(Claim, article_id=article.pk, revision=revision), strict=True):
        claim.pk = pk
    for mention in mentions:  # each takes its claim's id, now that there is one
        mention.claim_id = mention.claim.pk if mention.claim is not None else None
    insert_rows(Mention, mentions)
    return Written(claims, mentions)


def _write_blocks(article: Article, revision: int, blocks) -> list[int]:
    """Writes the blocks of one revision; returns their ids in reading order."""
    insert_rows(
        Block,
        (
            Block(article_id=article.pk, revision=revision, position=i, kind=b.kind, start=b.start, end=b.end)
            for i, b in enumerate(blocks)
        ),
    )
    return ids_by_position(Block, article_id=article.pk, revision=revision)


def write_claim_marks(*, claims: Iterable[Claim]) -> None:
    """Derives each claim's facets again from its saved mentions (one query) and saves them.
    Called wherever mentions are rewritten, moved or unlinked."""
    claims = list(claims)
    grouped = _by_claim(claims, list(Mention.objects.filter(claim__in=claims).order_by()))
    for claim, own in zip(claims, grouped, strict=True):
        claim.facets = claim_facets(own)
    Claim.objects.bulk_update(claims, ["facets"], batch_size=500)


def _by_claim(claims, mentions, *, saved: bool = True) -> list[list]:
    """The mentions of each of `claims`, in the same order. Saved claims are matched by id;
    claims not saved yet (write_annotations) by position, through the claim each mention holds."""
    if saved:
        index = {claim.pk: position for position, claim in enumerate(claims)}
        owners = [index.get(mention.claim_id) for mention in mentions]
    else:
        index = {claim.position: position for position, claim in enumerate(claims)}
        owners = [index.get(mention.claim.position) if mention.claim else None for mention in mentions]
    grouped: list[list] = [[] for _claim in claims]
    for mention, owner in zip(mentions, owners, strict=True):
        if owner is not None:
            grouped[owner].append(mention)
    return grouped


def claim_facets(mentions: Iterable[Mention]) -> dict:
    """What the API's filters search in a claim (Claim.facets), from its mentions:
    {"entities": ids of the entities named, in reading order, "years": every year a date of the
    claim covers, ascending; an open bound, "avant 2000", stops at the years listed,
    "year_entities": each of those years (a string: a JSON key) with the entities}.

    year_entities repeats the other two so that "naming X in 2016" is one key of the facets index
    (claims.managers.facets_containing): its posting list holds that pair's claims only, where the
    entity's and the year's lists are each a few percent of the archive and their intersection
    cost grows with it (bench/scale.py: 3.4 against 0.85 ms at 1,000,000 claims)."""
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end))
    years = {
        year
        for mention in ordered
        if mention.date_earliest is not None
        for year in covered_years(mention.date_earliest, mention.date_latest or mention.date_earliest)
    }
    entities = dict.fromkeys(mention.entity_id for mention in ordered if mention.entity_id is not None)
    years = sorted(years)
    return {"entities": list(entities), "years": years, "year_entities": {str(year): list(entities) for year in years}}


@transaction.atomic
def reannotate_article(*, article: Article) -> int:
    """Re-runs entity, date and amount marking on the current text with today's aliases.

    Blocks and claims (and so every verdict) stay as they are; check-worthiness is refreshed for
    claims whose span is unchanged, and the claims' suggested matches and open inconsistencies are
    made again from their new mentions (matching.services.refresh_matches). Returns the number of
    mentions written.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    analysis = analyse_text(
        text=article.body, fmt=article.body_format, language=article.language, published=article.published_on
    )
    claims = list(Claim.objects.filter(article=article, revision=article.revision))
    scores = {(c.start, c.end): c.checkworthiness for c in analysis.claims}
    for claim in claims:
        claim.checkworthiness = scores.get((claim.start, claim.end), claim.checkworthiness)
    Mention.objects.filter(article=article, revision=article.revision).delete()
    mentions = annotation_services.build_mentions(
        article=article, revision=article.revision, analysis=analysis, claims=claims
    )
    for claim, own in zip(claims, _by_claim(claims, mentions), strict=True):
        claim.facets = claim_facets(own)
    insert_rows(Mention, mentions)
    Claim.objects.bulk_update(claims, ["checkworthiness", "facets"], batch_size=500)
    refresh_matches(article=article, claims=claims, mentions=mentions)
    return len(mentions)
