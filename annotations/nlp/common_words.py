"""Capitalised words that are not names.

`CommonWords`, the noun, verb, adjective and adverb lemmas of the model's own lemmatiser tables
(no extra data): a capitalised word whose lower case is one of them is a common word when it
opens a sentence ("Réouverture prévue en mars") and a demonym after a plural determiner ("les
Bordelais", "des Français", and "le Belge" before a name), unless the text confirms it as a name
elsewhere; it also strips a demonym glued to a person ("la Lyonnaise Léa Mysius") and tells a
minister's domain ("le ministre de l'Intérieur") from a ministry's name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from annotations.nlp.dates.lexicon import EASTER_HOLIDAYS, FIXED_HOLIDAYS
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name
from annotations.nlp.institution_words import EVENT_HEADS, ORG_HEADS
from annotations.nlp.lexicon import words
from annotations.nlp.name_edges import DASHES
from annotations.nlp.nationalities import NATIONALITIES, is_nationality
from annotations.nlp.parties import INSTITUTIONS
from annotations.nlp.person_edges import SURNAME_PARTICLES

# What a minister, a commissioner or a secretary of state is in charge of, right after the role: "le ministre
# de l'Intérieur", "le ministre belge de la Santé", "la ministre déléguée à la Mémoire", "le commissaire chargé
# de l'Industrie", "la secrétaire d'État chargée des Sports", "le secrétaire américain au Trésor".
_MINISTER = re.compile(
    # (a Belgian town's alderman, a French mayor's deputy too: "l'échevin des Travaux", "l'adjointe aux Sports")
    r"\b(?:(?:ministres?|commissaires?|secrétaires? d'état|échevin|échevine|échevins|adjointe?s?)(?: [a-zà-ÿ]+){0,2}"
    r" (?:de l'|de la |des |du |de |d'|à la |à l'|au |aux )"
    # a secretary "au", "à la", never "de": "la secrétaire générale de l'Organisation ..." heads a body
    r"|secrétaires?(?: [a-zà-ÿ]+)? (?:à la |à l'|au |aux ))$"
)
# A capitalised domain, then "de": what follows is the town of the role, not its domain.
_AFTER_A_DOMAIN = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+ (?:de |d'|d’)$")


def opens_sentence(doc: Doc, index: int, after_dateline: bool = False) -> bool:
    """The token at `index` opens its sentence, after opening punctuation or a section's number at most,
    or a dateline too (`after_dateline`: "MOLSHEIM. — Réuni lundi, le conseil ...": a dateline's dash ends no
    sentence)."""
    word = index
    while index and not doc[index].is_sent_start and doc[index - 1].is_punct:
        index -= 1
    if index == 0 or doc[index].is_sent_start:
        return True
    start = word
    while start and word - start < 8 and not doc[start].is_sent_start:  # a dateline is a few tokens
        start -= 1
    before = doc[start:word]
    if doc[start].is_sent_start is False:
        return False
    if all(t.is_punct or _SECTION.fullmatch(t.text) for t in before):
        return True  # after a section's number: "4.6 Fertilité, grossesse et allaitement"
    return after_dateline and any(t.text in DASHES for t in before) and all(t.is_punct or t.is_upper for t in before)


def _is_heading_word(token, common: CommonWords) -> bool:
    """A word of a heading in capitals: "DÉNOMINATION", "DU", "L'"."""
    if not token.is_upper:
        return False
    if token.lower_ in _HEADING_LINKS:
        return True
    return len(token) > 2 and (common.is_common(token.text) or token.lower_ in common.adjective_forms)


_HEADING_LINKS = words("de du des d' la le les l' et à au aux en sur")
# A participle's or an imperative's ending: "Réuni", "Classée", "Ouvert", "Prise", "Veuillez".
_PARTICIPLE_OR_IMPERATIVE = re.compile(
    r"(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes|ez)$"
)
# What follows a subject, not a participle: "Renée a fêté", "Orange a annoncé", "Renée s'est éteinte".
_AUXILIARIES = words(
    "a ai avait avaient aura aurait auront ont est était étaient sera serait seront sont fut furent va vont allait "
    "vient venait doit devait peut pouvait ne n' se s' y"
)
_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?")


# Common nouns written in capitals, no names: diplomas, contracts, benefits, taxes, measures, currencies and
# trains ("deux classes de BTS", "le SMIC", "la TVA", "le PIB", "le TER de 6 h 40").
COMMON_ACRONYMS = words(
    "BTS CAP BEP BEPC DUT BUT DEUG DAEU BAFA MBA CDI CDD RSA APL AAH SMIC TVA PIB IVG PMA RTT HLM QCM CFA CFP TER TGV RER "
    "CP CE1 CE2 CM1 CM2"  # school years: "les CM2"
    " EHPAD Ehpad"  # a kind of care home: "l'Ehpad voisin" (named by a sign after it: "l'Ehpad Les Tilleuls")
)
# Roles, kinds of firms and associations, common nouns and policies written in capitals, besides those above: "le
# PDG", "la PME", "l'ONG", "la SCOP", "l'ASBL" (Belgian), "le PLU", "le CSE" (see `acronyms_after_an_article`).
NO_BODY_ACRONYMS = COMMON_ACRONYMS | words(
    "PDG DRH CEO ONG PME TPE ETI ASBL SCOP SAS SARL PLU CSE DPE SUV VTT IRM ADN ARN AVC GPS SMS USB VIH SIDA"
    " BTP CAC COVID CSG ISF IFI RIB PPRI"  # a trade, an index, an illness, taxes, a bank slip, a flood plan
    " PAC"  # a policy: "les aides de la PAC"
)
# (not before a capitalised word: "la MSA Auvergne" is a longer name, the model's to read)
_AFTER_AN_ARTICLE = re.compile(r"\b(?:[Ll]e |[Ll]a |[Ll]['’]|[Dd]u |[Aa]u )([A-ZÀ-Ý]{3,6})(?![\w'’-]| [A-ZÀ-Ý])")


def acronyms_after_an_article(text: str) -> list[tuple[int, int]]:
    """Where an acronym follows a definite article ("à l'appel de la FCPE", "Le CCAS propose", "au SDIS"):
    a body's in the news, which the model may leave out; not a common noun's ("le PDG", "la TVA")."""
    return [match.span(1) for match in _AFTER_AN_ARTICLE.finditer(text) if match[1] not in NO_BODY_ACRONYMS]


# Days of the year written as one word (the dates' lexicon's, and feasts it does not date).
HOLIDAYS = {name for name in (*FIXED_HOLIDAYS, *EASTER_HOLIDAYS) if " " not in name} | words(
    "épiphanie chandeleur mardi-gras ramadan aïd tabaski hanoucca"
)
# What counts people before a demonym: a number in figures or words.
_COUNTS_PEOPLE = re.compile(
    r"(?!(?:1[89]|20)\d\d$)\d[\d\s]*|mille|millions?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents"
)  # not a year: "Depuis 2020 Calais a accueilli ..."
# Plural determiners before a demonym: "les Bordelais", "des Français", "aux Landais".
PLURAL_DETERMINERS = words("les des aux ces nos vos leurs plusieurs nombreux quelques")
# Endings of French demonyms in the plural, for the towns the lemma tables do not know.
DEMONYM_ENDINGS = (
    "ais",
    "aises",
    "ois",
    "oises",
    "ains",
    "aines",
    "iens",
    "iennes",
    "éens",
    "éennes",
    "ins",
    "ines",
    "ards",
    "auds",  # "les Limougeauds" (not "-eaux": "Les Mureaux" is a town, "les Corbeaux" a club)
)


class CommonWords:
    """The lemmas of the model's lemmatiser tables: is a capitalised word a common word?"""

    def __init__(self, nlp: Language):
        self.nouns: frozenset[str] = frozenset()
        self.others: frozenset[str] = frozenset()  # verbs, adjectives, adverbs
        self.verb_forms: frozenset[str] = frozenset()  # "veuillez", "réuni", "classée": inflected verbs
        self.adjective_forms: frozenset[str] = frozenset()
        if "lemmatizer" in nlp.component_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                self.nouns = frozenset(index.get("noun", []))
                self.others = frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, []))
            if lookups.has_table("lemma_exc"):
                exceptions = lookups.get_table("lemma_exc")
                self.verb_forms = frozenset(exceptions.get("verb", {}))
                self.adjective_forms = frozenset(exceptions.get("adj", {}))  # "qualitative", "pelliculés"

    def is_common(self, word: str) -> bool:
        """ "Réouverture", "Travaux", "Accusé": the lower case, or its singular, is a known lemma."""
        lower = word.lower()
        forms = {lower, lower[:-1]} if lower.endswith(("s", "x")) else {lower}
        if lower.endswith("aux"):
            forms |= {lower[:-3] + "ail", lower[:-3] + "al"}  # "Travaux", "Journaux"
        for ending in ("é", "ée", "és", "ées"):  # past participles: "Accusée" → "accuser"
            if lower.endswith(ending):
                forms.add(lower[: -len(ending)] + "er")
        return any(form in self.nouns or form in self.others for form in forms)

    def is_lemma(self, word: str) -> bool:
        """ "Stupeur", "Lundi": the lower case itself is a known lemma ("Paris", "Tours" are none)."""
        return word.lower() in self.nouns or word.lower() in self.others

    def is_verb_form(self, word: str) -> bool:
        """ "Veuillez", "Réuni", "Classée": a participle or an imperative of the lemmatiser's tables, not a
        given name ("Marie", "René" are verb forms too) nor a finite form that is a name as often ("Vienne",
        "Lance")."""
        lower = word.lower()
        return lower in self.verb_forms and bool(_PARTICIPLE_OR_IMPERATIVE.search(lower)) and word not in FIRST_NAMES

    def without_heading_words(self, span: Span) -> Span | None:
        """ "Velvorane" from "MÉDICAMENT Velvorane" in "1. DÉNOMINATION DU MÉDICAMENT Velvorane 25 mg": a
        heading's words in capitals, glued to the name by the model, are cut (a run of three or more,
        every one a common word: not "LE HAVRE", "BNP Paribas"); a span of them alone is no name."""
        doc = span.doc
        start = span.start
        while start and _is_heading_word(doc[start - 1], self):
            start -= 1
        end = span.start
        while end < span.end and _is_heading_word(doc[end], self):
            end += 1
        run_end = end
        while end == span.end and run_end < len(doc) and _is_heading_word(doc[run_end], self):
            run_end += 1  # a span of heading words alone: the run goes on past it
        if end == span.start or max(end, run_end) - start < 3:
            return span
        return doc[end : span.end] if end < span.end else None

    def is_plural_common(self, word: str) -> bool:
        """ "Jeunes", "Agriculteurs": a common word in the plural (not "Aurore Bergé", "Rose Blanc")."""
        return word.endswith(("s", "x")) and self.is_common(word)

    def is_demonym(self, word: str) -> bool:
        """ "Bordelais", "Français", "Landais": an adjective lemma, or a demonym's plural ending."""
        lower = word.lower()
        return lower in self.others or lower.rstrip("s") in self.others or lower.endswith(DEMONYM_ENDINGS)

    def is_role_domain(self, span: Span, text: str) -> bool:
        """ "Intérieur" in "le ministre de l'Intérieur": part of a role, no name (the ministry,
        "ministère de l'Intérieur", is one, see HeadedNames). `text`: the doc's (Doc.text would
        join every token again at each call)."""
        before = text[max(0, span.start_char - 40) : span.start_char]
        if _AFTER_A_DOMAIN.search(before):
            return False  # a town after the domain: "Rennes" of "l'adjointe aux Sports de Rennes"
        return bool(_MINISTER.search(before.lower())) and all(t.is_lower or self.is_common(t.text) for t in span)

    def past_a_role_domain(self, span: Span, text: str) -> Span:
        """The town the model read on from a role's domain ("Seraing" of "l'échevin des Finances de Seraing", "Rennes"
        of "l'adjointe aux Sports de Rennes"): the domain is part of the role, no place (`is_role_domain`)."""
        of = next((t.i for t in span[1:] if t.lower_ in ("de", "d'", "d’")), None)
        if of is None or of + 1 >= span.end or not span.doc[of + 1].is_title:
            return span
        return span.doc[of + 1 : span.end] if self.is_role_domain(span.doc[span.start : of], text) else span

    def without_demonym(self, span: Span) -> Span:
        """ "Léa Mysius" from "Lyonnaise Léa Mysius" ("la Lyonnaise Léa Mysius"): a demonym the model
        glued to a person's name; a nationality before any capitalised name ("la Polonaise Iga
        Swiatek"), the given name unknown."""
        first = span[0].text
        name = span[1:]
        if (
            len(span) >= 2
            and is_nationality(first)
            and all(t.is_title or t.is_upper or t.lower_ in SURNAME_PARTICLES or is_name_syllable(t) for t in name)
        ):
            return name
        if (
            len(span) >= 3
            and self._reads_as_demonym(first)
            and first not in FIRST_NAMES
            and opens_on_a_first_name(span[1:].text)
        ):
            return span[1:]
        return span

    def _reads_as_demonym(self, word: str) -> bool:
        """A known demonym, or a capitalised word with a demonym's ending ("la Francilienne Léa")."""
        return self.is_demonym(word) or word.lower().endswith(("aise", "oise", "ienne"))

    def is_demonym_before_a_person(self, span: Span) -> bool:
        """ "Lyonnaise" in "la Lyonnaise Léa Mysius" when the model reads the two apart
        (fr_core_news_md): a demonym alone before a name that opens on a given name, a compound one
        too ("la Lyonnaise Anne-Sophie Martin": the given name's three tokens, then the surname)."""
        doc, end = span.doc, span.end
        word = span.text
        demonym = is_nationality(word) or self._reads_as_demonym(word)
        if len(span) != 1 or not demonym or word in FIRST_NAMES or end + 1 >= len(doc):
            return False
        return doc[end].is_title and opens_on_a_first_name(doc[end : end + 4].text)

    def is_common_word(self, span: Span) -> bool:
        """A span that is a common word: a demonym after a plural determiner ("les Bordelais"; "Les
        Limougeauds" opening a sentence, two words, told by its ending: "Les Verts" is a club), or a
        sentence's first word ("Réouverture prévue lundi"; places excepted: "Orange", "Tours") that
        the text never writes capitalised elsewhere."""
        if len(span) == 2 and span[0].lower_ in PLURAL_DETERMINERS and span[1].lower_.endswith(DEMONYM_ENDINGS):
            return True  # "Les Tourangeaux paieront", the determiner opening a sentence
        if len(span) != 1 or span.text.isupper():
            return False
        doc, word = span.doc, span.text
        if is_nationality(word):
            return True  # "l'Espagnol", "Premier Français au classement": a person, no name
        if span.start and doc[span.start - 1].lower_ in PLURAL_DETERMINERS and self.is_demonym(word):
            return True
        previous = doc[span.start - 1].lower_ if span.start else ""
        if _COUNTS_PEOPLE.fullmatch(previous) and word.endswith(("ains", "ois", "ais", "iens", "éens")):
            return True  # "120 000 Lorrains", "35 000 Haut-Rhinois" (not "de Blois": no count before)
        demonym_ending = word.lower().endswith(("aise", "oise", "ienne", "éenne", "ais", "ois", "ien"))
        if previous in ("un", "une") and demonym_ending:
            return True  # "une Lyonnaise de 34 ans"
        if previous in ("le", "la", "l'") and demonym_ending and _of_an_age(doc, span.end):
            return True  # "La Lyonnaise de 21 ans a gagné": a person by her town and her age
        # A singular one before a person's name: "le Belge Wout van Aert".
        before, after = doc[span.start - 1] if span.start else None, doc[span.end] if span.end < len(doc) else None
        if before is not None and before.lower_ in ("le", "la") and after is not None and after.is_title:
            return self.is_demonym(word)
        if span.label_ == "LOC":
            return False
        # the subject of an auxiliary is a name ("PARIS — Orange a annoncé", "Renée a fêté ses cent ans"): a
        # dateline before it opens no sentence, and it is no participle
        subject = span.end < len(doc) and doc[span.end].lower_ in _AUXILIARIES
        if not opens_sentence(doc, span.start, after_dateline=not subject):
            return False
        if not self.is_common(word) and not (self.is_verb_form(word) and not subject):
            return False
        return not any(
            token.text == word and not opens_sentence(doc, token.i, after_dateline=not subject) for token in doc
        )


