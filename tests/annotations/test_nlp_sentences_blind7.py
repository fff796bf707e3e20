"""Rules first needed on the seventh blind sentence set (evaluation/data/sentences_blind7.fr.md), the hard
shapes of news text, on invented text, each with the look-alike it must leave alone: a citation's parts
("al.", "ch.", "liv.", "juill."), the Swiss franc, a body's kind in a case's name ("Assoc."), two-letter
initials and "Ph. D.", a unit's capital after a number, a code's abbreviation before a bracket, a stop after
a closing bracket, an imperative before a town opening a paragraph, a wrapped line ending on a word that
waits for a name, a run of ranks going on from the line above, and two lines of prose taken for chrome: a question whose inverted verb is a button's word
("aide-t-elle"), a list's item holding a rate ("7 j/7") taken for a photo's credit."""

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentence_labels import opens_on_a_dateline
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_citations_parts_end_nothing_before_their_number():
    assert sentences("Le recours vise l'art. 12 al. 2 de la loi. Il sera jugé en mars.") == [
        "Le recours vise l'art. 12 al. 2 de la loi.",
        "Il sera jugé en mars.",
    ]
    assert sentences("Le Conseil fédéral cite l'art. 5 ch. 3 de l'ordonnance. Les cantons protestent.") == [
        "Le Conseil fédéral cite l'art. 5 ch. 3 de l'ordonnance.",
        "Les cantons protestent.",
    ]
    assert sentences("L'auteur renvoie à Tacite (Annales, liv. XV, chap. 44). Le passage est connu.") == [
        "L'auteur renvoie à Tacite (Annales, liv. XV, chap. 44).",
        "Le passage est connu.",
    ]
    # the look-alike: "et al." closes its sentence before a word that opens one
    assert sentences("L'étude est signée Garnier et al. Elle paraîtra en mai.") == [
        "L'étude est signée Garnier et al.",
        "Elle paraîtra en mai.",
    ]


def test_july_abbreviated_in_four_letters_is_a_month():
    assert sentences("Le décret du 14 juill. 2019 est annulé. Le ministre fait appel.") == [
        "Le décret du 14 juill. 2019 est annulé.",
        "Le ministre fait appel.",
    ]
    assert sentences("La plage rouvre le 3 juill. Les baignades restent surveillées.") == [
        "La plage rouvre le 3 juill.",
        "Les baignades restent surveillées.",
    ]


def test_the_swiss_franc_abbreviated_before_its_amount_ends_nothing():
    assert sentences("La course coûte Fr. 4.50 en ville. Les enfants voyagent gratis.") == [
        "La course coûte Fr. 4.50 en ville.",
        "Les enfants voyagent gratis.",
    ]


def test_a_bodys_kind_in_a_cases_name_ends_nothing():
    assert sentences("Le juge cite un arrêt (CAA Nancy, 3 mai 2011, Assoc. La Vigie, n° 10NC00123). Il rejette.") == [
        "Le juge cite un arrêt (CAA Nancy, 3 mai 2011, Assoc. La Vigie, n° 10NC00123).",
        "Il rejette.",
    ]


def test_two_letter_initials_and_the_doctorate_end_nothing():
    assert sentences("Le rapport de Ph. Morel est sévère. Jean Roy, Ph. D., le conteste.") == [
        "Le rapport de Ph. Morel est sévère.",
        "Jean Roy, Ph. D., le conteste.",
    ]
    assert sentences("La préface est de Ch. Lemoine. Elle date de 1932.") == [
        "La préface est de Ch. Lemoine.",
        "Elle date de 1932.",
    ]


def test_a_capital_after_a_number_is_a_unit_that_may_end_a_sentence():
    assert sentences("Le kilo se vendait 12 F. Personne ne s'en plaignait.") == [
        "Le kilo se vendait 12 F.",
        "Personne ne s'en plaignait.",
    ]
    # the look-alike: an initial after a name goes on with the next name
    assert sentences("Le texte est signé Paul F. Dubreuil et Anne K. Morin.") == [
        "Le texte est signé Paul F. Dubreuil et Anne K. Morin."
    ]


def test_a_codes_abbreviation_before_a_bracket_in_lower_case_ends_nothing():
    assert sentences("Le recourant invoque l'art. 9 Cst. (protection contre l'arbitraire). Le Tribunal refuse.") == [
        "Le recourant invoque l'art. 9 Cst. (protection contre l'arbitraire).",
        "Le Tribunal refuse.",
    ]
    # the look-alike: a bracket holding a sentence after a full stop is that sentence
    assert sentences("Le Tribunal refuse. (Un recours reste possible.)") == [
        "Le Tribunal refuse.",
        "(Un recours reste possible.)",
    ]


