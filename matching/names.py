"""Two names of one entity in two claims, which the recogniser keys apart: an acronym and its long
form ("l'OMS" / "l'Organisation mondiale de la santé", "la SNCF" / "la Société nationale des
chemins de fer français", "la RDC" / "la République démocratique du Congo"), the same words in
another order ("Genève Aéroport" / "l'aéroport de Genève"), a town and its town hall ("Montréal" /
"la Ville de Montréal"), a club named with two of its kind's words ("le Club Bruges" / "le FC
Bruges"), and a name the recogniser missed in one claim but whose words it holds ("50 % des
communes de Haute-Marne"). matching.scoring reads them as one entity (`align`).
"""

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from annotations.nlp.clubs import CLUB_FIRST_WORDS, CLUB_LAST_WORDS
from annotations.nlp.lexicon import words
from matching.demonyms import root
from matching.facts import ClaimFacts, stems
from matching.vocabulary import STOPWORDS, WORD, canonical, stem

# Words an acronym skips: "Organisation mondiale de la santé" is OMS.
_SKIPPED = words("de des du la le les l d et à au aux en pour sur")
# The body of a place named by its head before the place: "la Ville de Montréal" is "Montréal" in
# the news ("Montréal a adopté son budget"); not "République" ("la République démocratique du
# Congo" is no "Congo").
_GOVERNING_HEADS = words("ville commune municipalité mairie région canton province département gouvernement")
# A town's own bodies, one of them named for another: "la Ville de Rennes" / "la mairie de Rennes".
_TOWN_HEADS = words("ville commune municipalité mairie")
_CLUB_WORDS = CLUB_FIRST_WORDS | CLUB_LAST_WORDS
_ACRONYM_LETTERS = range(2, 7)
_NUMBERS = re.compile(r"\d+")
# An acronym the recogniser left as a word is read from three letters: "ue" or "pc" are too often
# something else.
_WORD_ACRONYM = 3


@lru_cache(maxsize=50_000)
def _plain(text: str) -> str:
    """`text` casefolded, accents removed ("Études" reads "etudes", whose initial is E): names and
    words recur across pairs."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Names and words recur across the pairs of claims compared (every candidate of every claim of a
# batch): each is read once.
@lru_cache(maxsize=50_000)
def _content(name: str) -> tuple[str, ...]:
    return tuple(word for word in WORD.findall(_plain(name)) if word not in _SKIPPED)


@lru_cache(maxsize=50_000)
def _letters(short: str) -> str | None:
    """The letters of `short` as an acronym: one word or hyphenated ("AP-HP"), 2 to 6 letters."""
    letters = "".join(WORD.findall(_plain(short)))
    if (len(_content(short)) != 1 and "-" not in short) or len(letters) not in _ACRONYM_LETTERS:
        return None
    return letters


@lru_cache(maxsize=50_000)
def _spellings(long: str) -> frozenset[str]:
    """The acronyms `long` may be written as: its initials, and from three letters its initials
    but one."""
    initials = "".join(word[0] for word in _content(long))
    if len(initials) < 2:
        return frozenset()
    dropped = {initials[:i] + initials[i + 1 :] for i in range(len(initials))} if len(initials) > 3 else set()
    return frozenset({initials} | dropped)


def acronym_of(short: str, long: str, long_label: str = "") -> bool:
    """Whether `short`, one word ("OMS", "AP-HP", "Insee"), spells the initials of the words of
    `long` ("Assistance publique-Hôpitaux de Paris"); from three letters, one word of `long` may
    be left out: a last qualifier ("Chemins de fer fédéraux suisses" is CFF) or another
    ("Société nationale des chemins de fer belges" is SNCB). A person's name (`long_label` PER)
    spells no acronym: "Pierre Sanchez" is not "le PS", "Olivier Martin" not "l'OM"."""
    letters = _letters(short)
    return long_label != "PER" and letters is not None and letters in _spellings(long)


@lru_cache(maxsize=200_000)
def same_entity(one: str, other: str, one_label: str = "", other_label: str = "") -> bool:
    """Whether two names (as written) name one entity: see the module's docstring. The labels
    ("PER", "ORG", ...) keep a person's initials from reading as an acronym (acronym_of)."""
    first, second = _content(one), _content(other)
    if not first or not second or _numbered_otherwise(one, other):
        return False
    return (
        set(first) == set(second)
        or acronym_of(one, other, other_label)
        or acronym_of(other, one, one_label)
        or (first[0] in _GOVERNING_HEADS and first[1:] == second)
        or (second[0] in _GOVERNING_HEADS and second[1:] == first)
        or (first[0] in _TOWN_HEADS and second[0] in _TOWN_HEADS and first[1:] == second[1:])
        or _demonym_of(first, second)
        or _demonym_of(second, first)
        or _same_club(first, second)
    )