def _of_an_age(doc, i: int) -> bool:
    """ "de 21 ans", "de trente ans" from token `i`: a person's age."""
    words_after = [token.lower_ for token in doc[i : i + 3]]
    return (
        len(words_after) == 3
        and words_after[0] == "de"
        and words_after[2] == "ans"
        and bool(
            _COUNTS_PEOPLE.fullmatch(words_after[1]) or words_after[1] in ("vingt", "trente", "quarante", "cinquante")
        )
    )


# Titles that hold capitals but name a role, not a body or a place: "le garde des Sceaux", "le président de
# la République", "la présidente du Conseil italien", "le Premier ministre canadien".
_PRESIDENT = r"\b(?:[Pp]résident|[Pp]résidente|[Vv]ice-président|[Vv]ice-présidente)"
_NATIONAL = "|".join(sorted(NATIONALITIES))
_REPUBLIC_OF = "centrafricaine|dominicaine|démocratique|islamique|populaire|fédérale|arabe|de|du|d'|des"
_ROLE_TITLES = re.compile(
    # the French head of state, not "la République tchèque", "de la République démocratique du Congo"
    # ("de la République française" is France's)
    rf"\bgarde des Sceaux\b|{_PRESIDENT} de la République(?! (?!française\b)(?:{_NATIONAL}|{_REPUBLIC_OF})\b)|"
    r"\b[Pp]rocureure? de la République\b|"  # the prosecutor of a court, not the Republic
    # an address to a role ("Madame la Commissaire", "Monsieur le Rapporteur"); the member states of a union
    r"\b(?:Monsieur|Madame) (?:le|la) [A-ZÀ-Ý][a-zà-ÿ-]+|\bÉtats? membres?\b|"
    # a country's head of government: "la présidente du Conseil italien", not "du Conseil constitutionnel"
    rf"{_PRESIDENT} du Conseil(?= (?:{_NATIONAL})\b|[^\w -]|$)|"
    r"\b(?:Premier|Première) (?:ministre|secrétaire|adjoint|adjointe|président|présidente|magistrat)\b"
)


