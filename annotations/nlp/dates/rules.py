"""What a grammar rule is: a pattern on the lower-cased text and the function reading its match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from annotations.nlp.dates.lexicon import A_NUMBER, DAY, MONTH
from annotations.nlp.dates.tense import own_verb_to_come
from annotations.nlp.dates.values import Context, Value
from annotations.nlp.dates.verbs import MOVING_VERB
from annotations.nlp.lexicon import words
from annotations.nlp.nationalities import FRENCH_DEMONYMS, NATIONALITIES

Resolver = Callable[[re.Match, Context], Value | None]
Guard = Callable[[str, re.Match], bool]  # (the text as written, the match): keep the match?


@dataclass(frozen=True)
class Rule:
    """A date pattern, read on the lower-cased text.

    A match starts at a word's start, on a letter or a digit: `rule` puts a look-behind before every pattern (WORD_START:
    no letter, digit, underscore, apostrophe or hyphen before it, but an elided "d'" or "qu'"). Most patterns open on an optional
    cue word ("le", "du", a weekday), which gives the engine no first letter to skip ahead to, so
    it tried them at every character; with the look-behind it gives up at once inside a word
    (measured on bench/ingest.py's corpus: the date rules' matching took two thirds of the time).
    What must not precede a match (`not_after`) is checked in code. `span` names the group
    that is the date when the match starts with a cue word ("en" in "en mars"). `guard` sees the
    text as written (its capitals) and may refuse the match.
    """

    pattern: re.Pattern
    resolve: Resolver
    not_after: re.Pattern | None = None
    span: str | None = None
    guard: Guard | None = None
    year: bool = False  # the match holds a bare four-digit number: check it is a year
    needs: str | None = None  # a key of grammar._NEEDS ("month", "digit"...): run only around one
    opens: frozenset[str] | None = None  # the `opening_key`s of the words a match may start on; None: any


# A word's start: not after a letter, digit, underscore, apostrophe or hyphen, except after an
# elided "d'", "qu'", "lorsqu'" or "puisqu'", which open a word of their own ("d'avril 2025").
# Not after "jusqu'": "jusqu'à", "jusqu'en" are the cue of an open bound (grammar._OPEN_BEFORE).
# The elisions are looked for only after an apostrophe: inside a word, where the engine stands
# most of the time, one look-behind fails instead of five (the date rules 40 % faster on
# bench/ingest.py's corpus, the same dates found). Every pattern opens on a letter or a digit, so a
# word's edge (\b) comes first: inside a word it fails in one step, where the look-behinds took several
# (the rules' matching a quarter faster on the same corpus, the same dates found).
WORD_START = r"\b(?:(?<![\w'-])|(?<=')(?:(?<=\bd')|(?<=\bqu')|(?<=lorsqu')|(?<=puisqu')))"


def rule(
    pattern: str,
    resolve: Resolver,
    not_after: str | None = None,
    *,
    span: str | None = None,
    guard: Guard | None = None,
    year: bool = False,
    needs: str | None = None,
    opens: tuple[str, ...] | None = None,
) -> Rule:
    """`opens` lists the words a match may start on, as the pattern spells them ("le", "entre", `A_NUMBER`
    for any number in figures): the rule is then tried only where one of them opens a word (`openings`).
    Their first three letters decide ("dès" lets "dessus" through), so a shorter word must be whole in every
    match ("le" before a space, "l" of "l'an", "mi" of "mi-mars")."""
    not_before = re.compile(not_after + "$") if not_after else None
    keys = frozenset(map(opening_key, opens)) if opens is not None else None
    if keys and not all(key.isalnum() for key in keys):  # "d'ici" would be filed as "d'i", its word is "d"
        raise ValueError(f"an opening word's first letters are letters or digits: {sorted(keys)}")
    return Rule(re.compile(f"{WORD_START}(?:{pattern})"), resolve, not_before, span, guard, year, needs, keys)


def opening_key(word: str) -> str:
    """What `openings` files a word under: a number's first digit stands for any number, other words keep
    their first three letters."""
    return A_NUMBER if word[0].isdecimal() else word[:3]


# Words that may follow a bare number read as a day ("le 16, il...", "le 16 au soir", "a signé mardi 29 un
# arrêté": a determiner opens the verb's object) or a two-digit year ("mai 68 et", "31/10/74."); any other
# word makes it a quantity ("le 16 mai" is
# read by its own rule first, "le 15 de France", "le 16 rue X" are no dates).
_FREE_AFTER = words(
    "et à au aux ou où il elle ils elles on nous vous je j le la les l puis mais dans pour sur avec par "
    "a ont est sont était étaient sera seront avait avaient prochain dernier suivant matin soir midi après-midi "
    "après avant vers dès lors qui que qu un une ce cet cette son sa ses inclus compris"
)
_NEXT = re.compile(r"\s*([^\W\d_]+|\d|%|€|\$)?")
_SCORE_DASH = re.compile(r"\s?[-–]\s?\d{1,2}(?!\d|\s?h\b|\s?heures?\b)")  # not a time: "le 12 - 14 h 30"


def free_after(text: str, match: re.Match, allowed: frozenset[str] = _FREE_AFTER) -> bool:
    """Nothing follows but punctuation, the end or a function word; not a score's dash ("le 3-0")."""
    if _SCORE_DASH.match(text, match.end()):
        return False
    following = _NEXT.match(text, match.end())
    word = following.group(1) if following else None
    return word is None or word.lower() in allowed


