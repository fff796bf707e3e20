"""Writes and lookups of the annotation layer: the alias table and the mentions of an analysis."""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.db import transaction
from django.db.models import Exists, OuterRef

from annotations.models import ENTITY_LABELS, Entity, EntityAlias, Mention, MentionLabel


def alias_table() -> dict[str, tuple[str, str]]:
    """Every curated surface form -> (canonical name, kind), canonical names included.

    The NLP pipeline applies this table before the statistical model, so an editor's alias
    always wins over a guess.
    """
    table = {entity.name: (entity.name, entity.kind) for entity in Entity.objects.only("name", "kind")}
    for alias in EntityAlias.objects.select_related("entity").only("name", "entity__name", "entity__kind"):
        table[alias.name] = (alias.entity.name, alias.entity.kind)
    return table


def resolve_entities(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Entity]:
    """Returns the Entity of each (canonical name, kind), creating the missing ones in bulk."""
    wanted = set(pairs)
    if not wanted:
        return {}
    names = {name for name, _kind in wanted}
    found = {(e.name, e.kind): e for e in Entity.objects.filter(name__in=names)}
    missing = [Entity(name=name, kind=kind) for name, kind in sorted(wanted - found.keys())]
    if missing:
        Entity.objects.bulk_create(missing, ignore_conflicts=True)
        found = {(e.name, e.kind): e for e in Entity.objects.filter(name__in=names)}
    return {pair: found[pair] for pair in wanted}


def claim_finder(claims: Sequence):
    """Returns a function mapping a span to the claim that holds it, or None (titles, headings)."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    starts = [claim.start for claim in ordered]

    def claim_at(start: int, end: int):
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= ordered[index].end:
            return ordered[index]
        return None

    return claim_at


def build_mentions(*, article, revision: int, analysis, claims: Sequence) -> list[Mention]:
    """One unsaved Mention per entity, date and amount of `analysis` for `article` at `revision`.

    `claims` are the claims of that revision, saved or not (they are saved before the mentions
    are); each mention is attached to the claim whose span contains it. Entities are linked to
    (and if needed created as) canonical Entity rows.
    """
    entities = resolve_entities((entity_name(span), span.label) for span in analysis.entities)
    claim_at = claim_finder(claims)
    mentions = []
    for span in analysis.entities:
        mentions.append(
            Mention(label=span.label, entity=entities[(entity_name(span), span.label)], **_base(span, claim_at))
        )
    for span in analysis.dates:
        mentions.append(
            Mention(
                label=MentionLabel.DATE,
                value=span.value,
                precision=span.precision,
                date_earliest=span.earliest,
                date_latest=span.latest,
                **_base(span, claim_at),
            )
        )
    for span in analysis.money:
        mentions.append(
            Mention(
                label=MentionLabel.MONEY,
                amount_min=Decimal(span.min),
                amount_max=Decimal(span.max),
                currency=span.currency,
                **_base(span, claim_at),
            )
        )
    for mention in mentions:
        mention.article = article
        mention.revision = revision
    return mentions


def entity_name(span) -> str:
    """The canonical name of an entity span, cut to what Entity.name holds: a run of capitalised
    words can be recognised as one name of any length, and must not stop the article's ingest."""
    return (span.canonical or span.text)[: Entity._meta.get_field("name").max_length]


def _base(span, claim_at) -> dict:
    return {"start": span.start, "end": span.end, "text": span.text[:500], "claim": claim_at(span.start, span.end)}


@transaction.atomic
def load_entities(*, records: Iterable[dict]) -> int:
    """Creates or completes curated entities from records {name, kind, aliases, wikidata}.

    Idempotent: existing entities keep their rows and gain missing aliases; returns how many
    aliases were added.
    """
    added = 0
    for record in records:
        entity, _created = Entity.objects.get_or_create(name=record["name"], kind=record["kind"])
        if record.get("wikidata") and entity.wikidata_id != record["wikidata"]:
            entity.wikidata_id = record["wikidata"]
            entity.save(update_fields=["wikidata_id"])
        for alias in record.get("aliases", []):
            _alias, created = EntityAlias.objects.get_or_create(name=alias, defaults={"entity": entity})
            added += created
    return added


@transaction.atomic
def merge_entities(*, keep: Entity, others: Iterable[Entity]) -> int:
    """Folds `others` into `keep`, then deletes them; returns the number of mentions moved.

    Every mention and alias of the others moves to `keep`, and their names become aliases of
    `keep`, so the next annotation links those surface forms to it too. Moved mentions take
    `keep`'s kind as their label. `keep` gains a Wikidata id from the others if it has none.
    """
    ids = sorted({entity.pk for entity in others} - {keep.pk})
    if not ids:
        return 0
    locked = {entity.pk: entity for entity in Entity.objects.select_for_update().filter(pk__in=[keep.pk, *ids])}
    keep = locked[keep.pk]
    from claims.services import write_claim_marks  # the claims app builds on this one

    touched = _claims_naming(ids)  # before the mentions move: their claims' marks name the others
    moved = Mention.objects.filter(entity_id__in=ids).update(entity=keep, label=keep.kind)
    write_claim_marks(claims=touched)
    EntityAlias.objects.filter(entity_id__in=ids).update(entity=keep)
    for entity_id in ids:
        other = locked[entity_id]
        if other.name != keep.name:
            EntityAlias.objects.update_or_create(name=other.name, defaults={"entity": keep})
        if other.wikidata_id and not keep.wikidata_id:
            keep.wikidata_id = other.wikidata_id
    # The kept name is matched as itself; an alias of the same text would only shadow it.
    EntityAlias.objects.filter(entity=keep, name=keep.name).delete()
    Entity.objects.filter(pk__in=ids).delete()
    keep.save(update_fields=["wikidata_id"])
    return moved


@transaction.atomic
def delete_entities(*, entities: Iterable[Entity]) -> None:
    """Deletes `entities`; their mentions stay, unlinked, and their claims' marks are rewritten."""
    from claims.services import write_claim_marks  # the claims app builds on this one

    ids = [entity.pk for entity in entities]
    claims = _claims_naming(ids)
    Entity.objects.filter(pk__in=ids).delete()
    write_claim_marks(claims=claims)


@transaction.atomic
def relink_mention(*, mention: Mention, entity: Entity | None) -> None:
    """Links `mention` to `entity` (None: to none), which gives it its kind as label, and
    rewrites its claim's marks."""
    from claims.services import write_claim_marks  # the claims app builds on this one

    if mention.label not in ENTITY_LABELS:
        raise ValueError(f"a {mention.label} mention names no entity")
    mention.entity = entity
    if entity is not None:
        mention.label = entity.kind
    mention.save(update_fields=["entity", "label"])
    if mention.claim_id is not None:
        write_claim_marks(claims=[mention.claim])


def _claims_naming(entity_ids) -> list:
    """The claims with a mention of one of `entity_ids`, read from the mentions themselves:
    their facets are what is about to be rewritten."""
    from claims.models import Claim

    return list(Claim.objects.filter(Exists(Mention.objects.filter(claim=OuterRef("pk"), entity_id__in=entity_ids))))
