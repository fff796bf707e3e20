"""Revisions of an article: a corrected text becomes a new revision that keeps the review work.

Re-anchoring locates each claim of the old revision among the claims (sentences) of the new one:

1. Exact: a new claim with the same words (case, whitespace and punctuation aside) is the same
   claim; the verdict, version and review history carry over ("unchanged").
2. Approximate: otherwise, the new claims whose word-level similarity to the old one reaches
   `QUOTE_THRESHOLD` are candidates ("edited": linked, verdict not carried, needs re-review).
3. Claims left without a partner are "removed" (old side) or "new" (new side, unverified).

Among several candidates (a repeated sentence, two close variants), pairs are ranked by a score
that weighs the quote, its surrounding text (prefix and suffix) and its position in the article,
and assigned greedily, best first, every claim at most once. Exact pairs are assigned before
approximate ones, so a close variant can never take the place of an identical sentence.

The threshold is on the words alone: context and position choose *between* candidates but never
let a sentence whose words changed too much inherit anything. Word-level similarity is the Indel
(insert/delete) similarity over the sequences of words, 2·|common words in order| / (|a| + |b|):
0.6 means that, for two sentences of equal length, at least 60% of the words survive in order.
A date fixed in a sentence of 20 words scores 0.95; a sentence half rewritten scores about 0.5.

Everything here is pure (texts and spans in, decisions out, no database) and tested with
hypothesis; claims.services.revise applies the decisions in one transaction.
"""

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from django.db import models
from django.utils.translation import gettext_lazy as _
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

QUOTE_THRESHOLD = 0.6
"""Minimal word-level similarity for an old claim to continue as an edited new claim."""

CONTEXT_CHARS = 80
"""How much text before and after a claim is compared to tell repeated sentences apart."""

WEIGHT_QUOTE, WEIGHT_CONTEXT, WEIGHT_POSITION = 0.7, 0.2, 0.1

# Letters and digits; underscore is a word character for `\w` but punctuation for a reader.
_WORD = re.compile(r"[^\W_]+")


class Outcome(models.TextChoices):
    UNCHANGED = "unchanged", _("unchanged")
    EDITED = "edited", _("edited")
    REMOVED = "removed", _("removed")
    NEW = "new", _("new")


class Span(Protocol):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Anchor:
    """The fate of one claim: `old` and `new` are indexes into the spans given to `reanchor`."""

    outcome: Outcome
    old: int | None
    new: int | None
    similarity: float = 0.0
    score: float = 0.0


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, case-folded: what a claim says, without its typography."""
    return tuple(match.group().casefold() for match in _WORD.finditer(text))


def word_similarity(a: str, b: str) -> float:
    """Indel similarity of the word sequences of `a` and `b`, from 0 (nothing shared) to 1."""
    return Indel.normalized_similarity(words(a), words(b))


def outcome_between(old_text: str, new_text: str) -> Outcome:
    """Unchanged when only case, whitespace or punctuation differ; edited otherwise."""
    return Outcome.UNCHANGED if words(old_text) == words(new_text) else Outcome.EDITED


class _Side:
    """One text and its claims, pre-computed for scoring: word codes, context, position."""

    def __init__(self, body: str, spans: Sequence[Span], vocabulary: dict[str, str]):
        self.codes = [_encode(words(span.text), vocabulary) for span in spans]
        self.prefixes = [" ".join(words(body[max(0, span.start - CONTEXT_CHARS) : span.start])) for span in spans]
        self.suffixes = [" ".join(words(body[span.end : span.end + CONTEXT_CHARS])) for span in spans]
        length = max(len(body), 1)
        self.positions = [(span.start + span.end) / 2 / length for span in spans]


def _encode(sequence: tuple[str, ...], vocabulary: dict[str, str]) -> str:
    """One character per distinct word, so rapidfuzz's C code compares words, not letters."""
    # Code points from U+10000 upwards: never a surrogate, and room for a million words.
    return "".join(vocabulary.setdefault(word, chr(0x10000 + len(vocabulary))) for word in sequence)


def reanchor(*, old_body: str, old_spans: Sequence[Span], new_body: str, new_spans: Sequence[Span]) -> list[Anchor]:
    """Decides, for every old and every new claim, whether it continues, changed, left or arrived.

    Returns one Anchor per old claim (unchanged, edited or removed) in old order, followed by one
    per new claim without a predecessor (new), in new order. See the module docstring.
    """
    vocabulary: dict[str, str] = {}
    old, new = _Side(old_body, old_spans, vocabulary), _Side(new_body, new_spans, vocabulary)
    pairs = _candidate_pairs(old, new)
    exact = [pair for pair in pairs if old.codes[pair[0]] == new.codes[pair[1]]]
    approximate = [pair for pair in pairs if old.codes[pair[0]] != new.codes[pair[1]]]
    matched: dict[int, Anchor] = {}
    taken: set[int] = set()
    for outcome, group in ((Outcome.UNCHANGED, exact), (Outcome.EDITED, approximate)):
        scored = [(_score(old, new, i, j, similarity), i, j, similarity) for i, j, similarity in group]
        # Best score first; ties in reading order, so the result never depends on hashing.
        for score, i, j, similarity in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
            if i not in matched and j not in taken:
                matched[i] = Anchor(outcome, i, j, similarity, score)
                taken.add(j)
    anchors = [matched.get(i, Anchor(Outcome.REMOVED, i, None)) for i in range(len(old_spans))]
    anchors += [Anchor(Outcome.NEW, None, j) for j in range(len(new_spans)) if j not in taken]
    return anchors


def _candidate_pairs(old: _Side, new: _Side) -> list[tuple[int, int, float]]:
    """(old index, new index, word similarity) of every pair at or above the threshold."""
    if not old.codes or not new.codes:
        return []
    matrix = process.cdist(
        old.codes, new.codes, scorer=Indel.normalized_similarity, score_cutoff=QUOTE_THRESHOLD, workers=1
    )
    pairs = []
    for i, j in zip(*np.nonzero(matrix), strict=True):
        # Recomputed in double precision: the matrix is float32, the threshold is a promise.
        similarity = Indel.normalized_similarity(old.codes[i], new.codes[j])
        if similarity >= QUOTE_THRESHOLD:
            pairs.append((int(i), int(j), similarity))
    # Two claims without words (a lone "…") are equal for Indel but say nothing: no pair.
    return [(i, j, s) for i, j, s in pairs if old.codes[i] or new.codes[j]]


def _score(old: _Side, new: _Side, i: int, j: int, similarity: float) -> float:
    context = (fuzz.ratio(old.prefixes[i], new.prefixes[j]) + fuzz.ratio(old.suffixes[i], new.suffixes[j])) / 200
    position = 1 - abs(old.positions[i] - new.positions[j])
    return WEIGHT_QUOTE * similarity + WEIGHT_CONTEXT * context + WEIGHT_POSITION * position


def word_diff(old_text: str, new_text: str) -> list[tuple[str, str]]:
    """The new text of an edited claim as (operation, text) runs: "equal", "delete" (only in the
    old text) or "insert" (only in the new one), split on whitespace so a reader sees words."""
    old, new = re.split(r"(\s+)", old_text), re.split(r"(\s+)", new_text)
    runs = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if operation == "equal":
            runs.append(("equal", "".join(new[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("delete", "".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("insert", "".join(new[j1:j2])))
    return runs
