"""The spaCy component `saga_checkworthiness`: scores each sentence of a Doc by the signals of
annotations.nlp.checkworthiness and the weights of annotations.nlp.checkworthiness_model, and keeps
the signals in the Doc's state.

It lives apart from the signals so that reading a stored claim's signals again
(annotations.checkworthiness, for the review desk) imports no spaCy: the admin imports that, so
every web process and command would (tests/test_startup.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import Span, score
from annotations.nlp.state import Component, state


class _Marks:
    """Spans sorted by start, asked which lie within a sentence (in log time, not a full scan)."""

    def __init__(self, spans: Iterable[Span]):
        self._spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self._spans]

    def within(self, start: int, end: int) -> list:
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [span for span in self._spans[first:last] if span.end <= end]


@Language.factory("saga_checkworthiness", default_config={})
class CheckworthinessScorer(Component):
    """Scores every sentence of `doc._.saga` and records its signals (annotations.nlp.checkworthiness).

    Quantities are counted with amounts when a component has put them in the state.
    """

    def __call__(self, doc: Doc) -> Doc:
        saga = state(doc)
        entities, dates, money = _Marks(saga.entities), _Marks(saga.dates), _Marks(saga.money)
        quantities = _Marks(getattr(saga, "quantities", []))
        saga.checkworthiness, saga.checkworthiness_signals = [], []
        for start, end, _block in saga.sentences:
            found = read_signals(
                saga.text[start:end],
                start=start,
                entities=len({entity.canonical for entity in entities.within(start, end)}),
                dates=dates.within(start, end),
                money=money.within(start, end),
                quantities=quantities.within(start, end),
            )
            saga.checkworthiness.append(score(found))
            saga.checkworthiness_signals.append(found)
        return doc
