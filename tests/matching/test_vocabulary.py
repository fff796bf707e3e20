"""matching.vocabulary: the words read as one, the opposite outcomes, the denials."""

from matching.facts import stems
from matching.vocabulary import denied, opposed


def test_stems_read_synonyms_of_news_as_one_word():
    assert stems("Le ferry a embarqué 900 passagers") == stems("Le ferry a embarqué 900 voyageurs")
    assert stems("L'usine supprime 300 emplois") == stems("L'usine supprime 300 postes")
    assert stems("L'accident a fait trois morts") == stems("L'accident a fait trois décès")


def test_stems_read_a_verb_and_its_noun_as_one_word():
    assert stems("La maternité fermera") == stems("La fermeture de la maternité")
    assert stems("Le groupe a supprimé l'usine") == stems("La suppression de l'usine par le groupe")
    assert stems("La coopérative a produit du lait") == stems("La production de lait de la coopérative")
    assert stems("Le maire a été élu") == stems("L'élection du maire")


def test_stems_read_a_rate_raised_or_lowered_as_a_rise_or_a_fall():
    assert stems("La banque a relevé son taux") == stems("Hausse du taux de la banque")
    assert stems("La banque a abaissé son taux") == stems("Baisse du taux de la banque")
    assert stems("Le loyer est descendu") == stems("Le loyer a baissé")


def test_opposed_reads_opposite_outcomes():
    def opposite(one, other):
        return opposed(stems(one), stems(other))

    assert opposite("Le tribunal de Lille a condamné le gérant", "Le tribunal de Lille a relaxé le gérant")
    assert opposite("Les députés ont adopté l'amendement", "Les députés ont rejeté l'amendement")
    assert opposite("La préfecture a confirmé le concert", "La préfecture a annulé le concert")
    assert opposite("Le festival est reporté à juin", "Le festival est avancé à juin")
    assert opposite("La mairie ouvre une crèche", "La mairie ferme une crèche")
    assert opposite("L'hôpital a créé dix lits", "L'hôpital a supprimé dix lits")
    assert opposite("La conserverie recrute 40 ouvriers", "La conserverie licencie 40 ouvriers")
    assert not opposite("Le tribunal a condamné le gérant", "Le gérant a été condamné en appel")
    # A claim that tells both outcomes tells neither.
    assert not opposite("Relaxé en première instance, le gérant a été condamné en appel", "Le gérant a été relaxé")


def test_denied_is_not_a_restriction_with_words_between_plus_and_que():
    assert not denied("Le gazole n'est plus vendu qu'à 1,60 euro le litre")
    assert not denied("La ligne ne compte désormais plus que trois arrêts")
    assert denied("Le gazole n'est plus vendu dans la commune")
