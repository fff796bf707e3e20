#!/usr/bin/env python3
"""Scores sentence segmentation (Saga's claims) on `data/sentences_blind.fr.json`.

    python evaluation/sentences.py evaluation/data/sentences_blind.fr.json [-v]

Run from the project's root. For each document the predicted sentences are the spans of
`analyse(text).claims`, the gold ones its `sentences`; both are trimmed of white space and quote
marks at their ends (`strip_span`, as in `score.py`), then a sentence counts when its start and end
are both the gold ones. A sentence Saga drops (as site chrome, or a headline read as a title) is a
miss. Precision, recall and F1 are micro-averaged over the documents of each genre and over all,
and over all once more without the headlines' sentences (`"headline": true`: Saga reads a headline
as the title, which DESIGN.md does not make a claim). A last line, "segments", scores the
segmentation apart from the choice of claims: the predicted sentences are the claims with the title
and heading blocks (DESIGN.md: titles and headings are blocks, not claims), so a heading the set
counts as a sentence and Saga finds as a heading is right there, and only a wrong boundary or a
line taken for site chrome is a miss. `-v` lists, per document, the gold sentences missed and the
predicted claims that match none.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.nlp.pipeline import analyse  # noqa: E402  (the project's root is put on the path first)

Span = tuple[int, int]


def strip_span(text: str, start: int, end: int) -> Span:
    """Trims white space and quote marks at both ends, so « x » and x match (`score.py`'s rule)."""
    junk = " \t\n«»\"'“”"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def score(gold: list[set[Span]], found: list[set[Span]]) -> dict[str, float]:
    right = sum(len(g & f) for g, f in zip(gold, found, strict=True))
    guessed, expected = sum(map(len, found)), sum(map(len, gold))
    precision = right / guessed if guessed else 0.0
    recall = right / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f1, "n": expected}


def evaluate(data: dict) -> dict:
    """Scores per genre and over all documents ("all"); "errors": the misses of each document."""
    documents = data["documents"]
    gold, found, segments = [], [], []
    for document in documents:
        text = document["text"]
        analysis = analyse(text)
        gold.append({strip_span(text, s["start"], s["end"]) for s in document["sentences"]})
        found.append({strip_span(text, c.start, c.end) for c in analysis.claims})
        headings = (b for b in analysis.blocks if b.kind in ("title", "heading"))
        segments.append(found[-1] | {strip_span(text, b.start, b.end) for b in headings})
    results = {}
    for genre in [*sorted({d["genre"] for d in documents}), "all"]:
        chosen = [i for i, d in enumerate(documents) if genre in ("all", d["genre"])]
        results[genre] = score([gold[i] for i in chosen], [found[i] for i in chosen])
    headlines = [
        {strip_span(d["text"], s["start"], s["end"]) for s in d["sentences"] if s.get("headline")} for d in documents
    ]
    results["all, headlines aside"] = score(
        [g - h for g, h in zip(gold, headlines, strict=True)], [f - h for f, h in zip(found, headlines, strict=True)]
    )
    results["segments"] = score(gold, segments)
    results["errors"] = _errors(documents, gold, found)
    return results


def _errors(documents: list[dict], gold: list[set[Span]], found: list[set[Span]]) -> list[str]:
    lines = []
    for document, expected, guessed in zip(documents, gold, found, strict=True):
        text = document["text"]
        for start, end in sorted(expected - guessed):
            lines.append(f"  {document['id']} missed   {text[start:end]!r}")
        for start, end in sorted(guessed - expected):
            lines.append(f"  {document['id']} spurious {text[start:end]!r}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("-v", action="store_true", help="list each document's missed and spurious sentences")
    options = parser.parse_args(argv)
    try:
        data = json.loads(Path(options.data).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        sys.exit(f"sentences.py: cannot read {options.data}: {error}")
    results = evaluate(data)
    for genre, r in results.items():
        if genre != "errors":
            print(f"{genre:22s} {r['n']:4d} sentences   P {r['p']:.3f}   R {r['r']:.3f}   F1 {r['f']:.3f}")
    if options.v and results["errors"]:
        print("\n".join(results["errors"]))


if __name__ == "__main__":
    main()
