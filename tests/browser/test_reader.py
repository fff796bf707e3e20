"""The reader's page in a real browser: keyboard, filter, no JavaScript, accessibility, injection.

The demo article is loaded as `make run` loads it (`manage.py load_demo`, its reviews included);
the claim under test is found through the data (the disputed claim dating an event to 2016 and
naming Microsoft), and what the page must show is read from its current review.
"""

import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.models import Article, Claim, Review, Source
from claims.services import SourceInput, review_claim
from tests.claims.reader_data import BlockSpec, MentionSpec, build_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
MAX_TABS = 600


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def demo(transactional_db):
    """The first article of the demo, loaded with its reviews as `make run` loads it."""
    call_command("load_demo", stdout=io.StringIO())
    manifest = json.loads((Path(settings.BASE_DIR) / "fixtures" / "demo.json").read_text(encoding="utf-8"))
    return Article.objects.get(slug=manifest["articles"][0]["slug"])


@pytest.fixture
def microsoft_2016(demo):
    """The disputed claim of the demo that dates something to 2016 and names Microsoft."""
    claims = (
        Claim.objects.current()
        .filter(article=demo, verdict="disputed", mentions__label="DATE", mentions__value="2016")
        .filter(pk__in=Claim.objects.filter(article=demo, mentions__entity__name="Microsoft").values("pk"))
        .distinct()
    )
    assert len(claims) == 1, [claim.text for claim in claims]
    claim = claims[0]
    review = Review.objects.current_for(demo).prefetch_related("sources").get(claim=claim)
    return claim, review


def tab_to(page, element_id: str) -> int:
    """Presses Tab until `element_id` has the focus; returns how many presses it took."""
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return presses
    raise AssertionError(f"#{element_id} never received the keyboard focus")


def assert_panel_shows_review(panel, review) -> None:
    text = squeeze(panel.inner_text())
    assert squeeze(review.rationale) in text
    assert "contesté" in text
    for source in review.sources.all():
        assert squeeze(source.title or source.url) in text
        if source.publisher:
            assert source.publisher in text
        if source.url:
            assert panel.locator(f'a[href="{source.url}"]').count() == 1
    assert "Dernière vérification le" in text


def test_reader_opens_the_disputed_2016_microsoft_claim_with_the_keyboard(live_server, page, demo, microsoft_2016):
    claim, review = microsoft_2016
    page.goto(f"{live_server.url}{demo.get_absolute_url()}")
    link, panel = page.locator(f"#claim-{claim.pk}"), page.locator(f"#review-{claim.pk}")
    assert panel.is_hidden()
    assert link.get_attribute("aria-expanded") == "false"

    tab_to(page, f"claim-{claim.pk}")
    page.keyboard.press("Enter")

    panel.wait_for(state="visible")
    assert link.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.id") == f"review-{claim.pk}"
    assert page.url.endswith(f"#review-{claim.pk}")  # a reload or a shared link reopens it
    assert_panel_shows_review(panel, review)

    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.id") == f"claim-{claim.pk}"
    assert page.problems == []


def test_reader_opens_a_claim_with_the_keyboard_without_javascript(
    live_server, browser, demo, microsoft_2016, output_dir
):
    claim, review = microsoft_2016
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{demo.get_absolute_url()}")
        panel = page.locator(f"#review-{claim.pk}")
        assert panel.is_hidden()
        tab_to(page, f"claim-{claim.pk}")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"#review-{claim.pk}$"))
        assert panel.is_visible()
        assert_panel_shows_review(panel, review)
        page.screenshot(path=output_dir / "reader-no-javascript.png")
    finally:
        context.close()


