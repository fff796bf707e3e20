"""Notices a news site puts about its articles, not the article's prose (see `site_prose`, `boilerplate`).

Each rule reads one stripped line, outside the quotations it holds where a rule says so:
- a correction notice ("Rectificatif, 2 mars : une version précédente de cet article ..."), a story put
  online unread ("Cette dépêche a été publiée automatiquement."), an affiliate-links disclaimer
  ("Certains liens de cet article sont affiliés ..."), a betting ad's offer ("... sur votre premier pari")
  and its legal warning ("Jouer comporte des risques ..."), the site's rules for readers' letters ("Les
  lettres anonymes ne sont pas publiées."), the other warnings the law puts under an ad ("Un crédit vous
  engage et doit être remboursé.", "à consommer avec modération"), a sign-up form's small print, an offer
  "avec notre partenaire";
- who paid for the article or the show ("Cet article a été produit grâce au soutien du programme ...",
  "X est un podcast de Y, produit avec le soutien de Z"), the newsroom's rules for what it prints
  ("Conformément à nos règles éditoriales, nous ne publions pas le nom ..."), whose view the page gives
  ("Cette tribune n'engage que son auteur."), the newsroom's note on changed names ("Les prénoms ont été
  modifiés.").
"""

import re

# Words in -ez that are no imperative opening a line: "Chez vos voisins, ...", "Assez parlé".
NOT_IMPERATIVE = r"(?!(?:Chez|Assez|Nez|Rez)\b)"
# Who paid for the article: "Cet article a été produit grâce au soutien du programme de journalisme local.",
# "Cette enquête a été financée par le fonds X", "Ce grand format a été réalisé avec le soutien de ..."; the
# page's own article, report, episode, dossier or long read ("Ce projet a été financé par la région" is local
# news, and so is a film or a book "réalisé avec le soutien du CNC").
_FUNDING = re.compile(
    r"^(?:ce|cet|cette) (?:article|reportage|enquête|contenu|podcast|épisode|dossier|grand format|long format) "
    r"(?:a été|est) "
    r"(?:produite?|réalisée?|financée?|rendue? possible|soutenue?|publiée?)\b[^.!?]*?"
    r"(?:grâce (?:au|à la|à l')|avec (?:le|la|l')|par (?:le|la|l'|un|une))\s*"
    r"(?:soutien|financement|fonds|bourse|programme|subvention)",
    re.I,
)
# A show presented by its publisher with its sponsor: "Terrains est un podcast de La Gazette, produit avec le
# soutien de la Fondation X."
_SHOW_FUNDING = re.compile(
    r"^[A-ZÀ-Ý«][^.!?]{0,60} est (?:un|une) (?:podcast|émission|série|websérie|newsletter|documentaire|programme)\b"
    r"[^.!?]*\b(?:produite?|réalisée?|financée?|soutenue?)s? (?:grâce au|avec le|avec l'|par)\s*(?:soutien|aide|appui|concours)"
)
# The newsroom's own rules for what it prints: "Conformément à nos règles éditoriales, nous ne publions pas
# le nom des personnes condamnées"; its rules named, and its "nous" not printing something.
_OUR_RULES = r"(?:nos|notre) (?:règles|charte|principes|usages|politique|ligne|engagements)\b"
_WE_DO_NOT_PRINT = r"\bnous ne (?:publions|citons|nommons|diffusons|mentionnons|donnons|révélons|identifions)\b"
_EDITORIAL_POLICY = re.compile(
    rf"\b{_OUR_RULES}[^.!?]*{_WE_DO_NOT_PRINT}|{_WE_DO_NOT_PRINT}[^.!?]*\b(?:conformément à|selon|en vertu de) {_OUR_RULES}",
    re.I,
)
# The page saying whose view it gives, and asking for the reader's: "L'éditorial exprime la position de la
# rédaction.", "Cette tribune n'engage que son auteur.", "Vos réactions sont les bienvenues à ..."; its subject
# is the page's genre, not what a party or a minister "exprime".
_STANDPOINT = re.compile(
    r"^(?:l'|cet |cette |ce |les |la )?(?:éditorial|édito|tribune|chronique|opinions?|points? de vue|propos|texte)s?"
    r"(?: \w+){0,3} (?:(?:exprime(?:nt)?|reflète(?:nt)?) (?:la|sa|leur) (?:position|opinion|ligne|point de vue) "
    r"(?:de la rédaction|du journal|de (?:son|leurs?|l') ?aut(?:eur|eure|rice)s?|des signataires)"
    r"|n'engage(?:nt)? que (?:son|sa|ses|leurs?) (?:auteure?s?|autrices?|signataires?))\b|"
    r"^vos (?:réactions|remarques|commentaires|témoignages|questions|suggestions|courriers) (?:sont|seront) les bienvenue?s\b",
    re.I,
)
# Notices of a site about one of its articles: a correction ("Rectificatif : ...", "une version
# précédente de cet article indiquait ..."), affiliate links ("Certains liens de cet article sont
# affiliés"), and the warning French law puts under every betting ad ("Jouer comporte des risques").
_SITE_NOTICE = re.compile(
    # Where one of the notices below may open (the line's start, a word's edge, a euro sign, after a stop): a
    # cheap first test inside a word, where the engine stands most of the time and tried each of the thirty.
    r"(?=^|\b|€|[.!] )(?:"
    r"^(?:correctif|rectificatif|erratum|correction)\b[^:.!?]{0,40}:|"
    # a standing notice of the site under a label, with no figure: "Rappel : sur ce blog, les prénoms des
    # prévenus sont modifiés." (not "Précision : sur ce site classé Seveso, 300 salariés ...")
    r"^(?:rappel|avertissement|précision|à noter)\s*:\s*(?:sur|dans) (?:ce blog|ce site|nos articles),[^\d]*$|"
    # a newsletter's greeting, and its editor's word before the story with no figure (a sentence naming
    # the issue, then "Bonne lecture !"):
    # "Bonjour à toutes et à tous,", "Chers lecteurs,", "Cette semaine, direction Lens. Bonne lecture !"
    r"^(?:bonjour|bonsoir)\b[^.!?:;«»]{0,40},$|^(?:chers?|chères?) (?:lect(?:eurs?|rices?)|abonnée?s?|ami(?:e|es|s)?|tous)\b[^.!?:;«»]{0,40},$|"
    r"^(?:[^.!?\d]{0,120}\b(?:semaine|lettre|numéro|édition|sommaire|aujourd'hui|ce mois)\b[^.!?\d]{0,120}[.!?]\s+)?"
    r"bonne (?:lecture|écoute)\s*!$|"
    # the newsroom's method under a label: "Comment nous travaillons : chaque vérification est relue ..."
    r"^(?:comment nous travaillons|notre (?:méthode|méthodologie|démarche))\s*:[^.!?]*\b(?:vérifi\w*|sources?|"
    r"journalistes?|rédaction|publication|articles?|relue?s?|contactons|recoupons)\b|"
    r"\bune (?:version|première version) (?:précédente|antérieure|initiale) de cet article\b|"
    # a wire story's version note: "MISE À JOUR : ajoute la réaction du ministre (4e paragraphe)."; a summary's
    # maker: "Résumé produit par notre équipe éditoriale." (not "Le résumé produit par l'IA contenait ...")
    r"^(?:mise à jour|actualisation|nouvelle version|version actualisée)\s*:\s*(?:ajoute|précise|complète|actualise|"
    r"corrige|rectifie|remplace|modifie)\b|^(?:ce )?résumé (?:a été |est )?(?:produit|rédigé|généré|réalisé|écrit|"
    r"relu)e? (?:par|avec|à l'aide)\b|"
    # a story the site put online unread: "Cette dépêche a été publiée automatiquement.", "Elle n'a pas été relue par la rédaction."
    r"^(?:cette|la) (?:dépêche|brève|information) a été (?:publiée|mise en ligne) automatiquement\b|"
    r"(?:^|[.!] )(?:elle|il|cette dépêche|cet article) n['’]a pas été (?:relue?|vérifiée?|éditée?) par (?:la|notre) "
    r"rédaction(?: d[e'’] ?[^.!?,]{1,40})?\s*\.?$|"
    # the end mark of a series or a long read: "Fin de notre enquête.", "Fin de cet article" (not "Fin de la
    # série pour Lyon.")
    r"^fin de (?:notre|cet|cette) (?:enquête|série|dossier|article|reportage|grand format)\s*[.!]?$|"
    r"\bliens? (?:d'affiliation|affiliés?|sponsorisés?)\b|\bliens\b[^.!?]{0,30}\bsont affiliés\b|"
    # the rules of its comments: "Les règles de la communauté s'appliquent à tous les commentaires."
    r"\bs'appliquent à (?:tous )?(?:vos|nos) commentaires\b|\b(?:vos|nos) commentaires (?:sont|seront) (?:soumis|modérés)\b|"
    r"^(?:les )?règles de (?:la communauté|modération|participation) s'appliquent à tous les commentaires\.?$|"
    r"\bcommission si vous achetez\b|\bcommission sur les (?:ventes|achats)\b[^.!?]{0,30}\b(?:via|par|depuis) "
    r"(?:ce|ces|nos|notre) liens?\b|\bjouer comporte des risques\b|"
    # a sign-up form's small print: "En vous inscrivant, vous acceptez de recevoir nos offres."
    r"\ben vous (?:inscrivant|abonnant)\b[^.!?]*\bvous acceptez\b|\bvous (?:pouvez|pourrez) vous désinscrire\b|"
    # and its promise on a line of its own: "Désinscription en un clic, à tout moment." (not "La désinscription
    # des listes électorales est possible jusqu'au 6 février.")
    r"^(?:désinscription|désabonnement)(?: (?:possible|gratuite?|facile))?,? (?:en un (?:seul )?clic|à tout moment)"
    r"(?:,? (?:en un (?:seul )?clic|à tout moment))?\s*[.!]?$|"
    # an offer made with the site's partner: "Pariez sur le Top 14 avec notre partenaire !"
    rf"^(?!Rendez\b){NOT_IMPERATIVE}(?-i:[A-ZÀ-Ý][a-zà-ÿ]+ez)\b[^.!?,]*\bavec (?:notre|nos) partenaires?\b[^.!?,]*!$|"
    # the other warnings French law puts under an ad: credit, alcohol, food
    r"\bun crédit vous engage\b|\bvérifiez vos capacités de remboursement\b|\bà consommer avec modération\b|"
    r"\bl'abus d'alcool est dangereux\b|\bpour votre santé,? (?:mangez|pratiquez|évitez)\b|"
    # a betting ad's offer, a sum given back ("Pariez sur la Ligue 1 : 100 € remboursés sur votre premier pari"),
    # not "Pour votre premier dépôt, la banque exige au moins 100 euros."
    r"(?:€|\beuros|\bremboursée?s|\bofferte?s|\bbonus)[^.!?]{0,40}\b(?:sur|pour|dès) (?:votre|ton) premier (?:pari|dépôt)\b|"
    # or the bonus offered to whom the ad tells to bet: "Pariez sur la Pro League : 100 € de bonus offerts."
    r"^(?:pariez|misez)\b[^.!?]{0,60}\d[^.!?]{0,10}(?:€|\beuros)[^.!?]{0,20}\b(?:bonus|offerte?s|remboursée?s)\b|"
    # a site's rules for what readers send, of a kind it refuses ("Les lettres anonymes ne sont pas publiées.");
    # not "Les témoignages recueillis ne seront pas publiés avant le procès."
    r"\b(?:lettres|courriers|commentaires|contributions|messages|témoignages)\b(?: \w+){0,3}?"
    r" (?:anonymes|non signée?s|injurieu(?:x|ses)|diffamatoires|insultante?s|hors[- ]sujet)\b(?: \w+){0,3}"
    r" ne (?:sont|seront) (?:pas|jamais) (?:publiée?s|retenue?s|diffusée?s)\b)",
    re.I,
)
# The newsroom's note on the names it changed: "Les prénoms ont été modifiés.", "*Le prénom de la témoin a été
# changé à sa demande."; a line of its own, one sentence (an article's sentence goes on about something else).
_ANONYMISED = re.compile(
    r"^\*?\s*(?:les|le|leurs?|son|ses) (?:prénoms?\b[^.!?]{0,60}?|noms?(?: des (?:personnes|témoins|intéressée?s))?) "
    r"(?:a|ont) été (?:modifiée?s?|changée?s?)\b[^.!?]*[.!]?$",
    re.I,
)


def is_site_notice(line: str, unquoted: str) -> bool:
    """A notice of the site about its article (see above); `unquoted`: the line without its quotations."""
    if _FUNDING.match(unquoted) or _SHOW_FUNDING.match(line) or _EDITORIAL_POLICY.search(unquoted):
        return True
    return bool(_ANONYMISED.match(line) or _STANDPOINT.match(line) or _SITE_NOTICE.search(unquoted))
