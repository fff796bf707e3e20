"""What every page of the review desk shares: the site's name, its style sheet, verdict badges, read-only pages."""

from django.contrib import admin
from django.contrib.admin import helpers
from django.db import models
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

REVIEW_DESK_CSS = {"all": ["claims/admin.css"]}
# A URL typed without its scheme is read as https, as Django 6 will do by default.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}

admin.site.site_header = gettext_lazy("Saga review desk")
admin.site.site_title = gettext_lazy("Saga")
admin.site.index_title = gettext_lazy("Articles, claims and entities")
# The change lists (claims, articles) need the width of the screen more than the app menu.
admin.site.enable_nav_sidebar = False


def verdict_badge(verdict: str, label: str):
    """A verdict as a coloured badge that also says it in words."""
    return format_html('<span class="saga-verdict saga-verdict-{}">{}</span>', verdict, label)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows that only a service writes: visible, never added, changed or deleted by hand."""

    formfield_overrides = HTTPS_URLS  # the read-only page still builds the form

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def action_page(model_admin: admin.ModelAdmin, request, template: str, **context) -> TemplateResponse:
    """The page an admin action shows between the selection and "apply" (a form, a choice), in the
    admin's frame, as Django's delete_selected shows its confirmation; `context` is the page's own."""
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        **context,
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, template, context)
