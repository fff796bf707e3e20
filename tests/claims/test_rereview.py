"""*Needs re-review* after a revision: only a claim whose reviewed words changed asks for one.

A revision edits three claims (one reviewed "sourced", one reviewed "unverified" by a reviewer,
one never reviewed) and leaves a reviewed one as it was. Every surface reads the one flag the
revision writes (Claim.needs_rereview, from Claim.awaits_review_of_edit): the service, the
reader's "edited since their review" list, the API's field, the desk's queue, the admin's filter
and the revision's count."""

import lxml.html
import pytest
from django.urls import reverse

from claims.models import Claim, Verdict
from claims.services import ArticleInput, SourceInput, ingest_article, review_claim
from desk.queries import queue_for
from desk.services import assign_article

FIRST = (
    "Un pont neuf relie Nantes à Rezé\n\n"
    "La métropole de Nantes a inauguré le 12 avril 2023 un pont de 240 mètres sur la Loire. "
    "Les travaux ont coûté 48 millions d'euros, selon la présidente de la métropole.\n\n"
    "Près de 9 000 cyclistes l'empruntent chaque jour depuis son ouverture. "
    "Un second ouvrage est prévu pour 2027 en aval du fleuve.\n"
)
# The bridge's length (reviewed "sourced"), the cost (never reviewed) and the year of the next
# bridge (reviewed "unverified") change; the cyclists (reviewed "sourced") stay word for word.
SECOND = FIRST.replace("240 mètres", "260 mètres").replace("48 millions", "52 millions").replace("2027", "2028")


def claim_with(article, words: str, revision: int) -> Claim:
    return article.claims.get(revision=revision, text__contains=words)


@pytest.fixture
def revised(db, editor):
    """The article after its correction, with its claims of revision 2 by what they say."""
    article = ingest_article(item=ArticleInput(text=FIRST, slug="pont-nantes", publish=True)).article
    source = [SourceInput(url="https://example.org/metropole")]
    for words, verdict, sources in (
        ("240 mètres", Verdict.SOURCED, source),
        ("9 000 cyclistes", Verdict.SOURCED, source),
        ("2027", Verdict.UNVERIFIED, []),
    ):
        claim = claim_with(article, words, 1)
        review_claim(claim=claim, reviewer=editor, verdict=verdict, sources=sources, expected_version=1)
    article = ingest_article(item=ArticleInput(text=SECOND, slug=article.slug, publish=True)).article
    assert article.revision == 2
    claims = {
        "reviewed_edited": claim_with(article, "260 mètres", 2),
        "unverified_edited": claim_with(article, "2028", 2),
        "never_reviewed_edited": claim_with(article, "52 millions", 2),
        "reviewed_unchanged": claim_with(article, "9 000 cyclistes", 2),
    }
    assert all(claim.previous_id for claim in claims.values())
    return article, claims


def marked(claims: dict[str, Claim], ids) -> set[str]:
    """The names of `claims` whose id is among `ids`."""
    ids = set(ids)
    return {name for name, claim in claims.items() if claim.pk in ids}


MARKED = {"reviewed_edited", "unverified_edited"}


def test_revise_marks_only_the_edited_claims_that_had_a_review(revised):
    article, claims = revised
    flagged = Claim.objects.filter(article=article, revision=2, needs_rereview=True).values_list("pk", flat=True)
    assert marked(claims, flagged) == MARKED
    never_reviewed = claims["never_reviewed_edited"]
    assert (never_reviewed.verdict, never_reviewed.version, never_reviewed.needs_rereview) == (
        Verdict.UNVERIFIED,
        1,
        False,
    )


def test_revise_keeps_asking_when_an_edited_claim_is_edited_again_before_its_re_review(revised):
    article, claims = revised
    third = SECOND.replace("260 mètres", "265 mètres").replace("52 millions", "53 millions")
    article = ingest_article(item=ArticleInput(text=third, slug=article.slug)).article
    assert claim_with(article, "265 mètres", 3).needs_rereview  # its review, in revision 1, is still to redo
    assert not claim_with(article, "53 millions", 3).needs_rereview  # never reviewed, edited twice
    assert claim_with(article, "2028", 3).needs_rereview  # unchanged this time, still waiting
    assert not claim_with(article, "9 000 cyclistes", 3).needs_rereview


def test_reader_lists_only_the_reviewed_claims_among_the_edited(client, revised):
    article, claims = revised
    tree = lxml.html.fromstring(client.get(article.get_absolute_url()).content)
    links = tree.xpath("//section[@class='edited-claims']//a[starts-with(@href, '#claim-')]/@href")
    assert marked(claims, (int(href.removeprefix("#claim-")) for href in links)) == MARKED
    assert len(links) == len(MARKED)


def test_api_says_needs_rereview_only_for_the_reviewed_claims_edited(api, revised):
    article, claims = revised
    response = api.get("/api/claims/", {"article": article.slug})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == Claim.objects.filter(article=article, revision=2).count()
    assert marked(claims, (row["id"] for row in results if row["needs_rereview"])) == MARKED


def test_desk_queue_asks_a_re_review_only_of_the_reviewed_claims_edited(editor, revised):
    article, claims = revised
    assign_article(article=article, assignee=editor, by=editor)
    queue = queue_for(editor)
    assert marked(claims, (row.pk for row in queue.rereview.rows)) == MARKED
    assert queue.counts["rereview"] == len(MARKED)
    assert claims["never_reviewed_edited"].pk in {row.pk for row in queue.assigned.rows}  # to do, as before


def test_admin_filter_and_revision_count_agree_with_the_flag(admin_client, revised):
    article, claims = revised
    changelist = reverse("admin:claims_claim_changelist")
    response = admin_client.get(changelist, {"article__id__exact": article.pk, "needs_rereview__exact": 1})
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    ids = {int(box) for box in tree.xpath("//input[@name='_selected_action']/@value")}
    assert marked(claims, ids) == MARKED and len(ids) == len(MARKED)
    revisions = admin_client.get(reverse("admin:claims_articlerevision_changelist"), {"article__id__exact": article.pk})
    counts = lxml.html.fromstring(revisions.content).xpath("//td[contains(@class, 'field-rereview_count')]")
    assert sorted(cell.text_content().strip() for cell in counts) == ["0", str(len(MARKED))]
    second = article.revisions.get(number=2)
    diff = admin_client.get(reverse("admin:claims_articlerevision_change", args=[second.pk])).content.decode()
    assert diff.count('class="saga-rereview"') == len(MARKED)
