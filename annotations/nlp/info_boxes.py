"""Lines of a copied page's information boxes (see `boilerplate` and `page_lists`).

An events listing, a review or a town page puts a practical box under an item: the venue and its
address, the dates and hours, the prices, a booking button ("Théâtre du Port, 4, rue Haute, Lyon 2e",
"Samedi de 10 h à 20 h", "Tarifs : de 12 à 18 €", "Entrée libre", "Réserver"). Those lines are chrome
however short, and the article goes on after them, so they end nothing.

A ranking gives a team a line, its rank, its name and its record ("1. Rezé Basket - 18 v. 6 d."); a match's
sheet a team its scoring line ("Brive : 2 essais Lafon (12e, 40e), 3 pénalités Mazet.") and the ground its
officials' line ("Stade Amédée-Domenech. Arbitre : M. Roux. Spectateurs : 8 200.").

A table copied as text gives a row a line, a label and its figures ("Résultat net : 14,2 (2026) ;
17,9 (2025)", "Votants : 9 814 (51,8 %)", "Mi-temps : 13-17"): a results or accounts box, whose
title-shaped lines are no list of links and end nothing either.
"""

import re

from annotations.nlp.bylines import WORD
from annotations.nlp.lexicon import alone_on_a_line, words

MAX_INFO_WORDS = 14  # a practical line is a phrase, not a sentence
# Days, hours, dates, prices and ages: "Du mardi au samedi à 20 h", "Tarif : 6 €, gratuit pour les moins
# de 12 ans", "À partir de 14 ans", "Entrée libre".
_SCHEDULE_WORDS = words(
    "lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre week-end semaine "
    "de du des au aux à et le la les dès jusqu'à jusqu'au sauf puis ou h heures heure minuit midi min "
    "tarif tarifs prix entrée entrées libre gratuit gratuite gratuits plein réduit pour moins plus partir ans "
    "enfants adultes euros euro places place réservation conseillée obligatoire sur ouvert ouverte fermé fermée "
    "tous toutes les jours soir soirs matin matins après-midi durée sans avec entracte"
)
_ENTRY = words("entrée gratuit gratuite tarif tarifs")  # with a price or alone: "Tarifs : de 12 à 18 €", "Entrée libre"
# What tells a practical line from a date or an amount alone ("du 11 au 22 mars", "plus de 10 euros"):
# an hour ("à 20 h 30", "12h-14h") or an age limit ("À partir de 14 ans").
_HOUR = re.compile(r"\b\d{1,2}\s?h(?:\s?\d{2})?\b|\b\d{1,2}h\d{2}|\bminuit\b|\bmidi\b")
_AGE = re.compile(r"\b(?:partir de|moins de|plus de|dès) \d{1,2} ans\b", re.I)
# A booking button: "Réserver", "Je réserve", "Billetterie".
_BOOKING = alone_on_a_line(r"réserver|je réserve|réservez|billetterie|acheter (?:un|des|mes|vos) billets?")
_PROPER = r"[A-ZÀ-Ý0-9][\w'’.-]*"
_PROPER_WORDS = rf"{_PROPER}(?:[\s-]+(?:(?:de|du|des|la|le|les|sur|en|lès|et)\s+|l'|d')?{_PROPER})*"
_STREET = (
    r"(?P<number>\d{1,4}(?:\s?(?:bis|ter))?,?\s+)?"
    r"(?i:rue|place|boulevard|bd|avenue|av\.|quai|chemin|allée|impasse|cours|route|square|esplanade|parvis|promenade)"
    rf"\s+(?:(?:de la|de l'|du|des|de|d'|la|le)\s*)?{_PROPER_WORDS}"
)
# A venue's address: "Le Chabada, 56, boulevard du Doyenné", "12, place de la Halle, 38710 Mens"; not "Rue Gambetta,
# un commerce sur trois est vide". A place's name alone ("Place de la Laiterie", and "Route du Rhum" is a race) is
# an address only in a box: the hours or the postcode and town on the next line.
_ADDRESS = re.compile(
    rf"^(?:(?P<venue>{_PROPER_WORDS}),\s+)?{_STREET}(?:,\s+(?:(?P<postcode>\d{{5}})\s+)?{_PROPER_WORDS})?$"
)
_TOWN = re.compile(rf"^\d{{5}}\s+{_PROPER_WORDS}$")  # "22000 Saint-Brieuc"
# A table's row: a label, a colon, then mostly figures.
_ROW = re.compile(r"^([^:.!?]{2,60}?)\s?:\s+(\S.*)$")
_FIGURE = re.compile(r"^[(\[]?[-+−]?\d[\d,.\-–/h]*[)\]]?[,;]?$|^[%€$£;]+[,;]?$")


# A ranking's row: its rank, a name, and its record in abbreviations ("1. Rezé Basket - 18 v. 6 d.", "4. Lyon 45 pts").
_STANDING = re.compile(
    r"^\d{1,2}[.)]?\s+[^\d.!?]{2,60}?\s*[-–:,]?\s*(?:\d+\s?(?:v|d|n|nuls?|pts?|points?|victoires?|défaites?)\.?"
    r"\s*[,;/]?\s*)*\d+\s?(?:v|d|n|pts?)\.?(?:\s*[,;/]?\s*\d+\s?(?:v|d|n|pts?)\.?)*$"
)


