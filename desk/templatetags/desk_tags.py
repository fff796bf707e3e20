"""The queue counts on the admin's landing page (two queries, as the queue reads them)."""

from django import template

from claims.services import can_review
from desk.queries import queue_counts, reviewer_articles

register = template.Library()


@register.inclusion_tag("desk/queue_summary.html", takes_context=True)
def desk_queue_summary(context):
    user = context["request"].user
    if not (user.is_staff and can_review(user)):
        return {"shown": False}
    return {"shown": True, "counts": queue_counts(user, reviewer_articles(user))}


@register.filter
def desk_writer(user) -> bool:
    """Whether `user` may write on the desk (a staff editor)."""
    return bool(user.is_active and user.is_staff and can_review(user))
