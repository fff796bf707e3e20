"""matching.vocabulary: the words read as one, the opposite outcomes, the denials."""

import pytest

from matching.facts import stems
from matching.vocabulary import denied, opposed


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # synonyms of news
        ("Le ferry a embarqué 900 passagers", "Le ferry a embarqué 900 voyageurs"),
        ("L'usine supprime 300 emplois", "L'usine supprime 300 postes"),
        ("L'accident a fait trois morts", "L'accident a fait trois décès"),
        # a verb and its noun
        ("La maternité fermera", "La fermeture de la maternité"),
        ("Le groupe a supprimé l'usine", "La suppression de l'usine par le groupe"),
        ("La coopérative a produit du lait", "La production de lait de la coopérative"),
        ("Le maire a été élu", "L'élection du maire"),
        # a rate raised or lowered: a rise, a fall
        ("La banque a relevé son taux", "Hausse du taux de la banque"),
        ("La banque a abaissé son taux", "Baisse du taux de la banque"),
        ("Le loyer est descendu", "Le loyer a baissé"),
    ],
)
def test_stems_read_two_wordings_as_the_same_words(one, other):
    assert stems(one) == stems(other)


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Le tribunal de Lille a condamné le gérant", "Le tribunal de Lille a relaxé le gérant", True),
        ("Les députés ont adopté l'amendement", "Les députés ont rejeté l'amendement", True),
        ("La préfecture a confirmé le concert", "La préfecture a annulé le concert", True),
        ("Le festival est reporté à juin", "Le festival est avancé à juin", True),
        ("La mairie ouvre une crèche", "La mairie ferme une crèche", True),
        ("L'hôpital a créé dix lits", "L'hôpital a supprimé dix lits", True),
        ("La conserverie recrute 40 ouvriers", "La conserverie licencie 40 ouvriers", True),
        ("Le tribunal administratif a validé le permis", "Le tribunal administratif a suspendu le permis", True),
        ("La cour d'appel a confirmé l'amende", "La Cour de cassation a cassé l'amende", True),
        ("Le jury a retenu trois projets", "Le jury a écarté trois projets", True),
        ("La région a embauché 60 agents", "La région a supprimé 60 postes d'agents", True),
        ("Le Lausannois a remporté le slalom", "Le Lausannois a chuté dans le slalom", True),
        # look-alikes: the same outcome in two words, and a fall beside a win in one claim
        ("Le Conseil d'État a annulé l'arrêté", "Le Conseil d'État a suspendu l'arrêté", False),
        ("Le jury a retenu trois projets", "Le jury a validé trois projets", False),
        ("Vainqueur du slalom, le Lausannois a vu sa cote chuter", "Le Lausannois a remporté le slalom", False),
        ("Le tribunal a condamné le gérant", "Le gérant a été condamné en appel", False),
        # A claim that tells both outcomes tells neither.
        ("Relaxé en première instance, le gérant a été condamné en appel", "Le gérant a été relaxé", False),
    ],
)
def test_opposed_reads_opposite_outcomes(one, other, expected):
    assert opposed(stems(one), stems(other)) is expected


def test_denied_is_not_a_restriction_with_words_between_plus_and_que():
    assert not denied("Le gazole n'est plus vendu qu'à 1,60 euro le litre")
    assert not denied("La ligne ne compte désormais plus que trois arrêts")
    assert denied("Le gazole n'est plus vendu dans la commune")
