"""Quantities blind-22 (78 news paragraphs written blind: Swiss, Belgian, Québec and African usages, sport, weather,
energy and engines, look-alikes): money 0.957, quantities 0.946 exact when measured once. The corrections made
after it, by kind, kept here on invented sentences, each beside the look-alike it must leave alone."""

import pytest

from annotations.nlp.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, object, object, str]]:
    return [(found.text, _float(found.min), _float(found.max), found.unit) for found in find_quantities(text)]


def _float(value):
    return None if value is None else float(value)


QUANTITIES = [
    # --- degrees below zero are the weather's, with no word of it in their sentence; an angle's stay degrees
    ("Les randonneurs ont passé la nuit sous la tente par -21 degrés.", [("-21 degrés", -21, -21, "°C")]),
    ("Le convoi est reparti à l'aube par moins 15 degrés.", [("moins 15 degrés", -15, -15, "°C")]),
    ("La piste est inclinée à -5 degrés dans le dernier virage.", [("-5 degrés", -5, -5, "°")]),
    ("Le vin titre 13 degrés.", [("13 degrés", 13, 13, "°")]),
    # --- hours of a climb, hours a day, hours something takes ("mettre ... à"): lengths
    ("Ils ont atteint le refuge après neuf heures de montée.", [("neuf heures", 9, 9, "heure")]),
    ("Les collégiens lisent deux heures par semaine en moyenne.", [("deux heures", 2, 2, "heure")]),
    ("Un tiers des seniors marchent une heure par jour.", [("une heure", 1, 1, "heure")]),
    ("Le courrier met trois heures à traverser la ville.", [("trois heures", 3, 3, "heure")]),
    # a time of day stays one
    ("Le car part à 11 heures de Lausanne.", []),
    ("Ils se retrouvent chaque jour à 8 heures devant la mairie.", []),
    # --- hundredths alone after a race timed in the sentence before
    (
        "Elle a gagné le géant en 1 min 48,12 s. Sa rivale italienne termine à neuf centièmes.",
        [("1 min 48,12 s", 108.12, 108.12, "seconde"), ("neuf centièmes", 0.09, 0.09, "seconde")],
    ),
    ("Le conseil a voté mardi. La part de l'État baisse de trois centièmes.", []),
    # --- an engine's chevaux are horsepower, a stable's horses
    ("Le tracteur, doté d'un moteur de 240 chevaux, coûte cher.", [("240 chevaux", 240, 240, "ch")]),
    ("L'écurie de Chantilly entraîne 40 chevaux de course.", [("40 chevaux", 40, 40, "cheval")]),
    # --- carats, English plurals
    ("La bague sertie d'un saphir de 3,2 carats a été volée.", [("3,2 carats", 3.2, 3.2, "ct")]),
    ("Le gardien a arrêté deux penalties en finale.", [("deux penalties", 2, 2, "penalty")]),
    # --- "livres" weigh where their paragraph sells or weighs by the pound; else they are books
    (
        "Le bleuet se vend 4 $ la livre. Un panier de trois livres part en une heure.",
        [("trois livres", 3, 3, "lb"), ("une heure", 1, 1, "heure")],
    ),
    ("L'autrice a vendu 40 000 livres au Québec.", [("40 000 livres", 40000, 40000, "livre")]),
    # --- a bare figure after "contre" takes the nearest count alike in size
    (
        "La clinique emploie 85 médecins et reçoit jusqu'à 120 patients par jour, contre 90 l'an dernier.",
        [("85 médecins", 85, 85, "médecin"), ("jusqu'à 120 patients", None, 120, "patient"), ("90", 90, 90, "patient")],
    ),
    # none alike nearby: the closest in size
    (
        "Le collège accueille 412 élèves dans 16 classes, contre 389.",
        [("412 élèves", 412, 412, "élève"), ("16 classes", 16, 16, "classe"), ("389", 389, 389, "élève")],
    ),
    # --- "en" before a verb of counting, whatever its subject
    (
        "Les organisateurs annoncent 15 000 participants ; la préfecture en a dénombré 9 000.",
        [("15 000 participants", 15000, 15000, "participant"), ("9 000", 9000, 9000, "participant")],
    ),
    # --- the whole after "sur" lends no noun: the pronoun stands for the seats
    (
        "La majorité détient 31 sièges sur 45 ; l'opposition n'en a que 14.",
        [("31 sièges", 31, 31, "siège"), ("14", 14, 14, "siège")],
    ),
]


# The review's look-alikes (rev-qty22): each rule narrowed, beside the case it must keep.
REVIEWED = [
    # "contre": the nearest count only within a factor of three, else the closest in size
    (
        "Le club compte 25 joueurs et 3 entraîneurs, contre 20 l'an dernier.",
        [("25 joueurs", 25, 25, "joueur"), ("3 entraîneurs", 3, 3, "entraîneur"), ("20", 20, 20, "joueur")],
    ),
    (
        "Le club a 20 entraîneurs et 250 joueurs, contre 30 en 2020.",
        [("20 entraîneurs", 20, 20, "entraîneur"), ("250 joueurs", 250, 250, "joueur"), ("30", 30, 30, "entraîneur")],
    ),
    # "livres": a weighing only just before them, no books in their sentence
    ("L'auteur pèse ses mots : il a publié 12 livres.", [("12 livres", 12, 12, "livre")]),
    ("Le poids des cartables inquiète : les élèves portent 8 livres.", [("8 livres", 8, 8, "livre")]),
    ("Le bœuf se vend 5 $ la livre ; la librairie voisine a écoulé 200 livres.", [("200 livres", 200, 200, "livre")]),
    ("Le saumon pesait 30 livres à la pesée officielle.", [("30 livres", 30, 30, "lb")]),
    ("Un bébé de 7 livres et 4 onces est né à Sherbrooke.", [("7 livres", 7, 7, "lb"), ("4 onces", 4, 4, "once")]),
    # "chevaux": an engine's word a few words before, no comma between
    ("Le haras, qui développe l'élevage, compte 80 chevaux.", [("80 chevaux", 80, 80, "cheval")]),
    ("Le diesel a grimpé et les éleveurs ont vendu 40 chevaux.", [("40 chevaux", 40, 40, "cheval")]),
    ("Le V8 biturbo, qui développe 450 chevaux, fait rêver.", [("450 chevaux", 450, 450, "ch")]),
    # hundredths alone take a race time in the sentence before only for a gap ("à", "de")
    (
        "Le sprinteur a gagné en 9,91 s. Le dollar a gagné trois centièmes face au franc.",
        [("9,91 s", 9.91, 9.91, "seconde")],
    ),
    (
        "La skieuse a bouclé la descente en 1 min 34,12 s. Sa dauphine pointe à douze centièmes.",
        [("1 min 34,12 s", 94.12, 94.12, "seconde"), ("douze centièmes", 0.12, 0.12, "seconde")],
    ),
    # below zero, a drink's degrees are its temperature; an angle's stay degrees
    ("La vodka se déguste à -10 degrés.", [("-10 degrés", -10, -10, "°C")]),
    ("Le robot a pivoté de -90 degrés avant de repartir.", [("-90 degrés", -90, -90, "°")]),
]


@pytest.mark.parametrize("text, expected", QUANTITIES + REVIEWED)
def test_quantities_blind22(text, expected):
    assert quantities(text) == expected
