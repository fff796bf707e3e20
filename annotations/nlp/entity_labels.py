"""One label per surface form of a document's names, and the links of short forms and acronyms to
the full names they stand for (see `entities`, which calls them on the model's mentions)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from annotations.nlp.entity_cues import COORDINATION, OF_WHOM, after_its_kind, cue_scores
from annotations.nlp.first_names import opens_on_a_first_name
from annotations.nlp.lexicon import words
from annotations.nlp.normalise import lower_case
from annotations.nlp.teams import clubs_moved_to, is_a_nickname, is_scored, moves_a_player, plays_a_match

MISC_VOTE = 0.25  # the model's MISC is its catch-all: a weak vote


@dataclass(frozen=True)
class Mention:
    """A name found in the text (by the model, a headed name or an editor alias), its label not yet
    decided for the whole document."""

    start: int
    end: int
    label: str
    canonical: str | None = None  # set by an editor alias, or a headed name (its own surface)

    @property
    def is_fixed(self) -> bool:
        """Editor aliases and headed names keep their label and canonical name as they are."""
        return self.canonical is not None


def decide_labels(mentions: list[Mention], occurrences: dict[str, list[tuple[int, int]]], text: str) -> dict[str, str]:
    """One label per surface form: the model's votes plus the context cues of all its occurrences.

    Places are the model's strong suit: a surface voted mostly LOC only yields to strong cues.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[text[mention.start : mention.end]][mention.label] += MISC_VOTE if mention.label == "MISC" else 1
    labels, lowered = {}, lower_case(text)
    for surface, counter in votes.items():
        cues, strong = cue_scores(occurrences.get(surface, []), text, lowered, read=counter)
        place = counter["LOC"] > counter["PER"] + counter["ORG"]
        total = counter + (strong if place else cues)
        labels[surface] = max(total, key=lambda label: (total[label], label != "MISC"))
        places = occurrences.get(surface, [])
        if labels[surface] == "LOC" and plays_a_match(places, lowered):
            labels[surface] = "ORG"  # a town for its team: "Rennes a battu Lorient (3-0)" (a transfer's: `clubs`)
        elif labels[surface] == "MISC" and (is_scored(places, lowered) or moves_a_player(places, lowered)):
            labels[surface] = "ORG"  # "Servette - Young Boys 1-1", "en provenance des Black Stars"
        elif _one_word_or_misc(surface, labels[surface]) and is_a_nickname(places, lowered):
            labels[surface] = "ORG"  # "les Merlus", which the model reads as MISC, a person or a place

    return _coordinated(mentions, text, labels)


def _one_word_or_misc(surface: str, label: str) -> bool:
    """A name that may be a team's nickname: the model's MISC, or one word it reads as a person or a place
    ("Les Merlus restent lanterne rouge": PER)."""
    return label == "MISC" or (" " not in surface and not opens_on_a_first_name(surface))


def clubs(labels: dict[str, str], occurrences: dict[str, list[tuple[int, int]]], lowered: str) -> set[tuple[int, int]]:
    """The occurrences of the towns (surfaces labelled LOC) that stand for a club on a transfer page, each
    where its context says so ("en provenance de Lens", "partie à Montpellier"; `teams.clubs_moved_to`): ORG
    there, a place elsewhere in the article. `lowered`: the text in lower case."""
    return {
        occurrence
        for surface, label in labels.items()
        if label == "LOC"
        for occurrence in clubs_moved_to(occurrences.get(surface, []), lowered)
    }


def by_occurrence(
    model: list[Mention],
    links: dict[str, str],
    labels: dict[str, str],
    occurrences: dict[str, list[tuple[int, int]]],
    text: str,
) -> dict[tuple[int, int], tuple[str, str]]:
    """The name and label of the occurrences that differ from their surface's: a town that stands for a club
    on a transfer page (`clubs`), a family by its firm's or a place's name (`families`), an elected person by a
    place's name (`titled_places`), a surname's town (`towns_of_surnames`)."""
    lowered = lower_case(text)  # once, for both
    found = {occurrence: (text[slice(*occurrence)], "ORG") for occurrence in clubs(labels, occurrences, lowered)}
    persons = families(labels, occurrences, lowered) | titled_places(labels, occurrences, lowered)
    found |= {occurrence: (text[slice(*occurrence)], "PER") for occurrence in persons}
    return found | towns_of_surnames(model, links, labels, text)


# A family by its surname: "la famille Mulliez", "les familles Peugeot et Michelin" (a person's name).
_FAMILY_BEFORE = re.compile(r"\b(?:(?:la|les|une|cette|sa|leur)\s+familles?|familles\s+[\w-]+\s+et)\s+$")


def families(
    labels: dict[str, str], occurrences: dict[str, list[tuple[int, int]]], lowered: str
) -> set[tuple[int, int]]:
    """The occurrences of a firm's or a place's name (a surface labelled ORG or LOC) right after "la famille": the
    family's, a person's name there, the firm elsewhere in the text ("La famille Peugeot détient 7 % de Stellantis.
    Les ventes de Peugeot ont reculé", "la famille Desjardins" beside the bank the model reads as a place). Read one
    by one: a cue would make the firm a person at each of its places. `lowered`: the text in lower case."""
    return _after(_FAMILY_BEFORE, ("ORG", "LOC"), labels, occurrences, lowered)


