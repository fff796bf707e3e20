"""Bylines, publication lines and dates of a copied page (see `boilerplate` and `headline.find_headline`).

"Par Jean Dupont", "Par Anne Martin, juriste", "Relu par X, climatologue", "Publié le 4 mars 2021 à
10h30", "Mise à jour à 11h48", "Mercredi 4 décembre 2024 à 11:20", and the credits of a podcast, a long read or a photo story
("Texte : Anne Martin", "Photos : Luc Vidal pour Le Courrier", "Un podcast de Claire Morel"): chrome on a line of their own,
and what tells a headline from the lines above it (its byline or publication line is under it).
"""

import re

from annotations.nlp.lexicon import MONTHS, MONTHS_AND_WEEKDAYS, WEEKDAYS, words
from annotations.nlp.site_prose import PERSON, PERSON_AND_ROLE

# Publication metadata lines: "Publié le 4 mars 2021 à 10h30", "Mis à jour le ...", "Par Jean Dupont".
# The feminine forms ("Mise à jour à 11h48", "Publiée le ...") with their date: "Mise à jour des listes
# électorales : 1 200 inscrits" is a headline. A replay's broadcast stamp with its date too ("Diffusé le
# 07/12/2026 à 18h30 · Disponible jusqu'au ..."): "Diffusé sur France 3, le film ..." goes on as a sentence.
PUBLICATION_LINE = re.compile(
    r"^(?:(?:publié|posté|mis à jour|mis en ligne|modifié|actualisé|posted|published|updated)\b"
    r"|(?:publiée|postée|mise à jour|mise en ligne|modifiée|actualisée|diffusée?)(?=\s*:?\s*(?:(?:le|à|il y a)\b|\d)))"
    r"(?:\s+(?:le|on))?",
    re.I,
)
_ENDS_ON_INITIAL = re.compile(r"\b(?:par|by) [A-ZÀ-Ý][\w'-]+ [A-ZÀ-Ý]\.$", re.I)
_NAME = r"[A-ZÀ-Ý][\w.'-]+"
# A byline's role after the name: "Par Jacques Martin, rédacteur en chef", "..., envoyée spéciale à Kyiv".
_ROLE = (
    r",\s*(?:notre |votre )?(?:envoyée? spéciale?|correspondante?|rédact(?:eur|rice)|journaliste|cheff?e?|directeur|"
    r"directrice|grande? reporter|éditorialiste|chroniqueu(?:r|se)|avec)[^.!?]*"
)
# The writer's newspaper after a comma, in capitals: "Par Geneviève Lacasse, Le Nouvelliste", "..., La Presse"
# (not "Par ailleurs, le maire ...").
_PAPER = r"(?-i:,\s+(?:(?:Le|La|Les) |L['’])?[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,2})"
_BYLINE = re.compile(
    rf"^(?:(?:article )?(?:écrit|rédigé|propos recueillis|relue?|vérifiée?|validée?) )?(?:[Pp]ar|[Bb]y)\s+"
    rf"(?:la rédaction\b.*|{_NAME}(?:\s+(?:{_NAME}|et|and|de|,))*(?:\s*\(.*\)|{_ROLE}|{_PAPER})?)\s*$",
    re.I,
)
# A byline with the author's trade or whereabouts, in lower case after the name: "Par Anne Martin,
# juriste", "Par Luc Vidal, au stade", "Relu par Anne Martin, climatologue"; not "Par Anne Martin, la
# ville ...", which goes on as a sentence.
_BYLINE_TAIL = re.compile(
    rf"^(?:(?:[ÉéEe]crite?|[Rr]elue?|[Vv]érifiée?|[Vv]alidée?) par|[Pp]ar|[Bb]y)\s+{PERSON_AND_ROLE}"
    r"[^.!?:;«»]{0,50}$"
)
# The credits of a podcast, a long read or a photo story, its authors' bylines: "Texte : Anne Martin",
# "Photos : Luc Vidal pour Le Courrier", "Réalisation et mixage : Yann Ferrec", "Un podcast de Claire Morel";
# a trade, a colon and names only ("Texte : le maire a tranché" is a heading, "Son : 4 128" a table's row).
_TRADE = (
    r"(?i:textes?|photos?|photographies|illustrations?|infographies?|vidéos?|réalisation|montage|mixage|"
    r"musique(?: originale)?|son|prise de son|reportage|présentation|narration|voix|graphisme|cartographie|traduction|"
    r"production)"
)
# A photo or a video alone before the colon names what it shows ("Vidéo : Emmanuel Macron", a heading) unless the
# credit goes on with whom it was made for ("Photo : Luc Vidal pour Le Courrier") or joins another trade; a
# gallery's "Photos : Luc Vidal" names its photographer.
_PICTURE = r"(?i:photo|vidéos?)\s*:"
_FOR = r"\s+(?:pour|/)\s+[^.!?:;]{2,40}"
_CREDITS = re.compile(
    rf"^(?!{_PICTURE}){_TRADE}(?:(?:,| et) {_TRADE})*\s*:\s*{PERSON}(?:(?:,| et) {PERSON})*(?:{_FOR})?$"
    rf"|^{_PICTURE}\s*{PERSON}(?:(?:,| et) {PERSON})*{_FOR}$"
    r"|^(?:[Uu]n|[Uu]ne) (?:podcast|film|documentaire|série|websérie|émission|récit|enquête|reportage|portrait) (?:de|d')\s?"
    rf"{PERSON}(?:(?:,| et) {PERSON})*\.?$"
    # a show's theme tune and its band, title-cased: "Musique du générique : Les Frangines du Port."
    r"|^(?i:musique (?:du générique|originale)|générique)\s*:\s*[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:d[eu]|des|la|le|les|et|&|(?:d['’])?[A-ZÀ-Ý][\w'’-]*)){0,5}\.?$"
)
_DATE_WORDS = (
    words("le la à h min mis jour publié posté il y a heures heure minutes jours hier aujourd'hui édition du er")
    | MONTHS_AND_WEEKDAYS
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # a word and its elided article: "l'hiver"


def is_publication_line(line: str) -> bool:
    """ "Publié le 4 mars 2021 à 10h30", "... par Martine R.", not "Publié en 1998, le livre a connu un succès." """
    ends = not line.endswith(".") or bool(_ENDS_ON_INITIAL.search(line))
    return bool(PUBLICATION_LINE.match(line)) and any(char.isdigit() for char in line) and ends


def is_byline_or_date(line: str) -> bool:
    """ "Par Jean Dupont", "Publié le 4 mars 2021", "Le 24 avril 2024 à 19h02"."""
    return is_byline(line) or is_publication_line(line) or is_date_line(line, WORD.findall(line.lower()))


# A place and a date alone on a line: a release's or a letter's, "Angers, le 3 décembre 2026", "Québec, le 30
# novembre 2026." (what a headline has under it, as a byline, or a letter above its object), or a site's edition
# or a release's without "le", "Namur, 2 décembre 2026", "Port-au-Prince, vendredi 11 décembre 2026"; never the
# headline. A release's may follow its rubric, three words at most, and a dash, and give the hour: "Information
# réglementée – Nantes, le 28 octobre 2026, 17 h 45" (not a history page's headline, "Il y a cinquante ans – Paris, le
# 10 mai 1981").
_PLACE_AND_DATE = re.compile(
    rf"^(?:[A-ZÀ-Ý][^\W\d_]*(?:[ '’][^\W\d_]+){{0,2}} [–—] )?[A-ZÀ-Ý][\w'’ -]{{1,40}}, (le )?(?:(?:{'|'.join(sorted(WEEKDAYS))}) )?(?:1er|\d{{1,2}}) "
    rf"(?:{'|'.join(sorted(MONTHS))}) (?:19|20)\d\d(?:,? (?:à )?\d{{1,2}}\s?h(?:\s?\d{{2}})?)?\.?$"
)


def is_place_and_date(line: str) -> bool:
    return bool(_PLACE_AND_DATE.match(line))


def is_letters_place_and_date(line: str) -> bool:
    """A release's or a letter's place and date, with "le", which signs the headline above it or opens the letter
    ("Angers, le 3 décembre 2026"); a site's header dates its edition without ("Sherbrooke, 12 mars 2027")."""
    place_and_date = _PLACE_AND_DATE.match(line)
    return bool(place_and_date and place_and_date[1])


def is_signature(line: str) -> bool:
    """ "Par Jean Dupont", "Publié le 4 mars 2021": what a headline has under it (a bare date may be the header's)."""
    return is_byline(line) or is_publication_line(line)


# The newsroom signing for its writers: "La rédaction d'Info Continu", "Notre rédaction web", "Rédaction en ligne".
_NEWSROOM = re.compile(
    r"^(?:(?:[Ll]a|[Nn]otre) rédaction(?: (?:de |d'|du |des )\s?(?:[A-ZÀ-Ý0-9][\w'’-]*\s?){1,4}| web)?|Rédaction(?: web| en ligne)?)$"
)


# A byline may share its line with the page's counts and dates, set off by a dot or a bar:
# "Rédigé par Anne Martin · 6 réactions", "Par Luc Vidal | Publié le 3 mars 2025 | 4 min de lecture".
_SEPARATOR = re.compile(r"\s+[·|•—]\s+")
_COUNT = re.compile(
    r"^\d{1,3}(?:[\s\u202f]\d{3})*(?:[,.]\d+)?\s*k?\s+(?:réactions?|commentaires?|partages?|vues|lectures)$"
    r"|^\d+\s*(?:min(?:utes?)?|mn)\.? de lecture$|^(?:temps de )?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\.?$",
    re.I,
)


_NAME_ALONE = re.compile(rf"^{PERSON}$")
# A name and the day it signs, on one line: "Anne Martin 04 déc. 2026", "Luc Vidal - 3 mars 2027 à 10:12"; a day,
# its month and its year (a saint's day or an edition names no year), a web page's: a chronology's "Jean Lacaze –
# 7 novembre 1911" is a birth.
_NAME_THEN_DATE = re.compile(rf"^({PERSON})\s+(?:[–—-]\s+)?(\d{{1,2}}(?:er)?\s+\S+\s+20\d{{2}}\b.*)$")
_FULL_DATE = re.compile(r"^(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}\b")
# A date, a comma and the byline, as some publishing systems write their signature line; the date's
# digit is looked for apart ("[^,]*\d[^,]*," backtracks quadratically on a long line of figures).
_HAS_DIGIT = re.compile(r"\d")
_DATE_THEN_AUTHOR = re.compile(r"^([^,]*),\s+((?:par|by)\s+.+)$", re.I)
# The byline, a comma and its day: "Par Hugo Lemaire, le 4 décembre 2026 à 8 h 45".
_AUTHOR_THEN_DAY = re.compile(r"^((?:par|by)\s+[^,]+),\s+(le\s+\d.*)$", re.I)


def signed_day(line: str) -> str | None:
    """The day after a byline and a comma ("Par Hugo Lemaire, le 4 décembre 2026 à 8 h 45"), or None."""
    signed = _AUTHOR_THEN_DAY.match(line)
    return signed[2] if signed and _is_plain_byline(signed[1]) and _is_count_or_date(signed[2]) else None


# A separator left dangling at a signature's end, where the page's date was in an element the extractor
# dropped: "La rédaction de Mâcon –", "Une enquête de Anne Martin et Luc Vidal ·".
_DANGLING_SEPARATOR = re.compile(r"\s+[·|•—–-]$")


def is_byline(line: str) -> bool:
    line = _DANGLING_SEPARATOR.sub("", line)
    if _is_plain_byline(line):
        return True
    first, *rest = _SEPARATOR.split(line)
    if rest and _NEWSROOM.match(rest[-1]):  # the newsroom signing after the date: "... - 12:05 | Rédaction"
        first, rest = rest[-1], [first, *rest[:-1]]
    dated = _DATE_THEN_AUTHOR.match(line)  # "jeudi 19 novembre 2026, par Margot Cabanes"
    if (
        dated
        and _HAS_DIGIT.search(dated.group(1))
        and _is_count_or_date(dated.group(1))
        and _is_plain_byline(dated.group(2))
    ):
        return True
    if not rest and signed_day(line):
        return True
    if not rest and (named := _NAME_THEN_DATE.match(line)):  # "Anne Martin 04 déc. 2026"
        rest = [named[2]]
        first = named[1]
    if not rest or not all(_is_count_or_date(part) for part in rest):
        return False
    if _is_plain_byline(first):
        return True
    # A name alone signs only when its date is the author's ("Inès Martin · le 1er avril 2026"), not the day's
    # saint ("Jeudi 3 décembre — Saint François-Xavier") or an edition ("Édition de Chalon · mercredi 9 décembre").
    dated = any(part.startswith("le ") or is_publication_line(part) or _FULL_DATE.search(part) for part in rest)
    return bool(_NAME_ALONE.match(first)) and dated


def is_long_byline(line: str, max_part_words: int) -> bool:
    """A byline longer than a line of chrome, its author, dates and counts set off by separators, each part
    short: "Par Luc Vidal — le 2 décembre 2026 à 18 h 40 — mis à jour le 3 décembre 2026 à 7 h 05"; or set off
    by dashes, each part a byline, a credit or a date, one a byline or a credit at least: "Publié le mercredi
    2 décembre à 11h47 - Mis à jour le mercredi 2 décembre à 13h05", "Photos : Luc Vidal - Texte : Anne Martin".
    """
    parts = _SEPARATOR.split(line)
    if len(parts) >= 2 and all(len(part.split()) <= max_part_words for part in parts) and is_byline(line):
        return True
    parts = [part.rstrip(".") for part in _DASH_SEPARATOR.split(line)]
    if len(parts) < 2 or any(len(part.split()) > max_part_words for part in parts):
        return False
    return all(map(is_byline_or_date, parts)) and any(map(is_signature, parts))


# Dashes between a byline's parts, or full stops between a credits box's ("Production : Ondes FM. Réalisation : X."), or
# nothing but the capital of the next date's word, where the page's spans were glued: "Rédaction en ligne Publié le ..."
_DASH_SEPARATOR = re.compile(
    r"\s+[·|•—–-]\s+|(?<=\.)\s+(?=[A-ZÀ-Ý])|\s+(?=(?:Publié|Mis à jour|Mise à jour|Modifié)\b)"
)


# A correspondent's line, maybe after the town, maybe with the correspondent's name: "Nantes, de notre envoyé
# spécial", "De notre correspondante à Bruxelles", "Par nos envoyés spéciaux dans la bande de Gaza", "De notre
# correspondant à Berlin, Luc Vidal"; the place ends on a name and no prose follows it ("De notre correspondante à
# Genève, nous apprenons que ..." is a sentence).
_CORRESPONDENT = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’ -]{1,40},\s+)?(?:[Dd]e|[Pp]ar|DE|PAR) (?:notre|nos|NOTRE|NOS) "
    r"(?i:envoyée?s? spéciale?s?|envoyés spéciaux|correspondante?s?|(?:grande?s? )?reporters?)"
    rf"(?:\s+(?i:à|au|aux|en|dans)\s+[^.!?:;,]{{0,39}}[A-ZÀ-Ý][\w'’-]*)?(?:,?\s+{PERSON})?\.?$"
)


