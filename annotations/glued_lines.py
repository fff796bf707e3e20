"""What a page glued to the paragraphs of trafilatura's Markdown, set on lines of its own where the line rules of
`nlp/boilerplate` can read it: a related link, a bracketed pointer, a dispatch's agency or a web address after a
paragraph's last sentence, a short line run into the paragraph under it, a gallery's counter. Moved out of
`html_page` (near 400 lines); read from there."""

from __future__ import annotations

import re

from annotations.nlp.page_ends import BRACKETED_POINTER

# A related link written at the end of a paragraph, after its last sentence: "... en semaine. **LIRE AUSSI :
# Le métro ...**"; the label with its punctuation, so that prose ("À voir aussi, l'exposition ...") stays.
_INLINE_RELATED = re.compile(
    r"(?<=[.!?…»]) +(?=(?:\*\*|_)?[»>→▶•]?\s*(?:à |a )?(?:lire|voir) (?:aussi|également)\s*[:.>»|→])", re.I
)
# A pointer to another of the site's pieces in brackets, after a paragraph's last sentence: "... depuis 2009. (Lire
# notre enquête sur les commerces du quartier)"; not a bracket inside the sentence ("(voir plus haut)" before its
# stop), nor a source the sentence cites ("Le budget a doublé. (voir le rapport de la Cour des comptes)"), which
# stays in its paragraph.
_BRACKETED_POINTER = re.compile(rf"(?<=[.!?…»]) +(?={BRACKETED_POINTER}$)", re.M)
# A web address closing a paragraph after its last sentence, as embedded posts leave their pictures' links:
# "Une promesse tenue ! pic.example/xYz".
_TRAILING_ADDRESS = re.compile(r"(?<=[.!?…»]) +(?=(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*[\w/]$)", re.M)
# (the paragraph may be in italics or bold: "le 3 mars 2026\n*Le recul ... pas tout.*")
_LONE_LINE = re.compile(r"^([^\n.!?…:;»]{1,60})\n(?=[^\n]{80,}[.!?…»][*_]*\s*$)", re.M)


# A gallery's counter on a line of its own inside a paragraph: "Voir la galerie\n3 / 6\nLa procession ...".
_COUNTER_LINE = re.compile(r"^(\d{1,3} ?/ ?\d{1,3})$", re.M)
# A dispatch's agency after its last sentence: "... inférieur à 20 %. (MAP)", "(ATS/AFP)"; not a caption's "(Archives)".
_AGENCY = r"(?:[A-Z]{2,}[\w.-]*|Belga|Reuters|Xinhua|Kyodo)"
_AGENCY_CREDIT = re.compile(rf"(?<=[.!?…»]) +(?=\({_AGENCY}(?:/{_AGENCY}){{0,2}}\)$)", re.M)


def with_links_apart(text: str) -> str:
    """trafilatura's Markdown with what a page glued to its paragraphs on lines of their own, where the line
    rules can see it: a related link, a bracketed pointer to another article, a dispatch's agency or a web address
    after a paragraph's last sentence, a short line without a stop (a gallery's link, a label) run into the
    paragraph under it, a gallery's counter."""
    text = _COUNTER_LINE.sub(r"\n\1\n", _INLINE_RELATED.sub("\n\n", _AGENCY_CREDIT.sub("\n\n", text)))
    text = _BRACKETED_POINTER.sub("\n\n", _TRAILING_ADDRESS.sub("\n\n", text))
    return _LONE_LINE.sub(r"\1\n\n", text)
