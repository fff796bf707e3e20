"""The check-worthiness cues added after the eleventh blind set (annotations/nlp/checkworthiness_cues.py,
checkworthiness_verbs.py, checkworthiness.py): a run of results, a figure told against another and a gap in
words as what holds; a result or a rank in the present as measured; a rank ("en tête") and a record told
after its noun as comparisons; a possibility not ruled out as a modal, "il faut rappeler que" as none, the
press's conditional with an adjective and its source as none; "le juge" as no opinion; a family as a
person's life; a condition "s'il" as a rule; a race's time as a figure. Sentences invented for these tests,
lower-cased as read_signals reads them; each signal's cases next to the look-alikes it must leave alone."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import score

CASES = {
    "past_event": [
        # a run of results
        ("le club restait sur une série de six défaites.", True),
        ("l'équipe reste sur une série de 4 victoires à l'extérieur.", True),
        ("la chaîne diffuse une série de six épisodes.", False),
        # a figure told against another
        ("c'est 12 % de plus qu'en 2023.", True),
        ("c'est deux euros de moins que le mois dernier.", True),
        ("c'est de plus en plus cher.", False),
        ("de plus, le maire reste prudent.", False),
        # a gap in words
        ("le taux reste inférieur d'un point à celui de 2022.", True),
        ("le taux est inférieur à celui de la région.", False),
        # a result or a rank in the present, with its figure
        ("la liste sortante obtient 58,2 % des voix.", True),
        ("le lycée se classe 12e du département.", True),
        ("elle obtient enfin gain de cause.", False),
        ("le club obtient le droit de jouer à domicile.", False),
        ("l'affaire se classe parmi les plus graves.", False),
        ("la région assure 15 % de la production nationale de lait.", True),
        ("la navette assure la liaison avec l'île.", False),
        # a condition: a rule about a kind, not an event
        ("un élu est considéré démissionnaire s'il manque trois séances.", False),
        ("un élu est mis en examen.", True),
    ],
    "comparison": [
        # a rank
        ("la candidate sortante arrive en tête dans quatre cantons sur cinq.", True),
        ("le maire sera en tête de liste.", False),
        ("les élus marchaient en tête de cortège.", False),
        # a record told after its noun
        ("la foire a attiré 80 000 visiteurs, un niveau jamais atteint.", True),
        ("du jamais vu depuis la création du festival.", True),
        ("il n'a jamais atteint la finale.", False),
        ("elle n'a jamais vu la mer.", False),
    ],
    "modal": [
        # a possibility not ruled out
        ("une nouvelle hausse des prix n'est pas exclue.", True),
        ("il n'est pas à exclure que le conseil revote.", True),
        ("le joueur a été exclu du club.", False),
        # "il faut" bringing in a fact is no obligation
        ("il faut rappeler que la commune a fermé deux écoles.", False),
        ("il faut rouvrir les deux écoles.", True),
        # the press's conditional with an adjective and its source; a judgement or no source stays a modal
        ("un quart des accidents seraient évitables, selon l'association.", False),
        ("ce serait inacceptable, selon le syndicat.", True),
        ("ces décès seraient évitables.", True),
    ],
    "opinion": [
        # the judge is no judgement
        ("le suspect a été présenté au juge d'instruction.", False),
        ("le juge des enfants a ordonné un placement.", False),
        ("le conseil juge cette dépense inutile.", True),
        ("il le juge trop coûteux.", True),
        # the judge beside words that hold "juge" but are not it: still no judgement
        ("le juge d'instruction a rendu son jugement mardi.", False),
        ("le juge des référés a été saisi par les juges du fond.", False),
        ("le juge des libertés a été saisi, puis il le juge recevable.", True),
    ],
    "personal": [
        ("il était père de quatre enfants.", True),
        ("elle est mère de deux filles.", True),
        ("le père de la victime a porté plainte.", False),
        ("la maison mère du groupe a fermé deux usines.", False),
    ],
}

# A race's time and an average duration are figures; a time of day is none.
DURATIONS = [
    ("la gagnante a bouclé le parcours en 3 h 12 min.", True),
    ("les patients attendent en moyenne 4 h 20 aux urgences.", True),
    ("le bureau de vote ouvre à 8 h 30.", False),
    ("la réunion commence à 18 h.", False),
]


@pytest.mark.parametrize(
    ("signal", "text", "expected"), [(signal, text, expected) for signal in CASES for text, expected in CASES[signal]]
)
def test_the_signal_reads_the_case_and_leaves_the_look_alike(signal, text, expected):
    assert getattr(read_signals(text, entities=0), signal) is expected


@pytest.mark.parametrize(("text", "counted"), DURATIONS)
def test_a_duration_is_a_figure_and_a_time_of_day_none(text, counted):
    figures = read_signals(text, entities=0).figures
    assert figures > 0 if counted else figures == 0


# Ordinary sentences the cues might raise, each no higher than before them (scores of the code before the cues).
LOOK_ALIKES = [
    ("Le maire sera en tête de liste aux prochaines municipales.", 0.004),
    ("Il n'a jamais atteint la finale du tournoi.", 0.207),
    ("La chaîne diffuse une série de six épisodes sur la Résistance.", 0.137),
    ("De plus, le maire reste prudent sur le calendrier.", 0.031),
    ("Le conseil juge cette dépense inutile.", 0.004),
    ("Le bureau de vote ouvre à 8 h 30 et ferme à 18 h.", 0.045),
]


@pytest.mark.parametrize(("text", "before"), LOOK_ALIKES)
def test_the_look_alikes_score_no_higher_than_before_the_cues(text, before):
    assert score(read_signals(text, entities=0)) <= before + 0.0005
