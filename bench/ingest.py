"""Ingest throughput against stock spaCy, measured in one run.

    .venv/bin/python bench/ingest.py [--tokens 100000]

Generates a varied French corpus of at least --tokens tokens, then, in the same process:
1. stock: `nlp.pipe` of the configured spaCy model with all its default components;
2. saga: `claims.services.ingest_articles` of the same texts into a fresh SQLite database
   (analysis, segmentation, dates, amounts, entities, check-worthiness and every row written).
Prints both throughputs in tokens/s, their ratio (target: saga / stock >= 1.5) and peak memory.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def build_corpus(min_tokens: int, nlp) -> tuple[list[str], int]:
    from bench.corpus import corpus

    texts, tokens = [], 0
    batch = 50
    seed = 1
    while tokens < min_tokens:
        for text in corpus(batch, seed=seed):
            texts.append(text)
            tokens += len(nlp.tokenizer(text))
        seed += 1
    return texts, tokens


def time_stock(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - start


def time_ingest(texts: list[str], model: str) -> tuple[float, int]:
    from annotations.nlp import analyse
    from claims.models import Claim
    from claims.services import ArticleInput, ingest_articles

    analyse("Préchauffage du modèle.", model=model)  # load once, outside the timing, as for stock
    items = [ArticleInput(text=text, slug=f"bench-{i}", publish=True) for i, text in enumerate(texts)]
    start = time.perf_counter()
    ingest_articles(items=items)
    return time.perf_counter() - start, Claim.objects.count()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=100_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        import spacy
        from django.conf import settings

        model = settings.SAGA_LANGUAGES["fr"]
        nlp = spacy.load(model)
        texts, tokens = build_corpus(args.tokens, nlp)
        print(f"corpus: {len(texts)} articles, {tokens} tokens, {len(set(texts))} distinct texts")
        print(f"stock pipeline: {', '.join(nlp.pipe_names)}")
        stock_seconds = time_stock(nlp, texts)
        ingest_seconds, claims = time_ingest(texts, model)

    stock_rate, ingest_rate = tokens / stock_seconds, tokens / ingest_seconds
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stock nlp.pipe:  {stock_rate:10.0f} tokens/s ({stock_seconds:.1f} s)")
    print(f"saga ingest:     {ingest_rate:10.0f} tokens/s ({ingest_seconds:.1f} s, {claims} claims written)")
    print(f"ratio saga/stock: {ingest_rate / stock_rate:.2f} (target >= 1.5)")
    print(f"peak memory:     {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
