"""The rules that name the words they open on (`Rule.opens`), tried only where one of those words opens.

A rule's pattern is a look-behind for a word's start (`rules.WORD_START`) and then its words: the
regex engine, given no first letter to skip ahead to, tried it at every character of every stretch
around its trigger, and most of the rules' time went into failing there, in digit stretches that
hold most of a news text. The text's word starts are now found once, filed by `opening_key`, and a
rule naming its opening words is tried only at theirs: the same matches, in the same order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from itertools import chain

from annotations.nlp.dates.rules import WORD_START, Rule, opening_key
from annotations.nlp.number_matches import matches_at

# Every position a rule may start at (a word's start, on a letter or a digit), with its word: letters
# and digits up to the first other character ("l" of "l'an", "mi" of "mi-mars", "12" of "12/03").
_WORD = re.compile(rf"{WORD_START}[^\W_]+")


def word_starts(lowered: str) -> dict[str, list[int]]:
    """The positions of the words of `lowered`, in order, by their `opening_key`."""
    starts: dict[str, list[int]] = defaultdict(list)
    for word in _WORD.finditer(lowered):
        starts[opening_key(word[0])].append(word.start())
    return starts


def rule_matches(
    rule: Rule, lowered: str, around: list[tuple[int, int]], starts: dict[str, list[int]]
) -> Iterator[re.Match]:
    """What `rule.pattern.finditer` finds in each stretch of `around`, tried only where the words it
    opens on open (everywhere for a rule naming none)."""
    if rule.opens is None:
        return (match for first, last in around for match in rule.pattern.finditer(lowered, first, last))
    at = sorted(chain.from_iterable(starts.get(key, ()) for key in rule.opens))
    return (
        match
        for first, last in around
        for match in matches_at(rule.pattern, lowered, at[bisect_left(at, first) : bisect_left(at, last)], last)
    )
