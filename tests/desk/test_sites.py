"""desk/sites.py: which keys, as an admin action posts them, a primary key can hold."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from annotations.models import EntityAlias, Mention
from claims.models import Claim
from desk.sites import is_possible_key
from intake.models import Job
from tests.desk_factories import make_desk_article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", True),
        (str(2**63 - 1), True),  # the largest 64-bit integer
        (str(-(2**63)), True),  # the smallest: no row has it, but the database can compare with it
        (str(10**18), True),  # 19 digits: a URL's id (claims.ids.is_row_id) may have 18 only
        (str(2**63), False),  # one past: SQLite cannot bind it
        (str(-(2**63) - 1), False),
        ("9" * 20, False),
        ("abc", False),
        ("1e3", False),
    ],
)
def test_is_possible_key_of_an_integer_key_is_64_bits(value, expected):
    assert is_possible_key(Claim._meta.pk, value) is expected


def test_is_possible_key_of_a_uuid_key_has_no_range():
    assert is_possible_key(Job._meta.pk, str(uuid.UUID(int=2**128 - 1))) is True
    assert is_possible_key(Job._meta.pk, "9" * 20) is False


@pytest.fixture
def superuser_client(db, django_user_model):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    return client


@pytest.mark.parametrize("entity", ["abc", "1.5", "9" * 20, "[1]"])
def test_an_autocomplete_given_no_key_shows_the_forms_refusal(superuser_client, entity):
    # The alias's entity and a mention's are autocompletes: Django's widget looked "abc" up to
    # show it again, a ValueError (500), where the form had refused it.
    response = superuser_client.post(reverse("admin:annotations_entityalias_add"), {"name": "Dupont", "entity": entity})

    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["entity"]
    assert not EntityAlias.objects.exists()


def test_a_mention_relinked_to_no_key_keeps_its_entity(superuser_client):
    make_desk_article(count=1)
    mention = Mention.objects.filter(entity__isnull=False).first()

    response = superuser_client.post(reverse("admin:annotations_mention_change", args=[mention.pk]), {"entity": "abc"})

    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["entity"]
    assert Mention.objects.get(pk=mention.pk).entity_id == mention.entity_id
