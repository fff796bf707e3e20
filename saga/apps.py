"""The admin, with Saga's site (desk.sites.SagaAdminSite), as Django's documentation overrides
the default admin site: this config replaces "django.contrib.admin" in INSTALLED_APPS."""

from django.contrib.admin.apps import AdminConfig


class SagaAdminConfig(AdminConfig):
    default_site = "desk.sites.SagaAdminSite"
