"""Named reads, so every page and endpoint runs a fixed number of queries."""

import operator
from datetime import date
from functools import reduce
from itertools import product

from django.db import connections, models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from annotations.models import Mention


def related_model(model, path: str):
    """The model at the end of a relation path ("claim__article") from `model`: querysets name
    their neighbours this way, as claims.models imports this module."""
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
    return model


def sees_drafts(user) -> bool:
    """Drafts are for staff only."""
    return user is not None and user.is_active and user.is_staff


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def visible_to(self, user):
        """Drafts are for staff only."""
        if sees_drafts(user):
            return self.all()
        return self.published()

    def for_reader_list(self, user):
        """The articles `user` may read, newest first, with their verdict counts: one query."""
        newest = (F("published_on").desc(nulls_last=True), "-created_at", "-id")
        return self.visible_to(user).with_verdict_counts().order_by(*newest)

    def with_verdict_counts(self):
        """Adds claim_count and one <verdict>_count per verdict, over current claims.

        Counted in correlated subqueries, not through a join: a join needs a GROUP BY over every
        article column (bodies of megabytes on SQLite), and so would each count or filter query
        the admin and the paginators run on the annotated queryset.
        """
        claim_model = related_model(self.model, "claims")
        verdicts = [value for value, _label in claim_model._meta.get_field("verdict").choices]
        current = claim_model.objects.filter(article=OuterRef("pk"), revision=OuterRef("revision")).order_by()

        def count(claims):
            tally = claims.values("article").annotate(n=Count("pk")).values("n")
            return Coalesce(Subquery(tally), 0)

        counts = {f"{verdict}_count": count(current.filter(verdict=verdict)) for verdict in verdicts}
        return self.annotate(claim_count=count(current), **counts)


