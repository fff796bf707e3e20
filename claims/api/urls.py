"""The API's URLs, mounted at /api/ by saga/urls.py."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from annotations.api import EntityViewSet
from claims.api import history, views
from claims.api.docs import SwaggerView
from desk.api import ArticleAssignmentView, ArticleNotesView, AssignmentView, ClaimNotesView
from intake.api import JobView
from matching import api as matching_api

app_name = "api"


class SagaRouter(DefaultRouter):
    """The API root (`GET /api/`) links the verdict feed, the schema and its docs as well as the lists."""

    more_root_links = {"verdicts": "verdict-feed", "schema": "schema", "docs": "docs"}

    def get_api_root_view(self, api_urls=None):
        list_name = self.routes[0].name
        links = {prefix: list_name.format(basename=basename) for prefix, _viewset, basename in self.registry}
        return self.APIRootView.as_view(api_root_dict=links | self.more_root_links)


router = SagaRouter()
# No `.json` suffix routes: content negotiation is by the Accept header only (as
# URL_FORMAT_OVERRIDE is off), and the suffix would be one more input for every action.
router.include_format_suffixes = False
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("entities", EntityViewSet, basename="entity")

urlpatterns = [
    path("verdicts/", history.VerdictFeedView.as_view(), name="verdict-feed"),
    path("articles/<slug:slug>/revisions/", history.ArticleRevisionsView.as_view(), name="article-revisions"),
    path("claims/<int:pk>/assignment/", AssignmentView.as_view(), name="claim-assignment"),
    path("claims/<int:pk>/notes/", ClaimNotesView.as_view(), name="claim-notes"),
    path("articles/<slug:slug>/assignment/", ArticleAssignmentView.as_view(), name="article-assignment"),
    path("articles/<slug:slug>/notes/", ArticleNotesView.as_view(), name="article-notes"),
    path("jobs/<uuid:pk>/", JobView.as_view(), name="job-detail"),
    path("claims/<int:pk>/matches/", matching_api.ClaimMatchesView.as_view(), name="claim-matches"),
    path("matches/<int:pk>/dismiss/", matching_api.DismissMatchView.as_view(), name="match-dismiss"),
    path("matches/<int:pk>/apply/", matching_api.ApplyMatchView.as_view(), name="match-apply"),
    path(
        "articles/<slug:slug>/inconsistencies/",
        matching_api.ArticleInconsistenciesView.as_view(),
        name="article-inconsistencies",
    ),
    path(
        "inconsistencies/<int:pk>/decide/",
        matching_api.DecideInconsistencyView.as_view(),
        name="inconsistency-decide",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
    # Last: any other /api/ URL (a slug with a slash or a stray character) is a JSON 404 too.
    re_path(r"", views.not_found),
]
