"""Whether two claims are about different entities or things (read by matching.scoring):
two places, two people, two organisations, two events of one kind, two places' people, two
diseases or professions, one count of another noun. Two such claims are never shown as the same,
whatever else they share.
"""

from matching.facts import MEASURES, ClaimFacts
from matching.names import in_order, one_word_more, within
from matching.vocabulary import RIVAL_NOUNS, WORD, canonical, stem

# Labels whose two names are rivals: two places, two people, two organisations. A "MISC" name
# (a nationality, an event) is too loose a kind to set two claims apart, unless two such names open
# on the same word (`_rivals`: two festivals, two marathons).
RIVAL_LABELS = frozenset(["PER", "ORG", "LOC"])
# Labels of those who act: two subjects, a person and an organisation, are rivals too ("Le PS a
# obtenu 12 % des voix" / "Pierre Sanchez a obtenu 12 % des voix").
ACTOR_LABELS = frozenset(["PER", "ORG"])


def apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b` are about different entities: an entity of one that the other lacks
    and an entity of the other that the one lacks are of the same kind (`_rivals`), and no such
    name of one is a run of the words of such a name of the other (`_together`: "Nantes" / "mairie
    de Nantes", "l'ONU" / "ONU" are together; "aéroport de Nantes" / "aéroport de Lyon" are apart; "Selon l'Insee, ..."
    / "En France, ..." are not: a source and a place)."""
    if a.people - b.people and b.people - a.people:  # "Sept Ontariens sur dix" / "Sept Québécois sur dix"
        return True
    if any((a.words & group) - b.words and (b.words & group) - a.words for group in RIVAL_NOUNS):
        return True  # "cas de rougeole" / "cas de coqueluche"
    if _one_word_swapped(a, b):
        return True  # "a recruté 2 000 enseignants" / "a recruté 2 000 infirmiers"
    own_a = [(label, name) for key, name, label in a.names if key not in b.entities]
    own_b = [(label, name) for key, name, label in b.names if key not in a.entities]
    if not any(_rivals(x, y) for x in own_a for y in own_b):
        return _rival_subjects(a, b)
    return not any(_together(x, y) for x in own_a for y in own_b)


def _one_word_swapped(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether `a` and `b` are one sentence whose one count, of the same number, counts another
    noun, their other words all alike: "a mis en service 40 nouveaux trams" / "40 nouveaux bus",
    "a recruté 2 000 enseignants" / "2 000 infirmiers" are two things, as are the people of one
    proportion ("un enfant sur dix" / "un adulte sur dix"); "1 500 visiteurs" / "1 500 personnes ont
    visité" are one in other words, and so are "12 suspects" / "12 personnes" (_ANYONE)."""
    own_a, own_b = a.words - b.words, b.words - a.words
    if len(own_a) != 1 or len(own_b) != 1:
        return False
    if own_a <= a.counted and own_b <= b.counted and set(a.proportions) & set(b.proportions):
        return not (own_a | own_b) & _ANYONE  # "Un enfant" / "Un adulte sur dix"; not "Une personne sur dix"
    counts_a = {x: _noun(x) for x in a.measures if x.currency not in MEASURES and _noun(x) not in _ANYONE}
    counts_b = {y: _noun(y) for y in b.measures if y.currency not in MEASURES and _noun(y) not in _ANYONE}
    return any(
        (x.low, x.high) == (y.low, y.high) and {noun_a} == own_a and {noun_b} == own_b
        for x, noun_a in counts_a.items()
        for y, noun_b in counts_b.items()
    )


# The nouns that count anyone, the general name of a count of people of any kind.
_ANYONE = frozenset(canonical(stem(word)) for word in ["personne", "personnes", "individu", "individus", "gens"])


def _noun(value) -> str:
    """The canonical stem of the noun a count counts ("enseignants": "enseign")."""
    return canonical(stem(value.currency.casefold()))


def _together(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two names (label, name) may name one thing: one is a run of the other's words; or,
    two events, the words of one are the other's in their order, the other's full name ("le
    Festival de Cannes" / "le Festival international du film de Cannes", "le marathon de Paris" /
    "le Marathon international de Paris")."""
    (label, name), (other_label, other_name) = one, other
    if within(name, other_name) or within(other_name, name):
        return True
    if label == other_label == "ORG" and (one_word_more(name, other_name) or one_word_more(other_name, name)):
        return True  # "le tribunal de Lille" / "le tribunal correctionnel de Lille"
    return label == other_label == "MISC" and (in_order(name, other_name) or in_order(other_name, name))


def _rivals(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two names (label, name) are of one kind: two places, two people, two
    organisations (RIVAL_LABELS); or two events of the same head word ("le Festival d'Avignon" /
    "le Festival interceltique de Lorient", "le marathon de Paris" / "de Berlin"), the head word
    last in a name of two words or more ("le Montreux Jazz Festival" / "le Paléo Festival"), where
    "Euclid" and "les Jeux olympiques" are no two of a kind."""
    (label, name), (other_label, other_name) = one, other
    if label != other_label:
        return False
    if label in RIVAL_LABELS:
        return True
    words, other_words = _name_words(name), _name_words(other_name)
    return words[:1] == other_words[:1] or (len(words) > 1 < len(other_words) and words[-1] == other_words[-1])


def _rival_subjects(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether each claim's subject is an actor (ACTOR_LABELS) that the other does not name."""
    subjects = [
        next((label for key, _name, label in one.names if key == one.subject and key not in other.entities), None)
        for one, other in ((a, b), (b, a))
    ]
    return all(label in ACTOR_LABELS for label in subjects)


def _name_words(name: str) -> list[str]:
    return WORD.findall(name)
