"""The API's HTML pages in a real browser: the browsable API and Swagger UI keep the
Content-Security-Policy (no inline style or script refused), and /favicon.ico answers."""

import io

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.parametrize("path", ["/api/", "/api/claims/", "/api/articles/", "/api/verdicts/"])
def test_browsable_api_page_holds_the_content_security_policy(live_server, page, demo, path):
    response = page.goto(live_server.url + path)

    assert response.status == 200
    assert page.locator("h1").count() == 1  # the HTML view, not JSON
    assert page.problems == []  # no CSP violation, no script error, no missing resource


def test_swagger_ui_tries_a_request_within_the_content_security_policy(live_server, page, demo):
    page.goto(live_server.url + "/api/docs/")
    page.get_by_text("List claims").click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()

    status = page.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "200"
    assert page.problems == []
