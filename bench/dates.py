"""Date extraction speed, the grammar before and after the dates package, measured in one run.

    .venv/bin/python bench/dates.py [--repeat 20] [--before COMMIT]

Reads the demo article (fixtures/openai-saga.fr.txt) and the generated corpus of bench/corpus.py,
then times, in the same process, `find_dates` of the single-module grammar at COMMIT (default
5e5f7dd, loaded from git without its spaCy factory) and of `annotations.nlp.dates`, and the
whole pipeline (`analyse_many`) on the demo. Prints seconds per pass and the ratios.
"""

import argparse
import subprocess
import sys
import time
import types
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.nlp.dates import find_dates  # noqa: E402
from annotations.nlp.normalise import normalise  # noqa: E402
from annotations.nlp.pipeline import analyse_many  # noqa: E402

PUBLISHED = date(2024, 11, 30)


def old_find_dates(commit: str):
    """The module-level find_dates of annotations/nlp/dates.py at `commit` (its factory dropped)."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:annotations/nlp/dates.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    source = source[: source.index('@Language.factory("saga_dates"')]
    module = types.ModuleType("saga_dates_before")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, "saga_dates_before", "exec"), module.__dict__)
    return module.find_dates


def best_of(function, texts: list[str], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            function(text, published=PUBLISHED)
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--before", default="5e5f7dd")
    args = parser.parse_args()
    demo = normalise((ROOT / "fixtures" / "openai-saga.fr.txt").read_text(encoding="utf-8"))
    texts = [demo] * 10
    before, after = old_find_dates(args.before), find_dates
    after(demo, published=PUBLISHED)  # compile the rules once before timing
    old, new = best_of(before, texts, args.repeat), best_of(after, texts, args.repeat)
    print(f"dates only, demo x10: before {old * 1000:.1f} ms, after {new * 1000:.1f} ms, after/before {new / old:.2f}")
    list(analyse_many([(demo, "text", PUBLISHED)]))  # load the model
    started = time.perf_counter()
    for _ in range(5):
        list(analyse_many([(demo, "text", PUBLISHED)] * 4))
    pipeline = (time.perf_counter() - started) / 20
    print(
        f"whole pipeline, demo: {pipeline * 1000:.1f} ms per article; dates' share "
        f"{new / 10 / pipeline:.1%} after, {old / 10 / pipeline:.1%} before"
    )


if __name__ == "__main__":
    main()
