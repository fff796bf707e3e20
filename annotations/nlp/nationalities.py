"""Nationalities: "l'Espagnol", "la Polonaise Iga Swiatek", "Premier Français au classement".

A nationality written with a capital is a noun for a person (French typography: "les Français",
"l'Américaine"), never a name in the sense of `evaluation/data/entities.fr.md`; one before a name
says the name is a person's ("le Danois Jonas Vingegaard"). Unlike a town's or a region's demonym
("le Bordelais", "le Limousin", "la Lorraine": places too), a country's is no place's name.
Written for Saga from general knowledge; the masculine singular of each, the other forms derived.
Left out: "suisse" ("la Suisse" is the country; "les Suisses" and "la Suissesse" are in), "gallois" (a surname too) and a
continent's ("le Conseil européen" is a body). A region's demonym that no place bears is in too
("l'Alsacien", "les Martiniquais"; not "le Bordelais", "la Lorraine", "Breton", a surname).
"""

from annotations.nlp.lexicon import words

_MASCULINE = words(
    "français allemand anglais britannique américain canadien québécois mexicain brésilien argentin chilien "
    "colombien péruvien vénézuélien cubain haïtien espagnol portugais italien belge luxembourgeois néerlandais "
    "hollandais danois suédois norvégien finlandais islandais irlandais écossais polonais tchèque slovaque hongrois "
    "roumain bulgare grec turc serbe croate slovène bosnien albanais ukrainien russe biélorusse lituanien letton "
    "estonien géorgien arménien azerbaïdjanais kazakh ouzbek israélien palestinien libanais syrien irakien iranien "
    "saoudien qatari émirati koweïtien jordanien yéménite égyptien libyen tunisien algérien marocain sénégalais "
    "malien ivoirien nigérian nigérien camerounais congolais gabonais éthiopien kényan sud-africain rwandais "
    "burkinabé burkinabè guinéen togolais béninois tchadien soudanais somalien malgache chinois japonais coréen sud-coréen "
    "nord-coréen vietnamien thaïlandais cambodgien indien pakistanais afghan indonésien philippin malaisien "
    "australien néo-zélandais taïwanais mongol autrichien maltais chypriote monégasque andorran kosovar moldave "
    "tibétain ouïghour kurde tchétchène"
)
# A region's demonym, masculine and plural only: "la Francilienne" is a road, "La Réunionnaise des
# eaux" a company.
_REGIONAL = words("alsacien martiniquais guadeloupéen réunionnais guyanais mahorais francilien")


_IRREGULAR = {"grec": "grecque", "turc": "turque"}


def _forms(masculine: str) -> set[str]:
    """The masculine and feminine, singular and plural: "américain" → "américaine", "américains"..."""
    if masculine.endswith("e"):
        return {masculine, masculine + "s"}
    if masculine in _IRREGULAR:
        feminine = _IRREGULAR[masculine]
    elif masculine.endswith("en"):
        feminine = masculine + "ne"
    else:
        feminine = masculine + "e"
    plural = masculine if masculine.endswith("s") else masculine + "s"
    return {masculine, plural, feminine, feminine + "s"}


NATIONALITIES = (
    frozenset(form for masculine in _MASCULINE for form in _forms(masculine))
    | {form for masculine in _REGIONAL for form in _forms(masculine) if not form.endswith("e")}
    | {"suisses", "suissesse", "suissesses"}
)

# France's own, its regions' too: "le président français", "les Martiniquais" (a national day among them is the 14 July)
FRENCH_DEMONYMS = frozenset(_forms("français")) | {form for masculine in _REGIONAL for form in _forms(masculine)}


def is_nationality(word: str) -> bool:
    """ "Espagnol", "Américaine", "Sud-Coréens": capitalised, a nationality's noun."""
    return word[:1].isupper() and word.lower() in NATIONALITIES
