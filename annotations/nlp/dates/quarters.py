"""Quarters and half-years ("le premier trimestre 2021", "T1 2027", "au 3e trim. 2023", "le trimestre
dernier", "le semestre suivant") and the first or last months of a year ("les neuf premiers mois de
l'année"), as business and public-finance news counts its periods."""

from __future__ import annotations

import re
from datetime import date

from annotations.nlp.dates.lexicon import NUMBER_IN_WORDS, NUMBER_OPENS, YEAR, direction, number_value
from annotations.nlp.dates.rules import Rule, rule
from annotations.nlp.dates.values import Context, Value, between, full_year, month_value, moved, near_anchor

_QUARTERS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3}
_QUARTERS.update({"quatrième": 4, "4e": 4})
_PERIOD = r"(?P<period>trimestre|semestre|trim\.)"
# The year a period is of: written ("2025", "de 2025", "de l'année 2025") or told from today ("de l'année
# prochaine", "de l'an dernier", "de cette année", "de l'année en cours").
_YEAR_OF = (
    rf"(?:de\s+l'année\s+|de\s+)?(?P<year>{YEAR})\b|(?:de\s+)?(?P<told>l'année(?:\s+(?:prochaine|dernière|derniere|"
    r"passée|en\s+cours))?|l'an\s+(?:prochain|dernier|passé)|cette\s+année)(?![\w-])"
)


def _months(match: re.Match) -> int:
    return 6 if match["period"].startswith("sem") else 3


def _year(match: re.Match, context: Context) -> int | None:
    """The year written, or told from the publication ("l'année prochaine", "cette année"); "de l'année"
    alone is the year the text speaks of ("En 2019, ... au premier trimestre de l'année")."""
    if match["year"]:
        return full_year(match["year"], context)
    told = match["told"].split(None, 1)
    if len(told) == 1:
        return context.anchor.earliest.year if context.anchor else None
    if not context.today:
        return None
    return context.published.year + (direction(told[1]) if told[0] != "cette" else 0)


def quarter(match: re.Match, context: Context) -> Value | None:
    """ "le premier trimestre 2021", "au dernier trimestre 2024", "au deuxième trimestre de l'année
    prochaine"; without the year ("au premier semestre"), the one nearest the anchor, the clause's
    tense deciding against the publication day, as for a month."""
    months = _months(match)
    index = 12 // months if match["ordinal"] == "dernier" else _QUARTERS[match["ordinal"]]
    if index * months > 12:
        return None

    def of(year: int) -> Value | None:
        return between(month_value(year, (index - 1) * months + 1), month_value(year, index * months))

    if match.groupdict().get("year") or match.groupdict().get("told"):
        year = _year(match, context)
        return of(year) if year else None
    if figures_of(match) and context.anchor:
        day = _told_on(context)
        begun = [value for value in map(of, (day.year - 1, day.year)) if value and value.earliest <= day]
        return max(begun, key=lambda value: value.earliest, default=None)
    return near_anchor(context, lambda year: of(year) if 2 <= year <= 9999 else None)


def _told_on(context: Context) -> date:
    """The day a measure of a quarter is told on: the end of the text's date, or the publication day within a year
    after it ("le bénéfice de l'exercice 2026 ... le chiffre d'affaires du quatrième trimestre", published in February
    2027: 2026's; a history of an earlier year keeps its own)."""
    day = context.anchor.latest
    return context.published if context.published and 0 < (context.published - day).days <= 366 else day


# A measure of a quarter, counted once it is over ("sa deuxième estimation du PIB du premier trimestre", "les chiffres
# du chômage du troisième trimestre"), not a plan set in one ("La croissance devrait accélérer au deuxième trimestre").
_FIGURES_BEFORE = re.compile(
    r"\b(?:estimations?|chiffres?|résultats|comptes|statistiques|données|pib|croissance|inflation|chômage)\b"
    # the noun's own complements only ("du PIB", "d'affaires", "provisoires"), no verb ("devrait ralentir au cours du")
    r"(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?(?!au\b|à\b|devr|sera|va\b|pourr)[\w'’-]+){0,4}\s+$",
    re.I,
)


def figures_of(match: re.Match) -> bool:
    """ "du premier trimestre" after a measure's noun: a figure published on the latest such quarter begun by the day
    it is told ("L'Insee publiera le 28 mai sa deuxième estimation du PIB du premier trimestre": this year's, not
    next)."""
    if not match[0].startswith("du "):
        return False
    return bool(_FIGURES_BEFORE.search(match.string, max(0, match.start() - 60), match.start()))


