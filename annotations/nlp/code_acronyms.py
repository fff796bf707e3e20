"""Currency codes that are also people's initials: "DA" (the Algerian dinar, or an art or an administrative
director), "DT" (the Tunisian dinar, or a technical director) and "MD" (the Tunisian press's millions of dinars, or
doctors). After a figure they are money where the
sentence speaks of money (a price, a cost, a payment, a wage, a rent, a dinar written out), or the figure has
decimals or a scale ("12,50 DA", "1,2 million de DA"); else they are counts of people where the figure stands in a
list of counts ("L'agence a recruté 12 DA et 40 graphistes", "35 graphistes et 6 DA"), or is small in a sentence that
speaks of staff ("Le club a engagé 2 DT"). A small figure with no staff said stays money, the Algerian press's
prices of bread and milk ("le sachet de lait à 25 DA"), as does a larger figure alone ("Il a versé 9 500 DA")."""

from __future__ import annotations

import re

from annotations.nlp.ellipsis import sentence_around
from annotations.nlp.types import MoneySpan

_ACRONYM_CODE = re.compile(r"(?<![A-Za-z])(?:DA|DT|MD)$")  # glued to its figure too: "12DA"
_MONEY_WORDS = re.compile(
    r"(?<![\w])(?:prix|co[uû]t\w*|pa(?:y|i)[eéaio]\w*|tarif\w*|salaires?|vend(?!redi)\w*|achet\w*|factur\w*|loyers?|dinars?|budgets?|"
    r"montants?|sommes?|amendes?|valeurs?|vaut|valent|dépens\w*|financ\w*|investi\w*|recettes?|bénéfices?|primes?|"
    r"taxes?|impôts?|subventions?|pensions?|allocations?|revenus?|versé\w*|rapport(?:e|é|ai)\w*|cotis\w*|kilo|litre|pièce|"
    r"l'unité|par mois|par an|euros?|€|s?nmg|smig)(?![\w])",
    re.I,
)
_DECIMALS_OR_SCALE = re.compile(r"\d[,.]\d|(?<![\w])(?:millions?|milliards?|mille|k|m|md|mds)(?![\w])", re.I)
# A count beside it in a list: "12 DA et 40 graphistes", "35 graphistes, 6 DA"
_COUNT_AFTER = re.compile(r"\s*(?:,|et|ou)\s+\d+\s+[^\W\d]", re.I)
_COUNT_BEFORE = re.compile(r"\d+\s+[^\W\d]+\s*(?:,|et|ou)\s+$", re.I)
# Words of staff, which make a small figure a count of people: "Le club a engagé 2 DT", "L'équipe compte 3 DA"
_STAFF_WORDS = re.compile(
    r"(?<![\w])(?:recrut\w*|embauch\w*|engag\w*|emplo[iy]\w*|nomm\w*|limog\w*|licenci\w*|remerci\w*|"
    r"effectifs?|équipes?|staff|compt(?:e|ent|ait|aient|era)\s+(?:désormais\s+|déjà\s+)?\d+)(?![\w])",
    re.I,
)


def read_as_initials(amount: MoneySpan, text: str, region: tuple[int, int]) -> bool:
    """Whether `amount`, read from "DA", "DT" or "MD" after its figure, is a count of people (see the module)."""
    code = _ACRONYM_CODE.search(amount.text)
    if not code or _DECIMALS_OR_SCALE.search(amount.text, 0, code.start()):  # "MD" itself is no scale here
        return False
    start, end = sentence_around(text, region, amount.start)
    if _MONEY_WORDS.search(text, start, end):
        return False
    listed = _COUNT_AFTER.match(text, amount.end, end) or _COUNT_BEFORE.search(text, start, amount.start)
    small = amount.min is not None and amount.min == amount.max and amount.min < 100
    return bool(listed or (small and _STAFF_WORDS.search(text, start, end)))
