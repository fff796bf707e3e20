"""The Jinja2 environment of Django's Jinja2 backend (settings.TEMPLATES), for the reader's
article page: Django's translations, URLs and date formats, so the templates say what the
Django templates say, with the same catalogs."""

from django.template.defaultfilters import date as date_filter
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from jinja2 import Environment, StrictUndefined

from claims.templatetags.reader_tags import web_url


def environment(**options) -> Environment:
    # A name the template misspells is an error, not an empty string (Django passes its own
    # lenient choice in `options`).
    options["undefined"] = StrictUndefined
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.globals.update(static=static, url=reverse)
    env.filters["web_url"] = web_url
    env.filters["date"] = date_filter  # django.utils.formats underneath: DATE_FORMAT in the reader's language
    return env
