"""`manage.py ingest`: files in, articles out; bad input refused with one clear line, nothing written."""

import io
import re
import sys
from datetime import date
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from kombu.exceptions import OperationalError as BrokerError

from annotations.models import Mention
from claims.models import Article, Block, Claim
from intake.models import Job, JobState

TEXT = (
    "Un pont rouvre à Nantes\n\n"
    "La mairie de Nantes a rouvert le pont le 2 mai 2023 après 18 mois de travaux. "
    "Le chantier a coûté 12 millions d'euros, selon Claire Martin, adjointe aux transports.\n"
)


def row_counts():
    return [model.objects.count() for model in (Article, Block, Claim, Mention)]


def ingest(*args):
    out = io.StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "pont.nantes.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_ingest_of_two_files_holding_the_same_text_stores_it_once(db, text_file, tmp_path):
    copy = tmp_path / "copie.txt"
    copy.write_text(TEXT, encoding="utf-8")
    output = ingest(text_file, copy)
    assert list(Article.objects.values_list("slug", flat=True)) == ["pont-nantes"]
    assert "copie: the same text is already stored as pont-nantes" in output


def test_ingest_asked_to_publish_a_text_stored_under_another_slug_says_how_to_publish_it(db, text_file, tmp_path):
    ingest(text_file)
    copy = tmp_path / "copie.txt"
    copy.write_text(TEXT, encoding="utf-8")

    output = ingest(copy, "--publish")

    assert "not stored again (a draft: ingest it with --slug pont-nantes --publish to publish it)" in output
    assert Article.objects.get().status == Article.Status.DRAFT  # another slug was asked for: not published
    ingest(copy, "--slug", "pont-nantes", "--publish")
    assert Article.objects.get().status == Article.Status.PUBLISHED
    assert "a draft" not in ingest(copy, "--publish")  # published already: nothing to say


def test_ingest_stores_text_as_given_with_claims_and_mentions(db, text_file):
    output = ingest(text_file, "--publish")
    article = Article.objects.get()
    assert article.slug == "pont-nantes"
    assert article.body == TEXT
    assert article.is_published
    assert "created" in output
    claims = list(article.claims.order_by("position"))
    assert [c.text for c in claims] == [TEXT[c.start : c.end] for c in claims]
    assert any(c.text.startswith("La mairie de Nantes") for c in claims)
    labels = set(article.mentions.values_list("label", flat=True))
    assert {"DATE", "MONEY"} <= labels


def test_ingest_twice_changes_nothing(db, text_file):
    ingest(text_file)
    before = row_counts()
    assert "unchanged" in ingest(text_file)
    assert row_counts() == before


def test_ingest_options_set_metadata(db, text_file):
    ingest(
        text_file, "--slug", "pont", "--title", "Le pont", "--url", "https://example.org/p", "--published", "2023-05-03"
    )
    article = Article.objects.get(slug="pont")
    assert (article.title, article.source_url, article.published_on) == (
        "Le pont",
        "https://example.org/p",
        date(2023, 5, 3),
    )
    assert not article.is_published


def test_ingest_markdown_front_matter_gives_title_date_and_url(db, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Le pont\ndate: 2023-05-03\nurl: https://example.org/p\nlang: fr\n---\n\n" + TEXT)
    ingest(path)
    article = Article.objects.get()
    assert (article.slug, article.published_on, article.source_url) == (
        "le-pont",
        date(2023, 5, 3),
        "https://example.org/p",
    )
    assert article.body_format == "markdown"


def test_ingest_reads_standard_input(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    ingest("-", "--slug", "depuis-stdin")
    assert Article.objects.get().slug == "depuis-stdin"


def test_ingest_reads_an_html_page_from_standard_input_as_html(db, monkeypatch):
    page = f"<!doctype html><html lang='fr'><body><nav>Accueil</nav><article><h1>Le pont de Nantes</h1><p>{TEXT}</p></article></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    ingest("-")
    article = Article.objects.get()
    assert (article.title, article.body_format) == ("Le pont de Nantes", "markdown")
    assert "<" not in article.body and "Accueil" not in article.body


UNTITLED = (
    "La mairie de Rennes a voté lundi un budget de 12 millions d'euros pour la rénovation de six écoles. "
    "Les travaux commenceront en septembre 2026, selon l'adjoint chargé de l'éducation.\n"
)


def test_ingest_of_standard_input_without_a_headline_names_slug_and_title_before_the_analysis(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(UNTITLED.encode())))
    with (
        mock.patch("claims.services.ingest.analyse_many") as analyse,
        pytest.raises(CommandError) as refused,
    ):
        ingest("-")
    assert str(refused.value) == (
        "standard input (-): the text has no headline to make a slug from: give --slug or --title"
    )
    assert not analyse.called and row_counts() == [0, 0, 0, 0]


@pytest.mark.parametrize("option", ["--slug", "--title"])
def test_ingest_of_standard_input_without_a_headline_is_ingested_with_slug_or_title(db, monkeypatch, option):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(UNTITLED.encode())))
    ingest("-", option, "budget-ecoles-rennes")
    assert Article.objects.get().slug == "budget-ecoles-rennes"


