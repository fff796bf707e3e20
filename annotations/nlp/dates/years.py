"""Is a four-digit number a year? Not a quantity ("plus de 2000", "2000 salariés"), a street's, a road's, a model's
or an identifier's number ("au 1850 route de Grasse", "la D 2020", "la Peugeot 2008", "l'article 1240"), nor a serial
("la loi n° 2016-1087"). The grammar asks it of every rule that reads a year."""

from __future__ import annotations

import re

from annotations.nlp.dates.verbs import MOVING_VERB
from annotations.nlp.lexicon import words

# The cues after which a year may open a clause ("en 2026 la ville", "depuis 2015 les prix"), and
# "à" or "de ... à" after a verb that moves a date ("a reporté à 2027 l'inauguration", "a reporté de 2030 à 2032 la
# construction"); not "à 1500 le mois", "de 2000 la veille".
_MOVED_TO = rf"{MOVING_VERB}\s+(?:de\s+)?(?:\d{{4}}\s+)?à|{MOVING_VERB}\s+de"
_YEAR_CUES = rf"en|dès|depuis|avant|après|vers|jusqu'en|d'ici|fin|début|mi-|{_MOVED_TO}"
_YEAR_CUE = re.compile(rf"\b(?:{_YEAR_CUES})\s*$", re.I)
# A limit pushed to a figure is no date moved: "a repoussé à 2000 la jauge", "à 1950 l'altitude", "de 2000 à 3000 la
# jauge".
_MOVED_TO_END = re.compile(rf"\b{_MOVED_TO}\s*$", re.I)
_LIMIT_AFTER = re.compile(r"(?:\s+à\s+\d+)?\s+(?:la|le|l['’])\s*(?:jauge|limite|plafond|seuil|nombre|altitude)\b", re.I)
# Words after which a four-digit number is a year even outside 1900-2100 ("en 1515"): those cues and more.
_TEMPORAL_BEFORE = re.compile(rf"\b(?:{_YEAR_CUES}|pour|d'ici à|l'an|année|de|du|au|à|entre)\s*$", re.I)
# Words after which it is a quantity ("plus de 2000", "les 1500").
_QUANTITY_BEFORE = re.compile(
    r"\b(?:plus de|moins de|près de|environ|quelque|les|des|ses|nos|vos|leurs|ces|sur|à peine)\s+$", re.I
)
# How many they were: "Ils étaient 2000 à se presser", "Nous sommes 1500 ce soir"; not years listed after the verb
# ("Les années fastes étaient 2008 et 2009", "Les échéances sont 2027 ou 2028").
_CROWD_BEFORE = re.compile(r"\b(?:étaient|étions|sont|sommes|seront|serons|furent|seraient)\s+$", re.I)
_YEAR_LISTED_AFTER = re.compile(r"\s*(?:,|et|ou)\s*\d{4}\b")
# Words that may follow a year without making it a quantity ("2016 a été", "2016, l'organisation").
_AFTER_YEAR_OK = words(
    "a avait est était fut sera serait reste restera marque marquera voit verra et ou à au aux où qui que puis "
    "comme contre pour sont ont furent avaient seront avec dans par sur après avant depuis lors lorsque quand "
    "puis alors déjà grâce malgré selon chez sous sans entre vers pendant durant jusqu les des ses ces mes "
    "tes nos vos leurs mais jamais toujours plus moins très pas tous toutes près dès lors sous"
)
# Determiners and pronouns, short like a unit ("km", "ha") but opening the clause a year starts
# ("en 2026 la ville", "en 2020 on comptait", "en 2024 sa dette").
_OPENS_CLAUSE = words(
    "le la un une ce cet cette son sa mon ma ton ta notre votre leur il elle on je tu nous vous ils elles y ne se en"
)
_OF_THE = re.compile(r"\s+de\s+(?:l(?:a\s|')|[A-ZÀ-Ý])")  # and a name's: "la saison 2028-2029 de Ligue 1"
# "le budget 2027 du canton": "du" after a noun right after its determiner ("Le club compte 2000 du même âge" counts)
_OF = re.compile(r"\s+du\s")
_OF_BEFORE = re.compile(r"[a-zà-ÿ]{3,}\s+(?:de|d')\s*$", re.I)  # "les Jeux de 2028" (not "plus de 2000": a quantity)
_ONE_NOUN_BEFORE = re.compile(r"\b(?:le|la|l'|son|sa|leur|ce|cet|cette)\s*[a-zà-ÿ-]{3,}\s+$", re.I)
_DAY_AFTER = re.compile(r"\s+(?:le|au|du)\s+(?:1er|[12]\d|3[01]|0?[1-9])\s+[a-zéû]{3,}", re.I)  # "le 31 mars"
# "le budget 2027", "l'exercice fiscal 2022-2023": a noun, maybe its adjective, then the year
_NOUN_BEFORE = re.compile(
    r"\b(?:le|la|l'|du|au|son|sa|leur|ce|cet|cette)\s*[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]{3,})?\s+$", re.I
)
# The word after a number, or after a number range it opens ("1500 et 2000 euros"), and whether
# an apostrophe elides it ("en 2026 l'école": an article, where "2000 l" is litres).
_NEXT_WORD = re.compile(r"(?:\s*(?:et|à|ou|-|–)\s*\d+)?\s*([^\W\d_]+)(')?")


