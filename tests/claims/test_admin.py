"""The review desk in the admin (claims/admin.py), driven through the Django test client."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from annotations.models import Entity, Mention
from claims.models import Article, Claim, Review, Source
from claims.services import SourceInput, review_claim
from tests.desk_factories import make_desk_article

CHANGELIST = reverse("admin:claims_claim_changelist")


def review_url(claim):
    return reverse("admin:claims_claim_review", args=[claim.pk])


def review_post(claim, *, verdict, rationale="", sources=(), version=None, **extra):
    """The POST body of the review form: up to three source rows, blank rows left empty."""
    rows = [*sources, *[{}] * (3 - len(sources))]
    data = {
        "verdict": verdict,
        "rationale": rationale,
        "expected_version": claim.version if version is None else version,
        "sources-TOTAL_FORMS": len(rows),
        "sources-INITIAL_FORMS": 0,
        "sources-MIN_NUM_FORMS": 0,
        "sources-MAX_NUM_FORMS": 20,
    }
    for index, row in enumerate(rows):
        for field in ("url", "title", "publisher", "published_on", "excerpt"):
            data[f"sources-{index}-{field}"] = row.get(field, "")
    return {**data, **extra}


TWO_SOURCES = [
    {"url": "https://example.org/bilan-2001", "title": "Bilan 2001", "publisher": "Ville de Lyon"},
    {"title": "Rapport de la chambre régionale des comptes", "publisher": "CRC", "published_on": "2002-03-04"},
]


@pytest.fixture
def desk(db):
    return make_desk_article()


@pytest.fixture
def claim(desk):
    return desk.claims.get(position=1)


# The tests read messages in English, the language they are written in; the interface
# language is the browser's (French by default).
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def editor_client(client, editor):
    client.defaults.update(ENGLISH)
    client.force_login(editor)
    return client


@pytest.fixture
def staff_client(staff):
    """A staff member outside Editors who may view claims; its own client, beside editor_client."""
    staff.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client = Client(**ENGLISH)
    client.force_login(staff)
    return client


def changelist_claims(response) -> list[str]:
    """The claim texts listed on a changelist page, in order."""
    return [row.text for row in response.context["cl"].result_list]


# -- Reviewing a claim ------------------------------------------------------------------------


def test_review_view_saves_verdict_rationale_and_two_sources(editor_client, editor, claim, django_user_model):
    other = django_user_model.objects.create_user("someone-else")
    data = review_post(
        claim, verdict="sourced", rationale="Les comptes publiés le confirment.", sources=TWO_SOURCES, reviewer=other.pk
    )

    response = editor_client.post(review_url(claim), data)

    assert response.status_code == 302
    assert response.url == reverse("admin:claims_claim_change", args=[claim.pk])
    review = Review.objects.get(claim=claim)
    assert (review.verdict, review.rationale, review.reviewer) == (
        "sourced",
        "Les comptes publiés le confirment.",
        editor,
    )
    assert sorted(Source.objects.filter(review=review).values_list("title", flat=True)) == sorted(
        source["title"] for source in TWO_SOURCES
    )
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == ("sourced", 2)


def test_review_view_history_shows_the_review(editor_client, claim):
    editor_client.post(review_url(claim), review_post(claim, verdict="sourced", rationale="Vu.", sources=TWO_SOURCES))

    page = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    history = page[page.index("saga-history") :]
    assert "edith" in history
    assert "Vu." in history
    assert 'href="https://example.org/bilan-2001"' in history
    assert "Rapport de la chambre régionale des comptes" in history


def test_claim_changelist_filter_by_verdict_finds_the_reviewed_claim(editor_client, claim):
    editor_client.post(review_url(claim), review_post(claim, verdict="sourced", sources=TWO_SOURCES))

    sourced = editor_client.get(CHANGELIST, {"verdict__exact": "sourced"})
    unverified = editor_client.get(CHANGELIST, {"verdict__exact": "unverified"})

    assert changelist_claims(sourced) == [claim.text]
    assert claim.text not in changelist_claims(unverified)
    assert len(changelist_claims(unverified)) == 2


@pytest.mark.parametrize(
    ("verdict", "rationale", "sources", "message"),
    [
        ("sourced", "Vu.", [], "needs at least one source"),
        ("disputed", "", TWO_SOURCES, "needs a rationale"),
        ("disputed", "Faux.", [{"title": "Un titre sans éditeur"}], "needs a URL or a full citation"),
    ],
    ids=["sourced-without-source", "disputed-without-rationale", "half-citation"],
)
def test_review_view_refuses_a_review_that_breaks_a_rule(editor_client, claim, verdict, rationale, sources, message):
    data = review_post(claim, verdict=verdict, rationale=rationale, sources=sources)

    response = editor_client.post(review_url(claim), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Review.objects.exists()
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == ("unverified", 1)


def test_review_view_refuses_going_back_to_unverified_without_rationale(editor_client, editor, claim):
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://a.example")],
        expected_version=1,
    )

    response = editor_client.post(review_url(claim), review_post(claim, verdict="unverified"))

    assert "Going back to “unverified” needs a rationale" in response.content.decode()
    assert Review.objects.count() == 1


def test_review_view_refuses_a_stale_version_and_keeps_the_work(editor_client, claim, django_user_model):
    rival = django_user_model.objects.create_user("rival")
    rival.groups.add(*django_user_model.objects.get(username="edith").groups.all())
    opened = claim.version
    review_claim(
        claim=claim,
        reviewer=rival,
        verdict="disputed",
        rationale="Non.",
        sources=[SourceInput(url="https://c.example")],
        expected_version=opened,
    )
    data = review_post(claim, verdict="sourced", rationale="Mon analyse.", sources=TWO_SOURCES, version=opened)

    response = editor_client.post(review_url(claim), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "reviewed meanwhile" in page and "disputed" in page
    assert Review.objects.filter(claim=claim).count() == 1
    claim.refresh_from_db()
    assert (claim.verdict, claim.version) == ("disputed", opened + 1)
    # What the editor typed is still there, and the form now names the version they have seen.
    assert "Mon analyse." in page and "Bilan 2001" in page
    assert response.context["form"]["expected_version"].value() == opened + 1


def form_errors(response) -> list[str]:
    """The error messages a reader of the page sees, wherever the template puts them."""
    tree = lxml_html.fromstring(response.content.decode())
    return [" ".join(item.text_content().split()) for item in tree.xpath("//ul[contains(@class, 'errorlist')]/li")]


@pytest.mark.parametrize("version", ["abc", "", "0", "-1", "1 OR 1=1", "9" * 30])
def test_review_view_says_the_form_was_altered_when_its_hidden_version_is_bad(editor_client, claim, version):
    data = review_post(claim, verdict="sourced", sources=TWO_SOURCES, version=version)

    response = editor_client.post(review_url(claim), data)

    assert response.status_code == 200
    assert form_errors(response) == [
        "The claim version hidden in this form is missing or was altered: reload the page and review again."
    ]
    assert not Review.objects.filter(claim=claim).exists()


def test_review_view_shows_a_version_ahead_of_the_claim_above_the_form(editor_client, claim):
    # A well-formed version the claim has not reached: the service refuses it on the hidden field,
    # which the page would show nowhere under its "correct the error below".
    data = review_post(claim, verdict="sourced", sources=TWO_SOURCES, version=claim.version + 5)

    response = editor_client.post(review_url(claim), data)

    assert response.status_code == 200
    assert form_errors(response) == [
        f"This claim is at version {claim.version}; the version given, {claim.version + 5}, is ahead of it."
    ]
    assert not Review.objects.filter(claim=claim).exists()


def test_review_view_says_so_in_french_when_its_hidden_version_is_bad(editor_client, claim):
    data = review_post(claim, verdict="sourced", sources=TWO_SOURCES, version="abc")
    response = editor_client.post(review_url(claim), data, HTTP_ACCEPT_LANGUAGE="fr")
    assert form_errors(response) == [
        "La version de l’affirmation cachée dans ce formulaire manque ou a été modifiée : "
        "rechargez la page et vérifiez à nouveau."
    ]


def test_review_view_accepts_the_resubmission_after_a_stale_refusal(editor_client, claim, django_user_model):
    rival = django_user_model.objects.create_user("rival")
    rival.groups.add(*django_user_model.objects.get(username="edith").groups.all())
    review_claim(
        claim=claim,
        reviewer=rival,
        verdict="disputed",
        rationale="Non.",
        sources=[SourceInput(url="https://c.example")],
        expected_version=1,
    )
    first = editor_client.post(review_url(claim), review_post(claim, verdict="sourced", sources=TWO_SOURCES, version=1))

    again = editor_client.post(
        review_url(claim),
        review_post(
            claim, verdict="sourced", sources=TWO_SOURCES, version=first.context["form"]["expected_version"].value()
        ),
    )

    assert again.status_code == 302
    assert list(claim.reviews.order_by("id").values_list("verdict", flat=True)) == ["disputed", "sourced"]


def test_review_view_save_and_next_opens_the_next_unverified_claim(editor_client, desk):
    top, second, _third = desk.claims.ranked()
    data = review_post(top, verdict="sourced", sources=TWO_SOURCES, _next="1")

    response = editor_client.post(review_url(top), data)

    assert response.url == review_url(second)


def test_review_view_is_forbidden_to_staff_outside_editors(staff_client, claim):
    assert staff_client.get(review_url(claim)).status_code == 403
    response = staff_client.post(review_url(claim), review_post(claim, verdict="sourced", sources=TWO_SOURCES))
    assert response.status_code == 403
    assert not Review.objects.exists()


def test_review_view_sends_anonymous_users_to_login(client, claim):
    response = client.get(review_url(claim))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert "next=" in response.url


def test_review_view_answers_404_redirect_for_a_missing_claim(editor_client):
    response = editor_client.get(reverse("admin:claims_claim_review", args=[999999]))

    assert response.status_code == 302
    assert response.url == reverse("admin:index")


# -- The claim page ---------------------------------------------------------------------------


def test_claim_change_page_highlights_entities_dates_and_amounts(editor_client, claim):
    response = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    # Marked as on the reader's page (claims/highlighting.py), each mark naming its label.
    (text,) = lxml_html.fromstring(response.content).xpath('//p[@class="saga-claim"]')
    marked = [(mark.tag, mark.get("data-kind"), mark.text_content()) for mark in text.xpath(".//*[@data-kind]")]
    assert ("span", "PER", "Jean Martin") in marked
    assert ("span", "LOC", "Lyon") in marked
    assert ("time", "DATE", "2001") in marked
    assert ("data", "MONEY", "2 millions d'euros") in marked
    assert text.xpath('.//time[@data-kind="DATE"]/@datetime') == ["2001"]
    assert text.xpath('.//data[@data-kind="MONEY"]/@value') == ["2000000 EUR"]


def test_claim_change_page_offers_the_review_form_to_editors_only(editor_client, staff_client, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])

    editor_page = editor_client.get(url).content.decode()
    staff_page = staff_client.get(url).content.decode()

    assert review_url(claim) in editor_page
    assert review_url(claim) not in staff_page
    # Read-only for everyone: a claim's verdict changes only through a review.
    assert 'name="verdict"' not in editor_page and 'name="verdict"' not in staff_page


def test_claim_change_page_refuses_a_direct_edit(editor_client, claim):
    response = editor_client.post(reverse("admin:claims_claim_change", args=[claim.pk]), {"verdict": "sourced"})

    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == "unverified"


def test_claim_admin_has_no_add_or_delete(admin_client, claim):
    assert admin_client.get(reverse("admin:claims_claim_add")).status_code == 403
    assert admin_client.get(reverse("admin:claims_claim_delete", args=[claim.pk])).status_code == 403


@pytest.mark.parametrize("model", ["review", "source"])
def test_history_cannot_be_added_edited_or_deleted_in_the_admin(admin_client, editor, claim, model):
    review = review_claim(
        claim=claim,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://a.example")],
        expected_version=1,
    )
    obj = review if model == "review" else review.sources.get()

    assert admin_client.get(reverse(f"admin:claims_{model}_add")).status_code == 403
    assert (
        admin_client.post(reverse(f"admin:claims_{model}_change", args=[obj.pk]), {"rationale": "x"}).status_code == 403
    )
    assert admin_client.post(reverse(f"admin:claims_{model}_delete", args=[obj.pk]), {"post": "yes"}).status_code == 403
    assert Review.objects.filter(pk=review.pk).exists()


# -- The claim list ---------------------------------------------------------------------------


def test_claim_changelist_ranks_by_checkworthiness(editor_client, desk):
    response = editor_client.get(CHANGELIST)

    expected = list(Claim.objects.filter(article=desk).order_by("-checkworthiness").values_list("text", flat=True))
    assert changelist_claims(response) == expected


def test_claim_changelist_filters_by_article_entity_label_and_year(editor_client, desk):
    other = make_desk_article(slug="other", count=2, first_year=2010)
    Entity.objects.create(name="Nobody", kind="PER")
    martin = Entity.objects.get(name="Jean Martin")

    by_article = changelist_claims(editor_client.get(CHANGELIST, {"article__id__exact": other.pk}))
    by_entity = changelist_claims(editor_client.get(CHANGELIST, {"entity": martin.pk}))
    by_nobody = changelist_claims(editor_client.get(CHANGELIST, {"entity": Entity.objects.get(name="Nobody").pk}))
    by_label = changelist_claims(editor_client.get(CHANGELIST, {"label": "MONEY"}))
    by_year = changelist_claims(editor_client.get(CHANGELIST, {"year": "2011"}))

    assert sorted(by_article) == sorted(other.claims.values_list("text", flat=True))
    assert len(by_entity) == 5 and len(set(by_entity)) == 5  # one row per claim, not per mention
    assert by_nobody == []
    assert len(by_label) == 5
    assert by_year == [other.claims.get(position=1).text]


def test_claim_changelist_year_filter_matches_date_ranges(editor_client, desk):
    from annotations.models import Mention

    Mention.objects.filter(article=desk, label="DATE", text="2000").update(
        value="2000/2002", precision="range", date_latest="2002-12-31"
    )

    by_year = changelist_claims(editor_client.get(CHANGELIST, {"year": "2001"}))

    assert sorted(by_year) == sorted(desk.claims.filter(position__in=[0, 1]).values_list("text", flat=True))


@pytest.mark.parametrize("name", ["year", "entity", "article__id__exact"])
@pytest.mark.parametrize("value", ["²", "9" * 25, "99999", "0"])  # "²": a digit to str.isdigit(), not to int()
def test_claim_changelist_filters_ignore_a_value_no_row_or_date_can_hold(editor_client, desk, name, value):
    response = editor_client.get(CHANGELIST, {name: value})
    assert response.status_code in (200, 302)


def test_claim_changelist_searches_claim_text(editor_client, desk):
    response = editor_client.get(CHANGELIST, {"q": "3 millions"})

    assert changelist_claims(response) == [desk.claims.get(position=2).text]


def test_claim_changelist_hides_earlier_revisions_unless_asked(editor_client, desk):
    old = desk.claims.get(position=0)
    desk.revision = 2
    desk.save(update_fields=["revision"])
    Claim.objects.exclude(pk=old.pk).filter(article=desk).update(revision=2)

    current = changelist_claims(editor_client.get(CHANGELIST))
    earlier = changelist_claims(editor_client.get(CHANGELIST, {"revision": "earlier"}))

    assert old.text not in current and len(current) == 2
    assert earlier == [old.text]


@pytest.mark.parametrize("rows", [3, 30])
def test_claim_changelist_query_count_does_not_grow_with_rows(editor_client, django_assert_num_queries, rows):
    make_desk_article(count=rows)
    # session, user, user and group permissions; the article, entity and year filters; two
    # counts; the claims with their articles; their mentions with their entities
    with django_assert_num_queries(11):
        response = editor_client.get(CHANGELIST)
    assert len(changelist_claims(response)) == rows


def test_claim_changelist_query_count_with_filters_does_not_grow_with_rows(editor_client, django_assert_num_queries):
    make_desk_article(count=3, slug="small")
    make_desk_article(count=30, slug="large", first_year=2100)
    martin = Entity.objects.get(name="Jean Martin").pk
    with django_assert_num_queries(11):
        small = editor_client.get(CHANGELIST, {"verdict__exact": "unverified", "entity": martin, "year": "2001"})
    with django_assert_num_queries(11):
        large = editor_client.get(CHANGELIST, {"verdict__exact": "unverified", "entity": martin, "label": "DATE"})
    assert len(changelist_claims(small)) == 1 and len(changelist_claims(large)) == 33


def give_history(claim, reviewer, reviews):
    """`reviews` alternating reviews of the claim, each with two sources."""
    verdicts = ["sourced", "disputed"]
    for index in range(reviews):
        review_claim(
            claim=claim,
            reviewer=reviewer,
            verdict=verdicts[index % 2],
            rationale=f"Raison {index}.",
            sources=[SourceInput(url=f"https://example.org/{index}"), SourceInput(title="Rapport", publisher="CRC")],
            expected_version=claim.version,
        )


@pytest.mark.parametrize("reviews", [1, 8])
def test_claim_pages_query_count_does_not_grow_with_history(
    editor_client, editor, claim, django_assert_num_queries, reviews
):
    give_history(claim, editor, reviews)
    ContentType.objects.get_for_model(Claim)  # cached per process: warm it, whichever test ran first
    # session, user, user and group permissions; the claim with its article; its mentions with
    # their entities; its reviews with their reviewers; their sources; on both pages, its
    # earlier claims already checked (matching.admin, matching's already_checked.html); on the
    # claim's page, its assignment, desk log and notes (desk.admin); on the review form, who
    # works on it (desk_tags.desk_claim_work)
    with django_assert_num_queries(12):
        change = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    with django_assert_num_queries(10):
        review = editor_client.get(review_url(claim))
    for response in (change, review):
        assert len(response.context["history"]) == reviews
        assert response.content.decode().count('class="saga-review"') == reviews


# -- Bulk: back to unverified -------------------------------------------------------------------


def action_post(claims, **extra):
    return {"action": "mark_unverified", "_selected_action": [claim.pk for claim in claims], **extra}


@pytest.fixture
def reviewed(desk, editor):
    claims = list(desk.claims.order_by("position"))
    for claim in claims[:2]:
        review_claim(
            claim=claim,
            reviewer=editor,
            verdict="sourced",
            sources=[SourceInput(url="https://a.example")],
            expected_version=1,
        )
    return claims


def test_mark_unverified_action_asks_for_a_rationale_first(editor_client, reviewed):
    response = editor_client.post(CHANGELIST, action_post(reviewed))

    assert response.status_code == 200
    assert 'name="rationale"' in response.content.decode()
    assert Claim.objects.filter(verdict="sourced").count() == 2


def test_mark_unverified_action_reviews_each_claim_with_one_rationale(editor_client, editor, reviewed):
    confirm = editor_client.post(CHANGELIST, action_post(reviewed))
    versions = confirm.context["form"]["versions"].value()

    response = editor_client.post(
        CHANGELIST, action_post(reviewed, apply="1", rationale="Source retirée.", versions=versions)
    )

    assert response.status_code == 302
    assert not Claim.objects.exclude(verdict="unverified").exists()
    backs = Review.objects.filter(verdict="unverified")
    assert backs.count() == 2  # the claim that was already unverified got no review
    assert set(backs.values_list("rationale", "reviewer")) == {("Source retirée.", editor.pk)}


def test_mark_unverified_action_refuses_without_rationale(editor_client, reviewed):
    versions = editor_client.post(CHANGELIST, action_post(reviewed)).context["form"]["versions"].value()

    response = editor_client.post(CHANGELIST, action_post(reviewed, apply="1", rationale="", versions=versions))

    assert response.status_code == 200
    assert "rationale" in response.context["form"].errors
    assert Claim.objects.filter(verdict="sourced").count() == 2


def test_mark_unverified_action_refuses_a_stale_selection_entirely(editor_client, editor, reviewed):
    versions = editor_client.post(CHANGELIST, action_post(reviewed)).context["form"]["versions"].value()
    review_claim(
        claim=reviewed[1],
        reviewer=editor,
        verdict="disputed",
        rationale="Non.",
        sources=[SourceInput(url="https://b.example")],
        expected_version=2,
    )

    response = editor_client.post(CHANGELIST, action_post(reviewed, apply="1", rationale="Retrait.", versions=versions))

    assert "reviewed meanwhile" in response.content.decode()
    assert not Review.objects.filter(verdict="unverified").exists()
    assert Claim.objects.get(pk=reviewed[0].pk).verdict == "sourced"


@pytest.mark.parametrize("versions", ["abc", "1:x", ""])
def test_mark_unverified_action_says_the_selection_was_altered(editor_client, reviewed, versions):
    data = action_post(reviewed, apply="1", rationale="Retrait.", versions=versions)

    response = editor_client.post(CHANGELIST, data)

    assert response.status_code == 200
    assert form_errors(response) == ["The list of claims was altered; select them again."]
    assert Claim.objects.filter(verdict="sourced").count() == 2


def test_mark_unverified_action_is_not_offered_outside_editors(staff_client, reviewed):
    response = staff_client.get(CHANGELIST)

    assert "mark_unverified" not in response.content.decode()
    staff_client.post(CHANGELIST, action_post(reviewed, apply="1", rationale="x", versions="1:1"))
    assert Claim.objects.filter(verdict="sourced").count() == 2


# -- Articles ---------------------------------------------------------------------------------

ARTICLE_ADD = reverse("admin:claims_article_add")
ARTICLE_CHANGELIST = reverse("admin:claims_article_changelist")


def ingest_post(**fields):
    return {"text": "", "pasted_format": "auto", "title": "", "slug": "", "language": "", **fields}


def test_article_add_view_ingests_pasted_text(editor_client):
    from tests.conftest import SAMPLE_TEXT

    # Browsers send a textarea's line breaks as CRLF.
    response = editor_client.post(
        ARTICLE_ADD, ingest_post(text=SAMPLE_TEXT.replace("\n", "\r\n"), slug="usine", publish="on")
    )

    article = Article.objects.get(slug="usine")
    assert response.status_code == 302
    assert response.url == f"{CHANGELIST}?article__id__exact={article.pk}"
    assert article.body == SAMPLE_TEXT
    assert article.is_published
    assert article.claims.count() > 0


ONE_CLAIM = "Une usine à Lyon\n\nLe groupe Renault ouvre une usine à Lyon en 2022.\n"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "“Une usine à Lyon” was added with 1 claim."),
        ("fr", "«\xa0Une usine à Lyon\xa0» a été ajouté avec 1 affirmation."),
    ],
)
def test_article_add_view_says_one_claim_in_the_singular(editor_client, language, message):
    response = editor_client.post(ARTICLE_ADD, ingest_post(text=ONE_CLAIM), follow=True, HTTP_ACCEPT_LANGUAGE=language)

    assert Article.objects.get().claims.count() == 1
    assert [str(m) for m in response.context["messages"] if m.level_tag == "success"] == [message]


def test_article_add_view_says_several_claims_in_the_plural(editor_client):
    from tests.conftest import SAMPLE_TEXT

    response = editor_client.post(ARTICLE_ADD, ingest_post(text=SAMPLE_TEXT), follow=True, HTTP_ACCEPT_LANGUAGE="fr")

    count = Article.objects.get().claims.count()
    assert count > 1
    [success] = [str(m) for m in response.context["messages"] if m.level_tag == "success"]
    assert (
        success
        == f"«\xa0Une usine ouvre à Lyon\xa0» a été ajouté avec {count} affirmations, les plus utiles à vérifier en premier."
    )


def test_article_add_view_takes_title_and_slug_from_pasted_text_without_them(editor_client):
    from tests.conftest import SAMPLE_TEXT

    response = editor_client.post(ARTICLE_ADD, ingest_post(text=SAMPLE_TEXT))

    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.title, article.slug) == ("Une usine ouvre à Lyon", "une-usine-ouvre-a-lyon")


def test_article_add_view_ingests_an_uploaded_markdown_file(editor_client):
    upload = SimpleUploadedFile(
        "usine.md",
        "---\ntitle: Une usine à Lyon\ndate: 2021-03-04\n---\n\nLe groupe Renault ouvre une usine à Lyon en 2022.\n".encode(),
    )

    response = editor_client.post(ARTICLE_ADD, ingest_post(file=upload))

    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.title, article.published_on.isoformat(), article.body_format) == (
        "Une usine à Lyon",
        "2021-03-04",
        "markdown",
    )
    assert article.status == "draft"


def test_article_add_view_ingests_an_uploaded_html_file(editor_client):
    paragraph = "Le groupe Renault a annoncé l'ouverture d'une usine à Lyon, selon son directeur Jean Dupont."
    html = f"<!doctype html><html lang='fr'><head><title>Usine</title></head><body><article><h1>Une usine</h1><p>{paragraph}</p><p>{paragraph} Elle ouvrira en 2022.</p></article></body></html>"

    response = editor_client.post(
        ARTICLE_ADD, ingest_post(file=SimpleUploadedFile("usine.html", html.encode()), slug="usine")
    )

    article = Article.objects.get(slug="usine")
    assert response.status_code == 302
    assert "Renault" in article.body and "<p>" not in article.body


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": "  "}, None, "Paste the text or upload a file"),
        ({"file": ("a.txt", b"Une phrase.")}, None, "Paste the text or upload a file"),
        ({"text": "", "file": ("a.pdf", b"%PDF-1.4")}, "file", "File extension"),
        ({"text": "", "file": ("big.txt", b"Une phrase. " * 20)}, "file", "over the limit"),
        ({"text": "", "file": ("a.txt", b"\x00\x01binary")}, "file", "binary data"),
        ({"text": "", "file": ("a.txt", b"caf\xe9")}, "file", "invalid UTF-8"),
        ({"slug": "pas un slug"}, "slug", ""),
    ],
    ids=["nothing", "both", "extension", "too-big", "binary", "encoding", "slug"],
)
def test_article_add_view_shows_errors_in_the_form(editor_client, settings, fields, field, message):
    settings.SAGA_MAX_ARTICLE_BYTES = 200
    data = ingest_post(text="Une phrase assez longue pour être un article.")
    for name, value in fields.items():
        data[name] = SimpleUploadedFile(*value) if name == "file" else value

    response = editor_client.post(ARTICLE_ADD, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == [field or "__all__"]  # one clear error, on the field at fault
    assert message in " ".join(errors[field or "__all__"])
    assert not Article.objects.exists()


def test_article_add_view_shows_the_ingest_services_refusal(editor_client, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 20

    response = editor_client.post(ARTICLE_ADD, ingest_post(text="Une phrase bien trop longue pour la limite fixée."))

    assert response.status_code == 200
    assert "text" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_article_add_view_is_forbidden_without_the_add_permission(staff_client):
    assert staff_client.get(ARTICLE_ADD).status_code == 403


def test_article_changelist_shows_counts_verdicts_and_reader_link(editor_client, editor, desk):
    first = desk.claims.get(position=0)
    review_claim(
        claim=first,
        reviewer=editor,
        verdict="sourced",
        sources=[SourceInput(url="https://a.example")],
        expected_version=1,
    )

    page = editor_client.get(ARTICLE_CHANGELIST).content.decode()

    assert f'href="{CHANGELIST}?article__id__exact={desk.pk}">3</a>' in page
    assert re.search(r'saga-verdict-sourced" href="[^"]*verdict__exact=sourced">1 sourced<', page)
    assert re.search(r'saga-verdict-unverified" href="[^"]*">2 unverified<', page)
    assert "disputed<" not in page
    assert f'href="{desk.get_absolute_url()}"' in page


@pytest.mark.parametrize("articles", [1, 8])
def test_article_changelist_query_count_does_not_grow_with_rows(editor_client, django_assert_num_queries, articles):
    for index in range(articles):
        make_desk_article(slug=f"desk-{index}", count=2)
    # session, user, user and group permissions, the language filter, two counts, the articles
    # with their counts
    with django_assert_num_queries(8):
        response = editor_client.get(ARTICLE_CHANGELIST)
    assert len(response.context["cl"].result_list) == articles


def test_article_reannotate_action_applies_aliases_edited_in_the_admin(
    editor_client, article, django_capture_on_commit_callbacks
):
    renault = Mention.objects.get(article=article, text="Renault")
    assert renault.entity.name != "Groupe Renault"
    entity_form = {
        "name": "Groupe Renault",
        "kind": "ORG",
        "wikidata_id": "",
        "aliases-TOTAL_FORMS": 1,
        "aliases-INITIAL_FORMS": 0,
        "aliases-MIN_NUM_FORMS": 0,
        "aliases-MAX_NUM_FORMS": 1000,
        "aliases-0-name": "Renault",
    }
    assert editor_client.post(reverse("admin:annotations_entity_add"), entity_form).status_code == 302

    with django_capture_on_commit_callbacks(execute=True):  # no broker: the job runs as its row commits
        editor_client.post(ARTICLE_CHANGELIST, {"action": "reannotate", "_selected_action": [article.pk]})

    renault = Mention.objects.get(article=article, text="Renault")
    assert renault.entity.name == "Groupe Renault"


def test_article_add_view_warns_when_forced_french_text_looks_english(editor_client):
    english = (
        "A factory opens in Lyon\n\nThe group said on Monday that it will open a factory in Lyon, "
        "which is the largest of the region, and that it was built with the help of the state.\n"
    )

    response = editor_client.post(
        ARTICLE_ADD, ingest_post(text=english, slug="factory", language="fr"), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert Article.objects.get(slug="factory").language == "fr"
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert len(warnings) == 1 and "does not look French" in warnings[0]


def test_article_add_view_stores_the_author_and_publisher_of_an_html_file(editor_client):
    paragraph = "Le groupe Renault a annoncé l'ouverture d'une usine à Lyon, selon son directeur Jean Dupont."
    html = (
        "<!doctype html><html lang='fr'><head><title>Usine</title><meta name='author' content='Claire Roux'>"
        "<meta property='og:site_name' content='Le Progrès'></head><body><article><h1>Une usine</h1>"
        f"<p>{paragraph}</p><p>{paragraph} Elle ouvrira en 2022.</p></article></body></html>"
    )

    editor_client.post(ARTICLE_ADD, ingest_post(file=SimpleUploadedFile("usine.html", html.encode()), slug="usine"))

    article = Article.objects.get(slug="usine")
    assert (article.author, article.publisher) == ("Claire Roux", "Le Progrès")


def test_article_add_view_of_a_text_stored_under_another_slug_links_it(editor_client):
    from tests.conftest import SAMPLE_TEXT

    editor_client.post(ARTICLE_ADD, ingest_post(text=SAMPLE_TEXT, slug="usine"))
    original = Article.objects.get(slug="usine")
    upload = SimpleUploadedFile("copie.txt", SAMPLE_TEXT.encode(), content_type="text/plain")
    response = editor_client.post(ARTICLE_ADD, {**ingest_post(slug="copie"), "file": upload}, follow=True)
    assert list(Article.objects.values_list("slug", flat=True)) == ["usine"]
    page = response.content.decode()
    change = reverse("admin:claims_article_change", args=[original.pk])
    assert re.search(rf'class="warning">[^<]*<a href="{re.escape(change)}">', page), "no warning linking the article"


def test_article_add_view_slugs_an_untitled_upload_from_its_file_name(editor_client):
    # Neither a title nor a headline in the text: `manage.py ingest` takes the file's name, so does the admin.
    text = "Le conseil municipal a voté mardi un budget de 800 millions d'euros pour les deux années à venir.\n"
    upload = SimpleUploadedFile("budget-conseil.txt", text.encode(), content_type="text/plain")

    response = editor_client.post(ARTICLE_ADD, ingest_post(file=upload))

    assert response.status_code == 302
    assert Article.objects.get().slug == "budget-conseil"
