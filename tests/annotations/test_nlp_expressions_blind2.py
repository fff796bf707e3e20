"""Forms first met on the second set of whole expressions written blind
(evaluation/data/expressions_blind2.fr.json), each with new examples: the words that frame a date
belong to its span (a period's noun, "tout au long de", "au plus tard", a clock time), a day counted
from a dated anchor, negated and "au-delà de" bounds, quarters told from a year or from today."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.normalise import normalise

TUESDAY = date(2026, 3, 10)


def values(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(normalise(text), published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period a year or a span of years counts
        ("Le plan couvre la période 2028-2032.", [("la période 2028-2032", "2028/2032")]),
        ("Les comptes de l'exercice 2023-2024 sont en perte.", [("l'exercice 2023-2024", "2023/2024")]),
        ("L'exercice fiscal 2027 s'annonce serré.", [("L'exercice fiscal 2027", "2027")]),
        ("Il a joué toute la saison 2019-2020 à Lens.", [("la saison 2019-2020", "2019/2020")]),
        ("L'année universitaire 2026-2027 commence tard.", [("L'année universitaire 2026-2027", "2026/2027")]),
        # a frame that leaves the date as it is
        ("Les ventes ont reculé tout au long de l'année 2022.", [("tout au long de l'année 2022", "2022")]),
        (
            "Le dossier doit être déposé au plus tard le 15 avril 2026.",
            [("au plus tard le 15 avril 2026", "2026-04-15")],
        ),
        ("La région vise la neutralité à l'horizon 2040.", [("à l'horizon 2040", "2040")]),
        ("Le quartier a changé au cours des années 1970.", [("au cours des années 1970", "1970/1979")]),
    ],
)
def test_a_date_span_covers_the_words_that_frame_it(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil se réunira jeudi à 18 h 30.", [("jeudi à 18 h 30", "2026-03-12")]),
        ("Le train est parti hier vers 7 heures.", [("hier vers 7 heures", "2026-03-09")]),
        ("À 9 heures ce matin, la grève a commencé.", [("À 9 heures ce matin", "2026-03-10")]),
        ("Le corps a été découvert en fin de matinée lundi.", [("en fin de matinée lundi", "2026-03-09")]),
        ("Le scrutin fermera le 22 mars à 20 h.", [("le 22 mars à 20 h", "2026-03-22")]),
    ],
)
def test_a_clock_time_beside_a_day_joins_its_span(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vote aura lieu deux jours après Pâques 2027.", [("deux jours après Pâques 2027", "2027-03-30")]),
        (
            "Il a démissionné trois semaines avant le 1er juin 2024.",
            [("trois semaines avant le 1er juin 2024", "2024-05-11")],
        ),
        (
            "Le décret est paru une semaine après le référendum du 5 juin 2022.",
            [("une semaine après le référendum du 5 juin 2022", "2022-06-12")],
        ),
        ("Il est mort au lendemain du 11 novembre 1918.", [("au lendemain du 11 novembre 1918", "1918-11-12")]),
        ("La trêve a pris fin la veille de l'Épiphanie 2025.", [("la veille de l'Épiphanie 2025", "2025-01-05")]),
    ],
)
def test_a_day_counted_from_a_dated_anchor(text, expected):
    assert values(text) == expected


def test_a_count_from_an_undated_event_is_still_no_date():
    assert values("Il est revenu trois jours après la fête.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les travaux ne commenceront pas avant 2029.", [("pas avant 2029", "2029/..")]),
        ("Les aides sont garanties au-delà de 2031.", [("au-delà de 2031", "2032-01-01/..")]),
    ],
)
def test_a_negated_or_beyond_bound_opens_the_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chiffre d'affaires a bondi au dernier trimestre 2023.", [("dernier trimestre 2023", "2023-10/2023-12")]),
        (
            "Il a perdu des clients au troisième trimestre de 2024.",
            [("troisième trimestre de 2024", "2024-07/2024-09")],
        ),
        (
            "La dette a grimpé au premier semestre de l'année dernière.",
            [("premier semestre de l'année dernière", "2025-01/2025-06")],
        ),
        ("Les ventes ont chuté le trimestre dernier.", [("le trimestre dernier", "2025-10/2025-12")]),
        ("Le groupe table sur une reprise au prochain semestre.", [("au prochain semestre", "2026-07/2026-12")]),
        ("Le bénéfice a doublé au 2e trim. 2024.", [("2e trim. 2024", "2024-04/2024-06")]),
        (
            "Sur les huit premiers mois de 2025, le trafic a crû.",
            [("les huit premiers mois de 2025", "2025-01/2025-08")],
        ),
        (
            "Les prix baisseront sur les trois derniers mois de l'année.",
            [("les trois derniers mois de l'année", "2026-10/2026-12")],
        ),
    ],
)
def test_a_quarter_of_a_year_written_or_told(text, expected):
    assert values(text) == expected
