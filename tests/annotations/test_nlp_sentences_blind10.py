"""Rules first needed on the tenth blind sentence set (evaluation/data/sentences_blind10.fr.md), the genres
the nine earlier sets cover least, on invented text, each with the look-alike it must leave alone: a
credit naming a person ("Thriller de Sandrine Vallet (Fr., 1 h 47).") is no dateline, and a slash between
two figures (a date's, "12/03/2026") is no photo credit's."""

from annotations.nlp import boilerplate
from annotations.nlp.pipeline import analyse
from annotations.nlp.sentence_labels import opens_on_a_dateline


def claims(text: str) -> list[str]:
    return [text[claim.start : claim.end] for claim in analyse(text).claims]


def _never_a_word(word: str) -> bool:
    return False


def test_a_credit_naming_a_person_is_no_dateline():
    text = (
        "Les sorties de la semaine au cinéma\n"
        "Thriller de Sandrine Vallet (Fr., 1 h 47). Interdit aux moins de 12 ans.\n"
        "Une greffière découvre qu'un juge truque ses audiences. La tension ne retombe jamais."
    )
    assert "Thriller de Sandrine Vallet (Fr., 1 h 47)." in claims(text)
    assert "Interdit aux moins de 12 ans." in claims(text)
    for credit in ("Roman de Marie Lenoir. Éd. du Seuil, 2026.", "Pierre Tanguy. Il a 84 ans."):
        assert not opens_on_a_dateline(credit, 0, len(credit), _never_a_word)
    # the look-alikes: a town of several words, hyphenated saints' names included, keeps its dateline
    for dateline in (
        "Val d'Isère. Le slalom est reporté.",
        "Saint-Jean-de-Luz. Le port ferme.",
        "Aix en Provence. Le festival ouvre.",
        "Le Mans (Sarthe). Les travaux débutent.",
    ):
        assert opens_on_a_dateline(dateline, 0, len(dateline), _never_a_word), dateline
    text = "Montigny le Bretonneux. La piscine rouvre lundi, après huit mois de travaux.\nElle sera gratuite."
    assert "Montigny le Bretonneux. La piscine rouvre lundi, après huit mois de travaux." in claims(text)


def test_a_slash_between_two_figures_is_no_credits():
    line = "Question écrite n° 1184 de Mme Anne Kervella (Côtes-d'Armor – UC)\npubliée au JO Sénat du 12/03/2026"
    assert not boilerplate.is_chrome(line)
    assert not boilerplate.is_chrome("Conseil municipal de Lannion – séance du 12/03/2026")
    text = (
        f"{line}\n"
        "Mme Anne Kervella attire l'attention du ministre des transports sur la fermeture de trois lignes de car "
        "dans le Trégor. Les usagers doivent désormais faire quarante kilomètres pour rejoindre la gare.\n"
        "Elle lui demande quelles mesures il compte prendre pour rétablir une desserte quotidienne.\n"
        "Réponse du ministère des transports\n"
        "Le ministère rappelle que les lignes de car relèvent de la compétence des régions depuis 2017."
    )
    found = claims(text)
    assert any(claim.startswith("Mme Anne Kervella attire l'attention") for claim in found)
    assert "Elle lui demande quelles mesures il compte prendre pour rétablir une desserte quotidienne." in found
    # the look-alikes: a credit's slash between names, a dated credit, a rate's slash
    assert boilerplate.is_chrome("Le port de Concarneau, mardi matin – Marc Olier / Ouest Images")
    assert boilerplate.is_chrome("Le quai des Indes en 1932 – Archives municipales / 12 Fi 3")
    assert not boilerplate.is_chrome("La déchèterie est ouverte 7 j/7 de 9 h à 18 h depuis le 1er mars.")


def _title(text: str) -> list[str]:
    return [text[block.start : block.end] for block in analyse(text).blocks if block.kind == "title"]


