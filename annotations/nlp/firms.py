"""Firms by the shape of their names, as spaCy Matcher patterns (institutions.HeadedNames runs them
with the other organisations'): a trade in the plural, capitalised, then the firm's place or founder
("les Forges de la Fensch", "les Tréfileries et Laminoirs de l'Orne", "les Ateliers Kahn frères",
"les Houillères du bassin de Lorraine"), and a family firm ("Wolff et Fils", "Martin & Cie"). In lower
case the trade names buildings ("les forges du village")."""

from __future__ import annotations

from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.institution_words import FIRM_HEADS
from annotations.nlp.token_patterns import ARTICLE, NAME, OF, PROPER, WORD

_PARTNERS = ["Fils", "Frères", "Cie", "Associés"]
# A legal form closing the name is the name's: "Martin et Fils SA", "Forges de Niaux SARL".
_LEGAL_FORMS = ["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCOP"]
# The words a family firm's name closes on, for institutions.HeadedNames' windows, as the patterns read
# them: "SA", not the possessive "sa" of prose.
FIRM_LAST_FORMS = frozenset(_PARTNERS + _LEGAL_FORMS)


def firm_patterns() -> list[list[dict]]:
    """The patterns of the module's docstring."""
    head = {"LOWER": {"IN": sorted(FIRM_HEADS)}, "IS_TITLE": True, "IS_SENT_START": False}
    other_head = [{"LOWER": "et"}, {"LOWER": {"IN": sorted(FIRM_HEADS)}, "IS_TITLE": True}]
    family = {"LOWER": {"IN": ["frères", "fils"]}, "OP": "?"}
    of_what = [OF, ARTICLE, WORD, *PROPER]  # "du bassin de Lorraine"
    patterns = [[head, *other, *name, family] for other in ([], other_head) for name in (NAME, PROPER, of_what)]
    founder = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$"}, "ORTH": {"NOT_IN": sorted(FIRST_NAMES)}}
    legal = {"ORTH": {"IN": _LEGAL_FORMS}, "OP": "?"}
    return patterns + [[founder, {"LOWER": {"IN": ["et", "&"]}}, {"ORTH": {"IN": _PARTNERS}}, legal]]
