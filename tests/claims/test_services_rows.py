"""insert_rows (claims/services/rows.py): the rows it writes read back as bulk_create's do."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.forms.models import model_to_dict

from annotations.models import Entity, Mention
from claims.models import Article, Block, Claim
from claims.services.rows import insert_rows


@pytest.fixture
def block(db):
    article = Article.objects.create(slug="rows", title="Rows", body="Une phrase. Une autre.", body_sha256="x")
    return Block.objects.create(article=article, position=0, kind="paragraph", start=0, end=22)


def claim(block, position: int) -> Claim:
    moment = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    return Claim(
        article=block.article,
        block=block,
        revision=2,
        position=position,
        start=position,
        end=position + 10,
        text=f"Une phrase « {position} ».",
        checkworthiness=0.25,
        created_at=moment,
        updated_at=moment,
        facets={"entities": [3, 1], "years": [2019]},
    )


def mentions(article, claims, entity) -> list[Mention]:
    first, second = claims
    return [
        Mention(article=article, revision=2, claim=first, label="ORG", start=0, end=4, text="Lyon", entity=entity),
        Mention(
            article=article,
            revision=2,
            claim=second,
            label="DATE",
            start=1,
            end=5,
            text="2019",
            value="2019",
            precision="year",
            date_earliest=date(2019, 1, 1),
            date_latest=date(2019, 12, 31),
        ),
        Mention(
            article=article,
            revision=2,
            claim=None,
            label="MONEY",
            start=2,
            end=9,
            text="3,5 M€",
            amount_min=Decimal("3500000.5"),
            amount_max=Decimal("3500000.5"),
            currency="EUR",
        ),
    ]


def rows(model) -> list[dict]:
    """Every row of `model` as its fields; a mention's claim as the claim's position, since the
    claims are written twice, under new ids."""
    found = []
    for obj in model.objects.order_by("start"):
        row = model_to_dict(obj, exclude=["id", "claim"])
        if model is Mention:
            row["claim"] = obj.claim.position if obj.claim_id else None
        found.append(row)
    return found


def test_insert_rows_writes_what_bulk_create_writes(block):
    entity = Entity.objects.create(name="Lyon", kind="ORG")
    by_orm = Claim.objects.bulk_create([claim(block, 0), claim(block, 1)])
    Mention.objects.bulk_create(mentions(block.article, by_orm, entity))
    expected_claims, expected_mentions = rows(Claim), rows(Mention)
    Mention.objects.all().delete()
    Claim.objects.all().delete()

    assert insert_rows(Claim, [claim(block, 0), claim(block, 1)]) == 2
    saved = list(Claim.objects.order_by("position"))
    unsaved = mentions(block.article, saved, entity)
    assert insert_rows(Mention, unsaved) == 3

    assert rows(Claim) == expected_claims
    assert rows(Mention) == expected_mentions
    assert Claim.objects.filter(facets__years__0=2019).count() == 2  # JSON, not a string of it


def test_insert_rows_keeps_the_constraints_of_the_table(block):
    broken = claim(block, 0)
    broken.end = broken.start  # claim_start_before_end
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(Claim, [claim(block, 1), broken])
    assert not Claim.objects.exists()


def test_insert_rows_of_nothing_writes_nothing(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert insert_rows(Claim, []) == 0
