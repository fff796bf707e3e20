"""Article text, chrome and headline of saved HTML pages (evaluation/data/html_pages.md): the floors reached."""

from pathlib import Path

import pytest

from tests.evaluation_scripts import evaluation_script

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "evaluation" / "data" / "html_pages"
PAGES_2 = REPO / "evaluation" / "data" / "html_pages2"
PAGES_3 = REPO / "evaluation" / "data" / "html_pages3"
PAGES_4 = REPO / "evaluation" / "data" / "html_pages4"
PAGES_5 = REPO / "evaluation" / "data" / "html_pages5"
PAGES_6 = REPO / "evaluation" / "data" / "html_pages6"
PAGES_7 = REPO / "evaluation" / "data" / "html_pages7"
PAGES_8 = REPO / "evaluation" / "data" / "html_pages8"
PAGES_9 = REPO / "evaluation" / "data" / "html_pages9"
PAGES_10 = REPO / "evaluation" / "data" / "html_pages10"
PAGES_11 = REPO / "evaluation" / "data" / "html_pages11"
PAGES_12 = REPO / "evaluation" / "data" / "html_pages12"
PAGES_13 = REPO / "evaluation" / "data" / "html_pages13"
PAGES_14 = REPO / "evaluation" / "data" / "html_pages14"
PAGES_15 = REPO / "evaluation" / "data" / "html_pages15"


def load_scorer():
    return evaluation_script("html_pages")


def figures_of(pages: Path, language: str | None = None) -> tuple[int, dict, dict, float]:
    """The number of pages Saga read, Saga's and plain trafilatura's figures, and the share of Saga's claims
    outside the article (in none of the gold's headline, article and neutral lines); with `language`, every
    page read as that language (`annotate --lang`)."""
    scorer = load_scorer()
    rows = []
    for page, html, gold in scorer.load(pages):
        reading = scorer.saga_reading(page, language)
        if "refused" in reading:
            continue  # a page in another language: Saga reads French only
        extracted, extracted_title = scorer.trafilatura_reading(html)
        rows.append(scorer.score_page(gold, reading, extracted, extracted_title)["row"])
    saga, _counts = scorer.figures(rows, "saga")
    trafilatura, _counts = scorer.figures(rows, "trafilatura")
    outside = sum(row["stray_claims"] for row in rows) / sum(row["claims"] for row in rows)
    return len(rows), saga, trafilatura, outside


@pytest.mark.django_db
def test_eval_html_pages_keeps_the_article_and_leaves_the_chrome():
    """Measured once in the nineteenth session: Saga 0.943 sentences kept / 0.961 chrome kept out / 0.655
    headlines, plain trafilatura 0.954 / 0.907 / 0.655; 0.954 / 0.990 / 0.793 once the source's indentation
    is no code block, a Markdown paragraph has a line's shape and the page's own `# ` heading is its title;
    1.000 / 0.996 / 1.000 in the twentieth, once the standfirst beside the `<h1>` and the headline the page
    shows are read from its structure (annotations/html_page.py)."""
    pages, saga, trafilatura, outside = figures_of(PAGES)
    assert pages == 29
    assert saga["article_sentences_kept"] >= 0.99 > trafilatura["article_sentences_kept"] >= 0.95
    assert saga["chrome_snippets_kept_out"] >= 0.99 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 0.96
    assert outside <= 0.01


