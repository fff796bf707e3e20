"""The grammar: every rule, compiled once, and the extraction that runs them over a text."""

from __future__ import annotations

import re
from datetime import date

from annotations.nlp.dates.absolute import absolute_rules
from annotations.nlp.dates.anchored import counted_from
from annotations.nlp.dates.edges import edge_rules
from annotations.nlp.dates.extent import HORIZON, widened
from annotations.nlp.dates.lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH,
    WEEKDAY,
    WEEKDAY_HOLIDAYS,
    alternatives,
)
from annotations.nlp.dates.named import named_rules
from annotations.nlp.dates.openings import opening_words, rule_matches, word_starts
from annotations.nlp.dates.quarters import quarter_rules
from annotations.nlp.dates.relative import leading_rules, relative_rules
from annotations.nlp.dates.republican import republican_rules
from annotations.nlp.dates.rules import Rule
from annotations.nlp.dates.values import Context, Value, open_after, open_before, open_since, open_until
from annotations.nlp.lexicon import words
from annotations.nlp.normalise import lower_case
from annotations.nlp.spans import Regions, SpanSet
from annotations.nlp.types import DateSpan

# Cue words that make a date an open interval, with what they make of it.
_OPENERS = {
    "avant": open_before,
    "après": open_after,
    "depuis": open_since,
    "dès": open_since,
    "à partir de": open_since,
    "à partir du": open_since,
    "à compter de": open_since,
    "à compter du": open_since,
    "jusqu'en": open_until,
    "jusqu'à": open_until,
    "jusqu'au": open_until,
    "au-delà de": open_after,
    "au-delà du": open_after,
    # negated: "pas avant 2028" is from 2028 on, "pas après le 30 juin" up to that day
    "pas avant": open_since,
    "pas après": open_until,
}
_OPEN_BEFORE = re.compile(
    r"\b(?P<cue>(?:pas\s+)?(?:avant|après)|depuis|dès|à partir d[eu]|à compter d[eu]|jusqu'en|jusqu'à|jusqu'au|"
    r"au-delà d[eu])\s+(?:le\s+|l'|la\s+)?$"
)
# The end part of a period, which "avant" closes on its end, not before it: "avant la fin du mois", "avant fin 2026".
_END_PART = re.compile(r"(?:la\s+)?fin\b")
# What does not move the timeline the next dates hang on ("d'ici 2030" is a horizon).
_HORIZON_BEFORE = re.compile(HORIZON + r"(?:le\s+|l'|la\s+)?$")
# Nor does the year a budget is for, prepared the year before: "Le budget 2028 sera présenté le 13 octobre".
_BUDGET_YEAR_BEFORE = re.compile(
    r"\b(?:budget(?: primitif| supplémentaire| rectificatif)?|plf|plfss|loi de finances(?: rectificative)?)\s+(?:pour\s+)?$"
)

# Nor does a goal's year: "ses objectifs pour 2030", "à l'horizon 2035" (a forecast's is: "ses projections pour 2032 :
# le PIB progresserait au premier trimestre" is that year's quarter).
_GOAL_YEAR_BEFORE = re.compile(
    r"(?:\b(?:objectifs?|ambitions?|cibles?)(?:\s+[a-zà-ÿ-]+)?\s+pour|"
    r"\bà l'horizon)\s+$"
)

# Nor does the day a report was made, told beside what it reports: "selon un communiqué lu samedi soir", ", a annoncé
# lundi le ministère" (an aside, its subject after it; "Il a annoncé lundi sa démission. Le lendemain, ..." and "Le
# ministre a précisé lundi le montant" keep the Monday).
_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d'après)\s+(?:un|une|le|la|son|sa|leur)\s+(?:communiqué|déclaration|annonce|dépêche|message)"
    r"(?:\s+[a-zà-ÿ-]+){0,2}\s+$"
)
_SAID_BEFORE = re.compile(
    r"[,»\"]\s*(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|confirmé|expliqué|assuré|fait savoir)\s+$"
)
_SUBJECT_AFTER = re.compile(r"(?:\s+(?:soir|matin|après-midi))?\s+(?:le|la|les|l')\s*[a-zà-ÿ]")


