"""Revisions of an article: a corrected text becomes a new revision that keeps the review work.

Re-anchoring locates each claim of the old revision among the claims (sentences) of the new one:

1. Exact: a new claim with the same words (case, whitespace and punctuation aside) is the same
   claim; the verdict, version and review history carry over ("unchanged").
2. Approximate: otherwise, the new claims whose word-level similarity to the old one reaches
   `QUOTE_THRESHOLD` are candidates ("edited": linked, verdict not carried, needs re-review).
3. Claims left without a partner are "removed" (old side) or "new" (new side, unverified).

Among several candidates (a repeated sentence, two close variants), pairs are ranked by a score
that weighs the quote, its surrounding text (prefix and suffix) and its position in the article,
and assigned greedily, best first, every claim at most once. Exact pairs are assigned before
approximate ones, so a close variant can never take the place of an identical sentence.

The threshold is on the words alone: context and position choose *between* candidates but never
let a sentence whose words changed too much inherit anything. Word-level similarity is the Indel
(insert/delete) similarity over the sequences of words, 2·|common words in order| / (|a| + |b|):
0.6 means that, for two sentences of equal length, at least 60% of the words survive in order.
A date fixed in a sentence of 20 words scores 0.95; a sentence half rewritten scores about 0.5.

Everything above `revise_article` is pure (texts and spans in, decisions out) and tested with
hypothesis; `revise_article` applies the decisions in one transaction.
"""

import difflib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from django.db import models, transaction
from django.db.models import Count, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from claims.models import Article, ArticleRevision, Claim, Review, Source
from claims.services import ArticleInput, analyse_text, body_digest, validate_article_input, write_annotations

audit = logging.getLogger("saga.audit")

QUOTE_THRESHOLD = 0.6
"""Minimal word-level similarity for an old claim to continue as an edited new claim."""

CONTEXT_CHARS = 80
"""How much text before and after a claim is compared to tell repeated sentences apart."""

WEIGHT_QUOTE, WEIGHT_CONTEXT, WEIGHT_POSITION = 0.7, 0.2, 0.1

# Letters and digits; underscore is a word character for `\w` but punctuation for a reader.
_WORD = re.compile(r"[^\W_]+")


class Outcome(models.TextChoices):
    UNCHANGED = "unchanged", _("unchanged")
    EDITED = "edited", _("edited")
    REMOVED = "removed", _("removed")
    NEW = "new", _("new")


class Span(Protocol):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Anchor:
    """The fate of one claim: `old` and `new` are indexes into the spans given to `reanchor`."""

    outcome: Outcome
    old: int | None
    new: int | None
    similarity: float = 0.0
    score: float = 0.0


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, case-folded: what a claim says, without its typography."""
    return tuple(match.group().casefold() for match in _WORD.finditer(text))


def word_similarity(a: str, b: str) -> float:
    """Indel similarity of the word sequences of `a` and `b`, from 0 (nothing shared) to 1."""
    return Indel.normalized_similarity(words(a), words(b))


def outcome_between(old_text: str, new_text: str) -> Outcome:
    """Unchanged when only case, whitespace or punctuation differ; edited otherwise."""
    return Outcome.UNCHANGED if words(old_text) == words(new_text) else Outcome.EDITED


class _Side:
    """One text and its claims, pre-computed for scoring: word codes, context, position."""

    def __init__(self, body: str, spans: Sequence[Span], vocabulary: dict[str, str]):
        self.codes = [_encode(words(span.text), vocabulary) for span in spans]
        self.prefixes = [" ".join(words(body[max(0, span.start - CONTEXT_CHARS) : span.start])) for span in spans]
        self.suffixes = [" ".join(words(body[span.end : span.end + CONTEXT_CHARS])) for span in spans]
        length = max(len(body), 1)
        self.positions = [(span.start + span.end) / 2 / length for span in spans]


def _encode(sequence: tuple[str, ...], vocabulary: dict[str, str]) -> str:
    """One character per distinct word, so rapidfuzz's C code compares words, not letters."""
    # Code points from U+10000 upwards: never a surrogate, and room for a million words.
    return "".join(vocabulary.setdefault(word, chr(0x10000 + len(vocabulary))) for word in sequence)


