"""The French words of dates: months, weekdays, numbers written out, ordinals, holidays.

Every pattern here is a fragment of a regular expression read on lower-cased text; the
dictionaries turn what it matched into numbers.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.easter import easter

from annotations.nlp.numbers import UNITS_IN_WORDS, parse_figures

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
# Abbreviations, written with or without their dot ("févr.", "fév", "sept", "juil").
MONTH_ABBREVIATIONS = {
    "janv": 1,
    "jan": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAY_ABBREVIATIONS = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}

# Cardinal numbers written out, the pieces French composes them from ("quatre-vingt-dix-neuf"):
# the same words as amounts and quantities read.
NUMBER_WORDS = UNITS_IN_WORDS
ORDINALS = {
    "premier": 1,
    "première": 1,
    "premiere": 1,
    "1er": 1,
    "1ère": 1,
    "1re": 1,
    "second": 2,
    "seconde": 2,
    "deuxième": 2,
    "deuxieme": 2,
    "troisième": 3,
    "troisieme": 3,
    "quatrième": 4,
    "quatrieme": 4,
    "cinquième": 5,
    "cinquieme": 5,
}
LAST_WORDS = ("dernier", "dernière", "derniere")

# Holidays on a fixed day (month, day), and those counted in days from Easter Sunday.
FIXED_HOLIDAYS = {
    "noël": (12, 25),
    "noel": (12, 25),
    "jour de noël": (12, 25),
    "jour de noel": (12, 25),
    "veille de noël": (12, 24),
    "veille de noel": (12, 24),
    "réveillon de noël": (12, 24),
    "réveillon du nouvel an": (12, 31),
    "réveillon de la saint-sylvestre": (12, 31),
    "lendemain de noël": (12, 26),
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "saint-sylvestre": (12, 31),
    "saint-valentin": (2, 14),
    "toussaint": (11, 1),
    "assomption": (8, 15),
    "jour des morts": (11, 2),
    "fête du travail": (5, 1),
    "fête nationale": (7, 14),
    # The national days of the French-speaking countries named by their nationality ("lors de la fête nationale
    # belge"; "la fête nationale" alone is the 14 July, rules._another_national_day)
    "fête nationale belge": (7, 21),
    "fête nationale suisse": (8, 1),
    "fête nationale québécoise": (6, 24),
    "fête nationale du québec": (6, 24),
    "fête nationale luxembourgeoise": (6, 23),
    "fête nationale monégasque": (11, 19),
    "fête nationale sénégalaise": (4, 4),
    "fête nationale ivoirienne": (8, 7),
    "fête nationale malienne": (9, 22),
    "fête nationale camerounaise": (5, 20),
    "fête nationale béninoise": (8, 1),
    "fête nationale tunisienne": (3, 20),
    "fête nationale algérienne": (7, 5),
    # Belgium's communities' days: "la fête de la Communauté française" (or of the Fédération Wallonie-Bruxelles)
    "fête de la communauté française": (9, 27),
    "fête de la fédération wallonie-bruxelles": (9, 27),
    "fête de la communauté flamande": (7, 11),
    "fête de la communauté germanophone": (11, 15),
    "jour du souvenir": (11, 11),  # Canada's 11 November
    "fête du canada": (7, 1),
    "armistice": (11, 11),
    "halloween": (10, 31),
    "fête de la musique": (6, 21),
    # Saints' days named as holidays, with their article ("la Saint-Nicolas"; "Saint-Nicolas-de-Port", "l'église
    # Saint-Jean" are places: rules.holiday_written)
    "chandeleur": (2, 2),
    "saint-jean": (6, 24),
    "saint-jean-baptiste": (6, 24),
    "saint-nicolas": (12, 6),
    "saint-patrick": (3, 17),
    "saint-martin": (11, 11),
    "sainte-catherine": (11, 25),
    "épiphanie": (1, 6),
    "epiphanie": (1, 6),
    # The days named by their date, hyphenated: "le 14-Juillet", "les cérémonies du 8-Mai".
    "1er-mai": (5, 1),
    "8-mai": (5, 8),
    "14-juillet": (7, 14),
    "15-août": (8, 15),
    "15-aout": (8, 15),
    "11-novembre": (11, 11),
    "8-mars": (3, 8),
    "1er-août": (8, 1),
    "1er-aout": (8, 1),
}
EASTER_HOLIDAYS = {"pâques": 0, "paques": 0, "lundi de pâques": 1, "lundi de paques": 1, "ascension": 39}
EASTER_HOLIDAYS.update({"pentecôte": 49, "pentecote": 49, "lundi de pentecôte": 50, "lundi de pentecote": 50})
# "En ce dimanche de Pâques": the holiday named with its weekday is one day, not a Sunday and Easter
EASTER_HOLIDAYS.update({"dimanche de pâques": 0, "dimanche de paques": 0})
EASTER_HOLIDAYS.update({"dimanche de pentecôte": 49, "dimanche de pentecote": 49})
EASTER_HOLIDAYS.update({"jeudi de l'ascension": 39, "vendredi saint": -2})
# Carnival's days, counted back from Easter: "Mardi gras", "le mercredi des Cendres"
EASTER_HOLIDAYS.update({"mardi gras": -47, "mercredi des cendres": -46})

# Holidays on the nth weekday of a month (month, weekday, n): the Swiss "Jeûne fédéral" is the third Sunday
# of September; Canada's "Action de grâce" the second Monday of October.
WEEKDAY_HOLIDAYS = {"jeûne fédéral": (9, 6, 3), "jeune fédéral": (9, 6, 3)}
WEEKDAY_HOLIDAYS.update({"action de grâce": (10, 0, 2), "action de grâces": (10, 0, 2)})


def holiday(name: str, year: int) -> date:
    """The day of a holiday (as HOLIDAY matched it, lower-cased) in `year`."""
    name = re.sub(r"\s+", " ", name)
    for key in (name, re.sub(r"^(?:le |la )?(?:jour|journée) de (?:la |l')?", "", name)):
        if key in EASTER_HOLIDAYS:
            return date.fromordinal(easter(year).toordinal() + EASTER_HOLIDAYS[key])
        if key in FIXED_HOLIDAYS:
            return date(year, *FIXED_HOLIDAYS[key])
        if key in WEEKDAY_HOLIDAYS:
            month, weekday, nth = WEEKDAY_HOLIDAYS[key]
            first = date(year, month, 1)
            return date(year, month, 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1))
    raise ValueError(f"no holiday {name!r}")


def alternatives(names) -> str:
    """A regular-expression alternation of `names`, the longest first so none is cut short."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# A number written out: pieces joined by hyphens or spaces ("vingt et un", "deux mille quinze").
