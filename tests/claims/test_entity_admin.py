"""Entities in the admin (claims/admin/entities.py): aliases, mention counts, merging, autocomplete."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from annotations.models import Entity, EntityAlias, Mention
from tests.desk_factories import make_desk_article

CHANGELIST = reverse("admin:annotations_entity_changelist")
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def editor_client(editor):
    client = Client(**ENGLISH)
    client.force_login(editor)
    return client


@pytest.fixture
def split_person(db):
    """Jean Martin's mentions split between two entities, as a model's guesses often leave them."""
    make_desk_article(count=4)
    martin = Entity.objects.get(name="Jean Martin")
    stray = Entity.objects.create(name="J. Martin", kind="ORG", wikidata_id="Q42")
    EntityAlias.objects.create(entity=stray, name="Martin")
    Mention.objects.filter(pk__in=martin.mentions.order_by("start").values("pk")[:2]).update(entity=stray, label="ORG")
    return martin, stray


def merge_post(*entities, **extra):
    return {"action": "merge", "_selected_action": [entity.pk for entity in entities], **extra}


def test_entity_merge_action_asks_which_entity_to_keep(editor_client, split_person):
    martin, stray = split_person

    response = editor_client.post(CHANGELIST, merge_post(martin, stray))

    assert response.status_code == 200
    choices = [value for value, _label in response.context["form"].fields["keep"].choices]
    assert {str(choice) for choice in choices} == {str(martin.pk), str(stray.pk)}
    assert Entity.objects.filter(pk=stray.pk).exists()


def test_entity_merge_action_keeps_every_mention(editor_client, split_person):
    martin, stray = split_person
    mention_ids = set(Mention.objects.filter(entity__in=[martin, stray]).values_list("pk", flat=True))

    response = editor_client.post(CHANGELIST, merge_post(martin, stray, apply="1", keep=martin.pk))

    assert response.status_code == 302
    assert not Entity.objects.filter(pk=stray.pk).exists()
    assert set(martin.mentions.values_list("pk", flat=True)) == mention_ids
    assert set(martin.mentions.values_list("label", flat=True)) == {"PER"}
    assert set(martin.aliases.values_list("name", flat=True)) == {"J. Martin", "Martin"}
    martin.refresh_from_db()
    assert martin.wikidata_id == "Q42"


def test_entity_merge_action_needs_two_entities(editor_client, split_person):
    martin, _stray = split_person

    response = editor_client.post(CHANGELIST, merge_post(martin), follow=True)

    assert "Select at least two entities" in response.content.decode()
    assert Entity.objects.count() == 3


def test_entity_merge_action_is_not_offered_without_change_permission(split_person, staff):
    martin, stray = split_person
    staff.user_permissions.add(Permission.objects.get(codename="view_entity"))
    client = Client(**ENGLISH)
    client.force_login(staff)

    assert "Merge selected entities" not in client.get(CHANGELIST).content.decode()
    client.post(CHANGELIST, merge_post(martin, stray, apply="1", keep=martin.pk))
    assert Entity.objects.filter(pk=stray.pk).exists()


def test_entity_changelist_shows_aliases_and_mention_counts(editor_client, split_person):
    martin, stray = split_person

    response = editor_client.get(CHANGELIST)

    rows = {entity.name: entity for entity in response.context["cl"].result_list}
    assert (rows["Jean Martin"].mention_count, rows["J. Martin"].mention_count) == (2, 2)
    page = response.content.decode()
    assert f"?entity={martin.pk}" in page  # the count links to the claims that mention it
    assert '<td class="field-alias_names">Martin</td>' in page


@pytest.mark.parametrize("entities", [2, 20])
def test_entity_changelist_query_count_does_not_grow_with_rows(editor_client, django_assert_num_queries, entities):
    for index in range(entities):
        entity = Entity.objects.create(name=f"Personne {index}", kind="PER")
        EntityAlias.objects.create(entity=entity, name=f"P{index}")
    # session, user, user and group permissions, two counts, the entities with their counts,
    # their aliases
    with django_assert_num_queries(8):
        response = editor_client.get(CHANGELIST)
    assert len(response.context["cl"].result_list) == entities


def test_entity_autocomplete_finds_an_entity_by_alias(editor_client, split_person):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "annotations", "model_name": "entityalias", "field_name": "entity", "term": "Martin"},
    )

    names = {result["text"] for result in response.json()["results"]}
    assert names == {"Jean Martin", "J. Martin"}


# -- Mentions: read as the annotation wrote them, relinked to another entity --------------------


def test_mention_admin_relinks_a_mention_and_rewrites_its_claims_facets(admin_client, split_person):
    martin, stray = split_person
    mention = stray.mentions.filter(claim__isnull=False).first()
    url = reverse("admin:annotations_mention_change", args=[mention.pk])

    response = admin_client.post(url, {"entity": martin.pk})

    assert response.status_code == 302
    mention.refresh_from_db()
    assert (mention.entity, mention.label) == (martin, "PER")
    claim = mention.claim
    claim.refresh_from_db()
    assert martin.pk in claim.facets["entities"] and stray.pk not in claim.facets["entities"]


def test_mention_admin_keeps_offsets_and_values_read_only(admin_client, split_person):
    martin, _stray = split_person
    mention = martin.mentions.first()
    url = reverse("admin:annotations_mention_change", args=[mention.pk])

    admin_client.post(url, {"entity": martin.pk, "start": 0, "end": 1, "text": "X", "label": "DATE"})

    fresh = Mention.objects.get(pk=mention.pk)
    assert (fresh.start, fresh.end, fresh.text, fresh.label) == (mention.start, mention.end, mention.text, "PER")
    assert admin_client.get(reverse("admin:annotations_mention_add")).status_code == 403
    assert admin_client.get(reverse("admin:annotations_mention_delete", args=[mention.pk])).status_code == 403


def test_mention_admin_shows_a_date_without_letting_it_change(admin_client, split_person):
    date = Mention.objects.filter(label="DATE").first()
    url = reverse("admin:annotations_mention_change", args=[date.pk])

    assert admin_client.get(url).status_code == 200  # viewed, read-only
    assert admin_client.post(url, {"entity": split_person[0].pk}).status_code == 403
    assert Mention.objects.get(pk=date.pk).entity is None


@pytest.mark.parametrize("wikidata_id", ["hello", "Q", "Q0", "q42", "Q42a"])
def test_entity_change_form_refuses_a_malformed_wikidata_id_in_words(editor_client, split_person, wikidata_id):
    martin, _stray = split_person
    url = reverse("admin:annotations_entity_change", args=[martin.pk])
    data = {
        "name": martin.name,
        "kind": martin.kind,
        "wikidata_id": wikidata_id,
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
    }

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "wikidata_id": ["A Wikidata id is Q followed by digits, such as Q317521."]
    }
    martin.refresh_from_db()
    assert martin.wikidata_id == ""


def test_entity_change_form_takes_a_wikidata_id_or_none(editor_client, split_person):
    martin, _stray = split_person
    url = reverse("admin:annotations_entity_change", args=[martin.pk])
    data = {"name": martin.name, "kind": martin.kind, "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"}

    assert editor_client.post(url, {**data, "wikidata_id": "Q317521"}).status_code == 302
    martin.refresh_from_db()
    assert martin.wikidata_id == "Q317521"
    assert editor_client.post(url, {**data, "wikidata_id": ""}).status_code == 302
    martin.refresh_from_db()
    assert martin.wikidata_id == ""


def test_entity_change_form_refuses_a_malformed_wikidata_id_in_french(editor, split_person):
    martin, _stray = split_person
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(editor)
    data = {"name": martin.name, "kind": martin.kind, "wikidata_id": "hello"}

    response = client.post(
        reverse("admin:annotations_entity_change", args=[martin.pk]),
        {**data, "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"},
    )

    assert response.context["adminform"].form.errors["wikidata_id"] == [
        "Un identifiant Wikidata est un Q suivi de chiffres, par exemple Q317521."
    ]
