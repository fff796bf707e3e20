"""The queue counts on the admin's landing page (one query)."""

from django import template

from claims.models import Claim
from claims.services import can_review
from desk.queries import state_counts

register = template.Library()


@register.inclusion_tag("desk/queue_summary.html", takes_context=True)
def desk_queue_summary(context):
    user = context["request"].user
    if not (user.is_staff and can_review(user)):
        return {"shown": False}
    counts = Claim.objects.current().filter(work__assignee=user).aggregate(**state_counts())
    return {"shown": True, "counts": counts}


@register.filter
def desk_writer(user) -> bool:
    """Whether `user` may write on the desk (a staff editor)."""
    return bool(user.is_active and user.is_staff and can_review(user))
