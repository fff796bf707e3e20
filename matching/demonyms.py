"""Demonyms: the people or the adjective of a place, which the recogniser reads as no entity.
- "le pont toulousain" is "le pont de Toulouse", "les électeurs vaudois" those "du canton de
  Vaud", "l'État béninois" is "le Bénin": a demonym's root (its word without the ending of a
  demonym) is the stem of its place's name when a claim names the place (`roots`, read by
  matching.names.align);
- "Sept Ontariens sur dix" and "Sept Québécois sur dix", "Chaque Belge" and "Chaque
  Néerlandais" are about two places, as two place names are (`people`, read by
  matching.rivals.apart).
"""

import re
import unicodedata
from functools import lru_cache

from annotations.nlp.lexicon import words
from annotations.nlp.nationalities import NATIONALITIES
from matching.vocabulary import stem

# The endings of a demonym, longest first: "genevoises", "montréalaise", "ontariens", "toulousain".
_ENDING = re.compile(r"(?:oise|aise|ienne|éenne|aine|ois|ais|ien|éen|ain|e)s?$")
# The endings of a demonym as written, for str.endswith (a claim's every word is tried).
_DEMONYM_ENDINGS = tuple(
    ending + tail for ending in ("ois", "ais", "ien", "éen", "ain") for tail in ("", "s", "e", "es", "ne", "nes")
)
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
# The adjectives of regions, provinces and cantons, written lowercase ("la police vaudoise", "les
# producteurs wallons", "le gouvernement ontarien"): a nationality's peers (NATIONALITIES), no
# capital to cue them. The masculine singular of each; `_REGIONAL` holds its other forms, each
# keyed by its root as `root` reads the capitalised noun ("Vaudois": "vaud"). The nouns of those
# `root` does not read ("Sept Wallons sur dix", "les Valaisans") are read from `_REGIONAL` too.
_REGIONAL_MASCULINE = (
    "vaudois valaisan genevois fribourgeois neuchâtelois jurassien bernois zurichois tessinois bâlois lucernois "
    "wallon flamand bruxellois liégeois namurois hennuyer limbourgeois ontarien albertain manitobain "
    "néo-brunswickois néo-écossais breton normand picard lorrain bourguignon auvergnat savoyard provençal "
    "champenois occitan francilien"
)


# Forms that the rule of `_regional_forms` misses ("occitane" beside "occitanne", "provençaux").
_IRREGULAR = {
    "occitan": ["occitane", "occitanes"],
    "provençal": ["provençaux"],
    "hennuyer": ["hennuyère", "hennuyères"],
}


def _regional_forms(masculine: str) -> list[str]:
    feminine = masculine + ("ne" if masculine.endswith(("an", "ien", "on")) else "e")
    plural = masculine if masculine.endswith("s") else masculine + "s"
    return [masculine, plural, feminine, feminine + "s", *_IRREGULAR.get(masculine, [])]


_REGIONAL = {
    form: re.sub(r"(?:ois|ais|ien|éen|ain)$", "", masculine)
    for masculine in _REGIONAL_MASCULINE.split()
    for form in _regional_forms(masculine)
}
# Nouns after which a region's adjective names a dish, a breed, a language or a way of doing, not
# the region's people nor a thing of the region: "le bœuf bourguignon", "la quiche lorraine", "les
# vaches normandes", "la langue bretonne", "la méthode champenoise", "à la provençale".
_NOT_OF_THE_PLACE = words(
    "bœuf boeuf bœufs boeufs quiche quiches fondue fondues crêpe crêpes galette galettes soupe salade recette recettes "
    "cuisine spécialité spécialités vache vaches race races berger bergers chien chiens langue langues "
    "dialecte patois méthode mode style façon la"
)
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
# A capitalised word of a demonym's ending, within the sentence: the cue of `people`.
_PEOPLE_CUE = re.compile(r"(?<=\W)[A-ZÀ-Ý][\w-]*(?:ois|ais|ien|éen|ain)(?:e|es|s|ne|nes)?(?![\w-])")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=50_000)
def root(word: str) -> str | None:
    """The root of `word` (lowercased) if it reads as a demonym: "vaudois" → "vaud", "toulousain"
    → "toulous", "béninoise" → "bénin"; else None."""
    if not word.endswith(_DEMONYM_ENDINGS) or word in _NOT_DEMONYMS:
        return None
    bare = _ENDING.sub("", word)
    return bare if len(bare) >= _ROOT else None


def roots(words: frozenset[str], text: str = "") -> tuple[tuple[str, str], ...]:
    """(stem of the word, stem of its root) for each demonym of `words` (lowercased, as written):
    a claim's, read once; accents of the root left out as the place's may differ ("liégeois" /
    "Liège"). Not one person of the place (`text`: "Un Toulousain a gagné à Paris" tells of no
    event in Toulouse), only its people or a thing of it ("les Toulousains", "le pont toulousain")."""
    found = []
    for word in sorted(word for word in words if word.endswith(_DEMONYM_ENDINGS)):
        bare = root(word)
        if bare is not None and not _one_person(word, text):
            found.append((stem(word), _plain(stem(bare))))
    return tuple(found)


def _one_person(word: str, text: str) -> bool:
    """Whether `text` says `word` (lowercased) as a noun of one person: "un Toulousain"."""
    return any(
        said[-len(word)].isupper() for said in re.findall(rf"(?<!\w)une?\s+{re.escape(word)}\b", text, re.IGNORECASE)
    )


def people(text: str, names: frozenset[str]) -> frozenset[str]:
    """The places whose people or adjective `text` names, as their roots without accents: a
    nationality ("belge", "les Néerlandais"), or a capitalised demonym within the sentence ("Sept
    Ontariens sur dix"); not a word of a name of `names` (casefolded: "Julien Morel"), nor one
    that stands before a name, which it tells of one person ("le Belge Remco Evenepoel": the
    claim is about him, and "le Slovène Tadej Pogacar" may be named beside him)."""
    lowered = _WORD.findall(text.lower())
    if not _PEOPLE_CUE.search(text) and NATIONALITIES.isdisjoint(lowered) and _REGIONAL.keys().isdisjoint(lowered):
        return frozenset()  # most claims name no people: scans in C, not a loop over words
    found = []
    written_words = _WORD.findall(text)
    for position, written in enumerate(written_words):
        word = written.lower()
        if word in NATIONALITIES:
            # "allemands" / "allemand", "turcs" / "turc": an ending of no demonym, its plural too
            found.append((position, word, _plain(_ENDING.sub("", word).removesuffix("s")) or word))
        elif position and written[0].isupper() and root(word):
            found.append((position, word, _plain(root(word))))
        elif word in _REGIONAL and (not position or written_words[position - 1].lower() not in _NOT_OF_THE_PLACE):
            # "les producteurs wallons", "Sept Wallons sur dix": one place's people
            found.append((position, word, _plain(_REGIONAL[word])))
    if not found:
        return frozenset()
    name_words = {word for name in names for word in _WORD.findall(name)}
    following = [word.lower() for word in written_words[1:]] + [""]
    return frozenset(
        place for position, word, place in found if word not in name_words and following[position] not in name_words
    )