def is_in_a_title(span: Span, text: str) -> bool:
    """Every capitalised word of `span` belongs to a role's title (`_ROLE_TITLES`): "Sceaux" in "garde des
    Sceaux", "Premier ministre canadien", "République" alone in "le président de la République" (not
    "République tchèque"); `text` is the doc's."""
    reach = 40  # a title runs at most this far beyond the name's words ("président du Conseil italien")
    around = _ROLE_TITLES.finditer(text, max(0, span.start_char - reach), min(len(text), span.end_char + reach))
    covered = [(title.start(), title.end()) for title in around]
    return bool(covered) and all(
        token.is_lower or any(start <= token.idx < end for start, end in covered) for token in span
    )


_ARTICLES = words("la le les l'")


def is_name_syllable(token) -> bool:
    """A hyphen or the lower-case syllable after it in a given name: "Ji-hoon", "Jong-un"."""
    doc = token.doc
    if token.text == "-":
        return token.i + 1 < len(doc) and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha
    return token.i > 0 and doc[token.i - 1].text == "-" and token.is_lower and token.is_alpha


# The heads of events, whose article is never their name's (a work's is: "Les Misérables", in guillemets).
_EVENT_WORDS = EVENT_HEADS | {"nuit"}


def without_opening_article(span: Span, text: str) -> Span:
    """ "La France" opening a sentence is "France" when the text writes it elsewhere after a lower-case
    article ("la France", "de la Loire"); a name whose article is its own keeps its capital there ("à La
    Rochelle", "du Havre"), and stays whole; a capitalised institution's article is never its own ("Le
    Sénat a voté")."""
    if len(span) < 2 or span[0].lower_ not in _ARTICLES:
        return span
    rest = span[1:]
    if rest.text in INSTITUTIONS:
        return rest  # also after a dateline's dash: "MADRID – Le Sénat"
    if not span[0].is_sent_start:
        return span
    if len(rest) >= 2 and rest[0].is_title and rest[0].lower_ in ORG_HEADS:
        return rest  # a body's head: "La Musique municipale de Creutzwald donnera" (fr_core_news_md's span)
    if len(rest) >= 2 and rest[0].is_title and rest[0].lower_ in _EVENT_WORDS:
        return rest  # an event's head: "La Nuit blanche revient", "La Fête des vendanges aura lieu"
    return rest if re.search(rf"\b(?:la|le|les|l')\s*{re.escape(rest.text)}\b", text) else span
