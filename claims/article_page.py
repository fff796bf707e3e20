"""The reader's article page: what it shows, put together from claims/reader.py's rows,
rendered by the templates of claims/jinja2/claims/reader/ (the text cut into runs and segments by
claims/page_text.py) and cached.

Caching. The page is cached whole, under a key made of what it shows: the article and revision,
the article's fields its embedded ClaimReview names (slug, title, source, date, author, publisher),
the newest review of the article (reviews are never edited: a verdict changes by a new one), the
article's mentions grouped by label and entity with each entity's name, count and the sum of
its mention ids (the entity curation version: a rename, a merge, a relinked or re-annotated
mention changes it; see reader.mention_groups), where else its reviewed claims were checked, the
interface language and time zone, the site's address (the embedded ClaimReview holds absolute
URLs) and a digest of the templates. Computing the key costs two queries, the article's
(reader.article_for_page) and its mention groups, and a third when one of its reviewed claims has
a suggested match (reader.checked_elsewhere). So a review, an edit or a curation gives a new key
and nothing is invalidated by hand; outdated entries age out (SAGA_READER_CACHE_SECONDS).

Under the page, the blocks of the text (their claims, mentions and review panels) are cached
together under the parts of the key every view of the page shares (all but the newest review), in
one entry holding each block's fragment under its own rows (its claims' verdicts and current
reviews): after a review only the block of the reviewed claim is rendered again. One entry, not
one per block: a first view looks up and stores one key, not forty.
"""

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template import engines
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from markupsafe import Markup

from annotations.models import MentionLabel
from claims import reader
from claims.api import exports
from claims.models import Article, BlockKind, Verdict, VerdictCount
from claims.page_text import BlockWriter, entity_href, shortener
from claims.reader import (
    ClaimRow,
    EntityCount,
    TimelineEntry,
)

TIMELINE_QUOTE_LENGTH = 80
TIMELINE_CHUNK = 100
TEMPLATE_DIR = Path(__file__).resolve().parent / "jinja2" / "claims" / "reader"
# The frame's template reads the cached page's fields (ArticlePage): once it reads them anew, it
# must not meet a page cached in their old shape.
FRAME_TEMPLATE = Path(__file__).resolve().parent / "templates" / "claims" / "article_detail.html"
# A change to the templates changes every key: a deployment never serves the old markup.
TEMPLATES_DIGEST = hashlib.sha256(
    b"".join(path.read_bytes() for path in [*sorted(TEMPLATE_DIR.glob("*.html")), FRAME_TEMPLATE])
).hexdigest()


@dataclass(frozen=True)
class ArticlePage:
    """The article page as cached: what the frame shows of it (rendered at every view:
    claims/article_detail.html before `text`, article_detail_end.html after it), and `text`:
    reader/page.html (the article's text, the timeline, the entities named, the embedded
    ClaimReview) encoded as the response is. The view puts `text` into the response as it is: as
    a string (2.4 MB for the bench's article) it took longer to unpickle, to pass through the
    frame's template (copied at each of its levels) and to encode than all the rest of a view."""

    title: SafeString  # the first title block, marked up; "" when the text has none
    summary: list[VerdictCount]
    claim_count: int
    edited: list[reader.EditedClaim]
    text: bytes  # in settings.DEFAULT_CHARSET


