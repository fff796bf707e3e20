"""The reader pages: /articles/ and /articles/<slug>/ (claims/views.py), read as a browser parses them."""

import json
import re
from collections import Counter
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.urls import path, reverse
from django.utils import formats, timezone
from lxml import html as lxml_html

from annotations.models import Entity, Mention
from claims.models import Claim, Review, Source
from claims.services import SourceInput, review_claim
from matching.models import ClaimMatch
from tests.claims.reader_data import BlockSpec, MentionSpec, build_article

YEAR_2016 = {"value": "2016", "precision": "year", "earliest": date(2016, 1, 1), "latest": date(2016, 12, 31)}
NOVEMBER_2024 = {"value": "2024-11", "precision": "month", "earliest": date(2024, 11, 1), "latest": date(2024, 11, 30)}
YEAR_2018 = {"value": "2018", "precision": "year", "earliest": date(2018, 1, 1), "latest": date(2018, 12, 31)}

INVESTED = "En 2016, Microsoft a investi 50 millions de dollars dans la société."
LEFT = "En 2018, Elon Musk a quitté le conseil."
SUED = "En novembre 2024, Elon Musk a attaqué la société en justice."
OPINION = "Personne ne sait ce qui suivra."
QUOTED = "« Qui contrôle l’IA contrôle l’avenir. »"


def sample_blocks() -> list[BlockSpec]:
    return [
        BlockSpec("boilerplate", "Accueil · 7 minutes de lecture"),
        BlockSpec(
            "title",
            "Microsoft et la société en 2016",
            mentions=[MentionSpec("Microsoft", "ORG", entity="Microsoft"), MentionSpec("2016", "DATE", **YEAR_2016)],
        ),
        BlockSpec(
            "paragraph",
            f"{SUED} {INVESTED}",
            claims=[SUED, INVESTED],
            mentions=[
                MentionSpec("novembre 2024", "DATE", **NOVEMBER_2024),
                MentionSpec("Elon Musk", "PER", entity="Elon Musk"),
                MentionSpec("2016", "DATE", **YEAR_2016),
                MentionSpec("Microsoft", "ORG", entity="Microsoft"),
                MentionSpec("50 millions de dollars", "MONEY", amount=50_000_000, currency="USD"),
            ],
        ),
        BlockSpec("heading", "Le départ"),
        BlockSpec(
            "paragraph",
            f"{LEFT} {OPINION}",
            claims=[LEFT, OPINION],
            mentions=[MentionSpec("2018", "DATE", **YEAR_2018), MentionSpec("Elon Musk", "PER", entity="Elon Musk")],
        ),
        BlockSpec("quote", QUOTED, claims=[QUOTED]),
        BlockSpec("boilerplate", "Copyright 2025 Tous droits réservés"),
    ]


@pytest.fixture
def reviewed(db, editor):
    """The sample article, published, with one claim disputed and one sourced."""
    article, claims = build_article("microsoft-2016", sample_blocks(), title="Microsoft et la société")
    review_claim(
        claim=claims[INVESTED],
        reviewer=editor,
        verdict="disputed",
        rationale="Ce n'était pas un investissement mais une remise sur du calcul.",
        sources=[
            SourceInput(
                url="https://www.theverge.com/inside-musk-breakup",
                title="Inside Elon Musk's messy breakup with OpenAI",
                publisher="The Verge",
                published_on=date(2024, 11, 18),
            )
        ],
        expected_version=1,
    )
    review_claim(
        claim=claims[LEFT],
        reviewer=editor,
        verdict="sourced",
        rationale="Annoncé le 20 février 2018.",
        sources=[SourceInput(title="Musk leaves the board", publisher="Business Insider")],
        expected_version=1,
    )
    return article, claims


def get_page(client, article, language="fr", **params):
    return client.get(article.get_absolute_url(), params, HTTP_ACCEPT_LANGUAGE=language)


def parse(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content)


def by_id(page, element_id: str):
    found = page.xpath(f'//*[@id="{element_id}"]')
    assert len(found) == 1, f"#{element_id}: {len(found)} elements"
    return found[0]


def words(element) -> str:
    return " ".join(element.text_content().split())


def verdict_word(element) -> str:
    return words(element.xpath('.//span[@class="verdict-tag"]')[-1])


