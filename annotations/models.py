"""Entities (canonical things editors curate) and mentions (spans of an article body).

`annotations` never imports `claims`: its models point at articles and claims by string
reference, and the orchestration that writes both lives in `claims/services/`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from annotations.managers import EntityQuerySet, MentionQuerySet


class EntityKind(models.TextChoices):
    PERSON = "PER", _("person")
    ORGANISATION = "ORG", _("organisation")
    PLACE = "LOC", _("place")
    OTHER = "MISC", _("other")


class Entity(models.Model):
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=4, choices=EntityKind.choices)
    # Not indexed: no query looks an entity up by its id (the admin's search is a substring match,
    # which a b-tree cannot serve), and every entity the ingest finds would pay for one.
    wikidata_id = models.CharField(_("Wikidata id"), max_length=20, blank=True, help_text=_("For example Q317521."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = EntityQuerySet.as_manager()

    class Meta:
        verbose_name = _("entity")
        verbose_name_plural = _("entities")
        ordering = ["name", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="entity_unique_name_kind"),
            models.CheckConstraint(condition=Q(kind__in=EntityKind.values), name="entity_kind_valid"),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"), name="entity_wikidata_id_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def shared_name_warnings(self) -> list[str]:
        """One warning for each form that is both an alias and another entity's name, naming the
        other entity: allowed (an editor's alias is how a guessed entity's mentions are sent to a
        curated one), but the alias wins, which the editor may not have meant. The admin and
        the commands that load entity files say these after saving."""
        warnings = []
        for other in Entity.objects.named_like_aliases_of(self):
            message = _(
                "The alias “%(name)s” is also the name of another entity (%(kind)s): the alias wins, so the next "
                "annotation links the mentions of “%(name)s” to “%(entity)s”. Merge the two entities if they are "
                "one; otherwise remove the alias."
            )
            warnings.append(message % {"name": other.name, "kind": other.get_kind_display(), "entity": self.name})
        for other in Entity.objects.with_alias_named_like(self):
            message = _(
                "“%(name)s” is also an alias of another entity, “%(other)s” (%(kind)s): the alias wins, so the "
                "annotation links the mentions of “%(name)s” to “%(other)s”, not to this entity. Merge the two "
                "entities if they are one."
            )
            warnings.append(message % {"name": self.name, "other": other.name, "kind": other.get_kind_display()})
        return warnings


class EntityAlias(models.Model):
    """Another surface form of an entity ("Dupont" for "Jean Dupont"); one alias names one entity."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("entity"))
    name = models.CharField(_("alias"), max_length=300, unique=True)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        """Refuses another entity's alias naming that entity (the unique column would refuse it too,
        without saying whose it is)."""
        other = EntityAlias.objects.filter(name=self.name).exclude(pk=self.pk).select_related("entity").first()
        if other and other.entity_id != self.entity_id:
            message = _(
                "“%(name)s” is already an alias of another entity, “%(entity)s” (%(kind)s): an alias names one entity."
            )
            values = {"name": self.name, "entity": other.entity.name, "kind": other.entity.get_kind_display()}
            raise ValidationError({"name": message % values})


class MentionLabel(models.TextChoices):
    PERSON = "PER", _("person")
    ORGANISATION = "ORG", _("organisation")
    PLACE = "LOC", _("place")
    OTHER = "MISC", _("other")
    DATE = "DATE", _("date")
    MONEY = "MONEY", _("amount")
    QUANTITY = "QUANTITY", _("quantity")


ENTITY_LABELS = [
    label.value for label in (MentionLabel.PERSON, MentionLabel.ORGANISATION, MentionLabel.PLACE, MentionLabel.OTHER)
]


