"""Quantities: percentages, measures and counts, with ranges and bounds; what they are not."""

from decimal import Decimal

import pytest

from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse, load_pipeline
from annotations.nlp.plurals import singular
from annotations.nlp.quantities import QuantityRecognizer, find_quantities
from annotations.nlp.state import DocState, state
from annotations.nlp.types import Block


def quantities(text: str) -> list[tuple[str, object, object, str]]:
    return [(q.text, q.min, q.max, q.unit) for q in find_quantities(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chômage atteint 7,5 %.", ("7,5 %", Decimal("7.5"), Decimal("7.5"), "%")),
        ("Une hausse de 3% cette année.", ("3%", 3, 3, "%")),
        ("Il a voté à 52 pour cent.", ("52 pour cent", 52, 52, "%")),
        (
            "Un recul de 1,5 point de pourcentage.",
            ("1,5 point de pourcentage", Decimal("1.5"), Decimal("1.5"), "point"),
        ),
        ("Le parc couvre 32 hectares.", ("32 hectares", 32, 32, "ha")),
        ("La ligne mesure 12 km.", ("12 km", 12, 12, "km")),
        ("Une centrale de 400 MW.", ("400 MW", 400, 400, "MW")),
        ("Un appartement de 50 m².", ("50 m²", 50, 50, "m²")),
        ("Un terrain de 300 mètres carrés.", ("300 mètres carrés", 300, 300, "m²")),
        ("Ils ont récolté 3 tonnes de déchets.", ("3 tonnes", 3, 3, "t")),
        ("Il roulait à 130 km/h.", ("130 km/h", 130, 130, "km/h")),
        ("Il a fait 35 °C.", ("35 °C", 35, 35, "°C")),
        ("Le débit a atteint 1 800 m³/s.", ("1 800 m³/s", 1800, 1800, "m³/s")),
    ],
)
def test_find_quantities_reads_percentages_and_measures(text, expected):
    assert quantities(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La plage a accueilli 120 000 baigneurs.", ("120 000 baigneurs", 120_000, 120_000, "baigneur")),
        ("Le site créera 300 emplois.", ("300 emplois", 300, 300, "emploi")),
        ("Le village compte 3 200 habitants.", ("3 200 habitants", 3_200, 3_200, "habitant")),
        ("La région compte 10 millions d'habitants.", ("10 millions d'habitants", 10**7, 10**7, "habitant")),
        ("Trois cents manifestants ont défilé.", ("Trois cents manifestants", 300, 300, "manifestant")),
        ("Le groupe possède 12 journaux.", ("12 journaux", 12, 12, "journal")),
        ("Le chantier ouvre 300 nouveaux emplois.", ("300 nouveaux emplois", 300, 300, "emploi")),
        ("Il a visité 20 pays.", ("20 pays", 20, 20, "pays")),
    ],
)
def test_find_quantities_counts_a_named_thing_in_the_singular(text, expected):
    assert quantities(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une baisse entre 10 et 20 %.", ("entre 10 et 20 %", 10, 20, "%")),
        ("Un trajet de 2 à 3 km.", ("de 2 à 3 km", 2, 3, "km")),
        ("Une hausse de 10-15 %.", ("de 10-15 %", 10, 15, "%")),
        ("Entre 300 et 400 salariés ont manifesté.", ("Entre 300 et 400 salariés", 300, 400, "salarié")),
        ("Plus de 300 emplois sont menacés.", ("Plus de 300 emplois", 300, None, "emploi")),
        ("Moins de 3 % des votants.", ("Moins de 3 %", None, 3, "%")),
        ("Au moins 12 blessés.", ("Au moins 12 blessés", 12, None, "blessé")),
        ("Environ 500 personnes.", ("Environ 500 personnes", 500, 500, "personne")),
        ("Près de 2 millions de visiteurs.", ("Près de 2 millions de visiteurs", 2 * 10**6, 2 * 10**6, "visiteur")),
    ],
)
def test_find_quantities_reads_ranges_and_open_bounds(text, expected):
    assert quantities(text) == [expected]


