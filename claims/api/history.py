"""What changed, for clients that follow Saga: the feed of verdicts after a cursor, and the
revisions of an article with what happened to their claims."""

import re

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import revisions
from claims.api import serializers
from claims.api.pagination import positive_int
from claims.api.query import refuse_unknown_parameters
from claims.api.schema import error_response
from claims.ids import MAX_ID_DIGITS
from claims.models import Article, Review


class VerdictFeedView(APIView):
    """Every verdict change (review) in the order written, after a cursor."""

    DEFAULT_LIMIT, MAX_LIMIT = 100, 500

    @extend_schema(
        summary="The change feed of verdicts",
        operation_id="verdicts_feed",
        description="Reviews after the cursor `since` (0 for the start), oldest first. Keep `next_cursor` and pass "
        "it as `since` next time: you get each change exactly once. Reviews show up "
        "SAGA_API_FEED_SETTLE_SECONDS after they are written, so one committed late is not skipped.",
        parameters=[
            OpenApiParameter(
                "since",
                {"type": "integer", "minimum": 0, "maximum": 10**18 - 1, "default": 0},
                description="A cursor: the last `id` (or `next_cursor`) you read; 0 to start.",
            ),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
                description=f"At most this many changes, 1 to {MAX_LIMIT} (default {DEFAULT_LIMIT}).",
            ),
        ],
        responses={200: serializers.FeedPageSerializer, 400: error_response(400)},
    )
    def get(self, request):
        refuse_unknown_parameters(request, ["since", "limit"])
        since = cursor(request.query_params.get("since", "0"))
        limit = positive_int(
            request.query_params.get("limit", str(self.DEFAULT_LIMIT)), name="limit", maximum=self.MAX_LIMIT
        )
        reviews = Review.objects.feed(user=request.user, since=since)
        if settings.SAGA_API_FEED_SETTLE_SECONDS:
            settled = timezone.now() - timezone.timedelta(seconds=settings.SAGA_API_FEED_SETTLE_SECONDS)
            reviews = reviews.filter(created_at__lte=settled)
        page = list(reviews[: limit + 1])
        results, has_more = page[:limit], len(page) > limit
        return Response(
            {
                "results": serializers.FeedItemSerializer(results, many=True, context={"request": request}).data,
                "next_cursor": results[-1].pk if results else since,
                "has_more": has_more,
            }
        )


def cursor(raw: str) -> int:
    if not re.fullmatch(r"[0-9]+", raw):  # not str.isdigit(), which takes "²" and other digits int() refuses
        raise ValidationError(
            {"since": [gettext("A cursor is a whole number, 0 or more: a review id from this feed.")]}
        )
    if len(raw) > MAX_ID_DIGITS:  # no review has a larger id
        message = gettext("A cursor has at most %(digits)s digits: a review id from this feed.")
        raise ValidationError({"since": [message % {"digits": MAX_ID_DIGITS}]})
    return int(raw)


class ArticleRevisionsView(APIView):
    """Every revision of an article, oldest first: a corrected text is a new revision."""

    @extend_schema(
        summary="The revisions of an article",
        description="Oldest first. For each revision, what happened to the claims of the revision before: "
        "unchanged (verdict and history carried over), edited (to re-review), removed; and the new claims.",
        responses={200: serializers.ArticleRevisionSerializer(many=True), 404: error_response(404)},
    )
    def get(self, request, slug):
        article = get_object_or_404(Article.objects.visible_to(request.user), slug=slug)
        refuse_unknown_parameters(request, [])
        summaries = revisions.revision_summaries(article=article)
        return Response(serializers.ArticleRevisionSerializer(summaries, many=True).data)