@pytest.mark.django_db
def test_eval_html_pages2_keeps_the_article_and_leaves_the_chrome():
    """The second batch, written blind (evaluation/data/html_pages2.md), measured once on the twentieth session's
    start: Saga 0.951 / 0.983 / 0.833 with 8 of 261 claims outside the article, plain trafilatura 0.951 / 0.881 /
    0.767; 1.000 / 1.000 / 1.000 and 2 of 270 once the page's head is read from its structure, glued links are put
    on lines of their own and four kinds of chrome are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_2)
    assert pages == 30
    assert saga["article_sentences_kept"] >= 0.99 > trafilatura["article_sentences_kept"] >= 0.95
    assert saga["chrome_snippets_kept_out"] >= 0.99 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 0.96
    assert outside <= 0.01


@pytest.mark.django_db
def test_eval_html_pages3_keeps_the_article_and_leaves_the_chrome():
    """The third batch, written blind (evaluation/data/html_pages3.md), measured once on the twentieth session's
    commit f4214a5: Saga 0.992 / 0.946 / 0.933 with 14 of 272 claims outside the article, plain trafilatura
    0.944 / 0.757 / 0.567; 0.992 / 1.000 / 0.967 and 5 of 265 once layout tables are read as blocks, an ARIA
    level-one heading is a headline, footnote calls and the text above the headline go and three kinds of
    chrome are known. The two sentences left are a list trafilatura drops (page 30)."""
    pages, saga, trafilatura, outside = figures_of(PAGES_3)
    assert pages == 30
    assert saga["article_sentences_kept"] >= 0.99 > trafilatura["article_sentences_kept"] >= 0.94
    assert saga["chrome_snippets_kept_out"] >= 0.99 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 0.96
    assert outside <= 0.025


@pytest.mark.django_db
def test_eval_html_pages4_keeps_the_article_and_leaves_the_chrome():
    """The fourth batch, written blind (evaluation/data/html_pages4.md), measured once on commit 19f5d85: Saga
    0.993 / 0.988 / 0.931 with 6 of 317 claims outside the article, plain trafilatura 0.967 / 0.890 / 0.552;
    1.000 / 1.000 / 1.000 and 0 of 313 once a microdata headline is the headline, a title loses the site's name
    beside it, teaser `<article>` cards go and three kinds of chrome are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_4)
    assert pages == 29
    assert saga["article_sentences_kept"] >= 1.0 > trafilatura["article_sentences_kept"] >= 0.96
    assert saga["chrome_snippets_kept_out"] >= 1.0 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0
    assert outside <= 0.0


@pytest.mark.django_db
def test_eval_html_pages5_keeps_the_article_and_leaves_the_chrome():
    """The fifth batch, written blind and mostly not French (evaluation/data/html_pages5.md), measured once on
    commit 018db5d: Saga read its 2 French pages only and refused the 22 others (English, German, Spanish,
    Italian, Portuguese: it reads French only); on the 2, Saga 1.000 / 0.892 / 1.000 with 2 of 18 claims
    outside the article, plain trafilatura 1.000 / 0.568 / 1.000; 1.000 / 1.000 / 1.000 and 0 of 16 once a
    byline sharing its line with two dates and an infinite scroll's "Article suivant" are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_5)
    assert pages == 2
    assert saga["article_sentences_kept"] >= 1.0
    assert saga["chrome_snippets_kept_out"] >= 1.0 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0
    assert outside <= 0.0


@pytest.mark.django_db
def test_eval_html_pages5_read_as_french_keeps_the_article_of_every_language():
    """The same 24 pages, every one read as French (`annotate --lang fr`, what a page declared French is read
    as): Saga 0.960 / 0.984 / 1.000 with 8 of 235 claims outside the article before this batch's corrections,
    0.960 / 0.991 / 1.000 and 6 of 233 after, plain trafilatura 0.960 / 0.901 / 0.917. The French rules keep
    the other languages' chrome out as well as trafilatura's choice of blocks does, and better; the sentences
    Saga drops there are English lines its French rules read as boilerplate (evaluation/README.md)."""
    pages, saga, trafilatura, outside = figures_of(PAGES_5, "fr")
    assert pages == 24
    assert saga["article_sentences_kept"] >= 0.95
    assert saga["chrome_snippets_kept_out"] >= 0.99 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0 > trafilatura["headlines"]
    assert outside <= 0.03


@pytest.mark.django_db
def test_eval_html_pages6_keeps_the_article_and_leaves_the_chrome():
    """The sixth batch, written blind (evaluation/data/html_pages6.md: France, Belgium, Switzerland, Québec,
    Africa), measured once on commit c456b73: Saga 1.000 / 0.966 / 1.000 with 8 of 130 claims outside the
    article, plain trafilatura 0.965 / 0.864 / 0.733; 1.000 / 0.997 / 1.000 and 1 of 125 once a print view's
    one-column table, the site's name alone under a signature, a wire story's unread notice and a practical
    line ending on the number to book are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_6)
    assert pages == 15
    assert saga["article_sentences_kept"] >= 1.0 > trafilatura["article_sentences_kept"] >= 0.96
    assert saga["chrome_snippets_kept_out"] >= 0.997 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0 > trafilatura["headlines"]
    assert outside <= 0.01


