"""The desk in the admin: the queue, taking a claim over, and notes; the queue runs a fixed number
of queries whatever the claims. The overview is tested in test_overview.py."""

import lxml.html
import pytest
from django.urls import reverse

from desk.models import ClaimWork, Note
from desk.queries import NEWS_LIMIT, QUEUE_LIMIT
from desk.services import add_note, assign_article, assign_claim, take_claim
from tests.desk_factories import make_desk_article, review

pytestmark = pytest.mark.django_db


def page(client, name, **kwargs):
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def rows(tree, section):
    return [int(row.get("data-claim")) for row in tree.xpath(f"//*[@id='{section}']//tr[@data-claim]")]


def test_queue_lists_assigned_by_checkworthiness_then_unassigned(client, editor, colleague):
    article = make_desk_article(count=4)
    first, second, third, fourth = article.claims.order_by("position")
    assign_claim(claim=first, assignee=editor, by=editor)
    assign_claim(claim=third, assignee=editor, by=editor)
    assign_claim(claim=fourth, assignee=colleague, by=editor)
    client.force_login(editor)
    tree = page(client, "admin:desk_queue")
    assert rows(tree, "assigned") == [third.pk, first.pk]
    assert rows(tree, "unassigned") == [second.pk]
    assert "2 to do, 0 in progress, 0 reviewed" in tree.xpath("//*[@class='desk-counts']")[0].text_content()


def test_queue_shows_who_holds_a_claim(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=editor, by=editor)
    take_claim(claim=claim, user=colleague)
    client.force_login(editor)
    state = page(client, "admin:desk_queue").xpath("//*[@id='assigned']//td[@class='desk-state']")[0].text_content()
    assert "in progress with colette since" in state


def test_queue_lists_claims_needing_rereview(client, editor, desk_article):
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=editor, by=editor)
    desk_article.claims.filter(pk=claim.pk).update(needs_rereview=True)
    client.force_login(editor)
    assert rows(page(client, "admin:desk_queue"), "rereview") == [claim.pk]


