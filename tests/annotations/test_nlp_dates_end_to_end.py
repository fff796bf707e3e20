"""Dates through ingest, the API and the reader: open bounds and dates the calendar cannot hold."""

import json
import subprocess
import sys
from datetime import date

from annotations.models import Mention

TEXT = (
    "Une loi change tout\n\n"
    "Demain, la loi entre en vigueur, annonce la ministre. "
    "Le texte est en discussion depuis 2015, et la règle existait avant 2000.\n"
)


def test_ingest_keeps_unresolved_dates_without_value_and_open_bounds_as_sentinels(make_article, api, client):
    article = make_article(text=TEXT, slug="loi-9999", published_on=date(9999, 12, 31))
    dates = {m.text: m for m in Mention.objects.filter(article=article, label="DATE")}
    assert (dates["Demain"].value, dates["Demain"].date_earliest, dates["Demain"].date_latest) == ("", None, None)
    since, before = dates["depuis 2015"], dates["avant 2000"]
    assert (since.value, since.date_earliest, since.date_latest) == ("2015/..", date(2015, 1, 1), date.max)
    assert (before.value, before.date_earliest, before.date_latest) == ("../1999-12-31", date.min, date(1999, 12, 31))

    claim = since.claim
    # "avant 2000" and "depuis 2015": open sides cut at claims.managers.LISTED_YEARS
    assert claim.facets["years"] == [*range(1800, 2000), *range(2015, 2201)]
    assert api.get("/api/claims/", {"article": "loi-9999"}).status_code == 200
    # The open intervals overlap any range on their open side; the unresolved date matches none.
    found = api.get("/api/claims/", {"date_from": "2030-01-01", "date_to": "2030-12-31"}).json()
    texts = [claim["text"] for claim in found["results"]]
    assert any("depuis 2015" in text for text in texts)
    assert client.get("/articles/loi-9999/").status_code == 200


def test_annotate_command_keeps_a_date_past_the_calendar_without_value(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Demain, la loi change. L'été dernier fut chaud.\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "manage.py", "annotate", str(path), "--format", "json", "--published", "9999-12-31"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    dates = json.loads(run.stdout)["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [("Demain", None), ("L'été dernier", "9999-06/9999-08")]
