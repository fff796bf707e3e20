"""Revisions: re-anchoring claims in a corrected text (pure functions, hypothesis) and the service
that writes a new revision of an article (demo article, database)."""

import io
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotations.models import Entity, EntityAlias, Mention
from claims.models import Article, ArticleRevision, Claim, Review, Source, Verdict
from claims.reanchor import QUOTE_THRESHOLD, Outcome, reanchor, word_diff, word_similarity, words
from claims.revisions import claim_diff, revision_summaries, with_claim_changes
from claims.services import ArticleInput, ReviewError, SourceInput, ingest_article, review_claim, revise_article
from tests.conftest import SAMPLE_TEXT


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def layout(sentences: list[str], separators: list[str] | None = None) -> tuple[str, list[Span]]:
    """Joins sentences into a body and returns it with the span of each sentence."""
    body, spans = "", []
    for index, sentence in enumerate(sentences):
        if index:
            body += separators[index - 1] if separators else " "
        spans.append(Span(len(body), len(body) + len(sentence), sentence))
        body += sentence
    return body, spans


def anchors_by_old(anchors):
    return {anchor.old: anchor for anchor in anchors if anchor.old is not None}


def lcs_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Independent oracle: 2·LCS/(|a|+|b|) by dynamic programming over the words."""
    if not a and not b:
        return 1.0
    row = [0] * (len(b) + 1)
    for x in a:
        previous_diagonal = 0
        for j, y in enumerate(b, start=1):
            previous_diagonal, row[j] = row[j], previous_diagonal + 1 if x == y else max(row[j], row[j - 1])
    return 2 * row[-1] / (len(a) + len(b))


# -- words and similarity ------------------------------------------------------------------


def test_words_ignore_case_whitespace_and_punctuation():
    assert words("En 2016, l’idée\u00a0a vu le jour !") == words("en 2016 l'idée a   vu le jour.")
    assert words("snake_case") == ("snake", "case")


def test_word_similarity_counts_surviving_words_in_order():
    # 4 of 5 words survive: 2·4/(5+5)
    assert word_similarity("un deux trois quatre cinq", "un deux TROIS quatre six") == 0.8
    assert word_similarity("a b", "c d") == 0.0


# -- reanchor: hand-made cases --------------------------------------------------------------


def test_reanchor_carries_over_a_sentence_whose_punctuation_changed():
    old_body, old = layout(["Le groupe a annoncé une usine à Lyon.", "Il pleut."])
    new_body, new = layout(["Le groupe a annoncé\u00a0: une usine, à Lyon !", "Il pleut."])
    anchors = anchors_by_old(reanchor(old_body=old_body, old_spans=old, new_body=new_body, new_spans=new))
    assert (anchors[0].outcome, anchors[0].new) == (Outcome.UNCHANGED, 0)
    assert (anchors[1].outcome, anchors[1].new) == (Outcome.UNCHANGED, 1)


def test_reanchor_links_a_corrected_date_as_edited():
    sentence = "En 2016, Microsoft a investi cinquante millions de dollars dans le laboratoire de recherche."
    old_body, old = layout(["Un début.", sentence, "Une fin."])
    new_body, new = layout(["Un début.", sentence.replace("2016", "2019"), "Une fin."])
    anchors = reanchor(old_body=old_body, old_spans=old, new_body=new_body, new_spans=new)
    edited = anchors_by_old(anchors)[1]
    assert (edited.outcome, edited.new) == (Outcome.EDITED, 1)
    assert edited.similarity >= QUOTE_THRESHOLD
    assert [a.outcome for a in anchors].count(Outcome.NEW) == 0


def test_reanchor_does_not_link_a_rewritten_sentence():
    old_body, old = layout(["Microsoft proposait un investissement en échange des technologies."])
    new_body, new = layout(["Le géant offrait surtout du calcul à prix réduit, sans investissement."])
    anchors = reanchor(old_body=old_body, old_spans=old, new_body=new_body, new_spans=new)
    assert sorted((a.outcome, a.old, a.new) for a in anchors) == [(Outcome.NEW, None, 0), (Outcome.REMOVED, 0, None)]


def test_reanchor_tells_repeated_sentences_apart_by_their_context():
    repeated = "Nous risquons de devenir les spectateurs passifs d'une révolution."
    first = ["Les entreprises doivent rendre des comptes.", repeated, "Conclusion provisoire."]
    second = ["Nous avons une décennie pour agir.", repeated, "Il est important de repenser l'éducation."]
    old_body, old = layout(first + second)
    new_body, new = layout(second)  # the paragraph holding the first copy is gone
    anchors = anchors_by_old(reanchor(old_body=old_body, old_spans=old, new_body=new_body, new_spans=new))
    assert anchors[1].outcome == Outcome.REMOVED
    assert (anchors[4].outcome, anchors[4].new) == (Outcome.UNCHANGED, 1)


def test_reanchor_prefers_an_identical_sentence_over_a_close_variant():
    variant = "Musk a investi entre cinquante et cent millions dans OpenAI."
    exact = "Musk a investi entre cinquante et cent millions dans OpenAI, disait-il."
    old_body, old = layout([exact])
    # The variant stands where the old sentence stood; the identical one moved to the end.
    new_body, new = layout([variant, "Une phrase sans rapport aucun.", exact])
    anchors = anchors_by_old(reanchor(old_body=old_body, old_spans=old, new_body=new_body, new_spans=new))
    assert (anchors[0].outcome, anchors[0].new) == (Outcome.UNCHANGED, 2)


def test_reanchor_handles_empty_sides():
    body, spans = layout(["Une phrase.", "Une autre."])
    assert [a.outcome for a in reanchor(old_body="", old_spans=[], new_body=body, new_spans=spans)] == [Outcome.NEW] * 2
    assert [a.outcome for a in reanchor(old_body=body, old_spans=spans, new_body="", new_spans=[])] == [
        Outcome.REMOVED
    ] * 2


# -- reanchor: property-based --------------------------------------------------------------

VOCABULARY = [
    "musk",
    "altman",
    "openai",
    "microsoft",
    "accord",
    "procès",
    "conseil",
    "fonds",
    "millions",
    "dollars",
    "recherche",
    "éthique",
    "avenir",
    "société",
    "technologie",
    "emails",
    "révélés",
    "tensions",
    "croissantes",
    "investissement",
    "chercheurs",
    "talents",
    "départ",
    "organisation",
    "mission",
    "lucratif",
    "marché",
    "géants",
    "google",
    "deepmind",
    "contrôle",
    "humanité",
    "lutte",
    "pouvoir",
    "idée",
    "partenariat",
    "stratégique",
    "calcul",
    "réduit",
    "prix",
    "offre",
    "année",
    "début",
    "fin",
    "rapide",
    "lent",
    "grand",
    "petit",
    "nouveau",
    "ancien",
    "premier",
    "dernier",
]
WORD_GAPS = [" ", "  ", "\u00a0", "\n", ", ", " ; ", " – ", "’", "-", " « ", " » ", " (", ") "]
ENDINGS = [".", " !", " ?", "…", "", " ».", ".)"]

sentence_words = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=12).map(tuple)


@st.composite
def rendering(draw, sentence: tuple[str, ...]) -> str:
    """The words of `sentence` with random whitespace and punctuation between and after them."""
    gaps = draw(st.lists(st.sampled_from(WORD_GAPS), min_size=len(sentence) - 1, max_size=len(sentence) - 1))
    text = sentence[0].capitalize() if draw(st.booleans()) else sentence[0]
    for gap, word in zip(gaps, sentence[1:], strict=True):
        text += gap + word
    return text + draw(st.sampled_from(ENDINGS))


@st.composite
def reworded(draw, sentence: tuple[str, ...]) -> tuple[str, ...]:
    """`sentence` with 1 to 6 words replaced, deleted or inserted."""
    result = list(sentence)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["replace", "delete", "insert"]))
        index = draw(st.integers(0, max(len(result) - 1, 0)))
        if action == "replace" and result:
            result[index] = draw(st.sampled_from(VOCABULARY))
        elif action == "delete" and len(result) > 1:
            del result[index]
        else:
            result.insert(index, draw(st.sampled_from(VOCABULARY)))
    return tuple(result)


@st.composite
def edited_article(draw):
    """An old and a new text, with each new sentence's origin: (old index or None, words)."""
    old_words = draw(st.lists(sentence_words, min_size=1, max_size=10, unique=True))
    old_texts = [draw(rendering(sentence)) for sentence in old_words]
    new_entries = []  # (origin, words, text)
    for index, sentence in enumerate(old_words):
        if draw(st.booleans()):  # a paragraph or sentence inserted before this one
            inserted = draw(sentence_words)
            new_entries.append((None, inserted, draw(rendering(inserted))))
        fate = draw(st.sampled_from(["keep", "retype", "reword", "delete"]))
        if fate == "keep":
            new_entries.append((index, sentence, old_texts[index]))
        elif fate == "retype":
            new_entries.append((index, sentence, draw(rendering(sentence))))
        elif fate == "reword":
            changed = draw(reworded(sentence))
            new_entries.append((index, changed, draw(rendering(changed))))
    # Distinct sentences on each side: a verdict belongs to one sentence, not to its twins.
    assume(new_entries and len({entry[1] for entry in new_entries}) == len(new_entries))
    gaps = st.sampled_from([" ", "\n\n", "  ", "\n"])
    old_gaps = draw(st.lists(gaps, min_size=len(old_texts), max_size=len(old_texts)))
    new_gaps = draw(st.lists(gaps, min_size=len(new_entries), max_size=len(new_entries)))
    old_body, old_spans = layout(old_texts, old_gaps)
    new_body, new_spans = layout([entry[2] for entry in new_entries], new_gaps)
    return old_words, old_body, old_spans, new_entries, new_body, new_spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(edited_article())