class Mention(models.Model):
    """A marked span: an entity, a date (normalised ISO 8601 value), an amount (min, max, currency)
    or a quantity (min, max, unit: "%", a unit symbol or the counted noun).

    An amount or a quantity with an open bound ("plus de 10 euros") has that bound null; one too
    large for any sane reading has both null.

    `claim` is empty for mentions in titles and headings, which are marked but are not claims.
    """

    # Indexed with its id (Meta.indexes), not alone.
    article = models.ForeignKey(
        "claims.Article", on_delete=models.CASCADE, related_name="mentions", db_index=False, verbose_name=_("article")
    )
    revision = models.PositiveIntegerField(_("revision"), default=1)
    claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="mentions",
        verbose_name=_("claim"),
    )
    label = models.CharField(_("label"), max_length=8, choices=MentionLabel.choices)
    start = models.PositiveIntegerField(verbose_name=_("start"))
    end = models.PositiveIntegerField(verbose_name=_("end"))
    text = models.CharField(_("text"), max_length=500)
    # Indexed by mention_entity_claim (entity, claim), which serves the lookups by entity: an index
    # of its own would be one more b-tree for every mention the ingest writes.
    entity = models.ForeignKey(
        Entity,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentions",
        db_index=False,
        verbose_name=_("entity"),
    )
    value = models.CharField(
        _("normalised value"), max_length=40, blank=True, help_text=_("ISO 8601 date or interval.")
    )
    precision = models.CharField(_("precision"), max_length=8, blank=True)
    date_earliest = models.DateField(null=True, blank=True, verbose_name=_("earliest date"))
    date_latest = models.DateField(null=True, blank=True, verbose_name=_("latest date"))
    # Bounds as the analysis reads them, to the millionth ("0,005 %", "1,859 €"). The number grammar
    # keeps values below 10^21 (annotations.nlp.numbers.LARGEST); 22 digits before the point also
    # hold what SQLite, keeping 15 significant digits, gives back for the largest (1E+21).
    amount_min = models.DecimalField(
        max_digits=28, decimal_places=6, null=True, blank=True, verbose_name=_("lowest amount")
    )
    amount_max = models.DecimalField(
        max_digits=28, decimal_places=6, null=True, blank=True, verbose_name=_("highest amount")
    )
    currency = models.CharField(max_length=3, blank=True, verbose_name=_("currency"))
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("Of a quantity: %, a unit symbol or the counted noun.")
    )

    objects = MentionQuerySet.as_manager()

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["article", "revision", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__gte=0), name="mention_start_not_negative"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="mention_start_before_end"),
            models.CheckConstraint(condition=Q(label__in=MentionLabel.values), name="mention_label_valid"),
            models.CheckConstraint(
                condition=Q(entity__isnull=True) | Q(label__in=ENTITY_LABELS), name="mention_entity_only_for_entities"
            ),
            models.CheckConstraint(
                condition=Q(date_earliest__isnull=True) | Q(date_latest__gte=F("date_earliest")),
                name="mention_date_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(amount_min__isnull=True) | Q(amount_max__isnull=True) | Q(amount_max__gte=F("amount_min")),
                name="mention_amount_range_ordered",
            ),
        ]
        indexes = [
            # An article's mentions, and its newest one in a single step whatever the archive's
            # size (the reader's cache key, claims.reader.article_for_page).
            models.Index(fields=["article", "id"], name="mention_article_id"),
            models.Index(fields=["article", "revision", "start"], name="mention_article_start"),
            # The reader's page (claims.reader): the dates of an article, and its entity counts
            # grouped in the index's order.
            models.Index(fields=["article", "revision", "label", "entity"], name="mention_article_label"),
            # ... and the few mentions outside claims (titles, headings), which it marks itself.
            models.Index(
                fields=["article", "revision", "start"], condition=Q(claim__isnull=True), name="mention_article_loose"
            ),
            models.Index(fields=["label", "claim"], name="mention_label_claim"),
            models.Index(fields=["entity", "claim"], name="mention_entity_claim"),
            # Claims giving a date, or an amount, latest first (matching.services' candidates).
            models.Index(fields=["date_earliest", "date_latest", "claim"], name="mention_date_claim"),
            models.Index(
                fields=["amount_min", "amount_max", "currency", "claim"],
                condition=Q(amount_min__isnull=False),
                name="mention_amount_claim",
            ),
            # "Does this claim mention a date in [from, to]?" answered from the index alone.
            models.Index(
                fields=["claim", "date_earliest", "date_latest"],
                condition=Q(date_earliest__isnull=False),
                name="mention_claim_dates",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.text}"
