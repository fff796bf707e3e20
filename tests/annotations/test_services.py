"""annotations.services.build_mentions, through the real ingest: quantities and open bounds."""

import dataclasses
from decimal import Decimal

from annotations.models import Mention, MentionLabel
from annotations.services import NewMention
from tests.conftest import SAMPLE_TEXT


def test_build_mentions_stores_a_quantity_on_ingest(article):
    [quantity] = Mention.objects.filter(article=article, label=MentionLabel.QUANTITY)
    assert quantity.text == "300 emplois" == SAMPLE_TEXT[quantity.start : quantity.end]
    assert (quantity.amount_min, quantity.amount_max, quantity.unit) == (Decimal(300), Decimal(300), "emploi")
    assert quantity.claim.text.startswith("Dupont a ajouté que 300 emplois")
    assert quantity.currency == "" and quantity.entity is None


def test_build_mentions_stores_open_bounds_and_insane_values_as_null(make_article):
    text = (
        "Un budget en débat\n\n"
        "La ville a dépensé plus de 10 euros par habitant. Moins de 3 % des électeurs ont voté. "
        "La dette atteindrait " + "9" * 60 + " euros selon le maire.\n"
    )
    article = make_article(text=text, slug="budget")
    rows = Mention.objects.filter(article=article, label__in=["MONEY", "QUANTITY"]).order_by("start")
    values = [(m.label, m.text, m.amount_min, m.amount_max) for m in rows]
    assert values == [
        ("MONEY", "plus de 10 euros", Decimal(10), None),
        ("QUANTITY", "Moins de 3 %", None, Decimal(3)),
        ("MONEY", "9" * 60 + " euros", None, None),
    ]


def test_build_mentions_keeps_the_decimals_read_and_rounds_past_the_sixth(make_article):
    text = "Un prix\n\nLe ticket coûte 1,125 euro hier. Le jeton coûte 0,1234567 euro.\n"
    article = make_article(text=text, slug="prix")
    amounts = Mention.objects.filter(article=article, label=MentionLabel.MONEY).order_by("start")
    assert [(m.amount_min, m.amount_max) for m in amounts] == [
        (Decimal("1.125"), Decimal("1.125")),
        (Decimal("0.123457"), Decimal("0.123457")),
    ]


def test_new_mention_holds_every_column_of_mention_with_its_default():
    # insert_rows writes a NewMention as it would a Mention: same columns, same defaults.
    columns = {field.attname: field for field in Mention._meta.concrete_fields if not field.primary_key}
    fields = {field.name: field for field in dataclasses.fields(NewMention)}
    assert columns.keys() <= fields.keys()
    for name, field in fields.items():
        if field.default is not dataclasses.MISSING:
            assert field.default == columns[name].get_default(), name
