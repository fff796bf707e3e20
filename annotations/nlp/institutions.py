"""Names whose head is a common noun, capitalised words that are not names, and names whose shape
tells an organisation.

The statistical model finds names by their capitals, so it cuts "tribunal administratif de
Bordeaux" down to "Bordeaux" and reads "Réouverture" opening a sentence as a person. Two general
tools fix that, both built once per pipeline (and `organisation_label` relabels a name whose shape
says ORG, an acronym or "X Group", where the model says a person or MISC):

`HeadedNames`, a spaCy `Matcher` over a lexicon of head nouns (`institution_words`). The convention (the one of
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

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from annotations.nlp.bodies import body_patterns, names_nothing
from annotations.nlp.clubs import CLUB_FIRST_WORDS, CLUB_LAST_WORDS, club_patterns
from annotations.nlp.common_words import CommonWords
from annotations.nlp.firms import FIRM_LAST_WORDS, firm_patterns
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name
from annotations.nlp.institution_words import (
    ASSEMBLY_HEADS,
    BANK_HEADS,
    CAPITALISED_ESTABLISHMENT_HEADS,
    CAPITALISED_HEADS,
    DOMAINS,
    ESTABLISHMENT_HEADS,
    EVENT_HEADS,
    FIRM_HEADS,
    NAMED_ESTABLISHMENT_HEADS,
    NATIONAL,
    NATIONAL_BODIES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLAN_HEADS,
    PORTFOLIOS,
    QUALIFIED_HEADS,
    QUALIFIERS,
    SAINTS,
    SHOP_HEADS,
    SPORTS,
    STORM_HEADS,
    TERRITORIAL,
)
from annotations.nlp.lexicon import words
from annotations.nlp.name_shapes import LINKS, is_acronym_text
from annotations.nlp.nationalities import NATIONALITIES
from annotations.nlp.spans import SpanSet
from annotations.nlp.token_patterns import ADJECTIVE, ARTICLE, CAPITAL, HYPHENATED, NAME, OF, PROPER, TOWN, WORD

WINDOW = 20  # tokens: twice the longest name the patterns match in practice
# What a town's name makes a grouping of towns of: "Brest métropole", "Lorient Agglomération" (in
# either case), "Moulins Communauté" (capitalised); also the words HeadedNames' windows end on.
_GROUPINGS = ["métropole", "agglomération", "agglo"]
_LAST_WORDS = frozenset([*_GROUPINGS, "communauté"])
_COMPLEMENT = [{"LOWER": "et", "OP": "?"}, OF, ARTICLE, WORD, {**WORD, "OP": "?"}]  # "de commerce"
_OFFICES_OF_ONE = words("mairie préfecture sous-préfecture ministère rectorat parquet gendarmerie commissariat")
# Without a proper complement, a bare "de" is left out ("des comptes", "de l'habitat", not "de lundi"),
# and a complement is one word, with an institution's adjective at most ("de l'aviation civile").
_QUALIFIER = {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "?"}
_BARE_OF = [[{"LOWER": {"IN": ["du", "des", "d'"]}}], [{"LOWER": "de"}, {"LOWER": {"IN": ["la", "l'"]}}]]
_BARE = [[*of, WORD, _QUALIFIER] for of in _BARE_OF] + [[{"LOWER": "de"}, {"LOWER": {"IN": sorted(DOMAINS | SPORTS)}}]]
_BARE_AND = [{"LOWER": "et"}, OF, ARTICLE, WORD]  # "d'incendie et de secours"


def _head(heads: frozenset[str]) -> list[list[dict]]:
    """The head as token patterns: the single words in one, each two-word head in its own."""
    single = sorted(head for head in heads if " " not in head)
    patterns = [[{"LOWER": {"IN": single}}]]
    return patterns + [[{"LOWER": word} for word in head.split()] for head in sorted(heads) if " " in head]


def _org_patterns() -> list[list[dict]]:
    qualifiers, territorial = sorted(QUALIFIERS), {"LOWER": {"IN": sorted(TERRITORIAL)}}
    patterns = []
    for heads, at_least in ((ORG_HEADS, "*"), (QUALIFIED_HEADS, "+")):
        for head in _head(heads):
            qualified = [*head, {"LOWER": {"IN": qualifiers}, "OP": at_least}]
            patterns += [qualified + _COMPLEMENT * count + PROPER for count in range(3)]
            bare_chains = [[], *_BARE, *(a + b for a in _BARE for b in [*_BARE, _BARE_AND])]
            # Adjectives on either side of the territorial one: "parquet national financier".
            any_qualifiers = {"LOWER": {"IN": qualifiers}, "OP": "*"}
            patterns += [[*head, any_qualifiers, territorial, any_qualifiers, *bare] for bare in bare_chains]
            # A capital on the head names one body too: "la Cour des comptes", "le Conservatoire du
            # littoral" (not opening a sentence, where every word has a capital).
            capital = [{**head[0], "IS_TITLE": True, "IS_SENT_START": False}, *head[1:]]
            patterns += [[*capital, any_qualifiers, *bare] for bare in bare_chains if bare]
            # and its complements then its place: "l'Union des producteurs agricoles de la Guadeloupe"
            patterns += [[*capital, any_qualifiers, *(_COMPLEMENT * count), *PROPER] for count in (1, 2)]
            # or its adjective alone: "le Conseil constitutionnel", "la Cour administrative d'appel",
            # "la Confédération paysanne"
            patterns.append([*capital, {"LOWER": {"IN": qualifiers}, "OP": "+"}])
            patterns.append([*capital, ADJECTIVE])
    # two proper complements: "le comité des Fêtes de Lyon" (not "la mairie de Marseille de Gaudin": an office,
    # then its holder)
    patterns += [[*head, *PROPER, *PROPER] for head in _head(ORG_HEADS - _OFFICES_OF_ONE)]
    patterns += [
        [{**head[0], "IS_TITLE": True, "IS_SENT_START": False}, ADJECTIVE] for head in _head(CAPITALISED_HEADS)
    ]
    # A bank's network and its regional bank: "le Crédit agricole", "la Banque populaire Grand Ouest".
    patterns += [
        [{"LOWER": head, "IS_TITLE": True, "IS_SENT_START": False}, ADJECTIVE, *name]
        for head in sorted(BANK_HEADS)
        for name in ([], NAME)
    ]
    capital_heads = [
        {"LOWER": head, "IS_TITLE": True, "IS_SENT_START": False} for head in sorted(CAPITALISED_ESTABLISHMENT_HEADS)
    ]
    patterns += [pattern for head in capital_heads for pattern in ([head, *NAME], [head, *PROPER])]
    # An elected assembly of a territory, capitalised: "l'Assemblée de Corse", "le Parlement de Wallonie",
    # "le Congrès de la Nouvelle-Calédonie", "la Métropole de Lyon" ("l'assemblée de copropriétaires" is none).
    patterns += [[{"LOWER": head, "IS_TITLE": True}, *PROPER] for head in sorted(ASSEMBLY_HEADS)]
    # A public channel's regional edition: "France 3 Normandie" (not "en France 3 millions de personnes").
    patterns.append(
        [{"ORTH": "France"}, {"TEXT": {"REGEX": r"^\d$"}}, CAPITAL, {"ORTH": "-", "OP": "?"}, {**CAPITAL, "OP": "?"}]
    )
    # A capitalised noun made one national body by its adjective: "l'Éducation nationale", "la
    # Sécurité sociale" (not opening a sentence, where every word has a capital).
    national = [{"IS_TITLE": True, "IS_SENT_START": False}, {"LOWER": {"IN": sorted(NATIONAL)}}]
    body = {"LOWER": {"IN": sorted(NATIONAL_BODIES)}, "IS_TITLE": True}
    patterns += [national, [body, national[1], *PROPER]]  # "la Bibliothèque nationale de France"
    # A ministry of two domains: "ministère de l'Europe et des Affaires étrangères", "ministère du Travail et
    # de l'Emploi" (a tribunal "de Nanterre et de Versailles" is two).
    domain_adjective = {"IS_LOWER": True, "TEXT": {"REGEX": r"(?:ère|ique|al|ale|el|elle|aire|if|ive)s?$"}, "OP": "?"}
    domain = [OF, ARTICLE, *NAME, domain_adjective]
    portfolio = [OF, ARTICLE, {"LOWER": {"IN": sorted(PORTFOLIOS)}, "IS_TITLE": True}, domain_adjective]
    patterns.append([{"LOWER": "ministère"}, *domain, {"LOWER": "et"}, *portfolio])
    # "université de technologie de Belfort-Montbéliard"; not "l'école du hameau de Launstroff", the hamlet's
    of_what = [OF, ARTICLE, {**WORD, "LOWER": {"NOT_IN": sorted(PLACE_NOUNS)}}]
    for head in _head(ESTABLISHMENT_HEADS):
        patterns += [head + NAME, head + PROPER, head + of_what + PROPER]
        # "École supérieure de pharmacie de Nancy"
        patterns.append([*head, {"LOWER": {"IN": sorted(QUALIFIERS)}, "OP": "+"}, *of_what, *PROPER])
    # A shop by its owner's surname, one word: not "la boucherie Jean-Pierre Martin" (his), nor
    # "la pâtisserie Paris-Brest" (see `_is_no_name`) or "l'épicerie Italienne".
    surname = {
        "TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$", "NOT_IN": sorted(FIRST_NAMES | _SHOP_SIGN_WORDS)},
        "LOWER": {"NOT_IN": sorted(NATIONALITIES)},
    }
    patterns += [[*head, surname] for head in _head(SHOP_HEADS)] + [[{"LOWER": "coopérative"}, ADJECTIVE, *PROPER]]
    patterns += club_patterns() + [[*TOWN, {"LOWER": {"IN": _GROUPINGS}}], [*TOWN, {"ORTH": "Communauté"}]]
    patterns += firm_patterns() + body_patterns()
    # The government of the text's own country, capitalised as institutions write it: "le Gouvernement"
    patterns.append([{"ORTH": "Gouvernement", "IS_SENT_START": False}])
    # A hyphenated name only: "le théâtre Jean Dujardin aussi" reads a person after the head.
    # "l'Ehpad Les Tilleuls", "la crèche Les Petits Loups": a sign opening on its article
    sign = [{"ORTH": {"IN": ["Le", "La", "Les", "L'"]}}, CAPITAL, {**CAPITAL, "OP": "?"}]
    patterns += [head + sign for head in _head(NAMED_ESTABLISHMENT_HEADS)]
    return patterns + [head + HYPHENATED for head in _head(NAMED_ESTABLISHMENT_HEADS)]


def _misc_patterns() -> list[list[dict]]:
    qualifiers = {
        "LOWER": {"IN": sorted(QUALIFIERS | words("international internationale mondial mondiale"))},
        "OP": "*",
    }
    patterns = [[*head, qualifiers, *name] for head in _head(EVENT_HEADS) for name in (NAME, PROPER)]
    # Capitalised, with what it is about and maybe its place: "la Foire aux vins d'Alsace", "le Festival mondial
    # des théâtres de marionnettes"
    capital = {"LOWER": {"IN": sorted(EVENT_HEADS)}, "IS_TITLE": True, "IS_SENT_START": False}
    about = [{"LOWER": {"IN": ["aux", "des", "du"]}}, WORD]
    of_what = [OF, ARTICLE, WORD, {**ADJECTIVE, "OP": "?"}]  # one noun, maybe an adjective: not "ouvrira"
    patterns += [[capital, *about, *PROPER], [capital, qualifiers, *of_what], [capital, qualifiers, *of_what * 2]]
    # "championnats de France de natation"
    sport = [{"LOWER": "de"}, {"LOWER": {"IN": sorted(SPORTS)}}]
    patterns += [[*head, qualifiers, *PROPER, *sport] for head in _head(EVENT_HEADS)]
    patterns += [[*head, {"LOWER": {"IN": ["tropicale", "tropical"]}, "OP": "?"}, *NAME] for head in _head(STORM_HEADS)]
    for head in _head(PLAN_HEADS):
        patterns += [head + NAME, head + NAME + [{"LOWER": "et"}, WORD], head + NAME + [{"IS_DIGIT": True}]]
    # a treaty by its place: "le traité de Verdun" (not "la bataille de Paris", a campaign as often as a battle)
    patterns += [[{"LOWER": "traité"}, *PROPER]]
    # a study or a trial by its acronym: "l'étude PALISADE", "l'essai TRIDENT-OA" (not "une étude Ifop", the pollster's)
    acronym = {"TEXT": {"REGEX": r"^[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]{1,4})?$"}, "LOWER": {"NOT_IN": sorted(_SURVEYORS)}}
    suffix = [{"ORTH": "-"}, {"TEXT": {"REGEX": r"^[A-Z0-9]{1,4}$"}}]
    patterns += [[{"LOWER": {"IN": ["étude", "essai"]}}, acronym, *part] for part in ([], suffix)]
    return patterns


# Who makes studies and polls, by their acronyms: "une étude INSEE" is theirs, no study's name.
_SURVEYORS = words("ifop ipsos elabe odoxa insee inserm cnrs drees dares ofce credoc ademe anses inrae ined")


def _place_patterns() -> list[list[dict]]:
    patterns = [pattern for head in _head(PLACE_HEADS) for pattern in (head + NAME, head + PROPER)]
    # A square by its name, or after "du", "des", "de la" ("place Bellecour", "place du Capitole", "place de
    # la République"); not after a bare "de": "la place de Karim Benzema" is his, "la place de Paris" a rank.
    square = [{"LOWER": "place"}]
    of = [[], [{"LOWER": {"IN": ["du", "des"]}}], [{"LOWER": "de"}, {"LOWER": {"IN": ["la", "l'"]}}]]
    # A housing estate in lower case ("la cité des Électriciens"; "Cité Marchés" is a company's name).
    patterns += [[{"ORTH": "cité"}, *PROPER], [{"ORTH": "cité"}, *NAME]]
    # "salle Jean-Moulin" (not "une salle de Nancy")
    hyphenated = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+$"}}
    patterns += [[{"LOWER": "salle"}, *HYPHENATED], [{"LOWER": "salle"}, hyphenated]]
    # or by a surname alone, in lower case: "la salle Poirel", "la salle Pleyel" (not "la salle Jean Dupont")
    surname = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý][a-zà-ÿ]+$", "NOT_IN": sorted(FIRST_NAMES)}}
    patterns.append([{"ORTH": "salle"}, surname])
    # A departmental or national road by its number: "la RD 38", "la RN 7" (not "la RN" alone, the party).
    patterns.append([{"ORTH": {"IN": ["RD", "RN", "CD"]}}, {"TEXT": {"REGEX": r"^\d{1,4}$"}}])
    return patterns + [square + article + NAME for article in of]


def _with_its_country(span: Span) -> Span:
    """A name ending on "Pays" goes on to the country it names: "conseil régional des Pays de la Loire",
    "communauté de communes du Pays de Redon"."""
    doc, end = span.doc, span.end
    if span[-1].text != "Pays" or end + 1 >= len(doc) or doc[end].lower_ not in ("de", "du", "des", "d'"):
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


def _holds_a_person(span: Span) -> bool:
    """A person in apposition after the name: "le patron du Crédit agricole Philippe Brassac", "la
    présidente de la Région Bretagne Anne Morvan" (the shorter match, without the person, is kept). A
    person right after an establishment's head names it: "lycée Victor Hugo"."""
    establishment = span[0].lower_ in _ESTABLISHMENTS
    doc = span.doc
    for token in span[1:]:
        # a given name and a capitalised word, which may go on past the span ("Victor Hugo" is no "Hugo X")
        surname = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.is_title
            and token.text.split("-")[0] in FIRST_NAMES
            and surname is not None
            and surname.text[:1].isupper()
        ):
            return not (establishment and token.i == span.start + 1)
    return False


