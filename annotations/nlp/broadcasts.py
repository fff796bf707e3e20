"""A site advertising its shows and broadcasts to the reader (see `site_prose`): a show's slot, where to
tune in, a report's own broadcast, a show offered again. News about a channel or a show says none of
these things to the reader.
"""

import re

# A show's or a series' slot, advertised to the reader in a sentence: "Retrouvez L'invité du lundi au
# vendredi, en direct et en podcast.", "Écoutez l'émission chaque samedi sur notre application." (A
# button, "Regardez la chaîne en direct", is title-shaped and yields no claim anyway.)
_SHOW_SLOT = re.compile(
    # the imperative's object is the show or the station, named or said ("l'émission"), not a clause
    # ("Découvrez comment la ville a changé en direct", "Regardez : le maire a démissionné en direct")
    r"^(?:Retrouvez|Écoutez|Réécoutez|Regardez|Revoyez|Découvrez)\s+(?:[A-ZÀ-Ý«]|(?:l'|le |la |les |notre |nos |votre )"
    r"(?:émissions?|podcasts?|chroniques?|magazines?|journal|rendez-vous|invitée?s?|épisodes?|débats?|interviews?|"
    r"entretiens?|séries?|programmes?|replay|direct|radio|chaîne)\b)(?:[^.!?]|\d\.\d)*\b(?:en podcast|en replay|en direct|"
    r"sur (?:le )?\d{2,3}[.,]\d\s?(?:FM|MHz)\b|"
    r"sur (?:notre|nos) |sur l'application|chaque (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|jour|"
    r"matin|soir)|du lundi au|tous les (?:jours|matins|soirs))[^!?]*\.$"
)
# Where a show named in quotes is heard or seen (a play's or a market's slot is no show's).
_MEDIUM = re.compile(
    r"\b(?:podcast|replay|FM|MHz|DAB\+|antenne|radio|chaîne|émission|sur (?:notre|l') ?application|sur [\w-]+\.(?:fr|tv|com))\b"
    r"|\bsur (?:Radio|France (?:Inter|Culture|Info|Bleu|\d)|RTL|Europe 1|RFI|TF1|M6|Arte)\b",
    re.I,
)
# A show's slot: its name, a comma, its days and hour, then its programme or station ("Le Détecteur, du lundi
# au vendredi à 7h50 dans la matinale de Radio X."; not "Le couvre-feu est maintenu, chaque soir à 22 h dans le
# centre-ville").
_SLOT_LINE = re.compile(
    r"^[A-ZÀ-Ý«][^.!?,]{1,40}, (?:du lundi au (?:vendredi|samedi|dimanche)|chaque (?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|jour|semaine|matin|soir)|tous les (?:jours|matins|soirs))\b[^.!?,]*?"
    r"\b\d{1,2}\s?h(?:\s?\d{2})?\b\s+(?:dans (?:la matinale|le journal|l'émission|le magazine)|sur (?:notre antenne|"
    r"nos antennes|[A-ZÀ-Ý]))[^.!?,]*\.?$"
)
# A station or channel telling where to find it: "Retrouvez Radio X sur 101.4 à Brest et sur le DAB+.",
# "TV Info, la chaîne de l'info, disponible sur le canal 24 de la TNT et sur toutes les box."
_BROADCAST = re.compile(
    r"^(?:Retrouvez|Écoutez|Captez)\b[^.!?]*?(?:\bsur (?:le )?\d{2,3}[.,]\d\b|\bDAB\+)"
    # or a channel in an apposition, no verb of its own: "X, la chaîne de l'info, disponible sur le canal 24 de la TNT."
    r"|^[^.!?,]{2,40}, (?:la|votre|notre) (?:chaîne|radio|station)\b[^.!?]*, disponible sur\b[^.!?]*"
    r"\b(?:canal \d+|TNT|DAB\+|toutes les box)\b[^.!?,]*\.?$"
    # or said of itself, where to tune in: "Radio X est à écouter sur 105.7 FM à Paris et en DAB+."
    # (its advice to the reader, not "La chaîne est disponible sur le canal 21 depuis 2012", a fact)
    r"|^[^.!?,]{2,40} est à (?:écouter|retrouver|suivre|regarder) sur (?:le )?"
    r"(?:\d{2,3}[.,]\d\s?(?:FM|MHz)\b|canal \d+ de la TNT\b)[^!?]*$"
)
# A report's own broadcast, said under it: "Ce reportage a été diffusé dans le journal de 13 heures du
# mardi 15 décembre." (in a bulletin or a show, or on "notre antenne"; not "... diffusé sur France 5 en 2019.")
_AIRED = re.compile(
    r"^(?:Ce|Cet|Cette) (?:reportage|sujet|vidéo|émission|entretien|interview|chronique|débat|podcast) a été "
    r"(?:diffusée?|présentée?|enregistrée?) (?:(?:dans|lors d[eu']|au cours d[eu']|pendant) (?:le |la |l'|notre )?"
    r"(?:journal|JT|édition|émission|magazine|matinale|\d{1,2}\s?(?:h|heures))\b|sur (?:notre|nos) antennes?\b)"
    r"(?:(?! et )[^.!?;,])*\.?$"
)
# A show offered again, in a phrase without a clause: "Disponible en replay sur exemple.tv pendant 30 jours.",
# "À réécouter en podcast."; not "Disponibles en podcast, les cours attirent un million d'auditeurs."
_AVAILABLE = re.compile(
    r"^(?:[Dd]isponibles?|[ÀA] (?:re)?voir|[ÀA] (?:ré)?écouter)\b[^.!?,;:]*\b(?:en replay|en podcast|en streaming|"
    r"sur (?:notre|nos) |sur l'application|sur [\w-]+\.(?:fr|tv|com|be|ch|ca|info)\b)[^!?,;:]*$"
)


def is_broadcast_notice(line: str, unquoted: str) -> bool:
    """`unquoted`: the line without its quotations."""
    return bool(
        _SHOW_SLOT.match(unquoted)
        or _SHOW_SLOT.match(line)
        and _MEDIUM.search(line)  # a show in quotes: "Retrouvez « Titre » chaque samedi ..."
        or _AVAILABLE.match(unquoted)
        or _BROADCAST.search(unquoted)
        or _AIRED.match(unquoted)
        or _SLOT_LINE.match(unquoted)
    )
