"""Helpers for the word lists of the rules (French function words, abbreviations, cues)."""


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of `text`: long word lists read best as prose."""
    return frozenset(text.split())
