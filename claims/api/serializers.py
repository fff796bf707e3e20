"""Shapes of the API's JSON. Serializers validate and shape; writes go through claims.services."""

from decimal import Decimal
from functools import cached_property

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations.models import Entity, Mention, MentionLabel
from claims.managers import ClaimQuerySet
from claims.models import Article, Claim, Review, Source


def reader_url(slug: str) -> str:
    return reverse("claims:article-detail", kwargs={"slug": slug})


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


class ReaderUrls:
    """The reader page's absolute URL of any slug, from one reverse() per request.

    A list of claims names up to 500 articles: a reverse() and a build_absolute_uri() for each
    cost about 30 µs, 1 to 1.5 ms of a 50-claim page (bench/scale.py at 1,000,000 claims, where a
    filtered list's claims come from 50 articles). A slug is letters, digits, `-` and `_` (the
    URL's slug converter), which neither reverse() nor build_absolute_uri() escapes, so the slug
    can go where a placeholder was reversed.
    """

    PLACEHOLDER = "slug"

    def __init__(self, request):
        url = absolute(request, reader_url(self.PLACEHOLDER))
        self.before, _placeholder, self.after = url.rpartition(self.PLACEHOLDER)

    def __call__(self, slug: str) -> str:
        return f"{self.before}{slug}{self.after}"


# -- Mentions and claims ------------------------------------------------------------------


class MentionEntitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Entity
        fields = ["id", "name", "kind", "wikidata_id"]


class DateValueSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="ISO 8601: 2016, 2016-03, 2016-03-02, or an interval 2015/2016.")
    precision = serializers.CharField(help_text="year, month, day or range.")
    earliest = serializers.DateField()
    latest = serializers.DateField()


_BOUND_HELP = 'A decimal string, exact, with two to six decimal places ("10.00", "0.125"); null: no {} bound.'


class BoundsSerializer(serializers.Serializer):
    min = serializers.DecimalField(
        max_digits=28, decimal_places=6, allow_null=True, help_text=_BOUND_HELP.format("lower")
    )
    max = serializers.DecimalField(
        max_digits=28, decimal_places=6, allow_null=True, help_text=_BOUND_HELP.format("upper")
    )


class AmountValueSerializer(BoundsSerializer):
    currency = serializers.CharField(help_text="ISO 4217.")


class QuantityValueSerializer(BoundsSerializer):
    unit = serializers.CharField(help_text='"%", a unit symbol ("km", "ha", "MW") or the counted noun ("emploi").')


# The claims list shows up to 500 claims with a few mentions each: DRF's generic field machinery
# (a lookup, a copy and a call per field per object) and a model instance per mention were most
# of the endpoint's time (bench/api.py). So a list's claims and their mentions arrive as rows
# (ClaimQuerySet.api_rows, MentionQuerySet.rows_by_claim) and are shaped by hand; the declared
# fields still describe them in the OpenAPI schema, and the tests check the JSON itself.


class MentionSerializer(serializers.ModelSerializer):
    entity = MentionEntitySerializer(allow_null=True, help_text="For PER, ORG, LOC and MISC mentions.")
    date = serializers.SerializerMethodField(help_text="The normalised value of a DATE mention.")
    amount = serializers.SerializerMethodField(help_text="The normalised value of a MONEY mention.")
    quantity = serializers.SerializerMethodField(help_text="The normalised value of a QUANTITY mention.")

    class Meta:
        model = Mention
        fields = ["label", "text", "start", "end", "entity", "date", "amount", "quantity"]

    def to_representation(self, row):
        """`row`: a mention row of MentionQuerySet.rows_by_claim (a dict, not a model)."""
        return {
            "label": row["label"],
            "text": row["text"],
            "start": row["start"],
            "end": row["end"],
            "entity": None
            if row["entity_id"] is None
            else {
                "id": row["entity_id"],
                "name": row["entity__name"],
                "kind": row["entity__kind"],
                "wikidata_id": row["entity__wikidata_id"],
            },
            "date": self.get_date(row),
            "amount": self.get_amount(row),
            "quantity": self.get_quantity(row),
        }

    @extend_schema_field(DateValueSerializer(allow_null=True))
    def get_date(self, row):
        if row["date_earliest"] is None:
            return None
        return {
            "value": row["value"],
            "precision": row["precision"],
            "earliest": row["date_earliest"].isoformat(),
            "latest": row["date_latest"].isoformat(),
        }

    @extend_schema_field(AmountValueSerializer(allow_null=True))
    def get_amount(self, row):
        if row["label"] != MentionLabel.MONEY:
            return None
        return {"min": _bound(row["amount_min"]), "max": _bound(row["amount_max"]), "currency": row["currency"]}

    @extend_schema_field(QuantityValueSerializer(allow_null=True))
    def get_quantity(self, row):
        if row["label"] != MentionLabel.QUANTITY:
            return None
        return {"min": _bound(row["amount_min"]), "max": _bound(row["amount_max"]), "unit": row["unit"]}


