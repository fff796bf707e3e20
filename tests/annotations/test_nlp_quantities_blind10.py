"""Money and quantities blind-10 (90 sentences written blind in the eighteenth session: leaflets,
encyclopedia, parliament, wire): corrected by kind after its single measure; each rule on invented
text, with the look-alike it must leave alone."""

from decimal import Decimal

import pytest

from annotations.nlp.money import find_money
from annotations.nlp.pipeline import analyse
from annotations.nlp.quantities import find_quantities


def money(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in find_money(text)]


def quantities(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(q.text, q.min, q.max, q.unit) for q in find_quantities(text)]


# --- Francs -------------------------------------------------------------------------------------


def test_francs_alone_are_french_money():
    assert money("En 1905, la commune acheta la halle pour 18 000 francs.") == [("18 000 francs", 18000, 18000, "FRF")]
    assert money("Le pont coûta 1,4 million de francs.") == [("1,4 million de francs", 1_400_000, 1_400_000, "FRF")]
    assert quantities("En 1905, la commune acheta la halle pour 18 000 francs.") == []


def test_francs_are_swiss_where_the_block_speaks_of_switzerland():
    assert money("La banque genevoise versera 2,40 francs par titre.") == [
        ("2,40 francs", Decimal("2.4"), Decimal("2.4"), "CHF")
    ]
    assert money("Le fabricant suisse vise un bénéfice de 900 millions de francs.") == [
        ("900 millions de francs", 900_000_000, 900_000_000, "CHF")
    ]
    # the block speaks of Switzerland, the sentence of France: French
    assert money("La Suisse exporte du fromage. En France, un kilo coûtait 4 francs en 1950.") == [
        ("4 francs", 4, 4, "FRF")
    ]
    # in the pipeline too, where the block is the paragraph
    assert [(m.text, m.currency) for m in analyse("Le laboratoire bâlois versera 5 francs par action.\n").money] == [
        ("5 francs", "CHF")
    ]


def test_francs_alone_are_those_the_block_names():
    assert money("Le kilo était payé 400 francs CFA, contre 350 francs l'an passé.") == [
        ("400 francs CFA", 400, 400, "XOF"),
        ("350 francs", 350, 350, "XOF"),
    ]


def test_other_francs_and_look_alikes():
    assert money("Un ticket coûtait 20 francs belges.") == [("20 francs belges", 20, 20, "BEF")]
    assert money("En 1960, 100 anciens francs valaient un nouveau franc.") == [("100 anciens francs", 100, 100, "FRF")]
    assert money("Quelque 20 000 Francs franchirent le Rhin.") == []  # the people
    assert money("Les 300 francs-tireurs du maquis.") == []
    assert money("Le festival a connu un franc succès.") == []


# --- Changes ------------------------------------------------------------------------------------


def test_a_change_told_by_a_verb_before_its_object_is_two_values():
    assert money("Le conseil veut porter la prime de 800 à 950 euros.") == [
        ("800", 800, 800, "EUR"),
        ("950 euros", 950, 950, "EUR"),
    ]
    assert quantities("La direction a réduit les effectifs de 420 à 380 salariés.") == [
        ("420", 420, 420, "salarié"),
        ("380 salariés", 380, 380, "salarié"),
    ]
    # the noun is no verb: a range; and a rise by a share stays a range
    assert money("La hausse de la prime de 800 à 950 euros est votée.") == [("de 800 à 950 euros", 800, 950, "EUR")]
    assert quantities("Le syndicat veut augmenter les salaires de 3 à 5 %.") == [("de 3 à 5 %", 3, 5, "%")]


# --- Halves, hedges -----------------------------------------------------------------------------


