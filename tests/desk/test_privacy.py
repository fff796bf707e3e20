"""Issue 18: anonymous clients and non-staff accounts see no assignment, work state or note
anywhere: pages, API, exports, schema. A claim assigned, held and noted (a note on it and one on
its article, by distinctive accounts) is looked for in every public page and payload."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from annotations.models import Entity
from desk.models import WorkState
from desk.services import add_note, assign_claim, take_claim
from tests.api_support import build_article, review

pytestmark = pytest.mark.django_db

NOTE = "NOTE-interne-k2v8"
ASSIGNEE, HOLDER = "asha_assigned_q7", "holden_holding_z9"
# Work states only the desk shows ("reviewed" also names what readers see: reviewed claims).
STATES = [WorkState.IN_PROGRESS.value, WorkState.TO_DO.value]
DESK_FIELDS = ["assignee", "holder", "held_since", "assigned_at"]

# Each URL with something it must show (the claims, their verdicts are there; their desk rows not).
PUBLIC_URLS = [
    ("/api/claims/", "Renault a ouvert"),
    ("/api/claims/{held}/", "investissement"),
    ("/api/claims/{reviewed}/", "Renault a ouvert"),
    ("/api/articles/", "usine-lyon"),
    ("/api/articles/{slug}/", "usine-lyon"),
    ("/api/verdicts/", "sourced"),
    ("/api/articles/{slug}/revisions/", "body_sha256"),
    ("/api/articles/{slug}/claimreview/", "ClaimReview"),  # the exports (claims/api/urls.py: ArticleViewSet's)
    ("/api/articles/{slug}/annotations/", "AnnotationPage"),
    ("/api/entities/{entity}/", "Renault"),
    ("/articles/{slug}/", "investissement"),  # the reader's pages
    ("/articles/", "usine"),
    ("/entities/{entity}/", "Renault a ouvert"),
]


@pytest.fixture
def desk_at_work(db, editor, django_user_model, settings):
    """A published article whose claims are assigned, held in progress (one reviewed, one not,
    one to do) and noted; returns what the URLs are made of."""
    settings.SAGA_API_FEED_SETTLE_SECONDS = 0  # the feed shows the review at once
    editors = Group.objects.get(name="Editors")
    assignee, holder = (django_user_model.objects.create_user(name, is_staff=True) for name in (ASSIGNEE, HOLDER))
    for user in (assignee, holder):
        user.groups.add(editors)
    article = build_article()
    reviewed, held, to_do = article.claims.order_by("position")[:3]
    review(reviewed, editor, "sourced")  # by edith: readers see who reviewed
    for claim in (reviewed, held, to_do):
        assign_claim(claim=claim, assignee=assignee, by=holder)
    for claim in (reviewed, held):
        take_claim(claim=claim, user=holder)
    add_note(author=holder, text=NOTE, claim=held, mentioned=assignee)
    add_note(author=holder, text=NOTE, article=article, mentioned=assignee)
    entity = Entity.objects.get(name="Renault")
    return {"slug": article.slug, "held": held.pk, "reviewed": reviewed.pk, "entity": entity.pk}


@pytest.fixture(params=["anonymous", "non-staff"])
def outsider(request, django_user_model):
    client = Client()
    if request.param == "non-staff":
        client.force_login(django_user_model.objects.create_user("rita", password="pw-rita-123"))
    return client


def desk_words_in(text: str, *, fields: bool = True) -> list[str]:
    # With the words the desk's pages say a held claim with ("in progress with ... since"); not
    # "to do", everyday English ("not allowed to do this").
    words = [NOTE, ASSIGNEE, HOLDER, *STATES, str(WorkState.IN_PROGRESS.label), *(DESK_FIELDS if fields else [])]
    return [word for word in words if word in text]


def test_the_desk_rows_looked_for_are_there_for_staff(desk_at_work, client, editor):
    """The control: what the outsiders must not see is what staff see."""
    client.force_login(editor)
    held = client.get(f"/api/claims/?state=in_progress&assignee={ASSIGNEE}").json()["results"]
    assert [claim["id"] for claim in held] == [desk_at_work["held"]]
    notes = client.get("/api/claims/{held}/notes/".format(**desk_at_work)).content.decode()
    assert NOTE in notes and HOLDER in notes and ASSIGNEE in notes
    page = client.get("/admin/claims/claim/{held}/change/".format(**desk_at_work)).content.decode()
    assert {NOTE, ASSIGNEE, HOLDER} <= set(desk_words_in(page, fields=False))


@pytest.mark.parametrize(("url", "shown"), PUBLIC_URLS)
def test_public_pages_and_payloads_show_nothing_of_the_desk(desk_at_work, outsider, url, shown):
    response = outsider.get(url.format(**desk_at_work))
    assert response.status_code == 200, url
    text = response.content.decode()
    assert shown in text
    assert desk_words_in(text) == []


def without_unreferenced_components(schema: dict) -> None:
    """Drops the schema's components that no path nor other kept component refers to."""
    components = schema["components"]["schemas"]
    while True:
        text = json.dumps({"paths": schema["paths"], "components": components})
        unused = set(components) - set(re.findall(r"#/components/schemas/(\w+)", text))
        if not unused:
            return
        for name in unused:
            del components[name]


def test_public_schema_shows_nothing_of_the_desk_but_its_staff_only_parts(desk_at_work, outsider):
    """The schema documents the staff-only parts of the API (issue 18: "in the OpenAPI schema"):
    the desk's operations, the `assignee` and `state` filters of the claims, and what only they
    refer to, which name the work states. Beyond those, no work state, account or note, and no
    example carrying them."""
    response = outsider.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert desk_words_in(json.dumps(schema), fields=False) != []  # the staff-only parts are documented
    staff_only = [path for path in schema["paths"] if path.endswith(("/assignment/", "/notes/"))]
    assert len(staff_only) == 4
    for path in staff_only:
        del schema["paths"][path]
    claims = schema["paths"]["/api/claims/"]["get"]
    claims["parameters"] = [p for p in claims["parameters"] if p["name"] not in ("assignee", "state")]
    without_unreferenced_components(schema)
    assert "WorkStateEnum" not in schema["components"]["schemas"]
    assert desk_words_in(json.dumps(schema, ensure_ascii=False), fields=False) == []
