"""matching.proportions: proportions in words read as percentages."""

from decimal import Decimal

from matching.proportions import proportions


def values(text):
    return [value for value, _high, _unit, _start, _end in proportions(text)]


def test_proportions_read_part_out_of_whole():
    assert values("Un lycéen sur quatre a redoublé") == [Decimal("25.00")]
    assert values("Trois ménages bretons sur dix se chauffent au bois") == [Decimal("30.00")]
    assert values("Une pharmacie sur deux ferme le dimanche") == [Decimal("50.00")]


def test_proportions_read_fractions():
    assert values("La moitié des exploitations ont disparu") == [Decimal("50.00")]
    assert values("Les deux tiers des élus ont voté pour") == [Decimal("66.67")]
    assert values("Un quart des trains ont été supprimés") == [Decimal("25.00")]


def test_proportions_leave_out_counts_times_and_adverbs():
    assert values("Le club a gagné un match sur deux saisons") == []  # a plural noun follows: a count
    assert values("Le verre est à moitié vide") == []
    assert values("Le bus passe tous les quarts d'heure, un quart d'heure de retard") == []
    assert values("Les pays du tiers-monde") == []


def test_proportions_give_their_offsets():
    text = "Selon l'enquête, un salarié sur cinq télétravaille"
    ((_value, _high, unit, start, end),) = proportions(text)
    assert unit == "%" and text[start:end] == "un salarié sur cinq"
