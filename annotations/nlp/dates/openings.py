"""The rules that name the words they open on (`Rule.opens`), tried only where one of those words opens.

A rule's pattern is a look-behind for a word's start (`rules.WORD_START`) and then its words: the
regex engine, given no first letter to skip ahead to, tried it at every character of every stretch
around its trigger, and most of the rules' time went into failing there, in digit stretches that
hold most of a news text. The starts of the words some rule opens on are now found once per text,
filed by `opening_key`, and a rule naming its opening words is tried only at theirs: the same
matches, in the same order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain

from annotations.nlp.dates.rules import A_NUMBER, WORD_START, Rule
from annotations.nlp.number_matches import matches_at


def opening_words(keys: Iterable[str]) -> re.Pattern:
    """The words filed under `keys` (`opening_key`s) where they open (a word's start, as `rules.WORD_START`
    says): a number by its first digit, a key of three letters as a word's first letters, a shorter one as
    a whole word (letters and digits up to the first other character: "l" of "l'an", "mi" of "mi-mars")."""
    keys = sorted(set(keys) - {A_NUMBER})
    words = [r"\d", *(re.escape(key) for key in keys if len(key) == 3)]
    whole = [re.escape(key) for key in keys if len(key) < 3]
    if whole:
        words.append(rf"(?:{'|'.join(whole)})(?![^\W_])")
    return re.compile(rf"{WORD_START}(?:{'|'.join(words)})")


def word_starts(lowered: str, words: re.Pattern) -> dict[str, list[int]]:
    """The positions of the `words` (`opening_words`) of `lowered`, in order, by their `opening_key`."""
    starts: dict[str, list[int]] = defaultdict(list)
    for word in words.finditer(lowered):
        starts[A_NUMBER if word[0].isdecimal() else word[0]].append(word.start())
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
