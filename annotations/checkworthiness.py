"""Why a stored claim scored what it did: its check-worthiness signals, read again for the review desk.

The signals are not stored: they are read again from the claim's text and its mentions (the
entities, dates, amounts and quantities the annotation marked and editors curated), by the same
`read_signals` the pipeline's component runs, and weighted by the same fitted weights. That
needs no spaCy run and no extra query (the claim pages prefetch the mentions). When the weights
or the marks changed since the claim was scored, the score from its signals differs from the
stored one, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from annotations.models import ENTITY_LABELS, MentionLabel
from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import MODEL, Contribution, Model
from annotations.nlp.normalise import normalise

SIGNAL_LABELS = {
    "entities": _("people, organisations and places named"),
    "figures": _("figures: amounts, dates, quantities, numbers"),
    "money": _("an amount of money"),
    "date": _("a date"),
    "reported": _("reported by a source"),
    "past_event": _("an event in the past"),
    "comparison": _("a comparison or a change"),
    "opinion": _("an opinion, a judgement or a greeting"),
    "modal": _("a modal (must, could)"),
    "prediction": _("a forecast"),
    "question": _("a question"),
    "first_person": _("the author or speaker speaking"),
    "personal": _("a person's life: age, birth, death, family"),
    "practical": _("practical information: an entry, a ticket or a registration and its price"),
    "quotation": _("someone's words, quoted first"),
    "length": _("length (tens of words)"),
}


@dataclass(frozen=True)
class SignalRow:
    label: str
    contribution: Contribution


@dataclass(frozen=True)
class Explanation:
    rows: list[SignalRow]  # the signals present, largest effect first
    bias: float
    score: float
    stored: float  # the claim's score as stored

    @property
    def outdated(self) -> bool:
        """The stored score was computed with other weights or other marks."""
        return abs(self.score - self.stored) >= 0.005


def explain_claim(claim, mentions, model: Model = MODEL) -> Explanation:
    """The signals of `claim` read from its text and `mentions` (its Mention rows), weighted."""
    found = read_signals(
        normalise(claim.text),
        start=claim.start,
        entities=len({m.entity_id or m.text for m in mentions if m.label in ENTITY_LABELS}),
        dates=[m for m in mentions if m.label == MentionLabel.DATE],
        money=[m for m in mentions if m.label == MentionLabel.MONEY],
        # Any other mark is a figure: the quantities, whatever their label, where they are marked.
        quantities=[m for m in mentions if m.label not in (*ENTITY_LABELS, MentionLabel.DATE, MentionLabel.MONEY)],
    )
    present = [part for part in model.contributions(found) if part.value]
    rows = [SignalRow(str(SIGNAL_LABELS[part.signal]), part) for part in sorted(present, key=lambda p: -abs(p.amount))]
    return Explanation(rows=rows, bias=model.bias, score=model.score(found), stored=claim.checkworthiness)
