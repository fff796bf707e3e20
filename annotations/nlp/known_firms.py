"""Firms known by heart beside the parties (`parties.KnownNames`): the French groups, retailers and brands an
economy page names by one word, which the model reads as persons or places ("Kiabi fermera" PER, "Andros
investit" LOC, "Intermarché et Auchan" LOC) with no word around them to correct it.

Written for Saga from general knowledge of French business news: the groups of the main stock index, the retail
chains and the best-known consumer brands. Left out: names that are common words or towns too, where a capital
alone (opening a sentence) does not tell the firm ("Orange", "Casino", "Boulanger", "Picard", "Total", "Carrefour",
"Printemps", "Saint-Gobain", "Leclerc", "Vinci"); a founder's surname is listed when the firm is far more often
named than the person, and `names_no_firm` leaves it to the person it names ("Louis Renault", "Édouard
Michelin").
"""

from spacy.tokens import Span

from annotations.nlp.entity_cues import ROLE_WORDS
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.name_edges import TITLES

KNOWN_FIRMS = frozenset(
    # groups of the main stock index and large industrial groups
    {"Michelin", "Renault", "Stellantis", "Airbus", "Safran", "Thales", "Alstom", "Sanofi", "Danone", "Lactalis"}
    | {"Eiffage", "Bouygues", "Engie", "Veolia", "Kering", "Hermès", "L'Oréal", "Capgemini", "Vivendi", "Sodexo"}
    | {"Accor", "Bonduelle", "Andros", "Savencia", "Legrand", "Valeo", "Forvia", "Orano", "Framatome", "Arkema"}
    # retail chains and online shops
    | {"Kiabi", "Decathlon", "Intermarché", "Auchan", "Lidl", "Aldi", "Monoprix", "Franprix", "Fnac", "Darty"}
    | {"Conforama", "Castorama", "Ikea", "Cdiscount", "Leroy Merlin", "Norauto", "Sephora"}
    # telecoms and platforms
    | {"Free", "SFR", "Bouygues Telecom", "Doctolib", "BlaBlaCar", "Ubisoft", "Deezer"}
    # large groups of Québec, Belgium, Switzerland and Africa, which the model reads as places or persons
    | {"Desjardins", "Bombardier", "Couche-Tard", "Proximus", "Colruyt", "Delhaize", "Nestlé", "Swatch", "Migros"}
    | {"Sonatel", "MTN", "Dangote", "Sonatrach", "Implenia", "Holcim"}
)
# Firms named like a place far off, which French news names as a firm far more often: the place after a preposition
# of place or of travel ("relie Athènes à Andros", "vers Andros"), left to the model; the firm elsewhere ("Andros
# investit", "le PDG d'Andros").
_ALSO_PLACES = frozenset({"Andros"})
_TO_A_PLACE = frozenset({"à", "sur", "vers", "depuis"})
_FAMILY = frozenset({"famille", "familles", "frères", "sœurs", "époux", "clan"})
# The towns of Antiquity that name a thinker or a scholar by his birthplace ("Thales de Milet", "Zénon d'Élée"), and
# under that name no town of today: a firm's name before one is that person's, as no firm has a site there. Not the
# towns still called so, where a firm may well have one ("Thales d'Alexandrie", "Airbus de Tarente": Alexandrie,
# Syracuse, Tarente, Agrigente, Nicée, Samos, Chios are left out).
ANCIENT_TOWNS = frozenset(
    {"Milet", "Élée", "Éphèse", "Abdère", "Halicarnasse", "Clazomènes", "Stagire", "Cyrène", "Chalcédoine"}
    | {"Cnide", "Pergame", "Colophon", "Byzance"}
)


def names_no_firm(span: Span) -> bool:
    """Whether a firm's name stands in a person's or a place's (`_ALSO_PLACES`) here: after a given name ("Louis
    Renault") or a family's word ("la famille Peugeot"), a title ("M. Legrand", "Mme Hermès") or a person's role ("le
    juge Legrand", "le sénateur Renault"; not a firm's kind: "le groupe Michelin"), after a particle and a capitalised word ("Léonard de Vinci"), or in a
    longer name: before a capitalised word that goes on with it ("Renault Trucks", "Michelin Travel Partner") or
    hyphenated to another ("Intermarché-Wanty", a cycling team)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.text in FIRST_NAMES or before.text.split("-")[0] in FIRST_NAMES):
        return True
    if before is not None and (before.text in TITLES or (before.lower_ in ROLE_WORDS and not before.is_stop)):
        return True
    if before is not None and before.lower_ in _FAMILY:
        return True  # "la famille Peugeot", "les frères Michelin": persons
    if before is not None and before.lower_ in _TO_A_PLACE and span.text in _ALSO_PLACES:
        return True
    if before is not None and before.lower_ in ("de", "d'") and span.start > 1 and doc[span.start - 2].is_title:
        return not doc[span.start - 2].is_sent_start
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("de", "d'") and doc[span.end + 1].text in ANCIENT_TOWNS:
        return True  # "Thales de Milet", a philosopher
    if span.start and doc[span.start - 1].text == "-":
        return True  # a team's second sponsor: "Soudal-Lidl"
    return span.end < len(doc) and (doc[span.end].is_title or doc[span.end].text == "-")  # "Intermarché-Wanty"


def is_a_thinker(span: Span) -> bool:
    """A firm's name and a town of Antiquity, one name of a thinker ("Thales de Milet"), which the model reads as a
    place."""
    return (
        len(span) == 3
        and span[0].text in KNOWN_FIRMS
        and span[1].lower_ in ("de", "d'")
        and span[2].text in ANCIENT_TOWNS
    )
