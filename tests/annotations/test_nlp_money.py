"""Amounts of money: shapes, multipliers, ranges and currencies."""

from decimal import Decimal

import pytest

from annotations.nlp.money import MoneyRecognizer, find_money
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import load_pipeline
from annotations.nlp.state import DocState, state
from annotations.nlp.types import Block


def amounts(text: str) -> list[tuple[str, object, object, str]]:
    return [(m.text, m.min, m.max, m.currency) for m in find_money(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a reçu 50 millions de dollars.", ("50 millions de dollars", 50_000_000, 50_000_000, "USD")),
        ("Le projet coûte 1,2 Md€.", ("1,2 Md€", 1_200_000_000, 1_200_000_000, "EUR")),
        ("Une levée de $10M cette année.", ("$10M", 10_000_000, 10_000_000, "USD")),
        ("Une amende de 10 000 euros.", ("10 000 euros", 10_000, 10_000, "EUR")),
        ("Un plan de 3,5 milliards d’euros.", ("3,5 milliards d'euros", 3_500_000_000, 3_500_000_000, "EUR")),
        ("Un don de 1 500 €.", ("1 500 €", 1_500, 1_500, "EUR")),
        ("Une prime de 200 k€.", ("200 k€", 200_000, 200_000, "EUR")),
        ("Une vente à £3bn.", ("£3bn", 3_000_000_000, 3_000_000_000, "GBP")),
        ("Le club paie 5 000 francs suisses.", ("5 000 francs suisses", 5_000, 5_000, "CHF")),
        ("Un contrat de 7 M$.", ("7 M$", 7_000_000, 7_000_000, "USD")),
        ("Il paie $1,500 comptant.", ("$1,500", 1_500, 1_500, "USD")),
        ("Une dette de 2 billions d'euros.", ("2 billions d'euros", 2 * 10**12, 2 * 10**12, "EUR")),
    ],
)
def test_find_money_normalises_single_amounts(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il a investi entre 50 et 100 millions de dollars.",
            ("entre 50 et 100 millions de dollars", 50_000_000, 100_000_000, "USD"),
        ),
        ("Un coût de 2 à 3 milliards d'euros.", ("de 2 à 3 milliards d'euros", 2 * 10**9, 3 * 10**9, "EUR")),
        ("Une enveloppe de 10 à 15 M€.", ("de 10 à 15 M€", 10_000_000, 15_000_000, "EUR")),
        ("Une levée de $5-10M.", ("$5-10M", 5_000_000, 10_000_000, "USD")),
        (
            "Entre 500 000 et 1 million d'euros.",
            ("Entre 500 000 et 1 million d'euros", 500_000, 1_000_000, "EUR"),
        ),
    ],
)
def test_find_money_reads_ranges(text, expected):
    assert amounts(text) == [expected]


def test_find_money_keeps_fractions_exact():
    [(_text, low, high, _currency)] = amounts("Une hausse de 2,75 euros.")
    assert low == high == Decimal("2.75")


@pytest.mark.parametrize(
    "text",
    [
        "L'usine emploie 2 000 salariés.",
        "Il a acheté 500 livres.",
        "Le score est de 3-1 et le taux de 2,5 %.",
        "En 2021 et 2022, rien.",
        "Un record de 10 M de spectateurs.",
    ],
)
def test_find_money_ignores_numbers_without_currency(text):
    assert amounts(text) == []


