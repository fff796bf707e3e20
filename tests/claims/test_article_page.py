"""The article page's pieces (claims/article_page.py, claims/page_text.py): segments, marks, amounts, and cache keys
that change with what the page shows."""

from decimal import Decimal

from django.contrib.auth.models import AnonymousUser
from django.template import engines
from django.test import RequestFactory
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from annotations.models import Entity, Mention
from claims import article_page, page_text, reader
from claims.article_page import PageState
from claims.page_text import BlockView, BlockWriter, Segment, amount_value, text_segments
from claims.reader import MentionRow
from tests.claims.reader_data import BlockSpec, MentionSpec, build_article

LABELS = ["PER", "ORG", "LOC", "MISC", "DATE", "MONEY"]


def rendered(segments) -> str:
    template = engines["jinja2"].get_template("claims/reader/claim_text.html")
    return template.render({"segments": segments})


@st.composite
def layouts(draw):
    """A text and mention rows in it, overlapping and crossing as they come."""
    text = draw(st.text(alphabet="ab <&\"'\n.é", min_size=1, max_size=40))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        label = draw(st.sampled_from(LABELS))
        rows.append(
            MentionRow(
                start=start,
                end=end,
                label=label,
                entity_id=1 if label in LABELS[:4] else None,
                value="2016" if label == "DATE" else "",
                amount_min=Decimal(5) if label == "MONEY" else None,
                amount_max=Decimal(5) if label == "MONEY" else None,
                currency="EUR" if label == "MONEY" else "",
            )
        )
    rows.sort(key=lambda row: (row.start, -row.end))
    return text, rows


@given(layouts())
def test_segments_give_every_layout_back_whole_and_well_formed(layout):
    text, rows = layout
    segments = BlockWriter(text, rows, {}, []).segments(0, len(text), linked=False)
    html = rendered(segments)
    fragment = lxml_html.fragment_fromstring(f"<p>{html}</p>")
    # Nothing of the text is lost or added; line breaks between mentions become <br>.
    assert fragment.text_content().replace("\n", "") == text.replace("\n", "")
    assert len(fragment.xpath("//br")) + fragment.text_content().count("\n") == text.count("\n")
    assert len(fragment.xpath("//*[@data-kind]")) <= len(rows)


def test_segments_mark_one_of_two_overlapping_mentions():
    rows = [MentionRow(0, 11, "PER", entity_id=1), MentionRow(5, 11, "PER", entity_id=2)]
    segments = BlockWriter("Jean Martin vit.", rows, {}, []).segments(0, 16, linked=False)
    assert [(s.text, s.label or None) for s in segments] == [("Jean Martin", "PER"), (" vit.", None)]


def test_text_segments_keep_line_breaks():
    assert [s.text for s in text_segments("a\r\nb\nc")] == ["a", "", "b", "", "c"]
    assert text_segments("sans saut") == [Segment("sans saut")]


def test_amount_value_writes_bounds_and_unit():
    def amount(low, high):
        return MentionRow(0, 1, "MONEY", amount_min=low, amount_max=high)

    assert amount_value(amount(Decimal("5.00"), Decimal("5.00")), "EUR") == "5 EUR"
    assert amount_value(amount(Decimal("1.50"), Decimal("3")), "USD") == "1.5/3 USD"
    assert amount_value(amount(None, Decimal("3")), "%") == "/3 %"
    assert amount_value(amount(None, None), "EUR") == ""


def test_a_new_amount_label_is_one_line(monkeypatch):
    """AMOUNT_UNITS: a label listed there is marked as an amount, its unit read from its field."""
    monkeypatch.setitem(page_text.AMOUNT_UNITS, "QTY", "currency")
    row = MentionRow(0, 3, "QTY", amount_min=32, amount_max=32, currency="ha")
    mark = BlockWriter("32 ha", [row], {}, []).mark(row, linked=False)
    assert (mark.kind, mark.value) == ("amount", "32 ha")


def page_key(article, host="127.0.0.1") -> str:
    request = RequestFactory(SERVER_NAME=host).get("/")
    request.user = AnonymousUser()
    return PageState(reader.article_for_page(None, article.slug), request).key


def test_page_key_changes_with_entity_curation(db):
    sentence = "Jean Martin vit à Lyon."
    article, claims = build_article(
        "cle",
        [
            BlockSpec(
                "paragraph",
                sentence,
                claims=[sentence],
                mentions=[
                    MentionSpec("Jean Martin", "PER", entity="Jean Martin"),
                    MentionSpec("Lyon", "LOC", entity="Lyon"),
                ],
            )
        ],
    )
    keys = [page_key(article)]
    assert page_key(article) == keys[0]  # nothing changed: the same key
    Entity.objects.filter(name="Lyon").update(name="Lyon (Rhône)")  # a rename
    keys.append(page_key(article))
    other = Entity.objects.create(name="Jean Martin", kind="ORG")
    Mention.objects.filter(text="Jean Martin").update(entity=other, label="ORG")  # a relink
    keys.append(page_key(article))
    Mention.objects.filter(text="Lyon").delete()  # a re-annotation that finds less
    keys.append(page_key(article))
    assert len(set(keys)) == len(keys)


def test_page_key_changes_with_a_date_written_again_and_with_the_site(db):
    sentence = "En 2016, rien."
    spec = MentionSpec("2016", "DATE", value="2016", precision="year")
    article, _claims = build_article("dates", [BlockSpec("paragraph", sentence, claims=[sentence], mentions=[spec])])
    before = page_key(article)
    date = Mention.objects.get(article=article)
    date.pk = None
    date.value = "2015"
    Mention.objects.filter(article=article).delete()
    date.save()  # a re-annotation: no entity involved, a new row
    assert page_key(article) != before
    assert page_key(article, host="localhost") != page_key(article)


def test_page_macros_are_made_in_their_languages_whatever_the_active_one():
    """A page's macros are made once per pair of languages (article_page.page_macros), in the
    interface language asked for, the verdict tag naming it where the article's differs."""
    view = BlockView(
        "paragraph", [Segment("", "claim", "sourced", "7"), Segment("Il pleut."), Segment("", "claim-end", "sourced")]
    )
    with translation.override("en"):
        on_english = article_page.page_macros("block.html", "fr", "en")
        on_french = article_page.page_macros("block.html", "fr", "fr")
    for macros, lang in ((on_english, "fr"), (on_french, None)):
        paragraph = lxml_html.fragment_fromstring(str(macros.block_html(view, False)))
        (tag,) = paragraph.xpath('//span[@class="verdict-tag"]')
        assert (tag.text_content().strip(), tag.get("lang")) == ("sourcé", lang)