def test_ingest_refuses_a_file_given_twice_before_reading_anything(db, text_file, monkeypatch):
    with pytest.raises(CommandError, match=f"^{re.escape(str(text_file))} is given twice$"):
        ingest(text_file, text_file)
    another_path = text_file.parent / ".." / text_file.parent.name / text_file.name
    with pytest.raises(CommandError, match=f"^{re.escape(str(another_path))} is given twice$"):
        ingest(text_file, another_path)
    with pytest.raises(CommandError, match=r"^standard input \(-\) is given twice$"):
        ingest("-", "-")
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_names_standard_input_and_counts_one_claim_in_the_singular(db, text_file, tmp_path, monkeypatch):
    ingest(text_file)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert ingest("-").startswith("standard input (-): the same text is already stored as pont-nantes")
    single = tmp_path / "breve.txt"
    single.write_text("La mairie de Nantes a rouvert le pont le 2 mai 2023.\n", encoding="utf-8")
    assert ingest(single) == "breve: created (1 claim, draft)\n"


def test_ingest_uses_no_more_processes_than_cores_and_says_so(db, tmp_path, monkeypatch):
    asked = []

    def analysed(**kwargs):
        asked.append(kwargs["n_process"])
        raise CommandError("stopped before the analysis")

    monkeypatch.setattr("claims.management.commands.ingest.cores", lambda: 2)
    monkeypatch.setattr("claims.management.commands.ingest.ingest_articles", analysed)
    paths = []
    for town in ("Brest", "Caen", "Metz"):
        paths.append(tmp_path / f"{town.lower()}.txt")
        paths[-1].write_text(TEXT.replace("Nantes", town), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="stopped before the analysis"):
        call_command("ingest", *map(str, paths), "--processes", "8", stdout=io.StringIO(), stderr=err)
    assert asked == [2]
    assert "warning: --processes 8 is more than the 2 cores: 2 used" in err.getvalue()


