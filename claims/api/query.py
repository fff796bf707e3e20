"""Query parameters of the lists: a name the list does not read is a 400 naming it and the ones it
accepts. DRF and django-filter ignore unknown names, so a typo (`?verdit=sourced`) would answer
the whole list as if it were filtered. A parameter given twice is a 400 too: every one of them
takes one value, and django-filter would silently keep the last (`?verdict=sourced&verdict=disputed`
answered the disputed claims alone)."""

from collections.abc import Iterable

from django.utils.translation import gettext
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings

# The attributes naming the query parameters of DRF's paginators (page number, limit/offset,
# cursor) and of its ordering and search filters.
PARAMETER_ATTRIBUTES = (
    "page_query_param",
    "page_size_query_param",
    "limit_query_param",
    "offset_query_param",
    "cursor_query_param",
    "ordering_param",
    "search_param",
)


def refuse_unknown_parameters(request, accepted: Iterable[str]) -> None:
    """A 400 naming each query parameter of `request` not in `accepted`, or given more than once."""
    accepted = list(dict.fromkeys(accepted))
    unknown = sorted(name for name in request.query_params if name not in accepted)
    if not unknown:
        refuse_repeated_parameters(request)
        return
    if accepted:
        message = gettext("Unknown parameter; accepted: %(accepted)s.") % {"accepted": ", ".join(accepted)}
    else:
        message = gettext("Unknown parameter: this list takes none.")
    raise ValidationError({name: [message] for name in unknown})


def refuse_repeated_parameters(request) -> None:
    """A 400 naming each query parameter given more than once: each takes one value."""
    repeated = sorted(name for name, values in request.query_params.lists() if len(values) > 1)
    if repeated:
        message = gettext("Given more than once; this parameter takes one value.")
        raise ValidationError({name: [message] for name in repeated})


def parameters_read_by(view) -> list[str]:
    """The query parameters a view reads besides its filterset's: its paginator's, its other
    filter backends', and `format` when DRF reads it (URL_FORMAT_OVERRIDE)."""
    readers = [getattr(view, "paginator", None), *(backend() for backend in getattr(view, "filter_backends", ()))]
    names = [getattr(reader, attribute, None) for reader in readers for attribute in PARAMETER_ATTRIBUTES]
    return [name for name in [*names, api_settings.URL_FORMAT_OVERRIDE] if name]


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, for lists only, refusing query parameters that neither the
    filterset nor anything else of the view reads."""

    def filter_queryset(self, request, queryset, view):
        # A detail or a write is not filtered by a list's query string.
        if getattr(view, "action", "list") != "list":
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        filters = list(filterset.filters) if filterset is not None else []
        refuse_unknown_parameters(request, [*filters, *parameters_read_by(view)])
        return filterset
