"""Block segmentation grows linearly with the number of lines, measured in one run.

    .venv/bin/python bench/segment.py [--lines 25000]

Times `annotations.nlp.segment.find_blocks` on pages of N and 4N one-line paragraphs (the
shape of issue 17: 100,000 one-word lines before any sentence, where looking ahead from every
line made the title choice quadratic), best of 3 each, and prints the ratio of the two times:
about 4 for a linear algorithm, 16 for a quadratic one.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.nlp.segment import find_blocks  # noqa: E402 - after the path is set


def best_time(text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        find_blocks(text)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=25_000, help="N, the smaller page's lines")
    lines = parser.parse_args().lines
    small, large = "a\n\n" * lines, "a\n\n" * (4 * lines)
    small_time, large_time = best_time(small), best_time(large)
    print(f"{lines:,} lines: {small_time * 1000:.1f} ms; {4 * lines:,} lines: {large_time * 1000:.1f} ms")
    print(f"ratio {large_time / small_time:.2f} for 4x the lines (linear: ~4, quadratic: ~16)")


if __name__ == "__main__":
    main()
