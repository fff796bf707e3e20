"""What finding amounts and quantities costs in the analysis of the demo article, in one run.

    .venv/bin/python bench/amounts.py [--runs 20]

Times, as the median of RUNS runs after a warm-up, `annotations.nlp.pipeline.analyse` of the demo article
(the whole pipeline: segmentation, recogniser, dates, money, quantities, entities,
check-worthiness) and the two rule components alone on the same text (the money matcher, then the
quantity matcher beside the amounts and dates found). Prints both times and the share of the
pipeline that the two components take.
"""

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.nlp.dates import find_dates  # noqa: E402
from annotations.nlp.money import MoneyMatcher  # noqa: E402
from annotations.nlp.normalise import normalise  # noqa: E402
from annotations.nlp.pipeline import analyse  # noqa: E402
from annotations.nlp.quantities import QuantityMatcher  # noqa: E402
from bench.scale_steps import time_calls  # noqa: E402

DEMO = ROOT / "fixtures" / "openai-saga.fr.txt"


def median_seconds(work, runs: int) -> float:
    return statistics.median(time_calls(work, runs))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    text = DEMO.read_text(encoding="utf-8")
    prose = normalise(text)
    money, quantities = MoneyMatcher(), QuantityMatcher()
    dates = find_dates(prose)

    def rules():
        amounts = money(prose)
        quantities(prose, None, sorted((s.start, s.end) for s in (*dates, *amounts)))

    pipeline = median_seconds(lambda: analyse(text), args.runs)
    components = median_seconds(rules, args.runs * 5)
    print(f"demo article: {len(text)} characters; median of {args.runs} runs")
    print(f"analyse (whole pipeline):   {pipeline * 1000:8.2f} ms")
    print(f"money + quantities rules:   {components * 1000:8.2f} ms")
    print(f"share of the pipeline:      {components / pipeline:8.3f}")


if __name__ == "__main__":
    main()