def text_without(element, *classes) -> str:
    """What the element says, without the subtrees of these classes."""
    copy = lxml_html.fromstring(lxml_html.tostring(element))
    for name in classes:
        for found in copy.xpath(f'.//*[contains(concat(" ", @class, " "), " {name} ")]'):
            found.drop_tree()
    return copy.text_content()


# -- /articles/<slug>/ ---------------------------------------------------------------------------


def test_article_detail_shows_the_text_as_written_without_boilerplate(client, reviewed):
    article, _claims = reviewed
    page = parse(get_page(client, article))
    text = text_without(page.xpath('//div[@class="article-body"]')[0], "verdict-tag", "reviews")
    for passage in (SUED, INVESTED, "Le départ", LEFT, OPINION, QUOTED):
        assert passage in text
    assert text.index(SUED) < text.index("Le départ") < text.index(LEFT) < text.index(QUOTED)
    assert "Accueil" not in page.text_content() and "Copyright" not in page.text_content()
    assert words(page.xpath("//blockquote/p")[0]).startswith("« Qui contrôle")


def test_article_detail_uses_the_title_block_as_heading(client, reviewed):
    article, _claims = reviewed
    page = parse(get_page(client, article))
    (heading,) = page.xpath("//h1")
    assert words(heading) == "Microsoft et la société en 2016"
    assert heading.xpath(".//time/@datetime") == ["2016"]


def test_article_detail_marks_each_claim_with_its_verdict_in_words_french(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "fr"))
    invested = by_id(page, f"claim-{claims[INVESTED].pk}")
    assert (invested.tag, invested.get("data-verdict"), verdict_word(invested)) == ("a", "disputed", "contesté")
    assert verdict_word(by_id(page, f"claim-{claims[LEFT].pk}")) == "sourcé"
    opinion = by_id(page, f"claim-{claims[OPINION].pk}")
    assert (opinion.tag, verdict_word(opinion)) == ("span", "non vérifié")


def test_article_detail_follows_the_browser_language(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "en"))
    assert page.get("lang") == "en"
    tag = by_id(page, f"claim-{claims[INVESTED].pk}").xpath('.//span[@class="verdict-tag"]')[-1]
    # Interface words inside the French article say which language they are in.
    assert (words(tag), tag.get("lang")) == ("disputed", "en")
    assert verdict_word(by_id(page, f"claim-{claims[OPINION].pk}")) == "unverified"


def test_article_detail_language_can_be_switched(client, reviewed):
    article, claims = reviewed
    switched = client.post(
        reverse("set_language"), {"language": "en", "next": article.get_absolute_url()}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert switched.status_code == 302
    page = parse(get_page(client, article, "fr"))
    assert verdict_word(by_id(page, f"claim-{claims[INVESTED].pk}")) == "disputed"
    assert page.xpath('//button[@name="language"]/@value') == ["fr"]


def test_article_detail_panel_has_rationale_sources_and_review_date(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "en"))
    pk = claims[INVESTED].pk
    assert by_id(page, f"claim-{pk}").get("href") == f"#review-{pk}"
    panel = by_id(page, f"review-{pk}")
    review = Review.objects.get(claim=claims[INVESTED])
    assert words(panel.xpath('.//p[@class="review-rationale"]')[0]) == review.rationale
    (source,) = panel.xpath('.//a[@class="source-link"]')
    assert source.get("href") == "https://www.theverge.com/inside-musk-breakup"
    assert "The Verge" in words(panel.xpath('.//span[@class="source-meta"]')[0])
    assert panel.xpath('.//span[@class="source-meta"]/time/@datetime') == ["2024-11-18"]
    # The moment of the review, and its day in the reader's time zone.
    (reviewed_on,) = panel.xpath('.//p[@class="review-date"]/time')
    day = formats.date_format(timezone.localtime(review.created_at).date(), "DATE_FORMAT")
    assert words(reviewed_on) == day
    assert reviewed_on.get("datetime") == timezone.localtime(review.created_at).isoformat()
    assert [words(link) for link in panel.xpath('.//p[@class="review-entities"]/a')] == ["Microsoft"]


