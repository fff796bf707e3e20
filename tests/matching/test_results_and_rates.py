"""matching rules for the kinds of matching_blind5: a poll called "enquête", match scores, rounds,
numbered things, rates per 1 000 or 100 000, rival diseases and professions, a body named with or
without its kind, a profit and a loss; each beside look-alikes that must not change."""

from decimal import Decimal

from matching.facts import build_facts
from matching.figures import labelled_numbers, ranks, scores
from matching.names import one_word_more
from matching.proportions import rates
from matching.scoring import apart, find_conflict, score_match
from matching.vocabulary import opposed


def facts(text, entities=(), names=()):
    return build_facts(text=text, entities=entities, names=names, dates=(), amounts=())


def values(found):
    return [(value, unit) for value, _high, unit, _start, _end in found]


def test_an_enquete_is_a_poll_only_with_a_poll_s_cues():
    poll = facts("Un sondage Harris place la maire de Dijon à 38 % des intentions de vote.", {"dijon"})
    said_otherwise = facts(
        "Selon une enquête Harris, la maire de Dijon recueille 38 % des intentions de vote.", {"dijon"}
    )
    inquiry = facts("Le parquet de Dijon a ouvert une enquête sur la maire pour prise illégale d'intérêts.", {"dijon"})
    assert "sondag" in said_otherwise.words and "sondag" not in inquiry.words
    assert score_match(poll, said_otherwise).shown
    assert "sondag" not in score_match(poll, inquiry).signals["shared_words"]
    # "personnes interrogées" is a cue; a survey of "gendarmes" with no cue stays an investigation
    asked = facts("D'après une enquête auprès de 900 personnes interrogées, les Dijonnais boudent le tram.")
    assert "sondag" in asked.words
    assert "sondag" not in facts("Les gendarmes mènent l'enquête après l'incendie d'un hangar à Beaune.").words


def test_a_score_is_read_from_either_side_and_another_score_conflicts():
    assert values(scores("Le FC Metz a battu Brest 2-0 au stade Saint-Symphorien")) == [
        (Decimal(2), "score, haut"),
        (Decimal(0), "score, bas"),
    ]
    assert values(scores("Les Canadiens l'ont emporté 5 à 3 face à Boston")) == [
        (Decimal(5), "score, haut"),
        (Decimal(3), "score, bas"),
    ]
    # The look-alikes: an age group, a range of days, a range of degrees, no match told.
    assert scores("Les 18-25 ans sont les plus touchés par la précarité") == []
    assert scores("Le chantier a pris de 3 à 5 jours de retard, le match est reporté") == []
    assert scores("Le thermomètre est passé de 12 à 25 degrés pendant le match") == []
    a = facts("Le FC Metz a battu le Stade brestois 2-0 samedi.", {"fc metz", "stade brestois"})
    b = facts("Le Stade brestois s'est incliné 0-2 face au FC Metz samedi.", {"fc metz", "stade brestois"})
    c = facts("Le FC Metz a battu le Stade brestois 3-0 samedi.", {"fc metz", "stade brestois"})
    assert score_match(a, b).signals["amount"] == "equal"
    assert score_match(a, c).signals["amount"] == "conflict" and not score_match(a, c).shown
    assert find_conflict(a, c).kind == "amount"


def test_a_round_of_a_competition_is_a_figure_of_its_own():
    assert values(ranks("Lors de la 9e journée de Pro D2, Oyonnax a gagné")) == [(Decimal(9), "tour")]
    assert values(ranks("Au second tour, la candidate a obtenu 52 % des voix")) == [(Decimal(2), "tour")]
    assert values(ranks("Nantes est 5e du classement de Ligue 1")) == [(Decimal(5), "rang")]
    assert ranks("Le 1er janvier, la 3e ligne du tram de Liège ouvrira") == []
    a = facts("Oyonnax a gagné à Agen lors de la 9e journée de Pro D2.", {"oyonnax", "agen"})
    b = facts("Oyonnax a gagné à Agen lors de la 14e journée de Pro D2.", {"oyonnax", "agen"})
    assert not score_match(a, b).shown