def test_reanchor_never_links_sentences_whose_words_changed_beyond_the_threshold(case):
    old_words, old_body, old_spans, new_entries, new_body, new_spans = case
    anchors = reanchor(old_body=old_body, old_spans=old_spans, new_body=new_body, new_spans=new_spans)
    for anchor in anchors:
        if anchor.old is None or anchor.new is None:
            continue
        before, after = old_words[anchor.old], new_entries[anchor.new][1]
        assert lcs_similarity(before, after) >= QUOTE_THRESHOLD
        # A verdict is carried over (unchanged) only to the very same words.
        assert (anchor.outcome == Outcome.UNCHANGED) == (before == after)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(edited_article())
def test_reanchor_always_carries_over_sentences_whose_words_did_not_change(case):
    old_words, old_body, old_spans, new_entries, new_body, new_spans = case
    anchors = anchors_by_old(reanchor(old_body=old_body, old_spans=old_spans, new_body=new_body, new_spans=new_spans))
    for new_index, (origin, sentence, _text) in enumerate(new_entries):
        if origin is not None and sentence == old_words[origin]:
            assert (anchors[origin].outcome, anchors[origin].new) == (Outcome.UNCHANGED, new_index)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(edited_article())
def test_reanchor_accounts_for_every_claim_exactly_once(case):
    _old_words, old_body, old_spans, _new_entries, new_body, new_spans = case
    anchors = reanchor(old_body=old_body, old_spans=old_spans, new_body=new_body, new_spans=new_spans)
    assert sorted(a.old for a in anchors if a.old is not None) == list(range(len(old_spans)))
    assert sorted(a.new for a in anchors if a.new is not None) == list(range(len(new_spans)))


