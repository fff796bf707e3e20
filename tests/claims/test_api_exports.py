"""The exports: schema.org ClaimReview and W3C Web Annotation JSON-LD of the reviewed claims."""

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
ANNO_TYPES = {"AnnotationPage", "Annotation", "TextualBody", "SpecificResource", "Text", "TextQuoteSelector",
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
        assert annotation["target"]["source"] == reviewed.source_url
        assert annotation["body"][0]["type"] == "TextualBody" and annotation["body"][0]["value"]


def test_annotations_selectors_anchor_the_claim_in_the_body(api, reviewed):
    page = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()
    for annotation, claim in zip(page["items"], reviewed.claims.order_by("position"), strict=False):
        quote, position = annotation["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert (position["start"], position["end"]) == (claim.start, claim.end)
        assert quote["exact"] == claim.text == reviewed.body[claim.start : claim.end]
        assert reviewed.body[: claim.start].endswith(quote["prefix"]) and quote["prefix"]
        assert reviewed.body[claim.end :].startswith(quote["suffix"])


def test_annotations_carry_verdict_rationale_and_sources(api, reviewed):
    sourced, disputed = api.get(f"/api/articles/{reviewed.slug}/annotations/").json()["items"]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "sourced"} in sourced["body"]
    assert {"type": "SpecificResource", "purpose": "linking", "source": "https://press.example/usine"} in sourced[
        "body"
    ]
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
    states = [item["target"]["state"] for item in page["items"]]
    assert states
    assert all(state == {"type": "TimeState", "sourceDate": revision.created_at.isoformat()} for state in states)