# After a weekday and its day ("samedi 22", "lundi 17"), a pronoun or a preposition of the verb or of hours goes on
# the sentence ("le mouvement entamé lundi 17 se poursuivra", "samedi 22 entre 18 h et 23 h"); a noun still counts
# ("samedi 3 buts").
_FREE_AFTER_WEEKDAY_DAY = _FREE_AFTER | words("se s ne n y en entre jusqu depuis devant contre chez lors")


# "dimanche 24 de 10 h à 17 h": the hours the day is open, not "mardi 3 de la série"
_HOURS_AFTER = re.compile(r"\s+de\s+\d{1,2}\s?h\b")


def free_after_weekday_day(text: str, match: re.Match) -> bool:
    """A weekday and its day, free after (`free_after`), followed by a clitic, a preposition or its hours."""
    return free_after(text, match, _FREE_AFTER_WEEKDAY_DAY) or bool(_HOURS_AFTER.match(text, match.end()))


# A number right after a weekday, not an hour: its day ("samedi 22") or a count ("a disputé dimanche deux matchs").
_NUMBER_AFTER = re.compile(rf"\s+(?:{DAY})\b(?!\s*(?:h\b|heures?\b))", re.I)
_MONTH_NEXT = re.compile(rf"\s*{MONTH}", re.I)


def no_day_after_weekday(text: str, match: re.Match) -> bool:
    """No day follows the weekday ("samedi 22", "dimanche deux" may be its day): nothing but a number in words that
    counts the plural noun after it ("a disputé samedi et dimanche deux matchs"; not "samedi 22 mai", "lundi 17 se
    poursuivra", "vendredi 3 à 14 h", nor "samedi 3 buts", which may be the 3rd's)."""
    number = _NUMBER_AFTER.match(text, match.end())
    if not number or number[0].strip().lower() in ("un", "une"):
        return True  # "a condamné mardi un adjoint": an article
    following = _NEXT.match(text, number.end())
    word = following.group(1) if following else None
    if (
        not word
        or not word.isalpha()
        or word.lower() in _FREE_AFTER_WEEKDAY_DAY
        or _MONTH_NEXT.match(text, number.end())
    ):
        return False
    return number[0].strip().isalpha() and word[-1] in "sx"  # in figures, "samedi 3 buts" may be the 3rd's goals


# "tous les ans le premier dimanche de juin", "chaque année, le dernier week-end d'août": a yearly habit, no date.
_YEARLY_BEFORE = re.compile(r"\b(?:tous\s+les\s+ans|chaque\s+(?:année|an)|une\s+fois\s+par\s+an),?\s+$", re.I)


# "Chaque année, la fête du village se tient le deuxième dimanche de septembre": the habit opens the sentence (not
# "Chaque année, elle avait lieu en juin, mais cette année elle se tiendra le premier dimanche de juillet").
_YEARLY_OPENS = re.compile(r"(?:tous\s+les\s+ans|chaque\s+(?:année|an))\b", re.I)


