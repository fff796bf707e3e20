"""Dates blind-9 (written blind in the sixteenth session): corrected by kind after its single
measure, each rule with the look-alike it must leave alone."""

from datetime import date

from annotations.nlp.pipeline import analyse


def dates(text: str, published: date) -> dict[str, str | None]:
    return {span.text: span.value for span in analyse(text, published=published).dates}


def test_a_score_is_no_day():
    found = dates("Le 3-0 encaissé à domicile a coûté sa place à l'entraîneur.", date(2026, 12, 4))
    assert not any(text.lower().startswith("le 3") for text in found)
    assert dates("Le 3, la mairie a voté le budget.", date(2026, 12, 4)) == {"Le 3": "2026-12-03"}


def test_a_noun_ending_like_a_participle_does_not_make_a_future_clause_past():
    published = date(2028, 11, 29)  # a Wednesday
    assert dates("« Nous rouvrirons la maternité le 2 mars », a assuré la directrice.", published) == {
        "le 2 mars": "2029-03-02"
    }
    # a participle before the date keeps the past: "adopté par les députés le 28 février"
    passed = dates("Adopté par les députés le 28 février, le texte sera examiné au Sénat.", published)
    assert passed["le 28 février"] == "2028-02-28"


def test_a_noun_is_read_so_only_for_the_future_verbs_own_date():
    published = date(2026, 12, 4)
    assert dates("Le tribunal jugera les interpellés du 1er mai.", published) == {"1er mai": "2026-05-01"}
    assert dates("Le fonds indemnisera les victimes de la crue du 3 mars.", published) == {"3 mars": "2026-03-03"}
    found = dates("L'hôpital, qui rouvrira sa maternité en mars, a fermé la cité le 3 mars.", published)
    assert found["le 3 mars"] == "2026-03-03"


def test_a_time_after_a_dash_leaves_the_day():
    assert dates("Le derby se jouera le 12 - 14 h 30 au stade.", date(2026, 12, 4)) == {"le 12": "2026-12-12"}


def test_a_day_put_off_to_is_read_in_its_month():
    published = date(2028, 11, 29)
    found = dates("L'audience, prévue le 2 décembre, a été renvoyée au 16.", published)
    assert found == {"le 2 décembre": "2028-12-02", "au 16": "2028-12-16"}
    assert dates("Le match est reporté au 16 rue de la Paix.", published) == {}  # an address
    assert "au 16" not in dates("Il habite au 16, près de la gare.", published)  # no verb of postponing


def test_a_bound_still_to_come_counts_from_a_date_of_the_text():
    published = date(2026, 5, 20)
    found = dates("Le radar a été installé lundi et fonctionnera jusqu'au 3 avril.", published)
    assert found["jusqu'au 3 avril"] == "../2027-04-03"
    found = dates("Le radar a été installé le 16 mars et a fonctionné jusqu'au 3 avril.", published)
    assert found["jusqu'au 3 avril"] == "../2026-04-03"
    # a future clause may still name a past event: only the bound counts forward
    found = dates("Les syndicats seront reçus lundi, après la grève du 9 janvier.", published)
    assert found["9 janvier"] == "2026-01-09"
