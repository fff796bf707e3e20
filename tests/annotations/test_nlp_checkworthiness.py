"""Check-worthiness: general signals, combined into a score in [0, 1]."""

from hypothesis import given
from hypothesis import strategies as st

from annotations.nlp import analyse
from annotations.nlp.checkworthiness import Signals, score, signals


def test_score_is_a_probability_that_grows_with_verifiable_signals():
    bare = score(Signals())
    assert 0 < bare < 0.5
    assert score(Signals(entities=1)) > bare
    assert score(Signals(entities=1, date=True)) > score(Signals(entities=1))
    assert score(Signals(entities=1, date=True, money=True)) > score(Signals(entities=1, date=True))
    assert score(Signals(entities=2, date=True, money=True, past_event=True)) > 0.9


def test_score_falls_with_opinion_question_modal_and_first_person():
    fact = Signals(entities=2, past_event=True)
    for weakened in ("opinion", "question", "modal", "first_person"):
        assert score(Signals(**{**fact.__dict__, weakened: True})) < score(fact)


@given(
    st.integers(min_value=0, max_value=50),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_score_stays_in_the_unit_interval(entities, date, money, question, first_person):
    value = score(Signals(entities=entities, date=date, money=money, question=question, first_person=first_person))
    assert 0.0 <= value <= 1.0


def test_signals_reads_tense_speech_and_stance_from_the_sentence():
    assert signals("Le groupe a racheté son rival.", entities=0, date=False, money=False).past_event
    assert not signals("La crise a été rude.", entities=0, date=False, money=False).past_event
    assert signals("Selon la police, 300 personnes ont défilé.", entities=0, date=False, money=False).reported_speech
    assert signals("Il est essentiel de réagir.", entities=0, date=False, money=False).opinion
    assert signals("Nous devons agir.", entities=0, date=False, money=False).first_person
    assert signals("Faut-il s'en inquiéter ?", entities=0, date=False, money=False).question


def test_signals_ignores_the_quoted_words_of_reported_speech():
    found = signals("« Nous devons agir ? », a déclaré le maire.", entities=1, date=False, money=False)
    assert found.reported_speech and not (found.first_person or found.question or found.modal)


def test_analyse_ranks_reported_facts_above_opinions_and_questions():
    text = (
        "Le 4 mars 2021, le groupe Renault a annoncé un investissement de 500 millions d'euros à Douai. "
        "Il est essentiel que nous soyons prêts. Faut-il s'en réjouir ? "
        "Selon Jean Dupont, la production a commencé en janvier.\n"
    )
    ranked = sorted(analyse(text).claims, key=lambda claim: -claim.checkworthiness)
    assert ranked[0].text.startswith("Le 4 mars 2021")
    assert {claim.text for claim in ranked[-2:]} == {
        "Il est essentiel que nous soyons prêts.",
        "Faut-il s'en réjouir ?",
    }


def test_analyse_counts_numbers_beside_a_date_but_not_the_date_twice():
    with_count, without = analyse(
        "Le 3 mars 2021, la société a annoncé 300 embauches.\n\nLe 3 mars 2021, la société a annoncé des embauches.\n"
    ).claims
    assert with_count.checkworthiness > without.checkworthiness
