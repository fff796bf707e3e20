"""Reviews and sources (the history, read-only) and revisions: every version of an article and what changed in its claims."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from claims import revisions
from claims.admin.articles import ArticleAdmin
from claims.admin.common import REVIEW_DESK_CSS, ReadOnlyAdmin, verdict_badge
from claims.models import ArticleRevision, Review, Source

# -- Reviews and sources: the history, read-only ----------------------------------------------


class SourceInline(admin.TabularInline):
    model = Source
    fields = ["url", "title", "publisher", "published_on", "excerpt"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ["claim", "verdict", "reviewer", "created_at"]
    list_filter = ["verdict", "created_at"]
    list_select_related = ["claim", "reviewer"]
    search_fields = ["claim__text", "rationale"]
    fields = ["claim", "verdict", "rationale", "reviewer", "claim_version", "created_at"]
    inlines = [SourceInline]


@admin.register(Source)
class SourceAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "publisher", "published_on", "review"]
    list_select_related = ["review__claim"]
    search_fields = ["title", "url", "publisher"]


# -- Revisions: every version of an article and what changed in its claims -----------------


class ArticleRevisionInline(admin.TabularInline):
    """The revisions of an article on its page, newest first, each linking to its claim diff."""

    model = ArticleRevision
    fields = ["number", "created_at", "created_by", "diff_link"]
    readonly_fields = fields
    ordering = ["-number"]
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("claims"))
    def diff_link(self, revision):
        url = reverse("admin:claims_articlerevision_change", args=[revision.pk])
        return format_html('<a href="{}">{}</a>', url, _("what changed"))


DIFF_TAGS = {"delete": "del", "insert": "ins"}

# Declared after ArticleAdmin so the revision pieces stay together.
ArticleAdmin.inlines = [*ArticleAdmin.inlines, ArticleRevisionInline]


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(ReadOnlyAdmin):
    list_display = [
        "article",
        "number",
        "created_at",
        "created_by",
        "claim_count",
        "new_count",
        "removed_count",
        "rereview_count",
    ]
    list_filter = ["article"]
    list_select_related = ["article", "created_by"]
    search_fields = ["article__title", "article__slug"]
    ordering = ["article", "-number"]
    fields = ["article", "number", "created_at", "created_by", "body_sha256", "claim_changes"]
    readonly_fields = fields

    class Media:
        css = REVIEW_DESK_CSS

    def get_queryset(self, request):
        return revisions.with_claim_changes(super().get_queryset(request))

    @admin.display(description=gettext_lazy("claims"), ordering="claim_count")
    def claim_count(self, revision):
        return revision.claim_count

    @admin.display(description=gettext_lazy("new claims"))
    def new_count(self, revision):
        return revision.new_count

    @admin.display(description=gettext_lazy("removed claims"))
    def removed_count(self, revision):
        return revision.removed_count

    @admin.display(description=gettext_lazy("needs re-review"))
    def rereview_count(self, revision):
        if not revision.rereview_count:
            return 0
        url = (
            reverse("admin:claims_claim_changelist")
            + "?"
            + urlencode({"article__id__exact": revision.article_id, "needs_rereview__exact": 1})
        )
        return format_html('<a href="{}">{}</a>', url, revision.rereview_count)

    @admin.display(description=gettext_lazy("claims, compared with the revision before"))
    def claim_changes(self, revision):
        rows = revisions.claim_diff(article=revision.article, number=revision.number)
        if revision.number == 1:
            count = len(rows)
            return ngettext(
                "The first text of the article: %(count)s claim.",
                "The first text of the article: %(count)s claims.",
                count,
            ) % {"count": count}
        header = format_html(
            "<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
            _("change"),
            _("revision %(number)s") % {"number": revision.number - 1},
            _("revision %(number)s") % {"number": revision.number},
        )
        body = format_html_join(
            "",
            '<tr class="saga-diff-{}"><td>{}</td><td>{}</td><td>{}</td></tr>',
            ((row.outcome, row.outcome.label, self.diff_cell(row.old), self.diff_cell(row.new, row)) for row in rows),
        )
        return format_html('<table class="saga-claim-diff">{}<tbody>{}</tbody></table>', header, body)

    def diff_cell(self, claim, row=None):
        """A claim with its verdict; on the new side of an edit, the words that changed."""
        if claim is None:
            return ""
        text = claim.text
        if row is not None and row.outcome == revisions.Outcome.EDITED:
            text = format_html_join(
                "",
                "{}",
                (
                    (format_html("<{0}>{1}</{0}>", DIFF_TAGS[op], run) if op in DIFF_TAGS else run,)
                    for op, run in revisions.word_diff(row.old.text, claim.text)
                ),
            )
        url = reverse("admin:claims_claim_change", args=[claim.pk])
        flag = (
            format_html(' <strong class="saga-rereview">{}</strong>', _("needs re-review"))
            if claim.needs_rereview
            else ""
        )
        return format_html(
            '<a href="{}">{}</a> {}{}', url, text, verdict_badge(claim.verdict, claim.get_verdict_display()), flag
        )
