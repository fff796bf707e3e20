"""The words before a number that bound or hedge it, by what they do to it (read by `number_leads.lead`):
"plus de 10" opens the maximum, "moins de 10" the minimum, "environ 10" keeps the value."""

# Hyphens and runs of spaces are read as one space ("en-dessous de" is "en dessous de").
_OF = ("de", "d'")  # after each of the words below: "plus de 10", "plus d'un million"
LOWER_BOUNDS = (
    *(f"{words} {of}" for words in ("plus", "un peu plus", "pas moins", "à partir", "un minimum") for of in _OF),
    "plus que",
    "au moins",
    "au minimum",
    "au bas mot",
    "au delà de",
    "au dessus de",
    "supérieur à",
    "supérieure à",
    "supérieurs à",
    "supérieures à",
    "davantage que",
    "dès",
    "minimum",
)
UPPER_BOUNDS = (
    *(
        f"{words} {of}"
        for words in ("moins", "un peu moins", "pas plus", "jusqu'à concurrence", "un maximum")
        for of in _OF
    ),
    "moins que",
    "pas plus que",
    "au plus",
    "tout au plus",
    "au maximum",
    "en dessous de",
    "en deçà de",
    "en deçà d'",
    "au dessous de",
    "inférieur à",
    "inférieure à",
    "inférieurs à",
    "inférieures à",
    "maximum",
)
# The extreme a value reaches: the most of a positive one ("jusqu'à 10 euros"), the least of one below zero
# ("jusqu'à -8 °C": no colder than that).
REACHES = ("jusqu'à",)
HEDGES = (
    *(
        f"{words} {of}"
        for words in ("près", "autour", "aux alentours", "aux environs", "de l'ordre", "pas loin")
        for of in _OF
    ),
    "environ",
    "à peu près",
    "plus ou moins",
    "quasi",
    "quasiment",
    "presque",
    "approximativement",
    "grosso modo",
    "exactement",
    "quelque",
    "à peine",
    "tout juste",
)
BOUND_KINDS = {
    **dict.fromkeys(LOWER_BOUNDS, "min"),
    **dict.fromkeys(UPPER_BOUNDS, "max"),
    **dict.fromkeys(REACHES, "reach"),
    **dict.fromkeys(HEDGES, "about"),
}
