"""Reading input files: decoding, format, front matter, HTML extraction and bad input."""

import codecs
from datetime import date

import pytest
from django.utils import translation

from annotations.documents import (
    DocumentError,
    detect_format,
    parse_front_matter,
    read_document,
)
from annotations.entity_file import parse_entity_file
from annotations.languages import guess_language

FRENCH = "Le conseil municipal a voté le budget de la ville pour les deux années qui viennent.\n"
ENGLISH = "The city council voted the budget of the town for the two years that are to come.\n"


@pytest.fixture(autouse=True)
def in_english():
    """The messages are translated (the admin shows them); these tests read the English ones."""
    with translation.override("en"):
        yield


def test_read_document_keeps_plain_text_as_read():
    document = read_document(FRENCH.encode(), name="budget.txt")
    assert (document.text, document.fmt, document.language) == (FRENCH, "text", "fr")


def test_read_document_reads_markdown_front_matter():
    text = '---\ntitle: "Le budget"\ndate: 2024-03-05\nurl: https://exemple.fr/budget\nlang: fr\n---\n' + FRENCH
    document = read_document(text.encode(), name="budget.md")
    assert document.text == text  # offsets index the file, front matter included
    assert (document.fmt, document.title, document.published) == ("markdown", "Le budget", date(2024, 3, 5))
    assert document.url == "https://exemple.fr/budget"


def test_read_document_extracts_the_main_text_of_html_as_markdown():
    html = (
        '<!DOCTYPE html><html lang="fr"><head><title>Le budget</title>'
        '<meta name="date" content="2024-03-05"></head><body><nav>Accueil &gt; Ville</nav>'
        "<article><h1>Le budget de la ville</h1><p>Le conseil municipal a voté le budget de la ville "
        "pour les deux années qui viennent, après un long débat.</p><h2>Les détails</h2>"
        "<p>Les impôts locaux ne changent pas, selon le maire de la ville.</p></article>"
        "<footer>Tous droits réservés</footer></body></html>"
    )
    document = read_document(html.encode(), name="page.html")
    assert (document.fmt, document.source_format) == ("markdown", "html")
    assert "# Le budget de la ville" in document.text and "## Les détails" in document.text
    assert "Accueil" not in document.text
    assert document.published == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.md", "plain", "markdown"),
        ("a.HTML", "plain", "html"),
        ("a.txt", "<html><body>x</body></html>", "html"),  # a page saved as .txt
        ("a.txt", "Le <b>gras</b> et <html> dans une phrase.", "text"),  # markup inside text is text
        ("", "<!doctype html><html></html>", "html"),
        ("", "# Titre\n\nTexte.", "markdown"),
        ("", "---\ntitle: x\n---\nTexte.", "markdown"),
        ("", "Un texte simple.", "text"),
    ],
)
def test_detect_format_uses_the_page_then_the_name_then_the_content(name, text, expected):
    assert detect_format(name, text) == expected


def test_parse_front_matter_needs_the_opening_line():
    assert parse_front_matter("Texte\n---\ntitle: x\n---\n") is None
    front = parse_front_matter("---\ntitle: x\n---\nTexte")
    assert front.fields == {"title": "x"} and front.end == len("---\ntitle: x\n---\n")