# -- revise_article: the demo article ------------------------------------------------------

DEMO = Path(django_settings.BASE_DIR) / "fixtures" / "openai-saga.fr.txt"
FIXED = (
    "alors qu’OpenAI cherchait à établir un partenariat stratégique avec Microsoft",
    "alors qu’OpenAI négociait avec Microsoft une offre de puissance de calcul à prix réduit",
)
HEADING = ("\nLa négociation avec Microsoft\n", "\nUne offre de calcul, pas un investissement\n")
INSERTED = (
    "\n\nMicrosoft n’a investi dans OpenAI qu’en juillet 2019, à hauteur d’un milliard de dollars. "
    "Cet investissement a suivi la création d’OpenAI LP en mars 2019."
)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str

    @property
    def delta(self) -> int:
        return len(self.replacement) - (self.end - self.start)


def apply_edits(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda edit: edit.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def touched(claim: Claim, edits: list[Edit]) -> bool:
    return any(
        claim.start < edit.start < claim.end
        if edit.start == edit.end
        else edit.start < claim.end and claim.start < edit.end
        for edit in edits
    )


def moved(offset: int, edits: list[Edit]) -> int:
    """Where an offset of the old text lands in the new one (outside any edited span)."""
    return offset + sum(edit.delta for edit in edits if edit.end <= offset)


def demo_edits(text: str) -> tuple[list[Edit], Edit, Edit]:
    """The correction of the demo article: returns all edits, the deletion and the insertion."""
    fix_at = text.index(FIXED[0])
    heading_at = text.index(HEADING[0])
    insert_at = text.index("\n\nLa transformation d’OpenAI")
    deleted_start = text.index("Un appel à la responsabilité collective\n\n") + len(
        "Un appel à la responsabilité collective\n\n"
    )
    deleted_end = text.index("Conclusion : vers un avenir Incertain")
    deletion = Edit(deleted_start, deleted_end, "")
    insertion = Edit(insert_at, insert_at, INSERTED)
    edits = [
        Edit(fix_at, fix_at + len(FIXED[0]), FIXED[1]),
        Edit(heading_at, heading_at + len(HEADING[0]), HEADING[1]),
        insertion,
        deletion,
    ]
    return edits, deletion, insertion


def review_history(claim: Claim) -> list[tuple]:
    return [
        (
            r.verdict,
            r.rationale,
            r.reviewer_id,
            r.claim_version,
            r.created_at,
            [s.url for s in r.sources.all()],
        )
        for r in claim.reviews.history()
    ]


@pytest.fixture
def reviewed_demo(make_article, editor):
    """The demo article with every claim reviewed once, the 2016 Microsoft sentence twice."""
    text = DEMO.read_text(encoding="utf-8")
    article = make_article(text=text, slug="openai-saga")
    claims = list(Claim.objects.filter(article=article, revision=1).order_by("position"))
    for claim in claims:
        source = SourceInput(url=f"https://example.org/evidence/{claim.position}")
        review_claim(claim=claim, reviewer=editor, verdict=Verdict.SOURCED, sources=[source], expected_version=1)
    [microsoft] = [claim for claim in claims if FIXED[0] in claim.text]
    review_claim(
        claim=microsoft,
        reviewer=editor,
        verdict=Verdict.DISPUTED,
        rationale="A compute discount, not an investment.",
        sources=[SourceInput(url="https://example.org/the-verge-2024-11-18")],
        expected_version=2,
    )
    return article


def test_revise_article_demo_keeps_every_untouched_verdict_and_history(reviewed_demo, editor):
    old_text = reviewed_demo.body
    edits, deletion, insertion = demo_edits(old_text)
    new_text = apply_edits(old_text, edits)
    old_claims = list(Claim.objects.filter(article=reviewed_demo, revision=1).order_by("position"))
    histories = {claim.pk: review_history(claim) for claim in old_claims}

    result = ingest_article(item=ArticleInput(text=new_text, slug="openai-saga"), user=editor)

    assert (result.created, result.revised, result.article.revision) == (False, True, 2)
    successors = {c.previous_id: c for c in Claim.objects.filter(article=reviewed_demo, revision=2)}
    untouched = [claim for claim in old_claims if not touched(claim, edits)]
    assert len(untouched) >= len(old_claims) - 5  # the deleted paragraph and the fixed sentence
    for old in untouched:
        new = successors[old.pk]
        # The right sentence: the same text at the place the edits moved it to.
        assert (new.text, new.start) == (old.text, moved(old.start, edits))
        assert (new.verdict, new.version, new.needs_rereview) == (old.verdict, old.version, False)
        assert review_history(new) == histories[old.pk]


def test_revise_article_demo_marks_the_fixed_sentence_for_re_review(reviewed_demo, editor):
    edits, _deletion, _insertion = demo_edits(reviewed_demo.body)
    ingest_article(item=ArticleInput(text=apply_edits(reviewed_demo.body, edits), slug="openai-saga"))

    [fixed] = Claim.objects.filter(article=reviewed_demo, revision=2, text__contains=FIXED[1])
    assert fixed.needs_rereview
    assert (fixed.verdict, fixed.version, fixed.reviews.count()) == (Verdict.UNVERIFIED, 1, 0)
    assert FIXED[0] in fixed.previous.text
    assert (fixed.previous.revision, fixed.previous.verdict) == (1, Verdict.DISPUTED)


def test_revise_article_demo_removes_the_deleted_paragraph_and_adds_the_inserted_one(reviewed_demo):
    old_text = reviewed_demo.body
    edits, deletion, insertion = demo_edits(old_text)
    ingest_article(item=ArticleInput(text=apply_edits(old_text, edits), slug="openai-saga"))

    old_claims = Claim.objects.filter(article=reviewed_demo, revision=1)
    continued = set(Claim.objects.filter(article=reviewed_demo, revision=2).values_list("previous_id", flat=True))
    removed = {claim.pk for claim in old_claims if claim.pk not in continued}
    in_deleted = {claim.pk for claim in old_claims if deletion.start <= claim.start < deletion.end}
    assert removed == in_deleted and removed
    inserted_start = moved(insertion.start, [edit for edit in edits if edit is not insertion])
    new_claims = Claim.objects.filter(article=reviewed_demo, revision=2, previous__isnull=True)
    assert new_claims.exists()
    for claim in new_claims:
        assert inserted_start <= claim.start < inserted_start + len(INSERTED)
        assert (claim.verdict, claim.needs_rereview, claim.reviews.count()) == (Verdict.UNVERIFIED, False, 0)


def test_revise_article_demo_matches_a_repeated_sentence_by_its_place(reviewed_demo):
    old_text = reviewed_demo.body
    repeated = "Si nous ne prenons pas conscience de ces enjeux"
    edits, deletion, _insertion = demo_edits(old_text)
    ingest_article(item=ArticleInput(text=apply_edits(old_text, edits), slug="openai-saga"))

    first, second = Claim.objects.filter(article=reviewed_demo, revision=1, text__startswith=repeated).order_by("start")
    assert deletion.start <= first.start < deletion.end  # the copy in the deleted paragraph
    assert not first.successors.exists()
    assert second.successors.get().start == moved(second.start, edits)


def test_revise_article_demo_keeps_the_old_revision_readable(reviewed_demo):
    old_text = reviewed_demo.body
    old_claims = {c.pk: (c.text, c.verdict, c.version) for c in Claim.objects.filter(article=reviewed_demo)}
    old_reviews = Review.objects.filter(claim__article=reviewed_demo).count()
    edits, _deletion, _insertion = demo_edits(old_text)
    ingest_article(item=ArticleInput(text=apply_edits(old_text, edits), slug="openai-saga"))

    first = ArticleRevision.objects.get(article=reviewed_demo, number=1)
    assert first.body == old_text
    for claim in Claim.objects.filter(article=reviewed_demo, revision=1):
        assert old_claims[claim.pk] == (claim.text, claim.verdict, claim.version)
        assert first.body[claim.start : claim.end] == claim.text
    assert Review.objects.filter(claim__revision=1, claim__article=reviewed_demo).count() == old_reviews
    assert Mention.objects.filter(article=reviewed_demo, revision=1).exists()
    assert Mention.objects.filter(article=reviewed_demo, revision=2).exists()
    reviewed_demo.refresh_from_db()
    for claim in Claim.objects.filter(article=reviewed_demo, revision=2):
        assert reviewed_demo.body[claim.start : claim.end] == claim.text


# -- revise_article: mechanics on a small article -------------------------------------------


def retyped(text: str) -> str:
    """The same words with other typography: curly apostrophes, no-break spaces, extra spaces."""
    return text.replace("'", "’").replace(" ?", "\u00a0?").replace(", ", " , ").replace(". ", ".  ")


def test_ingest_article_same_text_creates_no_revision(article):
    claims = Claim.objects.filter(article=article).count()

    result = ingest_article(item=ArticleInput(text=article.body, slug=article.slug))

    assert (result.created, result.revised) == (False, False)
    assert ArticleRevision.objects.filter(article=article).count() == 1
    assert Claim.objects.filter(article=article).count() == claims
    article.refresh_from_db()
    assert article.revision == 1


def test_revise_article_same_text_as_current_creates_no_revision(article, editor):
    result = revise_article(article=article, item=ArticleInput(text=article.body, slug=article.slug), user=editor)

    assert result.number is None
    assert ArticleRevision.objects.filter(article=article).count() == 1


def test_revise_article_copies_reviews_and_sources_of_a_retyped_claim(article, editor):
    claim = Claim.objects.filter(article=article).order_by("position").first()
    source = SourceInput(
        url="https://example.org/a", title="Un titre", publisher="Un journal", published_on=date(2021, 3, 4)
    )
    review_claim(claim=claim, reviewer=editor, verdict=Verdict.SOURCED, sources=[source], expected_version=1)
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.DISPUTED,
        rationale="Le chiffre a changé.",
        sources=[source],
        expected_version=2,
    )

    result = revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))

    assert result.number == 2 and result.counts["edited"] == result.counts["removed"] == 0
    successor = claim.successors.get()
    assert (successor.revision, successor.verdict, successor.version) == (2, Verdict.DISPUTED, 3)
    assert review_history(successor) == review_history(claim)
    assert not set(successor.reviews.values_list("pk", flat=True)) & set(claim.reviews.values_list("pk", flat=True))
    copied = Source.objects.get(review__claim=successor, review__claim_version=3)
    assert (copied.title, copied.publisher, copied.published_on) == ("Un titre", "Un journal", date(2021, 3, 4))


