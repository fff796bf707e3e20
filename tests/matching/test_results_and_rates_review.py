"""The rules of matching_blind5 narrowed by their review (rev-match5): each on new sentences,
beside the sentences those rules were written for, which must not change."""

from decimal import Decimal

from matching.facts import build_facts
from matching.figures import labelled_numbers, scores
from matching.names import one_word_more
from matching.proportions import rates
from matching.scoring import apart, score_match


def facts(text, entities=(), amounts=()):
    return build_facts(text=text, entities=entities, dates=(), amounts=amounts)


def test_an_investigation_said_as_one_is_no_poll_whatever_its_figures():
    assert "sondag" not in facts("Le parquet de Nantes a ouvert une enquête après la hausse de 30 % des vols.").words
    assert "sondag" not in facts("Les deux suspects ont été interrogés dans le cadre de l'enquête à Angers.").words
    assert "sondag" not in facts("Interrogé par les gendarmes, le gérant de Vierzon conteste l'enquête.").words
    # "léger" is an institute only with its capital
    assert "sondag" not in facts("L'enquête a révélé un léger dépassement du budget du stade de Bordeaux.").words
    # polls still read as polls
    assert "sondag" in facts("Selon une enquête Léger, la CAQ recueille 31 % des intentions de vote.").words
    assert "sondag" in facts("Selon une enquête menée auprès de 2 000 Français interrogés, le tram plaît.").words
    assert "sondag" in facts("Selon une enquête Ipsos réalisée auprès de 1 000 personnes, les Belges doutent.").words


def test_a_physician_is_no_rival_of_a_paediatrician_but_is_of_a_nurse():
    paediatrician = facts("Un pédiatre de l'hôpital de Rouen a été agressé samedi soir.", {"rouen"})
    physician = facts("Un médecin de l'hôpital de Rouen a été agressé samedi soir.", {"rouen"})
    nurse = facts("Une infirmière de l'hôpital de Rouen a été agressée samedi soir.", {"rouen"})
    assert not apart(paediatrician, physician) and score_match(paediatrician, physician).shown
    assert apart(physician, nurse) and apart(paediatrician, nurse)
    psychiatrists = facts("La Haute-Marne compte 60 psychiatres pour 100 000 habitants.", {"haute-marne"})
    dentists = facts("La Haute-Marne compte 60 dentistes pour 100 000 habitants.", {"haute-marne"})
    assert apart(psychiatrists, dentists)


def test_hiv_and_aids_are_one_and_mpox_is_the_monkey_pox():
    hiv = facts("Au Sénégal, 39 000 personnes vivent avec le VIH, selon l'Onusida.", {"sénégal"})
    aids = facts("Au Sénégal, 39 000 personnes vivent avec le sida, selon l'Onusida.", {"sénégal"})
    malaria = facts("Au Sénégal, 39 000 personnes vivent avec le paludisme, selon l'Onusida.", {"sénégal"})
    assert not apart(hiv, aids) and apart(hiv, malaria)
    monkeypox = facts("La RDC a recensé 1 200 cas de variole du singe depuis janvier.", {"rdc"})
    mpox = facts("La RDC a recensé 1 200 cas de mpox depuis janvier.", {"rdc"})
    cholera = facts("La RDC a recensé 1 200 cas de choléra depuis janvier.", {"rdc"})
    assert not apart(monkeypox, mpox) and apart(mpox, cholera)


def test_only_a_court_is_named_without_its_kind():
    assert one_word_more("cour de Douai", "cour d'appel de Douai")
    assert one_word_more("tribunal de Rennes", "tribunal correctionnel de Rennes")
    assert not one_word_more("Université de Lyon", "Université catholique de Lyon")
    assert not one_word_more("Théâtre de Namur", "Théâtre royal de Namur")
    assert not one_word_more("tribunal judiciaire de Nancy", "tribunal correctionnel de Nancy")


def test_a_measure_or_a_price_over_a_thousand_is_no_rate():
    assert rates("Le cycliste de Besançon a parcouru 420 km sur 1 000 km prévus.")[0] == []
    assert [r[0] for r in rates("Le Gers compte 4,5 médecins pour 1 000 habitants.")[0]] == [Decimal(450)]
    price = "À Metz, le prix de l'eau augmente de 2 euros pour 1 000 litres."
    euros = (Decimal(2), Decimal(2), "EUR", price.index("2 euros"), price.index("2 euros") + 7)
    assert facts(price, {"metz"}, (euros,)).proportions == ()
    per_people = "La Creuse compte 412 cas de grippe pour 100 000 habitants."
    assert [p.low for p in facts(per_people).proportions] == [Decimal(412)]


def test_a_range_of_a_unit_a_sum_hours_days_or_a_season_is_no_score():
    assert scores("Après sa défaite, le club de Sochaux a perdu 5 à 10 M€ de recettes.") == []
    assert scores("Après la défaite, les joueurs de Toulon ont perdu 2-3 kg pendant le stage.") == []
    assert scores("Le match de Caen aura lieu le 3 à 20 h.") == []
    assert scores("Le match à Montpellier se jouera les 14-15 juin.") == []
    assert scores("Lors de la saison 24-25, le RC Lens a gagné 12 matchs à domicile.") == []
    # scores still read, after a bracket, "buts", or before a place
    assert [s[0] for s in scores("La victoire de Lyon (score final 27-20) au stade.")] == [27, 20]
    assert [s[0] for s in scores("Le Maroc a gagné 3 buts à 2 contre le Mali.")] == [3, 2]
    assert [s[0] for s in scores("Le club a gagné 3 matchs sur 5, dont un 2 à 1 à Lyon.")] == [2, 1]


def test_a_number_that_counts_names_nothing():
    assert labelled_numbers("À Lille, le formulaire est en ligne 7 jours sur 7 depuis lundi.")[0] == frozenset()
    assert labelled_numbers("La ministre porte 2 projets de loi sur l'eau.")[0] == frozenset()
    assert labelled_numbers("La nouvelle salle 2 fois plus grande ouvrira à Arlon.")[0] == frozenset()
    assert labelled_numbers("La ligne 1 est fermée depuis lundi, et le quai 4 aussi.")[0] == {("ligne", 1), ("quai", 4)}
