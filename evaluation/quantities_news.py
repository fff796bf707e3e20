#!/usr/bin/env python3
"""Scores amounts of money and quantities on news-style sentences with their expected values.

    python evaluation/quantities_news.py evaluation/data/quantities_news.fr.json [--python PY] [-v]

Run from the project's root. Each sentence is written to its own small file and all are analysed in
one `manage.py annotate FILES... --format jsonl` call. Per kind (money, quantities):
- spans: precision, recall and F1 of the spans found, boundaries exact;
- exact: the same where the value must match too (min, max, and currency or unit; null for an
  open bound).
-v lists every miss and every spurious span.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = {"money": "currency", "quantities": "unit"}


def _key(span: dict, kind: str, with_value: bool) -> tuple:
    key = (span["start"], span["end"])
    if with_value:
        key += (_number(span["min"]), _number(span["max"]), span[KINDS[kind]])
    return key


def _number(value):
    return None if value is None else round(float(value), 6)


def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(sentences: list[dict], predictions: list[dict]) -> tuple[dict, list[str]]:
    """{kind: {"spans": (p, r, f1), "exact": (p, r, f1)}} and the misses, in words."""
    result, misses = {}, []
    for kind in KINDS:
        counts = {"spans": [0, 0, 0], "exact": [0, 0, 0]}
        for sentence, predicted in zip(sentences, predictions, strict=True):
            for measure, with_value in (("spans", False), ("exact", True)):
                gold = {_key(span, kind, with_value) for span in sentence[kind]}
                found = {_key(span, kind, with_value) for span in predicted.get(kind, [])}
                counts[measure][0] += len(gold & found)
                counts[measure][1] += len(found)
                counts[measure][2] += len(gold)
                if with_value:
                    text = sentence["text"]
                    misses += [f"  miss {kind}: {text[s:e]!r} {rest} in {text!r}" for s, e, *rest in gold - found]
                    misses += [f"  extra {kind}: {text[s:e]!r} {rest} in {text!r}" for s, e, *rest in found - gold]
        result[kind] = {measure: _f1(*values) for measure, values in counts.items()}
    return result, misses


def annotate(sentences: list[dict], python: str) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for index, sentence in enumerate(sentences):
            path = Path(tmp) / f"s{index:04d}.txt"
            path.write_text(sentence["text"] + "\n", encoding="utf-8")
            files.append(str(path))
        run = subprocess.run(
            [python, "manage.py", "annotate", *files, "--format", "jsonl"], capture_output=True, text=True
        )
    predictions = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if run.returncode or len(predictions) != len(sentences):
        sys.exit(f"annotate failed ({run.returncode}): {run.stderr[-2000:]}")
    return predictions


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--python", default=".venv/bin/python")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args(argv)
    sentences = json.loads(Path(args.data).read_text(encoding="utf-8"))["sentences"]
    result, misses = score(sentences, annotate(sentences, args.python))
    for kind, measures in result.items():
        gold = sum(len(sentence[kind]) for sentence in sentences)
        line = "   ".join(f"{m} P={p:.3f} R={r:.3f} F1={f:.3f}" for m, (p, r, f) in measures.items())
        print(f"{kind:10s} {gold:3d} gold   {line}")
    if args.v:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
