"""The old addresses of a renamed article lead to its new ones."""

from django.http import HttpResponsePermanentRedirect
from django.urls import reverse

from claims.models import Article


def former_slug_middleware(get_response):
    """Answers a 404 for an address with an article's slug that the article had before an editor
    renamed it (claims.models.FormerSlug) with a permanent redirect to the same address under its
    slug now, query string included: the reader page, the API's article and what hangs from it.
    A GET or HEAD gets a 301; any other method a 308, which tells the client to send the same
    request again there. Only an article the user may see is followed (a draft's new slug stays
    hidden), and only a 404 costs a query: an address that exists is answered as it was.
    """

    def middleware(request):
        response = get_response(request)
        match = request.resolver_match
        if response.status_code != 404 or match is None or "slug" not in match.kwargs:
            return response
        # After the view, request.user is also the API's user (DRF sets it on the request).
        articles = Article.objects.visible_to(request.user).filter(former_slugs__slug=match.kwargs["slug"])
        slug = articles.values_list("slug", flat=True).first()
        if slug is None:
            return response
        url = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, "slug": slug})
        if request.META.get("QUERY_STRING"):
            url = f"{url}?{request.META['QUERY_STRING']}"
        return HttpResponsePermanentRedirect(url, preserve_request=request.method not in ("GET", "HEAD"))

    return middleware