def test_ingest_batch_writes_every_file(db, tmp_path):
    paths = []
    for town in ("Brest", "Caen", "Metz"):
        path = tmp_path / f"{town.lower()}.txt"
        path.write_text(TEXT.replace("Nantes", town), encoding="utf-8")
        paths.append(path)
    ingest(*paths)
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["brest", "caen", "metz"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02binary\x00\xff", "binary"),
        (b"Caf\xc3\xa9 ok puis \xff\xfe mauvais", "UTF-8"),
    ],
)
def test_ingest_refuses_bad_content_and_writes_nothing(db, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        ingest(path)
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_invalid_utf8_names_the_byte_offset(db, tmp_path):
    path = tmp_path / "bad.txt"
    prefix = "Café ok puis ".encode()
    path.write_bytes(prefix + b"\xff mauvais")
    with pytest.raises(CommandError, match=f"offset {len(prefix)}"):
        ingest(path)


def test_ingest_refuses_file_over_size_limit(db, text_file, settings):
    settings.SAGA_MAX_ARTICLE_BYTES = 100
    with pytest.raises(CommandError, match="limit"):
        ingest(text_file)
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_refuses_unsupported_language_naming_supported_ones(db, text_file):
    with pytest.raises(CommandError, match="fr") as error:
        ingest(text_file, "--lang", "de")
    assert "de" in str(error.value)
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_batch_with_one_bad_file_writes_nothing(db, tmp_path, text_file):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(CommandError, match="bad.txt"):
        ingest(text_file, bad)
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_refused_front_matter_url_names_the_file(db, tmp_path, text_file):
    refused = tmp_path / "ftp.md"
    refused.write_text("---\nurl: ftp://x\n---\n" + TEXT, encoding="utf-8")
    with pytest.raises(CommandError, match=r"^.*ftp\.md: The source URL 'ftp://x' is not a http or https address\.$"):
        ingest(text_file, refused)
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_refuses_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        ingest(tmp_path / "nope.txt")


def test_ingest_refuses_malformed_published_date(db, text_file):
    with pytest.raises(CommandError, match="--published"):
        ingest(text_file, "--published", "03/05/2023")


ENGLISH_TEXT = (
    "A bridge reopens in Nantes\n\n"
    "The city of Nantes reopened the bridge on 2 May 2023 after 18 months of work. "
    "The work cost 12 million euros, which is more than the town had planned for this year, "
    "and it was paid by the region and the state.\n"
)


def test_ingest_warns_on_stderr_when_forced_french_text_looks_english(db, tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(ENGLISH_TEXT, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(path), "--lang", "fr", stdout=out, stderr=err)
    warning = err.getvalue()
    assert warning.count("\n") == 1 and "bridge.txt: warning:" in warning and "does not look French" in warning
    assert Article.objects.get().body == ENGLISH_TEXT  # ingested all the same


def test_ingest_prints_no_warning_for_french_text(db, text_file):
    err = io.StringIO()
    call_command("ingest", str(text_file), "--lang", "fr", stdout=io.StringIO(), stderr=err)
    assert err.getvalue() == ""


def test_ingest_in_two_processes_writes_the_same_articles_as_one(db, tmp_path):
    paths = []
    for town in ("Brest", "Caen", "Metz", "Nancy", "Pau"):
        path = tmp_path / f"{town.lower()}.txt"
        path.write_text(TEXT.replace("Nantes", town), encoding="utf-8")
        paths.append(path)

    ingest(*paths, "--processes", "2")
    shared = {
        a.slug: list(a.claims.order_by("position").values_list("text", "checkworthiness"))
        for a in Article.objects.all()
    }
    Article.objects.all().delete()
    ingest(*paths, "--processes", "1")
    alone = {
        a.slug: list(a.claims.order_by("position").values_list("text", "checkworthiness"))
        for a in Article.objects.all()
    }

    assert shared == alone and len(shared) == 5


def test_ingest_progress_bar_says_the_model_is_loading_then_counts_articles(db, tmp_path, capsys):
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for n, path in enumerate(paths):
        path.write_text(TEXT.replace("Nantes", f"Ville{n}"), encoding="utf-8")

    ingest(*paths, "--processes", "1")

    bar = capsys.readouterr().err  # tqdm writes to the terminal's stderr
    assert bar.index("loading the language model") < bar.index("ingesting: ")
    assert "3/3" in bar


def test_ingest_enqueue_without_a_broker_says_what_is_missing(db, text_file):
    with pytest.raises(CommandError, match="--enqueue needs a broker: set CELERY_BROKER_URL"):
        ingest(text_file, "--enqueue")
    assert row_counts() == [0, 0, 0, 0]


def test_ingest_enqueue_with_a_broker_queues_one_job_per_file_once_committed(
    db, text_file, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.CELERY_TASK_ALWAYS_EAGER = False  # a broker is configured: the workers ingest
    other = tmp_path / "ecole.txt"
    other.write_text("Une école ouvre à Nantes\n\nLa mairie a ouvert une école le 3 mai 2023.\n", encoding="utf-8")

    with mock.patch("intake.tasks.ingest_job.apply_async") as send:
        with django_capture_on_commit_callbacks() as callbacks:
            output = ingest(text_file, other, "--enqueue", "--publish")
        assert send.call_count == 0  # nothing sent before the jobs are committed
        for callback in callbacks:  # the commit
            callback()

    jobs = list(Job.objects.order_by("slug"))
    assert [(job.slug, job.state, job.publish) for job in jobs] == [
        ("ecole", JobState.QUEUED, True),
        ("pont-nantes", JobState.QUEUED, True),
    ]
    assert sorted(call.args[0] for call in send.call_args_list) == sorted((str(job.pk),) for job in jobs)
    assert output.splitlines() == [f"{job.slug}: queued as job {job.pk}" for job in reversed(jobs)]
    assert row_counts() == [0, 0, 0, 0]  # nothing analysed here


def test_ingest_enqueue_of_a_batch_with_a_refused_file_queues_nothing(db, text_file, tmp_path, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    refused = tmp_path / "refuse.md"
    refused.write_text("---\nurl: ftp://example.org/a\n---\n" + TEXT, encoding="utf-8")

    with mock.patch("intake.tasks.ingest_job.apply_async") as send, pytest.raises(CommandError, match="http"):
        ingest(text_file, refused, "--enqueue")

    assert not Job.objects.exists() and send.call_count == 0


def test_ingest_enqueue_of_a_page_with_no_article_text_names_it_and_queues_nothing(db, text_file, tmp_path, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    page = tmp_path / "menu.html"
    page.write_text(NAVIGATION_ONLY, encoding="utf-8")

    with mock.patch("intake.tasks.ingest_job.apply_async") as send:
        with pytest.raises(CommandError, match=f"^{re.escape(str(page))}: No article text found"):
            ingest(text_file, page, "--enqueue")
        with pytest.raises(CommandError, match=f"^{re.escape(str(page))}: No article text found"):
            ingest(page, "--enqueue")  # a single file too

    assert not Job.objects.exists() and send.call_count == 0


def test_ingest_refuses_zero_processes(db, text_file):
    with pytest.raises(CommandError, match="--processes must be at least 1"):
        ingest(text_file, "--processes", "0")


def test_ingest_of_a_text_stored_under_another_slug_says_so_and_stores_nothing(db, text_file):
    ingest(text_file)
    before = row_counts()
    output = ingest(text_file, "--slug", "pont-bis")
    assert (
        output.strip()
        == "pont-bis: the same text is already stored as pont-nantes (/articles/pont-nantes/): not stored again"
    )
    assert row_counts() == before


def test_ingest_slugs_a_long_file_name_to_200_characters(db, tmp_path):
    path = tmp_path / ("pont-" * 48 + "final.txt")  # 245 characters: a valid name on Linux
    path.write_text(TEXT, encoding="utf-8")
    ingest(path)
    slug = Article.objects.get().slug
    assert len(slug) <= 200 and slug.startswith("pont-pont-")


def test_ingest_reads_an_article_over_a_million_characters(db, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(TEXT + " " * 1_000_000 + "\n\n" + TEXT, encoding="utf-8")
    assert "created" in ingest(path)
    article = Article.objects.get()
    late = article.mentions.filter(start__gt=1_000_000)
    assert late.exists() and all(article.body[m.start : m.end] == m.text for m in late)


def refusal(*args) -> str:
    """The one line a refused ingest gives, having written nothing."""
    before = row_counts()
    with pytest.raises(CommandError) as refused:
        ingest(*args)
    assert row_counts() == before
    [line] = str(refused.value).splitlines()
    return line


def test_ingest_refuses_a_title_over_the_limit_naming_it(db, text_file):
    line = refusal(text_file, "--title", "T" * 501)
    assert line == f"{text_file}: The title is 501 characters long, over the limit of 500."


def test_ingest_refuses_a_front_matter_title_over_the_limit(db, tmp_path):
    path = tmp_path / "long.md"
    path.write_text(f"---\ntitle: {'T' * 501}\n---\n\n{TEXT}", encoding="utf-8")
    assert "over the limit of 500" in refusal(path)


def test_ingest_refuses_a_file_of_a_format_it_does_not_read_listing_those_it_does(db, tmp_path):
    path = tmp_path / "pont.pdf"
    path.write_text(TEXT, encoding="utf-8")
    line = refusal(path)
    assert line.startswith(f"{path}: .pdf is not a format ingest reads: .txt, ")
    assert ".md" in line and ".html" in line and "--format" in line


def test_ingest_reads_a_file_of_any_extension_in_the_format_given(db, tmp_path):
    path = tmp_path / "pont.php"
    path.write_text(f"<html lang='fr'><body><article><p>{TEXT.split(chr(10))[2]}</p></article></body></html>")
    ingest(path, "--format", "html")
    assert "<p>" not in Article.objects.get(slug="pont").body


def test_ingest_says_a_date_of_the_right_form_does_not_exist(db, text_file):
    assert refusal(text_file, "--published", "2025-02-30") == "--published 2025-02-30: that date does not exist"
    assert "YYYY-MM-DD" in refusal(text_file, "--published", "30/02/2025")


def test_ingest_publish_of_an_unchanged_draft_publishes_it_and_says_so(db, text_file):
    ingest(text_file)
    before = row_counts()
    output = ingest(text_file, "--publish")
    assert output == "pont-nantes: unchanged, now published (2 claims, published)\n"
    assert Article.objects.get().is_published and row_counts() == before
    assert ingest(text_file, "--publish") == "pont-nantes: unchanged (2 claims, published)\n"


NAVIGATION_ONLY = (
    "<!doctype html><html lang='fr'><head><title>Le Journal</title></head><body><nav><ul>"
    "<li><a href='/'>Accueil</a></li><li><a href='/actu'>Actualités</a></li><li><a href='/contact'>Contact</a></li>"
    "</ul></nav></body></html>"
)


def test_ingest_refuses_a_page_of_navigation_only_alone_or_in_a_batch(db, text_file, tmp_path):
    page = tmp_path / "accueil.html"
    page.write_text(NAVIGATION_ONLY, encoding="utf-8")
    assert refusal(page).startswith(f"{page}: No article text found")
    assert refusal(text_file, page).startswith(f"{page}: No article text found")  # the other file is not stored either


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the jobs are committed, then sent
def test_ingest_enqueue_with_a_broker_that_does_not_answer_says_so_in_one_line(text_file, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    refused = BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    with (
        mock.patch("intake.tasks.ingest_job.apply_async", side_effect=refused),
        pytest.raises(CommandError) as raised,
    ):
        ingest(text_file, "--enqueue")

    [job] = Job.objects.all()
    assert job.state == JobState.QUEUED  # stored: requeue_jobs sends it once the queue answers
    assert str(raised.value) == (
        "The job queue (CELERY_BROKER_URL) does not answer (Error 111 connecting to 127.0.0.1:6379. Connection "
        f"refused.): job {job.pk} is stored, queued, and `manage.py requeue_jobs` sends it once the queue answers."
    )
