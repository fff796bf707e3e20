"""Claims, ranked by check-worthiness: their page, the review form and the bulk return to unverified."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from annotations.checkworthiness import explain_claim
from claims.admin.common import REVIEW_DESK_CSS, ReadOnlyAdmin, action_page, verdict_badge
from claims.admin.filters import ArticleFilter, DateYearFilter, EntityFilter, MentionLabelFilter, RevisionFilter
from claims.forms import ReviewForm, SourceFormSet, UnverifyForm, add_service_error
from claims.highlighting import highlight_claim
from claims.models import Claim
from claims.services import (
    ReviewError,
    StaleVersionError,
    can_review,
    mark_unverified,
    review_claim,
)
from matching.models import ClaimMatch
from matching.verdicts import MatchNotApplicableError, verdict_to_apply


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
            context["signals"] = explain_claim(obj, context["mentions"])
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
        initial, source_rows, refused = {"expected_version": claim.version}, None, None
        if data is None and "apply" in request.GET:
            initial, source_rows, refused = self.applied_verdict(request, claim, initial)
        form = ReviewForm(data, initial=initial)
        sources = SourceFormSet(data, prefix="sources", initial=source_rows)
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
        if refused:
            self.message_user(request, refused, messages.ERROR)
        response = self.render_review(request, claim, form, sources)
        response.status_code = 400 if refused else 200
        return response

    @staticmethod
    def applied_verdict(request, claim, initial: dict) -> tuple[dict, list | None, str | None]:
        """The "Apply this verdict" link (matching, `?apply=MATCH`): the review form's initial data
        and sources prefilled from the claim seen before (the editor submits them), or `initial`
        and the reason the match cannot be applied."""
        try:
            applied = verdict_to_apply(claim=claim, match_id=request.GET["apply"], absolute=request.build_absolute_uri)
        except MatchNotApplicableError as error:
            return initial, None, error.message
        return initial | applied.form_initial(), applied.sources_initial(), None

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
            "already_checked": ClaimMatch.objects.for_claim(claim, drafts=True).with_earlier_reviews(),
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
        return action_page(
            self,
            request,
            "admin/claims/claim/mark_unverified.html",
            title=_("Mark claims unverified"),
            claims=claims,
            form=form,
            media=self.media,
        )
