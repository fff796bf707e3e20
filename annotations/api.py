"""Entities in the REST API (mounted by claims/api/urls.py). Read-only: editors curate entities
in the admin. Only entities mentioned in an article you may read are listed."""

import django_filters
from django import forms
from django.urls import reverse
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, viewsets

from annotations.models import Entity, EntityKind


class EntitySerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    mention_count = serializers.IntegerField(read_only=True, help_text="Mentions in current texts you may read.")
    claim_count = serializers.IntegerField(read_only=True, help_text="Claims mentioning it, in those texts.")
    claims_url = serializers.SerializerMethodField(help_text="The claims list filtered on this entity.")

    class Meta:
        model = Entity
        fields = ["id", "name", "kind", "wikidata_id", "aliases", "mention_count", "claim_count", "claims_url"]

    def get_claims_url(self, entity) -> str:
        path = f"{reverse('api:claim-list')}?entity={entity.pk}"
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


class NonEmptyFilterForm(forms.Form):
    """Refuses a filter given without a value: `?kind=` is a client's bug more likely than a
    wish for no filter, and silently ignoring it would answer a question nobody asked."""

    may_be_empty = frozenset({"q"})

    def clean(self):
        data = super().clean()
        for name in self.fields:
            if name not in self.may_be_empty and name in self.data and not self.data.get(name):
                self.add_error(name, gettext("Give a value, or leave the parameter out."))
        return data


class EntityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices, help_text="PER, ORG, LOC or MISC.")
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", help_text="Text search in the name.")

    class Meta:
        model = Entity
        fields = ["kind", "q"]
        form = NonEmptyFilterForm


@extend_schema_view(list=extend_schema(summary="List entities"), retrieve=extend_schema(summary="An entity"))
class EntityViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = EntitySerializer
    filterset_class = EntityFilter

    def get_queryset(self):
        return Entity.objects.for_api(self.request.user)
