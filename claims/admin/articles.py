"""Articles: adding one ingests it (pasted text or a file); the list links claims and the reader page."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from claims.admin.common import HTTPS_URLS, REVIEW_DESK_CSS, ReadOnlyAdmin
from claims.forms import ArticleChangeForm, ArticleIngestForm, add_service_error
from claims.models import Article, Block, FormerSlug, Verdict
from claims.services import IngestError, ingest_article
from intake.models import Job, JobKind, JobState
from intake.services import QueueUnavailableError, in_background, submit_ingest, submit_reannotate

# -- Articles -----------------------------------------------------------------------------


class FormerSlugInline(admin.TabularInline):
    """The slugs the article had, whose addresses redirect to it; an editor may delete a wrong one."""

    model = FormerSlug
    fields = ["slug", "renamed_at"]
    readonly_fields = fields
    ordering = ["-renamed_at"]
    extra = 0
    verbose_name_plural = gettext_lazy("former slugs (their addresses redirect here)")

    def has_add_permission(self, request, obj=None):
        return False  # recorded when the slug changes


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "slug",
        "published_on",
        "status",
        "claims_link",
        "verdict_breakdown",
        "reader_link",
        "added_on",
    ]
    list_filter = ["status", "language", ("published_on", admin.DateFieldListFilter)]
    search_fields = ["title", "slug"]
    formfield_overrides = HTTPS_URLS
    actions = ["reannotate"]
    inlines = [FormerSlugInline]
    form = ArticleChangeForm
    fields = [
        "title",
        "slug",
        "status",
        "language",
        "source_url",
        "publisher",
        "author",
        "published_on",
        "revision",
        "body_format",
        "body",
    ]
    # The body is what every offset indexes: a new text is a new revision, not an edit.
    readonly_fields = ["language", "revision", "body_format", "body"]
    ingest_fieldsets = [
        (None, {"fields": ["text", "pasted_format", "file"]}),
        (gettext_lazy("About the article"), {"fields": ["title", "slug", "language", "publish"]}),
        (
            gettext_lazy("Source"),
            {"fields": ["source_url", "publisher", "author", "published_on"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        css = REVIEW_DESK_CSS

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            FormerSlug.record(obj, form.initial["slug"])

    def get_queryset(self, request):
        # The body (up to megabytes) is loaded only on an article's own page.
        return super().get_queryset(request).defer("body").with_verdict_counts()

    @admin.display(description=gettext_lazy("added on"), ordering="created_at")
    def added_on(self, article):
        return formats.date_format(timezone.localtime(article.created_at), "SHORT_DATE_FORMAT")

    @admin.display(description=gettext_lazy("claims"), ordering="claim_count")
    def claims_link(self, article):
        url = reverse("admin:claims_claim_changelist") + "?" + urlencode({"article__id__exact": article.pk})
        return format_html('<a href="{}">{}</a>', url, article.claim_count)

    @admin.display(description=gettext_lazy("verdicts"))
    def verdict_breakdown(self, article):
        changelist = reverse("admin:claims_claim_changelist")
        return format_html_join(
            " ",
            '<a class="saga-verdict saga-verdict-{}" href="{}?{}">{} {}</a>',
            (
                (
                    verdict,
                    changelist,
                    urlencode({"article__id__exact": article.pk, "verdict__exact": verdict}),
                    count,
                    label,
                )
                for verdict, label in Verdict.choices
                if (count := getattr(article, f"{verdict}_count"))
            ),
        )

    @admin.display(description=gettext_lazy("reader page"))
    def reader_link(self, article):
        return format_html('<a href="{}">{}</a>', article.get_absolute_url(), _("read"))

    @admin.action(description=gettext_lazy("Re-run the annotation (entities, dates, amounts)"), permissions=["change"])
    def reannotate(self, request, queryset):
        """One job per article (intake.services.submit_reannotate): on the workers with a broker,
        done before this answers without one."""
        try:
            jobs = [submit_reannotate(article=article, user=request.user) for article in queryset]
        except QueueUnavailableError as error:
            self.message_user(request, error.message, messages.ERROR)
            return
        follow = reverse("admin:intake_job_changelist") + "?" + urlencode({"kind__exact": JobKind.REANNOTATE})
        if in_background():
            message = _('{count} article(s) sent to be re-annotated: <a href="{url}">follow their jobs</a>.')
            self.message_user(request, format_html(message, count=len(jobs), url=follow), messages.SUCCESS)
            return
        failed = Job.objects.filter(pk__in=[job.pk for job in jobs], state=JobState.FAILED).count()
        if failed:
            message = _('The annotation failed on {count} article(s): <a href="{url}">see their jobs</a>.')
            self.message_user(request, format_html(message, count=failed, url=follow), messages.ERROR)
        else:
            message = _("Annotation re-run on %(articles)s article(s).") % {"articles": len(jobs)}
            self.message_user(request, message, messages.SUCCESS)

    def add_view(self, request, form_url="", extra_context=None):
        """Adding an article ingests it: the text is split into claims and annotated."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleIngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                if in_background():  # a worker ingests it; the job's page follows it
                    job = submit_ingest(item=form.article_input(), user=request.user)
                    for warning in form.document.warnings:
                        self.message_user(request, warning, messages.WARNING)
                    return redirect(job.get_absolute_url())
                result = ingest_article(item=form.article_input(), user=request.user)
            except IngestError as error:
                add_service_error(form, error, {"text": form.text_field, "fmt": form.text_field})
            else:
                for warning in form.document.warnings:  # one line from the reader, like its errors
                    self.message_user(request, warning, messages.WARNING)
                return self.response_ingested(request, result)
        return self.render_ingest_form(request, form, form_url, extra_context)

    def render_ingest_form(self, request, form, form_url, extra_context):
        admin_form = helpers.AdminForm(form, self.ingest_fieldsets, {"slug": ["title"]}, model_admin=self)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Add an article"),
            "adminform": admin_form,
            "object_id": None,
            "original": None,
            "is_popup": False,
            "to_field": None,
            "media": self.media + admin_form.media,
            "inline_admin_formsets": [],
            "errors": helpers.AdminErrorList(form, []),
            "preserved_filters": self.get_preserved_filters(request),
            "show_save_and_add_another": False,
            "show_save_and_continue": False,
            **(extra_context or {}),
        }
        return self.render_change_form(request, context, add=True, form_url=form_url)

    def response_ingested(self, request, result):
        article = result.article
        if result.created:
            self.log_addition(request, article, [{"added": {}}])
            self.message_user(request, added_message(article), messages.SUCCESS)
        elif result.revised:
            self.log_change(request, article, _("New revision %(number)s") % {"number": article.revision})
            self.message_user(
                request,
                _("“%(title)s” is now at revision %(number)s: here is what changed in its claims.")
                % {"title": article.title, "number": article.revision},
                messages.SUCCESS,
            )
            revision = article.revisions.get(number=article.revision)
            return redirect("admin:claims_articlerevision_change", revision.pk)
        elif result.duplicate:
            self.message_user(
                request,
                format_html(
                    _(
                        'The same text is already stored as <a href="{url}">“{title}”</a> ({slug}): it was not stored again.'
                    ),
                    url=reverse("admin:claims_article_change", args=[article.pk]),
                    title=article.title,
                    slug=article.slug,
                ),
                messages.WARNING,
            )
        else:
            self.message_user(
                request, _("“%(title)s” already exists with this text.") % {"title": article.title}, messages.WARNING
            )
        changelist = reverse("admin:claims_claim_changelist")
        return redirect(changelist + "?" + urlencode({"article__id__exact": article.pk}))


def added_message(article) -> str:
    count = article.claims.count()
    return ngettext(
        "“%(title)s” was added with %(count)s claim.",
        "“%(title)s” was added with %(count)s claims, most check-worthy first.",
        count,
    ) % {"title": article.title, "count": count}


@admin.register(Block)
class BlockAdmin(ReadOnlyAdmin):
    list_display = ["article", "revision", "position", "kind", "start", "end"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    search_fields = ["article__title"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body")
