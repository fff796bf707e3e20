"""The entities a claim names as its source: "Selon l'Insee, ...", "D'après la FAO, ...",
"L'Unicef affirme que ...". Two claims that give one fact two values on the word of two sources
contradict each other, though each names an entity the other lacks (matching.scoring).
"""

import re

# The words that say a source, looked for first: most claims have none.
_CUE = re.compile(r"selon|après|affirm|assur|estim|indiqu|déclar|précis|soulign", re.IGNORECASE)
_BEFORE = r"(?:selon|d['’]après)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?"
_AFTER = r"\s*,?\s+(?:a\s+|ont\s+)?(?:affirm|assur|estim|indiqu|déclar|précis|soulign)\w*"


def named_sources(text: str, names: list[tuple]) -> frozenset:
    """The keys of the names of `names` (key, name, label) that `text` gives as its source."""
    if not names or not _CUE.search(text):
        return frozenset()
    found = set()
    for key, name, _label in names:
        written = re.escape(name)
        if re.search(_BEFORE + written, text, re.IGNORECASE) or re.search(written + _AFTER, text, re.IGNORECASE):
            found.add(key)
    return frozenset(found)