class ClaimQuerySet(models.QuerySet):
    def current(self):
        """Claims of each article's current revision."""
        return self.filter(revision=F("article__revision"))

    def ranked(self):
        """Most check-worthy first, then in reading order."""
        return self.order_by("-checkworthiness", "article_id", "position")

    def visible_to(self, user):
        """Claims of the articles `user` may read (drafts for staff only)."""
        return self.filter(article__in=related_model(self.model, "article").objects.visible_to(user))

    def for_entity_page(self, entity_id, user):
        """Current claims naming an entity in the articles `user` may read, grouped by article,
        each with the few article fields the page shows (not its body): one query."""
        article_fields = ("slug", "title", "language", "status", "published_on")
        return (
            self.current()
            .visible_to(user)
            .mentioning(entity_id)
            .select_related("article")
            .only("text", "verdict", "position", "article_id", *(f"article__{name}" for name in article_fields))
            .order_by(F("article__published_on").desc(nulls_last=True), "article_id", "position")
        )

    def with_mentions(self):
        """Prefetches each claim's mentions in reading order, with their entities: one query."""
        return self.prefetch_related(
            models.Prefetch("mentions", queryset=Mention.objects.select_related("entity").order_by("start"))
        )

    # The filters below use EXISTS rather than joins, so a claim with several matching
    # mentions is listed once and the changelist needs no DISTINCT.
    def mentioning(self, entity_id):
        return self.filter(Exists(Mention.objects.filter(claim=OuterRef("pk"), entity_id=entity_id)))

    def with_label(self, label: str):
        return self.filter(Exists(Mention.objects.filter(claim=OuterRef("pk"), label=label)))

    def dated_in(self, year: int):
        """Claims with a date mention whose range overlaps `year`."""
        overlapping = Mention.objects.filter(
            claim=OuterRef("pk"), date_earliest__year__lte=year, date_latest__year__gte=year
        )
        return self.filter(Exists(overlapping))

    def next_to_review(self, claim):
        """The most check-worthy unverified claim of `claim`'s article, other than `claim`."""
        return (
            self.current()
            .filter(article_id=claim.article_id, verdict="unverified")
            .exclude(pk=claim.pk)
            .ranked()
            .first()
        )

    # -- The REST API (claims/api) --------------------------------------------------------
    def for_api(self, user):
        """Current claims `user` may read, in reading order, each with its article's slug: one
        query for a page (claims.api.serializers.ClaimListSerializer reads their mentions in one more)."""
        # Visibility on the article join that current() makes anyway: cheaper to build than
        # visible_to()'s subquery, and the same rule.
        claims = self.current() if sees_drafts(user) else self.current().filter(article__status="published")
        return (
            claims.annotate(article_slug=F("article__slug"))
            .defer("created_at", "previous_id", "block_id", "facets")  # not shown
            .order_by("article_id", "position", "pk")
        )

    # What the API shows of a claim (claims.api.serializers.ClaimSerializer's fields, before its
    # url and mentions); `article_slug` is for_api's annotation.
    API_COLUMNS = (
        "id",
        "article_slug",
        "revision",
        "position",
        "start",
        "end",
        "text",
        "checkworthiness",
        "verdict",
        "version",
        "needs_rereview",
        "updated_at",
    )

    def api_rows(self):
        """for_api's claims as rows (dicts of API_COLUMNS) rather than models: a model instance
        costs about 5 µs more per claim than a row, a quarter of a millisecond on a page of 50
        (bench/scale.py)."""
        return self.values(*self.API_COLUMNS)

    def with_history(self):
        """Prefetches every review in order, with reviewer and sources: two more queries."""
        reviews = related_model(self.model, "reviews").objects.history()
        return self.prefetch_related(models.Prefetch("reviews", queryset=reviews))

    def reviewed(self):
        return self.filter(Exists(related_model(self.model, "reviews").objects.filter(claim=OuterRef("pk"))))

    def matching_mentions(self, *, entity_ids=None, earliest=None, latest=None):
        """Claims naming one of `entity_ids` and with one date mention whose range overlaps
        [earliest, latest]; a condition left at None is not applied, and either bound may be.

        Both bounds are checked on the same date mention (one EXISTS, the mention_claim_dates
        index). On PostgreSQL the entities are read from the claims' facets instead of their
        mentions, and a range of a few years is narrowed by the facets' years first: the
        claim_facets_disputed index (one per verdict, claims/migrations/0011) then finds "disputed
        claims naming X in 2016" in one probe per (entity, year), where mention rows cost a join
        of thousands (bench/scale.py). A range of whole years needs nothing more than those probes
        (whole_years). SQLite has no JSON containment: EXISTS over the mentions.
        """
        if entity_ids is not None and not entity_ids:
            return self.none()
        claims = self
        if self.searches_facets():
            # What selects_few_rows (below) counts on: a pair of entity and years is few rows.
            years = facet_years(earliest, latest)
            facets = facets_containing(entity_ids, years)
            if facets is not None:
                claims = claims.filter(facets)
            if years is not None and whole_years(earliest, latest):
                return claims  # the year facets are the date condition itself
        elif entity_ids is not None:
            claims = claims.filter(Exists(Mention.objects.filter(claim=OuterRef("pk"), entity_id__in=entity_ids)))
        if earliest or latest:
            overlapping = Mention.objects.filter(claim=OuterRef("pk"), date_earliest__isnull=False)
            if earliest:
                overlapping = overlapping.filter(date_latest__gte=earliest)
            if latest:
                overlapping = overlapping.filter(date_earliest__lte=latest)
            claims = claims.filter(Exists(overlapping))
        return claims

    def selects_few_rows(self, *, entity_ids, earliest, latest) -> bool:
        """Whether matching_mentions(...) with these arguments bounds the rows to the claims
        naming one of a few entities in a few years (facets probes): few enough for the API's
        paginator to count them and read its page in one query (OnePassPaginator)."""
        return self.searches_facets() and entity_ids is not None and facet_years(earliest, latest) is not None

    def searches_facets(self) -> bool:
        """Whether filters read Claim.facets: JSON containment and its GIN index are PostgreSQL's."""
        return connections[self.db].vendor == "postgresql"


