"""The desk in the admin: a reviewer's queue (their landing page, desk.sites), the team's
overview, starting work on a claim (with a confirmation to take it over), and internal notes.
Everything here is for staff who may review claims."""

from dataclasses import dataclass

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from claims.admin import ArticleAdmin, ClaimAdmin
from claims.models import Article, Claim
from claims.roles import EDITORS
from claims.services import can_review
from desk.models import ClaimWork, Note, WorkEvent
from desk.overview import overview
from desk.queries import queue_for
from desk.services import (
    ClaimHeldError,
    DeskError,
    add_note,
    assign_article,
    held_since,
    release_claim,
    take_claim,
)
from desk.sites import FULL_INDEX


def is_desk_user(request) -> bool:
    return request.user.is_active and request.user.is_staff and can_review(request.user)


def reviewer_choices():
    return get_user_model().objects.filter(groups__name=EDITORS, is_active=True).order_by("username")


@dataclass(frozen=True)
class UrlById:
    """An admin URL that takes an object's id, reversed once per page: the queue's rows are
    `{{ url.prefix }}{{ pk }}{{ url.suffix }}` ({% url %} per link took 2 ms for the 90 links of
    a full page, these 1 ms)."""

    prefix: str
    suffix: str

    MARKER = 2147483647  # an id no other part of an admin URL holds

    @classmethod
    def of(cls, name: str) -> "UrlById":
        prefix, _marker, suffix = reverse(name, args=[cls.MARKER]).rpartition(str(cls.MARKER))
        return cls(prefix, suffix)


def queue_urls() -> dict[str, UrlById]:
    names = {
        "review": "admin:claims_claim_review",
        "take": "admin:desk_take",
        "release": "admin:desk_release",
        "claim": "admin:claims_claim_change",
        "article": "admin:claims_article_change",
    }
    return {key: UrlById.of(name) for key, name in names.items()}


class AssignArticleForm(forms.Form):
    # Titles only: the bodies of a thousand articles made the overview page half a second slower.
    article = forms.ModelChoiceField(Article.objects.only("title").order_by("title"), label=gettext_lazy("Article"))
    assignee = forms.ModelChoiceField(reviewer_choices(), label=gettext_lazy("Reviewer"))


class AssignReviewerForm(forms.Form):
    assignee = forms.ModelChoiceField(reviewer_choices(), label=gettext_lazy("Reviewer"))