_CENTS = Decimal("0.01")


def _bound(value):
    """An amount's or a quantity's bound as a decimal string, as Mention holds it (six places) less
    the zeros past the cents: "10.00", "1.50", "0.125", "1.859"; null for an open bound."""
    if value is None:
        return None
    shown = Decimal(value).normalize()
    return f"{shown.quantize(_CENTS) if shown.as_tuple().exponent > -2 else shown:f}"


MENTION = MentionSerializer()


class ClaimListSerializer(serializers.ListSerializer):
    """A page of claims as rows (ClaimQuerySet.api_rows), their mentions read as rows in one query
    for the whole page (MentionQuerySet.rows_by_claim): what prefetch_related does, without a
    model per claim or mention."""

    def to_representation(self, data):
        claims = list(data)
        mentions = Mention.objects.rows_by_claim([claim["id"] for claim in claims]) if claims else {}
        shape = self.child.shape
        return [shape(claim, mentions.get(claim["id"], [])) for claim in claims]


class ClaimSerializer(serializers.ModelSerializer):
    """A claim of the current text; `start`/`end` index the article's `body`, end exclusive."""

    article = serializers.CharField(source="article_slug", read_only=True, help_text="The article's slug.")
    url = serializers.SerializerMethodField(help_text="The claim on the reader page.")
    mentions = MentionSerializer(many=True, read_only=True)

    class Meta:
        model = Claim
        list_serializer_class = ClaimListSerializer
        # The columns ClaimQuerySet.api_rows reads, in its order and under their API names (its
        # `article_slug` annotation is `article`), then what `shape` adds to them.
        fields = [
            *["article" if column == "article_slug" else column for column in ClaimQuerySet.API_COLUMNS],
            "url",
            "mentions",
        ]

    def to_representation(self, claim):
        """One Claim of ClaimQuerySet.for_api (a list's claims are rows: ClaimListSerializer)."""
        row = {column: getattr(claim, column) for column in ClaimQuerySet.API_COLUMNS}
        return self.shape(row, Mention.objects.rows_by_claim([claim.pk]).get(claim.pk, []))

    def shape(self, claim: dict, mentions: list[dict]) -> dict:
        """A claim's row (ClaimQuerySet.api_rows) and its mention rows as the API shows them."""
        # Module-level field instances: touching self.fields would build every declared and
        # model field for each request, for nothing here.
        shape_mention = MENTION.to_representation
        return {
            "id": claim["id"],
            "article": claim["article_slug"],
            "revision": claim["revision"],
            "position": claim["position"],
            "start": claim["start"],
            "end": claim["end"],
            "text": claim["text"],
            "checkworthiness": claim["checkworthiness"],
            "verdict": claim["verdict"],
            "version": claim["version"],
            "needs_rereview": claim["needs_rereview"],
            "updated_at": self.timestamp.to_representation(claim["updated_at"]),
            "url": self.get_url(claim),
            "mentions": [shape_mention(mention) for mention in mentions],
        }

    def get_url(self, claim: dict) -> str:
        return f"{self.reader_urls(claim['article_slug'])}#claim-{claim['id']}"

    @cached_property
    def reader_urls(self) -> ReaderUrls:
        return ReaderUrls(self.context.get("request"))  # one reverse() per request, not per article

    @cached_property
    def timestamp(self) -> serializers.DateTimeField:
        # DRF's DateTimeField looks the current time zone up for each value: 5 of the 8 µs it
        # spends on a claim's `updated_at`, about 0.3 ms of a page of 50 (bench/scale.py). The
        # zone is the request's, so it is looked up once per serializer, which serves one request.
        return serializers.DateTimeField(default_timezone=timezone.get_current_timezone())


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["url", "title", "publisher", "published_on", "excerpt"]


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.SerializerMethodField(help_text="The reviewer's username; shown to staff only.")
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = Review
        fields = ["id", "verdict", "rationale", "reviewer", "claim_version", "created_at", "sources"]

    def get_reviewer(self, review) -> str | None:
        # Login names are not for the public: verdicts are published in the organisation's name.
        request = self.context.get("request")
        if review.reviewer is None or request is None or not request.user.is_staff:
            return None
        return review.reviewer.get_username()


