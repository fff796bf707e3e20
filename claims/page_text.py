"""The article's text as the reader's page shows it: each block as one run of segments (text, a
mention marked, a claim's start or end) with the review panels of its claims, made of the rows of
claims/reader.py, as the templates of claims/jinja2/claims/reader/ read them (claims/article_page.py
puts the page together).
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import pgettext

from annotations.models import ENTITY_LABELS, MentionLabel
from claims import reader
from claims.reader import ClaimRow, MentionRow

# How each label is marked (reader/marked.html): entities by kind, dates by value, and amounts by
# `<data value>`, the field named here giving the unit (a field of reader.MentionRow, which reads
# the unit fields Mention has). A new amount-like label is one line here.
AMOUNT_UNITS = {MentionLabel.MONEY.value: "currency", MentionLabel.QUANTITY.value: "unit"}
ENTITY_KINDS = frozenset(ENTITY_LABELS)
QUOTE_LENGTH = 90


class Segment(NamedTuple):  # a tuple: a page makes hundreds, and a tuple is quick to make
    """A piece of a text as claims/jinja2/claims/reader/marked.html shows it. `kind` "" is plain
    text; a mention is "entity", "date", "amount" or "mention" (a label marked by its kind only),
    `label` its label, `value` a date's normalised value or an amount's `<data value>`, `href` an
    entity's page when the mention is a link; "break" is a line break. On the reader's page, a
    block's text also holds its claims' starts and ends, "claim" and "claim-end" (no text):
    `label` the claim's verdict, `value` its id and `href` its review panel when it has one."""

    text: str
    kind: str = ""
    label: str = ""
    value: str = ""
    is_time: bool = False
    href: str = ""


@dataclass(frozen=True)
class ReviewView:
    rationale: str  # shown with its line breaks (Django's linebreaksbr)
    sources: list[reader.SourceRow]
    created_at: datetime
    entities: list["EntityLink"]
    elsewhere: list[reader.CheckedElsewhere] = field(default_factory=list)


@dataclass(frozen=True)
class EntityLink:
    name: str
    href: str


@dataclass(frozen=True)
class Panel:
    """A reviewed claim's review panel: the claim's id and verdict, its text shortened."""

    claim_id: int
    verdict: str
    quote: str
    review: ReviewView


@dataclass(frozen=True)
class BlockView:
    """A block as its template reads it: its text as one run of segments (its claims' starts and
    ends marked among its mentions), and the review panels of its reviewed claims."""

    kind: str
    segments: list[Segment] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)


