"""Places named by where they stand rather than by the model: the dateline opening a story
("BASSE-TERRE – La cour d'appel ..."), the town after an establishment's name ("lycée
Victor-Hugo de Besançon")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from annotations.nlp.common_words import CommonWords
from annotations.nlp.entity_labels import Mention
from annotations.nlp.first_names import FIRST_NAMES, opens_on_a_first_name
from annotations.nlp.institution_words import ESTABLISHMENT_HEADS, NAMED_ESTABLISHMENT_HEADS, SAINTS, SPORTS
from annotations.nlp.lexicon import words
from annotations.nlp.sentence_labels import DATELINE_AGENCY, DATELINE_TOWN, DISPATCH_DAY, TOWN
from annotations.nlp.state import DocState

# A town in capitals opening a paragraph, maybe with its agency or country, maybe a full stop, then
# a dash: "SAINT-DENIS – ", "POINTE-À-PITRE (AFP) — ", "LE HAVRE - ", "BREST. – ", "SAINT-LOUIS (Sénégal). – ";
# an agency's dispatch puts its day between the town and the agency: "VIENNE, 5 juin (AFP) - ".
_DATELINE = re.compile(rf"({DATELINE_TOWN})(?:{DISPATCH_DAY})?{DATELINE_AGENCY}\.?\s*[–—-]\s+(?=\S)")
# A local brief headed by its town in capitals and a full stop, no dash: "SAINT-JULIEN. Le Gaec ...", "LE
# PUY. Les ...": only a town's compound shape (`_TOWN_SHAPE`), as a word alone in capitals heads a brief on a
# firm, a party or a topic as often ("AIRBUS.", "BREXIT."), or a call ("ATTENTION. Les ...").
_BRIEF = re.compile(rf"({DATELINE_TOWN})\.\s+(?=[A-ZÀ-Ý])")


def datelines(doc: Doc, saga: DocState, common: CommonWords) -> tuple[list[Span], list[tuple[int, int]]]:
    """The towns of the datelines that open the paragraphs, as LOC spans (`_is_a_town`), and where
    the towns and the rubrics ("ENQUÊTE –") stand: no other name is read there."""
    found, openers = [], []
    for block in saga.blocks:
        dateline = _DATELINE.match(saga.text, block.start, block.end) if block.kind == "paragraph" else None
        brief = not dateline and block.kind == "paragraph" and _BRIEF.match(saga.text, block.start, block.end)
        if brief and _TOWN_SHAPE.search(brief[1]):
            dateline = brief
        if dateline and _is_a_town(dateline[1], saga.text, common):
            span = doc.char_span(dateline.start(1), dateline.end(1), label="LOC", alignment_mode="expand")
            found += [span] if span is not None else []
            openers.append(dateline.span(1))
        elif dateline and _is_a_rubric(dateline[1], common):
            openers.append(dateline.span(1))
    return found, openers


# The joints of a town's compound name: "-SUR-", "-À-", "-LÈS-", "-EN-", "-DE-", "-L'", "SAINT-", "LE ".
_TOWN_SHAPE = re.compile(
    r"-(?:SUR|SOUS|À|LÈS|LES|LEZ|EN|DE|DU|DES|LA|LE|AUX|AU)-|-L['’]|^(?:SAINT|SAINTE|LE|LA|LES)[ -]"
)


# The rubrics of news sites, which open a story in capitals as a town does: "VIDÉO -", "ENQUÊTE -".
RUBRICS = (
    words(
        "vidéo vidéos photo photos direct live info infos alerte urgent exclusif exclusivité tribune enquête "
        "reportage entretien interview témoignage témoignages chronique analyse décryptage édito éditorial opinion "
        "portrait récit carte infographie sondage podcast replay critique météo sport sports économie politique "
        "société culture santé justice monde international environnement sciences loisirs people insolite "
        "correction rectificatif communiqué agenda bilan focus zoom hommage nécrologie verbatim quiz question "
        "questions réponse réponses rappel élection élections municipales législatives présidentielle régionales "
        "européennes métropole région département immobilier emploi consommation transports éducation budget "
        "nominations nomination médias diplomatie"
    )
    | SPORTS
)  # "FOOTBALL –", "RUGBY –"


def _words_of(capitals: str) -> list[str]:
    """The words of a dateline's capitals, its short links aside ("EN", "LE", "D'")."""
    return [part for part in re.split(r"[ '’-]", capitals) if len(part) > 2]


