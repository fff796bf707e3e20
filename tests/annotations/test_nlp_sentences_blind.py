"""Sentence rules first needed on the blind sentence set (evaluation/data/sentences_blind.fr.md), on
invented text: where abbreviations end a sentence, interviews' questions, the reader's advice."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.pipeline import analyse
from annotations.nlp.segment import find_blocks
from annotations.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    text = normalise(text)
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An era, an acronym or an initial ends a sentence before a word that only opens one.
        (
            "Le site date du IIe s. av. J.-C. Elles ont été fouillées en 2019.",
            ["Le site date du IIe s. av. J.-C.", "Elles ont été fouillées en 2019."],
        ),
        (
            "Le temple fut bâti vers 120 apr. J.-C. La ville comptait alors 8 000 habitants.",
            ["Le temple fut bâti vers 120 apr. J.-C.", "La ville comptait alors 8 000 habitants."],
        ),
        (
            "Les ventes ont reculé vers les U.S.A. Les producteurs s'inquiètent.",
            ["Les ventes ont reculé vers les U.S.A.", "Les producteurs s'inquiètent."],
        ),
        (
            "Il a été retrouvé par son frère, Marc T. Il a prévenu les secours.",
            ["Il a été retrouvé par son frère, Marc T.", "Il a prévenu les secours."],
        ),
        # ... but not before a name, nor after a title.
        ("Le discours de J.-M. Le Pen a choqué.", ["Le discours de J.-M. Le Pen a choqué."]),
        ("Il a parlé avec M. Il Sung Park.", ["Il a parlé avec M. Il Sung Park."]),
        # A capitalised abbreviation is one ("Env."), and so is "s." after a century.
        ("Env. 300 logements sont vides.", ["Env. 300 logements sont vides."]),
        ("L'église date du XIIe s. et fut remaniée.", ["L'église date du XIIe s. et fut remaniée."]),
        # A brand in lower case opens a sentence.
        (
            "Apple a présenté ses modèles. iPhone 17 et iPhone Air arrivent vendredi.",
            ["Apple a présenté ses modèles.", "iPhone 17 et iPhone Air arrivent vendredi."],
        ),
        # A list's number opening a line is no sentence of its own; after a question on the
        # same line, a number is an answer.
        ("1. Qu'est-ce que ce médicament ?", ["1. Qu'est-ce que ce médicament ?"]),
        (
            "Le bilan ?\n2. Le conseil a voté.",
            ["Le bilan ?", "2. Le conseil a voté."],
        ),
        (
            "Combien de communes ? 24. Le conseil a voté.",
            ["Combien de communes ?", "24.", "Le conseil a voté."],
        ),
        # An era opening its sentence is only its date; an opener after an acronym may be elided.
        (
            "En 52 av. J.-C. César assiège Alésia. La ville tombe.",
            ["En 52 av. J.-C. César assiège Alésia.", "La ville tombe."],
        ),
        (
            "Il a vécu aux U.S.A. C'est là qu'il a écrit.",
            ["Il a vécu aux U.S.A.", "C'est là qu'il a écrit."],
        ),
        # A reference names what follows it; a capitalised abbreviation is one only opening its
        # sentence.
        (
            "Voir l'enquête parue en mai (cf. Les Échos du 3 mai). Il le confirme.",
            ["Voir l'enquête parue en mai (cf. Les Échos du 3 mai).", "Il le confirme."],
        ),
        (
            "Il expose au centre d'Art. Le vernissage a lieu lundi.",
            ["Il expose au centre d'Art.", "Le vernissage a lieu lundi."],
        ),
        ("Art. 3 du code civil. Il dispose.", ["Art. 3 du code civil.", "Il dispose."]),
    ],
)
def test_where_abbreviations_end_a_sentence(text, expected):
    assert sentences(text) == expected


INTERVIEW = (
    "Anne Lefort dirige depuis 2019 le théâtre municipal de Morlaix. Elle part en juin.\n\n"
    "Pourquoi partir maintenant ?\n\n"
    "J'ai fait ce que j'avais à faire. Le public est revenu, nous sommes passés de 30 000 à 50 000 spectateurs.\n\n"
    "Quel est votre meilleur souvenir ?\n\n"
    "La création de la pièce avec les élèves du conservatoire, sans hésiter.\n"
)


def test_an_interview_keeps_its_introduction_and_its_questions_as_claims():
    found = analyse(INTERVIEW)
    claims = [claim.text for claim in found.claims]
    assert found.title is None
    assert "Anne Lefort dirige depuis 2019 le théâtre municipal de Morlaix." in claims
    assert "Pourquoi partir maintenant ?" in claims
    assert "Quel est votre meilleur souvenir ?" in claims


def test_a_leaflet_s_numbered_questions_are_prose_under_its_title():
    text = (
        "Calmadol 500 mg, comprimé\n\n"
        "1. Qu'est-ce que Calmadol et dans quel cas est-il utilisé ?\n\n"
        "Ce médicament contient du paracétamol. Il est indiqué en cas de douleur ou de fièvre chez l'adulte.\n\n"
        "2. Comment prendre Calmadol ?\n\n"
        "La dose usuelle est d'un comprimé par prise, à renouveler au bout de quatre heures si besoin.\n"
    )
    found = analyse(text)
    assert found.title == "Calmadol 500 mg, comprimé"
    claims = [claim.text for claim in found.claims]
    assert "1. Qu'est-ce que Calmadol et dans quel cas est-il utilisé ?" in claims
    assert "2. Comment prendre Calmadol ?" in claims


def test_a_news_article_s_questions_as_crossheads_stay_headings():
    text = (
        "Le conseil municipal de Vannes a voté lundi la fermeture de la piscine de Kercado pour deux ans.\n\n"
        "Pourquoi fermer si longtemps ?\n\n"
        "Le bassin date de 1972 et sa charpente ne répond plus aux normes. Le maire s'explique : "
        "« Nous n'avions pas le choix. »\n\n"
        "Que deviennent les clubs ?\n\n"
        "Les deux clubs de natation s'entraîneront à Saint-Avé, à huit kilomètres de là.\n"
    )
    claims = [claim.text for claim in analyse(text).claims]
    assert "Le bassin date de 1972 et sa charpente ne répond plus aux normes." in claims
    assert "Pourquoi fermer si longtemps ?" not in claims
    assert "Que deviennent les clubs ?" not in claims


def test_a_list_of_linked_questions_is_no_interview():
    text = (
        "Pourquoi la neige se fait-elle rare ?\n\n"
        "Par Anne Martin\n\n"
        "Les relevés de l'observatoire sont sans ambiguïté : l'enneigement a reculé d'un mois depuis 1970.\n\n"
        "Les stations de basse altitude se transforment déjà en sites ouverts toute l'année, avec randonnée.\n\n"
        "Sur le même thème\n\n"
        "Les glaciers auront-ils disparu en 2050 ?\n\n"
        "Neige de culture : combien d'eau faut-il ?\n\n"
        "Sahara : pourquoi ses poussières arrivent-elles en France ?\n\n"
        "Articles sous licence libre, sauf les photographies.\n"
    )
    blocks = {normalise(text)[block.start : block.end]: block.kind for block in find_blocks(normalise(text))}
    assert blocks["Pourquoi la neige se fait-elle rare ?"] == "title"
    assert blocks["Sahara : pourquoi ses poussières arrivent-elles en France ?"] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Votre intervention est prévue à 8 h 30. Présentez-vous à l'accueil une heure avant.",
        "En cas de doute, adressez-vous à votre médecin. Adressez-vous à votre pharmacien pour tout conseil.",
        "La route restera coupée jusqu'à lundi. Renseignez-vous avant tout déplacement.",
        "Les horaires changent en janvier. Renseignez-vous sur le site de la mairie.",
        "Le groupe se produira samedi. Retrouvez-les en direct sur la scène du port à 21 heures.",
    ],
)
def test_the_advice_news_and_leaflets_give_is_not_the_site_speaking(line):
    assert not is_chrome(normalise(line))


@pytest.mark.parametrize(
    "line",
    [
        "Abonnez-vous pour lire la suite.",
        "Une info, une photo ? Envoyez-la.",
        "Une erreur ? Écrivez-nous.",
        "Inscrivez-vous gratuitement à la newsletter du matin.",
        "Le match a été retransmis en direct. Revivez-le en vidéo.",
        "Retrouvez-le en vidéo ci-dessus.",
        "Regardez-la en replay.",
        "Écoutez-le en podcast.",
        "Retrouvez-la dans notre édition papier de demain.",
        "Retrouvez-les en kiosque dès jeudi.",
        "Ajoutez-le à vos favoris.",
    ],
)
def test_the_site_s_own_imperatives_are_still_chrome(line):
    assert is_chrome(normalise(line))
