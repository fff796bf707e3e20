"""Check-worthiness: general signals, weighted by fitted weights into a score in [0, 1]."""

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.nlp.checkworthiness import read_signals
from annotations.nlp.checkworthiness_model import MODEL, SIGNAL_NAMES, WEIGHTS_FILE, Model, Signals, score
from annotations.nlp.pipeline import analyse
from annotations.nlp.types import DateSpan

# A local news paragraph written for these tests: two reported facts with figures, a count,
# an old statistic, and the opinions, questions, forecasts and asides around them.
PARAGRAPH = (
    "La médiathèque du quartier du Pin rouvrira ses portes en septembre. "
    "Annoncé le 18 avril 2018, il devait coûter 4,0 millions d'euros ; la facture atteint désormais "
    "4,5 millions d'euros selon les documents consultés par notre rédaction. "
    "Selon l'Insee, Agen comptait 20 664 habitants. "
    "Le chantier a pris deux ans de retard. "
    "Faut-il s'en étonner ? "
    "Nous avons interrogé les riverains. "
    "« C'est une belle réussite », estime une habitante. "
    "La municipalité pourrait revoir le projet de parking. "
    "Les travaux sont financés à 40 % par la région, qui a versé 1,8 million d'euros en 2022. "
    "Le maire espère une inauguration avant l'été. "
    "Il est essentiel que la culture reste accessible à tous. "
    "Nous y reviendrons.\n"
)
FACTS = (
    "Annoncé le 18 avril 2018",
    "Selon l'Insee",
    "Le chantier a pris",
    "Les travaux sont financés",
)
NOT_FACTS = (
    "La médiathèque du quartier",
    "Faut-il",
    "Nous avons interrogé",
    "« C'est une belle",
    "La municipalité pourrait",
    "Le maire espère",
    "Il est essentiel",
    "Nous y reviendrons",
)


def span(sentence: str, part: str) -> DateSpan:
    """A mark over `part` of `sentence` (read_signals needs only its start and end)."""
    start = sentence.index(part)
    return DateSpan(start, start + len(part), part, "", "", None, None)


def ranked(text: str) -> list[str]:
    return [claim.text for claim in sorted(analyse(text).claims, key=lambda claim: -claim.checkworthiness)]


def test_checkworthiness_ranks_a_reported_cost_overrun_above_an_old_statistic():
    order = ranked(PARAGRAPH)
    overrun = next(i for i, text in enumerate(order) if text.startswith("Annoncé le 18 avril 2018"))
    statistic = next(i for i, text in enumerate(order) if text.startswith("Selon l'Insee"))
    assert overrun < statistic
    assert overrun <= 1


def test_checkworthiness_ranks_every_fact_above_opinions_questions_and_forecasts():
    order = ranked(PARAGRAPH)
    assert len(order) == len(FACTS) + len(NOT_FACTS)
    assert all(text.startswith(FACTS) for text in order[: len(FACTS)])
    assert all(text.startswith(NOT_FACTS) for text in order[len(FACTS) :])


def test_checkworthiness_scores_opinions_and_questions_low():
    for claim in analyse(PARAGRAPH).claims:
        if claim.text.startswith(("Faut-il", "Il est essentiel", "« C'est une belle")):
            assert claim.checkworthiness < 0.2, claim.text


def test_read_signals_keeps_a_fact_reported_by_the_newsroom_reported_not_first_person():
    found = read_signals(
        "La facture atteint 4,5 millions selon les documents consultés par notre rédaction.", entities=0
    )
    assert found.reported and not found.first_person
    found = read_signals("Selon les chiffres obtenus par nos journalistes, 412 élèves ont été accueillis.", entities=0)
    assert found.reported and not found.first_person


