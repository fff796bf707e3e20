"""The day a text says it was published, for an article given without its publication date: what
anchors its relative dates ("hier", "lundi", "l'an dernier"); without it they are left unread.

In order: the page's publication line ("Publié le 4 mars 2021 à 10h30"), anywhere, alone or after
a rubric, a place or a byline and a separator ("Lannion | Publié le 12/11/2026 à 18h42"); a release's
or a letter's place and day on a line above its text ("Kinshasa, le 7 décembre 2026"); the dispatch
day of an agency's dateline opening the first paragraph ("VIENNE, 5 juin 2025 (AFP) – ..."); a line
of a date alone above the first paragraph, as a page or a press database prints it ("Mercredi 4
décembre 2024", "Le 24 avril 2024 à 19h02"), or after a rubric's or a place's few words ("Toulouse ·
Transports · 7 déc. 2026 à 06:30"), or after its author's byline, below the standfirst too ("Par
Anne Morel - 1 décembre 2026 à 18:05"). Only a day with its year counts: "5 juin"
alone has no year to give.
"""

import re
from datetime import date

from annotations.nlp import bylines
from annotations.nlp.dates import find_dates
from annotations.nlp.sentence_labels import AGENCY, TOWN
from annotations.nlp.types import Block

# A dateline's town (one to five words, no comma), its full date, maybe its agency in brackets,
# then a dash or a full stop: "VIENNE, 5 juin 2025 (AFP) – ", "Kinshasa, 11 novembre 2025 (ACP). – ".
# A dispatch's: its town in capitals or its agency named; "Hiroshima, 6 août 1945 – La bombe ..."
# opens a feature on the day it tells.
_DISPATCH = re.compile(
    r"(?P<town>[A-ZÀ-Ý][\w'’.-]*(?:\s[\w'’.-]+){0,4}),\s*(?P<day>(?:1er|\d{1,2})\s+[^\W\d_]+\.?\s+\d{4})"
    rf"\s*(?P<agency>{AGENCY})?\s*\.?\s*[–—-]\s"
)


# A place and a day on a line of their own, as a release or a letter opens: "Kinshasa, le 7 décembre 2026", "Fait à
# Lens, le 2 décembre 2026."
_PLACE_AND_DAY = re.compile(rf"(?:Fait à )?{TOWN},\s+le\s+(?P<day>(?:1er|\d{{1,2}})\s+[^\W\d_]+\.?\s+\d{{4}})\.?")


def stated_publication_date(text: str, blocks: list[Block]) -> date | None:
    lines = [(block, text[block.start : block.end]) for block in blocks]
    for block, line in lines:
        said = _publication_part(line) if block.kind == "boilerplate" else None
        if said is not None:
            return _day(said)
    for block, line in lines:  # a release's or a letter's place and day above its text: "Lyon, le 3 mars 2025"
        if placed := _PLACE_AND_DAY.fullmatch(line):
            return _day(placed["day"])
        if block.kind == "paragraph":
            break
    paragraphs = [line for block, line in lines if block.kind == "paragraph"]
    if paragraphs and (dispatch := _DISPATCH.match(paragraphs[0])):
        return _day(dispatch["day"]) if dispatch["agency"] or dispatch["town"].isupper() else None
    read, signed_above = 0, False
    for block, line in lines:
        read += block.kind == "paragraph"
        if read == 2:
            return None
        # Below a first paragraph (a standfirst, or a text whose next line is another's), a signed date only:
        # on its byline's line or on the line under it.
        dated = _date_alone(line, signed=read == 1 and not signed_above) if block.kind == "boilerplate" else None
        if dated is not None and (day := _day(dated)) is not None:
            return day
        signed_above = block.kind == "boilerplate" and bylines.is_byline(line)
    return None


def _date_alone(line: str, signed: bool) -> str | None:
    """A line of a date alone, maybe with its time apart ("vendredi 4 décembre 2026 | 09:15"), unless
    `signed` is asked; or the date its author's byline is followed by ("Par Anne Morel - 1 décembre
    2026 à 18:05")."""
    if day := bylines.signed_day(line):  # "Par Hugo Lemaire, le 4 décembre 2026 à 8 h 45"
        return day
    first, *rest = bylines.PART_SEPARATOR.split(line)
    alone = _a_date_line(line)
    if not rest or alone:
        return None if signed else alone
    if len(rest) == 1 and bylines.is_byline(first):
        return _a_date_line(rest[0])
    return None if signed else bylines.dated_rubric(line)


def _a_date_line(line: str) -> str | None:
    return line if bylines.is_date_line(line, bylines.WORD.findall(line.lower())) else None


# A line's first publication, not its update: "Mis à jour le 13/11/2026 · Publié le 12/11/2026".
_FIRST_PUBLISHED = re.compile(r"(?:publiée?|postée?|mise? en ligne|diffusée?|published|posted)\b", re.I)


def _publication_part(line: str) -> str | None:
    """The publication line of a line of chrome: the whole line, or its part after a separator; the
    part that says the first publication before one that says an update."""
    parts = (
        [line, *(part.strip() for part in bylines.PART_SEPARATOR.split(line)[1:])]
        if bylines.PART_SEPARATOR.search(line)
        else [line]
    )
    said = [part for part in parts if bylines.is_publication_line(part)]
    return next((part for part in said if _FIRST_PUBLISHED.match(part)), said[0] if said else None)


def _day(line: str) -> date | None:
    """The first day of `line` written with its year (read with no publication date, a day without
    a year has no value)."""
    days = [found for found in find_dates(line) if found.precision == "day"]
    return days[0].earliest if days else None
