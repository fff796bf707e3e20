"""Sentences, split by rules on the normalised text (no model needed).

A sentence ends at . ! ? or an ellipsis, followed by any closing quotes or brackets,
then white space and something that can open a sentence (a capital, a digit, an opening quote,
a dash, or a brand written "iPhone"). French typography is respected: "? »." ends one sentence;
"M. Dupont", "E. Macron", "p. 12", "XIXe s.", "av. J.-C." and "3.2" or "1,5" do not end any,
nor does a list's number opening a line ("1. Qu'est-ce que ... ?"); an initial or an acronym
does end one before a word that only opens a sentence ("... vers les U.S.A. Les ...", but
"J.-M. Le Pen"), a dateline's town none ("BREST. – Un chalutier ..."), an era before any capital unless the sentence so far is only its date ("... en
300 av. J.-C. La ville ...", but "En 52 av. J.-C. César ..."); a reference ("cf.", "éd.") ends
none ("cf. Les Échos"); a capitalised abbreviation inside a sentence ends it only before a
determiner ("au 12 Av. Jean-Jaurès", but "... le centre d'Art. Le ..."); a question mark followed by a lower case word
("pourquoi ? parce que") does not end one either.
"""

import re

from annotations.nlp.lexicon import words

_TERMINAL = re.compile(r"[.!?…]")
# What may follow the terminal mark inside the same sentence: more marks, closing quotes and
# brackets (a French closing » comes after a space).
_SENTENCE_TAIL = re.compile(r"(?:[.!?…]+|[ ]*»|[\"')\]])*")
_OPENS_SENTENCE = re.compile(r"[^\W\d_]|\d|[«\"'(\[—–-]")
# Abbreviations that end a sentence only before a word that opens one: references before a number.
_ABBREVIATIONS = words(
    "Cie Ets Vve Jr Sr p pp art arts chap fig vol n no nº cf env av apr éd coll réf tél bd boul ex hab vs resp dir "
    "trad ibid op cit th janv févr avr juil sept oct nov déc"
)
# Titles before a name: whatever follows them is the name ("M. Le Guen").
_TITLES = words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Dre Pr Pre Me Mgr St Ste Sts Stes Gal Gén Cdt Col Lt Sgt Prof Mr Mrs Ms"
)
# Words that open a sentence and are no one's name: after an initial or an acronym, a new sentence.
_SENTENCE_OPENERS = words(
    "Il Ils Elle Elles On Nous Vous Je Tu Ce Cet Cette Ces Cela Ceci Ça Les Leur Leurs Son Sa Ses Mais Selon "
    "Depuis Pourtant Ainsi Puis Alors Enfin Cependant Aujourd'hui En Dans Pour Après Lors Quant Celui-ci Celle-ci "
    "Ceux-ci Celles-ci"
)
_OPENER_ELISIONS = ("C'", "C’", "Qu'", "Qu’")  # "J.-C. C'est ...", "... U.S.A. Qu'il ..."
_DETERMINERS = words("Le La Les L' Un Une Des Ce Cet Cette Ces Il Elle Ils Elles")
# Abbreviations that point to a work or a person: a capital after them is that name ("cf. Les Échos").
_REFERENCES = words("cf éd coll dir trad réf ibid")
_LAST_WORD = re.compile(r"[^\s«\"'(\[]*$")
# A letter that names a building, a room or a group, not a person: "au 2e étage du bâtiment C. Le chantier".
_DESIGNATED = re.compile(
    r"\b(?:bâtiment|bloc|hall|salle|porte|aile|escalier|terminal|pavillon|annexe|zone|lot|groupe|poule|"
    r"catégorie|classe|niveau|tribune|voie|quai|ligne|plan|type|série|option|vitamine)\s+[A-Z]$"
)
_ACRONYM = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]")  # U.S.A, J.-C
_CENTURY_BEFORE = re.compile(r"\b(?:\d+|[IVXLC]+)e\s+s$")  # "XIXe s."
_ERA = re.compile(r"\b(?:av|apr)\.\s+J\.-C$")  # "300 av. J.-C.": no initials, a year's end
# A sentence that is so far only the era's date, opened by a preposition: "En 52 av. J.-C.", "Vers l'an
# 300 av. J.-C." (not "C'était en 52 av. J.-C.", nor a dateline, "Rome, 44 av. J.-C.").
_ERA_DATE_ONLY = re.compile(r"\s*(?:En|Vers|Dès|Depuis|Au|L'an|Dans l'an)\s+(?:l'an\s+)?\d+\s+(?:av|apr)\.\s+J\.-C$")
# A list's number: "1. Qu'est-ce que ... ?" (see `_opens_list_item`).
_LIST_NUMBER = re.compile(r"(?:\s*\n)?[ \t]*(?:\d{1,2}|[IVX]{1,4})$")
_BRAND = re.compile(r"[a-z][A-Z]")  # "iPhone", "eBay" open a sentence in lower case
# A dateline's town in capitals, one to four words, and maybe its agency or country in brackets
# (place_names reads the town; here, before its full stop and dash, "BREST. – Un chalutier ...",
# "SAINT-LOUIS (Sénégal). – Les pêcheurs ...", it ends no sentence).
DATELINE_TOWN = r"[A-ZÀ-Ý][A-ZÀ-Ý'’]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,3}"
DATELINE_AGENCY = r"(?:\s*\([^()\n]{1,40}\))?"
_DATELINE_TOWN = re.compile(rf"\s*{DATELINE_TOWN}{DATELINE_AGENCY}")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], without surrounding white space."""
    end = len(text) if end is None else end
    spans, sentence_start = [], start
    position = start
    while True:
        match = _TERMINAL.search(text, position, end)
        if not match:
            break
        boundary = _SENTENCE_TAIL.match(text, match.start(), end).end()
        position = max(boundary, match.end())
        dateline = sentence_start == start and _is_a_dateline(text, sentence_start, match.start(), boundary)
        if (
            not dateline
            and _ends_sentence(text, sentence_start, match.start(), boundary, end)
            and not _opens_list_item(text, start, sentence_start, match.start())
        ):
            spans.append((sentence_start, boundary))
            sentence_start = boundary
    spans.append((sentence_start, end))
    return [span for span in (strip_span(text, s, e) for s, e in spans) if span[0] < span[1]]


def _opens_list_item(text: str, start: int, sentence_start: int, mark: int) -> bool:
    """A list's number: opening the block or a line, or inline ("trois mesures : 1. La gratuité. 2.
    La hausse ..."), but not after a question, where it answers ("Combien ? 24. Le conseil ...")."""
    number = _LIST_NUMBER.fullmatch(text, sentence_start, mark)
    if not number:
        return False
    return sentence_start == start or "\n" in number.group(0) or not text[start:sentence_start].rstrip().endswith("?")


