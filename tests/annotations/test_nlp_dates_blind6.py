"""Date forms first met on the sixth blind set of news sentences, on invented sentences."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.normalise import normalise

SATURDAY = date(2027, 5, 8)


def values(text: str, published: date | None = SATURDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(normalise(text), published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day named by its date, hyphenated, is that day (not "le 14" of this month).
        ("Le 14-Juillet, le feu d'artifice sera tiré depuis le port.", [("14-Juillet", "2027-07-14")]),
        ("Les cérémonies du 8-Mai ont eu lieu devant la mairie.", [("8-Mai", "2027-05-08")]),
        ("Le 11-Novembre 1918 marque la fin des combats.", [("11-Novembre 1918", "1918-11-11")]),
        # A season after a word of time: the nearest one, opened by its cue.
        ("Le texte sera adopté d'ici l'été.", [("l'été", "2027-06/2027-08")]),
        ("Les travaux doivent finir avant l'hiver.", [("avant l'hiver", "../2027-11-30")]),
        ("Il a plu tout l'hiver sur la côte.", [("l'hiver", "2026-12/2027-02")]),
        ("Les vignes profitent de l'été indien.", []),
        # A street's number and an identifier's are no years; a season's span of years is.
        ("Le restaurant, installé au 1850 route de Grasse, a fermé.", []),
        ("La loi n° 2016-1087 a renforcé les sanctions.", []),
        ("Le décret 2021-1234 est paru au Journal officiel.", []),
        ("La saison 2015-2016 fut longue.", [("2015-2016", "2015/2016")]),
        ("Depuis 2015, la loi a changé.", [("Depuis 2015", "2015/..")]),
        # "ce jour-là" points back: with no day before it, no date.
        ("Ce jour-là, personne n'a vu l'homme entrer.", []),
        (
            "Le 3 mars, la neige tombait. Ce jour-là, personne n'est sorti.",
            [("Le 3 mars", "2027-03-03"), ("Ce jour-là", "2027-03-03")],
        ),
    ],
)
def test_forms_of_the_sixth_blind_set(text, expected):
    assert values(text) == expected