def test_read_signals_counts_the_speaker_but_not_the_quoted_or_the_possessive():
    assert read_signals("Nous devons agir.", entities=0).first_person
    assert read_signals("Je poursuis avec la visite du ministre.", entities=0).first_person
    assert read_signals("J'en viens aux nominations.", entities=0).first_person
    assert not read_signals("Le mur mesure 3 m de haut.", entities=0).first_person
    assert not read_signals("« Nous devons agir », a déclaré le maire.", entities=1).first_person
    assert not read_signals("Nos céréaliers ont perdu 550 euros par hectare.", entities=0).first_person


def test_read_signals_reads_a_past_plan_with_a_figure_as_a_fact_not_a_modal():
    assert not read_signals("Il devait coûter 4 millions d'euros.", entities=0).modal
    assert read_signals("Ils devaient agir rapidement.", entities=0).modal
    assert read_signals("Le projet pourrait coûter 4 millions d'euros.", entities=0).modal


def test_read_signals_reads_tense_speech_comparison_and_stance():
    assert read_signals("Le groupe a racheté son rival.", entities=0).past_event
    assert read_signals("Des quartiers ont été entièrement privés d'électricité.", entities=0).past_event
    assert not read_signals("La crise a été rude.", entities=0).past_event
    # The press's conditional: a past event reported, not yet confirmed, is a fact to check.
    assert read_signals("Selon nos informations, le directeur aurait démissionné.", entities=0).past_event
    assert read_signals("Selon la police, 300 personnes ont défilé.", entities=0).reported
    assert read_signals("Les embauches ont progressé de 12 % sur un an.", entities=0).comparison
    assert read_signals("Il est essentiel de réagir.", entities=0).opinion
    assert read_signals("Le festival accueillera plus de monde.", entities=0).prediction
    assert read_signals("Le gouvernement va présenter son plan.", entities=0).prediction
    # what a proposal would do is not done yet; what a measure did is
    assert read_signals("L'amendement vise à porter la taxe de 20 à 30 euros.", entities=0).prediction
    assert not read_signals("L'amendement a porté la taxe de 20 à 30 euros.", entities=0).prediction
    assert read_signals("Faut-il s'en inquiéter ?", entities=0).question
    assert read_signals("« Où est l'argent ? », a demandé l'élu.", entities=1).question


def test_read_signals_counts_each_mark_once_and_the_other_numbers_beside_them():
    sentence = "Le 3 mars 2021, la société a annoncé 300 embauches."
    day = span(sentence, "3 mars 2021")
    assert read_signals(sentence, entities=0, dates=[day]).figures == 2
    assert read_signals(sentence, entities=0).figures == 3  # unmarked: "3", "2021" and "300"
    moved = read_signals("x " + sentence, start=-2, entities=0, dates=[day])
    assert moved.figures == read_signals(sentence, entities=0, dates=[day]).figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Pour toute urgence, la cellule répond au 04 67 61 61 61.", 0),
        ("Les horaires sont consultables au 0 800 12 34 56 ou au 32 50.", 0),
        ("Pendant ces horaires, les patients sont invités à composer le 15.", 0),
        ("Le centre est ouvert de 12 h à 14 h et de 16 h 30 à 21 heures.", 0),
        # figures beside them still count
        ("De 9 h à 18 h, 1 300 foyers ont été privés d'électricité.", 1),
        ("Il a fallu 12 heures de travail et 300 agents.", 2),
    ],
)
def test_read_signals_counts_no_telephone_number_nor_time_of_day_as_a_figure(sentence, figures):
    assert read_signals(sentence, entities=0).figures == figures


def test_read_signals_counts_quantities_with_amounts():
    sentence = "La région a versé 1,8 million d'euros pour 32 hectares."
    amount = span(sentence, "1,8 million d'euros")
    area = span(sentence, "32 hectares")
    with_both = read_signals(sentence, entities=0, money=[amount], quantities=[area])
    assert with_both.figures == 2 and with_both.money
    assert read_signals(sentence, entities=0, money=[amount]).figures == 2  # the bare "32" still counts


