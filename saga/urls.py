"""Saga's URLs: the admin for editors, the reader pages, the REST API."""

from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from saga import views

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="claims:article-list", permanent=False)),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico whatever the page links: the same icon the pages use.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("claims/favicon.svg"), permanent=True)),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
