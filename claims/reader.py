"""The reader's page: an article body marked up with its claims, verdicts, entities and dates.

The body is stored as given and every annotation is an offset span into it (end exclusive), so
the page is built by walking the spans in reading order and escaping each piece of text between
them. The markup of the body, the review panels and the timeline is assembled here rather than
in templates, from light rows rather than model instances, because an article may hold
thousands of claims and tens of thousands of mentions: the template engine and the ORM cost
microseconds per node and per object (bench/reader.py measures this page against plain text).

Safety: every piece of article text, rationale, source and entity name goes through `escape`;
only the assembled string, made of escaped text and our own tags, is marked safe. Source links
are emitted only for http(s) URLs.
"""

import re
from collections import Counter
from dataclasses import dataclass
from html import escape

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from annotations.models import ENTITY_LABELS, Entity, Mention, MentionLabel
from claims.models import Article, BlockKind, Claim, Review, Source, Verdict

VERDICT_ICONS = {Verdict.SOURCED: "✓", Verdict.DISPUTED: "✗", Verdict.UNVERIFIED: "?"}
# What <time datetime> accepts among Saga's normalised values; ranges ("2015/2016") are not.
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Only these schemes become links: a `javascript:` or `data:` URL stays inert text. Matched on
# the raw value, so what the browser sees as the scheme is what was checked.
WEB_URL = re.compile(r"^https?://", re.IGNORECASE)
QUOTE_LENGTH = 90
TIMELINE_QUOTE_LENGTH = 80


@dataclass(frozen=True)
class EntityCount:
    id: int
    name: str
    kind: str
    mentions: int

    @property
    def kind_label(self) -> str:
        return MentionLabel(self.kind).label


@dataclass(frozen=True)
class VerdictCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class ReaderPage:
    title: SafeString | None  # the first title block, marked up; None when the text has none
    body: SafeString
    timeline: SafeString  # an <ol>, empty when no shown claim is dated
    claim_count: int
    summary: list[VerdictCount]
    shown_count: int
    entities: list[EntityCount]


def visible_entities(user):
    """Entities mentioned in at least one article `user` may read: no name leaks from a draft."""
    readable = Mention.objects.filter(entity=OuterRef("pk"), article__in=Article.objects.visible_to(user))
    return Entity.objects.filter(Exists(readable))


def article_mentions(article: Article):
    """The mentions of the article's current revision as light rows in reading order: one query.

    Ordered by start only, which the (article, revision, start) index serves; build_page puts the
    longer of two mentions starting together first.
    """
    return (
        Mention.objects.filter(article=article, revision=article.revision)
        .order_by("start")
        .values_list(
            "start",
            "end",
            "label",
            "claim_id",
            "entity_id",
            "value",
            "precision",
            "date_earliest",
            "amount_min",
            "amount_max",
            "currency",
            named=True,
        )
    )


def current_reviews(article: Article) -> dict[int, tuple]:
    """claim id -> (review row, [source rows]) for the reviewed current claims: two queries."""
    current = Review.objects.current_for(article)
    reviews = current.values_list("id", "claim_id", "rationale", "created_at", named=True)
    sources: dict[int, list] = {}
    rows = (
        Source.objects.filter(review__in=current.values("id"))
        .order_by("review_id", "id")
        .values_list("review_id", "url", "title", "publisher", "published_on", "excerpt", named=True)
    )
    for source in rows:
        sources.setdefault(source.review_id, []).append(source)
    return {review.claim_id: (review, sources.get(review.id, [])) for review in reviews}


