import logging

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F

from claims.services import SourceInput, review_claim
from desk.models import ClaimWork, Note, WorkState, state_expression
from desk.services import (
    ClaimHeldError,
    DeskError,
    add_note,
    assign_article,
    assign_claim,
    release_claim,
    take_claim,
)
from tests.desk_factories import make_desk_article

pytestmark = pytest.mark.django_db


def states(article):
    return dict(article.claims.annotate(state=state_expression()).values_list("pk", "state"))


def test_assign_claim_records_who_and_logs(desk_article, editor, colleague, caplog):
    claim = desk_article.claims.first()
    with caplog.at_level(logging.INFO, logger="saga.audit"):
        work = assign_claim(claim=claim, assignee=colleague, by=editor)
    assert (work.assignee, work.assigned_by) == (colleague, editor)
    assert work.assigned_at is not None
    [record] = [r for r in caplog.records if r.name == "saga.audit"]
    assert (record.event, record.claim, record.assignee, record.user) == ("assign", claim.pk, "colette", "edith")


def test_assign_claim_refuses_non_editor(desk_article, editor, staff):
    with pytest.raises(DeskError, match="not an editor"):
        assign_claim(claim=desk_article.claims.first(), assignee=staff, by=editor)
    assert not ClaimWork.objects.exists()


def test_assign_claim_refuses_deactivated_account(desk_article, editor, colleague):
    colleague.is_active = False
    colleague.save()
    with pytest.raises(DeskError, match="deactivated") as caught:
        assign_claim(claim=desk_article.claims.first(), assignee=colleague, by=editor)
    assert caught.value.field == "assignee"


def test_assign_claim_refuses_old_revision(desk_article, editor, colleague):
    claim = desk_article.claims.first()
    desk_article.__class__.objects.filter(pk=desk_article.pk).update(revision=2)
    with pytest.raises(DeskError, match="revision 1"):
        assign_claim(claim=claim, assignee=colleague, by=editor)
    assert not ClaimWork.objects.exists()


def test_assign_article_assigns_only_unreviewed_claims(desk_article, editor, colleague):
    first, *others = desk_article.claims.order_by("position")
    review_claim(
        claim=first,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://example.org")],
        expected_version=1,
    )
    assert assign_article(article=desk_article, assignee=colleague, by=editor) == len(others)
    assigned = set(ClaimWork.objects.filter(assignee=colleague).values_list("claim_id", flat=True))
    assert assigned == {claim.pk for claim in others}


def test_assign_none_unassigns(desk_article, editor, colleague):
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=colleague, by=editor)
    assert assign_claim(claim=claim, assignee=None, by=editor).assignee is None


def test_take_claim_marks_in_progress_and_review_ends_it(desk_article, editor):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=editor)
    assert states(desk_article)[claim.pk] == WorkState.IN_PROGRESS
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://example.org")],
        expected_version=1,
    )
    assert states(desk_article)[claim.pk] == WorkState.REVIEWED


def test_take_claim_held_by_someone_else_names_them(desk_article, editor, colleague):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    with pytest.raises(ClaimHeldError, match="colette") as caught:
        take_claim(claim=claim, user=editor)
    assert caught.value.work.holder == colleague
    assert ClaimWork.objects.get(claim=claim).holder == colleague


def test_take_claim_takes_over_when_confirmed(desk_article, editor, colleague, caplog):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="saga.audit"):
        take_claim(claim=claim, user=editor, take_over=True)
    assert ClaimWork.objects.get(claim=claim).holder == editor
    assert [r.previous_holder for r in caplog.records if r.name == "saga.audit"] == ["colette"]


def test_release_claim_back_to_do_and_leaves_others_hold(desk_article, editor, colleague):
    first, second = desk_article.claims.order_by("position")[:2]
    take_claim(claim=first, user=editor)
    take_claim(claim=second, user=colleague)
    release_claim(claim=first, user=editor)
    release_claim(claim=second, user=editor)
    assert states(desk_article)[first.pk] == WorkState.TO_DO
    assert states(desk_article)[second.pk] == WorkState.IN_PROGRESS


def test_add_note_on_claim_with_mention(desk_article, editor, colleague):
    claim = desk_article.claims.first()
    note = add_note(author=editor, text="  Vérifier le montant.  ", claim=claim, mentioned=colleague)
    assert (note.text, note.claim, note.mentioned) == ("Vérifier le montant.", claim, colleague)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "   "}, "needs some text"),
        ({"text": "x" * 5001}, "at most 5000"),
        ({"text": "ok", "both": True}, "exactly one"),
    ],
)
def test_add_note_refuses_bad_input(desk_article, editor, kwargs, message):
    target = {"claim": desk_article.claims.first()}
    if kwargs.pop("both", False):
        target["article"] = desk_article
    with pytest.raises(DeskError, match=message):
        add_note(author=editor, **kwargs, **target)
    assert not Note.objects.exists()


@pytest.mark.parametrize("is_staff", [False, True])
def test_add_note_refuses_non_editor_author(desk_article, django_user_model, is_staff):
    outsider = django_user_model.objects.create_user("rita", is_staff=is_staff)
    with pytest.raises(DeskError, match="staff editors"):
        add_note(author=outsider, text="hello", article=desk_article)


def test_work_events_log_assign_take_take_over_release(desk_article, editor, colleague):
    from desk.models import WorkEvent

    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=colleague, by=editor)
    take_claim(claim=claim, user=colleague)
    take_claim(claim=claim, user=editor, take_over=True)
    release_claim(claim=claim, user=colleague)  # not theirs any more: nothing happens, nothing logged
    release_claim(claim=claim, user=editor)
    assign_claim(claim=claim, assignee=None, by=editor)
    logged = [
        (e.kind, e.actor.username, e.assignee and e.assignee.username) for e in WorkEvent.objects.filter(claim=claim)
    ]
    assert logged == [
        ("assign", "edith", "colette"),
        ("take", "colette", None),
        ("take_over", "edith", "colette"),
        ("release", "edith", None),
        ("unassign", "edith", None),
    ]


def test_refused_assignment_logs_nothing(desk_article, editor, staff):
    from desk.models import WorkEvent

    with pytest.raises(DeskError):
        assign_claim(claim=desk_article.claims.first(), assignee=staff, by=editor)
    assert not WorkEvent.objects.exists()


def test_work_rows_carry_their_claims_article_whoever_writes_them(desk_article, editor, colleague):
    """ClaimWork.article is the claim's, copied when the row is first written (an assignment or a
    take), kept as the row is written again; a claim never moves to another article."""
    first, second, last = desk_article.claims.order_by("position")
    other = make_desk_article(slug="other", count=1)
    elsewhere = other.claims.get()
    assign_article(article=desk_article, assignee=colleague, by=editor)
    take_claim(claim=elsewhere, user=editor)  # a work row written by a take, without an assignment
    assign_claim(claim=first, assignee=editor, by=editor)  # an existing row assigned again
    release_claim(claim=elsewhere, user=editor)
    works = ClaimWork.objects.all()
    assert works.count() == 4
    assert not works.exclude(article=F("claim__article")).exists()
    assert dict(works.values_list("claim_id", "article_id")) == {
        first.pk: desk_article.pk,
        second.pk: desk_article.pk,
        last.pk: desk_article.pk,
        elsewhere.pk: other.pk,
    }


def test_work_row_needs_its_article(desk_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimWork.objects.create(claim=desk_article.claims.first())
