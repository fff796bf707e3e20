"""The API of matching, mounted by claims/api/urls.py: a claim's earlier claims, an article's
inconsistencies, and "not the same claim". Thin views over matching.models' reads and
matching.services' writes."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.errors import service_error_response, stale_version_response
from claims.api.inputs import StrictInputSerializer
from claims.api.permissions import CanReview
from claims.api.query import refuse_unknown_parameters
from claims.api.schema import ErrorSerializer, error_response
from claims.api.serializers import ReviewResultSerializer
from claims.api.views import superseded_response
from claims.managers import sees_drafts
from claims.models import Article, Claim
from claims.services import ReviewError, StaleVersionError, SupersededClaimError
from matching.models import ClaimMatch, Inconsistency
from matching.services import (
    DECISIONS,
    AlreadyDecidedError,
    AlreadyDismissedError,
    decide_inconsistency,
    dismiss_match,
)
from matching.verdicts import apply_match

MAX_MATCHES = 20  # a claim said in more articles than this is shown by its best matches


class EarlierClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="earlier.pk")
    text = serializers.CharField(source="earlier.text")
    verdict = serializers.CharField(source="earlier.verdict")
    article = serializers.SlugField(source="earlier.article.slug")
    article_title = serializers.CharField(source="earlier.article.title")


class ClaimMatchSerializer(serializers.ModelSerializer):
    earlier = EarlierClaimSerializer(source="*")

    class Meta:
        model = ClaimMatch
        fields = ["id", "earlier", "score", "signals", "state", "created_at"]


class InconsistencySerializer(serializers.ModelSerializer):
    first_claim = serializers.CharField(source="first.text")
    second_claim = serializers.CharField(source="second.text")

    class Meta:
        model = Inconsistency
        fields = [
            "id",
            "kind",
            "first",
            "first_claim",
            "first_value",
            "second",
            "second_claim",
            "second_value",
            "score",
            "state",
            "decided_at",
        ]


class ClaimMatchesView(APIView):
    """The reviewed claims of other articles that say the same as this claim."""

    @extend_schema(
        summary="Claims seen before",
        description="Reviewed claims of other articles that say the same as this claim, best first, with "
        "their verdict, score and the signals behind it (shared entities and words, equal or overlapping "
        "dates and amounts). Dismissed suggestions and, for visitors, claims of draft articles are left out.",
        responses={200: ClaimMatchSerializer(many=True), 404: error_response(404)},
    )
    def get(self, request, pk):
        drafts = sees_drafts(request.user)
        claims = Claim.objects.all() if drafts else Claim.objects.filter(article__status="published")
        claim = get_object_or_404(claims.only("pk"), pk=pk)
        refuse_unknown_parameters(request, [])
        matches = ClaimMatch.objects.for_claim(claim, drafts=drafts)[:MAX_MATCHES]
        return Response(ClaimMatchSerializer(matches, many=True).data)


class DismissMatchView(APIView):
    """Dismisses a suggestion: not the same claim (Editors)."""

    permission_classes = [permissions.IsAuthenticated, CanReview]

    @extend_schema(
        summary="Dismiss a claim seen before (Editors)",
        description="Marks the suggestion as not the same claim; it is no longer shown. "
        "409 if it was dismissed already.",
        request=None,
        responses={
            200: ClaimMatchSerializer,
            404: error_response(404),
            409: OpenApiResponse(ErrorSerializer, description="The suggestion was dismissed already."),
        },
    )
    def post(self, request, pk):
        match = get_object_or_404(ClaimMatch.objects.select_related("earlier__article"), pk=pk)
        try:
            match = dismiss_match(match=match, user=request.user)
        except AlreadyDismissedError as error:
            body = {"message": error.message, "code": "already_dismissed", "fields": {}}
            return Response(body, status=status.HTTP_409_CONFLICT)
        return Response(ClaimMatchSerializer(match).data)


class ApplyMatchInputSerializer(StrictInputSerializer):
    expected_version = serializers.IntegerField(
        min_value=1, max_value=2**31 - 1, help_text="The `version` of the claim (the later one) you saw."
    )


class ApplyMatchView(APIView):
    """Applies the earlier claim's verdict to the claim it matches (Editors)."""

    permission_classes = [permissions.IsAuthenticated, CanReview]

    @extend_schema(
        summary="Apply the verdict of a claim seen before (Editors)",
        description="Reviews the claim with the earlier claim's current verdict, the rationale and sources of "
        "its review, and one more source: the earlier claim on its reader page. Goes through the review "
        "service: `expected_version` is the claim's `version` you saw; if someone reviewed it since, 409 with "
        "its current verdict and version. 400 if the suggestion was dismissed or the earlier claim is no "
        "longer reviewed.",
        request=ApplyMatchInputSerializer,
        responses={
            201: ReviewResultSerializer,
            400: error_response(400),
            404: error_response(404),
            409: error_response(409),
        },
    )
    def post(self, request, pk):
        match = get_object_or_404(ClaimMatch.objects.select_related("claim", "earlier__article"), pk=pk)
        form = ApplyMatchInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        reader_url = request.build_absolute_uri(match.earlier.get_absolute_url())
        try:
            review = apply_match(
                match=match,
                reviewer=request.user,
                expected_version=form.validated_data["expected_version"],
                reader_url=reader_url,
            )
        except StaleVersionError as error:
            return stale_version_response(error)
        except SupersededClaimError as error:
            return superseded_response(request, error)
        except ReviewError as error:
            return service_error_response(error)
        body = ReviewResultSerializer(review, context={"request": request})
        return Response(body.data, status=status.HTTP_201_CREATED)