@pytest.mark.django_db
def test_eval_html_pages7_keeps_the_article_and_leaves_the_chrome():
    """The seventh batch, written blind (evaluation/data/html_pages7.md: live blogs, AMP, bodies cut by boxes,
    dispatches, podcasts, galleries, comments; France, Belgium, Switzerland, Québec, Luxembourg, Haiti, Africa),
    measured once on commit b11a63f: Saga 0.889 / 0.948 / 1.000 with 36 of 208 claims outside the article, plain
    trafilatura 0.958 / 0.758 / 0.720; 0.958 / 0.995 / 1.000 and 13 of 198 once a live post with a title is no
    teaser, the lost standfirst stops at the body's own text and the chrome of galleries, transcripts, dispatches,
    sponsored boxes and paywall filler is known; 0.979 once the body's half folded by `max-height:0; overflow:hidden`
    is shown (html_article_end, review of html15). The sentences left are trafilatura's losses."""
    pages, saga, trafilatura, outside = figures_of(PAGES_7)
    assert pages == 25
    assert saga["article_sentences_kept"] >= 0.97
    assert saga["chrome_snippets_kept_out"] >= 0.99 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0 > trafilatura["headlines"]
    assert outside <= 0.07


@pytest.mark.django_db
def test_eval_html_pages8_keeps_the_article_and_leaves_the_chrome():
    """The eighth batch, written blind (evaluation/data/html_pages8.md: the markup of WordPress and Jetpack, a
    blog's comments, Drupal, Next.js- and Arc-like divs with JSON-LD, Ghost, the State's design system, a table, a
    paywall teaser, nested figures), measured once on commit 8730443: Saga 1.000 / 0.994 / 1.000 with 2 of 117
    claims outside the article, plain trafilatura 0.965 / 0.931 / 0.917; 1.000 / 1.000 / 1.000 and none outside
    once a sign-up card's promise that one can leave and a look-up offered for the reader's town are chrome."""
    pages, saga, trafilatura, outside = figures_of(PAGES_8)
    assert pages == 12
    assert saga["article_sentences_kept"] >= 1.0 > trafilatura["article_sentences_kept"] >= 0.95
    assert saga["chrome_snippets_kept_out"] >= 1.0 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0 > trafilatura["headlines"]
    assert outside <= 0.01


@pytest.mark.django_db
def test_eval_html_pages9_keeps_the_article_and_leaves_the_chrome():
    """The ninth batch, written blind (evaluation/data/html_pages9.md: furniture inside the body, a paywall, a
    mid-body newsletter, a gallery, tables, embedded tweets, footnotes, a live blog of divs, a `<br>` body,
    several `<article>`s, cookie walls, comments, an iso-8859-1 declaration), measured once on commit a0da318:
    Saga 1.000 / 0.994 / 1.000 with 1 of 110 claims outside the article, plain trafilatura 0.971 / 0.842 /
    1.000; with the gold's footnote calls out of their sentences (Saga's once-output then 0.971, "des années
    19601."), 1.000 / 1.000 / 1.000 and none outside once the calls linking to a note of the page are dropped
    and a newsletter's promise with its day first is chrome; trafilatura 0.942 / 0.842 / 1.000."""
    pages, saga, trafilatura, outside = figures_of(PAGES_9)
    figures = ("article_sentences_kept", "chrome_snippets_kept_out", "headlines")
    assert (pages, [saga[name] for name in figures], outside) == (12, [1.0, 1.0, 1.0], 0.0)
    # trafilatura alone glues the footnote calls to their sentences and keeps the walls and boxes
    assert 0.9 <= trafilatura["article_sentences_kept"] < 1.0 and trafilatura["chrome_snippets_kept_out"] < 0.9


