"""Bodies named by a common head that institutions.HeadedNames finds with the rest, and the matches of
its patterns that name nothing: an assembly's standing committees by their domains, a society by two
proper complements ("l'association des Amis de Sainte-Odile"), departmental archives."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from annotations.nlp.common_words import CommonWords
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.institution_words import COMMITTEE_DOMAINS, FIRM_HEADS
from annotations.nlp.known_bodies import TERRITORIAL_ADMINISTRATIONS
from annotations.nlp.lexicon import words
from annotations.nlp.name_edges import TITLES
from annotations.nlp.state import state
from annotations.nlp.token_patterns import ADJECTIVE, ARTICLE, NAME, OF, PROPER, TOWN, WORD


def committee_patterns() -> list[list[dict]]:
    """A standing committee of an assembly, by its domains: "la commission des finances", "la commission
    des affaires économiques", "la commission des libertés civiles, de la justice et des affaires
    intérieures", "la commission des affaires économiques et monétaires" (not "une commission d'enquête", nor "la
    commission de la ville": no committee's domain)."""
    adjective = {
        "IS_LOWER": True,
        "TEXT": {"REGEX": r"(?:al|ale|el|elle|ique|aire|if|ive|ile|able|eur|eure|é|ée|ère|enne)s?$"},
        "OP": "?",
    }
    first = [{"LOWER": "commission"}, OF, ARTICLE, {"LOWER": {"IN": sorted(COMMITTEE_DOMAINS)}}, adjective]
    part = [OF, ARTICLE, WORD, adjective]
    tails = [
        [],
        part,
        [{"LOWER": "et"}, *part],
        [*part, {"LOWER": "et"}, *part],
        [{"ORTH": ","}, *part, {"LOWER": "et"}, *part],
    ]
    # two adjectives of one domain: "la commission des affaires économiques et monétaires"
    both = [*first[:-1], {**adjective, "OP": None}, {"LOWER": "et"}, {**adjective, "OP": None}]
    both = [{key: value for key, value in token.items() if value is not None} for token in both]
    return [head + tail for head in (first, both) for tail in tails]


def society_patterns() -> list[list[dict]]:
    """An association by two proper complements ("l'association des Amis de Sainte-Odile"; not
    "l'association de Coluche", his), archives capitalised with their territory ("les Archives
    départementales de la Moselle"; not "les archives de Staline", his papers)."""
    archives = {"LOWER": "archives", "IS_TITLE": True, "IS_SENT_START": False}
    return [[{"LOWER": "association"}, *PROPER, *PROPER], [archives, ADJECTIVE, *PROPER], [archives, ADJECTIVE]]


def stage_patterns() -> list[list[dict]]:
    """A theatre or a cinema named by a proper complement with its article ("le théâtre des Carmes", "le
    cinéma du Palais"; not "le théâtre de Molière", his work) or by one word that is no given name ("le
    théâtre Trianon"; not "le théâtre Jean Dujardin", a person after the head)."""
    head = {"LOWER": {"IN": ["théâtre", "cinéma"]}}
    sign = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$", "NOT_IN": sorted(FIRST_NAMES)}}
    of_the = [[{"LOWER": {"IN": ["du", "des"]}}], [{"LOWER": "de"}, {"LOWER": {"IN": ["la", "l'"]}}]]
    return [[head, *of, *NAME] for of in of_the] + [[head, sign]]


def town_patterns() -> list[list[dict]]:
    """A town as a body, capitalised as it signs ("la Ville de Tarbes versera", ORG; "la ville de Tarbes" is the
    place, and so is "Ville de" opening a sentence, an apposition as often)."""
    return [[{"ORTH": "Ville", "IS_SENT_START": False}, OF, *NAME]]


def administration_patterns() -> list[list[dict]]:
    """A local service of the state by its acronym and its territory, which the model reads as the acronym and a
    place, or as a place whole: "la DDT de la Drôme", "l'ARS d'Occitanie", "la Dirm Méditerranée" (ORG; tried only
    at the acronym, written in capitals or as a word, see `institutions._HEADS_ONLY`)."""
    acronym = {"LOWER": {"IN": sorted(TERRITORIAL_ADMINISTRATIONS)}, "IS_LOWER": False}
    return [[acronym, *PROPER], [acronym, *TOWN]]


def body_patterns() -> list[list[dict]]:
    """The patterns of this module, for institutions.HeadedNames."""
    return committee_patterns() + society_patterns() + stage_patterns() + town_patterns() + administration_patterns()


_AGREEMENTS = words("accord accords pacte traité")
_DETERMINERS = words("l' le la les un une des du au aux ce cet cette ces son sa ses leur leurs nouvel nouveau")


