"""Newspapers, magazines and channels named by a title with its own capitalised article: "selon Le
Courrier", "d'après Les Nouvelles", "Le Réveil révèle que ...", "La Gazette du Centre consacre sa une"
(ORG, the article kept, as entities.fr.md's conventions keep a title's capitalised article).

A capitalised article is part of a name; that name is a title of the press when its first word is a
common word of the model's lemma tables (a newspaper's name is a word: "Courrier", "Gazette"; a town's
mostly is not: "La Rochelle"; the tables miss some, "Progrès") or a "du X" follows it ("La Voix du
Nord"), and the context says the press: a cue before it ("selon", "d'après",
"interrogé par", "au micro de", "dans les colonnes de") or a verb of the press after it ("révèle",
"consacre", "titre", "publie"), maybe after a second title joined by "et" ("Le Point et L'Express
font leur une"). A title opening a sentence needs the verb: "Le Monde change" is a phrase as often.

Some titles are known by heart (`KNOWN_TITLES`, `known_titles`): the national dailies and sites, and
the dailies of the French-speaking countries, which the model reads as events, places or people
("Mediapart" MISC, "Le Soir" MISC, "Al Jazeera" PER) and which are often cited with no cue at all
("Libération consacre sa une", "Mediapart révèle"). They are matched as written, capitals included,
so "le soir" or "la libération des otages" are no title; a title without its own article is none after
"la" ("à la Libération": the end of the war).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from annotations.nlp.common_words import CommonWords, opens_sentence
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.lexicon import words
from annotations.nlp.spans import SpanSet
from annotations.nlp.state import state

_ARTICLES = words("Le La Les L'")
_OF = words("du de des d'")
# What comes before a source quoted by the press ("selon", "interrogé par", "au micro de"), read on the
# lower-cased text before the title.
_CUE_BEFORE = re.compile(
    r"(?:\bselon|\bd['’]après|\b(?:interrogée?s?|citée?s?|relayée?s?|reprise?s?|publiée?s?|révélée?s?) par|"
    r"\b(?:au|le) micro d[e']|\bsur l['’]antenne d[e']|\bdans les colonnes d[e']|\bà la une d[e']|"
    r"\bnos confrères d[e']|\bentretien (?:à|au|accordé à))\s*$"
)
# Verbs a newspaper is the subject of, in the present ("Le Réveil révèle", "Les Nouvelles reviennent").
# Not the verbs a town is the subject of as often ("Le Havre annonce", "Le Mans accueille").
_PRESS_VERBS = words(
    "révèle révèlent raconte racontent publie publient consacre consacrent titre titrent rapporte rapportent "
    "relaie relaient relaye relayent dévoile dévoilent évoque évoquent interroge interrogent affirme affirment "
    "écrit écrivent revient reviennent s'inquiète s'inquiètent s'intéresse s'intéressent s'interroge "
    "s'interrogent s'attaque s'attaquent enquête enquêtent"
)
# A reporting verb set after what it reports, the title closing the sentence: "..., rapporte La Presse de Tunisie."
_INVERTED_CUE = re.compile(r",\s*(?:rapporte|écrit|révèle|affirme|annonce|indique|précise|souligne)\s*$")
# "font leur couverture", "fait sa une": the press's own words after a plainer verb.
_FRONT_PAGE = re.compile(r"\s*(?:fait|font)\s+(?:sa|leur|leurs)\s+(?:une|couverture|manchette)\b")


# Written for Saga from general knowledge of the French-language press; not the titles that are a common
# word or a first name with no article to tell them ("Marianne", "Challenges", "Elle").
KNOWN_TITLES = frozenset(
    {
        # France: national dailies, weeklies and sites, the public radio's news channel
        "Le Monde",
        "Le Figaro",
        "Libération",
        "Les Échos",
        "L'Humanité",
        "Le Parisien",
        "Mediapart",
        "franceinfo",
        "Le Canard enchaîné",
        "L'Opinion",
        "Le Journal du dimanche",
        "La Dépêche du Midi",
        "Le Dauphiné libéré",
        "Le Progrès",
        "Le Républicain lorrain",
        # the regional dailies, which the model reads as places or events ("Sud Ouest" LOC, "La Voix du Nord" MISC);
        # not those named by a region or a common word alone ("La Provence", "La Montagne", "L'Alsace")
        "Ouest-France",
        "Sud Ouest",
        "La Voix du Nord",
        "Le Télégramme",
        "Nice-Matin",
        "Var-Matin",
        "Corse-Matin",
        "Midi libre",
        "L'Est républicain",
        "La Nouvelle République",
        "Le Courrier picard",
        "Le Bien public",
        "Dernières Nouvelles d'Alsace",
        # Belgium, Switzerland, Quebec, Africa and the Arab world
        "Le Soir",
        "La Libre Belgique",
        "Le Temps",
        "La Tribune de Genève",
        "Le Devoir",
        "La Presse",
        "Radio-Canada",
        "Jeune Afrique",
        "Fraternité Matin",
        "Al Jazeera",
    }
)
_ALTERNATIVES = "|".join(re.escape(t).replace("'", "['’]") for t in sorted(KNOWN_TITLES, key=len, reverse=True))
# a known title's edition by its country or town goes with it: "La Presse de Tunisie" (not "Le Monde de l'éducation",
# nor a person's: "Le Figaro de Serge Dassault", "Le Monde d'Hergé": see `_edition_of_a_person`)
# (the titles' first letters looked at first: each alternative is tried only where one of them stands, some 40 % of
# the search's time on news text)
_FIRST_LETTERS = "".join(sorted({title[0] for title in KNOWN_TITLES}))
_KNOWN_TITLE = re.compile(
    rf"(?=[{_FIRST_LETTERS}])(?<![\w-])(?P<title>{_ALTERNATIVES})(?: d(?:e |['’])(?P<edition>[A-ZÀ-Ý][\w-]+))?(?![\w-])"
)

# A known title whose article "Le" or "Les" is contracted with "de" or "à": "du Devoir", "au Figaro", "des Échos",
# named without its article. Not the titles whose word other capitalised names hold ("Coupe du Monde", "le Parti du
# Progrès").
_CONTRACTED = [t.split(" ", 1)[1] for t in KNOWN_TITLES if t.startswith(("Le ", "Les ")) and " " in t]
_CONTRACTED_TITLE = re.compile(
    r"(?<![\w-])(?:du|au|des|aux) (?P<title>"
    + "|".join(re.escape(t) for t in sorted(set(_CONTRACTED) - {"Monde", "Progrès"}, key=len, reverse=True))
    + r")(?![\w-])(?! (?:moyen|type|lambda)\b)"  # a demonym's type: "le budget du Parisien moyen"
)

# An overseas public channel by its territory: "Guadeloupe La 1ère", "SPM la 1re", "La Réunion la 1ère"
# (searched only where "1ère" or "1re" is written; the territories named, not any capitalised word: "à Brest la
# 1re place" is a ranking).
_TERRITORIES = (
    "Guadeloupe|Martinique|Guyane|La Réunion|Réunion|Mayotte|Polynésie|Nouvelle-Calédonie|Wallis-et-Futuna|"
    "Saint-Pierre-et-Miquelon|SPM"
)
# Titles that take no article and name a region too, which does: "le Sud Ouest", "du Sud Ouest".
_REGIONS = frozenset({"Sud Ouest"})
_MASCULINE = frozenset({"le ", "du ", "au "})
_OVERSEAS_CHANNEL = re.compile(rf"(?<![\w-])(?:{_TERRITORIES}) [Ll]a 1(?:ère|re)(?![\w-])")


def known_titles(doc: Doc, values: SpanSet) -> list[Span]:
    """The `KNOWN_TITLES` in the text, and the overseas channels, as ORG Spans (module docstring)."""
    text = state(doc).text
    found = []
    channels = _OVERSEAS_CHANNEL.finditer(text) if "1ère" in text or "1re" in text else ()
    for match in _CONTRACTED_TITLE.finditer(text):
        span = doc.char_span(match.start("title"), match.end("title"), label="ORG")
        if span is not None and not values.overlaps(span.start_char, span.end_char):
            found.append(span)
    for match in (*_KNOWN_TITLE.finditer(text), *channels):
        has_article = match.group(0).split()[0] in ("Le", "La", "Les") or match.group(0)[1:2] in ("'", "’")
        article = text[max(0, match.start() - 3) : match.start()].lower()
        if not has_article and (article == "la " or (article in _MASCULINE and match["title"] in _REGIONS)):
            continue  # "à la Libération", "les vignerons du Sud Ouest" (the region, unhyphenated)
        end = match.end("title") if _edition_of_a_person(doc, match) else match.end()
        span = doc.char_span(match.start(), end, label="ORG")
        if span is not None and not values.overlaps(span.start_char, span.end_char):
            found.append(span)
    return found


def _edition_of_a_person(doc: Doc, match: re.Match) -> bool:
    """A known title's "de X" that names a person, not an edition: X a given name ("Le Monde de Sophie") or in a
    name the model reads as a person's ("Le Figaro de Serge Dassault", "Le Monde d'Hergé")."""
    edition = match.groupdict().get("edition")  # none in an overseas channel's match
    if edition is None:
        return False
    start = match.start("edition")
    return edition.split("-")[0] in FIRST_NAMES or any(
        ent.label_ == "PER" and ent.start_char <= start < ent.end_char for ent in doc.ents
    )


