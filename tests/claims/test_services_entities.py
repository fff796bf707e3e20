"""merge_entities (claims/services/entities.py): folding duplicate entities into one."""

import pytest

from annotations.models import Entity, EntityAlias, Mention
from annotations.services import alias_table
from claims.services.entities import merge_entities
from tests.desk_factories import make_desk_article


@pytest.fixture
def duplicates(db):
    make_desk_article(count=3)
    keep = Entity.objects.get(name="Jean Martin")
    other = Entity.objects.create(name="Martin", kind="PER")
    third = Entity.objects.create(name="Jean-Martin", kind="MISC")
    EntityAlias.objects.create(entity=third, name="J.-M.")
    first, second = keep.mentions.order_by("start")[:2]
    Mention.objects.filter(pk=first.pk).update(entity=other)
    Mention.objects.filter(pk=second.pk).update(entity=third, label="MISC")
    return keep, other, third


def test_merge_entities_moves_every_mention(duplicates):
    keep, other, third = duplicates
    before = Mention.objects.filter(entity__isnull=False).count()

    moved = merge_entities(keep=keep, others=[other, third])

    assert moved == 2
    assert Mention.objects.filter(entity__isnull=False).count() == before
    assert keep.mentions.count() == 3
    assert not Entity.objects.filter(pk__in=[other.pk, third.pk]).exists()


def test_merge_entities_relabels_moved_mentions_with_the_kept_kind(duplicates):
    keep, other, third = duplicates

    merge_entities(keep=keep, others=[other, third])

    assert set(keep.mentions.values_list("label", flat=True)) == {"PER"}


def test_merge_entities_turns_names_and_aliases_into_aliases_of_the_kept_entity(duplicates):
    keep, other, third = duplicates

    merge_entities(keep=keep, others=[other, third])

    assert set(keep.aliases.values_list("name", flat=True)) == {"Martin", "Jean-Martin", "J.-M."}
    assert alias_table()["Martin"] == ("Jean Martin", "PER")


def test_merge_entities_drops_an_alias_equal_to_the_kept_name(db):
    keep = Entity.objects.create(name="Apple", kind="ORG")
    other = Entity.objects.create(name="Apple", kind="MISC")
    EntityAlias.objects.create(entity=other, name="Apple")

    merge_entities(keep=keep, others=[other])

    assert not EntityAlias.objects.exists()


def test_merge_entities_keeps_the_kept_wikidata_id(db):
    keep = Entity.objects.create(name="Lyon", kind="LOC", wikidata_id="Q456")
    other = Entity.objects.create(name="Lyon (ville)", kind="LOC", wikidata_id="Q999")

    merge_entities(keep=keep, others=[other])

    keep.refresh_from_db()
    assert keep.wikidata_id == "Q456"


def test_merge_entities_ignores_the_kept_entity_among_the_others(duplicates):
    keep, _other, _third = duplicates

    assert merge_entities(keep=keep, others=[keep]) == 0
    assert Entity.objects.filter(pk=keep.pk).exists()