@pytest.mark.django_db
def test_eval_html_pages10_keeps_the_article_and_leaves_the_chrome():
    """The tenth batch, written blind (evaluation/data/html_pages10.md: reactions and related lists inside the
    article, a consent `<dialog>`, `<div>` paragraphs, a `pdftohtml` bulletin, a live score widget and a match sheet, a
    sidebar before the article, `<noscript>`, a `<template>` paywall, hidden drop caps, a web radio, a club's site, an
    NGO's release), measured once on commit 882e698: Saga 0.891 / 0.974 / 0.917 with 9 of 109 claims outside the
    article, plain trafilatura 0.960 / 0.848 / 0.917; 1.000 / 0.985 / 1.000 and 5 of 107 outside (the bulletin's next
    page) once a converted PDF's lines are joined, a hidden drop cap shown, a box's loose buttons set apart, "Lire
    aussi" as a comparative read as prose and a match sheet's and a theme tune's lines read as chrome."""
    pages, saga, trafilatura, outside = figures_of(PAGES_10)
    assert pages == 12
    assert saga["article_sentences_kept"] >= 1.0 > trafilatura["article_sentences_kept"] >= 0.95
    assert saga["chrome_snippets_kept_out"] >= 0.98 > trafilatura["chrome_snippets_kept_out"]
    assert saga["headlines"] >= 1.0 > trafilatura["headlines"]
    assert outside <= 0.05


