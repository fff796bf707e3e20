"""What the analysis finds in a text, in the shapes the tests compare: one definition for the
test modules of the recognisers."""

from datetime import date

from annotations.nlp.dates import find_dates
from annotations.nlp.money import find_money
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse


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


def _float(value) -> float | None:
    return None if value is None else float(value)
