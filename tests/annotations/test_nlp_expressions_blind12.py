"""Forms first met on the twelfth set of whole expressions written blind
(evaluation/data/expressions_blind12.fr.json), each with new sentences beside look-alikes that must not
change: a trial's steps and sittings named by their day ("l'audience du", "mis en délibéré au", "le jugement rendu
le", "l'affaire renvoyée au"), a call for tenders named by its day, farming and accounting periods before their year
("la campagne betteravière", "les vendanges", "le millésime", "le compte administratif"), a span of numbered weeks,
a working day and a half of a month, a relative academic year, a span of seasons from a winter of two years, the end
of a numbered half-year with its year, Belgium's communities' days; amounts bounded after their figure ("10 euros
minimum"), "un maximum de", "moins d'un euro", a hedge before a range, "un euro de dommages et
intérêts", "mios", "une petite dizaine de millions"; and the set's sentences that hold no date and no amount."""

from datetime import date
from pathlib import Path

import pytest

from tests.annotations.reading import amounts, date_values, sentences_with_a_date_or_an_amount

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "expressions_blind12.fr.json"
FRIDAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trial's sittings and steps named by their day
        (
            "L'audience du tribunal correctionnel du 3 juin est reportée.",
            [("L'audience du tribunal correctionnel du 3 juin", "2026-06-03")],
        ),
        ("Le jugement rendu le 9 mars a été frappé d'appel.", [("Le jugement rendu le 9 mars", "2026-03-09")]),
        ("L'appel interjeté le 2 avril est recevable.", [("L'appel interjeté le 2 avril", "2026-04-02")]),
        ("L'affaire renvoyée au 4 juin attendra.", [("L'affaire renvoyée au 4 juin", "2026-06-04")]),
        ("Le dossier est mis en délibéré au 12 juin.", [("12 juin", "2026-06-12")]),
        (
            "La séance du conseil municipal du 29 juin sera publique.",
            [("La séance du conseil municipal du 29 juin", "2026-06-29")],
        ),
        ("L'ordonnance de référé du 4 mai ordonne l'expulsion.", [("L'ordonnance de référé du 4 mai", "2026-05-04")]),
        (
            "Selon l'avis d'appel d'offres du 2 avril, la remise est close.",
            [("l'avis d'appel d'offres du 2 avril", "2026-04-02")],
        ),
        # a report handed in, a parcel given back: no step of a trial, the day alone
        ("Il a rendu le 3 mai son rapport.", [("le 3 mai", "2026-05-03")]),
        # farming and accounting periods named by their year
        ("La campagne betteravière 2026 s'annonce bonne.", [("La campagne betteravière 2026", "2026")]),
        ("Les vendanges 2025 ont commencé tôt.", [("Les vendanges 2025", "2025")]),
        ("Le millésime 2024 est prometteur.", [("Le millésime 2024", "2024")]),
        ("Le compte administratif 2025 a été adopté.", [("Le compte administratif 2025", "2025")]),
        # (review) a crop's campaign by its -ière or -icole adjective; an election's or an advertiser's is no period
        ("La campagne viticole 2026 démarre.", [("La campagne viticole 2026", "2026")]),
        ("La campagne cacaoyère 2025-2026 est lancée.", [("La campagne cacaoyère 2025-2026", "2025/2026")]),
        (
            "Le prix du café est fixé pour la campagne principale 2026-2027.",
            [("la campagne principale 2026-2027", "2026/2027")],
        ),
        ("La campagne électorale 2026 s'ouvre.", [("2026", "2026")]),
        ("La campagne publicitaire 2027 a choqué.", [("2027", "2027")]),
        ("La campagne humanitaire 2025 manque de dons.", [("2025", "2025")]),
        # a span of numbered weeks; a clock time after a week is no week
        (
            "Les travaux dureront de la semaine 22 à la semaine 25.",
            [("de la semaine 22 à la semaine 25", "2026-05-25/2026-06-21")],
        ),
        ("Les fouilles auront lieu des semaines 3 à 5.", [("des semaines 3 à 5", "2026-01-12/2026-02-01")]),
        ("La semaine 12 à 14 heures le magasin ferme.", [("La semaine 12", "2026-03-16/2026-03-22")]),
        # a working day of a month: no weekend, no public holiday ("ouvrable" may be a Saturday)
        (
            "Le versement tombe le premier jour ouvré de novembre.",
            [("le premier jour ouvré de novembre", "2026-11-02")],
        ),
        ("La paie arrive le dernier jour ouvré de mai 2026.", [("le dernier jour ouvré de mai 2026", "2026-05-29")]),
        (
            "La paie arrive le dernier jour ouvrable de mai 2026.",
            [("le dernier jour ouvrable de mai 2026", "2026-05-30")],
        ),
        # halves of a month; the last fortnight is the second one
        (
            "Les crues sont attendues dans la deuxième moitié de juin.",
            [("la deuxième moitié de juin", "2026-06-16/2026-06-30")],
        ),
        ("La dernière quinzaine de juin sera chaude.", [("La dernière quinzaine de juin", "2026-06-15/2026-06-30")]),
        # an academic year told from today
        ("L'année académique prochaine s'ouvrira sans lui.", [("L'année académique prochaine", "2026/2027")]),
        ("L'année scolaire écoulée a été difficile.", [("L'année scolaire écoulée", "2024/2025")]),
        # (review) "précédente", "suivante" count from a year the text told: unsure, left unread; alone, from today
        (
            "L'année académique précédente, les inscriptions avaient chuté.",
            [("L'année académique précédente", "2024/2025")],
        ),
        ("En 2019, il enseignait à Namur ; l'année académique suivante, à Mons.", [("2019", "2019")]),
        # a span of seasons from a winter written with its two years
        (
            "Les travaux iront de l'hiver 2026-2027 à l'automne 2027.",
            [("de l'hiver 2026-2027 à l'automne 2027", "2026-12/2027-11")],
        ),
        ("L'hiver 2025-2026 fut doux.", [("L'hiver 2025-2026", "2025-12/2026-02")]),
        # the end of a numbered half-year or quarter with its year: its last month
        ("À la fin du premier semestre 2027, le chiffre baisse.", [("la fin du premier semestre 2027", "2027-06")]),
        ("Le premier semestre 2027 sera dur.", [("premier semestre 2027", "2027-01/2027-06")]),
        # Belgium's communities' days; a neighbourhood's feast is none
        (
            "Les écoles ferment pour la fête de la Communauté française.",
            [("fête de la Communauté française", "2026-09-27")],
        ),
        ("La fête de la communauté du quartier approche.", []),
    ],
)
def test_dates_of_the_twelfth_set(text, expected):
    assert date_values(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound after the amount; "au moins deux fois", "au plus tard" are no bound of it
        ("Le don est de 10 euros minimum.", [("10 euros minimum", 10.0, None, "EUR")]),
        ("L'amende atteint 30 000 euros maximum.", [("30 000 euros maximum", None, 30000.0, "EUR")]),
        ("Il paiera 500 euros tout au plus.", [("500 euros tout au plus", None, 500.0, "EUR")]),
        ("Il a payé 15 euros au moins deux fois.", [("15 euros", 15.0, 15.0, "EUR")]),
        ("Il faut verser 2 000 euros au plus tard lundi.", [("2 000 euros", 2000.0, 2000.0, "EUR")]),
        # "un maximum de" closes above ("plafonné à" does not: the quantities sets read "plafonnée à 70 %" as 70 %)
        ("Un maximum de 900 000 € HT est prévu.", [("Un maximum de 900 000 €", None, 900000.0, "EUR")]),
        ("Le prix est plafonné à 1 500 €.", [("1 500 €", 1500.0, 1500.0, "EUR")]),
        # "un" after a bound is a number; alone an article
        ("Le billet coûte moins d'un euro.", [("moins d'un euro", None, 1.0, "EUR")]),
        ("Il gagne un peu plus d'un dollar par jour.", [("un peu plus d'un dollar", 1.0, None, "USD")]),
        ("Un euro fort pénalise les exportations.", []),
        ("Il reste moins d'un mois.", []),
        # a hedge before a range reads from the hedge
        ("Le coût, de l'ordre de 10 à 12 M€, inquiète.", [("de l'ordre de 10 à 12 M€", 10000000.0, 12000000.0, "EUR")]),
        # the one euro of damages a court awards for the principle
        ("Il paiera un euro de dommages et intérêts.", [("un euro de dommages et intérêts", 1.0, 1.0, "EUR")]),
        # Swiss millions in the plural
        ("Le canton investit 2,5 mios de francs.", [("2,5 mios de francs", 2500000.0, 2500000.0, "CHF")]),
        # a small round count of a scale
        (
            "Le chantier coûte une petite dizaine de millions d'euros.",
            [("une petite dizaine de millions d'euros", 10000000.0, 10000000.0, "EUR")],
        ),
        ("Il a dépensé une petite centaine d'euros.", [("une petite centaine d'euros", 100.0, 100.0, "EUR")]),
        # (review) look-alikes: a share of each euro, a noun "minimum", a count of people
        ("Plus d'un euro sur deux va aux transports.", []),
        ("On attend un minimum de respect, pour 30 euros.", [("30 euros", 30.0, 30.0, "EUR")]),
        ("Un maximum de 200 personnes paieront 5 euros.", [("5 euros", 5.0, 5.0, "EUR")]),
        ("Comptez 15 euros au minimum.", [("15 euros au minimum", 15.0, None, "EUR")]),
    ],
)
def test_amounts_of_the_twelfth_set(text, expected):
    assert amounts(text) == expected


def test_none_of_the_set_sentences_holds_a_date_or_an_amount():
    assert sentences_with_a_date_or_an_amount(DATA) == []
