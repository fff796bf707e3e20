#!/usr/bin/env python3
"""Scores dates on news-style sentences written for Saga (evaluation/data/dates_news.fr.json).

    .venv/bin/python evaluation/dates_news.py evaluation/data/dates_news.fr.json [-v]

Run from the project's root. Each sentence goes through the whole pipeline (`annotations.nlp.pipeline.analyse`)
with its own publication date. A found date is right when its span overlaps an expected date's
text and its value is the expected value. Prints precision, recall and F1; -v lists every miss.
"""

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")


def score(data: dict) -> tuple[dict, list[str]]:
    import django

    django.setup()
    from annotations.nlp.pipeline import analyse_many

    items = data["items"]
    analyses = analyse_many((item["text"], "text", date.fromisoformat(item["published"])) for item in items)
    right = found = expected = 0
    misses = []
    for item, analysis in zip(items, analyses, strict=True):
        gold = []
        for wanted in item["dates"]:
            start = item["text"].index(wanted["text"])
            gold.append((start, start + len(wanted["text"]), wanted["value"]))
        predicted = [(d.start, d.end, d.value) for d in analysis.dates]
        found, expected = found + len(predicted), expected + len(gold)
        for start, end, value in predicted:
            match = next((g for g in gold if g[0] < end and start < g[1] and g[2] == value), None)
            if match:
                right += 1
                gold.remove(match)
            else:
                misses.append(f"  wrong: {item['text'][start:end]!r} -> {value}   in {item['text']!r}")
        misses += [f"  missed: {item['text'][s:e]!r} = {v}   in {item['text']!r}" for s, e, v in gold]
    precision = right / found if found else 1.0
    recall = right / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "right": right,
        "found": found,
        "expected": expected,
    }, misses


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    figures, misses = score(json.loads(Path(args.data).read_text(encoding="utf-8")))
    print(
        f"dates  P={figures['precision']:.3f} R={figures['recall']:.3f} F1={figures['f1']:.3f}"
        f"  (right={figures['right']} found={figures['found']} expected={figures['expected']})"
    )
    if args.v:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