def test_revise_article_links_an_edited_claim_for_re_review(article, editor):
    claim = Claim.objects.get(article=article, revision=1, text__contains="120 millions")
    review_claim(
        claim=claim,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/a")],
        expected_version=1,
    )

    revise_article(article=article, item=ArticleInput(text=article.body.replace("120", "150"), slug=article.slug))

    edited = claim.successors.get()
    assert "150 millions" in edited.text
    assert (edited.verdict, edited.version, edited.needs_rereview) == (Verdict.UNVERIFIED, 1, True)
    review_claim(
        claim=edited,
        reviewer=editor,
        verdict=Verdict.SOURCED,
        sources=[SourceInput(url="https://example.org/b")],
        expected_version=1,
    )
    edited.refresh_from_db()
    assert (edited.verdict, edited.needs_rereview) == (Verdict.SOURCED, False)


def test_review_claim_refuses_a_claim_of_an_earlier_revision(article, editor):
    old = Claim.objects.filter(article=article).order_by("position").first()
    revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))

    with pytest.raises(ReviewError) as refused:
        review_claim(
            claim=old,
            reviewer=editor,
            verdict=Verdict.SOURCED,
            sources=[SourceInput(url="https://example.org/a")],
            expected_version=1,
        )

    assert refused.value.field == "claim"
    assert not old.reviews.exists()


