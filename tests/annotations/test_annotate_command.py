"""`manage.py annotate`: the JSON contract, several files, and one clear line on bad input."""

import io
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (
    "Un tramway pour la ville\n\nLe maire Jean Dupont a inauguré hier la ligne, qui a coûté 45 millions d'euros.\n"
)


def annotate(*args) -> str:
    out = StringIO()
    call_command("annotate", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "tram.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_annotate_prints_the_json_contract(article):
    data = json.loads(annotate(article, "--published", "2024-06-12"))
    assert set(data) == {"language", "title", "blocks", "claims", "entities", "dates", "money", "quantities"}
    assert data["title"] == "Un tramway pour la ville"
    assert [d["value"] for d in data["dates"]] == ["2024-06-11"]
    assert [(m["min"], m["currency"]) for m in data["money"]] == [(45_000_000, "EUR")]
    for claim in data["claims"]:
        assert ARTICLE[claim["start"] : claim["end"]] == claim["text"]


def test_annotate_takes_the_publication_date_from_front_matter(tmp_path):
    path = tmp_path / "tram.md"
    path.write_text("---\ntitle: Le tram\ndate: 2024-06-12\n---\n" + ARTICLE, encoding="utf-8")
    data = json.loads(annotate(path))
    assert data["title"] == "Le tram"
    assert [d["value"] for d in data["dates"]] == ["2024-06-11"]


def test_annotate_prints_one_line_per_file_in_jsonl(article, tmp_path):
    other = tmp_path / "autre.txt"
    other.write_text("La mairie a voté le budget en 2023.\n", encoding="utf-8")
    lines = annotate(article, other, "--format", "jsonl").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(article), str(other)]
    assert json.loads(lines[1])["dates"][0]["value"] == "2023"


def test_annotate_prints_a_readable_text_report(article):
    report = annotate(article, "--format", "text", "--published", "2024-06-12")
    assert "Le maire Jean Dupont a inauguré hier" in report
    assert "DATE hier = 2024-06-11" in report
    assert "MONEY 45 millions d'euros = 45000000 EUR" in report


def test_annotate_applies_an_alias_file(article, tmp_path):
    aliases = tmp_path / "entities.json"
    aliases.write_text('[{"name": "Jean-Pierre Dupont", "kind": "PER", "aliases": ["Jean Dupont"]}]')
    entities = json.loads(annotate(article, "--aliases", aliases))["entities"]
    assert ("Jean Dupont", "PER", "Jean-Pierre Dupont") in {(e["text"], e["label"], e["canonical"]) for e in entities}


def bad_input(tmp_path, content: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "document is empty"),
        (b" \n\n\t", "document is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
        ("Le café".encode() + b"\xc3\x28 est froid", "invalid UTF-8 at byte offset 8"),
        (b"The council voted the budget of the town for the two years that are to come.", "unsupported language 'en'"),
    ],
)
def test_annotate_refuses_bad_input(tmp_path, content, message, capsys):
    path = bad_input(tmp_path, content)
    with pytest.raises(CommandError, match=message) as caught:
        annotate(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)
    assert capsys.readouterr().out == ""


def test_annotate_refuses_a_file_over_the_size_limit(tmp_path, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 50
    with pytest.raises(CommandError, match="over the limit of 50 bytes"):
        annotate(bad_input(tmp_path, ARTICLE.encode()))


def test_annotate_refuses_an_unsupported_declared_language(article):
    with pytest.raises(CommandError, match="unsupported language 'de': supported languages are fr"):
        annotate(article, "--lang", "de")


def test_annotate_refuses_bad_options(article, tmp_path):
    with pytest.raises(CommandError, match="--published must be a date"):
        annotate(article, "--published", "hier")
    with pytest.raises(CommandError, match="cannot read"):
        annotate(tmp_path / "missing.txt")
    with pytest.raises(CommandError, match="not valid JSON"):
        annotate(article, "--aliases", bad_input(tmp_path, b"[{", "aliases.json"))
    with pytest.raises(CommandError, match="--published 2025-02-30: that date does not exist"):
        annotate(article, "--published", "2025-02-30")
    with pytest.raises(CommandError, match="entity file is empty"):
        annotate(article, "--aliases", bad_input(tmp_path, b"", "empty.json"))


def test_annotate_refuses_a_file_of_a_format_it_does_not_read_as_ingest_does(tmp_path):
    pdf = bad_input(tmp_path, b"%PDF-1.4 Le maire a inaugure la ligne.", "rapport.pdf")
    with pytest.raises(CommandError, match=r"rapport.pdf: \.pdf is not a format annotate reads: \.txt"):
        annotate(pdf)
    dated = bad_input(tmp_path, ARTICLE.encode(), "2025.05.03-tram")  # a dot in a name is no extension
    assert json.loads(annotate(dated))["title"] == "Un tramway pour la ville"


def test_annotate_reads_an_html_page_from_standard_input(monkeypatch):
    page = f"<!doctype html><html lang='fr'><body><article><h1>Un tramway pour la ville</h1><p>{ARTICLE.splitlines()[2]}</p></article></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    data = json.loads(annotate("-"))
    assert data["title"] == "Un tramway pour la ville" and "<" not in data["body"]
    assert [m["min"] for m in data["money"]] == [45_000_000]


def test_annotate_prints_nothing_when_one_file_of_several_is_bad(article, tmp_path):
    out = StringIO()
    with pytest.raises(CommandError, match="document is empty"):
        call_command("annotate", str(article), str(bad_input(tmp_path, b"")), stdout=out)
    assert out.getvalue() == ""


def test_annotate_exits_non_zero_with_one_line_on_stderr(tmp_path):
    path = bad_input(tmp_path, b"abc\x00def")
    result = subprocess.run(
        [sys.executable, "manage.py", "annotate", str(path)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"CommandError: {path}: binary data, not text (NUL byte at byte offset 3)"
    ]


def test_annotate_warns_on_stderr_when_forced_french_text_looks_english(tmp_path):
    path = tmp_path / "tram.txt"
    path.write_text(
        "A tramway for the city\n\nThe mayor said that the line, which is the longest of the region, "
        "was opened on Monday and that it was paid for by the state.\n",
        encoding="utf-8",
    )
    out, err = StringIO(), StringIO()
    call_command("annotate", str(path), "--lang", "fr", stdout=out, stderr=err)
    assert json.loads(out.getvalue())["language"] == "fr"  # analysed all the same
    assert err.getvalue().startswith(f"{path}: warning: the text does not look French")


def test_annotate_an_html_page_gives_the_text_its_offsets_index(tmp_path):
    page = tmp_path / "tram.html"
    page.write_text(
        "<html><head><title>Un tramway pour la ville</title><meta name='description' content='x'></head><body>"
        "<nav><a href='/'>Accueil</a></nav><article><h1>Un tramway pour la ville</h1>"
        "<p>Le maire Jean Dupont a inauguré hier la ligne, qui a coûté 45 millions d'euros.</p>"
        "<p>Les premiers voyageurs sont montés à 6 heures, place de la République.</p></article></body></html>",
        encoding="utf-8",
    )
    data = json.loads(annotate(page))

    assert "<" not in data["body"]
    assert data["claims"]
    for mark in (*data["claims"], *data["entities"], *data["money"]):
        assert data["body"][mark["start"] : mark["end"]] == mark["text"]


def test_annotate_a_text_file_gives_no_body_its_offsets_index_the_file(article):
    assert "body" not in json.loads(annotate(article))
