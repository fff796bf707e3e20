"""The entities a claim names as its source: "Selon l'Insee, ...", "D'après la FAO, ...",
"L'Unicef affirme que ...". Two claims that give one fact two values on the word of two sources
contradict each other, though each names an entity the other lacks (matching.scoring).
"""

import re

# The words that say a source, looked for first: most claims have none.
_CUE = re.compile(r"selon|après|affirm|assur|estim|indiqu|déclar|précis|soulign", re.IGNORECASE)
# Before the source ("selon l'", "d'après la") and after it (", a affirmé", "estime").
_BEFORE = re.compile(r"\b(?:selon|d['’]après)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?", re.IGNORECASE)
_AFTER = re.compile(r"\s*,?\s+(?:a\s+|ont\s+)?(?:affirm|assur|estim|indiqu|déclar|précis|soulign)\w*", re.IGNORECASE)


def may_name_a_source(text: str) -> bool:
    """Whether `text` holds a word that says a source (a cheap first look)."""
    return _CUE.search(text) is not None


def named_sources(text: str, names: list[tuple]) -> frozenset:
    """The keys of the names of `names` (key, name, label) that `text` gives as its source."""
    if not names or not _CUE.search(text):
        return frozenset()
    folded = text.casefold()
    after = [folded[found.end() :] for found in _BEFORE.finditer(text)]
    before = [folded[: found.start()] for found in _AFTER.finditer(text)]
    found = set()
    for key, name, _label in names:
        name = name.casefold()
        if any(rest.startswith(name) for rest in after) or any(rest.endswith(name) for rest in before):
            found.add(key)
    return frozenset(found)