def test_article_detail_panel_of_a_citation_without_url_shows_it_as_text(client, reviewed):
    article, claims = reviewed
    panel = by_id(parse(get_page(client, article)), f"review-{claims[LEFT].pk}")
    assert [words(title) for title in panel.xpath('.//span[@class="source-title"]')] == ["Musk leaves the board"]
    assert not panel.xpath('.//a[@class="source-link"]')
    assert "Business Insider" in words(panel)


def test_article_detail_panel_of_a_claim_reviewed_again_shows_the_current_review(client, reviewed, editor):
    article, claims = reviewed
    claim = Claim.objects.get(pk=claims[INVESTED].pk)
    again = [
        SourceInput(url="https://example.org/second", title="Second"),
        SourceInput(url="https://example.org/third", title="Third"),
    ]
    review_claim(
        claim=claim, reviewer=editor, verdict="sourced", rationale="Vérifié.", sources=again, expected_version=2
    )
    page = parse(get_page(client, article))
    panel = by_id(page, f"review-{claim.pk}")
    assert words(panel.xpath('.//p[@class="review-rationale"]')[0]) == "Vérifié."
    links = panel.xpath('.//a[@class="source-link"]')
    assert [(link.get("href"), words(link)) for link in links] == [
        ("https://example.org/second", "Second"),
        ("https://example.org/third", "Third"),
    ]
    (script,) = page.xpath('//script[@type="application/ld+json"]')
    items = {item["url"].rsplit("#", 1)[1]: item for item in json.loads(script.text)["@graph"]}
    assert items[f"claim-{claim.pk}"]["reviewRating"]["ratingExplanation"] == "Vérifié."
    assert len(items) == 2  # one per claim, not per review


def test_article_detail_claim_never_reviewed_has_no_panel(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "en"))
    assert by_id(page, f"claim-{claims[OPINION].pk}").get("data-verdict") == "unverified"
    assert not page.xpath(f'//*[@id="review-{claims[OPINION].pk}"]')


def test_article_detail_marks_entities_dates_and_amounts(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article))
    invested = by_id(page, f"claim-{claims[INVESTED].pk}")
    assert [(words(t), t.get("datetime")) for t in invested.xpath(".//time")] == [("2016", "2016")]
    assert [(words(d), d.get("value")) for d in invested.xpath('.//data[@class="amount"]')] == [
        ("50 millions de dollars", "50000000 USD")
    ]
    assert [(words(e), e.get("data-kind")) for e in invested.xpath('.//span[@class="entity"]')] == [
        ("Microsoft", "ORG")
    ]
    sued = by_id(page, f"claim-{claims[SUED].pk}")
    assert [t.get("datetime") for t in sued.xpath(".//time")] == ["2024-11"]
    # Outside claims (the title), an entity links to its page; inside a claim, which is a link, it does not.
    microsoft = claims[INVESTED].mentions.get(label="ORG").entity
    assert page.xpath('//h1//a[@class="entity"]/@href') == [
        reverse("claims:entity-detail", kwargs={"pk": microsoft.pk})
    ]
    assert not invested.xpath(".//a")


def test_article_detail_summary_counts_each_verdict(client, reviewed):
    article, _claims = reviewed
    page = parse(get_page(client, article, "en"))
    counts = {
        link.get("href"): int(link.xpath('.//span[@class="count"]')[0].text)
        for link in page.xpath('//ul[@class="summary-filters"]//a')
    }
    assert counts == {"?verdict=all": 5, "?verdict=sourced": 1, "?verdict=disputed": 1, "?verdict=unverified": 3}


def test_article_detail_leaves_claims_not_reviewed_quiet_by_default(client, reviewed):
    """Reviewed claims stand out; the others are marked by the filter "all" only (reader.css),
    their verdict still written for screen readers; the control is a link: no script needed."""
    article, claims = reviewed
    page = parse(get_page(client, article, "en"))
    (reader,) = page.xpath('//div[@class="reader"]')
    assert reader.get("data-filter") == "reviewed"
    assert verdict_word(by_id(page, f"claim-{claims[OPINION].pk}")) == "unverified"
    (status,) = page.xpath('//p[@class="filter-status"]')
    assert status.xpath(".//a/@href") == ["?verdict=all"]
    every = parse(get_page(client, article, "en", verdict="all"))
    assert every.xpath('//div[@class="reader"]/@data-filter') == ["all"]
    assert every.xpath('//a[@aria-current="page"]/@href') == ["?verdict=all"]


