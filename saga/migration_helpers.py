"""What the squashed migrations of `claims` and `annotations` write their operations with.

Each builds what makemigrations wrote there, spelled once. A migration's operations must not change
once applied: change none of these, add a new helper instead.
"""

from django.db import migrations, models


def create_model(name, fields, options):
    """A model with Django's automatic id before its own fields."""
    id_field = ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"))
    return migrations.CreateModel(name=name, fields=[id_field, *fields], options=options)


def model_options(verbose_name, verbose_name_plural, ordering, **options):
    """A model's names and ordering, then its other options (indexes, constraints, permissions)."""
    return {"verbose_name": verbose_name, "verbose_name_plural": verbose_name_plural, "ordering": ordering, **options}


def codes(choices):
    """The codes of a field's choices, the values its check constraint allows."""
    return [code for code, _label in choices]
