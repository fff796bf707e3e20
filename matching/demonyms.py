"""Demonyms: the people or the adjective of a place, which the recogniser reads as no entity.
- "le pont toulousain" is "le pont de Toulouse", "les électeurs vaudois" those "du canton de
  Vaud", "l'État béninois" is "le Bénin": a demonym's root (its word without the ending of a
  demonym) is the stem of its place's name when a claim names the place (`roots`, read by
  matching.names.align);
- "Sept Ontariens sur dix" and "Sept Québécois sur dix", "Chaque Belge" and "Chaque
  Néerlandais" are about two places, as two place names are (`people`, read by
  matching.scoring.apart).
"""

import re
import unicodedata

from annotations.nlp.lexicon import words
from annotations.nlp.nationalities import NATIONALITIES
from matching.vocabulary import stem

# The endings of a demonym, longest first: "genevoises", "montréalaise", "ontariens", "toulousain".
_ENDING = re.compile(r"(?:oise|aise|ienne|éenne|aine|ois|ais|ien|éen|ain|e)s?$")
_DEMONYM_ENDING = re.compile(r"(?:ois|ais|ien|éen|ain)(?:e|ne)?s?$")
# A root shorter than this is no place's ("mois", "jamais", "bien", "main"...).
_ROOT = 4
# Words of these endings that are no demonym, however long their root.
_NOT_DEMONYMS = words(
    "autrefois parfois toutefois quelquefois désormais certain certaine certains certaines prochain prochaine "
    "prochains prochaines lendemain terrain terrains souverain souveraine humain humaine humains humaines "
    "urbain urbaine urbains urbaines quotidien quotidienne quotidiens soutien entretien lointain lointaine "
    "semaine semaines fontaine domaine capitaine centaine dizaine douzaine vingtaine trentaine quarantaine "
    "cinquantaine soixantaine citoyen gardien gardienne historien technicien musicien pharmacien "
    "républicain républicaine républicains bourgeois bourgeoise palais relais marais"
)
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def root(word: str) -> str | None:
    """The root of `word` (lowercased) if it reads as a demonym: "vaudois" → "vaud", "toulousain"
    → "toulous", "béninoise" → "bénin"; else None."""
    if word in _NOT_DEMONYMS or not _DEMONYM_ENDING.search(word):
        return None
    bare = _ENDING.sub("", word)
    return bare if len(bare) >= _ROOT else None


def roots(words: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(stem of the word, stem of its root) for each demonym of `words` (lowercased, as written):
    a claim's, read once; accents of the root left out as the place's may differ ("liégeois" /
    "Liège")."""
    found = []
    for word in sorted(words):
        bare = root(word)
        if bare is not None:
            found.append((stem(word), _plain(stem(bare))))
    return tuple(found)


def people(text: str, names: frozenset[str]) -> frozenset[str]:
    """The places whose people or adjective `text` names, as their roots without accents: a
    nationality ("belge", "les Néerlandais"), or a capitalised demonym within the sentence ("Sept
    Ontariens sur dix"); not a word of a name of `names` (casefolded: "Julien Morel")."""
    name_words = {word for name in names for word in _WORD.findall(name)}
    found = set()
    for match in _WORD.finditer(text):
        word = match.group().casefold()
        if word in name_words:
            continue
        if word in NATIONALITIES:
            found.add(_plain(_ENDING.sub("", word)) or word)
        elif match.start() > 0 and match.group()[0].isupper() and root(word):
            found.add(_plain(root(word)))
    return frozenset(found)
