"""Look-alikes of matching_blind7's kinds: two claims about two regions' people, two organs, drugs
or sources of power, two festivals, a rate kept against a rate changed, a suspended sentence
against a term served, and denials by "aucun" after the verb or by "pas un seul". New sentences,
each beside look-alikes that must not change."""

from datetime import date
from decimal import Decimal

import pytest

from matching.demonyms import people
from matching.facts import build_facts
from matching.rivals import apart
from matching.scoring import find_conflict, score_match
from matching.vocabulary import denied


def facts(text, names=(), count=None, unit="kg", year=None):
    """The facts of `text`, with `names` as (key, name, label), one quantity and a year where written."""
    quantities, dates = [], []
    if year is not None:
        start = text.index(str(year))
        dates.append((date(year, 1, 1), date(year, 12, 31), start, start + 4))
    if count is not None:
        written = str(count)
        start, value = text.index(written), Decimal(written.replace(",", "."))
        quantities.append((value, value, unit, start, start + len(written)))
    return build_facts(
        text=text,
        entities=(key for key, _name, _label in names),
        names=names,
        dates=dates,
        amounts=(),
        quantities=quantities,
    )


def test_aucun_after_the_verb_and_its_complement_denies():
    assert denied("La commune n'a ouvert cette année aucune nouvelle crèche.")
    assert denied("Le syndicat n'a déposé auprès du tribunal aucun recours.")
    assert not denied("La commune n'a ouvert que deux crèches cette année, dont aucune à Sion.")


def test_pas_un_seul_subject_denies():
    assert denied("Pas une seule plainte n'a été déposée à Sion en 2025.")
    assert denied("Pas un seul élève n'a échoué au brevet à Morges.")
    assert not denied("Un seul élève a échoué au brevet à Morges.")


@pytest.mark.parametrize(
    ("sentence", "word", "rival", "count", "unit"),
    [
        # two regions' people told by their adjectives
        ("La police cantonale fribourgeoise a saisi 12 kilos de cannabis.", "fribourgeoise", "neuchâteloise", 12, "kg"),
        ("Les éleveurs flamands ont perdu 300 exploitations en 2025.", "flamands", "wallons", 300, "exploitation"),
        # two organs, two drugs, two sources of power
        ("Le CHU de Lille a réalisé 140 greffes de foie en 2025.", "foie", "poumon", 140, "greffe"),
        ("Les douaniers ont saisi 30 kilos de cannabis au port de Sète.", "cannabis", "crack", 30, "kg"),
        ("Le canton a raccordé 12 centrales solaires au réseau.", "solaires", "hydrauliques", 12, "centrale"),
    ],
)
def test_two_regions_organs_drugs_or_sources_of_power_are_apart(sentence, word, rival, count, unit):
    other = sentence.replace(word, rival)
    assert apart(facts(sentence, count=count, unit=unit), facts(other, count=count, unit=unit))


def test_one_region_told_by_its_adjective_or_its_people_is_not_apart():
    adjective = facts("La police cantonale fribourgeoise a saisi 12 kilos de cannabis en mai.", count=12)
    people = facts("Les policiers, des Fribourgeois, ont saisi 12 kilos de cannabis en mai.", count=12)
    plain = facts("La police cantonale a saisi 12 kilos de cannabis en mai.", count=12)
    assert not apart(adjective, people)
    assert not apart(adjective, plain)  # no region said on one side: a detail, not another place


def test_one_source_of_power_among_two_is_no_rival():
    both = facts("Le solaire et l'éolien ont fourni 12 % de l'électricité du canton.", count=12, unit="%")
    wind = facts("L'éolien a fourni 12 % de l'électricité du canton.", count=12, unit="%")
    assert not apart(both, wind)


def test_two_festivals_of_one_head_word_last_are_apart():
    gurten = facts("Le Gurten Festival a réuni 80 000 spectateurs.", [("gurten festival", "Gurten Festival", "MISC")])
    caribana = facts(
        "Le Caribana Festival a réuni 80 000 spectateurs.", [("caribana festival", "Caribana Festival", "MISC")]
    )
    assert apart(gurten, caribana)
    longer = facts(
        "Le Gurten Festival de Berne a réuni 80 000 spectateurs.",
        [("gurten festival de berne", "Gurten Festival de Berne", "MISC")],
    )
    assert not apart(gurten, longer)  # one name within the other