def _is_a_rubric(capitals: str, common: CommonWords) -> bool:
    """A rubric's word ("VIDÉO", "ENQUÊTE") or words that are all common ("FAITS DIVERS", "EN DIRECT")."""
    parts = _words_of(capitals)
    if any(part.lower() in RUBRICS for part in parts):
        return True
    return bool(re.search(r"[ -]", capitals)) and all(common.is_common(part) for part in parts)


def _is_a_town(capitals: str, text: str, common: CommonWords) -> bool:
    """A town's name in capitals, not a rubric (`RUBRICS`; or common words only, "FAITS DIVERS -",
    "EN DIRECT -", where one word alone may be a town's: "PARIS", "CANNES", "COGNAC"), an acronym
    ("PSG - OM", "CGT -": three letters or no vowel, or written so again in the text) or a speaker in
    an interview ("JEAN DUPONT -")."""
    if not _words_of(capitals) or opens_on_a_first_name(capitals.title()):
        return False
    if _TOWN_SHAPE.search(capitals):
        return True  # "POINTE-À-PITRE", "PONT-L'ABBÉ", "SAINT-DENIS", though their words are common
    if _is_a_rubric(capitals, common):
        return False
    if " " not in capitals and "-" not in capitals:
        acronym = len(capitals) <= 3 or not re.search(r"[AEIOUYÀ-Ý]", capitals)
        return not acronym and text.count(capitals) == 1
    return True


# The town after a name the model read with it: "Victor-Hugo de Besançon" after "lycée", a department after
# "de la", "de l'": "Restos du cœur de la Sarthe".
# A saint's name other than "Notre-Dame", whose "de" may be a town's: "clinique Saint-Vincent de Besançon".
_SAINT = re.compile(r"\b(?:" + "|".join(re.escape(prefix) for prefix in SAINTS if prefix.endswith("-")) + ")")
_TOWN_AFTER = re.compile(r"\s*(?:de la |de l'|de|d'|à)\s*([A-ZÀ-Ý][\w'-]*(?: [A-ZÀ-Ý][\w'-]*)*)")


def town_after(mention: Mention, start: int, end: int, label: str, text: str, common: CommonWords) -> Mention | None:
    """The town that ends a model span going on past a headed name text[start:end]: "lycée Victor-Hugo"
    cuts "Victor-Hugo de Besançon", "stade Fred-Aubert" cuts "Fred-Aubert de Saint-Brieuc", and the
    model's "Ehpad Les Tilleuls de Saint-Flour" is "Ehpad Les Tilleuls" and its town. Not the rest of
    a name the model read better: "col de la Croix" and "Croix de Fer", both places."""
    if mention.end <= end or mention.is_fixed:
        return None
    town = _TOWN_AFTER.fullmatch(text, end, mention.end)
    if not town or (mention.label == label and "-" not in text[start:end]):
        return None
    if "Notre-Dame" in text[start:end] or (_SAINT.search(text, start, end) and "'" in text[end : town.start(1)]):
        return None  # a saint's name: "cathédrale Notre-Dame de Paris", "école Saint-François d'Assise"
    if town[1] in FIRST_NAMES or common.is_common(town[1]):
        return None  # a sign: "Les Jardins d'Automne", "La Table de Christophe"
    return Mention(town.start(1), town.end(1), "LOC")


def past_the_name(
    overlapping: list[Mention], start: int, end: int, label: str, text: str, common: CommonWords
) -> tuple[list[Mention], int]:
    """The towns of `town_after`, and the end of the headed name text[start:end], taken on to the end
    of a model span of its label that starts inside it ("col de la Croix de Fer")."""
    towns, name_end = [], end
    for mention in overlapping:
        town = town_after(mention, start, end, label, text, common)
        if town:
            towns.append(town)
        elif start < mention.start and mention.end > end and mention.label == label and not mention.is_fixed:
            name_end = max(name_end, mention.end)
    return towns, name_end


# A town's name after "de", then no further capital: "de Lille", "de Saint-Étienne" (not "de Saint Jean").
_UNREAD_TOWN = re.compile(r" (?:de |d['’])([A-ZÀ-Ý][\w'’-]*\w)(?! [A-ZÀ-Ý])")


