"""The eighteenth blind set's cues, narrowed on review (annotations/nlp/checkworthiness_modals.py,
checkworthiness_figures.py, checkworthiness_future.py, checkworthiness_verbs.py, checkworthiness.py): words before an
incise of testimony are a quotation only in the witness's own voice or as a scene, not an event told in the third
person; a rank counted only with a participle of what is counted or measured, and a superlative within a period only
of a size; "prévoit que" said by those who decide is a measure; a day gone is no plan; a deadline a reported decision
sets is no practical note. Sentences invented for the review, each beside the case the cue must keep."""

import pytest

from annotations.nlp.checkworthiness import read_signals

# (signal, sentence, whether the signal reads it)
CASES = [
    # an event told in the third person before ", raconte / confie / témoigne": a claim the source vouches for
    ("quotation", "La maternité a fermé l'an dernier, confie une sage-femme.", False),
    ("quotation", "Le gouvernement a gelé les salaires des fonctionnaires, confie un syndicaliste.", False),
    ("quotation", "La ligne de bus a été supprimée en septembre, témoigne une habitante de Namur.", False),
    ("quotation", "Le prix du pain a doublé depuis janvier, témoigne une boulangère de Dakar.", False),
    # ... kept: the witness's own voice, a stance, a scene
    ("quotation", "Ma fille a pleuré toute la nuit, raconte sa mère.", True),
    ("quotation", "On n'avait jamais vu ça, témoigne un agriculteur.", True),
    ("quotation", "Nous avons tout reconstruit nous-mêmes, raconte un habitant de Montréal.", True),
    ("quotation", "Les volets étaient encore fermés, se souvient un voisin.", True),
    # a superlative of an adjective that counts nothing: no rank counted
    ("past_event", "Ce ministre est le membre le plus contesté du gouvernement.", False),
    ("past_event", "C'est la saison la plus chargée pour les hôteliers.", False),
    ("past_event", "La falaise est l'endroit le plus escarpé de la côte.", False),
    ("past_event", "Le vin est la boisson la plus appréciée des Français.", False),
    ("past_event", "Elle est la candidate la plus expérimentée.", False),
    # ... kept: what is counted or measured, a noun with "œ" too
    ("past_event", "Lausanne est la ville la plus visitée du canton.", True),
    ("past_event", "Le français est la langue la plus parlée du continent africain.", True),
    ("past_event", "Ce tableau est l'œuvre la plus prêtée du musée.", True),
    ("past_event", "Le Valais reste le canton le plus ensoleillé de Suisse.", True),
    # a superlative of taste within a period, no count; a size within a period, a count
    ("past_event", "C'est la plus mauvaise nouvelle cette année.", False),
    ("past_event", "C'est le plus triste anniversaire cette année.", False),
    ("past_event", "C'est le plus gros contrat signé en deux ans.", True),
    ("past_event", "Il s'agit de la plus longue panne en trois ans sur le réseau.", True),
    # "prévoit que" said by those who decide, or a text with an apposition: a measure
    ("prediction", "La ministre prévoit que les enseignants soient payés dès septembre.", False),
    ("prediction", "Le Conseil fédéral prévoit que la mesure entre en vigueur le 1er janvier.", False),
    ("prediction", "La réforme, adoptée mardi, prévoit que l'âge de départ passe à 64 ans.", False),
    ("prediction", "La commune prévoit que les travaux durent six mois.", False),
    # ... kept: what forecasters foresee, or a public account's course, even said by a ministry
    ("prediction", "L'OCDE prévoit que le chômage reculera à 7 % en 2027.", True),
    ("prediction", "Le ministère des Finances prévoit que le déficit atteigne 4,5 % du PIB.", True),
    ("prediction", "Le gouvernement prévoit que la croissance atteigne 1,4 % en 2027.", True),
    # a day gone is no plan; a coming one is
    ("prediction", "Le gouvernement a prévu une réunion avec les syndicats lundi dernier.", False),
    ("prediction", "Les autorités ont prévu un couvre-feu dès lundi à Abidjan.", True),
    # a deadline a reported decision sets is its content; a right to act stays practical
    (
        "practical",
        "Le gouvernement a six mois pour présenter un plan, selon la décision du Conseil constitutionnel.",
        False,
    ),
    ("practical", "Le club a dix jours pour faire appel de la sanction.", True),
]


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{s}: {t}" for s, t, _ in CASES])
def test_each_narrowed_cue_leaves_its_look_alike_and_keeps_its_kind(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected
