"""Saga's admin site (django.contrib.admin's default site, set by saga.apps.SagaAdminConfig):
its landing page is a reviewer's queue. An Editors member who opens /admin/ is sent to their queue
(/admin/desk/claimwork/queue/), which links back to the usual index (/admin/?all=1); superusers
and staff who do not review land on the usual index, with the queue's counts for superusers."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext

from claims.ids import ROW_ID_RANGE
from claims.services import can_review

FULL_INDEX = "all"  # /admin/?all=1: the usual index, whoever asks


def lands_on_queue(request) -> bool:
    """Whether the admin's index sends `request`'s user to their queue: a reviewer (Editors)
    who is not a superuser, unless they asked for the usual index."""
    user = request.user
    reviewer = user.is_active and user.is_staff and not user.is_superuser and can_review(user)
    return reviewer and FULL_INDEX not in request.GET


class ChangeListOfRowIds(ChangeList):
    """A change list whose query string names an id past 64 bits (`?article=99999999999999999999`):
    SQLite cannot even bind the number (OverflowError), so it is a lookup the admin cannot read,
    and the admin does what it does for those: back to the list with `?e=1`, not a 500."""

    def get_results(self, request):
        try:
            super().get_results(request)
        except OverflowError as error:
            raise IncorrectLookupParameters(error) from error


def is_possible_key(field, value) -> bool:
    """Whether `value`, as posted, is a key `field` (a model's primary key) can hold: "abc" is
    not an integer key, 99999999999999999999 is past 64 bits (SQLite cannot bind it). Any primary
    key, a UUID's too: claims.ids.is_row_id reads the digits of an integer id in a URL or a query."""
    try:
        key = field.to_python(value)
    except ValidationError:
        return False
    return not isinstance(key, int) or key in ROW_ID_RANGE  # a UUID or a text key has no range


class AutocompleteOfRowIds(AutocompleteSelect):
    """An autocomplete whose posted value is no key the field can hold ("abc", "1.5", past 64
    bits): the form refuses it ("select a valid choice"), and the page shows the refusal with the
    choice left empty. Django's widget looked the value up to show it again, and failed (a 500)."""

    def optgroups(self, name, value, attr=None):
        target = self.field.target_field
        return super().optgroups(name, [item for item in value if is_possible_key(target, item)], attr)


class RowIdsAdmin:
    """Mixed into every model admin of the site: an id past 64 bits, in a list's filter or in a
    page's URL (`/admin/desk/claimwork/99999999999999999999/change/`, whose key is a claim), is no
    row rather than a server error. (Django reads such an id as "no row" for an id field itself,
    not for a foreign key.) A bulk action's selection naming an id that is not one ("abc", past
    64 bits) is refused as the admin refuses an empty one: a message, back to the list. An
    autocomplete given such a value shows the form's refusal (AutocompleteOfRowIds)."""

    def get_changelist(self, request, **kwargs):
        return ChangeListOfRowIds

    def get_object(self, request, object_id, from_field=None):
        try:
            return super().get_object(request, object_id, from_field)
        except OverflowError:
            return None  # the admin's "no such object" message

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteOfRowIds(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(is_possible_key(self.opts.pk, value) for value in selected):
            self.message_user(request, gettext("The selection names an item that does not exist."), messages.WARNING)
            return None  # the change list redirects back to itself, as for an empty selection
        return super().response_action(request, queryset)


class SagaAdminSite(admin.AdminSite):
    # The usual index shows a reviewer's queue counts above the app list (desk_queue_summary).
    index_template = "desk/admin_index.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        """Registers the model admin with RowIdsAdmin mixed in: Saga's and the contrib apps' alike
        (users, groups, API tokens)."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, RowIdsAdmin):
            admin_class = type(admin_class.__name__, (RowIdsAdmin, admin_class), {})
        super().register(model_or_iterable, admin_class, **options)

    def index(self, request, extra_context=None):
        if lands_on_queue(request):
            return redirect("admin:desk_queue")
        return super().index(request, extra_context)
