"""Entities blind-23 (40 paragraphs of faits divers briefs, results lines, company news, tribunals, culture
listings, science, transliterated names, particles and places with saints and articles, written blind in its
own session): corrected by kind after its single measure; each rule on invented text, with the look-alike it
must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A results line: both teams by their towns, the home one the model read with the visitor.
        ("Régional 1 : Vitré - Fougères 3-0 ; Saint-Malo - Vannes 1-1.", "Vitré", "ORG"),
        ("Régional 1 : Vitré - Fougères 3-0 ; Saint-Malo - Vannes 1-1.", "Fougères", "ORG"),
        ("Régional 1 : Vitré - Fougères 3-0 ; Saint-Malo - Vannes 1-1.", "Vannes", "ORG"),
        # A verb in the present, a draw said of both teams, a lost match.
        ("Fédérale 1 : Périgueux bat Tarbes 27-12 et Nevers s'impose à Auch (18-20).", "Périgueux", "ORG"),
        ("Fédérale 1 : Périgueux bat Tarbes 27-12 et Nevers s'impose à Auch (18-20).", "Nevers", "ORG"),
        ("En Nationale 1, Saran et Angers se neutralisent (25-25).", "Saran", "ORG"),
        ("En Nationale 1, Angers a chuté face à Saran (24-31).", "Angers", "ORG"),
        # A club's pattern does not take the first half of a score.
        ("Le Lyon Rugby a battu le Marseille Rugby 24-10 samedi.", "Marseille Rugby", "ORG"),
        # A compound given name before a particle and a saint's surname.
        ("Marie-Claire de Saint-Phalle quitte le conseil de surveillance.", "Marie-Claire de Saint-Phalle", "PER"),
        # A lab, a labour court, a Belgian police zone, a prison, with their complements.
        (
            "Les mesures ont été faites au Laboratoire de physique des plasmas de Palaiseau.",
            "Laboratoire de physique des plasmas de Palaiseau",
            "ORG",
        ),
        ("Le conseil de prud'hommes de Créteil a tranché.", "conseil de prud'hommes de Créteil", "ORG"),
        ("La zone de police de Namur a lancé un appel à témoins.", "zone de police de Namur", "ORG"),
        ("Il a été transféré à la prison de Fleury-Mérogis.", "prison de Fleury-Mérogis", "ORG"),
        # A volcano's enclosure, a film festival named "Mostra", the economy ministry by its seat.
        ("La lave n'a pas quitté l'enclos Fouqué.", "enclos Fouqué", "LOC"),
        ("Le film a été primé à la Mostra de Venise en 2021.", "Mostra de Venise", "MISC"),
        ("Les syndicats ont été reçus à Bercy mercredi.", "Bercy", "ORG"),
        # A spaced colon between a league and a club: two names.
        ("Pro A : Chalon a dominé Strasbourg (85-70).", "Chalon", "ORG"),
        # Two clubs of a results line, one named by a club's pattern: no name across the spaced dash.
        ("Challenge League : Yverdon-Sport - FC Aarau 2-0.", "Yverdon-Sport", "ORG"),
        ("Challenge League : Yverdon-Sport - FC Aarau 2-0.", "FC Aarau", "ORG"),
        # A league without its country's adjective.
        ("Il a signé en Ligue 1 sénégalaise la saison dernière.", "Ligue 1", "MISC"),
        ("Le club dispute la Premier League anglaise.", "Premier League", "MISC"),
        # A work's title before its author's name.
        ("Jeudi, « Phèdre » de Racine, mise en scène de Brigitte Jaques-Wajeman.", "Phèdre", "MISC"),
        ("Elle chante « Carmen » de Georges Bizet à Orange.", "Carmen", "MISC"),
        # A head of government's title before the name the model read with it.
        ("Selon l'ancien Premier ministre Nawaz Sharif, rien n'est joué.", "Nawaz Sharif", "PER"),
        # The long name in brackets after an organisation's acronym.
        (
            "Le SDIS (Service départemental d'incendie et de secours) a engagé quarante pompiers.",
            "Service départemental d'incendie et de secours",
            "ORG",
        ),
        # A state after its kind.
        ("Le ministre a été reçu dans l'émirat de Charjah mardi.", "Charjah", "LOC"),
        # Look-alikes. A town before an aside between dashes, a dateline's town: no results line.
        ("La ville de Rennes - la plus jeune de France - grandit encore.", "Rennes", "LOC"),
        ("BREST – Jean Morel a été élu maire dimanche.", "BREST", "LOC"),
        # The town where the match was played stays a place; a club keeps its department's number.
        ("Fédérale 1 : Nevers s'impose à Auch (18-20).", "Auch", "LOC"),
        ("Le Grenoble Foot 38 a été promu.", "Grenoble Foot 38", "ORG"),
        # An event that beats its record is no team.
        ("Le Festival du film de Cabourg a battu son record de fréquentation.", "Festival du film de Cabourg", "MISC"),
        # A body's adjective stays; a country in brackets after an agency's acronym stays a place.
        ("La Ligue arabe a condamné l'attaque.", "Ligue arabe", "ORG"),
        ("La notice est sur le site de l'ANSM (France).", "France", "LOC"),
    ],
)
def test_entities_blind23_rules(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A quote and its speaker are no work; a lab without a name is none; a sport alone is none.
        ("« Nous tiendrons » de toute façon, a dit le maire.", "Nous tiendrons"),
        ("Le laboratoire de chimie du lycée a été rénové.", "laboratoire de chimie du lycée"),
        ("Rugby, Fédérale 2 : Ussel bat Tulle 21-7.", "Rugby"),
        # An indefinite noun phrase after a dateline.
        ("GENÈVE – Une avalanche a emporté deux skieurs.", "Une avalanche"),
    ],
)
def test_entities_blind23_names_nothing(text, words):
    assert words not in {name for name, _ in labelled(text)}
