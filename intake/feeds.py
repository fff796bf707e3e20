"""Reading a publisher's feed or sitemap, and ingesting what is new in it.

Fetching is done with `requests` (a timeout, the status code and the error kept for the feed's
page); a feed's links are read by trafilatura's feed parser (RSS, Atom, JSON Feed), a sitemap's
with lxml, and each new page's main text by trafilatura (annotations.documents). trafilatura's own
link filter is not used: it refuses hosts without a public domain name (an intranet, a test server). A link is ingested once per
feed (`FeedEntry` is unique per feed and URL), and a page whose text is already an article (the
same link in two feeds, a page republished under another address) is recorded as a duplicate of
it rather than stored twice. A link that fails (no answer, an error status, a page refused, a
fault) is tried again at the feed's next polls, `FeedEntry.ATTEMPTS` times in all, then left
failed with its last error.
"""

import logging
import re
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from lxml import etree
from trafilatura.feeds import FeedParameters, find_links, get_hostinfo

from annotations.documents import DocumentError, read_document
from claims.models import Article
from claims.services import ArticleInput, ServiceError, body_digest, ingest_article
from intake.errors import TRANSIENT, describe
from intake.models import Feed, FeedEntry

log = logging.getLogger("saga.intake")
USER_AGENT = "Saga (claim review; feed reader)"


class FetchError(Exception):
    """A page or feed that could not be had: no answer, an error status, or not what was expected."""


def fetch(url: str) -> bytes:
    try:
        response = requests.get(
            url, timeout=settings.SAGA_FEED_TIMEOUT_SECONDS, headers={"User-Agent": USER_AGENT}, stream=True
        )
        with response:
            if response.status_code != 200:
                raise FetchError(f"{url} answered HTTP {response.status_code}")
            data = response.raw.read(settings.SAGA_MAX_ARTICLE_BYTES * 5 + 1, decode_content=True)
    except requests.Timeout:
        raise FetchError(f"{url} did not answer within {settings.SAGA_FEED_TIMEOUT_SECONDS} s") from None
    except requests.RequestException as error:
        raise FetchError(f"{url} could not be fetched: {_reason(error)}") from None
    if len(data) > settings.SAGA_MAX_ARTICLE_BYTES * 5:
        raise FetchError(f"{url} is over {settings.SAGA_MAX_ARTICLE_BYTES * 5} bytes")
    return data


_OS_ERROR = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")  # "[Errno 111] Connection refused" inside urllib3's message


def _reason(error: requests.RequestException) -> str:
    """Why a request failed, in a few words: the system's reason ("Connection refused", "Name or service
    not known") where urllib3's long message holds one, else the kind of failure ("SSLError")."""
    found = _OS_ERROR.search(str(error))
    return found.group(1).strip() if found else error.__class__.__name__


def links_in(url: str, document: str) -> list[str]:
    """The article links of a feed (RSS, Atom, JSON Feed: trafilatura's parser) or of a sitemap, in
    order, without repeats; FetchError if the document is neither."""
    if _SITEMAP.match(document.lstrip()):
        links = _sitemap_links(url, document)
    else:
        domain, base = get_hostinfo(url)
        links = find_links(document.strip(), FeedParameters(base, domain or "", url))
        if not links and not _looks_like_a_feed(document):
            raise FetchError(f"{url} is not an RSS, Atom or JSON feed or a sitemap")
    site = _site(url)
    articles = []
    for link in links:
        absolute = urljoin(url, link.strip())
        parts = urlsplit(absolute)
        # The feed's own address and the site's home page (an RSS channel's <link>) are not articles;
        # other sites' links (advertising, partners) are not the publisher's articles.
        if parts.scheme in ("http", "https") and parts.path.strip("/") and absolute != url and _site(absolute) == site:
            articles.append(absolute)
    return list(dict.fromkeys(articles))


_SITEMAP = re.compile(r"(<\?xml[^>]*>\s*)?<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")


