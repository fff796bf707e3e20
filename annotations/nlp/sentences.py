"""Sentences, split by rules on the normalised text (no model needed).

A sentence ends at . ! ? or an ellipsis, followed by any closing quotes or brackets,
then white space and something that can open a sentence (a capital, a digit, an opening quote,
a dash, or a brand written "iPhone"). French typography is respected: "? »." ends one sentence;
an abbreviation's full stop is read in `abbreviations.py` ("M. Dupont", "p. 12", "3.2" or "1,5" end
nothing), a label's opening a block in `sentence_labels.py` ("BREST. – Un chalutier ..."); nor does a
list's number opening a line end one ("1. Qu'est-ce que ... ?"); a question mark followed by a lower
case word ("pourquoi ? parce que") does not end one either, but in a text written without capitals (below).

A stage direction in brackets opening a sentence ends it before a capital ("[Silence] C'est usant."),
and its dash joins its parts ("(Applaudissements à gauche. – Bruit à droite.)"). Ranks in a run of figures end nothing, also after
an omission before a figure ("Classement : 1. Paris SG, 36 pts ; … 18. Metz"), nor an anonymised name ("M. A... B..."),
nor a cut marked in brackets in a quotation ("[...] On finit par ..."), nor the "?" or "!" of a title before its details in
brackets when the sentence goes on after them ("Kenavo ar mor ! (1974) et ...").
A text written without capitals (a forum's post: opening in lower case, "!!!" before lower case, an
emoticon, or full words closed by a stop before lower case) ends its sentences before lower case too
("... pas de pression. regarde ..."; not after an abbreviation, an ellipsis, a quote or inside
brackets), and an emoticon ends one before a new clause ("... détendeurs) ;) sinon ...").
"""

import re
from collections.abc import Callable

from annotations.nlp.abbreviations import ABBREVIATIONS, is_abbreviation
from annotations.nlp.sentence_labels import is_a_label

