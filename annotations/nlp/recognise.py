"""The statistical entity recogniser, run only on the sentences that can hold a name.

The recogniser costs as much per token as the rest of the analysis together, yet a quarter of
a news article cannot hold a name: headings (their names come from the prose, see
`entities`), boilerplate, and sentences whose only capital letter opens them on a common word
("Cette question reste ouverte."). `saga_recognizer` copies the other sentences into a smaller
Doc, runs the model's recogniser (and the tok2vec it listens to, if any) on it, and copies the
entities back. The recogniser never lets an entity cross a sentence start, so it finds nearly
what it would find on the whole text: only its view of the neighbouring sentence's first and
last words changes (about 1.5 % of its raw guesses differ, before `entities` makes them
consistent), for a fifth less time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from annotations.nlp.state import DocState, state

OPENING_PUNCTUATION = "«\"'([-–—"


def may_hold_a_name(sentence: str, forms: set[str]) -> bool:
    """False when the only capital opens the sentence on a function word or on a word that the
    text (whose word forms are `forms`) also writes in lower case."""
    stripped = sentence.lstrip(OPENING_PUNCTUATION + " ")
    if any(char.isupper() for char in stripped[1:]):
        return True
    first = stripped.split(" ", 1)[0].split("'", 1)[0].lower()
    return bool(first) and first not in STOP_WORDS and first not in forms


def _kept_tokens(doc: Doc, saga: DocState) -> list[tuple[int, int]]:
    """Token ranges of the sentences worth reading, in order."""
    ranges = []
    for start, end, _block in saga.sentences:
        if may_hold_a_name(saga.text[start:end], saga.words):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                ranges.append((span.start, span.end))
    return ranges


def _excerpt(doc: Doc, text: str, ranges: list[tuple[int, int]]) -> tuple[Doc, list[int]]:
    """A Doc of the kept sentences (with the aliases already set), and each token's original index.

    `text` is the Doc's text; words are read from arrays, a Token object each would cost more.
    """
    columns = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).tolist()
    words, spaces, sent_starts, origin = [], [], [], []
    for start, end in ranges:
        for index in range(start, end):
            offset, length, space, sent_start = columns[index]
            words.append(text[offset : offset + length])
            spaces.append(index == end - 1 or bool(space))
            sent_starts.append(index == start or sent_start == 1)
            origin.append(index)
    excerpt = Doc(doc.vocab, words=words or [" "], spaces=spaces or [False], sent_starts=sent_starts or [True])
    position = {index: i for i, index in enumerate(origin)}
    preset = []
    for ent in doc.ents:  # editor aliases, which the recogniser must keep
        if ent.start in position and ent.end - 1 in position:
            first, last = position[ent.start], position[ent.end - 1] + 1
            preset.append(Span(excerpt, first, last, label=ent.label_, span_id=ent.id_))
    excerpt.set_ents(preset)
    return excerpt, origin


def _copy_back(doc: Doc, excerpt: Doc, origin: list[int]) -> None:
    """Sets the excerpt's entities on the Doc; aliases outside the excerpt (in headings) stay."""
    read = set(origin)
    spans = [ent for ent in doc.ents if ent.start not in read]
    spans += [
        Span(doc, origin[ent.start], origin[ent.end - 1] + 1, label=ent.label_, span_id=ent.id_) for ent in excerpt.ents
    ]
    doc.set_ents(sorted(spans, key=lambda span: span.start), default="outside")


@Language.factory("saga_recognizer", default_config={"components": ["ner"]})
class SelectiveRecognizer:
    """Runs the model's `components` (the recogniser and what it listens to) on likely sentences."""

    def __init__(self, nlp: Language, name: str, components: list[str]):
        self.name = name
        self.components = [nlp.get_pipe(component) for component in components]

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            cuts = [_excerpt(doc, state(doc).text, _kept_tokens(doc, state(doc))) for doc in batch]
            read = [excerpt for excerpt, _origin in cuts]
            for component in self.components:
                read = list(component.pipe(read, batch_size=batch_size))
            for doc, excerpt, (_unread, origin) in zip(batch, read, cuts, strict=True):
                _copy_back(doc, excerpt, origin)
                yield doc
