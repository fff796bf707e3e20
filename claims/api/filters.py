"""Query filters of the claims list. An unknown value is a 400 naming the parameter, never an
empty list: a typo in `verdict=disputd` must not look like "no disputed claims"."""

import re
from datetime import date

import django_filters
from dateutil.relativedelta import relativedelta
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from annotations.api import NonEmptyFilterForm
from annotations.models import Entity, MentionLabel
from claims.ids import is_row_id
from claims.managers import sees_drafts
from claims.models import Article, Claim, Verdict
from desk.models import WorkState, state_q
from matching.models import ClaimMatch

# A day, a month or a year; ASCII digits only, as a JSON Schema pattern reads `[0-9]`.
DATE_BOUND = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class DateBoundField(forms.Field):
    """A bound of a date range: YYYY-MM-DD, or a month (YYYY-MM) or a year (YYYY) standing for its
    first day, or its last with `last_day` (an upper bound). A day that does not exist (2025-02-30,
    2021-13) is told so, not refused as a wrong format."""

    def __init__(self, *, last_day: bool = False, **kwargs):
        self.last_day = last_day
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        match = DATE_BOUND.fullmatch(value)
        if not match:
            raise forms.ValidationError(_("Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."), code="invalid")
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            if day is not None:
                return date(year, month, day)
            first = date(year, month or (12 if self.last_day else 1), 1)
        except ValueError:
            raise forms.ValidationError(
                _("The date %(date)s does not exist.") % {"date": value}, code="invalid"
            ) from None
        return first + relativedelta(day=31) if self.last_day else first  # day=31: the month's last day


class DateBoundFilter(django_filters.Filter):
    field_class = DateBoundField


def date_bound_schema(description: str, *, bound: str) -> dict:
    return {
        "type": "string",
        "pattern": f"^{DATE_BOUND.pattern}$",
        "description": f"{description}: YYYY-MM-DD, or YYYY-MM or YYYY for the {bound} day of that month or year.",
    }


class ClaimOrdering(django_filters.OrderingFilter):
    def filter(self, qs, value):
        qs = super().filter(qs, value)
        # A total order, so a page never repeats or skips a claim.
        return qs.order_by(*qs.query.order_by, "pk") if value else qs


class ClaimFilterForm(NonEmptyFilterForm):
    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("date_to is before date_from."))
        # The ordering field drops empty terms ("?ordering=," would sort by nothing, silently).
        if self.data.get("ordering") and not all(term.strip() for term in self.data["ordering"].split(",")):
            self.add_error("ordering", _("ordering has an empty term: give position, checkworthiness or updated."))
        return data


