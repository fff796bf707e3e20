"""Page-number pagination with strict parameters: a bad `page_size` is a 400, not a silent default."""

from functools import partial

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Count, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class OnePassPaginator(Paginator):
    """Django's Paginator, except when told (`one_pass=True`) that the rows are few: then the
    page and the count are read in one query instead of two.

    Paginator counts the rows (COUNT) and then reads the page (LIMIT/OFFSET), so the filters
    run twice; on a selective list each run costs about the same, mostly the index probe. Here
    window functions number the matching rows in the list's order and count them, and the page's
    rows are kept. There is no LIMIT, so the planner cannot choose a plan that stops early,
    which is right for few rows only: for a long list, counting everything and reading 50 rows
    by an index that gives them in order is far cheaper than numbering everything. Only the
    caller knows which case it is (for the claims list: ClaimFilter.selects_few_rows), so it is
    an explicit argument rather than anything read from the queryset.
    """

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, *, one_pass=False):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        self.one_pass = one_pass

    def page(self, number):
        ordering = self.object_list.query.order_by
        if not self.one_pass or not ordering or self.orphans:
            return super().page(number)
        number = self.validate_number_uncounted(number)
        bottom = (number - 1) * self.per_page
        numbered = self.object_list.annotate(
            page_rows_matched=Window(Count("*")), page_row_number=Window(RowNumber(), order_by=list(ordering))
        ).filter(page_row_number__gt=bottom, page_row_number__lte=bottom + self.per_page)
        rows = list(numbered)
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        self.count = matched(rows[0]) if rows else 0  # what the `count` property would query
        return Page(rows, number, self)

    def validate_number_uncounted(self, number) -> int:
        """validate_number, but for the upper bound, which needs the count."""
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number


def matched(row) -> int:
    """OnePassPaginator's count of matching rows, from a row of its page: a model, or a dict of a
    values() queryset (the claims list reads rows: ClaimQuerySet.api_rows)."""
    return row["page_rows_matched"] if isinstance(row, dict) else row.page_rows_matched


class PagePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        return positive_int(raw, name=self.page_size_query_param, maximum=self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw != "last":
            positive_int(raw, name=self.page_query_param)
        # DRF builds its paginator as django_paginator_class(queryset, page_size): the view's
        # `few_rows` (set by its filtering, False when absent) is bound here. One pagination
        # object serves one request.
        self.django_paginator_class = partial(OnePassPaginator, one_pass=getattr(view, "few_rows", False))
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
                parameter["description"] = f"Results per page, 1 to {self.max_page_size} (default {self.page_size})."
        return parameters


def positive_int(raw: str, *, name: str, maximum: int | None = None) -> int:
    """`raw` as an int in 1..maximum, or a 400 naming the parameter."""
    try:
        value = int(raw)
    except ValueError:
        raise ValidationError({name: [gettext("A whole number is required.")]}) from None
    if value < 1 or (maximum is not None and value > maximum):
        if maximum is None:
            message = gettext("Must be at least 1.")
        else:
            message = gettext("Must be between 1 and %(maximum)s.") % {"maximum": maximum}
        raise ValidationError({name: [message]})
    return value
