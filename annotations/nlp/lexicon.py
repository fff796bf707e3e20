"""Helpers for the word lists of the rules (French function words, abbreviations, cues)."""

import re


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of `text`: long word lists read best as prose."""
    return frozenset(text.split())


def alone_on_a_line(alternatives: str) -> re.Pattern:
    """A line that is one of `alternatives` (a regex alternation) and nothing more but its punctuation or an
    arrow, in either case: a button's, a label's ("Je l'achète !", "Réserver ›", "Repères :")."""
    return re.compile(rf"^(?:{alternatives})\W*$", re.I)


# The months and the days of the week as texts write them, in full or cut short.
MONTHS = words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
MONTH_ABBREVIATIONS = words("janv févr avr juil sept oct nov déc")
WEEKDAYS = words("lundi mardi mercredi jeudi vendredi samedi dimanche")
MONTHS_AND_WEEKDAYS = MONTHS | MONTH_ABBREVIATIONS | WEEKDAYS

# Adverbs that link a sentence to the one before ("toutefois", "pourtant"), which the model glues after a name or
# between a verb and what it governs ("appelle toutefois à").
LINKING_ADVERBS = words("toutefois pourtant cependant néanmoins")