def test_article_detail_filter_marks_only_the_chosen_verdict(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "en", verdict="disputed"))
    assert page.xpath('//div[@class="reader"]/@data-filter') == ["disputed"]
    assert page.xpath('//a[@aria-current="page"]/@href') == ["?verdict=disputed"]
    assert "Showing only the 1 claim marked “disputed”" in words(page.xpath('//p[@class="filter-status"]')[0])
    # The text is whole, every claim and panel still there (reader.css quiets the others).
    assert len(page.xpath('//*[@class="claim"]')) == 5


def main_of(response) -> bytes:
    """The page's <main>: what it shows, without the frame's per-request CSRF token."""
    return lxml_html.tostring(parse(response).xpath("//main")[0])


@pytest.mark.parametrize("value", ["<script>", "contesté", "SOURCED", ""])
def test_article_detail_ignores_an_unknown_filter(client, reviewed, value):
    """A reader page is for people: like an unknown parameter (a link's `utm_source`) or a page number
    past the end, a filter it does not know shows the default view, not an error (the API, for
    programs, answers 400)."""
    article, _claims = reviewed
    response = get_page(client, article, verdict=value)
    page = parse(response)
    assert page.xpath('//div[@class="reader"]/@data-filter') == ["reviewed"]
    assert not page.xpath('//a[@aria-current="page"]')
    assert b"<script>" not in response.content  # the value is escaped where the frame repeats the URL
    assert main_of(response) == main_of(get_page(client, article))


def test_article_list_ignores_a_filter_and_an_unknown_page(client, reviewed):
    shown = main_of(client.get(reverse("claims:article-list")))
    assert main_of(client.get(reverse("claims:article-list"), {"verdict": "foo", "page": "foo"})) == shown


def test_article_detail_timeline_lists_dated_claims_chronologically(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article))
    (timeline,) = page.xpath('//ol[@class="timeline-list"]')
    assert timeline.get("lang") == "fr"
    entries = timeline.xpath("./li")
    assert [entry.xpath("./a/@href")[0] for entry in entries] == [
        f"#claim-{claims[INVESTED].pk}",
        f"#claim-{claims[LEFT].pk}",
        f"#claim-{claims[SUED].pk}",
    ]
    assert [entry.get("data-verdict") for entry in entries] == ["disputed", "sourced", "unverified"]
    assert [(words(t), t.get("datetime")) for t in timeline.xpath("./li/time")] == [
        ("2016", "2016"),
        ("2018", "2018"),
        ("novembre 2024", "2024-11"),
    ]
    assert verdict_word(entries[0]) == "contesté"


def test_article_detail_of_a_draft_is_404_for_anonymous_readers(client, db):
    article, _claims = build_article("brouillon", sample_blocks(), status="draft")
    assert get_page(client, article).status_code == 404


def test_article_detail_of_a_draft_is_shown_to_staff(client, staff, db):
    article, _claims = build_article("brouillon", sample_blocks(), status="draft")
    client.force_login(staff)
    page = parse(get_page(client, article, "en"))
    assert words(page.xpath('//p[@class="badge-draft"]')[0]) == "Draft: only editors can see it"


def test_article_detail_of_an_unknown_slug_is_404(client, db):
    assert client.get("/articles/nothing-here/").status_code == 404


@pytest.mark.parametrize("path", ["/articles/nothing-here/", "/entities/999999/", "/no-such-page"])
def test_a_page_not_found_is_the_sites_own_in_the_readers_language(client, db, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    page = lxml_html.fromstring(response.content)
    assert page.get("lang") == "fr"
    assert page.findtext(".//h1") == "Page introuvable"
    assert page.xpath("//a[@class='site-name']/@href") == [reverse("claims:article-list")]
    english = lxml_html.fromstring(client.get(path, HTTP_ACCEPT_LANGUAGE="en").content)
    assert english.findtext(".//h1") == "Page not found"


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("broken/", broken_view)]  # ROOT_URLCONF of the test below


