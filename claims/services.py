"""Writes of the claims app: ingesting articles and reviewing claims.

Each service is keyword-only, runs its writes in one transaction and raises a
`ServiceError` subclass with a message fit to show a user (CLI, admin form, API).
"""

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from annotations import services as annotation_services
from annotations.models import Mention, MentionLabel
from claims.models import Article, ArticleRevision, Block, Claim, Review, Source, Verdict
from claims.reader import claim_markup, mention_row, review_panel, timeline_entry

audit = logging.getLogger("saga.audit")


class ServiceError(Exception):
    """A refusal with a message for the user; `field` names the offending input, if any."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class IngestError(ServiceError):
    pass


class ReviewError(ServiceError):
    pass


class SupersededClaimError(ReviewError):
    """The claim belongs to an earlier revision of its article, which is read-only."""

    def __init__(self, claim: Claim, current_revision: int):
        super().__init__(
            _("This claim is from revision %(old)s; the article is now at revision %(new)s: review the current claims.")
            % {"old": claim.revision, "new": current_revision},
            field="claim",
        )
        self.claim = claim
        self.current_revision = current_revision


class StaleVersionError(ReviewError):
    """The claim was reviewed since the reviewer opened it; carries the newer state."""

    def __init__(self, claim: Claim):
        super().__init__(
            _(
                "This claim was reviewed meanwhile: it is now “%(verdict)s” (version %(version)s). Reload it and review again."
            )
            % {"verdict": claim.get_verdict_display(), "version": claim.version},
            field="expected_version",
        )
        self.claim = claim


# -- Ingest -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleInput:
    """An article to ingest: its text exactly as given and what is known about it."""

    text: str
    fmt: str = "text"
    slug: str = ""
    title: str = ""
    language: str = "fr"
    source_url: str = ""
    publisher: str = ""
    author: str = ""
    published_on: date | None = None
    publish: bool = False

    @classmethod
    def from_document(cls, document, **given) -> "ArticleInput":
        """An input for a read document (annotations.documents.Document).

        What the caller gives (a form field, a command option) wins over what the document
        says about itself (front matter, HTML metadata); empty values count as not given.
        """
        given = {name: value for name, value in given.items() if value not in ("", None)}
        url = document.url
        if url and document.source_format == "html" and not is_web_url(url):
            url = None  # a page's own metadata is not the editor's input: ignored, not refused
        found = {"title": document.title, "source_url": url, "published_on": document.published}
        found = {name: value for name, value in found.items() if value}
        return cls(text=document.text, fmt=document.fmt, language=document.language, **{**found, **given})


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    revised: bool = False  # a different text for an existing slug became a new revision
    # The same text is already stored under another slug: `article` is that one, nothing was written.
    duplicate: bool = False


def body_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate_article_input(item: ArticleInput) -> None:
    """Refuses what cannot be ingested, before any work is done."""
    if not item.text.strip():
        raise IngestError(_("The article text is empty."), field="text")
    if "\x00" in item.text:
        raise IngestError(_("The article text contains NUL bytes: it looks like binary data."), field="text")
    size = len(item.text.encode("utf-8"))
    if size > settings.SAGA_MAX_ARTICLE_BYTES:
        raise IngestError(
            _("The article is %(size)s bytes, over the limit of %(limit)s bytes.")
            % {"size": size, "limit": settings.SAGA_MAX_ARTICLE_BYTES},
            field="text",
        )
    if item.language not in settings.SAGA_LANGUAGES:
        raise IngestError(
            _("Unsupported language %(language)r; supported: %(supported)s.")
            % {"language": item.language, "supported": ", ".join(sorted(settings.SAGA_LANGUAGES))},
            field="language",
        )
    if item.fmt not in Article.Format.values:
        raise IngestError(_("Unknown text format %(fmt)r.") % {"fmt": item.fmt}, field="fmt")
    validate_source_url(item.source_url)
    for name in ("slug", "publisher", "author"):
        limit = Article._meta.get_field(name).max_length
        if len(getattr(item, name)) > limit:
            raise IngestError(
                _("The %(field)s is %(length)s characters long, over the limit of %(limit)s.")
                % {"field": name, "length": len(getattr(item, name)), "limit": limit},
                field=name,
            )


WEB_URL = URLValidator(schemes=["http", "https"])


def is_web_url(url: str) -> bool:
    try:
        validate_source_url(url)
    except IngestError:
        return False
    return True


def validate_source_url(url: str) -> None:
    """An article's source URL, wherever it comes from (a form, a command option, front matter,
    HTML metadata), is published in the exports: only a http(s) address of at most 2,000
    characters is accepted."""
    if not url:
        return
    limit = Article._meta.get_field("source_url").max_length
    if len(url) > limit:
        raise IngestError(
            _("The source URL is %(length)s characters long, over the limit of %(limit)s.")
            % {"length": len(url), "limit": limit},
            field="source_url",
        )
    try:
        WEB_URL(url)
    except ValidationError:
        raise IngestError(
            _("The source URL %(url)s is not a http or https address.") % {"url": repr(url[:80])},
            field="source_url",
        ) from None


def ingest_article(*, item: ArticleInput, user=None) -> IngestResult:
    """Stores an article with its blocks, claims and mentions, all or nothing.

    Re-ingesting the identical text under the same slug changes nothing (`created` is False);
    a different text under an existing slug becomes a new revision (`revised` is True), see
    claims.revisions.revise_article.
    """
    return ingest_articles(items=[item], user=user)[0]


def ingest_articles(*, items: Sequence[ArticleInput], user=None, progress=None) -> list[IngestResult]:
    """Ingests several articles, analysing them in one spaCy batch.

    Every input is validated before anything is written; each article is then written in its
    own transaction. `progress`, if given, is called once per article written.
    """
    from annotations.nlp import analyse_many  # spaCy is imported only when text is analysed

    for item in items:
        validate_article_input(item)
    slugs = [_slug_for(item) for item in items]
    _refuse_duplicate_slugs(slugs)
    pending, results, revising = _split_known(items, slugs)
    aliases = annotation_services.alias_table()
    by_language: dict[str, list[int]] = {}
    for index in pending:
        by_language.setdefault(items[index].language, []).append(index)
    for language, indexes in by_language.items():
        texts = [(items[i].text, items[i].fmt, items[i].published_on) for i in indexes]
        analyses = analyse_many(texts, language=language, model=settings.SAGA_LANGUAGES[language], aliases=aliases)
        for index, analysis in zip(indexes, analyses, strict=True):
            if index in revising:
                results[index] = _revise(revising[index], items[index], analysis, user)
            else:
                results[index] = _write_new(items[index], slugs[index], analysis, user)
            if progress:
                progress(results[index])
    return results


def _slug_for(item: ArticleInput) -> str:
    slug = item.slug or slugify(item.title)[:200]
    if not slug:
        raise IngestError(_("The article needs a slug or a title to make one from."), field="slug")
    if slugify(slug) != slug:
        raise IngestError(
            _("%(slug)r is not a valid slug: use letters, digits, hyphens and underscores.") % {"slug": slug},
            field="slug",
        )
    return slug


def _refuse_duplicate_slugs(slugs: Iterable[str]) -> None:
    seen = set()
    for slug in slugs:
        if slug in seen:
            raise IngestError(_("The slug %(slug)r is given twice.") % {"slug": slug}, field="slug")
        seen.add(slug)


def _split_known(items, slugs) -> tuple[list[int], list, dict[int, Article]]:
    """Indexes of the articles to write, results already known (identical re-ingests, and new
    slugs for a text already stored under another), and the existing article of each index
    whose text changed (to write as a new revision)."""
    existing = {a.slug: a for a in Article.objects.filter(slug__in=slugs)}
    digests = [body_digest(item.text) for item in items]
    same_text = {a.body_sha256: a for a in Article.objects.filter(body_sha256__in=digests).order_by("-pk")}
    results: list = [None] * len(items)
    pending, revising = [], {}
    for index, (digest, slug) in enumerate(zip(digests, slugs, strict=True)):
        article = existing.get(slug)
        if article is not None and article.body_sha256 == digest:
            results[index] = IngestResult(article, created=False)
        elif article is None and digest in same_text:
            results[index] = IngestResult(same_text[digest], created=False, duplicate=True)
        else:
            pending.append(index)
            if article is not None:
                revising[index] = article
    return pending, results, revising


def _write_new(item: ArticleInput, slug: str, analysis, user) -> IngestResult:
    """Writes a new article; if a concurrent ingest created the slug meanwhile, the same text
    is that article (unchanged) and a different one becomes its next revision."""
    try:
        return IngestResult(_write_article(item, slug, analysis, user), created=True)
    except IntegrityError:
        article = Article.objects.filter(slug=slug).first()
        if article is None:
            raise  # not the slug's uniqueness: a real fault
    if article.body_sha256 == body_digest(item.text):
        return IngestResult(article, created=False)
    return _revise(article, item, analysis, user)


def _revise(article: Article, item: ArticleInput, analysis, user) -> IngestResult:
    from claims.revisions import revise_article  # claims.revisions builds on this module

    revision = revise_article(article=article, item=item, user=user, analysis=analysis)
    return IngestResult(revision.article, created=False, revised=revision.number is not None)


@transaction.atomic
def _write_article(item: ArticleInput, slug: str, analysis, user) -> Article:
    digest = body_digest(item.text)
    article = Article.objects.create(
        slug=slug,
        title=(item.title or analysis.title or slug)[:500],
        language=item.language,
        source_url=item.source_url,
        publisher=item.publisher,
        author=item.author,
        published_on=item.published_on,
        body=item.text,
        body_format=item.fmt,
        body_sha256=digest,
        status=Article.Status.PUBLISHED if item.publish else Article.Status.DRAFT,
    )
    ArticleRevision.objects.create(article=article, number=1, body=item.text, body_sha256=digest, created_by=user)
    write_annotations(article=article, revision=1, analysis=analysis)
    record = {
        "event": "ingest",
        "article": slug,
        "user": getattr(user, "username", None),
        "claims": len(analysis.claims),
    }
    # Logged once the rows are committed: a rolled-back ingest must leave no audit line either.
    transaction.on_commit(lambda: audit.info("article ingested", extra=record))
    return article


def write_annotations(*, article: Article, revision: int, analysis) -> list[Claim]:
    """Writes the blocks, claims and mentions of `analysis` for one revision of `article`; each
    claim is written with its marks (see mark_claims), so it is written once."""
    blocks = Block.objects.bulk_create(
        Block(article=article, revision=revision, position=i, kind=b.kind, start=b.start, end=b.end)
        for i, b in enumerate(analysis.blocks)
    )
    now = timezone.now()
    claims = [
        Claim(
            article=article,
            block=blocks[c.block_index],
            revision=revision,
            position=i,
            start=c.start,
            end=c.end,
            text=c.text,
            checkworthiness=c.checkworthiness,
            created_at=now,
            updated_at=now,
        )
        for i, c in enumerate(analysis.claims)
    ]
    mentions = annotation_services.build_mentions(article=article, revision=revision, analysis=analysis, claims=claims)
    grouped = _by_claim(claims, mentions, saved=False)
    mark_claims(claims, grouped)
    Claim.objects.bulk_create(claims)
    mark_timeline(claims, grouped)  # the entries link to their claims' ids, now that there are some
    Mention.objects.bulk_create(mentions)  # each takes its claim's id too
    return claims


def write_claim_marks(*, claims: Iterable[Claim]) -> None:
    """Derives each claim's `markup` and `facets`, and its dates' timeline entries, again from
    its saved mentions, and saves them. Called wherever mentions are rewritten, moved or unlinked."""
    claims = list(claims)
    grouped = derive_claim_marks(claims, Mention.objects)
    Claim.objects.bulk_update(claims, ["markup", "facets"], batch_size=500)
    # Most calls move entities, not dates: only the entries that changed are written.
    before = {mention.pk: mention.timeline for own in grouped for mention in own}
    changed = [mention for mention in mark_timeline(claims, grouped) if mention.timeline != before[mention.pk]]
    Mention.objects.bulk_update(changed, ["timeline"], batch_size=500)


def derive_claim_marks(claims: Sequence, mentions) -> list[list]:
    """Sets `markup` and `facets` on each of `claims` (saved) from its rows in `mentions` (a
    Mention manager, historical ones included): one query. Returns each claim's mentions."""
    grouped = _by_claim(claims, list(mentions.filter(claim__in=claims).order_by()))
    mark_claims(claims, grouped)
    return grouped