def test_checkworthiness_counts_several_figures_more_than_one():
    several, one = analyse(
        "Le budget a atteint 3 millions d'euros en 2022, contre 2 millions en 2019.\n\n"
        "Le budget a atteint un niveau élevé en 2022.\n"
    ).claims
    assert several.signals["figures"] > one.signals["figures"]
    assert several.checkworthiness > one.checkworthiness


def test_analyse_records_each_claims_signals_by_name():
    (claim,) = analyse("Le 3 mars 2021, la société Renault a annoncé 300 embauches.\n").claims
    assert set(claim.signals) == set(SIGNAL_NAMES)
    assert claim.signals["date"] == 1.0 and claim.signals["figures"] == 2.0 and claim.signals["past_event"] == 1.0
    total = MODEL.bias + sum(MODEL.weights[name] * value for name, value in claim.signals.items())
    assert claim.checkworthiness == pytest.approx(1 / (1 + math.exp(-total)))


def test_model_contributions_add_up_to_the_score():
    found = read_signals("Selon la police, 300 personnes ont défilé le 3 mars.", entities=1)
    total = MODEL.bias + sum(part.amount for part in MODEL.contributions(found))
    assert score(found) == pytest.approx(1 / (1 + math.exp(-total)))
    assert [part.signal for part in MODEL.contributions(found)] == list(SIGNAL_NAMES)


def test_model_weights_are_the_fitted_ones_with_a_weight_per_signal():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert data["written_by"] == "evaluation/fit_checkworthiness.py"
    assert set(data["weights"]) == set(SIGNAL_NAMES)
    assert data["weights"]["opinion"] < 0 < data["weights"]["figures"]


def test_model_load_names_the_missing_signals(tmp_path):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"bias": 0.0, "weights": {"entities": 1.0}}), encoding="utf-8")
    with pytest.raises(ValueError, match="no weight for the signals .*figures"):
        Model.load(path)


def test_score_falls_with_opinion_question_modal_prediction_and_first_person():
    fact = Signals(entities=2, figures=1, past_event=True, words=15)
    for weakened in ("opinion", "question", "modal", "prediction", "first_person"):
        assert score(Signals(**{**fact.__dict__, weakened: True})) < score(fact)


@given(
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
    st.booleans(),
    st.booleans(),
    st.integers(min_value=0, max_value=500),
)
def test_score_stays_in_the_unit_interval(entities, figures, money, question, length):
    value = score(Signals(entities=entities, figures=figures, money=money, question=question, words=length))
    assert 0.0 <= value <= 1.0


def test_a_measure_decided_in_the_passive_future_is_no_prediction():
    """checkworthiness.fr.md: "les retraites seront revalorisées de 4 %" is a decided measure."""
    decided = read_signals("les aides aux associations seront réduites de 15 %.", entities=0)
    assert not decided.prediction and decided.comparison
    assert not read_signals("les écoles seront fermées jeudi, a annoncé le préfet.", entities=1).prediction
    assert read_signals("en 2030, la population atteindra 3 millions d'habitants.", entities=0).prediction
    assert read_signals("le préfet va signer un arrêté qui sera publié demain.", entities=1).prediction


@pytest.mark.parametrize(
    "sentence",
    [
        "la hausse des prix sera limitée à 2 % l'an prochain, prévoit la banque de france.",
        "le seuil de 40 degrés sera dépassé jeudi.",
        "les travaux seront achevés en juin, a promis le maire.",
        "le permis sera délivré en janvier si le recours est rejeté.",
    ],
)
def test_a_passive_future_that_is_expected_or_conditional_stays_a_prediction(sentence):
    assert read_signals(sentence, entities=0).prediction


def test_risk_is_a_modal_as_a_verb_not_as_a_noun():
    assert read_signals("le projet risque de prendre du retard.", entities=0).modal
    assert not read_signals("ils avaient 27 % de risque en plus de tomber malades.", entities=0).modal