def test_guess_language_tells_french_from_english():
    assert (guess_language(FRENCH), guess_language(ENGLISH), guess_language("OK")) == ("fr", "en", None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "document is empty"),
        (b"  \n\t\n", "document is empty"),
        (b"abc\x00def", "binary data, not text (NUL byte at byte offset 3)"),
        ("Le maire a parlé.".encode("utf-16"), "UTF-16 text, not UTF-8: save it as UTF-8"),
        ("Le maire a parlé.".encode("utf-16-be"), "binary data, not text (NUL byte at byte offset 0)"),
        (codecs.BOM_UTF16_BE + "Le maire a parlé.".encode("utf-16-be"), "UTF-16 text, not UTF-8"),
        ("Le maire a parlé.".encode("utf-32"), "UTF-32 text, not UTF-8: save it as UTF-8"),
        (bytes(range(1, 32)) * 4, "binary data, not text"),
        ("Le café".encode() + b"\xff reste", "invalid UTF-8 at byte offset 8"),
        (b"x" * 101, "document is 101 bytes, over the limit of 100 bytes"),
        (ENGLISH.encode(), "unsupported language 'en': supported languages are fr"),
        (b"---\ntitle: x\n---\n  \n", "document is empty"),
        (b"---\ndate: demain\n---\n" + FRENCH.encode(), "front matter date 'demain' is not a date"),
        (b"---\ndate: 2025-04-10xyz\n---\n" + FRENCH.encode(), "front matter date '2025-04-10xyz' is not a date"),
        (b"---\ntitle: Sans fin\ndate: 2025-04-10\n" + FRENCH.encode(), "front matter opened by --- on the first line"),
        (b"---\ntitle: Sans fin\n\n" + FRENCH.encode(), "front matter opened by --- on the first line"),
        (b"---\n\nAuthor: Paul Durand\n" + FRENCH.encode(), "front matter opened by --- on the first line"),
        (
            b"---\n# export\nurl: https://exemple.fr/a\n" + FRENCH.encode(),
            "front matter opened by --- on the first line",
        ),
    ],
)
def test_read_document_refuses_bad_input_with_one_clear_line(data, message):
    with pytest.raises(DocumentError) as caught:
        read_document(
            data,
            name="article.txt" if b"---" not in data else "article.md",
            max_bytes=100 if len(data) == 101 else 10_000,
        )
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="windows-1252">', "windows-1252"),
        (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
        (b'<?xml version="1.0" encoding="iso-8859-15"?><html><head>', "iso-8859-15"),
    ],
)
def test_read_document_names_the_charset_a_page_declares_when_it_is_not_utf8(head, charset):
    data = head + "<title>Été</title></head><body><p>Le café du marché a fermé.</p></body></html>".encode("cp1252")
    with pytest.raises(DocumentError) as caught:
        read_document(data, name="page.html")
    assert str(caught.value) == (
        f"invalid UTF-8 at byte offset {len(head) + 7} (byte 0xc9): the document declares {charset}; save it as UTF-8"
    )


def test_read_document_says_nothing_of_a_declared_utf8_charset():
    data = '<meta charset="utf-8"><p>Le café</p>'.encode() + b"\xff"
    with pytest.raises(DocumentError) as caught:
        read_document(data, name="page.html")
    assert str(caught.value).endswith("(byte 0xff)")


def test_read_document_refuses_a_declared_unsupported_language():
    with pytest.raises(DocumentError, match="unsupported language 'de': supported languages are fr, en"):
        read_document(FRENCH.encode(), languages={"fr": "fr_core_news_sm", "en": "en_core_web_sm"}, language="de")


def test_read_document_refuses_html_without_main_text():
    with pytest.raises(DocumentError, match="no main text"):
        read_document(
            b"<html><head><title>x</title></head><body><script>var x;</script></body></html>", name="page.html"
        )


def test_parse_entity_file_maps_names_and_aliases_to_the_entity():
    data = b'[{"name": "Jean Dupont", "kind": "PER", "aliases": ["Dupont", "J. Dupont"], "wikidata": "Q1"}]'
    assert parse_entity_file(data) == {
        "Jean Dupont": ("Jean Dupont", "PER"),
        "Dupont": ("Jean Dupont", "PER"),
        "J. Dupont": ("Jean Dupont", "PER"),
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{", "not valid JSON"),
        (b'{"name": "x"}', "must hold a JSON list"),
        (b'[{"kind": "PER"}]', 'entry 1: needs a non-empty "name"'),
        (b'[{"name": "X", "kind": "DATE"}]', 'entry 1: "kind" must be one of PER, ORG, LOC, MISC'),
        (b'[{"name": "X", "kind": "ORG", "aliases": "Y"}]', 'entry 1: "aliases" must be a list'),
        (
            b'[{"name": "X", "kind": "ORG"}, {"name": "Y", "kind": "PER", "alias": ["Z"]}]',
            'entry 2: unknown field "alias" \\(fields: name, kind, aliases, wikidata\\)',
        ),
    ],
)
def test_parse_entity_file_refuses_malformed_files(data, message):
    with pytest.raises(DocumentError, match=message):
        parse_entity_file(data)