def _by_claim(claims, mentions, *, saved: bool = True) -> list[list]:
    """The mentions of each of `claims`, in the same order. Saved claims are matched by id;
    claims not saved yet (write_annotations) by position, through the claim each mention holds."""
    if saved:
        index = {claim.pk: position for position, claim in enumerate(claims)}
        owners = [index.get(mention.claim_id) for mention in mentions]
    else:
        index = {claim.position: position for position, claim in enumerate(claims)}
        owners = [index.get(mention.claim.position) if mention.claim else None for mention in mentions]
    grouped: list[list] = [[] for _claim in claims]
    for mention, owner in zip(mentions, owners, strict=True):
        if owner is not None:
            grouped[owner].append(mention)
    return grouped


def mark_claims(claims: Sequence, mentions: Sequence[Sequence]) -> None:
    """Sets each claim's derived fields from its mentions (`mentions[i]` for `claims[i]`).

    markup: the claim's text as HTML, its mentions marked (claims.reader.claim_markup).
    facets: {"entities": ids of the entities named, in reading order, "years": every year a
    date of the claim covers, ascending}.
    """
    for claim, own in zip(claims, mentions, strict=True):
        rows = sorted((mention_row(mention, offset=claim.start) for mention in own), key=lambda r: (r[0], -r[1]))
        claim.markup = claim_markup(claim.text, 0, len(claim.text), rows)
        years = {
            year
            for mention in own
            if mention.date_earliest is not None
            for year in range(mention.date_earliest.year, (mention.date_latest or mention.date_earliest).year + 1)
        }
        entities = dict.fromkeys(row[3] for row in rows if row[3] is not None)
        claim.facets = {"entities": list(entities), "years": sorted(years)}


