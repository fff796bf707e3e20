"""Amounts and quantities keep the decimals the analysis reads ("0,005 %", "1,234 km", "0,125 euro"):
in Mention, in the API, on the reader's page and in the article's inconsistencies; whole amounts
show as before, and a value past what Mention holds leaves its text without a value."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from annotations.models import Mention
from annotations.services import _stored
from claims.templatetags.reader_tags import amount

pytestmark = pytest.mark.django_db

FIGURES = (
    "Les chiffres du mois\n\n"
    "Le taux de chômage partiel a reculé de 0,005 % à Lille selon la préfecture.\n\n"
    "La nouvelle piste cyclable de Roubaix mesure 1,234 km depuis lundi.\n\n"
    "Le ticket de tramway de Tourcoing coûte 0,125 euro de plus depuis janvier.\n"
)
# The same sentences with whole values: what the API and the page showed before, they still show.
WHOLE = FIGURES.replace("0,005 %", "5 %").replace("1,234 km", "12 km").replace("0,125 euro", "2 euros")


def _amounts(text, slug, make_article):
    article = make_article(text=text, slug=slug)
    rows = Mention.objects.filter(article=article, label__in=["MONEY", "QUANTITY"]).order_by("start")
    return article, [(m.text, m.amount_min, m.amount_max, m.currency or m.unit) for m in rows]


def test_ingest_stores_three_decimals_as_read(make_article):
    _article, amounts = _amounts(FIGURES, "chiffres", make_article)
    assert amounts == [
        ("0,005 %", Decimal("0.005"), Decimal("0.005"), "%"),
        ("1,234 km", Decimal("1.234"), Decimal("1.234"), "km"),
        ("0,125 euro", Decimal("0.125"), Decimal("0.125"), "EUR"),
    ]


def _api_values(api, slug):
    response = api.get("/api/claims/", {"article": slug})
    assert response.status_code == 200, response.content
    mentions = [m for claim in response.json()["results"] for m in claim["mentions"]]
    return [(m["text"], m["amount"] or m["quantity"]) for m in mentions if m["label"] in ("MONEY", "QUANTITY")]


def test_api_shows_the_decimals_and_whole_values_with_two_places(api, make_article):
    make_article(text=FIGURES, slug="chiffres")
    make_article(text=WHOLE, slug="entiers")
    assert _api_values(api, "chiffres") == [
        ("0,005 %", {"min": "0.005", "max": "0.005", "unit": "%"}),
        ("1,234 km", {"min": "1.234", "max": "1.234", "unit": "km"}),
        ("0,125 euro", {"min": "0.125", "max": "0.125", "currency": "EUR"}),
    ]
    assert _api_values(api, "entiers") == [
        ("5 %", {"min": "5.00", "max": "5.00", "unit": "%"}),
        ("12 km", {"min": "12.00", "max": "12.00", "unit": "km"}),
        ("2 euros", {"min": "2.00", "max": "2.00", "currency": "EUR"}),
    ]


def _data_values(client, slug):
    response = client.get(f"/articles/{slug}/")
    assert response.status_code == 200
    return re.findall(r'<data class="amount"[^>]* value="([^"]*)">([^<]*)</data>', response.content.decode())


def test_reader_page_marks_the_values_as_read(client, make_article):
    make_article(text=FIGURES, slug="chiffres")
    make_article(text=WHOLE, slug="entiers")
    assert _data_values(client, "chiffres") == [
        ("0.005 %", "0,005 %"),
        ("1.234 km", "1,234 km"),
        ("0.125 EUR", "0,125 euro"),
    ]
    assert _data_values(client, "entiers") == [("5 %", "5 %"), ("12 km", "12 km"), ("2 EUR", "2 euros")]


RATE = (
    "Le taux du livret\n\n"
    "Selon la Banque de France, le taux du livret jeune atteignait {first} % en mars 2025.\n\n"
    "Le maire de Brest a inauguré une médiathèque samedi.\n\n"
    "Selon la Banque de France, le taux du livret jeune atteignait {second} % en mars 2025.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("0,125", "0,121", ["0.125 %", "0.121 %"]),  # three decimals apart: was one value in cents
        ("0,5", "0,9", ["0.5 %", "0.9 %"]),
        ("0,125", "0,125", None),
        ("1,859", "1,859", None),
    ],
)
def test_close_three_decimal_figures_are_an_inconsistency(api, make_article, first, second, values):
    make_article(text=RATE.format(first=first, second=second), slug="livret")
    found = api.get("/api/articles/livret/inconsistencies/").json()
    if values is None:
        assert found == []
    else:
        [inconsistency] = found
        assert inconsistency["kind"] == "amount"
        assert [inconsistency["first_value"], inconsistency["second_value"]] == values


def test_a_huge_amount_is_stored_and_shown_exactly(api, client, make_article):
    huge = "123 456 789 012 345 000 000,5"  # 21 digits before the comma: as many as Mention holds
    text = f"Une dette\n\nLa dette atteindrait {huge} euros selon le maire de Nantes.\n"
    _article, amounts = _amounts(text, "dette", make_article)
    exact = Decimal("123456789012345000000.5")
    # SQLite keeps 15 significant digits of a decimal column (Django's SQLite backend), PostgreSQL all.
    stored = exact if connection.vendor == "postgresql" else Decimal("123456789012345000000")
    assert amounts == [(f"{huge} euros", stored, stored, "EUR")]
    [(_text, amount)] = _api_values(api, "dette")
    shown = "123456789012345000000.50" if stored == exact else "123456789012345000000.00"
    assert amount == {"min": shown, "max": shown, "currency": "EUR"}
    assert _data_values(client, "dette") == [(f"{stored.normalize():f} EUR", f"{huge} euros")]


def test_the_largest_amount_read_is_no_error_on_any_database(api, client, make_article):
    largest = "999 999 999 999 999 999 999,5"  # the float SQLite keeps of it is 1E+21, one digit more
    make_article(text=f"Une dette\n\nLa dette atteindrait {largest} euros selon le maire.\n", slug="dette")
    [(_text, amount)] = _api_values(api, "dette")
    assert (
        amount["min"]
        == amount["max"]
        == ("999999999999999999999.50" if connection.vendor == "postgresql" else "1000000000000000000000.00")
    )
    assert [shown for _value, shown in _data_values(client, "dette")] == [f"{largest} euros"]


def test_a_value_past_what_mention_holds_keeps_its_text_without_value(api, make_article):
    text = "Une dette\n\nLa dette atteindrait 1 000 000 000 000 000 000 000 euros selon le maire.\n"
    _article, amounts = _amounts(text, "dette", make_article)
    assert amounts == [("1 000 000 000 000 000 000 000 euros", None, None, "EUR")]
    [(_text, amount)] = _api_values(api, "dette")
    assert amount == {"min": None, "max": None, "currency": "EUR"}


@pytest.mark.parametrize(
    ("read", "stored"),
    [
        (Decimal("1.859"), Decimal("1.859")),
        (Decimal("0.000001"), Decimal("0.000001")),
        (Decimal("1.23456789"), Decimal("1.234568")),  # past the sixth place: rounded
        (Decimal("0.0000001"), None),  # would round to 0: no value rather than a wrong one
        (Decimal(0), Decimal(0)),
        (Decimal(10) ** 21, None),
        (-(Decimal(10) ** 21), None),
        (None, None),
    ],
)
def test_stored_keeps_six_places_and_refuses_what_the_field_cannot_hold(read, stored):
    assert _stored(read) == stored


def _admin_values(client, editor, article):
    client.force_login(editor)
    values = []
    for claim in article.claims.order_by("start"):
        page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
        values += re.findall(
            r'data-kind="(?:MONEY|QUANTITY)">[^<]*</span></td>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>', page
        )
    return [" ".join(value.split()) for value in values]


def test_admin_claim_page_shows_the_decimals_read(client, editor, make_article):
    figures = _admin_values(client, editor, make_article(text=FIGURES, slug="chiffres"))
    assert figures == ["0,005 %", "1,234 km", "0,125 EUR"]
    assert _admin_values(client, editor, make_article(text=WHOLE, slug="entiers")) == ["5 %", "12 km", "2 EUR"]


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("fr", Decimal("0.005000"), "0,005"),
        ("fr", Decimal("1859.000000"), "1\xa0859"),
        ("en", Decimal("1.859000"), "1.859"),
        ("en", Decimal("120000000.000000"), "120,000,000"),
    ],
)
def test_amount_filter_shows_the_places_a_value_has(language, value, shown):
    with translation.override(language):
        assert amount(value) == shown
