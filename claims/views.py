"""Reader pages: published articles annotated with their verdicts, and the entities they name."""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.http import condition

from claims import reader
from claims.article_page import PageState, cached_page
from claims.managers import sees_drafts
from claims.models import Article, Claim, Verdict

ARTICLES_PER_PAGE = 30
CLAIMS_PER_PAGE = 50
# `?verdict=`: "" (the default) marks the reviewed claims and leaves the others quiet, "all" marks
# every claim, a verdict marks only its claims. Anything else (a hand-edited or mangled link) shows
# the default view, as an unknown parameter or page number does: a reader page is for people, and
# only the API, for programs, refuses a value it does not know with a 400.
FILTERS = ("all", *Verdict.values)


def frame_etag(request, *parts) -> str:
    """An ETag for a reader page made of `parts` (what it shows) and what every page's frame
    shows: the query, the interface language, whether drafts are shown, and the CSRF cookie the
    language form's token is for."""
    frame = (request.GET.urlencode(), get_language(), sees_drafts(request.user))
    cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    return hashlib.sha256(repr((parts, frame, cookie)).encode()).hexdigest()


def article_list_etag(request) -> str:
    return frame_etag(request, reader.list_version(request.user))


@condition(etag_func=article_list_etag)
def article_list(request):
    articles = Article.objects.for_reader_list(request.user)
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "claims/article_list.html", {"page": page})


def page_state(request, slug) -> PageState:
    """What the article page shows, read once per request: its ETag and the view both need it."""
    state = getattr(request, "reader_state", None)
    if state is None:
        article = reader.article_for_page(request.user, slug)
        shown = reader.revision_view(article, request.GET.get("revision"))
        state = request.reader_state = PageState(shown, request, current_revision=article.revision)
    return state


def article_etag(request, slug) -> str:
    """The page's cache key with what the frame around the cached text shows: the article's
    fields, whether it has matches, and what every frame shows (frame_etag)."""
    state = page_state(request, slug)
    article = state.article
    fields = (article.title, article.status, article.publisher, article.author, article.published_on)
    return frame_etag(request, state.key, fields, article.source_url, article.updated_at, article.has_matches)


@condition(etag_func=article_etag)
def article_detail(request, slug):
    state = page_state(request, slug)
    verdict = request.GET.get("verdict", "")
    verdict = verdict if verdict in FILTERS else ""
    page = cached_page(state)
    counts = {row.value: row.count for row in page.summary}
    context = {
        "article": state.article,
        "current_revision": state.current_revision,
        # the filters' links stay on the text shown: an earlier one is named in their query
        "filter_query": "" if state.current else f"revision={state.article.revision}&",
        "page": page,
        "verdict": verdict,
        "shown_count": counts.get(verdict, page.claim_count),
    }
    # The cached text goes in between the frame's two halves as it is, encoded (ArticlePage).
    start = render_to_string("claims/article_detail.html", context, request)
    end = render_to_string("claims/article_detail_end.html", context, request)
    return HttpResponse([start, page.text, end])


def visible_entity(request, pk):
    """The entity of the page, read once per request: its ETag and the view both need it."""
    if getattr(request, "reader_entity", None) is None:
        request.reader_entity = get_object_or_404(reader.visible_entities(request.user), pk=pk)
    return request.reader_entity


def entity_etag(request, pk) -> str:
    return frame_etag(request, reader.entity_version(visible_entity(request, pk)))


@condition(etag_func=entity_etag)
def entity_detail(request, pk):
    entity = visible_entity(request, pk)
    claims = Claim.objects.for_entity_page(entity.pk, request.user)
    page = Paginator(claims, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"entity": entity, "aliases": entity.aliases.all(), "page": page}
    return render(request, "claims/entity_detail.html", context)
