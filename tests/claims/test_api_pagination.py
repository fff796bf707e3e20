"""OnePassPaginator (claims/api/pagination.py): told that its rows are few, it counts them in
its page's query; pages, counts and refusals stay those of Django's Paginator."""

import pytest
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from claims.api.filters import ClaimFilter
from claims.api.pagination import OnePassPaginator
from claims.models import Claim
from tests.api_support import build_article

PER_PAGE = 7


def one_pass(claims) -> OnePassPaginator:
    return OnePassPaginator(claims, PER_PAGE, one_pass=True)


@pytest.fixture
def claims(db):
    build_article(repeat=10)  # 40 claims
    return Claim.objects.all()


def pages(paginator) -> list[tuple[int, list[int]]]:
    numbers = range(1, paginator.num_pages + 1)
    return [(paginator.count, [claim.pk for claim in paginator.page(number)]) for number in numbers]


@pytest.mark.parametrize("ordering", [("position", "pk"), ("-checkworthiness", "pk")])
def test_one_pass_paginator_pages_like_paginator(claims, ordering):
    ordered = claims.order_by(*ordering)
    expected = pages(Paginator(ordered, PER_PAGE))
    assert len(expected) == 6
    assert pages(one_pass(ordered)) == expected


def test_one_pass_paginator_counts_in_the_page_query(claims, django_assert_num_queries):
    paginator = one_pass(claims.order_by("position", "pk"))
    with django_assert_num_queries(1):
        page = paginator.page(6)
        assert [claim.position for claim in page] == list(range(35, 40))
        assert (paginator.count, paginator.num_pages, page.has_next(), page.has_previous()) == (40, 6, False, True)


def test_one_pass_paginator_counts_apart_rows_that_are_not_few(claims, django_assert_num_queries):
    paginator = OnePassPaginator(claims.order_by("position", "pk"), PER_PAGE)
    with django_assert_num_queries(2):  # as Paginator: the count, then the page
        assert len(paginator.page(2)) == PER_PAGE


@pytest.mark.parametrize(("number", "refusal"), [(7, EmptyPage), (0, EmptyPage), ("deux", PageNotAnInteger)])
def test_one_pass_paginator_refuses_pages_as_paginator_does(claims, number, refusal):
    with pytest.raises(refusal):
        one_pass(claims.order_by("position", "pk")).page(number)


def test_one_pass_paginator_gives_an_empty_first_page(claims):
    paginator = one_pass(claims.filter(verdict="disputed").order_by("pk"))
    page = paginator.page(1)
    assert (list(page), paginator.count, paginator.num_pages) == ([], 0, 1)


def test_claims_list_pages_through_the_api_on_the_one_pass_path(api, claims, monkeypatch):
    # The API's own queryset (annotations, deferred fields, mention rows), said to be few.
    monkeypatch.setattr(ClaimFilter, "selects_few_rows", True)
    listed = []
    url, count = "/api/claims/?page_size=15", None
    while url:
        body = api.get(url).json()
        count = body["count"]
        listed += [claim["id"] for claim in body["results"]]
        url = body["next"]
    assert count == 40 and listed == list(claims.order_by("article_id", "position", "pk").values_list("pk", flat=True))
    assert api.get("/api/claims/", {"page_size": 15, "page": "last"}).json()["previous"]
    assert api.get("/api/claims/", {"page_size": 15, "page": 4}).status_code == 404
