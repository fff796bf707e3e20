"""Names known by heart beside the parties' (`parties.KnownNames`): the French state's administrations and agencies
by the acronyms they go by (and the statistical offices of Luxembourg, Belgium and Senegal), and the long-running
programmes of French-language television and radio.

The model reads an administration's acronym written as a word or in mixed case as a place ("l'Urssaf", "la DGFiP",
"l'Arcom": LOC), and a programme named by common words as a place, a person or nothing ("sur le plateau de
Quotidien", "C à vous", "Les Grosses Têtes"). Their shape does not tell them from a department ("l'Oise") or from
a sentence's words, so the names are listed: written for Saga from general knowledge of the French administration
and of the French, Belgian, Swiss and Québec channels' schedules. Left out: acronyms that are places or common
words too ("Drac", a river; "Dares"), and programmes named by one common word that news writes in lower case as
often ("Capital", "Envoyé spécial" is kept: two words). A programme named by plain words is read as them where
its capital says nothing, opening a sentence ("Quotidien, le trafic ...", "Sept à huit personnes ...") unless it is
the sentence's subject, and after an article ("notre Envoyé spécial"): `is_a_programme`.
"""

import re

from spacy.tokens import Span

from annotations.nlp.lexicon import words

# The state's services, agencies and inspectorates, in the forms news writes them (ORG).
ADMINISTRATIONS = frozenset(
    {"Urssaf", "URSSAF", "DGFiP", "DGFIP", "DDTM", "DDT", "DDPP", "DDETS", "Dreal", "DREAL", "Dreets", "DREETS"}
    | {"Draaf", "DRAAF", "Dasen", "Arcom", "Arcep", "Ofpra", "OFPRA", "Ofii", "OFII", "CNDA", "Cnaf", "CNAF"}
    | {"Drees", "DREES", "Insee", "INSEE", "Ademe", "ADEME", "Anah", "ANAH", "Anses", "ANSM", "Cnil", "CNIL"}
    | {"DGCCRF", "Igas", "IGAS", "IGPN", "IGGN", "DGSI", "DGSE", "Ofast", "Onisep", "Inrap", "Ifremer", "Inrae"}
    | {"Inserm", "Cerema", "DGAC", "Acoss", "Cnam", "Agirc-Arrco", "Ineris", "Andra", "Irsn", "IRSN"}
    | {"Dirm", "DIRM", "DSDEN", "DDFiP", "DDFIP"}
    # and the statistical offices of the other French-speaking lands, which the model reads as places or persons
    | {"Statec", "STATEC", "Statbel", "Iweps", "IWEPS", "ANSD"}
)
# The administrations that go by a region's name after their acronym: "la Dreal Nouvelle-Aquitaine", "la DREETS
# Occitanie" (the all-capitals ones are read by `name_shapes.organisation_label` as any acronym is).
REGIONAL_ADMINISTRATIONS = frozenset({"Dreal", "Dreets", "Draaf"})
# The state's local services, in lower case, named with the territory they serve, after "de" or right after them:
# "la DDT de la Drôme", "l'ARS d'Occitanie", "la DSDEN de l'Isère", "la Dirm Méditerranée", "l'Urssaf Pays de la
# Loire" (`bodies.administration_patterns`). Not "Drac", a river too; "Sdis", "CPAM", "Caf" are services' heads.
TERRITORIAL_ADMINISTRATIONS = words("ars ddt ddtm ddpp ddets ddfip dsden dasen dreal dreets draaf dirm urssaf")

# Programmes of television and radio, their capitalised article kept where they write it (MISC).
BROADCAST_PROGRAMMES = frozenset(
    {"Quotidien", "C à vous", "C dans l'air", "C ce soir", "Envoyé spécial", "Complément d'enquête"}
    | {"Cash Investigation", "Zone interdite", "Sept à huit", "Koh-Lanta", "Thalassa", "Télématin", "Quelle époque !"}
    | {"Questions pour un champion", "Des chiffres et des lettres", "Le Grand Échiquier", "Faites entrer l'accusé"}
    | {"La Grande Librairie", "Le Masque et la Plume", "Les Grosses Têtes", "Le Téléphone sonne", "L'Heure des pros"}
    | {"Touche pas à mon poste", "On n'est pas couché", "Tout le monde en parle", "Infrarouge", "Temps présent"}
    | {"Affaire conclue", "Fort Boyard", "Des racines et des ailes", "Secrets d'histoire", "Les Pieds sur terre"}
)
# A programme's name followed by "de" and a capitalised word is the start of a longer name: "Le Quotidien de
# Paris" (a newspaper), not the programme.
_LONGER = re.compile(r"\s+(?:de|du|des|d['’])\s*[A-ZÀ-Ý]")
# A programme takes no article but its own: "l'Envoyé spécial américain", "notre Envoyé spécial" is a journalist.
_DETERMINERS = words("le la l' l’ les un une du au des aux notre votre son sa leur ce cet cette")
# The names written in plain words, whose capital says nothing where they open a sentence ("Quotidien, le trafic
# ...", "Sept à huit personnes ...", "Tout le monde en parle dans le quartier"); not the coined ones.
_PLAIN_WORDS = frozenset(
    name
    for name in BROADCAST_PROGRAMMES
    if name[1:] == name[1:].lower() and len(name.split()[0]) > 1 and name not in {"Télématin", "Thalassa"}
)
# There the programme is the sentence's subject: "Quotidien a reçu le ministre", "Envoyé spécial revient ...".
_A_VERB_AFTER = re.compile(r"\s+(?:a|est|sera|était|avait|revient|reçoit|consacre|diffuse|s['’]|se|ne|n['’])(?!\w)")


def is_a_programme(span: Span) -> bool:
    """Whether `span`, a match of `BROADCAST_PROGRAMMES`, names the programme: not the start of a longer name, nor
    words after an article, nor plain words opening a sentence but as its subject."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if _LONGER.match(doc.text, span.end_char) or (before is not None and before.lower_ in _DETERMINERS):
        return False
    opening = before is None or doc[span.start].is_sent_start  # in guillemets it is a title: "« Quotidien » a ..."
    return not (span.text in _PLAIN_WORDS and opening and not _A_VERB_AFTER.match(doc.text, span.end_char))


def holds_a_programme(span: Span) -> bool:
    """Whether a name headed by a common noun closes on a programme's name after "de": "le plateau de Quotidien",
    "le plateau de C à vous" are a studio's set, no plateau of the land."""
    links = [token.i for token in span[1:] if token.lower_ in ("de", "d'", "d’")]
    if not links or links[0] + 1 >= len(span.doc):
        return False
    start = span.doc[links[0] + 1].idx  # the head's patterns may stop inside it: "plateau de C" of "C dans l'air"
    return bool(_PROGRAMME.match(span.doc.text, start))


_PROGRAMME = re.compile(
    "|".join(re.escape(name) for name in sorted(BROADCAST_PROGRAMMES, key=len, reverse=True)) + r"(?!\w)"
)
