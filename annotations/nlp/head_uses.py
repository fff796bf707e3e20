"""Head nouns that name nothing in some uses: "la première place de la Ligue 1" (a rank), "le camp de
Jordan Bardella" (a side), "frapper à la porte de Renault" (a door), "le barrage de la CGT" (a roadblock), "la
directive sur les horaires de la cantine" (a school's). `institutions.HeadedNames` drops the spans its patterns
found at such heads.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from annotations.nlp.clubs import CLUB_COLOURS
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name, reads_as_a_full_name
from annotations.nlp.institution_words import (
    CAPITALISED_ESTABLISHMENT_HEADS,
    PLACE_HEADS,
    RULES_ON,
    SEATS_OF_POWER,
    SHOP_HEADS,
)
from annotations.nlp.known_bodies import TERRITORIAL_ADMINISTRATIONS
from annotations.nlp.known_firms import KNOWN_FIRMS
from annotations.nlp.lexicon import words
from annotations.nlp.name_shapes import is_acronym_text


def a_persons_surname(token) -> bool:
    return any(ent.label_ == "PER" and len(ent) > 1 and ent[-1].text == token.text for ent in token.doc.ents)


_FIRES = words("feu feux incendie incendies")
# The state's local services are feminine ("la DDT", "l'ARS", "de la Dreal"): after a masculine article the same
# letters are an insecticide ("l'usage du DDT de Monsanto") or an officer ("le Dasen de la Sarthe"), no body.
_MASCULINE = words("le du au un ce")
_RANKS = words("première deuxième troisième quatrième cinquième dernière seconde meilleure bonne 1re 2e 3e 4e 5e")


def is_rank(span: Span) -> bool:
    """ "la première place de la Ligue 1", "la neuvième place du Top 14": a rank in a table, no square."""
    if span[0].lower_ != "place" or span.start == 0:
        return False
    before = span.doc[span.start - 1].lower_
    return before in _RANKS or before.endswith("ième") or _NUMBERED_RANK.fullmatch(before) is not None


_NUMBERED_RANK = re.compile(r"\d+(?:e|re|ème|è)")


_PLURAL_BEFORE = words("les des ses nos vos leurs ces aux")
_DEFINITE = words("le la l' du au")
_A_DOOR = words("la une sa leur cette")
# What makes a rule named by its subject in lower case a European text ("le règlement général sur la protection
# des données", "le pacte européen pour les océans"): its scope's adjective, or Europe spoken of in the text.
_EUROPEAN_SCOPE = words("européen européenne général générale communautaire")
_EUROPE = words("ue bruxelles strasbourg vingt-sept")


def _is_a_european_text(span: Span) -> bool:
    """Whether a rule or a directive named by what it rules on is one of the European Union's texts, the only
    ones named so: by its scope ("le règlement général sur ..."), an acronym after it ("le règlement sur les
    services numériques (DSA)"), or a text that speaks of Europe ("le Parlement européen", "les eurodéputés", "à
    Bruxelles"). Elsewhere "la directive sur les horaires de la cantine", "le règlement sur les terrasses" are a
    school's or a town hall's, no name."""
    doc = span.doc
    if span[1].lower_ in _EUROPEAN_SCOPE or (span.end < len(doc) and doc[span.end].text == "("):
        return True
    return any(token.lower_.startswith(("europ", "eurodéput")) or token.lower_ in _EUROPE for token in doc)


# A dam is named by a place. A barrage held by a body (capitalised, or by its acronym) is a roadblock: "un barrage
# de Gendarmerie", "le barrage de la CGT", "un barrage de CRS"; a barrage of a competition or between two clubs a
# play-off: "le match de barrage de Ligue 2", "le barrage de Saint-Étienne contre Metz", "le barrage de Metz aller".
_HOLDERS = words("police gendarmerie douane douanes ligue coupe championnat")
_PLAY_OFF = re.compile(r"\s+(?:aller|retour|(?:contre|face\s+à)\s+(?:l['’]|le\s|la\s|les\s)?[A-ZÀ-Ý])")


def _is_no_dam(span: Span) -> bool:
    """ "barrage" with a complement that names no dam (`_HOLDERS`, `_PLAY_OFF`); "le barrage de Vouglans" is one."""
    doc = span.doc
    name = next((token for token in span[1:] if token.lower_ not in ("de", "du", "des", "d'", "la", "l'")), None)
    if name is None or name.lower_ in _HOLDERS or is_acronym_text(name.text):
        return True
    played = (
        span.start >= 2 and doc[span.start - 1].lower_ == "de" and doc[span.start - 2].lower_ in ("match", "matchs")
    )
    return played or bool(_PLAY_OFF.match(doc.text, span.end_char))


def _a_sides(span: Span) -> bool:
    """A side's camp, war or deals, no named one: by its leader ("le camp de Jordan Bardella", "de Macron" after
    "Emmanuel Macron", "la guerre de Poutine"), by a firm ("les accords de Renault"), or against another ("la guerre
    de Macron contre l'inflation"); a land's war and a town's accords are named ("la guerre d'Algérie", "les accords
    de Matignon", "les accords d'Évian avec le FLN", "le camp de Gurs avec ses baraques")."""
    doc = span.doc
    if a_persons_surname(span[-1]) or reads_as_a_full_name(doc[span.start + 2 : span.start + 4]):
        return True
    return span[-1].text in KNOWN_FIRMS or (span.end < len(doc) and doc[span.end].lower_ == "contre")


# One test per head, each a line or two: split by head, the questions would only be scattered (past 40 lines).
def is_no_name(span: Span) -> bool:
    """Heads that make no name in these uses: "l'autorité de Macron" (a body's "Autorité" has its
    capital), "la cité de Jeanne d'Arc" (a person's town), "les prix SNCF" (prices), "le
    restaurant de Paul Bocuse" (his; "restaurant Drouant" is named), a shop before a hyphenated
    word ("la pâtisserie Paris-Brest"), a braderie in lower case (a charity's sale), an
    organisation's campus ("le campus de HEC"), a state after "d'" ("le coup d'État de Pinochet"), a person's work ("le Théâtre de Molière", "la Fondation
    d'Isaac Asimov")."""
    # Over 40 lines: one test a head word, tried in turn, each with its example; long for that list, not for logic.
    head, following = span[0].lower_, span[1] if len(span) > 1 else None
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if span.text in SEATS_OF_POWER:
        return True  # "le Quai d'Orsay" stands for the ministry: see name_shapes
    if head == "autorité":
        return not span[0].is_title
    if head == "état":
        return before in ("d'", "d’")  # "un coup d'État de Pinochet", "le Conseil d'État de Genève"
    # a capitalised word then the place's head is one English name: "le Main Square Festival" (not "L'Église")
    previous = span.doc[span.start - 1] if span.start else None
    opening = previous is None or previous.is_sent_start or previous.text in ("Le", "La", "Les", "L'", "L’")
    if head in PLACE_HEADS and span[0].is_title and previous is not None and previous.is_title and not opening:
        return True
    if head == "cité":
        return any(token.text in FIRST_NAMES for token in span)
    if head == "prix":
        return before in _PLURAL_BEFORE or (following is not None and is_acronym_text(following.text))
    if head in CAPITALISED_ESTABLISHMENT_HEADS and span[0].is_title and following is not None:
        return following.lower_ in ("de", "d'", "du") and opens_on_a_first_name(span[2:].text)
    if head == "braderie":
        return not span[0].is_title
    if head == "porte" and following is not None and following.lower_ in ("de", "d'"):
        return before in _A_DOOR  # a door after "la", "une", "sa": "frapper à la porte de Renault"
    if head in RULES_ON and any(token.lower_ in ("sur", "pour") for token in span[1:3]):
        # "le pacte pour les océans"; "un pacte pour la planète" is any, "la directive sur les horaires de la
        # cantine" a school's (a pact is always a political one, a rule or a directive any body's document)
        return before not in _DEFINITE or (head != "pacte" and not _is_a_european_text(span))
    if head == "barrage":
        return _is_no_dam(span)
    if head == "circuit":
        return following is not None and is_acronym_text(following.text)  # a tour: "le circuit ATP", "WTA"
    if span[0].text in CLUB_COLOURS:  # a nickname after a plural article: "les Rouge et Noir" ("du Rouge et Noir")
        return before not in _PLURAL_BEFORE
    if head in ("guerre", "accords", "camp", "pacte"):
        return _a_sides(span)
    if head == "forêt" and before == "de" and span.start > 1 and span.doc[span.start - 2].lower_ in _FIRES:
        return True  # a forest fire's place: "le feu de forêt de Thônes" (the forest is no name: "la forêt de Thônes")
    if head in TERRITORIAL_ADMINISTRATIONS:
        return before in _MASCULINE
    if head == "place" and before == "sur":
        return True  # "sur place", on the spot: a square takes its article ("sur la place Bellecour")
    if head == "église":
        return span[0].is_title  # "l'Église de France" is the institution, "l'église Saint-Martin" the building
    if head == "campus":
        return len(span) > 1 and is_acronym_text(span[-1].text)
    if head in SHOP_HEADS:
        return span.end < len(span.doc) and span.doc[span.end].text == "-"  # "pâtisserie Paris-Brest"
    return head == "restaurant" and following is not None and following.lower_ in ("de", "du", "des", "d'")