def build_page(article: Article, *, verdict: str = "") -> ReaderPage:
    """Everything the reader's page shows of `article`, in six queries whatever its size
    (blocks, claims, mentions, entity names, reviews, sources).

    `verdict`, if one of Verdict.values, keeps only the claims with that verdict marked (and in
    the timeline); the others stay in the text, unmarked.
    """
    blocks = article.blocks.filter(revision=article.revision).order_by("start")
    blocks = blocks.values_list("kind", "start", "end", named=True)
    claims = list(Claim.objects.for_reader(article))
    mentions = sorted(article_mentions(article), key=lambda mention: (mention.start, -mention.end))
    entity_ids = {mention.entity_id for mention in mentions if mention.entity_id is not None}
    names = dict(Entity.objects.filter(pk__in=entity_ids).values_list("id", "name")) if entity_ids else {}
    shown = {verdict} if verdict in Verdict.values else set(Verdict.values)
    writer = PageWriter(article, mentions, names, current_reviews(article), shown)
    title, body = writer.write(blocks, claims)
    counts = Counter(claim.verdict for claim in claims)
    return ReaderPage(
        title=title,
        body=body,
        timeline=writer.timeline([claim for claim in claims if claim.verdict in shown]),
        claim_count=len(claims),
        summary=[VerdictCount(value, label, counts[value]) for value, label in Verdict.choices],
        shown_count=sum(counts[value] for value in shown),
        entities=_entity_counts(mentions, names),
    )


def _entity_counts(mentions: list, names: dict[int, str]) -> list[EntityCount]:
    counts = Counter((m.entity_id, m.label) for m in mentions if m.entity_id is not None)
    entities = [EntityCount(id=pk, name=names[pk], kind=kind, mentions=n) for (pk, kind), n in counts.items()]
    return sorted(entities, key=lambda entity: (-entity.mentions, entity.name.casefold()))


def _text(piece: str) -> str:
    """Escaped text for an element's content; a line break inside a block stays a line break.

    Quotes need no escaping outside attributes, and French text is full of apostrophes: leaving
    them as they are keeps the page smaller. Attribute values go through `escape` in full.
    """
    piece = escape(piece, quote=False)
    if "\n" in piece:
        piece = piece.replace("\r\n", "\n").replace("\n", "<br>")
    return piece


def _shortened(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _amount(value) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value)


