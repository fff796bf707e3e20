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
        # A season a plan or a start points to, opened by its cue; not what every year does, nor a
        # season named with its year.
        ("Le texte sera adopté d'ici l'été.", [("l'été", "2027-06/2027-08")]),
        ("Les travaux reprendront dès l'automne.", [("dès l'automne", "2027-09/..")]),
        ("Pendant l'hiver, les hérissons hibernent.", []),
        ("Avant l'hiver, il faut tailler les rosiers.", []),
        ("Depuis l'été caniculaire de 2022, la ville plante des arbres.", [("2022", "2022")]),
        ("Les vignes profitent de l'été indien.", []),
        # A day that names a street is no date.
        ("Rendez-vous place du 8-Mai-1945 à 10 heures.", []),
        ("La fanfare défilera rue du 14-Juillet.", []),
        # A street's number and an identifier's are no years; a season's span of years is.
        ("Le restaurant, installé au 1850 route de Grasse, a fermé.", []),
        ("La loi n° 2016-1087 a renforcé les sanctions.", []),
        ("Le décret 2021-1234 est paru au Journal officiel.", []),
        ("La saison 2015-2016 fut longue.", [("2015-2016", "2015/2016")]),
        ("Les prix ont doublé sur la période 1900-2025.", [("1900-2025", "1900/2025")]),
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
