"""desk.queries: the queue's lists start from the current claims of the reviewer's articles."""

import pytest

from claims.models import Article, Claim
from desk.queries import current_claims_of, queue_for
from desk.services import assign_article
from tests.desk_factories import make_desk_article

pytestmark = pytest.mark.django_db


def test_queue_for_lists_only_current_claims_of_their_articles(editor, colleague):
    mine, theirs = make_desk_article(slug="mine", count=3), make_desk_article(slug="theirs", count=2)
    assign_article(article=mine, assignee=editor, by=editor)
    assign_article(article=theirs, assignee=colleague, by=editor)
    kept = mine.claims.order_by("position").last()
    Article.objects.filter(pk=mine.pk).update(revision=2)  # the other two belong to revision 1 now
    mine.claims.filter(pk=kept.pk).update(revision=2)
    queue = queue_for(editor)
    assert [row.pk for row in queue.assigned.rows] == [kept.pk]
    assert queue.counts == {"to_do": 1, "in_progress": 0, "reviewed": 0, "unassigned": 0, "rereview": 0}
    assert queue.unassigned.rows == [] and queue.rereview.rows == []


def test_queue_for_reads_no_claims_for_a_reviewer_without_articles(editor, django_assert_num_queries):
    make_desk_article(count=2)
    with django_assert_num_queries(3):  # their articles (none: no counts), the verdicts changed, the mentions
        queue = queue_for(editor)
    assert queue.assigned.rows == queue.unassigned.rows == queue.rereview.rows == []


def test_queue_for_reads_no_list_its_counts_found_empty(editor, colleague, django_assert_num_queries):
    article = make_desk_article(count=3)
    assign_article(article=article, assignee=editor, by=editor)  # none unassigned, none to re-review
    with django_assert_num_queries(5):  # their articles, the counts, the assigned list, the news
        queue = queue_for(editor)
    assert len(queue.assigned.rows) == 3 and queue.unassigned.rows == queue.rereview.rows == []
    assert queue.counts == {"to_do": 3, "in_progress": 0, "reviewed": 0, "unassigned": 0, "rereview": 0}


def test_current_claims_of_names_each_article_with_its_revision():
    first, second = make_desk_article(slug="first", count=2), make_desk_article(slug="second", count=2)
    Article.objects.filter(pk=second.pk).update(revision=2)
    claims = Claim.objects.filter(current_claims_of({first.pk: 1, second.pk: 2}))
    assert set(claims.values_list("pk", flat=True)) == set(first.claims.values_list("pk", flat=True))
    assert not Claim.objects.filter(current_claims_of({})).exists()