# Between a habit opening the sentence and the date, a compound past tells one occasion: "Chaque année, le club perd
# des adhérents, et il a convoqué une assemblée le premier samedi de février" (not "ont lieu", a present).
_ONCE_IN_THE_PAST = re.compile(r"\b(?:a|ont)\s+(?!lieu\b)(?:été\s+)?[^\W\d_]+(?:é|ée|és|ées|i|is|u|ue|us|it)\b")


def not_yearly(text: str, match: re.Match) -> bool:
    """No yearly habit: none right before the date (`_YEARLY_BEFORE`), nor one opening its sentence unless the
    date is one occasion."""
    if _YEARLY_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return False
    sentence = re.split(r"[.!?]\s", text[max(0, match.start() - 150) : match.start()])[-1].lstrip()
    if not _YEARLY_OPENS.match(sentence) or "cette année" in sentence.lower():
        return True
    # the habit opens the sentence, but the date has its year, or its own verb is to come ("la prochaine édition
    # aura lieu le dernier dimanche d'avril") or told once in the past: an occasion, not the habit
    once = match.groupdict().get("year") or _ONCE_IN_THE_PAST.search(sentence.lower())
    return bool(once) or own_verb_to_come(text, match.start())


_POSTPONED = re.compile(rf"\b(?:en délibéré|{MOVING_VERB})\s+$")


def postponed_to(text: str, match: re.Match) -> bool:
    """ "renvoyée au 16", "mise en délibéré au 16": a day a hearing or an event is put off to, in its
    month (and free after)."""
    return bool(_POSTPONED.search(text[max(0, match.start() - 20) : match.start()].lower())) and free_after(text, match)


# A verb of calling before "le 15": a telephone number, the emergency services' ("appelez le 15", "il faut composer
# le 17", "joindre le 18"), not a day.
_DIALLED = re.compile(
    r"\b(?:appel(?:er|ez|ons|é|ant)|appell\w+|compos(?:er|ez|e|ons)|joindre|joignez|contact(?:er|ez))\s+$", re.I
)


def free_and_not_dialled(text: str, match: re.Match) -> bool:
    """A bare day free after (`free_after`), not a number the sentence calls."""
    return free_after(text, match) and not _DIALLED.search(text, max(0, match.start() - 20), match.start())


def lower_cased_at(group: str) -> Guard:
    """The group is written in lower case ("mai" is a month, "Mars" may be the planet)."""

    def guard(text: str, match: re.Match) -> bool:
        return text[match.start(group) : match.end(group)].islower()

    return guard


def capitalised_at(group: str) -> Guard:
    def guard(text: str, match: re.Match) -> bool:
        return text[match.start(group)].isupper()

    return guard


# A street or a building named after a day: "place du 8-Mai-1945", "rue du 14-Juillet", "stade du 11-Novembre".
_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:rue|place|avenue|boulevard|bd|quai|allée|square|stade|collège|lycée|école|pont|cours|impasse|chemin|parc|"
    r"gymnase|salle|résidence|cité)\s+du\s*$",
    re.I,
)


_PLACE_WORD_CHARS = 30  # how far before the day its street's word may stand ("boulevard du ")


# "le pont du 15-Août" in lower case is the holiday's long weekend; a bridge named after a day carries its
# year ("le pont du 8-Mai-1945") or its capital ("le Pont du 14-Juillet").
_LONG_WEEKEND_BEFORE = re.compile(r"\bpont\s+du\s*$")


def names_a_street(text: str, match: re.Match) -> bool:
    """The day names a place ("place du 8-Mai-1945"), no date."""
    before = text[max(0, match.start() - _PLACE_WORD_CHARS) : match.start()]
    if _LONG_WEEKEND_BEFORE.search(before) and not match.groupdict().get("year"):
        return False
    return bool(_NAMED_PLACE_BEFORE.search(before))


