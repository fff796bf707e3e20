import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import CheckConstraint

from annotations.models import Mention
from claims.models import Article, Block, Claim, Review, Source, Verdict


@pytest.fixture
def bare_article(db):
    return Article.objects.create(slug="bare", title="Bare", body="Une phrase. Une autre.", body_sha256="x")


@pytest.fixture
def block(bare_article):
    return Block.objects.create(article=bare_article, position=0, kind="paragraph", start=0, end=22)


def make_claim(article, block, **fields):
    values = {"article": article, "block": block, "position": 0, "start": 0, "end": 11, "text": "Une phrase."}
    return Claim.objects.create(**{**values, **fields})


def test_claim_rejects_end_before_start(bare_article, block):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(bare_article, block, start=11, end=3)


def test_claim_rejects_empty_span(bare_article, block):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(bare_article, block, start=5, end=5)


def test_claim_rejects_unknown_verdict(bare_article, block):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(bare_article, block, verdict="true-ish")


def test_claim_full_clean_names_unknown_verdict(bare_article, block):
    claim = Claim(article=bare_article, block=block, position=0, start=0, end=11, text="x", verdict="maybe")
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "verdict" in error.value.message_dict


def test_claim_defaults_to_unverified_version_one(bare_article, block):
    claim = make_claim(bare_article, block)
    assert (claim.verdict, claim.version) == (Verdict.UNVERIFIED, 1)


def test_claim_rejects_second_claim_at_same_position(bare_article, block):
    make_claim(bare_article, block)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(bare_article, block, start=12, end=22, text="Une autre.")


def test_claim_rejects_checkworthiness_out_of_range(bare_article, block):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(bare_article, block, checkworthiness=1.5)


def test_article_rejects_duplicate_slug(bare_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(slug="bare", title="Other", body="x", body_sha256="y")


def test_article_full_clean_names_duplicate_slug(bare_article):
    with pytest.raises(ValidationError) as error:
        Article(slug="bare", title="Other", body="x", body_sha256="y").full_clean()
    assert "slug" in error.value.message_dict


def test_block_rejects_unknown_kind(bare_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Block.objects.create(article=bare_article, position=1, kind="sidebar", start=0, end=3)


def test_review_rejects_unknown_verdict(bare_article, block):
    claim = make_claim(bare_article, block)
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.create(claim=claim, verdict="false", claim_version=2)


def test_source_needs_url_or_title(bare_article, block):
    review = Review.objects.create(claim=make_claim(bare_article, block), verdict="sourced", claim_version=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(review=review)


def test_mention_rejects_end_before_start(bare_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(article=bare_article, label="PER", start=9, end=2, text="x")


def test_mention_rejects_entity_on_date(bare_article):
    from annotations.models import Entity

    entity = Entity.objects.create(name="Lyon", kind="LOC")
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(article=bare_article, label="DATE", start=0, end=4, text="2016", entity=entity)


def test_check_constraints_on_choices_list_exactly_the_field_choices():
    """A constraint `<field>__in` written as a literal list (Article's statuses were) drifts from the
    choices the day one is added: the form offers it and the database refuses it."""
    checked = []
    for model in apps.get_models():
        if model._meta.app_label not in {"claims", "annotations", "desk", "intake", "matching"}:
            continue
        for constraint in model._meta.constraints:
            if not isinstance(constraint, CheckConstraint) or len(constraint.condition.children) != 1:
                continue
            lookup, values = constraint.condition.children[0]
            field_name, _, operator = lookup.partition("__")
            field = model._meta.get_field(field_name)
            if operator == "in" and field.choices:
                checked.append(constraint.name)
                assert sorted(values) == sorted(value for value, _label in field.choices), constraint.name
    assert "article_status_valid" in checked and "claim_verdict_valid" in checked


def test_article_rejects_unknown_status(bare_article):
    Article.objects.filter(pk=bare_article.pk).update(status="draft")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=bare_article.pk).update(status="archived")
