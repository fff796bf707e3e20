"""Sentences, split by rules on the normalised text (no model needed).

A sentence ends at . ! ? or an ellipsis, followed by any closing quotes or brackets,
then white space and something that can open a sentence (a capital, a digit, an opening quote
or a dash). French typography is respected: "? »." ends one sentence; "M. Dupont", "E. Macron",
"p. 12", "av. J.-C." and "3.2" or "1,5" do not end any; a question mark followed by a lower
case word ("pourquoi ? parce que") does not either.
"""

import re

from annotations.nlp.lexicon import words

_TERMINAL = re.compile(r"[.!?…]")
# What may follow the terminal mark inside the same sentence: more marks, closing quotes and
# brackets (a French closing » comes after a space).
_SENTENCE_TAIL = re.compile(r"(?:[.!?…]+|[ ]*»|[\"')\]])*")
_OPENS_SENTENCE = re.compile(r"[^\W\d_]|\d|[«\"'(\[—–-]")
# Abbreviations that never end a sentence: titles before a name, and references before a number.
_ABBREVIATIONS = words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Dre Pr Pre Me Mgr St Ste Sts Stes Gal Gén Cdt Col Lt Sgt Cie Ets Vve Jr Sr "
    "Prof Mr Mrs Ms p pp art arts chap fig vol n no nº cf env av apr éd coll réf tél bd boul ex hab vs resp dir "
    "trad ibid op cit janv févr avr juil sept oct nov déc"
)
_LAST_WORD = re.compile(r"[^\s«\"'(\[]*$")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]")  # U.S.A, J.-C


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], without surrounding white space."""
    end = len(text) if end is None else end
    spans, sentence_start = [], start
    position = start
    while True:
        match = _TERMINAL.search(text, position, end)
        if not match:
            break
        boundary = _SENTENCE_TAIL.match(text, match.start(), end).end()
        position = max(boundary, match.end())
        if _ends_sentence(text, match.start(), boundary, end):
            spans.append((sentence_start, boundary))
            sentence_start = boundary
    spans.append((sentence_start, end))
    return [span for span in (strip_span(text, s, e) for s, e in spans) if span[0] < span[1]]


def _ends_sentence(text: str, mark: int, boundary: int, end: int) -> bool:
    rest = text[boundary:end]
    following = rest.lstrip()
    if not following:
        return False  # the block's end closes the last sentence anyway
    if len(following) == len(rest) or not _OPENS_SENTENCE.match(following):
        return False  # no space after the mark (3.2, www.x.fr) or a lower-case continuation
    if following[0].isalpha() and not following[0].isupper():
        return False
    if text[mark] == "." and text[mark : mark + 3] != "...":
        return not _is_abbreviation(text[max(0, mark - 20) : mark], following)
    return True


def _is_abbreviation(before: str, following: str) -> bool:
    word = _LAST_WORD.search(before).group(0)
    if word in _ABBREVIATIONS or _ACRONYM.fullmatch(word):
        return True
    # A single capital is an initial (E. Macron), unless a new sentence starts with a quote.
    return len(word) == 1 and word.isupper() and not following.startswith(("«", '"'))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
