"""Writes and lookups of the annotation layer: the alias table, curated entities and the mentions
of an analysis. Nothing here knows about claims beyond the spans it is given: the writes that
must refresh claims too (entity merges, deletions, relinks) live in claims.services.entities."""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from annotations.models import Entity, EntityAlias, Mention, MentionLabel
from annotations.nlp.numbers import LARGEST


def alias_table() -> dict[str, tuple[str, str]]:
    """Every curated surface form -> (canonical name, kind), canonical names included.

    The NLP pipeline applies this table before the statistical model, so an editor's alias
    always wins over a guess.
    """
    # Read as plain rows: every ingest reads the whole table, a model instance each would cost more.
    # A name of two kinds: the last by (name, kind), the model's ordering, wins.
    table = {name: (name, kind) for name, kind in Entity.objects.values_list("name", "kind")}
    for alias, name, kind in EntityAlias.objects.order_by().values_list("name", "entity__name", "entity__kind"):
        table[alias] = (name, kind)
    return table


def resolve_entity_ids(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Returns the id of the Entity of each (canonical name, kind), creating the missing ones in
    bulk. Read as plain rows: an ingest names hundreds of entities, a model instance each would
    cost more."""
    wanted = set(pairs)
    if not wanted:
        return {}
    names = {name for name, _kind in wanted}
    named = Entity.objects.filter(name__in=names).order_by().values_list("name", "kind", "pk")
    found = {(name, kind): pk for name, kind, pk in named}
    missing = [Entity(name=name, kind=kind) for name, kind in sorted(wanted - found.keys())]
    if missing:
        Entity.objects.bulk_create(missing, ignore_conflicts=True)
        found = {(name, kind): pk for name, kind, pk in named.all()}
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


_TEXT_LENGTH = Mention._meta.get_field("text").max_length
_UNIT_LENGTH = Mention._meta.get_field("unit").max_length
_NAME_LENGTH = Entity._meta.get_field("name").max_length


@dataclass(slots=True)
class NewMention:
    """A mention to write: the columns of Mention under their attribute names (what
    claims.services.rows.insert_rows reads), and the claim that holds it, saved or not (its id is
    written once the claim has one).

    Plain values rather than a Mention: an ingest builds thousands of them, only to write them and
    read their facts back, and a model instance costs some 20 µs to build (every field's default,
    the descriptors of its foreign keys), a quarter of the ingest's writes."""

    article_id: int
    revision: int
    claim: object  # the claim whose span holds it, or None (titles, headings)
    claim_id: int | None
    label: str
    start: int
    end: int
    text: str
    entity_id: int | None = None
    value: str = ""
    precision: str = ""
    date_earliest: date | None = None
    date_latest: date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    currency: str = ""
    unit: str = ""


def build_mentions(*, article, revision: int, analysis, claims: Sequence) -> list[NewMention]:
    """One NewMention per entity, date, amount and quantity of `analysis` for `article` at
    `revision`.

    `claims` are the claims of that revision, saved or not (they are saved before the mentions
    are); each mention is attached to the claim whose span contains it, and takes its id if it
    has one. Entities are linked to (and if needed created as) canonical Entity rows.
    """
    entity_ids = resolve_entity_ids((entity_name(span), span.label) for span in analysis.entities)
    article_id, claim_at = article.pk, claim_finder(claims)

    def row(span, **values) -> NewMention:
        claim = claim_at(span.start, span.end)
        claim_id = claim.pk if claim is not None else None
        text = span.text[:_TEXT_LENGTH]
        return NewMention(article_id, revision, claim, claim_id, start=span.start, end=span.end, text=text, **values)

    mentions = [
        row(span, label=span.label, entity_id=entity_ids[(entity_name(span), span.label)]) for span in analysis.entities
    ]
    mentions += [_date_mention(row, span) for span in analysis.dates]
    mentions += [_measure_mention(row, MentionLabel.MONEY, span) for span in analysis.money]
    mentions += [_measure_mention(row, MentionLabel.QUANTITY, span) for span in analysis.quantities]
    return mentions


def _date_mention(row, span) -> NewMention:
    return row(
        span,
        label=MentionLabel.DATE,
        value=span.value or "",  # a date the calendar cannot hold has no value
        precision=span.precision or "",
        date_earliest=span.earliest,
        date_latest=span.latest,
    )


def _measure_mention(row, label: str, span) -> NewMention:
    """A MONEY mention with its currency, or a QUANTITY with its unit."""
    measure = {"currency": span.currency} if label == MentionLabel.MONEY else {"unit": span.unit[:_UNIT_LENGTH]}
    return row(span, label=label, amount_min=_stored(span.min), amount_max=_stored(span.max), **measure)


# What Mention.amount_* hold: six decimal places, values below numbers.LARGEST.
_PLACES = Decimal(1).scaleb(-Mention._meta.get_field("amount_min").decimal_places)


def _stored(value) -> Decimal | None:
    """A bound as Mention.amount_* hold it: as read ("0,005 %" is 0.005), rounded past the sixth
    decimal place. None (an open bound) stays None, and so does a value the field cannot hold (past
    LARGEST, or so small that it would round to 0): the text stays, the value goes, as the number
    grammar does with what is past any sane size, rather than a failed ingest or a wrong figure."""
    if value is None or abs(Decimal(value)) >= LARGEST:
        return None
    stored = Decimal(value).quantize(_PLACES)
    return None if stored == 0 and value != 0 else stored


def entity_name(span) -> str:
    """The canonical name of an entity span, cut to what Entity.name holds: a run of capitalised
    words can be recognised as one name of any length, and must not stop the article's ingest."""
    return (span.canonical or span.text)[:_NAME_LENGTH]


class AliasClash(Exception):
    """An entity file gives an entity an alias that already names another entity."""


@dataclass(frozen=True)
class EntitiesLoaded:
    added: int  # aliases added
    warnings: list[str]  # Entity.shared_name_warnings of the file's entities, as the admin gives them


@transaction.atomic
def load_entities(*, records: Iterable[dict]) -> EntitiesLoaded:
    """Creates or completes curated entities from records {name, kind, aliases, wikidata}.

    Idempotent: existing entities keep their rows and gain missing aliases. An alias that is
    already another entity's is refused as the admin refuses it (EntityAlias.clean): AliasClash,
    whose message names the entity, the alias and the other entity, and nothing of the records
    is written. A form that is both an alias and another entity's name is loaded, with the
    admin's warning.
    """
    added, entities = 0, []
    for record in records:
        entity, _created = Entity.objects.get_or_create(name=record["name"], kind=record["kind"])
        entities.append(entity)
        if record.get("wikidata") and entity.wikidata_id != record["wikidata"]:
            entity.wikidata_id = record["wikidata"]
            entity.save(update_fields=["wikidata_id"])
        for name in record.get("aliases", []):
            alias = EntityAlias(name=name, entity=entity)
            try:
                alias.clean()
            except ValidationError as error:
                values = {"name": entity.name, "kind": entity.get_kind_display(), "refusal": error.messages[0]}
                raise AliasClash(_("entity “%(name)s” (%(kind)s): %(refusal)s") % values) from None
            added += EntityAlias.objects.get_or_create(name=name, defaults={"entity": entity})[1]
    warnings = [warning for entity in dict.fromkeys(entities) for warning in entity.shared_name_warnings()]
    return EntitiesLoaded(added=added, warnings=warnings)
