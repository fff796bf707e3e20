"""The simple conditional shared by the check-worthiness cues and the tense of dates (`annotations/nlp/conditional.py`)."""

import re

import pytest

from annotations.nlp.conditional import CONDITIONAL


@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        ("le ministre démissionnerait lundi", True),
        ("la ministre inaugurerait le pont", True),
        ("le conseil se réunirait lundi", True),
        ("l'arrêté sécheresse serait levé lundi", True),  # a noun ending in "se" before "serait" is no reflexive
        ("il se serait rendu à la police", False),  # a reflexive's hearsay of a past
        ("l'accident serait survenu lundi", False),
        ("le ministre aurait démissionné", False),
        ("la police encadrait la manifestation", False),  # imperfects that end as a conditional does
        ("le club attirait les foules", False),
    ],
)
def test_conditional(text, conditional):
    assert bool(re.search(CONDITIONAL, text)) is conditional