@pytest.mark.parametrize(("language", "heading"), [("fr", "Erreur du serveur"), ("en", "Server error")])
def test_a_server_error_is_the_sites_own_page_in_the_readers_language(client, db, settings, language, heading):
    """Django's server_error renders 500.html with no context: the page must hold without one."""
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/broken/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 500
    page = lxml_html.fromstring(response.content)
    assert page.get("lang") == language
    assert page.findtext(".//h1") == heading
    assert page.xpath("//a/@href") == ["/"]


def test_article_detail_loads_only_its_own_script_and_styles(client, reviewed):
    """No inline script, style attribute or event handler: a strict CSP can apply. The one inline
    <script> is a JSON-LD data block, which browsers never run."""
    article, _claims = reviewed
    page = parse(get_page(client, article))
    scripts = page.xpath("//script")
    assert [(s.get("src"), s.get("type")) for s in scripts] == [
        ("/static/claims/reader.js", None),
        (None, "application/ld+json"),
    ]
    assert not scripts[0].text
    assert not page.xpath("//*[@style]")
    assert not [el for el in page.iter() if isinstance(el.tag, str) and any(a.startswith("on") for a in el.attrib)]


def test_article_detail_embeds_the_claimreview_export_of_its_reviewed_claims(client, reviewed):
    article, claims = reviewed
    page = parse(get_page(client, article, "en"))
    (script,) = page.xpath('//script[@type="application/ld+json"]')
    embedded = json.loads(script.text)
    exported = client.get(f"/api/articles/{article.slug}/claimreview/", HTTP_ACCEPT="application/json").json()
    assert embedded == exported
    assert sorted(review["claimReviewed"] for review in embedded["@graph"]) == sorted([INVESTED, LEFT])


def test_article_detail_embeds_no_claimreview_when_nothing_is_reviewed(client, db):
    article, _claims = build_article("vierge", sample_blocks())
    assert not parse(get_page(client, article)).xpath('//script[@type="application/ld+json"]')


def test_article_detail_shows_dates_and_amounts_as_stored(client, db):
    """Dates and amounts are read in text from the database: every kind comes out as stored."""
    yesterday = "Hier, la société a levé 1,5 million d'euros."
    ranged = "Entre 2015 et 2016, elle a perdu de 2 à 3 millions d'euros."
    article, claims = build_article(
        "montants",
        [
            BlockSpec(
                "paragraph",
                f"{yesterday} {ranged}",
                claims=[yesterday, ranged],
                mentions=[
                    MentionSpec("Hier", "DATE", value="2024-11-04", precision="day", earliest=date(2024, 11, 4)),
                    MentionSpec("1,5 million d'euros", "MONEY", amount=1, currency="EUR"),
                    MentionSpec(
                        "Entre 2015 et 2016", "DATE", value="2015/2016", precision="range", earliest=date(2015, 1, 1)
                    ),
                    MentionSpec("de 2 à 3 millions d'euros", "MONEY", amount=2_000_000, currency="EUR"),
                ],
            )
        ],
    )
    Mention.objects.filter(article=article, text="1,5 million d'euros").update(
        amount_min=Decimal("1500000.5"), amount_max=Decimal("1500000.5")
    )
    Mention.objects.filter(article=article, text="de 2 à 3 millions d'euros").update(amount_max=3_000_000)
    page = parse(get_page(client, article))
    body = page.xpath('//div[@class="article-body"]')[0]
    assert [(words(d), d.get("value")) for d in body.xpath('.//data[@class="amount"]')] == [
        ("1,5 million d'euros", "1500000.5 EUR"),
        ("de 2 à 3 millions d'euros", "2000000/3000000 EUR"),
    ]
    assert [(words(t), t.get("datetime")) for t in body.xpath(".//time")] == [("Hier", "2024-11-04")]
    assert [(words(d), d.get("value")) for d in body.xpath('.//data[@class="date"]')] == [
        ("Entre 2015 et 2016", "2015/2016")
    ]
    (timeline,) = page.xpath('//ol[@class="timeline-list"]')
    assert timeline.xpath("./li/a/@href") == [f"#claim-{claims[ranged].pk}", f"#claim-{claims[yesterday].pk}"]
    # A relative date says nothing out of its sentence: the timeline adds its value in words.
    assert [words(s) for s in timeline.xpath('.//span[@class="timeline-normalised"]')] == ["(4 novembre 2024)"]