def test_a_place_and_date_line_signs_the_headline_above_it_and_is_never_the_headline():
    text = (
        "La régie des eaux de Vannes baisse son tarif pour les familles nombreuses\n"
        "COMMUNIQUÉ\n"
        "Vannes, le 2 février 2027\n"
        "À partir du 1er mars, les foyers de cinq personnes et plus paieront leurs 60 premiers mètres cubes "
        "à moitié prix. Près de 1 200 foyers sont concernés, selon la régie.\n"
        "La mesure coûtera 180 000 euros par an, financés sans hausse du tarif général."
    )
    assert _title(text) == ["La régie des eaux de Vannes baisse son tarif pour les familles nombreuses"]
    # the look-alike: a headline opening on a place and a date is still the headline
    text = (
        "Lorient, le 14 juillet 1944 : la ville libérée raconte\n"
        "Par Anne Le Du\n"
        "Il ne restait presque rien du centre-ville quand les premières troupes sont entrées dans Lorient. "
        "Les habitants revenaient par petits groupes des communes voisines.\n"
        "Beaucoup ne retrouvèrent que des ruines."
    )
    assert _title(text) == ["Lorient, le 14 juillet 1944 : la ville libérée raconte"]


def test_a_correspondents_line_is_a_byline_under_the_headline():
    for line in (
        "Lens, de notre envoyée spéciale",
        "De notre correspondant à Genève",
        "Par nos envoyés spéciaux en Irak",
    ):
        assert boilerplate.is_chrome(line), line
    text = (
        "Football : Lens écrase Lille dans le derby du Nord (4-0)\n"
        "Lens, de notre envoyée spéciale\n"
        "Le stade Bollaert n'avait plus vu pareille fête depuis des années. Les Sang et Or ont mené dès la 6e minute.\n"
        "Lille n'a jamais trouvé la solution face au bloc lensois."
    )
    assert _title(text) == ["Football : Lens écrase Lille dans le derby du Nord (4-0)"]
    # the look-alikes: a sentence opening on the same words, or on "De notre côté", is prose
    for line in ("De notre envoyé spécial, le village semblait désert.", "De notre côté, rien ne change"):
        assert not boilerplate.is_chrome(line), line


def test_a_dispatchs_day_keeps_the_dateline_of_a_town_named_like_a_person():
    text = (
        "Charlotte Amalie, 2 déc. (AFP). Le port des îles Vierges a rouvert aux paquebots. Huit escales sont "
        "prévues avant Noël.\nLes commerçants du front de mer espèrent rattraper une saison perdue."
    )
    assert opens_on_a_dateline(text, 0, len(text), _never_a_word)
    assert "Charlotte Amalie, 2 déc. (AFP). Le port des îles Vierges a rouvert aux paquebots." in claims(text)
    # the look-alikes: a person's name, a work's credit with its publisher, with no day, stay no dateline
    for person in ("Denis Quéré. Il a tenu la criée trente ans.", "Essai de Claire Dubos (Seuil). Paru en mars."):
        assert not opens_on_a_dateline(person, 0, len(person), _never_a_word), person


def test_a_sentence_opening_on_a_correspondents_words_is_prose():
    for sentence in (
        "De notre correspondante à Rome, on apprend que le pape se repose.",
        "Par notre envoyé spécial au Niger, le récit est accablant.",
        "De nos envoyés spéciaux en Arménie, aucune nouvelle depuis mardi.",
    ):
        assert not boilerplate.is_chrome(sentence), sentence
    text = (
        "Le Tage déborde à Lisbonne\n"
        "De notre correspondante à Lisbonne, nous apprenons que le port rouvre.\n"
        "Les quais de la Baixa étaient sous l'eau depuis samedi. La mairie a fermé quatre stations de métro."
    )
    assert "De notre correspondante à Lisbonne, nous apprenons que le port rouvre." in claims(text)
    # the look-alikes: a correspondent's line, with a place ending on its name, a name, in capitals, is a byline
    for line in (
        "De notre correspondant à Lisbonne, Paulo Mendes",
        "Lisbonne, de notre correspondant Paulo Mendes",
        "Par nos envoyés spéciaux dans la bande de Gaza",
        "DE NOTRE ENVOYÉE SPÉCIALE À KIEV",
    ):
        assert boilerplate.is_chrome(line), line
    text = (
        "Le Tage déborde à Lisbonne\n"
        "Lisbonne, de notre correspondant Paulo Mendes\n"
        "Les quais de la Baixa étaient sous l'eau depuis samedi. La mairie a fermé quatre stations de métro."
    )
    assert _title(text) == ["Le Tage déborde à Lisbonne"]
