"""Blocks (`segment`) and sentences (`sentences`): rules on text, no model."""

from hypothesis import given
from hypothesis import strategies as st

from annotations.nlp.normalise import normalise
from annotations.nlp.segment import find_blocks
from annotations.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def kinds(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    return [(block.kind, text[block.start : block.end]) for block in find_blocks(normalise(text), fmt)]


def test_split_sentences_keeps_titles_and_initials_inside_sentences():
    text = "M. Dupont a rencontré Mme Durand et le Dr Martin. E. Leroy était absent. Il est parti."
    assert sentences(text) == [
        "M. Dupont a rencontré Mme Durand et le Dr Martin.",
        "E. Leroy était absent.",
        "Il est parti.",
    ]


def test_split_sentences_keeps_references_and_decimals_inside_sentences():
    text = "Voir p. 12 du rapport, le taux passe de 1,5 % à 3.2 %. Le site www.exemple.fr le confirme."
    assert sentences(text) == [
        "Voir p. 12 du rapport, le taux passe de 1,5 % à 3.2 %.",
        "Le site www.exemple.fr le confirme.",
    ]


def test_split_sentences_follows_french_quotes():
    text = "« Qui paie ? Personne. » Le ministre l’a dit. « C’est fini ! », a-t-il lancé. Sommes-nous prêts ? »."
    assert sentences(text) == [
        "« Qui paie ?",
        "Personne. »",
        "Le ministre l'a dit.",
        "« C'est fini ! », a-t-il lancé.",
        "Sommes-nous prêts ? ».",
    ]


def test_split_sentences_handles_ellipses_and_lower_case_continuations():
    text = "Il hésite… Puis il signe. Il attend... et signe encore. Pourquoi ? parce que. Etc. Fin"
    assert sentences(text) == [
        "Il hésite…",
        "Puis il signe.",
        "Il attend... et signe encore.",
        "Pourquoi ? parce que.",
        "Etc.",
        "Fin",
    ]


def test_split_sentences_respects_the_given_range():
    text = "Avant. Une phrase. Une autre. Après."
    start = text.index("Une")
    end = text.index("Après") - 1
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == ["Une phrase.", "Une autre."]


@given(st.text(alphabet="ab .?!«»\n,MDr", max_size=80))
def test_split_sentences_returns_ordered_stripped_spans(text):
    spans = split_sentences(text)
    ends = [0] + [end for _start, end in spans]
    for (start, end), previous_end in zip(spans, ends, strict=False):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(covered.split()) == "".join(text.split())  # no text is lost between sentences


COPIED_PAGE = """Accueil > Monde > Europe

Berlin adopte un plan pour le rail

4 min read
Le gouvernement allemand a adopté mardi un plan d'investissement.
Le ministre l'a présenté à la presse.

Les détails du plan

Le texte sera voté en juin.

Partager
© 2024 Exemple Media. Tous droits réservés.
Newsletter
12:04
"""


def test_find_blocks_marks_site_chrome_as_boilerplate():
    assert kinds(COPIED_PAGE) == [
        ("boilerplate", "Accueil > Monde > Europe"),
        ("title", "Berlin adopte un plan pour le rail"),
        ("boilerplate", "4 min read"),
        ("paragraph", "Le gouvernement allemand a adopté mardi un plan d'investissement."),
        ("paragraph", "Le ministre l'a présenté à la presse."),
        ("heading", "Les détails du plan"),
        ("paragraph", "Le texte sera voté en juin."),
        ("boilerplate", "Partager"),
        ("boilerplate", "© 2024 Exemple Media. Tous droits réservés."),
        ("boilerplate", "Newsletter"),
        ("boilerplate", "12:04"),
    ]


def test_find_blocks_treats_a_breadcrumb_ending_with_the_title_as_boilerplate():
    text = "Home Sport Football Le club change d'entraîneur\nLe club change d'entraîneur\n\nLe club a limogé son entraîneur."
    assert [kind for kind, _text in kinds(text)] == ["boilerplate", "title", "paragraph"]


def test_find_blocks_treats_a_section_label_above_the_title_as_boilerplate():
    text = "Économie\n\nLa Bourse recule nettement\n\nLe CAC 40 a perdu 2 % mardi."
    assert kinds(text) == [
        ("boilerplate", "Économie"),
        ("title", "La Bourse recule nettement"),
        ("paragraph", "Le CAC 40 a perdu 2 % mardi."),
    ]


def test_find_blocks_joins_hard_wrapped_lines_of_a_paragraph():
    text = "Le conseil municipal a voté hier soir\nle budget de la ville. Il entre en vigueur\nen janvier.\nUn autre paragraphe."
    blocks = find_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == [
        "Le conseil municipal a voté hier soir\nle budget de la ville. Il entre en vigueur\nen janvier.",
        "Un autre paragraphe.",
    ]


def test_find_blocks_keeps_publication_lines_and_bylines_out_of_the_prose():
    text = "Un titre assez long ici\n\nPar Jeanne Martin\nPublié le 3 mars 2024 à 8h00\n\nPublié en 1998, le livre a connu un succès."
    assert [kind for kind, _text in kinds(text)] == ["title", "boilerplate", "boilerplate", "paragraph"]


MARKDOWN = """---
title: Un titre
date: 2024-03-05
---
# La ville vote son budget

Le conseil a voté **mardi** le budget, selon [le maire](https://exemple.fr).

## Les détails

> « Nous tenons nos engagements », a déclaré le maire.

- Premier point du budget.
- Second point du budget.

```
code = 1
```
"""


def test_find_blocks_reads_markdown_structure_without_markup():
    assert kinds(MARKDOWN, "markdown") == [
        ("boilerplate", "---\ntitle: Un titre\ndate: 2024-03-05\n---"),
        ("title", "La ville vote son budget"),
        ("paragraph", "Le conseil a voté **mardi** le budget, selon [le maire](https://exemple.fr)."),
        ("heading", "Les détails"),
        ("quote", "« Nous tenons nos engagements », a déclaré le maire."),
        ("paragraph", "Premier point du budget."),
        ("paragraph", "Second point du budget."),
        ("boilerplate", "code = 1"),
    ]


ARTICLE_START = (
    "Menu\nSociété\nLorient : la criée enregistre sa meilleure année depuis dix ans\n"
    "Les ventes de poisson ont progressé de 9 % en 2026, portées par le retour de la sole et du bar.\n"
    "Par Paul Girard\nPublié le 02/05/2026 à 10h15\n"
    "La criée de Lorient a vendu 24 000 tonnes de poisson l'an dernier. C'est son meilleur résultat depuis 2016.\n"
    "Les prix moyens ont aussi augmenté, de 4 % sur un an, selon la chambre de commerce qui gère le port.\n"
)
GOES_ON = "Les armateurs restent prudents. Le prix du gazole pèse toujours sur leurs comptes, rappelle leur syndicat.\n"


def kind_by_line(text: str) -> dict[str, str]:
    return {line: kind for kind, line in kinds(text)}


FIGURES = "24 000 tonnes vendues en 2026\n9 % de hausse sur un an\n120 navires inscrits\n"


def test_find_blocks_keeps_the_article_going_after_a_fact_box_under_its_label():
    found = kind_by_line(ARTICLE_START + "Les chiffres clés\n" + FIGURES + GOES_ON)
    assert found[GOES_ON.strip()] == "paragraph"
    # The same four title-shaped lines with no fact box's label are a list of links: the article is over.
    found = kind_by_line(ARTICLE_START + "Le port en 2026\n" + FIGURES + GOES_ON)
    assert found[GOES_ON.strip()] == "boilerplate"


def test_find_blocks_takes_a_name_and_its_quote_for_an_interviews_title():
    title = "Anne Martin : « Faut-il encore construire des ronds-points ? »"
    found = kind_by_line(ARTICLE_START + title + "\n" + GOES_ON)
    assert found[title] == "heading"
    reply = "Le maire a répondu : « Pourquoi pas ? »"
    found = kind_by_line(ARTICLE_START + reply + "\n" + GOES_ON)
    assert found[reply] == "paragraph"


def test_find_blocks_takes_the_question_under_a_polls_label_for_the_poll():
    question = "Faut-il fermer le centre de Lorient aux voitures le dimanche ?"
    found = kind_by_line(ARTICLE_START + "Sondage\n" + question + "\nOui\nNon\n" + GOES_ON)
    assert found[question] == "boilerplate"
    assert found[GOES_ON.strip()] == "paragraph"
    found = kind_by_line(ARTICLE_START + question + "\n" + GOES_ON)
    assert found[question] == "paragraph"
