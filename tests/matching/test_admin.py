"""matching.admin: "Already checked" on a claim's page, "Not the same claim", inconsistencies on
an article's page."""

import pytest
from django.urls import reverse
from lxml import html

from claims.models import Verdict
from claims.services import SourceInput, review_claim
from matching.models import ClaimMatch, Inconsistency
from matching.services import dismiss_match
from tests.matching.test_rematch import HARBOUR, HARBOUR_2
from tests.matching.test_services import CONTRADICTION, DENIAL, FIRST, PARAPHRASE, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(make_article, editor):
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    return earlier, make_article(PARAPHRASE, slug="second")


def page_text(response) -> str:
    return " ".join(html.fromstring(response.content.decode()).text_content().split())


def test_claim_page_shows_the_earlier_verdict_and_rationale(client, editor, matched):
    earlier, later = matched
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_change", args=[later.claims.get().pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert earlier.text in text
    assert "Communiqué du groupe." in text
    match = ClaimMatch.objects.get()
    assert reverse("admin:matching_claimmatch_dismiss", args=[match.pk]) in response.content.decode()


def test_not_the_same_claim_dismisses_once_then_409(client, editor, matched):
    _earlier, later = matched
    match = ClaimMatch.objects.get()
    url = reverse("admin:matching_claimmatch_dismiss", args=[match.pk])
    client.force_login(editor)
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.DISMISSED
    claim_page = client.get(reverse("admin:claims_claim_change", args=[later.claims.get().pk]))
    assert url not in claim_page.content.decode()
    assert client.post(url).status_code == 409


def test_not_the_same_claim_needs_the_review_permission(client, staff, matched):
    match = ClaimMatch.objects.get()
    client.force_login(staff)
    assert client.post(reverse("admin:matching_claimmatch_dismiss", args=[match.pk])).status_code == 403
    match.refresh_from_db()
    assert match.state == ClaimMatch.State.SUGGESTED


