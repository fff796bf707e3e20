"""The values an analysis returns: plain frozen dataclasses, free of spaCy objects.

Every offset is a Python str index into the text exactly as given to `analyse`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

BLOCK_KINDS = ("title", "heading", "paragraph", "quote", "boilerplate")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
PRECISIONS = ("year", "month", "day", "range")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str

    @property
    def yields_claims(self) -> bool:
        return self.kind in ("paragraph", "quote")


@dataclass(frozen=True)
class ClaimSpan:
    start: int
    end: int
    text: str
    checkworthiness: float
    block_index: int
    signals: dict[str, float] = field(default_factory=dict, compare=False)  # what the score was computed from


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    text: str
    label: str
    canonical: str


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    # ISO 8601: "2016", "2024-11", "2018-02-01", an interval "2015/2016" or one with an open end
    # ("../1999-12-31", "2015/..": that bound is date.min or date.max). All None for a date the
    # calendar cannot hold ("demain" published on 9999-12-31): the span is kept, unresolved.
    value: str | None
    precision: str | None
    earliest: date | None
    latest: date | None
    # The date an open interval runs from or to, as written: "2015" of "depuis 2015" (2015/..).
    named: str | None = None


@dataclass(frozen=True)
class MoneySpan:
    start: int
    end: int
    text: str
    min: Decimal | int | None  # None: an open lower bound ("moins de 10 euros"), or no sane value
    max: Decimal | int | None  # None: an open upper bound ("plus de 10 euros"), or no sane value
    currency: str  # ISO 4217


@dataclass(frozen=True)
class QuantitySpan:
    """A number that is not money: a percentage, a measure or a count of a named thing."""

    start: int
    end: int
    text: str
    min: Decimal | int | None  # None as for MoneySpan
    max: Decimal | int | None
    unit: str  # "%", a unit symbol ("km", "ha", "MW", "m²"), or the counted noun in the singular


def _date_json(found: DateSpan) -> dict:
    """A date as the annotate contract gives it: an open interval's `value` is the date it names,
    as TimeML's and the evaluation's gold give it ("depuis 2015": "2015", precision "year"), the
    interval itself its `interval` ("2015/..")."""
    if found.named is None:
        return {
            "start": found.start,
            "end": found.end,
            "text": found.text,
            "value": found.value,
            "precision": found.precision,
        }
    precision = "range" if "/" in found.named else {4: "year", 7: "month"}.get(len(found.named), "day")
    return {
        "start": found.start,
        "end": found.end,
        "text": found.text,
        "value": found.named,
        "precision": precision,
        "interval": found.value,
    }


def _number(value: Decimal | int | None) -> int | float | None:
    """JSON has no Decimal: whole amounts stay exact integers; an open bound is null."""
    if value is None:
        return None
    if isinstance(value, int) or value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True)
class Analysis:
    language: str
    title: str | None
    blocks: list[Block]
    claims: list[ClaimSpan]
    entities: list[EntitySpan]
    dates: list[DateSpan]
    money: list[MoneySpan]
    quantities: list[QuantitySpan] = field(default_factory=list)
    published: date | None = None  # the date relative expressions were resolved against

    def to_json(self) -> dict:
        """The object `manage.py annotate --format json` prints (DESIGN.md, "The annotate contract")."""
        # One literal, long on purpose: the contract reads here as DESIGN.md writes it.
        return {
            "language": self.language,
            "title": self.title,
            "blocks": [{"start": b.start, "end": b.end, "kind": b.kind} for b in self.blocks],
            "claims": [
                {"start": c.start, "end": c.end, "text": c.text, "checkworthiness": round(c.checkworthiness, 4)}
                for c in self.claims
            ],
            "entities": [
                {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "canonical": e.canonical}
                for e in self.entities
            ],
            "dates": [_date_json(d) for d in self.dates],
            "money": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "min": _number(m.min),
                    "max": _number(m.max),
                    "currency": m.currency,
                }
                for m in self.money
            ],
            "quantities": [
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "min": _number(q.min),
                    "max": _number(q.max),
                    "unit": q.unit,
                }
                for q in self.quantities
            ],
        }
