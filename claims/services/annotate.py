"""The annotation rows of one revision of an article: blocks, claims and mentions, and what
each claim derives from its mentions (its marks).

Called by the ingest of a new article, by a new revision, and wherever mentions are rewritten,
moved or unlinked (re-annotation, entity merges, relinks).
"""

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.utils import timezone

from annotations import services as annotation_services
from annotations.models import Mention, MentionLabel
from claims.models import Article, Block, Claim
from claims.reader import claim_markup, mention_row, timeline_entry
from claims.services.inputs import analyse_text


def write_annotations(*, article: Article, revision: int, analysis) -> list[Claim]:
    """Writes the blocks, claims and mentions of `analysis` for one revision of `article`; each
    claim is written with its marks (see mark_claims), so it is written once."""
    blocks = Block.objects.bulk_create(
        Block(article=article, revision=revision, position=i, kind=b.kind, start=b.start, end=b.end)
        for i, b in enumerate(analysis.blocks)
    )
    now = timezone.now()
    claims = [
        Claim(
            article=article,
            block=blocks[c.block_index],
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
    grouped = _by_claim(claims, mentions, saved=False)
    mark_claims(claims, grouped)
    Claim.objects.bulk_create(claims)
    mark_timeline(claims, grouped)  # the entries link to their claims' ids, now that there are some
    Mention.objects.bulk_create(mentions)  # each takes its claim's id too
    return claims


def write_claim_marks(*, claims: Iterable[Claim]) -> None:
    """Derives each claim's `markup` and `facets`, and its dates' timeline entries, again from
    its saved mentions, and saves them. Called wherever mentions are rewritten, moved or unlinked."""
    claims = list(claims)
    grouped = derive_claim_marks(claims, Mention.objects)
    Claim.objects.bulk_update(claims, ["markup", "facets"], batch_size=500)
    # Most calls move entities, not dates: only the entries that changed are written.
    before = {mention.pk: mention.timeline for own in grouped for mention in own}
    changed = [mention for mention in mark_timeline(claims, grouped) if mention.timeline != before[mention.pk]]
    Mention.objects.bulk_update(changed, ["timeline"], batch_size=500)


def derive_claim_marks(claims: Sequence, mentions) -> list[list]:
    """Sets `markup` and `facets` on each of `claims` (saved) from its rows in `mentions` (a
    Mention manager, historical ones included): one query. Returns each claim's mentions."""
    grouped = _by_claim(claims, list(mentions.filter(claim__in=claims).order_by()))
    mark_claims(claims, grouped)
    return grouped


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


def mark_claims(claims: Sequence, mentions: Sequence[Sequence]) -> None:
    """Sets each claim's derived fields from its mentions (`mentions[i]` for `claims[i]`).

    markup: the claim's text as HTML, its mentions marked (claims.reader.claim_markup).
    facets: {"entities": ids of the entities named, in reading order, "years": every year a
    date of the claim covers, ascending}.
    """
    for claim, own in zip(claims, mentions, strict=True):
        rows = sorted((mention_row(mention, offset=claim.start) for mention in own), key=lambda r: (r[0], -r[1]))
        claim.markup = claim_markup(claim.text, 0, len(claim.text), rows)
        years = {
            year
            for mention in own
            if mention.date_earliest is not None
            for year in range(mention.date_earliest.year, (mention.date_latest or mention.date_earliest).year + 1)
        }
        entities = dict.fromkeys(row[3] for row in rows if row[3] is not None)
        claim.facets = {"entities": list(entities), "years": sorted(years)}


def mark_timeline(claims: Sequence, mentions: Sequence[Sequence]) -> list:
    """Sets `timeline` on the dates among each claim's mentions (`mentions[i]` for `claims[i]`,
    which is saved: the entry links to it) and returns those dates.

    Each claim has one entry per date value, from its first mention in reading order; a date
    without bounds has none (see claims.reader.timeline_entry).
    """
    dates = []
    for claim, own in zip(claims, mentions, strict=True):
        seen = set()
        for mention in sorted((m for m in own if m.label == MentionLabel.DATE), key=lambda m: (m.start, -m.end)):
            mention.timeline = ""
            if mention.date_earliest is not None and mention.value not in seen:
                seen.add(mention.value)
                mention.timeline = timeline_entry(
                    claim_id=claim.pk,
                    claim_text=claim.text,
                    written=claim.text[mention.start - claim.start : mention.end - claim.start],
                    value=mention.value,
                    precision=mention.precision,
                    earliest=mention.date_earliest,
                )
            dates.append(mention)
    return dates


@transaction.atomic
def reannotate_article(*, article: Article) -> int:
    """Re-runs entity, date and amount marking on the current text with today's aliases.

    Blocks and claims (and so every verdict) stay as they are; check-worthiness is refreshed for
    claims whose span is unchanged. Returns the number of mentions written.
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
    grouped = _by_claim(claims, mentions)
    mark_claims(claims, grouped)
    mark_timeline(claims, grouped)
    Mention.objects.bulk_create(mentions)
    Claim.objects.bulk_update(claims, ["checkworthiness", "markup", "facets"], batch_size=500)
    return len(mentions)