def names_nothing(span: Span, common: CommonWords) -> bool:
    """Matches that name nothing: an agreement's head without its determiner ("d'un commun accord Paris et
    Berlin", "il a traité Poutine de criminel"), a place of someone titled ("le puits de Madame Durand"), a
    trade in the plural before a common word ("les Ateliers Jeunesse"), a family firm of common words
    ("Pères et Fils")."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if span[0].lower_ in _AGREEMENTS:
        return before not in _DETERMINERS
    if any(token.text in TITLES for token in span[1:]):
        return True
    following = span[1] if len(span) > 1 else None
    if span[0].lower_ in FIRM_HEADS and following is not None and following.is_title:
        return following.text not in FIRST_NAMES and common.is_common(following.text)
    return len(span) == 3 and span[2].text in ("Fils", "Frères") and common.is_plural_common(span[0].text)


# What says a text is about an assembly, where a "groupe" is a parliamentary group, not a firm ("le groupe Michelin").
_PARLIAMENT = re.compile(r"\b(?:Assemblée nationale|Sénat|Parlement européen|(?:euro)?député|sénat(?:eur|rice))", re.I)


class ParliamentaryGroups:
    """An assembly's political groups with their head, in a text about an assembly: "le groupe Socialistes et
    apparentés", "le groupe Droite républicaine", "le groupe LIOT" (ORG)."""

    def __init__(self, nlp: Language, common: CommonWords):
        self.common = common
        name = {"IS_TITLE": True}
        acronym = {"TEXT": {"REGEX": r"^[A-Z]{2,6}$"}}
        adjective = {**ADJECTIVE, "OP": "?"}
        self.matcher = Matcher(nlp.vocab)
        head = {"LOWER": "groupe", "IS_SENT_START": False}
        self.matcher.add(
            "ORG",
            # "... et apparentés", not "et le" of the next group: "le groupe Droite républicaine et le groupe LIOT"
            [
                [head, acronym],
                [head, name, adjective],
                [head, name, adjective, {"LOWER": "et"}, {"IS_LOWER": True, "LOWER": {"NOT_IN": sorted(_DETERMINERS)}}],
            ],
        )

    def __call__(self, doc: Doc, values) -> list[Span]:
        if not _PARLIAMENT.search(state(doc).text):  # doc.text joins every token's text again
            return []
        spans = filter_spans(self.matcher(doc, as_spans=True))  # the longest: "... et apparentés"
        spans = [_a_proper_name_alone(span, self.common) for span in spans]
        return [span for span in spans if span is not None and not values.overlaps(span.start_char, span.end_char)]


_GROUP_ARTICLES = words("Les La Le L'")


def _a_proper_name_alone(group: Span, common: CommonWords) -> Span | None:
    """A group named by a proper name of several words is that name without "groupe": "le groupe Takku Wallu", "le
    groupe Renew Europe" give "Takku Wallu", "Renew Europe" (ORG, which the model may read as a person); one with its
    own article is the model's or a party's ("le groupe Les Indépendants", None). Named by common words, capitalised
    or not, the group keeps its head ("le groupe Union centriste", "le groupe Droite républicaine", "le groupe LIOT")."""
    doc, name = group.doc, group.start + 1
    if group[1].text in _GROUP_ARTICLES:
        return None
    end = name + 1
    while end < len(doc) and end - name < 4 and doc[end].is_title:
        end += 1
    if end == name + 1 or all(common.is_common(token.text) for token in doc[name:end]):
        return group
    return Span(doc, name, end, label="ORG")


# Bodies an article calls by their head alone once named, capitalised: "La Métropole a voté", "selon la Régie", "le
# Département finance", "l'Agglo prendra en charge" (as "le Parlement", "la Confédération"); in lower case a kind
# ("dans la métropole", "en ville"), and opening a sentence without its article no body ("Ville morte à Saint-Claude").
BODY_NOUNS = words(
    "Métropole Régie Ville Département Région Agglo Agglomération Collectivité Fédération Caisse Cour Commission "
    "Autorité Conseil Office Agence Chambre Communauté Eurométropole Préfecture Mairie"
)
_ARTICLES = words("le la l' l’ Le La L' L’ du au Du Au")  # "les élus du Département", "transmis au Conseil"
# Mainland France, capitalised in overseas news: "venus de la Métropole", "en Métropole", "partis étudier dans la
# Métropole" (a place, no council).
_FROM_THE_MAINLAND = words("de depuis vers en dans")


def a_body_by_its_noun(span: Span) -> Span | None:
    """The body a capitalised head names alone after its article ("Métropole" of "La Métropole", which the model
    reads as a place, or the article with it), else None."""
    doc = span.doc
    if len(span) == 2 and span[0].text in _ARTICLES:
        span = doc[span.start + 1 : span.end]
    if len(span) != 1 or span[0].text not in BODY_NOUNS or span.start == 0 or doc[span.start - 1].text not in _ARTICLES:
        return None
    before = doc[span.start - 2].lower_ if span.start > 1 else ""
    return None if span[0].text == "Métropole" and before in _FROM_THE_MAINLAND else span


_ARTICLE_BEFORE = re.compile(r"(?:\b[lL]a|\b[lL]e|\b[lL]['’]|\b[dD]u|\b[aA]u)\s*$")


def reads_as_a_body(surface: str, text: str, at: int) -> bool:
    """Whether a body's capitalised head found at `at` stands for it: after its article ("la Ville", "au Conseil"), not
    opening a sentence on its own ("Ville morte à Saint-Claude"); any other name anywhere."""
    return surface not in BODY_NOUNS or bool(_ARTICLE_BEFORE.search(text[max(0, at - 4) : at]))