# -- Escaping -------------------------------------------------------------------------------------

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_article_detail_escapes_every_user_text(client, editor, db):
    sentence = f"Le texte {PAYLOAD} reste du texte."
    article, claims = build_article(
        "injection",
        [
            BlockSpec("title", f"Titre {PAYLOAD}"),
            BlockSpec("paragraph", sentence, claims=[sentence], mentions=[MentionSpec("texte", "PER", entity=PAYLOAD)]),
        ],
        title=f"Titre {PAYLOAD}",
        publisher=PAYLOAD,
    )
    review = review_claim(
        claim=claims[sentence],
        reviewer=editor,
        verdict="disputed",
        rationale=f"Raison {PAYLOAD}\r\nSeconde ligne",
        sources=[SourceInput(url='https://example.org/"onmouseover="alert(1)', title=PAYLOAD, publisher=PAYLOAD)],
        expected_version=1,
    )
    # Stored before links were checked, or written around the service: never a link.
    Source.objects.create(review=review, url="javascript:alert(1)", title="Lien piégé")
    Source.objects.create(review=review, url=" JaVaScRiPt:alert(2)", title="Lien piégé 2")
    response = get_page(client, article)
    page = parse(response)
    assert [s.get("src") for s in page.xpath("//script") if s.get("type") != "application/ld+json"] == [
        "/static/claims/reader.js"
    ]
    assert not page.xpath("//img")
    assert not [el for el in page.iter() if isinstance(el.tag, str) and any(a.startswith("on") for a in el.attrib)]
    hrefs = page.xpath("//a/@href")
    assert not [href for href in hrefs if not href.startswith(("/", "#", "?", "https://"))]
    assert 'https://example.org/"onmouseover="alert(1)' in hrefs
    (rationale,) = page.xpath('//p[@class="review-rationale"]')
    assert rationale.text_content() == f"Raison {PAYLOAD}Seconde ligne"
    assert [child.tag for child in rationale] == ["br"]  # its line break, and no element of its text
    assert b"javascript:" not in response.content.lower()
    assert "Lien piégé" in [words(s) for s in page.xpath('//span[@class="source-title"]')]
    # The JSON-LD block cannot be ended by the text it holds.
    (data,) = page.xpath('//script[@type="application/ld+json"]')
    assert json.loads(data.text)["@graph"][0]["claimReviewed"] == sentence


# -- Query counts -------------------------------------------------------------------------------


def build_long_article(slug: str, paragraphs: int, editor) -> None:
    """An article of `paragraphs` paragraphs of two claims each, every claim with mentions, half reviewed."""
    blocks = [BlockSpec("title", f"Article {slug}", mentions=[MentionSpec("Article", "MISC", entity="Article")])]
    for n in range(paragraphs):
        first = f"En 2016, Microsoft a investi {n} millions de dollars."
        second = f"En 2018, Elon Musk est parti pour la {n}e fois."
        blocks.append(
            BlockSpec(
                "paragraph",
                f"{first} {second}",
                claims=[first, second],
                mentions=[
                    MentionSpec("2016", "DATE", **YEAR_2016),
                    MentionSpec("Microsoft", "ORG", entity="Microsoft"),
                    MentionSpec("2018", "DATE", **YEAR_2018),
                    MentionSpec("Elon Musk", "PER", entity="Elon Musk"),
                ],
            )
        )
    article, claims = build_article(slug, blocks)
    for claim in list(claims.values())[::2]:
        review_claim(
            claim=claim,
            reviewer=editor,
            verdict="sourced",
            rationale="Vérifié.",
            sources=[SourceInput(url="https://example.org/a", title="A"), SourceInput(url="https://example.org/b")],
            expected_version=1,
        )
    return article


# Cold: the article (with its newest review and mention, and whether a reviewed claim of it has a
# suggested match) and its entity mention groups with their names (the cache key); the blocks with
# their claims and the claims' reviews with their sources (one query: the panels and the
# ClaimReview read the same rows), the mentions with the timeline's dates. An article with a match
# adds one to both: where else its claims were checked (tests/matching/test_reader.py).
COLD_QUERIES = 4
WARM_QUERIES = 2  # the cache key's


