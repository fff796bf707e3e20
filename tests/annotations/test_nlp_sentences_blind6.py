"""Rules first needed on the sixth blind sentence set (evaluation/data/sentences_blind6.fr.md), whole
news articles, on invented text, each with the look-alike it must leave alone: a story's dateline not in
capitals opening its paragraph, "ap. J.-C." closing a sentence, a dotted acronym after "en", "au" or an
article before a quote, an omission in a run of ranks, and a hard-wrapped story under a longer headline."""

from annotations.nlp.normalise import normalise
from annotations.nlp.paragraphs import text_paragraphs
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentence_labels import opens_on_a_dateline
from annotations.nlp.sentences import split_sentences


def claims(text: str) -> list[str]:
    return [claim.text for claim in analyse(text).claims]


def sentences(text: str, dateline: bool = False) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text, dateline=dateline)]


HEADLINE = "Une passerelle piétonne rouverte après huit mois de travaux\n\n"


def test_a_storys_dateline_not_in_capitals_opens_its_first_sentence():
    assert claims(HEADLINE + "Auxerre. Les travaux de la passerelle sont terminés. Elle rouvre lundi.") == [
        "Auxerre. Les travaux de la passerelle sont terminés.",
        "Elle rouvre lundi.",
    ]
    assert claims(HEADLINE + "Brive-la-Gaillarde (Corrèze). – La passerelle rouvre lundi. Elle a coûté 2 M€.") == [
        "Brive-la-Gaillarde (Corrèze). – La passerelle rouvre lundi.",
        "Elle a coûté 2 M€.",
    ]
    assert claims(HEADLINE + "Bamako, 14 févr. (AMAP). – La passerelle rouvre lundi. Elle a coûté cher.") == [
        "Bamako, 14 févr. (AMAP). – La passerelle rouvre lundi.",
        "Elle a coûté cher.",
    ]
    assert claims(HEADLINE + "Goma, 15 août (ACP). La passerelle rouvre lundi. Elle a coûté cher.") == [
        "Goma, 15 août (ACP). La passerelle rouvre lundi.",  # a month with a circumflex
        "Elle a coûté cher.",
    ]


def test_a_common_word_or_an_answer_opening_a_paragraph_is_its_own_sentence():
    assert claims(HEADLINE + "Stupeur. Les riverains ont découvert la passerelle fermée ce matin.") == [
        "Stupeur.",
        "Les riverains ont découvert la passerelle fermée ce matin.",
    ]
    assert claims(HEADLINE + "Lundi. La passerelle était encore fermée aux piétons.") == [
        "Lundi.",
        "La passerelle était encore fermée aux piétons.",
    ]
    assert not opens_on_a_dateline("Non. Je n'y crois pas.", 0, 22, lambda word: False)
    assert not opens_on_a_dateline("L'eau. Elle manque partout.", 0, 27, lambda word: False)


def test_a_dateline_opens_a_sentence_only_when_the_block_opens_on_one():
    assert sentences("Vesoul. La foire ouvre samedi.", dateline=True) == ["Vesoul. La foire ouvre samedi."]
    assert sentences("Vesoul. La foire ouvre samedi.") == ["Vesoul.", "La foire ouvre samedi."]


def test_after_christ_abbreviated_ap_closes_a_sentence_before_a_capital():
    assert sentences("Le temple date du Ier s. ap. J.-C. Il a été restauré en 1990.") == [
        "Le temple date du Ier s. ap. J.-C.",
        "Il a été restauré en 1990.",
    ]
    assert sentences("Un autel du IIIe s. ap. J.-C. a été retrouvé sous la nef.") == [
        "Un autel du IIIe s. ap. J.-C. a été retrouvé sous la nef."
    ]
    # an acronym, not the era: "AP" (Associated Press) ends its sentence
    assert sentences("L'accident a été confirmé par l'AP. Trois personnes sont blessées.") == [
        "L'accident a été confirmé par l'AP.",
        "Trois personnes sont blessées.",
    ]


def test_a_dotted_acronym_after_en_au_or_an_article_ends_its_sentence():
    assert sentences("Il a enseigné dix ans en R.F.A. Le retour fut difficile.") == [
        "Il a enseigné dix ans en R.F.A.",
        "Le retour fut difficile.",
    ]
    assert sentences("Le marché a été confié à la S.N.C.B. « C'est une bonne nouvelle », dit le maire.") == [
        "Le marché a été confié à la S.N.C.B.",
        "« C'est une bonne nouvelle », dit le maire.",
    ]
    assert sentences("Elle relit un roman de J.M.G. Le Clézio dans le train.") == [
        "Elle relit un roman de J.M.G. Le Clézio dans le train."
    ]


def test_an_omission_in_a_run_of_ranks_ends_nothing():
    assert sentences("Classement : 1. Brest, 30 pts ; 2. Lorient, 28 ; … 18. Metz, 9. La suite samedi.") == [
        "Classement : 1. Brest, 30 pts ; 2. Lorient, 28 ; … 18. Metz, 9.",
        "La suite samedi.",
    ]
    assert sentences("Il a hésité… Puis il a signé.") == ["Il a hésité…", "Puis il a signé."]
    # after a comma, an ellipsis before a word is a pause that ends the sentence, not an omission in a run
    assert sentences("Il a hésité, … Puis il a signé.") == ["Il a hésité, …", "Puis il a signé."]


def test_a_headline_longer_than_the_wrapping_leaves_the_wrapped_paragraph_whole():
    text = (
        "Cyclisme : la Bretonne Maëlle Le Duff s'impose au sprint sur la route de Plouay\n\n"
        "La coureuse de Lannion a devancé la Néerlandaise Femke\n"
        "Van der Berg au terme d'une course de 150 kilomètres, disputée sous\n"
        "la pluie et le vent. Elle signe son premier succès chez les\n"
        "professionnelles, trois ans après une chute grave qui l'avait\n"
        "privée de toute une saison. Son équipe, basée à Rennes, espère\n"
        "la voir au départ du Tour de France en juillet prochain.\n"
    )
    paragraphs = [text[start:end] for start, end in text_paragraphs(text)]
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("La coureuse") and paragraphs[1].endswith("juillet prochain.")
