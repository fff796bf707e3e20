"""A document's bytes as text: UTF-8 only, every refusal a `DocumentError` whose one-line message
names the problem (binary data, another encoding, invalid UTF-8 with the byte offset, nothing
but blanks). Pure Python, no Django but its translations."""

import codecs
import re

from django.utils.translation import gettext as _


class DocumentError(Exception):
    """A document that cannot be analysed; the message is one line naming the problem, and
    `field` the input to blame when it is not the document itself (its language)."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


# UTF-32's marks first: UTF-32 LE's starts with UTF-16 LE's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


# A charset the document declares (an HTML page's <meta charset>, an XML declaration's encoding),
# looked for where pages put it: before the body.
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset the head of `data` declares, unless it is UTF-8's."""
    found = _DECLARED_CHARSET.search(data[:4096])
    name = found.group(1).decode("ascii") if found else None
    return None if name is None or name.lower().replace("_", "-") in {"utf-8", "utf8"} else name


def decode(data: bytes) -> str:
    """UTF-8 text of `data`, refusing binary data and invalid UTF-8 with the byte offset."""
    # A text saved as "Unicode" by Windows editors: its NUL bytes would call it binary data.
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            raise DocumentError(_("%(encoding)s text, not UTF-8: save it as UTF-8") % {"encoding": encoding})
    nul = data.find(b"\x00")
    if nul != -1:
        raise DocumentError(_("binary data, not text (NUL byte at byte offset %(offset)s)") % {"offset": nul})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        invalid = _("invalid UTF-8 at byte offset %(offset)s (byte 0x%(byte)02x)") % {
            "offset": error.start,
            "byte": data[error.start],
        }
        if charset := declared_charset(data):
            # A page saved from an older site (windows-1252, ISO-8859-1): say how to read it.
            invalid = _("%(invalid)s: the document declares %(charset)s; save it as UTF-8") % {
                "invalid": invalid,
                "charset": charset,
            }
        raise DocumentError(invalid) from None
    if not text.strip():
        raise DocumentError(_("document is empty: no text to analyse"))
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f\v")
    if controls > 0.05 * len(text):
        raise DocumentError(
            _("binary data, not text (%(controls)s control characters in %(length)s)")
            % {"controls": controls, "length": len(text)}
        )
    return text
