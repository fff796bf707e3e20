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


def content(extension: str, surface: str) -> bytes:
    text = f"{TEXT} {OWN[surface]}"
    return (PAGE.format(text) if "htm" in extension.lower() else text).encode()


def surfaces(client, editor, tmp_path, name: str, language: str = "en"):
    """Sends a file called `name` to the three surfaces: None where it was taken, else the refusal."""
    extension = name[name.rindex(".") :]
    path = tmp_path / name
    path.write_bytes(content(extension, "cli"))
    try:
        call_command("ingest", str(path), "--slug=cli")
        cli = None
    except CommandError as error:
        cli = str(error)
    client.force_login(editor)
    upload = SimpleUploadedFile(name, content(extension, "admin"))
    response = client.post(
        reverse("admin:claims_article_add"),
        {"file": upload, "slug": "admin", "pasted_format": "auto"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    admin = response.context["adminform"].form.errors.get("file") if response.status_code == 200 else None
    token = Token.objects.get_or_create(user=editor)[0].key
    upload = SimpleUploadedFile(name, content(extension, "api"))
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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_upload_with_no_extension_is_refused_saying_so_on_the_admin_and_the_api(client, editor, language):
    allowed = ", ".join(extension.removeprefix(".") for extension in SUPPORTED_EXTENSIONS)
    expected = {
        "en": f"The file name “creche” has no extension. Allowed extensions are: {allowed}.",
        "fr": f"Le nom de fichier «\u00a0creche\u00a0» n’a pas d’extension. Les extensions autorisées sont\u00a0: {allowed}.",
    }[language]
    client.force_login(editor)
    upload = SimpleUploadedFile("creche", content("", "admin"))
    response = client.post(
        reverse("admin:claims_article_add"),
        {"file": upload, "slug": "admin", "pasted_format": "auto"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.context["adminform"].form.errors["file"] == [expected]
    token = Token.objects.get_or_create(user=editor)[0].key
    upload = SimpleUploadedFile("creche", content("", "api"))
    response = client.post(
        reverse("api:article-list"),
        {"file": upload, "slug": "api"},
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.json()["fields"]["file"] == [expected]
    assert not Article.objects.exists()


def test_upload_refusal_in_french_has_one_space_before_the_list(client, editor, tmp_path):
    _, admin, api = surfaces(client, editor, tmp_path, "creche.pdf", language="fr")
    allowed = ", ".join(extension.removeprefix(".") for extension in SUPPORTED_EXTENSIONS)
    message = f"L’extension de fichier «\u00a0pdf\u00a0» n’est pas autorisée. Les extensions autorisées sont\u00a0: {allowed}."
    assert admin == api == [message]
