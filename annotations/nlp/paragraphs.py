"""A plain text's paragraphs: its non-empty lines, a hard-wrapped line joined to the one before it
(see `segment`, which classifies them). A line longer than any wrapping (a forum's post) ends where
its writer broke it, and a list's items ("- ", "1. ", "a) ") keep their lines."""

import re
from dataclasses import dataclass

from annotations.nlp import bylines
from annotations.nlp.first_names import FIRST_NAMES
from annotations.nlp.sentences import strip_span


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # stripped: the span holds no leading or trailing white space


def text_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`, stripped, in order."""
    return [(line.start, line.end) for line in _paragraphs(text)]


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        start, end = strip_span(text, offset, offset + len(raw))
        if start < end:
            lines.append(_Line(start, end))
        offset += len(raw)
    return lines


def _paragraphs(text: str) -> list[_Line]:
    lines = _lines(text)
    width = _wrap_width(text, lines)
    paragraphs: list[_Line] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        previous = paragraphs[-1] if paragraphs else None
        last = lines[index - 1] if index else None
        # a line the page repeats is its furniture (a PDF's running head), never a sentence's start
        repeated = last is not None and previous == last and text[last.start : last.end] in seen
        if index:
            seen.add(text[last.start : last.end])
        wrapped = previous and (_is_wrapped(text, previous, line) or _fills_the_width(text, last, line, width))
        if wrapped and not repeated:
            paragraphs[-1] = _Line(previous.start, line.end)
        else:
            paragraphs.append(line)
    return paragraphs


# A text wrapped at a fixed width (an e-mail, a PDF's text, a wire dispatch): its lines are at most this
# long and many reach near it; a line that does runs on into the next, whatever ends it ("Mme\nJosiane
# Roux", "J.-M.\nHébert", "(contact :\nx@y.fr)"): the sentences are split afterwards.
WRAP_MAX = 100
_WRAP_SHARE = 0.4  # of the lines, near the width
_GOING_ON_SHARE = 0.5  # of the lines near the width, going on in lower case
_NEAR_WIDTH = 0.7
_OVER_WIDTH = 1.1  # a line this much longer than any other of the text is no wrapped line
_LIST_ITEM = re.compile(r"[-•*–—]\s|\d{1,2}[.)]\s|[a-z]\)\s")  # "- ", "1. ", "a) "
# A line going on after the width: the next opens in lower case, or on a figure, a sign or a bracket
# after a line that ends mid-sentence ("... au-dessus de leur niveau de\n2019 (env. + 12 %).").
_MID_SENTENCE_END = re.compile(r"[^.!?…;»\"]$")
_GOES_ON_WITH = re.compile(r"[\d(\[+]")


def _wrap_width(text: str, lines: list[_Line]) -> int | None:
    """The width a text is wrapped at, or None. Its lines break inside sentences: most lines near
    the width go on in lower case on the next line, or on a figure after a line left mid-sentence
    (a page of short headlines, results or song lines opens each line on a capital or a figure
    after a complete line)."""
    lengths = [line.end - line.start for line in lines]
    # a line alone between blank lines (a headline, a byline) is no wrapped line: it may run longer
    joined = sorted((length for index, length in enumerate(lengths) if not _alone(text, lines, index)), reverse=True)
    # nor is a line far longer than all the others, a headline set over its standfirst ("Le Dr Tremblay :
    # « Les urgences ... »" at 85 characters over lines wrapped at 72)
    while len(joined) > 1 and joined[0] > _OVER_WIDTH * joined[1]:
        joined.pop(0)
    width = max(joined or lengths, default=0)
    near = [index for index, length in enumerate(lengths) if length >= _NEAR_WIDTH * width]
    if width > WRAP_MAX or len(near) < 3 or len(near) < _WRAP_SHARE * len(lengths):
        return None
    # the lines near the width with another under them in the same paragraph (no blank line between)
    followed = [
        index
        for index in near
        if index + 1 < len(lines) and text[lines[index].end : lines[index + 1].start].count("\n") == 1
    ]
    going_on = [index for index in followed if _goes_on(text, lines[index], lines[index + 1])]
    return width if len(going_on) >= 3 and len(going_on) >= _GOING_ON_SHARE * len(followed) else None


def _alone(text: str, lines: list[_Line], index: int) -> bool:
    """A line with no other in its paragraph: blank lines (or the text's ends) above and below it."""
    above = not index or text[lines[index - 1].end : lines[index].start].count("\n") > 1
    below = index + 1 == len(lines) or text[lines[index].end : lines[index + 1].start].count("\n") > 1
    return above and below


def _goes_on(text: str, line: _Line, below: _Line) -> bool:
    first = text[below.start]
    if text[line.end - 1] == ";":
        return False  # a list's item, one a line, as often as a wrapped line: "sauf bail en cours ;\nle chèque ..."
    waiting = _LINKING_END.search(text, line.start, line.end) or _TITLE_END.search(text, line.start, line.end)
    if waiting and _NAME_START.match(text, below.start):
        return True  # a name waited for: "avait égalisé par\nZeqiri", "liégeois, M.\nIvan Leko" (not a running head)
    if first.isdigit() and text[line.start].isdigit() and not waiting:
        return (
            False  # a column of lines each opening on its figure: an ingredient list, a table's rows (not "avec\n150")
        )
    return first.islower() or bool(_GOES_ON_WITH.match(first) and _MID_SENTENCE_END.search(text, line.start, line.end))


_FIRST_WORD = re.compile(r"\S*")
# A line of two words or more in capitals, without a stop: a label ("COMMUNIQUÉ DE PRESSE"), not "SNCF." ending a sentence.
_CAPITALS_LINE = re.compile(r"[A-ZÀ-Ý'’-]{2,}(?:\s+[A-ZÀ-Ý'’-]+)+")


def _fills_the_width(text: str, last: _Line | None, line: _Line, width: int | None) -> bool:
    if width is None or last is None or text[last.end : line.start].count("\n") != 1:
        return False
    length = last.end - last.start
    filled = _NEAR_WIDTH * width <= length <= width  # over the width, the writer's own break
    # or a label waits for its value, a word too long for the line's end: "Contact :\nddt-secheresse@gers.gouv.fr"
    if not filled and text[last.end - 1] in ":,":
        first_word = _FIRST_WORD.match(text, line.start, line.end).end() - line.start
        filled = length <= width < length + 1 + first_word
    if not filled or _LIST_ITEM.match(text, line.start) or _signs_the_line_above(text, line):
        return False
    if _CAPITALS_LINE.fullmatch(text, line.start, line.end):
        return False  # a label in capitals under the headline, no wrapped words: "COMMUNIQUÉ DE PRESSE"
    return not _heads_the_text(text, last, line)


# A clause's first word, a determiner, a pronoun or a preposition, capitalised: a sentence's start, no name's.
_CLAUSE_START = re.compile(
    r"(?:Le|La|Les|L['’]|Un|Une|Des|Du|Au|Aux|Il|Elle|Ils|Elles|On|Ce|Cet|Cette|Ces|Depuis|Selon|Après|Avant|"
    r"Dans|En|À|Pour|Lors|Plus|Deux|Trois)\b"
)
# A line's last character or word that leaves it waiting for the next: a comma, a colon, a preposition, a
# conjunction, a relative or an auxiliary that no headline ends on ("..., selon\nLe Parisien", "qui a\nLa ...").
_WAITING_END = re.compile(
    r"[,;:(\-–—]$|\b(?:selon|contre|vers|chez|sous|sans|que|qu['’]|qui|dont|où|ou|mais|ni|car|comme|a|ont|est|sont)$",
    re.I,
)


def _heads_the_text(text: str, first: _Line, below: _Line) -> bool:
    """The text's first line, near the width without a stop, is its headline over the first paragraph when the
    line under it opens a clause ("Incendie rue Saint-Dominique : trois blessés" over "Un incendie s'est ..."),
    not when the first line waits for a name ("a rencontré le maire de\nBrest", "M.\nDupont", a first name over
    its surname's particle, "a reçu Bruno\nLe Maire")."""
    if text[: first.start].strip():
        return False
    line = text[first.start : first.end]
    if _WAITING_END.search(line) or _LINKING_END.search(line) or _TITLE_END.search(line):
        return False
    if line.rsplit(maxsplit=1)[-1].split("-")[0] in FIRST_NAMES:
        return False
    return bool(_CLAUSE_START.match(text, below.start))


# The end of a paragraph: a blank line or the text's end.
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?\s*$)")


def _signs_the_line_above(text: str, line: _Line) -> bool:
    """A byline closing its paragraph signs the headline above it, whatever that line's length ("La Réunion :
    l'alerte rouge levée", then "Par Nathalie Payet, à Saint-Denis" and a blank line)."""
    return bylines.is_byline(text[line.start : line.end]) and bool(_PARAGRAPH_END.match(text, line.end))


# A bracket opened on a word and not closed on its line ("(contact :"; not a smiley's ":(").
_OPEN_BRACKET = re.compile(r"\((?=\w)[^()]*$")
# A line ending on a word that waits for the next ("se réunira le\nmardi 15 décembre").
_NAME_START = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]")  # "Zeqiri", not a running head in capitals, "VILLE MAG"
_TITLE_END = re.compile(r"\b(?:M|MM|Mmes?|Mlles?|Dr|Dre|Pr|Me|Mgr)\.?$")
_LINKING_END = re.compile(r"\b(?:à|de|du|des|le|la|les|l'|au|aux|par|en|et|sur|pour|avec|dans|entre|d')$", re.I)


def _in_a_list(text: str, previous: _Line, line: _Line) -> bool:
    """After a semicolon, the line is a list's next item when it ends on one too or the item above came after a colon
    or a semicolon; a sentence wrapped at its semicolon goes on ("après un long débat ;\nl'opposition a voté ...")."""
    return text[: previous.start].rstrip().endswith((":", ";")) or text[line.end - 1] == ";"


def _is_wrapped(text: str, previous: _Line, line: _Line) -> bool:
    # Hard-wrapped prose: the line before stops mid-sentence, on the same paragraph (no blank line);
    # a date under a headline ("mercredi 9 décembre 2026", no stop) is a line of its own, unless the
    # line before leaves a word waiting for it ("se réunira\nmardi 15 décembre." has its stop).
    between = text[previous.end : line.start]
    if between.count("\n") != 1:
        return False
    last_line = text[max(previous.start, text.rfind("\n", previous.start, previous.end) + 1) : previous.end]
    if len(last_line) > WRAP_MAX or line.end - line.start > WRAP_MAX:
        return False  # a line longer than any wrapping: its break is the writer's (a forum's post)
    if _LIST_ITEM.match(text, line.start):
        return False  # a list's item, one a line: "a) la démission ;\nb) le décès ;"
    if last_line.endswith(("...", "…")) and text.startswith(("...", "…"), line.start):
        return True  # a sentence suspended and taken up again: "vérifier que...\n...que tout allait bien."
    if _OPEN_BRACKET.search(last_line) and not text[line.start].isupper():
        return True  # a bracket still open on the line before: "(contact :\nx@y.fr)"
    if not text[line.start].islower() or text[previous.end - 1] in '.!?…:»"':
        return False
    if text[previous.end - 1] == ";" and _in_a_list(text, previous, line):
        return False  # a list's item, one a line: "En voici l'essentiel :\n... en cours ;\nle chèque ... ;"
    below = text[line.start : line.end]
    if below.endswith((".", "!", "?", "…")) or _LINKING_END.search(text, previous.start, previous.end):
        return True
    return not bylines.is_byline_or_date(below)
