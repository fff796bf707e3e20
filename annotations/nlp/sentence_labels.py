"""Labels opening a block, whose full stop ends no sentence (the claim keeps its label).

A speaker's in a debate's record ("M. le président. – Quel est ...", "Mme Claire Moutet, ministre.
Madame la députée, ..."), an article's ("Art. 1er. – La circulation ..."), a dateline's ("BREST. – Un
chalutier ..."), a live blog's time ("22 h 10. Résultats ..."), in a column of local briefs a town's
("Josselin. La médiathèque ...") and a story's dateline not in capitals, a town no common word
("Roanne. Pas de hausse ...", not "Stupeur. Les ...").
"""

import re
from collections.abc import Callable

from annotations.nlp.dates.lexicon import MONTH
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.lexicon import words

# A dateline's town in capitals, one to four words, and maybe its agency or country in brackets
# (place_names reads the town; here, before its full stop and dash, "BREST. – Un chalutier ...",
# "SAINT-LOUIS (Sénégal). – Les pêcheurs ...", it ends no sentence).
DATELINE_TOWN = r"[A-ZÀ-Ý][A-ZÀ-Ý'’]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,3}"
AGENCY = r"\([^()\n]{1,40}\)"  # "(AFP)", "(ATS)", "(Sénégal)": an agency's name or a country's, in brackets
DATELINE_AGENCY = rf"(?:\s*{AGENCY})?"
_DATELINE_TOWN = re.compile(rf"\s*{DATELINE_TOWN}{DATELINE_AGENCY}")
# A speaker's label in a debate's record: a title, then a name, in capitals or not, or an office with its
# complement ("M. le président", "Mme la ministre de la santé", "M. LE COMTE DE LA ROCHE-VERNAY"), maybe a
# role after a comma ("Mme Claire Moutet, ministre de la santé"); "M. Dupont a dit" is no label.
_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_OFFICE = (
    r"(?:le|la|l['’])\s*[a-zà-ÿ-]+(?:\s+(?:général|générale|délégué|déléguée))?"
    r"(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[\w'’-]+){0,3}"
)
SPEAKER = (
    rf"(?:M\.|MM\.|Mmes?|Mlles?)\s+(?:{_OFFICE}|{_NAME_WORD}(?:\s+(?:(?:de|du|des|d['’])\s*)?{_NAME_WORD}){{0,5}})"
    r"(?:,\s+[^.!?;:«»()\n]{1,90})?"
)
_SPEAKER = re.compile(rf"\s*{SPEAKER}")
_SPEAKER_TURN = re.compile(rf"\s*{SPEAKER}\.(?:\s+[–—-])?\s+[A-ZÀ-Ý«]")
# An interview's speaker opening an answer: a name of two to four words, maybe after a title, and its full stop
# ("Karim Dahmani. Il n'y a pas ...", "Pr Issa Ouédraogo. Le vaccin ...", "Karim Dahmani. (Rires.)"); a label
# only when it opens two answers at least under questions (`interview_speakers`): "Marie Lenoir. Elle ..." once is a
# sentence.
_NAMED_TURN = re.compile(
    rf"\s*((?:(?:Dr|Dre|Pr|Me|M\.|Mme)\s+)?{_NAME_WORD}(?:\s+(?:(?:de|du|d['’]|Le|La|Van|Von)\s*)?{_NAME_WORD}){{1,3}})"
    r"\.\s+[A-ZÀ-Ý«(]"
)
# An article's label: "Art. 1er", "Article 12", "ARTICLE 3", "« Art. L. 127-1".
_ARTICLE = re.compile(r"\s*(?:«\s*)?(?:Art(?:icle|\.)|ARTICLE|ART\.)\s*(?:[A-Z]\.\s*)?\d+(?:er|e)?(?:[-–]\d+)*")
# A live blog's time and its full stop opening a block: "22 h 10. Résultats définitifs : ...".
_TIME_LABEL = re.compile(r"\s*\d{1,2}\s?[hH:]\s?\d{2}")
# A brief's town and its full stop opening a block, in a column of briefs (`opens_on_a_place`):
# "Ploërmel. L'Établissement français du sang ...", "La Gacilly. Le festival ..." (the claim keeps its place).
_PLACE_TURN = re.compile(r"\s*((?:(?:Le|La|Les|L['’])\s?)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*)\.\s+[A-ZÀ-Ý«]")
# A story's dateline not in capitals opening a block, a town of one to four words, maybe its date and its
# department, country or agency in brackets, its full stop, maybe a dash (`opens_on_a_dateline`): "Roanne.
# Pas de hausse ...", "Val d'Isère. Le slalom ...", "Zurich (ATS). Les glaciers ...", "Saint-Malo
# (Ille-et-Vilaine). – Fermé ...", "Kinshasa, 11 nov. (ACP). – Le pont ..." (the claim keeps its place).
_TOWN_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[\w'’]+)*"  # "Roanne", "Saint-Malo", "Villeneuve-d'Ascq" (not "L'eau")
TOWN = rf"(?:(?:Le|La|Les|L['’])\s?)?{_TOWN_WORD}(?:\s(?:(?:d['’]|de |sur |en |la |le )?{_TOWN_WORD})){{0,3}}"
DISPATCH_DAY = rf",\s*(?:1er|\d{{1,2}})\s+{MONTH}(?:\s\d{{4}})?"  # ", 11 nov.", ", 15 août", ", 3 décembre 2026"
_DATELINE_LABEL = re.compile(rf"\s*({TOWN})({DISPATCH_DAY})?(\s*{AGENCY})?\.(?=(?:\s+[–—-])?\s+[A-ZÀ-Ý«])")
# A given name before another name inside a dateline's would-be town: a person's ("de Jérôme Vidal"), no
# town's ("Saint-Jean" is one word; "Sainte Marie Perrin" is no dateline anyone writes), unless a dispatch's day
# follows, which no person has ("Alice Springs, 2 déc. (AFP).").
_GIVEN_NAME_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?<!Saint )(?<!Sainte )(?:{'|'.join(sorted(FIRST_NAMES))}) [A-ZÀ-Ý]"
)
# An imperative opening a sentence, never a town's first word: "Prenez Vierzon.", "Imaginons Lille."
_IMPERATIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ez|ons)")
# One-word answers and connectives, which a full stop makes a sentence of their own: "Non. Je n'y crois pas."
_ONE_WORD_SENTENCES = words(
    "Oui Non Si Bref Bien Voilà Merci Exact Exactement Absolument Jamais Pourquoi Certes Enfin Alors Puis "
    "Ensuite Bravo Dommage Évidemment Vrai Faux Rien Personne Aucun Aucune Stop Silence Attention Soit Parfait "
    "Justement Effectivement Certainement Sûrement Toujours Rarement Souvent Ici Voici Désolé Désolée Pardon"
)


