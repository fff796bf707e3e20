"""The check-worthiness cues added after the sixteenth blind set (annotations/nlp/checkworthiness_cues.py,
checkworthiness_modals.py, checkworthiness_figures.py, checkworthiness_verbs.py and checkworthiness.py): an
instruction in the imperative after a leading phrase and its comma ("Pour s'inscrire, remplissez ...", "Dans une
poêle, faites revenir ...") as advice; a telephone number after a dialling verb as no figure, all of its pairs; an
estimate with its figure ("estiment à 3 millions le coût") as no opinion; the run a side rests on ("reste sur cinq
victoires") as a streak. Sentences invented for these tests, lower-cased as read_signals reads them (the review's,
REVIEWED, as written); each signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

# (signal, sentence, whether the signal reads it)
CASES = [
    # the imperative after a leading phrase of purpose, place, time or condition
    ("modal", "pour s'inscrire, remplissez le formulaire disponible en mairie.", True),
    ("modal", "en cas de malaise, appelez le 15 sans attendre.", True),
    ("modal", "avant de partir, vérifiez la pression de vos pneus.", True),
    ("modal", "dans une poêle, faites revenir les oignons pendant 10 minutes.", True),
    ("modal", "faites cuire les pâtes dans une eau salée.", True),
    # ... not a subject after the comma, a name in -ez, the participle "faites", nor a statement
    ("modal", "pour le maire, vous avez tort de dépenser 3 millions.", False),
    ("modal", "dans l'aveyron, rodez a perdu 2 % de sa population en dix ans.", False),
    ("modal", "en espagne, sanchez tout juste réélu a formé son gouvernement.", False),
    ("modal", "les annonces faites par le ministre ont coûté 4 millions d'euros.", False),
    ("modal", "pour la première fois, le club a remporté la coupe.", False),
    # a telephone number after a dialling verb: no figure, whatever its pairs
    ("figures", "pour plus d'informations, contactez le 03 20 11 22 33.", 0),
    ("figures", "appelez le 01.45.67.89.10 du lundi au vendredi.", 0),
    ("figures", "composez le 112 en cas d'urgence.", 0),
    # ... not a count after another verb
    ("figures", "la commune a recensé le 12 mars 45 cas.", 2),
    # an estimate with its figure: no opinion
    ("opinion", "les experts estiment à 3 millions d'euros le coût des réparations.", False),
    ("opinion", "la police estimait entre 3 000 et 4 000 le nombre de manifestants.", False),
    # ... not a stance, even with a figure
    ("opinion", "le préfet estime que 300 logements manquent.", True),
    ("opinion", "le maire estime nécessaire de recruter 12 agents.", True),
    ("opinion", "elle estime à juste titre que le budget est trop lourd.", True),
    ("opinion", "il estime à 2 millions le coût et regrette la décision.", True),
    # the run a side rests on: a streak
    ("past_event", "le club reste sur cinq victoires consécutives à domicile.", True),
    ("past_event", "les bleues restaient sur trois défaites face à l'italie.", True),
    ("past_event", "l'équipe reste sur 12 matchs sans défaite.", True),
    # ... not a stay on a ground, nor a team resting on its lead
    ("past_event", "les supporters restent sur le terrain après le match.", False),
    ("past_event", "l'équipe reste sur ses gardes avant la finale.", False),
]

# The review of these cues (sentences of the reviewer's own, as written, capitals kept): a name in -ez after the
# leading phrase's comma is no imperative, nor "faites" as a participle before a preposition; Belgian, Swiss, Québec
# and toll-free numbers after a dialling verb are no figures; an estimate among stances ("... et estime que"), one's
# own form ("s'estime à 100 %") and the odds one gives stay opinions, an estimate in words is one; the last result
# and the runs told with "rencontres", "matches" are streaks.
REVIEWED = [
    ("modal", "En Ligue 2, Rodez en est à 14 matchs sans défaite.", False),
    ("modal", "Pour la troisième fois, Fernandez de l'Athletic a été élu meilleur joueur du mois.", False),
    ("modal", "Dans le Gers, Jimenez en tête avec 41 % des voix devance le maire sortant.", False),
    ("modal", "Faites entre 2019 et 2022, ces dépenses ont coûté 3 millions d'euros à la commune.", False),
    ("modal", "En cas de canicule, buvez de l'eau régulièrement et évitez les efforts.", True),
    ("modal", "Dans une casserole, faites chauffer le lait.", True),
    ("modal", "Faites cuire les pâtes dans une eau salée.", True),
    ("figures", "En Belgique, composez le 02 512 34 56.", 0),
    ("figures", "En Suisse, appelez le 058 463 00 00.", 0),
    ("figures", "Composez le 514 555-1234 pour joindre la ligne d'écoute.", 0),
    ("figures", "Pour tout renseignement, appelez le 0 800 123 456.", 0),
    ("figures", "La police a tenté de contacter le 12 mars 45 familles du quartier.", 1),
    ("opinion", "Le syndicat estime à 300 le nombre de postes menacés et estime que la direction ment.", True),
    ("opinion", "La défenseure s'estime à 100 % de ses moyens avant la finale.", True),
    ("opinion", "L'entraîneur estime à 50 % les chances de qualification de son équipe.", True),
    ("opinion", "Il estime à deux reprises que le texte est mal écrit.", True),
    ("opinion", "Le syndicat estime à 300 le nombre de postes menacés.", False),
    ("opinion", "Les assureurs estiment à trois millions d'euros le coût de la grêle.", False),
    ("opinion", "Le club estime à quelque 3 millions d'euros le manque à gagner.", False),
    ("past_event", "Le Stade rennais reste sur quatre rencontres sans victoire.", True),
    ("past_event", "Le club reste sur cinq matches sans défaite en championnat.", True),
    ("past_event", "L'OM reste sur une défaite à domicile.", True),
    ("past_event", "L'attention reste sur les deux matchs de barrage.", False),
    ("past_event", "Le capitaine reste sur ses gardes avant les deux matchs de poule.", False),
]


@pytest.mark.parametrize(
    ("signal", "text", "expected"), [*CASES, *REVIEWED], ids=[f"{s}: {t}" for s, t, _ in [*CASES, *REVIEWED]]
)
def test_each_cue_reads_its_kind_and_leaves_its_look_alikes(signal, text, expected):
    found = getattr(read_signals(text, entities=0), signal)
    assert found == expected and type(found) is type(expected)


# Which way a score may go against its score before the cues: a claim's up, a non-claim's down; an ordinary
# look-alike the cues might move must not move against its label ("not up", "not down").
WAYS = {"up": float.__gt__, "down": float.__lt__, "not up": float.__le__, "not down": float.__ge__}
# Sentences of the same kinds: (sentence, score before the cues, rounded, which way it may go).
SCORED = [
    ("Pour s'inscrire, remplissez le formulaire et appelez le 04 76 12 34 56.", 0.939, "down"),
    ("Dans une poêle, faites revenir 200 grammes de lardons pendant 5 minutes.", 0.422, "down"),
    ("Les experts estiment à 3 millions d'euros le coût des réparations.", 0.092, "up"),
    ("L'équipe reste sur 12 matchs sans défaite.", 0.113, "up"),
    ("Pour le maire, vous avez tort de dépenser 3 millions.", 0.386, "not up"),
    ("Dans l'Aveyron, Rodez a perdu 2 % de sa population en dix ans.", 0.864, "not down"),
    ("Les annonces faites par le ministre ont coûté 4 millions d'euros.", 0.855, "not down"),
    ("Le préfet estime que 300 logements manquent.", 0.016, "not up"),
    ("Les supporters restent sur le terrain après le match.", 0.031, "not up"),
    ("La commune a recensé le 12 mars 45 cas de grippe.", 0.846, "not down"),
]


@pytest.mark.parametrize(("text", "before", "way"), SCORED, ids=[text for text, _, _ in SCORED])
def test_each_kind_moves_the_way_its_label_says_and_no_look_alike_moves_against_its_label(text, before, way):
    assert WAYS[way](round(score(read_signals(text, entities=0)), 3), before)
