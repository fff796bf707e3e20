"""Nobody but editors (and admins) can change anything: every URL pattern of the project, walked
from the resolver, is sent POST (form and JSON), PUT, PATCH and DELETE with data meant to change
things, by anonymous visitors, a logged-in reader, a staff member outside the Editors group and a
staff member who may view everything, over sessions and API tokens, with no CSRF protection to
hide behind. Afterwards every row of every table is as it was, and no request crashed."""

import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import Resolver404, get_resolver, resolve
from django.urls.resolvers import URLPattern, URLResolver
from rest_framework.authtoken.models import Token

from annotations.models import Entity, EntityAlias
from claims.models import Article, Claim
from claims.services import ArticleInput
from desk.services import add_note, assign_claim
from intake.jobs import job_for
from intake.models import Feed, FeedEntry
from matching.models import ClaimMatch, Inconsistency
from tests.production_factories import make_reviewed_article
from tests.test_backup import snapshot

pytestmark = pytest.mark.django_db

WRITE_METHODS = ("post", "post-json", "put", "patch", "delete")


def walk(patterns, prefix=""):
    """(route text, pattern) of every URL pattern, the includes' prefixes joined in."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def replace_groups(route: str, value_for) -> str:
    """Replaces each `<conv:name>` and `(?P<name>...)` of `route` by value_for(name, route)."""
    original = route
    while (start := route.find("(?P<")) != -1:
        name = route[start + 4 : route.index(">", start)]
        depth, end = 0, start
        for end in range(start, len(route)):
            depth += {"(": 1, ")": -1}.get(route[end], 0)
            if depth == 0:
                break
        route = route[:start] + value_for(name, original) + route[end + 1 :]
    route = re.sub(r"<(?:[^>:]+:)?([^>]+)>", lambda match: value_for(match.group(1), original), route)
    return "/" + route.replace("^", "").replace("$", "").replace("\\.", ".").replace("/?", "/")


@pytest.fixture
def world(editor):
    """Something of everything: a published and a draft article, reviewed claims, entities."""
    article = make_reviewed_article(reviewer=editor)
    draft = Article.objects.create(title="Brouillon", slug="brouillon", body="Texte.", body_sha256="0" * 64)
    entity = Entity.objects.filter(mentions__article=article).first()
    EntityAlias.objects.create(entity=entity, name="un alias")
    Token.objects.create(user=editor)
    job = job_for(item=ArticleInput(text="Une phrase.", slug="une-phrase"), user=editor)
    feed = Feed.objects.create(url="https://journal.example/rss.xml")
    FeedEntry.objects.create(feed=feed, url="https://journal.example/2025/article.html")
    claim = Claim.objects.filter(article=article).first()
    assign_claim(claim=claim, assignee=editor, by=editor)  # the desk's rows, to be left alone too
    add_note(author=editor, text="Note interne.", claim=claim)
    first, second = Claim.objects.filter(article=article).order_by("position")[:2]
    ClaimMatch.objects.create(claim=second, earlier=first, score=0.9, signals={})  # matching's rows too
    Inconsistency.objects.create(
        article=article, first=first, second=second, kind="date", first_value="2016", second_value="2015", score=0.9
    )
    return {"article": article, "draft": draft, "claim": Claim.objects.filter(article=article).first(), "job": job}


def object_for(route: str, world):
    admin_model = re.match(r"admin/(\w+)/(\w+)/", route)
    if admin_model:
        model = ContentType.objects.get_by_natural_key(*admin_model.groups()).model_class()
        return model._default_manager.order_by("pk").last()
    if "jobs" in route:
        return world["job"]
    if "entities" in route:
        return world["claim"].mentions.exclude(entity=None).first().entity
    if "claims" in route:
        return world["claim"]
    return world["article"]


def reaches(url: str, pattern: URLPattern) -> bool:
    try:
        return resolve(url).func == pattern.callback
    except Resolver404:
        return False


def concrete_urls(world) -> list[str]:
    def value_for(name, route):
        if "<drf_format_suffix:" in route:
            return ".json"
        if name == "slug":
            return world["article"].slug
        if name == "content_type_id":
            return str(ContentType.objects.get_for_model(Article).pk)
        if name in ("pk", "id", "object_id"):
            return str(object_for(route, world).pk)
        return {"format": "json", "app_label": "claims", "url": "claims/nothing/"}[name]

    urls = []
    for route, pattern in walk(get_resolver().url_patterns):
        url = replace_groups(route, value_for).replace("//", "/")
        if not reaches(url, pattern):
            url += "no/such/page/"  # a catch-all after the patterns that take its bare prefix
        assert reaches(url, pattern), f"{route} gave {url}, which reaches another view"
        urls.append(url)
    # Logging out ends the session the next requests need: last.
    return sorted(set(urls), key=lambda url: url.endswith("/logout/"))


def hostile_data(world) -> dict:
    claim, article = world["claim"], world["article"]
    everything = [str(pk) for pk in Claim.objects.values_list("pk", flat=True)]
    return {
        # ingest and edit articles
        "text": "Texte injecté. Il dit que la Lune est en fromage.",
        "pasted_format": "text",
        "title": "Piraté",
        "slug": "pirate",
        "status": "published",
        "publish": "true",
        "body": "Corps remplacé.",
        # review claims
        "verdict": "disputed",
        "rationale": "Piraté.",
        "expected_version": str(claim.version),
        "versions": json.dumps({str(claim.pk): claim.version}),
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "20",
        "sources-0-url": "https://evil.example/",
        # entities, users, tokens
        "name": "Piraté",
        "kind": "ORG",
        "keep": str(claim.mentions.exclude(entity=None).first().entity_id),
        "username": "mallory",
        "password1": "Mallory-pw-2024!",
        "password2": "Mallory-pw-2024!",
        "is_superuser": "on",
        "is_staff": "on",
        "user": "1",
        # admin bulk actions and delete confirmations
        "action": "delete_selected",
        "_selected_action": [*everything, str(article.pk)],
        "post": "yes",
        "index": "0",
        "language": "en",
    }


def hostile_json(world) -> dict:
    claim = world["claim"]
    return {
        "text": "Texte injecté.",
        "slug": "pirate",
        "title": "Piraté",
        "publish": True,
        "verdict": "disputed",
        "rationale": "Piraté.",
        "sources": [{"url": "https://evil.example/"}],
        "expected_version": claim.version,
        "name": "Piraté",
        "kind": "ORG",
        "status": "published",
    }


def send(client, method, url, world, headers):
    if method == "post":
        return client.post(url, hostile_data(world), headers=headers)
    body = json.dumps(hostile_json(world))
    verb = "post" if method == "post-json" else method
    return getattr(client, verb)(url, body, content_type="application/json", headers=headers)


@pytest.fixture
def intruders(django_user_model, staff):
    """Each identity with its client and, for the API, its token header."""
    reader = django_user_model.objects.create_user("rita", password="pw-rita-123")
    viewer = django_user_model.objects.create_user("vic", password="pw-vic-123", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename__startswith="view_"))
    identities = {"anonymous": (Client(), {})}
    for user in (reader, staff, viewer):
        client = Client()
        client.force_login(user)
        identities[user.username] = (client, {"Authorization": f"Token {Token.objects.create(user=user).key}"})
    return identities


def test_url_permissions_nobody_but_editors_changes_anything(world, intruders):
    urls = concrete_urls(world)
    assert len(urls) >= 60, "the walk must reach the admin, the reader pages and the API"
    before = snapshot()
    crashes, accepted = [], []
    for identity, (client, token_header) in intruders.items():
        for url in urls:
            headers = token_header if url.startswith("/api/") else {}
            for method in WRITE_METHODS:
                response = send(client, method, url, world, headers)
                if response.status_code >= 500:
                    crashes.append(f"{identity} {method} {url}: {response.status_code}")
                elif 200 <= response.status_code < 300 and response.get("Content-Type", "").startswith(
                    "application/json"
                ):
                    accepted.append(f"{identity} {method} {url}: {response.status_code}")
    assert crashes == []
    assert accepted == [], "an API write answered 2xx"
    assert snapshot() == before


def test_url_permissions_walk_covers_every_pattern(world):
    urls = concrete_urls(world)
    names = {resolve(url).url_name for url in urls}
    for expected in ("article-detail", "claim-reviews", "claims_claim_review", "claims_article_add", "healthz"):
        assert expected in names


def test_url_permissions_editor_can_write_so_the_walk_can_see_a_change(world, editor, client):
    """The control: the same hostile review, sent by an editor, is accepted."""
    client.force_login(editor)
    claim = world["claim"]
    # Only the review's own fields: the API refuses unknown ones, which the walk's body has many of.
    fields = ("verdict", "rationale", "sources", "expected_version")
    body = {name: value for name, value in hostile_json(world).items() if name in fields}
    response = client.post(f"/api/claims/{claim.pk}/reviews/", body, content_type="application/json")
    assert response.status_code == 201, response.content
    claim.refresh_from_db()
    assert claim.verdict == "disputed"
