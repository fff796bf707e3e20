"""Forms first met on the second set of whole expressions written blind
(evaluation/data/expressions_blind2.fr.json), each with new examples: the words that frame a date
belong to its span (a period's noun, "tout au long de", "au plus tard", a clock time), a day counted
from a dated anchor, negated and "au-delà de" bounds, quarters told from a year or from today, parts
of decades, years in words, "cette nuit", "la rentrée"; currencies of the French-speaking world,
"Fr." and "G$"."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates
from annotations.nlp.money import find_money
from annotations.nlp.normalise import normalise

TUESDAY = date(2026, 3, 10)


def amounts(text: str) -> list[tuple[str, object, object, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in find_money(normalise(text))]


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


def test_the_year_a_quarter_is_of_is_the_one_the_text_speaks_of():
    assert values("En 2019, le groupe a perdu 3 % au premier trimestre de l'année.") == [
        ("2019", "2019"),
        ("premier trimestre de l'année", "2019-01/2019-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le club a brillé au milieu des années 1990.", [("au milieu des années 1990", "1994/1996")]),
        ("La friche date de la fin des années 60.", [("de la fin des années 60", "1967/1969")]),
        ("Les émissions doivent baisser dans la décennie 2030.", [("la décennie 2030", "2030/2039")]),
        ("L'abbaye fut rebâtie au XIIe s. par les moines.", [("au XIIe s.", "1101/1200")]),
    ],
)
def test_a_part_of_a_decade_a_decade_named_so_an_abbreviated_century(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle est née le dix avril mil neuf cent trente.", [("dix avril mil neuf cent trente", "1930-04-10")]),
        ("Le traité date de mil neuf cent cinquante-sept.", [("mil neuf cent cinquante-sept", "1957")]),
        ("C'était en dix-neuf cent soixante-dix.", [("dix-neuf cent soixante-dix", "1970")]),
        # counts, no years
        ("Ils étaient dix-neuf cents au départ.", []),
        ("Deux mille cent personnes ont signé.", []),
    ],
)
def test_a_year_in_words_written_only_as_years_are(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un incendie s'est déclaré cette nuit à Brest.", [("cette nuit", "2026-03-10")]),
        ("Le site est occupé de 2012 à nos jours.", [("de 2012 à nos jours", "2012/2026")]),
        (
            "La route sera fermée de la fin mai à la mi-juillet.",
            [("de la fin mai à la mi-juillet", "2026-05-21/2026-07-20")],
        ),
        ("La rentrée 2027 se fera sans le collège.", [("La rentrée 2027", "2027-09")]),
        ("Le contrat signé nov. dernier prévoit une hausse.", [("nov. dernier", "2025-11")]),
    ],
)
def test_tonight_up_to_today_a_ranges_articles_the_school_year_an_abbreviated_month(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le marché vaut 4 milliards de nairas.", ("4 milliards de nairas", 4000000000, 4000000000, "NGN")),
        ("La facture atteint 12 000 couronnes danoises.", ("12 000 couronnes danoises", 12000, 12000, "DKK")),
        (
            "Le stade a coûté 30 millions de francs rwandais.",
            ("30 millions de francs rwandais", 30000000, 30000000, "RWF"),
        ),
        ("Une amende de 50 000 F CFA a été requise.", ("50 000 F CFA", 50000, 50000, "XOF")),
        ("Le billet coûte Fr. 18.– à Genève.", ("Fr. 18", 18, 18, "CHF")),
        ("Hydro a investi 2,3 G$ dans le projet.", ("2,3 G$", 2300000000, 2300000000, "USD")),
    ],
)
def test_currencies_of_the_french_speaking_world_swiss_francs_and_quebec_milliards(text, expected):
    assert amounts(text)[0] == expected


def test_a_g_before_no_dollar_is_no_milliard():
    assert amounts("La 5G coûte 20 € par mois.") == [("20 €", 20, 20, "EUR")]