def _is_a_dateline(text: str, sentence_start: int, mark: int, boundary: int) -> bool:
    """A town in capitals and its full stop opening a block, then a dash: "BREST. – Un chalutier ..."."""
    following = text[boundary : boundary + 8].lstrip()
    return (
        text[mark] == "."
        and following.startswith(("–", "—", "- "))
        and bool(_DATELINE_TOWN.fullmatch(text, sentence_start, mark))
    )


def _ends_sentence(text: str, sentence_start: int, mark: int, boundary: int, end: int) -> bool:
    rest = text[boundary:end]
    following = rest.lstrip()
    if not following:
        return False  # the block's end closes the last sentence anyway
    if len(following) == len(rest) or not _OPENS_SENTENCE.match(following):
        return False  # no space after the mark (3.2, www.x.fr) or a lower-case continuation
    if following[0].isalpha() and not following[0].isupper() and not _BRAND.match(following):
        return False
    if text[mark] == "." and text[mark : mark + 3] != "...":
        return not _is_abbreviation(text[max(sentence_start, mark - 40) : mark], following)
    return True


def _is_abbreviation(sentence: str, following: str) -> bool:
    """Whether the period ending `sentence` (the sentence so far, its last 40 characters at
    most) belongs to an abbreviation that does not end the sentence before `following`."""
    word = _LAST_WORD.search(sentence).group(0)
    if word in _TITLES or word.lower() in _REFERENCES:
        return True
    initial = len(word) == 1 and word.isupper() and not _DESIGNATED.search(sentence)
    # Capitalised, an abbreviation too ("Art. 3 du code", "au 12 Av. Jean-Jaurès", "le No. 1"), unless
    # a determiner follows it inside a sentence: "le centre d'Art. Le vernissage ..." ends there.
    opener = following.split(maxsplit=1)[0].rstrip(",") if following.split() else ""
    opens = opener in _SENTENCE_OPENERS or opener.startswith(_OPENER_ELISIONS)
    determiner = (opener in _DETERMINERS or opener.startswith(("L'", "L’"))) and sentence.strip() != word
    abbreviated = word in _ABBREVIATIONS or (word.lower() in _ABBREVIATIONS and not determiner)
    if _ERA.search(sentence):
        return not following[0].isupper() or (bool(_ERA_DATE_ONLY.fullmatch(sentence)) and not opens)
    if not (abbreviated or initial or _ACRONYM.fullmatch(word) or _CENTURY_BEFORE.search(sentence)):
        return False
    # ... "vers les U.S.A. Les ..." ends there; a quote opening after an initial too.
    if opens:
        return False
    return not (initial and following.startswith(("«", '"')))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
