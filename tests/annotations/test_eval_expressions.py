"""Whole date expressions converted from Duckling's French corpus (evaluation/data/expressions.fr.json):
the share resolved to an accepted value stays above its floor (evaluation/expressions.py scores it
through `manage.py annotate`; this reads the same data through `analyse_many`)."""

import json
from datetime import date
from pathlib import Path

from annotations.nlp.pipeline import analyse_many

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions.fr.json"


def test_eval_date_expressions_stay_above_the_floor():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    published = date.fromisoformat(data["published"])
    expressions = data["dates"]
    analyses = analyse_many((item["text"] + "\n", "text", published) for item in expressions)
    exact = 0
    for item, analysis in zip(expressions, analyses, strict=True):
        spans = [d for d in analysis.dates if d.end - d.start >= len(item["text"]) / 2]
        exact += any(d.value in item["values"] for d in spans)
    assert exact / len(expressions) >= 0.90
