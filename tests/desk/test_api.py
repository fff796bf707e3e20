"""The desk's API: /api/claims/<id>/assignment/, /api/claims/<id>/notes/, and the staff-only
`assignee` and `state` filters of /api/claims/."""

from datetime import UTC, datetime

import pytest

from claims.models import ArticleRevision
from desk.models import ClaimWork, Note
from desk.services import add_note, assign_claim, take_claim

pytestmark = pytest.mark.django_db


def url(claim, what):
    return f"/api/claims/{claim.pk}/{what}/"


def test_assignment_assigns_to_editor(api, desk_article, editor, colleague):
    claim = desk_article.claims.first()
    api.force_authenticate(editor)
    response = api.post(url(claim, "assignment"), {"assignee": "colette"})
    assert response.status_code == 200, response.data
    assert (response.data["assignee"], response.data["state"]) == ("colette", "to_do")
    assert ClaimWork.objects.get(claim=claim).assigned_by == editor


def test_assignment_refuses_non_editor_with_message(api, desk_article, editor, staff):
    api.force_authenticate(editor)
    response = api.post(url(desk_article.claims.first(), "assignment"), {"assignee": "stan"})
    assert response.status_code == 400
    assert "not an editor" in response.data["fields"]["assignee"][0]


def test_assignment_refuses_unknown_user(api, desk_article, editor):
    api.force_authenticate(editor)
    response = api.post(url(desk_article.claims.first(), "assignment"), {"assignee": "nobody"})
    assert response.status_code == 400
    assert "assignee" in response.data["fields"]


def test_assignment_needs_something_to_do(api, desk_article, editor):
    api.force_authenticate(editor)
    response = api.post(url(desk_article.claims.first(), "assignment"), {})
    assert response.status_code == 400
    assert "assignee, hold" in response.data["message"]


def test_hold_conflict_is_409_naming_holder(api, desk_article, editor, colleague):
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    api.force_authenticate(editor)
    response = api.post(url(claim, "assignment"), {"hold": True})
    assert response.status_code == 409
    assert (response.data["code"], response.data["holder"]) == ("held", "colette")
    response = api.post(url(claim, "assignment"), {"hold": True, "take_over": True})
    assert (response.status_code, response.data["holder"], response.data["state"]) == (200, "edith", "in_progress")


def test_hold_conflict_leaves_the_assignment_asked_with_it_unwritten(api, desk_article, editor, colleague):
    # A 409 is a refusal: the assignment sent with the hold stayed written when it came first.
    claim = desk_article.claims.first()
    assign_claim(claim=claim, assignee=colleague, by=colleague)
    take_claim(claim=claim, user=colleague)
    api.force_authenticate(editor)

    response = api.post(url(claim, "assignment"), {"assignee": "edith", "hold": True})

    assert response.status_code == 409
    work = ClaimWork.objects.get(claim=claim)
    assert (work.assignee, work.holder) == (colleague, colleague)


def test_assignment_with_a_non_editor_writes_no_hold(api, desk_article, editor, staff):
    claim = desk_article.claims.first()
    api.force_authenticate(editor)

    response = api.post(url(claim, "assignment"), {"assignee": "stan", "hold": True})

    assert response.status_code == 400
    assert "not an editor" in response.data["fields"]["assignee"][0]
    assert not ClaimWork.objects.filter(claim=claim, holder__isnull=False).exists()