@pytest.mark.parametrize("count", [3, 30])
def test_queue_queries_do_not_grow_with_claims(client, editor, colleague, django_assert_num_queries, count):
    article = make_desk_article(count=count)
    assign_article(article=article, assignee=editor, by=editor)
    last, before_last = article.claims.order_by("-position")[:2]
    assign_claim(claim=last, assignee=None, by=editor)  # every list of claims has rows to read
    article.claims.filter(pk=before_last.pk).update(needs_rereview=True)
    take_claim(claim=article.claims.first(), user=editor)
    for claim in article.claims.order_by("position")[: count // 3]:  # verdicts changed since
        review(claim, editor, "sourced")
        review(claim, colleague, "disputed")
    for claim in article.claims.all():  # mentions, on claims and on the article
        add_note(author=colleague, text="Regarde", claim=claim, mentioned=editor)
        add_note(author=colleague, text="Regarde", article=article, mentioned=editor)
    client.force_login(editor)
    client.get(reverse("admin:desk_queue"))  # session and permissions warmed up
    # session, user, the user's and their groups' permissions; their articles, the counts, the
    # three lists of claims, the verdicts changed, the mentions (the articles were read with the
    # counts, 10 queries, until ClaimWork.article spared reading every claim assigned to find them)
    with django_assert_num_queries(11):  # 7 of them: desk.queries.queue_for, when every list has rows
        response = client.get(reverse("admin:desk_queue"))
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content.decode())
    assert all(rows(tree, section) for section in ("assigned", "unassigned", "rereview"))
    assert len(tree.xpath("//*[@id='mentions']//tr[@data-note]")) == min(2 * count, NEWS_LIMIT)
    assert len(rows(tree, "verdict-changed")) == min(count // 3, NEWS_LIMIT)


def test_queue_lists_show_their_first_rows_and_say_more_follow(client, editor, colleague):
    article = make_desk_article(count=QUEUE_LIMIT + 2)
    assign_article(article=article, assignee=editor, by=editor)
    for index in range(NEWS_LIMIT + 1):
        add_note(author=colleague, text=f"Note {index}", article=article, mentioned=editor)
    client.force_login(editor)
    tree = page(client, "admin:desk_queue")
    ranked = article.claims.order_by("-checkworthiness").values_list("pk", flat=True)
    assert rows(tree, "assigned") == list(ranked[:QUEUE_LIMIT])
    more = tree.xpath("//*[@id='assigned']//*[@class='desk-more']")[0].text_content()
    assert f"The {QUEUE_LIMIT} most check-worthy of {QUEUE_LIMIT + 2} are shown" in more
    notes = tree.xpath("//*[@id='mentions']//tr[@data-note]")
    assert [row.text_content().split()[-1] for row in notes] == [str(i) for i in range(NEWS_LIMIT, 0, -1)]
    link = tree.xpath("//*[@id='mentions']//*[@class='desk-more']/a")[0].get("href")
    assert link == reverse("admin:desk_note_changelist") + f"?mentioned__id__exact={editor.pk}"
    assert not tree.xpath("//*[@id='unassigned' or @id='rereview' or @id='verdict-changed']//*[@class='desk-more']")


def test_queue_lists_unassigned_claims_held_by_someone(client, editor, colleague):
    article = make_desk_article(count=2)
    mine, held = article.claims.order_by("position")
    assign_claim(claim=mine, assignee=editor, by=editor)
    take_claim(claim=held, user=colleague)  # a work row without an assignee
    client.force_login(editor)
    tree = page(client, "admin:desk_queue")
    assert rows(tree, "unassigned") == [held.pk]
    assert "in progress with colette" in tree.xpath("//*[@id='unassigned']//td[@class='desk-state']")[0].text_content()


def test_queue_lists_verdicts_changed_by_someone_else(client, editor, colleague, desk_article):
    first, second, third = desk_article.claims.order_by("position")
    review(first, editor, "sourced")
    review(first, colleague, "disputed")  # changed: listed
    review(second, editor, "sourced")
    review(second, colleague, "sourced")  # same verdict again: not listed
    review(third, colleague, "sourced")
    review(third, editor, "disputed")  # the editor's own last word: not listed
    client.force_login(editor)
    tree = page(client, "admin:desk_queue")
    assert rows(tree, "verdict-changed") == [first.pk]
    cells = [cell.text_content() for cell in tree.xpath("//*[@id='verdict-changed']//tr[@data-claim]/td")]
    assert cells[2:] == ["sourced", "disputed"]


def test_queue_lists_notes_mentioning_the_reviewer(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    add_note(author=colleague, text="Pour toi", claim=claim, mentioned=editor)
    add_note(author=colleague, text="Pour toi aussi", article=desk_article, mentioned=editor)
    add_note(author=editor, text="Pour colette", claim=claim, mentioned=colleague)
    add_note(author=colleague, text="Pour personne", claim=claim)
    client.force_login(editor)
    tree = lxml.html.fromstring(client.get(reverse("admin:desk_queue")).content.decode())
    listed = tree.xpath("//*[@id='mentions']//tr[@data-note]")
    assert [(row.get("data-claim"), row.get("data-article")) for row in listed] == [
        (None, str(desk_article.pk)),
        (str(claim.pk), None),
    ]  # newest first
    assert "Pour toi aussi" in listed[0].text_content() and "colette" in listed[0].text_content()


def test_take_view_asks_before_taking_over(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    client.force_login(editor)
    url = reverse("admin:desk_take", kwargs={"object_id": claim.pk})
    response = client.post(url)
    assert response.status_code == 200
    assert "colette" in lxml.html.fromstring(response.content).xpath("//*[@class='errornote']")[0].text_content()
    assert ClaimWork.objects.get(claim=claim).holder == colleague
    response = client.post(url, {"take_over": "1"})
    assert response.status_code == 302
    assert ClaimWork.objects.get(claim=claim).holder == editor


def test_release_view_ends_hold(client, editor, desk_article):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=editor)
    client.force_login(editor)
    client.post(reverse("admin:desk_release", kwargs={"object_id": claim.pk}))
    assert ClaimWork.objects.get(claim=claim).holder is None


def test_desk_pages_refused_to_staff_without_review_right(client, staff, desk_article):
    client.force_login(staff)
    for name in ("admin:desk_queue", "admin:desk_overview"):
        assert client.get(reverse(name)).status_code == 403


def test_note_added_in_admin_by_its_author(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    client.force_login(editor)
    response = client.post(
        reverse("admin:desk_note_add"), {"claim": claim.pk, "text": "Source à trouver", "mentioned": colleague.pk}
    )
    assert response.status_code == 302
    note = Note.objects.get()
    assert (note.author, note.claim, note.mentioned) == (editor, claim, colleague)


@pytest.mark.parametrize("targets", ["neither", "both"])
def test_note_in_admin_needs_exactly_one_target(client, editor, desk_article, targets):
    client.force_login(editor)
    on = {} if targets == "neither" else {"claim": desk_article.claims.first().pk, "article": desk_article.pk}
    response = client.post(reverse("admin:desk_note_add"), {"text": "Nulle part", **on})
    assert response.status_code == 200
    # Said once, in words: the model's check added its constraint's name after the form's line.
    assert response.context["adminform"].form.non_field_errors() == [
        "A note is on a claim or on an article (exactly one)."
    ]
    assert not Note.objects.exists()


def test_claim_page_shows_holder_with_take_over_link_and_desk_log(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=colleague, by=editor)
    take_claim(claim=claim, user=colleague)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    tree = lxml.html.fromstring(response.content.decode())
    work = tree.xpath("//*[@id='work-group']")[0].text_content()
    assert "with colette since" in work
    [take_over] = tree.xpath("//*[@id='work-group']//a[@class='desk-take-over']")
    assert take_over.get("href") == reverse("admin:desk_take", kwargs={"object_id": claim.pk})
    log = [" ".join(row.text_content().split()) for row in tree.xpath("//*[@id='work_events-group']//tbody/tr")]
    assert len(log) == 2 and "assigned edith colette" in log[0] and "started work colette" in log[1]
    # The take-over link asks first, naming who holds the claim; nothing changes until confirmed.
    confirm = lxml.html.fromstring(client.get(take_over.get("href")).content.decode())
    assert "colette" in confirm.xpath("//*[@class='errornote']")[0].text_content()
    assert confirm.xpath("//input[@name='take_over']")
    assert ClaimWork.objects.get(claim=claim).holder == colleague


def test_claim_page_shows_its_notes(client, editor, colleague, desk_article):
    claim = desk_article.claims.first()
    Note.objects.create(author=colleague, claim=claim, text="Trouver le rapport")
    client.force_login(editor)
    tree = lxml.html.fromstring(client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode())
    assert "Trouver le rapport" in tree.xpath("//*[@id='notes-group']")[0].text_content()
    assert tree.xpath("//p[@class='desk-add-note']/a")[0].get("href").endswith(f"?claim={claim.pk}")


def test_queue_links_are_those_reverse_gives(client, editor, colleague):
    article = make_desk_article(count=3)
    held, waiting, changed = article.claims.order_by("position")
    for claim in (held, waiting):
        assign_claim(claim=claim, assignee=editor, by=editor)
    take_claim(claim=held, user=editor)
    review(changed, editor, "sourced")
    review(changed, colleague, "disputed")
    add_note(author=colleague, text="Regarde", claim=waiting, mentioned=editor)
    add_note(author=colleague, text="Regarde", article=article, mentioned=editor)
    client.force_login(editor)
    tree = lxml.html.fromstring(client.get(reverse("admin:desk_queue")).content.decode())

    def row(section, claim):
        return tree.xpath(f"//*[@id='{section}']//tr[@data-claim='{claim.pk}']")[0]

    for claim in (held, waiting):
        link = row("assigned", claim).xpath(".//a")[0]
        assert link.get("href") == reverse("admin:claims_claim_review", args=[claim.pk])
        assert link.text_content() == str(claim)
    # One form per list (one CSRF token); each row's button posts to its own claim's URL.
    assert row("assigned", held).xpath("ancestor::form[@method='post']//input[@name='csrfmiddlewaretoken']")
    [stop], [start] = (row("assigned", claim).xpath(".//button/@formaction") for claim in (held, waiting))
    assert (stop, start) == (
        reverse("admin:desk_release", args=[held.pk]),
        reverse("admin:desk_take", args=[waiting.pk]),
    )
    assert row("verdict-changed", changed).xpath(".//a")[0].get("href") == reverse(
        "admin:claims_claim_change", args=[changed.pk]
    )
    on_claim, on_article = (
        tree.xpath(f"//*[@id='mentions']//tr[@{attribute}]//a")[0].get("href")
        for attribute in ("data-claim", "data-article")
    )
    assert on_claim == reverse("admin:claims_claim_change", args=[waiting.pk])
    assert on_article == reverse("admin:claims_article_change", args=[article.pk])


def test_queue_rows_are_shown_as_claims_are(client, editor):
    article = make_desk_article(count=1)
    claim = article.claims.get()
    article.claims.update(text="Une phrase bien plus longue que quatre-vingts caractères, " * 3)
    claim.refresh_from_db()
    assign_claim(claim=claim, assignee=editor, by=editor)
    client.force_login(editor)
    tree = lxml.html.fromstring(client.get(reverse("admin:desk_queue")).content.decode())
    link = tree.xpath("//*[@id='assigned']//tr[@data-claim]//a")[0]
    assert link.text_content() == str(claim) and len(str(claim)) == 80
