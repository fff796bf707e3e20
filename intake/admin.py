"""The admin's pages for background work: each job, an ingest or a re-annotation (its page follows
it until it ends), and the feeds that bring articles in by themselves."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.validators import URLValidator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from claims.admin.common import HTTPS_URLS
from intake import tasks
from intake.models import Feed, FeedEntry, Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "state", "article_link", "created_by", "created_at", "finished_at"]
    list_filter = ["kind", "state"]
    list_select_related = ["article", "created_by"]
    fields = [
        "kind",
        "state",
        "article_link",
        "outcome",
        "error",
        "title",
        "slug",
        "attempts",
        "created_by",
        "created_at",
    ]
    readonly_fields = fields
    change_form_template = "admin/intake/job/change_form.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    @admin.display(description=_("article"))
    def article_link(self, job):
        if job.article is None:
            return "-"
        return format_html('<a href="{}">{}</a>', job.article.get_absolute_url(), job.article.title)


class FeedEntryInline(admin.TabularInline):
    model = FeedEntry
    fields = ["url", "state", "article", "error", "attempts", "seen_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = False
    ordering = ["-seen_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article").defer("article__body")


class WebURLField(forms.URLField):
    """A URL over HTTP(S). Its check replaces URLField's own instead of adding to it: with both, an
    invalid URL showed "Enter a valid URL." twice."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class FeedForm(forms.ModelForm):
    """A feed is fetched over HTTP(S), in a language Saga analyses: said on the form, not at the
    first poll."""

    url = WebURLField(
        label=_("URL"),
        max_length=2000,
        assume_scheme="https",
        help_text=_("An RSS, Atom or JSON feed, or a sitemap."),
    )
    language = forms.ChoiceField(label=_("language"), choices=[])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, code) for code in settings.SAGA_LANGUAGES]

    class Meta:
        model = Feed
        fields = ["url", "publisher", "language", "poll_minutes", "publish", "active"]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    form = FeedForm
    list_display = ["__str__", "url", "language", "poll_minutes", "publish", "active", "last_polled_at", "last_error"]
    list_filter = ["active", "language"]
    search_fields = ["url", "publisher"]
    readonly_fields = ["last_polled_at", "last_error"]
    formfield_overrides = HTTPS_URLS
    inlines = [FeedEntryInline]
    actions = ["poll_now"]

    @admin.action(description=_("Poll the selected feeds now"))
    def poll_now(self, request, queryset):
        for feed in queryset:
            tasks.poll_feed.delay(feed.pk)
        self.message_user(
            request,
            ngettext("%(count)d feed sent to be polled.", "%(count)d feeds sent to be polled.", queryset.count())
            % {"count": queryset.count()},
            messages.SUCCESS,
        )