def test_two_numbers_after_one_word_name_two_things():
    assert labelled_numbers("La ligne 4 du tram et la route 138")[0] == {("ligne", 4), ("route", 138)}
    assert labelled_numbers("Le tram circule jusqu'à 1 h")[0] == frozenset()
    one = facts("La ligne 3 du tramway de Bordeaux roulera jusqu'à minuit dès lundi.", {"bordeaux"})
    other = facts("La ligne 1 du tramway de Bordeaux roulera jusqu'à minuit dès lundi.", {"bordeaux"})
    same = facts("Dès lundi, la ligne 3 du tramway de Bordeaux roulera jusqu'à minuit.", {"bordeaux"})
    assert score_match(one, other).signals["numbers"] == "conflict" and not score_match(one, other).shown
    assert score_match(one, same).shown
    # a line's number is no stray number: "ligne 2 ... 1 h" against "ligne 2 ... 2 h"
    late = facts("La ligne 2 du métro de Rennes roulera jusqu'à 2 h le samedi.", {"rennes"})
    early = facts("La ligne 2 du métro de Rennes roulera jusqu'à 1 h le samedi.", {"rennes"})
    assert late.numbers == {Decimal(2)} and not score_match(late, early).shown


def test_rates_per_thousand_people_or_more_are_read_per_100_000():
    assert values(rates("On compte 38 cas de tuberculose pour 100 000 habitants en Guyane")[0]) == [
        (Decimal(38), "pour 100 000")
    ]
    assert values(rates("soit 2,1 lits pour 1 000 habitants")[0]) == [(Decimal(210), "pour 100 000")]
    # The look-alikes: a share of ten, a wage per month, a count of places.
    assert rates("Trois élèves sur dix et 1 500 euros par mois")[0] == []
    assert rates("15 000 spectateurs pour 20 000 places")[0] == []
    a = facts("La Guyane compte 2,1 lits de réanimation pour 1 000 habitants.", {"guyane"})
    b = facts("En Guyane, on compte 210 lits de réanimation pour 100 000 habitants.", {"guyane"})
    c = facts("La Guyane compte 3,4 lits de réanimation pour 1 000 habitants.", {"guyane"})
    assert score_match(a, b).signals["amount"] == "equal" and score_match(a, b).shown
    assert score_match(a, c).signals["amount"] == "conflict"
    assert "lit" in " ".join(b.words)  # the words between the figure and its base stay the claim's


def test_two_diseases_or_two_health_professions_are_two_facts():
    measles = facts("La Wallonie a recensé 4,2 cas de rubéole pour 100 000 habitants en 2025.", {"wallonie"})
    flu = facts("La Wallonie a recensé 4,2 cas de grippe pour 100 000 habitants en 2025.", {"wallonie"})
    assert apart(measles, flu) and not score_match(measles, flu).shown
    gps = facts("L'Aisne compte 71 médecins généralistes pour 100 000 habitants.", {"aisne"})
    said_short = facts("Dans l'Aisne, on dénombre 71 généralistes pour 100 000 habitants.", {"aisne"})
    nurses = facts("L'Aisne compte 71 infirmiers pour 100 000 habitants.", {"aisne"})
    assert not apart(gps, said_short) and score_match(gps, said_short).shown
    assert apart(gps, nurses)


def test_a_body_named_with_or_without_its_kind_is_one():
    assert one_word_more("tribunal de Nancy", "tribunal administratif de Nancy")
    assert not one_word_more("tribunal judiciaire de Nancy", "tribunal correctionnel de Nancy")
    assert not one_word_more("tribunal de Nancy", "tribunal de commerce de Metz")
    short = (("tribunal de nancy", "tribunal de Nancy", "ORG"),)
    long = (("tribunal administratif de nancy", "tribunal administratif de Nancy", "ORG"),)
    other = (("tribunal judiciaire de nancy", "tribunal judiciaire de Nancy", "ORG"),)
    a = facts("Le tribunal administratif de Nancy a annulé le permis.", {long[0][0]}, long)
    b = facts("Le tribunal de Nancy a annulé le permis.", {short[0][0]}, short)
    c = facts("Le tribunal judiciaire de Nancy a annulé le permis.", {other[0][0]}, other)
    assert not apart(a, b) and apart(a, c)


def test_a_profit_is_no_loss():
    profit = facts("Le groupe Colruyt a dégagé un bénéfice de 310 millions d'euros.").words
    loss = facts("Le groupe Colruyt a essuyé une perte de 310 millions d'euros.").words
    assert opposed(profit, loss)
    assert not opposed(profit, facts("Le bénéfice du groupe Colruyt a atteint 310 millions d'euros.").words)
