"""The desk's overview (desk/overview.py): per editor and per article, the claims to do, in
progress and reviewed, the oldest claim waiting, the verdicts of the last seven days; the
page-wide figures; the SVG chart; assigning an article; a fixed number of queries."""

from datetime import datetime, timedelta

import lxml.html
import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Article
from claims.services import body_digest
from desk.models import ClaimWork
from desk.services import assign_article, assign_claim, take_claim
from tests.desk_factories import make_desk_article, review

pytestmark = pytest.mark.django_db


def overview_page(client):
    response = client.get(reverse("admin:desk_overview"))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def table(tree, section) -> dict[str, dict[str, lxml.html.HtmlElement]]:
    """The rows of a section's table by their heading cell, each its cells by column heading."""
    headings = [cell.text_content() for cell in tree.xpath(f"//*[@id='{section}']//thead//th")]
    return {
        row[0].text_content(): dict(zip(headings[1:], row[1:], strict=True))
        for row in tree.xpath(f"//*[@id='{section}']//tbody/tr")
    }


def text(element) -> str:
    """What a reader sees of `element`, its white space collapsed."""
    return " ".join(element.text_content().split())


def time_of(element) -> datetime | None:
    """The instant of the <time> in `element` (None when the cell says there is none)."""
    times = element.xpath(".//time/@datetime")
    return datetime.fromisoformat(times[0]) if times else None


def verdicts_in(element) -> dict[str, str]:
    return {span.get("data-verdict"): span.text_content() for span in element.xpath(".//*[@data-verdict]")}


def waited(claim, days: int) -> datetime:
    """Makes `claim` wait since `days` days ago; returns that instant."""
    since = timezone.now() - timedelta(days=days)
    type(claim).objects.filter(pk=claim.pk).update(updated_at=since)
    return since


