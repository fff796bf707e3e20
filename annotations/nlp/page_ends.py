"""The lines after which a saved page holds no more article (its comments, the paywall's cut, a dated copyright,
the print issue it comes from, the site's other sections), and the related list's label alone on its line
("Lire aussi"), whose link is the next line. Read by `boilerplate` and the page rules of `segment`."""

import re

from annotations.nlp.captions import YEAR, is_credited_caption

MAX_CHROME_WORDS = 16  # a line longer than this is prose, whatever phrase it contains (boilerplate's measure)

# "Lire aussi" as a sentence's comparative, no link: "Lire aussi bien les plans que les comptes a pris du temps".
# The adverb in lower case: a related headline opens on a capital, "Lire aussi Comment Lyon a fait mieux que Paris".
COMPARATIVE = r"\s+(?-i:bien|mal|vite|souvent|longtemps|(?!comment\b)[a-zà-ÿ]+ment)\b[^.!?:]*\bqu(?:e\b|')"
# "À lire aussi", "Voir également", "À découvrir aussi": what points to another article.
READ_ALSO = r"(?:(?:à |a )?(?:lire|voir)|à découvrir) (?:aussi|également)"
# The same label on a line of its own, whose link is the next line: "Lire aussi", "À découvrir aussi :", "Autres
# articles de la rubrique :".
_RELATED_LABEL = re.compile(
    rf"^[»>→▶•\s]*(?:{READ_ALSO}|sur le même (?:sujet|thème)|dans la même rubrique|"
    r"(?:les )?autres articles(?: de la (?:même )?rubrique)?)[\s:>»→]*$",
    re.I,
)
# A poll's label, whose question is the next line ("Sondage", then "Faut-il ... ?"): alone, an article's
# subheading as often ("Le sondage", then "Selon l'Ifop, 64 % ...").
_POLL_LABEL = re.compile(r"^[»>→▶•\s]*(?:(?:notre |le )?sondage|(?:la )?question du jour)[\s:>»→]*$", re.I)
# A pointer to another of the site's pieces, in brackets: "(Lire notre enquête sur les commerces du quartier)", "(Voir
# aussi page 12)", "(Regarder notre vidéo)"; what it points to is a piece the site publishes or a place of the page,
# not a source the article cites ("(voir le rapport de la Cour des comptes)") nor a sentence in brackets ("(Voir nos
# enfants partir fut terrible, écrit-elle.)"). Case apart, so that a pattern with other flags can hold it.
BRACKETED_POINTER = (
    r"\((?i:lire|voir|relire|écouter|regarder)\s+(?i:aussi|également|ci-dessous|ci-contre|plus bas|en page|page|"
    r"(?:notre|nos)\s+(?:[\w-]+\s+)?(?:enquête|article|reportage|entretien|interview|portrait|dossier|analyse|"
    r"décryptage|chronique|éditorial|éditoriaux|tribune|critique|récit|série|épisode|carte|infographie|graphique|"
    r"vidéo|podcast|diaporama|galerie|photo|direct|live|fil|suivi|page|édition|numéro|supplément|explication|"
    r"témoignage|révélation|compte rendu|comptes rendus|sujet|émission|brève)s?)\b[^()\n]{0,120}\)\.?"
)
_BRACKETED_POINTER_LINE = re.compile(rf"^{BRACKETED_POINTER}$")
# A rights or licence line: "© Le Journal 2026", "Reproduction interdite sans autorisation", "Articles sous
# licence Creative Commons BY-SA".
_COPYRIGHT = re.compile(
    r"copyright|©|\(c\)\s*\d{4}|all rights? reserved|tous droits réservés|droits de reproduction|"
    r"reproduction (?:strictement )?interdite|licence creative commons|usage éditorial (?:uniquement|exclusivement|seulement)|"
    r"editorial use only",
    re.I,
)
# The print issue an article comes from ends it: "Cet article est extrait du magazine n° 4112", "Cet
# entretien est paru dans le numéro 212" (an interview or a column: with the issue named).
ISSUE_LINE = re.compile(
    # not a law's article: "Cet article a été publié au Journal officiel"
    r"^cet article (?:est|a été) (?:extraite?|tirée?|parue?|publiée?)\b(?![^.!?]*\b(?:journal|bulletin) officiel\b)|"
    r"^(?:(?:cet entretien|cette interview|cette tribune|cette chronique|ce texte) (?:est|a été) (?:extraite?|tirée?|"
    # a reportage or a portrait (a painting's, a photograph's) only where it appeared and no more, not a story of it:
    # "Ce portrait a été publié dans le numéro 3 de la revue en 1933, avant d'être vendu", "… et a valu à son auteur"
    r"parue?|publiée?)|(?:ce reportage|ce portrait|ce grand format) (?:est paru|a été publié) dans\b"
    r"(?![^.!?]*\b(?:en (?:1[5-9]|20)\d\d|et (?:a|avait|fut|lui|leur|sera)|avant|après|puis)\b))"
    r"\b[^.!?]*(?:\b(?:numéro|no|édition|magazine|hors-série|kiosque)\b|"
    # an issue's number, not a decree's, a law's or a report's: "paru dans Le Mensuel n° 318"
    r"(?<!décret )(?<!arrêté )(?<!loi )(?<!rapport )(?<!officiel )(?<!ordonnance )(?<!circulaire )\bn°)",
    re.I,
)
# The end of the article: its comments, the paywall's cut, or the footer's copyright line.
_ARTICLE_END = re.compile(
    r"^(?:\d+\s+(?:commentaires?|réactions?)|(?:(?:vos|les) )?commentaires?\s*\(?\d*\)?|un commentaire|"
    r"vos réactions(?:\s*\(\d+\))?|réactions\s*\(\d+\)|réagissez(?: à cet article)?|voir (?:les|la liste des) commentaires|"
    # the paywall's cut, not its meter ("Il vous reste 2 articles gratuits ce mois-ci": the article goes on)
    r"laisser un commentaire|ajouter un commentaire|réagir|vos avis|il vous reste\b(?! \d+ (?:articles?|contenus?)\b).*|"
    r"la suite est réservée\b.*|"
    r"cet article est réservé\b.*|vous aimerez aussi|les plus lus|top articles|recommandé pour vous|"
    r"nos (?:derniers|dernières) (?:articles|vérifications|enquêtes|publications|vidéos|reportages)|les dernières infos|"
    r"toute l'actualité|(?:ces articles )?(?:pourraient|pourrait) (?:aussi )?vous intéresser|vous pourriez aussi aimer|"
    # a podcast's or a long read's credits box ("Crédits"), the site's other sections, its newsletter's other
    # news: "Annonces légales", "Avis de décès", "Lire
    # l'article sur le site" under a newsletter's lead story, "Les autres infos du matin"
    r"annonces légales|avis de décès|avis d'obsèques|petites annonces|crédits|générique|"
    r"lire (?:l'article|la suite)(?: complet| en entier)? sur (?:le|notre) site|"
    r"les autres (?:infos|informations|actualités|titres)(?: du (?:jour|matin|soir))?|"
    r"(?:l'|les )?avis des (?:spectat(?:eurs|rices)|lect(?:eurs|rices)|internautes|clients|utilisat(?:eurs|rices))|"
    r"(?:qui est|à propos de) l'aut(?:eur|eure|rice)|à propos des aut(?:eur|eure|rice)s|plus d'articles|les \+ (?:lus|partagés|vus|commentés)|"
    # an infinite scroll's next article, its label alone on a line: "Article suivant", "Lire l'article suivant"
    r"(?:lire l['’])?article suivant|prochain article)$",
    re.I,
)