def test_revise_article_annotates_the_new_text_with_current_aliases(article):
    entity = Entity.objects.create(name="Groupe Renault", kind="ORG")
    EntityAlias.objects.create(entity=entity, name="Renault")

    revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))

    mention = Mention.objects.get(article=article, revision=2, text="Renault")
    assert mention.entity == entity


def test_revise_article_writes_nothing_when_a_step_fails(article, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("claims.services.revise._copy_reviews", fail)
    with pytest.raises(RuntimeError):
        revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))

    article.refresh_from_db()
    assert article.revision == 1 and article.body == SAMPLE_TEXT
    assert not ArticleRevision.objects.filter(article=article, number=2).exists()
    assert not Claim.objects.filter(article=article, revision=2).exists()
    assert not Mention.objects.filter(article=article, revision=2).exists()


def test_revise_article_keeps_status_unless_publishing(make_article):
    draft = make_article(publish=False)
    revise_article(article=draft, item=ArticleInput(text=retyped(draft.body), slug=draft.slug))
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT

    revise_article(article=draft, item=ArticleInput(text=draft.body + "\nFin.\n", slug=draft.slug, publish=True))
    draft.refresh_from_db()
    assert (draft.status, draft.revision) == (Article.Status.PUBLISHED, 3)


def paragraphs(count: int) -> str:
    return "Un titre\n\n" + "".join(
        f"Le conseil numéro {n} a voté le budget de la ville {n}. Le maire {n} a salué ce vote.\n\n"
        for n in range(count)
    )


