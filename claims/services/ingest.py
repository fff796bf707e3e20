"""Ingesting articles, top to bottom: validate every input, analyse the new texts in one spaCy
batch, then write each article in its own transaction (or, for a changed text under a known
slug, a new revision: claims.services.revise).

    document (txt / md / html) -> ArticleInput -> validate -> analyse -> one transaction:
    article, revision 1, blocks, claims, mentions (claims.services.annotate)
"""

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

from claims.models import Article, ArticleRevision
from claims.services.annotate import write_annotations
from claims.services.errors import IngestError
from claims.services.inputs import (
    ArticleInput,
    analyse_many,
    body_digest,
    headline_of,
    no_article_text,
    refuse_without_article_text,
    validate_article_input,
    validate_slug,
)
from claims.services.revise import revise_article
from matching.services import on_claims_written

audit = logging.getLogger("saga.audit")


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    revised: bool = False  # a different text for an existing slug became a new revision
    # The same text is already stored under another slug: `article` is that one, nothing was written.
    duplicate: bool = False
    published: bool = False  # the text was unchanged, but the article was a draft asked to be published


def ingest_article(*, item: ArticleInput, user=None) -> IngestResult:
    """Stores an article with its blocks, claims and mentions, all or nothing.

    Re-ingesting the identical text under the same slug changes nothing (`created` is False),
    except that a draft asked to be published is published (`published` is True); a different
    text under an existing slug becomes a new revision (`revised` is True), see
    claims.services.revise.revise_article. A text in which the analysis finds no claim (a page of
    navigation only) is refused with IngestError, nothing written.
    """
    return ingest_articles(items=[item], user=user)[0]


def ingest_articles(
    *, items: Sequence[ArticleInput], user=None, progress=None, n_process: int = 1
) -> list[IngestResult]:
    """Ingests several articles, analysing them in spaCy batches, in `n_process` processes.

    Every input is validated before anything is written; each article is then written in its
    own transaction, as its analysis comes. `progress`, if given, is called once per article
    written (the batches are then small, so that it moves steadily). A text in which the analysis
    finds no claim is refused (IngestError) when its analysis comes, the articles before it in the
    batch written already: a caller that must refuse it first checks each input with
    `refuse_without_article_text`, as `manage.py ingest` does (block segmentation alone, some 5 % of
    an analysis, which a batch need not pay twice).
    """
    for item in items:
        validate_article_input(item)
    slugs = [_slug_for(item) for item in items]
    _refuse_duplicate_slugs(slugs)
    slugs = _another_story_another_slug(items, slugs)
    pending, results, revising, copies = _split_known(items, slugs)
    by_language: dict[str, list[int]] = {}
    for index in pending:
        by_language.setdefault(items[index].language, []).append(index)
    for language, indexes in by_language.items():
        analyses = analyse_many(
            [items[i] for i in indexes], language=language, n_process=n_process, batch_size=8 if progress else None
        )
        for index, analysis in zip(indexes, analyses, strict=True):
            if not analysis.claims:
                raise no_article_text()
            if index in revising:
                results[index] = _revise(revising[index], items[index], analysis, user)
            else:
                results[index] = _write_new(items[index], slugs[index], analysis, user)
            if progress:
                progress(results[index])
    for index, first in copies.items():
        results[index] = IngestResult(results[first].article, created=False, duplicate=True)
    return _publish_unchanged(items, results)


def _slug_for(item: ArticleInput) -> str:
    slug = item.slug or slugify(item.title or headline_of(item))[:200]
    if not slug:
        refuse_without_article_text(item)  # a page of navigation only has no headline either: say what is wrong
        raise IngestError(_("The article needs a slug or a title to make one from."), field="slug")
    try:
        validate_slug(slug)
    except ValidationError as error:
        raise IngestError(error.messages[0], field="slug") from None
    return slug


def _refuse_duplicate_slugs(slugs: Iterable[str]) -> None:
    seen = set()
    for slug in slugs:
        if slug in seen:
            raise IngestError(_("The slug %(slug)r is given twice.") % {"slug": slug}, field="slug")
        seen.add(slug)