class ArticleInconsistenciesView(APIView):
    """Claims of one article that give different values for the same thing."""

    @extend_schema(
        summary="Inconsistencies within an article",
        description="Pairs of claims of the article's current text that state the same thing (same entities, "
        "much the same words) with a different date or amount, with both values, or where one denies what the other "
        "states (kind `denial`, the denying words as its value), or tells a fall of what the other tells risen in the "
        "same period with no figure on both sides (kind `denial`, each claim's word of the change as its value: "
        '"baissé", "augmenté").',
        responses={200: InconsistencySerializer(many=True), 404: error_response(404)},
    )
    def get(self, request, slug):
        article = get_object_or_404(Article.objects.visible_to(request.user).only("pk", "revision"), slug=slug)
        refuse_unknown_parameters(request, [])
        found = Inconsistency.objects.filter(article=article, first__revision=article.revision)
        found = found.select_related("first", "second").order_by("first__position", "second__position")
        return Response(InconsistencySerializer(found, many=True).data)


class DecisionInputSerializer(StrictInputSerializer):
    state = serializers.ChoiceField(
        choices=[(state.value, state.label) for state in DECISIONS],
        help_text="`confirmed`: the article contradicts itself; `dismissed`: it does not.",
    )


class DecideInconsistencyView(APIView):
    """Confirms or dismisses an inconsistency (Editors)."""

    permission_classes = [permissions.IsAuthenticated, CanReview]

    @extend_schema(
        summary="Confirm or dismiss an inconsistency (Editors)",
        description="Records the decision, who took it and when. 409 if it was decided already.",
        request=DecisionInputSerializer,
        responses={
            200: InconsistencySerializer,
            400: error_response(400),
            404: error_response(404),
            409: OpenApiResponse(ErrorSerializer, description="The inconsistency was decided already."),
        },
    )
    def post(self, request, pk):
        inconsistency = get_object_or_404(Inconsistency.objects.select_related("first", "second"), pk=pk)
        form = DecisionInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            decided = decide_inconsistency(
                inconsistency=inconsistency, state=form.validated_data["state"], user=request.user
            )
        except AlreadyDecidedError as error:
            body = {"message": error.message, "code": "already_decided", "fields": {}}
            return Response(body, status=status.HTTP_409_CONFLICT)
        decided.first, decided.second = inconsistency.first, inconsistency.second
        return Response(InconsistencySerializer(decided).data)