class _Memo(dict):
    """A dict that computes missing values: dates and URLs repeat across thousands of claims."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        value = self[key] = self.compute(key)
        return value


class PageWriter:
    """Writes the blocks of one article, consuming its claims and mentions in offset order."""

    def __init__(self, article: Article, mentions: list, names: dict[int, str], reviews: dict, shown: set[str]):
        self.body = article.body
        self.article_lang = escape(article.language)
        self.mentions = mentions
        self.next_mention = 0
        self.reviews = reviews
        self.shown = shown
        ui_language = get_language() or ""
        # Interface words inside the article (verdict tags) are marked with their own language.
        ui_lang = f' lang="{escape(ui_language)}"' if ui_language != article.language else ""
        self.tags = {
            value: (
                # The leading space parts the tag from the claim for screen readers and copies; an
                # inline-block drops it on screen, where a margin does that job.
                f'<span class="verdict-tag" data-verdict="{value}"{ui_lang}> '
                f'<span class="verdict-icon" aria-hidden="true">{VERDICT_ICONS[value]}</span> {escape(str(label))}</span>'
            )
            for value, label in Verdict.choices
        }
        self.words = {
            "no_rationale": escape(_("No rationale was given.")),
            "sources": escape(_("Sources")),
            "reviewed": escape(_("Last reviewed on")),
            "mentioned": escape(_("Mentioned:")),
            "back": escape(_("Back to the text")),
            "verdict": escape(_("Verdict:")),
        }
        self.entity_urls = _Memo(lambda pk: escape(reverse("claims:entity-detail", kwargs={"pk": pk})))
        self.entity_links = _Memo(lambda pk: f'<a href="{self.entity_urls[pk]}">{_text(names[pk])}</a>')
        self.day_words = _Memo(lambda day: escape(formats.date_format(day, "DATE_FORMAT")))
        self.claim_entities: dict[int, dict[int, None]] = {}
        self.dates: list[tuple] = []  # (earliest, position, date mention, claim) for the timeline

    def write(self, blocks, claims: list) -> tuple[SafeString | None, SafeString]:
        """The first title block (the page's heading) and the rest of the text, as HTML."""
        out, title, next_claim = [], None, 0
        for block in blocks:
            if block.kind == BlockKind.BOILERPLATE:
                continue  # site chrome: not shown, and what lies in it is skipped below
            # Claims that start before this block lie in hidden boilerplate or overlap: skipped.
            while next_claim < len(claims) and claims[next_claim].start < block.start:
                next_claim += 1
            inside = []
            while next_claim < len(claims) and claims[next_claim].end <= block.end:
                if not inside or claims[next_claim].start >= inside[-1].end:
                    inside.append(claims[next_claim])
                next_claim += 1
            content, panels = self._block_content(block, inside)
            if block.kind == BlockKind.TITLE and title is None:
                title = mark_safe(content)  # noqa: S308 - built from escaped pieces only
            elif block.kind in (BlockKind.TITLE, BlockKind.HEADING):
                out.append(f"<h2>{content}</h2>")
            elif block.kind == BlockKind.QUOTE:
                out.append(f"<blockquote><p>{content}</p></blockquote>")
            else:
                out.append(f"<p>{content}</p>")
            if panels:
                out.append(f'<div class="reviews">{"".join(panels)}</div>')
        return title, mark_safe("\n".join(out))  # noqa: S308 - built from escaped pieces only

    def _block_content(self, block, claims: list) -> tuple[str, list[str]]:
        parts, panels, cursor = [], [], block.start
        for claim in claims:
            parts.append(self._marked(cursor, claim.start, None))
            inner = self._marked(claim.start, claim.end, claim)
            if claim.verdict not in self.shown:
                parts.append(f'<span class="claim claim-muted" id="claim-{claim.id}">{inner}</span>')
            elif claim.id in self.reviews:
                parts.append(
                    f'<a class="claim" id="claim-{claim.id}" href="#review-{claim.id}" data-verdict="{claim.verdict}">'
                    f"{inner}{self.tags[claim.verdict]}</a>"
                )
                panels.append(self._panel(claim))
            else:
                # Never reviewed: labelled, but with nothing to open it is no link, and keyboard
                # users do not tab through every unchecked sentence to reach the checked ones.
                parts.append(
                    f'<span class="claim" id="claim-{claim.id}" data-verdict="{claim.verdict}">'
                    f"{inner}{self.tags[claim.verdict]}</span>"
                )
            cursor = claim.end
        parts.append(self._marked(cursor, block.end, None))
        return "".join(parts), panels

    def _marked(self, start: int, end: int, claim) -> str:
        """body[start:end] escaped, with the mentions lying wholly inside it marked.

        Mentions come sorted by (start, -end); one that overlaps an earlier mention or crosses
        the boundary of a claim is left unmarked, its text is still shown.
        """
        body, mentions, index = self.body, self.mentions, self.next_mention
        if index == len(mentions) or mentions[index].start >= end:
            return _text(body[start:end])
        parts, cursor = [], start
        while index < len(mentions) and mentions[index].start < end:
            mention = mentions[index]
            index += 1
            if mention.start < cursor or mention.end > end:
                continue
            parts.append(_text(body[cursor : mention.start]))
            parts.append(self._mention(mention, _text(body[mention.start : mention.end]), claim))
            cursor = mention.end
        self.next_mention = index
        parts.append(_text(body[cursor:end]))
        return "".join(parts)

    def _mention(self, mention, text: str, claim) -> str:
        label = mention.label
        if label in ENTITY_LABELS:
            if mention.entity_id is None:
                return f'<span class="entity" data-kind="{label}">{text}</span>'
            if claim is not None:
                # A link cannot nest in the claim's link: the claim's panel links the entity.
                self.claim_entities.setdefault(claim.id, {})[mention.entity_id] = None
                return f'<span class="entity" data-kind="{label}">{text}</span>'
            return f'<a class="entity" data-kind="{label}" href="{self.entity_urls[mention.entity_id]}">{text}</a>'
        if label == MentionLabel.DATE:
            if claim is not None and mention.date_earliest is not None:
                self.dates.append((mention.date_earliest, claim.position, mention, claim))
            if TIME_VALUE.match(mention.value):
                return f'<time class="date" datetime="{mention.value}">{text}</time>'
            return f'<data class="date" value="{escape(mention.value)}">{text}</data>'
        if label == MentionLabel.MONEY and mention.amount_min is not None:
            low, high = _amount(mention.amount_min), _amount(mention.amount_max)
            value = low if low == high else f"{low}/{high}"
            return f'<data class="amount" value="{escape(f"{value} {mention.currency}".strip())}">{text}</data>'
        return f'<span class="mention">{text}</span>'

    def _panel(self, claim) -> str:
        """A reviewed claim's verdict, rationale, sources and last review date, shown when activated."""
        words, pk = self.words, claim.id
        quote = _text(_shortened(self.body[claim.start : claim.end], QUOTE_LENGTH))
        review, sources = self.reviews[pk]
        parts = [
            f'<div class="review" id="review-{pk}" role="group" aria-labelledby="review-{pk}-title" '
            f'tabindex="-1" data-verdict="{claim.verdict}">'
            f'<p class="review-title" id="review-{pk}-title"><span class="visually-hidden">{words["verdict"]} </span>'
            f'{self.tags[claim.verdict]} <q lang="{self.article_lang}">{quote}</q></p>'
        ]
        rationale = _text(review.rationale) if review.rationale else words["no_rationale"]
        parts.append(f'<p class="review-rationale">{rationale}</p>')
        if sources:
            items = "".join(f"<li>{self._source(source)}</li>" for source in sources)
            parts.append(
                f'<p class="review-sources-title">{words["sources"]}</p><ul class="review-sources">{items}</ul>'
            )
        reviewed = timezone.localtime(review.created_at)
        parts.append(
            f'<p class="review-date">{words["reviewed"]} <time datetime="{reviewed.isoformat()}">'
            f"{self.day_words[reviewed.date()]}</time></p>"
        )
        entities = self.claim_entities.get(pk)
        if entities:
            links = ", ".join(self.entity_links[entity_id] for entity_id in entities)
            parts.append(f'<p class="review-entities">{words["mentioned"]} {links}</p>')
        parts.append(f'<p class="review-back"><a href="#claim-{pk}">{words["back"]}</a></p></div>')
        return "".join(parts)

    def _source(self, source) -> str:
        title = _text(source.title or source.url)
        if source.url and WEB_URL.match(source.url):
            html = f'<a class="source-link" href="{escape(source.url)}" rel="noopener noreferrer">{title}</a>'
        else:
            html = f'<span class="source-title">{title}</span>'
        details = [_text(source.publisher)] if source.publisher else []
        if source.published_on:
            day = source.published_on
            details.append(f'<time datetime="{day.isoformat()}">{self.day_words[day]}</time>')
        if details:
            html += f'<span class="source-meta">, {", ".join(details)}</span>'
        if source.excerpt:
            html += f'<blockquote class="source-excerpt">{_text(source.excerpt)}</blockquote>'
        return html

    def timeline(self, claims: list) -> SafeString:
        """The dated claims among `claims`, oldest first, each date as written in the article."""
        wanted, seen, entries = {claim.id for claim in claims}, set(), []
        for _earliest, _position, mention, claim in sorted(self.dates, key=lambda row: row[:2]):
            if claim.id not in wanted or (claim.id, mention.value) in seen:
                continue
            seen.add((claim.id, mention.value))
            written = self.body[mention.start : mention.end]
            tag = "time" if TIME_VALUE.match(mention.value) else "span"
            when = f' datetime="{mention.value}"' if tag == "time" else ""
            # A relative date ("hier") says nothing out of its sentence: its value is added.
            extra = (
                ""
                if any(c.isdigit() for c in written)
                else f' <span class="timeline-normalised">({_in_words(mention)})</span>'
            )
            quote = _text(_shortened(self.body[claim.start : claim.end], TIMELINE_QUOTE_LENGTH))
            entries.append(
                f'<li class="timeline-entry" data-verdict="{claim.verdict}">'
                f'<{tag} class="timeline-date"{when} lang="{self.article_lang}">{_text(written)}</{tag}>{extra} '
                f'<a class="timeline-claim" href="#claim-{claim.id}" lang="{self.article_lang}">{quote}</a> '
                f"{self.tags[claim.verdict]}</li>"
            )
        if not entries:
            return mark_safe("")
        return mark_safe(f'<ol class="timeline-list">{"".join(entries)}</ol>')  # noqa: S308 - escaped pieces


def _in_words(mention) -> str:
    if mention.precision == "year":
        return str(mention.date_earliest.year)
    if mention.precision == "month":
        return escape(formats.date_format(mention.date_earliest, "YEAR_MONTH_FORMAT"))
    if mention.precision == "day":
        return escape(formats.date_format(mention.date_earliest, "DATE_FORMAT"))
    return escape(mention.value)
