"""The check-worthiness cues added after the fifteenth blind set (annotations/nlp/checkworthiness_cues.py,
checkworthiness_verbs.py, checkworthiness_future.py, checkworthiness_figures.py): an error restated in the paper's
imperfect ("nous indiquions que") as no claim; a measure or a passive in the present within a condition ("lorsque le
débit dépasse 300 mètres cubes", "s'il est élu") as a rule or a promise, not what happened; a promise made with a
day between ("a promis jeudi de créer") as a prediction; what is expected at a time ahead ("sont attendues dans la
nuit") as a forecast; a level told with "être de" (not a norm or a target) and a count opening on "seuls" as
measures; a comparison through its adjective and a superlative within its set (not of size, nor said of a kind); a
figure a source concedes ("reconnaît 45 départs") as a report; what a show or a body gathers, counted ("rassemble
240 exposants"), as a measure. Sentences invented for these tests, lower-cased as read_signals reads them; each
signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # an error restated in the paper's imperfect, or with words between "nous avons" and "écrit par erreur"
    ("past_event", "nous écrivions jeudi que le chantier avait coûté 12 millions d'euros.", False),
    ("past_event", "dans notre édition d'hier, nous indiquions à tort que le maire avait démissionné.", False),
    ("past_event", "nous avons en effet écrit par erreur que l'usine avait fermé.", False),
    ("reported", "nous annoncions lundi que la piscine avait été vendue.", False),
    # ... not a report recalled as true, nor another's mistake told as news
    ("past_event", "comme nous l'indiquions mardi, le conseil a voté une hausse de 3 %.", True),
    ("past_event", "le maire a écrit par erreur à 300 électeurs.", True),
    # ... nor a follow-up that goes on to what came of what was said (review of cw15)
    ("past_event", "nous annoncions en janvier que l'usine fermerait ; elle a licencié 230 salariés vendredi.", True),
    ("past_event", "nous indiquions hier que le maire démissionnerait, ce qu'il a fait ce matin.", True),
    (
        "past_event",
        "dans un article publié lundi, nous écrivions à tort que la piscine avait fermé, elle reste ouverte.",
        False,
    ),
    # a measure or a passive in the present within a condition: a rule, a promise, not what happened
    ("past_event", "une rivière est en crue lorsque son débit dépasse 300 mètres cubes par seconde.", False),
    ("past_event", "si la température atteint 40 degrés, les écoles ferment.", False),
    ("past_event", "le candidat rouvrira la maternité s'il est élu.", False),
    # ... not the imperfect, what held, nor a condition after the measure, nor a passive told outright
    ("past_event", "quand le chômage atteignait 10 %, la ville comptait 4 000 demandeurs d'emploi.", True),
    ("past_event", "la température atteint 40 degrés à nîmes.", True),
    ("past_event", "le déficit atteint 3 millions si l'on compte les intérêts.", True),
    ("past_event", "le maire est réélu avec 62 % des voix.", True),
    # ... nor the past of a verb that takes "être", "si" of degree or of concession, a time clause with its year
    ("past_event", "il était 18 heures lorsque la police est arrivée sur les lieux.", True),
    ("past_event", "le bâtiment était vide quand l'incendie s'est déclaré.", True),
    ("past_event", "même si la dette atteint 9 milliards, la région continue d'investir.", True),
    ("past_event", "la crue a été si rapide que l'eau dépasse 2 mètres dans certaines rues.", True),
    ("past_event", "quand il est élu en 2014, la commune compte 8 000 habitants.", True),
    ("past_event", "le candidat rouvrira la maternité quand il est élu.", False),
    # a promise made, a day or an adverb between: still to come
    ("prediction", "la ministre a promis jeudi de créer 4 000 postes.", True),
    ("prediction", "le président de région s'est engagé hier à rouvrir la ligne.", True),
    # ... not a thing promised
    ("prediction", "l'état a promis une aide de 2 millions à la commune.", False),
    # what is expected at a time ahead: a forecast or a schedule
    ("prediction", "de fortes pluies sont attendues dans la nuit sur le var.", True),
    ("prediction", "le ministre de l'intérieur est attendu vendredi à mayotte.", True),
    # ... not a wait, nor a report long awaited
    ("prediction", "la décision est attendue avec impatience par les salariés.", False),
    ("prediction", "le rapport, attendu depuis deux ans, a été publié mardi.", False),
    ("prediction", "des renforts sont attendus dans la vallée depuis trois jours.", False),
    ("prediction", "une décision est attendue dans les prochains jours.", True),
    # a level told with "être de" and its figure, a count opening on "seuls": measures
    ("past_event", "le taux de chômage est de 7,4 % dans le département.", True),
    ("past_event", "la participation était de 38 % au premier tour.", True),
    ("past_event", "seules 1 200 places restent libres dans les crèches du canton.", True),
    # ... not a norm or a target, "de retour", "de plus en plus", nor "seuls" before a group
    ("past_event", "les normales de saison sont de 12 °c en journée.", False),
    ("past_event", "l'objectif fixé par le ministère est de 90 %.", False),
    ("past_event", "le maire est de retour de paris.", False),
    ("past_event", "le cortège était de plus en plus dense.", False),
    ("past_event", "seuls les habitants du quartier peuvent se garer.", False),
    # ... nor a limit, a minimum, a legal level, nor opening hours (a wait is a level)
    ("past_event", "la vitesse maximale autorisée est de 30 km/h dans le centre-ville.", False),
    ("past_event", "l'âge minimum est de 16 ans pour s'inscrire.", False),
    ("past_event", "la permanence est de 9 h à 12 h le samedi.", False),
    ("past_event", "l'attente aux urgences est de 6 heures en moyenne.", True),
    # a comparison through its adjective, a superlative within its set
    ("comparison", "les loyers sont ici bien moins élevés qu'à lyon.", True),
    ("comparison", "la commune la plus endettée du département est lannion.", True),
    ("comparison", "ce fut le mois le plus pluvieux de l'année.", True),
    # ... not an age group, "le plus souvent", "aussi", an adverb, the speaker's set, nor said of a kind
    ("comparison", "la situation va un peu plus mal qu'avant.", False),
    ("comparison", "les usagers ne savent plus à quel guichet s'adresser.", False),
    ("comparison", "elle l'est plus encore pour les plus précaires d'entre nous.", False),
    ("comparison", "un vélo électrique est plus cher qu'un vélo classique.", False),
    ("comparison", "le pont, long de 800 mètres, est le plus long du département.", False),
    ("comparison", "la vigilance rouge est la plus élevée des quatre niveaux d'alerte.", False),
    ("comparison", "les plus de 65 ans sont invités à se faire vacciner.", False),
    ("comparison", "il vient le plus souvent du nord.", False),
    ("comparison", "il a aussi rappelé que la séance était publique.", False),
    # ... nor "plus ... que ça", nor what is nearest to a place ("ne ... plus ... que" tells a change: read)
    ("comparison", "le guichet n'est plus ouvert que le matin.", True),
    ("comparison", "ce n'est pas plus compliqué que ça.", False),
    ("comparison", "l'arrêt le plus proche de la mairie est à 200 mètres.", False),
    ("comparison", "les loyers, plus élevés qu'à nantes, grimpent encore.", True),
    ("comparison", "les loyers ne sont pas plus élevés qu'à lyon.", True),
    # a figure a source concedes: a report
    ("reported", "la direction reconnaît 45 départs non remplacés.", True),
    ("reported", "la préfecture admet une vingtaine d'erreurs dans les listes.", True),
    # ... not a thing acknowledged, nor an age further on
    ("reported", "le club reconnaît ses torts.", False),
    ("reported", "l'école admet les enfants dès 3 ans.", False),
    ("reported", "l'école admet 30 élèves par classe.", False),
    # what a show or a body gathers, counted: a measure
    ("past_event", "le salon rassemble 240 exposants.", True),
    ("past_event", "le réseau regroupe douze bibliothèques.", True),
    # ... not without a count
    ("past_event", "le festival rassemble des artistes de tous horizons.", False),
    ("past_event", "le festival rassemble chaque année 80 000 spectateurs.", True),
    # ... nor a meeting, with its day, its hour or how often
    ("past_event", "le conseil municipal se réunit le 12 mars à 18 h 30.", False),
    ("past_event", "les manifestants se rassemblent à 14 heures place de la république.", False),
    ("past_event", "le comité se réunit 4 fois par an.", False),
    ("past_event", "le maire réunit le 3 juin les habitants du quartier.", False),
]


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{s}: {t}" for s, t, _ in CASES])
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("Nous écrivions jeudi que le chantier avait coûté 12 millions d'euros.", 0.675, "down"),
    ("Une rivière est en crue lorsque son débit dépasse 300 mètres cubes par seconde.", 0.798, "down"),
    ("La ministre a promis jeudi de créer 4 000 postes.", 0.544, "down"),
    ("De fortes pluies sont attendues dans la nuit sur le Var, avec 80 millimètres en six heures.", 0.514, "down"),
    ("La participation était de 38 % au premier tour.", 0.113, "up"),
    ("Seules 1 200 places restent libres dans les crèches du canton.", 0.137, "up"),
    ("La commune la plus endettée du département est Lannion.", 0.031, "up"),
    ("La direction reconnaît 45 départs non remplacés.", 0.106, "up"),
    ("Le salon rassemble 240 exposants.", 0.093, "up"),
    ("Comme nous l'indiquions mardi, le conseil a voté une hausse de 3 %.", 0.563, "not down"),
    ("Quand le chômage atteignait 10 %, la ville comptait 4 000 demandeurs d'emploi.", 0.864, "not down"),
    ("Le maire avait promis de rénover 20 écoles.", 0.096, "not down"),
    ("L'État a promis une aide de 2 millions à la commune.", 0.855, "not down"),
    ("La décision est attendue avec impatience par les salariés.", 0.031, "not down"),
    ("Le cortège était de plus en plus dense.", 0.068, "not up"),
    ("Les plus de 65 ans sont invités à se faire vacciner.", 0.152, "not up"),
    ("Le club reconnaît ses torts.", 0.023, "not up"),
    ("Le festival rassemble des artistes de tous horizons.", 0.029, "not up"),
    # ordinary news the first forms of the cues misread (review of cw15)
    ("Nous annoncions en janvier que l'usine fermerait ; elle a licencié 230 salariés vendredi.", 0.361, "not down"),
    ("Il était 18 heures lorsque la police est arrivée sur les lieux.", 0.246, "not down"),
    ("Même si la dette atteint 9 milliards, la région continue d'investir.", 0.855, "not down"),
    ("Des renforts sont attendus dans la vallée depuis trois jours.", 0.544, "not down"),
    ("La vitesse maximale autorisée est de 30 km/h dans le centre-ville.", 0.156, "not up"),
    ("Le conseil municipal se réunit le 12 mars à 18 h 30.", 0.146, "not up"),
    ("L'école admet 30 élèves par classe.", 0.106, "not up"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