def test_revise_article_runs_the_same_queries_whatever_the_size(make_article, editor):
    counts = []
    for size in (2, 12):
        article = make_article(text=paragraphs(size), slug=f"conseil-{size}")
        for claim in Claim.objects.filter(article=article):
            review_claim(
                claim=claim,
                reviewer=editor,
                verdict=Verdict.SOURCED,
                sources=[SourceInput(url="https://example.org/a")],
                expected_version=1,
            )
        analysis = analyse_for(retyped(article.body) + "Une phrase de plus à la fin.\n")
        with CaptureQueriesContext(connection) as queries:
            revise_article(
                article=article, item=ArticleInput(text=analysis[0], slug=article.slug), analysis=analysis[1]
            )
        counts.append(len(queries))
        # Measured alone: the other size's reviewed claims would be matched (matching.services),
        # adding rows that depend on the data, not on the size.
        article.delete()
    assert counts[0] == counts[1]


def analyse_for(text: str):
    from annotations.nlp.pipeline import analyse

    return text, analyse(text, language="fr", model=django_settings.SAGA_LANGUAGES["fr"], aliases={})


# -- reading revisions ----------------------------------------------------------------------


def revised_sample(article, reviewer=None):
    """A revision that edits one claim, deletes one and adds one; with a `reviewer`, the claim it
    edits was reviewed first (so it asks for a re-review)."""
    if reviewer is not None:
        claim = Claim.objects.get(article=article, revision=1, text__contains="120 millions")
        source = SourceInput(url="https://example.org/a")
        review_claim(claim=claim, reviewer=reviewer, verdict=Verdict.SOURCED, sources=[source], expected_version=1)
    text = (
        article.body.replace("120 millions", "150 millions")
        .replace(" Est-ce une bonne nouvelle ?", "")
        .replace("créés en 2022.", "créés en 2022. La mairie a promis une aide.")
    )
    return revise_article(article=article, item=ArticleInput(text=text, slug=article.slug))


def test_claim_diff_lists_each_claim_once_in_reading_order(article):
    result = revised_sample(article)

    rows = claim_diff(article=article, number=2)

    assert sorted(str(row.outcome) for row in rows) == sorted(str(anchor.outcome) for anchor in result.anchors)
    old_ids = [row.old.pk for row in rows if row.old]
    new_ids = [row.new.pk for row in rows if row.new]
    assert old_ids == list(Claim.objects.filter(article=article, revision=1).values_list("pk", flat=True))
    assert new_ids == list(Claim.objects.filter(article=article, revision=2).values_list("pk", flat=True))
    [edited] = [row for row in rows if row.outcome == Outcome.EDITED]
    assert "120" in edited.old.text and "150" in edited.new.text


