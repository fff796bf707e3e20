"""Ingest throughput against stock spaCy, measured in one run; or on Celery workers (--workers).

    .venv/bin/python bench/ingest.py [--tokens 100000]
    .venv/bin/python bench/ingest.py --workers 1 2 [--articles 60] [--broker URL] [--database URL]

Generates a varied French corpus of at least --tokens tokens, then, in the same process:
1. stock: `nlp.pipe` of the configured spaCy model with all its default components;
2. recogniser: `nlp.pipe` of the same model with only its entity recogniser and what it
   listens to: the work Saga cannot avoid, since it runs that recogniser too;
3. saga: `claims.services.ingest_articles` of the same texts into a fresh SQLite database
   (analysis, segmentation, dates, amounts, entities, check-worthiness and every row written).
The three run in turn on each chunk of --chunk articles, so that all three see the same load
of a shared machine, and their times are summed. Prints the throughputs in tokens/s, the ratios
saga / stock (target >= 1.5) and saga / recogniser (target >= 0.8), in wall and in CPU time,
and peak memory.

With --workers N [N ...] it measures instead what bench/workers.py measures (its code: real Redis,
real workers, PostgreSQL): the articles per second of N workers, for each N in turn in one run,
with the ratio when 1 and 2 are both given (issue 16's `--workers 1` and `--workers 2`).
"""

import argparse
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import workers  # noqa: E402 - found through the path above


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    # As in production: with DEBUG on, Django's cursor also formats and keeps every query's SQL
    # and parameters (an executemany of thousands of mentions included), which no deployment pays.
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only-key")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    logging.getLogger("saga.audit").setLevel(logging.WARNING)  # a line per article buries the figures


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


class Clock:
    """Wall time and this process's CPU time (all its threads), summed over what runs inside it
    each time it is entered. On a shared machine the CPU time is what the code costs; the wall
    time adds what the neighbours take."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def __enter__(self):
        self.started = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall += time.perf_counter() - self.started[0]
        self.cpu += time.process_time() - self.started[1]


def time_stock(nlp, texts: list[str], clock: Clock) -> None:
    with clock:
        for _doc in nlp.pipe(texts, batch_size=64):
            pass


def recogniser_only(model: str):
    """The stock model with only "ner" enabled, and the components it listens to (a shared
    tok2vec, if any): what annotations.nlp.pipeline keeps of it."""
    import spacy

    nlp = spacy.load(model)
    needed = {
        name for name, pipe in nlp.pipeline if name == "ner" or "ner" in getattr(pipe, "listening_components", [])
    }
    for name in nlp.pipe_names:
        if name not in needed:
            nlp.disable_pipe(name)
    return nlp


def time_ingest(texts: list[str], first: int, clock: Clock) -> None:
    from claims.services import ArticleInput, ingest_articles

    items = [ArticleInput(text=text, slug=f"bench-{first + i}", publish=True) for i, text in enumerate(texts)]
    with clock:
        ingest_articles(items=items)


def main() -> int:
    # Long as a bench's main is: its options, then each measurement of one run and the ratios printed.
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=50, help="articles timed in turn by each (default 50)")
    parser.add_argument("--workers", type=int, nargs="+", metavar="N", help="time N Celery workers (bench/workers.py)")
    parser.add_argument("--articles", type=int, default=60, help="with --workers: articles sent (default 60)")
    parser.add_argument("--broker", default=workers.BROKER, help="with --workers: the Redis broker")
    parser.add_argument("--database", default=workers.DATABASE, help="with --workers: PostgreSQL, made anew")
    args = parser.parse_args()
    if args.workers:
        if min(args.workers) < 1 or args.articles < 1:
            parser.error("--workers and --articles must be at least 1")
        return workers.measure(args.workers, args.articles, args.broker, args.database)

    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        import spacy
        from django.conf import settings

        model = settings.SAGA_LANGUAGES["fr"]
        nlp = spacy.load(model)
        texts, tokens = build_corpus(args.tokens, nlp)
        print(f"corpus: {len(texts)} articles, {tokens} tokens, {len(set(texts))} distinct texts")
        print(f"stock pipeline: {', '.join(nlp.pipe_names)}")
        recogniser = recogniser_only(model)
        print(f"recogniser pipeline: {', '.join(recogniser.pipe_names)}")
        from annotations.nlp.pipeline import analyse
        from claims.models import Claim

        # Loaded once, outside the timing, as the others; with an alias, so that the tokenizer the
        # alias rulers share (pipeline._tokenizer_only, built once a process) is built here too.
        analyse("Préchauffage du modèle.", model=model, aliases={"Préchauffage": ("Préchauffage", "MISC")})
        stock, alone, ingest = Clock(), Clock(), Clock()
        for first in range(0, len(texts), args.chunk):
            chunk = texts[first : first + args.chunk]
            time_stock(nlp, chunk, stock)
            time_stock(recogniser, chunk, alone)
            time_ingest(chunk, first, ingest)
        claims = Claim.objects.count()

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'':17}{'wall tokens/s':>14}{'cpu tokens/s':>14}")
    for name, clock in (("stock nlp.pipe", stock), ("recogniser only", alone), ("saga ingest", ingest)):
        print(f"{name:17}{tokens / clock.wall:14.0f}{tokens / clock.cpu:14.0f}")
    print(f"saga ingest wrote {claims} claims with their blocks and mentions")
    for name, clock, target in (("stock", stock, 1.5), ("recogniser", alone, 0.8)):
        wall, cpu = clock.wall / ingest.wall, clock.cpu / ingest.cpu
        print(f"ratio saga/{name}: {wall:.2f} wall, {cpu:.2f} cpu (target >= {target})")
    print(f"peak memory:     {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