def test_half_a_million_or_a_billion():
    assert money("Le chantier a coûté un demi-million d'euros.") == [
        ("un demi-million d'euros", 500_000, 500_000, "EUR")
    ]
    assert quantities("Le salon attend un demi-million de visiteurs et une demi-douzaine de ministres.") == [
        ("un demi-million de visiteurs", 500_000, 500_000, "visiteur"),
        ("une demi-douzaine de ministres", 6, 6, "ministre"),
    ]
    # "demi-" multiplies no count of litres, but half a unit is a measure of it (blind-15)
    assert quantities("Elle boit un demi-litre de lait.") == [("un demi-litre", Decimal("0.5"), Decimal("0.5"), "l")]


def test_a_peine_and_tout_juste_are_hedges_kept_in_the_span():
    assert quantities("Le plan a sauvé à peine 400 postes.") == [("à peine 400 postes", 400, 400, "poste")]
    assert money("Il reste tout juste 12 euros en caisse.") == [("tout juste 12 euros", 12, 12, "EUR")]


# --- Elliptic figures ---------------------------------------------------------------------------


def test_a_bare_figure_after_contre_takes_the_noun_or_currency_before_it():
    assert quantities("La motion a recueilli 205 voix contre 167.") == [
        ("205 voix", 205, 205, "voix"),
        ("167", 167, 167, "voix"),
    ]
    assert quantities("Le village comptait 900 habitants en 1900, contre plus de 4 000 aujourd'hui.") == [
        ("900 habitants", 900, 900, "habitant"),
        ("plus de 4 000", 4000, None, "habitant"),
    ]
    assert money("Le loyer atteint 780 euros, contre 650 l'an dernier.") == [
        ("780 euros", 780, 780, "EUR"),
        ("650", 650, 650, "EUR"),
    ]
    assert money("Le groupe vise 3 200 milliards de wons, contre 2 900 milliards un an plus tôt.") == [
        ("3 200 milliards de wons", 3_200_000_000_000, 3_200_000_000_000, "KRW"),
        ("2 900 milliards", 2_900_000_000_000, 2_900_000_000_000, "KRW"),
    ]
    # under a thousand, the figure takes the first one's multiplier when that brings the two close
    assert money("Le budget atteint 12 millions d'euros, contre 9 en 2024.")[1] == ("9", 9_000_000, 9_000_000, "EUR")


def test_a_comparison_sets_a_figure_against_the_closest_in_size():
    assert ("142", 142, 142, "élève") in quantities(
        "Le collège accueille 128 élèves dans six classes, contre 142 en 2020."
    )
    assert ("2 870", 2870, 2870, "voix") in quantities(
        "La maire sortante obtient 3 105 voix, soit 51,9 % des suffrages, contre 2 870 à son rival."
    )
    # the closest is a count, not the amount: nothing for money, a count for quantities
    text = "Le club a reçu 1,2 million d'euros, par onze voix contre trois."
    assert money(text) == [("1,2 million d'euros", 1_200_000, 1_200_000, "EUR")]
    assert ("trois", 3, 3, "voix") in quantities(text)


def test_a_bare_figure_after_the_pronoun_en_takes_the_noun_of_the_last_figure():
    assert quantities("L'usine employait 1 300 ouvriers ; elle n'en compte plus que 640 en 2020.") == [
        ("1 300 ouvriers", 1300, 1300, "ouvrier"),
        ("640", 640, 640, "ouvrier"),
    ]
    text = "Il y a vingt ans, le port comptait 90 chalutiers ; depuis la crise de 2009, il n'en reste que 35."
    assert ("35", 35, 35, "chalutier") in quantities(text)
    # money's currency is no noun the pronoun stands for
    assert money("Chaque livraison coûte 1,3 million d'euros, et on en a fait sept cette année.") == [
        ("1,3 million d'euros", 1_300_000, 1_300_000, "EUR")
    ]


