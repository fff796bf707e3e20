"""Sports clubs by the shape of their names, as spaCy Matcher patterns (institutions.HeadedNames
runs them with the other organisations'): a club is ORG, its town inside its name no place.

- "Stade", "Olympique", "Section", "Sporting", "Racing" with the town's adjective ("le Stade
  brestois", "la Section paloise"), and all but "Stade" with "de" and the town ("l'Olympique de
  Marseille", "le Sporting de Charleroi"; "le Stade de Gerland" is a stadium, as is "le Stade de
  France");
- a town and "olympique" ("le Castres olympique");
- an acronym of the club's kind before or after its town, one word or hyphenated ("l'AS Monaco", "le
  CA Brive", "le Limoges CSP", "l'Amiens SC", "le Montpellier HR"; "du FC Nantes Alban Lafont" names a player after it);
- "Union" with a hyphenated name ("l'Union Bordeaux-Bègles");
- a town (maybe with its department or region) and "Foot" or "Football", maybe with its department's
  number ("le Clermont Foot", "Rodez Aveyron Football", "le Grenoble Foot 38"; "le foot à Grenoble"
  is no club), or another team sport's capitalised name ("Montpellier Handball", "Chambéry Savoie
  Mont-Blanc Handball", "Nantes Basket"; after a department or region in either case: "le Montpellier
  Hérault rugby"; "le handball à Chambéry" is none).
"""

from __future__ import annotations

from annotations.nlp.token_patterns import CAPITAL, HYPHENATED, OF, TOWN

# The town's adjective, masculine or feminine: "brestois", "paloise", "lyonnais", "toulousain".
_DEMONYM = {"IS_LOWER": True, "TEXT": {"REGEX": r"(?:ais|aise|ois|oise|ain|aine|in|ine|ien|ienne|ard|arde)$"}}
CLUB_HEADS = ["Stade", "Olympique", "Section", "Sporting", "Racing"]
# Acronyms that name a club's kind: Association sportive, Football club, Club athlétique...; not "US"
# ("US Open", the tournament) nor "SA" (a company's form).
_PREFIXES = ["AS", "FC", "RC", "SC", "ES", "AJ", "OGC", "AC", "CA", "ASM", "USAP", "SCO", "SM", "ASPTT"]
_SUFFIXES = ["FC", "SC", "AC", "CSP", "HB", "BB", "UC", "OC", "AFC", "CF", "HBC", "VB", "SCO", "HR"]


# A club's nickname by its two colours, capitalised after a plural article: "les Rouge et Noir", "les Sang et Or",
# "les Ciel et Blanc" (`head_uses.is_no_name` wants the article; "le rouge et le noir" is none).
CLUB_COLOURS = ["Rouge", "Noir", "Blanc", "Bleu", "Vert", "Jaune", "Sang", "Or", "Ciel", "Grenat", "Violet", "Azur"]
# The words a club's name opens on, for institutions.HeadedNames' windows.
CLUB_FIRST_WORDS = frozenset(word.lower() for word in [*CLUB_HEADS, *_PREFIXES, "Union", "US"])
# Team sports a club's name may close on, capitalised, after its town: "Chambéry Savoie Mont-Blanc Handball".
_SPORTS = ["Foot", "Football", "Handball", "Basket", "Volley", "Hockey", "Rugby", "Water-polo"]
# The words a club's name closes on, for institutions.HeadedNames' windows: its acronyms as the patterns
# read them ("SC", not the "sc" of prose), the other words in any case.
CLUB_LAST_FORMS = frozenset(_SUFFIXES)
CLUB_LAST_WORDS = frozenset(word.lower() for word in [*_SPORTS, "olympique", "club"])


def club_patterns() -> list[list[dict]]:
    """The patterns of the module's docstring."""
    head = {"ORTH": {"IN": CLUB_HEADS}}
    head_of_a_town = {"ORTH": {"IN": [word for word in CLUB_HEADS if word != "Stade"]}}
    prefix = {"ORTH": {"IN": _PREFIXES}}
    # (by its lower-case form, so that it is tried only at a colour, `institutions._HEADS_ONLY`; capitalised)
    colour_first = {
        "LOWER": {"IN": [colour.lower() for colour in CLUB_COLOURS]},
        "IS_TITLE": True,
        "IS_SENT_START": False,
    }
    return [
        [head, _DEMONYM],
        [head_of_a_town, OF, CAPITAL],
        [head_of_a_town, OF, *HYPHENATED],
        [*TOWN, {"ORTH": "olympique"}],
        [prefix, CAPITAL],
        [prefix, *HYPHENATED],
        [*TOWN, {"ORTH": {"IN": _SUFFIXES}}],
        [{"ORTH": "Union"}, *HYPHENATED],
        [{"ORTH": "US"}, {**CAPITAL, "ORTH": {"NOT_IN": ["Open"]}}],  # "l'US Forbach", not the "US Open"
        [CAPITAL, {"ORTH": "-"}, {"LOWER": "club"}, _DEMONYM],  # "le Vélo-club spinalien"
        [*TOWN, {"ORTH": {"IN": _SPORTS}}, {"TEXT": {"REGEX": r"^\d{2}$"}, "OP": "?"}],
        [colour_first, {"ORTH": "et"}, {"ORTH": {"IN": CLUB_COLOURS}}],
        [
            *TOWN,
            {"ORTH": {"IN": ["Volley", "Basket", "Hand"]}},
            {"ORTH": "-"},
            {"LOWER": "ball"},
        ],  # "Tours Volley-Ball"
        # a town, then its department or region in one or two words, the sport in either case: "Chambéry Savoie
        # Mont-Blanc Handball", "le Montpellier Hérault rugby"
        [
            *TOWN,
            CAPITAL,
            {"ORTH": "-", "OP": "?"},
            {**CAPITAL, "OP": "?"},
            {"LOWER": {"IN": [sport.lower() for sport in _SPORTS[2:]]}},
        ],
    ]