def press_titles(doc: Doc, values: SpanSet, common: CommonWords) -> list[Span]:
    """The titles of the module's docstring, as ORG Spans."""
    text = state(doc).text
    found = []
    articles = {doc.vocab.strings.add(article) for article in _ARTICLES}
    following = 0  # the token after the last title read: the next title starts there or later
    # A title opens on an article: only those tokens are read (a Token object per token would cost more).
    for index, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in articles or index < following:
            continue
        title = _title_at(doc, index)
        if title is None or not _reads_as_a_title(title, common) or values.overlaps(title.start_char, title.end_char):
            continue
        titles = [title]
        following = title.end
        if following + 1 < len(doc) and doc[following].lower_ == "et":
            second = _title_at(doc, following + 1)
            if second is not None:
                titles.append(second)
                following = second.end
        before = text[max(0, title.start_char - 40) : title.start_char].lower()
        verb = following < len(doc) and (
            _is_press_verb(doc, following) or _FRONT_PAGE.match(text, doc[following - 1].idx + len(doc[following - 1]))
        )
        cue = not opens_sentence(doc, index) and _CUE_BEFORE.search(before)
        closes = following >= len(doc) or doc[following].text in (".", ";")
        cue = cue or (closes and len(titles) == 1 and _INVERTED_CUE.search(before))
        if (verb or (cue and len(titles) == 1)) and not any(_is_a_surname(t, text) for t in titles):
            found += titles
    return found


