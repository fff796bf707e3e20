"""What the Saga components share on a Doc: `doc._.saga`, one `DocState` per analysed text.

The statistical model reads the normalised text; the state keeps the original beside it so
every span handed out quotes the text as given (offsets are the same, see `normalise`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, SpanGroup

from annotations.nlp.number_matches import number_windows
from annotations.nlp.types import Block, DateSpan, EntitySpan, MoneySpan, QuantitySpan

if not Doc.has_extension("saga"):
    Doc.set_extension("saga", default=None)
# The values of the spans in doc.spans["saga_money"] and doc.spans["saga_quantities"].
for _name in ("saga_min", "saga_max", "saga_currency", "saga_unit"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@dataclass
class DocState:
    original: str
    text: str  # normalised, what the Doc holds; read it here: Doc.text rebuilds the string each time
    blocks: list[Block]
    published: date | None = None
    title: str | None = None
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, block index
    entities: list[EntitySpan] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    money: list[MoneySpan] = field(default_factory=list)
    quantities: list[QuantitySpan] = field(default_factory=list)
    checkworthiness: list[float] = field(default_factory=list)  # one per sentence
    checkworthiness_signals: list = field(default_factory=list)  # one checkworthiness_model.Signals per sentence

    def __post_init__(self):
        self._block_starts = [block.start for block in self.blocks]
        self._words: set[str] | None = None
        self._number_windows: dict[tuple[int, int], list[int]] | None = None

    @property
    def words(self) -> set[str]:
        """The word forms of the text, as written: "cette" is in it only if written in lower case."""
        if self._words is None:
            self._words = set(re.findall(r"\w+", self.text))
        return self._words

    def number_windows(self) -> dict[tuple[int, int], list[int]]:
        """number_matches.number_windows of the text in regions(), or in the whole text when there is
        none, as the money and quantity matchers read it: found once, for both."""
        if self._number_windows is None:
            self._number_windows = number_windows(self.text, self.regions() or [(0, len(self.text))])
        return self._number_windows

    def block_at(self, offset: int) -> Block | None:
        """The block holding `offset`, if any (blocks are sorted and do not overlap)."""
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    def regions(self, kinds: tuple[str, ...] = ("title", "heading", "paragraph", "quote")) -> list[tuple[int, int]]:
        """The (start, end) of the blocks of the given kinds: by default all but boilerplate."""
        return [(block.start, block.end) for block in self.blocks if block.kind in kinds]


def state(doc: Doc) -> DocState:
    saga = doc._.saga
    if saga is None:
        raise ValueError("this Doc was not prepared by annotations.nlp.pipeline (doc._.saga is missing)")
    return saga


def set_value_spans(doc: Doc, key: str, label: str, found: list[MoneySpan] | list[QuantitySpan]) -> None:
    """Puts `found` in `doc.spans[key]` as spans labelled `label`, each carrying its bounds and its
    currency or unit as `span._.saga_min`, `saga_max`, `saga_currency` / `saga_unit`."""
    spans = []
    for value in found:
        # Spans hold whole tokens: where the tokenizer glued a neighbour on ("M$." is one token),
        # the span takes the whole token, and the exact text stays in doc._.saga.
        span = doc.char_span(value.start, value.end, label=label) or doc.char_span(
            value.start, value.end, label=label, alignment_mode="expand"
        )
        if span is None:
            continue
        span._.saga_min, span._.saga_max = value.min, value.max
        if isinstance(value, MoneySpan):
            span._.saga_currency = value.currency
        else:
            span._.saga_unit = value.unit
        spans.append(span)
    doc.spans[key] = SpanGroup(doc, name=key, spans=spans)


class Component:
    """What spaCy hands every Saga component: the pipeline and the component's name.

    Subclasses are registered with `@Language.factory` and do their work in `__call__(doc)`,
    reading and writing `doc._.saga`.
    """

    def __init__(self, nlp, name: str):
        self.name = name
