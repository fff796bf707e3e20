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


@pytest.fixture
def place_and_person(db):
    """A place and a person whose names an editor could give as each other's aliases."""
    place = Entity.objects.create(name="Cordemais", kind="LOC")
    EntityAlias.objects.create(entity=place, name="la commune de Cordemais")
    person = Entity.objects.create(name="Paul Cordemais", kind="PER")
    return place, person


def change_data(entity, *aliases, name=None):
    data = {"name": name or entity.name, "kind": entity.kind, "wikidata_id": ""}
    data |= {"aliases-TOTAL_FORMS": str(len(aliases)), "aliases-INITIAL_FORMS": "0"}
    for index, alias in enumerate(aliases):
        data |= {f"aliases-{index}-name": alias, f"aliases-{index}-entity": entity.pk, f"aliases-{index}-id": ""}
    return data


def warnings_in(response) -> list[str]:
    return [str(message) for message in response.context["messages"] if message.level_tag == "warning"]


def test_entity_alias_that_is_another_entitys_name_is_saved_with_a_warning_naming_it(editor_client, place_and_person):
    place, person = place_and_person
    url = reverse("admin:annotations_entity_change", args=[person.pk])

    response = editor_client.post(url, change_data(person, "Cordemais"), follow=True)

    assert set(person.aliases.values_list("name", flat=True)) == {"Cordemais"}  # saved: an alias may redirect
    [warning] = warnings_in(response)
    assert warning.startswith("The alias “Cordemais” is also the name of another entity (place)")
    assert "links the mentions of “Cordemais” to “Paul Cordemais”" in warning
    assert Entity.objects.filter(pk=place.pk).exists()


def test_entity_alias_that_no_other_entity_has_is_saved_without_a_warning(editor_client, place_and_person):
    place, person = place_and_person
    url = reverse("admin:annotations_entity_change", args=[person.pk])

    # Its own name, or another's in other letters (the alias table matches the exact letters), is no clash.
    response = editor_client.post(url, change_data(person, "Paul Cordemais", "CORDEMAIS"), follow=True)

    assert set(person.aliases.values_list("name", flat=True)) == {"Paul Cordemais", "CORDEMAIS"}
    assert warnings_in(response) == []


def test_entity_alias_inline_refuses_another_entitys_alias_naming_it(editor_client, place_and_person):
    _place, person = place_and_person
    url = reverse("admin:annotations_entity_change", args=[person.pk])

    response = editor_client.post(url, change_data(person, "la commune de Cordemais"))

    assert response.status_code == 200
    [inline] = response.context["inline_admin_formsets"]
    assert inline.formset.errors == [
        {
            "name": [
                "“la commune de Cordemais” is already an alias of another entity, “Cordemais” (place): "
                "an alias names one entity."
            ]
        }
    ]
    assert not person.aliases.exists()


def test_entity_renamed_to_another_entitys_alias_is_saved_with_a_warning_naming_it(editor_client, place_and_person):
    _place, person = place_and_person
    url = reverse("admin:annotations_entity_change", args=[person.pk])

    response = editor_client.post(url, change_data(person, name="la commune de Cordemais"), follow=True)

    person.refresh_from_db()
    assert person.name == "la commune de Cordemais"
    [warning] = warnings_in(response)
    assert warning.startswith("“la commune de Cordemais” is also an alias of another entity, “Cordemais” (place)")
    # Saved again unchanged: no warning repeated.
    assert warnings_in(editor_client.post(url, change_data(person), follow=True)) == []


def test_entity_alias_admin_warns_of_another_entitys_name(editor_client, place_and_person):
    _place, person = place_and_person

    response = editor_client.post(
        reverse("admin:annotations_entityalias_add"), {"entity": person.pk, "name": "Cordemais"}, follow=True
    )

    assert EntityAlias.objects.filter(entity=person, name="Cordemais").exists()
    [warning] = warnings_in(response)
    assert warning.startswith("The alias “Cordemais” is also the name of another entity (place)")


def test_entity_alias_warning_is_in_french(editor, place_and_person):
    _place, person = place_and_person
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(editor)

    response = client.post(
        reverse("admin:annotations_entity_change", args=[person.pk]), change_data(person, "Cordemais"), follow=True
    )

    nbsp = "\u00a0"  # French typography: a no-break space inside the guillemets and before the colon
    [warning] = warnings_in(response)
    assert warning.startswith(f"L’alias «{nbsp}Cordemais{nbsp}» est aussi le nom d’une autre entité (lieu){nbsp}:")
