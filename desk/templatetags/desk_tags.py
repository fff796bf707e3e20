"""The desk on pages of other apps: the queue counts on the admin's usual index (two queries, as
the queue reads them) and who works on a claim on its review form (one query)."""

from django import template

from claims.services import can_review
from desk.models import ClaimWork
from desk.queries import queue_counts, reviewer_articles

register = template.Library()


@register.inclusion_tag("desk/queue_summary.html", takes_context=True)
def desk_queue_summary(context):
    user = context["request"].user
    if not (user.is_staff and can_review(user)):
        return {"shown": False}
    return {"shown": True, "counts": queue_counts(user, reviewer_articles(user))}


@register.inclusion_tag("desk/review_work.html", takes_context=True)
def desk_claim_work(context, claim):
    """Whom `claim` is assigned to and who has it in progress since when, with a button to start
    work on it when nobody does and a link to take it over (asking first) when someone else does;
    neither on a claim of an earlier revision, which is not worked on."""
    user = context["request"].user
    if not desk_writer(user):
        return {"shown": False}
    work = ClaimWork.objects.filter(claim=claim).select_related("assignee", "holder").first()
    held = work is not None and work.holder_id is not None and work.held_version == claim.version
    return {
        "shown": True,
        "claim": claim,
        "assignee": work.assignee if work else None,
        "holder": work.holder if held else None,
        "held_since": work.held_since if held else None,
        "yours": held and work.holder_id == user.pk,
        "current": claim.revision == claim.article.revision,
    }


@register.filter
def desk_writer(user) -> bool:
    """Whether `user` may write on the desk (a staff editor)."""
    return bool(user.is_active and user.is_staff and can_review(user))