def test_parse_entity_file_reads_every_field_it_documents():
    data = b'[{"name": "Ville de Lyon", "kind": "ORG", "aliases": ["Lyon"], "wikidata": "Q456"}]'
    assert parse_entity_file(data) == {"Ville de Lyon": ("Ville de Lyon", "ORG"), "Lyon": ("Ville de Lyon", "ORG")}


HTML_WITH_AUTHOR = (
    '<!DOCTYPE html><html lang="fr"><head><title>Le budget | La Gazette</title>'
    '<meta name="author" content="Jeanne Martin">'
    '<meta property="og:site_name" content="La Gazette du Centre"></head><body>'
    "<article><h1>Le budget de la ville</h1><p>Le conseil municipal a voté le budget de la ville "
    "pour les deux années qui viennent, après un long débat.</p></article></body></html>"
)


def test_read_document_reads_html_author_and_publisher():
    document = read_document(HTML_WITH_AUTHOR.encode(), name="page.html")
    assert (document.author, document.publisher) == ("Jeanne Martin", "La Gazette du Centre")
    assert document.warnings == ()


def test_read_document_reads_front_matter_author_and_publisher():
    text = "---\ntitle: Le budget\nauthor: Paul Durand\npublisher: Le Courrier\n---\n" + FRENCH
    document = read_document(text.encode(), name="budget.md")
    assert (document.author, document.publisher) == ("Paul Durand", "Le Courrier")


def test_read_document_warns_when_forced_french_text_looks_english():
    text = ENGLISH * 3
    document = read_document(text.encode(), name="budget.txt", language="fr")
    assert document.language == "fr" and document.text == text  # still read as asked
    assert len(document.warnings) == 1
    assert "does not look French" in document.warnings[0] and "English" in document.warnings[0]


def test_read_document_does_not_warn_on_french_text_with_some_english():
    text = FRENCH * 3 + "The show must go on, said the mayor.\n"
    assert read_document(text.encode(), name="budget.txt", language="fr").warnings == ()


def test_read_document_warns_when_html_declared_french_is_english():
    html = HTML_WITH_AUTHOR.replace(
        "Le conseil municipal a voté le budget de la ville pour les deux années qui viennent, après un long débat.",
        ENGLISH.strip() + " " + ENGLISH.strip() + " It was a long debate with the mayor and the council.",
    )
    document = read_document(html.encode(), name="page.html")
    assert document.language == "fr" and "does not look French" in document.warnings[0]


def test_read_document_reads_a_page_saved_as_text_as_html_and_says_so():
    page = (
        "<!doctype html><html lang='fr'><head><title>Le budget</title></head><body><nav>Accueil</nav>"
        "<article><h1>Le budget de la ville</h1><p>" + FRENCH.strip() + "</p></article></body></html>"
    )

    document = read_document(page.encode(), name="page.txt")

    assert (document.source_format, document.title) == ("html", "Le budget de la ville")
    assert "<" not in document.text and "Accueil" not in document.text
    assert any("its name says text, but it holds an HTML page" in warning for warning in document.warnings)
    forced = read_document(page.encode(), name="page.txt", fmt="text")  # the format given wins
    assert forced.source_format == "text" and not forced.warnings


def test_read_document_takes_front_matter_dates_with_their_time():
    for value in ("2025-04-10", "2025-04-10T09:30:00+02:00", "2025-04-10 09:30:00 +0200", "2025-04-10 09:30"):
        document = read_document(f"---\ndate: {value}\n---\n{FRENCH}".encode(), name="a.md")
        assert document.published == date(2025, 4, 10), value


