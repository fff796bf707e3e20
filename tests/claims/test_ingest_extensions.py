"""The file extensions Saga reads: one list (annotations.documents.SUPPORTED_EXTENSIONS) that
`ingest`, the admin's *Add article* upload and the API's multipart upload all accept, and the
same refusal of any other on the three."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from rest_framework.authtoken.models import Token

from annotations.documents import SUPPORTED_EXTENSIONS
from claims.models import Article

TEXT = "La commune de Quimper a ouvert lundi une crèche de 40 places près de la gare."
PAGE = "<html><head><title>Une crèche</title></head><body><article><p>{}</p></article></body></html>"
# A sentence of each surface's own, so that no surface's text is the same text already stored.
OWN = {"cli": "Elle a coûté deux millions.", "admin": "Elle emploie douze personnes.", "api": "Elle ouvre à 7 heures."}
REFUSED = [".pdf", ".docx", ".rtf", ".txt5"]


def content(name: str, surface: str) -> bytes:
    """An HTML page for a name that says "htm" anywhere ("creche.html", "creche-html"), else plain text."""
    text = f"{TEXT} {OWN[surface]}"
    return (PAGE.format(text) if "htm" in name.lower() else text).encode()


def surfaces(client, editor, tmp_path, name: str, language: str = "en"):
    """Sends a file called `name` to the three surfaces: None where it was taken, else the refusal."""
    path = tmp_path / name
    path.write_bytes(content(name, "cli"))
    try:
        call_command("ingest", str(path), "--slug=cli")
        cli = None
    except CommandError as error:
        cli = str(error)
    client.force_login(editor)
    upload = SimpleUploadedFile(name, content(name, "admin"))
    response = client.post(
        reverse("admin:claims_article_add"),
        {"file": upload, "slug": "admin", "pasted_format": "auto"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    admin = response.context["adminform"].form.errors.get("file") if response.status_code == 200 else None
    token = Token.objects.get_or_create(user=editor)[0].key
    upload = SimpleUploadedFile(name, content(name, "api"))
    response = client.post(
        reverse("api:article-list"),
        {"file": upload, "slug": "api"},
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    api = response.json().get("fields", {}).get("file") if response.status_code == 400 else None
    return cli, admin, api


@pytest.mark.parametrize("extension", [*SUPPORTED_EXTENSIONS, ".MD", ".Html"])
def test_every_surface_ingests_each_extension_ingest_reads(extension, client, editor, tmp_path):
    assert surfaces(client, editor, tmp_path, f"creche{extension}") == (None, None, None)
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["admin", "api", "cli"]


@pytest.mark.parametrize("extension", REFUSED)
def test_every_surface_refuses_another_extension_listing_the_same_ones(extension, client, editor, tmp_path):
    cli, admin, api = surfaces(client, editor, tmp_path, f"creche{extension}")
    listed = ", ".join(SUPPORTED_EXTENSIONS)
    assert cli.startswith(f"{tmp_path / f'creche{extension}'}: {extension} is not a format ingest reads: {listed}")
    allowed = ", ".join(extension.removeprefix(".") for extension in SUPPORTED_EXTENSIONS)
    message = f"File extension “{extension[1:]}” is not allowed. Allowed extensions are: {allowed}."
    assert admin == api == [message]
    assert not Article.objects.exists()


@pytest.mark.parametrize("name", ["creche", "2025.05.03-creche"])
def test_every_surface_reads_a_file_name_with_no_extension_as_ingest_does(name, client, editor, tmp_path):
    """No extension is no refused extension: the content says the format, on the three surfaces."""
    assert surfaces(client, editor, tmp_path, name) == (None, None, None)
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["admin", "api", "cli"]


def test_every_surface_reads_an_html_page_with_no_extension_as_html(client, editor, tmp_path):
    assert surfaces(client, editor, tmp_path, "creche-html") == (None, None, None)
    assert not Article.objects.filter(body__contains="<").exists()


@pytest.mark.parametrize("name", ["creche.txt.exe", "creche.PDF", "2025.05.03-creche.docx"])
def test_every_surface_refuses_the_last_extension_when_it_is_not_read(name, client, editor, tmp_path):
    cli, admin, api = surfaces(client, editor, tmp_path, name)
    extension = name[name.rindex(".") :]
    assert cli.startswith(f"{tmp_path / name}: {extension} is not a format ingest reads: ")
    assert admin == api and f"“{extension[1:].lower()}” is not allowed" in admin[0]
    assert not Article.objects.exists()


def test_upload_refusal_in_french_has_one_space_before_the_list(client, editor, tmp_path):
    _, admin, api = surfaces(client, editor, tmp_path, "creche.pdf", language="fr")
    allowed = ", ".join(extension.removeprefix(".") for extension in SUPPORTED_EXTENSIONS)
    message = f"L’extension de fichier «\u00a0pdf\u00a0» n’est pas autorisée. Les extensions autorisées sont\u00a0: {allowed}."
    assert admin == api == [message]


UNTITLED = {
    "cli": "La mairie de Rennes a voté lundi un budget de 12 millions d'euros pour six écoles.\n",
    "admin": "La mairie de Brest a voté lundi un budget de 9 millions d'euros pour quatre écoles.\n",
}


@pytest.mark.parametrize(
    ("name", "slug"),
    [("2025.05.03-ecoles", "2025-05-03-ecoles"), ("Écoles.v2.md", "ecoles-v2"), ("ecoles", "ecoles")],
)
def test_a_file_with_no_headline_is_slugged_from_its_whole_name_less_its_extension(
    name, slug, client, editor, tmp_path
):
    """A dot that starts no extension is part of the name ("2025.05.03-ecoles"), on `ingest` and
    the admin's upload alike."""
    path = tmp_path / name
    path.write_text(UNTITLED["cli"], encoding="utf-8")
    call_command("ingest", str(path))
    assert Article.objects.get().slug == slug
    Article.objects.all().delete()
    client.force_login(editor)
    upload = SimpleUploadedFile(name, UNTITLED["admin"].encode())
    response = client.post(reverse("admin:claims_article_add"), {"file": upload, "pasted_format": "auto"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get().slug == slug