def _without_its_town(span: Span) -> Span:
    """An establishment's hyphenated name stops before its town: "lycée Jean-Moulin" in "lycée
    Jean-Moulin d'Angers" (the name pattern's elided "d'" is for "Côte d'Ivoire")."""
    if span[0].lower_ not in _ESTABLISHMENTS:
        return span
    name = span[1:2].text
    if name.startswith(SAINTS):
        return span  # "école Saint-François d'Assise"
    for token in span[2:]:
        if token.lower_ == "d'" and token.doc[token.i - 1].text != "-" and "-" in span[1 : token.i - span.start].text:
            return Span(span.doc, span.start, token.i, label=span.label_)
    return span


_RANKS = words("première deuxième troisième quatrième cinquième dernière seconde meilleure bonne 1re 2e 3e 4e 5e")


def _is_rank(span: Span) -> bool:
    """ "la première place de la Ligue 1": a rank in a table, no square."""
    return span[0].lower_ == "place" and span.start > 0 and span.doc[span.start - 1].lower_ in _RANKS


_PLURAL_BEFORE = words("les des ses nos vos leurs ces aux")


# A shop's sign opens on these, no surname: "la boulangerie Chez Paulette", "l'épicerie Au Bon Coin".
_SHOP_SIGN_WORDS = words("Chez Au Aux Le La Les Du Des")