def _another_story_another_slug(items: Sequence[ArticleInput], slugs: list[str]) -> list[str]:
    """The slugs to write under. A slug Saga made from a title (no slug given) that names an article
    with another text is that article's next revision only if the text keeps at least half of the
    article's current claims word for word, as a correction does; otherwise it is another story
    with the same headline ("Météo en Bretagne"): the next revision of the "-2", "-3"... whose
    claims it keeps, or else a new article under the first free one. One query, and for a title
    already taken one more and one per article of its family read."""
    made = {slug: index for index, (item, slug) in enumerate(zip(items, slugs, strict=True)) if not item.slug}
    slugs = list(slugs)
    for taken in Article.objects.filter(slug__in=made).values_list("slug", flat=True):
        index = made[taken]
        stem = taken[:190]  # room for a number within the 200 characters of a slug
        family = Article.objects.filter(Q(slug=taken) | Q(slug__startswith=f"{stem}-")).order_by("pk")
        text, digest = items[index].text, body_digest(items[index].text)
        same = next((a for a in family if a.body_sha256 == digest or _keeps_most_claims_of(a, text)), None)
        slugs[index] = same.slug if same else _free_slug(stem, family, set(slugs))
    return slugs


def _keeps_most_claims_of(article: Article, text: str) -> bool:
    claims = list(article.claims.filter(revision=article.revision).values_list("text", flat=True))
    return not claims or 2 * sum(claim in text for claim in claims) >= len(claims)


def _free_slug(stem: str, family, taken: set[str]) -> str:
    used = taken | {article.slug for article in family}
    number = 2
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def _split_known(items, slugs) -> tuple[list[int], list, dict[int, Article], dict[int, int]]:
    """Indexes of the articles to write, results already known (identical re-ingests, and new
    slugs for a text already stored under another), the existing article of each index whose
    text changed (to write as a new revision), and the new slugs whose text comes earlier in the
    same batch under another new slug (index -> that earlier index: stored once)."""
    existing = {a.slug: a for a in Article.objects.filter(slug__in=slugs)}
    digests = [body_digest(item.text) for item in items]
    same_text = {a.body_sha256: a for a in Article.objects.filter(body_sha256__in=digests).order_by("-pk")}
    results: list = [None] * len(items)
    pending, revising, copies, first_new = [], {}, {}, {}
    for index, (digest, slug) in enumerate(zip(digests, slugs, strict=True)):
        article = existing.get(slug)
        if article is not None and article.body_sha256 == digest:
            results[index] = IngestResult(article, created=False)
        elif article is None and digest in same_text:
            results[index] = IngestResult(same_text[digest], created=False, duplicate=True)
        elif article is None and digest in first_new:
            copies[index] = first_new[digest]
        else:
            pending.append(index)
            if article is not None:
                revising[index] = article
            else:
                first_new[digest] = index
    return pending, results, revising, copies


def _publish_unchanged(items: Sequence[ArticleInput], results: list[IngestResult]) -> list[IngestResult]:
    """Publishes each draft whose identical text is ingested again with `publish` (a new article or
    revision is published as it is written). Re-ingesting never unpublishes: that is an editor's
    decision in the admin."""
    for index, result in enumerate(results):
        article = result.article
        if result.created or result.revised or result.duplicate or not items[index].publish or article.is_published:
            continue
        article.status = Article.Status.PUBLISHED
        article.save(update_fields=["status", "updated_at"])
        results[index] = replace(result, published=True)
    return results


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
    claims, mentions = write_annotations(article=article, revision=1, analysis=analysis)
    on_claims_written(article=article, claims=claims, mentions=mentions)
    record = {
        "event": "ingest",
        "article": slug,
        "user": getattr(user, "username", None),
        "claims": len(analysis.claims),
    }
    # Logged once the rows are committed: a rolled-back ingest must leave no audit line either.
    transaction.on_commit(lambda: audit.info("article ingested", extra=record))
    return article
