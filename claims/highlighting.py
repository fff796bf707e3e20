"""A claim's text with its mentions marked, for the admin's claim pages: the reader page's
rendering (claims/jinja2/claims/reader/marked.html), so mentions are shown one way."""

from collections.abc import Iterable

from django.template import engines
from django.utils.safestring import SafeString, mark_safe

from claims.page_text import BlockWriter
from claims.reader import MentionRow


def highlight_claim(claim, mentions: Iterable) -> SafeString:
    """The claim's text with each mention marked: entities by kind, dates as `<time datetime>`,
    amounts as `<data value>`, each naming its label in `data-kind` (admin.css shows it).

    Mention offsets index the article body; the claim's text starts at `claim.start`. Where two
    mentions overlap, the earlier (then the longer) one is marked and the other left plain.
    """
    rows = [MentionRow._make(getattr(mention, name) for name in MentionRow._fields) for mention in mentions]
    rows = [row._replace(start=row.start - claim.start, end=row.end - claim.start) for row in rows]
    rows.sort(key=lambda row: (row.start, -row.end))
    segments = BlockWriter(claim.text, rows, {}, []).segments(0, len(claim.text), linked=False)
    template = engines["jinja2"].get_template("claims/reader/claim_text.html")
    return mark_safe(template.render({"segments": segments}))  # noqa: S308 - rendered by our template
