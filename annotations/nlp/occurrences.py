"""Where a document's confirmed names stand, and their occurrences the model missed.

The model marks a name where its context makes it sure; a name the text confirms once ("Jean Dupont"
in the prose) is marked at its every other place too, headings included ("Dupont" in a title),
the longest forms first.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotations.nlp.bodies import reads_as_a_body
from annotations.nlp.entity_labels import Mention
from annotations.nlp.name_noise import is_before_oblige
from annotations.nlp.parties import THE_STATE, is_the_state
from annotations.nlp.spans import SpanSet
from annotations.nlp.state import DocState


def name_occurrences(surfaces: Iterable[str], text: str, saga: DocState) -> dict[str, list[tuple[int, int]]]:
    """Where each surface form stands as a whole word, outside boilerplate (headings included).

    The longest forms are placed first, so "Dupont" inside "Jean Dupont" is not an occurrence.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    taken = SpanSet()
    for surface in sorted(surfaces, key=len, reverse=True):
        found[surface] = []
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            if (
                _is_whole(text, at, end)
                and _in_prose_or_heading(saga, (at, end))
                # "État" stands for the State only where it reads so (not in "coup d'État"); "Printemps oblige" is an idiom
                and (surface != THE_STATE or is_the_state(text, at))
                and not is_before_oblige(surface, text, end)
                and reads_as_a_body(surface, text, at)  # not "Ville morte" after "la Ville"
                and taken.add_if_free(at, end)
            ):
                found[surface].append((at, end))
            at = text.find(surface, at + 1)
    return found


def _is_whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-")


def _in_prose_or_heading(saga: DocState, span: tuple[int, int]) -> bool:
    block = saga.block_at(span[0])
    return block is not None and block.kind != "boilerplate" and span[1] <= block.end


def propagate(mentions: list[Mention], occurrences: dict[str, list[tuple[int, int]]]) -> list[Mention]:
    """Marks the occurrences of confirmed names that the model missed, headings included."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = list(mentions)
    for surface in sorted(occurrences, key=len, reverse=True):
        found.extend(Mention(start, end, "") for start, end in occurrences[surface] if taken.add_if_free(start, end))
    return found
