#!/usr/bin/env python3
"""Scores check-worthiness on labelled French sentences: R-precision and ROC AUC on held-out documents.

    python evaluation/checkworthiness.py evaluation/data/checkworthiness.fr.jsonl [--all] [-v]

Run from the project's root. Each sentence is analysed alone by the Saga pipeline (entities,
dates, amounts, quantities), its signals are read by `annotations.nlp.checkworthiness` and scored
twice: with the fitted weights the component uses, and with the hand-set weights it used before
(for comparison). The documents are split into train and test with a fixed seed
(`split_documents`); the figures are on the test documents, which the fitting never saw
(`--all`: on every sentence). R-precision: of the R sentences ranked highest, R being the number
of check-worthy ones, the share that is check-worthy. -v lists the test sentences by score.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the project's packages come first

from annotations.nlp.checkworthiness import read_signals  # noqa: E402
from annotations.nlp.checkworthiness_model import Model, Signals, score  # noqa: E402
from annotations.nlp.normalise import normalise  # noqa: E402
from annotations.nlp.pipeline import analyse_many  # noqa: E402

SEED = 13
TEST_SHARE = 0.3
# The weights of the component before they were fitted (commit 5e5f7dd), on the signals they had.
HAND_SET = Model(
    bias=-2.0,
    weights={
        "entities": 0.7,
        "figures": 0.8,
        "money": 1.5,
        "date": 1.2,
        "reported": 0.8,
        "past_event": 1.0,
        "comparison": 0.0,
        "opinion": -1.0,
        "modal": -1.0,
        "prediction": 0.0,
        "question": -2.0,
        "first_person": -1.5,
        "personal": 0.0,
        "practical": 0.0,
        "quotation": 0.0,
        "length": 0.0,
    },
)


@dataclass(frozen=True)
class Example:
    id: str
    doc: str
    text: str
    checkworthy: bool
    signals: Signals


def load(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row["text"], str) or not isinstance(row["checkworthy"], bool) or not row["doc"]:
                raise ValueError("text, checkworthy and doc are required")
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a labelled sentence ({error})") from None
        rows.append(row)
    return rows


def examples(rows: list[dict]) -> list[Example]:
    """Each sentence analysed alone through the pipeline, with the signals of its whole text."""
    analyses = analyse_many([(row["text"], "text", None) for row in rows])
    found = []
    for row, analysis in zip(rows, analyses, strict=True):
        signals = read_signals(
            normalise(row["text"]),
            entities=len({entity.canonical for entity in analysis.entities}),
            dates=analysis.dates,
            money=analysis.money,
            quantities=getattr(analysis, "quantities", []),
        )
        found.append(Example(row["id"], row["doc"], row["text"], row["checkworthy"], signals))
    return found


def split_documents(docs: set[str], seed: int = SEED, test_share: float = TEST_SHARE) -> tuple[set[str], set[str]]:
    """(train, test) document ids: a fixed-seed shuffle, the first `test_share` of them for test."""
    ordered = sorted(docs)
    random.Random(seed).shuffle(ordered)
    cut = round(len(ordered) * test_share)
    return set(ordered[cut:]), set(ordered[:cut])


def r_precision(scores: list[float], labels: list[bool]) -> float:
    relevant = sum(labels)
    if not relevant:
        return 0.0
    ranked = sorted(zip(scores, labels, strict=True), key=lambda pair: -pair[0])
    return sum(label for _, label in ranked[:relevant]) / relevant


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """The chance that a check-worthy sentence scores above one that is not (ties count half)."""
    positives = [s for s, label in zip(scores, labels, strict=True) if label]
    negatives = [s for s, label in zip(scores, labels, strict=True) if not label]
    if not positives or not negatives:
        return 0.0
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def evaluate(path: Path, *, held_out: bool = True) -> dict:
    """The figures of the fitted and of the hand-set weights, on the test documents or on all."""
    found = examples(load(path))
    if held_out:
        _train, test = split_documents({example.doc for example in found})
        found = [example for example in found if example.doc in test]
    labels = [example.checkworthy for example in found]
    result = {"sentences": len(found), "checkworthy": sum(labels)}
    for name, scorer in (("fitted", score), ("hand_set", HAND_SET.score)):
        scores = [scorer(example.signals) for example in found]
        result[name] = {
            "r_precision": round(r_precision(scores, labels), 4),
            "roc_auc": round(roc_auc(scores, labels), 4),
        }
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--all", action="store_true", help="score every sentence, not only the test documents")
    parser.add_argument("-v", action="store_true", help="list the scored sentences, best first")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no such file: {args.data}", file=sys.stderr)
        return 2
    result = evaluate(args.data, held_out=not args.all)
    print(json.dumps(result, indent=2))
    if args.v:
        found = examples(load(args.data))
        _train, test = split_documents({example.doc for example in found})
        shown = [example for example in found if args.all or example.doc in test]
        for example in sorted(shown, key=lambda example: -score(example.signals)):
            print(f"{score(example.signals):.2f} {'Y' if example.checkworthy else '-'} {example.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