def _counted(word: str, *, elided: bool, cued: bool) -> bool:
    """Is `word`, after a number, the noun it counts? Counted nouns are plural (-s, -x) or units
    ("km"); "2026 approchent", "2016 a été" are years, and so is "en 2026 la ville" after its cue
    ("en", "depuis"...), where "ils étaient 2000 la veille" counts people."""
    if not word.islower() or word in _AFTER_YEAR_OK or (cued and (elided or word in _OPENS_CLAUSE)):
        return False
    if cued and word in ("inclus", "compris"):  # "de 1998 à 2002 inclus", not "2000 inclus dans le plan"
        return False
    if elided and word in ("s", "n", "qu", "c", "j", "m", "t"):
        return False  # a pronoun, no unit: "l'exercice 2024-2025 s'annonce difficile"
    return word.endswith(("s", "x")) or len(word) <= 3


# A number in an address or an identifier, no year: "au 1850 route de Grasse", "la loi n° 2016-1087".
_STREET_AFTER = re.compile(
    r"\s+(?:bis\s+|ter\s+)?(?:rue|route|avenue|boulevard|bd|chemin|allée|impasse|quai|cours)\b", re.I
)
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bn°|\bno\.?|\bnuméros?)\s*$", re.I)
# A road's number, no year: "la D 2020", "la RD 1090", "la départementale 1085" (not "la feuille de
# route 2030", "l'élection départementale 2021").
_ROAD_BEFORE = re.compile(r"(?:\b(?:RN|RD|CD|RM|D|N|M)\s?|\b[Ll]a\s+(?:départementale|nationale)\s+)$")
# A maker that names its models by four digits: "la Peugeot 2008" is a car, not a year; a flight's number
# ("le vol AF 1918", "les vols 1230 et 1231") nor a train's or a bus's ("le TER 2031", "le TGV 6104", "le bus 1960"), the
# train right after its article: "le plan TER 2030", "le contrat Intercités 2030" name a plan's year. A bus's or a tram's
# number in this century's 2020s-2090s names a project by its year ("le tram 2030 sera inauguré", "le bus 2040").
_MODEL_NUMBER_BEFORE = re.compile(
    r"\bPeugeot\s+$|\b[Vv]ols?\s+(?:[A-Z0-9]{2}\s?)?$"
    r"|\b(?:[Ll]es?|[Dd]u|[Aa]ux?|[Uu]n|[Cc]e)\s+(?:TER|TGV|RER|Intercités|Ouigo|Eurostar|Thalys)\s+$"
)
_VEHICLE_BEFORE = re.compile(r"\b(?:[Ll]es?|[Dd]u|[Aa]ux?|[Uu]n|[Cc]e)\s+(?:bus|autobus|tram)\s+$")
_PROJECT_YEAR = re.compile(r"20[2-9]\d\b")
# A form's, a room's, a runner's, a law's article's or amendment's, a plot's or a code's number ("le formulaire 2042", "la
# salle 2010", "le dossard 1999", "l'article 1240 du Code civil", "l'amendement 2045 du gouvernement", "le lot 1950",
# "le code promotionnel 1995"): none is a year.
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:formulaires?|cerfa|imprimés?|salles?|chambres?|portes?|quais?|dossards?|matricules?|articles?|amendements?|"
    r"lots?|parcelles?|"
    r"codes?(?:\s+post(?:al|aux)|\s+promo(?:tionnels?)?|\s+d'accès|\s+secrets?)?)\s+$",
    re.I,
)
# The numbers listed before the last one: "1950 et " in "les codes postaux 1950 et 1960", "1230, " in "les vols 1230,
# 1231 et 1232".
_LISTED_BEFORE = re.compile(r"(?:\d+\s*(?:,|et|ou|à)\s*)+$")


