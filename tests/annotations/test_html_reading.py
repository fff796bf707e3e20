"""Saved HTML pages read as their readers see them (evaluation/data/html_pages.md): the source's indentation
is no code block, superscripts are letters, the page's own headline is its title, and a short Markdown line
without a stop is a title or a label, not a claim."""

from annotations.documents import _without_source_layout, read_document
from annotations.nlp.pipeline import analyse

PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Marché de Noël | Le Courrier</title>
<meta property="og:title" content="Le marché de Noël ouvre : tout ce qu'il faut savoir"></head><body>
<nav><a href="/">Accueil</a></nav>
<div class="story">
  <h1>Le marché de Noël ouvre ses portes samedi</h1>
  <div class="body">
        Les chalets du marché de Noël ouvriront le 1<sup>er</sup> décembre sur la place de la mairie, a
        annoncé la municipalité, qui attend cette année plus de visiteurs que l'an dernier.
  </div>
  <div class="body"><p>Faits divers</p><p>Le maire a rappelé que la patinoire restera gratuite pour les
  enfants des écoles de la commune pendant toute la durée des fêtes.</p></div>
</div>
<footer>© Le Courrier</footer></body></html>"""


def test_an_html_page_keeps_its_indented_paragraph_its_superscripts_and_its_headline():
    document = read_document(PAGE.encode(), name="page.html")
    assert document.title == "Le marché de Noël ouvre ses portes samedi"  # the <h1>, not og:title
    assert "1er décembre" in document.text and "<sup>" not in document.text
    claims = [document.text[c.start : c.end] for c in analyse(document.text, fmt="markdown").claims]
    assert any(claim.startswith("Les chalets du marché de Noël ouvriront") for claim in claims)
    assert any(claim.startswith("Le maire a rappelé") for claim in claims)
    assert "Faits divers" not in claims  # a rubric's label, no claim


def test_only_the_source_indentation_outside_a_fence_goes():
    text = "    Un paragraphe indenté par la page.\n```\ndef horaires():\n    return []\n```\n  - un point"
    assert _without_source_layout(text) == (
        "Un paragraphe indenté par la page.\n```\ndef horaires():\n    return []\n```\n- un point"
    )