_PIECE = r"(?:" + alternatives(NUMBER_WORDS) + r")(?![\wà-ÿ])"
NUMBER_IN_WORDS = rf"{_PIECE}(?:(?:-|\s+|\s+et\s+|-et-){_PIECE})*"
A_NUMBER = "0"  # in a rule's `opens`: a number in figures ("2024", "1er", "12/03")
NUMBER_OPENS = (A_NUMBER, *NUMBER_WORDS)  # the words a number opens on, in figures or written out
# A day of the month: a number, "1er", "13e", or written out ("premier", "quinze").
DAY = rf"(?:1er|1re|(?:[12]\d|3[01]|0?[1-9])(?:e|è|ème|eme)?(?!\d)|premier|{NUMBER_IN_WORDS})"
MONTH = r"(?:" + alternatives(MONTHS) + r"|(?:" + alternatives(MONTH_ABBREVIATIONS) + r")(?:\.|(?![\wà-ÿ'])))"
WEEKDAY = r"(?:" + alternatives(WEEKDAYS) + r"|(?:" + alternatives(WEEKDAY_ABBREVIATIONS) + r")\.)"
# The words MONTH and WEEKDAY open on (a rule's `opens`).
MONTH_OPENS = (*MONTHS, *MONTH_ABBREVIATIONS)
WEEKDAY_OPENS = (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)
# A weekday standing alone: not the abbreviations that are words ("74 jours de mer.", "le jeu.").
WEEKDAY_ALONE = (
    r"(?:" + alternatives(WEEKDAYS) + r"|(?:" + alternatives(set(WEEKDAY_ABBREVIATIONS) - {"mer", "jeu"}) + r")\.)"
)
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
HOLIDAY = (
    r"(?:(?:le\s+|la\s+)?(?:jour|journée)\s+de\s+(?:la\s+|l')?)?(?:"
    + alternatives([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS, *WEEKDAY_HOLIDAYS])
    + r")"
)


def number_value(text: str) -> int | None:
    """The value of a number in figures or written out, or None when it is not one."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text[:1].isdigit():  # "12 000"
        figures = parse_figures(text)
        return int(figures) if figures is not None and figures == int(figures) else None
    total, current, previous = 0, 0, ""
    for piece in re.split(r"[-\s]+", text):
        if piece == "et":
            continue
        value = NUMBER_WORDS.get(piece)
        if value is None:
            return None
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total, current = total + (current or 1) * 1000, 0
        elif value == 20 and previous == "quatre":
            current += 76  # quatre-vingt: the four was counted already
        else:
            current += value
        previous = piece
    return total + current


def day_number(text: str) -> int | None:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    digits = re.match(r"\d+", text)
    return int(digits[0]) if digits else number_value(text)


def month_number(text: str) -> int:
    text = text.lower().rstrip(".")
    return MONTHS.get(text) or MONTH_ABBREVIATIONS[text]


def weekday_number(text: str) -> int:
    text = text.lower().rstrip(".")
    return WEEKDAYS.get(text, WEEKDAY_ABBREVIATIONS.get(text))


# Words that place a period before (-1), at (0) or after (1) another: "dernier", "ce", "prochain".
DIRECTIONS = {"dernier": -1, "dernière": -1, "derniere": -1, "passé": -1, "passée": -1, "précédent": -1}
DIRECTIONS.update({"précédente": -1, "d'avant": -1, "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1})
DIRECTIONS.update({"d'après": 1, "qui suit": 1, "qui vient": 1, "même": 0, "-ci": 0, "-là": 0, "ce": 0})
DIRECTIONS.update({"cette": 0, "en cours": 0, "dans la": 0})
DIRECTIONS.update({"écoulé": -1, "écoulée": -1})  # "la semaine écoulée", "le trimestre écoulé": the last one


def direction(text: str) -> int:
    text = text.strip()
    for word, sign in DIRECTIONS.items():
        if text.startswith(word):
            return sign
    return 1 if text.startswith(("prochain", "suivant")) else -1
