"""The reader pages: /articles/ and /articles/<slug>/ (claims/views.py, claims/reader.py)."""

import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone

from annotations.models import Mention
from claims.models import Claim, Review, Source
from claims.reader import review_panel as stored_panel
from claims.services import SourceInput, review_claim, write_claim_marks
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


class TextOf(HTMLParser):
    """The text content of an HTML fragment, leaving out the subtrees whose class is in `skip`."""

    def __init__(self, skip=()):
        super().__init__()
        self.skip, self.depth, self.parts = set(skip), 0, []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if self.depth or classes & self.skip:
            self.depth += tag not in ("br",)
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth and tag != "br":
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes, as a browser's parser sees them."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def body_html(response) -> str:
    html = response.content.decode()
    start = html.index('<div class="article-body">')
    return html[start : html.index("</article>", start)]


def element(html: str, element_id: str) -> str:
    """The outer HTML of the element with id `element_id`."""
    start = html.rindex("<", 0, html.index(f'id="{element_id}"'))
    depth = 0
    for tag in re.finditer(r"<(/?)([a-z0-9]+)[^>]*>", html[start:]):
        if tag.group(2) in ("br", "img", "input", "meta", "link"):
            continue
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[start : start + tag.end()]
    raise AssertionError(f"#{element_id} is not closed")


def claim_link(response, claim) -> str:
    """The markup of a reviewed claim: a link to its panel."""
    markup = element(response.content.decode(), f"claim-{claim.pk}")
    assert markup.startswith(f'<a class="claim" id="claim-{claim.pk}"'), markup[:80]
    return markup


def claim_mark(response, claim) -> str:
    """The markup of a claim never reviewed: marked and labelled, not a link."""
    markup = element(response.content.decode(), f"claim-{claim.pk}")
    assert markup.startswith(f'<span class="claim" id="claim-{claim.pk}"'), markup[:80]
    return markup


def count_after(html: str, marker: str) -> int:
    """The number in the first <span class="count"> after `marker`."""
    start = html.index(marker)
    return int(re.search(r'<span class="count">(\d+)</span>', html[start:]).group(1))


def review_panel(response, claim) -> str:
    html = response.content.decode()
    start = re.search(rf'<div class="review[^"]*" id="review-{claim.pk}"', html).start()
    return html[start : html.index('<p class="review-back">', start)]


# -- /articles/<slug>/ ---------------------------------------------------------------------------


def test_article_detail_shows_the_text_as_written_without_boilerplate(client, reviewed):
    article, _claims = reviewed
    response = get_page(client, article)
    assert response.status_code == 200
    parser = TextOf(skip={"verdict-tag", "reviews"})
    parser.feed(body_html(response))
    text = "".join(parser.parts)
    for passage in (SUED, INVESTED, "Le départ", LEFT, OPINION, QUOTED):
        assert passage in text
    assert text.index(SUED) < text.index("Le départ") < text.index(LEFT) < text.index(QUOTED)
    assert "Accueil" not in response.content.decode()
    assert "Copyright" not in response.content.decode()


def test_article_detail_uses_the_title_block_as_heading(client, reviewed):
    article, _claims = reviewed
    html = get_page(client, article).content.decode()
    heading = re.search(r'<h1 class="article-title">(.*?)</h1>', html, re.S).group(1)
    assert "Microsoft" in heading and "<time" in heading
    assert html.count("<h1") == 1


def test_article_detail_marks_each_claim_with_its_verdict_in_words_french(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article, "fr")
    assert "contesté" in claim_link(response, claims[INVESTED])
    assert "sourcé" in claim_link(response, claims[LEFT])
    assert "non vérifié" in claim_mark(response, claims[OPINION])
    assert 'data-verdict="disputed"' in claim_link(response, claims[INVESTED])


def test_article_detail_follows_the_browser_language(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article, "en")
    assert response.content.decode().startswith('<!doctype html>\n<html lang="en">')
    assert "disputed" in claim_link(response, claims[INVESTED])
    assert "unverified" in claim_mark(response, claims[OPINION])
    # Interface words inside the French article say which language they are in.
    assert '<span class="verdict-tag" lang="en"> disputed</span></a>' in claim_link(response, claims[INVESTED])


