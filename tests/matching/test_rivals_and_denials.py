"""Look-alikes of matching_blind7's kinds: two claims about two regions' people, two organs, drugs
or sources of power, two festivals, a rate kept against a rate changed, a suspended sentence
against a term served, and denials by "aucun" after the verb or by "pas un seul". New sentences,
each beside look-alikes that must not change."""

from datetime import date
from decimal import Decimal

import pytest

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