def unread_town(span: Span, mentions: list[Mention], text: str) -> Mention | None:
    """The town after an establishment named by a hyphenated name, which the model did not read: "de Lille"
    after "hôpital Jeanne-de-Flandre" (LOC, as `town_after` cuts the model's "Victor-Hugo de Besançon"); not a
    given name ("lycée Jean-Moulin de Pierre" is no town; the lemma tables hold towns, "lille", so no test of
    common words)."""
    # the name right after the head ("musée des Beaux-Arts de Quimper" is one name)
    if span[0].lower_ not in ESTABLISHMENT_HEADS | NAMED_ESTABLISHMENT_HEADS or len(span) < 2 or span[1].is_lower:
        return None
    if "-" not in span[1:].text:
        return None
    town = _UNREAD_TOWN.match(text, span.end_char)
    if not town or town[1].split("-")[0] in FIRST_NAMES:
        return None
    if any(m.start < town.end(1) and town.start(1) < m.end for m in mentions):
        return None
    return Mention(town.start(1), town.end(1), "LOC")


# A dispatch's opening, its town in capitals or not, its day, then its agency in brackets and a dash:
# "Dakar, 4 déc (APS) – ", "Bruxelles, 3 déc. (Belga). – ", "KINSHASA, 5 décembre 2026 (ACP) – ".
_DISPATCH_AGENCY = re.compile(
    rf"(?:{DATELINE_TOWN}|{TOWN}){DISPATCH_DAY}\s*\((?P<agency>[A-ZÀ-Ý][\w'’&-]*(?: [A-ZÀ-Ý][\w'’&-]*)?)\)\.?\s*[–—-]\s"
)


def dispatch_agencies(doc: Doc, saga: DocState) -> list[Span]:
    """The agencies that sign the dispatches opening the paragraphs, as ORG spans: after a town and a day the
    brackets hold the agency ("(Belga)", "(APS)"), which the model reads as a place as often; a town's country
    in brackets comes without the day ("SAINT-LOUIS (Sénégal) – ")."""
    found = []
    for block in saga.blocks:
        if block.kind != "paragraph" or "(" not in saga.text[block.start : min(block.end, block.start + 60)]:
            continue
        if dispatch := _DISPATCH_AGENCY.match(saga.text, block.start, block.end):
            span = doc.char_span(*dispatch.span("agency"), label="ORG")
            found += [span] if span is not None else []
    return found


# A metro, tram or bus line by its number, its letter and number or its colour, in a text on transport: "la ligne 13",
# "la ligne m2", "la ligne T3", "la ligne orange" (LOC, with "ligne"); not "une ligne de crédit", "la ligne 3 du
# budget" where no metro, tram, station or traveller is named. A line by one letter is left unread, as `entities.fr.md`
# leaves "la ligne A" of a tram and the later sets "le RER B" (and "la ligne a été coupée" holds a verb).
_TRANSIT_LINE = re.compile(
    r"\bligne (?:\d{1,2}|[A-Za-z]\d{1,2}|orange|verte|jaune|bleue|rouge|rose|violette|mauve|brune)\b(?![-'’,.]\w)"
    r"(?!\s+(?:d[eu]s?|de\s+la|d['’])\s*(?!métro|tram|RER|bus|autobus|trolley|réseau)\w)"  # not "la ligne 7 de la déclaration"
)
_TRANSIT = re.compile(r"\b(?:métro|tram|tramway|RER|station|stations|rames?|voyageurs|usagers|navettes?)\b")
# A line crossed or held as a limit: "franchir la ligne rouge", "tenir la ligne jaune".
_A_LIMIT = re.compile(r"\b(?:franchi\w*|dépass\w*|tenu\w*|tenir|tient)\s+(?:la|cette|une)\s+$")


def transit_lines(doc: Doc, text: str) -> list[Span]:
    """The lines of `_TRANSIT_LINE`, LOC, with a transit word in the 200 characters around. `text`: the doc's."""
    if "ligne " not in text or not _TRANSIT.search(text):  # a substring test before the patterns
        return []
    lines = (
        match.span()
        for match in _TRANSIT_LINE.finditer(text)
        if _TRANSIT.search(text, max(0, match.start() - 200), match.end() + 200)
        and not _A_LIMIT.search(text, max(0, match.start() - 30), match.start())
    )
    spans = (doc.char_span(*line, label="LOC") for line in lines)
    return [span for span in spans if span is not None]
