"""Names whose head is a common noun, capitalised words that are not names, and names whose shape
tells an organisation.

The statistical model finds names by their capitals, so it cuts "tribunal administratif de
Bordeaux" down to "Bordeaux" and reads "Réouverture" opening a sentence as a person. Two general
tools fix that, both built once per pipeline (and `organisation_label` relabels a name whose shape
says ORG, an acronym or "X Group", where the model says a person or MISC):

`HeadedNames`, spaCy `Matcher`s of token patterns (`institution_patterns`) over a lexicon of head
nouns (`institution_words`). The convention (the one of
`evaluation/data/entities.fr.md`):
- an institution is ORG from its head to its last complement, place included: head, then
  adjectives ("administratif", "régionale"), then complements ("de commerce", "des comptes"),
  then a proper complement ("de Bordeaux", "de la Gironde", "de l'Intérieur");
- without a proper complement, only a head qualified by a territorial adjective is a name ("le
  conseil municipal", "la chambre régionale des comptes", "l'Agence nationale de l'habitat"):
  in an article it names one body; "la préfecture" or "le tribunal correctionnel" alone do not;
- an establishment or a place named by its head and a proper name keeps the head: "hôpital
  Pellegrin", "médiathèque Alain-Gerbault" (ORG), "rue Gambetta", "gare de Bayonne", "île
  d'Oléron" (LOC);
- events and laws are MISC with their head: "Foire internationale de Bordeaux", "loi Climat et
  résilience", "plan Polmar".

`common_words.CommonWords` tells capitalised common words from names.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from annotations.nlp.bodies import names_nothing
from annotations.nlp.clubs import CLUB_COLOURS, CLUB_FIRST_WORDS, CLUB_LAST_FORMS, CLUB_LAST_WORDS
from annotations.nlp.common_words import CommonWords
from annotations.nlp.firms import FIRM_LAST_FORMS
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.head_uses import a_persons_surname, is_no_name, is_rank
from annotations.nlp.institution_patterns import GROUPINGS, misc_patterns, org_patterns, place_patterns
from annotations.nlp.institution_words import (
    ASSEMBLY_HEADS,
    BANK_HEADS,
    CAPITALISED_ESTABLISHMENT_HEADS,
    CAPITALISED_HEADS,
    CHAMBER_HEADS,
    ESTABLISHMENT_HEADS,
    EVENT_HEADS,
    FACILITY_HEADS,
    FIRM_HEADS,
    LOWER_CASE_PLACE_HEADS,
    MILITARY_UNITS,
    NAMED_ESTABLISHMENT_HEADS,
    NATIONAL,
    ORG_HEADS,
    PLACE_HEADS,
    PLAN_HEADS,
    QUALIFIED_HEADS,
    QUALIFIERS,
    SAINTS,
    SHOP_HEADS,
    STORM_HEADS,
    WALK_HEADS,
)
from annotations.nlp.known_bodies import TERRITORIAL_ADMINISTRATIONS, holds_a_programme
from annotations.nlp.lexicon import words
from annotations.nlp.long_names import with_its_complements
from annotations.nlp.name_shapes import LINKS, SERVICES
from annotations.nlp.spans import SpanSet

WINDOW = 20  # tokens: twice the longest name the patterns match in practice
_LAST_WORDS = frozenset([*GROUPINGS, "communauté", "festival", "weekend", "week", "arena", "aréna"])


def _opening_words(token: dict) -> frozenset[str]:
    """The lower-case words a pattern's first token can be, if that is all it says of them ("LOWER":
    a word, or "IN" words); empty otherwise (a capital, a regular expression, an exact form)."""
    lower = token.get("LOWER")
    if isinstance(lower, str):
        return frozenset([lower])
    return frozenset(lower["IN"]) if isinstance(lower, dict) and set(lower) == {"IN"} else frozenset()


# The land's nouns that take their name after "de": "Pays de Redon", "Baie de Somme", "Val de Saône".
_LANDS = frozenset({"Pays", "Baie", "Val", "Vallée", "Plaine", "Côte"})
# or its people's adjective after "Pays": "Pays basque", "Pays bigouden", "Pays catalan", "Pays messin"
_LAND_ADJECTIVE = re.compile(r"[a-zà-ÿ]{2,}(?:que|ais|ois|ain|in|ien|en|an|on)$")
# Adverbs of those endings, no adjective: "le Pays bien connu des randonneurs", "du Pays non loin de Rennes"
_LAND_ADVERBS = words("bien loin non rien demain soudain")


def _is_a_land_adjective(token: Token) -> bool:
    """ "basque", "bigouden", "royannais" after "Pays"; not a linking word ("selon", "en", "aussi") nor an adverb."""
    return not token.is_stop and token.lower_ not in _LAND_ADVERBS and _LAND_ADJECTIVE.match(token.text) is not None


def _with_its_country(span: Span) -> Span:
    """A name ending on "Pays" goes on to the country it names: "conseil régional des Pays de la Loire",
    "communauté de communes du Pays de Redon", "communauté d'agglomération Pays basque"; so do a bay's, a valley's or a coast's ("communauté
    d'agglomération de la Baie de Somme")."""
    doc, end = span.doc, span.end
    if span[-1].text == "Pays" and end < len(doc) and _is_a_land_adjective(doc[end]):
        return Span(doc, span.start, end + 1, label=span.label_)  # a land by its people's adjective: "Pays basque"
    if span[-1].text not in _LANDS or end + 1 >= len(doc) or doc[end].lower_ not in ("de", "du", "des", "d'"):
        return span
    end += 1  # the country's first word, after its article: "de la Loire"
    if doc[end].lower_ in ("la", "l'") and end + 1 < len(doc):
        end += 1
    if not doc[end].is_title:
        return span
    while end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].is_title:
        end += 2  # "Pays de Saint-Malo"
    return Span(doc, span.start, end + 1, label=span.label_)


