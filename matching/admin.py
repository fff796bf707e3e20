"""The review desk's view of matching: "Already checked" on a claim's page (the earlier claims,
their verdict and rationale, and "Not the same claim"), inconsistencies on an article's page,
and both lists. The inlines join claims.admin's pages from here, as its revision inline does."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims.admin import ArticleAdmin, ClaimAdmin
from claims.ids import is_row_id
from claims.services import can_review
from matching.models import ClaimMatch, Inconsistency
from matching.services import AlreadyDecidedError, AlreadyDismissedError, decide_inconsistency, dismiss_match


def get_by_id_or_404(queryset, object_id: str):
    """The row an admin URL names; 404, not a 500, for an id that is no number."""
    object_id = unquote(object_id)
    if not is_row_id(object_id):
        raise Http404(_("No such id: %(id)s.") % {"id": object_id[:40]})
    return get_object_or_404(queryset, pk=int(object_id))


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Whoever may see the claim or article may see what matching found about it.
        return request.user.is_active and request.user.is_staff


class AlreadyCheckedInline(ReadOnlyInline):
    model = ClaimMatch
    fk_name = "claim"
    verbose_name = gettext_lazy("already checked")
    verbose_name_plural = gettext_lazy("already checked")
    fields = ["earlier_claim", "earlier_verdict", "earlier_rationale", "score", "apply_verdict", "not_the_same"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).shown().with_earlier_reviews().order_by("-score")

    @admin.display(description=gettext_lazy("earlier claim"))
    def earlier_claim(self, match):
        url = reverse("admin:claims_claim_change", args=[match.earlier_id])
        return format_html('<a href="{}">{}</a> <small>({})</small>', url, match.earlier.text, match.earlier.article)

    @admin.display(description=gettext_lazy("verdict"))
    def earlier_verdict(self, match):
        return match.earlier.get_verdict_display()

    @admin.display(description=gettext_lazy("rationale"))
    def earlier_rationale(self, match):
        return match.earlier_review.rationale if match.earlier_review else ""

    @admin.display(description="")
    def apply_verdict(self, match):
        # Prefills the review form (claims.admin.ClaimAdmin.review_view); the reviewer submits it.
        url = reverse("admin:claims_claim_review", args=[match.claim_id])
        return format_html('<a href="{}?apply={}">{}</a>', url, match.pk, _("Apply this verdict"))

    @admin.display(description="")
    def not_the_same(self, match):
        url = reverse("admin:matching_claimmatch_dismiss", args=[match.pk])
        return format_html('<a href="{}">{}</a>', url, _("Not the same claim"))


class InconsistencyInline(ReadOnlyInline):
    model = Inconsistency
    fk_name = "article"
    fields = ["kind", "first", "first_value", "second", "second_value", "score", "decision"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("first", "second", "decided_by")

    @admin.display(description=gettext_lazy("state"))
    def decision(self, inconsistency):
        if inconsistency.state == Inconsistency.State.OPEN:
            url = reverse("admin:matching_inconsistency_decide", args=[inconsistency.pk])
            return format_html('<a href="{}">{}</a>', url, _("Confirm or dismiss"))
        return format_html(
            "{} <small>({}, {})</small>",
            inconsistency.get_state_display(),
            inconsistency.decided_by.get_username() if inconsistency.decided_by else "—",
            date_format(inconsistency.decided_at, "SHORT_DATETIME_FORMAT") if inconsistency.decided_at else "—",
        )


class EarlierVerdictFilter(admin.SimpleListFilter):
    """Claims with a suggested claim seen before (not dismissed): their verdict may be applied."""

    title = gettext_lazy("has an earlier verdict")
    parameter_name = "has_match"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.value() not in ("yes", "no"):
            return queryset.none()  # as claims.admin.filters do with a value of no choice
        matches = ClaimMatch.objects.visible(drafts=True).filter(claim=OuterRef("pk"))
        return queryset.filter(Exists(matches) if self.value() == "yes" else ~Exists(matches))


ClaimAdmin.inlines = [*ClaimAdmin.inlines, AlreadyCheckedInline]
ClaimAdmin.list_filter = [*ClaimAdmin.list_filter, EarlierVerdictFilter]
ArticleAdmin.inlines = [*ArticleAdmin.inlines, InconsistencyInline]


@admin.register(ClaimMatch)
class ClaimMatchAdmin(admin.ModelAdmin):
    list_display = ["claim", "earlier", "score", "state", "created_at"]
    list_filter = ["state"]
    list_select_related = ["claim", "earlier"]
    raw_id_fields = ["claim", "earlier", "dismissed_by"]
    readonly_fields = ["claim", "earlier", "score", "signals", "state", "dismissed_by", "dismissed_at", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        dismiss = path(
            "<path:object_id>/dismiss/",
            self.admin_site.admin_view(self.dismiss_view),
            name="matching_claimmatch_dismiss",
        )
        return [dismiss, *super().get_urls()]

    def dismiss_view(self, request, object_id):
        """Asks, then dismisses a suggestion ("Not the same claim"); 409 if it was dismissed already."""
        if not can_review(request.user):
            raise PermissionDenied
        match = get_by_id_or_404(ClaimMatch.objects.select_related("claim", "earlier"), object_id)
        context = {**self.admin_site.each_context(request), "opts": self.opts, "match": match, "error": None}
        if request.method == "POST":
            try:
                dismiss_match(match=match, user=request.user)
            except AlreadyDismissedError as error:
                context["error"] = error.message
                return TemplateResponse(request, "admin/matching/claimmatch/dismiss.html", context, status=409)
            self.message_user(request, _("Dismissed: not the same claim."))
            return redirect("admin:claims_claim_change", match.claim_id)
        return TemplateResponse(request, "admin/matching/claimmatch/dismiss.html", context)


@admin.register(Inconsistency)
class InconsistencyAdmin(admin.ModelAdmin):
    list_display = ["article", "kind", "first_value", "second_value", "score", "state"]
    list_filter = ["kind", "state"]
    list_select_related = ["article"]
    raw_id_fields = ["article", "first", "second", "decided_by"]
    fields = [
        "article",
        "kind",
        "first",
        "first_value",
        "second",
        "second_value",
        "score",
        "state",
        "decided_by",
        "decided_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Decided on the decide page, through matching.services, which records who and when.
        return False

    def get_urls(self):
        decide = path(
            "<path:object_id>/decide/",
            self.admin_site.admin_view(self.decide_view),
            name="matching_inconsistency_decide",
        )
        return [decide, *super().get_urls()]

    def decide_view(self, request, object_id):
        """Shows both sentences and values, then confirms or dismisses; 409 if decided already,
        400 for another state."""
        if not can_review(request.user):
            raise PermissionDenied
        inconsistency = get_by_id_or_404(Inconsistency.objects.select_related("first", "second"), object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "inconsistency": inconsistency,
            "error": None,
        }
        template = "admin/matching/inconsistency/decide.html"
        if request.method != "POST":
            return TemplateResponse(request, template, context)
        try:
            decided = decide_inconsistency(
                inconsistency=inconsistency, state=request.POST.get("state", ""), user=request.user
            )
        except ValueError as error:
            context["error"] = str(error)
            return TemplateResponse(request, template, context, status=400)
        except AlreadyDecidedError as error:
            context["error"] = error.message
            return TemplateResponse(request, template, context, status=409)
        self.message_user(request, _("Inconsistency %(state)s.") % {"state": decided.get_state_display()})
        return redirect("admin:claims_article_change", inconsistency.article_id)
