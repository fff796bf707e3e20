"""The review desk: articles, their claims ranked by check-worthiness, reviews with their sources.

Writes go through claims/services.py (ingest, re-annotate, review); the admin validates,
calls one service and renders. Reviews and sources are append-only here: they are added
through the review form, never edited or deleted.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annotations.models import Entity, Mention, MentionLabel
from claims import revisions
from claims.forms import ArticleIngestForm, ReviewForm, SourceFormSet, UnverifyForm, add_service_error
from claims.highlighting import highlight_claim
from claims.models import Article, ArticleRevision, Block, Claim, Review, Source, Verdict
from claims.services import (
    IngestError,
    ReviewError,
    StaleVersionError,
    can_review,
    ingest_article,
    mark_unverified,
    reannotate_article,
    review_claim,
)

REVIEW_DESK_CSS = {"all": ["claims/admin.css"]}


def verdict_badge(verdict: str, label: str):
    """A verdict as a coloured badge that also says it in words."""
    return format_html('<span class="saga-verdict saga-verdict-{}">{}</span>', verdict, label)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows that only a service writes: visible, never added, changed or deleted by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# -- Articles -----------------------------------------------------------------------------


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "language", "claims_link", "verdict_breakdown", "reader_link", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "slug"]
    actions = ["reannotate"]
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

    def get_queryset(self, request):
        # The body (up to megabytes) is loaded only on an article's own page.
        return super().get_queryset(request).defer("body").with_verdict_counts()

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
        mentions = sum(reannotate_article(article=article) for article in queryset)
        self.message_user(
            request,
            _("Annotation re-run on %(articles)s article(s): %(mentions)s mentions marked.")
            % {"articles": len(queryset), "mentions": mentions},
            messages.SUCCESS,
        )

    def add_view(self, request, form_url="", extra_context=None):
        """Adding an article ingests it: the text is split into claims and annotated."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleIngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = ingest_article(item=form.article_input(), user=request.user)
            except IngestError as error:
                add_service_error(form, error, {"text": form.text_field, "fmt": form.text_field})
            else:
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
            self.message_user(
                request,
                _("“%(title)s” was added with %(count)s claims, most check-worthy first.")
                % {"title": article.title, "count": article.claims.count()},
                messages.SUCCESS,
            )
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