def reanchor(*, old_body: str, old_spans: Sequence[Span], new_body: str, new_spans: Sequence[Span]) -> list[Anchor]:
    """Decides, for every old and every new claim, whether it continues, changed, left or arrived.

    Returns one Anchor per old claim (unchanged, edited or removed) in old order, followed by one
    per new claim without a predecessor (new), in new order. See the module docstring.
    """
    vocabulary: dict[str, str] = {}
    old, new = _Side(old_body, old_spans, vocabulary), _Side(new_body, new_spans, vocabulary)
    pairs = _candidate_pairs(old, new)
    exact = [pair for pair in pairs if old.codes[pair[0]] == new.codes[pair[1]]]
    approximate = [pair for pair in pairs if old.codes[pair[0]] != new.codes[pair[1]]]
    matched: dict[int, Anchor] = {}
    taken: set[int] = set()
    for outcome, group in ((Outcome.UNCHANGED, exact), (Outcome.EDITED, approximate)):
        scored = [(_score(old, new, i, j, similarity), i, j, similarity) for i, j, similarity in group]
        # Best score first; ties in reading order, so the result never depends on hashing.
        for score, i, j, similarity in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
            if i not in matched and j not in taken:
                matched[i] = Anchor(outcome, i, j, similarity, score)
                taken.add(j)
    anchors = [matched.get(i, Anchor(Outcome.REMOVED, i, None)) for i in range(len(old_spans))]
    anchors += [Anchor(Outcome.NEW, None, j) for j in range(len(new_spans)) if j not in taken]
    return anchors


def _candidate_pairs(old: _Side, new: _Side) -> list[tuple[int, int, float]]:
    """(old index, new index, word similarity) of every pair at or above the threshold."""
    if not old.codes or not new.codes:
        return []
    matrix = process.cdist(
        old.codes, new.codes, scorer=Indel.normalized_similarity, score_cutoff=QUOTE_THRESHOLD, workers=1
    )
    pairs = []
    for i, j in zip(*np.nonzero(matrix), strict=True):
        # Recomputed in double precision: the matrix is float32, the threshold is a promise.
        similarity = Indel.normalized_similarity(old.codes[i], new.codes[j])
        if similarity >= QUOTE_THRESHOLD:
            pairs.append((int(i), int(j), similarity))
    # Two claims without words (a lone "…") are equal for Indel but say nothing: no pair.
    return [(i, j, s) for i, j, s in pairs if old.codes[i] or new.codes[j]]


def _score(old: _Side, new: _Side, i: int, j: int, similarity: float) -> float:
    context = (fuzz.ratio(old.prefixes[i], new.prefixes[j]) + fuzz.ratio(old.suffixes[i], new.suffixes[j])) / 200
    position = 1 - abs(old.positions[i] - new.positions[j])
    return WEIGHT_QUOTE * similarity + WEIGHT_CONTEXT * context + WEIGHT_POSITION * position


# -- Writing a revision --------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionResult:
    """What `revise_article` did: `number` is None when the text was already the current one."""

    article: Article
    number: int | None
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(Outcome, 0)
        for anchor in self.anchors:
            counts[anchor.outcome] += 1
        return {str(outcome): count for outcome, count in counts.items()}


def revise_article(*, article: Article, item: ArticleInput, user=None, analysis=None) -> RevisionResult:
    """Makes `item.text` the current text of `article` as a new revision, keeping the review work.

    The new text is annotated afresh (blocks, claims, entities, dates, amounts, with the current
    editor aliases) unless `analysis` of that text is given. Each claim of the current revision
    is re-anchored (module docstring): unchanged claims keep their verdict, version, re-review
    flag and review history (the reviews and their sources are copied to the new claim, created
    times and reviewers included, so every reader of a claim sees its history); edited claims
    start unverified with `needs_rereview` and `previous` pointing at the old claim; removed
    claims stay in the old revision. The old revision's text, claims, mentions and reviews are
    left untouched. The same text as the current one writes nothing (`number` is None).
    All writes happen in one transaction, under a lock on the article row.
    """
    validate_article_input(item)
    # From the database, not `article`: the caller's copy may predate another revision.
    if Article.objects.filter(pk=article.pk, body_sha256=body_digest(item.text)).exists():
        return RevisionResult(article=article, number=None)
    if analysis is None:
        # Outside the transaction: analysing takes seconds and needs no lock.
        analysis = _analyse(item)
    return _write_revision(article=article, item=item, user=user, analysis=analysis)


