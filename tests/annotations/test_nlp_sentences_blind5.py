"""Rules first needed on the fifth blind sentence set (evaluation/data/sentences_blind5.fr.md), running
news prose, on invented text, each with the look-alike it must leave alone: a century's abbreviation
closing a sentence, a dotted acronym after an article closing one before a determiner, an interview's
question answered in its own paragraph."""

from annotations.nlp import boilerplate
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_centurys_abbreviation_ends_its_sentence_before_a_capital():
    assert sentences("Le moulin a été reconstruit au XVIIe s. Sa roue tourne encore chaque été.") == [
        "Le moulin a été reconstruit au XVIIe s.",
        "Sa roue tourne encore chaque été.",
    ]
    assert sentences("Le pont date du 12e s. Une crue l'a emporté en 1910.") == [
        "Le pont date du 12e s.",
        "Une crue l'a emporté en 1910.",
    ]


def test_a_centurys_abbreviation_inside_a_sentence_ends_nothing():
    assert sentences("La chapelle, bâtie au XIIe s. par des moines cisterciens, a été vendue.") == [
        "La chapelle, bâtie au XIIe s. par des moines cisterciens, a été vendue."
    ]
    assert sentences("Le tombeau date du IIe s. av. J.-C. selon les fouilleurs.") == [
        "Le tombeau date du IIe s. av. J.-C. selon les fouilleurs."
    ]


def test_a_dotted_acronym_after_an_article_ends_its_sentence_before_a_determiner():
    assert sentences("Le contrat a été signé avec la R.A.T.P. Le chantier commencera en mai.") == [
        "Le contrat a été signé avec la R.A.T.P.",
        "Le chantier commencera en mai.",
    ]
    assert sentences("Il a passé dix ans aux U.S.A. Un retour en France n'était pas prévu.") == [
        "Il a passé dix ans aux U.S.A.",
        "Un retour en France n'était pas prévu.",
    ]
    assert sentences("La dépêche vient de l'O.N.U. La réunion est reportée.") == [
        "La dépêche vient de l'O.N.U.",
        "La réunion est reportée.",
    ]


def test_initials_before_a_name_opening_on_a_determiner_end_nothing():
    assert sentences("Elle relit un roman de J.M.G. Le Clézio pendant l'été.") == [
        "Elle relit un roman de J.M.G. Le Clézio pendant l'été."
    ]
    assert sentences("Le conseiller J.-P. Le Goff a présenté le budget.") == [
        "Le conseiller J.-P. Le Goff a présenté le budget."
    ]


def test_an_interviews_question_answered_in_its_paragraph_is_no_question_to_the_reader():
    paragraph = (
        "Vous pensiez gagner cette course ? Franchement, non. Je visais une place dans les dix premiers, "
        "pas davantage, et je n'avais pas couru depuis ma blessure au genou."
    )
    assert not boilerplate.is_chrome(paragraph)
    interview = (
        "Championne de France de trail, Léa Morvan revient sur sa victoire à Gérardmer.\n\n" + paragraph + "\n\n"
        "Et la suite ? Je vais me reposer un mois, puis reprendre l'entraînement en montagne."
    )
    assert "Vous pensiez gagner cette course ?" in claims(interview)
    assert "Franchement, non." in claims(interview)


def test_a_question_put_to_the_reader_is_still_the_sites():
    assert boilerplate.is_chrome("Vous avez une info ? Contactez la rédaction")
    assert boilerplate.is_chrome("Vous avez assisté à la scène ? Écrivez-nous à redaction@exemple.fr.")
    assert boilerplate.is_chrome("Vous souhaitez réagir ? Non ? Alors partagez cet article.")