def test_a_rate_kept_is_not_shown_for_a_rate_changed():
    kept = facts("La Banque nationale suisse a maintenu son taux directeur à 0,5 %.", count="0,5", unit="%")
    raised = facts("La Banque nationale suisse a relevé son taux directeur à 0,5 %.", count="0,5", unit="%")
    assert score_match(kept, raised).signals["polarity"] == "opposite"
    unchanged = facts("La Banque nationale suisse laisse son taux directeur inchangé à 0,5 %.", count="0,5", unit="%")
    assert score_match(kept, unchanged).signals["polarity"] == "same"


def test_a_suspended_sentence_is_not_shown_for_a_term_served():
    suspended = facts(
        "L'ancien trésorier du club a été condamné à 30 mois de prison avec sursis.", count=30, unit="mois"
    )
    served = facts("L'ancien trésorier du club a été condamné à 30 mois de prison ferme.", count=30, unit="mois")
    assert score_match(suspended, served).signals["polarity"] == "opposite"
    again = facts("L'ancien trésorier du club a écopé de 30 mois de prison ferme.", count=30, unit="mois")
    assert score_match(served, again).signals["polarity"] == "same"


def test_one_price_of_a_regions_people_told_risen_and_fallen_conflicts():
    rise = facts(
        "Le prix du lait versé aux éleveurs jurassiens a augmenté de 4 % en 2025.", count=4, unit="%", year=2025
    )
    fall = facts(
        "Le prix du lait versé aux éleveurs jurassiens a baissé de 1 % en 2025, affirme un fromager de Porrentruy.",
        [("porrentruy", "Porrentruy", "LOC")],
        count=1,
        unit="%",
        year=2025,
    )
    assert find_conflict(rise, fall) is not None
    other = facts(
        "Le prix du lait versé aux éleveurs fribourgeois a baissé de 1 % en 2025.", count=1, unit="%", year=2025
    )
    assert find_conflict(rise, other) is None  # another canton's farmers


# Review of match7: the look-alikes of its rules, each beside the case the rule keeps.


def test_only_a_term_to_serve_is_no_suspended_sentence():
    suspended = facts(
        "Un éleveur de Lozère a été condamné à 10 mois avec sursis pour maltraitance.", count=10, unit="mois"
    )
    for served in (
        "Un éleveur de Lozère a été condamné à 10 mois ferme pour maltraitance.",
        "Un éleveur de Lozère a été condamné à 10 mois de prison fermes pour maltraitance.",
    ):
        assert score_match(suspended, facts(served, count=10, unit="mois")).signals["polarity"] == "opposite", served
    for other in (
        # a farm, and the verb "fermer": no term served
        "Le gérant d'une ferme de Lozère a été condamné à 10 mois pour maltraitance.",
        "Un éleveur de Lozère, qui ferme son abattoir, a été condamné à 10 mois pour maltraitance.",
    ):
        assert score_match(suspended, facts(other, count=10, unit="mois")).signals["polarity"] == "same", other


def test_aucun_after_sans_or_in_a_restriction_denies_nothing():
    assert not denied("Le syndic redoute que le chantier ne prenne du retard sans aucune indemnité.")
    assert not denied("La mairie ne subventionne désormais que quatre clubs, dont aucun de football.")
    assert denied("Le syndic n'a versé aux locataires du bloc aucune indemnité.")


def test_a_regions_adjective_after_a_dish_breed_or_language_names_no_people():
    assert people("Le traiteur a vendu 400 parts de bœuf bourguignon à Dijon.", frozenset()) == frozenset()
    assert people("La langue occitane est enseignée dans 90 écoles.", frozenset()) == frozenset()
    assert people("Les vaches normandes ont donné 12 % de lait en moins.", frozenset()) == frozenset()
    assert people("Les éleveurs normands ont perdu 12 % de leur lait.", frozenset()) == {"normand"}
    assert people("Les élus occitans ont voté le budget.", frozenset()) == {"occitan"}


def test_a_regions_people_named_by_noun_or_adjective_is_one_place():
    nouns = people("Sept Wallons sur dix jugent la réforme injuste.", frozenset())
    assert nouns == people("Sept électeurs wallons sur dix jugent la réforme injuste.", frozenset())
    assert nouns != people("Sept Flamands sur dix jugent la réforme injuste.", frozenset())
    assert people("Les Valaisans ont dit oui à 58 %.", frozenset()) == {"valaisan"}
