"""Acronyms that an article itself shows to be common nouns: "le SCOT (schéma de cohérence territoriale)",
"le BCG, un vaccin contre la tuberculose", "le plan ORSEC". A capitalised acronym after an article reads
as a body ("le PS", "la CGT", "le FMI": `common_words.acronyms_after_an_article`, and the model's own
guesses), but documents, vaccines, procedures, plans, diplomas and tests are written the same way. The text
says which it is by naming the acronym's kind: spelling it out with a common noun ("plan local
d'urbanisme (PLU)"), setting a kind beside it ("le BCG, un vaccin"), or putting the kind before it
("le vaccin BCG"). The kinds are general words; a body's name is capitalised and headed by no such
word ("Confédération générale du travail (CGT)"), and the bodies known by heart stay bodies whatever the
text puts beside them ("le plan de l'ONU")."""

import re
import unicodedata

from annotations.nlp.entity_labels import Mention
from annotations.nlp.parties import INTERNATIONAL_ACRONYMS, PARTY_ACRONYMS

# Kinds of things, not of bodies, that go by an acronym: documents and plans, vaccines and treatments,
# procedures and schemes, diplomas, tests, permits and benefits.
_KINDS = (
    r"(?:schéma|plan|programme|document|dossier|vaccin|traitement|médicament|procédure|dispositif|diplôme|"
    r"brevet|certificat|examen|test|permis|contrat|label|indice|indicateur|allocation|prime|taxe|impôt)s?"
)
# Kinds whose acronym, right after them, is the thing itself ("le vaccin BCG", "le plan ORSEC", "un test
# PCR"); not a contract's, a card's or a diploma's, which may name who gives it ("le diplôme HEC").
_KINDS_BEFORE = r"(?:schéma|plan|vaccin|procédure|test|examen)s?"
_ACRONYM = r"[A-ZÀ-Ý]{2,8}"
_ACRONYM_ONLY = re.compile(_ACRONYM)  # what common_noun_acronyms can find, so all it can take out
# "le SCOT (schéma de ...)", "le BCG (un vaccin ...)"
_KIND_IN_BRACKETS = re.compile(rf"\b({_ACRONYM})\s*\(\s*(?:(?:un|une|le|la) |l['’])?{_KINDS}\b")
# "le BCG, un vaccin ...", "Le SCOT est un document d'urbanisme", "le PLU, seul document opposable"
_KIND_BESIDE = re.compile(
    rf"\b({_ACRONYM})(?:,| est| était| reste| demeure)\s+(?:(?:un|une|le|la|ce|cette|son|sa|seul|seule) |l['’])?"
    rf"(?:[a-zà-ÿ-]+ )?{_KINDS}\b"
)
# The United Nations' programmes are bodies that their name calls a programme ("le Programme alimentaire mondial
# (PAM)", "le PNUD (programme des Nations unies pour le développement)"): known by heart, as INTERNATIONAL_ACRONYMS.
_UN_PROGRAMMES = frozenset({"PNUD", "PNUE", "PAM", "ONUSIDA"})
_KIND_BEFORE = re.compile(rf"\b{_KINDS_BEFORE} ({_ACRONYM})\b(?![\w'’-])")
# "schéma de cohérence territoriale (SCOT)": a kind heading lower-case words, then the acronym in brackets
_SPELLED_OUT = re.compile(rf"\b({_KINDS})((?: (?:[a-zà-ÿ-]+|[dl]['’][a-zà-ÿ-]+)){{0,6}}) \(({_ACRONYM})\)")


def common_noun_acronyms(text: str) -> frozenset[str]:
    """The acronyms `text` names as a kind of thing (module docstring), so no organisation's name."""
    found = {
        match[1] for pattern in (_KIND_IN_BRACKETS, _KIND_BESIDE, _KIND_BEFORE) for match in pattern.finditer(text)
    }
    found |= {match[3] for match in _SPELLED_OUT.finditer(text) if _first_letter(match[1]) == _first_letter(match[3])}
    return frozenset(found - INTERNATIONAL_ACRONYMS - PARTY_ACRONYMS - _UN_PROGRAMMES)


def _first_letter(word: str) -> str:
    return unicodedata.normalize("NFD", word[0]).encode("ascii", "ignore").decode().lower()


def without_common_noun_acronyms(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` less those of an acronym `text` names as a kind of thing; an editor's alias stays."""
    if not any(_ACRONYM_ONLY.fullmatch(text, mention.start, mention.end) for mention in mentions):
        return mentions  # no mention an acronym: the text need not be read for its kinds
    commons = common_noun_acronyms(text)
    return [mention for mention in mentions if mention.is_fixed or text[mention.start : mention.end] not in commons]
