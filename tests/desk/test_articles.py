"""The desk on articles: assigning an article (service, API, the article list's action), notes on
an article (API and admin), and none of it shown to anonymous clients or non-staff."""

import lxml.html
import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims.services import SourceInput, review_claim
from desk.models import ClaimWork, Note, WorkEvent
from desk.services import add_note

pytestmark = pytest.mark.django_db


def assignment(article):
    return f"/api/articles/{article.slug}/assignment/"


def notes(article):
    return f"/api/articles/{article.slug}/notes/"


def test_api_assigns_an_articles_unreviewed_claims(api, desk_article, editor, colleague):
    first, *others = desk_article.claims.order_by("position")
    review_claim(
        claim=first,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://example.org")],
        expected_version=1,
    )
    api.force_authenticate(editor)
    response = api.post(assignment(desk_article), {"assignee": "colette"}, format="json")
    assert response.status_code == 200, response.data
    assert response.data == {"article": desk_article.slug, "assignee": "colette", "assigned": 2}
    assert set(ClaimWork.objects.filter(assignee=colleague).values_list("claim", flat=True)) == {c.pk for c in others}
    assert WorkEvent.objects.filter(kind="assign", actor=editor, assignee=colleague).count() == 2


def test_api_unassigns_an_article_with_null(api, desk_article, editor, colleague):
    api.force_authenticate(editor)
    api.post(assignment(desk_article), {"assignee": "colette"}, format="json")
    response = api.post(assignment(desk_article), {"assignee": None}, format="json")
    assert (response.status_code, response.data["assigned"]) == (200, 3)
    assert not ClaimWork.objects.filter(assignee__isnull=False).exists()


@pytest.mark.parametrize(
    ("who", "problem"),
    [("stan", "not an editor"), ("colette", "deactivated"), ("nobody", "No account is named “nobody”")],
)
def test_api_article_assignment_refuses_with_the_problem(api, desk_article, editor, staff, colleague, who, problem):
    colleague.is_active = False
    colleague.save()
    api.force_authenticate(editor)
    response = api.post(assignment(desk_article), {"assignee": who}, format="json")
    assert response.status_code == 400
    assert problem in response.data["fields"]["assignee"][0]
    assert not ClaimWork.objects.exists()


def test_api_article_assignment_refuses_unknown_fields_and_articles(api, desk_article, editor):
    api.force_authenticate(editor)
    response = api.post(assignment(desk_article), {"assignee": "edith", "claims": [1]}, format="json")
    assert response.status_code == 400 and "Unknown field" in response.data["fields"]["claims"][0]
    assert api.post("/api/articles/nope/assignment/", {"assignee": "edith"}, format="json").status_code == 404
    assert not ClaimWork.objects.exists()


def test_api_article_notes_list_and_create(api, desk_article, editor, colleague):
    add_note(author=colleague, text="Article à relire", article=desk_article)
    add_note(author=colleague, text="Sur une affirmation", claim=desk_article.claims.first())
    api.force_authenticate(editor)
    response = api.post(notes(desk_article), {"text": "Je m'en charge", "mentioned": "colette"}, format="json")
    assert response.status_code == 201, response.data
    assert (response.data["author"], response.data["mentioned"]) == ("edith", "colette")
    assert [note["text"] for note in api.get(notes(desk_article)).data] == ["Article à relire", "Je m'en charge"]
    assert Note.objects.get(text="Je m'en charge").article == desk_article


def test_api_article_notes_refuse_bad_input(api, desk_article, editor):
    api.force_authenticate(editor)
    for body, field in [
        ({"text": "  "}, "text"),
        ({"text": "ok", "claim": 1}, "claim"),
        ({"text": "ok", "mentioned": "x"}, "mentioned"),
    ]:
        response = api.post(notes(desk_article), body, format="json")
        assert response.status_code == 400 and field in response.data["fields"], body
    assert not Note.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "reader", "staff"])
def test_article_desk_endpoints_closed_to_non_staff_and_non_editors(api, desk_article, django_user_model, staff, who):
    if who == "reader":
        api.force_authenticate(django_user_model.objects.create_user("rita"))
    elif who == "staff":
        api.force_authenticate(staff)  # staff without the review right: reads notes, writes nothing
    for path in (assignment(desk_article), notes(desk_article)):
        assert api.post(path, {"text": "x", "assignee": "edith"}, format="json").status_code in (401, 403)
    assert api.get(notes(desk_article)).status_code == {"staff": 200, "reader": 403}.get(who, 401)
    assert not Note.objects.exists() and not ClaimWork.objects.exists()


def test_article_notes_not_in_public_pages_nor_exports(api, client, desk_article, editor):
    add_note(author=editor, text="secret de rédaction", article=desk_article)
    api.force_authenticate(editor)
    for path in [
        f"/api/articles/{desk_article.slug}/",
        f"/api/articles/{desk_article.slug}/claimreview/",
        "/api/articles/",
    ]:
        response = api.get(path)
        assert response.status_code == 200, path
        assert "secret de rédaction" not in response.content.decode()
    reader_page = client.get(desk_article.get_absolute_url())
    assert reader_page.status_code == 200 and "secret de rédaction" not in reader_page.content.decode()


def test_article_endpoints_in_schema(api):
    paths = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()["paths"]
    assert "post" in paths["/api/articles/{slug}/assignment/"]
    assert {"get", "post"} <= set(paths["/api/articles/{slug}/notes/"])


def test_article_admin_action_assigns_after_asking_the_reviewer(client, editor, colleague, desk_article):
    client.force_login(editor)
    changelist = reverse("admin:claims_article_changelist")
    selected = {"action": "assign_articles_action", ACTION_CHECKBOX_NAME: [desk_article.pk]}
    response = client.post(changelist, selected)
    assert response.status_code == 200  # the intermediate page asks for the reviewer
    assert desk_article.title in response.content.decode()
    assert not ClaimWork.objects.exists()
    response = client.post(changelist, {**selected, "apply": "1", "assignee": colleague.pk})
    assert response.status_code == 302
    assert ClaimWork.objects.filter(assignee=colleague).count() == 3


def test_article_admin_action_only_offered_to_editors(client, editor, staff, desk_article):
    from django.contrib.auth.models import Permission

    staff.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(staff)
    response = client.get(reverse("admin:claims_article_changelist"))
    assert response.status_code == 200
    assert "assign_articles_action" not in response.content.decode()
    client.force_login(editor)
    assert "assign_articles_action" in client.get(reverse("admin:claims_article_changelist")).content.decode()


def test_article_page_shows_its_notes_with_a_link_to_write_one(client, editor, colleague, desk_article):
    add_note(author=colleague, text="Chiffres à recouper", article=desk_article, mentioned=editor)
    client.force_login(editor)
    response = client.get(reverse("admin:claims_article_change", args=[desk_article.pk]))
    tree = lxml.html.fromstring(response.content.decode())
    assert "Chiffres à recouper" in tree.xpath("//*[@id='notes-group']")[0].text_content()
    [link] = tree.xpath("//p[@class='desk-add-note']/a")
    assert link.get("href").endswith(f"?article={desk_article.pk}")
