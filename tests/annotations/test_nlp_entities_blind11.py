"""Entities blind-11 (40 paragraphs of regional daily news written blind in the seventeenth
session): corrected by kind after its single measure; each rule on invented text, with the
look-alike it must leave alone."""

from datetime import date

import pytest

from annotations.nlp import analyse


def analysed(text: str):
    return analyse(text, published=date(2026, 5, 5))


def labelled(text: str) -> set[tuple[str, str]]:
    return {(entity.text, entity.label) for entity in analysed(text).entities}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("GRENOBLE. – La cour d'appel a confirmé jeudi la peine du maire.", "GRENOBLE"),
        ("MONTBÉLIARD. — Les salariés de l'équipementier ont voté la grève.", "MONTBÉLIARD"),
        ("SAINT-PIERRE (La Réunion). – Un incendie a détruit trois cases.", "SAINT-PIERRE"),
    ],
)
def test_a_dateline_with_a_full_stop_before_its_dash_names_a_town_in_the_story_s_first_sentence(text, town):
    analysis = analysed(text)
    assert (town, "LOC") in {(entity.text, entity.label) for entity in analysis.entities}
    assert len(analysis.claims) == 1  # the town's full stop ends no sentence


def test_a_full_stop_before_a_dash_still_ends_a_sentence_of_dialogue():
    analysis = analysed("Il a répondu OUI. – Non, a corrigé son avocat.")
    assert len(analysis.claims) == 2
