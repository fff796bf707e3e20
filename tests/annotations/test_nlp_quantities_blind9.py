"""Money and quantities blind-9 (90 news sentences written blind in the seventeenth session):
corrected by kind after its single measure; each rule on invented text, with the look-alike it
must leave alone."""

import pytest

from annotations.nlp.pipeline import analyse


def quantities(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.text, q.min, q.max, q.unit) for q in analyse(text).quantities]


def money(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in analyse(text).money]


def test_an_amount_falling_from_one_to_the_other_is_two_amounts_not_a_range():
    assert money("Le juge a ramené l'amende de 2,5 millions à 900 000 euros.") == [
        ("2,5 millions", 2_500_000, 2_500_000, "EUR"),
        ("900 000 euros", 900_000, 900_000, "EUR"),
    ]
    assert money("Le billet coûte de 12 à 15 euros.") == [("de 12 à 15 euros", 12, 15, "EUR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est tombé 60 millimètres de pluie en 12 heures à Sète.", ("12 heures", 12, 12, "heure")),
        ("La finale a duré quatre heures.", ("quatre heures", 4, 4, "heure")),
        ("Il a été placé en garde à vue pendant 48 heures.", ("48 heures", 48, 48, "heure")),
        ("Le refuge est à trois heures de marche du village.", ("trois heures", 3, 3, "heure")),
    ],
)
def test_hours_that_last_are_a_duration(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous à 14 heures devant la mairie.",
        "Le 20 heures de la chaîne a réuni cinq millions de téléspectateurs.",
        "Les pompiers sont arrivés vers 3 heures du matin.",
        "L'audience a repris à 14 heures 30.",
        "Le magasin est ouvert 24 heures sur 24.",
        "La manifestation partira à 14 heures de la place de la République.",
        "Les 24 heures du Mans ont attiré la foule.",
    ],
)
def test_a_time_of_day_is_no_quantity(text):
    assert not any(unit == "heure" for *_, unit in quantities(text))


def test_degrees_said_of_the_weather_are_celsius_and_of_an_angle_are_not():
    assert quantities("La canicule s'installe, avec des maximales de 38 degrés.") == [("38 degrés", 38, 38, "°C")]
    assert quantities("Il a fait 41 degrés samedi à Nîmes.") == [("41 degrés", 41, 41, "°C")]
    assert quantities("La pente atteint 12 degrés dans le dernier virage.") == [("12 degrés", 12, 12, "°")]
    assert quantities("Par cette chaleur, un rhum à 40 degrés.") == [("40 degrés", 40, 40, "°")]
    # each sentence its own: the slope's degrees are no weather's, the forecast's are
    found = quantities("La pente atteint 12 degrés. Il fera 30 degrés demain.")
    assert found == [("12 degrés", 12, 12, "°"), ("30 degrés", 30, 30, "°C")]


def test_a_street_number_s_bis_counts_nothing():
    assert quantities("Le prévenu, domicilié au 7 bis, rue Victor-Hugo, a été relaxé.") == []
