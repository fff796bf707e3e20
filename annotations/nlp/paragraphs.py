"""A plain text's paragraphs: its non-empty lines, a hard-wrapped line joined to the one before it
(see `segment`, which classifies them)."""

import re
from dataclasses import dataclass

from annotations.nlp import bylines
from annotations.nlp.sentences import strip_span


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # stripped: the span holds no leading or trailing white space


def text_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`, stripped, in order."""
    return [(line.start, line.end) for line in _paragraphs(text)]


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        start, end = strip_span(text, offset, offset + len(raw))
        if start < end:
            lines.append(_Line(start, end))
        offset += len(raw)
    return lines


def _paragraphs(text: str) -> list[_Line]:
    paragraphs: list[_Line] = []
    for line in _lines(text):
        previous = paragraphs[-1] if paragraphs else None
        if previous and _is_wrapped(text, previous, line):
            paragraphs[-1] = _Line(previous.start, line.end)
        else:
            paragraphs.append(line)
    return paragraphs


# A line ending on a word that waits for the next ("se réunira le\nmardi 15 décembre").
_LINKING_END = re.compile(r"\b(?:à|de|du|des|le|la|les|l'|au|aux|par|en|et|sur|pour|avec|dans|entre|d')$", re.I)


def _is_wrapped(text: str, previous: _Line, line: _Line) -> bool:
    # Hard-wrapped prose: the line before stops mid-sentence, on the same paragraph (no blank line);
    # a date under a headline ("mercredi 9 décembre 2026", no stop) is a line of its own, unless the
    # line before leaves a word waiting for it ("se réunira\nmardi 15 décembre." has its stop).
    between = text[previous.end : line.start]
    if between.count("\n") != 1 or not text[line.start].islower() or text[previous.end - 1] in '.!?…:»"':
        return False
    below = text[line.start : line.end]
    if below.endswith((".", "!", "?", "…")) or _LINKING_END.search(text, previous.start, previous.end):
        return True
    return not bylines.is_byline_or_date(below)
