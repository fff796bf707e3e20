"""The long names of public bodies, read on past where the head's patterns stop.

A body's official name often strings several common complements, joined by "et" or by "à", and
closes on an adjective: "Agence de l'environnement et de la maîtrise de l'énergie", "Centre
national des œuvres universitaires et scolaires", "Commissariat à l'énergie atomique et aux
énergies alternatives", "Observatoire de la vie étudiante", "Union maritime et portuaire du Havre".
The patterns of `institution_patterns` take one or two complements; `with_its_complements` goes on
from such a name, one complement at a time, while the name has a capitalised head and is still in
its common complements (a proper complement, "de Bordeaux", closes a name). A complement joined by
"et" must close on an adjective or lead to another complement, so that "la Cour des comptes et des
magistrats ont ..." stays two things.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from annotations.nlp.entity_labels import Mention, spells
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.institution_words import SECOND_BODY_HEADS
from annotations.nlp.lexicon import LINKING_ADVERBS, words
from annotations.nlp.name_edges import opens_on_a_body
from annotations.nlp.nationalities import NATIONALITIES
from annotations.nlp.state import state

# An adjective by its ending (the tagger is off), a little wider than `token_patterns.ADJECTIVE`:
# "étudiante", "lacustres", "alternatives"; not a past participle ("fermée") nor a verb ("publie").
_ADJECTIVE = re.compile(
    r"(?:al|ale|aux|el|elle|ien|ienne|ain|aine|ais|aise|ois|oise|an|anne|ante|ique|iste|aire|if|ive|eux|euse|"
    r"ier|ière|icole|stre|ile|ble|ine)s?$"
)
_LINKS = words("de du des d' à au aux")
_ARTICLES = words("la l'")
# A compass point's adjective after a region closes a university's or a body's name: "université de
# Bretagne occidentale" (not any adjective after a place: "la préfecture de Lyon voisine").
_COMPASS = words(
    "occidental occidentale oriental orientale central centrale méridional méridionale septentrional septentrionale"
)
_MOST_COMPLEMENTS = 4
# Adverbs with an adjective's ending: "... et du climat jamais transmise".
_ADVERBS = words("jamais désormais mais")


# What follows a verb and seldom an adjective closing a name: "explique que", "appelle à", "insiste sur",
# "critique le" (verbs with an adjective's ending, "-ique", "-elle", "-iste").
_AFTER_A_VERB = words("que qu' à au aux sur pour en ne n' se s' le la les l' un une son sa ses leur leurs ce cette")


# Adverbs between a verb and what follows it: "appelle toutefois à", "critique aussi le".
_SENTENCE_ADVERBS = LINKING_ADVERBS | words("aussi donc également encore déjà surtout enfin")


def _is_adjective(token) -> bool:
    """An adjective by its ending, not a nationality ("l'Assemblée nationale sénégalaise" is the
    Assemblée nationale of a country), and not a verb by what follows it."""
    if not (token.is_lower and token.is_alpha and not token.is_stop and _ADJECTIVE.search(token.lower_)):
        return False
    if token.lower_ in NATIONALITIES or token.lower_ in _ADVERBS:
        return False
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].lower_ in _SENTENCE_ADVERBS:
        after += 1  # "l'Académie des sciences appelle toutefois à": the verb's adverb, then its object
    # nor before a figure: "Médecins sans frontières signale 80 000 déplacés" (a verb and its object)
    return after >= len(doc) or (doc[after].lower_ not in _AFTER_A_VERB and not doc[after].like_num)


def _is_noun(token) -> bool:
    return token.is_lower and token.is_alpha and not token.is_stop


def _complement(doc: Doc, start: int) -> int | None:
    """The end of a common complement opening at `start` ("de la maîtrise", "aux énergies
    alternatives", "des rivages lacustres"), or None."""
    i = start
    if i >= len(doc) or doc[i].lower_ not in _LINKS:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _ARTICLES and doc[i - 1].lower_ in ("de", "à"):
        i += 1
    if i >= len(doc) or not _is_noun(doc[i]):
        return None
    i += 1
    return i + 1 if i < len(doc) and _is_adjective(doc[i]) else i


def _proper_complement(doc: Doc, start: int) -> int | None:
    """The end of a proper complement opening at `start` ("du Havre", "de la Champagne"), or None."""
    i = start
    if i >= len(doc) or doc[i].lower_ not in ("de", "du", "des", "d'"):
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _ARTICLES:
        i += 1
    if i >= len(doc) or not doc[i].is_title:
        return None
    while i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_title:
        i += 2  # "du Pays-Basque"
    return i + 1


# Roles after "et": a person's second post, not a noun of the name ("directeur de l'ARS et président du Comité").
_ROLES = words(
    "président présidente vice-président vice-présidente directeur directrice membre conseiller conseillère préfet "
    "préfète maire adjoint adjointe secrétaire délégué déléguée fondateur fondatrice patron patronne chef cheffe "
    "trésorier trésorière porte-parole ancien ancienne"
)


def _shares_the_link(doc: Doc, noun: int) -> bool:
    """Whether the noun at `noun`, right after "et", shares the name's last link before a place: "Caisse de dépôt
    et placement du Québec". Not a second body's head ("et ministère du Travail"), a person's second post ("et
    président du Comité de bassin"), nor a noun before a body ("et membre du Conseil économique de Bretagne")."""
    if noun + 1 >= len(doc) or not _is_noun(doc[noun]) or doc[noun].lower_ in SECOND_BODY_HEADS | _ROLES:
        return False
    if _proper_complement(doc, noun + 1) is None:
        return False
    named = noun + 3 if doc[noun + 2].lower_ in _ARTICLES else noun + 2
    return doc[named].lower_ not in SECOND_BODY_HEADS


def _next_complement(doc: Doc, end: int, after_and: bool) -> int | None:
    """Where the name goes on to after `end`, one common complement further, or None (`after_and`:
    the last complement was joined by "et")."""
    if end < len(doc) and doc[end].lower_ == "et":
        if end + 1 < len(doc) and _is_adjective(doc[end + 1]):
            return end + 2  # "universitaires et scolaires", "maritime et portuaire"
        if _shares_the_link(doc, end + 1):
            return end + 2  # a noun sharing the last link, then the place: "Caisse de dépôt et placement du Québec"
        after = _complement(doc, end + 1)
        if after is None or opens_on_a_body(doc, end + 1, after):
            return None
        closes_on_an_adjective = _is_adjective(doc[after - 1]) and after - 1 > end + 2
        leads_on = _complement(doc, after) is not None or _proper_complement(doc, after) is not None
        # "et de la", "et de l'" repeat the name's own link: a second complement ("Cité internationale de la
        # bande dessinée et de l'image"), where "et des" may open a plural subject ("et des magistrats ont")
        repeats_of = doc[end + 1].lower_ == "de" and doc[end + 2].lower_ in _ARTICLES
        # (or it closes a list opened by a comma: "de l'alimentation, de l'environnement et du travail")
        return after if closes_on_an_adjective or leads_on or repeats_of or after_and else None
    if end < len(doc) and doc[end].text == "," and doc[end + 1 : end + 2].text in ("de", "du", "des"):
        # a list of complements, closed by "et" and one more: "Agence nationale de sécurité sanitaire de
        # l'alimentation, de l'environnement et du travail" (not "l'Agence de l'eau, de la préfecture et ...")
        after = _complement(doc, end + 1)
        if after is None or opens_on_a_body(doc, end + 1, after) or doc[after : after + 1].text != "et":
            return None
        return after if _complement(doc, after + 1) is not None else None
    if end < len(doc) and _is_adjective(doc[end]):
        return end + 1  # "Observatoire de la vie étudiante"
    # a complement of the one "et" joined ("et de la maîtrise de l'énergie"), not any "de" after a name
    # ("la Cour des comptes de l'année dernière")
    return _complement(doc, end) if after_and else None


def with_its_complements(span: Span) -> Span:
    """`span` (an organisation found by its head) read on over its further complements (module
    docstring), then over a proper complement if it took any."""
    doc = span.doc
    if span.label_ != "ORG":
        return span
    if span[-1].is_title and len(span) > 1 and span.end < len(doc) and doc[span.end].lower_ in _COMPASS:
        return Span(doc, span.start, span.end + 1, label="ORG")
    if not span[0].is_title or span[0].is_sent_start or not span[-1].is_lower:
        return span
    end, after_and = span.end, False
    for _ in range(_MOST_COMPLEMENTS):
        further = _next_complement(doc, end, after_and)
        if further is None:
            break
        after_and, end = doc[end].lower_ in ("et", ","), further
    if end == span.end:
        return span
    end = _proper_complement(doc, end) or end
    return Span(doc, span.start, end, label="ORG")


# What a United Nations body is for, after its "Nations unies": "Programme des Nations unies pour le
# développement", "Groupe de travail des Nations unies sur la détention arbitraire".
_UN_PURPOSES = words("pour sur contre")
_UN_ARTICLES = words("la l' le les")  # "contre la drogue et le crime"
# The UN bodies sent to a land, which their name gives ("Mission ... pour la stabilisation au Mali");
# any other body's "au Niger" is where it acts ("le Fonds des Nations unies pour l'enfance au Niger").
_MISSIONS = words("mission force forces opération")


def past_the_united_nations(span: Span) -> int:
    """The end of a UN body's name that the model cut after "Nations unies" or in its purpose: its
    purpose, that purpose's complements, then the land of a mission ("... pour la stabilisation en
    Centrafrique"); `span.end` if there is none."""
    doc = span.doc
    of_the_un = (
        t.i for t in span[2:] if t.lower_ == "unies" and doc[t.i - 1].text == "Nations" and doc[t.i - 2].lower_ == "des"
    )
    unies = next(of_the_un, None)
    i = (unies or 0) + 1
    if unies is None or i + 1 >= len(doc) or doc[i].lower_ not in _UN_PURPOSES:
        return span.end
    i += 2 if doc[i + 1].lower_ in _UN_ARTICLES else 1
    if i >= len(doc) or not _is_noun(doc[i]):
        return span.end
    end = i + 1
    for _ in range(_MOST_COMPLEMENTS):
        further = _next_complement(doc, end, after_and=True)
        if further is None and end + 2 < len(doc) and doc[end].lower_ == "et" and doc[end + 1].lower_ in _UN_ARTICLES:
            further = end + 3 if _is_noun(doc[end + 2]) else None  # "pour l'alimentation et l'agriculture"
        if further is None:
            break
        end = further
    in_a_land = end + 1 < len(doc) and doc[end].lower_ in ("en", "au") and doc[end + 1].is_title
    if in_a_land and span[0].lower_ in _MISSIONS:
        end += 2
        while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
            end += 2  # "en Bosnie-Herzégovine"
    return max(end, span.end)


# What may stand between where the model stopped a body's name and its acronym in brackets: links, articles,
# common words and a proper complement ("... sur les violences dans le sport (CNVS)").
_TO_THE_ACRONYM = words("de du des d' à au aux en pour sur contre dans et la le les l'")
_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}|[A-ZÀ-Ý][a-zà-ÿ]{2,8}")
_MOST_WORDS_TO_THE_ACRONYM = 12


