"""Saga's NLP layer: text in, spans out. No Django here, and no spaCy anywhere else.

    from annotations.nlp import analyse, analyse_many, Analysis

    analysis = analyse(text, fmt="text", language="fr", published=None, aliases=None)
    for analysis in analyse_many([(text, "markdown", published), ...]):
        ...

Every offset is a Python str index into the text exactly as given, end exclusive.
"""

from annotations.nlp.pipeline import (
    DEFAULT_MODEL,
    LANGUAGES,
    UnsupportedLanguage,
    analyse,
    analyse_many,
    headline,
    load_pipeline,
)
from annotations.nlp.types import Analysis, Block, ClaimSpan, DateSpan, EntitySpan, MoneySpan, QuantitySpan

__all__ = [
    "DEFAULT_MODEL",
    "LANGUAGES",
    "Analysis",
    "Block",
    "ClaimSpan",
    "DateSpan",
    "EntitySpan",
    "MoneySpan",
    "QuantitySpan",
    "UnsupportedLanguage",
    "analyse",
    "analyse_many",
    "headline",
    "load_pipeline",
]