def _attribution(lowered: str, start: int, end: int) -> bool:
    """The day a report was made, not a day of the story it tells."""
    if _SOURCE_BEFORE.search(lowered, max(0, start - 60), start):
        return True
    return bool(_SAID_BEFORE.search(lowered, max(0, start - 30), start) and _SUBJECT_AFTER.match(lowered, end))


def _horizon(lowered: str, start: int, value: Value) -> bool:
    """A date the timeline does not move to: "d'ici 2030", a budget's year."""
    if _HORIZON_BEFORE.search(lowered, max(0, start - 20), start):
        return True
    if value.precision != "year":
        return False
    return bool(
        _BUDGET_YEAR_BEFORE.search(lowered, max(0, start - 40), start)
        or _GOAL_YEAR_BEFORE.search(lowered, max(0, start - 40), start)
    )


# Where a date may be: a digit or a word no date goes without. The rules run only around these
# (windows of _REACH characters either side, merged), not over the whole text; each rule names a
# narrower trigger of _NEEDS (every rule does now), this one is for a rule that names none.
_TRIGGER = re.compile(
    r"\d|\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|janv|jan|févr|fevr|fév|fev|avr|juil|sept|sep|oct|nov|déc|dec|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|hier|demain|aujourd|veille|avant-veille|"
    r"lendemain|surlendemain|semaines?|mois|ans?|années?|annees?|jours?|journée|moment|siècles?|décennies?|printemps|été|"
    r"automne|hiver|noël|noel|pâques|paques|toussaint|ascension|assomption|pentecôte|pentecote|nouvel|saint-sylvestre|"
    r"saint-valentin|fête|armistice|morts|quinzaine|trimestre|semestre|premier|xx?[ivx]*e|[ivx]+e)\b"
)
_REACH = 70


_HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *EASTER_HOLIDAYS, *WEEKDAY_HOLIDAYS]  # the trigger and its cores (_stretches)
_NEEDS = {
    None: _TRIGGER,
    "month": re.compile(rf"\b{MONTH}(?![\w])"),
    "weekday": re.compile(rf"\b{WEEKDAY}(?![\w])"),
    "digit": re.compile(r"\d+"),
    # A period ("l'année dernière", "il y a trois ans", "les années 1990"), a season ("cet été")
    # or a century: the rules reading one run only around it, not around every trigger.
    "unit": re.compile(
        r"\b(?:années|annees|année|annee|ans|an|mois|semaines?|jours?|décennies?|siècles?|heures?)(?![\w])"
    ),
    "season": re.compile(r"\b(?:printemps|été|automne|hiver)(?![\w])"),
    "century": re.compile(r"siècle|e\s+s\.|millénaire"),
    # What a numeric rule cannot match without: "12/03", "12.03.2020"; "12 03 2020"; "2015-2016";
    # "premier trimestre 2024"; "fin 2024", "été 2024". Digits are everywhere in news (their windows
    # hold nine characters in ten of bench/ingest.py's corpus), these seldom are: around them, the
    # same dates are found 40 % faster.
    "numeric_date": re.compile(r"\d[/.-]\d"),
    "spaced_date": re.compile(r"\d\s\d"),
    "year_range": re.compile(r"\d\s?[-–/]\s?\d"),
    "quarter": re.compile(r"trimestre|semestre|trim\."),
    "part_or_season": re.compile(r"début|fin|mi-|mi\s|milieu|courant|printemps|été|automne|hiver"),
    # Whole holiday names, "jour" for the story's days ("le jour même"), the neighbouring days and
    # today's words ("hier", "en ce moment"): the words each rule cannot match without.
    "holiday": re.compile(alternatives(_HOLIDAY_NAMES)),
    "jour": re.compile(r"jour"),
    "neighbour": re.compile(r"veille|lendemain"),
    "today": re.compile(r"aujourd|hier|demain|jour|moment|matin|midi|soir|nuit"),
    "weekend": re.compile(r"week-?end"),
    "school": re.compile(r"rentrée|scolaire|universitaire|saison"),
    "fortnight": re.compile(r"quinzaine|huitaine"),
    "thousand": re.compile(r"\bmil(?:le)?\b|dix-(?:neuf|huit)\s+cent"),  # a year written out: "en deux mille dix-neuf"
}