def opens_on_a_speaker(text: str, start: int, end: int) -> bool:
    """A block opening on a speaker's label and its full stop: "M. le président. La parole est à ..."."""
    return bool(_SPEAKER_TURN.match(text, start, end))


def opens_on_a_place(text: str, start: int, end: int) -> bool:
    """A block opening on a town and its full stop, a brief's: "Mauron. Le club des aînés ..." (not a
    one-word answer, "Non. Je n'y crois pas.")."""
    place = _PLACE_TURN.match(text, start, end)
    return bool(place) and place[1] not in _ONE_WORD_SENTENCES


# In a column of briefs, a guide's or a glossary's entry may open on a label of two or three words and its full stop
# as the others open on one: "Y aller. En train, ...", "Bon à savoir. Le pass ..." (beside "Voir. La citadelle ...").
_ENTRY_LABEL = re.compile(r"\s*([A-ZÀ-Ý][\w'’-]*)(?:\s[\w'’-]+){1,2}\.\s+[A-ZÀ-Ý«]")
# A short clause's first words, a subject's (a pronoun, a noun after its definite article), never a label's: "Il a
# neigé.", "C'est fini.", "Le maire démissionne." are sentences of their own.
_CLAUSE_OPENERS = words("Il Elle Ils Elles On Je Tu Ce Ça Cela Le La Les")
_CLAUSE_ELISIONS = ("C'", "C’", "J'", "J’", "L'", "L’")


def _opens_on_an_entry(text: str, start: int) -> bool:
    if opens_on_a_place(text, start, len(text)):
        return True
    entry = _ENTRY_LABEL.match(text, start)
    if not entry or entry[1] in _ONE_WORD_SENTENCES or entry[1] in _CLAUSE_OPENERS:
        return False
    return not entry[1].startswith(_CLAUSE_ELISIONS)