def _is_plain_byline(line: str) -> bool:
    return bool(
        _BYLINE.match(line)
        or _BYLINE_TAIL.match(line)
        or _CREDITS.match(line)
        or _NEWSROOM.match(line)
        or _CORRESPONDENT.match(line)
    )


def _is_count_or_date(part: str) -> bool:
    return bool(_COUNT.match(part)) or is_publication_line(part) or is_date_line(part, WORD.findall(part.lower()))


def is_date_line(line: str, tokens: list[str]) -> bool:
    """A date, a time or both, and nothing else: "Mercredi 4 décembre 2024 à 11:20", "Édition du 3 mars"."""
    return any(char.isdigit() for char in line) and all(token in _DATE_WORDS for token in tokens)


# What a page prints between the parts of a line of chrome: "Lannion | Publié le ...", "Par Anne Morel · Publié le
# ...", "Société – Publié le ..." (`publication_date` reads the parts too).
PART_SEPARATOR = re.compile(r"\s[|·•–—-]\s")
# A rubric's or a place's few words, then the page's date: "Toulouse · Transports · 7 déc. 2026 à 06:30",
# "Grand Est - Faits divers - jeudi 9 octobre 2025, 07h15", "Nantes | 9 oct. 2025 à 18:40"; not a teaser's sentence
# before a date, nor one name and a day without its time, a letter's place or a chronology's entry ("Saint-Brieuc -
# 14 janvier 2027", "Jean Lacaze – 7 novembre 1911").
_RUBRIC_WORDS = 4
_TIME = re.compile(r"\d{1,2}\s?[h:]\s?\d{2}")
_RUBRIC_WORD = re.compile(r"[^\W\d_]{2,}")


