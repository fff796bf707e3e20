"""Rules first needed on the eighth blind sentence set (evaluation/data/sentences_blind8.fr.md), the shapes
the seven earlier sets cover little, on invented text, each with the look-alike it must leave alone: a
month's and a century's abbreviation closing a sentence before any capital (not before a quotation),
"c.-à-d." before a figure, and an interview's "Q :" and "R :" lines, prose even when no line announces the
interview."""

from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_months_or_a_centurys_abbreviation_ends_its_sentence_before_any_capital_letter():
    assert sentences("L'exposition reste ouverte jusqu'au 24 déc. Œuvres et gravures sont prêtées par le musée.") == [
        "L'exposition reste ouverte jusqu'au 24 déc.",
        "Œuvres et gravures sont prêtées par le musée.",
    ]
    assert sentences("Le château fut démoli au XIXe s. Œuvre de Mansart, il dominait la ville.") == [
        "Le château fut démoli au XIXe s.",
        "Œuvre de Mansart, il dominait la ville.",
    ]
    # the look-alike: a month before a figure
    assert sentences("Le contrat court du 1er sept. 2026 au 31 août 2027. Il est renouvelable.") == [
        "Le contrat court du 1er sept. 2026 au 31 août 2027.",
        "Il est renouvelable.",
    ]


def test_a_quote_after_a_months_a_centurys_or_an_eras_abbreviation_goes_on_its_sentence():
    """A quote opening on a capital is a title or a name as often as a new sentence (a review found
    "le 18 nov. « Le Monde » révélait" cut in two): the sentence goes on."""
    for text in (
        "Dans son édition du 18 nov. « Le Monde » révélait l'affaire des comptes.",
        "Le bâtiment du XVIIe s. « Maison Rouge » sera restauré cette année.",
        "Le ferry est arrivé le 4 déc. « au petit matin », selon l'armateur, puis il est reparti.",
        "En 58 av. J.-C. « la guerre des Gaules » commence, écrit l'auteur.",
    ):
        assert sentences(text) == [text]


def test_cest_a_dire_abbreviated_goes_on_before_a_figure():
    assert sentences(
        "La dose maximale, c.-à-d. 4 comprimés par jour, ne doit pas être dépassée. Demandez conseil."
    ) == [
        "La dose maximale, c.-à-d. 4 comprimés par jour, ne doit pas être dépassée.",
        "Demandez conseil.",
    ]
    assert sentences("Le seuil est franchi en Île-de-France, c.-à-d. Paris et sa petite couronne.") == [
        "Le seuil est franchi en Île-de-France, c.-à-d. Paris et sa petite couronne."
    ]
    # the look-alike: a full stop after a word before a figure still ends its sentence
    assert sentences("La limite reste fixée à 4 comprimés par jour. 6 comprimés, c'est déjà une intoxication.") == [
        "La limite reste fixée à 4 comprimés par jour.",
        "6 comprimés, c'est déjà une intoxication.",
    ]


INTERVIEW = """Piscine de Kerlann : « Pas avant janvier »

L'adjointe aux sports, Mme Nolwenn Guivarc'h, fait le point sur le chantier de la piscine municipale.

Q : Quand ouvrira la piscine ?
R : Le 5 janvier. « Pas avant », m'a dit l'architecte. Les travaux ont pris du retard.
Q : Et le tarif ?
R : Inchangé. Il reste à 4,20 € l'entrée."""


def test_an_interviews_q_and_r_lines_are_its_prose_announced_or_not():
    assert claims(INTERVIEW) == [
        "L'adjointe aux sports, Mme Nolwenn Guivarc'h, fait le point sur le chantier de la piscine municipale.",
        "Q : Quand ouvrira la piscine ?",
        "R : Le 5 janvier.",
        "« Pas avant », m'a dit l'architecte.",
        "Les travaux ont pris du retard.",
        "Q : Et le tarif ?",
        "R : Inchangé.",
        "Il reste à 4,20 € l'entrée.",
    ]
    # the look-alike: a story's questions as crossheads, no label, no one spoken to, stay headings
    crossheads = INTERVIEW.replace("Q : ", "").replace("R : ", "")
    assert "Quand ouvrira la piscine ?" not in claims(crossheads)
