from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("articles/", views.article_list, name="article-list"),
    path("articles/<slug:slug>/", views.article_detail, name="article-detail"),
    path("entities/<int:pk>/", views.entity_detail, name="entity-detail"),
]
