"""highlight_claim and describe_mention (claims/highlighting.py)."""

from decimal import Decimal

import pytest
from django.utils import translation

from annotations.models import Mention
from claims.highlighting import describe_mention, highlight_claim
from claims.models import Claim
from tests.desk_factories import make_desk_article


@pytest.fixture(autouse=True)
def english():
    """Messages are read in English, the language they are written in."""
    with translation.override("en"):
        yield


@pytest.fixture
def claim(db):
    return make_desk_article(count=2).claims.get(position=1)


def test_highlight_claim_marks_every_mention_with_its_label(claim):
    html = highlight_claim(claim, claim.mentions.all())

    for mention in claim.mentions.all():
        assert f'<mark class="saga-mention saga-{mention.label.lower()}"' in html
        assert f'<span class="saga-label">{mention.label}</span>' in html
    assert html.startswith('<mark class="saga-mention saga-per"')


def test_highlight_claim_keeps_the_text_between_mentions(claim):
    html = highlight_claim(claim, claim.mentions.all())

    assert " a versé " in html and " à " in html and " en " in html


def test_highlight_claim_escapes_the_text(db):
    claim = Claim(text="<b>Jean</b> & Lyon", start=100)
    mention = Mention(label="LOC", start=114, end=118, text="Lyon")

    html = highlight_claim(claim, [mention])

    assert html.startswith("&lt;b&gt;Jean&lt;/b&gt; &amp; <mark")


def test_highlight_claim_skips_overlapping_and_outside_mentions(db):
    claim = Claim(text="Jean Martin vit à Lyon.", start=10)
    mentions = [
        Mention(label="PER", start=10, end=21, text="Jean Martin"),
        Mention(label="PER", start=15, end=21, text="Martin"),  # inside the first
        Mention(label="LOC", start=40, end=44, text="Nice"),  # beyond the claim
    ]

    html = highlight_claim(claim, mentions)

    assert html.count("<mark") == 1


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"label": "DATE", "value": "2015/2016", "precision": "range"}, "date: 2015/2016 (range)"),
        (
            {"label": "MONEY", "amount_min": 50_000_000, "amount_max": 100_000_000, "currency": "USD"},
            "amount: 50,000,000 to 100,000,000 USD",
        ),
        ({"label": "MONEY", "amount_min": 12.5, "amount_max": 12.5, "currency": "EUR"}, "amount: 12.5 EUR"),
        ({"label": "MONEY", "amount_min": 10, "amount_max": None, "currency": "EUR"}, "amount: at least 10 EUR"),
        ({"label": "MONEY", "amount_min": None, "amount_max": 10, "currency": "USD"}, "amount: at most 10 USD"),
        ({"label": "MONEY", "amount_min": None, "amount_max": None, "currency": "EUR"}, "amount: ? EUR"),
        ({"label": "QUANTITY", "amount_min": 300, "amount_max": 300, "unit": "emploi"}, "quantity: 300 emploi"),
        ({"label": "QUANTITY", "amount_min": 10, "amount_max": 20, "unit": "%"}, "quantity: 10 to 20 %"),
    ],
)
def test_describe_mention_says_what_a_mention_stands_for(fields, expected):
    for key in ("amount_min", "amount_max"):
        if fields.get(key) is not None:
            fields[key] = Decimal(str(fields[key]))

    assert describe_mention(Mention(start=0, end=1, text="x", **fields)) == expected


def test_highlight_claim_marks_a_quantity(db):
    claim = Claim(text="Le site créera 300 emplois.", start=0)
    mention = Mention(
        label="QUANTITY",
        start=15,
        end=26,
        text="300 emplois",
        amount_min=Decimal(300),
        amount_max=Decimal(300),
        unit="emploi",
    )

    html = highlight_claim(claim, [mention])

    assert '<mark class="saga-mention saga-quantity" title="quantity: 300 emploi">300 emplois' in html
