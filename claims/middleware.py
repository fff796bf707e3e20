"""The old addresses of a renamed article lead to its new ones."""

from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from claims.models import Article


def former_slug_middleware(get_response):
    """Answers a 404 for an address with an article's slug that the article had before an editor
    renamed it (claims.models.FormerSlug) with a permanent redirect to the same address under its
    slug now, query string included: the reader page, the API's article and what hangs from it.
    A GET or HEAD gets a 301; any other method a 308, which tells the client to send the same
    request again there. Only an article the user may see is followed (a draft's new slug stays
    hidden), and only a 404 costs a query (two for a former slug): an address that exists is
    answered as it was.
    """

    def middleware(request):
        response = get_response(request)
        match = request.resolver_match
        if response.status_code != 404 or match is None or "slug" not in match.kwargs:
            return response
        slug = match.kwargs["slug"]
        # After the view, request.user is also the API's user (DRF sets it on the request).
        articles = Article.objects.visible_to(request.user)
        renamed = articles.filter(former_slugs__slug=slug).values_list("slug", flat=True).first()
        # An article the user may see under that slug now keeps it, even where its own address
        # answers 404 (a revision it does not have). Two lookups by unique index, not one with OR
        # over a join, which would read every article.
        if renamed is None or articles.filter(slug=slug).exists():
            return response
        url = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, "slug": renamed})
        if request.META.get("QUERY_STRING"):
            url = f"{url}?{request.META['QUERY_STRING']}"
        redirect = HttpResponsePermanentRedirect(url, preserve_request=request.method not in ("GET", "HEAD"))
        # Not kept by browsers or proxies: it depends on who asks (drafts), and an editor may rename
        # the article back (a kept redirect would then loop) or another article take the slug.
        add_never_cache_headers(redirect)
        return redirect

    return middleware
