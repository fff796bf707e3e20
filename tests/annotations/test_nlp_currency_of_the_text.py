"""Francs and dollars written alone in a block that names no country take the country of the page's
head (annotations/nlp/francs.py, local_currencies.py, ellipsis.head_before): a headline tells where
the article is; a town named in passing further on does not, and a head that names the other
country, or none, keeps the default."""

from annotations.nlp.pipeline import analyse


def currencies(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.currency) for found in analyse(text).money]


def test_francs_alone_in_a_block_naming_no_place_are_swiss_in_a_text_about_switzerland():
    text = (
        "Genève: la piscine des Vernets coûtera plus cher\n\n"
        "Le chantier a été devisé à 12 millions de francs, a indiqué l'exécutif.\n\n"
        "Le crédit doit encore être voté.\n"
    )
    assert currencies(text) == [("12 millions de francs", "CHF")]


def test_francs_alone_stay_french_in_a_text_that_names_france():
    text = (
        "Souvenirs d'un ancien douanier\n\n"
        "En 1990, il gagnait 9 000 francs par mois.\n\n"
        "Il a fait toute sa carrière en France, à la frontière de Genève.\n"
    )
    assert currencies(text) == [("9 000 francs", "FRF")]


def test_a_swiss_town_named_in_passing_after_the_francs_tells_nothing():
    text = (
        "En 1995, le gouvernement a dépensé 3 milliards de francs pour les retraites.\n\n"
        "Le Premier ministre s'est ensuite rendu au sommet de Genève.\n"
    )
    assert currencies(text) == [("3 milliards de francs", "FRF")]


def test_a_canadian_town_named_in_passing_after_the_dollars_tells_nothing():
    text = (
        "La start-up a levé 40 millions de dollars auprès d'investisseurs.\n\n"
        "Son fondateur, passé par Montréal, vit à Paris.\n"
    )
    assert currencies(text) == [("40 millions de dollars", "USD")]


def test_francs_alone_stay_french_in_a_text_naming_no_country():
    assert currencies("Le pain coûtait 2 francs.\n\nLa boulangerie a fermé.\n") == [("2 francs", "FRF")]


def test_dollars_alone_in_a_block_naming_no_place_are_canadian_in_a_text_about_canada():
    text = (
        "La Société de transport de Montréal hausse ses tarifs\n\n"
        "Le titre mensuel passera à 99 $ le 1er juillet, a précisé la société.\n"
    )
    assert currencies(text) == [("99 $", "CAD")]


def test_dollars_alone_stay_american_in_a_text_naming_both_countries():
    text = (
        "Le bois d'œuvre entre le Canada et les États-Unis\n\n"
        "Les droits atteignent désormais 45 $ le mètre cube, selon l'industrie.\n"
    )
    assert currencies(text) == [("45 $", "USD")]


def amounts(text: str) -> list[tuple[str, int, str]]:
    return [(found.text, found.min, found.currency) for found in analyse(text).money]


def test_a_bare_figure_in_millions_of_a_later_sentence_on_money_takes_the_last_amount_s_currency():
    text = (
        "Le département a voté un budget de 1,2 milliard d'euros.\n\n"
        "Les routes recevront une enveloppe de 85 millions. Le conseil a aussi réduit de 4 millions "
        "les dépenses de communication.\n"
    )
    assert amounts(text)[1:] == [("85 millions", 85_000_000, "EUR"), ("4 millions", 4_000_000, "EUR")]


def test_a_bare_figure_in_millions_of_a_sentence_not_on_money_is_no_amount():
    text = (
        "Le département a voté un budget de 1,2 milliard d'euros.\n\n"
        "Le réseau compte 2 millions. Il a accueilli 3 millions de voyageurs, soit 4 millions de moins.\n"
    )
    assert amounts(text) == [("1,2 milliard d'euros", 1_200_000_000, "EUR")]


def test_no_amount_before_lends_no_currency():
    assert amounts("Les dépenses atteignent 45 millions.\n\nLe budget a été voté.\n") == []
