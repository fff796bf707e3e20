"""Marks the entities, dates and amounts of a claim in its text, as safe HTML."""

from collections.abc import Iterable

from django.utils.formats import number_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _


def describe_mention(mention) -> str:
    """What a mention stands for, in words: its entity, its normalised date or its amount."""
    label = mention.get_label_display()
    if mention.entity_id:
        return f"{label}: {mention.entity.name}"
    if mention.value:
        return f"{label}: {mention.value}" + (f" ({mention.precision})" if mention.precision else "")
    if mention.amount_min is not None:
        low, high = _amount(mention.amount_min), _amount(mention.amount_max)
        span = low if low == high else _("%(low)s to %(high)s") % {"low": low, "high": high}
        return f"{label}: {span} {mention.currency}".rstrip()
    return label


def _amount(value) -> str:
    whole = value == value.to_integral_value()
    return number_format(value, decimal_pos=0 if whole else None, force_grouping=True)


def highlight_claim(claim, mentions: Iterable) -> SafeString:
    """The claim's text with each mention wrapped in a <mark> that names its label in text.

    Mention offsets index the article body; the claim's text starts at `claim.start`. Where two
    mentions overlap, the earlier (then the longer) one is marked and the other left plain.
    """
    text, pieces, cursor = claim.text, [], 0
    for mention in sorted(mentions, key=lambda mention: (mention.start, -mention.end)):
        start, end = mention.start - claim.start, mention.end - claim.start
        if start < cursor or end > len(text):
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(
            format_html(
                '<mark class="saga-mention saga-{}" title="{}">{}<span class="saga-label">{}</span></mark>',
                mention.label.lower(),
                describe_mention(mention),
                text[start:end],
                mention.label,
            )
        )
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # every piece is escaped or built by format_html