def opens_on_a_dateline(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """A block opening on a story's dateline not in capitals: "Roanne. Pas de hausse ...", "Zurich (ATS).
    Les glaciers ..."; a single word alone must be no common word's (`is_word`: "Stupeur. Les
    habitants ...", "Lundi. Le conseil ...") nor a one-word answer's ("Non. Je n'y crois pas."); of several
    words, the first is no imperative nor such an answer ("Prenez Vierzon. La ville ...", "Voici Lyon."),
    and, without a dispatch's day after the town, none a given name before another name, a person's (a credit,
    "Animation de Jérôme Vidal (Fr., 1 h 20). Dès 4 ans.", or "Marie Lenoir. Elle ..."; "Alice Springs, 2 déc.
    (AFP). La ville ..." is a dateline)."""
    label = _DATELINE_LABEL.match(text, start, end)
    if not label:
        return False
    town = label[1]
    first = town.split(maxsplit=1)[0]
    if first != town and (first in _ONE_WORD_SENTENCES or _IMPERATIVE.fullmatch(first)):
        return False
    if not label[2] and _GIVEN_NAME_BEFORE_NAME.search(town):
        return False
    alone = not (label[2] or label[3] or re.search(r"[ -]|['’][A-ZÀ-Ý]", town))
    return not (alone and (town in _ONE_WORD_SENTENCES or is_word(town)))


def is_a_record(text: str, blocks: list) -> bool:
    """A debate's record: its prose blocks open on a speaker's label ("M. le président. La parole est à
    ..."); a news story with a paragraph or two opening on "M. Dupont." is none."""
    return _mostly_opening_on(opens_on_a_speaker, text, blocks)


def interview_speakers(text: str, blocks: list) -> set[str]:
    """An interview's speakers: the names opening, with their full stop, two answers or more right under a
    question ("Lesquels ?", then "Karim Dahmani. Le rail, d'abord."), or one when the text named them above it (the
    headline's "Karim Dahmani : « ... »", then "Combien ... ?" and "Karim Dahmani. Il n'y a pas ..."); not a
    one-word answer's pair ("Non merci. Je ..."). A name opening blocks under no question is a sentence, however
    often: a portrait's "Emmanuel Macron. Le président ...", a list of people with their descriptions; so is one
    answer under a question otherwise, and any answer to a question asking who (a quiz's "Qui a gagné ?" then "Inès
    Morvan. Elle ...")."""
    names, answers = [], set()
    for before, block in zip(blocks, blocks[1:], strict=False):
        turn = _NAMED_TURN.match(text, block.start, block.end) if block.yields_claims else None
        if not turn or turn[1].split()[0] in _ONE_WORD_SENTENCES or not _is_a_question(text, before):
            continue
        names.append(turn[1])
        if turn[1] in text[: before.start]:
            answers.add(turn[1])
    return answers | {name for name in names if names.count(name) >= 2}


# A question asking who, which a name answers rather than labels: a quiz's "Qui a remporté le marathon ?", then
# "Inès Morvan. La Landaise ...".
_ASKS_WHO = re.compile(r"[\s*_]*(?:\d{1,2}[.)]\s*)?(?:(?:À|De|Pour|Avec) qui|Qui)\b", re.I)


def _is_a_question(text: str, block) -> bool:
    """A block ending on its question mark, maybe in bold ("**Pourquoi partir maintenant ?**"), not asking who."""
    question = text[block.start : block.end]
    return question.rstrip(" *_").endswith("?") and not _ASKS_WHO.match(question)


def opens_on_a_speaker_named(text: str, start: int, end: int, speakers: set[str]) -> bool:
    """A block opening on one of an interview's speakers (`interview_speakers`) and its full stop."""
    turn = _NAMED_TURN.match(text, start, end)
    return bool(turn) and turn[1] in speakers


def is_a_column_of_briefs(text: str, blocks: list) -> bool:
    """A column of local briefs: its prose blocks open on a town and its full stop ("Josselin. La
    médiathèque sera fermée ..."); a story with one paragraph so opened is none."""
    return _mostly_opening_on(opens_on_a_place, text, blocks)


def _mostly_opening_on(opens, text: str, blocks: list) -> bool:
    """Whether two prose blocks at least, and half of them, open as `opens(text, start, end)` says."""
    prose = [block for block in blocks if block.yields_claims]
    opening = sum(opens(text, block.start, block.end) for block in prose)
    return opening >= 2 and 2 * opening >= len(prose)


def is_a_label(
    text: str,
    start: int,
    mark: int,
    boundary: int,
    turns: bool,
    briefs: bool = False,
    dateline: bool = False,
    named: bool = False,
) -> bool:
    """A label and its full stop opening a block, then a dash: a dateline's town ("BREST. – Un chalutier
    ..."), an article's number ("Art. 1er. – La circulation ..."), a speaker's ("M. le président. – Quel
    est ..."); without the dash, a live blog's time ("22 h 10. Résultats ..."), in a debate's record a
    speaker's ("Mme Claire Moutet, ministre. Madame ..."), in a column of briefs a town's and, in a block
    opening on a story's dateline (`opens_on_a_dateline`), its town's ("Roanne. Pas de hausse ...") and, in a
    block opening on an interview's speaker (`opens_on_a_speaker_named`), the name's ("Karim Dahmani. Il n'y a
    pas ...")."""
    if text[mark] != ".":
        return False
    if named and (turn := _NAMED_TURN.match(text, start)) and turn.end(1) == mark:
        return True
    if dateline and (label := _DATELINE_LABEL.match(text, start)) and label.end() == mark + 1:
        return True
    if text[boundary : boundary + 8].lstrip().startswith(("–", "—", "- ")):
        labels = (_DATELINE_TOWN, _ARTICLE, _SPEAKER)
        return any(label.fullmatch(text, start, mark) for label in labels)
    if _TIME_LABEL.fullmatch(text, start, mark):
        return True
    if briefs and _opens_on_an_entry(text, start) and text.find(".", start) == mark:
        return True
    return turns and bool(_SPEAKER.fullmatch(text, start, mark))
