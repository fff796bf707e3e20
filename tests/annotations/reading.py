"""What the analysis finds in a text, in the shapes the tests compare: one definition for the
test modules of the recognisers."""

import json
from datetime import date
from pathlib import Path

from annotations.nlp.dates import find_dates
from annotations.nlp.money import find_money
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse, analyse_many


def labelled(text: str, published: date | None = None) -> set[tuple[str, str]]:
    """The entities found in `text`, as (name, label) pairs."""
    return {(entity.text, entity.label) for entity in analyse(text, published=published).entities}


def amounts(text: str) -> list[tuple[str, float | None, float | None, str]]:
    """The amounts of money found in `text`, as (text, min, max, currency), the bounds as floats."""
    found = find_money(normalise(text))
    return [(m.text, _float(m.min), _float(m.max), m.currency) for m in found]


def date_values(text: str, published: date) -> list[tuple[str, str | None]]:
    """The dates found in `text`, as (text, ISO value)."""
    return [(found.text, found.value) for found in find_dates(normalise(text), published=published)]


def sentences_with_a_date_or_an_amount(path: Path) -> list[str]:
    """The sentences of an expressions set's `none` list in which the pipeline finds a date or an amount,
    each read on the set's publication day."""
    data = json.loads(path.read_text(encoding="utf-8"))
    published = date.fromisoformat(data["published"])
    analyses = analyse_many((item["text"] + "\n", "text", published) for item in data["none"])
    return [item["text"] for item, found in zip(data["none"], analyses, strict=True) if found.dates or found.money]


def _float(value) -> float | None:
    return None if value is None else float(value)
