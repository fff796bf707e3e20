"""Drops the suggested matches and the open inconsistencies of claims an earlier revision left.

A revision now drops them, in its transaction, for the claims it supersedes
(matching.services.drop_open_findings); this does the same for the revisions already written. A
suggestion goes when either of its claims is no longer of its article's current revision, an
inconsistency when its claims are not (its two claims are of one revision). Dismissed suggestions
and decided inconsistencies stay: the record of an editor's decision."""

from django.db import migrations
from django.db.models import F, Q


def superseded(claim: str) -> Q:
    """The rows whose `claim` is of a revision before its article's current one."""
    return ~Q(**{f"{claim}__revision": F(f"{claim}__article__revision")})


def drop_superseded_open_findings(apps, schema_editor):
    ClaimMatch = apps.get_model("matching", "ClaimMatch")
    Inconsistency = apps.get_model("matching", "Inconsistency")
    ClaimMatch.objects.filter(superseded("claim") | superseded("earlier"), state="suggested").delete()
    Inconsistency.objects.filter(superseded("first"), state="open").delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_squashed_0005_rereview_only_reviewed_edits"), ("matching", "0005_field_labels")]

    operations = [migrations.RunPython(drop_superseded_open_findings, migrations.RunPython.noop, elidable=True)]