def _moved_quarter(day: date, months: int, step: int) -> Value | None:
    """The quarter (half-year, `months` 6) `step` periods from the one holding `day`."""
    first = moved(day.replace(day=1, month=(day.month - 1) // months * months + 1), months * step, "month")
    last = moved(first, months - 1, "month")
    return between(month_value(first.year, first.month), month_value(last.year, last.month))


def quarter_next_to(match: re.Match, context: Context) -> Value | None:
    """ "le trimestre précédent", "le semestre suivant": the quarter (half-year) before or after the one
    holding the text's latest date, if that date fits in one ("au premier trimestre 2026 ... le trimestre
    suivant": April to June); after a year, none."""
    story, months = context.story, _months(match)
    if not story or story.is_open or moved(story.earliest, months, "month") <= story.latest:
        return None
    return _moved_quarter(story.earliest, months, direction(match["direction"]))


def quarter_near(match: re.Match, context: Context) -> Value | None:
    """ "le trimestre dernier", "le prochain trimestre", "ce semestre", "le trimestre en cours": from the
    one the publication day is in."""
    if not context.today:
        return None
    word = match["direction"] or match["ahead"] or ""
    months = 6 if (match["period"] or match["period2"] or match["period3"]) == "semestre" else 3
    return _moved_quarter(context.published, months, direction(word) if word else 0)


def quarter_end(match: re.Match, context: Context) -> Value | None:
    """ "la fin du trimestre", "la fin du premier semestre": the last month of the current one (the last one in a
    past clause), or of the one its ordinal names ("avant la fin du trimestre" then closes on its end: grammar)."""
    if match["ordinal"]:
        whole = quarter(match, context)
    else:
        step = -1 if context.tense == "past" else 0  # "la fin du trimestre a été difficile": the one before
        whole = _moved_quarter(context.published, _months(match), step) if context.today else None
    return month_value(whole.latest.year, whole.latest.month) if whole else None


def short_quarter(match: re.Match, context: Context) -> Value | None:
    """ "T1 2027" (a quarter; "Q1 2027" in English), "S2 2026" (a half-year), as business news writes them; without its year ("au
    T4"), the one nearest the anchor, as "au quatrième trimestre"."""
    index, months = int(match["index"]), 6 if match["letter"] == "s" else 3  # "Q3", English for "T3"
    if index * months > 12:
        return None

    def of(year: int) -> Value | None:
        return between(month_value(year, (index - 1) * months + 1), month_value(year, index * months))

    if match.groupdict().get("year"):
        return of(full_year(match["year"], context))
    return near_anchor(context, lambda year: of(year) if 2 <= year <= 9999 else None)


# A maker's name before "Q4": a model ("l'Audi Q4 2024", "l'Infiniti Q3 2019"), not the English quarter (nor a
# sentence's first word: "Au Q3 2026, ...", "Sur le Q4 2025, ...").
_MAKER_BEFORE = re.compile(
    r"\b(?!(?:Au|Aux|Du|Des|De|Le|La|Les|Un|Une|En|Dès|Depuis|Pour|Sur|Dans|Après|Avant|Fin|Début|Mi|Et|Ou)\s)"
    r"[A-ZÀ-Ý][\w-]*\s+$"
)


def capitalised(text: str, match: re.Match) -> bool:
    """ "T1 2027" in capitals (a lower-case "t1" is no quarter); "Q1" not after a capitalised name."""
    start = match.start("letter")
    if text[start] == "Q" and _MAKER_BEFORE.search(text, max(0, start - 30), start):
        return False
    return text[start].isupper()


def first_months(match: re.Match, context: Context) -> Value | None:
    """ "les neuf premiers mois de l'année", "les six derniers mois de 2024": those months of the year."""
    count, year = number_value(match["count"]), _year(match, context)
    if not count or not 1 <= count <= 12 or not year:
        return None
    first, last = (1, count) if match["which"] == "premiers" else (13 - count, 12)
    return between(month_value(year, first), month_value(year, last))


_ORDINALS = r"premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e"


def half_of_year(match: re.Match, context: Context) -> Value | None:
    """ "la première moitié de 2031", "la seconde moitié de l'année prochaine": a half-year."""
    year = _year(match, context)
    first = 1 if match["half"] == "première" else 7
    return between(month_value(year, first), month_value(year, first + 5)) if year else None


def quarter_rules() -> list[Rule]:
    """Quarters and half-years, before the calendar rules (which would read their year alone)."""
    # Long as a table is: one rule an entry, each read on its own.
    return [
        rule(  # "la fin du premier semestre 2032": its last month, before the quarter's own rule claims it
            rf"(?:la\s+)?fin\s+du\s+(?P<ordinal>{_ORDINALS}|dernier)\s+{_PERIOD}\s+(?:{_YEAR_OF})",
            quarter_end,
            needs="quarter",
            opens=("la", "fin"),
        ),
        rule(rf"(?P<ordinal>{_ORDINALS}|dernier)\s+{_PERIOD}\s+(?:{_YEAR_OF})", quarter, needs="quarter"),
        rule(  # not "la première moitié du XXe siècle", a century's
            rf"(?:la\s+)?(?P<half>première|seconde|deuxième)\s+moitié\s+(?:{_YEAR_OF})",
            half_of_year,
            needs="half",
            opens=("la", "première", "seconde", "deuxième"),
        ),
        rule(  # "le trimestre précédent": next to the text's latest quarter
            r"(?P<period>trimestre|semestre)\s+(?P<direction>précédent|suivant|d'avant|d'après)\b",
            quarter_next_to,
            needs="quarter",
        ),
        rule(  # "le trimestre dernier", "le prochain semestre", "ce trimestre", "le présent trimestre", "le trimestre en cours"
            r"(?:(?:le|au|du)\s+(?:(?P<ahead>prochain)\s+(?P<period>trimestre|semestre)|(?P<period2>trimestre|semestre)\s+"
            r"(?P<direction>dernier|passé|écoulé|prochain|en\s+cours))|(?<!fin de )(?:ce|le\s+présent)\s+(?P<period3>trimestre|semestre))"
            r"(?![\w-])",
            quarter_near,
            needs="quarter",
        ),
        rule(  # "la fin du trimestre", "fin du premier semestre", "la fin de ce trimestre"; with its year, the first rule
            rf"(?:la\s+)?fin\s+(?:du|de\s+ce)\s+(?:(?P<ordinal>{_ORDINALS})\s+)?{_PERIOD}(?![\w-])"
            r"(?!\s+(?:\d|de\s|d'|dernier|prochain|précédent|suivant|passé|écoulé|en\s+cours|scolaire|universitaire)|\.\s?\d)",
            quarter_end,
            needs="quarter",
            opens=("la", "fin"),
        ),
        rule(
            rf"(?P<letter>[tsq])(?P<index>[1-4])\s+(?P<year>{YEAR})\b",
            short_quarter,
            guard=capitalised,
            needs="digit",
            opens=("t1", "t2", "t3", "t4", "s1", "s2", "s3", "s4", "q1", "q2", "q3", "q4"),
        ),
        rule(  # without its year, after "au" or "du" ("un T4" is a flat of four rooms)
            r"(?:au|du)\s+(?P<letter>[ts])(?P<index>[1-4])(?![\w-])(?!\s+\d)",
            short_quarter,
            guard=capitalised,
            needs="digit",
            opens=("au", "du"),
        ),
        rule(  # without its year: "au premier semestre", "au dernier trimestre"; not a school term or a pregnancy's,
            # nor the last of something named after it ("le dernier trimestre de son mandat, de la grossesse")
            rf"(?:au|ce|du|le|son|leur|notre)\s+(?P<ordinal>{_ORDINALS}|dernier(?!\s+\w+\s+(?:d[eu]\s(?!l'année)|des\s|d')))\s+"
            r"(?P<period>trimestre|semestre)\b(?!\s+(?:de\s+l'année\s+)?\d|\s+(?:de grossesse|scolaire|universitaire))",
            quarter,
            r"\b(?:partiels?|examens?|épreuves?|bulletins?|notes?|stages?)\s+$",  # a school's term ("les cours du" may be prices)
            needs="quarter",
        ),
        rule(
            rf"(?:les\s+|des\s+)?(?P<count>\d{{1,2}}|{NUMBER_IN_WORDS})\s+(?P<which>premiers|derniers)\s+mois\s+"
            rf"(?:{_YEAR_OF})",
            first_months,
            needs="unit",
            opens=("les", "des", *NUMBER_OPENS),
        ),
    ]