@admin.register(Block)
class BlockAdmin(ReadOnlyAdmin):
    list_display = ["article", "revision", "position", "kind", "start", "end"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    search_fields = ["article__title"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body")


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


class ArticleFilter(admin.SimpleListFilter):
    """By article, listing titles only: the related-field filter would load every article's body."""

    title = gettext_lazy("article")
    parameter_name = "article__id__exact"

    def lookups(self, request, model_admin):
        return [(str(pk), title) for pk, title in Article.objects.values_list("pk", "title")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(article_id=self.value()) if self.value().isdigit() else queryset.none()
        return queryset


class EntityFilter(admin.SimpleListFilter):
    title = gettext_lazy("entity")
    parameter_name = "entity"
    # Lists the most mentioned entities (of the filtered article, if any); any entity id in the
    # URL works, which is how the entity admin links here.
    shown = 30

    def lookups(self, request, model_admin):
        mentions = Mention.objects.filter(claim__isnull=False, entity__isnull=False)
        if article := request.GET.get("article__id__exact"):
            mentions = mentions.filter(article_id=article) if article.isdigit() else mentions.none()
        ranked = mentions.values("entity").alias(n=Count("id")).order_by("-n").values("entity")[: self.shown]
        return [(str(entity.pk), entity.name) for entity in Entity.objects.filter(pk__in=ranked)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.mentioning(self.value()) if self.value().isdigit() else queryset.none()
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
            return queryset.dated_in(int(self.value())) if self.value().isdigit() else queryset.none()
        return queryset


@admin.register(Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = ["checkworthiness_score", "claim_text", "verdict_label", "article_title", "entity_names", "version"]
    list_display_links = ["claim_text"]
    list_filter = [
        "verdict",
        ArticleFilter,
        EntityFilter,
        MentionLabelFilter,
        DateYearFilter,
        "needs_rereview",
        RevisionFilter,
    ]
    list_select_related = ["article"]
    list_per_page = 50
    search_fields = ["text"]
    ordering = ["-checkworthiness", "article", "position"]
    actions = ["mark_unverified"]
    fields = [
        "article",
        "highlighted_text",
        "verdict_label",
        "version",
        "checkworthiness_score",
        "needs_rereview",
        "revision",
        "position",
        "updated_at",
    ]
    readonly_fields = fields

    class Media:
        css = REVIEW_DESK_CSS

    def get_queryset(self, request):
        # Article bodies can weigh megabytes: a claim page needs only the article's title.
        return super().get_queryset(request).select_related("article").defer("article__body").with_mentions()

    def has_review_permission(self, request):
        return can_review(request.user)

    def get_urls(self):
        review = path(
            "<path:object_id>/review/", self.admin_site.admin_view(self.review_view), name="claims_claim_review"
        )
        return [review, *super().get_urls()]

    # -- list columns

    @admin.display(description=gettext_lazy("check-worthiness"), ordering="checkworthiness")
    def checkworthiness_score(self, claim):
        return f"{claim.checkworthiness:.2f}"

    @admin.display(description=gettext_lazy("claim"))
    def claim_text(self, claim):
        text = claim.text if len(claim.text) <= 200 else f"{claim.text[:199]}…"
        return format_html('<span class="saga-claim-cell">{}</span>', text)

    @admin.display(description=gettext_lazy("verdict"), ordering="verdict")
    def verdict_label(self, claim):
        return verdict_badge(claim.verdict, claim.get_verdict_display())

    @admin.display(description=gettext_lazy("article"), ordering="article")
    def article_title(self, claim):
        title = claim.article.title
        return format_html('<span title="{}">{}</span>', title, title if len(title) <= 40 else f"{title[:39]}…")

    @admin.display(description=gettext_lazy("entities"))
    def entity_names(self, claim):
        names = dict.fromkeys(mention.entity.name for mention in claim.mentions.all() if mention.entity_id)
        return ", ".join(names)

    @admin.display(description=gettext_lazy("claim, annotated"))
    def highlighted_text(self, claim):
        return format_html('<p class="saga-claim">{}</p>', highlight_claim(claim, claim.mentions.all()))

    # -- the claim page (read-only) and the review form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context.update(self.desk_context(obj))
            # Claims of an earlier revision are a record: only current ones are reviewed.
            if can_review(request.user) and obj.revision == obj.article.revision:
                context["review_url"] = reverse("admin:claims_claim_review", args=[obj.pk])
        return super().render_change_form(request, context, add, change, form_url, obj)

    def desk_context(self, claim) -> dict:
        """What every page about one claim shows below it: its mentions and its review history."""
        return {"mentions": claim.mentions.all(), "history": claim.reviews.history()}

    def review_view(self, request, object_id):
        """Adds a review by the logged-in editor through the review service."""
        if not can_review(request.user):
            raise PermissionDenied
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        data = request.POST if request.method == "POST" else None
        form = ReviewForm(data, initial={"expected_version": claim.version})
        sources = SourceFormSet(data, prefix="sources")
        if data is not None and all([form.is_valid(), sources.is_valid()]):
            try:
                review = review_claim(
                    claim=claim,
                    reviewer=request.user,
                    verdict=form.cleaned_data["verdict"],
                    rationale=form.cleaned_data["rationale"],
                    sources=sources.source_inputs(),
                    expected_version=form.cleaned_data["expected_version"],
                )
            except StaleVersionError as error:
                # Keep what the editor wrote and show the newer review; submitting again, having
                # seen it, is a deliberate decision against the new version.
                form = ReviewForm({**data.dict(), "expected_version": error.claim.version})
                form.add_error(None, error.message)
                claim = self.get_object(request, unquote(object_id))
            except ReviewError as error:
                add_service_error(form, error)
            else:
                return self.response_reviewed(request, claim, review)
        return self.render_review(request, claim, form, sources)

    def render_review(self, request, claim, form, sources):
        context = {
            **self.admin_site.each_context(request),
            **self.desk_context(claim),
            "title": _("Review a claim"),
            "subtitle": str(claim),
            "opts": self.opts,
            "original": claim,
            "claim_html": self.highlighted_text(claim),
            "form": form,
            "sources": sources,
            "errors": helpers.AdminErrorList(form, [sources]),
            "media": self.media + form.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/claims/claim/review.html", context)

    def response_reviewed(self, request, claim, review):
        self.log_change(request, claim, _("Reviewed: %(verdict)s") % {"verdict": review.get_verdict_display()})
        self.message_user(
            request,
            _("Verdict “%(verdict)s” saved (version %(version)s).")
            % {"verdict": review.get_verdict_display(), "version": claim.version},
            messages.SUCCESS,
        )
        if "_next" in request.POST and (following := Claim.objects.next_to_review(claim)):
            return redirect("admin:claims_claim_review", following.pk)
        return redirect("admin:claims_claim_change", claim.pk)

    @admin.action(description=gettext_lazy("Mark selected claims unverified…"), permissions=["review"])
    def mark_unverified(self, request, queryset):
        """Asks for one rationale on an intermediate page, then sends the claims back to unverified."""
        claims = list(queryset.select_related("article").order_by("pk"))
        seen = {claim.pk: claim.version for claim in claims}
        form = UnverifyForm(request.POST if "apply" in request.POST else None, initial={"versions": seen})
        if form.is_bound and form.is_valid():
            versions = {pk: version for pk, version in form.cleaned_data["versions"].items() if pk in seen}
            try:
                changed = mark_unverified(
                    expected_versions=versions, reviewer=request.user, rationale=form.cleaned_data["rationale"]
                )
            except StaleVersionError as error:
                form = UnverifyForm({**request.POST.dict(), "versions": UnverifyForm.encode_versions(seen)})
                form.add_error(None, error.message)
            except ReviewError as error:
                add_service_error(form, error)
            else:
                self.message_user(
                    request, _("%(count)s claim(s) marked unverified.") % {"count": changed}, messages.SUCCESS
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Mark claims unverified"),
            "opts": self.opts,
            "claims": claims,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/claims/claim/mark_unverified.html", context)


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
            return _("The first text of the article: %(count)s claims.") % {"count": len(rows)}
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