class BlockWriter:
    """Turns rows into BlockViews: each block's text as one run of segments (text, a mention
    marked, or a claim's start or end) and the review panels of its reviewed claims."""

    def __init__(
        self,
        body: str,
        mentions: list[MentionRow],
        reviews: dict,
        groups,
        elsewhere: dict | None = None,
        hrefs: dict | None = None,
    ):
        self.body = body
        self.mentions = mentions
        self.next_mention = 0
        self.reviews = reviews
        self.elsewhere = elsewhere or {}
        self.names = {group.entity_id: group.name for group in groups}
        self.hrefs = {} if hrefs is None else hrefs  # shared with the page's entity list
        self.shorten = shortener(QUOTE_LENGTH)
        self.zone = timezone.get_current_timezone()  # once: looking it up costs more than converting

    def block(self, block, claims: list[ClaimRow]) -> BlockView:
        """The block's segments and panels; a claim that overlaps the previous one or leaves the
        block is shown as plain text."""
        view, cursor = BlockView(block.kind), block.start
        self._skip_to(block.start)
        for claim in claims:
            if claim.start < cursor or claim.end > block.end:
                continue
            if cursor < claim.start:
                self.add_segments(view.segments, cursor, claim.start, linked=True)
            self.add_claim(view, claim)
            cursor = claim.end
        self.add_segments(view.segments, cursor, block.end, linked=True)
        return view

    def add_claim(self, view: BlockView, claim: ClaimRow) -> None:
        """The claim's segments between its start and its end, and its panel if it is reviewed."""
        review = self.reviews.get(claim.review_id)
        href = f"#review-{claim.id}" if review is not None else ""
        view.segments.append(Segment("", "claim", claim.verdict, str(claim.id), href=href))
        first = self.next_mention
        self.add_segments(view.segments, claim.start, claim.end, linked=False)
        view.segments.append(Segment("", "claim-end", claim.verdict, href=href))
        if review is not None:
            named = {m.entity_id: None for m in self.mentions[first : self.next_mention] if m.entity_id}
            shown = self.review_view(review, named, self.elsewhere.get(claim.id, []))
            quote = self.shorten(self.body[claim.start : claim.end])
            view.panels.append(Panel(claim.id, claim.verdict, quote, shown))

    def review_view(self, review, entity_ids, elsewhere=()) -> ReviewView:
        entities = [EntityLink(self.names[pk], self.href(pk)) for pk in entity_ids if self.names.get(pk)]
        created_at = timezone.localtime(review.created_at, self.zone)
        return ReviewView(review.rationale, review.sources, created_at, entities, list(elsewhere))

    def _skip_to(self, start: int) -> None:
        while self.next_mention < len(self.mentions) and self.mentions[self.next_mention].start < start:
            self.next_mention += 1

    def segments(self, start: int, end: int, *, linked: bool) -> list[Segment]:
        """body[start:end] as segments (add_segments)."""
        parts = []
        self.add_segments(parts, start, end, linked=linked)
        return parts

    def add_segments(self, parts: list[Segment], start: int, end: int, *, linked: bool) -> None:
        """Appends body[start:end] to `parts` as segments, the mentions lying wholly inside it
        marked; one that overlaps an earlier mention or crosses `end` is left as text. Entities
        are links when `linked` (a claim is a link itself: no link inside it)."""
        body, mentions, cursor = self.body, self.mentions, start
        while self.next_mention < len(mentions) and (mention := mentions[self.next_mention]).start < end:
            self.next_mention += 1
            if mention.start < cursor or mention.end > end:
                continue
            if cursor < mention.start:
                parts += text_segments(body[cursor : mention.start])
            parts.append(self.mark(mention, linked))
            cursor = mention.end
        if cursor < end:
            parts += text_segments(body[cursor:end])

    def mark(self, mention: MentionRow, linked: bool) -> Segment:
        """The mention's text, marked by its label."""
        text, label = self.body[mention.start : mention.end], mention.label
        if label in ENTITY_KINDS:
            entity_id = mention.entity_id
            return Segment(
                text, "entity", label, href=self.href(entity_id) if linked and entity_id in self.names else ""
            )
        if label == MentionLabel.DATE:
            value = mention.value
            return Segment(text, "date", label, value, is_time=bool(reader.TIME_VALUE.match(value)))
        if label in AMOUNT_UNITS:
            return Segment(text, "amount", label, amount_value(mention, getattr(mention, AMOUNT_UNITS[label])))
        return Segment(text, "mention", label)

    def href(self, entity_id: int) -> str:
        return entity_href(self.hrefs, entity_id)


def entity_href(hrefs: dict, entity_id: int) -> str:
    """The entity's page, looked up once for a page: `hrefs` keeps them."""
    if entity_id not in hrefs:
        hrefs[entity_id] = _entity_path(get_script_prefix(), entity_id)
    return hrefs[entity_id]


@lru_cache(maxsize=8192)
def _entity_path(script_prefix: str, entity_id: int) -> str:
    """Reversed once per process (some 15 µs each, a page names dozens); what reverse() reads
    besides the id is the URLconf, fixed for the process, and the script prefix, in the key."""
    return reverse("claims:entity-detail", kwargs={"pk": entity_id})


def shortener(length: int):
    """A function cutting a text as Truncator(text).chars(length) does in the active language,
    its ellipsis translated once for the page, not at every call as Truncator does."""
    ellipsis = pgettext("String to return when truncating text", "%(truncated_text)s…")

    def shorten(text: str) -> str:
        text = unicodedata.normalize("NFC", text)  # as Truncator measures it
        return text if len(text) <= length else Truncator(text).chars(length, ellipsis)

    return shorten


LINE_BREAK = Segment("", "break")


def text_segments(text: str) -> list[Segment]:
    """Plain text as segments, a line break inside a block kept as one (a <br>)."""
    if "\n" not in text:
        return [Segment(text)]
    lines = text.replace("\r\n", "\n").split("\n")
    parts = [Segment(lines[0])]
    for line in lines[1:]:
        parts += [LINE_BREAK, Segment(line)]
    return parts


def amount_value(mention: MentionRow, unit: str) -> str:
    """An amount's `<data value>`: "min unit", or "min/max unit" for a range (a bound left empty
    when open), or "" when it has no bound."""
    low, high = _number(mention.amount_min), _number(mention.amount_max)
    if not low and not high:
        return ""
    value = low if low == high else f"{low}/{high}"
    return f"{value} {unit}".strip()


def _number(value) -> str:
    """As the field holds it, whatever the database returns ("5", "5.0", "5.00"): 5, 5.5."""
    if value is None:
        return ""
    value = Decimal(value)
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())
