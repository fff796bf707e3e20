"""Small pieces of the reader's pages that templates repeat: verdict tags, safe links and amounts."""

from decimal import Decimal
from functools import lru_cache

from django import template
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.autoreload import file_changed
from django.utils.formats import number_format
from django.utils.translation import get_language

from claims.models import Verdict
from claims.reader import WEB_URL

register = template.Library()


@register.simple_tag
def verdict_tag(verdict: str) -> str:
    """The verdict as a word, which reader.css gives its icon and colour: never colour alone
    (claims/_verdict_tag.html)."""
    return _verdict_tag(verdict, get_language())


@lru_cache(maxsize=64)
def _verdict_tag(verdict: str, language: str) -> str:
    """Rendered once per verdict and language in a process, as the Jinja pages' tags are
    (claims/article_page.py, page_macros): a page shows a tag per row (the article list three
    an article), and an inclusion tag renders its template at each, some 100 µs."""
    return render_to_string("claims/_verdict_tag.html", {"verdict": verdict, "label": Verdict(verdict).label})


@receiver(file_changed, dispatch_uid="saga_verdict_tag_template_changed")
def _template_changed(sender, file_path, **kwargs) -> None:
    """In development (runserver), an edited template shows at the next page, as Django's own
    template loaders are reset then (django.template.autoreload): the tags are rendered again."""
    if file_path.suffix == ".html":
        _verdict_tag.cache_clear()


@register.filter
def web_url(url: str) -> str:
    """The URL if it is http(s), else an empty string: other schemes never become links."""
    return url if url and WEB_URL.match(url) else ""


@register.filter
def verdict_label(value: str) -> str:
    """The translated word for a verdict value."""
    return Verdict(value).label


@register.filter
def amount(value) -> str:
    """A bound of an amount or a quantity in the page's language, with the decimal places it has
    and no more: "0,005", "1,859", "120 000 000" (floatformat would round to or pad a fixed count)."""
    value = Decimal(value).normalize()
    return number_format(value, decimal_pos=max(0, -value.as_tuple().exponent), force_grouping=True)
