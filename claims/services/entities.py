"""Curating entities changes what claims name: merging, deleting or relinking rewrites the
mentions (annotations) and then each touched claim's facets, in the same transaction."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Exists, OuterRef

from annotations.models import ENTITY_LABELS, Entity, EntityAlias, Mention
from claims.models import Claim
from claims.services.annotate import write_claim_marks


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
    ids = [entity.pk for entity in entities]
    claims = _claims_naming(ids)
    Entity.objects.filter(pk__in=ids).delete()
    write_claim_marks(claims=claims)


@transaction.atomic
def relink_mention(*, mention: Mention, entity: Entity | None) -> None:
    """Links `mention` to `entity` (None: to none), which gives it its kind as label, and
    rewrites its claim's marks."""
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
    return list(Claim.objects.filter(Exists(Mention.objects.filter(claim=OuterRef("pk"), entity_id__in=entity_ids))))
