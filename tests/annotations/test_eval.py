"""Quality on the demo, scored by evaluation/score.py: the thresholds of issue 3."""

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from tests.evaluation_scripts import evaluation_script

REPO = Path(__file__).resolve().parents[2]
EVALUATION = REPO / "evaluation"
GOLD = EVALUATION / "data" / "demo.gold.json"
SEED = REPO / "fixtures" / "openai-saga.fr.txt"
ALIASES = REPO / "fixtures" / "openai-saga.entities.json"


def load_scorer():
    return evaluation_script("score").score


def evaluate(*options) -> dict:
    out = StringIO()
    call_command("annotate", str(SEED), "--format", "json", *options, stdout=out)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return load_scorer()(gold, json.loads(out.getvalue()), SEED.read_text(encoding="utf-8"))


def test_eval_demo_meets_the_targets_without_aliases():
    result = evaluate()
    assert result["claims"]["f"] >= 0.97
    assert result["entities"]["f"] >= 0.92
    assert result["dates"]["f"] == 1.0
    assert result["money"]["f"] == 1.0
    assert result["checkworthy_r_precision"] >= 0.80


def test_eval_demo_meets_the_targets_with_the_fixture_aliases():
    result = evaluate("--aliases", str(ALIASES))
    assert result["entities"]["f"] >= 0.98
    assert result["canonical_accuracy"] >= 0.95