def _is_no_name(span: Span) -> bool:
    """Heads that make no name in these uses: "l'autorité de Macron" (a body's "Autorité" has its
    capital), "la cité de Jeanne d'Arc" (a person's town), "les prix SNCF" (prices), "le
    restaurant de Paul Bocuse" (his; "restaurant Drouant" is named), a shop before a hyphenated
    word ("la pâtisserie Paris-Brest"), a braderie in lower case (a charity's sale), an
    organisation's campus ("le campus de HEC"), a person's work ("le Théâtre de Molière", "la Fondation
    d'Isaac Asimov")."""
    head, following = span[0].lower_, span[1] if len(span) > 1 else None
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if head == "autorité":
        return not span[0].is_title
    if head == "cité":
        return any(token.text in FIRST_NAMES for token in span)
    if head == "prix":
        return before in _PLURAL_BEFORE or (following is not None and is_acronym_text(following.text))
    if head in CAPITALISED_ESTABLISHMENT_HEADS and span[0].is_title and following is not None:
        return following.lower_ in ("de", "d'", "du") and opens_on_a_first_name(span[2:].text)
    if head == "braderie":
        return not span[0].is_title
    if head == "église":
        return span[0].is_title  # "l'Église de France" is the institution, "l'église Saint-Martin" the building
    if head == "campus":
        return len(span) > 1 and is_acronym_text(span[-1].text)
    if head in SHOP_HEADS:
        return span.end < len(span.doc) and span.doc[span.end].text == "-"  # "pâtisserie Paris-Brest"
    return head == "restaurant" and following is not None and following.lower_ in ("de", "du", "des", "d'")


