"""The language of a document: the one it declares, else a guess from its function words; a warning when its
words say another. Pure Python, no Django model (documents.read_document's part)."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from annotations.text_bytes import DocumentError


def resolve_language(text: str, supported: tuple[str, ...], declared: str | None) -> str:
    language = (declared or guess_language(text) or supported[0]).lower()
    if language not in supported:
        raise DocumentError(
            _("unsupported language %(language)r: supported languages are %(supported)s")
            % {"language": language, "supported": ", ".join(supported)},
            field="language",
        )
    return language


# A few frequent function words that belong to one language only: enough to tell a French
# article from an English or German one, not a general language identifier.
_FUNCTION_WORDS = {
    "fr": "le les des du est une et qui dans pour pas sur avec au aux cette sont ont mais ses leur nous été très",
    "en": "the and of to is was that with for this are be by it from have has which you were not",
    "de": "der die das und ist nicht mit ein eine auf für sich dem den von zu wird auch",
    "es": "el los las del y es por con una para como pero más fue sus está también",
    "it": "gli della che di è non per sono anche più nel alla degli delle questo",
    "pt": "os do da dos das não uma com é mais foi pelo pela em também",
    "nl": "het een van niet zijn met op voor dat wordt ook naar bij",
}
_WORD_SETS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
LANGUAGE_NAMES = {
    "fr": pgettext_lazy("language, within a sentence", "French"),
    "en": pgettext_lazy("language, within a sentence", "English"),
    "de": pgettext_lazy("language, within a sentence", "German"),
    "es": pgettext_lazy("language, within a sentence", "Spanish"),
    "it": pgettext_lazy("language, within a sentence", "Italian"),
    "pt": pgettext_lazy("language, within a sentence", "Portuguese"),
    "nl": pgettext_lazy("language, within a sentence", "Dutch"),
}


def guess_language(text: str) -> str | None:
    """The language whose function words clearly dominate `text`, or None when unsure."""
    counts = dict.fromkeys(_WORD_SETS, 0)
    for word in _WORD.findall(text[:20_000].lower()):
        for language, words in _WORD_SETS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, best_count), (_second, second_count) = ranked[0], ranked[1]
    if best_count >= 5 and best_count >= 2 * second_count:
        return best
    return None


def language_warnings(text: str, language: str) -> tuple[str, ...]:
    """A warning when the function words of `text` clearly belong to another language.

    The same cheap count as `guess_language`: a text declared (or forced) French whose function
    words are mostly English is still analysed, but the caller says it does not look French.
    """
    guessed = guess_language(text)
    if guessed is None or guessed == language:
        return ()
    return (
        _("the text does not look %(language)s: its function words are mostly %(guessed)s; analysed as %(code)r anyway")
        % {"language": LANGUAGE_NAMES.get(language, language), "guessed": LANGUAGE_NAMES[guessed], "code": language},
    )