_ESTABLISHMENTS = ESTABLISHMENT_HEADS | NAMED_ESTABLISHMENT_HEADS
# "l'armée de Terre", "la Nuit européenne des musées", "la galerie Maeght", "le peloton de gendarmerie de ...", and
# the common heads of "sommet UE-Japon", "temple de la Fusterie", "règlement sur ...", "Crous de Lille", "guerre
# d'Indochine", "Grenelle de l'environnement")
_HEADS_ONLY = words(
    "armée nuit galerie peloton sommet temple corridor règlement cégep crous cross guerre grenelle statistique"
)
_HEADS_ONLY |= {colour.lower() for colour in CLUB_COLOURS}  # "les Rouge et Noir" (`clubs`)
_HEADS_ONLY |= TERRITORIAL_ADMINISTRATIONS  # "la DDT de la Drôme" (`bodies.administration_patterns`)
_HEADS_ONLY |= LOWER_CASE_PLACE_HEADS  # "la plaine de l'Ain" (`institution_patterns.place_patterns`)
_ACRONYM_HEADS = SERVICES | TERRITORIAL_ADMINISTRATIONS  # heads written in capitals: "SAMU 54", "DSDEN de l'Isère"


# The particles inside a Dutch or German surname, in lower case: no place's name goes on with them.
_INNER_PARTICLES = words("van von der den ter ten")


_EVENTS = {head.split()[0] for head in EVENT_HEADS}
_NAMED_AFTER_PEOPLE = CAPITALISED_ESTABLISHMENT_HEADS | {"institut"}


def _holds_a_person(span: Span) -> bool:
    """A person in apposition after the name: "le patron du Crédit agricole Philippe Brassac", "la
    présidente de la Région Bretagne Anne Morvan" (the shorter match, without the person, is kept). A
    person right after an establishment's head names it: "lycée Victor Hugo". A name that goes on with a
    surname's particle is a person's too: "au conseil de Pieter Van" or "de Pieter" before "(Van) der Meersch"."""
    # (and a capitalised institute or foundation: "l'Institut Jacques Delors", "la Fondation Jean Jaurès")
    establishment = span[0].lower_ in _ESTABLISHMENTS or (span[0].is_title and span[0].lower_ in _NAMED_AFTER_PEOPLE)
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text in ("Van", "Von"))
    if after + 1 < len(doc) and doc[after].text in _INNER_PARTICLES and doc[after + 1].is_title:
        return True
    for token in span[1:]:
        # a given name and a capitalised word, which may go on past the span ("Victor Hugo" is no "Hugo X")
        surname = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.is_title
            and token.text.split("-")[0] in FIRST_NAMES
            and surname is not None
            and surname.text[:1].isupper()
        ):
            # right after the head or its kind: "lycée Victor Hugo", "lycée professionnel Victor Hugo"
            return not (establishment and all(t.is_lower for t in doc[span.start + 1 : token.i]))
    # an event "de" a surname the text gives a person in full: "le tournoi de Nadal" after "Rafael Nadal" (his)
    return span[0].lower_ in _EVENTS and span[-2].lower_ == "de" and a_persons_surname(span[-1])