def test_find_quantities_reads_a_change_as_two_values_not_a_range():
    assert quantities("Le taux est passé de 10 % à 20 %.") == [("10 %", 10, 10, "%"), ("20 %", 20, 20, "%")]
    assert quantities("Une hausse de 10 à 15 %.") == [("de 10 à 15 %", 10, 15, "%")]
    # A rise by a share is a range: "augmentera de 10 à 15 %"; "passe de" goes from level to level.
    assert quantities("La facture augmentera de 10 à 15 % en janvier.") == [("de 10 à 15 %", 10, 15, "%")]
    assert quantities("Le taux de chômage a reculé de 8 à 7 % en un an.") == [
        ("8", 8, 8, "%"),
        ("7 %", 7, 7, "%"),
        ("un an", 1, 1, "an"),  # "en un an" lasts a year, as "en cinq ans" (blind-15)
    ]
    # The first value takes the unit (and the multiplier) written only after the second.
    assert quantities("Le taux passe de 3 à 4 %.") == [("3", 3, 3, "%"), ("4 %", 4, 4, "%")]
    assert quantities("La population est passée de 12 000 à 15 000 habitants.") == [
        ("12 000", 12000, 12000, "habitant"),
        ("15 000 habitants", 15000, 15000, "habitant"),
    ]
    assert quantities("Le trafic est passé de 2 à 3 millions de passagers.") == [
        ("2", 2 * 10**6, 2 * 10**6, "passager"),
        ("3 millions de passagers", 3 * 10**6, 3 * 10**6, "passager"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "En 2021 entreprises et ménages ont souffert.",  # a year
        "Le 12 mars 2020, rien.",  # a date
        "Rendez-vous à 14 heures.",  # a time
        "Appelez le 01 23 45 67 89.",  # a phone number
        "Il est arrivé 2e et les 3 premiers sont partis.",  # ordinals
        "L'article 12 alinéas 3 du code.",  # a reference
        "Un homme et une femme.",  # articles
        "Les patients COVID-19 malades.",  # a number in a name
        "Il a investi 50 millions d'euros.",  # money
        "Il l'a dit trois fois.",  # a factor, no thing counted
        "Les 300 sont partis.",  # no noun
        "Le Boeing 737 MAX est cloué au sol.",  # a number in a name
    ],
)
def test_find_quantities_leaves_out_what_is_not_a_quantity(text):
    assert quantities(text) == []


def test_find_quantities_keeps_the_text_of_an_insane_number_without_a_value():
    assert quantities("Il y a " + "9" * 400 + " habitants.") == [("9" * 400 + " habitants", None, None, "habitant")]


@pytest.mark.parametrize(
    ("plural", "singular_form"),
    [
        ("emplois", "emploi"),
        ("journaux", "journal"),
        ("travaux", "travail"),
        ("bureaux", "bureau"),
        ("jeux", "jeu"),
        ("pays", "pays"),
        ("sapeurs-pompiers", "sapeur-pompier"),
        ("ans", "an"),
        # nouns ending in -s or -x in the singular, and a demonym
        ("brebis", "brebis"),
        ("choix", "choix"),
        ("taux", "taux"),
        ("concours", "concours"),
        ("fonds", "fonds"),
        ("congrès", "congrès"),
        ("Lyonnais", "Lyonnais"),
        ("convois", "convoi"),
    ],
)
def test_singular_follows_the_regular_french_rules(plural, singular_form):
    assert singular(plural) == singular_form


def test_quantity_recognizer_fills_the_state_and_the_spans_key_beside_money():
    text = "Titre\n\nPlus de 300 emplois et 2 M€ pour 12 % de hausse."
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.saga = DocState(original=text, text=text, blocks=[Block(0, 5, "title"), Block(7, len(text), "paragraph")])
    nlp.get_pipe("saga_money")(doc)
    QuantityRecognizer(nlp, "saga_quantities", spans_key="numbers", counts=True)(doc)
    assert [(q.text, q.min, q.max, q.unit) for q in state(doc).quantities] == [
        ("Plus de 300 emplois", 300, None, "emploi"),
        ("12 %", 12, 12, "%"),
    ]
    spans = doc.spans["numbers"]
    assert [(s.text, s._.saga_min, s._.saga_max, s._.saga_unit, s.label_) for s in spans] == [
        ("Plus de 300 emplois", 300, None, "emploi", "QUANTITY"),
        ("12 %", 12, 12, "%", "QUANTITY"),
    ]


def test_quantity_recognizer_counts_setting_leaves_counts_out():
    text = "Plus de 300 emplois pour 12 % de hausse."
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.saga = DocState(original=text, text=text, blocks=[Block(0, len(text), "paragraph")])
    QuantityRecognizer(nlp, "saga_quantities", spans_key="numbers", counts=False)(doc)
    assert [q.unit for q in state(doc).quantities] == ["%"]


def test_analyse_returns_quantities_in_the_annotate_json():
    text = "Le parc de 32 hectares attire 120 000 baigneurs, soit plus de 10 % de plus, pour 2 M€."
    data = analyse(text).to_json()
    assert data["quantities"] == [
        {"start": 11, "end": 22, "text": "32 hectares", "min": 32, "max": 32, "unit": "ha"},
        {"start": 30, "end": 47, "text": "120 000 baigneurs", "min": 120000, "max": 120000, "unit": "baigneur"},
        {"start": 54, "end": 66, "text": "plus de 10 %", "min": 10, "max": None, "unit": "%"},
    ]
    assert [m["text"] for m in data["money"]] == ["2 M€"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plus de 2000 manifestants ont défilé.", [("Plus de 2000 manifestants", 2000, None, "manifestant")]),
        ("Une foule de 1500 supporters.", [("1500 supporters", 1500, 1500, "supporter")]),
        ("En 2021 entreprises et ménages ont souffert.", []),
    ],
)
def test_find_quantities_reads_a_year_only_after_a_preposition_of_time(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La production baisse (-13,5 %) cette année.", [("-13,5 %", Decimal("-13.5"), Decimal("-13.5"), "%")]),
        ("Il a fait -2 °C cette nuit.", [("-2 °C", -2, -2, "°C")]),
        ("Les trois premiers articles datent de mai.", [("trois premiers articles", 3, 3, "article")]),
        ("Il existe 17 MAE dans l'île.", [("17 MAE", 17, 17, "MAE")]),
        ("Les allégements sont passés à 1,294 milliard.", []),  # an amount whose currency came before
    ],
)
def test_find_quantities_reads_signs_acronyms_and_ordinal_adjectives(text, expected):
    assert quantities(text) == expected