class HeadedNames:
    """Finds the names whose head is a common noun (module docstring), as labelled Spans."""

    def __init__(self, nlp: Language, common: CommonWords | None = None):
        self.common = common or CommonWords(nlp)
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("ORG", _org_patterns())
        self.matcher.add("LOC", _place_patterns())
        self.matcher.add("MISC", _misc_patterns())
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
        heads |= PLACE_HEADS | EVENT_HEADS | STORM_HEADS | PLAN_HEADS | ASSEMBLY_HEADS
        heads |= (
            words("place stade olympique cité coopérative gouvernement rd rn cd association archives étude essai ville")
            | CLUB_FIRST_WORDS
            | FIRM_HEADS
        )
        self.first_words = {nlp.vocab.strings.add(head.split()[0]) for head in heads}
        last_words = _LAST_WORDS | CLUB_LAST_WORDS | FIRM_LAST_WORDS
        self.last_words = {nlp.vocab.strings.add(word) for word in last_words}
        self.france = nlp.vocab.strings.add("france")
        self.national = {nlp.vocab.strings.add(word) for word in NATIONAL}

    def __call__(self, doc: Doc, values: SpanSet) -> list[Span]:
        """The longest non-overlapping names of `doc` that overlap none of the `values` (dates and
        amounts: "le conseil municipal du 3 mars" is "conseil municipal")."""
        spans = [
            span
            for start, end in self._windows(doc)
            for span in self.matcher(doc[start:end], as_spans=True)
            if span[-1].text not in ("-", "d'", "l'")
            and not (span[0].is_upper and len(span[0]) > 3)  # a heading's word in capitals: "MARCHÉ Laboratoires X"
            and not values.overlaps(span.start_char, span.end_char)
            and not _is_rank(span)
            and not _is_no_name(span)
            and not _holds_a_person(span)
            and not names_nothing(span, self.common)
        ]
        return filter_spans([_with_its_country(_without_its_town(span)) for span in spans])

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """The token ranges that may hold a name: from each head onwards. The Matcher costs a
        set look-up per pattern and token; run on the whole text it would cost as much as the
        rest of the analysis, and only a few tokens in a hundred are heads."""
        lower = doc.to_array(LOWER).tolist()
        starts = [i for i, word in enumerate(lower) if word in self.first_words]
        starts += [i - 1 for i, word in enumerate(lower) if i and word in self.national]
        # A name then "métropole" or a club's acronym: from up to five tokens before it (a name of three
        # parts and hyphens).
        starts += [max(0, i - 5) for i, word in enumerate(lower) if word in self.last_words]
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


def names_a_part_of(span: Span, organisations: set[str]) -> bool:
    """ "conseil d'administration de Renault": a body named by a common complement, whose proper
    complement is a name the model did not take for a place or a person (one of `organisations`:
    the model often says MISC for a company) is a part of that organisation, not a
    name of its own ("ministère de l'Intérieur" has no common complement)."""
    if span[0].lower_ in ESTABLISHMENT_HEADS:
        return False  # "université de technologie de Belfort-Montbéliard" is a body of its own
    last_link = max((t.i for t in span if t.lower_ in LINKS), default=None)
    if last_link is None or span.doc[last_link + 1 : span.end].text not in organisations:
        return False
    # the head in one word or more: "conseil", "groupement de gendarmerie"
    head_end = span.start + max((n for n in (1, 2, 3) if span[:n].text.lower() in ORG_HEADS), default=1)
    between = span.doc[head_end:last_link]
    return any(t.is_lower and t.lower_ not in LINKS and t.lower_ not in QUALIFIERS for t in between)