def _without_its_town(span: Span) -> Span:
    """An establishment's name stops before its town: "lycée Jean-Moulin" in "lycée Jean-Moulin
    d'Angers", "lycée Fesch" in "lycée Fesch d'Ajaccio" (the name pattern's elided "d'" is for "Côte
    d'Ivoire"; "collège Charles d'Orléans" is a person's name, "université Côte d'Azur" a region's)."""
    if span[0].lower_ not in _ESTABLISHMENTS:
        return span
    if span[1:2].text.startswith(SAINTS):
        return span  # "école Saint-François d'Assise"
    for token in span[2:]:
        if token.lower_ != "d'" or token.doc[token.i - 1].text == "-":
            continue
        name = span[1 : token.i - span.start]
        name = name[1:] if name[0].is_lower else name  # after its kind: "lycée professionnel Fesch"
        one_word = len(name) == 1 and name[0].is_title and name[0].text not in FIRST_NAMES
        if "-" in name.text or (one_word and name[0].lower_ not in _PLACE_WORDS):
            return Span(span.doc, span.start, token.i, label=span.label_)
    return span


# Nouns that make a place's name with "d'": "Côte d'Azur", "Val d'Oise", "Pays d'Auge".
_PLACE_WORDS = words("côte val pays mont cap île plaine vallée bois fort porte baie")


class HeadedNames:
    """Finds the names whose head is a common noun (module docstring), as labelled Spans."""

    def __init__(self, nlp: Language, common: CommonWords | None = None):
        self.common = common or CommonWords(nlp)
        heads = (
            ORG_HEADS
            | QUALIFIED_HEADS
            | CAPITALISED_HEADS
            | BANK_HEADS
            | CAPITALISED_ESTABLISHMENT_HEADS
            | ESTABLISHMENT_HEADS
            | NAMED_ESTABLISHMENT_HEADS
            | SHOP_HEADS
        )
        heads |= PLACE_HEADS | FACILITY_HEADS | EVENT_HEADS | STORM_HEADS | PLAN_HEADS | ASSEMBLY_HEADS | CHAMBER_HEADS
        heads |= (
            words(
                "place stade olympique cité coopérative gouvernement rd rn cd association archives étude essai ville court ligue "
                "sommet"
            )
            | WALK_HEADS
            | {"bande"}
            | CLUB_FIRST_WORDS
            | FIRM_HEADS
            | SERVICES
        )
        self.first_words = {nlp.vocab.strings.add(head.split()[0]) for head in heads} - {
            nlp.vocab.strings.add(word) for word in _HEADS_ONLY
        }
        # Words whose patterns are tried only at them, which open no window (common words: "nuit", "Europe").
        self.heads_only = {nlp.vocab.strings.add(word) for word in _HEADS_ONLY}
        self.matcher, self.by_head = self._matchers(nlp)
        self.last_words = {nlp.vocab.strings.add(word) for word in _LAST_WORDS | CLUB_LAST_WORDS}
        self.last_forms = {nlp.vocab.strings.add(word) for word in CLUB_LAST_FORMS | FIRM_LAST_FORMS}
        self.france = nlp.vocab.strings.add("france")
        self.national = {nlp.vocab.strings.add(word) for word in NATIONAL}
        self.units = {nlp.vocab.strings.add(word) for word in MILITARY_UNITS}

    def _matchers(self, nlp: Language) -> tuple[Matcher, dict[int, list[Matcher]]]:
        """A Matcher tries each of its patterns at each token it is given, and nearly all of the 590
        patterns open on a head word: those are tried only at their head (the second value, one
        Matcher per set of opening words, by the head's LOWER), the others in the windows (the first).
        Five times faster than one Matcher in the windows, the same names on every evaluation set."""
        in_windows = Matcher(nlp.vocab)
        opening: dict[frozenset[str], Matcher] = {}
        for label, patterns in (("ORG", org_patterns()), ("LOC", place_patterns()), ("MISC", misc_patterns())):
            for pattern in patterns:
                opens_on = _opening_words(pattern[0])
                heads = self.first_words | self.heads_only
                if opens_on and all(nlp.vocab.strings[word] in heads for word in opens_on):
                    opening.setdefault(opens_on, Matcher(nlp.vocab)).add(label, [pattern])
                else:
                    in_windows.add(label, [pattern])
        by_head: dict[int, list[Matcher]] = {}
        for opens_on, matcher in opening.items():
            for word in opens_on:
                by_head.setdefault(nlp.vocab.strings[word], []).append(matcher)
        return in_windows, by_head

    def __call__(self, doc: Doc, values: SpanSet) -> list[Span]:
        """The longest non-overlapping names of `doc` that overlap none of the `values` (dates and
        amounts: "le conseil municipal du 3 mars" is "conseil municipal")."""
        lower = doc.to_array(LOWER).tolist()
        found = [
            span for start, end in self._windows(doc, lower) for span in self.matcher(doc[start:end], as_spans=True)
        ]
        for start, word in enumerate(lower):
            for matcher in self.by_head.get(word, ()):
                found += [span for span in matcher(doc[start : start + WINDOW], as_spans=True) if span.start == start]
        spans = [
            span
            for span in found
            if span[-1].text not in ("-", "d'", "l'")
            # no name holds a spaced dash: "Lausanne-Sport - FC Bâle 0-2" is a results line's two clubs
            and not any(
                token.text in ("-", "–") and token.whitespace_ and doc[token.i - 1].whitespace_ for token in span[1:]
            )
            # a heading's word in capitals: "MARCHÉ Laboratoires X" (not a service's acronym: "SAMU 54")
            and not (span[0].is_upper and len(span[0]) > 3 and span[0].lower_ not in _ACRONYM_HEADS)
            and not values.overlaps(span.start_char, span.end_char)
            and not is_rank(span)
            and not is_no_name(span)
            and not _holds_a_person(span)
            and not holds_a_programme(span)
            and not names_nothing(span, self.common)
        ]
        return filter_spans([with_its_complements(_with_its_country(_without_its_town(span))) for span in spans])

    def _windows(self, doc: Doc, lower: list[int]) -> list[tuple[int, int]]:
        """The token ranges that may hold a name: from each head onwards. The Matcher costs a
        set look-up per pattern and token; run on the whole text it would cost as much as the
        rest of the analysis, and only a few tokens in a hundred are heads. `lower`: the
        tokens' LOWER attribute."""
        starts = [i for i, word in enumerate(lower) if word in self.first_words]
        starts += [i - 1 for i, word in enumerate(lower) if i and word in self.national]
        # A name then "métropole" or a club's acronym: from up to five tokens before it (a name of three
        # parts and hyphens).
        starts += [max(0, i - 5) for i, word in enumerate(lower) if word in self.last_words]
        starts += [max(0, i - 5) for i, form in enumerate(doc.to_array(ORTH).tolist()) if form in self.last_forms]
        # A military unit's number before its kind: "4e régiment de chasseurs".
        starts += [i - 1 for i, word in enumerate(lower) if i and word in self.units]
        # "France" only before a figure (a channel, "France 3 Normandie"): the country is named everywhere.
        starts += [i for i, word in enumerate(lower[:-1]) if word == self.france and doc[i + 1].is_digit]
        windows: list[tuple[int, int]] = []
        for start in sorted(starts):
            end = min(len(doc), start + WINDOW)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows


