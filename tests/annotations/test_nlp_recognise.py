"""The recogniser reads only the sentences that can hold a name."""

from annotations.nlp import analyse
from annotations.nlp.recognise import may_hold_a_name


def test_may_hold_a_name_skips_sentences_capitalised_only_on_a_common_word():
    words = {"cette", "question", "reste"}
    assert not may_hold_a_name("Cette question reste ouverte.", words)
    assert not may_hold_a_name("« Il faut agir », dit-on.", words)
    assert not may_hold_a_name("Reste la question du prix.", words)  # "reste" is written in lower case too


def test_may_hold_a_name_keeps_sentences_with_a_capital_inside_or_an_unknown_first_word():
    words = {"cette", "question"}
    assert may_hold_a_name("Cette question concerne Renault.", words)
    assert may_hold_a_name("L'Insee publie ses chiffres.", words)
    assert may_hold_a_name("Dupont a démissionné.", words)


def test_analyse_keeps_names_of_read_sentences_and_aliases_of_skipped_ones():
    text = "La grève à la SNCF\n\nCette grève reste longue. La SNCF a annoncé un accord avec Jean Dupont.\n"
    analysis = analyse(text, aliases={"grève": ("grève", "MISC")})
    found = {(e.text, e.start) for e in analysis.entities}
    assert ("SNCF", text.index("SNCF")) in found  # in the title, from the prose
    assert ("Jean Dupont", text.index("Jean Dupont")) in found
    assert ("grève", text.index("grève")) in found and ("grève", text.index("Cette grève") + 6) in found
