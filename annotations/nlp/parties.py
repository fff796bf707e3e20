"""French political parties and parliamentary groups, by their names and acronyms: ORG.

The model reads many of them as places or events ("Les Républicains" MISC, "La France" for "La France
insoumise", "LR" MISC), and some hold a common word that heads nothing ("Rassemblement",
"Reconquête"). Written for Saga from general knowledge of French politics; the article is part of the
name where the party writes it ("Les Républicains", "La France insoumise"). Left out: names that are
common words too ("Renaissance", "Horizons", "Ensemble", "Agir"), where a capital alone does not tell
the party.
"""

PARTY_NAMES = frozenset(
    {
        "La France insoumise",
        "France insoumise",
        "Les Républicains",
        "Rassemblement national",
        "Front national",
        "Parti socialiste",
        "Parti communiste français",
        "Parti radical de gauche",
        "Les Écologistes",
        "Europe Écologie Les Verts",
        "Europe Écologie-Les Verts",
        "Mouvement démocrate",
        "Union des démocrates et indépendants",
        "Reconquête",
        "Debout la France",
        "Lutte ouvrière",
        "Nouveau Parti anticapitaliste",
        "Place publique",
        "Génération écologie",
        "Les Patriotes",
        "Nouveau Front populaire",
        "La République en marche",
        "Union pour un mouvement populaire",
    }
)
PARTY_ACRONYMS = frozenset(
    [
        "LFI",
        "LR",
        "RN",
        "FN",
        "PS",
        "PCF",
        "PRG",
        "EELV",
        "MoDem",
        "UDI",
        "NPA",
        "NFP",
        "LREM",
        "LRM",
        "UMP",
        "LIOT",
        "UDR",
    ]
)