class PageState:
    """What one view of an article page shows, as its cache key knows it: the article as
    reader.article_for_page reads it (newest review and mention), its mention groups and where
    else its claims were checked."""

    def __init__(self, article: Article, request, *, current_revision: int | None = None):
        self.article = article  # maybe an earlier revision of it (reader.revision_view)
        self.current_revision = current_revision or article.revision
        self.current = article.revision == self.current_revision
        self.request = request
        self.hrefs = {}  # entity id -> its page, for the text's links, the panels and the entity list
        self.groups = reader.mention_groups(article)
        # Where else the reviewed claims were checked: it changes with other articles (a review,
        # a dismissal, a publication there), so it is read at every view and is part of the key;
        # not asked for when none of the article's reviewed claims has a suggested match, nor for
        # an earlier text, whose claims are matched no more (a revision drops their suggestions:
        # matching.services.drop_open_findings): its frame says so.
        self.elsewhere = reader.checked_elsewhere(article, request.user) if article.has_matches and self.current else {}

    @cached_property
    def shared(self) -> str:
        """The digest of the parts of every key of this page, the page's and its blocks'."""
        article = self.article
        return _digest(
            (
                article.pk,
                article.revision,
                # what the embedded ClaimReview says of the article, which an editor may change
                # in the admin (its slug too: a renamed article's page names its new address)
                (article.slug, article.title, article.source_url, article.published_on),
                (article.author, article.publisher),
                article.language,
                article.latest_mention,  # a re-annotation writes every mention again
                tuple(self.groups),
                tuple((claim_id, tuple(links)) for claim_id, links in sorted(self.elsewhere.items())),
                translation.get_language(),
                timezone.get_current_timezone_name(),
                self.request.build_absolute_uri("/"),  # the embedded ClaimReview's URLs are absolute
                TEMPLATES_DIGEST,
            )
        )

    def macros(self, name: str):
        """The macros of the template reader/`name` for this page (page_macros)."""
        return page_macros(name, translation.get_language(), self.article.language)

    @cached_property
    def key(self) -> str:
        return "reader:page:" + _digest((self.shared, self.article.review_ids_sum))

    @cached_property
    def blocks_key(self) -> str:
        """The key of the page's block fragments, each under its block_key."""
        return "reader:blocks:" + self.shared

    @staticmethod
    def block_key(block, claims: list[ClaimRow], first_title: bool) -> str:
        return _digest((block.kind, block.start, block.end, first_title, claims))


def page_macros(name: str, ui_language: str, article_language: str):
    """The macros of the template reader/`name` for a page in these languages (`ui_language`
    the active one), made once per process for each pair, not at every first view (making them
    cost some 70 µs): each template is asked of Jinja at every call, which under DEBUG reads it
    again once edited, and a template read again makes its macros anew."""
    env = engines["jinja2"].env
    template, tags = env.get_template(f"claims/reader/{name}"), env.get_template("claims/reader/verdict_tag.html")
    return _macros(template, tags, ui_language, article_language)


@lru_cache(maxsize=64)
def _macros(template, tags, ui_language: str, article_language: str):
    """`template`'s module with what every macro of a page reads besides its rows: the two
    languages, the verdicts' names and each verdict's tag (`tags`' macro: a page shows one per
    claim), in `ui_language` whatever the active language."""
    with translation.override(ui_language):
        labels = {value: str(label) for value, label in Verdict.choices}
        context = {"article_language": article_language, "ui_language": ui_language, "verdicts": labels}
        tag = tags.make_module(context).verdict_tag
        return template.make_module({**context, "verdict_tags": {value: tag(value) for value in labels}})


