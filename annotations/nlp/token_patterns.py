"""Token patterns shared by the spaCy Matcher rules that find names by their shape (institutions,
clubs): a capitalised word, an adjective by its ending, a proper name and its "de"."""

# An adjective after a capitalised head, by its ending (the tagger is off): "Confédération paysanne",
# "Union centriste", "Parti socialiste"; not a verb ("le Conseil adopte").
ADJECTIVE = {
    "IS_LOWER": True,
    "TEXT": {
        "REGEX": r"(?:al|ale|el|elle|ien|ienne|ain|aine|ais|aise|ois|oise|an|anne|"
        r"ique|iste|aire|if|ive|eux|euse|ier|ière|icole)s?$"
    },
}

CAPITAL = {"TEXT": {"REGEX": r"^[A-ZÀ-Ý]"}}  # a token's first letter, not a sweep of the text
ARTICLE = {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}
WORD = {"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False}
# A proper name: up to three capitalised parts, joined by hyphens or spaces ("Nouvelle-Aquitaine").
# An elided "d'" or "l'" may join two parts: "Côtes-d'Armor", "Côte d'Ivoire", "Pays d'Auge".
ELIDED = {"LOWER": {"IN": ["d'", "l'"]}, "OP": "?"}
NAME = [
    CAPITAL,
    {"ORTH": "-", "OP": "?"},
    ELIDED,
    {**CAPITAL, "OP": "?"},
    {"ORTH": "-", "OP": "?"},
    {**CAPITAL, "OP": "?"},
]
HYPHENATED = [CAPITAL, {"ORTH": "-"}, CAPITAL, {"ORTH": "-", "OP": "?"}, {**CAPITAL, "OP": "?"}]  # "Alain-Gerbault"
OF = {"LOWER": {"IN": ["de", "du", "des", "d'"]}}
PROPER = [OF, ARTICLE, *NAME]  # "de Bordeaux", "de la Gironde", "de l'Intérieur"
# A town's name, not the article opening a sentence ("Le Limoges CSP a gagné", "La Communauté a voté") nor the
# preposition ("À l'Accor Arena, ...": "À" and "l'" read as a name's first part and its elided article).
TOWN = [{**CAPITAL, "ORTH": {"NOT_IN": ["Le", "La", "Les", "L'", "À", "A", "Au", "Aux"]}}, *NAME[1:]]
