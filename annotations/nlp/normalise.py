"""Length-preserving typographic normalisation, so model offsets are offsets into the original.

The fr_core_news models (md by default, sm) were trained on text with straight apostrophes and plain spaces: a curly
apostrophe (l’IA, d’Airbus) or a non-breaking space changes its features and costs entities.
Every substitution here replaces one code point by one code point (or markup by spaces of the
same length), so an index into the normalised text is the same index into the original text.
"""

import re

_SUBSTITUTIONS = {
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime, used as an apostrophe by some keyboards
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00a0": " ",  # no-break space (before : ; ! ? » in French typography)
    "\u202f": " ",  # narrow no-break space
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": " ",  # zero-width space
    "\ufeff": " ",  # byte order mark left at the start of a file
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u00ad": "-",  # soft hyphen: kept as a visible one, the length must not change
    "\u2212": "-",  # minus sign
    "\t": " ",
}


def normalise(text: str) -> str:
    """Returns `text` with typographic variants replaced one code point for one."""
    # A few str.replace calls beat str.translate, which looks every character up in a dict.
    for variant, plain in _SUBSTITUTIONS.items():
        if variant in text:
            text = text.replace(variant, plain)
    return text


def lower_case(text: str) -> str:
    """`text` in lower case, one code point for one (str.lower turns "İ" into two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


# Markdown markup is blanked out (same length, spaces) so the model and the regular expressions
# see prose while offsets still index the Markdown source; in this order.
_MARKDOWN_MARKUP = (
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # an image
    re.compile(r"\[(?=[^\]\n]*\]\()"),  # a link's head, before its tail: it is recognised by the "](" that follows it
    re.compile(r"\]\([^)\n]*\)"),  # a link's tail
    # quote marks, heading marks, bullets and list numbers
    re.compile(r"^[ \t]{0,3}(?:(?:>[ \t]?)+|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+", re.M),
    re.compile(r"[ \t]+#+[ \t]*$", re.M),  # a heading's closing marks
    re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w*_])"),  # emphasis
    re.compile(r"`+"),  # code
    re.compile(r"</?[A-Za-z][^>\n]*>"),  # an HTML tag
    re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>])"),  # an escape
)


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def mask_markdown(text: str) -> str:
    """Replaces Markdown markup (heading marks, quote marks, bullets, emphasis, links) by spaces."""
    for pattern in _MARKDOWN_MARKUP:
        text = pattern.sub(_blank, text)
    return text
