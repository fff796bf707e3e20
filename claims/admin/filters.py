"""The claim list's filters: revision, article and entity (searchable), kind of mention, year of a date."""

from django.contrib import admin
from django.db.models import Count, F, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annotations.models import Entity, Mention, MentionLabel
from claims.ids import is_row_id, is_year
from claims.models import Article

# -- Claims -------------------------------------------------------------------------------


class RevisionFilter(admin.SimpleListFilter):
    """Claims of the current revision of their article unless asked otherwise."""

    title = gettext_lazy("revision")
    parameter_name = "revision"

    def lookups(self, request, model_admin):
        return [("earlier", _("earlier revisions"))]

    def queryset(self, request, queryset):
        if self.value() == "earlier":
            return queryset.exclude(revision=F("article__revision"))
        return queryset.current()

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("current"),
        }
        yield from list(super().choices(changelist))[1:]


class SearchableFilter(admin.SimpleListFilter):
    """A filter whose choices are searched rather than all listed: a box, then the few that match.

    Subclasses give `search(text)` (the matching choices, at most `shown`) and `label(value)` (the
    selected choice's name, shown even when it is not among them). The box's own parameter,
    `<parameter_name>_q`, is declared so that the change list accepts it.
    """

    template = "admin/claims/searchable_filter.html"
    shown = 15

    def __init__(self, request, params, model, model_admin):
        self.search_parameter = f"{self.parameter_name}_q"
        self.search_text = params.pop(self.search_parameter, [""])[-1].strip()
        # What the search form sends back besides the box: every other parameter of the page.
        self.preserved = [
            (name, value) for name, value in request.GET.items() if name not in (self.search_parameter, "p")
        ]
        super().__init__(request, params, model, model_admin)

    def expected_parameters(self):
        return [self.parameter_name, self.search_parameter]

    def lookups(self, request, model_admin):
        choices = list(self.search(self.search_text))
        value = self.value()
        if value and is_row_id(value) and value not in {key for key, _name in choices}:
            choices.insert(0, (value, self.label(value) or value))
        return choices

    def search(self, text: str):
        raise NotImplementedError

    def label(self, value: str) -> str | None:
        raise NotImplementedError


class ArticleFilter(SearchableFilter):
    """By article: the newest articles, or those whose title or slug matches the box."""

    title = gettext_lazy("article")
    parameter_name = "article__id__exact"

    def search(self, text):
        articles = Article.objects.order_by("-created_at")
        if text:
            articles = articles.filter(Q(title__icontains=text) | Q(slug__icontains=text))
        return [(str(pk), title) for pk, title in articles.values_list("pk", "title")[: self.shown]]

    def label(self, value):
        return Article.objects.filter(pk=value).values_list("title", flat=True).first()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(article_id=self.value()) if is_row_id(self.value()) else queryset.none()
        return queryset


class EntityFilter(SearchableFilter):
    """By entity: the most mentioned (in the filtered article, if any), or those whose name or alias
    matches the box. Any entity id in the URL works, which is how the entity admin links here."""

    title = gettext_lazy("entity")
    parameter_name = "entity"

    def search(self, text):
        if text:
            entities = Entity.objects.filter(Q(name__icontains=text) | Q(aliases__name__icontains=text)).distinct()
            return [(str(pk), name) for pk, name in entities.order_by("name").values_list("pk", "name")[: self.shown]]
        mentions = Mention.objects.filter(claim__isnull=False, entity__isnull=False)
        if article := self.request.GET.get("article__id__exact"):
            mentions = mentions.filter(article_id=article) if is_row_id(article) else mentions.none()
        ranked = mentions.values("entity").alias(n=Count("id")).order_by("-n").values("entity")[: self.shown]
        return [(str(entity.pk), entity.name) for entity in Entity.objects.filter(pk__in=ranked)]

    def label(self, value):
        return Entity.objects.filter(pk=value).values_list("name", flat=True).first()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.mentioning(self.value()) if is_row_id(self.value()) else queryset.none()
        return queryset


class MentionLabelFilter(admin.SimpleListFilter):
    title = gettext_lazy("mentions")
    parameter_name = "label"

    def lookups(self, request, model_admin):
        return MentionLabel.choices

    def queryset(self, request, queryset):
        return queryset.with_label(self.value()) if self.value() else queryset


class DateYearFilter(admin.SimpleListFilter):
    title = gettext_lazy("year of a date mentioned")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dates = Mention.objects.filter(label=MentionLabel.DATE, claim__isnull=False, date_earliest__isnull=False)
        years = {
            year
            for first, last in dates.values_list("date_earliest__year", "date_latest__year").order_by().distinct()
            for year in (first, last)
        }
        return [(str(year), str(year)) for year in sorted(years)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.dated_in(int(self.value())) if is_year(self.value()) else queryset.none()
        return queryset
