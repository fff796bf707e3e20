"""The patterns of `money` and `quantities` that open on a number, tried only where a number opens.

Most of those patterns' time went into failing, at every position of every stretch, on their first
group: a number in figures or in words (`numbers.FIGURES`, `numbers.WORDS`), whose alternation of
number words is slow to fail under re.IGNORECASE. Where a number may open is now found once per
stretch, and each pattern is tried only there: the same matches, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotations.nlp.numbers import FIGURES, WORDS, windows

# Zero width: every position where a number opens, those inside another number included ("000" of
# "10 000"), as a pattern's finditer would try them.
_NUMBER_OPENS = re.compile(rf"(?=(?:{FIGURES}|{WORDS}))", re.I)


def number_starts(text: str, start: int, end: int) -> list[int]:
    """The positions of text[start:end] where a number (figures or words) opens, read as a pattern
    with `endpos` end reads them."""
    return [match.start() for match in _NUMBER_OPENS.finditer(text, start, end)]


def number_windows(text: str, regions: list[tuple[int, int]]) -> dict[tuple[int, int], list[int]]:
    """The stretches of `regions` around the numbers of `text` (`numbers.windows`, in order), each
    with where numbers open in it (`number_starts`): what `money` and `quantities` both read, so a
    Doc's are found once (`DocState.number_windows`)."""
    return {stretch: number_starts(text, *stretch) for stretch in windows(text, regions)}


def matches_at(pattern: re.Pattern, text: str, starts: list[int], end: int) -> Iterator[re.Match]:
    """What `pattern.finditer(text, starts[0], end)` finds, for a pattern whose first group is a number
    (`FIGURES` or `WORDS`, or one of them), so that every match opens at one of `starts` (sorted):
    tried only there, each after the end of the match before."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        match = pattern.match(text, start, end)
        if match:
            yield match
            resume = match.end()