def test_revision_summaries_count_what_happened_to_the_claims(article, django_assert_num_queries):
    result = revised_sample(article)

    with django_assert_num_queries(2):
        first, second = revision_summaries(article=article)

    assert (first.revision.number, first.new, first.is_current) == (1, first.claims, False)
    counts = result.counts
    assert second.is_current
    assert (second.unchanged, second.edited, second.removed, second.new) == (
        counts["unchanged"],
        counts["edited"],
        counts["removed"],
        counts["new"],
    )


def test_with_claim_changes_counts_match_the_summaries(article, editor):
    revised_sample(article, reviewer=editor)
    summaries = {s.revision.number: s for s in revision_summaries(article=article)}

    for revision in with_claim_changes(ArticleRevision.objects.filter(article=article)):
        summary = summaries[revision.number]
        assert (revision.claim_count, revision.new_count, revision.removed_count) == (
            summary.claims,
            summary.new,
            summary.removed,
        )
    assert revision.rereview_count == summary.edited == 1  # the edited claim was reviewed


def test_with_claim_changes_counts_no_re_review_for_an_edit_nobody_reviewed(article):
    revised_sample(article)

    revision = with_claim_changes(ArticleRevision.objects.filter(article=article, number=2)).get()
    assert (revision.rereview_count, revision.removed_count, revision.new_count) == (0, 1, 1)


def test_word_diff_marks_the_changed_words():
    runs = word_diff("Il a investi 50 millions.", "Il a investi 1 milliard.")

    assert "".join(text for op, text in runs if op != "delete") == "Il a investi 1 milliard."
    assert "".join(text for op, text in runs if op != "insert") == "Il a investi 50 millions."
    assert ("delete", "50") in runs and ("insert", "1") in runs


# -- admin: revision list, claim diff, ingest of a new text ---------------------------------


def test_revision_admin_changelist_queries_do_not_grow_with_revisions(admin_client, make_article):
    first = make_article(slug="premier")
    revised_sample(first)
    url = reverse("admin:claims_articlerevision_changelist")
    with CaptureQueriesContext(connection) as few:
        assert admin_client.get(url).status_code == 200
    second = make_article(slug="second")
    revised_sample(second)
    revise_article(article=second, item=ArticleInput(text=retyped(SAMPLE_TEXT), slug="second"))

    with CaptureQueriesContext(connection) as many:
        response = admin_client.get(url)

    assert len(many) == len(few)
    assert response.context["cl"].result_count == 5


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("Une usine\n\nLe groupe Renault ouvre une usine à Lyon en 2022.\n", "en", "The first text of the article: 1 claim."),
        ("Une usine\n\nLe groupe Renault ouvre une usine à Lyon en 2022.\n", "fr", "Le premier texte de l’article : 1 affirmation."),
        (SAMPLE_TEXT, "fr", "Le premier texte de l’article : {count} affirmations."),
    ],
)  # fmt: skip
def test_revision_admin_counts_the_claims_of_a_first_text_in_singular_or_plural(admin_client, text, language, message):
    article = ingest_article(item=ArticleInput(text=text, slug="usine")).article
    revision = ArticleRevision.objects.get(article=article, number=1)

    response = admin_client.get(
        reverse("admin:claims_articlerevision_change", args=[revision.pk]), HTTP_ACCEPT_LANGUAGE=language
    )

    count = article.claims.count()
    assert count == 1 or "{count}" in message
    assert message.format(count=count) in response.content.decode()


def test_revision_admin_page_shows_the_claim_diff(admin_client, article, editor, django_assert_max_num_queries):
    revised_sample(article, reviewer=editor)
    revision = ArticleRevision.objects.get(article=article, number=2)

    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("admin:claims_articlerevision_change", args=[revision.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<del>120</del>" in html and "<ins>150</ins>" in html
    assert html.count('class="saga-rereview"') == 1
    assert html.count('class="saga-diff-removed"') == 1 and html.count('class="saga-diff-new"') == 1


def test_revision_admin_page_of_a_first_revision_has_no_diff(admin_client, article):
    revision = ArticleRevision.objects.get(article=article, number=1)

    response = admin_client.get(reverse("admin:claims_articlerevision_change", args=[revision.pk]))

    assert response.status_code == 200
    assert 'class="saga-claim-diff"' not in response.content.decode()


def test_revision_admin_page_queries_do_not_grow_with_claims(admin_client, make_article):
    counts = []
    for size in (2, 8):
        article = make_article(text=paragraphs(size), slug=f"conseil-{size}")
        revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))
        revision = ArticleRevision.objects.get(article=article, number=2)
        with CaptureQueriesContext(connection) as queries:
            admin_client.get(reverse("admin:claims_articlerevision_change", args=[revision.pk]))
        counts.append(len(queries))
        # Measured alone: the other size's reviewed claims would be matched (matching.services),
        # adding rows that depend on the data, not on the size.
        article.delete()
    assert counts[0] == counts[1]


