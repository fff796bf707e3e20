"""Saga's admin site (django.contrib.admin's default site, set by saga.apps.SagaAdminConfig):
its landing page is a reviewer's queue. An Editors member who opens /admin/ is sent to their queue
(/admin/desk/claimwork/queue/), which links back to the usual index (/admin/?all=1); superusers
and staff who do not review land on the usual index, with the queue's counts for superusers."""

from django.contrib import admin
from django.shortcuts import redirect

from claims.services import can_review

FULL_INDEX = "all"  # /admin/?all=1: the usual index, whoever asks


def lands_on_queue(request) -> bool:
    """Whether the admin's index sends `request`'s user to their queue: a reviewer (Editors)
    who is not a superuser, unless they asked for the usual index."""
    user = request.user
    reviewer = user.is_active and user.is_staff and not user.is_superuser and can_review(user)
    return reviewer and FULL_INDEX not in request.GET


class SagaAdminSite(admin.AdminSite):
    # The usual index shows a reviewer's queue counts above the app list (desk_queue_summary).
    index_template = "desk/admin_index.html"

    def index(self, request, extra_context=None):
        if lands_on_queue(request):
            return redirect("admin:desk_queue")
        return super().index(request, extra_context)