class ClaimFilter(django_filters.FilterSet):
    article = extend_schema_field({"type": "string", "minLength": 1, "description": "Slug of the article."})(
        django_filters.CharFilter(method="filter_article")
    )
    verdict = django_filters.ChoiceFilter(choices=Verdict.choices, help_text="Current verdict.")
    entity = extend_schema_field(
        {"type": "string", "minLength": 1, "description": "Claims mentioning this entity: its id or canonical name."}
    )(django_filters.CharFilter(method="filter_mentions"))
    label = django_filters.ChoiceFilter(
        choices=MentionLabel.choices, method="filter_label", help_text="Claims with a mention of this label."
    )
    date_from = extend_schema_field(
        date_bound_schema("Claims with a normalised date whose range ends on or after this day", bound="first")
    )(DateBoundFilter(method="filter_mentions"))
    date_to = extend_schema_field(
        date_bound_schema("Claims with a normalised date whose range starts on or before this day", bound="last")
    )(DateBoundFilter(method="filter_mentions", last_day=True))
    min_checkworthiness = extend_schema_field({"type": "number", "minimum": 0, "maximum": 1})(
        django_filters.NumberFilter(
            field_name="checkworthiness",
            lookup_expr="gte",
            min_value=0,
            max_value=1,
            help_text="Only claims at least this check-worthy (0 to 1).",
        )
    )
    assignee = extend_schema_field(
        {
            "type": "string",
            "minLength": 1,
            "description": "Staff only: claims assigned to this username; `none`: unassigned.",
        }
    )(django_filters.CharFilter(method="filter_assignee"))
    state = django_filters.ChoiceFilter(
        choices=WorkState.choices, method="filter_state", help_text="Staff only: the claims' work state on the desk."
    )
    q = django_filters.CharFilter(field_name="text", lookup_expr="icontains", help_text="Text search in the claim.")
    # A choice, not a BooleanFilter: that one reads "has_match=maybe" as no filter at all.
    has_match = django_filters.ChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        method="filter_has_match",
        help_text="true: claims with a suggested (not dismissed) claim seen before, reviewed in another article "
        "you may read; false: the others.",
    )
    ordering = ClaimOrdering(
        fields=[("position", "position"), ("checkworthiness", "checkworthiness"), ("updated_at", "updated")],
        help_text="position, checkworthiness or updated; a leading - reverses. Default: article, then position.",
    )

    # Set by filter_queryset: whether the rows left are few (ClaimQuerySet.selects_few_rows).
    selects_few_rows = False

    class Meta:
        model = Claim
        fields = [
            "article",
            "verdict",
            "entity",
            "label",
            "date_from",
            "date_to",
            "min_checkworthiness",
            "q",
            "has_match",
            "assignee",
            "state",
        ]
        form = ClaimFilterForm

    def get_form_class(self):
        # No field depends on the request (article and entity are looked up as the queryset is
        # filtered), so the form class is built once rather than on every request.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        # The entity and the dates are one condition on the claim's mentions, so that on
        # PostgreSQL one probe of the facets index answers both (ClaimQuerySet.matching_mentions).
        data = self.form.cleaned_data
        entity, earliest, latest = data.get("entity"), data.get("date_from"), data.get("date_to")
        if not (entity or earliest or latest):
            return queryset
        entity_ids = self.entity_ids(entity) if entity else None
        self.selects_few_rows = queryset.selects_few_rows(entity_ids=entity_ids, earliest=earliest, latest=latest)
        return queryset.matching_mentions(entity_ids=entity_ids, earliest=earliest, latest=latest)

    def filter_article(self, queryset, name, value):
        article = Article.objects.visible_to(self.request.user).filter(slug=value).values_list("pk", flat=True)
        article_id = article.first()
        if article_id is None:
            raise ValidationError({"article": [_("No article with slug “%(slug)s”.") % {"slug": value}]})
        return queryset.filter(article_id=article_id)

    def entity_ids(self, value) -> list[int]:
        """An id or a canonical name, which may name several entities (a person and a company)."""
        entities = Entity.objects.lookup_visible_to(self.request.user)
        by_id = is_row_id(value)
        ids = list(
            (entities.filter(pk=int(value)) if by_id else entities.filter(name=value)).values_list("pk", flat=True)
        )
        if not ids:
            raise ValidationError(
                {"entity": [_("No entity with id or canonical name “%(value)s”.") % {"value": value}]}
            )
        return ids

    def filter_label(self, queryset, name, value):
        return queryset.with_label(value)

    def filter_mentions(self, queryset, name, value):
        return queryset  # entity, date_from and date_to: applied together, by filter_queryset

    def filter_has_match(self, queryset, name, value):
        matches = ClaimMatch.objects.visible(drafts=sees_drafts(self.request.user)).filter(claim=OuterRef("pk"))
        return queryset.filter(Exists(matches) if value == "true" else ~Exists(matches))

    def staff_only(self, name):
        user = self.request.user
        if not (user and user.is_authenticated and user.is_staff):
            raise ValidationError({name: [_("Filtering by %(name)s needs a staff account.") % {"name": name}]})

    def filter_assignee(self, queryset, name, value):
        self.staff_only(name)
        if value == "none":
            return queryset.filter(Q(work__isnull=True) | Q(work__assignee__isnull=True))
        User = get_user_model()
        assignee = User.objects.filter(**{User.USERNAME_FIELD: value}).values_list("pk", flat=True).first()
        if assignee is None:  # an unknown name is a mistake to say, not an empty list
            # The message of desk.api.UserField, which names an account the same way.
            raise ValidationError({"assignee": [_("No account is named “{value}”.").format(value=value)]})
        return queryset.filter(work__assignee_id=assignee)

    def filter_state(self, queryset, name, value):
        self.staff_only(name)
        return queryset.filter(state_q(value))
