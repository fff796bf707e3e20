"""What the verbs and openings of a sentence tell the check-worthiness signals
(annotations/nlp/checkworthiness_verbs.py): a live blog's time stamp, a quotation of a fact, a forecast.
Sentences invented for these tests, lower-cased as read_signals reads them."""

import pytest

from annotations.nlp.checkworthiness import read_signals


@pytest.mark.parametrize(
    ("sentence", "quotation", "modal"),
    [
        ("14 h 32 – « nous ne partirons pas », lance une gréviste devant l'usine.", True, False),
        ("9 h 10 — fermez vos volets et restez chez vous.", False, True),
        ("21 h 48 : « c'est un soulagement », confie le maire.", True, False),
        ("16 h 05 – le préfet a ordonné la fermeture de douze écoles.", False, False),
        ("le 14 h 32 est parti à l'heure.", False, False),  # a train, no stamp
    ],
)
def test_a_live_blogs_time_stamp_does_not_hide_what_the_entry_opens_with(sentence, quotation, modal):
    signals = read_signals(sentence, entities=0)
    assert (signals.quotation, signals.modal) == (quotation, modal)


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        # a claim quoted: a fact with its figure, done, measured or held since a date
        ("« le département a fermé neuf maternités depuis 2015 », a rappelé la députée.", False),
        ("« les loyers ont augmenté de 12 % en trois ans », assure l'association.", False),
        ("« 1 200 dossiers restent en souffrance depuis mars », a précisé la caisse.", False),
        # the speaker's own experience, a stance, a forecast or no figure: still a quotation
        ("« j'ai perdu 40 % de ma récolte en une nuit », soupire un maraîcher.", True),
        ("« on a attendu six heures aux urgences », raconte une patiente.", True),
        ("« 300 emplois ont été supprimés, c'est un scandale ! », s'indigne le délégué.", True),
        ("« les prix vont encore grimper de 5 % », prévient le syndicat.", True),
        ("« le chantier a pris du retard », reconnaît l'adjoint.", True),
    ],
)
def test_a_quotation_of_a_fact_with_its_figure_is_a_claim(sentence, quotation):
    assert read_signals(sentence, entities=0).quotation is quotation


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        ("l'institut table sur une hausse de 0,4 % du pib au premier trimestre.", True),
        ("les économistes tablaient en moyenne sur un repli de 1 %.", True),
        ("les hôteliers s'attendent à une saison record.", True),
        ("les assureurs anticipent une hausse des sinistres.", True),
        ("le fonds prévoit une contraction de 2 % de l'économie.", True),  # a forecaster's "prévoit"
        ("l'observatoire prévoit encore 30 centimètres de neige.", True),
        ("la dette atteindrait 120 % du pib, selon ses dernières projections.", True),
        ("le décret prévoit une amende de 750 euros.", False),  # a text's "prévoit": a measure
        ("le projet de loi prévoit des exonérations pour les artisans.", False),
        ("la mairie envisage des travaux dans l'école.", True),  # a plan
        ("la mairie envisage d'agrandir l'école.", True),
        ("il a posé la table sur la terrasse.", False),
    ],
)
def test_a_forecasters_expectation_is_a_prediction(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction
