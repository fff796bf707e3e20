"""Conflicts within one article (matching.scoring.find_conflict) of matching_blind6's kinds: a
rise told against a fall of one thing in one period, and figures of two periods, which are two
facts, no date in conflict. New sentences, each beside look-alikes that must not change."""

from datetime import date
from decimal import Decimal

from matching.facts import build_facts, stems
from matching.proportions import proportions
from matching.scoring import apart, find_conflict, score_match
from matching.vocabulary import change_word


def facts(text, entities, year=None, percent=None, count=None):
    """The facts of `text`, its year, percentage and count found where `text` writes them."""
    dates = [(date(year, 1, 1), date(year, 12, 31), text.index(str(year)), text.index(str(year)) + 4)] if year else []
    quantities = []
    for value, unit in ((percent, "%"), (count, "logement")):
        if value is not None:
            written = f"{value} %" if unit == "%" else f"{value:,}".replace(",", " ")
            start = text.index(written)
            quantities.append((Decimal(value), Decimal(value), unit, start, start + len(written)))
    return build_facts(text=text, entities=entities, dates=dates, amounts=(), quantities=quantities)


def test_a_rise_and_a_fall_of_one_thing_in_one_period_conflict():
    fall = facts("Le loyer moyen à Poitiers a baissé de 4 % en 2024, selon l'observatoire.", {"poitiers"}, 2024, 4)
    rise = facts("Selon le syndic, le loyer moyen à Poitiers a progressé de 1 % en 2024.", {"poitiers"}, 2024, 1)
    assert find_conflict(fall, rise).kind == "amount"  # both give the change's figure
    told = facts("Le maire a pourtant assuré que le loyer moyen avait augmenté à Poitiers en 2024.", {"poitiers"}, 2024)
    assert find_conflict(fall, told).kind == "denial"  # a rise with no figure denies the fall


def test_a_rise_and_a_fall_in_two_periods_or_of_two_things_do_not_conflict():
    fall = facts("Le loyer moyen à Poitiers a baissé de 4 % en 2024, selon l'observatoire.", {"poitiers"}, 2024, 4)
    later = facts("Le loyer moyen à Poitiers a progressé de 1 % en 2023, selon l'observatoire.", {"poitiers"}, 2023, 1)
    assert find_conflict(fall, later) is None
    undated = facts("Le loyer moyen à Poitiers a progressé de 1 %, selon l'observatoire.", {"poitiers"}, percent=1)
    assert find_conflict(fall, undated) is None  # no period given by both: perhaps another one
    other = facts("Le nombre de logements vides à Poitiers a progressé de 1 % en 2024.", {"poitiers"}, 2024, 1)
    assert find_conflict(fall, other) is None  # another thing
    denied = facts(
        "Le loyer moyen à Poitiers n'a pas augmenté de 4 % en 2024, selon l'observatoire.", {"poitiers"}, 2024, 4
    )
    assert find_conflict(fall, denied) is None  # a rise denied is no rise


def test_figures_of_two_periods_are_two_facts_not_a_date_in_conflict():
    count = facts("La préfecture de l'Isère a recensé 8 300 logements vacants en 2025.", {"isère"}, 2025, count=8300)
    before = facts("En 2024, les logements vacants avaient augmenté de 2 % en Isère.", {"isère"}, 2024, 2)
    assert find_conflict(count, before) is None
    again = facts("En 2024, la préfecture de l'Isère a recensé 7 900 logements vacants.", {"isère"}, 2024, count=7900)
    assert find_conflict(count, again) is None  # two years' counts
    moved = facts("La préfecture de l'Isère a recensé 8 300 logements vacants en 2024.", {"isère"}, 2024, count=8300)
    assert find_conflict(count, moved).kind == "date"  # one count, said of two years
    bare = facts("La préfecture de l'Isère a recensé les logements vacants en 2024.", {"isère"}, 2024)
    assert find_conflict(count, bare).kind == "date"  # the other gives no figure: the same census


def test_words_that_link_a_claim_to_the_one_before_are_none_of_its_words():
    assert stems("Le préfet avait pourtant annoncé la fermeture") == stems("Le préfet a annoncé la fermeture")
    assert stems("Les prix étaient toutefois en hausse") == stems("Les prix en hausse")


def test_a_fall_told_against_a_rise_shows_its_word_to_the_editor():
    assert change_word("Le loyer moyen à Poitiers a reculé de 4 % en 2024.") == "reculé"
    assert change_word("Selon le syndic, le loyer moyen à Poitiers est en hausse.") == "hausse"
    assert change_word("Le loyer moyen à Poitiers atteint 640 euros.") == ""


def counted(text, number, noun):
    written = f"{number:,}".replace(",", " ")
    start = text.index(written)
    quantity = (Decimal(number), Decimal(number), noun, start, start + len(written))
    return build_facts(text=text, entities={"vienne"}, dates=(), amounts=(), quantities=[quantity])


def test_one_count_of_another_noun_in_the_same_words_is_another_thing():
    tutors = counted("Le département de la Vienne a embauché 35 éducateurs cette année.", 35, "éducateur")
    guards = counted("Le département de la Vienne a embauché 35 surveillants cette année.", 35, "surveillant")
    assert apart(tutors, guards) and not score_match(tutors, guards).shown
    # the same count told in other words stays one: "personnes" for "visiteurs", another verb too
    visitors = counted("Le musée de la Vienne a reçu 1 200 visiteurs dimanche.", 1200, "visiteur")
    people = counted("Dimanche, 1 200 personnes se sont rendues au musée de la Vienne.", 1200, "personne")
    assert not apart(visitors, people)
    # another number is no swap of the noun: a conflict of counts, read elsewhere
    more = counted("Le département de la Vienne a embauché 53 surveillants cette année.", 53, "surveillant")
    assert not apart(tutors, more)


def test_a_leap_is_a_rise_a_plunge_a_fall_and_jobs_lost_are_no_jobs_created():
    assert stems("Les ventes ont bondi de 9 %") == stems("Les ventes ont augmenté de 9 %")
    assert stems("Les ventes ont plongé de 9 %") == stems("Les ventes ont baissé de 9 %")
    created = facts("La métropole de Rouen a créé 800 emplois en 2024.", {"rouen"}, 2024)
    lost = facts("La métropole de Rouen a perdu 800 emplois en 2024.", {"rouen"}, 2024)
    assert score_match(created, lost).signals["polarity"] == "opposite"


def test_one_bound_alone_is_a_number_that_keeps_two_claims_apart():
    text = "Moins de 7 % des vols ont été élucidés à Tarbes."
    under = build_facts(text=text, entities={"tarbes"}, dates=(), amounts=(), quantities=[(None, 7, "%", 0, 12)])
    text = "Plus de 17 % des vols ont été élucidés à Tarbes."
    over = build_facts(text=text, entities={"tarbes"}, dates=(), amounts=(), quantities=[(17, None, "%", 0, 12)])
    assert not score_match(under, over).shown
    text = "À Tarbes, le taux d'élucidation des vols n'a pas atteint 7 %."
    said = build_facts(text=text, entities={"tarbes"}, dates=(), amounts=(), quantities=[(7, 7, "%", 57, 60)])
    assert score_match(under, said).signals["numbers"] == "absent"  # the bound alone is no second number


def test_a_share_whose_noun_has_a_complement_is_read():
    assert [p[0] for p in proportions("Un salarié du privé sur cinq télétravaille à Lille.")] == [Decimal("20")]
    assert [p[0] for p in proportions("Une commune de Corrèze sur trois n'a plus de médecin.")] == [Decimal("33")]
    # no proportion where the whole counts a noun or a unit: "un vote de confiance sur deux textes"
    assert proportions("Il a obtenu un vote de confiance sur deux textes.") == []
    assert proportions("Un bouchon de camions sur 5 km ralentit l'A7.") == []


def test_a_rise_and_a_fall_of_two_things_each_told_with_a_word_the_other_lacks_do_not_conflict():
    # review of matching_blind6: the words before the change, in its clause, name what changes
    fell = facts("Le chômage a baissé en Occitanie en 2025, selon la Dares.", {"occitanie"}, 2025)
    young = facts("Le chômage des jeunes a augmenté en Occitanie en 2025, selon la Dares.", {"occitanie"}, 2025)
    assert fell.changed == stems("chômage") and young.changed == stems("chômage jeunes")
    assert find_conflict(fell, young) is None  # a part of the whole rose
    diesel = facts("Le prix du gazole a reculé en Alsace en 2026.", {"alsace"}, 2026)
    petrol = facts("Le prix de l'essence a grimpé en Alsace en 2026.", {"alsace"}, 2026)
    assert find_conflict(diesel, petrol) is None  # two prices
    # the look-alikes that do conflict: the same thing, its source or a clause before it
    told = facts("Selon la CCI, le chômage a augmenté en Occitanie en 2025.", {"occitanie"}, 2025)
    assert told.changed == stems("chômage") and find_conflict(fell, told).kind == "denial"
    said = facts("Le préfet a assuré que le chômage avait augmenté en Occitanie en 2025.", {"occitanie"}, 2025)
    assert find_conflict(fell, said).kind == "denial"


def test_a_count_of_people_told_by_its_general_noun_is_no_other_thing():
    def people(text, noun):
        start = text.index("12")
        quantity = (Decimal(12), Decimal(12), noun, start, start + 2)
        return build_facts(text=text, entities={"aude"}, dates=(), amounts=(), quantities=[quantity])

    suspects = people("La gendarmerie de l'Aude a interpellé 12 suspects samedi.", "suspect")
    anyone = people("La gendarmerie de l'Aude a interpellé 12 personnes samedi.", "personne")
    assert not apart(suspects, anyone)
    witnesses = people("La gendarmerie de l'Aude a interpellé 12 témoins samedi.", "témoin")
    assert apart(suspects, witnesses)  # another kind of people is still another thing


def test_diving_is_no_plunge():
    assert "baiss" not in stems("Le club de plongée de Banyuls a ouvert une école")
    assert "baiss" in stems("Les ventes de bateaux ont plongé à Banyuls")
