"""The desk on a claim's review form (desk_tags.desk_claim_work): whom the claim is assigned to,
who has it in progress since when, *Start work* when nobody does, *Take over…* (asking first)
when someone else does."""

import lxml.html
import pytest
from django.urls import reverse
from django.utils import formats, timezone

from claims.models import Article, Claim
from claims.services import SourceInput, review_claim
from desk.models import ClaimWork
from desk.services import assign_claim, take_claim

pytestmark = pytest.mark.django_db


def review_form(client, claim):
    response = client.get(reverse("admin:claims_claim_review", args=[claim.pk]))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def desk_block(tree):
    [block] = tree.xpath("//section[@id='desk-work']")
    return block


def said(block, what) -> str:
    return " ".join(block.xpath(f".//p[@class='desk-{what}']")[0].text_content().split())


def shown(instant) -> str:
    return formats.date_format(timezone.localtime(instant), "DATETIME_FORMAT")


def test_review_form_offers_start_work_when_nobody_holds_the_claim(client, editor, desk_article):
    claim = desk_article.claims.first()
    client.force_login(editor)
    block = desk_block(review_form(client, claim))
    assert said(block, "holder") == "Nobody is working on it."
    assert said(block, "assignee") == "Assigned to nobody."
    [form] = block.xpath(".//form[@class='desk-start']")
    assert (form.get("method"), form.get("action")) == ("post", reverse("admin:desk_take", args=[claim.pk]))
    assert form.xpath(".//input[@name='csrfmiddlewaretoken']") and not form.xpath("ancestor::form")
    assert [button.text_content() for button in form.xpath(".//button")] == ["Start work"]
    assert not block.xpath(".//a[@class='desk-take-over']")
    # Starting work marks the claim in progress and comes back to the form, which says so.
    response = client.post(form.get("action"))
    assert response.status_code == 302 and response.url == reverse("admin:claims_claim_review", args=[claim.pk])
    work = ClaimWork.objects.get(claim=claim)
    assert work.holder == editor
    block = desk_block(review_form(client, claim))
    assert said(block, "holder") == f"In progress with edith since {shown(work.held_since)}."
    assert not block.xpath(".//form") and not block.xpath(".//a[@class='desk-take-over']")


def test_review_form_names_the_colleague_holding_the_claim_and_offers_to_take_it_over(
    client, editor, colleague, desk_article
):
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=colleague, by=editor)
    work = take_claim(claim=claim, user=colleague)
    client.force_login(editor)
    block = desk_block(review_form(client, claim))
    assert said(block, "assignee") == "Assigned to colette."
    assert said(block, "holder") == f"In progress with colette since {shown(work.held_since)}."
    assert not block.xpath(".//form")
    [take_over] = block.xpath(".//a[@class='desk-take-over']")
    assert take_over.text_content() == "Take over…"
    # The link asks first (the existing confirmation), naming who holds the claim.
    confirm = lxml.html.fromstring(client.get(take_over.get("href")).content.decode())
    assert "colette" in confirm.xpath("//*[@class='errornote']")[0].text_content()
    assert ClaimWork.objects.get(claim=claim).holder == colleague
    response = client.post(take_over.get("href"), {"take_over": "1"})
    assert response.url == reverse("admin:claims_claim_review", args=[claim.pk])
    assert ClaimWork.objects.get(claim=claim).holder == editor


def test_review_form_reads_a_hold_from_before_the_last_review_as_nobody_s(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://example.org")],
        expected_version=claim.version,
    )  # the review ends the hold
    client.force_login(editor)
    block = desk_block(review_form(client, Claim.objects.get(pk=claim.pk)))
    assert said(block, "holder") == "Nobody is working on it."
    assert block.xpath(".//form[@class='desk-start']")


def test_review_form_offers_no_work_on_a_claim_of_an_earlier_revision(client, editor, colleague, desk_article):
    held, free = desk_article.claims.order_by("position")[:2]
    take_claim(claim=held, user=colleague)
    Article.objects.filter(pk=desk_article.pk).update(revision=2)
    client.force_login(editor)
    for claim in (held, free):
        block = desk_block(review_form(client, claim))
        assert not block.xpath(".//form") and not block.xpath(".//a[@class='desk-take-over']")
    assert said(desk_block(review_form(client, held)), "holder").startswith("In progress with colette since")
