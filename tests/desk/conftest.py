"""Reviewers for the desk tests (an editor is in tests/conftest.py)."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from tests.desk_factories import make_desk_article


@pytest.fixture
def colleague(django_user_model):
    user = django_user_model.objects.create_user("colette", password="pw-colette-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def desk_article(db):
    return make_desk_article(count=3)


@pytest.fixture(autouse=True)
def in_english(settings):
    """These tests read the desk's messages in English; the interface's default language is French."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