def to_its_acronym(span: Span) -> int:
    """The end of a body's name that the model cut before the rest of it, when its acronym follows in brackets
    and spells the whole name, not the part read ("Commission nationale" then "sur les violences dans le
    sport (CNVS)", "Organisation pour la sécurité et la coopération en" then "Europe (OSCE)"); `span.end`
    otherwise (no verb, no other name's capital but after a link may stand between)."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + _MOST_WORDS_TO_THE_ACRONYM) and doc[i].text != "(":
        token = doc[i]
        common = token.is_lower and token.is_alpha and not token.is_stop
        proper = token.is_title and doc[i - 1].lower_ in _TO_THE_ACRONYM
        if not (token.lower_ in _TO_THE_ACRONYM or common or proper):
            return span.end
        i += 1
    close = next((j for j in range(i + 2, min(len(doc), i + 5)) if doc[j].text == ")"), None)  # "(BEA-TT)": 3 tokens
    if i == span.end or close is None or doc[i - 1].lower_ in _TO_THE_ACRONYM:
        return span.end
    acronym = doc[i + 1 : close].text
    if not _ACRONYM.fullmatch(acronym) or not spells(acronym, doc[span.start : i].text):
        return span.end
    # a place after the name, which its acronym spells without: "l'Agence française de développement en Afrique
    # (AFD)" (a common complement is the name's: "Bureau d'enquêtes et d'analyses pour la sécurité ... (BEA)")
    return span.end if doc[i - 1].is_title and spells(acronym, span.text) else i


def _of_its_land(span: Span, label: str) -> bool:
    """Whether a proper complement after `span` (a name that ends on a common word) is its land's: after a
    purpose ("pour la renaissance"), or after any organisation's name, not a person's ("de Marie")."""
    if any(token.lower_ in _UN_PURPOSES for token in span):
        return True
    doc, land = span.doc, span.end + 1
    land += land < len(doc) and doc[land].lower_ in _ARTICLES
    if label != "ORG" or not span[0].is_title or span[-1].is_stop or land + 1 >= len(doc):
        return False  # (nor after a link the model left at its end: "Fondation du patrimoine et" du Crédit mutuel)
    # one word, the land's: not a given name, nor a longer name's first word ("de John Swinney", "de la Langue de
    # Barbarie")
    after = doc[land + 1]
    return doc[land].text not in FIRST_NAMES and not after.is_title and after.lower_ not in ("de", "du", "d'", "des")


def mentions_read_on(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """The model's names of bodies read on over their further complements too: the model stops a
    long name where the head's patterns do not reach ("Centre national des études spatiales" of
    "... et aéronautiques"), or a UN body's at "Nations unies" (`past_the_united_nations`), or any body's
    before the rest its acronym in brackets spells (`to_its_acronym`, headed names' too). A model's
    name that ends on a common word is a body's; a longer name replaces the names it overlaps."""
    read_on, text = [], state(doc).text  # Doc.text would join every token again
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end)
        if span is None:
            continue
        end = span.end
        if not mention.is_fixed and len(span) >= 2:
            end = past_the_united_nations(span)
            if end == span.end and span[-1].is_lower:
                end = with_its_complements(Span(doc, span.start, span.end, label="ORG")).end
            if end == span.end and span[-1].is_lower and _of_its_land(span, mention.label):
                # a name by its purpose, then its land: "Mouvement pour la renaissance du Cameroun", or a body's
                # ending on a common word: "Front de libération du peuple du Tigré", "Ligue musulmane du Pakistan"
                end = _proper_complement(doc, end) or end
        # (a bracket soon after it: a look at the text, cheaper than at its tokens)
        if mention.label in ("ORG", "MISC") and "(" in text[mention.end : mention.end + 150] and span[0].is_title:
            end = to_its_acronym(doc[span.start : end])
        if end > span.end:
            close = doc[end - 1].idx + len(doc[end - 1])
            canonical = doc[span.start : end].text if mention.is_fixed else None
            read_on.append((mention, Mention(mention.start, close, mention.label, canonical)))
    if not read_on:
        return mentions
    replaced = {old for old, _ in read_on}
    covered = [(new.start, new.end) for _, new in read_on]
    kept = [
        m for m in mentions if m not in replaced and not any(start < m.end and m.start < end for start, end in covered)
    ]
    return kept + [new for _, new in read_on]
