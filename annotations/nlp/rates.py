"""Proportions and the bases of rates: numbers beside a count that are no count of their own
(`quantities` leaves them out).

- "1 patient sur 10", "trois élèves sur quatre": out of a small number or a power of ten, a proportion,
  no count ("27 sièges sur 35" counts seats out of a total, "300 emplois sur 5 ans" jobs);
- "312 cas pour 100 000 habitants", "5,2 litres aux 100 km": the base of a rate; "465 euros les 1 000
  litres": the measure a price is given for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from spacy.lang.fr.stop_words import STOP_WORDS

from annotations.nlp import numbers
from annotations.nlp.currencies import CURRENCY_WORDS
from annotations.nlp.types import QuantitySpan
from annotations.nlp.units import SYMBOLS

# "1 patient sur 10", "trois élèves sur quatre": a proportion, no count ("300 emplois sur 5 ans" is one).
_PROPORTION = re.compile(rf"\s+sur\s+(?P<whole>{numbers.FIGURES}|{numbers.WORDS})(?![\w])\s*(?P<next>[^\W\d_]*)", re.I)
# A verb in the plural after "sur dix" ("vivent", "déclarent"): the subject was a proportion; a noun after it
# ("sur 5 ans", "sur 35 départements") is plural in -s.
_PLURAL_VERB = re.compile(r"[^\W\d_]{2,}ent", re.I)
# between a quantity and the base of its rate (`without_rate_bases`): "pour 1 000 habitants", "aux 100 km"
_RATE_BASE = re.compile(r"\s+(?P<word>pour|aux)\s+")
# the same with the count's adjective or complement between, where the base is a population: "2,8 médecins
# généralistes pour 10 000 habitants", "4,1 décès maternels pour 100 000 naissances", "6 lits d'hôpital pour 1 000
# habitants", "11,3 cas confirmés pour 100 000 personnes"
_POPULATION_BASE = re.compile(r"(?:\s+(?:d['’]|de\s+)?[^\W\d_][\w-]*){1,2}\s+pour\s+")
_POPULATIONS = frozenset({"habitant", "naissance", "personne"})
# newcomers are counted, no base: "400 logements neufs pour 1 000 nouveaux habitants", "pour 10 000 habitants de plus"
_NEWCOMERS = re.compile(r"\b(?:nouveaux|nouvelles|supplémentaires|additionnels|additionnelles|de plus|en plus)\b", re.I)
# between an amount, ending on its currency, and the measure it is the price of (not "En 2024 les 1 000 litres")
_PRICE_BASE = re.compile(rf"(?:(?<![\w])(?:{numbers.alternation(CURRENCY_WORDS)})|[$€£¥])(?P<end>)\s+les\s+$", re.I)


def a_proportion(text: str, end: int) -> bool:
    """ "1 patient sur 10", "trois élèves sur quatre": out of a small number or a power of ten, a
    rate; "27 sièges sur 35" counts seats out of a total."""
    following = _PROPORTION.match(text, end)
    if not following:
        return False
    after = following["next"]
    if after and after.lower() not in STOP_WORDS and not _PLURAL_VERB.fullmatch(after):
        return False  # "300 emplois sur 5 ans"; but "trois élèves sur dix vivent seuls" is a proportion
    out_of = numbers.parse_number(following["whole"])
    return out_of is not None and (out_of <= 10 or _power_of_ten(out_of))


def _power_of_ten(value: Decimal) -> bool:
    return Decimal(value).log10() % 1 == 0


def without_rate_bases(
    text: str, found: list[QuantitySpan], amounts: Iterable[tuple[int, int]] = ()
) -> list[QuantitySpan]:
    """ "312 cas pour 100 000 habitants", "4 médecins pour 1 000 habitants": a count of a power of ten
    (100 or more) right after "pour" behind another quantity is the base of a rate, no count of its
    own ("agrandi pour 100 000 spectateurs" and "300 euros pour 1 000 tracts" keep theirs); a measure too after
    "aux" ("5,2 litres aux 100 km"), and after "les" behind an amount, one of `amounts` (spans of the amounts and
    of the dates) ending on its currency: "465 euros les 1 000 litres", "4 € les 500 grammes"."""
    kept, ends = [], {end for _, end in amounts}
    for quantity in found:
        price = _PRICE_BASE.search(text, max(0, quantity.start - 40), quantity.start)
        if price and price.start("end") in ends and quantity.unit in SYMBOLS.values():
            continue
        value, previous = quantity.min, kept[-1] if kept else None
        if (
            previous is not None
            and value is not None
            and value == quantity.max
            and value >= 100
            and (base := _rate_base(text, previous, quantity))
            and _power_of_ten(value)  # after the match: a Decimal's log10 costs a hundred times more
            and (quantity.unit not in SYMBOLS.values() or base["word"] == "aux")
        ):
            continue
        kept.append(quantity)
    return kept


def _rate_base(text: str, previous: QuantitySpan, quantity: QuantitySpan) -> re.Match | None:
    """What joins a quantity to `quantity` when this is the base of its rate ("pour", "aux"), or None."""
    between = _RATE_BASE.fullmatch(text, previous.end, quantity.start)
    if (
        between is None
        and quantity.unit in _POPULATIONS
        and not _NEWCOMERS.search(text, quantity.start, quantity.end + 16)
    ):
        between = _POPULATION_BASE.fullmatch(text, previous.end, quantity.start)
    return between
