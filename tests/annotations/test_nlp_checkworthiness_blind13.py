"""The check-worthiness cues added after the thirteenth blind set (annotations/nlp/checkworthiness_verbs.py,
checkworthiness_cues.py, checkworthiness_future.py): a measured state in the imperfect, a count of times ("c'est
la troisième fois"), an act denied or owned in the past infinitive ("nie avoir reçu"), the press's conditional
with its source as what holds, a denial and "font état de" in the present as reports, a figure corrected ("et non 4,2 millions"), a
record with three words before "jamais", a quoted "nous avons" with its figure put forward as a claim; a penalty
the law provides for as a modal, a promise told in the future of the past as a prediction, an error restated in
a correction as no claim. Sentences invented for these tests, lower-cased as read_signals reads them; each
signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals, score

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
    ("modal", "il encourt jusqu'à dix ans de prison.", True),
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


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{case[0]}-{case[1][:44]}" for case in CASES])
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