# Up to this many years, a date range is first narrowed by the claims' year facets. Each year is
# one more probe of the facets index, each intersecting long posting lists. Measured on a
# million claims (bench/scale.py, 25 years of dates): for the entity named most, 1 year costs
# ~4 ms, 3 years ~12, 5 ~27, 10 ~48, against ~37 ms for the entity alone; for dates alone, 3
# years of probes still cut the count by a quarter, 10 make it 2.5 times slower. Three years
# stays clear of both break-evens; wider and open ranges rely on the exact check alone.
FACET_YEARS_MAX = 3


# The years an open interval is taken to cover where years are listed one by one (a claim's year
# facets): "avant 2000" runs back to 1800, "depuis 2015" would otherwise list every year to 9999.
LISTED_YEARS = range(1800, 2201)


def covered_years(earliest: date, latest: date) -> range:
    """The years from `earliest` to `latest`, an open side (date.min, date.max) cut to LISTED_YEARS."""
    first = earliest.year if earliest != date.min else min(LISTED_YEARS.start, latest.year)
    last = latest.year if latest != date.max else max(LISTED_YEARS.stop - 1, earliest.year)
    return range(first, last + 1)


def facet_years(earliest, latest) -> range | None:
    """The years of a closed date range of at most FACET_YEARS_MAX years, else None; None too out of
    LISTED_YEARS, where an open bound's claim has no year facet ("avant 1800" for 1750)."""
    if earliest and latest and latest.year - earliest.year < FACET_YEARS_MAX:
        years = range(earliest.year, latest.year + 1)
        return years if years[0] in LISTED_YEARS and years[-1] in LISTED_YEARS else None
    return None


def whole_years(earliest, latest) -> bool:
    """Whether [earliest, latest] runs from a 1 January to a 31 December. A claim's year facets
    are the years its dates cover (claims.services.annotate.claim_facets), so one of those years
    in such a range is a date overlapping it: the exact check on the date mentions (an index probe
    per matching claim, 0.6 ms of a 1M list's 2 ms for 211 matches) would find the same claims."""
    return (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31)


def facets_containing(entity_ids, years) -> Q | None:
    """Facets naming one of `entity_ids` and covering one of `years` (None: any); None if
    neither is given.

    One containment per (entity, year) pair, each one key of the GIN index (the facets'
    year_entities, claims.services.annotate.claim_facets), intersected there with the verdict. An
    entity's list and a year's list AND-ed inside the index cost their length, which grows with
    the archive; a list of entities AND-ed with a list of years would even be combined outside
    it (BitmapAnd of BitmapOrs).
    """
    if entity_ids is None and years is None:
        return None
    if years is None:
        probes = [{"entities": [pk]} for pk in entity_ids]
    elif entity_ids is None:
        probes = [{"years": [year]} for year in years]
    else:
        probes = [{"year_entities": {str(year): [pk]}} for pk, year in product(entity_ids, years)]
    return reduce(operator.or_, (Q(facets__contains=probe) for probe in probes))


class ReviewQuerySet(models.QuerySet):
    def history(self):
        return self.select_related("reviewer").prefetch_related("sources").order_by("id")

    def current_for(self, article):
        """The review behind the verdict of each current claim of `article` (one per reviewed claim).

        A review records the claim version it produced, so the current one matches the claim's.
        """
        return self.filter(claim__article=article, claim__revision=article.revision, claim_version=F("claim__version"))

    def feed(self, *, user, since: int):
        """Reviews after the cursor `since` (a review id) on articles `user` may read, oldest
        first, each with its claim's article slug and revision, reviewer and sources."""
        articles = related_model(self.model, "claim__article").objects.visible_to(user)
        return (
            self.filter(pk__gt=since, claim__article__in=articles)
            .annotate(article_slug=F("claim__article__slug"), claim_revision=F("claim__revision"))
            .select_related("reviewer")
            .prefetch_related("sources")
            .order_by("pk")
        )
