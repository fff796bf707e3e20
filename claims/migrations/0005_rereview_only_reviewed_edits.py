"""Clears *needs re-review* from the claims that never had a review to redo.

Until now a revision marked every edited claim for re-review, reviewed or not; it now marks one
only when the claim it continues had a review or was waiting for a re-review itself
(Claim.awaits_review_of_edit). This applies that rule to the revisions already written, oldest
first, so that a claim's predecessor is settled before the claim: a flagged claim (version 1, so
no review of its own) keeps its flag when its predecessor had a review (version above 1) or kept
its own flag. A claim carried over word for word took its predecessor's flag, which the same test
gives back. Reader pages cached before the migration age out (SAGA_READER_CACHE_SECONDS)."""

from django.db import migrations

BATCH = 500  # ids per UPDATE, well under SQLite's limit on bound parameters


def clear_rereview_of_unreviewed(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    flagged = (
        Claim.objects.filter(needs_rereview=True, version=1, previous__isnull=False)
        .order_by("revision", "pk")
        .values_list("pk", "previous_id", "previous__version", "previous__needs_rereview")
    )
    cleared = set()
    for pk, previous_id, previous_version, previous_flag in flagged.iterator():
        if previous_version == 1 and (not previous_flag or previous_id in cleared):
            cleared.add(pk)
    ids = sorted(cleared)
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start : start + BATCH]).update(needs_rereview=False)


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_field_labels")]

    operations = [migrations.RunPython(clear_rereview_of_unreviewed, migrations.RunPython.noop, elidable=True)]
