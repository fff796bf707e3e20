"""Sports clubs by the shape of their names, as spaCy Matcher patterns (institutions.HeadedNames
runs them with the other organisations'): a club is ORG, its town inside its name no place.

- "Stade", "Olympique", "Section", "Sporting", "Racing" with the town's adjective ("le Stade
  brestois", "la Section paloise", "le Stade français Paris") or "de" and the town ("l'Olympique de
  Marseille", "le Sporting de Charleroi", "le Stade de Reims"; "le Stade de France" is a stadium);
- a town and "olympique" ("le Castres olympique");
- an acronym of the club's kind before or after its town ("l'AS Monaco", "le CA Brive", "le
  Limoges CSP", "l'Amiens SC");
- "Union" with a hyphenated name ("l'Union Bordeaux-Bègles").
"""

from __future__ import annotations

from annotations.nlp.token_patterns import CAPITAL, HYPHENATED, NAME, OF

# The town's adjective, masculine or feminine: "brestois", "paloise", "lyonnais", "toulousain".
_DEMONYM = {"IS_LOWER": True, "TEXT": {"REGEX": r"(?:ais|aise|ois|oise|ain|aine|in|ine|ien|ienne|ard|arde)$"}}
_CLUB_HEADS = ["Stade", "Olympique", "Section", "Sporting", "Racing"]
# Acronyms that name a club's kind: Association sportive, Football club, Club athlétique...; not "US"
# ("US Open", the tournament) nor "SA" (a company's form).
_PREFIXES = ["AS", "FC", "RC", "SC", "ES", "AJ", "OGC", "AC", "CA", "ASM", "USAP", "SCO", "SM"]
_SUFFIXES = ["FC", "SC", "AC", "CSP", "HB", "BB", "UC", "OC", "AFC", "CF", "HBC", "VB", "SCO"]
_NOT_A_TOWN = ["France"]  # "le Stade de France", a stadium
# A town's name, not the article opening a sentence ("Le Limoges CSP a gagné").
_TOWN = [{**CAPITAL, "ORTH": {"NOT_IN": ["Le", "La", "Les", "L'"]}}, *NAME[1:]]


# The words a club's name opens or closes on, for institutions.HeadedNames' windows.
CLUB_FIRST_WORDS = frozenset(word.lower() for word in [*_CLUB_HEADS, *_PREFIXES, "Union"])
CLUB_LAST_WORDS = frozenset(word.lower() for word in [*_SUFFIXES, "olympique"])


def club_patterns() -> list[list[dict]]:
    """The patterns of the module's docstring."""
    head = {"ORTH": {"IN": _CLUB_HEADS}}
    town = {**CAPITAL, "ORTH": {"NOT_IN": _NOT_A_TOWN}}
    return [
        [head, _DEMONYM, {**CAPITAL, "OP": "?"}],
        [head, OF, town],
        [head, OF, town, {"ORTH": "-"}, CAPITAL],  # "le Stade de Reims-Champagne"
        [*_TOWN, {"ORTH": "olympique"}],
        [{"ORTH": {"IN": _PREFIXES}}, *NAME],
        [*_TOWN, {"ORTH": {"IN": _SUFFIXES}}],
        [{"ORTH": "Union"}, *HYPHENATED],
    ]