def test_article_detail_query_count_does_not_grow_with_claims(client, editor, django_assert_num_queries):
    short = build_long_article("court", 2, editor)
    long = build_long_article("long", 30, editor)
    assert Claim.objects.filter(article=long).count() == 60
    # The short one's claims repeat reviewed claims of the long one: tests/matching/test_reader.py
    # counts the pages of claims checked elsewhere.
    ClaimMatch.objects.all().delete()
    for article in (short, long):
        with django_assert_num_queries(COLD_QUERIES):
            client.get(article.get_absolute_url())
        with django_assert_num_queries(WARM_QUERIES):
            client.get(article.get_absolute_url())
        with django_assert_num_queries(WARM_QUERIES):
            client.get(article.get_absolute_url(), {"verdict": "sourced"})
        with django_assert_num_queries(WARM_QUERIES):  # an unknown filter: the default view, from the cache
            client.get(article.get_absolute_url(), {"verdict": "foo"})


def test_article_detail_query_count_for_staff(client, staff, editor, django_assert_num_queries):
    long = build_long_article("long", 30, editor)
    client.force_login(staff)
    # + the session and the user
    with django_assert_num_queries(COLD_QUERIES + 2):
        client.get(long.get_absolute_url())
    with django_assert_num_queries(WARM_QUERIES + 2):
        client.get(long.get_absolute_url())


