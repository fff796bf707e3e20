"""Named reads of the annotation layer. `annotations` never imports `claims`: articles are
reached through the mentions' string relation, by field name."""

from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery


class EntityQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Entities mentioned in an article `user` may read: a draft must not leak a name."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        mentions = self.model._meta.get_field("mentions").related_model.objects
        return self.filter(Exists(mentions.filter(entity=OuterRef("pk"), article__status="published")))

    def lookup_visible_to(self, user):
        """visible_to, for looking up one or a few entities (by id, by name). visible_to's
        semi-join suits lists, but PostgreSQL plans it by collecting every mention of the
        entity first: ~7 ms for one named in 58,000 mentions (bench/scale.py). Here each row's
        check is a subquery that stops at the first readable mention: ~0.05 ms."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        mentions = self.model._meta.get_field("mentions").related_model.objects
        readable = mentions.filter(entity=OuterRef("pk"), article__status="published")
        first = Subquery(readable.order_by().values("pk")[:1])  # any one: no sort
        return self.alias(first_readable=first).filter(first_readable__isnull=False)

    def for_api(self, user):
        """Visible entities with their aliases and how often they are mentioned in the current
        text of visible articles: two queries for a page."""
        current = Q(mentions__revision=F("mentions__article__revision"))
        if not (user is not None and user.is_active and user.is_staff):
            current &= Q(mentions__article__status="published")
        return (
            self.visible_to(user)
            .annotate(
                mention_count=Count("mentions", filter=current),
                claim_count=Count("mentions__claim", filter=current, distinct=True),
            )
            .prefetch_related("aliases")
            .order_by("name", "kind", "pk")
        )

    # An alias wins over a name in the alias table (annotations.services.alias_table), so a form
    # that is one entity's alias and another's name links to the first only.
    def named_like_aliases_of(self, entity):
        """Other entities whose name is one of `entity`'s aliases: the annotation links their
        name's mentions to `entity`."""
        return self.exclude(pk=entity.pk).filter(name__in=entity.aliases.values("name"))

    def with_alias_named_like(self, entity):
        """Other entities that have `entity`'s name as an alias: the annotation links that name's
        mentions to them, not to `entity`."""
        return self.exclude(pk=entity.pk).filter(aliases__name=entity.name)


class MentionQuerySet(models.QuerySet):
    ROW_COLUMNS = (
        "claim_id",
        "label",
        "text",
        "start",
        "end",
        "value",
        "precision",
        "date_earliest",
        "date_latest",
        "amount_min",
        "amount_max",
        "currency",
        "unit",
        "entity_id",
        "entity__name",
        "entity__kind",
        "entity__wikidata_id",
    )

    def rows_by_claim(self, claim_ids) -> dict[int, list[dict]]:
        """The mentions of these claims as plain rows (their columns and their entity's), in
        reading order, grouped by claim id: one query, and no model instances, which cost
        several times the query itself on a page of hundreds of mentions."""
        rows: dict[int, list[dict]] = {}
        for row in self.filter(claim_id__in=claim_ids).order_by("start", "pk").values(*self.ROW_COLUMNS):
            rows.setdefault(row["claim_id"], []).append(row)
        return rows