def test_find_quantities_reads_ne_plus_que_as_only():
    assert quantities("La retenue ne contient plus que 15 millions de mètres cubes.")[0][:3] == (
        "15 millions de mètres cubes",
        15 * 10**6,
        15 * 10**6,
    )
    assert quantities("Le lac contient plus que 15 millions de mètres cubes.")[0][1:3] == (15 * 10**6, None)


def test_find_quantities_reads_ne_pas_plus_que_as_a_bound_not_only():
    assert quantities("Il n'a jamais couru plus que 10 km.")[0][1:3] == (10, None)


def test_a_scores_second_number_counts_nothing():
    assert quantities("Le Stade brestois s'est imposé 3-1 face à Rennes samedi.") == []
    assert quantities("Le club a gagné 2-0 devant 12 000 spectateurs.") == [
        ("12 000 spectateurs", Decimal(12000), Decimal(12000), "spectateur")
    ]
    assert quantities("Entre 10-20 salariés seront concernés.") == [
        ("Entre 10-20 salariés", Decimal(10), Decimal(20), "salarié")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une centaine de salariés ont manifesté.", [("Une centaine de salariés", 100, 100, "salarié")]),
        ("Deux centaines de personnes attendaient.", [("Deux centaines de personnes", 200, 200, "personne")]),
        ("Une vingtaine de communes sont touchées.", [("Une vingtaine de communes", 20, 20, "commune")]),
        ("Des centaines de manifestants ont défilé.", []),
        ("Il a été placé en quarantaine pendant dix jours.", [("dix jours", 10, 10, "jour")]),
    ],
)
def test_a_round_count_is_its_number(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le salon a reçu un million quatre cent mille visiteurs.",
            ("un million quatre cent mille visiteurs", 1_400_000, 1_400_000, "visiteur"),
        ),
        (
            "La région compte six millions deux cent mille habitants.",
            ("six millions deux cent mille habitants", 6_200_000, 6_200_000, "habitant"),
        ),
        # Words after the scale that hold no "cent" nor "mille" are no part of the number.
        (
            "Le site a eu dix millions de visiteurs en deux ans.",
            ("dix millions de visiteurs", 10**7, 10**7, "visiteur"),
        ),
    ],
)
def test_find_quantities_reads_millions_inside_a_number_in_words(text, expected):
    assert quantities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure below zero set against a bare one: compared in size, whatever the sign (it crashed
        # the whole analysis: the logarithm of a negative ratio).
        ("Il faisait -12 °C mardi à Gap, contre 3 la veille.", [("-12 °C", -12, "°C"), ("3", 3, "°C")]),
        ("La température a chuté à -8 °C, contre 2 hier.", [("-8 °C", -8, "°C"), ("2", 2, "°C")]),
        # A figure too small for a float beside a whole one: compared in Decimal.
        (
            "Il faisait 0," + "0" * 330 + "1 °C mardi, contre 5 la veille.",
            [("0," + "0" * 330 + "1 °C", Decimal("1E-331"), "°C"), ("5", 5, "°C")],
        ),
        # Both above zero, as before.
        ("Il faisait 12 °C mardi à Gap, contre 3 la veille.", [("12 °C", 12, "°C"), ("3", 3, "°C")]),
    ],
)
def test_a_bare_figure_is_set_against_one_below_zero(text, expected):
    found = analyse(text).quantities
    assert [(q.text, q.min, q.unit) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole millions in figures take "de", as "millions" does, and may leave it out
        ("Le réseau a compté 41 000 000 de passagers.", [("41 000 000 de passagers", 41000000, 41000000, "passager")]),
        ("La ville a planté 3 000 000 arbres.", [("3 000 000 arbres", 3000000, 3000000, "arbre")]),
        # a distance in light-years
        ("L'amas se trouve à 310 années-lumière.", [("310 années-lumière", 310, 310, "al")]),
        # a race time in words, the last unit after "et"
        (
            "Le Tourangeau a nagé le 1 500 m en 14 minutes et 52 secondes.",
            [("1 500 m", 1500, 1500, "m"), ("14 minutes et 52 secondes", 892, 892, "seconde")],
        ),
        ("Le vol a duré 3 heures et 20 minutes.", [("3 heures et 20 minutes", 200, 200, "minute")]),
        # look-alikes: a figure not in whole millions before "de", a time of day in words, minutes alone
        ("Le billet 3 000 000 de la loterie a été retiré.", []),
        ("La secousse a eu lieu à 3 heures 12 minutes, heure locale.", []),
        ("La navette part toutes les 12 minutes.", [("12 minutes", 12, 12, "minute")]),
    ],
)
def test_find_quantities_reads_counts_and_times_written_out(text, expected):
    assert quantities(text) == expected
