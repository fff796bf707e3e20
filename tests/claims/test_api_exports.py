"""The exports: schema.org ClaimReview and W3C Web Annotation JSON-LD of the reviewed claims."""

import re
from datetime import UTC

import pytest
from django.utils import translation

from claims.models import Verdict
from tests.api_support import build_article, review

# schema.org vocabulary (https://schema.org) for the terms a ClaimReview may use here.
SCHEMA_ORG_TYPES = {"ClaimReview", "Claim", "Rating", "Organization", "Person", "NewsArticle", "CreativeWork"}
SCHEMA_ORG_PROPERTIES = {
    "url", "claimReviewed", "author", "datePublished", "itemReviewed", "reviewRating", "ratingValue",
    "bestRating", "worstRating", "alternateName", "ratingExplanation", "appearance", "firstAppearance",
    "headline", "publisher", "name", "reviewBody",
}  # fmt: skip
JSON_LD_KEYWORDS = {"@context", "@type", "@graph", "@id"}

# Terms of the Web Annotation JSON-LD context (http://www.w3.org/ns/anno.jsonld).
ANNO_TERMS = {
    "@context", "id", "type", "body", "target", "source", "selector", "motivation", "purpose", "creator",
    "created", "modified", "format", "language", "value", "exact", "prefix", "suffix", "start", "end",
    "items", "startIndex", "partOf", "name", "nickname", "homepage", "total", "label", "state", "sourceDate",
}  # fmt: skip
ANNO_TYPES = {"AnnotationPage", "AnnotationCollection", "Annotation", "TextualBody", "SpecificResource", "Text", "TextQuoteSelector",
              "TextPositionSelector", "TimeState", "Organization", "Person", "Software"}  # fmt: skip
MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
               "identifying", "linking", "moderating", "questioning", "replying", "tagging"}  # fmt: skip


@pytest.fixture
def reviewed(db, editor):
    """An article with a sourced, a disputed and an unreviewed claim."""
    article = build_article()
    review(article.claims.get(position=0), editor, "sourced", url="https://press.example/usine")
    review(article.claims.get(position=1), editor, "disputed", rationale="Le montant annoncé est de 12 millions.")
    return article