def _analyse(item: ArticleInput):
    return analyse_text(text=item.text, fmt=item.fmt, language=item.language, published=item.published_on)


@transaction.atomic
def _write_revision(*, article: Article, item: ArticleInput, user, analysis) -> RevisionResult:
    article = Article.objects.select_for_update().get(pk=article.pk)
    digest = body_digest(item.text)
    if digest == article.body_sha256:  # the same text arrived first through another request
        return RevisionResult(article=article, number=None)
    number = article.revision + 1
    # Locked so that a review landing meanwhile either is copied here or sees the new revision.
    old_claims = list(
        Claim.objects.select_for_update().filter(article=article, revision=article.revision).order_by("position")
    )
    ArticleRevision.objects.create(article=article, number=number, body=item.text, body_sha256=digest, created_by=user)
    new_claims = write_annotations(article=article, revision=number, analysis=analysis)
    anchors = reanchor(old_body=article.body, old_spans=old_claims, new_body=item.text, new_spans=new_claims)
    _carry_over(anchors, old_claims, new_claims)
    _make_current(article, item, analysis, number, digest)
    result = RevisionResult(article=article, number=number, anchors=anchors)
    audit.info(
        "article revised",
        extra={
            "event": "revise",
            "article": article.slug,
            "revision": number,
            "user": getattr(user, "username", None),
            **result.counts,
        },
    )
    return result


def _carry_over(anchors: Sequence[Anchor], old_claims: Sequence[Claim], new_claims: Sequence[Claim]) -> None:
    """Links every continued claim to its predecessor; unchanged ones inherit the review work."""
    linked, unchanged = [], {}
    for anchor in anchors:
        if anchor.old is None or anchor.new is None:
            continue
        old, new = old_claims[anchor.old], new_claims[anchor.new]
        new.previous = old
        if anchor.outcome == Outcome.UNCHANGED:
            new.verdict, new.version, new.needs_rereview = old.verdict, old.version, old.needs_rereview
            unchanged[old.pk] = new
        else:
            new.needs_rereview = True
        linked.append(new)
    Claim.objects.bulk_update(linked, ["previous", "verdict", "version", "needs_rereview"])
    _copy_reviews(unchanged)


def _copy_reviews(successors: dict[int, Claim]) -> None:
    """Copies the reviews (and their sources) of each old claim id to its successor claim."""
    if not successors:
        return
    reviews = list(Review.objects.filter(claim_id__in=successors).prefetch_related("sources").order_by("id"))
    copies = Review.objects.bulk_create(
        Review(
            claim=successors[review.claim_id],
            verdict=review.verdict,
            rationale=review.rationale,
            reviewer_id=review.reviewer_id,
            claim_version=review.claim_version,
            created_at=review.created_at,
            panel=review.panel,  # it names nothing of the claim it is shown with
        )
        for review in reviews
    )
    Source.objects.bulk_create(
        Source(
            review=copy,
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            published_on=source.published_on,
            excerpt=source.excerpt,
        )
        for review, copy in zip(reviews, copies, strict=True)
        for source in review.sources.all()
    )


def _make_current(article: Article, item: ArticleInput, analysis, number: int, digest: str) -> None:
    """Points the article at its new text; metadata given with the text replaces the old one."""
    article.body, article.body_format, article.body_sha256 = item.text, item.fmt, digest
    article.revision, article.language = number, item.language
    article.title = (item.title or analysis.title or article.title)[:500]
    for name in ("source_url", "publisher", "author", "published_on"):
        if getattr(item, name):
            setattr(article, name, getattr(item, name))
    if item.publish:  # re-ingesting never unpublishes: that is an editor's decision in the admin
        article.status = Article.Status.PUBLISHED
    article.save()


# -- Reading revisions ---------------------------------------------------------------------


@dataclass(frozen=True)
class DiffRow:
    """One line of the claim diff between a revision and the one before it."""

    outcome: Outcome
    old: Claim | None
    new: Claim | None


