"""Entities blind-20 (40 paragraphs of town halls, faits divers and firefighters, overseas France, wine and
food trade, ski resorts and tourism, rail, the army and the defence industry, research, literary prizes and
publishing, cinema festivals, sport, the Middle East, Asia and Latin America, strikes, local brands, courts
and a biography, written blind in its own session): corrected by kind after its single measure; each rule on
invented text, with the look-alike it must leave alone."""

import pytest

from tests.annotations.reading import labelled


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A military unit by its number, its kind and its arm.
        ("Les soldats du 6e régiment de hussards partiront en mai.", "6e régiment de hussards", "ORG"),
        ("Le 2e régiment du génie, basé à Metz, recrute.", "2e régiment du génie", "ORG"),
        ("La 9e brigade parachutiste est engagée au Sahel.", "9e brigade parachutiste", "ORG"),
        (
            "Le 1er régiment étranger de cavalerie a quitté Carpiagne.",
            "1er régiment étranger de cavalerie",
            "ORG",
        ),
        # A province and a racecourse by their names.
        ("Dans la province Sud, la mine reste ouverte.", "province Sud", "LOC"),
        ("Les routes sont coupées dans la province de Mendoza.", "province de Mendoza", "LOC"),
        ("La course aura lieu sur l'hippodrome de Cagnes-sur-Mer dimanche.", "hippodrome de Cagnes-sur-Mer", "LOC"),
        # A tennis court by its hyphenated name.
        ("Elle jouera sur le court Simonne-Mathieu lundi.", "court Simonne-Mathieu", "LOC"),
        # A department capitalised as its council.
        ("Le Département de la Creuse a voté son budget.", "Département de la Creuse", "ORG"),
        # A firm named in the English possessive, either apostrophe.
        ("Les enchères étaient conduites par la maison Christie’s, à Londres.", "Christie’s", "ORG"),
        ("Les enchères étaient conduites par la maison Christie's, à Londres.", "Christie's", "ORG"),
        # A tourist board or a region's agency by its last word.
        ("Selon Corse Tourisme, la saison est bonne.", "Corse Tourisme", "ORG"),
        # An academy by its domain after a bare "de"; a verb then an adverb is not its adjective.
        (
            "L'Académie nationale de pharmacie appelle toutefois à la prudence.",
            "Académie nationale de pharmacie",
            "ORG",
        ),
        ("L'Académie des technologies rappelle pourtant les risques.", "Académie des technologies", "ORG"),
        # A capitalised national centre by its domain.
        ("Selon le Centre des finances publiques, la dette baisse.", "Centre des finances publiques", "ORG"),
        (
            "Le Centre national de la danse contemporaine a annoncé une tournée.",
            "Centre national de la danse contemporaine",
            "ORG",
        ),
        # A region's league of one sport.
        ("Elle préside la Ligue de Bretagne de natation depuis 2010.", "Ligue de Bretagne de natation", "ORG"),
        ("La Ligue de football de Normandie a sanctionné le club.", "Ligue de football de Normandie", "ORG"),
        # A time phrase or an adverb the model glues after a name.
        ("À Milan, où s'est tenue l'Exposition universelle l'an dernier, on attend.", "Exposition universelle", "MISC"),
        # Firms after their kind in the plural.
        ("Les enseignes Biomonde et Naturalia ont renégocié leurs contrats.", "Biomonde", "ORG"),
        ("Les marques Lustucru et Panzani recrutent.", "Panzani", "ORG"),
        ("Elles résistent mieux que les hypermarchés Leclerc, selon l'étude.", "Leclerc", "ORG"),
        # A fire and rescue service by its department; an assembly by its territory and its adjective.
        ("Les plongeurs du SDIS de la Haute-Savoie ont fouillé le lac.", "SDIS de la Haute-Savoie", "ORG"),
        ("L'Assemblée de la Polynésie française a relevé la taxe.", "Assemblée de la Polynésie française", "ORG"),
        # A tournament by its town and "Grand Slam" or "Masters"; a club by "Club" inside its name.
        ("Elle fera son retour au Düsseldorf Grand Slam en février.", "Düsseldorf Grand Slam", "MISC"),
        ("Il était licencié au Judo Club de Vannes depuis 2015.", "Judo Club de Vannes", "ORG"),
    ],
)
def test_names_of_blind20_kinds(text, name, label):
    assert (name, label) in labelled(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A unit's kind without its number, or a number and a kind with no arm, names no unit.
        ("Le régiment de chasseurs a défilé dimanche.", ("régiment de chasseurs", "ORG")),
        ("Le club évolue en 2e division depuis 2019.", ("2e division", "ORG")),
        # "en province" is no place; "court" as an adjective is no court.
        ("Le prix de l'essence augmente en province.", ("province", "LOC")),
        ("Le délai est court, selon Jean-Marc Dupont.", ("court, selon Jean-Marc Dupont", "LOC")),
        # A department in lower case stays the land.
        ("Le département de la Creuse compte 115 000 habitants.", ("département de la Creuse", "ORG")),
        # A closing quote's apostrophe is no possessive.
        ("Il a lu 'Les Misérables' s'il faut le croire.", ("Misérables' s", "ORG")),
        # The Centre region stays a place.
        ("Le Centre Bretagne vote à gauche.", ("Centre Bretagne", "ORG")),
        # A league that is a competition.
        ("Le club joue en Ligue 1 depuis 2019.", ("Ligue 1", "ORG")),
        # "l'an dernier" alone is no name's part; a lower-case "sdis" and an assembly of co-owners are no bodies.
        ("La Foire de Caen l'an dernier a attiré du monde.", ("Foire de Caen l'an dernier", "MISC")),
        ("L'assemblée de copropriétaires de la Résidence du Parc a voté.", ("assemblée de copropriétaires", "ORG")),
        # A town before a tournament's name in another clause is not in it.
        ("Elle vit à Paris. Grand Slam ou pas, elle jouera.", ("Paris. Grand Slam", "MISC")),
        # A person by her town and her age is no place.
        ("La Lyonnaise de 21 ans a gagné samedi.", ("Lyonnaise", "LOC")),
    ],
)
def test_look_alikes_of_blind20_kinds(text, wrong):
    assert wrong not in labelled(text)


def test_a_demonym_with_an_age_leaves_a_firm_named_like_it():
    # "la Lyonnaise des eaux" is a firm, not a person of a given age: not dropped as a common word.
    assert any(name == "Lyonnaise des eaux" for name, _ in labelled("La Lyonnaise des eaux a perdu le contrat."))
