"""The API's views: thin. Reads are named queryset methods (constant query counts, pinned by
tests/claims/test_api_*.py); writes go through claims.services."""

import hashlib

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers, quote_etag
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, parsers, permissions, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes, schema, throttle_classes
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from annotations.documents import DocumentError, read_document
from claims.api import exports, inputs, serializers
from claims.api.errors import service_error_response, stale_version_response
from claims.api.filters import ClaimFilter
from claims.api.parsers import SafeJSONParser, SafeMultiPartParser
from claims.api.permissions import CanIngest, CanReview
from claims.api.query import StrictFilterBackend
from claims.api.renderers import ANNOTATION_CONTENT_TYPE, JSONLDRenderer, JSONRenderer, PlainTextRenderer
from claims.api.schema import error_response
from claims.models import Article, Claim
from claims.services import (
    IngestError,
    ReviewError,
    SourceInput,
    StaleVersionError,
    SupersededClaimError,
    ingest_article,
    review_claim,
)
from intake.api import JobSerializer
from intake.services import QueueUnavailableError, in_background, submit_ingest


@api_view(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@permission_classes([permissions.AllowAny])
@throttle_classes([])
@schema(None)
def not_found(request, *args, **kwargs):
    raise NotFound()


NOT_MODIFIED = OpenApiResponse(None, description="Not modified: `If-None-Match` matched the list's `ETag`.")


class ConditionalListMixin:
    """Lists carry a strong ETag and answer a matching `If-None-Match` with 304.

    The ETag hashes the rendered page, so it changes whenever anything shown changes (a verdict,
    an entity renamed, a claim re-scored) and never goes stale; it saves the consumer the
    transfer and the re-processing, not the server the queries.
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or self.action != "list" or response.status_code != 200:
            return response
        response.render()
        response["ETag"] = quote_etag(hashlib.sha256(response.content).hexdigest()[:40])
        patch_vary_headers(response, ["Authorization", "Cookie"])  # drafts are shown to staff only
        return get_conditional_response(request, etag=response["ETag"], response=response)


class SerializerPerActionMixin:
    """`serializer_classes` names the serializer of the actions that have their own;
    `serializer_class` serves the others."""

    serializer_classes: dict = {}

    def get_serializer_class(self):
        return self.serializer_classes.get(self.action, self.serializer_class)


@extend_schema_view(
    list=extend_schema(
        summary="List articles", responses={200: serializers.ArticleSerializer(many=True), 304: NOT_MODIFIED}
    ),
    retrieve=extend_schema(summary="An article, with its body and verdict counts"),
)
class ArticleViewSet(
    SerializerPerActionMixin,
    ConditionalListMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Articles: published ones for everyone, drafts for staff. Offsets of claims and mentions
    index an article's `body`."""

    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    parser_classes = [SafeJSONParser, SafeMultiPartParser, parsers.FormParser]
    serializer_class = serializers.ArticleDetailSerializer
    serializer_classes = {"list": serializers.ArticleSerializer, "create": inputs.ArticleInputSerializer}

    def get_queryset(self):
        articles = Article.objects.visible_to(self.request.user)
        if self.action in ("claimreview", "annotations", "text"):
            return articles
        articles = articles.with_verdict_counts()
        return articles.defer("body") if self.action == "list" else articles

    def get_permissions(self):
        if self.action == "create":
            return [permissions.IsAuthenticated(), CanIngest()]
        return super().get_permissions()

    @extend_schema(
        summary="Ingest an article",
        description="Text, Markdown or HTML, as `text` (JSON or form) or as an uploaded `file` (multipart). "
        "201 with the article and its claims, its URL in `Location`, when something was stored: a new article, "
        "or a different text under an existing slug, which becomes the article's next revision (its claims are "
        "those of the new revision); 200 when the identical text is already there (nothing changes).",
        request={
            "application/json": inputs.ArticleInputSerializer,
            "multipart/form-data": inputs.ArticleInputSerializer,
        },
        responses={
            201: OpenApiResponse(
                serializers.IngestedArticleSerializer,
                description="Stored: a new article, or a new revision of the article under that slug (`revision` "
                "says which); `Location` is the article (`GET /api/articles/<slug>/`).",
            ),
            202: OpenApiResponse(
                JobSerializer,
                description="With a broker (CELERY_BROKER_URL): the article is queued; `Location` is its job "
                "(`GET /api/jobs/<id>/`), which links the article once done.",
            ),
            200: OpenApiResponse(
                serializers.IngestedArticleSerializer,
                description="Nothing stored: the slug already has this text, or the same text is already stored "
                "under another slug (that article, with `notice` saying so).",
            ),
            413: error_response(413),
            503: error_response(503),
        },
        parameters=[
            OpenApiParameter(
                "Location",
                OpenApiTypes.URI,
                OpenApiParameter.HEADER,
                response=[201, 202],
                description="201: the article's URL, `GET /api/articles/<slug>/`; 202: the job's, `GET /api/jobs/<id>/`.",
            )
        ],
    )
    def create(self, request, *args, **kwargs):
        limit = settings.SAGA_MAX_ARTICLE_BYTES
        # A request over SAGA_MAX_REQUEST_BYTES never gets here (saga.middleware); this catches
        # a body that lied about its length.
        try:
            form = self.get_serializer(data=request.data)
        except RequestDataTooBig:
            return too_large(
                translation.gettext(
                    "The request body is over the limit of %(limit)s bytes for a request "
                    "(an article may be up to %(article)s bytes of text)."
                )
                % {"limit": settings.SAGA_MAX_REQUEST_BYTES, "article": limit}
            )
        form.is_valid(raise_exception=True)
        data = form.validated_data
        raw, name, field = inputs.uploaded_bytes(data)
        if len(raw) > limit:
            # A file is read only up to one byte over the limit: its size is the upload's own.
            size = data["file"].size if field == "file" else len(raw)
            message = translation.gettext("The article is %(size)s bytes, over the limit of %(limit)s bytes.")
            return too_large(message % {"size": size, "limit": limit}, field=field)
        try:
            document = read_document(
                raw,
                name=name,
                fmt=data.get("format"),
                max_bytes=limit,
                languages=settings.SAGA_LANGUAGES,
                language=data.get("language"),
            )
            item = inputs.article_input(data, document)
            if in_background():  # a worker ingests it: the client follows the job
                return self.accepted(submit_ingest(item=item, user=request.user), request)
            result = ingest_article(item=item, user=request.user)
        except DocumentError as error:
            raise ValidationError({error.field or field: [str(error)]}) from None
        except QueueUnavailableError as error:  # the job is stored: the server's fault, not the input's
            return service_error_response(error, status_code=status.HTTP_503_SERVICE_UNAVAILABLE)
        except IngestError as error:
            return service_error_response(error)
        return self.ingested(request, result, document.warnings)

    def ingested(self, request, result, warnings: list[str]) -> Response:
        """201 with the article stored (new, or its new revision) and its claims, its URL in
        `Location`; 200 when the text was there already."""
        article = Article.objects.visible_to(request.user).with_verdict_counts().get(pk=result.article.pk)
        claims = Claim.objects.for_api(request.user).filter(article=article).api_rows()
        notice = (
            translation.gettext("The same text is already stored as “%(slug)s”: nothing was stored again.")
            % {"slug": article.slug}
            if result.duplicate
            else None
        )
        body = serializers.IngestedArticleSerializer(
            article,
            context={
                **self.get_serializer_context(),
                "claims": claims,
                "warnings": warnings,
                "notice": notice,
            },
        )
        if not (result.created or result.revised):
            return Response(body.data, status=status.HTTP_200_OK)
        location = request.build_absolute_uri(reverse("api:article-detail", kwargs={"slug": article.slug}))
        return Response(body.data, status=status.HTTP_201_CREATED, headers={"Location": location})

    def accepted(self, job, request) -> Response:
        """202 with the job, and its URL in `Location`."""
        body = JobSerializer(job, context={"request": request}).data
        location = request.build_absolute_uri(reverse("api:job-detail", kwargs={"pk": job.pk}))
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})

    def export(self, article, write, **options) -> dict:
        """The article's reviewed claims as `write` (a function of `exports`) writes them."""
        # Verdict names in the article's language, whoever asks: the export is about the article.
        with translation.override(article.language):
            return write(
                article,
                reviewed_claims(article),
                absolute=self.request.build_absolute_uri,
                organisation=settings.SAGA_ORGANISATION_NAME,
                **options,
            )

    @extend_schema(
        summary="schema.org ClaimReview of each reviewed claim (JSON-LD)",
        description="A JSON-LD graph of ClaimReview objects, one per claim of the current text that has a review. "
        "`reviewRating.ratingValue` scale: 1 = disputed, 2 = unverified, 3 = sourced (worstRating 1, bestRating 3); "
        "`alternateName` names the verdict.",
        responses={200: OpenApiResponse(dict, description="JSON-LD (`@context` https://schema.org, `@graph`).")},
    )
    @action(detail=True, methods=["get"], renderer_classes=[JSONLDRenderer, JSONRenderer])
    def claimreview(self, request, slug=None):
        return Response(self.export(self.get_object(), exports.claim_reviews))

    @extend_schema(
        summary="W3C Web Annotation page of the reviewed claims (JSON-LD)",
        description="An AnnotationPage (context http://www.w3.org/ns/anno.jsonld): one `assessing` Annotation per "
        "reviewed claim, its bodies the verdict with the rationale, the verdict as a tag and the sources; its "
        "targets the article's text (`/api/articles/<slug>/text/`, text/plain, the `body`) with a TextQuoteSelector "
        "and a TextPositionSelector, and the original page, where known, with the quote only.",
        responses={200: OpenApiResponse(dict, description="JSON-LD AnnotationPage.")},
    )
    @action(detail=True, methods=["get"], renderer_classes=[JSONLDRenderer, JSONRenderer])
    def annotations(self, request, slug=None):
        article = self.get_object()
        document = self.export(
            article,
            exports.annotation_page,
            page_url=request.build_absolute_uri(request.path),
            text_url=request.build_absolute_uri(reverse("api:article-text", args=[article.slug])),
            revision_date=article.revisions.get(number=article.revision).created_at,
        )
        content_type = ANNOTATION_CONTENT_TYPE if request.accepted_renderer.format == "jsonld" else None
        return Response(document, content_type=content_type)

    @extend_schema(
        summary="The article's current text (text/plain)",
        description="Exactly the `body` of the article: the resource that the Web Annotation export's "
        "TextPositionSelector and TextQuoteSelector describe, and that all offsets index.",
        responses={200: OpenApiResponse(OpenApiTypes.STR, description="The text, UTF-8.")},
    )
    @action(detail=True, methods=["get"], renderer_classes=[PlainTextRenderer, JSONRenderer])
    def text(self, request, slug=None):
        return Response(self.get_object().body)

    def finalize_response(self, request, response, *args, **kwargs):
        # Only the text itself is plain text: errors and OPTIONS metadata are JSON, as everywhere.
        # No renderer yet is an Accept no renderer takes (a 406): DRF would pick the text's first.
        renderer = getattr(request, "accepted_renderer", None)
        as_text = renderer is None or isinstance(renderer, PlainTextRenderer)
        if as_text and not isinstance(getattr(response, "data", None), str):
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), "application/json"
        return super().finalize_response(request, response, *args, **kwargs)


