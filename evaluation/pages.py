#!/usr/bin/env python3
"""Scores the chrome and headline of pages copied from a browser (evaluation/data/pages.md).

usage: pages.py PAGES_DIR PREDICTED.jsonl [--split dev|held-out|blind|blind-2|blind-3|blind-4|blind-5|blind-6|blind-7|blind-8|blind-9|blind-10|blind-11|blind-12|blind-13|blind-14|blind-15|blind-16|blind-17|blind-18|blind-19|blind-20|all] [-v]

PREDICTED.jsonl is what `manage.py annotate PAGES_DIR/*.txt --format jsonl` prints: one object
per page with its "file", "title" and "claims" (start, end offsets into the page's text).
Each gold file (NN-name.gold.json, beside NN-name.txt) gives the page's headline, the lines of
article text (their sentences must become claims) and neutral lines (the article's own
subheadings and fact boxes: scored neither way). Every other non-empty line is chrome.

Four figures, over all the pages of the split:
- article sentences kept: sentences of the article lines wholly covered by claims;
- chrome lines kept out: chrome lines no claim touches;
- claims holding chrome: claims that touch a chrome line;
- titles: pages whose title is the gold headline.
"""

import argparse
import json
import re
import sys
from pathlib import Path

# A plain splitter, independent of Saga's: a stop, then a space and a capital, digit or quote.
SENTENCE_END = re.compile(r"(?<=[.!?…])[ »\"]*\s+(?=[«\"A-ZÀ-Ý0-9])")


def line_spans(text):
    """(start, end, line) of every non-empty line, stripped."""
    spans, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            spans.append((start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return spans


def sentence_spans(text, start, end):
    spans, begin = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def covered(text, start, end, claims):
    """True when every non-space character of text[start:end] lies inside some claim."""
    return all(text[i].isspace() or any(s <= i < e for s, e in claims) for i in range(start, end))


def touches(start, end, claims):
    return [(s, e) for s, e in claims if s < end and start < e]


def score_page(gold, text, predicted):
    claims = [(c["start"], c["end"]) for c in predicted.get("claims", [])]
    article, neutral = set(gold["article"]), set(gold["neutral"]) | {gold["title"]}
    counts = {"sentences": 0, "kept": 0, "chrome": 0, "out": 0, "claims": len(claims), "chrome_claims": 0}
    chrome_claims = set()
    for start, end, line in line_spans(text):
        if line in article:
            for s, e in sentence_spans(text, start, end):
                counts["sentences"] += 1
                counts["kept"] += covered(text, s, e, claims)
        elif line not in neutral:
            counts["chrome"] += 1
            hit = touches(start, end, claims)
            counts["out"] += not hit
            chrome_claims.update(hit)
    counts["chrome_claims"] = len(chrome_claims)
    counts["title"] = int(" ".join((predicted.get("title") or "").split()) == gold["title"])
    return counts


def ratio(part, whole):
    return part / whole if whole else 1.0


def figures(rows):
    total = {key: sum(row[key] for row in rows) for key in rows[0]}
    return {
        "pages": len(rows),
        "article_sentences_kept": round(ratio(total["kept"], total["sentences"]), 4),
        "chrome_lines_kept_out": round(ratio(total["out"], total["chrome"]), 4),
        "claims_holding_chrome": round(ratio(total["chrome_claims"], total["claims"]), 4),
        "titles": round(ratio(total["title"], len(rows)), 4),
        "counts": total,
    }


SPLITS = (
    "dev",
    "held-out",
    "blind",
    "blind-2",
    "blind-3",
    "blind-4",
    "blind-5",
    "blind-6",
    "blind-7",
    "blind-8",
    "blind-9",
    "blind-10",
    "blind-11",
    "blind-12",
    "blind-13",
    "blind-14",
    "blind-15",
    "blind-16",
    "blind-17",
    "blind-18",
    "blind-19",
    "blind-20",
    "all",
)


def score(pages_dir, predictions, split="all", verbose=False):
    """The four figures for the pages of `split` (one of SPLITS); None when it has no page."""
    by_name = {Path(p["file"]).name: p for p in predictions}
    rows = []
    for gold_path in sorted(Path(pages_dir).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split:
            continue
        page = gold_path.name.replace(".gold.json", ".txt")
        if page not in by_name:
            raise SystemExit(f"pages.py: no prediction for {page}")
        text = (Path(pages_dir) / page).read_text(encoding="utf-8")
        row = score_page(gold, text, by_name[page])
        if verbose:
            print(page, row, "title:", by_name[page].get("title"), file=sys.stderr)
        rows.append(row)
    return figures(rows) if rows else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages")
    parser.add_argument("predicted")
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    lines = Path(args.predicted).read_text(encoding="utf-8").splitlines()
    predictions = [json.loads(line) for line in lines if line.strip()]
    for split in [args.split] if args.split else SPLITS:
        result = score(args.pages, predictions, split, args.verbose)
        if result is None:
            continue
        counts = result.pop("counts")
        print(split, json.dumps(result), json.dumps(counts))


if __name__ == "__main__":
    main()
