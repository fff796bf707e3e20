"""Marks the entities, dates, amounts and quantities of a claim in its text, as safe HTML."""

from collections.abc import Iterable

from django.utils.formats import number_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from annotations.models import MentionLabel


def describe_mention(mention) -> str:
    """What a mention stands for, in words: its entity, its normalised date or its amount."""
    label = mention.get_label_display()
    if mention.entity_id:
        return f"{label}: {mention.entity.name}"
    if mention.value:
        return f"{label}: {mention.value}" + (f" ({mention.precision})" if mention.precision else "")
    if mention.label in (MentionLabel.MONEY, MentionLabel.QUANTITY):
        return f"{label}: {_bounds(mention.amount_min, mention.amount_max)} {mention.currency or mention.unit}".rstrip()
    return label


def _bounds(low, high) -> str:
    """ "10", "10 to 20", "at least 10" (no upper bound), "at most 10" (no lower bound)."""
    if low is None and high is None:
        return "?"  # a number past any sane size: the text says it, no value does
    if high is None:
        return _("at least %(low)s") % {"low": _amount(low)}
    if low is None:
        return _("at most %(high)s") % {"high": _amount(high)}
    low, high = _amount(low), _amount(high)
    return low if low == high else _("%(low)s to %(high)s") % {"low": low, "high": high}


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