_HOLIDAYS_AS_NOUNS = (
    "ascension",
    "assomption",
    "armistice",
    "pentecôte",
    "pentecote",
    "épiphanie",
    "epiphanie",
    "musique",
    "souvenir",  # "le jour du Souvenir", not "le jour du souvenir de sa mère"
)
# The Jeûne fédéral written without its circumflex is a holiday only with its capital: "un jeune fédéral du parti" is
# a young member; Canada's Action de grâce is one only with its capital too: "une action de grâce" is a prayer.
_HOLIDAY_IN_LOWER_CASE = re.compile(r"\bjeune\s+fédéral|\baction\s+de\s+grâce")
# A holiday naming a kind of thing dates nothing ("le marché de Noël ouvrira le 27", "les œufs de
# Pâques", "le Père Noël"); a time or a bound before it keeps its date ("la nuit de Noël", "à partir de
# Noël"), as does a day named by its date ("le défilé du 14-Juillet").
_THING_OF_A_HOLIDAY = re.compile(r"([^\W\d_][\w-]*)\s+(?:(?:de|du|de la)\s+|de l['’]|d['’])?$", re.I)
_THINGS_OF_A_HOLIDAY = words(
    "marché marchés sapin sapins illuminations décorations décoration œufs œuf chocolats chocolat cadeaux cadeau "
    "conte contes chant chants chanson chansons film films téléfilm crèche crèches bûche bûches dinde menu menus "
    "foire village chalet chalets calendrier calendriers carte cartes vitrine vitrines spectacle lumières père "
    "pères boules guirlandes jouets vacances congés bonbons bonbon costumes costume citrouilles citrouille masques "
    "masque beignets crêpes accord accords"
)


_DEMONSTRATIVES = words("celles celle ceux celui")


def _thing_before(text: str, start: int) -> bool:
    """A thing of a holiday ("les vacances", "le marché") before a pronoun standing for it, in its sentence or the one
    before."""
    sentences = " ".join(re.split(r"[.!?]\s", text[max(0, start - 300) : start])[-2:]).lower()
    return any(word in _THINGS_OF_A_HOLIDAY for word in re.findall(r"[^\W\d_]+", sentences))


_DAY_BESIDE = re.compile(r"\s*,\s+(?:le\s+\d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)", re.I)


def holiday_written(text: str, match: re.Match) -> bool:
    """A holiday that is also a common noun is one only with its capital ("l'Ascension", not
    "l'ascension d'un groupe"); a holiday followed by a capitalised word is a name ("Noël Dupont");
    one naming a kind of thing is no date (`_THING_OF_A_HOLIDAY`)."""
    name = match["holiday"].split()[-1]
    # "la Fête de la musique", its official spelling, has its capital on the feast; with its day told beside it
    # ("la Fête de la musique, le 21 juin", "..., dimanche dernier") that day is the date, as the dates_news sets want
    capital = text[match.end("holiday") - len(name)].isupper() or (
        name == "musique" and text[match.start("holiday")] == "F" and not _DAY_BESIDE.match(text, match.end("holiday"))
    )
    if name in _HOLIDAYS_AS_NOUNS and not capital:
        return False
    if _HOLIDAY_IN_LOWER_CASE.search(text, match.start("holiday"), match.end("holiday")):
        return False
    thing = _THING_OF_A_HOLIDAY.search(text, max(0, match.start() - 30), match.start())
    if thing and thing[1].lower() in _THINGS_OF_A_HOLIDAY and not any(map(str.isdigit, match["holiday"])):
        return False
    if thing and thing[1].lower() in _DEMONSTRATIVES and _thing_before(text, match.start()):
        return False  # "Les vacances de la Toussaint ... Suivront celles de Noël": the pronoun stands for the thing
    if not _saints_day_as_a_feast(text, match) or _another_national_day(text, match.end()):
        return False
    if _national_day_beside_its_day(text, match) or _national_day_abroad(text, match):
        return False
    following = re.match(r"\s+([A-ZÀ-Ý])", text[match.end() : match.end() + 3])
    return following is None and not names_a_street(text, match)


# "la fête nationale" is the 14 July unless its own day or country follows: "la fête nationale du 1er août",
# "le 21 juillet, fête nationale belge" (a nationality of nationalities.py; "suisse" too, which that list leaves to
# the country's name, and "quebecoise" written without its accents; not "française").
_AFTER_NATIONAL_DAY = re.compile(r"(?<=nationale)\s+(?:(?:du|de|des|d')\s|(?P<adjective>[^\W\d_]+)\b)", re.I)
_OTHER_NATIONALITIES = (NATIONALITIES | {"suisse", "quebecoise"}) - {"française"}