def test_article_admin_lists_the_revisions_of_an_article(admin_client, article):
    revised_sample(article)

    response = admin_client.get(reverse("admin:claims_article_change", args=[article.pk]))

    html = response.content.decode()
    for revision in ArticleRevision.objects.filter(article=article):
        assert reverse("admin:claims_articlerevision_change", args=[revision.pk]) in html


def test_article_admin_ingesting_a_new_text_shows_what_changed(admin_client, article):
    data = {"text": retyped(article.body), "pasted_format": "text", "slug": article.slug, "language": "fr"}

    response = admin_client.post(reverse("admin:claims_article_add"), data)

    revision = ArticleRevision.objects.get(article=article, number=2)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_articlerevision_change", args=[revision.pk])


# -- API: GET /api/articles/{slug}/revisions/ -----------------------------------------------


def test_api_article_revisions_lists_revisions_with_claim_changes(client, article, django_assert_num_queries):
    result = revised_sample(article)
    url = reverse("api:article-revisions", kwargs={"slug": article.slug})

    with django_assert_num_queries(3):
        response = client.get(url)

    first, second = response.json()
    assert (first["number"], first["current"], second["number"], second["current"]) == (1, False, 2, True)
    assert {key: second[key] for key in result.counts} == result.counts
    assert second["claims"] == Claim.objects.filter(article=article, revision=2).count()


def test_api_article_revisions_queries_do_not_grow_with_revisions(client, article, django_assert_num_queries):
    revised_sample(article)
    revise_article(article=article, item=ArticleInput(text=retyped(article.body), slug=article.slug))
    revise_article(article=article, item=ArticleInput(text=SAMPLE_TEXT, slug=article.slug))

    with django_assert_num_queries(3):
        response = client.get(reverse("api:article-revisions", kwargs={"slug": article.slug}))

    assert [revision["number"] for revision in response.json()] == [1, 2, 3, 4]


def test_api_article_revisions_hides_drafts(client, make_article):
    draft = make_article(publish=False, slug="brouillon")

    response = client.get(reverse("api:article-revisions", kwargs={"slug": draft.slug}))

    assert response.status_code == 404


def test_ingest_command_reports_a_new_revision(db, tmp_path):
    path = tmp_path / "usine.txt"
    path.write_text(SAMPLE_TEXT, encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    path.write_text(retyped(SAMPLE_TEXT), encoding="utf-8")
    out = io.StringIO()

    call_command("ingest", str(path), stdout=out, stderr=io.StringIO())

    claims = Claim.objects.filter(article__slug="usine", revision=2).count()
    assert f"usine: revised to r2 ({claims} claims" in out.getvalue()


# -- a revision racing reviews (PostgreSQL: SQLite has no row locks) ------------------------


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_revise_article_racing_reviews_loses_none(make_article, editor):
    article = make_article(text=paragraphs(6), slug="course")
    claim_ids = list(Claim.objects.filter(article=article).order_by("position").values_list("pk", flat=True))
    new_text = retyped(article.body)
    analysis = analyse_for(new_text)[1]
    barrier = threading.Barrier(len(claim_ids) + 1)

    def review(claim_id):
        barrier.wait(timeout=60)
        try:
            return review_claim(
                claim=Claim.objects.get(pk=claim_id),
                reviewer=editor,
                verdict=Verdict.SOURCED,
                rationale=f"claim {claim_id}",
                sources=[SourceInput(url="https://example.org/a")],
                expected_version=1,
            )
        except ReviewError as refusal:
            return refusal
        finally:
            connections.close_all()

    def revise():
        barrier.wait(timeout=60)
        try:
            return revise_article(
                article=Article.objects.get(pk=article.pk),
                item=ArticleInput(text=new_text, slug=article.slug),
                analysis=analysis,
            )
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(claim_ids) + 1) as pool:
        pending = [pool.submit(review, claim_id) for claim_id in claim_ids]
        revision = pool.submit(revise).result(timeout=120)
        reviews = [future.result(timeout=120) for future in pending]

    assert revision.number == 2
    for claim_id, outcome in zip(claim_ids, reviews, strict=True):
        old = Claim.objects.get(pk=claim_id)
        successor = old.successors.get()
        # Accepted before the revision: copied to the new claim. After: refused, nothing lost.
        assert isinstance(outcome, Review) == old.reviews.exists()
        assert review_history(successor) == review_history(old)
