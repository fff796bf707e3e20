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


def table_cases(table: str) -> list[tuple[str, str, str]]:
    """The rows of a table of cases, one a line: the sentence, the name and its label (or "-"), separated by
    " | "; lines opening on "#" say what the lines under them try."""
    rows = [line.split(" | ") for line in table.strip().splitlines() if not line.startswith("#")]
    return [(text, name, label) for text, name, label in rows]


def assert_named(text: str, name: str, label: str) -> None:
    """`text` names `name` with `label`, or, for the label "-", names nothing so."""
    found = labelled(text)
    if label == "-":
        assert name not in {found_name for found_name, _ in found}
    else:
        assert (name, label) in found


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
