"""Dates on the news-style sentences written for Saga (evaluation/dates_news.py): F1 above its floor."""

import importlib.util
import json
from pathlib import Path

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def test_eval_dates_news_stays_above_the_floor(db):
    spec = importlib.util.spec_from_file_location("saga_eval_dates_news", EVALUATION / "dates_news.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = json.loads((EVALUATION / "data" / "dates_news.fr.json").read_text(encoding="utf-8"))
    figures, misses = module.score(data)
    assert figures["f1"] >= 0.97, misses