@pytest.mark.django_db
def test_eval_html_pages11_keeps_the_article_and_leaves_the_chrome():
    """The eleventh batch, written blind (evaluation/data/html_pages11.md: an updates block, a reprinted wire story, a
    long read with pull quotes, a court report's page 2 in dialogue, comments with votes, links inside paragraphs, a
    body in JSON-LD only, a Word paste in a frame table, a Wayback Machine copy, a buying guide, embeds under a labelled
    `<h1>`, a machine-made summary), measured once on commit a89b524: Saga 1.000 / 0.920 / 0.917 with 14 of 177 claims
    outside the article, plain trafilatura 1.000 / 0.748 / 0.833; 1.000 / 1.000 / 1.000 and none outside once a frame
    table, typed bullets, a labelled promotion, a label in the `<h1>`, a bracketed pointer, a signature block's lines,
    two byline shapes, an "Autres articles" label and a tester's bio are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_11)
    figures = ("article_sentences_kept", "chrome_snippets_kept_out", "headlines")
    assert (pages, [saga[name] for name in figures], outside) == (12, [1.0, 1.0, 1.0], 0.0)
    assert trafilatura["chrome_snippets_kept_out"] < 0.8 and trafilatura["headlines"] < 1.0


@pytest.mark.django_db
def test_eval_html_pages12_keeps_the_article_and_leaves_the_chrome():
    """The twelfth batch, written blind (evaluation/data/html_pages12.md: a body in paragraph `<div>`s between ads, a
    newest-first live blog, "En bref" asides, `og:title`s unlike the `<h1>`, a teaser `<article>` with the body apart,
    `<aside>` pull quotes, a radio transcript, `<sup>` footnote calls, a `<main>` of sections, a mobile site, a print
    template, Belgian, Swiss, Québec, Senegalese and Cameroonian sites), measured once on commit 6c106e4: Saga 0.985 /
    0.981 / 0.917 with 3 of 136 claims outside the article, plain trafilatura 0.955 / 0.870 / 0.500; 1.000 / 1.000 /
    1.000 and none outside once a print template's title `<div>`, a meta `<div>` that is no standfirst, a byline
    glued to its reading time and two self-references ("réalisée", "Ce reportage est paru dans le numéro") are known."""
    pages, saga, trafilatura, outside = figures_of(PAGES_12)
    figures = ("article_sentences_kept", "chrome_snippets_kept_out", "headlines")
    assert (pages, [saga[name] for name in figures], outside) == (12, [1.0, 1.0, 1.0], 0.0)
    assert trafilatura["chrome_snippets_kept_out"] < 0.9 and trafilatura["headlines"] < 0.6


@pytest.mark.django_db
def test_eval_html_pages13_keeps_the_article_and_leaves_the_chrome():
    """The thirteenth batch, written blind (evaluation/data/html_pages13.md: a paywalled page's whole body in its
    JSON-LD, a body in `<section>`s between ads, a gallery with long captions, related links and a card link inside
    the body, a timed live blog, a results table, a republished piece with a disclosure box and bracketed notes, pull
    quotes, comments, an AMP page with its consent banner, an interview, an explainer in `<details>`), measured once
    on commit 9103a9e: Saga 0.918 / 0.977 / 1.000 with 4 of 111 claims outside the article, plain trafilatura 0.900 /
    0.912 / 0.667; 0.991 / 1.000 / 1.000 and none outside once a paywall's JSON-LD body, a card link, a box under a
    short heading and a gallery's long captions are known (a bold one-line question of an interview still reads as a
    heading)."""
    pages, saga, trafilatura, outside = figures_of(PAGES_13)
    figures = ("article_sentences_kept", "chrome_snippets_kept_out", "headlines")
    assert (pages, [round(saga[name], 3) for name in figures], outside) == (12, [0.991, 1.0, 1.0], 0.0)
    assert trafilatura["article_sentences_kept"] < 0.95 and trafilatura["headlines"] < 0.7


@pytest.mark.django_db
def test_eval_html_pages14_keeps_the_article_and_leaves_the_chrome():
    """The fourteenth batch, written blind (evaluation/data/html_pages14.md: a body of inline-styled `<div>`s, a
    headline only in the `<title>`, `<br><br>` inside `<p>`s, sidebars before the body, iframe fallbacks, web
    components with shadow roots, share counts, a pdf2htmlEX bulletin, a forum thread, Arabic ads, a live blog oldest
    first, a Word paste under a rubric `<h1>`), measured once on commit bf29eb5f: Saga 0.862 / 0.979 / 0.917 with 3 of
    112 claims outside the article, plain trafilatura 0.940 / 0.862 / 0.750; 1.000 / 0.996 / 1.000 and 1 of 121
    outside once custom elements standing as blocks, a pdf2htmlEX page's lines and a forum post's signature are read
    (a bold dateline paragraph, "Kinshasa, le 7 décembre 2026", is still a claim)."""
    pages, saga, trafilatura, outside = figures_of(PAGES_14)
    assert pages == 12
    assert saga["article_sentences_kept"] >= 0.99 and saga["chrome_snippets_kept_out"] >= 0.99
    assert saga["headlines"] >= 0.99 and outside <= 0.01
    assert trafilatura["article_sentences_kept"] < 0.95 and trafilatura["chrome_snippets_kept_out"] < 0.9
    assert trafilatura["headlines"] < 0.8


@pytest.mark.django_db
def test_eval_html_pages15_keeps_the_article_and_leaves_the_chrome():
    """The fifteenth batch, written blind (evaluation/data/html_pages15.md: WordPress, Drupal and AMP pages, consent
    banners, a paywalled page whose body is in a JSON-LD `@graph`, a live blog, a subscribers' rest hidden by style,
    readers' reactions inside `<article>`, a `<br>` body, tables, embeds), measured once on commit 44e358ad: Saga
    0.953 / 0.975 / 0.917 with 10 of 137 claims outside the article, plain trafilatura 0.866 / 0.841 / 0.417; 1.000 /
    0.993 / 1.000 and 1 of 134 outside once a headline is no longer taken for the site's name, a label the `<title>`
    keeps is left out of the headline, a hidden rest is shown and a comment section headed by its count is dropped (a
    meta line's leftover, "Koffi Éric Yao | 5 réactions", is still a claim)."""
    pages, saga, trafilatura, outside = figures_of(PAGES_15)
    assert pages == 12
    assert saga["article_sentences_kept"] >= 0.99 and saga["chrome_snippets_kept_out"] >= 0.985
    assert saga["headlines"] >= 0.99 and outside <= 0.015
    assert trafilatura["article_sentences_kept"] < 0.9 and trafilatura["chrome_snippets_kept_out"] < 0.9
    assert trafilatura["headlines"] < 0.5