def _names_a_number(text: str, first: int) -> bool:
    """Whether the number at `first` is an identifier's, a road's or a model's by the word before it ("n° 1950",
    "la D 2020", "le code postal 1950"), or by the word before the list it ends ("les codes postaux 1950 et 1960",
    "les articles 1240 et 1241": the head counts for each number it lists)."""
    listed = _LISTED_BEFORE.search(text, max(0, first - 40), first)
    for end in (first, listed.start()) if listed else (first,):
        before = text[max(0, end - 20) : end]
        if any(
            pattern.search(before)
            for pattern in (_NUMBER_SIGN_BEFORE, _ROAD_BEFORE, _MODEL_NUMBER_BEFORE, _IDENTIFIER_BEFORE)
        ):
            return True
        if _VEHICLE_BEFORE.search(before) and not _PROJECT_YEAR.match(text, first):
            return True
    return False


_SERIAL_AFTER = re.compile(r"[-/](\d{3,})")
LAST_PLAUSIBLE_YEAR = 2100  # a bare four-digit number past it is no year news speaks of


def _is_serial(text: str, first: int) -> bool:
    """ "2016-1087": a number goes on after a dash or a slash, not a later year ("2015-2016")."""
    serial = _SERIAL_AFTER.match(text, first + 4)
    if not serial:
        return False
    year, after = int(text[first : first + 4]), serial.group(1)
    return len(after) != 4 or not year < int(after) <= LAST_PLAUSIBLE_YEAR


def _quantity_before(text: str, first: int, before: str) -> bool:
    """A quantity's word before the number at `first`, or a crowd's verb not listing years ("Ils étaient 2000")."""
    if _QUANTITY_BEFORE.search(before):
        return True
    return bool(_CROWD_BEFORE.search(before)) and not _YEAR_LISTED_AFTER.match(text, first + 4)


def is_year(text: str, match: re.Match) -> bool:
    """A four-digit number is a year unless a quantity word precedes it or a noun follows it, or
    it is a street's number or an identifier's."""
    first = match.start("year") if "year" in match.groupdict() else match.start("year1")
    if len(match.groupdict().get("year") or "0000") != 4:
        return True  # a two-digit year is checked by its rule
    before = text[max(0, first - 20) : first]
    if _names_a_number(text, first):
        return False
    if _is_serial(text, first):
        return False
    if match.start() == first and _quantity_before(text, first, before):
        return False
    moved_limit = _MOVED_TO_END.search(before) and _LIMIT_AFTER.match(text, match.end())
    cued = match.start() < first or (bool(_YEAR_CUE.search(before)) and not moved_limit)
    if not cued and _STREET_AFTER.match(text, match.end()):
        return False
    following = _NEXT_WORD.match(text, match.end())
    # "le budget 2027 de la métropole": a noun's year ("2000 de ses salariés", "ils étaient 2000 de la
    # région" count)
    noun_before = _NOUN_BEFORE.search(text[max(0, first - 30) : first])
    of_the = (_OF_THE.match(text, match.end()) and noun_before) or (
        _OF.match(text, match.end()) and _ONE_NOUN_BEFORE.search(text[max(0, first - 30) : first])
    )
    if noun_before and _DAY_AFTER.match(text, match.end()):
        return True  # "clôturera l'exercice 2026-2027 le 31 mars": a noun's year, then a day the verb is done on
    # a reflexive verb after a noun's year: "le budget 2027 se présente", "les Jeux de 2028 se tiendront" ("et 2000 se
    # sont dispersés" counts)
    reflexive = following and following.group(1) == "se" and (noun_before or _OF_BEFORE.search(before))
    if (
        following
        and not of_the
        and not reflexive
        and _counted(following.group(1), elided=bool(following.group(2)), cued=cued)
    ):
        return False  # "2000 salariés", "de 1500 à 2000 mètres", "2000 km"
    if cued or _TEMPORAL_BEFORE.search(before):
        return True
    return all(1900 <= int(year) <= LAST_PLAUSIBLE_YEAR for year in re.findall(r"\d{4}", match[0]))