def walk(node):
    """Every dict in a JSON document."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def test_claimreview_has_googles_required_fields(api, reviewed):
    response = api.get(f"/api/articles/{reviewed.slug}/claimreview/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/ld+json")
    document = response.json()
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == 2  # the unreviewed claim has no ClaimReview
    sourced, disputed = reviews
    for claim_review in reviews:
        assert claim_review["@type"] == "ClaimReview"
        assert claim_review["claimReviewed"] and claim_review["url"].startswith(
            "http://testserver/articles/usine-lyon/#claim-"
        )
        assert claim_review["author"]["name"] and claim_review["datePublished"]
        rating = claim_review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        item = claim_review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]["url"] == reviewed.source_url
        assert item["datePublished"] == "2021-03-04" and item["author"]["name"] == "Ana Martin"
    assert sourced["claimReviewed"] == reviewed.claims.get(position=0).text
    with translation.override(reviewed.language):  # the verdict's name in the article's language
        assert sourced["reviewRating"]["alternateName"] == str(Verdict.SOURCED.label).capitalize()
        assert disputed["reviewRating"]["alternateName"] == str(Verdict.DISPUTED.label).capitalize()
    assert disputed["reviewRating"]["ratingValue"] < sourced["reviewRating"]["ratingValue"]
    assert disputed["reviewRating"]["ratingExplanation"] == "Le montant annoncé est de 12 millions."


def test_claimreview_uses_only_schema_org_terms(api, reviewed):
    document = api.get(f"/api/articles/{reviewed.slug}/claimreview/").json()
    for node in walk(document):
        assert set(node) <= SCHEMA_ORG_PROPERTIES | JSON_LD_KEYWORDS, set(node) - SCHEMA_ORG_PROPERTIES
        if "@type" in node:
            assert node["@type"] in SCHEMA_ORG_TYPES


def test_claimreview_is_plain_json_on_request(api, reviewed):
    response = api.get(f"/api/articles/{reviewed.slug}/claimreview/", HTTP_ACCEPT="application/json")
    assert response["Content-Type"] == "application/json"


def test_annotations_page_has_the_web_annotation_model_keys(api, reviewed):
    response = api.get(f"/api/articles/{reviewed.slug}/annotations/")
    assert response.status_code == 200
    assert response["Content-Type"] == 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
    page = response.json()
    assert page["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert page["type"] == "AnnotationPage" and page["id"].startswith("http://testserver/api/articles/usine-lyon/")
    assert len(page["items"]) == 2
    for annotation in page["items"]:
        assert annotation["type"] == "Annotation" and annotation["id"].startswith("http")
        assert annotation["motivation"] == "assessing"
        text_target, page_target = annotation["target"]
        assert text_target["source"] == f"http://testserver/api/articles/{reviewed.slug}/text/"
        assert page_target["source"] == reviewed.source_url
        assert annotation["body"][0]["type"] == "TextualBody" and annotation["body"][0]["value"]


def test_annotations_selectors_anchor_the_claim_in_the_body(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    for annotation, claim in zip(page["items"], reviewed.claims.order_by("position"), strict=False):
        quote, position = annotation["target"][0]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert (position["start"], position["end"]) == (claim.start, claim.end)
        assert quote["exact"] == claim.text == reviewed.body[claim.start : claim.end]
        assert reviewed.body[: claim.start].endswith(quote["prefix"]) and quote["prefix"]
        assert reviewed.body[claim.end :].startswith(quote["suffix"])


def test_annotations_carry_verdict_rationale_and_sources(api, reviewed):
    sourced, disputed = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()["items"]
    tags = [body for body in sourced["body"] if body["purpose"] == "tagging"]
    assert [(tag["type"], tag["value"]) for tag in tags] == [("TextualBody", "sourced")]
    links = [body for body in sourced["body"] if body["type"] == "SpecificResource"]
    assert [(link["purpose"], link["source"]) for link in links] == [("linking", "https://press.example/usine")]
    assert "Le montant annoncé est de 12 millions." in disputed["body"][0]["value"]


def test_annotations_use_only_web_annotation_terms(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    for node in walk(page):
        assert set(node) <= ANNO_TERMS, set(node) - ANNO_TERMS
        assert node.get("type", "AnnotationPage") in ANNO_TYPES
        for key in ("motivation", "purpose"):
            assert node.get(key, "assessing") in MOTIVATIONS
        # An External Web Resource (an `id` without a SpecificResource around it) has no purpose.
        if node.get("type") == "Text":
            assert "purpose" not in node


def test_exports_of_a_draft_are_404_for_anonymous(api, db):
    draft = build_article("brouillon", publish=False)
    assert api.get(f"/api/articles/{draft.slug}/claimreview/").status_code == 404
    assert api.get(f"/api/articles/{draft.slug}/annotations/").status_code == 404


def test_exports_query_count_does_not_grow_with_reviews(api, db, editor, django_assert_num_queries):
    article = build_article(repeat=3)
    claims = list(article.claims.order_by("position"))
    review(claims[0], editor)
    # article, claims, reviews with reviewers, sources
    with django_assert_num_queries(4):
        api.get(f"/api/articles/{article.slug}/claimreview/")
    for claim in claims[1:]:
        review(claim, editor)
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/articles/{article.slug}/claimreview/").json()["@graph"]) == 12
    with django_assert_num_queries(5):  # and the revision's date, for the TimeState
        assert len(api.get(f"/api/articles/{article.slug}/annotations/").json()["items"]) == 12


def test_annotations_target_the_current_revision_with_a_time_state(api, reviewed):
    revision = reviewed.revisions.get(number=reviewed.revision)
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    states = [item["target"][0]["state"] for item in page["items"]]
    assert states
    written = revision.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert all(state == {"type": "TimeState", "sourceDate": written} for state in states)


UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def test_annotations_timestamps_are_utc_written_with_z(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    stamps = [node[key] for node in walk(page) for key in ("created", "modified", "sourceDate") if key in node]
    assert len(stamps) >= 2 * 3 + 2  # each annotation, its bodies and its state
    assert all(UTC_Z.match(stamp) for stamp in stamps), stamps


def test_annotations_selectors_describe_the_text_resource_they_name(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    for annotation in page["items"]:
        target = annotation["target"][0]
        response = api.get(target["source"].removeprefix("http://testserver"))
        assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
        text = response.content.decode()
        quote, position = target["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1


def test_annotations_target_the_original_page_with_the_quote_only(api, reviewed):
    for annotation in api.get(f"/api/articles/{reviewed.slug}/annotations/").json()["items"]:
        page_target = annotation["target"][1]
        assert page_target["source"] == reviewed.source_url
        assert page_target["selector"]["type"] == "TextQuoteSelector"


def test_annotations_without_an_original_url_have_one_target(api, db, editor):
    article = build_article()
    article.source_url = "javascript:alert(1)"  # a row from before URLs were checked: never published
    article.save(update_fields=["source_url"])
    review(article.claims.get(position=0), editor, "sourced", url="https://press.example/usine")
    page = api.get(f"/api/articles/{article.slug}/annotations/").json()
    assert [len(item["target"]) for item in page["items"]] == [1]
    document = api.get(f"/api/articles/{article.slug}/claimreview/").json()
    assert "javascript:" not in str(document) and "javascript:" not in str(page)


def test_annotation_bodies_carry_creator_date_and_language(api, reviewed):
    for annotation in api.get(f"/api/articles/{reviewed.slug}/annotations/").json()["items"]:
        for body in annotation["body"]:
            assert body["creator"] == annotation["creator"] and UTC_Z.match(body["created"])
            if body["type"] == "TextualBody":
                assert body["language"] == reviewed.language and body["format"] == "text/plain"


def test_annotation_page_is_part_of_a_collection(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    collection = page["partOf"]
    assert collection["type"] == "AnnotationCollection" and collection["id"].startswith("http")
    assert collection["total"] == len(page["items"]) == 2


def test_claimreview_rating_has_a_name(api, reviewed):
    sourced, disputed = api.get(f"/api/articles/{reviewed.slug}/claimreview/").json()["@graph"]
    with translation.override(reviewed.language):
        assert sourced["reviewRating"]["name"] == str(Verdict.SOURCED.label).capitalize()
        assert disputed["reviewRating"]["name"] == str(Verdict.DISPUTED.label).capitalize()


def test_article_text_is_the_body_as_plain_text(api, reviewed):
    response = api.get(f"/api/articles/{reviewed.slug}/text/")
    assert response.status_code == 200 and response.content.decode() == reviewed.body


def test_article_text_of_an_unknown_or_draft_article_is_a_json_404(api, db):
    draft = build_article("brouillon", publish=False)
    for slug in ("nowhere", draft.slug):
        response = api.get(f"/api/articles/{slug}/text/")
        assert response.status_code == 404 and response["Content-Type"] == "application/json"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_article_text_refuses_writes_with_a_json_405(api, reviewed, method):
    response = getattr(api, method)(f"/api/articles/{reviewed.slug}/text/")
    assert response.status_code == 405 and response.json()["code"] == "method_not_allowed"


def test_article_text_options_are_json(api, reviewed):
    response = api.options(f"/api/articles/{reviewed.slug}/text/")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


@pytest.mark.parametrize("accept", ["application/xml", "text/html", "image/png"])
def test_article_text_for_an_accept_it_cannot_give_is_a_json_406(api, reviewed, accept):
    # The error was handed to the plain-text renderer, which cannot write a dict: a 500.
    response = api.get(f"/api/articles/{reviewed.slug}/text/", HTTP_ACCEPT=accept)
    assert response.status_code == 406 and response["Content-Type"] == "application/json"
    assert response.json()["code"] == "not_acceptable"