def mark_timeline(claims: Sequence, mentions: Sequence[Sequence]) -> list:
    """Sets `timeline` on the dates among each claim's mentions (`mentions[i]` for `claims[i]`,
    which is saved: the entry links to it) and returns those dates.

    Each claim has one entry per date value, from its first mention in reading order; a date
    without bounds has none (see claims.reader.timeline_entry).
    """
    dates = []
    for claim, own in zip(claims, mentions, strict=True):
        seen = set()
        for mention in sorted((m for m in own if m.label == MentionLabel.DATE), key=lambda m: (m.start, -m.end)):
            mention.timeline = ""
            if mention.date_earliest is not None and mention.value not in seen:
                seen.add(mention.value)
                mention.timeline = timeline_entry(
                    claim_id=claim.pk,
                    claim_text=claim.text,
                    written=claim.text[mention.start - claim.start : mention.end - claim.start],
                    value=mention.value,
                    precision=mention.precision,
                    earliest=mention.date_earliest,
                )
            dates.append(mention)
    return dates


def analyse_text(*, text: str, fmt: str, language: str, published: date | None):
    """Runs the NLP pipeline of `language` on one text, with the editors' current aliases."""
    from annotations.nlp import analyse  # spaCy is imported only when text is analysed

    return analyse(
        text,
        fmt=fmt,
        language=language,
        model=settings.SAGA_LANGUAGES[language],
        published=published,
        aliases=annotation_services.alias_table(),
    )