def test_hold_conflict_says_since_when_in_the_sites_time_and_language(api, desk_article, editor, colleague, settings):
    """Not a UTC stamp in a French sentence: the time as the desk's pages show it."""
    settings.TIME_ZONE = "Europe/Paris"
    claim = desk_article.claims.first()
    take_claim(claim=claim, user=colleague)
    ClaimWork.objects.filter(claim=claim).update(held_since=datetime(2026, 12, 6, 12, 18, tzinfo=UTC))
    api.force_authenticate(editor)
    response = api.post(url(claim, "assignment"), {"hold": True}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 409
    assert "6 décembre 2026 13:18" in response.data["message"] and "+00:00" not in response.data["message"]


def test_hold_false_releases(api, desk_article, editor):
    claim = desk_article.claims.first()
    api.force_authenticate(editor)
    api.post(url(claim, "assignment"), {"hold": True})
    response = api.post(url(claim, "assignment"), {"hold": False})
    assert (response.data["state"], response.data["holder"]) == ("to_do", None)


def test_staff_without_review_right_cannot_assign(api, desk_article, staff, colleague):
    api.force_authenticate(staff)
    claim = desk_article.claims.first()
    assert api.post(url(claim, "assignment"), {"assignee": "colette"}).status_code == 403
    assert api.post(url(claim, "notes"), {"text": "Une note"}).status_code == 403
    assert api.get(url(claim, "notes")).status_code == 200  # staff read the notes
    assert not ClaimWork.objects.exists()
    assert not Note.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_desk_endpoints_refuse_non_staff(api, desk_article, django_user_model, who):
    if who == "reader":
        api.force_authenticate(django_user_model.objects.create_user("rita"))
    claim = desk_article.claims.first()
    for path in (url(claim, "assignment"), url(claim, "notes")):
        assert api.get(path).status_code in (401, 403)
        assert api.post(path, {"text": "x", "assignee": "edith"}).status_code in (401, 403)
    assert not Note.objects.exists()


def test_notes_list_and_create(api, desk_article, editor, colleague):
    claim = desk_article.claims.first()
    add_note(author=colleague, text="Première note", claim=claim)
    api.force_authenticate(editor)
    response = api.post(url(claim, "notes"), {"text": "Voir la source", "mentioned": "colette"})
    assert response.status_code == 201, response.data
    assert (response.data["author"], response.data["mentioned"]) == ("edith", "colette")
    listed = api.get(url(claim, "notes")).data
    assert [note["text"] for note in listed] == ["Première note", "Voir la source"]


def test_notes_refuse_empty_text(api, desk_article, editor):
    api.force_authenticate(editor)
    response = api.post(url(desk_article.claims.first(), "notes"), {"text": "  "})
    assert response.status_code == 400
    assert not Note.objects.exists()


@pytest.mark.parametrize(
    ("what", "body", "unknown"),
    [
        ("assignment", {"hold": False, "holdd": True}, "holdd"),
        ("notes", {"text": "Voir la source", "mention": "colette"}, "mention"),
        ("notes", {"text": "Voir la source", "author": "colette"}, "author"),  # read-only: not taken
    ],
)
def test_desk_writes_refuse_unknown_fields_naming_them(api, desk_article, editor, what, body, unknown):
    claim = desk_article.claims.first()
    api.force_authenticate(editor)
    response = api.post(url(claim, what), body, format="json")
    assert response.status_code == 400
    assert "Unknown field" in response.data["fields"][unknown][0]
    assert not Note.objects.exists() and not ClaimWork.objects.filter(claim=claim, holder__isnull=False).exists()


def test_notes_are_not_in_public_claim_payloads(api, desk_article, editor):
    claim = desk_article.claims.first()
    add_note(author=editor, text="secret interne", claim=claim)
    assign_claim(claim=claim, assignee=editor, by=editor)
    ArticleRevision.objects.create(
        article=desk_article, number=1, body=desk_article.body, body_sha256=desk_article.body_sha256
    )  # the exports read the revision's text
    api.force_authenticate(editor)  # even to staff: the public payloads and exports carry no desk data
    paths = ["/api/claims/", f"/api/claims/{claim.pk}/", f"/api/articles/{desk_article.slug}/"]
    paths += [f"/api/articles/{desk_article.slug}/{export}/" for export in ("claimreview", "annotations")]
    for path in paths:
        response = api.get(path)
        assert response.status_code == 200, path
        assert "secret interne" not in response.content.decode()
        assert "assignee" not in response.content.decode()


def test_claims_filter_by_assignee_and_state(api, desk_article, editor, colleague):
    first, second, third = desk_article.claims.order_by("position")
    assign_claim(claim=first, assignee=colleague, by=editor)
    take_claim(claim=second, user=editor)
    api.force_authenticate(editor)
    ids = lambda query: [c["id"] for c in api.get("/api/claims/", query).data["results"]]  # noqa: E731
    assert ids({"assignee": "colette"}) == [first.pk]
    assert ids({"assignee": "none"}) == [second.pk, third.pk]
    assert ids({"state": "in_progress"}) == [second.pk]
    assert ids({"state": "to_do"}) == [first.pk, third.pk]


def test_claims_filter_by_an_unknown_assignee_is_a_400_naming_it(api, desk_article, editor):
    api.force_authenticate(editor)
    response = api.get("/api/claims/", {"assignee": "ghost"})
    assert response.status_code == 400
    body = response.json()
    assert body["fields"] == {"assignee": ["No account is named “ghost”."]}
    assert "results" not in body


@pytest.mark.parametrize("param", [{"assignee": "edith"}, {"assignee": "none"}, {"state": "to_do"}])
@pytest.mark.parametrize("who", ["anonymous", "reader", "reader with a session"])
def test_claims_desk_filters_refused_to_non_staff(api, client, desk_article, django_user_model, editor, who, param):
    assign_claim(claim=desk_article.claims.first(), assignee=editor, by=editor)
    if who == "reader":
        api.force_authenticate(django_user_model.objects.create_user("rita"))
    if who == "reader with a session":  # logged in as on the reader's pages, not through the API's client
        client.force_login(django_user_model.objects.create_user("rita", password="pw-rita-123"))
        api = client
    response = api.get("/api/claims/", param)
    assert response.status_code == 400
    body = response.json()
    assert "staff" in body["message"] and set(body["fields"]) == set(param)
    assert "results" not in body


def test_claims_state_filter_rejects_unknown_state(api, desk_article, editor):
    api.force_authenticate(editor)
    assert api.get("/api/claims/", {"state": "done"}).status_code == 400


def test_desk_endpoints_in_schema(api):
    paths = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()["paths"]
    assert "post" in paths["/api/claims/{id}/assignment/"]
    assert {"get", "post"} <= set(paths["/api/claims/{id}/notes/"])
    names = {p["name"] for p in paths["/api/claims/"]["get"]["parameters"]}
    assert {"assignee", "state"} <= names


def test_assignment_refuses_claim_of_old_revision(api, desk_article, editor, colleague):
    claim = desk_article.claims.first()
    type(desk_article).objects.filter(pk=desk_article.pk).update(revision=2)
    api.force_authenticate(editor)
    for body in ({"assignee": "colette"}, {"hold": True}):
        response = api.post(url(claim, "assignment"), body)
        assert response.status_code == 400
        assert "revision 1" in response.data["fields"]["claim"][0]
    assert not ClaimWork.objects.exists()


def test_assignment_of_unknown_claim_is_404(api, editor):
    api.force_authenticate(editor)
    response = api.post("/api/claims/999999/assignment/", {"hold": True})
    assert response.status_code == 404
    assert response.data["message"]


def test_an_empty_username_is_refused_not_read_as_nobody(db, editor):
    from rest_framework.test import APIClient

    from tests.api_support import build_article

    claim = build_article().claims.first()
    client = APIClient()
    client.force_authenticate(editor)

    assignment = client.post(f"/api/claims/{claim.pk}/assignment/", {"assignee": ""}, format="json")
    note = client.post(f"/api/claims/{claim.pk}/notes/", {"text": "Vu.", "mentioned": ""}, format="json")

    assert assignment.status_code == 400 and "assignee" in assignment.json()["fields"]
    assert note.status_code == 400 and "mentioned" in note.json()["fields"]