def test_a_bare_amount_in_millions_takes_the_currency_of_an_amount_in_millions_before_it():
    assert money("Les ventes ont atteint 1,9 Md€ au troisième trimestre, sous les 2,1 milliards espérés.") == [
        ("1,9 Md€", 1_900_000_000, 1_900_000_000, "EUR"),
        ("2,1 milliards", 2_100_000_000, 2_100_000_000, "EUR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La motion a été adoptée par 205 contre 167.",  # nothing counted before
        "Le club compte 800 licenciés et 300 bénévoles, soit 1 100 en tout.",  # no cue
        "Le parc compte 800 arbres. Contre 600 ailleurs.",  # another sentence
        "Le parti a obtenu 45 sièges contre 38 Républicains.",  # a name follows
    ],
)
def test_look_alikes_of_elliptic_figures_borrow_nothing(text):
    assert not [found for found, *_ in quantities(text) if found.replace(" ", "").isdigit()]
    assert money(text) == []


def test_a_figure_between_keeps_the_ellipsis_to_the_nearest():
    found = quantities("La région a investi 10 millions d'euros pour 300 emplois, contre 250 l'an dernier.")
    assert ("250", 250, 250, "emploi") in found
    assert [
        m[0] for m in money("La région a investi 10 millions d'euros pour 300 emplois, contre 250 l'an dernier.")
    ] == ["10 millions d'euros"]


# --- Units, counts, durations -------------------------------------------------------------------


def test_an_elided_article_after_a_number_is_no_litre():
    assert quantities("Le club en a vendu 300 l'an dernier.") == []
    assert quantities("La cuve de 300 l a débordé.") == [("300 l", 300, 300, "l")]


def test_a_count_in_millions_needs_its_de():
    assert quantities("On espère 1,5 million attendus sur le parcours.") == []
    assert quantities("On espère 1,5 million de spectateurs.") == [
        ("1,5 million de spectateurs", 1_500_000, 1_500_000, "spectateur")
    ]
    assert quantities("Le bourg compte 10 mille habitants.") == [("10 mille habitants", 10000, 10000, "habitant")]


def test_compound_units_as_written():
    assert quantities("Le sirop est dosé à 4 mg/ml.") == [("4 mg/ml", 4, 4, "mg/ml")]
    assert quantities("La dose est de 20 mg/kg/j chez l'enfant.") == [("20 mg/kg/j", 20, 20, "mg/kg/j")]
    assert quantities("Le rendement atteint 9 t/ha.") == [("9 t/ha", 9, 9, "t/ha")]
    assert quantities("Il roulait à 130 km/h.") == [("130 km/h", 130, 130, "km/h")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prendre un comprimé toutes les 8 heures.", ("8 heures", 8, 8, "heure")),
        ("Attendre au moins 2 heures entre deux prises.", ("au moins 2 heures", 2, None, "heure")),
        ("La panne a privé le quartier d'eau plus de 5 heures.", ("plus de 5 heures", 5, None, "heure")),
    ],
)
def test_an_interval_or_a_bounded_length_of_hours_is_a_duration(text, expected):
    assert expected in quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "La séance reprendra à 15 heures.",
        "Il était un peu plus de 3 heures du matin.",
        "Il était plus de 2 heures quand le bruit a cessé.",
        "Les portes ouvrent dès 8 heures.",
        "Le marché se tient jusqu'à 13 heures.",
        "Elle est arrivée à près de 14 heures.",
    ],
)
def test_a_time_of_day_under_a_bound_stays_no_quantity(text):
    assert not any(unit == "heure" for *_, unit in quantities(text))


def test_a_proportion_is_no_count():
    assert quantities("Le vaccin protège 9 enfants sur 10.") == []
    assert quantities("Trois élèves sur quatre ont réussi.") == []
    assert quantities("L'effet touche 1 patient sur 1 000.") == []
    # out of a total, a count
    assert quantities("La liste a obtenu 27 sièges sur 35.") == [("27 sièges", 27, 27, "siège")]
    assert quantities("Le plan crée 500 emplois sur 4 ans.") == [
        ("500 emplois", 500, 500, "emploi"),
        ("4 ans", 4, 4, "an"),
    ]
