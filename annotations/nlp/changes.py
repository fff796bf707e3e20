"""Changes: "passé de X à Y" is two values, not a range (`money` and `quantities` read them alike)."""

import re

from annotations.nlp.numbers import word_before

# A verb of change before "de X à Y" (not the noun: "une hausse de 10 à 15 %" is a range).
CHANGE_VERB = re.compile(
    r"(?:pass|augment|baiss|grimp|chut|recul|progress|évolu|port|ramen|relev|abaiss|mont|tomb|diminu|gonfl|"
    r"plong|dégringol|flamb|hauss|rehauss|multipli|redescend|remont)"
    r"(?:é|ée|és|ées|er|ant|ait|aient|ent|era|eront|èrent|a)$"
    r"|^(?:passe|bondi|réduit|réduite|fondu|divisé|redescendu)$"
    # the present and the stems in "è" ("augmente", "relève", "relèvera", "ramènent"), not the nouns ("une hausse de",
    # "la baisse de", "la chute de", "la porte de")
    r"|^(?:augment|relèv|ramèn|grimp|progress|diminu|recul|évolu|plong|gonfl|flamb|mont|remont|tomb|multipli)"
    r"(?:e|es|ons|ez|era|eront|ent)$",
    re.I,
)
# A verb of falling: "de X à Y" after it, from the smaller to the larger, is by how much it fell ("Il est tombé de 20 à
# 25 cm de neige", "les effectifs ont été réduits de 300 à 400 postes"), a range (`quantities`).
FALL_VERB = re.compile(r"^(?:baiss|chut|recul|tomb|diminu|plong|dégringol|abaiss|redescend|rédui|fondu|divisé)", re.I)
# ... but a rank grows as it falls: "le club a reculé de 12 à 15 places" goes from the 12th place to the 15th.
RANKS = frozenset({"place", "rang", "position"})
# ... or before the object it changes, in up to six words: "relever le plafond de 10 000 à 12 000 euros", "relèvera le
# prix de son ticket à l'unité de 2,40 à 2,60 euros".
_VERB_AND_OBJECT = re.compile(
    r"(?<![\w'’-])(\w+)\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces)"
    r"\s*[\w-]+(?:\s+[\w'’-]+){0,5}\s+$",
    re.I,
)


def change_verb(text: str, start: int) -> str | None:
    """The verb of change, in lower case, that a "de X à Y" starting at `start` follows: just before
    it ("passé de") or before the object it changes ("relever le plafond de"); None for none."""
    before = word_before(text, start) or ""
    if CHANGE_VERB.search(before):
        return before
    match = _VERB_AND_OBJECT.search(text, max(0, start - 80), start)
    return match[1].lower() if match and CHANGE_VERB.search(match[1]) else None
