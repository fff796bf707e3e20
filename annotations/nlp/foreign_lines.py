"""Lines of a French page written in no French (see `boilerplate`).

A short interface line left in English ("Read more", "Sign in to comment") is the site's; so is the filler a
paywall shows blurred in place of the article's rest, right above its cut (`page_lists.paywall_filler`):
scrambled letters or "lorem ipsum" ("Lqs zokgvrmè xkwe dé tqupilv hrèz ...", "Lorem ipsum dolor sit amet,
consectetur ..."), lower-case words none of which is a function word of French or of a language a quotation
may be in.
"""

from annotations.nlp.lexicon import words

_ENGLISH = words("the you your we our are is was were this that to and of for with by on at from have has do not be it")
_FRENCH = words("le la les des du de un une et est à au aux en pour que qui dans sur avec pas ce il elle")
# Function words of French beyond those, and of the languages an article quotes (German, Spanish, Italian).
_FUNCTION_WORDS = (
    _ENGLISH
    | _FRENCH
    | words(
        "ils elles on nous vous je tu ne se sa son ses leur leurs mais ou où car donc plus très tout tous y a ont sont "
        "été n'y n'est c'est qu'il d'un d'une l'on s'est der die das und ist nicht ein eine el los las del y es "
        "di che non per e"
    )
)
FILLER_MIN_WORDS = 8  # a sentence this long holds function words


def is_foreign_interface(tokens: list[str]) -> bool:
    """Two English function words and no French one: "Read more of the story"."""
    english = sum(token in _ENGLISH for token in tokens)
    french = sum(token in _FRENCH for token in tokens)
    return english >= 2 and french == 0


def is_filler(line: str, tokens: list[str]) -> bool:
    """A paywall's filler (see above): "Lorem ipsum ...", or FILLER_MIN_WORDS lower-case words (names, capitalised,
    aside) and no function word among them, nor a list's commas (a menu's "soupe, poisson, fromage, ..." has no
    function word either). `tokens`: the line's words as written."""
    if line.lower().startswith("lorem ipsum"):
        return True
    lower = [token for token in tokens if token.islower()]
    listed = 3 * line.count(",") >= len(lower)
    return len(lower) >= FILLER_MIN_WORDS and not listed and not any(token in _FUNCTION_WORDS for token in lower)