def test_find_money_finds_several_amounts_in_order():
    text = "Renault a investi 50 millions de dollars, puis 1,2 Md€ et enfin 300 euros."
    assert [m[0] for m in amounts(text)] == ["50 millions de dollars", "1,2 Md€", "300 euros"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une amende de 14 millions de $.", ("14 millions de $", 14_000_000, 14_000_000, "USD")),
        ("Un budget de 10 K$.", ("10 K$", 10_000, 10_000, "USD")),
        ("Le billet coûte 25 $CAD.", ("25 $CAD", 25, 25, "CAD")),
        ("Il a reçu dix dollars.", ("dix dollars", 10, 10, "USD")),
        ("Le pain coûte deux euros.", ("deux euros", 2, 2, "EUR")),
        ("Une vente de trois cents euros.", ("trois cents euros", 300, 300, "EUR")),
        (
            "Un prêt de quatre-vingt-dix millions d'euros.",
            ("quatre-vingt-dix millions d'euros", 90 * 10**6, 90 * 10**6, "EUR"),
        ),
        ("Le cours vaut 1 USD et 23 centimes.", ("1 USD et 23 centimes", Decimal("1.23"), Decimal("1.23"), "USD")),
        ("Il paie 50 cents.", ("50 cents", Decimal("0.5"), Decimal("0.5"), "USD")),
        ("Le ticket vaut 20 centimes d'euro.", ("20 centimes d'euro", Decimal("0.2"), Decimal("0.2"), "EUR")),
        ("Un prix de USD1,23 l'unité.", ("USD1,23", Decimal("1.23"), Decimal("1.23"), "USD")),
        ("Un chèque de 9 livres sterling.", ("9 livres sterling", 9, 9, "GBP")),
        ("Un loyer de 400 shekels.", ("400 shekels", 400, 400, "ILS")),
    ],
)
def test_find_money_reads_symbols_codes_words_and_cents(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un billet entre 10 et 20 euros.", ("entre 10 et 20 euros", 10, 20, "EUR")),
        ("Un billet entre 10 euros et 20 euros.", ("entre 10 euros et 20 euros", 10, 20, "EUR")),
        ("Un billet à 10 - 20 euros.", ("10 - 20 euros", 10, 20, "EUR")),
        ("Un billet à 10 euros - 20 euros.", ("10 euros - 20 euros", 10, 20, "EUR")),
        ("Un don de deux à trois millions d'euros.", ("de deux à trois millions d'euros", 2 * 10**6, 3 * 10**6, "EUR")),
    ],
)
def test_find_money_reads_ranges_in_every_shape(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a payé plus de 10 euros.", ("plus de 10 euros", 10, None, "EUR")),
        ("Il a payé plus d'un million d'euros.", ("plus d'un million d'euros", 10**6, None, "EUR")),
        ("Il a payé au moins 10 euros.", ("au moins 10 euros", 10, None, "EUR")),
        ("Il a payé moins de 10 dollars.", ("moins de 10 dollars", None, 10, "USD")),
        ("Il a payé pas plus de 10 dollars.", ("pas plus de 10 dollars", None, 10, "USD")),
        ("Il a payé en-dessous de 10 dollars.", ("en-dessous de 10 dollars", None, 10, "USD")),
        ("Il a payé jusqu'à 5 M€.", ("jusqu'à 5 M€", None, 5_000_000, "EUR")),
        ("Il a payé environ 10 euros.", ("environ 10 euros", 10, 10, "EUR")),
        ("Il a payé 10 euros environ.", ("10 euros environ", 10, 10, "EUR")),
        ("Il a payé près de 3 milliards d'euros.", ("près de 3 milliards d'euros", 3 * 10**9, 3 * 10**9, "EUR")),
    ],
)
def test_find_money_leaves_an_open_bound_null_and_keeps_hedges(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize("text", ["Une dette de 10^30 euros.", "Une dette de " + "9" * 400 + " euros."])
def test_find_money_keeps_the_text_of_an_insane_amount_without_a_value(text):
    [(written, low, high, currency)] = amounts(text)
    assert written.endswith(" euros") and (low, high, currency) == (None, None, "EUR")


@pytest.mark.parametrize("text", ["L'avènement d'un euro fort.", "Une livre de beurre."])
def test_find_money_reads_un_as_an_article_and_needs_a_number(text):
    assert amounts(text) == []


def test_money_recognizer_fills_the_state_and_the_spans_key():
    text = "Titre\n\nIl a payé plus de 10 euros puis 2 M$ hier."
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc._.saga = DocState(original=text, text=text, blocks=[Block(0, 5, "title"), Block(7, len(text), "paragraph")])
    MoneyRecognizer(nlp, "saga_money", spans_key="amounts")(doc)
    assert [(m.text, m.min, m.max) for m in state(doc).money] == [
        ("plus de 10 euros", 10, None),
        ("2 M$", 2_000_000, 2_000_000),
    ]
    spans = doc.spans["amounts"]
    assert [span.text for span in spans] == ["plus de 10 euros", "2 M$"]
    assert [(s._.saga_min, s._.saga_max, s._.saga_currency, s.label_) for s in spans] == [
        (10, None, "EUR", "MONEY"),
        (2_000_000, 2_000_000, "USD", "MONEY"),
    ]


def test_find_money_reads_a_change_as_two_amounts_in_the_currency_written_once():
    assert amounts("Le loyer est passé de 450 à 520 euros par mois.") == [
        ("450", 450, 450, "EUR"),
        ("520 euros", 520, 520, "EUR"),
    ]
    assert amounts("Le budget passe de 2 à 3 millions d'euros.") == [
        ("2", 2 * 10**6, 2 * 10**6, "EUR"),
        ("3 millions d'euros", 3 * 10**6, 3 * 10**6, "EUR"),
    ]
    assert amounts("Le prix a grimpé de 1,50 euro à 1,80 euro.") == [
        ("1,50 euro", Decimal("1.5"), Decimal("1.5"), "EUR"),
        ("1,80 euro", Decimal("1.8"), Decimal("1.8"), "EUR"),
    ]
    # A noun of change is no verb: its "de X à Y" is a range.
    assert amounts("Une baisse de 10 à 20 euros par mois.") == [("de 10 à 20 euros", 10, 20, "EUR")]


def test_find_money_reads_millions_inside_a_number_in_words():
    assert amounts("La commune a reçu deux millions trois cent mille euros.") == [
        ("deux millions trois cent mille euros", 2_300_000, 2_300_000, "EUR")
    ]
    assert amounts("Le chantier a coûté un milliard deux cents millions d'euros.") == [
        ("un milliard deux cents millions d'euros", 1_200_000_000, 1_200_000_000, "EUR")
    ]
