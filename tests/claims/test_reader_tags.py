"""Template helpers of the reader pages (claims/templatetags/reader_tags.py)."""

from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.autoreload import file_changed
from lxml import html as lxml_html

from claims.templatetags import reader_tags
from claims.templatetags.reader_tags import verdict_label, web_url


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=1", "http://example.org", "HTTPS://EXAMPLE.ORG/"],
)
def test_web_url_keeps_http_links(url):
    assert web_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "ftp://example.org/file",
        "vbscript:msgbox(1)",
        "",
    ],
)
def test_web_url_drops_every_other_scheme(url):
    assert web_url(url) == ""


def test_verdict_tag_shows_the_translated_word_with_its_verdict():
    template = Template('{% load reader_tags %}{% verdict_tag "disputed" %}')
    with translation.override("fr"):
        html = template.render(Context())
    (tag,) = lxml_html.fragment_fromstring(html, create_parent="p").xpath("./span")
    assert (tag.get("class"), tag.get("data-verdict"), tag.text_content()) == ("verdict-tag", "disputed", " contesté")


def test_verdict_tag_follows_the_language_from_one_render_to_the_next():
    """Each verdict's tag is rendered once per language in a process: never the other language's."""
    template = Template('{% load reader_tags %}{% verdict_tag "sourced" %}{% verdict_tag "unverified" %}')
    words = []
    for language in ("fr", "en", "fr"):
        with translation.override(language):
            html = template.render(Context())
        words.append(
            [tag.text_content() for tag in lxml_html.fragment_fromstring(html, create_parent="p").xpath("./span")]
        )
    assert words == [[" sourcé", " non vérifié"], [" sourced", " unverified"], [" sourcé", " non vérifié"]]


def test_an_edited_template_renders_the_tags_again_in_development(monkeypatch):
    """runserver's reloader says a file changed: after a template's edit the tags are rendered
    again (not a Python file's: the server restarts for those)."""
    renders = []
    monkeypatch.setattr(reader_tags, "render_to_string", lambda *args: renders.append(args) or "<span></span>")
    reader_tags._verdict_tag.cache_clear()
    template = Template('{% load reader_tags %}{% verdict_tag "sourced" %}')
    with translation.override("fr"):
        template.render(Context())
        template.render(Context())
        assert len(renders) == 1
        file_changed.send(sender=None, file_path=Path("claims/templates/claims/_verdict_tag.html"))
        template.render(Context())
        assert len(renders) == 2
        file_changed.send(sender=None, file_path=Path("claims/models.py"))
        template.render(Context())
        assert len(renders) == 2
    reader_tags._verdict_tag.cache_clear()  # the next test's tags are the real template's


def test_verdict_tag_of_an_unknown_verdict_is_an_error():
    with pytest.raises(ValueError, match="not a valid Verdict"):
        Template('{% load reader_tags %}{% verdict_tag "maybe" %}').render(Context())


@pytest.mark.parametrize(("language", "word"), [("fr", "non vérifié"), ("en", "unverified")])
def test_verdict_label_follows_the_language(language, word):
    with translation.override(language):
        assert verdict_label("unverified") == word
