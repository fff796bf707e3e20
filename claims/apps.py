from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _restore_editors_group(sender, apps=None, **kwargs):
    from django.apps import apps as global_apps

    from claims.roles import ensure_editors_group

    ensure_editors_group(apps or global_apps)


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = _("Claims")

    def ready(self):
        # After a flush (transactional tests) the data migration's group is gone: bring it back.
        post_migrate.connect(_restore_editors_group, sender=self, dispatch_uid="claims.editors_group")
        # Run by `migrate` (a database check): a database halfway through the squashed migrations.
        from claims.checks import check_squashed_migrations

        checks.register(check_squashed_migrations, checks.Tags.database)