# The holidays' trigger is names only: each of them holds one of these (the names no other name holds), which
# `in` finds some ten times faster than the alternation fails on a text without a holiday, as news mostly is.
_HOLIDAY_CORES = tuple(
    name for name in _HOLIDAY_NAMES if not any(other != name and other in name for other in _HOLIDAY_NAMES)
)


def _stretches(lowered: str, needs: str | None) -> list[tuple[int, int]]:
    """windows() around the trigger of `needs` (_NEEDS), none where the text holds no holiday for that trigger."""
    if needs == "holiday" and not any(core in lowered for core in _HOLIDAY_CORES):
        return []
    return windows(lowered, _NEEDS[needs])


def windows(lowered: str, trigger: re.Pattern = _TRIGGER) -> list[tuple[int, int]]:
    """The merged stretches of text around the triggers, where the rules are run."""
    found: list[tuple[int, int]] = []
    for match in trigger.finditer(lowered):
        start, end = max(0, match.start() - _REACH), min(len(lowered), match.end() + _REACH)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


class Grammar:
    """All the date rules, compiled; `find` lists the dates of a text."""

    def __init__(self, open_bounds: bool = True):
        self.rules: list[Rule] = [
            *leading_rules(),
            *republican_rules(),
            *named_rules(),
            *edge_rules(),
            *quarter_rules(),
            *absolute_rules(),
            *relative_rules(),
        ]
        self.open_bounds = open_bounds
        self.opening_words = opening_words(key for rule in self.rules for key in rule.opens or ())

    def find(
        self, text: str, *, published: date | None = None, regions: list[tuple[int, int]] | None = None
    ) -> list[DateSpan]:
        """The dates of `text` (normalised), in order; only inside `regions` (sorted) when given.

        A date whose arithmetic leaves the calendar ("demain" published on 9999-12-31) keeps its
        span with no value; one with nothing to anchor it (no publication date) is left out.
        """
        lowered = lower_case(text)
        dates, previous, previous_region, narrated = [], None, -1, None
        for start, end, region, match, found_by in self._candidates(text, lowered, regions or [(0, len(text))]):
            context = Context(published, previous, region == previous_region, text, start, end, narrated)
            try:
                value = found_by.resolve(match, context)
                if value is None:
                    continue
                horizon = _horizon(lowered, start, value)
                start, end = widened(text, lowered, start, end, value)
                anchored = counted_from(lowered, start, value)
                if anchored:  # "trois jours après Noël": the count read before is part of this date
                    (start, value), dates = anchored, [found for found in dates if found.end <= anchored[0]]
                start, value = self._opened(lowered, start, value)
            except (OverflowError, ValueError):  # past year 9999 or before year 1
                dates.append(DateSpan(start, end, text[start:end], None, None, None, None))
                continue
            if not value.is_open and not horizon:
                previous, previous_region = value, region
                narrated = narrated if _attribution(lowered, start, end) else value
            iso, precision, named = value.iso, value.precision, value.named
            dates.append(DateSpan(start, end, text[start:end], iso, precision, value.earliest, value.latest, named))
        return dates

    def _opened(self, lowered: str, start: int, value: Value) -> tuple[int, Value]:
        """ "avant 2000", "depuis 2015": the cue joins the span and opens the value."""
        cue = _OPEN_BEFORE.search(lowered, max(0, start - 25), start) if self.open_bounds else None
        if not cue or value.is_open:
            return start, value
        word = re.sub(r"\s+", " ", cue["cue"])
        if word == "avant" and _END_PART.match(lowered, start):
            return cue.start(), open_until(value)  # "avant la fin de l'année", "avant fin juin": by its end
        return cue.start(), _OPENERS[word](value)

    def _candidates(self, text: str, lowered: str, regions: list[tuple[int, int]]) -> list:
        """Non-overlapping matches lying inside one region each, the earlier rule winning."""
        readable, taken, found = Regions(regions), SpanSet(), []
        stretches: dict[str | None, list[tuple[int, int]]] = {}  # found once per trigger, when a rule needs it
        starts = word_starts(lowered, self.opening_words)
        for rule in self.rules:
            if rule.needs not in stretches:
                stretches[rule.needs] = _stretches(lowered, rule.needs)
            for match in rule_matches(rule, lowered, stretches[rule.needs], starts):
                start, end = match.span(rule.span or 0)
                if rule.not_after and rule.not_after.search(lowered, max(0, match.start() - 12), match.start()):
                    continue
                region = readable.index_of(start, end)
                if region is None or taken.overlaps(start, end):
                    continue
                if (rule.year and not is_year(text, match)) or (rule.guard and not rule.guard(text, match)):
                    continue
                taken.add(start, end)
                found.append((start, end, region, match, rule))
        return sorted(found, key=lambda candidate: candidate[0])