def _sitemap_links(url: str, document: str, depth: int = 0) -> list[str]:
    """The pages a sitemap lists; a sitemap index's sitemaps are read too (one level)."""
    try:
        root = etree.fromstring(document.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        raise FetchError(f"{url} is not a well-formed sitemap") from None
    pages = [loc.text or "" for loc in root.iterfind("{*}url/{*}loc")]
    if depth == 0:
        for loc in root.iterfind("{*}sitemap/{*}loc"):
            nested = (loc.text or "").strip()
            pages.extend(_sitemap_links(nested, fetch(nested).decode("utf-8", errors="replace"), depth + 1))
    return pages


def _site(url: str) -> str:
    """The registrable part of a URL's host, near enough: its last two labels (or the IP address)."""
    host = urlsplit(url).hostname or ""
    return host if host.replace(".", "").isdigit() else ".".join(host.split(".")[-2:])


def _looks_like_a_feed(document: str) -> bool:
    head = document.lstrip()[:1000].lower()
    return any(tag in head for tag in ("<rss", "<feed", "<rdf", '"version": "https://jsonfeed'))


def poll(feed: Feed) -> list[FeedEntry]:
    """Reads `feed` and returns the entries to ingest: its new ones, and those that failed with
    attempts left (FeedEntry.ATTEMPTS). Records the poll's time and error on the feed, so a feed that
    failed is tried again at the next poll."""
    try:
        document = fetch(feed.url).decode("utf-8", errors="replace")
        links = links_in(feed.url, document)
    except FetchError as error:
        return _poll_failed(feed, str(error))
    except TRANSIENT:
        raise
    except Exception as error:  # a parser's fault on a document it did not expect: the feed says so
        log.exception("feed not read", extra={"event": "feed", "feed": feed.url})
        return _poll_failed(feed, describe(error))
    known = set(FeedEntry.objects.filter(feed=feed, url__in=links).values_list("url", flat=True))
    FeedEntry.objects.bulk_create(
        [FeedEntry(feed=feed, url=link) for link in links if link not in known], ignore_conflicts=True
    )
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=timezone.now(), last_error="")
    return list(FeedEntry.objects.filter(feed=feed).pending().order_by("pk"))


def _poll_failed(feed: Feed, error: str) -> list[FeedEntry]:
    Feed.objects.filter(pk=feed.pk).update(last_polled_at=timezone.now(), last_error=error)
    log.warning("feed not read", extra={"event": "feed", "feed": feed.url, "error": error})
    return []


def ingest_entry(entry_id: int) -> FeedEntry | None:
    """Fetches, extracts and ingests one pending entry: an entry already handled is left as it is.
    A page that cannot be had or is refused, and any fault, fail the entry with the error (one
    more failed attempt); a transient database error propagates, for the task to retry."""
    entry = FeedEntry.objects.select_related("feed").filter(pk=entry_id).first()
    if entry is None or not entry.pending:
        return entry
    try:
        return _ingest(entry)
    except (FetchError, DocumentError) as error:
        return fail_entry(entry.pk, error, message=str(error))
    except ServiceError as error:
        return fail_entry(entry.pk, error, message=error.message)
    except TRANSIENT:
        raise
    except Exception as error:  # a fault: the entry fails (tried again at the next polls), not the poll
        log.exception("feed entry failed", extra={"event": "feed", "entry": entry.url})
        return fail_entry(entry.pk, error)


def _ingest(entry: FeedEntry) -> FeedEntry:
    document = read_document(
        fetch(entry.url),
        name="page.html",
        max_bytes=settings.SAGA_MAX_ARTICLE_BYTES,
        languages=tuple(settings.SAGA_LANGUAGES),
        language=entry.feed.language or None,
    )
    item = ArticleInput.from_document(
        document, source_url=entry.url, publisher=entry.feed.publisher, publish=entry.feed.publish
    )
    # One ingest at a time per feed: two entries with the same text must not both become articles,
    # nor one entry delivered twice (a poll sent it again while a worker had it) be ingested twice.
    with transaction.atomic():
        Feed.objects.select_for_update().filter(pk=entry.feed_id).first()
        current = FeedEntry.objects.get(pk=entry.pk)
        if not current.pending:
            return current
        existing = Article.objects.filter(body_sha256=body_digest(item.text)).first()
        existing = existing or Article.objects.filter(source_url=entry.url).first()
        if existing:
            return _settle(entry, state=FeedEntry.State.DUPLICATE, article=existing, error="")
        result = ingest_article(item=item)
        return _settle(entry, state=FeedEntry.State.INGESTED, article=result.article, error="")


def fail_entry(entry_id: int, error: BaseException, *, message: str = "") -> FeedEntry | None:
    """Records a failed attempt at an entry that has not been ingested, with `message` (by
    default the error's class and message, intake.errors.describe)."""
    FeedEntry.objects.filter(pk=entry_id).exclude(
        state__in=[FeedEntry.State.INGESTED, FeedEntry.State.DUPLICATE]
    ).update(state=FeedEntry.State.FAILED, error=message or describe(error), attempts=F("attempts") + 1)
    return FeedEntry.objects.select_related("feed").filter(pk=entry_id).first()


def _settle(entry: FeedEntry, **fields) -> FeedEntry:
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.save(update_fields=list(fields))
    return entry
