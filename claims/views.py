"""Reader pages: published articles annotated with their verdicts, and the entities they name."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from claims import reader
from claims.models import Article, Claim, Verdict

ARTICLES_PER_PAGE = 30
CLAIMS_PER_PAGE = 50


def article_list(request):
    articles = Article.objects.for_reader_list(request.user)
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "claims/article_list.html", {"page": page})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.visible_to(request.user), slug=slug)
    # An unknown filter value shows every claim rather than an error: it comes from a URL.
    verdict = request.GET.get("verdict", "")
    verdict = verdict if verdict in Verdict.values else ""
    shown = reader.revision_view(article, request.GET.get("revision"))
    page = reader.build_page(shown, verdict=verdict)
    context = {
        "article": shown,
        "current_revision": article.revision,
        "edited": reader.edited_claims(shown),
        "page": page,
        "verdict": verdict,
    }
    return reader.render_with_parts(
        request, "claims/article_detail.html", context, body=page.body, timeline=page.timeline
    )


def entity_detail(request, pk):
    entity = get_object_or_404(reader.visible_entities(request.user), pk=pk)
    claims = Claim.objects.for_entity_page(entity.pk, request.user)
    page = Paginator(claims, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"entity": entity, "aliases": entity.aliases.all(), "page": page}
    return render(request, "claims/entity_detail.html", context)
