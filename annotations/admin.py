"""Admin for the entities editors curate and the mentions the pipeline marks."""

from django.contrib import admin

from annotations.models import Entity, EntityAlias, Mention


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    extra = 1


@admin.register(Entity)
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "wikidata_id"]
    inlines = [EntityAliasInline]


@admin.register(EntityAlias)
class EntityAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "entity"]
    list_select_related = ["entity"]
    search_fields = ["name", "entity__name"]
    autocomplete_fields = ["entity"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", "label", "value", "entity", "article", "start", "end"]
    list_filter = ["label"]
    list_select_related = ["entity", "article"]
    search_fields = ["text"]
    autocomplete_fields = ["article", "claim", "entity"]
