"""The spaCy component: `saga_dates` fills `doc._.saga.dates` and `doc.spans["saga_dates"]`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from annotations.nlp.dates.grammar import Grammar
from annotations.nlp.state import Component, state
from annotations.nlp.types import DateSpan

if not Span.has_extension("saga_date"):
    Span.set_extension("saga_date", default=None)  # the DateSpan (value, precision, bounds)


@lru_cache(maxsize=1)
def default_grammar() -> Grammar:
    return Grammar()


def find_dates(
    text: str, *, published: date | None = None, regions: list[tuple[int, int]] | None = None
) -> list[DateSpan]:
    """The dates of `text` (normalised), in order; only inside `regions` (sorted) when given."""
    return default_grammar().find(text, published=published, regions=regions)


@Language.factory("saga_dates", default_config={"spans_key": "saga_dates", "open_bounds": True})
class DateRecognizer(Component):
    """Fills `doc._.saga.dates` from the prose, titles and headings (boilerplate has none), and
    `doc.spans[spans_key]`, each span's `._.saga_date` holding its DateSpan."""

    def __init__(self, nlp: Language, name: str, spans_key: str, open_bounds: bool):
        super().__init__(nlp, name)
        self.spans_key = spans_key
        self.grammar = Grammar(open_bounds=open_bounds)

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        found = self.grammar.find(saga.text, published=saga.published, regions=saga.regions())
        saga.dates = [replace(span, text=saga.original[span.start : span.end]) for span in found]
        group = []
        for date_span in saga.dates:
            span = doc.char_span(date_span.start, date_span.end, alignment_mode="expand")
            if span is not None:
                span._.saga_date = date_span
                group.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=group)
        return doc