def test_a_stop_after_a_closing_bracket_ends_its_sentence_whatever_the_bracket_closes():
    assert sentences("Le prêt vient de la Banque mondiale (B.I.R.D.). Le solde est public.") == [
        "Le prêt vient de la Banque mondiale (B.I.R.D.).",
        "Le solde est public.",
    ]
    assert sentences("Le roman est sorti (éd. Stock, 288 p.). Les libraires sont ravis.") == [
        "Le roman est sorti (éd. Stock, 288 p.).",
        "Les libraires sont ravis.",
    ]
    # the look-alike: an acronym in brackets inside a sentence ends nothing
    assert sentences("La Banque mondiale (B.I.R.D.) a prêté 40 M$.") == ["La Banque mondiale (B.I.R.D.) a prêté 40 M$."]


def test_an_imperative_before_a_town_opening_a_paragraph_is_no_dateline():
    headline = "Les petites villes perdent leurs commerces\n\n"
    assert claims(headline + "Regardez Montargis. Le centre compte 80 vitrines vides.") == [
        "Regardez Montargis.",
        "Le centre compte 80 vitrines vides.",
    ]
    text = "Imaginons Vesoul. La ville a tout pour elle."
    assert not opens_on_a_dateline(text, 0, len(text), lambda word: False)
    text = "Voici Dole. La ville a tout pour elle."
    assert not opens_on_a_dateline(text, 0, len(text), lambda word: False)
    # the look-alike: a town of two words stays a dateline
    text = "Bourg Achard. La ville a tout pour elle."
    assert opens_on_a_dateline(text, 0, len(text), lambda word: False)


def test_a_wrapped_line_ending_on_a_word_that_waits_for_a_name_goes_on():
    text = (
        "Hockey : Lausanne s'impose à Fribourg\n\n"
        "FRIBOURG (ATS) – Lausanne a battu Fribourg 3-2 samedi soir devant\n"
        "7000 spectateurs. Le premier but a été inscrit à la 12e minute par\n"
        "Riat, le deuxième à la 31e par Kenins, puis Fribourg est revenu par\n"
        "Sprunger et par Bykov dans une fin de match très tendue. Le but de\n"
        "la victoire a été marqué à la 58e minute, a déclaré l'entraîneur, M.\n"
        "Geoff Ward, qui s'est dit soulagé après une longue série de revers.\n"
        "Les deux équipes se retrouveront mardi prochain à Lausanne devant\n"
        "un public que l'on annonce déjà très nombreux pour ce derby romand.\n"
    )
    paragraphs = [text[start:end] for start, end in text_paragraphs(text)]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("FRIBOURG") and paragraphs[1].endswith("derby romand.")


def test_a_question_whose_inverted_verb_is_a_buttons_word_is_prose():
    assert not is_chrome("La mairie vous aide-t-elle ?")
    assert not is_chrome("Le préfet a-t-il un avis ?")
    # the look-alikes: the buttons themselves
    assert is_chrome("Aide")
    assert is_chrome("Donner son avis")


def test_a_list_item_holding_a_rate_is_no_photo_credit():
    assert not is_chrome("• accessible 7 j/7, jours fériés compris ;")
    assert not is_chrome("– vitesse abaissée à 70 km/h sur la rocade ;")
    # the look-alikes: credits whose slash joins names, or an agency and its archives
    assert is_chrome("Le quai pendant la tempête. JEAN MOREAU / HANS LUCAS")
    assert is_chrome("La halle restaurée. Ville de Vannes/service communication")


def test_a_run_of_ranks_goes_on_from_the_line_above():
    text = (
        "1re période : 1. Bienne, Künzle (Sallinen) 4:12 ; 2. Zoug, Hofmann 9:40.\nProlongation : 3. Zoug, Kovar 1:58."
    )
    line = text.index("\n") + 1
    assert [text[a:b] for a, b in split_sentences(text, line)] == ["Prolongation : 3. Zoug, Kovar 1:58."]
    # the look-alike: a figure after a colon, no run above it, ends its sentence before a capital
    text = "Le conseil a voté.\nRésultat : 3. Le maire a démissionné."
    line = text.index("\n") + 1
    assert [text[a:b] for a, b in split_sentences(text, line)] == ["Résultat : 3.", "Le maire a démissionné."]
