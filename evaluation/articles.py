#!/usr/bin/env python3
"""Scores whole articles: every `NAME.gold.json` of a folder against `manage.py annotate` of its
source text, with evaluation/score.py; prints each article's figures and the sums over all.

    python evaluation/articles.py evaluation/data/articles_blind

Run from the project's root. Totals: claims, entities, dates and money micro-averaged (their true
positives, predictions and gold summed), check-worthiness R-precision averaged over the articles.
"""

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import score  # noqa: E402  (this folder is put on the path first)

KINDS = ("claims", "entities", "dates", "money")


def main(folder: str) -> int:
    golds = sorted(Path(folder).glob("*.gold.json"))
    if not golds:
        print(f"no *.gold.json in {folder}", file=sys.stderr)
        return 2
    totals = {kind: [0, 0, 0] for kind in KINDS}
    ranked = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = path.parent / gold["source"]
        run = subprocess.run(
            [sys.executable, "manage.py", "annotate", str(source), "--format", "json"], capture_output=True, text=True
        )
        if run.returncode:
            print(f"annotate failed on {source}: {run.stderr[-500:]}", file=sys.stderr)
            return 1
        result = score(gold, json.loads(run.stdout), source.read_text(encoding="utf-8"))
        figures = "  ".join(f"{kind} {result[kind]['f']:.3f}" for kind in KINDS)
        print(f"{path.name:34} {figures}  R-precision {result['checkworthy_r_precision']:.3f}")
        for kind in KINDS:
            totals[kind] = [
                total + result[kind][key] for total, key in zip(totals[kind], ("tp", "pred", "gold"), strict=True)
            ]
        ranked.append(result["checkworthy_r_precision"])
    for kind, (tp, predicted, wanted) in totals.items():
        precision, recall = tp / predicted if predicted else 0.0, tp / wanted if wanted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"all {kind:10} P={precision:.3f} R={recall:.3f} F1={f1:.3f}  (tp={tp} pred={predicted} gold={wanted})")
    print(f"all check-worthiness R-precision {sum(ranked) / len(ranked):.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
