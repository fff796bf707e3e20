"""Messages in the interface's language (issue 17, point 15): a French admin or API client reads no
English sentence and no sentence half in one language, half in the other."""

import re

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from rest_framework.authtoken.models import Token

ENGLISH = (
    b"The council voted the budget of the town for the two years that are to come. "
    b"It was a long meeting and everybody who lives there was invited to speak.\n"
)


@pytest.fixture
def token(editor):
    return Token.objects.create(user=editor).key


def errors_of(response) -> list[str]:
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", item).strip()
        for item in re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    ]


def test_admin_in_french_refuses_english_text_in_french(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("council.txt", ENGLISH, content_type="text/plain")
    response = client.post(
        reverse("admin:claims_article_add"), {"file": upload, "pasted_format": "text"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    [error] = errors_of(response)
    assert "langue" in error and "unsupported" not in error and "supported" not in error


def test_admin_in_french_labels_a_claim_s_revision_in_french(client, editor, article):
    client.force_login(editor)
    claim = article.claims.first()
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert re.search(r"<label>Révision\xa0:</label>", html) and "Revision" not in html


def test_api_in_french_counts_the_other_invalid_fields_in_french(api, article, token):
    claim = article.claims.first()
    body = {
        "verdict": "sourced",
        "expected_version": claim.version,
        "sources": [{"url": "javascript:x"}, {"url": "ftp://x"}],
    }
    response = api.post(
        reverse("api:claim-reviews", args=[claim.pk]),
        body,
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400
    assert response.json()["message"] == "sources.0.url: Saisissez une URL valide. (et 1 autre)"


def test_api_in_french_names_an_unknown_field_in_french(api, db, token):
    response = api.post(
        reverse("api:article-list"),
        {"text": "Une phrase.", "status": "published"},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 400
    [message] = response.json()["fields"]["status"]
    assert message.startswith("Champ inconnu ; champs acceptés : text, file,") and "Unknown" not in message


def test_api_in_french_says_the_same_text_is_stored_in_french(api, article, token):
    response = api.post(
        reverse("api:article-list"),
        {"text": article.body, "slug": "copie"},
        format="json",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 200 and response.json()["slug"] == article.slug
    assert (
        response.json()["notice"]
        == f"Le même texte est déjà enregistré sous « {article.slug} » : rien n’a été enregistré de nouveau."
    )


@pytest.mark.parametrize(
    ("url", "field", "message"),
    [
        ("/api/claims/?article=nulle-part", "article", "Aucun article n’a l’identifiant d’URL « nulle-part »."),
        (
            "/api/claims/?entity=Personne",
            "entity",
            "Aucune entité n’a l’identifiant ou le nom canonique « Personne ».",
        ),
        ("/api/claims/?assignee=personne", "assignee", "Filtrer par assignee demande un compte d’équipe."),
        ("/api/claims/?date_from=2021-05&date_to=2021-04", "date_to", "date_to est antérieure à date_from."),
        (
            "/api/claims/?ordering=position,",
            "ordering",
            "ordering a un terme vide : donnez position, checkworthiness ou updated.",
        ),
        ("/api/claims/?verdict=", "verdict", "Donnez une valeur, ou omettez le paramètre."),
        ("/api/claims/?page_size=0", "page_size", "Doit être compris entre 1 et 500."),
        ("/api/claims/?page=0", "page", "Doit valoir au moins 1."),
        ("/api/claims/?page=un", "page", "Un nombre entier est requis."),
        (
            "/api/verdicts/?since=-1",
            "since",
            "Un curseur est un nombre entier, 0 ou plus : l’identifiant d’une vérification de ce flux.",
        ),
    ],
)
def test_api_in_french_refuses_a_list_query_in_french(api, article, url, field, message):
    response = api.get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert response.json()["fields"][field] == [message]


def test_api_in_french_names_an_unknown_assignee_in_french(api, article, staff, editor):
    api.force_authenticate(staff)
    response = api.get("/api/claims/?assignee=personne", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["fields"] == {"assignee": ["Aucun compte ne s’appelle « personne »."]}
    api.force_authenticate(editor)
    claim = article.claims.first()
    response = api.post(
        reverse("api:claim-assignment", args=[claim.pk]), {"assignee": "personne"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.json()["fields"] == {"assignee": ["Aucun compte ne s’appelle « personne »."]}


def test_api_in_french_refuses_an_ingest_of_text_and_file_in_french(api, db, token):
    upload = SimpleUploadedFile("a.txt", b"Une phrase.", content_type="text/plain")
    response = api.post(
        reverse("api:article-list"),
        {"text": "Une phrase.", "file": upload},
        format="multipart",
        HTTP_AUTHORIZATION=f"Token {token}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.json()["fields"] == {"text": ["Donnez soit `text`, soit `file`, ni les deux ni aucun."]}


def test_api_in_french_says_why_an_account_may_not_write_in_french(api, article, staff, django_user_model):
    api.force_authenticate(staff)
    claim = article.claims.first()
    answers = [
        api.post(reverse("api:article-list"), {"text": "Une phrase."}, HTTP_ACCEPT_LANGUAGE="fr"),
        api.post(
            reverse("api:claim-reviews", args=[claim.pk]),
            {"verdict": "unverified", "expected_version": 1},
            HTTP_ACCEPT_LANGUAGE="fr",
        ),
        api.post(reverse("api:claim-assignment", args=[claim.pk]), {"hold": True}, HTTP_ACCEPT_LANGUAGE="fr"),
    ]
    assert [(answer.status_code, answer.json()["message"]) for answer in answers] == [
        (403, "Importer des articles demande un compte d’équipe ayant la permission d’ajouter des articles."),
        (403, "Vérifier des affirmations demande la permission de vérifier les affirmations (le groupe Editors)."),
        (403, "Écrire sur le pupitre de vérification demande un compte d’équipe du groupe Editors."),
    ]
    api.force_authenticate(django_user_model.objects.create_user("rita", password="pw-rita-123"))
    response = api.get(reverse("api:claim-notes", args=[claim.pk]), HTTP_ACCEPT_LANGUAGE="fr")
    assert (response.status_code, response.json()["message"]) == (
        403,
        "Le pupitre de vérification (assignations, états du travail, notes) est réservé aux comptes d’équipe.",
    )


def test_api_in_french_asks_for_an_assignment_in_french(api, article, editor):
    api.force_authenticate(editor)
    claim = article.claims.first()
    url = reverse("api:claim-assignment", args=[claim.pk])
    response = api.post(url, {}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["message"] == "Donnez assignee, hold, ou les deux."
    response = api.post(url, {"assignee": ""}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["fields"] == {"assignee": ["Donnez un nom d’utilisateur, ou null pour personne."]}


LABELLED_APPS = ("annotations", "claims", "desk", "intake", "matching")
SAME_IN_FRENCH = {"alias", "article", "format", "position", "score", "URL", "verdict", "version"}


def label_in(field, language: str) -> str:
    with translation.override(language):
        return str(field.verbose_name)


@pytest.mark.parametrize("app", LABELLED_APPS)
def test_every_field_the_admin_may_show_has_a_french_label(app):
    """A field's label is its verbose_name: one left to Django's default is the English field
    name ("assigned by", "body sha256") on the French admin's pages and forms."""
    unlabelled = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_app_config(app).get_models()
        for field in model._meta.get_fields()
        if field.concrete
        and not field.auto_created
        and not field.primary_key
        and (not isinstance(field.verbose_name, Promise) or label_in(field, "fr") == label_in(field, "en"))
        and label_in(field, "en") not in SAME_IN_FRENCH
    ]
    assert unlabelled == []


def test_admin_in_french_labels_a_revision_s_fields_in_french(client, editor, article):
    client.force_login(editor)
    revision = article.revisions.get()
    html = client.get(
        reverse("admin:claims_articlerevision_change", args=[revision.pk]), HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    labels = re.findall(r"<label>([^<]+)\xa0:</label>", html)
    assert {"Créée par", "SHA-256 du texte"} <= set(labels)
    assert "Created by" not in html and "Body sha256" not in html


def test_admin_in_french_refuses_an_action_on_a_selection_of_no_row_in_french(admin_client):
    response = admin_client.post(
        "/admin/claims/article/",
        {"action": "reannotate", "_selected_action": ["abc"]},
        HTTP_ACCEPT_LANGUAGE="fr",
        follow=True,
    )
    assert [str(message) for message in response.context["messages"]] == [
        "La sélection désigne un élément qui n’existe pas."
    ]