@admin.register(ClaimWork)
class ClaimWorkAdmin(admin.ModelAdmin):
    """Who has which claim; its URLs host the queue, the overview and the take/release forms."""

    list_display = ["claim", "assignee", "assigned_at", "holder", "held_since"]
    list_select_related = ["claim", "assignee", "holder"]
    list_filter = ["assignee"]
    readonly_fields = ["claim", "assignee", "assigned_by", "assigned_at", "holder", "held_since"]

    def has_module_permission(self, request):
        return is_desk_user(request)

    def has_view_permission(self, request, obj=None):
        return is_desk_user(request)

    def has_add_permission(self, request):
        return False  # written by the desk services only

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("queue/", view(self.queue_view), name="desk_queue"),
            path("overview/", view(self.overview_view), name="desk_overview"),
            path("assign/", view(self.assign_view), name="desk_assign"),
            path("<int:object_id>/take/", view(self.take_view), name="desk_take"),
            path("<int:object_id>/release/", view(self.release_view), name="desk_release"),
            *super().get_urls(),
        ]

    def page(self, request, template: str, title: str, **context):
        if not is_desk_user(request):
            raise PermissionDenied
        context = self.admin_site.each_context(request) | {"title": title, "opts": self.opts} | context
        return TemplateResponse(request, template, context)

    def queue_view(self, request):
        """A reviewer's landing page (desk.sites): their queue, and a link to the usual index."""
        return self.page(
            request,
            "desk/queue.html",
            _("My queue"),
            queue=queue_for(request.user),
            urls=queue_urls(),
            full_index_url=f"{reverse('admin:index')}?{FULL_INDEX}=1",
        )

    def overview_view(self, request):
        return self.page(
            request, "desk/overview.html", _("Desk overview"), overview=overview(), assign_form=AssignArticleForm()
        )

    def assign_view(self, request):
        """POST: assigns an article's claims not reviewed yet to a reviewer, then back to the overview."""
        if not is_desk_user(request) or request.method != "POST":
            raise PermissionDenied
        form = AssignArticleForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
            return redirect("admin:desk_overview")
        article, assignee = form.cleaned_data["article"], form.cleaned_data["assignee"]
        try:
            count = assign_article(article=article, assignee=assignee, by=request.user)
        except DeskError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s claim of “%(article)s” assigned to %(user)s.",
                    "%(count)s claims of “%(article)s” assigned to %(user)s.",
                    count,
                )
                % {"count": count, "article": article, "user": assignee.get_username()},
            )
        return redirect("admin:desk_overview")

    @staticmethod
    def claim_or_404(object_id: int) -> Claim:
        return get_object_or_404(Claim.objects.select_related("article"), pk=object_id)

    def take_view(self, request, object_id: int):
        """GET: a confirmation page; POST: marks the claim in progress, then opens its review form."""
        if not is_desk_user(request):
            raise PermissionDenied
        claim = self.claim_or_404(object_id)
        if request.method != "POST":
            work = ClaimWork.objects.filter(claim=claim).select_related("holder").first()
            if work and work.holder_id not in (None, request.user.pk) and work.held_version == claim.version:
                error = ClaimHeldError(work)  # someone holds it: ask straight away whether to take it over
                return self.page(
                    request, "desk/take_confirm.html", _("Take over a claim"), claim=claim, held=work, error=error
                )
            return self.page(request, "desk/take_confirm.html", _("Start work on a claim"), claim=claim)
        try:
            take_claim(claim=claim, user=request.user, take_over=request.POST.get("take_over") == "1")
        except ClaimHeldError as error:
            return self.page(
                request, "desk/take_confirm.html", _("Take over a claim"), claim=claim, held=error.work, error=error
            )
        except DeskError as error:
            messages.error(request, error.message)
            return redirect("admin:desk_queue")
        return redirect("admin:claims_claim_review", object_id=claim.pk)

    def release_view(self, request, object_id: int):
        return require_POST(self._release)(request, object_id)

    def _release(self, request, object_id: int):
        if not is_desk_user(request):
            raise PermissionDenied
        try:
            release_claim(claim=self.claim_or_404(object_id), user=request.user)
        except DeskError as error:
            messages.error(request, error.message)
        return redirect("admin:desk_queue")


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["claim", "article", "text", "mentioned"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "mentioned" in self.fields:
            self.fields["mentioned"].queryset = get_user_model().objects.filter(is_active=True, is_staff=True)


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    """Internal notes: staff write them (as themselves) and read them; nobody edits one after."""

    form = NoteForm
    list_display = ["__str__", "claim", "article", "author", "mentioned", "created_at"]
    list_select_related = ["claim", "article", "author", "mentioned"]
    list_filter = ["mentioned", "author"]
    raw_id_fields = ["claim", "article"]
    search_fields = ["text"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return is_desk_user(request)  # any staff reads notes; editors write them

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def get_changeform_initial_data(self, request):
        return {key: request.GET[key] for key in ("claim", "article") if key in request.GET}

    def save_model(self, request, obj, form, change):
        # Through the service (its checks and audit line); the form has checked the same rules.
        data = form.cleaned_data
        note = add_note(
            author=request.user,
            text=data["text"],
            claim=data.get("claim"),
            article=data.get("article"),
            mentioned=data.get("mentioned"),
        )
        obj.pk, obj.author, obj.created_at = note.pk, note.author, note.created_at


# -- The desk on the claim's and the article's pages (inlines joining claims.admin's pages, as
# matching.admin's do), and the article list's "assign" action.


class DeskInline(admin.TabularInline):
    """Read-only rows of the desk: staff see them (the admin is staff-only), nobody edits them."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff


class ClaimWorkInline(DeskInline):
    """Who the claim is assigned to and who has it in progress (since when), with a link to take
    it over (the take page asks for a confirmation first)."""

    model = ClaimWork
    fk_name = "claim"
    verbose_name = verbose_name_plural = gettext_lazy("assignment")
    fields = ["assignee", "assigned_by", "assigned_at", "in_progress"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim", "assignee", "assigned_by", "holder")

    @admin.display(description=gettext_lazy("in progress"))
    def in_progress(self, work):
        if work.holder_id is None or work.held_version != work.claim.version:
            return "—"
        since = held_since(work)
        held = _("with %(user)s since %(since)s") % {"user": work.holder.get_username(), "since": since}
        url = reverse("admin:desk_take", args=[work.claim_id])
        return format_html('{} · <a href="{}" class="desk-take-over">{}</a>', held, url, _("Take over…"))


class WorkEventInline(DeskInline):
    """The claim's desk log: assignments, starts, stops and take-overs, oldest first."""

    model = WorkEvent
    fk_name = "claim"
    verbose_name = gettext_lazy("desk event")
    verbose_name_plural = gettext_lazy("desk log")
    fields = ["at", "kind", "actor", "assignee"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "assignee").order_by("at", "id")


class NoteInline(DeskInline):
    """The internal notes of a claim or an article, oldest first, with a link to write one."""

    model = Note
    template = "desk/notes_inline.html"
    fields = ["created_at", "author", "mentioned", "text"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author", "mentioned")


class ClaimNoteInline(NoteInline):
    fk_name = "claim"


class ArticleNoteInline(NoteInline):
    fk_name = "article"


ClaimAdmin.inlines = [*ClaimAdmin.inlines, ClaimWorkInline, WorkEventInline, ClaimNoteInline]
ArticleAdmin.inlines = [*ArticleAdmin.inlines, ArticleNoteInline]


@admin.action(description=gettext_lazy("Assign their claims to do to a reviewer…"), permissions=["desk"])
def assign_articles_action(modeladmin, request, queryset):
    """Asks for the reviewer on an intermediate page, then assigns each selected article's
    current claims that are not reviewed yet."""
    articles = list(queryset.order_by("title"))
    form = AssignReviewerForm(request.POST if "apply" in request.POST else None)
    if form.is_bound and form.is_valid():
        assignee = form.cleaned_data["assignee"]
        try:
            count = sum(assign_article(article=article, assignee=assignee, by=request.user) for article in articles)
        except DeskError as error:
            form.add_error(None, error.message)
        else:
            modeladmin.message_user(
                request,
                ngettext(
                    "%(count)s claim of %(articles)s article(s) assigned to %(user)s.",
                    "%(count)s claims of %(articles)s article(s) assigned to %(user)s.",
                    count,
                )
                % {"count": count, "articles": len(articles), "user": assignee.get_username()},
                messages.SUCCESS,
            )
            return None
    context = modeladmin.admin_site.each_context(request) | {
        "title": _("Assign articles to a reviewer"),
        "opts": modeladmin.opts,
        "articles": articles,
        "form": form,
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "desk/assign_articles.html", context)


def _may_use_desk(modeladmin, request) -> bool:
    return is_desk_user(request)


# `permissions=["desk"]` asks the model admin for has_desk_permission: only staff editors see the action.
ArticleAdmin.has_desk_permission = _may_use_desk
ArticleAdmin.actions = [*ArticleAdmin.actions, assign_articles_action]
