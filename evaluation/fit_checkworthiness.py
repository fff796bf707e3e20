#!/usr/bin/env python3
"""Fits the check-worthiness weights on the train documents and writes them beside the component.

    python evaluation/fit_checkworthiness.py [evaluation/data/checkworthiness.fr.jsonl] [--extra FILE ...] [--dry-run]

Needs scikit-learn (a development dependency; the runtime only reads the JSON it writes). Logistic
regression with an L2 penalty over the signals `annotations.nlp.checkworthiness` reads (in the
order of `checkworthiness_model.SIGNAL_NAMES`), on the documents `evaluation/checkworthiness.py`
puts in train; the penalty's strength is chosen by cross-validation grouped by document, within
train only. `--extra` files (same format) add documents to train only, so the held-out documents
stay the same. Prints the held-out figures of the new weights beside those of the hand-set ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import checkworthiness as scorer  # evaluation/checkworthiness.py, beside this script (it sets sys.path)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict, cross_val_score

from annotations.nlp.checkworthiness_model import SIGNAL_NAMES, WEIGHTS_FILE, Model

DATA = scorer.ROOT / "evaluation" / "data" / "checkworthiness.fr.jsonl"
PENALTIES = (0.03, 0.1, 0.3, 1.0, 3.0)  # scikit-learn's C: the inverse of the L2 penalty's strength


def matrix(found: list[scorer.Example]) -> tuple[list[list[float]], list[bool]]:
    return [[example.signals.values()[name] for name in SIGNAL_NAMES] for example in found], [
        example.checkworthy for example in found
    ]


def fit(train: list[scorer.Example]) -> tuple[LogisticRegression, float]:
    """The model fitted on all of train, with the penalty that cross-validates best on it."""
    features, labels = matrix(train)
    groups = [example.doc for example in train]
    folds = GroupKFold(n_splits=5)
    best = max(
        PENALTIES,
        key=lambda c: cross_val_score(
            LogisticRegression(C=c, max_iter=5000), features, labels, groups=groups, cv=folds, scoring="roc_auc"
        ).mean(),
    )
    return LogisticRegression(C=best, max_iter=5000).fit(features, labels), best


def cross_validated(found: list[scorer.Example], penalty: float) -> dict:
    """Figures on every sentence, each scored by a model fitted without its document (5 folds):
    a steadier comparison than the one test split, which holds few documents."""
    features, labels = matrix(found)
    scores = cross_val_predict(
        LogisticRegression(C=penalty, max_iter=5000),
        features,
        labels,
        groups=[example.doc for example in found],
        cv=GroupKFold(n_splits=5),
        method="predict_proba",
    )[:, 1].tolist()
    hand_set = [scorer.HAND_SET.score(example.signals) for example in found]
    return {
        name: {"r_precision": round(scorer.r_precision(s, labels), 4), "roc_auc": round(scorer.roc_auc(s, labels), 4)}
        for name, s in (("fitted", scores), ("hand_set", hand_set))
    }


def main(argv=None) -> int:
    # Long as a script's main is: its options, then one fit and its report read top to bottom.
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="?", default=DATA)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more labelled files, for train only")
    parser.add_argument("--dry-run", action="store_true", help="print the weights, do not write them")
    args = parser.parse_args(argv)
    found = scorer.examples(scorer.load(args.data))
    train_docs, test_docs = scorer.split_documents({example.doc for example in found})
    extra = [example for path in args.extra for example in scorer.examples(scorer.load(path))]
    if {example.doc for example in extra} & (train_docs | test_docs):
        parser.error("--extra: a document of the extra files has the name of one of the data's")
    train_docs |= {example.doc for example in extra}
    found += extra
    train = [example for example in found if example.doc in train_docs]
    test = [example for example in found if example.doc in test_docs]
    model, penalty = fit(train)
    fitted = Model(
        bias=round(float(model.intercept_[0]), 4),
        weights={name: round(float(w), 4) for name, w in zip(SIGNAL_NAMES, model.coef_[0], strict=True)},
    )
    labels = [example.checkworthy for example in test]
    held_out = {}
    for name, weights in (("fitted", fitted), ("hand_set", scorer.HAND_SET)):
        scores = [weights.score(example.signals) for example in test]
        held_out[name] = {
            "r_precision": round(scorer.r_precision(scores, labels), 4),
            "roc_auc": round(scorer.roc_auc(scores, labels), 4),
        }
    data = {
        "written_by": "evaluation/fit_checkworthiness.py",
        "data": str(args.data.resolve().relative_to(scorer.ROOT)),
        "extra_train": [str(path.resolve().relative_to(scorer.ROOT)) for path in args.extra],
        "seed": scorer.SEED,
        "penalty_c": penalty,
        "train": {
            "documents": len(train_docs),
            "sentences": len(train),
            "checkworthy": sum(e.checkworthy for e in train),
        },
        "test": {"documents": len(test_docs), "sentences": len(test), "checkworthy": sum(labels), **held_out},
        "cross_validated_by_document": cross_validated(found, penalty),
        "bias": fitted.bias,
        "weights": fitted.weights,
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.dry_run:
        print(text)
    else:
        WEIGHTS_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE.relative_to(scorer.ROOT)}")
        print(json.dumps({"test": data["test"], "cross_validated": data["cross_validated_by_document"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