def test_reader_filters_to_disputed_claims_only(live_server, page, demo):
    page.goto(f"{live_server.url}{demo.get_absolute_url()}")
    page.locator('.summary-filters a[data-verdict="disputed"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?verdict=disputed$"))

    disputed = Claim.objects.current().filter(article=demo, verdict="disputed").count()
    shown = marked_verdicts(page)
    assert len(shown) == disputed > 0 and set(shown) == {"disputed"}
    assert page.locator(".claim").count() == Claim.objects.current().filter(article=demo).count()
    assert page.locator('.summary-filters a[aria-current="page"]').get_attribute("data-verdict") == "disputed"
    assert page.problems == []


def marked_verdicts(page) -> list[str]:
    """The verdicts of the claims whose verdict tag is seen (not only read by screen readers)."""
    return page.locator(".article-body .claim").evaluate_all(
        """claims => claims
            .filter(claim => claim.querySelector('.verdict-tag').getBoundingClientRect().width > 1)
            .map(claim => claim.dataset.verdict)"""
    )


def test_reader_leaves_claims_not_reviewed_quiet_until_asked(live_server, page, demo):
    page.goto(f"{live_server.url}{demo.get_absolute_url()}")
    claims = Claim.objects.current().filter(article=demo)
    reviewed = claims.filter(reviews__isnull=False).distinct().count()
    assert len(marked_verdicts(page)) == reviewed < claims.count()
    # The verdict of a quiet claim is still in the text for screen readers.
    quiet = page.locator('.article-body span.claim[data-verdict="unverified"] .verdict-tag').first
    assert quiet.text_content().strip() == "non vérifié"
    page.locator('.summary-filters a[href="?verdict=all"]').click()
    page.wait_for_url(re.compile(r"\?verdict=all$"))
    assert len(marked_verdicts(page)) == claims.count()
    assert page.problems == []


def run_axe(page, axe_source: str) -> list[dict]:
    page.evaluate(axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize(("name", "width"), [("desktop", 1280), ("phone", 375)])
def test_reader_passes_axe_without_serious_violations(
    live_server, browser, demo, microsoft_2016, axe_source, output_dir, name, width
):
    claim, _review = microsoft_2016
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{demo.get_absolute_url()}")
        page.locator(f"#claim-{claim.pk}").click()  # audit an open panel too
        page.locator(f"#review-{claim.pk}").wait_for(state="visible")
        assert run_axe(page, axe_source) == []
        page.screenshot(path=output_dir / f"reader-{name}.png", full_page=True)
        assert (output_dir / f"reader-{name}.png").stat().st_size > 10_000
    finally:
        context.close()


PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'; alert(1)\">",
    "<svg onload=alert(2)>",
    '"><b id="injected">gras</b>',
]


def test_reader_shows_injected_html_as_text(live_server, page, editor):
    sentence = "Texte " + " ".join(PAYLOADS) + " fin."
    article, claims = build_article(
        "injection",
        [
            BlockSpec("title", "Titre " + PAYLOADS[0]),
            BlockSpec(
                "paragraph", sentence, claims=[sentence], mentions=[MentionSpec("Texte", "ORG", entity=PAYLOADS[1])]
            ),
        ],
        title="Titre " + PAYLOADS[0],
        publisher=PAYLOADS[2],
    )
    review = review_claim(
        claim=claims[sentence],
        reviewer=editor,
        verdict="disputed",
        rationale="Raison " + " ".join(PAYLOADS),
        sources=[SourceInput(url="https://example.org/", title=" ".join(PAYLOADS), publisher=PAYLOADS[3])],
        expected_version=1,
    )
    # Stored around the service, which checks links: never a link on the page.
    Source.objects.create(review=review, url="javascript:window.__pwned='link'", title="Lien piégé")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.locator(f"#claim-{claims[sentence].pk}").click()
    panel = page.locator(f"#review-{claims[sentence].pk}")
    panel.wait_for(state="visible")
    page.locator(".source-title", has_text="Lien piégé").click()

    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#injected").count() == 0
    assert page.locator("article img, article svg").count() == 0
    assert PAYLOADS[0] in page.locator("h1").inner_text()
    assert PAYLOADS[1] in page.locator(f"#claim-{claims[sentence].pk}").inner_text()
    assert PAYLOADS[2] in page.locator(".article-meta").inner_text()
    assert PAYLOADS[3] in panel.inner_text()
    assert page.locator('a[href^="javascript:"]').count() == 0


def test_reader_link_to_a_review_opens_it(live_server, page, editor):
    sentence = "Microsoft a investi 50 millions de dollars."
    article, claims = build_article("lien", [BlockSpec("paragraph", sentence, claims=[sentence])])
    review_claim(
        claim=claims[sentence],
        reviewer=editor,
        verdict="disputed",
        rationale="Une remise sur du calcul, pas un investissement.",
        sources=[SourceInput(url="https://example.org/remise", title="Remise")],
        expected_version=1,
    )
    pk = claims[sentence].pk
    page.goto(f"{live_server.url}{article.get_absolute_url()}#review-{pk}")
    page.locator(f"#review-{pk}").wait_for(state="visible")
    assert page.locator(f"#claim-{pk}").get_attribute("aria-expanded") == "true"
    page.locator(f"#review-{pk} .review-back a").click()
    page.locator(f"#review-{pk}").wait_for(state="hidden")
    assert page.url.endswith(f"#claim-{pk}")
    assert page.evaluate("document.activeElement.id") == f"claim-{pk}"


def test_reader_shows_every_verdict_with_its_icon_beside_its_word(live_server, page, demo):
    """Never colour alone: the style sheet puts each verdict's icon before its word, in the text,
    the panels, the timeline and the summary bar alike."""
    page.goto(f"{live_server.url}{demo.get_absolute_url()}")
    icons = page.locator(".verdict-tag").evaluate_all(
        """tags => tags.map(tag => [
            tag.closest('[data-verdict]').dataset.verdict,
            getComputedStyle(tag, '::before').content,
            tag.textContent.trim(),
        ])"""
    )
    expected = {"sourced": ("✓", "sourcé"), "disputed": ("✗", "contesté"), "unverified": ("?", "non vérifié")}
    assert {verdict for verdict, _icon, _word in icons} == set(expected)
    for verdict, icon, word in icons:
        assert expected[verdict][0] in icon and word == expected[verdict][1], (verdict, icon, word)
