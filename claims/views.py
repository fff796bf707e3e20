"""Reader pages: published articles, annotated with their verdicts."""

from django.shortcuts import get_object_or_404, render

from claims.models import Article


def article_list(request):
    articles = Article.objects.visible_to(request.user).with_verdict_counts()
    return render(request, "claims/article_list.html", {"articles": articles})


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.visible_to(request.user), slug=slug)
    blocks = article.blocks.filter(revision=article.revision).exclude(kind="boilerplate")
    parts = [(block, article.body[block.start : block.end]) for block in blocks]
    return render(request, "claims/article_detail.html", {"article": article, "parts": parts})
