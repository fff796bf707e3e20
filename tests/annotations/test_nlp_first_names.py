"""Given names: a name of two words or more opening on one is a person's."""

import pytest

from annotations.nlp.first_names import opens_on_a_first_name


@pytest.mark.parametrize("text", ["Loïc Prud'homme", "Jean-Pierre Garnier", "Marie de La Tour"])
def test_first_names_open_a_person_name(text):
    assert opens_on_a_first_name(text)


@pytest.mark.parametrize("text", ["Florence", "Bordeaux Métropole", "Saint-Pierre-du-Mont", "Pau FC"])
def test_first_names_leave_other_names_alone(text):
    assert not opens_on_a_first_name(text)
