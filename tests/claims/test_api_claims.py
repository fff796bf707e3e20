"""GET /api/claims/ and /api/claims/{id}/: fields, every filter, errors, pagination, query counts."""

from datetime import date

import pytest
from django.test import RequestFactory
from django.test.utils import override_script_prefix

from annotations.models import Entity
from claims.api.filters import DateBoundField
from claims.api.serializers import ReaderUrls, absolute, reader_url
from claims.models import Claim
from tests.api_support import build_article, review


@pytest.fixture
def usine(db):
    return build_article()


def claims_of(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_claims_list_shows_offsets_verdict_and_mentions(api, usine):
    results = claims_of(api.get("/api/claims/", {"article": usine.slug}))
    first = results[0]
    assert usine.body[first["start"] : first["end"]] == first["text"]
    assert first["article"] == usine.slug
    assert first["verdict"] == "unverified" and first["version"] == 1
    assert first["url"].endswith(f"/articles/{usine.slug}/#claim-{first['id']}")
    labels = {mention["label"]: mention for mention in first["mentions"]}
    assert set(labels) == {"ORG", "LOC", "DATE"}
    assert labels["ORG"]["entity"]["name"] == "Renault"
    assert usine.body[labels["LOC"]["start"] : labels["LOC"]["end"]] == "Lyon"
    assert labels["DATE"]["date"] == {
        "value": "2021-03",
        "precision": "month",
        "earliest": "2021-03-01",
        "latest": "2021-03-31",
    }
    money = claims_of(api.get("/api/claims/", {"label": "MONEY"}))[0]["mentions"][0]
    assert money["amount"] == {"min": "120000000.00", "max": "120000000.00", "currency": "EUR"}
    assert money["entity"] is None and money["date"] is None


@pytest.mark.parametrize("slug", ["slug", "a", "usine-lyon_2021", "SLUG-slug-9"])
@pytest.mark.parametrize("prefix", ["/", "/saga-slug/"])
def test_reader_urls_are_what_reverse_gives(slug, prefix):
    request = RequestFactory().get("/api/claims/")
    with override_script_prefix(prefix):
        assert ReaderUrls(request)(slug) == absolute(request, reader_url(slug))
        assert ReaderUrls(None)(slug) == reader_url(slug)


def test_claims_list_hides_drafts_from_anonymous_and_shows_them_to_staff(api, usine, staff):
    draft = build_article("brouillon", publish=False)
    assert {c["article"] for c in claims_of(api.get("/api/claims/"))} == {usine.slug}
    api.force_authenticate(staff)
    assert {c["article"] for c in claims_of(api.get("/api/claims/"))} == {usine.slug, draft.slug}


def test_claims_list_filters_by_verdict(api, usine, editor):
    disputed = usine.claims.get(position=1)
    review(disputed, editor, "disputed", rationale="Le montant est de 12 millions.")
    results = claims_of(api.get("/api/claims/", {"verdict": "disputed"}))
    assert [c["id"] for c in results] == [disputed.pk]
    assert results[0]["verdict"] == "disputed" and results[0]["version"] == 2


@pytest.mark.parametrize("by", ["id", "name"])
def test_claims_list_filters_by_entity_id_or_canonical_name(api, usine, by):
    entity = Entity.objects.get(name="Jean Dupont")
    value = entity.pk if by == "id" else entity.name
    results = claims_of(api.get("/api/claims/", {"entity": value}))
    assert [c["text"] for c in results] == ["Jean Dupont dirige le site depuis 2019."]


def test_claims_list_filters_by_label(api, usine):
    results = claims_of(api.get("/api/claims/", {"label": "PER"}))
    assert [c["position"] for c in results] == [2]


@pytest.mark.parametrize(
    ("params", "positions"),
    [
        ({"date_from": "2021-01-01"}, [0]),  # mars 2021
        ({"date_to": "2020-06-30"}, [2]),  # 2019
        ({"date_from": "2019-06-01", "date_to": "2019-06-30"}, [2]),  # inside the year 2019
        ({"date_from": "2021-03-31", "date_to": "2021-04-02"}, [0]),  # overlaps March's last day
        ({"date_from": "2020-01-01", "date_to": "2020-12-31"}, []),
        # A year or a month: its first day as a lower bound, its last as an upper one.
        ({"date_from": "2021"}, [0]),
        ({"date_to": "2019"}, [2]),  # to 2019-12-31
        ({"date_from": "2020", "date_to": "2020"}, []),
        ({"date_from": "2019-12"}, [0, 2]),  # from 2019-12-01: the end of 2019 counts
        ({"date_to": "2021-02"}, [2]),  # to 2021-02-28: March 2021 starts after
        ({"date_to": "2021-03"}, [0, 2]),  # to 2021-03-31
        ({"date_from": "2021-03", "date_to": "2021-03"}, [0]),
        ({"date_from": "2019", "date_to": "2021-03-01"}, [0, 2]),
    ],
)
def test_claims_list_filters_by_normalised_date_range(api, usine, params, positions):
    assert [c["position"] for c in claims_of(api.get("/api/claims/", params))] == positions


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "The date 2025-02-30 does not exist."),
        ("2021-13", "The date 2021-13 does not exist."),
        ("2021-00-10", "The date 2021-00-10 does not exist."),
        ("0000", "The date 0000 does not exist."),
        ("2020-1", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        ("20", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        ("2020-01-01T10:00", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        ("2020\n", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        (" 2020", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        ("\u0662\u0660\u0662\u0660", "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."),  # Arabic-Indic digits
    ],
)
@pytest.mark.parametrize("name", ["date_from", "date_to"])
def test_claims_list_date_filters_say_what_is_wrong_with_a_date(api, usine, name, value, message):
    response = api.get("/api/claims/", {name: value}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["fields"] == {name: [message]}


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2023-04", date(2023, 4, 1), date(2023, 4, 30)),
        ("2023-04-17", date(2023, 4, 17), date(2023, 4, 17)),
        ("9999", date(9999, 1, 1), date(9999, 12, 31)),
    ],
)
def test_date_bound_field_reads_a_year_or_month_as_its_first_or_last_day(value, first, last):
    assert DateBoundField().clean(value) == first
    assert DateBoundField(last_day=True).clean(value) == last


def test_claims_list_date_bounds_may_be_in_french(api, usine):
    response = api.get("/api/claims/", {"date_from": "2025-02-30"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["fields"] == {"date_from": ["La date 2025-02-30 n’existe pas."]}


def test_claims_list_date_bounds_must_hold_on_one_date(api, db):
    # One claim with a 2019 date and a 2021 date: no single date lies in 2020.
    build_article(
        sentences=[
            (
                "En 2019 puis en 2021, rien.",
                0.5,
                [
                    ("2019", "DATE", ("2019", "year", *year_bounds(2019))),
                    ("2021", "DATE", ("2021", "year", *year_bounds(2021))),
                ],
            )
        ]
    )
    assert claims_of(api.get("/api/claims/", {"date_from": "2020-01-01", "date_to": "2020-12-31"})) == []


def year_bounds(year):
    from datetime import date

    return date(year, 1, 1), date(year, 12, 31)


def test_claims_list_filters_by_min_checkworthiness_and_text(api, usine):
    assert [c["position"] for c in claims_of(api.get("/api/claims/", {"min_checkworthiness": "0.5"}))] == [0, 1]
    assert [c["position"] for c in claims_of(api.get("/api/claims/", {"q": "USINE"}))] == [0]


@pytest.mark.parametrize(
    ("ordering", "positions"),
    [
        ("position", [0, 1, 2, 3]),
        ("-position", [3, 2, 1, 0]),
        ("-checkworthiness", [0, 1, 2, 3]),
        ("checkworthiness", [3, 2, 1, 0]),
    ],
)
def test_claims_list_orders(api, usine, ordering, positions):
    assert [c["position"] for c in claims_of(api.get("/api/claims/", {"ordering": ordering}))] == positions


def test_claims_list_orders_by_last_update(api, usine, editor):
    review(usine.claims.get(position=2), editor)
    results = claims_of(api.get("/api/claims/", {"ordering": "-updated"}))
    assert results[0]["position"] == 2


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"verdict": "disputd"}, "verdict"),
        ({"article": "no-such-article"}, "article"),
        ({"entity": "Nobody Known"}, "entity"),
        ({"entity": "999999"}, "entity"),
        ({"label": "PERSON"}, "label"),
        ({"date_from": "2021-13-01"}, "date_from"),
        ({"date_from": "2021-05-01", "date_to": "2021-04-01"}, "date_to"),
        ({"min_checkworthiness": "1.5"}, "min_checkworthiness"),
        ({"min_checkworthiness": "high"}, "min_checkworthiness"),
        ({"ordering": "text"}, "ordering"),
        ({"ordering": ","}, "ordering"),
        ({"ordering": "position,"}, "ordering"),
        ({"page_size": "501"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page": "first"}, "page"),
    ],
)
def test_claims_list_refuses_unknown_filter_values_naming_the_field(api, usine, params, field):
    response = api.get("/api/claims/", params)
    assert response.status_code == 400
    body = response.json()
    assert field in body["fields"] and body["code"] == "invalid"
    assert body["message"]


def test_claims_list_draft_article_filter_is_unknown_to_anonymous(api, db):
    build_article("brouillon", publish=False)
    assert api.get("/api/claims/", {"article": "brouillon"}).status_code == 400


def test_claims_list_paginates_up_to_500(api, db):
    build_article(repeat=130)  # 520 claims
    page = api.get("/api/claims/", {"page_size": 500}).json()
    assert page["count"] == 520 and len(page["results"]) == 500 and page["next"]
    rest = api.get("/api/claims/", {"page_size": 500, "page": 2}).json()
    assert len(rest["results"]) == 20 and rest["next"] is None
    ids = [c["id"] for c in page["results"] + rest["results"]]
    assert len(set(ids)) == 520
    assert api.get("/api/claims/", {"page": 3, "page_size": 500}).status_code == 404


def test_claims_list_query_count_does_not_grow_with_rows(api, db, django_assert_num_queries):
    build_article("petit")
    # count, claims, mentions (with their entities)
    with django_assert_num_queries(3):
        small = claims_of(api.get("/api/claims/", {"page_size": 500}))
    build_article("grand", repeat=40)
    with django_assert_num_queries(3):
        large = claims_of(api.get("/api/claims/", {"page_size": 500}))
    assert len(small) == 4 and len(large) == 164
    with django_assert_num_queries(5):  # + the lookups of the article and entity filters
        claims_of(api.get("/api/claims/", {"entity": "Renault", "article": "grand", "date_from": "2021-01-01"}))


def test_claims_list_with_token_adds_one_query(api, editor, usine, django_assert_num_queries):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=editor)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    with django_assert_num_queries(4):  # token with its user, count, claims, mentions
        claims_of(api.get("/api/claims/"))


def test_claims_list_answers_if_none_match_with_304(api, usine, editor):
    first = api.get("/api/claims/", {"article": usine.slug})
    etag = first["ETag"]
    assert etag and "Authorization" in first["Vary"]
    again = api.get("/api/claims/", {"article": usine.slug}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    review(usine.claims.get(position=0), editor)
    changed = api.get("/api/claims/", {"article": usine.slug}, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_claim_detail_has_history_and_sources(api, usine, editor):
    claim = usine.claims.get(position=1)
    review(claim, editor, "sourced", url="https://source.example/first")
    review(claim, editor, "disputed", rationale="Le communiqué dit 12 millions.", url="https://source.example/second")
    body = api.get(f"/api/claims/{claim.pk}/").json()
    assert body["verdict"] == "disputed" and body["version"] == 3
    assert [r["verdict"] for r in body["reviews"]] == ["sourced", "disputed"]
    assert [r["claim_version"] for r in body["reviews"]] == [2, 3]
    assert body["reviews"][1]["rationale"] == "Le communiqué dit 12 millions."
    assert body["reviews"][1]["sources"][0]["url"] == "https://source.example/second"
    assert body["reviews"][0]["reviewer"] is None  # login names are for staff


def test_claim_detail_shows_reviewer_to_staff(api, usine, editor, staff):
    claim = usine.claims.get(position=0)
    review(claim, editor)
    api.force_authenticate(staff)
    assert api.get(f"/api/claims/{claim.pk}/").json()["reviews"][0]["reviewer"] == editor.username


def test_claim_detail_query_count_does_not_grow_with_reviews(api, usine, editor, django_assert_num_queries):
    claim = usine.claims.get(position=0)
    review(claim, editor)
    # claim, mentions, reviews with reviewers, sources
    with django_assert_num_queries(4):
        api.get(f"/api/claims/{claim.pk}/")
    for verdict in ["disputed", "sourced", "disputed"]:
        review(claim, editor, verdict, rationale="Nouvelle source.")
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/claims/{claim.pk}/").json()["reviews"]) == 4


def test_claim_detail_of_a_draft_is_404_for_anonymous(api, db):
    draft = build_article("brouillon", publish=False)
    response = api.get(f"/api/claims/{draft.claims.first().pk}/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_claim_detail_ignores_list_filters(api, usine):
    claim = Claim.objects.filter(article=usine).first()
    assert api.get(f"/api/claims/{claim.pk}/", {"verdict": "nonsense"}).status_code == 200


@pytest.mark.parametrize(
    "name", ["verdict", "article", "entity", "label", "date_to", "min_checkworthiness", "ordering"]
)
def test_claims_list_refuses_a_filter_without_value(api, usine, name):
    response = api.get(f"/api/claims/?{name}=")
    assert response.status_code == 400 and name in response.json()["fields"]


def test_claims_list_accepts_an_empty_text_search(api, usine):
    assert len(claims_of(api.get("/api/claims/?q="))) == 4


def test_claims_list_filters_by_quantity_and_shows_its_value(api, make_article):
    article = make_article()  # the real pipeline: "300 emplois" in the second paragraph
    results = claims_of(api.get("/api/claims/", {"label": "QUANTITY"}))
    assert [c["article"] for c in results] == [article.slug]
    [quantity] = [m for m in results[0]["mentions"] if m["label"] == "QUANTITY"]
    assert quantity["text"] == "300 emplois"
    assert quantity["quantity"] == {"min": "300.00", "max": "300.00", "unit": "emploi"}
    assert quantity["amount"] is None and quantity["entity"] is None


def test_claims_list_shows_an_open_bound_as_null(api, make_article):
    make_article(text="Un prix\n\nLe billet coûte plus de 10 euros depuis lundi.\n", slug="prix")
    [claim] = claims_of(api.get("/api/claims/", {"label": "MONEY"}))
    [money] = [m for m in claim["mentions"] if m["label"] == "MONEY"]
    assert money["amount"] == {"min": "10.00", "max": None, "currency": "EUR"}