# A national day named beside its day is that day's apposition, no second date: "le 21 juillet, fête nationale
# belge", "le 14 juillet, fête nationale, ...", "la fête nationale suisse du 1er août"; one named by its nationality
# with its article is the day ("lors de la fête nationale belge").
_ARTICLE_BEFORE = re.compile(r"\bla\s+$", re.I)
_DAY_BEFORE = re.compile(r"\d(?:er)?\s+[^\W\d_]+\s*,\s*$")
_DAY_AFTER = re.compile(r"\s+(?:du|le)\s+\d")


def _national_day_beside_its_day(text: str, match: re.Match) -> bool:
    name, start = match["holiday"].lower(), match.start("holiday")
    if not name.startswith("fête nationale"):
        return False
    if _DAY_BEFORE.search(text, max(0, start - 30), start) or _DAY_AFTER.match(text, match.end()):
        return True
    return name != "fête nationale" and not _ARTICLE_BEFORE.search(text[max(0, start - 4) : start])


# "la fête nationale" alone in a sentence about another country is that country's day, which the sentence does not
# date: "Au Québec, la fête nationale a rassemblé la foule", "lors de la fête nationale, le président tunisien a
# gracié des détenus"; not with France named too ("le président français a reçu son homologue belge pour la fête
# nationale"). The countries whose national day lexicon.py knows, their capitals, and every other nationality.
_ABROAD = words(
    "belgique bruxelles wallonie flandre suisse genève berne lausanne québec montréal luxembourg monaco sénégal dakar "
    "ivoire abidjan mali bamako cameroun yaoundé bénin cotonou tunisie tunis algérie alger"
) | (_OTHER_NATIONALITIES - FRENCH_DEMONYMS)
_FRANCE = FRENCH_DEMONYMS | {"france"}


def _national_day_abroad(text: str, match: re.Match) -> bool:
    if match["holiday"].lower() != "fête nationale":
        return False
    before = re.split(r"[.!?]\s", text[max(0, match.start() - 300) : match.start()])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[match.end() : match.end() + 300])[0]
    sentence = set(re.findall(r"[^\W\d_]+", f"{before} {after}".lower()))
    return bool(sentence & _ABROAD) and not sentence & _FRANCE


def _another_national_day(text: str, end: int) -> bool:
    after = _AFTER_NATIONAL_DAY.match(text, end)
    return after is not None and (after["adjective"] is None or after["adjective"].lower() in _OTHER_NATIONALITIES)


def _saints_day_as_a_feast(text: str, match: re.Match) -> bool:
    """A saint's day is a holiday after its feminine article ("la Saint-Nicolas", "à la Sainte-Catherine"), not
    hyphenated on ("Saint-Jean-de-Luz"); "Saint-Nicolas" alone names a church, a town or the saint ("la rue
    Sainte-Catherine", "l'île de Saint-Martin")."""
    name = match["holiday"].lower()
    if not name.startswith(("saint-", "sainte-")) or name in ("saint-sylvestre", "saint-valentin"):
        return True
    article = re.search(r"\bla\s+$", text[max(0, match.start("holiday") - 4) : match.start("holiday")], re.I)
    return bool(article) and text[match.end("holiday") : match.end("holiday") + 1] != "-"


def two_digit_year_free(text: str, match: re.Match) -> bool:
    """A two-digit year ("31/10/74", "mai 68") must end the expression ("mai 68 personnes" is not)."""
    year = match.groupdict().get("year") or ""
    if len(year.lstrip("'")) == 4 or free_after(text, match):
        return True
    # "Mai 68 reste un tournant": a month with its capital and its two-digit year names its events, mid-sentence
    # as at its start, unless a counted noun follows ("Mai 68 personnes")
    month = match.groupdict().get("month") or ""
    following = re.match(r"\s+([^\W\d_]+)", text[match.end() : match.end() + 30])
    counted = following is not None and following[1].lower().endswith(("s", "x"))
    return month[:1].isalpha() and text[match.start("month")].isupper() and not counted
