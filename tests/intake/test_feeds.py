"""intake/feeds.py and `manage.py poll_feeds`: a publisher's feed read from a local server, each
new page ingested once, duplicates and failures recorded, a broken feed marked and retried."""

import io
import json
import socket
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.models import Article
from intake import feeds
from intake.models import Feed, FeedEntry

PARAGRAPHS = {
    "pont": [
        "Le conseil départemental de la Gironde a voté mardi la rénovation du pont de Cadillac.",
        "Les travaux, estimés à 4,5 millions d'euros, commenceront en mars 2026 et dureront dix-huit mois.",
        "Selon le président du département, la circulation sera maintenue sur une voie pendant le chantier.",
    ],
    "ecole": [
        "La commune de Langon ouvrira une nouvelle école maternelle à la rentrée de septembre.",
        "Le bâtiment de 1 200 mètres carrés accueillera six classes et une cantine de 150 places.",
        "Le chantier a coûté 3,2 millions d'euros, financés pour moitié par l'État.",
    ],
}


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>© Journal de test</footer></body></html>"
    )


def rss(site, paths: list[str]) -> str:
    items = "".join(f"<item><title>{path}</title><link>{site.url}{path}</link></item>" for path in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Journal</title>'
        f"<link>{site.url}/</link>{items}</channel></rss>"
    )


@pytest.fixture
def newsroom(site):
    site.serve("/2025/pont-de-cadillac.html", page("Le pont de Cadillac rénové", PARAGRAPHS["pont"]))
    site.serve("/2025/ecole-langon.html", page("Une école à Langon", PARAGRAPHS["ecole"]))
    # The same article republished at another address.
    site.serve("/amp/pont-de-cadillac.html", page("Le pont de Cadillac rénové", PARAGRAPHS["pont"]))
    return site


