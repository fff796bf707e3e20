"""Shared fixtures: users in each role and small articles built through the real services."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from rest_framework.test import APIClient

from claims.services import ArticleInput, ingest_article

SAMPLE_TEXT = (
    "Une usine ouvre à Lyon\n\n"
    "Le groupe Renault a annoncé le 3 mars 2021 l'ouverture d'une usine à Lyon. "
    "L'investissement atteint 120 millions d'euros, selon Jean Dupont, son directeur.\n\n"
    "Dupont a ajouté que 300 emplois seraient créés en 2022. Est-ce une bonne nouvelle ?\n"
)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle counters live in the cache: without this, one test's requests count in the next."""
    cache.clear()


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("edith", password="pw-edith-123", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("stan", password="pw-stan-123", is_staff=True)


@pytest.fixture
def make_article(db):
    """Ingests a text through the real pipeline; returns the article."""

    def make(text=SAMPLE_TEXT, slug="usine-lyon", publish=True, **fields):
        return ingest_article(item=ArticleInput(text=text, slug=slug, publish=publish, **fields)).article

    return make


@pytest.fixture
def article(make_article):
    return make_article()


def pytest_terminal_summary(terminalreporter):
    """Says loudly, last, when the browser tests (axe-core audit included) did not run."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if "tests/browser/" in report.nodeid and report.longrepr
    ]
    if skipped:
        reasons = sorted({str(report.longrepr[2]) for report in skipped})
        terminalreporter.section("browser tests NOT RUN", sep="!", red=True, bold=True)
        terminalreporter.write_line(f"{len(skipped)} browser tests skipped: " + "; ".join(reasons), red=True)
        terminalreporter.write_line("`.ci/run` installs what they need; `make test` installs axe-core when npm exists.")
