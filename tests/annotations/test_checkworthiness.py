"""A stored claim's check-worthiness signals, read again for the review desk (annotations/checkworthiness.py)."""

import math
from types import SimpleNamespace

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse

from annotations.checkworthiness import explain_claim
from annotations.nlp.checkworthiness_model import MODEL, SIGNAL_NAMES, Model

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def claim(article):
    # "L'investissement atteint 120 millions d'euros, selon Jean Dupont, son directeur."
    return article.claims.get(text__startswith="L'investissement")


def test_explain_claim_gives_back_the_stored_score_from_the_claims_mentions(claim):
    explanation = explain_claim(claim, list(claim.mentions.all()))
    assert explanation.score == pytest.approx(claim.checkworthiness, abs=1e-4)
    assert not explanation.outdated
    signals = {row.contribution.signal: row.contribution for row in explanation.rows}
    assert signals["money"].value == 1.0 and signals["reported"].value == 1.0 and signals["entities"].value == 1.0
    assert "question" not in signals  # only the signals present are listed
    total = explanation.bias + sum(row.contribution.amount for row in explanation.rows)
    assert explanation.score == pytest.approx(1 / (1 + math.exp(-total)))


def test_explain_claim_lists_the_largest_effects_first(claim):
    amounts = [abs(row.contribution.amount) for row in explain_claim(claim, list(claim.mentions.all())).rows]
    assert amounts == sorted(amounts, reverse=True)


def test_explain_claim_says_when_the_stored_score_came_from_other_weights(claim):
    other = Model(bias=3.0, weights=dict.fromkeys(SIGNAL_NAMES, 0.0))
    assert explain_claim(claim, list(claim.mentions.all()), model=other).outdated


def test_claim_change_page_shows_the_signals_with_their_weights(claim, editor):
    client = Client(**ENGLISH)
    client.force_login(editor)
    page = lxml.html.fromstring(client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content)
    (fieldset,) = page.xpath('//fieldset[contains(@class, "saga-signals")]')
    (table,) = fieldset.findall(".//table")
    rows = {
        tr.findtext("td[1]"): [td.text_content().strip() for td in tr.findall("td")[1:]]
        for tr in table.findall("tbody/tr")
    }
    assert rows["an amount of money"] == ["1", f"{MODEL.weights['money']:.2f}", f"{MODEL.weights['money']:.2f}"]
    assert "starting point (bias)" in rows
    assert table.findtext("tfoot/tr/td").strip() == f"{claim.checkworthiness:.2f}"
    assert fieldset.find("p") is None  # the stored score is up to date


def test_explain_claim_counts_any_other_mark_as_a_figure():
    text = "La commune a planté 300 arbres sur 32 hectares."
    claim = SimpleNamespace(text=text, start=100, checkworthiness=0.5)
    area = SimpleNamespace(label="QUANTITY", entity_id=None, text="32 hectares", start=100 + text.index("32"), end=0)
    area.end = area.start + len("32 hectares")
    signals = {row.contribution.signal: row.contribution.value for row in explain_claim(claim, [area]).rows}
    assert signals["figures"] == 2.0  # the marked area and the bare "300"
    assert "money" not in signals and "date" not in signals