# The cues after which a year may open a clause ("en 2026 la ville", "depuis 2015 les prix"), and
# "à" after a verb that moves a date ("a reporté à 2027 l'inauguration"); not "à 1500 le mois",
# "de 2000 la veille".
_MOVED_TO = r"(?:report|repouss|décal|ajourn)[éeés]*\s+à"
_YEAR_CUES = rf"en|dès|depuis|avant|après|vers|jusqu'en|d'ici|fin|début|mi-|{_MOVED_TO}"
_YEAR_CUE = re.compile(rf"\b(?:{_YEAR_CUES})\s*$", re.I)
# A limit pushed to a figure is no date moved: "a repoussé à 2000 la jauge", "à 1950 l'altitude".
_MOVED_TO_END = re.compile(rf"\b{_MOVED_TO}\s*$", re.I)
_LIMIT_AFTER = re.compile(r"\s+(?:la|le|l['’])\s*(?:jauge|limite|plafond|seuil|nombre|altitude)\b", re.I)
# Words after which a four-digit number is a year even outside 1900-2100 ("en 1515"): those cues and more.
_TEMPORAL_BEFORE = re.compile(rf"\b(?:{_YEAR_CUES}|pour|d'ici à|l'an|année|de|du|au|à|entre)\s*$", re.I)
# Words after which it is a quantity ("plus de 2000", "les 1500").
_QUANTITY_BEFORE = re.compile(
    r"\b(?:plus de|moins de|près de|environ|quelque|les|des|ses|nos|vos|leurs|ces|sur|à peine)\s+$", re.I
)
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
# ("le vol AF 1918", "les vols 1230 et 1231") nor a train's ("le TER 2031", "le TGV 6104"), the train right after its
# article: "le plan TER 2030", "le contrat Intercités 2030" name a plan's year.
_MODEL_NUMBER_BEFORE = re.compile(
    r"\bPeugeot\s+$|\b[Vv]ols?\s+(?:[A-Z0-9]{2}\s?)?$"
    r"|\b(?:[Ll]es?|[Dd]u|[Aa]ux?|[Uu]n|[Cc]e)\s+(?:TER|TGV|RER|Intercités|Ouigo|Eurostar|Thalys)\s+$"
)
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
    if match.start() == first and _QUANTITY_BEFORE.search(before):
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
    if following and not of_the and _counted(following.group(1), elided=bool(following.group(2)), cued=cued):
        return False  # "2000 salariés", "de 1500 à 2000 mètres", "2000 km"
    if cued or _TEMPORAL_BEFORE.search(before):
        return True
    return all(1900 <= int(year) <= LAST_PLAUSIBLE_YEAR for year in re.findall(r"\d{4}", match[0]))
