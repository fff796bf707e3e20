"""Admin for the entities editors curate and the mentions the pipeline marks (models of the
annotations app, registered here because their changes rewrite claims: claims.services.entities).

Mentions are written by the annotation only; editors act on entities (kind, aliases, merges)
and re-run the annotation of an article to apply them.
"""

from django import forms
from django.contrib import admin, messages
from django.core.validators import RegexValidator
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annotations.models import ENTITY_LABELS, Entity, EntityAlias, Mention
from claims.admin.common import action_page
from claims.services.entities import delete_entities, merge_entities, relink_mention


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    extra = 1


class EntityForm(forms.ModelForm):
    """The entity's own fields, a malformed Wikidata id refused in words: the database's check
    alone answered with the constraint's name."""

    wikidata_id = forms.CharField(
        label=gettext_lazy("Wikidata id"),
        max_length=20,
        required=False,
        help_text=gettext_lazy("For example Q317521."),
        validators=[
            RegexValidator(r"^Q[1-9][0-9]*\Z", gettext_lazy("A Wikidata id is Q followed by digits, such as Q317521."))
        ],
    )

    class Meta:
        model = Entity
        fields = ["name", "kind", "wikidata_id"]


class EntityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, entity):
        return _("%(name)s (%(kind)s, %(count)s mentions)") % {
            "name": entity.name,
            "kind": entity.get_kind_display(),
            "count": entity.mention_count,
        }


class MergeForm(forms.Form):
    keep = EntityChoiceField(
        queryset=Entity.objects.none(),
        widget=forms.RadioSelect(attrs={"class": "radiolist"}),  # the admin's own radio style
        label=gettext_lazy("Keep"),
        help_text=gettext_lazy("The others become its aliases; their mentions move to it."),
    )

    def __init__(self, *args, entities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = entities


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "alias_names", "mention_count", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "wikidata_id"]
    ordering = ["name", "kind"]  # explicit: the mention count's GROUP BY drops the model's ordering
    form = EntityForm
    inlines = [EntityAliasInline]
    actions = ["merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(mention_count=Count("mentions")).prefetch_related("aliases")

    @admin.display(description=gettext_lazy("aliases"))
    def alias_names(self, entity):
        return ", ".join(alias.name for alias in entity.aliases.all())

    @admin.display(description=gettext_lazy("mentions"), ordering="mention_count")
    def mention_count(self, entity):
        claims = reverse("admin:claims_claim_changelist") + "?" + urlencode({"entity": entity.pk})
        return format_html('<a href="{}" title="{}">{}</a>', claims, _("claims that mention it"), entity.mention_count)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if any(formset.has_changed() for formset in formsets):
            self.message_user(
                request,
                _("Aliases saved. Re-run the annotation of the articles concerned to update their mentions."),
                messages.INFO,
            )
        if form.has_changed() or any(formset.has_changed() for formset in formsets):
            warn_of_shared_names(self, request, form.instance)

    def delete_model(self, request, obj):
        delete_entities(entities=[obj])

    def delete_queryset(self, request, queryset):
        delete_entities(entities=queryset)

    @admin.action(description=gettext_lazy("Merge selected entities…"), permissions=["change"])
    def merge(self, request, queryset):
        """Asks which entity to keep, then folds the others into it."""
        entities = queryset.annotate(mention_count=Count("mentions")).order_by("-mention_count", "name")
        if len(entities) < 2:
            self.message_user(request, _("Select at least two entities to merge."), messages.WARNING)
            return None
        form = MergeForm(
            request.POST if "apply" in request.POST else None, entities=entities, initial={"keep": entities[0]}
        )
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            moved = merge_entities(keep=keep, others=entities)
            self.message_user(
                request,
                _("Merged into “%(name)s”: %(moved)s mentions moved.") % {"name": keep.name, "moved": moved},
                messages.SUCCESS,
            )
            return None
        return action_page(
            self,
            request,
            "admin/annotations/entity/merge.html",
            title=_("Merge entities"),
            entities=entities,
            form=form,
        )


@admin.register(EntityAlias)
class EntityAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "entity"]
    list_select_related = ["entity"]
    search_fields = ["name", "entity__name"]
    autocomplete_fields = ["entity"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        warn_of_shared_names(self, request, obj.entity)


def warn_of_shared_names(model_admin, request, entity):
    """Entity.shared_name_warnings, as the admin's warning messages."""
    for warning in entity.shared_name_warnings():
        model_admin.message_user(request, warning, messages.WARNING)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    """Mentions as the annotation wrote them. Only the entity of a person, organisation, place
    or other can change (relink_mention, which refreshes its claim's facets): offsets, dates and
    amounts come from the annotation, and re-running it would undo an edit made here."""

    list_display = ["text", "label", "value", "entity", "article", "start", "end"]
    list_filter = ["label"]
    list_select_related = ["entity", "article"]
    search_fields = ["text"]
    autocomplete_fields = ["entity"]
    fields = [
        "article",
        "claim",
        "label",
        "start",
        "end",
        "text",
        "entity",
        "value",
        "precision",
        "amount_min",
        "amount_max",
        "currency",
        "unit",
    ]

    def get_readonly_fields(self, request, obj=None):
        return [name for name in self.fields if name != "entity"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # A date, an amount or a quantity names no entity: nothing of it can change here.
        if obj is not None and obj.label not in ENTITY_LABELS:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        if "entity" in form.changed_data:
            relink_mention(mention=obj, entity=form.cleaned_data["entity"])