def test_a_measure_in_force_counts_as_an_event():
    assert read_signals("le texte impose d'indiquer le pays d'origine du lait.", entities=0).past_event
    assert not read_signals("l'insee prévoit une croissance de 1 % l'an prochain.", entities=1).past_event
    assert not read_signals("rien n'interdit de penser que le maire partira.", entities=0).past_event


@pytest.mark.parametrize(
    "sentence",
    [
        "la boulangère de 38 ans a repris l'affaire en 2019.",
        "odile ferracci, née le 14 mai 1949 à ajaccio, est biologiste.",
        "l'ancienne ministre est morte dimanche à limoges, à l'âge de 87 ans.",
        "elle laisse trois enfants et sept petits-enfants.",
    ],
)
def test_a_persons_life_is_told_apart_from_public_facts(sentence):
    assert read_signals(sentence, entities=1).personal


def test_figures_of_public_interest_are_not_a_persons_life():
    for sentence in (
        "le chômage des moins de 25 ans a baissé de 3 %.",
        "le site emploie 214 salariés.",
        "le contrat de 15 ans conclu avec le groupe a été résilié.",
        "la réforme repousse le départ à la retraite à l'âge de 64 ans.",
        "il a été condamné à une peine de 5 ans de prison.",
    ):
        assert not read_signals(sentence, entities=0).personal
    # the fitted weights rank the obituary's figures below the public one's
    life = read_signals("elle est morte dimanche à 87 ans, laissant 3 enfants.", entities=1)
    fact = read_signals("la région a perdu 12 000 emplois industriels depuis 2021.", entities=1, dates=[])
    assert score(life) < score(fact)


def test_an_adjective_after_est_is_no_past_event():
    assert not read_signals("l'entrée est gratuite pour les enfants.", entities=0).past_event


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("la route est fermée à la circulation.", False),  # a passive present that tells a state
        ("le pass est vendu 119 euros.", False),
        ("le site est situé au bord de la mer.", False),
        ("l'ancien maire est mis en examen pour favoritisme.", True),  # a passive present that tells news
        ("deux hommes sont placés en garde à vue.", True),
        ("le ministre est arrivé lundi à brest.", True),
        ("le pont a été fermé lundi.", True),
    ],
)
def test_a_passive_present_is_a_past_event_unless_it_tells_a_state(sentence, past):
    assert read_signals(sentence, entities=0).past_event is past


class _Price:
    start, end = 13, 20  # "5 euros" in the sentences below


@pytest.mark.parametrize(
    ("sentence", "practical"),
    [
        ("l'entrée coûte 5 euros, gratuite pour les moins de 18 ans.", True),
        ("le billet vaut 5 euros pour les adultes.", True),
        ("l'entrée en vigueur coûtera 5 euros par foyer.", False),  # no entry
        ("l'abonnement passera à 5 euros, contre 3 aujourd'hui.", False),  # a change told
    ],
)
def test_a_price_to_get_in_is_practical_information(sentence, practical):
    assert read_signals(sentence, entities=0, money=[_Price()]).practical is practical


def test_an_age_group_is_no_comparison():
    assert not read_signals("l'entrée est gratuite pour les moins de 18 ans.", entities=0).comparison
    assert read_signals("le prix a baissé de moins de 2 %.", entities=0).comparison


@pytest.mark.parametrize(
    ("sentence", "signal", "expected"),
    [
        ("ce sera assurément un succès.", "prediction", True),  # an adverb is no decision
        ("le texte prévoit que les pensions seront revalorisées de 2 %.", "prediction", False),
        ("la réforme s'impose.", "past_event", False),
        ("le décret ne supprime pas la taxe.", "past_event", False),
        ("une zone à haut risque de crue.", "modal", False),
        ("c'est un vrai risque de faillite.", "modal", False),
        ("depuis près de 20 ans, il attend.", "personal", False),
        ("un délai de 5 ans a été fixé.", "personal", False),
    ],
)
def test_what_a_second_review_found(sentence, signal, expected):
    assert getattr(read_signals(sentence, entities=0), signal) is expected
