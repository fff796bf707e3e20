"""`manage.py load_demo` (claims/management/commands/load_demo.py): the demo article, its curated
entities and its reviews, loaded idempotently; a demo editor only with DEBUG on."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation

from annotations.models import Entity, EntityAlias
from claims.models import Article, Claim, Review

FIXTURES = Path(django_settings.BASE_DIR) / "fixtures"
MANIFEST = json.loads((FIXTURES / "demo.json").read_text(encoding="utf-8"))["articles"][0]
RECORDS = json.loads((FIXTURES / MANIFEST["reviews"]).read_text(encoding="utf-8"))


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    load_demo()
    return Article.objects.get(slug=MANIFEST["slug"])


def test_load_demo_reviews_at_least_twelve_claims_with_sources(demo):
    reviewed = Claim.objects.filter(article=demo, reviews__isnull=False).distinct()

    assert reviewed.count() >= 12
    assert reviewed.count() == len(RECORDS)
    assert not Review.objects.filter(claim__article=demo, sources__isnull=True).exists()


def test_load_demo_gives_each_claim_its_fixture_verdict(demo):
    claims = list(Claim.objects.current().filter(article=demo))
    for record in RECORDS:
        (claim,) = [claim for claim in claims if record["claim"] in claim.text]
        review = claim.reviews.get()
        assert (claim.verdict, review.verdict, review.rationale) == (
            record["verdict"],
            record["verdict"],
            record["rationale"],
        )
        assert review.sources.count() == len(record["sources"])


def test_load_demo_marks_the_2016_microsoft_claims_disputed(demo):
    microsoft = Entity.objects.get(name="Microsoft")
    claims = Claim.objects.filter(article=demo).mentioning(microsoft.pk).dated_in(2016)

    assert claims.exists()
    assert set(claims.values_list("verdict", flat=True)) == {"disputed"}


def test_load_demo_loads_the_entity_aliases(demo):
    for record in json.loads((FIXTURES / MANIFEST["entities"]).read_text(encoding="utf-8")):
        entity = Entity.objects.get(name=record["name"], kind=record["kind"])
        assert set(record["aliases"]) <= set(entity.aliases.values_list("name", flat=True))


def test_load_demo_twice_changes_nothing(demo):
    counts = (Claim.objects.count(), Review.objects.count(), EntityAlias.objects.count(), Entity.objects.count())

    output = load_demo()

    assert "0 reviews added" in output and "already loaded" in output
    assert counts == (
        Claim.objects.count(),
        Review.objects.count(),
        EntityAlias.objects.count(),
        Entity.objects.count(),
    )


def test_load_demo_creates_no_demo_editor_without_debug(demo):
    assert not get_user_model().objects.filter(is_staff=True).exists()


def test_load_demo_creates_a_demo_editor_with_debug(db, settings):
    settings.DEBUG = True

    output = load_demo()

    username, _slash, password = output.split("Demo editor:")[1].split()[:3]
    user = authenticate(username=username, password=password)
    assert user is not None and user.is_staff
    assert user.has_perm("claims.review_claim")


def test_load_demo_prints_the_surfaces_then_the_credentials_last(db, settings):
    settings.DEBUG = True
    out = StringIO()

    call_command("load_demo", "--url", "http://127.0.0.1:8000/", stdout=out)

    lines = [line.strip() for line in out.getvalue().splitlines() if line.strip()]
    assert lines[-4:-1] == [
        "Admin (editors):   http://127.0.0.1:8000/admin/",
        "Reader page:       http://127.0.0.1:8000/articles/openai-saga/",
        "API:               http://127.0.0.1:8000/api/",
    ]
    assert lines[-1].startswith("Demo editor:")


def test_load_demo_without_url_prints_the_credentials_as_one_unindented_line(db, settings):
    settings.DEBUG = True

    lines = load_demo().splitlines()

    assert all(line and not line[0].isspace() for line in lines)
    assert lines[-1].startswith("Demo editor: ") and lines[-1].endswith(" (log in at /admin/)")


def test_load_demo_fixture_reviewer_cannot_log_in(demo):
    (reviewer,) = {review.reviewer for review in Review.objects.select_related("reviewer")}

    assert not reviewer.has_usable_password()
    assert not reviewer.is_staff


def test_load_demo_fixture_reviewer_is_deactivated_so_no_token_or_assignment_reaches_it(demo):
    from django.core.management.base import CommandError
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    from desk.services import DeskError, check_reviewer

    (reviewer,) = {review.reviewer for review in Review.objects.select_related("reviewer")}
    assert not reviewer.is_active
    with pytest.raises(CommandError, match="not active"):
        call_command("issue_token", reviewer.username, stdout=StringIO(), stderr=StringIO())
    with pytest.raises(DeskError, match="saga-fixtures"):
        check_reviewer(reviewer, field="assignee")
    # Even a token made by hand (in the admin, say) does not authenticate it.
    token = Token.objects.create(user=reviewer)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    claim = demo.claims.filter(revision=demo.revision, reviews__isnull=True).first()
    response = client.post(f"/api/claims/{claim.pk}/reviews/", {"verdict": "unverified", "rationale": "x"})
    assert response.status_code == 401


def test_load_demo_deactivates_a_fixture_reviewer_an_earlier_version_left_active(db):
    from django.contrib.auth.models import Group

    User = get_user_model()
    old = User.objects.create_user(username="saga-fixtures", password="guessable-one")
    old.groups.add(Group.objects.get(name="Editors"))

    load_demo()

    old.refresh_from_db()
    assert not old.is_active
    assert not old.has_usable_password()
    assert not old.groups.exists()
    assert Review.objects.filter(reviewer=old).count() == len(RECORDS)


@pytest.mark.parametrize("url", ["notaurl", "127.0.0.1:8000", "ftp://example.org", ""])
def test_load_demo_refuses_a_url_that_is_no_server_address_loading_nothing(db, url):
    with pytest.raises(CommandError) as refused:
        call_command("load_demo", "--url", url, stdout=StringIO())

    assert str(refused.value) == f"--url {url!r} is not a server's address: give one like http://127.0.0.1:8000"
    assert not Article.objects.exists() and not Entity.objects.exists()


def test_load_demo_accepts_a_local_server_address(db):
    out = StringIO()
    call_command("load_demo", "--url", "http://localhost:8000/", stdout=out)
    assert "http://localhost:8000/admin/" in out.getvalue()


def test_load_demo_refuses_an_alias_another_entity_holds_writing_nothing(db):
    """As the admin refuses it (EntityAlias.clean): one line naming the entity, the alias and the
    entity that holds it; the entities loaded before it in the file are rolled back too."""
    holder = Entity.objects.create(name="Sandra Altman", kind="PER")
    EntityAlias.objects.create(name="Altman", entity=holder)

    with pytest.raises(CommandError) as refused, translation.override("en"):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())

    message = str(refused.value)
    assert message.startswith(f"{MANIFEST['entities']}: entity “Sam Altman” (person): ")
    assert "“Altman” is already an alias of another entity, “Sandra Altman”" in message
    assert "\n" not in message
    assert list(Entity.objects.values_list("name", flat=True)) == ["Sandra Altman"]  # not Elon Musk, loaded first
    assert list(EntityAlias.objects.values_list("name", "entity__name")) == [("Altman", "Sandra Altman")]
    assert not Article.objects.exists()


def test_load_demo_warns_of_an_alias_that_is_another_entity_name_as_the_admin_does(db):
    Entity.objects.create(name="Musk", kind="ORG")
    err = StringIO()

    with translation.override("en"):
        call_command("load_demo", stdout=StringIO(), stderr=err)

    (line,) = err.getvalue().splitlines()
    assert line.startswith(f"{MANIFEST['entities']}: warning: ")
    assert line.endswith(
        "The alias “Musk” is also the name of another entity (organisation): the alias wins, so the next "
        "annotation links the mentions of “Musk” to “Elon Musk”. Merge the two entities if they are one; otherwise "
        "remove the alias."
    )
    assert "“Musk”" in line and "“Elon Musk”" in line
    assert EntityAlias.objects.filter(name="Musk", entity__name="Elon Musk").exists()  # loaded, as the admin saves it


def test_load_demo_says_nothing_on_stderr_of_entities_that_share_no_name(db):
    err = StringIO()
    call_command("load_demo", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""
