"""Kinds of chrome and lost article lines first met on the ninth blind batch of copied pages, on invented lines."""

import pytest

from annotations.nlp.boilerplate import is_chrome
from annotations.nlp.normalise import normalise
from annotations.nlp.page_ends import ends_article
from annotations.nlp.segment import find_blocks


def kinds(text: str) -> dict[str, str]:
    text = normalise(text)
    return {text[block.start : block.end]: block.kind for block in find_blocks(text)}


HEADER = "Menu\nLocal\nPontivy : la piscine municipale fermera six mois pour des travaux de toiture\n"
STANDFIRST = "La ville engage 1,8 million d'euros pour refaire la charpente. Les nageurs iront à Loudéac.\n"
BYLINE = "Par Erwan Le Goff\nPublié le 04/03/2027 à 08h10\nPartager\n"
FIRST = "Les infiltrations ont commencé il y a trois hivers. Des seaux ont fini par border le grand bassin.\n"
SECOND = "Le maître-nageur en chef a alerté la mairie dès 2024, selon un courrier consulté par notre rédaction.\n"
THIRD = "Un appel d'offres sera lancé au printemps, a indiqué l'adjoint chargé des sports lors du conseil.\n"


@pytest.mark.parametrize(
    "line",
    [
        # The consent banner's last line: the reader's choices, changed at any time.
        "Vous pouvez retirer votre consentement à tout moment dans les paramètres du site.",
        # A station's frequency advertised in a sentence (its decimal point is no sentence end).
        "Écoutez Radio Armor sur 98.2 FM et sur notre site.",
        # The reader asked for a donation; the reader thanked for an answer.
        "Le Courrier libre ne vit que grâce à vous. Je fais un don.",
        "Merci pour votre avis !",
        # The newsroom's note on the names it changed.
        "Les prénoms ont été modifiés.",
        "*Le prénom de l'infirmière a été changé à sa demande.",
        # The page speaking of itself, and its advice given for information only.
        "Cet article est également disponible en breton.",
        "Les conseils de cet article sont fournis à titre indicatif.",
        "Ces informations ne remplacent pas les conseils d'un professionnel de santé.",
    ],
)
def test_is_chrome_recognises_the_kinds_of_the_ninth_blind_batch(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le nom de la rue a été changé en 2019 après un vote du conseil municipal.",
        "Le prénom du nouveau-né a été choisi par les internautes, comme le veut la tradition du zoo.",
        "La station a changé de fréquence en 2021 et émet désormais sur 98.2 FM.",
        "Les horaires de la piscine sont donnés à titre indicatif par la mairie jusqu'à la fin des travaux.",
        "Les usagers peuvent modifier leur abonnement à la piscine de Loudéac sans frais.",
        "L'exposition est disponible en ligne jusqu'en mars.",
    ],
)
def test_is_chrome_keeps_the_article_lines_near_those_kinds(line):
    assert not is_chrome(line)


def test_a_captions_year_before_its_credit_ends_nothing_but_the_footers_year_does():
    assert not ends_article("Le bassin, lors de son inauguration en 1978. © Archives municipales")
    assert is_chrome("Le bassin, lors de son inauguration en 1978. © Archives municipales")
    assert ends_article("© Le Courrier de Pontivy 2027")
    assert ends_article("Le Courrier de Pontivy. © 2027")
    page = HEADER + STANDFIRST + BYLINE + FIRST + "Le bassin, en 1978. © Archives municipales\n" + SECOND + THIRD
    assert kinds(page)[THIRD.strip()] == "paragraph"


def test_a_short_opening_line_under_the_byline_is_a_caption_only_when_it_names_a_moment():
    opening = "La première alerte est venue d'un nageur.\n"
    page = HEADER + STANDFIRST + BYLINE + opening + FIRST + SECOND
    assert kinds(page)[opening.strip()] == "paragraph"
    caption = "Le grand bassin, mardi matin.\n"
    assert kinds(HEADER + STANDFIRST + BYLINE + caption + FIRST + SECOND)[caption.strip()] == "boilerplate"


def test_a_list_with_the_articles_prose_under_it_ends_nothing():
    box = "Les gestes à adopter\nDouche avant le bain\nBonnet obligatoire\nPas de short de bain\n"
    after = (
        "Le club de natation s'entraînera à Loudéac pendant toute la durée des travaux, où il disposera de quatre lignes "
        "d'eau le soir et le samedi matin pour ses licenciés.\n"
    )
    page = HEADER + STANDFIRST + BYLINE + FIRST + SECOND + box + after + THIRD
    assert kinds(page)[after.strip()] == "paragraph"
    assert kinds(page)[THIRD.strip()] == "paragraph"


def test_a_list_of_links_with_short_summaries_still_ends_the_article():
    related = (
        "Nos autres articles\nLoudéac : le centre aquatique agrandi\nVannes : un nouveau bassin nordique\n"
        "Lorient : la piscine du Moustoir rouvre\n"
    )
    summary = "La mairie rouvre le bassin en juin. Les horaires d'été seront connus en mai.\n"
    page = HEADER + STANDFIRST + BYLINE + FIRST + SECOND + related + summary
    assert kinds(page)[summary.strip()] == "boilerplate"
