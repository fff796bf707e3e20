"""The number patterns tried only where a number opens find what a scan of every position finds."""

import pytest

from annotations.nlp import money, number_matches, quantities, state
from annotations.nlp.normalise import lower_case, normalise
from annotations.nlp.number_matches import matches_at, number_starts
from annotations.nlp.pipeline import analyse

SENTENCES = [
    "La commune a voté une enveloppe de 12 500 euros, puis entre 3 et 4 millions d'euros pour l'école.",
    "Vingt-deux salariés sur 1 200 ont signé ; deux mille trois cents habitants attendent 2,5 km de piste.",
    "Le ticket passe de 1,90 € à 2,10 € le 1er mars, soit 10 % de plus ; 10-20 % des usagers paieront.",
    "Quatre-vingt-dix millions de dollars, US$ 5 millions et $5-10M : trois levées en 2026.",
    "Les 1'450'000 francs suisses du fonds, soit 1,2 Md€, financent trois cents emplois et 32 hectares.",
    "Un million et demi de visiteurs, une centaine de bénévoles, 50 cents le café et 12 € 50 la place.",
    "Le décret n° 2026-341, l'A320 et le COVID-19 ne comptent rien ; 3-1 face à Rennes non plus.",
    "DIX MILLIONS D'EUROS ont été promis, puis onze mille autres ; 1,3 million de jeunes voteront.",
]
PATTERNS = [
    *(pattern for pattern in money.MoneyMatcher().patterns if "pre" not in pattern.groupindex),
    *quantities.QuantityMatcher().patterns,
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda pattern: f"{len(pattern.pattern)}-chars")
def test_matches_at_finds_what_finditer_finds(sentence, pattern):
    text = normalise(sentence)
    for start, end in [(0, len(text)), (5, len(text) - 7), (17, 60)]:
        scanned = [match.span() for match in pattern.finditer(text, start, end)]
        tried = [match.span() for match in matches_at(pattern, text, number_starts(text, start, end), end)]
        assert tried == scanned


@pytest.mark.parametrize(
    "text",
    [
        "Une amende de 10 000 euros.",
        "Le kilo à 3 EUR.",
        "Un plan de 2,5 milliards de livres.",
        "La place à 40 Fr.",
        "Un prêt de 10 DOLLARS.",
        "Un chèque de 10 dollarſ.",  # re.IGNORECASE reads the long s as an s
        "Un billet de 5 dınars tunisiens.",  # and the dotless i as an i
        "Aucune somme ici : 300 salariés et 12 livres.",
    ],
)
def test_may_be_priced_wherever_a_currency_is(text):
    """The cheap test lets through every stretch where the exact pattern finds a currency."""
    exact = money._CURRENCY.search(text) is not None
    assert money._may_be_priced(text, lower_case(text), 0, len(text)) or not exact


def test_number_windows_found_once_per_doc_for_money_and_quantities(monkeypatch):
    """The money and quantity components read the Doc's number windows, found once; they find what
    the matchers find alone, each finding its own."""
    text = "La région versera 4,5 millions d'euros à 300 communes, soit 12 % de plus qu'en 2024."
    calls = []

    def counted(*args):
        calls.append(args)
        return number_matches.number_windows(*args)

    monkeypatch.setattr(state, "number_windows", counted)
    analysis = analyse(text)
    assert len(calls) == 1
    assert [(m.text, m.min, m.currency) for m in analysis.money] == [
        (m.text, m.min, m.currency) for m in money.find_money(text)
    ]
    assert [(q.text, q.min, q.unit) for q in analysis.quantities] == [
        (q.text, q.min, q.unit) for q in quantities.find_quantities(text)
    ]
    assert [q.text for q in analysis.quantities] == ["300 communes", "12 %"]
