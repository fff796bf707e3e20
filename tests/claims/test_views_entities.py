"""The entity page, /entities/<id>/: an entity's claims across the articles readers may see."""

import re

import pytest
from django.urls import reverse

from annotations.models import Entity, EntityAlias
from claims.services import SourceInput, review_claim
from tests.claims.reader_data import BlockSpec, MentionSpec, build_article


def article_naming(slug: str, sentences: list[str], *, entity: str = "Microsoft", status: str = "published"):
    """An article of one-sentence paragraphs, each a claim, `entity` (an organisation) marked in each."""
    blocks = [BlockSpec("title", f"Titre {slug}")]
    for sentence in sentences:
        mentions = [MentionSpec(entity, "ORG", entity=entity)] if entity in sentence else []
        blocks.append(BlockSpec("paragraph", sentence, claims=[sentence], mentions=mentions))
    return build_article(slug, blocks, status=status, title=f"Titre {slug}")


def entity_url(name: str) -> str:
    return reverse("claims:entity-detail", kwargs={"pk": Entity.objects.get(name=name).pk})


@pytest.fixture
def two_articles(db, editor):
    first, first_claims = article_naming("premier", ["Microsoft a investi en 2016.", "Le ciel est bleu."])
    second, second_claims = article_naming("second", ["En 2019, Microsoft a investi un milliard."])
    review_claim(
        claim=first_claims["Microsoft a investi en 2016."],
        reviewer=editor,
        verdict="disputed",
        rationale="Une remise, pas un investissement.",
        sources=[SourceInput(url="https://example.org/remise", title="Remise")],
        expected_version=1,
    )
    return first, second, first_claims, second_claims


def test_entity_detail_lists_its_claims_across_published_articles_with_verdicts(client, two_articles):
    first, second, first_claims, second_claims = two_articles
    EntityAlias.objects.create(entity=Entity.objects.get(name="Microsoft"), name="MS")
    response = client.get(entity_url("Microsoft"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Microsoft</h1>" in html
    assert "Organisation" in html
    assert '<span class="alias">MS</span>' in html
    assert "Microsoft a investi en 2016." in html and "En 2019, Microsoft a investi un milliard." in html
    assert "Le ciel est bleu." not in html
    assert f'href="{first.get_absolute_url()}#claim-{first_claims["Microsoft a investi en 2016."].pk}"' in html
    item = re.search(r'<li data-verdict="disputed">.*?</li>', html, re.S).group(0)
    assert "Microsoft a investi en 2016." in item and "disputed" in item
    assert f'<a href="{second.get_absolute_url()}" lang="fr">Titre second</a>' in html


def test_entity_detail_shows_verdicts_in_french(client, two_articles):
    html = client.get(entity_url("Microsoft"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "contesté" in html and "non vérifié" in html


def test_entity_detail_leaves_out_claims_of_drafts(client, two_articles):
    article_naming("brouillon", ["Microsoft prépare un rachat secret."], status="draft")
    html = client.get(entity_url("Microsoft")).content.decode()
    assert "rachat secret" not in html


def test_entity_detail_of_an_entity_named_only_in_drafts_is_404(client, db):
    article_naming("brouillon", ["Initech prépare un rachat secret."], entity="Initech", status="draft")
    assert client.get(entity_url("Initech")).status_code == 404


def test_entity_detail_of_an_entity_named_only_in_drafts_is_shown_to_staff(client, staff, db):
    article_naming("brouillon", ["Initech prépare un rachat secret."], entity="Initech", status="draft")
    client.force_login(staff)
    response = client.get(entity_url("Initech"))
    assert response.status_code == 200
    assert "rachat secret" in response.content.decode()


def test_entity_detail_of_an_unknown_entity_is_404(client, db):
    assert client.get(reverse("claims:entity-detail", kwargs={"pk": 999999})).status_code == 404


def test_entity_detail_escapes_the_entity_name(client, db):
    name = "<script>alert(1)</script>"
    article_naming("injection", [f"{name} a parlé."], entity=name)
    html = client.get(entity_url(name)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_entity_detail_query_count_does_not_grow_with_claims(client, db, django_assert_num_queries):
    article_naming("court", ["Microsoft a parlé."])
    url = entity_url("Microsoft")
    # the entity, its ETag's four (aliases, mentions, latest article edit, newest review), its
    # aliases, the paginator's count, the page of claims with their articles
    with django_assert_num_queries(8):
        assert client.get(url).status_code == 200
    for n in range(6):
        article_naming(f"long-{n}", [f"Microsoft a parlé {k} fois sur {n}." for k in range(1, 8)])
    with django_assert_num_queries(8):
        response = client.get(url)
    assert response.content.decode().count("<li data-verdict=") == 43


def test_entity_detail_answers_a_conditional_get_with_304(client, db):
    article_naming("court", ["Microsoft a parlé."])
    url = entity_url("Microsoft")
    client.get(url)  # sets the CSRF cookie, which the ETag includes (the language form)
    etag = client.get(url).headers["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    EntityAlias.objects.create(entity=Entity.objects.get(name="Microsoft"), name="MSFT")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and "MSFT" in changed.content.decode()
    article_naming("autre", ["Microsoft a encore parlé."])
    assert client.get(url, HTTP_IF_NONE_MATCH=changed.headers["ETag"]).status_code == 200
