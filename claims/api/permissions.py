"""Who may write through the API: reading is open (visibility is the querysets' job)."""

from django.utils.translation import gettext_lazy
from rest_framework import permissions

from claims.services import can_review


class CanIngest(permissions.BasePermission):
    """Staff who may add articles in the admin may ingest them through the API."""

    message = gettext_lazy("Ingesting articles needs a staff account with the “add article” permission.")

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_authenticated and user.is_staff and user.has_perm("claims.add_article"))


class CanReview(permissions.BasePermission):
    """Editors (the `claims.review_claim` permission), as the review service demands."""

    message = gettext_lazy("Reviewing claims needs the “review claims” permission (the Editors group).")

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and can_review(request.user))