def _numbered_otherwise(one: str, other: str) -> bool:
    """Whether both names hold numbers, not the same: "la ligne m1" / "la ligne m2", "l'A7" / "l'A8"
    are two things, though their words (no digit) are one."""
    numbers = _NUMBERS.findall(one)
    return bool(numbers) and numbers != _NUMBERS.findall(other) and bool(_NUMBERS.search(other))


def _demonym_of(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether `first` is a body named by its place's demonym and `second` the place: "l'État
    béninois" / "le Bénin", "le gouvernement québécois" / "le Québec" (plain words)."""
    return len(first) == 2 and first[0] in _GOVERNING_HEADS | {"etat"} and root(first[1]) == "".join(second)


def _same_club(first: list[str], second: list[str]) -> bool:
    """Both names hold a word of a club's kind, and the same other words: "Club Bruges" / "FC
    Bruges" (not "Stade de France" / "France": a stadium, a country)."""
    rest_first = [word for word in first if word not in _CLUB_WORDS]
    rest_second = [word for word in second if word not in _CLUB_WORDS]
    return len(rest_first) < len(first) and len(rest_second) < len(second) and rest_first == rest_second != []


def align(a: ClaimFacts, b: ClaimFacts) -> tuple[ClaimFacts, ClaimFacts]:
    """`a` and `b` with the entities they name under two names given one key, name and words:
    each entity of `b` that `a` names otherwise takes `a`'s; an acronym that one claim writes
    (as an entity or as a word: "en RDC") and the other spells out takes the spelt-out name."""
    for key, name, label in sorted(b.names):
        if key in a.entities:
            continue
        other = next(
            (n for n in sorted(a.names) if n[0] not in b.entities and same_entity(n[1], name, n[2], label)), None
        )
        if other is not None:
            b = _renamed(b, (key, name, label), other)
    a, b = _spelt_out(a, b), _spelt_out(b, a)
    a, b = _placed(a, b), _placed(b, a)
    return _worded(a, b), _worded(b, a)


def _placed(facts: ClaimFacts, other: ClaimFacts) -> ClaimFacts:
    """`facts` with each demonym whose place `other` names read as the place's word: "le pont
    toulousain" / "le pont de Toulouse" (matching.demonyms.roots). The place is a word of a name
    of `other`, not the head of a name of several words: "les collégiens de Rennes" are not "le
    collège de Rennes"."""
    if not facts.demonyms or not other.names:
        return facts
    placed = {stem(word) for _key, name, _label in other.names for word in _place_words(name)}
    plain = {_plain(word): word for word in other.words if word in placed}
    found = {word: plain[place] for word, place in facts.demonyms if place in plain and word not in other.words}
    if not found:
        return facts
    return replace(facts, words=facts.words.difference(found).union(found.values()))


@lru_cache(maxsize=16384)
def _place_words(name: str) -> tuple[str, ...]:
    """The words of a name (casefolded) that may be a place's: all but its head if it has several."""
    found = WORD.findall(name)
    return tuple(found[1:] if len(found) > 1 else found)


def _renamed(facts: ClaimFacts, old: tuple, new: tuple) -> ClaimFacts:
    """`facts` with the entity `old` (key, name, label) named as `new`."""
    return replace(
        facts,
        entities=(facts.entities - {old[0]}) | {new[0]},
        names=(facts.names - {old}) | {(new[0], new[1], old[2])},
        words=(facts.words - _stems(old[1])) | _stems(new[1]),
        subject=new[0] if facts.subject == old[0] else facts.subject,
    )


def _spelt_out(facts: ClaimFacts, other: ClaimFacts) -> ClaimFacts:
    """`facts` with a word that is the acronym of a name of `other` that `facts` lacks read as
    that name ("en RDC" for "la République démocratique du Congo"); not a person's name ("au PS"
    is not "Pierre Sanchez")."""
    for key, name, label in sorted(other.names):
        if key in facts.entities or label == "PER":
            continue
        word = next((w for letters, w in _written_acronyms(facts.search_words) if letters in _spellings(name)), None)
        if word is not None:
            facts = replace(
                facts,
                entities=facts.entities | {key},
                names=facts.names | {(key, name, label)},
                words=(facts.words - _stems(word)) | _stems(name),
            )
    return facts


def _worded(facts: ClaimFacts, other: ClaimFacts) -> ClaimFacts:
    """`facts` with each entity of `other` whose words it holds, though it names no such entity:
    the recogniser missed it there ("Haute-Marne" read in one claim, not in the other). Not when
    the words are those of a name `facts` gives in another order: "la Banque centrale des États
    de l'Afrique de l'Ouest" holds the words of "la Banque des États de l'Afrique centrale", another bank;
    nor with another number."""
    for key, name, label in sorted(other.names):
        name_stems = _stems(name)
        if key not in facts.entities and name_stems and name_stems <= facts.words:
            if any(
                _stems(own) >= name_stems and (not within(name, own) or _numbered_otherwise(name, own))
                for _key, own, _label in facts.names
            ):  # nor the words of a name it gives with another number: "la ligne m2" / "la ligne m1"
                continue
            facts = replace(facts, entities=facts.entities | {key}, names=facts.names | {(key, name, label)})
    return facts


@lru_cache(maxsize=50_000)
def within(short: str, long: str) -> bool:
    """Whether the words of `short` are a run of the words of `long`, in their order, each read by
    its stem as `_stems` reads it: "Nantes" is within "mairie de Nantes", "le conseil régional"
    within "les conseils régionaux"; "Banque des États de l'Afrique centrale" is not within "Banque
    centrale des États de l'Afrique de l'Ouest", though each of its words is."""
    inner, outer = _stem_run(short), _stem_run(long)
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


@lru_cache(maxsize=50_000)
def in_order(short: str, long: str) -> bool:
    """Whether the words of `short` are among those of `long` in their order (read as `within`
    reads them), others between: "Festival de Cannes" in "Festival international du film de Cannes"."""
    rest = iter(_stem_run(long))
    return all(word in rest for word in _stem_run(short))  # each found after the one before


# The kinds of court that the press names by their town alone: "le tribunal de Lille" is whichever
# of its courts the other claim names ("tribunal correctionnel de Lille"); "l'Université de Lyon",
# "le Théâtre de Namur" are themselves, not "l'Université catholique", "le Théâtre royal".
_COURTS = frozenset(canonical(stem(word)) for word in ("tribunal", "tribunaux", "cour", "cours"))


def one_word_more(short: str, long: str) -> bool:
    """Whether `long` is `short`, a court and where it sits ("tribunal de Lille"), with one word
    more after its kind ("tribunal correctionnel de Lille"): a court named with its kind and without;
    not "tribunal judiciaire de Lille" / "tribunal correctionnel de Lille", nor "Université de Lyon" /
    "Université catholique de Lyon" (no court), nor "Caisse centrale" / "Caisse régionale centrale"."""
    inner, outer = _stem_run(short), _stem_run(long)
    written = WORD.findall(short.casefold())
    return (
        len(written) > 2
        and written[1] in ("de", "du", "des", "d")
        and len(outer) == len(inner) + 1 >= 3
        and inner[0] in _COURTS
        and outer[:1] + outer[2:] == inner
    )


def _stem_run(name: str) -> list[str]:
    """The stems of the content words of `name`, in their order."""
    return [canonical(stem(word)) for word in WORD.findall(name.casefold()) if word not in STOPWORDS]


@lru_cache(maxsize=50_000)
def _stems(name: str) -> frozenset[str]:
    return stems(name)


@lru_cache(maxsize=50_000)
def _written_acronyms(search_words: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(letters, word) of each word of a claim that may be an acronym (_WORD_ACRONYM letters or
    more), in order: a claim is compared with many candidates, its words read once."""
    found = ((_letters(word), word) for word in sorted(search_words) if len(word) >= _WORD_ACRONYM)
    return tuple((letters, word) for letters, word in found if letters is not None)