def test_article_page_lists_its_inconsistencies(client, editor, make_article):
    article = make_article(CONTRADICTION, slug="acme")
    client.force_login(editor)
    response = client.get(reverse("admin:claims_article_change", args=[article.pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert "2015-01-01/2015-12-31" in text and "2017-01-01/2017-12-31" in text


@pytest.fixture(autouse=True)
def reader_host(settings):
    # Source URLs need a host name with a domain: the test client's "testserver" has none.
    settings.ALLOWED_HOSTS = ["saga.example.org", "testserver"]
    return "saga.example.org"


def review_page(client, claim, **params):
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    return client.get(url, params, HTTP_HOST="saga.example.org", HTTP_ACCEPT_LANGUAGE="en")


def test_review_form_shows_already_checked_with_apply_and_dismiss(client, editor, matched):
    earlier, later = matched
    match = ClaimMatch.objects.get()
    client.force_login(editor)
    response = review_page(client, later.claims.get())
    assert response.status_code == 200
    page = html.fromstring(response.content.decode())
    [row] = page.xpath('//fieldset[contains(@class, "saga-already-checked")]//tr[@class="saga-match"]')
    assert earlier.text in row.text_content() and "Communiqué du groupe." in row.text_content()
    links = [a.get("href") for a in row.xpath(".//a")]
    assert f"?apply={match.pk}" in links
    assert reverse("admin:matching_claimmatch_dismiss", args=[match.pk]) in links


def test_apply_this_verdict_prefills_the_form_and_saves_nothing(client, editor, matched, reader_host):
    earlier, later = matched
    claim = later.claims.get()
    match = ClaimMatch.objects.get()
    client.force_login(editor)
    response = review_page(client, claim, apply=match.pk)
    assert response.status_code == 200
    form, sources = response.context["form"], response.context["sources"]
    assert form.initial["verdict"] == "sourced" and form.initial["rationale"] == "Communiqué du groupe."
    urls = [row.initial.get("url") for row in sources.forms if row.initial]
    assert urls == ["https://example.org/communique", f"http://{reader_host}{earlier.get_absolute_url()}"]
    page = html.fromstring(response.content.decode())
    assert page.xpath('//input[@name="verdict"][@value="sourced"]')[0].get("checked") is not None
    assert page.xpath('//input[@name="sources-1-url"]')[0].get("value").endswith(f"#claim-{earlier.pk}")
    claim.refresh_from_db()
    assert claim.verdict == "unverified" and not claim.reviews.exists()


def test_submitting_the_prefilled_form_reviews_the_claim(client, editor, matched, reader_host):
    _earlier, later = matched
    claim = later.claims.get()
    match = ClaimMatch.objects.get()
    client.force_login(editor)
    prefilled = review_page(client, claim, apply=match.pk)
    form, sources = prefilled.context["form"], prefilled.context["sources"]
    data = {
        "verdict": form.initial["verdict"],
        "rationale": form.initial["rationale"],
        "expected_version": claim.version,
    }
    data |= {"sources-TOTAL_FORMS": len(sources.forms), "sources-INITIAL_FORMS": 0}
    for index, row in enumerate(sources.forms):
        data |= {f"sources-{index}-{name}": value or "" for name, value in row.initial.items()}
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    assert client.post(url, data, HTTP_HOST=reader_host).status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == "sourced"
    assert claim.reviews.get().sources.count() == 2


@pytest.mark.parametrize("value", ["abc", "999999", "1" * 40])
def test_apply_this_verdict_with_a_bad_suggestion_is_400(client, editor, matched, value):
    _earlier, later = matched
    client.force_login(editor)
    response = review_page(client, later.claims.get(), apply=value)
    assert response.status_code == 400
    assert "names no suggestion of this claim" in page_text(response)
    assert not response.context["form"].initial.get("verdict")


def test_apply_this_verdict_of_a_dismissed_suggestion_is_400(client, editor, matched):
    _earlier, later = matched
    match = ClaimMatch.objects.get()
    client.force_login(editor)
    client.post(reverse("admin:matching_claimmatch_dismiss", args=[match.pk]))
    response = review_page(client, later.claims.get(), apply=match.pk)
    assert response.status_code == 400
    assert "dismissed" in page_text(response)


def test_article_page_links_each_open_inconsistency_to_its_decision(client, editor, make_article):
    article = make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    client.force_login(editor)
    page = client.get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    assert reverse("admin:matching_inconsistency_decide", args=[found.pk]) in page


def test_confirm_an_inconsistency_records_who_and_when_then_409(client, editor, make_article):
    article = make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    url = reverse("admin:matching_inconsistency_decide", args=[found.pk])
    client.force_login(editor)
    asked = client.get(url)
    assert asked.status_code == 200
    assert found.first.text in page_text(asked) and found.second_value in page_text(asked)
    assert client.post(url, {"state": "confirmed"}).status_code == 302
    found.refresh_from_db()
    assert (found.state, found.decided_by) == ("confirmed", editor) and found.decided_at is not None
    article_page = client.get(reverse("admin:claims_article_change", args=[article.pk]))
    assert url not in article_page.content.decode()
    assert editor.get_username() in page_text(article_page)
    assert client.post(url, {"state": "dismissed"}).status_code == 409
    found.refresh_from_db()
    assert found.state == "confirmed"


def test_the_decision_page_of_a_denial_says_one_claim_denies_the_other(client, editor, make_article):
    make_article(DENIAL, slug="piscine")
    found = Inconsistency.objects.get()
    client.force_login(editor)
    asked = page_text(
        client.get(reverse("admin:matching_inconsistency_decide", args=[found.pk]), HTTP_ACCEPT_LANGUAGE="en")
    )
    assert "denies what the other states" in asked and "give a different" not in asked
    assert found.second_value in asked  # the denying words, "n'a pas"
    # The look-alike: a date told two ways is still "a different date".
    make_article(CONTRADICTION, slug="acme")
    dated = Inconsistency.objects.get(kind="date")
    asked = page_text(
        client.get(reverse("admin:matching_inconsistency_decide", args=[dated.pk]), HTTP_ACCEPT_LANGUAGE="en")
    )
    assert "give a different date" in asked


@pytest.mark.parametrize("state", ["", "open", "maybe"])
def test_deciding_an_inconsistency_to_another_state_is_400(client, editor, make_article, state):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    client.force_login(editor)
    response = client.post(
        reverse("admin:matching_inconsistency_decide", args=[found.pk]), {"state": state}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert "confirmed" in page_text(response) and "dismissed" in page_text(response)
    found.refresh_from_db()
    assert found.state == "open"


def test_deciding_an_inconsistency_needs_the_review_permission(client, staff, make_article):
    make_article(CONTRADICTION, slug="acme")
    found = Inconsistency.objects.get()
    client.force_login(staff)
    url = reverse("admin:matching_inconsistency_decide", args=[found.pk])
    assert client.post(url, {"state": "dismissed"}).status_code == 403


def test_review_form_query_count_does_not_grow_with_matches(
    client, editor, matched, make_article, django_assert_num_queries
):
    _earlier, later = matched
    claim = later.claims.get()
    client.force_login(editor)
    review_page(client, claim)  # warms the per-process caches (content types)
    # session, user, user and group permissions; the claim with its article; its mentions; its
    # reviews (none: no sources); its matches with their earlier claims; the earlier reviews;
    # who works on it (desk_tags.desk_claim_work)
    with django_assert_num_queries(10):
        review_page(client, claim)
    for n in range(3):
        reviewed(make_article(FIRST.replace("Une usine à Douai", f"Copie numéro {n}"), slug=f"copie-{n}"), editor)
    with django_assert_num_queries(10):
        response = review_page(client, claim)
    assert len(response.context["already_checked"]) == 4


def test_claims_list_filters_claims_with_an_earlier_verdict(client, editor, matched, django_assert_num_queries):
    earlier, later = matched
    changelist = reverse("admin:claims_claim_changelist")
    client.force_login(editor)
    client.get(changelist)  # warms the per-process caches (content types)
    # session, user, user and group permissions; the article, entity and year filters; two
    # counts; the claims with their articles; their mentions (as tests/claims/test_admin.py pins)
    with django_assert_num_queries(11):
        response = client.get(changelist, {"has_match": "yes"})
    assert [claim.pk for claim in response.context["cl"].result_list] == [later.claims.get().pk]
    others = [claim.pk for claim in client.get(changelist, {"has_match": "no"}).context["cl"].result_list]
    assert earlier.pk in others and later.claims.get().pk not in others
    assert list(client.get(changelist, {"has_match": "maybe"}).context["cl"].result_list) == []
    dismiss_match(match=ClaimMatch.objects.get(), user=editor)
    assert list(client.get(changelist, {"has_match": "yes"}).context["cl"].result_list) == []


def test_already_checked_shows_and_applies_the_earlier_claims_new_verdict(client, editor, matched):
    earlier, later = matched
    review_claim(
        claim=earlier,
        reviewer=editor,
        verdict=Verdict.DISPUTED,
        rationale="Le communiqué a été corrigé.",
        sources=[SourceInput(url="https://example.org/correction")],
        expected_version=earlier.version,
    )
    match = ClaimMatch.objects.get()
    client.force_login(editor)
    response = review_page(client, later.claims.get(), apply=match.pk)
    page = html.fromstring(response.content.decode())
    [row] = page.xpath('//tr[@class="saga-match"]')
    assert row.xpath('.//span[contains(@class, "saga-verdict-disputed")]')
    assert "Le communiqué a été corrigé." in row.text_content()
    form, sources = response.context["form"], response.context["sources"]
    assert form.initial["verdict"] == "disputed" and form.initial["rationale"] == "Le communiqué a été corrigé."
    assert sources.forms[0].initial["url"] == "https://example.org/correction"


@pytest.mark.parametrize("name", ["admin:matching_claimmatch_dismiss", "admin:matching_inconsistency_decide"])
@pytest.mark.parametrize("object_id", ["abc", "9" * 30, "999999"])
def test_decision_pages_of_an_unknown_id_are_404(client, editor, name, object_id):
    client.force_login(editor)
    url = reverse(name, args=[object_id])
    assert client.get(url).status_code == 404
    assert client.post(url, {"state": "confirmed"}).status_code == 404


def test_a_revised_article_page_asks_a_decision_on_its_current_texts_inconsistencies_only(
    client, admin_client, editor, make_article
):
    harbour = make_article(HARBOUR, slug="port-sete")
    make_article(CONTRADICTION, slug="acme")  # another article's open flag, still listed
    make_article(HARBOUR_2, slug=harbour.slug)
    current = Inconsistency.objects.get(article=harbour)
    assert current.first.revision == 2
    client.force_login(editor)
    page = html.fromstring(client.get(reverse("admin:claims_article_change", args=[harbour.pk])).content.decode())
    decide = page.xpath("//a[contains(@href, '/decide/')]/@href")
    assert decide == [reverse("admin:matching_inconsistency_decide", args=[current.pk])]
    listed = admin_client.get(reverse("admin:matching_inconsistency_changelist"), {"state__exact": "open"})
    assert listed.status_code == 200
    rows = html.fromstring(listed.content.decode()).xpath("//table[@id='result_list']/tbody/tr")
    assert sorted(row.xpath("string(.//th//a)") for row in rows) == ["La société Acme", "Le port de Sète"]
