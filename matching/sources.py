"""The entities a claim names as its source: "Selon l'Insee, ...", "D'après la FAO, ...",
"L'Unicef affirme que ...". Two claims that give one fact two values on the word of two sources
contradict each other, though each names an entity the other lacks (matching.scoring).
An entity that says something of itself is no source but what the claim is about: "Airbus
affirme avoir livré 50 avions", "Airbus affirme qu'il a livré ...", "Selon Airbus, ses
livraisons ...", "Transdev assure 20 trains par jour" (no "que": not a saying).
"""

import re

# The words that say a source, looked for first: most claims have none ("après" alone is mostly
# a time: "après la crue").
_CUE = re.compile(r"selon|d['’]après|(?:affirm|assur|estim|indiqu|déclar|précis|soulign)\w*\s+qu", re.IGNORECASE)
# Before the source ("selon l'", "d'après la") and after it: its verb of saying, then "que", as
# the name's own verb ("L'Insee estime que"; not "..., à Nantes, a précisé Jean Dupont": there
# the comma ends another clause and the speaker comes after the verb).
_BEFORE = re.compile(r"\b(?:selon|d['’]après)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?", re.IGNORECASE)
_AFTER = re.compile(
    r"\s+(?:a\s+|ont\s+)?(?:affirm|assur|estim|indiqu|déclar|précis|soulign)\w*\s+qu(?:e\b|['’])(?!\s*(?:il|elle)s?\b)",
    re.IGNORECASE,
)
# A possessive: the source may own what the claim tells ("Selon Airbus, ses livraisons ...").
_OWN = re.compile(r"\b(?:son|sa|ses|leurs?)\b", re.IGNORECASE)


def named_sources(text: str, names: list[tuple]) -> frozenset:
    """The keys of the names of `names` (key, name, label) that `text` gives as its source."""
    if not names or not _CUE.search(text) or _OWN.search(text):
        return frozenset()
    folded = text.casefold()  # searched itself: folding may change lengths ("ß" is "ss")
    after = [folded[found.end() :] for found in _BEFORE.finditer(folded)]
    before = [folded[: found.start()] for found in _AFTER.finditer(folded)]
    found = set()
    for key, name, _label in names:
        name = name.casefold()
        if any(rest.startswith(name) for rest in after) or any(_subject(rest, name) for rest in before):
            found.add(key)
    return frozenset(found)


# What may stand before a source that is the subject of its verb: nothing, an article, a comma.
_BEFORE_SUBJECT = re.compile(r"(?:^|[,;:(]|\b(?:le|la|les|l['’]))\W*$")


def _subject(before: str, name: str) -> bool:
    """Whether `before` (the text before a verb of saying) ends with `name` as the whole subject:
    "L'Insee estime que", not "Le maire de Metz estime que" (Metz is what the claim is about)."""
    return before.endswith(name) and _BEFORE_SUBJECT.search(before[: len(before) - len(name)]) is not None
