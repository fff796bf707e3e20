"""Dates blind-14 (121 sentences over 13 news days, written blind to stress several anchors in one sentence,
relative dates chained to a story date, weekdays and ranges across month and year ends, parts of years in a
range, holidays and look-alikes): corrected by kind after its single measure; each rule on invented text, with
the look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

THURSDAY = date(2029, 3, 1)


def values(text: str, published: date = THURSDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's object or "sans" after "N jours plus tard": still a count from the story's date
        (
            "Élu le 3 février, il a nommé cinq jours plus tard son directeur de cabinet.",
            [("le 3 février", "2029-02-03"), ("cinq jours plus tard", "2029-02-08")],
        ),
        (
            "Arrivée le 3 février, l'équipe est repartie douze jours plus tard sans trophée.",
            [("le 3 février", "2029-02-03"), ("douze jours plus tard", "2029-02-15")],
        ),
        # "N jours avant/après" an event or a pronoun counts from it: no date
        ("Le 3 février, rien. Deux jours avant la finale, il est parti.", [("Le 3 février", "2029-02-03")]),
        ("Le 3 février, ils sont rentrés, une semaine après ceux de Brest.", [("Le 3 février", "2029-02-03")]),
    ],
)
def test_a_count_after_a_story_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à nouveau" and a noun ending like a participle ("congés") tell no past
        ("La piscine ouvrira à nouveau le 4 avril.", [("le 4 avril", "2029-04-04")]),
        ("Le magasin fermera pour congés du 6 au 20 août.", [("du 6 au 20 août", "2029-08-06/2029-08-20")]),
        # a real participle still does; a clause in the past still reads the past
        ("La piscine a été vidée le 4 février.", [("le 4 février", "2029-02-04")]),
        (
            "Les salariés ont été placés en congés du 6 au 20 février.",
            [("du 6 au 20 février", "2029-02-06/2029-02-20")],
        ),
        # the event of a day named by its date is a noun: "le défilé du 14-Juillet" in a future clause
        ("Le défilé du 14-Juillet sera exceptionnellement déplacé.", [("14-Juillet", "2029-07-14")]),
        ("Les victimes de la crue du 3 mars seront indemnisées.", [("3 mars", "2028-03-03")]),
    ],
)
def test_what_looks_like_a_participle(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle with its agent, the date in the agent's phrase: past
        (
            "Touchée par la crue du 2 février, la commune rouvrira l'école lundi.",
            [("2 février", "2029-02-02"), ("lundi", "2029-03-05")],
        ),
        ("Fermé par arrêté jusqu'au 2 avril, le parc rouvrira ensuite.", [("jusqu'au 2 avril", "../2029-04-02")]),
        # set off by commas after its noun, a participle in "-ie" or "-ert": past
        (
            "La commission, saisie en janvier, rendra son avis le 20 mai.",
            [("janvier", "2029-01"), ("le 20 mai", "2029-05-20")],
        ),
        ("L'usine, ouverte le 3 mai, fermera en juin.", [("le 3 mai", "2028-05-03"), ("juin", "2029-06")]),
        # an adjective is no participle: the clause's future
        ("Les visites, gratuites le 3 mai, reprendront ensuite.", [("le 3 mai", "2029-05-03")]),
    ],
)
def test_participial_phrases(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a future verb says will be done is not over by the publication, whatever the date before it
        (
            "Le juge, saisi en janvier, rendra sa décision le 15 février.",
            [("janvier", "2029-01"), ("le 15 février", "2030-02-15")],
        ),
        # a history told in the future keeps its year
        (
            "En 1789, les États généraux s'ouvrent le 5 mai ; la Bastille tombera le 14 juillet.",
            [("1789", "1789"), ("le 5 mai", "1789-05-05"), ("le 14 juillet", "1789-07-14")],
        ),
        # an event's date in a future clause may be over
        (
            "Arrivé le 20 février, il sera reçu après la grève du 9 février.",
            [("le 20 février", "2029-02-20"), ("9 février", "2029-02-09")],
        ),
    ],
)
def test_a_future_verb_is_not_over(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner after a weekday's day opens the verb's object
        ("Le maire a signé lundi 26 un arrêté.", [("lundi 26", "2029-02-26")]),
        ("Ils étaient 26 un soir de grève.", []),
        # days listed after "des" or a plural weekday
        (
            "Le conseil se réunira avant les élections des 11 et 18 mars.",
            [("des 11", "2029-03-11"), ("18 mars", "2029-03-18")],
        ),
        (
            "Les commerces ouvriront les dimanches 4 et 11 mars.",
            [("les dimanches 4", "2029-03-04"), ("11 mars", "2029-03-11")],
        ),
        ("Il a marqué 11 et 18 points.", []),
        # "un mois de mai" is any May; "au mois de mai" is one
        ("Il a fait 31 °C, du jamais vu pour un mois de mai.", []),
        ("Il a fait 31 °C au mois de mai.", [("au mois de mai", "2028-05")]),
        # a mark is no date; a day in figures is
        ("Le film a obtenu la note de 7/10.", []),
        ("Le film sortira le 7/10.", [("le 7/10", "2029-10-07")]),
        # a holiday named with its Sunday is one day
        ("En ce dimanche de Pâques, les fidèles se sont rassemblés.", [("dimanche de Pâques", "2029-04-01")]),
        ("Ce dimanche, les fidèles se sont rassemblés.", [("Ce dimanche", "2029-02-25")]),
    ],
)
def test_days_and_look_alikes(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre fin 2027 et début 2029, les prix ont doublé.", [("Entre fin 2027 et début 2029", "2027-11/2029-02")]),
        ("Entre 2019 et fin 2020, les prix ont doublé.", [("Entre 2019 et fin 2020", "2019-01/2020-12")]),
        ("De 2010 à 2018, les prix ont doublé.", [("De 2010 à 2018", "2010/2018")]),
    ],
)
def test_a_range_of_years_keeps_its_parts(text, expected):
    assert values(text) == expected