class ClaimDetailSerializer(ClaimSerializer):
    reviews = ReviewSerializer(many=True, read_only=True, help_text="Every verdict, oldest first.")

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "reviews"]

    def to_representation(self, claim):
        return {**super().to_representation(claim), "reviews": self.fields["reviews"].to_representation(claim.reviews)}


# -- Reviewing ----------------------------------------------------------------------------


class ReviewResultSerializer(ReviewSerializer):
    claim = serializers.IntegerField(source="claim_id", read_only=True)
    version = serializers.IntegerField(source="claim.version", read_only=True, help_text="The claim's new version.")

    class Meta(ReviewSerializer.Meta):
        fields = ["claim", "version", *ReviewSerializer.Meta.fields]


class FeedItemSerializer(ReviewSerializer):
    """One verdict change; `id` is the cursor to pass as `since` to resume after it."""

    claim = serializers.IntegerField(source="claim_id", read_only=True)
    article = serializers.CharField(source="article_slug", read_only=True)
    revision = serializers.IntegerField(source="claim_revision", read_only=True)

    class Meta(ReviewSerializer.Meta):
        fields = ["id", "claim", "article", "revision", *ReviewSerializer.Meta.fields[1:]]


class FeedPageSerializer(serializers.Serializer):
    results = FeedItemSerializer(many=True)
    next_cursor = serializers.IntegerField(help_text="Pass as `since` to read what follows.")
    has_more = serializers.BooleanField(help_text="True when more changes wait after `next_cursor`.")


# -- Articles -----------------------------------------------------------------------------


class VerdictCountsSerializer(serializers.Serializer):
    total = serializers.IntegerField(source="claim_count")
    sourced = serializers.IntegerField(source="sourced_count")
    disputed = serializers.IntegerField(source="disputed_count")
    unverified = serializers.IntegerField(source="unverified_count")


class ArticleSerializer(serializers.ModelSerializer):
    verdicts = VerdictCountsSerializer(source="*", read_only=True, help_text="Claims of the current text by verdict.")
    url = serializers.SerializerMethodField(help_text="The reader page.")

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "language",
            "source_url",
            "publisher",
            "author",
            "published_on",
            "status",
            "revision",
            "created_at",
            "updated_at",
            "url",
            "verdicts",
        ]

    def get_url(self, article) -> str:
        return absolute(self.context.get("request"), reader_url(article.slug))


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body_format", "body"]


class IngestedArticleSerializer(ArticleDetailSerializer):
    claims = serializers.SerializerMethodField()
    warnings = serializers.SerializerMethodField()
    notice = serializers.SerializerMethodField(
        help_text="Set when nothing was stored because the same text already is, under this article's slug."
    )

    class Meta(ArticleDetailSerializer.Meta):
        fields = [*ArticleDetailSerializer.Meta.fields, "claims", "warnings", "notice"]

    def get_notice(self, article) -> str | None:
        return self.context.get("notice")

    @extend_schema_field(ClaimSerializer(many=True))
    def get_claims(self, article):
        return ClaimSerializer(self.context["claims"], many=True, context=self.context).data

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_warnings(self, article) -> list[str]:
        """What looked off in the text although it was ingested (e.g. not the declared language)."""
        return list(self.context.get("warnings", ()))


# -- Revisions ----------------------------------------------------------------------------


class ArticleRevisionSerializer(serializers.Serializer):
    """A revision of an article and what happened to its claims since the revision before."""

    number = serializers.IntegerField(source="revision.number")
    created_at = serializers.DateTimeField(source="revision.created_at")
    body_sha256 = serializers.CharField(source="revision.body_sha256", help_text="SHA-256 of the revision's text.")
    current = serializers.BooleanField(source="is_current", help_text="The text the article shows now.")
    claims = serializers.IntegerField(help_text="Claims of this revision.")
    unchanged = serializers.IntegerField(help_text="Claims carried over with their verdict and history.")
    edited = serializers.IntegerField(help_text="Claims whose words changed: linked to their old claim, to re-review.")
    removed = serializers.IntegerField(help_text="Claims of the revision before that this one no longer has.")
    new = serializers.IntegerField(help_text="Claims with no counterpart in the revision before (unverified).")
