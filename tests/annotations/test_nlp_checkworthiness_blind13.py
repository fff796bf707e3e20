"""The check-worthiness cues added after the thirteenth blind set (annotations/nlp/checkworthiness_verbs.py,
checkworthiness_cues.py, checkworthiness_future.py): a measured state in the imperfect, a count of times ("c'est
la troisième fois"), an act denied or owned in the past infinitive ("nie avoir reçu"), the press's conditional
with its source as what holds, a denial and "font état de" in the present as reports, a figure corrected ("et non 4,2 millions"), a
record with three words before "jamais", a quoted "nous avons" with its figure put forward as a claim; a penalty
the law provides for as a modal, a promise told in the future of the past as a prediction, an error restated in
a correction as no claim. Sentences invented for these tests, lower-cased as read_signals reads them; each
signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # a measured state in the imperfect, with its figure
    ("past_event", "le déficit s'élevait à 4,2 milliards d'euros l'an dernier.", True),
    ("past_event", "l'usine employait 300 ouvriers en 1990.", True),
    ("past_event", "elle s'élevait contre cette décision.", False),
    ("past_event", "le ton s'élevait peu à peu dans la salle.", False),
    # a count of times, not the first time
    ("past_event", "c'est la troisième fois qu'il marque un doublé.", True),
    ("past_event", "c'était la 5e fois en dix ans que le club descendait.", True),
    ("past_event", "c'est la première fois qu'il marque un doublé.", False),
    # an act denied or owned in the past infinitive, not the speaker's, nor a state or a wish
    ("past_event", "le ministre nie avoir reçu la moindre somme.", True),
    ("past_event", "l'ancien trésorier reconnaît avoir détourné 40 000 euros.", True),
    ("past_event", "le maire assure ne pas avoir signé ce contrat.", True),
    ("past_event", "l'élue assure n'avoir « jamais touché » cet argent.", True),
    ("past_event", "je reconnais avoir eu tort.", False),
    ("past_event", "elle assure avoir été mal comprise.", False),
    ("past_event", "il affirme avoir envie de continuer.", False),
    # the press's conditional with its source, not without one nor a judgement
    ("past_event", "le suspect serait hébergé chez un proche, selon les enquêteurs.", True),
    ("past_event", "ce serait une erreur, selon le maire.", False),
    ("past_event", "le projet serait abandonné faute de fonds.", False),
    # an error restated in a correction is no claim; a mistake made is an event
    ("past_event", "nous avons écrit par erreur que la salle avait coûté 3 millions d'euros.", False),
    ("past_event", "la police a tiré par erreur sur un passant.", True),
    # a denial in the present: a fact disputed
    ("reported", "les rebelles sont accusés de l'attaque, ce que leur chef dément.", True),
    ("reported", "ce que les deux clubs démentent.", True),
    ("reported", "l'élu s'est dit profondément choqué par ces propos.", False),
    # a report in the present, not a state
    ("reported", "les chiffres du ministère font état d'une baisse de 4 %.", True),
    ("reported", "les relevés font pourtant état de 12 dépassements.", True),
    ("reported", "le bâtiment est en mauvais état.", False),
    ("reported", "la route est remise en état.", False),
    # an inverted incise with an adverb, or a speech verb of its own
    ("reported", "« les ventes ont doublé », a-t-elle également souligné.", True),
    ("reported", "« les ventes ont doublé », a-t-il lancé.", True),
    ("reported", "« les ventes ont doublé », sourit le gérant.", False),
    # a figure corrected, not a name or a kind
    ("comparison", "le chantier a coûté 2,4 millions et non 4,2 millions.", True),
    ("comparison", "la participation était de 41 %, et non de 47 %.", True),
    ("comparison", "c'est une corrélation et non une preuve.", False),
    ("comparison", "la photo montrait le collège et non le lycée.", False),
    # a record with up to three words before "jamais"
    ("comparison", "la plus forte crue printanière jamais enregistrée.", True),
    ("comparison", "il ne reviendra plus jamais à lille.", False),
    # a penalty the law provides for, not a sentence passed
    ("modal", "le délit d'initié est puni de cinq ans d'emprisonnement.", True),
    ("modal", "les contrevenants sont passibles d'une amende de 135 euros.", True),
    ("modal", "quiconque refuse d'obtempérer encourt jusqu'à deux ans de prison.", True),
    # ... what a defendant faces is court reporting, a fact (NARROWED)
    ("modal", "il encourt jusqu'à dix ans de prison.", False),
    ("modal", "le joueur a été puni de deux matchs de suspension.", False),
    ("modal", "la fraude est restée impunie pendant dix ans.", False),
    # a promise or a forecast told in the future of the past, not the press's past conditional, nor a decision
    # announced
    ("prediction", "le préfet a assuré que la route rouvrirait en mai.", True),
    ("prediction", "elle a promis qu'il n'y aurait aucune hausse des impôts.", True),
    ("prediction", "il a assuré qu'il aurait été prévenu trop tard.", False),
    ("prediction", "il a assuré la présidence du club pendant dix ans.", False),
    ("prediction", "le maire a annoncé que la piscine fermerait le 1er juin.", False),
    # "nous avons" with its figure put forward as a claim, not a testimony nor without a figure
    ("quotation", "« nous avons rénové douze gymnases en cinq ans », a-t-il également déclaré.", False),
    ("quotation", "« nous avons ouvert 14 classes », a répondu la rectrice.", False),
    ("quotation", "« nous avons attendu trois heures aux urgences », raconte une patiente.", True),
    ("quotation", "« nous avons vendu deux fois plus de billets », sourit le gérant.", True),
    ("quotation", "« nous avons tout perdu », a déclaré une habitante.", True),
]


# The review of these cues (branch review-cw): where they reached past their kind, and how they were narrowed;
# each narrowing's look-alike that no longer fires next to a case of the cue that still does.
NARROWED = [
    # an error restated in a correction is the paper's own; another's error is news, an event reported
    ("past_event", "dans notre article d'hier, nous avons indiqué par erreur que le maire avait démissionné.", False),
    ("past_event", "contrairement à ce qu'il a été écrit par erreur, la salle n'a pas coûté 3 millions.", False),
    ("past_event", "la préfecture a publié par erreur les adresses de 300 demandeurs d'asile.", True),
    ("reported", "une caisse a indiqué par erreur à 12 000 artisans qu'ils devaient rembourser leurs aides.", True),
    # a promise in the future of the past is a conditional, not an imperfect ending in -rait
    ("prediction", "le ministre a assuré que la ligne rouvrirait avant noël.", True),
    ("prediction", "la présidente a promis que les tarifs baisseraient dès janvier.", True),
    ("prediction", "l'entraîneur a assuré que son équipe saurait réagir.", True),
    ("prediction", "le maire a assuré qu'il ignorait tout de ces versements.", False),
    ("prediction", "le préfet a assuré que le chantier durait depuis trop longtemps.", False),
    ("prediction", "le club a assuré que le joueur figurait toujours dans ses plans.", False),
    ("prediction", "il a assuré que le groupe entrait dans une nouvelle phase.", False),
    # "nous avons" put forward as a claim counts what was done, not a time lived through
    ("quotation", "« nous avons créé 1 200 emplois en trois ans », a affirmé le président de région.", False),
    ("quotation", "« nous avons souffert pendant dix ans », a insisté le délégué syndical.", True),
    ("quotation", "« nous avons attendu deux ans une réponse de l'état », a affirmé le maire.", True),
    ("quotation", "« nous avons vécu deux années terribles », a déclaré la présidente.", True),
    # the press's conditional with its source, not a conditional of what would be
    ("past_event", "l'usine serait rachetée par un groupe chinois, selon les syndicats.", True),
    ("past_event", "si la réforme passait, le marché serait bouleversé, selon les experts.", False),
    ("past_event", "sans ces digues, le village serait submergé à chaque crue, selon le maire.", False),
    ("past_event", "une telle hausse serait perçue comme une provocation, selon l'opposition.", False),
    ("past_event", "une fermeture serait vécue comme une trahison, d'après les salariés.", False),
    ("past_event", "le budget serait bien plus équilibré avec cette taxe, selon l'élu.", False),
    # "dément" the verb, not the adjective
    ("reported", "l'élysée dément formellement toute rencontre avec l'homme d'affaires.", True),
    ("reported", "le club dément avoir reçu une offre pour son attaquant.", True),
    ("reported", "le parquet a ouvert une enquête, ce qu'il dément.", True),
    ("reported", "le groupe a livré un concert dément devant 8 000 spectateurs.", False),
    ("reported", "c'est un projet dément, qui défigurerait la baie.", False),
    ("reported", "le rythme imposé aux soignants est tout simplement dément.", False),
    # a penalty the law provides for, not one passed nor what a defendant faces
    ("modal", "l'abandon d'un animal est puni de trois ans d'emprisonnement.", True),
    ("modal", "le recel est puni de cinq ans.", True),
    ("modal", "tout automobiliste qui refuse d'obtempérer encourt une amende de 3 750 euros.", True),
    ("modal", "les faits reprochés sont passibles de dix ans de prison.", True),
    ("modal", "jugé pour homicide involontaire, le chauffeur encourt 5 ans d'emprisonnement.", False),
    ("modal", "l'accusé encourt la réclusion criminelle à perpétuité.", False),
    ("modal", "le prévenu, passible de cinq ans d'emprisonnement, a nié les faits.", False),
    ("modal", "le défenseur est puni de trois matchs de suspension par la commission de discipline.", False),
    ("modal", "le club est puni d'une amende de 20 000 euros après les incidents de samedi.", False),
    # a count of times, not "énième" nor the speaker's own
    ("past_event", "c'était la 2e fois en un mois que l'usine était à l'arrêt.", True),
    ("past_event", "c'est la énième fois que la mairie repousse le chantier.", False),
    ("past_event", "c'est la dixième fois que je vous le répète : soyez prudents.", False),
    ("past_event", "c'est la deuxième fois que je viens à ce festival.", False),
    # an act denied or owned, not a feeling or an understanding owned
    ("past_event", "le sénateur nie avoir perçu la moindre rémunération de ce cabinet.", True),
    ("past_event", "la témoin jure avoir vu un homme cagoulé sortir de la banque.", True),
    ("past_event", "le ministre assure avoir entendu la colère des agriculteurs.", False),
    ("past_event", "le candidat affirme avoir compris le message des électeurs.", False),
    ("past_event", "l'entraîneur reconnaît avoir eu de la chance en fin de match.", False),
    ("past_event", "la chanteuse affirme avoir vécu une enfance difficile.", False),
    ("past_event", "le joueur admet avoir manqué de lucidité en fin de match.", False),
    # a record before "jamais", not a negation
    ("comparison", "la seine a atteint son plus haut niveau hivernal jamais enregistré à paris.", True),
    ("comparison", "plus rien ne sera jamais comme avant dans ce village.", False),
    ("comparison", "plus personne ne viendra jamais s'installer ici.", False),
]


@pytest.mark.parametrize(
    ("signal", "text", "expected"), CASES + NARROWED, ids=[f"{case[0]}-{case[1][:44]}" for case in CASES + NARROWED]
)
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


# Sentences of the same kinds, with their score before the cues (rounded) and which way it may go: a claim's up,
# a non-claim's down; an ordinary look-alike the cues might raise must not rise above it ("not up").
SCORED = {
    "Le déficit s'élevait à 4,2 milliards d'euros l'an dernier.": (0.440, "up"),
    "L'ancien trésorier reconnaît avoir détourné 40 000 euros.": (0.121, "up"),
    "Le suspect serait hébergé chez un proche, selon les enquêteurs.": (0.110, "up"),
    "Les rebelles sont accusés de l'attaque, ce que leur chef dément.": (0.246, "up"),
    "Le délit d'initié est puni de cinq ans d'emprisonnement.": (0.137, "down"),
    "Le préfet a assuré que la route rouvrirait en mai.": (0.500, "down"),
    "Elle a promis qu'il n'y aurait aucune hausse des impôts.": (0.444, "down"),
    "Elle s'élevait contre cette décision.": (0.025, "not up"),
    "Le ton s'élevait peu à peu dans la salle.": (0.034, "not up"),
    "Je reconnais avoir eu tort.": (0.008, "not up"),
    "Elle assure avoir été mal comprise.": (0.025, "not up"),
    "Il affirme avoir envie de continuer.": (0.025, "not up"),
    "Ce serait une erreur, selon le maire.": (0.019, "not up"),
    "Le projet serait abandonné faute de fonds.": (0.005, "not up"),
    "C'est une corrélation et non une preuve.": (0.029, "not up"),
    "La photo montrait le collège et non le lycée.": (0.031, "not up"),
    "Il ne reviendra plus jamais à Lille.": (0.003, "not up"),
    "Le joueur a été puni de deux matchs de suspension.": (0.544, "not up"),
    "La fraude est restée impunie pendant dix ans.": (0.507, "not up"),
    "Il a assuré qu'il aurait été prévenu trop tard.": (0.500, "not up"),
    "Il a assuré la présidence du club pendant dix ans.": (0.810, "not up"),
    "Le maire a annoncé que la piscine fermerait le 1er juin.": (0.821, "not up"),
    "« Nous avons attendu trois heures aux urgences », raconte une patiente.": (0.003, "not up"),
    "« Nous avons vendu deux fois plus de billets », sourit le gérant.": (0.009, "not up"),
    "L'élu s'est dit profondément choqué par ces propos.": (0.219, "not up"),
}
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__}


@pytest.mark.parametrize("text", sorted(SCORED))
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_rises(text):
    before, way = SCORED[text]
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
