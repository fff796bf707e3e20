"""GET /api/verdicts/?since=<cursor>: every verdict change once, in order, resumable."""

from datetime import timedelta

import pytest

from claims.models import Review
from tests.api_support import build_article, review


@pytest.fixture(autouse=True)
def no_settle_window(settings):
    settings.SAGA_API_FEED_SETTLE_SECONDS = 0


def feed(api, **params):
    response = api.get("/api/verdicts/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_feed_lists_changes_in_order_and_resumes_from_the_cursor(api, db, editor):
    article = build_article()
    first, second = article.claims.get(position=0), article.claims.get(position=1)
    review(first, editor, "sourced")
    review(second, editor, "disputed", rationale="Faux.")
    page = feed(api, since=0)
    assert [(c["claim"], c["verdict"]) for c in page["results"]] == [(first.pk, "sourced"), (second.pk, "disputed")]
    assert page["results"][1]["article"] == article.slug and page["results"][1]["rationale"] == "Faux."
    assert page["next_cursor"] == page["results"][-1]["id"] and page["has_more"] is False

    review(first, editor, "disputed", rationale="Source retirée.")
    later = feed(api, since=page["next_cursor"])
    assert [(c["claim"], c["verdict"], c["claim_version"]) for c in later["results"]] == [(first.pk, "disputed", 3)]
    assert feed(api, since=later["next_cursor"]) == {
        "results": [],
        "next_cursor": later["next_cursor"],
        "has_more": False,
    }


def test_feed_pages_with_limit(api, db, editor):
    claims = list(build_article().claims.order_by("position"))
    for claim in claims:
        review(claim, editor)
    seen, cursor = [], 0
    while True:
        page = feed(api, since=cursor, limit=3)
        seen += [change["claim"] for change in page["results"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [claim.pk for claim in claims]


def test_feed_hides_draft_articles_from_anonymous(api, db, editor, staff):
    review(build_article("brouillon", publish=False).claims.first(), editor)
    assert feed(api, since=0)["results"] == []
    api.force_authenticate(staff)
    assert len(feed(api, since=0)["results"]) == 1


def test_feed_holds_back_reviews_younger_than_the_settle_window(api, db, editor, settings):
    settings.SAGA_API_FEED_SETTLE_SECONDS = 60
    claim = build_article().claims.first()
    fresh = review(claim, editor)
    assert feed(api, since=0)["results"] == []
    Review.objects.filter(pk=fresh.pk).update(created_at=fresh.created_at - timedelta(seconds=61))
    assert [c["id"] for c in feed(api, since=0)["results"]] == [fresh.pk]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "-1"}, "since"),
        ({"since": "abc"}, "since"),
        ({"since": "²"}, "since"),  # a digit to str.isdigit(), not to int()
        ({"since": "١٢"}, "since"),
        ({"limit": "0"}, "limit"),
        ({"limit": "501"}, "limit"),
    ],
)
def test_feed_refuses_bad_cursor_or_limit(api, db, params, field):
    response = api.get("/api/verdicts/", params)
    assert response.status_code == 400 and field in response.json()["fields"]


def test_feed_says_a_cursor_is_too_long_rather_than_not_a_whole_number(api, db):
    response = api.get("/api/verdicts/", {"since": "9223372036854775807"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["fields"]["since"] == ["A cursor has at most 18 digits: a review id from this feed."]
    french = api.get("/api/verdicts/", {"since": "9" * 19}, HTTP_ACCEPT_LANGUAGE="fr")
    assert french.json()["fields"]["since"] == [
        "Un curseur a au plus 18 chiffres\u00a0: l’identifiant d’une vérification de ce flux."
    ]


def test_feed_query_count_does_not_grow_with_changes(api, db, editor, django_assert_num_queries):
    article = build_article(repeat=5)
    claims = list(article.claims.all())
    review(claims[0], editor)
    with django_assert_num_queries(2):  # reviews with claim, article and reviewer; sources
        assert len(feed(api, since=0)["results"]) == 1
    for claim in claims[1:]:
        review(claim, editor)
    with django_assert_num_queries(2):
        assert len(feed(api, since=0)["results"]) == 20
