"""Small pieces of the reader's pages that templates repeat: verdict tags and safe links."""

from django import template

from claims.models import Verdict
from claims.reader import WEB_URL

register = template.Library()


@register.inclusion_tag("claims/_verdict_tag.html")
def verdict_tag(verdict: str) -> dict:
    """The verdict as a word, which reader.css gives its icon and colour: never colour alone."""
    return {"verdict": verdict, "label": Verdict(verdict).label}


@register.filter
def web_url(url: str) -> str:
    """The URL if it is http(s), else an empty string: other schemes never become links."""
    return url if url and WEB_URL.match(url) else ""


@register.filter
def verdict_label(value: str) -> str:
    """The translated word for a verdict value."""
    return Verdict(value).label