def dated_rubric(line: str) -> str | None:
    """The date ending a line of rubrics or places, or None."""
    *labels, last = PART_SEPARATOR.split(line)
    if not labels or not is_date_line(last, WORD.findall(last.lower())):
        return None
    if len(labels) == 1 and not _TIME.search(last):
        return None
    short = all(0 < len(part.split()) <= _RUBRIC_WORDS and not part.endswith((".", "!", "?")) for part in labels)
    # a rubric is words, its brackets closed: not a bracket's range ("Bélier (21 mars - 20 avril)") nor a row of
    # figures ("Arrivée : 7 - 3 - 12 - 1 - 9.")
    worded = all(_RUBRIC_WORD.search(part) and part.count("(") == part.count(")") for part in labels)
    return last if short and worded else None


# A programme's day over its events, a weekday, its day and its month, no year nor time: "Samedi 12 décembre".
_PROGRAMME_DAY = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:1er|\d{1,2})\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
    re.I,
)


def programme_days(lines: list[str]) -> set[int]:
    """The lines of a page that are a programme's days (an agenda's "Samedi 12 décembre", then "Dimanche 13
    décembre"), headings over their events: two different days at least. One such line alone is the page's
    date, chrome (`is_date_line`)."""
    days = {index for index, line in enumerate(lines) if _PROGRAMME_DAY.fullmatch(line)}
    return days if len({lines[index].lower() for index in days}) >= 2 else set()