def _title_at(doc: Doc, index: int) -> Span | None:
    """An article, a capitalised word, maybe "du Nord": "La Voix du Nord", "Les Échos"."""
    if doc[index].text not in _ARTICLES or index + 1 >= len(doc):
        return None
    first = doc[index + 1]
    if not first.is_title or not first.is_alpha or first.text in FIRST_NAMES:
        return None
    end = index + 2
    if end + 1 < len(doc) and doc[end].lower_ in _OF and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 2
    return Span(doc, index, end, label="ORG")


def _reads_as_a_title(title: Span, common: CommonWords) -> bool:
    """A title's first word is a word ("Courrier", "Gazette"), or a "du Nord" follows it; not a town's or a
    surname's ("La Rochelle", "Le Pen"). A second title after "et" needs neither ("Le Point et L'Express")."""
    return len(title) > 2 or common.is_common(title[1].text)


def _is_a_surname(title: Span, text: str) -> bool:
    """ "Le Pen" in "selon Le Pen" when the text writes "Marine Le Pen" somewhere."""
    return any(m[1] in FIRST_NAMES for m in re.finditer(rf"([A-ZÀ-Ý][\w-]+) {re.escape(title.text)}\b", text))


def _is_press_verb(doc: Doc, index: int) -> bool:
    word = doc[index].lower_
    if word in ("s'", "s’") and index + 1 < len(doc):
        word = "s'" + doc[index + 1].lower_
    return word in _PRESS_VERBS