# An elected person's title right before the name: "le sénateur Marseille", "la députée Champagne" (not "le député
# de Marseille", "le député LR": a party is no place).
_ELECTED_BEFORE = re.compile(
    r"\b(?:le|la|du|au|de\s+la|à\s+la)\s+(?:député|députée|sénateur|sénatrice|ministre|maire|mairesse|bourgmestre|"
    r"échevin|échevine|conseiller|conseillère)(?:\s+(?:national|nationale|fédéral|fédérale|municipal|municipale|"
    r"provincial|provinciale|européen|européenne|sortant|sortante))?\s+$"
)


def titled_places(
    labels: dict[str, str], occurrences: dict[str, list[tuple[int, int]]], lowered: str
) -> set[tuple[int, int]]:
    """The occurrences of a place's name (a surface labelled LOC) right after an elected person's title: a surname
    there ("Le sénateur Marseille a demandé ... À Marseille, les usagers"), the place elsewhere."""
    return _after(_ELECTED_BEFORE, ("LOC",), labels, occurrences, lowered)


def _after(
    before: re.Pattern, kinds: tuple[str, ...], labels: dict[str, str], occurrences: dict, lowered: str
) -> set[tuple[int, int]]:
    """The occurrences of the surfaces labelled one of `kinds` that `before` matches right before."""
    return {
        (start, end)
        for surface, label in labels.items()
        if label in kinds
        for start, end in occurrences.get(surface, [])
        if before.search(lowered, max(0, start - 40), start)
    }


def towns_of_surnames(
    model: list[Mention], links: dict[str, str], labels: dict[str, str], text: str
) -> dict[tuple[int, int], tuple[str, str]]:
    """The occurrences of a surname that the text links to a person's full name ("Me Olivier Rochefort")
    but that the model reads as a place right after "à" ("un restaurant à Rochefort", "À Sedan, la
    maire"): a town there, its own name (not "a écrit à Rochefort", which the model reads as him)."""
    found = {}
    for mention in model:
        surface = text[mention.start : mention.end]
        person = labels.get(links.get(surface, "")) == "PER"
        if person and mention.label == "LOC" and _AT.search(text, max(0, mention.start - 3), mention.start):
            found[(mention.start, mention.end)] = (surface, "LOC")
    return found


_AT = re.compile(r"(?<![\w-])[àÀ] $")


def _coordinated(mentions: list[Mention], text: str, labels: dict[str, str]) -> dict[str, str]:
    """A MISC name listed with an organisation ("X et Renault") is an organisation, a one-word
    person listed with a place ("à Cenon et Floirac") a place."""
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for left, right in zip(ordered, ordered[1:], strict=False):
        if COORDINATION.match(text[left.end : right.start]):
            left_surface, right_surface = text[left.start : left.end], text[right.start : right.end]
            for surface, other in ((left_surface, right_surface), (right_surface, left_surface)):
                if labels[surface] == "MISC" and labels[other] == "ORG":
                    labels[surface] = "ORG"
                elif labels[surface] == "PER" and labels[other] == "LOC" and " " not in surface:
                    # not "le soutien de Moscou et de Poutine": a capital and its leader
                    whose = text[max(0, left.start - 40) : left.start].lower()
                    labels[surface] = labels[surface] if OF_WHOM.search(whose) else "LOC"
    return labels


# --- Short forms and acronyms ------------------------------------------------------------------


def link_short_forms(counts: Counter, labels: dict[str, str], text: str) -> dict[str, str]:
    """Maps a short form to the full person name it ends ("Dupont" → "Jean Dupont").

    When several full names end the same way, the most mentioned one wins. A firm named after its founder keeps
    its own label: a short form read as an organisation is not linked to a name the text calls its founder's
    ("Renault a fermé l'usine ... fondé par Louis Renault"), nor when the text names it after its kind ("le
    constructeur Honda" beside "Soichiro Honda").
    """
    full_names = [s for s in counts if labels[s] == "PER" and len(s.split()) > 1]
    links, lowered = {}, lower_case(text)
    for surface in counts:
        tail = surface.split()
        candidates = [f for f in full_names if f != surface and f.split()[-len(tail) :] == tail]
        if labels[surface] == "ORG":
            candidates = [full for full in candidates if not _FOUNDED_BY.search(text.replace(full, "\x00"))]
        if labels[surface] == "ORG" and after_its_kind(surface, lowered):
            candidates = []  # "le constructeur Honda" beside "Soichiro Honda"
        if candidates:
            links[surface] = max(candidates, key=lambda full: counts[full])
    return links