@transaction.atomic
def reannotate_article(*, article: Article) -> int:
    """Re-runs entity, date and amount marking on the current text with today's aliases.

    Blocks and claims (and so every verdict) stay as they are; check-worthiness is refreshed for
    claims whose span is unchanged. Returns the number of mentions written.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    analysis = analyse_text(
        text=article.body, fmt=article.body_format, language=article.language, published=article.published_on
    )
    claims = list(Claim.objects.filter(article=article, revision=article.revision))
    scores = {(c.start, c.end): c.checkworthiness for c in analysis.claims}
    for claim in claims:
        claim.checkworthiness = scores.get((claim.start, claim.end), claim.checkworthiness)
    Mention.objects.filter(article=article, revision=article.revision).delete()
    mentions = annotation_services.build_mentions(
        article=article, revision=article.revision, analysis=analysis, claims=claims
    )
    grouped = _by_claim(claims, mentions)
    mark_claims(claims, grouped)
    mark_timeline(claims, grouped)
    Mention.objects.bulk_create(mentions)
    Claim.objects.bulk_update(claims, ["checkworthiness", "markup", "facets"], batch_size=500)
    return len(mentions)


# -- Review -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInput:
    url: str = ""
    title: str = ""
    publisher: str = ""
    published_on: date | None = None
    excerpt: str = ""


def can_review(user) -> bool:
    return bool(user and user.is_active and user.has_perm("claims.review_claim"))


def review_claim(
    *,
    claim: Claim,
    reviewer,
    verdict: str,
    rationale: str = "",
    sources: Sequence[SourceInput] = (),
    expected_version: int,
) -> Review:
    """Appends a review to `claim` and makes its verdict current, under a row lock.

    Rules: the reviewer needs the `claims.review_claim` permission; `sourced` and `disputed`
    need at least one source with a URL or a full citation (title and publisher); `disputed`
    and a return to `unverified` need a rationale; `expected_version` must be the claim's
    current version, otherwise StaleVersionError (nothing is overwritten); the claim must belong
    to the article's current revision (earlier revisions are a read-only record).
    """
    if not can_review(reviewer):
        raise PermissionDenied(_("You are not allowed to review claims."))
    rationale = rationale.strip()
    checked_sources = [_checked_source(source, index) for index, source in enumerate(sources)]
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.version != expected_version:
            raise StaleVersionError(locked)
        _refuse_superseded(locked)
        _check_rules(locked, verdict, rationale, checked_sources)
        locked.version += 1
        locked.verdict = verdict
        locked.needs_rereview = False
        locked.updated_at = timezone.now()
        locked.save(update_fields=["version", "verdict", "needs_rereview", "updated_at"])
        review = Review.objects.create(
            claim=locked,
            verdict=verdict,
            rationale=rationale,
            reviewer=reviewer,
            claim_version=locked.version,
            created_at=locked.updated_at,
            panel=review_panel(rationale=rationale, sources=checked_sources, created_at=locked.updated_at),
        )
        for source in checked_sources:
            source.review = review
        Source.objects.bulk_create(checked_sources)
    claim.version, claim.verdict, claim.updated_at = locked.version, locked.verdict, locked.updated_at
    audit.info(
        "claim reviewed",
        extra={"event": "review", "claim": claim.pk, "verdict": verdict, "user": reviewer.get_username()},
    )
    return review


def _refuse_superseded(claim: Claim) -> None:
    # Read after the claim's lock: a revision written meanwhile has copied this claim's reviews
    # already, so a review accepted now on the old claim would be missing from the new one.
    current = Article.objects.values_list("revision", flat=True).get(pk=claim.article_id)
    if claim.revision != current:
        raise SupersededClaimError(claim, current)


def _check_rules(claim: Claim, verdict: str, rationale: str, sources: list[Source]) -> None:
    if verdict not in Verdict.values:
        raise ReviewError(
            _("Unknown verdict %(verdict)r; use one of: %(choices)s.")
            % {"verdict": verdict, "choices": ", ".join(Verdict.values)},
            field="verdict",
        )
    if verdict in (Verdict.SOURCED, Verdict.DISPUTED) and not sources:
        raise ReviewError(
            _("A “%(verdict)s” verdict needs at least one source.") % {"verdict": Verdict(verdict).label},
            field="sources",
        )
    if verdict == Verdict.DISPUTED and not rationale:
        raise ReviewError(_("A “disputed” verdict needs a rationale."), field="rationale")
    if verdict == Verdict.UNVERIFIED and claim.verdict != Verdict.UNVERIFIED and not rationale:
        raise ReviewError(_("Going back to “unverified” needs a rationale."), field="rationale")


def _checked_source(source: SourceInput, index: int) -> Source:
    """Validates one source: a http(s) URL, or a full citation (title and publisher)."""
    row = Source(
        url=source.url.strip(),
        title=source.title.strip(),
        publisher=source.publisher.strip(),
        published_on=source.published_on,
        excerpt=source.excerpt.strip(),
    )
    if not row.url and not (row.title and row.publisher):
        raise ReviewError(
            _("Source %(n)s needs a URL or a full citation (title and publisher).") % {"n": index + 1}, field="sources"
        )
    if row.url and not row.url.lower().startswith(("http://", "https://")):
        raise ReviewError(_("Source %(n)s: only http and https links are allowed.") % {"n": index + 1}, field="sources")
    try:
        # The URL-or-citation constraint is checked above; skipping constraint validation spares
        # a query and a savepoint per source.
        row.full_clean(exclude=["review"], validate_constraints=False)
    except ValidationError as error:
        details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
        raise ReviewError(
            _("Source %(n)s: %(details)s") % {"n": index + 1, "details": details}, field="sources"
        ) from None
    return row


@transaction.atomic
def mark_unverified(*, expected_versions: Mapping[int, int], reviewer, rationale: str) -> int:
    """Sends claims back to "unverified" with one rationale, all or none.

    `expected_versions` maps each claim's id to the version the reviewer saw. Claims already
    unverified are left alone; a claim reviewed since it was seen raises StaleVersionError and
    nothing is written. Returns the number of claims changed.
    """
    if not can_review(reviewer):
        raise PermissionDenied(_("You are not allowed to review claims."))
    if not rationale.strip():
        raise ReviewError(_("Going back to “unverified” needs a rationale."), field="rationale")
    # In id order, so two bulk updates lock their rows in the same order and cannot deadlock.
    claims = Claim.objects.filter(pk__in=expected_versions).exclude(verdict=Verdict.UNVERIFIED).order_by("pk")
    changed = 0
    for claim in claims:
        review_claim(
            claim=claim,
            reviewer=reviewer,
            verdict=Verdict.UNVERIFIED,
            rationale=rationale,
            expected_version=expected_versions[claim.pk],
        )
        changed += 1
    return changed


@transaction.atomic
def load_reviews(*, article: Article, records: Iterable[Mapping], reviewer) -> int:
    """Applies curated reviews (a fixture) to the current claims of `article`, all or none.

    Each record is {claim, verdict, rationale, sources: [{url, title, publisher, published_on,
    excerpt}]}, where `claim` is a passage that must occur in exactly one current claim. Every
    record goes through review_claim and its rules. Claims that already have a review are left
    alone, so loading twice changes nothing and never overrides an editor's verdict. Returns the
    number of reviews written.
    """
    claims = list(Claim.objects.current().filter(article=article).annotate(review_count=Count("reviews")))
    written = 0
    for record in records:
        claim = _claim_quoting(claims, record["claim"], article)
        if claim.review_count:
            continue
        review_claim(
            claim=claim,
            reviewer=reviewer,
            verdict=record["verdict"],
            rationale=record.get("rationale", ""),
            sources=[_source_input(source) for source in record.get("sources", [])],
            expected_version=claim.version,
        )
        claim.review_count = 1
        written += 1
    return written


def _claim_quoting(claims: Sequence[Claim], passage: str, article: Article) -> Claim:
    matches = [claim for claim in claims if passage in claim.text]
    if len(matches) != 1:
        raise ReviewError(
            _("%(count)s claims of %(article)s contain “%(passage)s”; a review must name exactly one.")
            % {"count": len(matches), "article": article.slug, "passage": passage},
            field="claim",
        )
    return matches[0]


def _source_input(record: Mapping) -> SourceInput:
    published_on = record.get("published_on")
    return SourceInput(
        url=record.get("url", ""),
        title=record.get("title", ""),
        publisher=record.get("publisher", ""),
        published_on=date.fromisoformat(published_on) if published_on else None,
        excerpt=record.get("excerpt", ""),
    )
