"""Dates blind-15 (122 sentences over 12 news days, written blind in the genres the earlier sets hold less: sport
calendars, court news, economy, culture listings, weather, anniversaries, obituaries, numbered weeks, numeric
dates): corrected by kind after its single measure; each rule on invented text, with the look-alike it must leave
alone."""

from datetime import date

import pytest

from annotations.nlp.dates import find_dates

TUESDAY = date(2028, 10, 10)


def values(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered week is the ISO week of the anchor's year (or the year written), Monday to Sunday
        ("En semaine 41, la cantine sera fermée.", [("semaine 41", "2028-10-09/2028-10-15")]),
        ("La 30e semaine a été calme au port.", [("La 30e semaine", "2028-07-24/2028-07-30")]),
        ("La semaine 2 de 2029 sera chargée.", [("La semaine 2 de 2029", "2029-01-08/2029-01-14")]),
        ("La semaine 53 de 2026 sera payée double.", [("La semaine 53 de 2026", "2026-12-28/2027-01-03")]),
        # look-alikes: a count of weeks, a pregnancy's week, a working week's length, a year of 52 weeks
        ("Le club reste en tête pour la 4e semaine consécutive.", []),
        ("L'échographie a lieu à la 22e semaine de grossesse.", []),
        ("La semaine 4 jours est testée dans trois usines.", []),
        ("La semaine 53 de 2027 n'existe pas.", [("2027", "2027")]),
    ],
)
def test_numbered_weeks(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a 70 ans jour pour jour, le pont était inauguré.", [("Il y a 70 ans jour pour jour", "1958-10-10")]),
        ("Il y a six mois jour pour jour, la mine fermait.", [("Il y a six mois jour pour jour", "2028-04-10")]),
        # look-alike: without "jour pour jour", the count keeps its unit
        ("Il y a 70 ans, le pont était inauguré.", [("Il y a 70 ans", "1958")]),
    ],
)
def test_ago_to_the_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La fête aura lieu le week-end du 21 octobre.", [("le week-end du 21 octobre", "2028-10-21/2028-10-22")]),
        ("La fête aura lieu le week-end du 22 octobre.", [("le week-end du 22 octobre", "2028-10-21/2028-10-22")]),
        ("La fête aura lieu le week-end du 20 octobre.", [("le week-end du 20 octobre", "2028-10-21/2028-10-22")]),
        ("La pluie tombera jusqu'au week-end prochain.", [("jusqu'au week-end prochain", "../2028-10-15")]),
        # look-alike: "le week-end" alone is any weekend
        ("Le week-end, la plage est pleine.", []),
    ],
)
def test_weekends(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les inscriptions sont ouvertes du 02/11/2028 au 20/12/2028.",
            [("du 02/11/2028 au 20/12/2028", "2028-11-02/2028-12-20")],
        ),
        (
            "Le stage aura lieu entre le 3/11 et le 7/12/2028.",
            [("entre le 3/11 et le 7/12/2028", "2028-11-03/2028-12-07")],
        ),
        # look-alike: two days listed, each its own date
        (
            "Les audiences du 02/11/2028 et du 20/12/2028 sont publiques.",
            [("02/11/2028", "2028-11-02"), ("20/12/2028", "2028-12-20")],
        ),
    ],
)
def test_numeric_day_ranges(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vol AF 1945 a été annulé.", []),
        ("Les vols 1230 et 1231 partiront à l'heure.", []),
        # look-alike: a year after "en"
        ("Le vol inaugural a eu lieu en 1945.", [("1945", "1945")]),
    ],
)
def test_flight_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deliberation put off to a day: still to come
        ("Le tribunal a fixé le délibéré au 3 mars.", [("3 mars", "2029-03-03")]),
        # look-alike: the deliberation of a past day
        ("Le délibéré du 3 mars a été lu en audience.", [("3 mars", "2028-03-03")]),
        # "ont lieu" is a present, not a compound past: the nearest
        (
            "Les visites ont lieu chaque samedi, du 14 octobre au 2 décembre.",
            [("du 14 octobre au 2 décembre", "2028-10-14/2028-12-02")],
        ),
        # look-alike: "ont eu lieu" is past
        (
            "Les visites ont eu lieu du 14 octobre au 2 décembre.",
            [("du 14 octobre au 2 décembre", "2027-10-14/2027-12-02")],
        ),
        # "morte le": a past participle before the date, whatever the future after it
        ("La chanteuse, morte le 12 octobre, sera inhumée à Sète.", [("le 12 octobre", "2027-10-12")]),
        # look-alike: a day to come in the same frame
        ("La chanteuse sera inhumée le 12 octobre à Sète.", [("le 12 octobre", "2028-10-12")]),
    ],
)
def test_tense_of_the_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle in "-u" set off by commas after its noun, a score and a place before the date: past
        (
            "Brest, battu 3-0 à Lille samedi, recevra Nice dimanche.",
            [("samedi", "2028-10-07"), ("dimanche", "2028-10-15")],
        ),
        ("Metz, tenu en échec 1-1 vendredi, jouera samedi.", [("vendredi", "2028-10-06"), ("samedi", "2028-10-14")]),
        # look-alike: a planned participle ("attendu") says the future
        ("Le ministre, attendu vendredi, inaugurera la gare.", [("vendredi", "2028-10-13")]),
    ],
)
def test_participle_incise(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "depuis" a day: begun by the publication, whatever the future verb after it
        (
            "Le tarif, appliqué depuis le 1er mars, restera inchangé jusqu'en 2030.",
            [("depuis le 1er mars", "2028-03-01/.."), ("jusqu'en 2030", "../2030")],
        ),
        # look-alike: "dès" goes either way, here to come
        ("Le tarif sera appliqué dès le 1er mars.", [("dès le 1er mars", "2029-03-01/..")]),
        # a future clause after an older date its participle tells over: from the publication
        (
            "L'accident, survenu le 4/5/2024, sera jugé le 12 février.",
            [("4/5/2024", "2024-05-04"), ("le 12 février", "2029-02-12")],
        ),
        (
            "Pour des faits remontant à l'été 2023, il sera jugé du 6 au 8 mars.",
            [("l'été 2023", "2023-06/2023-08"), ("du 6 au 8 mars", "2029-03-06/2029-03-08")],
        ),
        # look-alike: a history told in the present and future keeps its year
        (
            "En 1914, la guerre éclate le 3 août ; elle durera jusqu'au 11 novembre 1918.",
            [("1914", "1914"), ("le 3 août", "1914-08-03"), ("jusqu'au 11 novembre 1918", "../1918-11-11")],
        ),
        # a bound to come after a date still to come: the first not over by the publication
        (
            "Le verdict tombera le 9 décembre, et les parties ont jusqu'au 15 novembre pour conclure.",
            [("le 9 décembre", "2028-12-09"), ("jusqu'au 15 novembre", "../2028-11-15")],
        ),
        # look-alike: after a past date, a bound to come counts from it
        (
            "Installé le 2 mars, le radar fonctionnera jusqu'au 15 novembre.",
            [("le 2 mars", "2028-03-02"), ("jusqu'au 15 novembre", "../2028-11-15")],
        ),
    ],
)
def test_anchors(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # school holidays named after a holiday are a period of their own, not the holiday's day
        ("Les vacances de la Toussaint seront allongées.", []),
        ("Les congés de Noël seront courts.", []),
        # look-alikes: the holiday's night, and the holiday after a comma
        ("La nuit de Noël sera froide.", [("Noël", "2028-12-25")]),
        ("Pendant les vacances, à la Toussaint, le musée ouvre.", [("Toussaint", "2028-11-01")]),
    ],
)
def test_holidays_named_by_a_holiday(text, expected):
    assert values(text) == expected
