"""The admin's landing page (desk.sites): an Editors member lands on their queue, which links to
the usual index; superusers and staff who do not review land on the usual index."""

import lxml.html
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from desk.services import assign_article

pytestmark = pytest.mark.django_db

FULL_INDEX_URL = reverse("admin:index") + "?all=1"


def app_list(response) -> list[str]:
    """The labels of the apps the index lists (its usual content)."""
    tree = lxml.html.fromstring(response.content.decode())
    modules = tree.xpath("//*[@id='content-main']//div[contains(@class, 'app-')][table]")
    return [module.get("class").split()[0].removeprefix("app-") for module in modules]


def test_editor_lands_on_their_queue(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url == reverse("admin:desk_queue")


def test_queue_links_to_the_usual_index_which_links_back(client, editor, desk_article):
    assign_article(article=desk_article, assignee=editor, by=editor)
    client.force_login(editor)
    queue = lxml.html.fromstring(client.get(reverse("admin:index"), follow=True).content.decode())
    assert "3 to do" in queue.xpath("//*[@class='desk-counts']")[0].text_content()  # the queue itself
    [link] = queue.xpath("//a[@class='desk-full-index']")
    assert link.get("href") == FULL_INDEX_URL
    response = client.get(link.get("href"))
    assert response.status_code == 200
    assert {"claims", "desk"} <= set(app_list(response))
    summary = lxml.html.fromstring(response.content.decode()).xpath("//section[contains(@class, 'desk-summary')]")[0]
    assert "3 to do" in summary.text_content()
    assert reverse("admin:desk_queue") in summary.xpath(".//a/@href")


def test_superuser_lands_on_the_usual_index_even_in_editors(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="pw-root-123")
    root.groups.add(Group.objects.get(name="Editors"))
    client.force_login(root)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "claims" in app_list(response)


def test_staff_who_do_not_review_land_on_the_usual_index(client, staff):
    client.force_login(staff)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert not lxml.html.fromstring(response.content.decode()).xpath("//section[contains(@class, 'desk-summary')]")


def test_anonymous_visitors_are_asked_to_log_in_not_sent_to_a_queue(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_a_stray_value_of_all_still_shows_the_usual_index(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:index"), {"all": "<script>"}).status_code == 200


def test_landing_queries(client, editor, staff, desk_article, django_assert_num_queries):
    assign_article(article=desk_article, assignee=editor, by=editor)
    for user, url, queries in (
        # session, user, the user's and their groups' permissions (is the user a reviewer?)
        (editor, reverse("admin:index"), 4),
        # the same; the recent actions; the queue's counts (their articles, the counts)
        (editor, FULL_INDEX_URL, 7),
        # session, user, permissions; the recent actions
        (staff, reverse("admin:index"), 5),
    ):
        client.force_login(user)
        client.get(url)  # session and permissions warmed up
        with django_assert_num_queries(queries):
            client.get(url)
