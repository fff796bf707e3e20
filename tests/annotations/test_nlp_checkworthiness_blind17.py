"""The check-worthiness cues added after the seventeenth blind set (annotations/nlp/checkworthiness_future.py,
checkworthiness_cues.py, checkworthiness_figures.py and checkworthiness_verbs.py): what a measure is meant to achieve
("permettrait d'économiser", "doit permettre de créer") and an intention announced ("a annoncé son intention de") as
predictions; "prévoit" after a pronoun opening the sentence as the text named before, a measure ("Il prévoit un
déficit de ..."); jobs kept, taken over or cut in the passive future as a decision; a figure a source puts forward
("avance le chiffre de") as a report; a rank or a superlative with who follows it (", devant les ...") as a
comparison, and what a group forms ("forment le premier groupe") as a first rank held; the rank of an event within a
period ("il s'agit du deuxième accident en trois ans") as a count; what a count shows with its figure ("le marché
affiche un repli de 4,5 %") as a measure; a superlative since a past point ("la plus coûteuse depuis 2010") as a
record. Sentences invented for these tests, as written;
each signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # what a measure is meant to achieve, in the conditional or after "doit permettre": a prediction
    ("prediction", "La réforme permettrait d'économiser 800 millions d'euros par an, selon le gouvernement.", True),
    ("prediction", "Selon la mairie, le nouveau réseau permettrait la création de 150 emplois.", True),
    ("prediction", "Le contournement doit permettre de réduire le trafic de 30 % dans le centre.", True),
    # ... not what someone may do, reported, nor a past plan
    ("prediction", "Le logiciel permettrait aux pirates d'accéder aux comptes, selon les chercheurs.", False),
    ("prediction", "La digue devait permettre de protéger 300 maisons.", False),
    # an intention announced: a plan
    ("prediction", "Le maire a annoncé son intention de briguer un troisième mandat.", True),
    ("prediction", "Les syndicats ont fait part de leur intention de saisir les prud'hommes.", True),
    # ... not a poll's voting intentions, nor an intention denied
    ("prediction", "Les intentions de vote en faveur du maire atteignent 41 %.", False),
    ("prediction", "Il niait toute intention de nuire.", False),
    # "prévoit" after a pronoun opening the sentence: the text named before, a measure
    ("prediction", "Il prévoit une baisse de 4 % des dotations aux communes.", False),
    ("prediction", "Elle prévoit 12 millions d'euros pour les collèges.", False),
    # ... a forecaster named still forecasts, and a plan stays a plan
    ("prediction", "L'institut prévoit une croissance de 1,1 % l'an prochain.", True),
    ("prediction", "Il prévoit de recruter 40 agents.", True),
    # jobs kept, taken over or cut by a decision, in the passive future: a measure decided
    ("prediction", "Sur les 120 salariés, 80 seront repris par le groupe.", False),
    ("prediction", "Les 45 salariés de l'atelier seront licenciés.", False),
    ("prediction", "Les travaux seront achevés en juin.", True),
    # a figure a source puts forward
    ("reported", "La police avance le chiffre de 3 200 manifestants.", True),
    ("reported", "Les organisateurs évoquent un chiffre de 9 000 personnes.", True),
    ("reported", "Le ministère cite, lui, le chiffre de 12 %.", True),
    ("reported", "Le coureur avance le long de la digue.", False),
    # a rank or a superlative, then who follows it
    ("comparison", "Le diabète est la deuxième cause de cécité, devant le glaucome.", True),
    ("comparison", "Les retraités forment le premier groupe d'adhérents, devant les actifs.", True),
    # ... not first in time, a title, or a scene
    ("comparison", "Pour la première fois, devant les caméras, le prévenu a avoué.", False),
    ("comparison", "Le Premier ministre s'est exprimé mardi, devant les sénateurs.", False),
    ("comparison", "Il a pris la parole, devant la mairie.", False),
    # a first rank held by what a group forms: a figure
    ("figures", "Les ouvriers forment le premier groupe d'électeurs de la commune.", 1),
    ("figures", "Les élèves forment un cercle dans la cour.", 0),
    # the rank of an event within a period: a count
    ("past_event", "C'est le troisième incendie dans le quartier cette année.", True),
    ("past_event", "Il s'agit de la deuxième fermeture de classe en trois ans.", True),
    # ... not a rank with no period
    ("past_event", "C'est la 30e édition du festival.", False),
    ("past_event", "Il s'agit du troisième arrondissement de la ville.", False),
    # what a count or an account shows, with its figure: a measure
    ("past_event", "Le chiffre d'affaires affiche une hausse de 12 % sur un an.", True),
    ("past_event", "Le thermomètre affichait 38 °C à midi.", True),
    # ... not without a figure
    ("past_event", "Le cinéma affiche complet pour la 3e fois.", False),
    ("past_event", "La mairie affiche ses ambitions pour 2030.", False),
    # a superlative since a past point: a record
    ("comparison", "C'est la crue la plus haute depuis 1910 à Paris.", True),
    ("comparison", "Il s'agit de l'hiver le moins enneigé depuis le début des relevés.", True),
    # ... not a taste, nor an adverb
    ("comparison", "C'est la plus belle saison depuis longtemps.", False),
    ("comparison", "Le plus souvent depuis des années, il vient à pied.", False),
]


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{s}: {t}" for s, t, _ in CASES])
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    found = getattr(read_signals(text, entities=0), signal)
    assert found == expected and type(found) is type(expected)


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("Selon la direction, la fusion permettrait d'économiser 40 millions d'euros par an.", 0.751, "down"),
    ("Le député a annoncé son intention de déposer une proposition de loi.", 0.537, "down"),
    ("Il prévoit 2,5 millions d'euros pour la voirie, contre 1,8 million l'an dernier.", 0.829, "up"),
    ("Sur les 90 salariés, 60 seront conservés par le repreneur.", 0.061, "up"),
    ("La préfecture avance, elle, le chiffre de 1 800 manifestants.", 0.129, "up"),
    ("Le cancer du poumon reste la première cause de décès par cancer, devant le cancer colorectal.", 0.187, "up"),
    ("Il s'agit du deuxième accident mortel sur cette route en trois ans.", 0.44, "up"),
    ("L'institut prévoit une hausse de 2 % des prix l'an prochain.", 0.042, "not up"),
    ("Les intentions de vote en faveur du sortant atteignent 38 %.", 0.544, "not down"),
    ("Pour la première fois, devant les caméras, le prévenu a reconnu les faits.", 0.556, "not up"),
    ("C'est la 30e édition du festival.", 0.106, "not up"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)


# The review's narrowing (helper rev-cw17), on its own sentences: each cue kept to its kind.
NARROWED = [
    # "Il prévoit" is a text's measure, but not when it foresees what forecasters foresee
    ("prediction", "Il prévoit une inflation de 2,1 % en 2027.", True),
    ("prediction", "Elle prévoit une hausse de 3 % de son chiffre d'affaires cette année.", True),
    ("prediction", "Il prévoit un taux de chômage de 7,9 % fin 2027.", True),
    ("prediction", "Ils prévoient une affluence record ce week-end sur les pistes.", True),
    ("prediction", "Il prévoit une amende de 1 500 euros pour les contrevenants.", False),
    ("prediction", "Il prévoit une baisse de 10 % des allocations chômage.", False),
    # an offence's intent, weighed by a court, is no plan
    ("prediction", "Les jurés ont écarté son intention de tuer.", False),
    ("prediction", "La ministre a confirmé mardi son intention de se représenter aux législatives.", True),
    # the conditional's yield is a measure's or a project's; what a thing found may do is hearsay of a fact
    ("prediction", "Ce test sanguin permettrait de détecter 90 % des cancers du pancréas, selon une étude.", False),
    ("prediction", "La faille permettrait de prendre le contrôle de 40 000 serveurs, selon l'éditeur.", False),
    ("prediction", "D'après le département, la fusion des deux collèges permettrait d'économiser 400 000 euros.", True),
    # a rank before ", devant" after a verb of being or of ranking, not a title or a scene
    ("comparison", "Le club lyonnais termine deuxième, devant Lille.", True),
    ("comparison", "Le Brésil occupe la deuxième place, devant l'Inde.", True),
    ("comparison", "Le premier président de la cour d'appel a prononcé son discours, devant les magistrats.", False),
    ("comparison", "Le deuxième adjoint au maire s'est exprimé, devant la presse.", False),
    ("comparison", "La troisième édition du salon s'est ouverte samedi, devant les élus.", False),
    ("comparison", "C'est la troisième édition du salon, devant un public clairsemé.", False),
    # a superlative since a past point, the point close after it, not people named by a superlative
    ("comparison", "Les passages aux urgences ont été les plus bas depuis dix ans.", True),
    ("comparison", "Les plus motivés font la queue devant la salle depuis 5 heures du matin.", False),
    ("comparison", "Les plus âgés des pensionnaires sont confinés dans leur chambre depuis lundi.", False),
]


@pytest.mark.parametrize(("signal", "text", "expected"), NARROWED, ids=[f"{s}: {t}" for s, t, _ in NARROWED])
def test_each_cue_narrowed_by_the_review_keeps_to_its_kind(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected
