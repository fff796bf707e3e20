"""Typographic normalisation and Markdown masking keep every offset valid on the original."""

from hypothesis import given
from hypothesis import strategies as st

from annotations.nlp.normalise import mask_markdown, normalise
from annotations.nlp.pipeline import analyse


def test_normalise_replaces_typographic_variants():
    assert normalise("l’IA d‘ici “oui”\u00a0: 1\u202f000") == "l'IA d'ici \"oui\" : 1 000"


@given(st.text())
def test_normalise_preserves_length(text):
    assert len(normalise(text)) == len(text)


@given(st.text(alphabet="ab #>*_-[]()!`\n1.", max_size=60))
def test_mask_markdown_preserves_length_and_line_breaks(text):
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]


def test_mask_markdown_blanks_markup_but_keeps_words():
    text = "## Titre\n> « Oui », dit **Jean** [ici](https://x.fr) et `code`."
    masked = mask_markdown(text)
    assert " ".join(masked.split()) == "Titre « Oui », dit Jean ici et code ."


def test_analyse_offsets_index_the_original_text():
    # Curly apostrophes and no-break spaces are normalised for the model, not in the output.
    text = "L’entreprise d’Élise Durand, la société Durandal, a levé 3\u00a0millions d’euros hier.\n"
    analysis = analyse(text)
    spans = [*analysis.claims, *analysis.entities, *analysis.dates, *analysis.money]
    assert spans
    for span in spans:
        assert span.text == text[span.start : span.end]
    [money] = analysis.money
    assert money.text == "3\u00a0millions d’euros"


def test_analyse_offsets_index_the_markdown_source():
    text = "# Un titre\n\nLa société **Durandal** a levé *3 millions d'euros* en 2021.\n"
    analysis = analyse(text, fmt="markdown")
    [claim] = analysis.claims
    assert claim.text == text[claim.start : claim.end]
    assert [(d.text, d.value) for d in analysis.dates] == [("2021", "2021")]
    assert [m.text for m in analysis.money] == ["3 millions d'euros"]
