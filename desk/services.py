"""The desk's writes: assign, take (start work), release, note. Keyword-only; each runs in one
transaction, locks the claim rows it changes (so two reviewers taking one claim at once are
served one after the other: the first wins, the second learns who holds it), logs on
`saga.audit`, and raises a `DeskError` with a message fit to show a user."""

import logging

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from claims.models import Article, Claim
from claims.services import ServiceError, can_review
from desk.models import ClaimWork, Note, WorkEvent, WorkEventKind, reviewed_q

audit = logging.getLogger("saga.audit")
NOTE_MAX_LENGTH = 5000


def held_since(work: ClaimWork) -> str:
    """When the claim's holder took it, as the desk's pages say it: the site's time zone, the
    language's format (never a UTC ISO stamp in a French sentence)."""
    return formats.date_format(timezone.localtime(work.held_since), "DATETIME_FORMAT")


class DeskError(ServiceError):
    pass


class ClaimHeldError(DeskError):
    """Someone else holds the claim in progress; carries who and since when."""

    def __init__(self, work: ClaimWork):
        super().__init__(
            _("%(user)s has been working on this claim since %(since)s; confirm to take it over.")
            % {"user": work.holder.get_username(), "since": held_since(work)},
            field="claim",
        )
        self.work = work


def check_reviewer(user, *, field: str) -> None:
    """Refuses anyone who may not review claims (non-editors, deactivated accounts)."""
    if user is None:
        return
    if not user.is_active:
        raise DeskError(_("The account “%(user)s” is deactivated.") % {"user": user.get_username()}, field=field)
    if not can_review(user):
        raise DeskError(
            _("“%(user)s” is not an editor (the Editors group reviews claims).") % {"user": user.get_username()},
            field=field,
        )


def _locked_current(claim_ids) -> list[Claim]:
    """The claims locked, in id order (one lock order for everyone: no deadlock between two
    article assignments), each checked to be of its article's current revision."""
    claims = list(
        Claim.objects.select_for_update(of=("self",)).filter(pk__in=claim_ids).select_related("article").order_by("pk")
    )
    for claim in claims:
        if claim.revision != claim.article.revision:
            raise DeskError(
                _("This claim is from revision %(old)s; the article is now at revision %(new)s.")
                % {"old": claim.revision, "new": claim.article.revision},
                field="claim",
            )
    return claims


def _works(claims: list[Claim]) -> dict[int, ClaimWork]:
    existing = {work.claim_id: work for work in ClaimWork.objects.filter(claim__in=claims).select_related("holder")}
    return {claim.pk: existing.get(claim.pk) or ClaimWork(claim=claim, article_id=claim.article_id) for claim in claims}


def _save(works) -> None:
    ClaimWork.objects.bulk_create(
        works,
        update_conflicts=True,
        unique_fields=["claim"],
        update_fields=["assignee", "assigned_by", "assigned_at", "holder", "held_since", "held_version"],
    )


@transaction.atomic
def assign_claims(*, claims, assignee, by) -> int:
    """Assigns `claims` to `assignee` (None: unassigns them), on behalf of `by`; returns how many.

    Both must be active editors; every claim must be of its article's current revision.
    """
    check_reviewer(by, field="user")
    check_reviewer(assignee, field="assignee")
    locked = _locked_current([claim.pk for claim in claims])
    now = timezone.now()
    works = list(_works(locked).values())
    for work in works:
        work.assignee, work.assigned_by, work.assigned_at = assignee, by, now
    _save(works)
    kind = WorkEventKind.ASSIGN if assignee else WorkEventKind.UNASSIGN
    WorkEvent.objects.bulk_create(
        WorkEvent(claim_id=work.claim_id, kind=kind, actor=by, assignee=assignee, at=now) for work in works
    )
    for work in works:
        audit.info(
            "claim assigned",
            extra={
                "event": "assign",
                "claim": work.claim_id,
                "assignee": assignee.get_username() if assignee else None,
                "user": by.get_username(),
            },
        )
    return len(works)


def assign_claim(*, claim: Claim, assignee, by) -> ClaimWork:
    assign_claims(claims=[claim], assignee=assignee, by=by)
    return ClaimWork.objects.select_related("assignee", "holder").get(claim=claim)


def assign_article(*, article: Article, assignee, by) -> int:
    """Assigns the current claims of `article` that are not reviewed yet; returns how many."""
    claims = Claim.objects.filter(article=article, revision=article.revision).exclude(reviewed_q())
    return assign_claims(claims=list(claims.only("pk")), assignee=assignee, by=by)


@transaction.atomic
def take_claim(*, claim: Claim, user, take_over: bool = False) -> ClaimWork:
    """Marks `claim` in progress with `user`. If someone else holds it, ClaimHeldError unless
    `take_over` (the user confirmed); a reviewed claim needs no work."""
    check_reviewer(user, field="user")
    [locked] = _locked_current([claim.pk])
    work = _works([locked])[locked.pk]
    held = work.holder_id is not None and work.held_version == locked.version
    if held and work.holder_id != user.pk and not take_over:
        raise ClaimHeldError(work)
    previous = work.holder if held and work.holder_id != user.pk else None
    now = timezone.now()
    work.holder, work.held_since, work.held_version = user, now, locked.version
    _save([work])
    WorkEvent.objects.create(
        claim=locked,
        kind=WorkEventKind.TAKE_OVER if previous else WorkEventKind.TAKE,
        actor=user,
        assignee=previous,
        at=now,
    )
    audit.info(
        "claim taken over" if previous else "claim in progress",
        extra={
            "event": "take",
            "claim": locked.pk,
            "user": user.get_username(),
            "previous_holder": previous.get_username() if previous else None,
        },
    )
    return work


@transaction.atomic
def release_claim(*, claim: Claim, user) -> None:
    """Ends `user`'s hold on `claim` (back to "to do"); someone else's hold is left alone."""
    [locked] = _locked_current([claim.pk])
    updated = ClaimWork.objects.filter(claim=locked, holder=user).update(
        holder=None, held_since=None, held_version=None
    )
    if updated:
        WorkEvent.objects.create(claim=locked, kind=WorkEventKind.RELEASE, actor=user)
        audit.info("claim released", extra={"event": "release", "claim": locked.pk, "user": user.get_username()})


def add_note(*, author, text: str, claim: Claim | None = None, article: Article | None = None, mentioned=None) -> Note:
    """Writes an internal note on a claim or an article (exactly one), by a staff editor `author`,
    optionally for the attention of a colleague (an active staff account)."""
    if not (author and author.is_active and author.is_staff and can_review(author)):
        raise DeskError(_("Notes are written by staff editors."), field="author")
    if (claim is None) == (article is None):
        raise DeskError(_("A note is on a claim or on an article (exactly one)."), field="claim")
    text = text.strip()
    if not text:
        raise DeskError(_("A note needs some text."), field="text")
    if len(text) > NOTE_MAX_LENGTH:
        raise DeskError(_("A note has at most %(n)s characters.") % {"n": NOTE_MAX_LENGTH}, field="text")
    if mentioned is not None and not (mentioned.is_active and mentioned.is_staff):
        raise DeskError(
            _("“%(user)s” is not an active staff account.") % {"user": mentioned.get_username()}, field="mentioned"
        )
    note = Note.objects.create(author=author, text=text, claim=claim, article=article, mentioned=mentioned)
    audit.info(
        "note added",
        extra={
            "event": "note",
            "claim": claim and claim.pk,
            "article": article and article.pk,
            "user": author.get_username(),
        },
    )
    return note