def test_article_detail_language_can_be_switched(client, reviewed):
    article, claims = reviewed
    switched = client.post(
        reverse("set_language"), {"language": "en", "next": article.get_absolute_url()}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert switched.status_code == 302
    response = get_page(client, article, "fr")
    assert "disputed" in claim_link(response, claims[INVESTED])
    assert 'name="language" value="fr"' in response.content.decode()


def test_article_detail_panel_has_rationale_sources_and_review_date(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article, "en")
    link = claim_link(response, claims[INVESTED])
    assert f'href="#review-{claims[INVESTED].pk}"' in link
    panel = review_panel(response, claims[INVESTED])
    review = Review.objects.get(claim=claims[INVESTED])
    assert "Ce n'était pas un investissement mais une remise sur du calcul." in panel
    assert '<a class="source-link" href="https://www.theverge.com/inside-musk-breakup"' in panel
    assert "The Verge" in panel
    assert '<time datetime="2024-11-18">' in panel
    # The moment of the review, and its day in the reader's time zone.
    day = formats.date_format(timezone.localtime(review.created_at).date(), "DATE_FORMAT")
    assert f'Last reviewed on <time datetime="{review.created_at.isoformat()}">{day}</time>' in panel


def test_article_detail_panel_of_a_citation_without_url_shows_it_as_text(client, reviewed):
    article, claims = reviewed
    panel = review_panel(get_page(client, article), claims[LEFT])
    assert '<span class="source-title">Musk leaves the board</span>' in panel
    assert "Business Insider" in panel


def test_article_detail_claim_never_reviewed_has_no_panel(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article, "en")
    assert 'data-verdict="unverified"' in claim_mark(response, claims[OPINION])
    assert f'id="review-{claims[OPINION].pk}"' not in response.content.decode()


def test_article_detail_marks_entities_dates_and_amounts(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article)
    link = claim_link(response, claims[INVESTED])
    assert '<time class="date" datetime="2016">2016</time>' in link
    assert '<data class="amount" value="50000000 USD">50 millions de dollars</data>' in link
    assert '<span class="entity" data-kind="ORG">Microsoft</span>' in link
    assert '<time class="date" datetime="2024-11">novembre 2024</time>' in claim_mark(response, claims[SUED])
    # Outside claims (the title), an entity links to its page.
    microsoft = claims[INVESTED].mentions.get(label="ORG").entity
    assert f'href="{reverse("claims:entity-detail", kwargs={"pk": microsoft.pk})}">Microsoft</a>' in (
        response.content.decode()
    )


def test_article_detail_summary_counts_each_verdict(client, reviewed):
    article, _claims = reviewed
    html = get_page(client, article, "en").content.decode()
    assert count_after(html, "All claims") == 5
    assert count_after(html, 'href="?verdict=sourced"') == 1
    assert count_after(html, 'href="?verdict=disputed"') == 1
    assert count_after(html, 'href="?verdict=unverified"') == 3


def test_article_detail_filter_marks_only_the_chosen_verdict(client, reviewed):
    article, claims = reviewed
    response = get_page(client, article, "en", verdict="disputed")
    html = response.content.decode()
    assert re.findall(r'<a class="claim" id="claim-(\d+)"', html) == [str(claims[INVESTED].pk)]
    assert f'<span class="claim claim-muted" id="claim-{claims[LEFT].pk}">' in html
    assert len(re.findall(r'<div class="review[ a-z-]*" id="review-', html)) == 1
    assert 'href="?verdict=disputed" data-verdict="disputed" aria-current="page"' in html
    # The text is still whole.
    assert "a quitté le conseil." in html and OPINION in html


def test_article_detail_ignores_an_unknown_filter(client, reviewed):
    article, _claims = reviewed
    html = get_page(client, article, verdict="<script>").content.decode()
    assert len(re.findall(r'class="claim" id="claim-\d+" (?:href="#review-\d+" )?data-verdict=', html)) == 5
    assert "<script>" not in html.replace('<script src="/static/claims/reader.js" defer></script>', "")


def test_article_detail_timeline_lists_dated_claims_chronologically(client, reviewed):
    article, claims = reviewed
    html = get_page(client, article).content.decode()
    timeline = html[
        html.index('<ol class="timeline-list" lang="fr">') : html.index("</ol>", html.index("timeline-list"))
    ]
    links = re.findall(r'href="#claim-(\d+)"', timeline)
    assert links == [str(claims[INVESTED].pk), str(claims[LEFT].pk), str(claims[SUED].pk)]
    assert '<li data-verdict="disputed"><time datetime="2016">2016</time> <a href="#claim-' in timeline
    assert '<time datetime="2024-11">novembre 2024</time>' in timeline


def test_article_detail_of_a_draft_is_404_for_anonymous_readers(client, db):
    article, _claims = build_article("brouillon", sample_blocks(), status="draft")
    assert get_page(client, article).status_code == 404


def test_article_detail_of_a_draft_is_shown_to_staff(client, staff, db):
    article, _claims = build_article("brouillon", sample_blocks(), status="draft")
    client.force_login(staff)
    response = get_page(client, article, "en")
    assert response.status_code == 200
    assert "Draft: only editors can see it" in response.content.decode()


def test_article_detail_of_an_unknown_slug_is_404(client, db):
    assert client.get("/articles/nothing-here/").status_code == 404


def test_article_detail_loads_only_its_own_script_and_styles(client, reviewed):
    """No inline script, style attribute or event handler: a strict CSP can apply."""
    article, _claims = reviewed
    html = get_page(client, article).content.decode()
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/claims/reader.js" defer>']
    assert "</script>" in html and not re.search(r"<script[^>]*>[^<]", html)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


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
    write_claim_marks(claims=claims.values())  # as every service that writes mentions does
    html = get_page(client, article).content.decode()
    assert '<data class="amount" value="1500000.50 EUR">1,5 million d\'euros</data>' in html
    assert '<data class="amount" value="2000000/3000000 EUR">de 2 à 3 millions d\'euros</data>' in html
    assert '<time class="date" datetime="2024-11-04">Hier</time>' in html
    assert '<data class="date" value="2015/2016">Entre 2015 et 2016</data>' in html
    timeline = html[
        html.index('<ol class="timeline-list" lang="fr">') : html.index("</ol>", html.index("timeline-list"))
    ]
    assert re.findall(r'href="#claim-(\d+)"', timeline) == [str(claims[ranged].pk), str(claims[yesterday].pk)]
    # A relative date says nothing out of its sentence: the timeline adds its value in words.
    assert '<span class="timeline-normalised">(4 novembre 2024)</span>' in timeline


def test_article_detail_puts_the_text_in_the_frame_once(client, db):
    """The body and timeline go where the template marks them; a marker in the article is text."""
    marker = "<!--saga-part:body-->"
    sentence = f"En 2016, le texte {marker} reste du texte."
    article, _claims = build_article(
        "marqueur",
        [BlockSpec("paragraph", sentence, claims=[sentence], mentions=[MentionSpec("2016", "DATE", **YEAR_2016)])],
        title=f"Titre {marker}",
        publisher=marker,
    )
    html = get_page(client, article).content.decode()
    assert marker not in html
    # <title>, <h1>, publisher, the claim in the text and in the timeline
    assert html.count("&lt;!--saga-part:body--&gt;") == 5
    assert html.count('<div class="article-body">') == html.count('<ol class="timeline-list" lang="fr">') == 1
    body = body_html(get_page(client, article))
    assert body.count("reste du texte.") == 1


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
        rationale=f"Raison {PAYLOAD}",
        sources=[SourceInput(url='https://example.org/"onmouseover="alert(1)', title=PAYLOAD, publisher=PAYLOAD)],
        expected_version=1,
    )
    # Stored before links were checked, or written around the service, then shown as the
    # migration that stored the panels writes them: never a link.
    Source.objects.create(review=review, url="javascript:alert(1)", title="Lien piégé")
    Source.objects.create(review=review, url=" JaVaScRiPt:alert(2)", title="Lien piégé 2")
    review.panel = stored_panel(
        rationale=review.rationale, sources=review.sources.order_by("pk"), created_at=review.created_at
    )
    review.save(update_fields=["panel"])
    html = get_page(client, article).content.decode()
    tags = Tags()
    tags.feed(html)
    assert [attrs for tag, attrs in tags.found if tag == "script"] == [
        {"src": "/static/claims/reader.js", "defer": None}
    ]
    assert not [tag for tag, _attrs in tags.found if tag == "img"]
    assert not [attrs for _tag, attrs in tags.found if any(name.startswith("on") for name in attrs)]
    assert not [
        attrs["href"]
        for tag, attrs in tags.found
        if tag == "a" and not attrs["href"].startswith(("/", "#", "?", "https://"))
    ]
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html or '&lt;script&gt;alert("x")&lt;/script&gt;' in html
    )
    assert 'href="https://example.org/&quot;onmouseover=&quot;alert(1)"' in html
    assert "javascript:" not in html.lower()
    assert '<span class="source-title">Lien piégé</span>' in html


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


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_article_detail_query_count_does_not_grow_with_claims(client, editor, django_assert_num_queries):
    short = build_long_article("court", 2, editor)
    long = build_long_article("long", 30, editor)
    assert Claim.objects.filter(article=long).count() == 60
    # article, blocks, claims, mentions, entity names, reviews with their sources
    with django_assert_num_queries(6):
        client.get(short.get_absolute_url())
    with django_assert_num_queries(6):
        client.get(long.get_absolute_url())
    with django_assert_num_queries(6):
        client.get(long.get_absolute_url(), {"verdict": "sourced"})


