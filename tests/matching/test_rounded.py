"""Round figures said with a hedge (matching.rounded), of matching_blind7's kind: "près de 300 000
spectateurs" rounds "292 000 spectateurs"; a figure given exactly, or rounded farther than
ROUNDED, is still another figure. New sentences."""

from decimal import Decimal

from matching.facts import build_facts
from matching.rounded import rounded_values
from matching.scoring import amount_signal, find_conflict


def facts(text, written, value, unit="spectateur"):
    """The facts of `text` with one count, `value`, whose span is `written` (as the recogniser reads it)."""
    start = text.index(written)
    quantity = (Decimal(value), Decimal(value), unit, start, start + len(written))
    return build_facts(text=text, entities={"carcassonne"}, dates=(), amounts=(), quantities=[quantity])


EXACT = facts("Le festival de Carcassonne a attiré 292 000 spectateurs.", "292 000 spectateurs", 292_000)


def test_a_round_figure_with_a_hedge_holds_the_figure_it_rounds():
    for hedged in ("près de", "environ", "quelque", "aux alentours de"):
        text = f"Le festival de Carcassonne a attiré {hedged} 300 000 spectateurs."
        rounded = facts(text, f"{hedged} 300 000 spectateurs", 300_000)
        assert amount_signal(EXACT, rounded) == ("inside", 0.8), hedged
        assert find_conflict(EXACT, rounded) is None


def test_a_figure_given_exactly_or_rounded_too_far_is_another_figure():
    plain = facts("Le festival de Carcassonne a attiré 300 000 spectateurs.", "300 000 spectateurs", 300_000)
    assert amount_signal(EXACT, plain)[0] == "conflict"  # no hedge: an exact figure
    far = facts("Le festival de Carcassonne a attiré près de 300 000 spectateurs.", "près de 300 000", 300_000)
    lower = facts("Le festival de Carcassonne a attiré 262 000 spectateurs.", "262 000 spectateurs", 262_000)
    assert amount_signal(lower, far)[0] == "conflict"  # 13 % under: no rounding


def test_only_round_figures_after_a_hedge_are_read_as_rounded():
    text = "La ville compte près de 13,7 millions d'euros de dette et environ 14 millions d'habitants."
    values = [
        (Decimal("13700000"), Decimal("13700000"), "EUR", text.index("près"), text.index(" de dette")),
        (Decimal("14000000"), Decimal("14000000"), "habitant", text.index("environ"), len(text) - 1),
    ]
    assert rounded_values(text, values) == {(Decimal("14000000"), Decimal("14000000"), "habitant")}
    assert rounded_values("La ville compte 14 millions d'habitants.", values[1:]) == set()


def test_a_peu_pres_is_a_hedge_and_a_round_figure_is_no_wider_than_its_hedge():
    text = "Le festival de Carcassonne a attiré à peu près 300 000 spectateurs."
    assert amount_signal(EXACT, facts(text, "300 000 spectateurs", 300_000)) == ("inside", 0.8)
    # "près de 3 millions" is no "3,4 millions" (13 % over)
    town = "La métropole compte près de 3 millions d'habitants."
    rounded = facts(town, "3 millions", 3_000_000, unit="habitant")
    more = facts("La métropole compte 3,4 millions d'habitants.", "3,4 millions", 3_400_000, unit="habitant")
    assert amount_signal(rounded, more)[0] == "conflict"