def poll_feeds(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("poll_feeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def poll_feeds_none_read(*args) -> tuple[str, str, CommandError]:
    """poll_feeds when no feed could be read: its output and the error manage.py ends with."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("poll_feeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), refused.value


def refused_url() -> str:
    with socket.socket() as closed:  # a port nobody listens on once the socket is closed
        closed.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{closed.getsockname()[1]}/rss"


def test_poll_feeds_ingests_each_new_page_once_as_a_draft(db, newsroom):
    paths = ["/2025/pont-de-cadillac.html", "/2025/ecole-langon.html", "/amp/pont-de-cadillac.html", "/gone.html"]
    newsroom.serve("/rss.xml", rss(newsroom, paths))
    feed = Feed.objects.create(url=newsroom.url + "/rss.xml", publisher="Journal de test")

    out, err = poll_feeds()

    assert out == f"{feed.url}: 2 new, 1 unchanged, 1 failed\n" and err == ""
    states = dict(FeedEntry.objects.values_list("url", "state"))
    assert states == {
        newsroom.url + "/2025/pont-de-cadillac.html": "ingested",
        newsroom.url + "/2025/ecole-langon.html": "ingested",
        newsroom.url + "/amp/pont-de-cadillac.html": "duplicate",
        newsroom.url + "/gone.html": "failed",
    }
    assert Article.objects.count() == 2
    article = Article.objects.get(source_url=newsroom.url + "/2025/ecole-langon.html")
    assert (article.status, article.publisher) == (Article.Status.DRAFT, "Journal de test")
    assert article.claims.filter(text__contains="3,2 millions").exists()
    assert "HTTP 404" in FeedEntry.objects.get(state="failed").error
    feed.refresh_from_db()
    assert feed.last_polled_at is not None and feed.last_error == ""


def test_poll_feeds_twice_fetches_no_page_again(db, newsroom):
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/pont-de-cadillac.html"]))
    feed = Feed.objects.create(url=newsroom.url + "/rss.xml")
    poll_feeds()
    newsroom.requests.clear()

    out, _err = poll_feeds("--all")

    assert out == f"{feed.url}: 0 new, 1 unchanged, 0 failed\n"
    assert newsroom.requests == ["/rss.xml"]
    assert Article.objects.count() == 1


def test_twenty_identical_feed_entries_make_one_article(db, newsroom):
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/pont-de-cadillac.html"] * 20))
    Feed.objects.create(url=newsroom.url + "/rss.xml")

    poll_feeds()

    assert FeedEntry.objects.count() == 1
    assert Article.objects.count() == 1


def test_a_sitemap_is_read_like_a_feed(db, newsroom):
    urls = "".join(f"<url><loc>{newsroom.url}{path}</loc></url>" for path in ["/2025/ecole-langon.html"])
    newsroom.serve(
        "/sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
    )
    Feed.objects.create(url=newsroom.url + "/sitemap.xml", publish=True)

    poll_feeds()

    (article,) = Article.objects.all()
    assert article.status == Article.Status.PUBLISHED


@pytest.mark.parametrize(
    ("status", "body", "delay", "error"),
    [
        (500, "Internal Server Error", 0.0, "HTTP 500"),
        (200, "<html><body>Pas un flux</body></html>", 0.0, "not an RSS, Atom or JSON feed or a sitemap"),
        (200, b"\x00\xff\xfe garbage \x13", 0.0, "not an RSS, Atom or JSON feed or a sitemap"),
        (200, "<rss></rss>", 2.5, "did not answer within 1 s"),
    ],
)
def test_a_broken_feed_is_marked_and_retried_at_the_next_poll(db, newsroom, settings, status, body, delay, error):
    settings.SAGA_FEED_TIMEOUT_SECONDS = 1
    newsroom.serve("/rss.xml", body, status=status, delay=delay)
    feed = Feed.objects.create(url=newsroom.url + "/rss.xml")

    _out, err, _refused = poll_feeds_none_read()

    feed.refresh_from_db()
    assert error in feed.last_error and error in err
    assert Article.objects.count() == 0
    # Mended: the next poll reads it, the error is cleared.
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/ecole-langon.html"]))
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=timezone.now() - timedelta(hours=1))
    poll_feeds()
    feed.refresh_from_db()
    assert feed.last_error == ""
    assert Article.objects.count() == 1


def test_only_feeds_that_are_due_are_polled(db, newsroom):
    newsroom.serve("/rss.xml", rss(newsroom, []))
    Feed.objects.create(url=newsroom.url + "/rss.xml", poll_minutes=30, last_polled_at=timezone.now())

    out, _err = poll_feeds()

    assert out == "no active feed is due (1 active: --all polls them now)\n" and newsroom.requests == []
    Feed.objects.update(active=False)
    assert poll_feeds() == ("no active feed\n", "")
    assert poll_feeds("-v", "0") == ("", "")  # quiet for cron


def test_fetch_says_why_a_site_could_not_be_reached():
    with socket.socket() as closed:  # a port nobody listens on once the socket is closed
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(
        feeds.FetchError, match=rf"^http://127.0.0.1:{port}/rss could not be fetched: Connection refused$"
    ):
        feeds.fetch(f"http://127.0.0.1:{port}/rss")
    with pytest.raises(feeds.FetchError, match=r"could not be fetched: InvalidURL$"):  # no reason of the system's
        feeds.fetch("http://[::1/rss")


def test_links_in_refuses_a_page_that_is_not_a_feed():
    with pytest.raises(feeds.FetchError, match="not an RSS, Atom or JSON feed or a sitemap"):
        feeds.links_in("https://journal.example/rss", "<html><body><p>Bonjour</p></body></html>")


def test_links_in_reads_a_json_feed_and_refuses_other_json():
    items = [
        {"id": str(n), "url": f"https://journal.example/2025/{slug}.html"} for n, slug in enumerate(["pont", "ecole"])
    ]
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Journal", "items": items}, indent=2)
    assert feeds.links_in("https://journal.example/feed.json", feed) == [
        "https://journal.example/2025/pont.html",
        "https://journal.example/2025/ecole.html",
    ]
    with pytest.raises(feeds.FetchError, match="not an RSS, Atom or JSON feed or a sitemap"):
        feeds.links_in("https://journal.example/api.json", json.dumps({"articles": [], "total": 0}))


def test_an_atom_feed_is_read_like_rss(db, newsroom):
    entries = "".join(
        f'<entry><title>{path}</title><id>tag:journal,2025:{path}</id><link rel="alternate" href="{newsroom.url}{path}"/>'
        "<updated>2025-06-02T08:00:00Z</updated></entry>"
        for path in ["/2025/pont-de-cadillac.html", "/2025/ecole-langon.html"]
    )
    newsroom.serve(
        "/atom.xml",
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Journal</title>'
        f'<link rel="self" href="{newsroom.url}/atom.xml"/><id>tag:journal,2025:feed</id>'
        f"<updated>2025-06-02T08:00:00Z</updated>{entries}</feed>",
    )
    feed = Feed.objects.create(url=newsroom.url + "/atom.xml", publisher="Journal de test")

    out, err = poll_feeds()

    assert out == f"{feed.url}: 2 new, 0 unchanged, 0 failed\n" and err == ""
    assert set(FeedEntry.objects.values_list("state", flat=True)) == {"ingested"}
    assert sorted(Article.objects.values_list("source_url", flat=True)) == [
        newsroom.url + "/2025/ecole-langon.html",
        newsroom.url + "/2025/pont-de-cadillac.html",
    ]


def test_poll_feeds_counts_a_page_retried_after_a_failure_as_new_and_the_others_as_unchanged(db, newsroom):
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/ecole-langon.html", "/2025/pont-de-cadillac.html", "/late.html"]))
    feed = Feed.objects.create(url=newsroom.url + "/rss.xml")
    assert poll_feeds()[0] == f"{feed.url}: 2 new, 0 unchanged, 1 failed\n"
    newsroom.serve(
        "/late.html", page("Un article publié après son lien", PARAGRAPHS["ecole"][:1] + ["Une autre phrase."])
    )

    out, _err = poll_feeds("--all")

    assert out == f"{feed.url}: 1 new, 2 unchanged, 0 failed\n"
    assert Article.objects.count() == 3


def test_poll_feeds_says_in_one_line_why_each_feed_was_not_read_and_polls_the_others(db, newsroom, settings, caplog):
    settings.SAGA_FEED_TIMEOUT_SECONDS = 1
    with socket.socket() as closed:  # a port nobody listens on once the socket is closed
        closed.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{closed.getsockname()[1]}/rss"
    newsroom.serve("/slow.xml", "<rss></rss>", delay=2.5)
    newsroom.serve("/page.html", "<html><body>Pas un flux</body></html>")
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/ecole-langon.html"]))
    problems = {
        refused: "could not be fetched: Connection refused",
        "http://journal.invalid/rss": "could not be fetched: ",  # the system's words for a name that does not resolve
        newsroom.url + "/slow.xml": "did not answer within 1 s",
        newsroom.url + "/page.html": "is not an RSS, Atom or JSON feed or a sitemap",
    }
    for url in [*problems, newsroom.url + "/rss.xml"]:
        Feed.objects.create(url=url)

    out, err = poll_feeds()

    lines = err.splitlines()
    assert len(lines) == len(problems), err
    for url, problem in problems.items():
        (line,) = [line for line in lines if line.startswith(f"warning: {url} ")]
        assert problem in line and "Traceback" not in line
    assert out == f"{newsroom.url}/rss.xml: 1 new, 0 unchanged, 0 failed\n"
    assert not [record for record in caplog.records if record.getMessage() == "feed not read"]  # no second line
    assert Feed.objects.exclude(last_error="").count() == len(problems)  # recorded for the feed's page


def test_poll_feeds_exits_1_in_one_more_line_when_no_feed_could_be_read(db, newsroom):
    newsroom.serve("/page.html", "<html><body>Pas un flux</body></html>")
    unread = [refused_url(), newsroom.url + "/page.html"]
    for url in unread:
        Feed.objects.create(url=url)

    out, err, refused = poll_feeds_none_read()

    assert out == ""
    assert sorted(line.split(" ")[1] for line in err.splitlines()) == sorted(unread)  # each feed's warning
    assert refused.returncode == 1  # manage.py's exit status
    assert str(refused) == "no feed could be read (2 tried)"  # printed last, as "CommandError: ..."


def test_poll_feeds_exits_0_when_one_feed_of_two_could_be_read(db, newsroom):
    newsroom.serve("/rss.xml", rss(newsroom, ["/2025/ecole-langon.html"]))
    Feed.objects.create(url=refused_url())
    Feed.objects.create(url=newsroom.url + "/rss.xml")

    out, err = poll_feeds()  # no CommandError

    assert out == f"{newsroom.url}/rss.xml: 1 new, 0 unchanged, 0 failed\n"
    assert len(err.splitlines()) == 1 and "no feed could be read" not in err


def test_poll_feeds_exits_0_when_there_is_no_feed_to_poll(db, newsroom):
    Feed.objects.create(url=refused_url(), active=False)
    Feed.objects.create(url=refused_url(), poll_minutes=30, last_polled_at=timezone.now())  # not due

    assert poll_feeds("-v", "0") == ("", "")
    assert Feed.objects.filter(last_error="").count() == 2  # neither was tried