@pytest.mark.parametrize("count", [3, 30])
def test_overview_queries_do_not_grow_with_claims(client, editor, colleague, django_assert_num_queries, count):
    for index in range(2):
        article = make_desk_article(slug=f"a{index}", count=count)
        assign_article(article=article, assignee=colleague, by=editor)
        take_claim(claim=article.claims.last(), user=colleague)
        for claim in article.claims.order_by("position")[: count // 3]:
            review(claim, editor, "sourced")
    client.force_login(editor)
    client.get(reverse("admin:desk_overview"))
    # session, user, the user's and their groups' permissions; the articles waiting longest,
    # their verdicts of the week, the chart, the oldest claim waiting, the editors, the verdicts
    # of the week; the assignment form's choices (2). 11 until the verdicts per article: counted
    # with the page's they joined every review of the week to its claim (desk.overview)
    with django_assert_num_queries(12):
        response = client.get(reverse("admin:desk_overview"))
    tree = lxml.html.fromstring(response.content.decode())
    by_article = table(tree, "by-article")
    assert all(verdicts_in(row["Verdicts in the last 7 days"]) for row in by_article.values())
    assert time_of(table(tree, "by-reviewer")["colette"]["Oldest claim waiting"])


def test_overview_counts_and_chart(client, editor, colleague, desk_article):
    first, second, third = desk_article.claims.order_by("position")
    assign_claim(claim=first, assignee=colleague, by=editor)
    take_claim(claim=second, user=colleague)
    review(third, editor, "sourced")
    client.force_login(editor)
    tree = overview_page(client)
    row = table(tree, "by-article")["Desk"]
    assert [row[column].text_content() for column in ("To do", "In progress", "Reviewed")] == ["1", "1", "1"]
    by_user = table(tree, "by-reviewer")
    assert [by_user["colette"][column].text_content() for column in ("To do", "In progress", "Reviewed")] == [
        "1",
        "0",
        "0",
    ]
    assert by_user["edith"]["Reviews this week"].text_content() == "1"
    bars = tree.xpath("//*[@id='chart']//rect")
    assert len(bars) == 30
    assert [int(bar.get("height")) for bar in bars][-1] == 120  # today: the one day with reviews
    assert {int(bar.get("height")) for bar in bars[:-1]} == {0}
    assert not tree.xpath("//*[@id='chart']//script")  # a server-rendered chart


def test_overview_shows_each_reviewer_s_oldest_claim_waiting(client, editor, colleague):
    article = make_desk_article(count=4)
    held, waiting, reviewed, other = article.claims.order_by("position")
    for claim in (held, waiting, reviewed):
        assign_claim(claim=claim, assignee=colleague, by=editor)
    assign_claim(claim=other, assignee=editor, by=editor)
    take_claim(claim=held, user=colleague)  # in progress still waits for its review
    review(reviewed, editor, "sourced")
    held_since = waited(held, 5)
    waited(waiting, 2)
    waited(reviewed, 9)  # older, but reviewed: waits for nothing
    other_since = waited(other, 1)
    client.force_login(editor)
    by_user = table(overview_page(client), "by-reviewer")
    [link] = by_user["colette"]["Oldest claim waiting"].xpath(".//a")
    assert link.get("href") == reverse("admin:claims_claim_review", args=[held.pk])
    assert time_of(link) == held_since
    assert time_of(by_user["edith"]["Oldest claim waiting"]) == other_since


def test_overview_reviewer_without_claims_waiting_has_none(client, editor, colleague, desk_article):
    first = desk_article.claims.first()
    assign_claim(claim=first, assignee=colleague, by=editor)
    review(first, editor, "sourced")
    client.force_login(editor)
    by_user = table(overview_page(client), "by-reviewer")
    for name in ("colette", "edith"):  # reviewed only; nothing assigned
        cell = by_user[name]["Oldest claim waiting"]
        assert (text(cell), cell.xpath(".//a")) == ("—", [])


def test_overview_counts_the_verdicts_of_the_week_per_article_and_in_all(client, editor, colleague):
    first = make_desk_article(slug="first", count=4)
    second = make_desk_article(slug="second", count=2)
    quiet = make_desk_article(slug="quiet", count=1)
    a, b, c, d = first.claims.order_by("position")
    review(a, editor, "sourced")
    review(b, colleague, "sourced")
    review(c, editor, "disputed")
    review(d, editor, "disputed", days_ago=8)  # before the week: not counted
    review(second.claims.first(), colleague, "disputed")
    review(quiet.claims.get(), editor, "sourced", days_ago=10)
    client.force_login(editor)
    tree = overview_page(client)
    by_article = table(tree, "by-article")
    assert verdicts_in(by_article["First"]["Verdicts in the last 7 days"]) == {
        "sourced": "sourced: 2",
        "disputed": "disputed: 1",
    }
    assert verdicts_in(by_article["Second"]["Verdicts in the last 7 days"]) == {"disputed": "disputed: 1"}
    assert text(by_article["Quiet"]["Verdicts in the last 7 days"]) == "—"
    in_all = tree.xpath("//*[@id='verdicts']//*[@class='desk-verdicts']")[0]
    assert verdicts_in(in_all) == {"sourced": "sourced: 2", "disputed": "disputed: 2"}
    assert text(in_all) == "sourced: 2, disputed: 2"  # in the order of the verdicts


def test_overview_says_when_no_verdict_was_given_this_week(client, editor, desk_article):
    review(desk_article.claims.first(), editor, "sourced", days_ago=8)
    client.force_login(editor)
    in_all = overview_page(client).xpath("//*[@id='verdicts']//*[@class='desk-verdicts']")[0]
    assert (verdicts_in(in_all), text(in_all)) == ({}, "None.")


def test_overview_shows_the_oldest_claim_waiting_of_all(client, editor):
    recent, old = make_desk_article(slug="recent", count=2), make_desk_article(slug="old", count=2)
    for claim in recent.claims.all():
        waited(claim, 1)
    oldest, other = old.claims.order_by("position")
    since = waited(oldest, 6)
    waited(other, 3)
    reviewed = recent.claims.first()
    review(reviewed, editor, "sourced")
    waited(reviewed, 20)  # older still, but reviewed
    superseded = make_desk_article(slug="superseded", count=1)
    Article.objects.filter(pk=superseded.pk).update(revision=2)  # its claim is of an earlier revision
    waited(superseded.claims.get(), 30)
    client.force_login(editor)
    [line] = overview_page(client).xpath("//*[@id='verdicts']//p[@class='desk-oldest']")
    [link] = line.xpath("a")
    assert link.get("href") == reverse("admin:claims_claim_review", args=[oldest.pk])
    assert link.text_content() == str(oldest)
    assert "Old" in line.text_content()  # its article
    assert time_of(line) == since


def test_overview_lists_the_articles_waiting_longest(client, editor, monkeypatch):
    monkeypatch.setattr("desk.overview.OVERVIEW_LIMIT", 2)
    now = timezone.now()
    recent, old, oldest, done = (make_desk_article(slug=slug, count=2) for slug in ("recent", "old", "oldest", "done"))
    Article.objects.create(slug="empty", title="Empty", body="Vide.", body_sha256=body_digest("Vide."))
    for article, days in ((recent, 1), (old, 5), (oldest, 9), (done, 30)):
        article.claims.update(updated_at=now - timedelta(days=days))
    done.claims.update(version=2)  # reviewed: waits for nothing, however old
    oldest.claims.filter(position=0).update(version=2)  # its other claim still waits
    client.force_login(editor)
    tree = overview_page(client)
    by_article = table(tree, "by-article")
    assert list(by_article) == ["Oldest", "Old"]
    first = by_article["Oldest"]
    assert [first[column].text_content() for column in ("To do", "In progress", "Reviewed")] == ["1", "0", "1"]
    assert time_of(first["Waiting since"]) == now - timedelta(days=9)
    assert "The 2 articles waiting longest" in tree.xpath("//*[@id='by-article']/p")[0].text_content()
    monkeypatch.setattr("desk.overview.OVERVIEW_LIMIT", 5)
    by_article = table(overview_page(client), "by-article")
    assert list(by_article) == ["Oldest", "Old", "Recent", "Done"]  # nothing waiting: last; no claims: not listed
    assert time_of(by_article["Recent"]["Waiting since"]) == now - timedelta(days=1)
    assert text(by_article["Done"]["Waiting since"]) == "—"


def test_overview_assigns_an_article(client, editor, colleague, desk_article):
    client.force_login(editor)
    response = client.post(reverse("admin:desk_assign"), {"article": desk_article.pk, "assignee": colleague.pk})
    assert response.status_code == 302
    assert ClaimWork.objects.filter(assignee=colleague).count() == 3


@pytest.mark.parametrize(
    ("count", "language", "message"),
    [
        (1, "en", "1 claim of “One” assigned to colette."),
        (1, "fr", "1 affirmation de « One » attribuée à colette."),
        (2, "fr", "2 affirmations de « One » attribuées à colette."),
    ],
)
def test_overview_assign_says_its_count_in_singular_or_plural(client, editor, colleague, count, language, message):
    article = make_desk_article(slug="one", count=count)
    client.force_login(editor)
    response = client.post(
        reverse("admin:desk_assign"),
        {"article": article.pk, "assignee": colleague.pk},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert [str(m) for m in response.context["messages"]] == [message]


def test_overview_assign_refuses_non_editor(client, editor, staff, desk_article):
    client.force_login(editor)
    response = client.post(
        reverse("admin:desk_assign"), {"article": desk_article.pk, "assignee": staff.pk}, follow=True
    )
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert not ClaimWork.objects.exists()
