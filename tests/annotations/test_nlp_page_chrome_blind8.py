"""Kinds of chrome and headline first met on the eighth blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.bylines import is_byline, is_signature
from annotations.nlp.normalise import normalise
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks


def kinds(text: str) -> dict[str, str]:
    text = normalise(text)
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


def title(text: str) -> str | None:
    return next((body for body, kind in kinds(text).items() if kind == "title"), None)


HEADLINE = "Gourdon : la halle aux grains deviendra une salle de concert d'ici 2029"
STANDFIRST = "La commune a retenu le projet d'un collectif d'architectes. Les travaux commenceront à l'automne.\n"
FIRST = (
    "Le bâtiment, inscrit aux monuments historiques, est fermé au public depuis 2011. Sa charpente menaçait de céder.\n"
)
SECOND = "Le chantier est estimé à 2,6 millions d'euros, dont la moitié à la charge de la commune, selon le maire.\n"
THIRD = "Une association d'usagers sera associée à la programmation de la future salle, a précisé l'adjointe.\n"


@pytest.mark.parametrize(
    "line",
    [
        # A podcast's, a long read's or a photo story's credits.
        "Texte : Pauline Arnaud",
        "Photos : Didier Lemoine pour La Dépêche du Causse",
        "Photo : Didier Lemoine pour La Dépêche du Causse",
        "Texte et vidéo : Pauline Arnaud",
        "Réalisation et mixage : Bastien Morel",
        "Musique originale : Elsa Roux",
        "Un documentaire de Hélène Vasseur et Karim Duval",
        "Une série de Lucas Fabre",
    ],
)
def test_credits_lines_are_bylines(line):
    assert is_byline(line) and is_signature(line) and is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Texte : le conseil municipal a tranché",
        "Son : 4 128 auditeurs",
        "Un documentaire de plus sur la guerre d'Algérie",
        "Photos : la rue Nationale avant et après les travaux",
        # A photo or a video alone names what it shows.
        "Vidéo : Emmanuel Macron répond aux maires",
        "Vidéo : Emmanuel Macron",
        "Photo : Emmanuel Macron",
    ],
)
def test_credits_need_a_trade_a_colon_and_names_only(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        # The reader thanked for the subscription or asked for support.
        "Vous pouvez lire ce reportage grâce à votre abonnement.",
        "Merci de soutenir une presse locale indépendante.",
        # Who paid for the article or the show.
        "Cette enquête a été réalisée avec le soutien du fonds pour le journalisme d'investigation.",
        "Les Chemins est un podcast de L'Est libre, produit avec le soutien de la Fondation du Rail.",
        # The newsroom's rules for what it prints.
        "Conformément à notre charte, nous ne publions pas l'identité des victimes mineures.",
        # A show offered again.
        "Disponible en replay sur exemple.tv jusqu'au 30 juin.",
        # The warnings the law puts under a credit or an alcohol ad.
        "Un crédit vous engage et doit être remboursé.",
        "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        # A service of the site sold to the reader.
        "Comparez gratuitement vos contrats d'assurance auto.",
        "Simulez votre prêt immobilier en 3 minutes.",
        # A box's note ending on its update.
        "Cours indicatifs, en euros. Mis à jour le 02/03/2027.",
        # Usage rights, a comments notice.
        "Photo fournie pour un usage éditorial uniquement.",
        "Les commentaires sont désactivés sur cet article.",
        # A post embedded from a social network.
        "Message de @Prefecture_Lot : « Le pont de Souillac reste fermé jusqu'à nouvel ordre. »",
        "Le pont de Souillac reste fermé. — Préfecture du Lot (@Prefecture_Lot) 4 mars 2027",
        # A one-sentence caption signed with initials after a dash.
        "Le moulin de Cabrerets, racheté par la commune en 2020. - J.F.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_eighth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le projet a été financé grâce au soutien de la région et de l'Europe.",
        "Ce projet a été financé par le programme européen Leader, à hauteur de 40 %.",
        "Cette série a été tournée dans le Lot avec le soutien de la région, qui a versé 200 000 euros.",
        "Disponibles en podcast, les cours de l'université populaire attirent 3 000 auditeurs par mois.",
        "Le film sera disponible en replay, a indiqué la chaîne, qui n'a pas donné de date.",
        "Nous ne publierons pas ces images, a indiqué la direction du journal au tribunal.",
        "Vérifiez vos droits auprès de la caisse d'allocations familiales avant la fin du mois.",
        "Les relevés ont été mis à jour le 2 mars, selon la préfecture.",
        "Les commentaires des riverains ont été versés au dossier de l'enquête publique.",
        "Sur son compte, @Prefecture_Lot a annoncé la fermeture du pont de Souillac.",
        "Le maire a remercié les bénévoles. Les travaux reprendront lundi. - J.F.",
        "La banque assure que son nouveau crédit engage moins l'emprunteur.",
        # No service sold: "Chez" is no imperative, and the promise is in another clause.
        "Chez vos voisins, le feu a pris en quelques minutes.",
        "Chez votre pharmacien, le test est proposé gratuitement depuis lundi.",
        "Vérifiez vos détecteurs : l'incendie s'est propagé en quelques minutes.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_those_kinds(line):
    assert not is_chrome(line)


def test_ends_article_at_the_sites_other_sections():
    assert ends_article("Annonces légales")
    assert ends_article("Avis de décès")
    assert ends_article("Crédits")
    assert ends_article("Lire l'article sur le site")
    assert ends_article("Les autres infos du matin")
    assert not ends_article("Les annonces légales coûteront plus cher aux entreprises dès janvier.")


def test_legal_notices_after_the_article_are_chrome():
    notices = (
        "Annonces légales\nAVIS DE CONSTITUTION\nPar acte sous seing privé du 3 mars 2027, il a été constitué une "
        "société civile immobilière. Capital : 1 000 euros. Siège : Gourdon.\n"
    )
    found = kinds(f"{HEADLINE}\nPar Anne Morel\n" + STANDFIRST + FIRST + SECOND + notices)
    assert found[SECOND.strip()] == "paragraph"
    assert all(kind == "boilerplate" for body, kind in found.items() if "Capital" in body or "AVIS" in body)


def test_a_podcasts_credits_under_the_headline_leave_it_the_title():
    page = (
        f"Podcasts\nSaison 2 · Épisode 4\n{HEADLINE}\n{STANDFIRST}Un podcast de Claire Morel\n"
        "Réalisation : Yann Ferrec\nPublié le 3 mars 2027\nDurée : 28 min\nChapitres\n00:00 Générique\n"
        "02:10 Le chantier\n09:45 Les riverains\nRésumé de l'épisode\n"
    )
    found = kinds(page + FIRST + SECOND + THIRD)
    assert title(page + FIRST + SECOND + THIRD) == HEADLINE
    assert found[STANDFIRST.strip()] == "paragraph"
    assert found["Un podcast de Claire Morel"] == "boilerplate"


def test_a_long_reads_credits_are_not_its_headline():
    """Its chapters' headings between the standfirst and the body: the credits were the last title-shaped
    line with a publication line under it."""
    page = f"Grands formats\nRécit\n{HEADLINE}\n{STANDFIRST}Texte : Anne Morel\nPhotos : Luc Vidal pour Le Journal\n"
    page += "Publié le 3 mars 2027 à 6h00\nSommaire\nI. Une halle fermée\nII. Le choix des architectes\n"
    page += "III. Ce que veulent les habitants\nIV. Un chantier de trois ans\nI.\nUne halle fermée\n"
    found = kinds(page + FIRST + SECOND + THIRD)
    assert title(page + FIRST + SECOND + THIRD) == HEADLINE
    assert found[STANDFIRST.strip()] == "paragraph"
    assert found["Texte : Anne Morel"] == "boilerplate"
