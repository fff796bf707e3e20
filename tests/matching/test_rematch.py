"""matching.services.refresh_matches, as a re-annotation (claims.services.reannotate_article) and
`manage.py rematch` call it: suggestions and open inconsistencies made again with the rules as
they are now; dismissed suggestions and decided inconsistencies kept."""

from importlib import import_module

import pytest
from django.apps import apps
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


# A cooperative's founding year given twice, differently; its fishermen counted once.
HARBOUR = (
    "Le port de Sète\n\n"
    "La coopérative Thau Marée a été fondée à Sète en 1994 par Paul Vidal. "
    "Elle compte 60 pêcheurs. "
    "Paul Vidal a fondé la coopérative Thau Marée à Sète en 1997.\n"
)
# Corrected elsewhere: the contradiction stays, word for word.
HARBOUR_2 = HARBOUR.replace("60 pêcheurs", "65 pêcheurs")


def open_flags(article) -> list[tuple[int, str, str]]:
    flags = Inconsistency.objects.filter(article=article, state=Inconsistency.State.OPEN)
    return sorted(flags.values_list("first__revision", "first_value", "second_value"))


@pytest.mark.django_db
def test_revision_drops_the_open_inconsistencies_of_its_superseded_claims_so_rematch_finds_the_same(
    make_article, editor, capsys
):
    harbour = make_article(HARBOUR, slug="port-sete")
    assert open_flags(harbour) == [(1, "1994-01-01/1994-12-31", "1997-01-01/1997-12-31")]
    acme = make_article(CONTRADICTION, slug="acme")  # not revised: its flag stays open
    acme_flags = open_flags(acme)
    decided = make_article(CONTRADICTION.replace("40 personnes", "41 personnes"), slug="acme-bis")
    dismissed = decide_inconsistency(
        inconsistency=Inconsistency.objects.get(article=decided), state="dismissed", user=editor
    )

    make_article(HARBOUR_2, slug=harbour.slug)
    make_article(CONTRADICTION.replace("40 personnes", "42 personnes"), slug=decided.slug)
    # Only the current text's flag is open, on the claims that say it now.
    assert open_flags(harbour) == [(2, "1994-01-01/1994-12-31", "1997-01-01/1997-12-31")]
    assert open_flags(acme) == acme_flags
    kept = Inconsistency.objects.get(pk=dismissed.pk)  # an editor's decision on the earlier text stays
    assert (kept.state, kept.decided_by, kept.first.revision) == ("dismissed", editor, 1)
    # and goes with its two claims, carried over word for word (matching.services.carry_decisions)
    carried = Inconsistency.objects.get(article=decided, first__revision=2)
    assert (carried.state, carried.decided_by) == ("dismissed", editor)

    call_command("rematch")
    assert "2 open inconsistencies (were 2)" in capsys.readouterr().out


@pytest.mark.django_db
def test_migration_drops_what_earlier_revisions_left_open(matched, make_article, editor, monkeypatch):
    earlier, later = matched
    harbour = make_article(HARBOUR, slug="port-sete")
    decided = make_article(CONTRADICTION, slug="acme")
    dismissed = decide_inconsistency(
        inconsistency=Inconsistency.objects.get(article=decided), state="dismissed", user=editor
    )
    # Revisions as they were written before: nothing of the claims they superseded dropped.
    monkeypatch.setattr("claims.services.revise.drop_open_findings", lambda claims: None)
    monkeypatch.setattr("claims.services.revise.carry_decisions", lambda successors: None)
    make_article(PARAPHRASE + "\nLe site fêtera ses cinquante ans au printemps.\n", slug=later.slug)
    make_article(HARBOUR_2, slug=harbour.slug)
    make_article(CONTRADICTION.replace("40 personnes", "42 personnes"), slug=decided.slug)
    assert ClaimMatch.objects.shown().count() == 2 and Inconsistency.objects.filter(state="open").count() == 3

    import_module("matching.migrations.0006_drop_superseded_open_findings").drop_superseded_open_findings(apps, None)

    current = Claim.objects.get(article=later, revision=2, text__contains="120 M€")
    assert list(ClaimMatch.objects.shown().values_list("claim", "earlier")) == [(current.pk, earlier.pk)]
    assert open_flags(harbour) == [(2, "1994-01-01/1994-12-31", "1997-01-01/1997-12-31")]
    assert open_flags(decided)[0][0] == 2
    assert Inconsistency.objects.get(pk=dismissed.pk).state == "dismissed"
