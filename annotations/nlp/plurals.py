"""The singular of a French noun, by the regular rules and a lexicon of nouns that do not change
(`quantities` names a counted thing by it: "120 000 baigneurs" counts "baigneur")."""

from annotations.nlp.lexicon import words
from annotations.nlp.numbers import UNITS_IN_WORDS

_INVARIABLE = words(
    "fois mois pays prix corps voix bras dos poids temps cas avis procès succès accès progrès repas brebis souris "
    "colis tapis puits os fils choix noix croix perdrix radis permis jus virus bus autobus campus cactus corpus bonus "
    "abus refus discours concours parcours secours cours recours remords printemps devis processus consensus tennis "
    "biais palais relais marais matelas lilas ananas gaz nez riz taux fonds bois mets héros remous velours pois "
    "débris parvis paradis logis rubis tamis taillis congrès décès excès"
)
# English nouns French writes with their English plural: "six penalties", "les lobbies".
_ENGLISH_PLURALS = {"penalties": "penalty", "lobbies": "lobby", "hobbies": "hobby", "ladies": "lady", "babies": "baby"}
_AIL_PLURALS = {"travaux": "travail", "vitraux": "vitrail", "coraux": "corail", "émaux": "émail", "baux": "bail"}


def singular(noun: str) -> str:
    """The singular of a French noun by the regular rules: "emplois" → "emploi", "journaux" →
    "journal", "bureaux" → "bureau", "jeux" → "jeu"; invariable nouns ("pays") stay."""
    if "-" in noun and not noun.startswith("-"):
        # a number opening a compound is no noun, nor is what it counts singular: "deux-pièces", "trois-mâts"
        first = noun.split("-")[0]
        if first in UNITS_IN_WORDS:
            return noun
        return "-".join(singular(part) for part in noun.split("-"))
    if noun in _INVARIABLE or len(noun) <= 2:
        return noun
    if noun[:1].isupper() and noun.endswith(("ais", "ois")):
        return noun  # a demonym: "3 000 Français", "200 Lyonnais"
    if noun in _AIL_PLURALS:
        return _AIL_PLURALS[noun]
    if noun in _ENGLISH_PLURALS:
        return _ENGLISH_PLURALS[noun]
    if noun.endswith(("eaux", "eux", "yaux")):
        return noun[:-1]
    if noun.endswith("aux"):
        return noun[:-3] + "al"
    if noun.endswith(("s", "x")) and not noun.endswith("ss"):
        return noun[:-1]
    return noun
