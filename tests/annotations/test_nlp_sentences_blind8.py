"""Rules first needed on the eighth blind sentence set (evaluation/data/sentences_blind8.fr.md), the shapes
the seven earlier sets cover little, on invented text, each with the look-alike it must leave alone: a
month's, a century's and an era's abbreviation closing a sentence before a quotation that opens on a capital,
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


def test_a_months_abbreviation_ends_its_sentence_before_a_quote_opening_on_a_capital():
    assert sentences(
        "Le chantier reprendra le 9 mars. La mairie l'a confirmé le 2 févr. « Nous tiendrons les délais. »"
    ) == [
        "Le chantier reprendra le 9 mars.",
        "La mairie l'a confirmé le 2 févr.",
        "« Nous tiendrons les délais. »",
    ]
    # typeset: no-break spaces inside the quote (normalised to spaces)
    assert sentences("Inscriptions jusqu'au 20 oct. «\u00a0Il reste dix places\u00a0», précise le club.") == [
        "Inscriptions jusqu'au 20 oct.",
        "« Il reste dix places », précise le club.",
    ]
    # the look-alikes: a quote going on in lower case, and a month before a figure or lower case
    assert sentences("Le ferry est arrivé le 4 déc. « au petit matin », selon l'armateur, puis il est reparti.") == [
        "Le ferry est arrivé le 4 déc. « au petit matin », selon l'armateur, puis il est reparti."
    ]
    assert sentences("Le contrat court du 1er sept. 2026 au 31 août 2027. Il est renouvelable.") == [
        "Le contrat court du 1er sept. 2026 au 31 août 2027.",
        "Il est renouvelable.",
    ]


def test_a_century_or_an_era_ends_its_sentence_before_a_quote_opening_on_a_capital():
    assert sentences("Le retable date du XVIe s. « C'est une pièce rare », note le conservateur.") == [
        "Le retable date du XVIe s.",
        "« C'est une pièce rare », note le conservateur.",
    ]
    assert sentences("Le port aurait été abandonné vers 40 av. J.-C. « Les sondages le confirment », dit-elle.") == [
        "Le port aurait été abandonné vers 40 av. J.-C.",
        "« Les sondages le confirment », dit-elle.",
    ]
    # the look-alike: the era's own date opening the sentence, a name after it
    assert sentences("En 58 av. J.-C. « la guerre des Gaules » commence, écrit l'auteur.") == [
        "En 58 av. J.-C. « la guerre des Gaules » commence, écrit l'auteur."
    ]


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
R : Le 5 janv. « Pas avant », m'a dit l'architecte. Les travaux ont pris du retard.
Q : Et le tarif ?
R : Inchangé. Il reste à 4,20 € l'entrée."""


def test_an_interviews_q_and_r_lines_are_its_prose_announced_or_not():
    assert claims(INTERVIEW) == [
        "L'adjointe aux sports, Mme Nolwenn Guivarc'h, fait le point sur le chantier de la piscine municipale.",
        "Q : Quand ouvrira la piscine ?",
        "R : Le 5 janv.",
        "« Pas avant », m'a dit l'architecte.",
        "Les travaux ont pris du retard.",
        "Q : Et le tarif ?",
        "R : Inchangé.",
        "Il reste à 4,20 € l'entrée.",
    ]
    # the look-alike: a story's questions as crossheads, no label, no one spoken to, stay headings
    crossheads = INTERVIEW.replace("Q : ", "").replace("R : ", "")
    assert "Quand ouvrira la piscine ?" not in claims(crossheads)