_BOARDS = words("administration surveillance direction")
# A board named by its head in lower case and the organisation it belongs to: "le conseil de Bank Al-Maghrib", "le
# comité de la Fondation Lumière", "la direction du Crédit agricole" (not "le conseil de l'Eurométropole de
# Strasbourg", an assembly's council; "le Conseil de Paris" is a name of its own).
_BOARD_HEADS = words("conseil comité directoire bureau direction")


def _a_board_of(span: Span, organisations: set[str]) -> bool:
    if span[0].text not in _BOARD_HEADS or len(span) < 3 or span[1].lower_ not in ("de", "du", "d'"):
        return False
    owner = span[3:] if span[2].lower_ in ("la", "l'") else span[2:]
    return len(owner) > 0 and owner.text in organisations and owner[0].lower_ not in ASSEMBLY_HEADS


def names_a_part_of(span: Span, organisations: set[str]) -> bool:
    """ "conseil d'administration de Renault": a body named by a common complement, whose proper
    complement is a name the model did not take for a place or a person (one of `organisations`:
    the model often says MISC for a company) is a part of that organisation, not a
    name of its own ("ministère de l'Intérieur" has no common complement)."""
    if span[0].lower_ in ESTABLISHMENT_HEADS:
        return False  # "université de technologie de Belfort-Montbéliard" is a body of its own
    if _a_board_of(span, organisations):
        return True
    last_link = max((t.i for t in span if t.lower_ in LINKS), default=None)
    if last_link is None:
        return False
    # the organisation's name whole, or for a board its first words when the head's pattern stopped before its
    # lower-case adjectives ("conseil d'administration de la Banque" of "la Banque cantonale vaudoise"; not "la
    # commission des libertés civiles du Parlement" of "Parlement européen", a chamber's committee)
    complement = span.doc[last_link + 1 : span.end].text
    board = any(token.lower_ in _BOARDS for token in span[1 : last_link - span.start])
    if complement not in organisations and not (board and any(n.startswith(f"{complement} ") for n in organisations)):
        return False
    # the head in one word or more: "conseil", "groupement de gendarmerie"
    head_end = span.start + max((n for n in (1, 2, 3) if span[:n].text.lower() in ORG_HEADS), default=1)
    between = span.doc[head_end:last_link]
    return any(t.is_lower and t.lower_ not in LINKS and t.lower_ not in QUALIFIERS for t in between)