# A practical line ending on the telephone number to book: "Visite samedi à 10 h, sur inscription au 02 32 00 00
# 00.", "Renseignements : 04 67 61 61 61"; not a sentence quoting a number ("La ligne, au 3114, a reçu 900 appels.").
_BOOK_BY_PHONE = re.compile(
    r"(?:^|,\s|\.\s)(?:(?:sur |après )?(?:inscriptions?|réservations?)(?: obligatoires?| conseillées?)?|"
    r"renseignements|infos?) ?(?:au|:|par téléphone au)\s*0\s?\d(?:[ .]?\d{2}){4}\s*\.?$",
    re.I,
)
MAX_BOOKING_WORDS = 25  # the event, its date and hour, then the number


def is_booking_line(line: str) -> bool:
    """A practical line ending on the number to call to book (read up to MAX_BOOKING_WORDS words)."""
    return len(line.split()) <= MAX_BOOKING_WORDS and bool(_BOOK_BY_PHONE.search(line))


# A match sheet's scoring line: a team, a colon, then two counts of scoring acts or more, with the scorers' names
# and minutes ("Aurillac : 1 essai Delrieu (71e), 1 transformation, 6 pénalités Vergne."); not "Aurillac : 1 essai
# en 80 minutes, c'est peu", a sentence with one count.
# A count is followed by its scorers, a minute or the next count, never by a word of prose ("3 buts encaissés").
_SCORE_COUNT = (
    r"\d{1,2}\s+(?:essais?|transformations?|pénalités?|drops?|buts?|coups? francs?)\b(?=\s*(?:[,.(]|$|[A-ZÀ-Ý]))"
)
# The team is a name, its words capitalised ("Union Bordeaux-Bègles", "Stade de Reims", "Racing 92"): before the
# colon of "Toulon l'emporte : 2 essais Dupont (12e, 34e), 3 pénalités Biggar." is a sentence's verb.
_TEAM = r"[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|les|et|sur|en)\s+|[dl]['’])?[A-ZÀ-Ý0-9][\w'’.-]*){0,4}"
_SCORING_LINE = re.compile(rf"^{_TEAM}\s*:\s*{_SCORE_COUNT}(?:[^:;]*?{_SCORE_COUNT}){{1,}}[^:;!?]*$")
# Its officials' line, short labelled parts only: "Stade Jean-Alric. Arbitre : M. Fabre. Spectateurs : 5 420.";
# the referee named, the crowd counted: "Arbitre : un métier de solitude." is an interview's question.
_OFFICIALS = re.compile(
    r"(?:^|\.\s)(?:[Aa]rbitres?(?: central| principal)?\s*:\s*(?:M\.|Mmes?\b|[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])"
    r"|(?:[Ss]pectateurs|[Aa]ffluence)\s*:\s*(?:environ\s+)?\d)"
)
# A part opening on its figure, unlabelled: a match report's own telegraphic lines under its score, which a reader
# reads ("Stade de l'Aube. 12 300 spectateurs. Arbitre : M. Prat."); a box labels every figure.
_UNLABELLED_FIGURE = re.compile(r"(?:^|\.\s)\d")


def is_box_line(line: str, next_line: str | None = None) -> bool:
    """A line of a box beside the article: a practical line, a ranking's row, a match sheet's line."""
    if is_practical_info(line, next_line) or _STANDING.match(line) or _SCORING_LINE.match(line):
        return True
    parts = re.split(r"\.\s+", line.rstrip(". "))
    if not _OFFICIALS.search(line) or _UNLABELLED_FIGURE.search(line):
        return False
    return all(len(part.split()) <= 8 for part in parts)


def _is_an_enumerations_item(line: str) -> bool:
    """An item of an enumeration in the text, going on in lower case after its dash and ending on a semicolon ("– le
    samedi, de 12 h à minuit ;"); a box's lines open on their capital ("Du lundi au jeudi, de 10 h à 20 h ;")."""
    return line.endswith(";") and line.lstrip("-–—•* ")[:1].islower()


def is_practical_info(line: str, next_line: str | None = None) -> bool:
    """A line of an item's practical box: hours, prices, ages, its address or its booking button."""
    end = line.rstrip("»\"') ")
    if len(line.split()) > MAX_INFO_WORDS or end.endswith((".", "!", "?", "…")) or _is_an_enumerations_item(end):
        return False
    if _BOOKING.match(line) or _is_address(line, next_line):
        return True
    tokens = WORD.findall(line.lower())
    if not tokens or not all(token in _SCHEDULE_WORDS for token in tokens):
        return False
    return bool(_HOUR.search(line) or _AGE.search(line)) or any(token in _ENTRY for token in tokens)


def _is_address(line: str, next_line: str | None) -> bool:
    match = _ADDRESS.match(line)
    if not match or match["venue"] or match["number"] or match["postcode"]:
        return bool(match)
    return bool(next_line) and (bool(_TOWN.match(next_line)) or is_practical_info(next_line))


def is_table_row(line: str) -> bool:
    """ "Résultat net : 14,2 (2026) ; 17,9 (2025)", "Spectateurs : 4 128": a label, then mostly figures."""
    match = _ROW.match(line)
    if not match or line.endswith(".") or is_practical_info(line):  # opening hours are a practical box
        return False
    values = match.group(2).split()
    figures = sum(bool(_FIGURE.match(value)) for value in values)
    return figures >= 1 and figures * 2 >= len(values)