def test_article_detail_query_count_for_staff(client, staff, editor, django_assert_num_queries):
    long = build_long_article("long", 30, editor)
    client.force_login(staff)
    # + the session and the user
    with django_assert_num_queries(8):
        client.get(long.get_absolute_url())


# -- /articles/ -----------------------------------------------------------------------------------


def test_article_list_shows_published_articles_with_their_verdict_counts(client, reviewed):
    build_article("brouillon", sample_blocks(), status="draft", title="Un brouillon")
    response = client.get(reverse("claims:article-list"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Microsoft et la société" in html
    assert "Un brouillon" not in html
    assert "5 claims" in html
    card = html[html.index('class="verdict-breakdown"') :]
    assert count_after(card, 'data-verdict="sourced"') == 1
    assert count_after(card, 'data-verdict="disputed"') == 1
    assert count_after(card, 'data-verdict="unverified"') == 3


def test_article_list_shows_drafts_to_staff_marked_as_drafts(client, staff, reviewed):
    build_article("brouillon", sample_blocks(), status="draft", title="Un brouillon")
    client.force_login(staff)
    html = client.get(reverse("claims:article-list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Un brouillon" in html
    assert "Draft: only editors can see it" in html


def test_article_list_query_count_does_not_grow_with_articles(client, editor, django_assert_num_queries):
    build_long_article("un", 3, editor)
    # the paginator's count, then the page of articles with their counts
    with django_assert_num_queries(2):
        client.get(reverse("claims:article-list"))
    for slug in ("deux", "trois", "quatre"):
        build_long_article(slug, 3, editor)
    with django_assert_num_queries(2):
        client.get(reverse("claims:article-list"))


def test_article_detail_of_an_ingested_article_marks_every_claim(client, article, django_assert_num_queries):
    """Through the real pipeline: every current claim is marked, every date a <time>."""
    claims = list(Claim.objects.current().filter(article=article))
    assert claims
    with django_assert_num_queries(6):
        response = client.get(article.get_absolute_url())
    html = response.content.decode()
    for claim in claims:
        assert f'<span class="claim" id="claim-{claim.pk}" data-verdict="unverified">' in html
    dated = article.mentions.filter(label="DATE", claim__isnull=False).exclude(value__contains="/")
    for mention in dated:
        assert f'<time class="date" datetime="{mention.value}">' in html
