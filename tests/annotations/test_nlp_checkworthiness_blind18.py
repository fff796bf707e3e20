"""The check-worthiness cues added after the eighteenth blind set (annotations/nlp/checkworthiness_future.py,
checkworthiness_figures.py, checkworthiness_modals.py and checkworthiness_verbs.py): a forecaster's "prévoit que"
with the clause it foresees as a prediction, and an event planned for a coming day ("ont prévu une marche jeudi");
a rank counted, a superlative of a participle after its noun ("l'espèce la plus observée"), and a superlative within
a period ("il s'agit de la plus importante saisie cette année") as measured; someone's words told without quotation
marks before an incise of testimony (", raconte un bénévole") as a quotation, read as quoted words are; a time given
to do something ("dispose de deux mois pour faire appel") as practical. Sentences invented for these tests, as
written; each signal's cases next to the look-alikes it must leave alone, with those the review found each cue took
(an event told in the third person before the incise, a superlative of judgement or of taste, a measure decided with
"prévoit que", a day gone, a deadline a reported decision sets)."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # a forecaster's "prévoit que" with its clause: a forecast
    ("prediction", "L'observatoire prévoit que le chômage se stabilise autour de 8 % en 2028.", True),
    ("prediction", "La fédération prévoit qu'un tiers des stations manquent de neige en février.", True),
    # ... not a text's provision, nor a pronoun standing for the text named before
    ("prediction", "Le décret prévoit que les terrasses ferment à 23 heures.", False),
    ("prediction", "La convention prévoit que les heures supplémentaires sont payées double.", False),
    ("prediction", "Il prévoit que les loyers sont gelés pendant un an.", False),
    # an event planned for a coming day
    ("prediction", "Les agriculteurs ont prévu un rassemblement samedi devant la préfecture.", True),
    ("prediction", "La mairie a programmé une réunion publique mardi prochain.", True),
    # ... not a past plan, money set aside, or a plan with no day
    ("prediction", "Le club avait prévu un entraînement jeudi, annulé par la neige.", False),
    ("prediction", "L'État a prévu 40 millions d'euros pour la rénovation des écoles.", False),
    # a rank counted: a superlative of a participle after its noun
    ("past_event", "Le paracétamol reste le médicament le plus prescrit en France.", True),
    ("past_event", "La Corse est la région la plus touchée par les incendies.", True),
    ("past_event", "C'est le roman le plus vendu de la rentrée.", True),
    # ... not a judgement, nor people named by a superlative
    ("past_event", "C'est le joueur le plus doué de sa génération.", False),
    ("past_event", "Le dessert le plus attendu du menu arrive enfin.", False),
    ("past_event", "Les plus motivés attendent devant la salle.", False),
    # ... nor a description, with no rank held
    ("past_event", "Les pompiers renforcent leurs rondes dans les communes les plus exposées.", False),
    ("past_event", "C'est l'un des plats les plus commandés du restaurant.", False),
    # a superlative within a period
    ("past_event", "Il s'agit de la plus forte hausse enregistrée dans la région cette année.", True),
    ("past_event", "C'est la plus longue grève en deux ans dans l'usine.", True),
    # ... not a taste, nor a superlative with no period
    ("past_event", "C'est la plus belle fête cette année.", False),
    ("past_event", "C'est la plus grande salle du département.", False),
    # someone's words told without quotation marks, then an incise of testimony: a quotation
    ("quotation", "Mon père a travaillé quarante ans à la mine, raconte une habitante.", True),
    ("quotation", "On a tout perdu en une nuit, témoigne un commerçant du quai.", True),
    ("quotation", "Les enfants dormaient déjà, se souvient-elle.", True),
    # ... not a fact with its figure, told in the past, nor a verb of testimony inside the sentence
    ("quotation", "Le village a été évacué en 2003, se souvient le maire.", False),
    ("quotation", "Un habitant raconte avoir entendu une explosion vers 3 heures.", False),
    ("quotation", "La commune a perdu 300 habitants en dix ans, confie le maire.", False),
    # a time given to do something: practical
    ("practical", "Le locataire dispose de deux mois pour contester la hausse.", True),
    ("practical", "Les candidats ont dix jours pour déposer leur dossier.", True),
    # ... not a stock or a sum, nor a time it took
    ("practical", "La commune dispose de deux millions d'euros pour la voirie.", False),
    ("practical", "Il a fallu trois mois pour réparer le pont.", False),
    # narrowed on review (a look-alike each cue took, beside the case it keeps): words before an incise of testimony
    # are a quotation only in the witness's own voice or as a scene; a rank counted only with a participle of what
    # is counted or measured, a superlative within a period only of a size; "prévoit que" said by those who decide
    # is a measure; a day gone is no plan; a deadline a reported decision sets is no practical note
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
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("L'institut prévoit que la dette publique atteigne 118 % du PIB en 2029.", 0.44, "down"),
    ("Les taxis ont prévu une opération escargot lundi sur le périphérique.", 0.232, "down"),
    ("Le lynx reste l'espèce la plus menacée du massif.", 0.078, "up"),
    ("Il s'agit du plus gros incendie survenu dans le département cette année.", 0.042, "up"),
    ("Mon fils a attendu six heures aux urgences, raconte une mère de famille.", 0.599, "down"),
    ("L'assuré dispose de trente jours pour déclarer le sinistre.", 0.129, "down"),
    ("Le décret prévoit que les bars ferment à 2 heures.", 0.034, "not down"),
    ("L'État a prévu 15 millions d'euros pour les digues.", 0.846, "not down"),
    ("Le village a été évacué en 2003, se souvient le maire.", 0.563, "not down"),
    ("C'est le joueur le plus doué de sa génération.", 0.034, "not up"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