# A founder named after "fondé par" (and a brother before "et": "fondée par André et Édouard Michelin"), the full
# name replaced by a NUL character to be found.
_FOUNDED_BY = re.compile(r"\b(?:fondée?s?|créée?s?)\b[^.\x00]{0,60}?\bpar (?:[A-ZÀ-Ý][\w-]+ et )?\x00")
# An acronym in capitals, one written as a word ("Fage"), or capitals with a particle's small letters ("GHdC", "UdeM",
# "RHNe").
_ACRONYM_AFTER = re.compile(
    r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}|[A-ZÀ-Ý][a-zà-ÿ]{2,8}|[A-ZÀ-Ý]+(?:[a-zà]{1,3}[A-ZÀ-Ý]+)+|[A-ZÀ-Ý]{2,}[a-zà]{1,2})\)"
)
# The small words an acronym leaves out: "Fédération des associations générales étudiantes" is Fage.
_UNINITIALLED = words("de du des d la le les l et à au aux en pour sur")


def _initials(name: str) -> str:
    """The first letters of a name's words, without accents ("étudiantes" gives an "e")."""
    initials = "".join(word[0] for word in re.split(r"[\s'’-]+", name.lower()) if word and word not in _UNINITIALLED)
    return unicodedata.normalize("NFD", initials).encode("ascii", "ignore").decode()


def _is_acronym_of(acronym: str, full: str) -> bool:
    """An acronym in capitals stands for the name it follows; one with a particle's small letters ("GHdC")
    if its capitals are the name's initials; one written as a word ("Fage",
    "Inirr") only if it spells the name's initials (not "(Lyon)", "(Paris)"), or the first letters
    of two of its words or more, in order ("Office anti-stupéfiants (Ofast)": of-a-st)."""
    if acronym.isupper():
        return True
    capitals = "".join(char for char in acronym if char.isupper())
    if len(capitals) >= 2:  # the small letters are its particles': "GHdC", Grand Hôpital de Charleroi
        return _initials(" ".join(capitals)) == _initials(full)
    return _spells(_initials(acronym[0]) + acronym[1:].lower(), full)


def _spells(letters: str, full: str) -> bool:
    """Whether `letters` (an acronym in lower case, its first letter without accent) are the initials of
    `full`, or the first letters of two of its words or more, in order."""
    if _initials(full) == letters:
        return True
    parts = [_initials(word) + word[1:] for word in re.split(r"[\s'’-]+", full.lower()) if word]
    parts = [part for part in parts if part not in _UNINITIALLED]
    return bool(parts) and _spelled_by_starts(letters, parts, True)


def _spelled_by_starts(acronym: str, parts: list[str], first: bool) -> bool:
    """Whether `acronym` is the start of its first word (`first`: the name's own) then of later words."""
    if not acronym:
        return not first
    if not parts:
        return False
    for n in range(min(len(acronym), len(parts[0])), 0, -1):
        if parts[0].startswith(acronym[:n]) and _spelled_by_starts(acronym[n:], parts[1:], False):
            # two words at least: "(Paris)" after "Paris Saint-Germain" is no acronym
            return not first or n < len(acronym)
    return not first and _spelled_by_starts(acronym, parts[1:], False)


def spells(acronym: str, full: str) -> bool:
    """Whether `acronym` ("CNVS", "OSCE", "BEA-TT") spells `full` by its words' initials or first letters
    (`_spells`), in whatever case it is written."""
    return _spells(_initials(acronym[0]) + re.sub(r"[^\w]", "", acronym[1:].lower()), full)


_ACRONYM_BEFORE = re.compile(r"([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9})\s*\($")


def spelled_out(mentions: list[Mention], text: str, labels: dict[str, str]) -> dict[str, str]:
    """The long names given in brackets right after an organisation's acronym, with its label: "l'AP-HP
    (Assistance publique-Hôpitaux de Paris)" (ORG, which the model reads as an event), the reverse of
    `acronyms`, when the acronym spells it; not "l'ANSM (France)", its country."""
    found = {}
    for mention in mentions:
        full = text[mention.start : mention.end]
        before = _ACRONYM_BEFORE.search(text, max(0, mention.start - 14), mention.start)
        closed = text[mention.end : mention.end + 1] == ")"
        letters = before and _initials(before[1][0]) + re.sub(r"[^\w]", "", before[1][1:].lower())
        if before and closed and labels.get(before[1]) == "ORG" and _spells(letters, full):
            found[full] = "ORG"
    return found


def acronyms(mentions: list[Mention], text: str, labels: dict[str, str]) -> dict[str, str]:
    """Acronyms given in brackets right after a name: "Agence France-Presse (AFP)" → AFP. Not after a
    person's name, where the brackets hold a party, a club or an agency ("Laurent Duplomb (LR)",
    "Jean Martin (AFP)"); the first name an acronym follows keeps it."""
    links = {}
    for mention in mentions:
        full = text[mention.start : mention.end]
        match = _ACRONYM_AFTER.match(text, mention.end)
        if (
            match
            and match.group(1) != full
            and labels.get(full, "PER") != "PER"
            and _is_acronym_of(match.group(1), full)
        ):
            links.setdefault(match.group(1), full)
    return links
