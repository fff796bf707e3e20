"""matching.services.refresh_matches, as a re-annotation (claims.services.reannotate_article) and
`manage.py rematch` call it: suggestions and open inconsistencies made again with the rules as
they are now; dismissed suggestions and decided inconsistencies kept."""

import pytest
from django.core.management import CommandError, call_command

import matching.scoring
from claims.models import Claim
from claims.services import reannotate_article
from matching.models import ClaimMatch, Inconsistency
from matching.services import decide_inconsistency, dismiss_match, refresh_matches
from tests.matching.test_services import CONTRADICTION, FIRST, PARAPHRASE, reviewed


def current_claims(article):
    return list(Claim.objects.filter(article=article, revision=article.revision))


@pytest.fixture
def matched(make_article, editor):
    """A reviewed claim and a later article restating it: one suggestion."""
    earlier = reviewed(make_article(FIRST, slug="premier"), editor)
    later = make_article(PARAPHRASE, slug="second")
    assert ClaimMatch.objects.shown().get().earlier == earlier
    return earlier, later


@pytest.mark.django_db
def test_refresh_matches_scores_the_claims_again_with_the_rules_now(matched, monkeypatch):
    earlier, later = matched
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)  # rules under which nothing is shown
    refresh_matches(article=later, claims=current_claims(later))
    assert not ClaimMatch.objects.exists()

    monkeypatch.undo()
    refresh_matches(article=later, claims=current_claims(later))
    assert ClaimMatch.objects.shown().get().earlier == earlier


@pytest.mark.django_db
def test_refresh_matches_of_the_earlier_claim_makes_its_suggestions_to_later_claims_again(matched, monkeypatch):
    earlier, later = matched
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)
    refresh_matches(article=earlier.article, claims=current_claims(earlier.article))
    assert not ClaimMatch.objects.exists()  # the pair went from the earlier claim's side too

    monkeypatch.undo()
    refresh_matches(article=earlier.article, claims=current_claims(earlier.article))
    assert ClaimMatch.objects.shown().get().claim.article == later


@pytest.mark.django_db
def test_refresh_matches_leaves_a_dismissed_suggestion_dismissed(matched, editor):
    _earlier, later = matched
    dismiss_match(match=ClaimMatch.objects.get(), user=editor)
    refresh_matches(article=later, claims=current_claims(later))
    match = ClaimMatch.objects.get()
    assert match.state == ClaimMatch.State.DISMISSED and match.dismissed_by == editor


@pytest.mark.django_db
def test_reannotate_article_makes_the_suggestions_again(matched, monkeypatch):
    _earlier, later = matched
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)
    reannotate_article(article=later)
    assert not ClaimMatch.objects.exists()


@pytest.mark.django_db
def test_refresh_matches_makes_open_inconsistencies_again_and_keeps_decided_ones(make_article, editor):
    article = make_article(CONTRADICTION, slug="acme")
    opened = Inconsistency.objects.get()
    refresh_matches(article=article, claims=current_claims(article))
    again = Inconsistency.objects.get()
    assert again.pk != opened.pk and again.state == Inconsistency.State.OPEN  # made anew
    assert (again.first_id, again.second_id, again.kind) == (opened.first_id, opened.second_id, opened.kind)

    decide_inconsistency(inconsistency=again, state="dismissed", user=editor)
    refresh_matches(article=article, claims=current_claims(article))
    kept = Inconsistency.objects.get()
    assert (kept.pk, kept.state, kept.decided_by) == (again.pk, "dismissed", editor)


@pytest.mark.django_db
def test_rematch_command_scores_every_article_again_and_says_how_many(matched, monkeypatch, capsys):
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)
    call_command("rematch")
    out = capsys.readouterr().out
    assert out.strip() == "2 articles scored again: 0 suggestions (were 1), 0 open inconsistencies (were 0)"
    assert not ClaimMatch.objects.exists()


FLINS = "Flins\n\nLe groupe Renault a fermé son usine de Flins en 2019 et supprimé 400 emplois.\n"
FLINS_AGAIN = "Flins encore\n\nEn 2019, Renault a fermé son usine de Flins et supprimé 400 emplois.\n"


@pytest.mark.django_db
def test_rematch_command_of_named_articles_leaves_the_others(matched, make_article, editor, monkeypatch, capsys):
    earlier, _later = matched
    flins = reviewed(make_article(FLINS, slug="flins"), editor, contains="Flins")
    make_article(FLINS_AGAIN, slug="flins-encore")
    assert ClaimMatch.objects.shown().count() == 2
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)
    call_command("rematch", earlier.article.slug)
    assert capsys.readouterr().out.startswith("1 article scored again: 1 suggestion (were 2)")
    assert ClaimMatch.objects.shown().get().earlier == flins


@pytest.mark.django_db
def test_rematch_command_refuses_an_unknown_slug_before_changing_anything(matched, monkeypatch):
    _earlier, later = matched
    monkeypatch.setattr(matching.scoring, "THRESHOLD", 1.01)
    with pytest.raises(CommandError, match="no article with the slug 'nulle-part': nothing was changed"):
        call_command("rematch", later.slug, "nulle-part")
    assert ClaimMatch.objects.shown().count() == 1


@pytest.mark.django_db
def test_revision_drops_the_suggestions_of_its_superseded_claims_so_rematch_finds_the_same(
    matched, make_article, editor, capsys
):
    earlier, later = matched
    flins = reviewed(make_article(FLINS, slug="flins"), editor, contains="Flins")
    flins_again = make_article(FLINS_AGAIN, slug="flins-encore")
    dismiss_match(match=ClaimMatch.objects.get(earlier=flins), user=editor)
    # The earlier article corrected elsewhere: its reviewed claim carries over word for word.
    revised = make_article(FIRST + "\nLe site emploie 3 000 personnes.\n", slug=earlier.article.slug)
    assert revised.revision == 2
    successor = earlier.successors.get()

    shown = ClaimMatch.objects.shown()
    assert list(shown.values_list("claim__article__slug", "earlier")) == [(later.slug, successor.pk)]
    assert not ClaimMatch.objects.filter(earlier=earlier).exists()
    # A pair an editor dismissed, of an article not revised, stays as it was.
    kept = ClaimMatch.objects.get(earlier=flins)
    assert (kept.state, kept.claim.article) == (ClaimMatch.State.DISMISSED, flins_again)

    call_command("rematch")
    assert "1 suggestion (were 1)" in capsys.readouterr().out
    assert ClaimMatch.objects.shown().get().earlier == successor