def claim_diff(*, article: Article, number: int) -> list[DiffRow]:
    """The claims of revision `number` next to those of revision `number - 1`, in reading order.

    Two queries whatever the size of the article. Removed claims are placed where they stood,
    before the first new-side claim that continues a later old claim.
    """
    new_claims = list(Claim.objects.filter(article=article, revision=number).order_by("position"))
    old_claims = list(Claim.objects.filter(article=article, revision=number - 1).order_by("position"))
    old_by_id = {claim.pk: claim for claim in old_claims}
    continued = {claim.previous_id for claim in new_claims if claim.previous_id in old_by_id}
    removed = [claim for claim in old_claims if claim.pk not in continued]
    rows: list[DiffRow] = []
    for claim in new_claims:
        old = old_by_id.get(claim.previous_id)
        while removed and old is not None and removed[0].position < old.position:
            rows.append(DiffRow(Outcome.REMOVED, removed.pop(0), None))
        if old is None:
            rows.append(DiffRow(Outcome.NEW, None, claim))
        else:
            claim.previous = old  # already loaded: spares a query per row to whoever renders it
            rows.append(DiffRow(outcome_between(old.text, claim.text), old, claim))
    rows += [DiffRow(Outcome.REMOVED, claim, None) for claim in removed]
    return rows


@dataclass(frozen=True)
class RevisionSummary:
    revision: ArticleRevision
    claims: int
    unchanged: int
    edited: int
    removed: int
    new: int
    is_current: bool


def revision_summaries(*, article: Article) -> list[RevisionSummary]:
    """Every revision of `article`, oldest first, with what happened to its claims. Two queries."""
    revisions = list(ArticleRevision.objects.filter(article=article).select_related("created_by").order_by("number"))
    rows = list(Claim.objects.filter(article=article).values_list("pk", "revision", "previous_id", "text"))
    text_of = {pk: text for pk, _revision, _previous, text in rows}
    by_revision: dict[int, list[tuple[int | None, str]]] = {}
    for _pk, revision, previous, text in rows:
        by_revision.setdefault(revision, []).append((previous, text))
    summaries = []
    for revision in revisions:
        claims = by_revision.get(revision.number, [])
        outcomes = [outcome_between(text_of[prev], text) if prev in text_of else Outcome.NEW for prev, text in claims]
        continued = sum(outcome != Outcome.NEW for outcome in outcomes)
        before = len(by_revision.get(revision.number - 1, []))
        summaries.append(
            RevisionSummary(
                revision=revision,
                claims=len(claims),
                unchanged=outcomes.count(Outcome.UNCHANGED),
                edited=outcomes.count(Outcome.EDITED),
                removed=before - continued,
                new=outcomes.count(Outcome.NEW),
                is_current=revision is revisions[-1],  # revisions only ever get added
            )
        )
    return summaries


def word_diff(old_text: str, new_text: str) -> list[tuple[str, str]]:
    """The new text of an edited claim as (operation, text) runs: "equal", "delete" (only in the
    old text) or "insert" (only in the new one), split on whitespace so a reader sees words."""
    old, new = re.split(r"(\s+)", old_text), re.split(r"(\s+)", new_text)
    runs = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if operation == "equal":
            runs.append(("equal", "".join(new[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("delete", "".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("insert", "".join(new[j1:j2])))
    return runs


def _claim_count(**filters) -> Coalesce:
    claims = Claim.objects.filter(article=OuterRef("article"), **filters).order_by()
    return Coalesce(Subquery(claims.values("article").annotate(n=Count("pk")).values("n")[:1]), 0)


def with_claim_changes(revisions: QuerySet) -> QuerySet:
    """Annotates each ArticleRevision with `claim_count`, `continued_count` (claims that carry on
    one of the revision before), `new_count`, `removed_count` and `rereview_count`, in the same
    query. Unchanged and edited are told apart by text, see `revision_summaries`."""
    number = OuterRef("number")
    return revisions.annotate(
        claim_count=_claim_count(revision=number),
        continued_count=_claim_count(revision=number, previous__isnull=False),
        rereview_count=_claim_count(revision=number, needs_rereview=True),
        before_count=_claim_count(revision=number - 1),
    ).annotate(
        new_count=F("claim_count") - F("continued_count"), removed_count=F("before_count") - F("continued_count")
    )