@pytest.mark.skipif(
    connection.vendor != "postgresql" or not connection.settings_dict["OPTIONS"].get("prepare_threshold"),
    reason="prepared statements are PostgreSQL's (saga/environment.py)",
)
def test_article_detail_queries_are_prepared_on_postgres(client, editor, settings):
    """From its sixth view on a connection, the page's queries are planned once, not at each view."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    article = build_long_article("long", 3, editor)
    for _ in range(6):
        client.get(article.get_absolute_url())
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
        statements = [statement for (statement,) in cursor.fetchall()]
    # The page's reads (claims/reader_sql.py, a line each from FROM on): the article; its mention
    # groups and the text's mentions; the text with its claims and reviews.
    page = (re.search(r'^FROM "(\w+)"', statement, re.MULTILINE) for statement in statements)
    read = Counter(found[1] for found in page if found)
    assert read == {"claims_article": 1, "annotations_mention": 2, "claims_block": 1}


# -- Cache and conditional GET --------------------------------------------------------------------


def test_article_detail_shows_a_new_review_at_once(client, editor, reviewed):
    article, claims = reviewed
    assert verdict_word(by_id(parse(get_page(client, article)), f"claim-{claims[OPINION].pk}")) == "non vérifié"
    review_claim(
        claim=claims[OPINION],
        reviewer=editor,
        verdict="sourced",
        rationale="Vrai.",
        sources=[SourceInput(url="https://example.org/vrai", title="Vrai")],
        expected_version=1,
    )
    page = parse(get_page(client, article))
    opinion = by_id(page, f"claim-{claims[OPINION].pk}")
    assert (opinion.tag, verdict_word(opinion)) == ("a", "sourcé")
    assert words(by_id(page, f"review-{claims[OPINION].pk}").xpath('.//p[@class="review-rationale"]')[0]) == "Vrai."


def test_article_detail_shows_an_entity_renamed_at_once(client, reviewed):
    article, claims = reviewed
    get_page(client, article)
    Entity.objects.filter(name="Microsoft").update(name="Microsoft Corporation")
    page = parse(get_page(client, article))
    assert "Microsoft Corporation" in [words(a) for a in page.xpath('//ul[@class="entity-list"]//a')]
    panel = by_id(page, f"review-{claims[INVESTED].pk}")
    assert [words(a) for a in panel.xpath('.//p[@class="review-entities"]/a')] == ["Microsoft Corporation"]


def test_article_detail_shows_a_relinked_mention_at_once(client, reviewed):
    article, claims = reviewed
    get_page(client, article)
    musk = Entity.objects.get(name="Elon Musk")
    Mention.objects.filter(article=article, entity__name="Microsoft", claim=claims[INVESTED]).update(
        entity=musk, label="PER"
    )
    page = parse(get_page(client, article))
    invested = by_id(page, f"claim-{claims[INVESTED].pk}")
    assert invested.xpath('.//span[@class="entity"]/@data-kind') == ["PER"]


def test_article_detail_answers_a_conditional_get_with_304(client, editor, reviewed):
    article, claims = reviewed
    get_page(client, article)  # sets the CSRF cookie, which the ETag includes (the language form)
    etag = get_page(client, article).headers["ETag"]
    again = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    # Another language, another filter, or a review: another page.
    english = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en", HTTP_IF_NONE_MATCH=etag)
    assert english.status_code == 200
    filtered = client.get(
        article.get_absolute_url(), {"verdict": "all"}, HTTP_ACCEPT_LANGUAGE="fr", HTTP_IF_NONE_MATCH=etag
    )
    assert filtered.status_code == 200
    review_claim(claim=claims[OPINION], reviewer=editor, verdict="unverified", rationale="À voir.", expected_version=1)
    after = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr", HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200 and after.headers["ETag"] != etag


# -- /articles/ -----------------------------------------------------------------------------------


def test_article_list_shows_published_articles_with_their_verdict_counts(client, reviewed):
    build_article("brouillon", sample_blocks(), status="draft", title="Un brouillon")
    response = client.get(reverse("claims:article-list"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Microsoft et la société" in html
    assert "Un brouillon" not in html
    assert "5 claims" in html
    (card,) = parse(response).xpath('//p[@class="verdict-breakdown"]')
    counts = {
        item.xpath(".//span[@data-verdict]/@data-verdict")[0]: int(item.xpath('./span[@class="count"]')[0].text)
        for item in card.xpath('./span[@class="breakdown-item"]')
    }
    assert counts == {"sourced": 1, "disputed": 1, "unverified": 3}


def test_article_list_shows_drafts_to_staff_marked_as_drafts(client, staff, reviewed):
    build_article("brouillon", sample_blocks(), status="draft", title="Un brouillon")
    client.force_login(staff)
    html = client.get(reverse("claims:article-list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Un brouillon" in html
    assert "Draft: only editors can see it" in html


def test_article_list_query_count_does_not_grow_with_articles(client, editor, django_assert_num_queries):
    build_long_article("un", 3, editor)
    # the ETag's two (articles, newest review), the paginator's count, the page of articles with their counts
    with django_assert_num_queries(4):
        client.get(reverse("claims:article-list"))
    for slug in ("deux", "trois", "quatre"):
        build_long_article(slug, 3, editor)
    with django_assert_num_queries(4):
        client.get(reverse("claims:article-list"))


def test_article_detail_of_an_ingested_article_marks_every_claim(client, article, django_assert_num_queries):
    """Through the real pipeline: every current claim is marked, every date a <time>."""
    claims = list(Claim.objects.current().filter(article=article))
    assert claims
    page = parse(client.get(article.get_absolute_url()))
    for claim in claims:
        assert by_id(page, f"claim-{claim.pk}").get("data-verdict") == "unverified"
    dated = article.mentions.filter(label="DATE", claim__isnull=False).exclude(value__contains="/")
    assert sorted(page.xpath('//div[@class="article-body"]//time/@datetime')) == sorted(m.value for m in dated)


def test_article_list_answers_a_conditional_get_with_304(client, editor, reviewed):
    url = reverse("claims:article-list")
    client.get(url)  # sets the CSRF cookie, which the ETag includes (the language form)
    etag = client.get(url).headers["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    _article, claims = reviewed
    review_claim(claim=claims[OPINION], reviewer=editor, verdict="unverified", rationale="À voir.", expected_version=1)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TagBalance(HTMLParser):
    """Every element opened is closed, in order: the page is assembled from the frame's two halves
    around its cached text (claims/views.py), each cut inside elements the other closes."""

    def __init__(self):
        super().__init__()
        self.open, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        elif self.open:
            self.open.pop()


@pytest.mark.parametrize("params", [{}, {"verdict": "all"}, {"verdict": "disputed"}])
def test_article_detail_assembled_page_is_one_well_formed_document(client, reviewed, params):
    article, _claims = reviewed
    response = get_page(client, article, **params)
    assert response.status_code == 200
    body = response.content.decode()
    balance = TagBalance()
    balance.feed(body)
    assert balance.errors == [] and balance.open == []
    page = lxml_html.fromstring(body)
    assert len(page.xpath("//html")) == len(page.xpath("//main")) == len(page.xpath("//footer")) == 1
    assert page.xpath("//main//article//div[@class='article-body']") and page.xpath("//main//aside")
