"""highlight_claim (claims/highlighting.py): the admin's claim text, marked as the reader's page marks it."""

from decimal import Decimal

import pytest
from lxml import html as lxml_html

from annotations.models import Mention
from claims.highlighting import highlight_claim
from claims.models import Claim
from tests.desk_factories import make_desk_article


@pytest.fixture
def claim(db):
    return make_desk_article(count=2).claims.get(position=1)


def marks(html: str) -> list[tuple[str, str, str]]:
    fragment = lxml_html.fragment_fromstring(html, create_parent="p")
    return [(mark.tag, mark.get("data-kind"), mark.text_content()) for mark in fragment.xpath(".//*[@data-kind]")]


def test_highlight_claim_marks_every_mention_with_its_label(claim):
    html = highlight_claim(claim, claim.mentions.all())

    expected = sorted((mention.label, mention.text) for mention in claim.mentions.all())
    assert sorted((label, text) for _tag, label, text in marks(html)) == expected


def test_highlight_claim_keeps_the_text_whole(claim):
    html = highlight_claim(claim, claim.mentions.all())

    assert lxml_html.fragment_fromstring(html, create_parent="p").text_content() == claim.text


def test_highlight_claim_escapes_the_text(db):
    claim = Claim(text="<b>Jean</b> & Lyon", start=100)
    mention = Mention(label="LOC", start=114, end=118, text="Lyon")

    html = highlight_claim(claim, [mention])

    assert html.startswith("&lt;b&gt;Jean&lt;/b&gt; &amp; <span")
    assert marks(html) == [("span", "LOC", "Lyon")]


def test_highlight_claim_skips_overlapping_and_outside_mentions(db):
    claim = Claim(text="Jean Martin vit à Lyon.", start=10)
    mentions = [
        Mention(label="PER", start=10, end=21, text="Jean Martin"),
        Mention(label="PER", start=15, end=21, text="Martin"),  # inside the first
        Mention(label="LOC", start=40, end=44, text="Nice"),  # beyond the claim
    ]

    assert marks(highlight_claim(claim, mentions)) == [("span", "PER", "Jean Martin")]


def test_highlight_claim_gives_dates_and_amounts_their_values(db):
    claim = Claim(text="En 2015, 12,5 euros.", start=0)
    mentions = [
        Mention(label="DATE", start=3, end=7, text="2015", value="2015", precision="year"),
        Mention(
            label="MONEY",
            start=9,
            end=19,
            text="12,5 euros",
            amount_min=Decimal("12.50"),
            amount_max=Decimal("12.50"),
            currency="EUR",
        ),
    ]

    fragment = lxml_html.fragment_fromstring(highlight_claim(claim, mentions), create_parent="p")

    assert fragment.xpath("./time/@datetime") == ["2015"]
    assert fragment.xpath("./data/@value") == ["12.5 EUR"]
