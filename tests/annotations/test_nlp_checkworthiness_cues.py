"""The cues the check-worthiness signals read (annotations/nlp/checkworthiness_cues.py), each next to
the look-alike it must leave alone. Sentences invented for these tests, lower-cased as read_signals
reads them."""

import pytest

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.types import DateSpan


def span(sentence: str, part: str) -> DateSpan:
    """A mark over `part` of `sentence` (read_signals needs only its start and end)."""
    start = sentence.index(part)
    return DateSpan(start, start + len(part), part, "", "", None, None)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("c'est la troisième panne du mois.", 1),  # a rank is a count
        ("le club remonte à la sixième place.", 1),
        ("le premier ministre a parlé.", 0),  # "premier" is left out
        ("le diesel b7 et le sp95-e10 sont vendus ici.", 0),  # digits in a code
        ("la cuve contient 95 litres.", 1),
        ("une trentaine de riverains ont assisté à la réunion.", 0),  # a round count (a marked quantity)
        ("trente riverains ont assisté à la réunion.", 1),
    ],
)
def test_read_signals_counts_ranks_but_not_codes_nor_round_counts(sentence, figures):
    marks = [span(sentence, "une trentaine de riverains")] if "trentaine" in sentence else []
    marks += [span(sentence, "trente riverains")] if sentence.startswith("trente") else []
    assert read_signals(sentence, entities=0, quantities=marks).figures == figures


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("les syndicats affirment que le site était rentable.", True),  # the plural of "affirme que"
        ("le maire a répété qu'il ne partirait pas.", True),
        ("la direction invoque la hausse des loyers.", True),  # a cause given by a source
        ("les experts l'attribuent à un hiver sec.", True),
        ("les gérants expliquent ce recul par la météo.", True),
        ("le guide explique le parcours aux enfants.", False),
        ("les élèves affirment leur choix.", False),
    ],
)
def test_read_signals_reads_a_claim_or_a_cause_given_by_a_source_as_reported(sentence, reported):
    assert read_signals(sentence, entities=0).reported is reported


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("on lui doit la rénovation du port.", False),  # "devoir" as "owe"
        ("la commune doit 300 000 euros au département.", False),
        ("la commune doit rembourser la subvention.", True),
        ("il lui faut du temps et il doit partir.", True),
    ],
)
def test_owing_is_no_modal(sentence, modal):
    assert read_signals(sentence, entities=0).modal is modal


@pytest.mark.parametrize(
    ("sentence", "prediction"),
    [
        ("la réforme permettra d'embaucher.", True),  # futures in -ttra, -vra, -rra
        ("la commune recevra une aide.", True),
        ("on verra bien.", True),
        ("le concert a été extra.", False),
        ("la coopérative prévoit de fermer deux ateliers.", True),  # a plan
        ("l'usine s'apprête à licencier.", True),
        ("deux réunions sont prévues en mai.", True),  # a schedule
        ("la coopérative prévoyait de fermer deux ateliers.", False),  # a past plan is a fact
        ("comme prévu, le pont a été rouvert.", False),
        ("la loi prévoit que le maire signe.", False),
    ],
)
def test_the_future_plans_and_schedules_are_predictions(sentence, prediction):
    assert read_signals(sentence, entities=0).prediction is prediction


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("à 34 ans, cette ancienne infirmière a ouvert une librairie.", True),  # a portrait's opening
        ("fille d'un cheminot, elle a grandi à nevers.", True),
        ("le fils du maire a été condamné.", False),
        ("depuis 34 ans, la fête a lieu en juin.", False),
    ],
)
def test_a_portraits_opening_is_a_persons_life(sentence, personal):
    assert read_signals(sentence, entities=0).personal is personal


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        ("« on nous a menti », a réagi une habitante.", True),  # someone's words, then who said them
        ('"c\'est terminé", lance le président.', True),
        ("le maire a dénoncé « un budget d'austérité ».", False),
        ("« environ 900 000 euros par an. »", False),  # a quoted answer alone
    ],
)
def test_a_sentence_opening_with_a_quotation_is_read_as_someones_words(sentence, quotation):
    assert read_signals(sentence, entities=1).quotation is quotation


@pytest.mark.parametrize(
    ("sentence", "signal", "value"),
    [
        # Awarding is no cause given by a source.
        ("le jury attribue le grand prix à une romancière.", "reported", False),
        ("la région attribue une aide aux éleveurs.", "reported", False),
        ("les experts l'attribuent à un hiver sec.", "reported", True),
        # A title in quotation marks is no one's words.
        ("« Le Monde » a révélé que le site fermait.", "quotation", False),
        ('"Le Monde" a révélé que le site fermait.', "quotation", False),
        ('"Nous ne partirons pas", a répété le maire.', "quotation", True),
        ("«Nous ne partirons pas», a répété le maire.", "quotation", True),
        # A rule in force is no schedule.
        ("comme il est prévu par la loi, le conseil a voté.", "prediction", False),
        ("deux réunions sont prévues le 14 mai.", "prediction", True),
        # Nouns and present tenses ending like a future: no forecast.
        ("les marrons et les châtaignes sont vendus au marché.", "prediction", False),
        ("nous livrons les colis et ouvrons le dépôt le matin.", "prediction", False),
        ("le chantier permettra de loger cent familles.", "prediction", True),
        ("on verra le résultat au printemps.", "prediction", True),
    ],
)
def test_look_alikes_of_reports_quotations_and_forecasts(sentence, signal, value):
    assert getattr(read_signals(sentence, entities=0), signal) is value