def is_related_label(line: str) -> bool:
    """ "Lire aussi", "À découvrir également :", a poll's "Sondage" alone on a line: the next line is the link."""
    return bool(_RELATED_LABEL.match(line) or _POLL_LABEL.match(line))


def is_label_of_links(line: str, next_line: str | None = None) -> bool:
    """ "Lire aussi", "Autres articles de la rubrique :" alone on a line, chrome wherever it stands; a poll's label
    only over its question ("Sondage", then "Faut-il ... ?"), not over a paragraph ("Le sondage", then "Selon ...")."""
    if _RELATED_LABEL.match(line):
        return True
    return bool(next_line and next_line.rstrip().endswith("?") and _POLL_LABEL.match(line))


def is_bracketed_pointer(line: str) -> bool:
    return bool(_BRACKETED_POINTER_LINE.match(line))


def is_copyright(line: str) -> bool:
    # The length first: most lines are prose, and a search of their every character costs more.
    return len(line.split()) <= MAX_CHROME_WORDS * 2 and bool(_COPYRIGHT.search(line))


def ends_article(line: str) -> bool:
    """A line after which a page holds no more article: comments, paywall cut, dated copyright (a caption's
    year before its credit, "Sur la plage, en 2003. © X", is no footer's: "© Le Journal 2027")."""
    if _ARTICLE_END.match(line.strip(" .:…?")) or ISSUE_LINE.match(line):
        return True
    if not is_copyright(line):  # first: most lines are not, and the date test reads the caption rules
        return False
    return "droits" in line.lower() or bool(YEAR.search(line)) and not is_credited_caption(line)
