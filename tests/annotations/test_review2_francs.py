"""Which francs a lower-case "fr." and a Swiss "mio"/"mia" say (review of expressions_blind5's rules): the
Swiss forms after a figure, beside look-alikes met in French news that said Swiss francs wrongly (an Italian
"mia" in a title, "fr." written in France before the euro)."""

import pytest

from tests.annotations.reading import amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss: "mio"/"mia" after a figure, a price with the decimal point, a Swiss place
        ("Le canton a budgété 2,5 mia de francs.", [("2,5 mia de francs", 2500000000, 2500000000, "CHF")]),
        ("Le café coûte 4.50 fr. à la gare.", [("4.50 fr.", 4.5, 4.5, "CHF")]),
        ("Le ticket de bus coûte 3 fr. à Lausanne.", [("3 fr.", 3, 3, "CHF")]),
        ("La direction propose 1'800 fr. de prime unique.", [("1'800 fr.", 1800, 1800, "CHF")]),
        # French: "mia" as a word of a title or a name is no Swiss milliard
        (
            "Le spectacle Mamma mia a rapporté 300 000 francs en 1998 à Lyon.",
            [("300 000 francs", 300000, 300000, "FRF")],
        ),
        # French: "fr." was the franc's abbreviation in France too
        ("En 1950, la baguette coûtait 25 fr. à Paris.", [("25 fr.", 25, 25, "FRF")]),
        ("Dans la France de 1960, un café valait 2 fr. au comptoir.", [("2 fr.", 2, 2, "FRF")]),
        # the capital "Fr." stays the Swiss abbreviation
        ("Le billet coûte Fr. 25 au guichet.", [("Fr. 25", 25, 25, "CHF")]),
        # a Swiss federal body by its initials speaks of Switzerland; another bank's do not
        ("La FINMA a infligé 4 millions de francs d'amende.", [("4 millions de francs", 4000000, 4000000, "CHF")]),
        ("Les CFF investiront 900 millions de francs.", [("900 millions de francs", 900000000, 900000000, "CHF")]),
        ("En 1985, la BNP a dégagé 600 millions de francs.", [("600 millions de francs", 600000000, 600000000, "FRF")]),
        # the Swiss railways are "les CFF"; "le CFF" is the Crédit foncier de France
        (
            "Aux CFF, la ligne du Simplon a coûté 80 millions de francs.",
            [("80 millions de francs", 80000000, 80000000, "CHF")],
        ),
        ("En 1996, le CFF a perdu 10 milliards de francs.", [("10 milliards de francs", 1e10, 1e10, "FRF")]),
    ],
)
def test_which_francs(text, expected):
    assert amounts(text) == expected


@pytest.mark.xfail(strict=True, reason="the share rule reads any 'N euros sur <smaller count>' as a share")
def test_a_stake_on_a_few_things_is_an_amount():
    # left by the review: "sur trois chevaux" counts horses, not the money's parts ("deux dollars sur trois")
    assert amounts("Il a misé 2 euros sur trois chevaux.") == [("2 euros", 2, 2, "EUR")]
