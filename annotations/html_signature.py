"""The lines a signature block leaves in the extracted text once its author's line is read as chrome or dropped.

A page signs its article with a block of short lines under one another: "Julie Gagnon<br>Initiative de journalisme
local", "Par Luc Vidal<br>Correspondant régional". The line rules read the author's line as a byline (or trafilatura
drops it, taking it for the page's author), but the lines under it, a programme, a role, a desk, have no byline's
shape and stay, as the first paragraph of the article. The block is read from the page's structure: an element whose
first line, before a `<br>`, is a name or a byline.
"""

from __future__ import annotations

import re

from annotations.nlp.bylines import is_byline
from annotations.nlp.site_prose import PERSON

_NAME = re.compile(rf"{PERSON}")
_MAX_WORDS = 6  # a role, a desk, a programme; a longer line under a name is prose
_SENTENCE_END = re.compile(r"[.!?…»]$")
_DIGIT = re.compile(r"\d")


def without_signature_lines(tree, text: str) -> str:
    """trafilatura's text without the short lines that sit under an author's line in the page's signature block, where
    the text holds them as lines of their own; the author's own line is left to the line rules."""
    if tree is None:
        return text
    lines = {line for holder in {br.getparent() for br in tree.iter("br")} for line in _lines_under_author(holder)}
    if not lines:
        return text
    kept = [line for line in text.split("\n") if " ".join(line.split()) not in lines]
    return "\n".join(kept)


def _lines_under_author(holder) -> list[str]:
    """The lines after the first `<br>` of an element whose first line is a name or a byline, when all are a
    signature's (`_is_signature_line`), else []."""
    if holder is None:
        return []
    pieces, current = [], [holder.text or ""]
    for child in holder:
        if child.tag == "br":
            pieces.append(" ".join("".join(current).split()))
            current = [child.tail or ""]
        elif isinstance(child.tag, str):
            current.append(child.text_content() + (child.tail or ""))
    pieces.append(" ".join("".join(current).split()))
    first, rest = pieces[0], [piece for piece in pieces[1:] if piece]
    if not rest or not (_NAME.fullmatch(first) or is_byline(first)) or not all(map(_is_signature_line, rest)):
        return []
    # more names under the first one are a list (the elected, a team), no signature: a co-author makes two names
    return rest if sum(1 for piece in rest if _NAME.fullmatch(piece)) <= 1 else []


def _is_signature_line(piece: str) -> bool:
    """A role, a desk or a programme, a co-author: short, no sentence, no figure (a result's card is no signature:
    "Sophie Lenoir<br>Maire sortante<br>52,3 %")."""
    return len(piece.split()) <= _MAX_WORDS and not _SENTENCE_END.search(piece) and not _DIGIT.search(piece)
