"""The check-worthiness cues added after the nineteenth blind set (annotations/nlp/checkworthiness_future.py,
checkworthiness_figures.py, checkworthiness_verbs.py, checkworthiness_cues.py and checkworthiness.py): a target with
its figure or its year ahead ("vise 40 % de surfaces en bio", "vise la neutralité carbone pour 2040"), an ambition
and a goal set, told in the past too ("s'est fixé pour objectif de"), as predictions, the goal's setting no event and a
target's bound no comparison; a habit's duration ("nage cinq heures par jour", "six jours sur sept") as no figure; a
habit told in the passive present ("sont publiées chaque matin") as no event; a rank held ("reste le premier
producteur de"), a level fallen to and what is earned with its figure as measured; an age from which a habit dates as
a person's life, an age bracket as none. Sentences invented for these tests, as written; each signal's cases next to
the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score
from annotations.nlp.pipeline import analyse

# (signal, sentence, whether the signal reads it)
CASES = [
    # a target: a share, a count in millions or per year, a level, or anything by a year ahead
    ("prediction", "La région vise 40 % de surfaces en agriculture biologique en 2030.", True),
    ("prediction", "L'opérateur vise 2 millions d'abonnés à la fibre fin 2027.", True),
    ("prediction", "La compagnie vise un trafic de 12 millions de passagers par an.", True),
    ("prediction", "La métropole vise la neutralité carbone pour 2040.", True),
    ("prediction", "Le groupe vise désormais une part de marché de 15 % en Europe.", True),
    # ... not what an inquiry, a complaint or sanctions aim at, nor a win
    ("prediction", "L'enquête vise trois anciens adjoints au maire de la commune.", False),
    ("prediction", "Les sanctions visent 85 pétroliers de la flotte.", False),
    ("prediction", "La plainte vise la société pour homicide involontaire.", False),
    ("prediction", "Le coureur vise un quatrième titre, ce qu'aucun Belge n'a réussi.", False),
    # ... nor whom a measure reaches (rev-cw19); a share of a market stays a target
    ("prediction", "La réforme vise 1,2 million de ménages modestes.", False),
    ("prediction", "L'aide vise 40 % des agriculteurs wallons.", False),
    ("prediction", "Le groupe vise 15 % du marché européen.", True),
    # an ambition, a goal set, told in the past too
    ("prediction", "La ville ambitionne de doubler le nombre de ses étudiants.", True),
    ("prediction", "La province s'est fixé pour objectif de planter 10 millions d'arbres.", True),
    ("prediction", "Le canton se donne l'objectif de rénover 2 % des bâtiments chaque année.", True),
    # ... not when the sentence tells what came of it (rev-cw19)
    ("prediction", "Le pays s'est fixé un objectif de 40 % et l'a atteint en 2023.", False),
    ("prediction", "La ville s'est fixé pour objectif 2 000 logements sociaux et en a livré 1 200.", False),
    # ... the goal's setting is no event; a thing fixed or given is one
    ("past_event", "La province s'est fixé pour objectif de planter 10 millions d'arbres.", False),
    ("past_event", "Le conseil a fixé le prix du repas à 3,20 euros.", True),
    ("past_event", "La fondation a donné 2 millions d'euros à l'hôpital.", True),
    # a target's bound is no comparison; a measured bound is one
    ("comparison", "L'agence vise moins de 1 500 noyades d'ici 2030.", False),
    ("comparison", "Le département a compté moins de 40 noyades cet été.", True),
    # a habit told in the passive present: no event
    ("past_event", "Les relevés sont affichés chaque semaine à l'entrée de la mairie.", False),
    ("past_event", "Les bacs jaunes sont vidés deux fois par mois.", False),
    # ... a passive past is one, and a verb that takes "être" in the past
    ("past_event", "Les relevés ont été affichés lundi à l'entrée de la mairie.", True),
    ("past_event", "Les secours sont arrivés chaque fois en moins de dix minutes.", True),
    # ... nor a counted rate (rev-cw19)
    ("past_event", "Trois femmes sont tuées chaque mois par leur conjoint en Belgique.", True),
    # a rank held within a set, or told with "être" and a superlative
    ("past_event", "Le pays reste le premier exportateur de cacao au monde.", True),
    ("past_event", "La ville demeure la deuxième destination des touristes étrangers.", True),
    ("past_event", "Le diabète est la troisième maladie la plus fréquente chez les adultes.", True),
    # ... not a step or a time, nor a bare rank told with "être", a textbook fact or a view
    ("past_event", "Ce vote reste la première étape du projet.", False),
    ("past_event", "Le riz est la première culture du pays.", False),
    ("past_event", "Le dossier reste la première priorité du gouvernement.", False),  # an aim (rev-cw19)
    # a level fallen to, what is earned, with its figure
    ("past_event", "Le taux de chômage tombe à 6,8 % en Flandre.", True),
    ("past_event", "Un vendangeur gagne environ 90 francs par jour.", True),
    # ... not without a figure
    ("past_event", "La nuit tombe vite en décembre.", False),
    ("past_event", "Le club gagne enfin à domicile.", False),
    # an age from which a habit dates: a person's life; an age bracket: a group
    ("personal", "Il joue du violon depuis l'âge de six ans.", True),
    ("personal", "Elle fait du judo depuis l'âge de 4 ans.", True),
    # ... not a rule's age from which (rev-cw19)
    ("personal", "La vaccination est recommandée dès l'âge de 65 ans.", False),
    ("personal", "Le permis de conduire est accessible dès l'âge de 17 ans en Allemagne.", False),
    ("personal", "Les femmes de 25 à 34 ans sont les plus touchées, selon le rapport.", False),
]


@pytest.mark.parametrize(("signal", "text", "expected"), CASES, ids=[f"{s}: {t}" for s, t, _ in CASES])
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


# (sentence, its figures read through the pipeline): a habit's duration is no figure; an average, a share of a
# group, a pay or a price per day, a duration reported by a source stay figures
FIGURES = [
    ("Il consacre trois heures par jour à ses ruches.", 0),
    ("Elle court 40 minutes chaque matin le long du lac.", 0),
    ("Il travaille douze heures par jour, six jours sur sept.", 0),
    ("Les Belges passent en moyenne 2 h 40 par jour devant un écran.", 1),
    ("Un élève sur quatre dort moins de huit heures par nuit.", 2),
    ("Un vendangeur gagne 90 euros par jour.", 1),
    ("Les coupures durent quatre heures par jour dans le quartier, selon l'opérateur.", 1),
    # a restriction is no routine (rev-cw19)
    ("Le bureau de poste n'ouvre plus que trois jours sur sept.", 2),
    ("Dans ce village, l'eau n'est distribuée que deux heures par jour.", 1),
]


@pytest.mark.parametrize(("text", "figures"), FIGURES, ids=[text for text, _ in FIGURES])
def test_a_habits_duration_is_no_figure_and_a_measured_one_is(text, figures):
    (claim,) = analyse(text + "\n").claims
    assert claim.signals["figures"] == figures


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("Le canton vise 30 % d'électricité solaire dès 2035.", 0.369, "down"),
    ("L'Union s'est donné pour cible une baisse de 40 % des pesticides.", 0.785, "down"),
    ("Les horaires des marées sont publiés chaque matin en capitainerie.", 0.219, "down"),
    ("La Bretagne reste la première région productrice de porc.", 0.121, "up"),
    ("Le taux de pauvreté tombe à 14 % dans la province.", 0.129, "up"),
    ("L'enquête vise trois anciens adjoints au maire de la commune.", 0.137, "not down"),
    ("Le conseil a fixé le prix du repas à 3,20 euros.", 0.581, "not down"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