# What may end a sentence: a stop, a bracket closing a stage direction, an emoticon or an emoji (one
# character class, read fast; an emoticon, ":(", ";-)", "^^", after a space, is checked on the spot).
_EMOTICON_SHAPE = r"(?:[:;][-']?[()/\\|DPp]|\^\^|<3)"
_EMOJI = r"\U0001F300-\U0001FAFF"  # a range of a character class
_TERMINAL = re.compile(rf"[.!?…)\]:;^<{_EMOJI}]")
_EMOTICON = re.compile(rf"{_EMOTICON_SHAPE}(?!\S)")
# What may follow the terminal mark inside the same sentence: more marks, closing quotes and
# brackets (a French closing » comes after a space).
_SENTENCE_TAIL = re.compile(r"(?:[.!?…]+|[ ]*»|[\"')\]])*")
_STOP_AFTER_BRACKET = re.compile(r"[)\]][.!?…]")
_OPENS_SENTENCE = re.compile(r"[^\W\d_]|\d|[«\"'(\[—–-]")
# A list's number: "1. Qu'est-ce que ... ?" (see `_opens_list_item`), or a chronology's year opening its line:
# "1870. Antoine Vernet fonde l'atelier ..." (group 1; inside a paragraph, a year alone is a sentence).
_LIST_NUMBER = re.compile(r"(?:\s*\n)?[ \t]*(?:\d{1,2}|[IVX]{1,4}|(1[0-9]{3}|20[0-9]{2}))$")
_BRAND = re.compile(r"[a-z][A-Z]")  # "iPhone", "eBay" open a sentence in lower case
# An anonymised name: "M. A... B..." (not "Et puis... Bref.").
_ANONYMISED = re.compile(r"(?<![\w.])[A-Z]$")
_ANONYMISED_NEXT = re.compile(r"[A-Z](?:\.\.\.|…)")
# A stop before lower case: in prose, an abbreviation's ("env. la moitié"); in a post, maybe a new clause.
_LOWER_AFTER_STOP = re.compile(r"[.!?]\)?\s+[a-zà-ÿ]")
_EMOTICON_OR_EMOJI = re.compile(rf"(?<!\S){_EMOTICON_SHAPE}(?!\S)|[{_EMOJI}]")
# A rank in a run of figures, maybe after an omission: "Classement : 1. Paris SG, 36 pts ; 2. Lyon, 31 pts ; …
# 18. Metz, 9 pts".
_RANK = re.compile(r"[:;]\s+((?:…|\.\.\.)\s+)?(\d{1,2})$")
# An omission in a run, an ellipsis alone after a comma or a semicolon before a figure: "; … 18. Metz"
_OMISSION = re.compile(r"[,;]\s+$")
# A rank's name and its result, a time, a score, points or a gap: " Alicia Fournel, 24'11"", " Monaco, 18 pts".
_NAME_AND_RESULT = re.compile(r"\s[^\n,;]{1,60},\s(?:à\s)?\d")
_WORDS = re.compile(r"[^\W\d_]{3,}")
# An abbreviation alone in brackets inside a sentence, a country's or a body's, its stop before the closing bracket:
# "A. Petrov (Kaz.) bat R. Lindqvist (Suè.) 4-6", "C. Hollis (E.-U.) 6-3" (not a stage direction, "(Rires.)", a longer
# word, nor a bracket opening the sentence; before a capital it ends as any bracket does: "raccourci (Réd.) Le maire",
# "Awa Diallo (Sén.) Deuxième : ...").
_ABBREVIATED_IN_BRACKETS = re.compile(r"(?<=\S )\((?:[A-ZÀ-Ý][a-zà-ÿ]{1,3}|(?:[A-ZÀ-Ý]\.-?){1,3}[A-ZÀ-Ý])\.\)")
# A reference in brackets opening in lower case, closing its sentence: "(p. 112).", "(sic) ;" (not a stage
# direction before the next sentence, "(rires) Il sort.").
_REFERENCE_AFTER_QUOTE = re.compile(r"[(\[][a-zà-ÿ][^()\[\]\n]{0,40}[)\]][.,;:!?…]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\)?$")
# A title ending on "?" or "!" inside its sentence, its year or publisher in brackets after it (opening in lower case,
# on a figure, or on a capital with a figure inside: "(Actes Sud, 2024)"), the sentence going on after them: "Kenavo ar
# mor ! (1974) et ...", "Avec Et si Rome n'était pas tombée ? (éd. Tallandier, 384 p.), l'historienne ..." (not "C'est
# fini ? (sourire) Il part.", nor "Quelle erreur ! (Rires.) Il reprend.", nor a credit, "Qui paiera ? (AFP) Le ...").
# A bracket holding a year (alone or after its publisher) closes the sentence too, its stop after the bracket: "... et
# Qui a volé la lune ? (1992)." (not a stage direction's "(rires).", nor a credit's "(AFP).", nor a figure that is no
# year, a page, a part or a time: "? (Lire page 6).", "? (1/3).", "! (20 h 30).").
_TITLE_DETAILS = re.compile(
    r"\((?:[a-zà-ÿ\d]|[A-ZÀ-Ý][^()\n\d]{0,60}\d)[^()\n]{0,80}\)\s*(?:[,;]|[a-zà-ÿ])"
    r"|\([^()\n]{0,60}?\b(?:1[5-9]|20)\d\d\b[^()\n]{0,30}\)\.(?!\S)"
    # a title's distributor or publisher in brackets before its label's colon, in a chart: "5. Quatre Mariages et un
    # notaire ? (UGC) : 97 600 entrées"
    r"|\([^()\n]{1,40}\)\s+:"
)


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    turns: bool = False,
    briefs: bool = False,
    dateline: bool = False,
    named: bool = False,
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], stripped. `turns`: a debate's record, a speaker's label
    ends nothing ("M. le président. La parole ..."); `briefs`: a column of briefs on their towns ("Josselin. La
    ..."); `dateline`, `named`: the block opens on a dateline (`opens_on_a_dateline`) or on an interview's speaker's
    name (`opens_on_a_speaker_named`: "Karim Dahmani. Il n'y a pas ...")."""
    end = len(text) if end is None else end
    casual = _Casual(text, start, end)
    spans, sentence_start, position = [], start, start
    while match := _TERMINAL.search(text, position, end):
        mark = match.start()
        if text[mark] in ")]":  # a stage direction's closing bracket: "[Silence] C'est usant."
            position = mark + 1
            if _closes_a_stage_direction(text, sentence_start, mark):
                spans.append((sentence_start, position))
                sentence_start = position
            continue
        boundary = position = _boundary(text, match, end)
        if boundary == mark:  # a colon or a semicolon, no emoticon's
            position = mark + 1
            continue
        label = sentence_start == start and is_a_label(text, start, mark, boundary, turns, briefs, dateline, named)
        if (
            not label
            and _ends_sentence(text, sentence_start, mark, boundary, end, casual)
            and not _opens_list_item(text, start, sentence_start, mark)
            and not _is_a_rank(text, start, mark, end)
        ):
            spans.append((sentence_start, boundary))
            sentence_start = boundary
    spans.append((sentence_start, end))
    return [span for span in (strip_span(text, s, e) for s, e in spans) if span[0] < span[1]]


def _boundary(text: str, match: re.Match, end: int) -> int:
    """Where the sentence ending at `match` would end: after its tail of marks, quotes and brackets, or
    its emoticon ("... détendeurs) ;)"); at the mark itself for a colon or a semicolon that is none."""
    mark = match.start()
    if text[mark] in ":;^<":
        emoticon = None if mark and not text[mark - 1].isspace() else _EMOTICON.match(text, mark, end)
        return emoticon.end() if emoticon else mark
    return max(_SENTENCE_TAIL.match(text, mark, end).end(), match.end())


class _Casual:
    """Whether a block is written without capitals (`_is_casual`), read once and only when a stop comes
    before lower case: most blocks never need it."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end, self.value = text, start, end, None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = _is_casual(self.text, self.start, self.end)
        return self.value


def ends_on_an_emoticon(line: str) -> bool:
    """An emoticon closes its line's last sentence as a stop would: "... avec les horaires habituels ;-)"."""
    emoticon = _EMOTICON.search(line, max(0, len(line) - 4))
    return (
        bool(emoticon) and emoticon.end() == len(line) and emoticon.start() > 0 and line[emoticon.start() - 1].isspace()
    )


def _opens_list_item(text: str, start: int, sentence_start: int, mark: int) -> bool:
    """A list's number: opening the block or a line, or inline ("trois mesures : 1. La gratuité. 2.
    La hausse ..."), but not after a question, where it answers ("Combien ? 24. Le conseil ..."); a year only
    opening the block or a line (a chronology's), not inline ("Tout a changé. 1870. Une date ...")."""
    number = _LIST_NUMBER.fullmatch(text, sentence_start, mark)
    if not number:
        return False
    if sentence_start == start or "\n" in number.group(0):
        return True
    return not number[1] and not text[start:sentence_start].rstrip().endswith("?")


def _is_a_rank(text: str, start: int, mark: int, end: int) -> bool:
    """A rank after a colon or a semicolon with the rank before or after it in the block, or on the line
    just above it, a run of figures: "Classement : 1. Paris SG, 36 pts ; 2. Lyon, 31 pts.", a summary's
    goals line after line ("3e période : 5. Lyon, Roy 8:12 ;" / "Prolongation : 6. Lyon, Roy 2:14."), a
    classification of one name and its result under another's run ("Hommes : 1. A, 31'02" ; 2. B, à 6"" / "Femmes :
    1. C, 24'11"."); not "Bilan : 3. Le maire ...", nor a list's point under a run ("À retenir : 1. Le club ...")."""
    rank = _RANK.search(text, max(start, mark - 10), mark)
    if text[mark] != "." or not rank:
        return False
    line_above = text[text.rfind("\n", 0, start - 1) + 1 : start] if text[start - 1 : start] == "\n" else ""
    number, before = int(rank.group(2)), line_above + text[start : rank.start()]
    if rank.group(1):  # after an omission, any rank before it: "... ; 4. Lyon, 37 ; … 14. Metz, 11."
        return bool(re.search(r"[:;]\s+\d{1,2}\.\s", before))
    # under a run, a name and its result ("1. C, 24'11"."), not a point of a list ("À retenir : 1. Le club ...")
    under_a_run = _NAME_AND_RESULT.match(text, mark + 1, end) and line_above
    return bool(
        re.search(rf"[:;]\s+{number + 1}\.\s", text[mark:end])
        or re.search(rf"[:;]\s+{number - 1}\.\s", before)
        or under_a_run
        and re.search(rf"[:;]\s+{number}\.\s[^\n]*[:;]\s+{number + 1}\.\s", line_above)
    )


def _closes_a_stage_direction(text: str, sentence_start: int, mark: int) -> bool:
    """A bracket of words opening the sentence and closing before a capital: "[Silence] C'est usant.",
    "(Rires) Il reprend." (not "(a) La demande", nor a bracket inside a sentence)."""
    opened = strip_span(text, sentence_start, mark)[0]
    if text[opened] + text[mark] not in ("()", "[]"):
        return False
    inside = text[opened + 1 : mark]
    if any(bracket in inside for bracket in "()[]"):
        return False
    following = text[mark + 1 : mark + 3]
    return len(following) == 2 and following[0].isspace() and following[1].isupper() and bool(_WORDS.search(inside))


def _is_casual(text: str, start: int, end: int) -> bool:
    """Written without capitals: opening in lower case, "!!!" before lower case, an emoticon or an emoji,
    or two words at least closed by a full stop before lower case ("... pas de pression. regarde ...")."""
    opening = text[start : start + 2].lstrip()
    if opening[:1].islower() and not _BRAND.match(opening):
        return True
    words = 0
    for stop in _LOWER_AFTER_STOP.finditer(text, start, end):
        mark = stop.start()
        if text[mark] in "!?" and text[mark - 1] in "!?":
            return True  # "code erreur F28 !!! le matin ..."
        word = _WORD_BEFORE.search(text, max(start, mark - 30), mark) if text[mark] == "." else None
        words += bool(word) and len(word.group(1)) >= 4 and word.group(1).lower() not in ABBREVIATIONS
    return words >= 2 or bool(_EMOTICON_OR_EMOJI.search(text, start, end))


def _inside_brackets(text: str, sentence_start: int, boundary: int) -> bool:
    sentence = text[sentence_start:boundary]
    return sentence.count("(") > sentence.count(")") or sentence.count("[") > sentence.count("]")


def _ends_sentence(
    text: str, sentence_start: int, mark: int, boundary: int, end: int, casual: Callable[[], bool] = bool
) -> bool:
    rest = text[boundary:end]
    following = rest.lstrip()
    if not following:
        return False  # the block's end closes the last sentence anyway
    if len(following) == len(rest) or not _OPENS_SENTENCE.match(following):
        return False  # no space after the mark (3.2, www.x.fr) or a lower-case continuation
    if following[0] == "(" and text[mark] in "!?" and _TITLE_DETAILS.match(following):
        return False  # a title's details in brackets, the sentence going on: "Kenavo ar mor ! (1974) et ..."
    if following[0] in "–—-" and _inside_brackets(text, sentence_start, boundary):
        return False  # "(Applaudissements à gauche. – Bruit à droite.)"
    if text[boundary - 1] in '»"' and _REFERENCE_AFTER_QUOTE.match(following):
        return False  # a quotation's reference, stop after it: "« ... une colère… » (p. 112).", "« ... ! » (sic)."
    if following[0].isalpha() and not following[0].isupper() and not _BRAND.match(following):
        # in a text written without capitals, a new clause; a quote's incise ("« Encore ?! » s'est
        # exclamé ..."), an ellipsis's continuation and a bracket's inside go on
        ellipsis = text[mark] == "…" or text[mark : mark + 3] == "..."
        quoted = any(quote in text[mark:boundary] for quote in '»"')
        if ellipsis or quoted or _inside_brackets(text, sentence_start, boundary) or not casual():
            return False
    in_brackets = text[mark] == "." and not following[0].isupper()
    in_brackets = in_brackets and _ABBREVIATED_IN_BRACKETS.search(text, max(sentence_start, mark - 8), mark + 2)
    if in_brackets and not _STOP_AFTER_BRACKET.search(text, mark, boundary):
        return False  # an abbreviation alone in brackets, no stop after them: "R. Lindqvist (Suè.) 4-6, 6-3"
    if text[mark] == "." and text[mark : mark + 3] != "...":
        # a stop after a closing bracket is one, whatever the bracket closes: "... développement
        # (B.O.A.D.). Le reste ...", "(éd. Gallimard, 320 p.). Le livre ..."
        after_bracket = bool(_STOP_AFTER_BRACKET.search(text, mark, boundary))
        return after_bracket or not is_abbreviation(text[max(sentence_start, mark - 40) : mark], following)
    omission = following[0].isdigit() and _OMISSION.search(text, sentence_start, mark)
    if (text[mark] == "…" or text[mark : mark + 3] == "...") and omission:
        return False  # an omission in a run: "... 4. Lyon, 37 ; … 14. Metz, 11."
    if text[mark] == "…" or text[mark : mark + 3] == "...":
        opens_its_sentence = not text[sentence_start : mark - 1].strip(' «"')  # not "Il a tout perdu (...) Sa ..."
        if text[mark - 1 : mark] in "[(" and text[boundary - 1] in ")]" and opens_its_sentence:
            return False  # a cut marked in a quotation, "[...] On finit par ...", opens the sentence after it
        return not (_ANONYMISED.search(text, max(sentence_start, mark - 2), mark) and _ANONYMISED_NEXT.match(following))
    return True


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
