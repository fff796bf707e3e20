"""Admin for editors and reviewers: articles, their claims, reviews and sources."""

from django.contrib import admin

from claims.models import Article, ArticleRevision, Block, Claim, Review, Source


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "status", "language", "published_on", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(admin.ModelAdmin):
    list_display = ["article", "number", "created_at", "created_by"]
    list_select_related = ["article", "created_by"]
    autocomplete_fields = ["article"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["article", "revision", "position", "kind", "start", "end"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    search_fields = ["article__title"]
    autocomplete_fields = ["article"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "verdict", "checkworthiness", "version"]
    list_filter = ["verdict", "article"]
    list_select_related = ["article"]
    search_fields = ["text"]
    autocomplete_fields = ["article", "block", "previous"]
    ordering = ["-checkworthiness", "article", "position"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "verdict", "reviewer", "created_at"]
    list_filter = ["verdict"]
    list_select_related = ["claim", "reviewer"]
    search_fields = ["claim__text", "rationale"]
    autocomplete_fields = ["claim", "reviewer"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "publisher", "published_on", "review"]
    list_select_related = ["review__claim"]
    search_fields = ["title", "url", "publisher"]
    autocomplete_fields = ["review"]