def test_read_document_keeps_a_markdown_rule_at_the_start_as_text():
    text = "---\n" + FRENCH + "\n---\n"  # a rule before a paragraph, no "key: value"
    assert read_document(text.encode(), name="a.md").text == text
    labelled = "---\nNote : le conseil a voté hier.\n\n" + FRENCH  # a rule, then a paragraph opening on a label
    document = read_document(labelled.encode(), name="a.md")
    assert (document.text, document.title) == (labelled, None)
    empty = "---\ntitle:\n\n" + FRENCH  # a field name with nothing after it: no field to read
    assert read_document(empty.encode(), name="a.md").text == empty


@pytest.mark.parametrize("name", ["a.md", ""])
def test_read_document_refuses_an_unclosed_front_matter_of_one_field_not_a_rule(name):
    with pytest.raises(DocumentError, match="not closed"):
        read_document(("---\ntitle: Sans fin\n\n" + FRENCH).encode(), name=name)
    rule = "---\n" + FRENCH
    assert read_document(rule.encode(), name=name).text == rule


def test_read_document_leaves_a_text_file_opening_on_a_field_as_text():
    text = "---\ntitle: Sans fin\n\n" + FRENCH  # a .txt's front matter is text, closed or not
    assert read_document(text.encode(), name="a.txt").text == text


def test_front_matter_may_open_on_comments_and_end_lines_the_windows_way():
    commented = parse_front_matter("---\n# exporté par le CMS\ntitle: Le budget\n---\nTexte")
    assert commented.fields == {"title": "Le budget"}
    assert parse_front_matter("---\n# Un titre\n\nTexte\n---\n") is None  # a rule, a heading: no front matter
    crlf = "---\r\ntitle: Le budget\r\ndate: 2025-04-10\r\n---\r\n" + FRENCH
    assert detect_format("", crlf) == "markdown"  # standard input: its content says its format
    assert read_document(crlf.encode()).published == date(2025, 4, 10)


def test_read_document_takes_an_html_date_from_the_markup_not_from_a_year_in_the_text():
    body = "<h1>Le budget de la ville</h1><p>Le conseil a voté hier le budget, comme en 1998, après un long débat.</p>"
    undated = read_document(f"<html lang='fr'><body><article>{body}</article></body></html>".encode(), name="a.html")
    dated = read_document(
        f"<html lang='fr'><head><meta property='article:published_time' content='2025-03-04T10:00:00+01:00'></head>"
        f"<body><article>{body}</article></body></html>".encode(),
        name="a.html",
    )
    assert (undated.published, dated.published) == (None, date(2025, 3, 4))


def test_parse_entity_file_says_an_empty_file_is_an_empty_entity_file():
    with pytest.raises(DocumentError, match="entity file is empty: it must hold a JSON list of entities"):
        parse_entity_file(b" \n")


def test_a_utf16_file_is_refused_in_french_for_a_french_user():
    with translation.override("fr"), pytest.raises(DocumentError) as caught:
        read_document("Le maire a parlé.".encode("utf-16"), name="article.txt")
    assert str(caught.value) == "texte UTF-16, pas UTF-8\u00a0: enregistrez-le en UTF-8"


def test_read_document_names_the_declared_charset_in_french():
    data = b'<meta charset="windows-1252"><p>Le caf\xe9 du march\xe9 a ferm\xe9.</p>'
    with translation.override("fr"), pytest.raises(DocumentError) as caught:
        read_document(data, name="page.html")
    assert str(caught.value) == (
        "UTF-8 invalide à la position 38 (octet 0xe9)\u00a0: le document déclare windows-1252\u00a0; "
        "enregistrez-le en UTF-8"
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "document is 1,001 bytes, over the limit of 1,000 bytes"),
        # French groups digits with a space: "2,280,007 octets" read as English in a French line.
        ("fr", "le document fait 1\u00a0001 octets, au-delà de la limite de 1\u00a0000 octets"),
    ],
)
def test_read_document_writes_sizes_as_the_language_groups_digits(language, message):
    with translation.override(language), pytest.raises(DocumentError) as caught:
        read_document(b"x" * 1001, name="article.txt", max_bytes=1000)
    assert str(caught.value) == message