def reviewed_claims(article):
    return (
        Claim.objects.filter(article=article, revision=article.revision).reviewed().with_history().order_by("position")
    )


def too_large(message: str, *, field: str = "text") -> Response:
    return Response(
        {"message": message, "code": "too_large", "fields": {field: [message]}},
        status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    )


@extend_schema_view(
    list=extend_schema(
        summary="List claims", responses={200: serializers.ClaimSerializer(many=True), 304: NOT_MODIFIED}
    ),
    retrieve=extend_schema(summary="A claim, with its review history and sources"),
)
class ClaimViewSet(SerializerPerActionMixin, ConditionalListMixin, viewsets.ReadOnlyModelViewSet):
    """Claims of the current text of the articles you may read."""

    filterset_class = ClaimFilter
    serializer_class = serializers.ClaimSerializer
    serializer_classes = {"retrieve": serializers.ClaimDetailSerializer, "reviews": inputs.ReviewInputSerializer}

    def get_queryset(self):
        user = self.request.user
        if self.action == "reviews":
            # Every revision: a claim of an earlier one is refused by the service, with the reason.
            return Claim.objects.visible_to(user)
        claims = Claim.objects.for_api(user)
        return claims.with_history() if self.action == "retrieve" else claims.api_rows()

    few_rows = False  # whether the list's filters left few rows (PagePagination reads it)

    def filter_queryset(self, queryset):
        # List filters are for lists: a review must not fail on the page's query string.
        if self.action != "list":
            return queryset
        # StrictFilterBackend.filter_queryset, keeping the filterset to read what it found.
        filterset = StrictFilterBackend().get_filterset(self.request, queryset, self)
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        claims = filterset.qs
        self.few_rows = filterset.selects_few_rows
        return claims

    @extend_schema(
        summary="Review a claim (Editors)",
        description="Goes through the review service: `sourced` and `disputed` need a source (a URL or a title "
        "with a publisher), `disputed` and a return to `unverified` need a rationale. `expected_version` is the "
        "claim's `version` you saw; if someone reviewed it since, 409 with its current verdict and version; "
        "a version ahead of the claim's is a 400 on `expected_version`.",
        request=inputs.ReviewInputSerializer,
        responses={201: serializers.ReviewResultSerializer, 400: error_response(400), 409: error_response(409)},
    )
    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated, CanReview])
    def reviews(self, request, pk=None):
        claim = self.get_object()
        form = self.get_serializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        try:
            review = review_claim(
                claim=claim,
                reviewer=request.user,
                verdict=data["verdict"],
                rationale=data["rationale"],
                sources=[SourceInput(**source) for source in data["sources"]],
                expected_version=data["expected_version"],
            )
        except StaleVersionError as error:
            return stale_version_response(error)
        except SupersededClaimError as error:
            return superseded_response(request, error)
        except ReviewError as error:
            return service_error_response(error)
        body = serializers.ReviewResultSerializer(review, context=self.get_serializer_context())
        return Response(body.data, status=status.HTTP_201_CREATED)


def superseded_response(request, error: SupersededClaimError) -> Response:
    """400 naming the revision the claim belongs to, with a link to the claim that continues it in
    the current revision (if one does) and to the current claims of the article."""
    claim = current_successor(error.claim, error.current_revision)
    links = {
        "current_claim": request.build_absolute_uri(reverse("api:claim-detail", args=[claim.pk])) if claim else None,
        "current_claims": request.build_absolute_uri(reverse("api:claim-list"))
        + f"?article={error.claim.article.slug}",
    }
    message = f"{error.message} {links['current_claim'] or links['current_claims']}"
    return Response(
        {"message": message, "code": "superseded", "fields": {"claim": [message]}, **links},
        status=status.HTTP_400_BAD_REQUEST,
    )


def current_successor(claim: Claim, current_revision: int) -> Claim | None:
    """The claim of the current revision that continues `claim` (`previous` links, one revision
    at a time), or None if the text changed too much or the claim was removed."""
    while claim is not None and claim.revision != current_revision:
        claim = Claim.objects.filter(previous=claim).first()
    return claim