def _digest(parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def cached_page(state: PageState) -> ArticlePage:
    page = cache.get(state.key)
    if page is None:
        page = build_page(state)
        cache.set(state.key, page, settings.SAGA_READER_CACHE_SECONDS)
    return page


@dataclass(frozen=True)
class BlockFragment:
    """A block as cached: its HTML, and the ClaimReviews of its reviewed claims (exports)."""

    html: str
    claimreviews: list[dict]


def build_page(state: PageState) -> ArticlePage:
    """The page, its blocks taken from the cache where they are there: two queries besides the
    key's (its text with its reviews, its mentions; and a corrected article's edited claims),
    whatever the article's size (tests/claims/test_views.py pins them)."""
    article = state.article
    rows = reader.article_text(article)
    claims = rows.claims
    shown = [block for block in rows.blocks if block.kind != BlockKind.BOILERPLATE]
    first_title = next((block.pk for block in shown if block.kind == BlockKind.TITLE), None)
    fragments, mentions = block_fragments(state, rows, shown, first_title)
    title = next((f.html for block, f in zip(shown, fragments, strict=True) if block.pk == first_title), "")
    body = "".join(fragment.html for block, fragment in zip(shown, fragments, strict=True) if block.pk != first_title)
    parts = {
        "body": Markup(body),  # noqa: S704 - our templates' output
        "timeline": render_timeline(state, claims, [m for m in mentions if reader.is_timeline_date(m)]),
        "entities": render_entities(state),
        "claimreview": render_claimreview(state, [item for f in fragments for item in f.claimreviews]),
    }
    text = engines["jinja2"].get_template("claims/reader/page.html").render(parts)
    counts = Counter(claim.verdict for claim in claims)
    return ArticlePage(
        title=mark_safe(title),  # noqa: S308 - rendered by our templates
        summary=[VerdictCount(value, counts[value]) for value in Verdict.values],
        claim_count=len(claims),
        edited=reader.edited_claims(article),
        text=text.encode(settings.DEFAULT_CHARSET),
    )


def block_fragments(state: PageState, rows: reader.ArticleText, shown: list, first_title) -> tuple[list, list]:
    """The BlockFragment of each block of `shown`, taken from the cache where it is there and
    rendered where not, and the mentions read for them: those of the rendered blocks, and the
    timeline's dates (reader.page_mentions: one query)."""
    by_block = defaultdict(list)
    for claim in rows.claims:
        by_block[claim.block_id].append(claim)
    keys = {block.pk: state.block_key(block, by_block[block.pk], block.pk == first_title) for block in shown}
    cached = cache.get(state.blocks_key) or {}
    missing = [block for block in shown if keys[block.pk] not in cached]
    spans = None if len(missing) == len(shown) else [(block.start, block.end) for block in missing]
    mentions = reader.page_mentions(state.article, spans)
    if missing:
        rendered = {block.pk for block in missing}
        reviews = [review for review in rows.reviews if review.block_id in rendered]
        fresh = render_blocks(state, missing, by_block, first_title, mentions, reviews)
        cached.update((keys[pk], fragment) for pk, fragment in fresh.items())
        # Stored again with the text's blocks only: a block's earlier fragments go.
        cache.set(state.blocks_key, {key: cached[key] for key in keys.values()}, settings.SAGA_READER_CACHE_SECONDS)
    return [cached[keys[block.pk]] for block in shown], mentions


def render_blocks(state: PageState, blocks: list, by_block: dict, first_title, mentions, reviews) -> dict:
    """block pk -> its BlockFragment (reader/block.html), from `mentions` (those of the blocks,
    in order, and maybe others: the writer skips them) and `reviews`, every review of the blocks'
    claims (reader.article_text): the current ones for the panels, the latest for ClaimReview."""
    article = state.article
    current = {claim.review_id for block in blocks for claim in by_block[block.pk] if claim.review_id}
    claimreviews = block_claimreviews(state, reviews)
    reviews = {review.id: review for review in reviews if review.id in current}
    writer = BlockWriter(article.body, mentions, reviews, state.groups, state.elsewhere, state.hrefs)
    macros = state.macros("block.html")
    fragments = {}
    for block in blocks:
        title = block.pk == first_title  # the page's heading: its text alone, no claim marked
        view = writer.block(block, [] if title else by_block[block.pk])
        fragments[block.pk] = BlockFragment(str(macros.block_html(view, title)), claimreviews.get(block.pk, []))
    return fragments


def block_claimreviews(state: PageState, reviews: list[reader.ReviewRow]) -> dict[int, list[dict]]:
    """block pk -> the ClaimReviews of its reviewed claims, from their reviews `reviews`
    (reader.reviews), as GET /api/articles/<slug>/claimreview/ writes them."""
    if not state.current or not reviews:
        return {}  # an earlier text: its claims are no longer the ones reviewed
    latest = {review.claim_id: review for review in reviews}  # oldest first: the last one stays
    reviewed = [
        exports.Reviewed(review.claim_id, review.claim_text, review.verdict, review.created_at, review.rationale)
        for review in latest.values()
    ]
    by_block = defaultdict(list)
    for review, item in zip(latest.values(), claim_reviews(state, reviewed)["@graph"], strict=True):
        by_block[review.block_id].append(item)
    return by_block


def claim_reviews(state: PageState, reviewed: list) -> dict:
    # Verdict names in the article's language, as the API gives them: the export is about the article.
    with translation.override(state.article.language):
        return exports.claim_review_graph(
            state.article,
            reviewed,
            absolute=state.request.build_absolute_uri,
            organisation=settings.SAGA_ORGANISATION_NAME,
        )


def render_timeline(state: PageState, claims: list[ClaimRow], dates: list[reader.MentionRow]) -> SafeString:
    """The dated claims, oldest first and in reading order among equal dates, each date value once
    per claim (reader/timeline.html), from the claims' date mentions `dates`."""
    by_id = {claim.id: claim for claim in claims}
    dated, seen = [], set()
    for date in sorted(dates, key=lambda date: (date.date_earliest, date.start, date.id)):
        claim = by_id.get(date.claim_id)
        if claim is None or (claim.id, date.value) in seen:
            continue
        seen.add((claim.id, date.value))
        dated.append((claim, date.start, date.end, date.value, date.precision, date.date_earliest))
    if not dated:
        return SafeString("")
    # Cached by chunks, each under what it shows (its claims, whose words the key's revision fixes,
    # and their dates): after a review, one chunk is new, and only its entries are made.
    chunks = [dated[start : start + TIMELINE_CHUNK] for start in range(0, len(dated), TIMELINE_CHUNK)]
    keys = ["reader:timeline:" + _digest((state.shared, chunk)) for chunk in chunks]
    cached = cache.get_many(keys)
    macros = state.macros("timeline.html")
    shorten = shortener(TIMELINE_QUOTE_LENGTH)
    fresh = {
        key: str(macros.entries([timeline_entry(state.article.body, row, shorten) for row in chunk]))
        for key, chunk in zip(keys, chunks, strict=True)
        if key not in cached
    }
    cache.set_many(fresh, settings.SAGA_READER_CACHE_SECONDS)
    items = Markup("".join(cached.get(key) or fresh[key] for key in keys))  # noqa: S704 - our template's output
    return mark_safe(str(macros.timeline(items)))  # noqa: S308 - our template


def timeline_entry(body: str, row: tuple, shorten) -> TimelineEntry:
    claim, start, end, value, precision, earliest = row
    written = body[start:end]
    return TimelineEntry(
        claim_id=claim.id,
        verdict=claim.verdict,
        written=written,
        value=value,
        precision=precision,
        earliest=earliest,
        is_time=bool(reader.TIME_VALUE.match(value)),
        relative=not any(char.isdigit() for char in written),
        quote=shorten(body[claim.start : claim.end]),
    )


def render_entities(state: PageState) -> SafeString:
    """The entities named (reader/entities.html), cached under what every key of the page holds
    (the mention groups among it): a review does not render them again."""
    key = "reader:entities:" + state.shared
    html = cache.get(key)
    if html is None:
        entities = entity_counts(state.groups, state.hrefs)
        template = engines["jinja2"].get_template("claims/reader/entities.html")
        kinds = {value: str(label) for value, label in MentionLabel.choices}
        html = template.render({"entities": entities, "kinds": kinds}) if entities else ""
        cache.set(key, html, settings.SAGA_READER_CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - our template


def entity_counts(groups, hrefs: dict) -> list[EntityCount]:
    """The entities named in the article, most mentioned first, from its mention groups (`hrefs`:
    their pages, as the text's links made them)."""
    counts = Counter()
    names = {}
    for group in groups:
        counts[group.entity_id, group.label] += group.count
        names[group.entity_id] = group.name
    entities = [EntityCount(pk, names[pk], kind, count, entity_href(hrefs, pk)) for (pk, kind), count in counts.items()]
    return sorted(entities, key=lambda entity: (-entity.mentions, entity.name.casefold()))


def render_claimreview(state: PageState, items: list[dict]) -> SafeString:
    """The ClaimReview JSON-LD of the reviewed claims, the document of the API's export made of
    its blocks' items, in a data block (reader/claimreview.html); "" when none is reviewed."""
    if not items:
        return SafeString("")
    document = {**claim_reviews(state, []), "@graph": items}
    template = engines["jinja2"].get_template("claims/reader/claimreview.html")
    return mark_safe(template.render({"document": document}))  # noqa: S308 - our template
