"""Writing many rows of one table at once, for the tables an ingest fills by thousands (blocks,
claims, mentions): one INSERT, executed for every row (DB-API executemany).

`bulk_create` prepares every value through its model field, and that preparation costs about
ten times what the database then spends storing the rows (profiled with bench/ingest.py: a
third of a whole ingest). Here the values are read from the model instances as they are, in
one C call per row (operator.attrgetter); only the fields whose values the database drivers do
not take as they are (JSON, decimals, aware date-times) go through their field's
`get_db_prep_save`, as bulk_create would do. Defaults are the instances' own (set when they were
built). The objects need not be model instances: any object with the model's attribute names
will do (annotations.services.NewMention). They get no primary key back: ids_by_position reads
them for a revision's blocks and claims.
"""

from collections.abc import Iterable
from operator import attrgetter

from django.db import connections, models, router

# Values the drivers store as Python gives them: ints, floats, bools, strings, dates, None.
PREPARED_TYPES = frozenset({"JSONField", "DecimalField", "DateTimeField"})


def insert_rows(model: type[models.Model], objs: Iterable[models.Model]) -> int:
    """Inserts `objs` (unsaved instances of `model`, with an automatic primary key) in one
    executemany; returns the number of rows written."""
    objs = list(objs)
    if not objs:
        return 0
    connection = connections[router.db_for_write(model)]
    fields = [field for field in model._meta.concrete_fields if field is not model._meta.pk]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    values = attrgetter(*(field.attname for field in fields))
    rows = [list(values(obj)) for obj in objs]
    for index, field in enumerate(fields):
        if field.get_internal_type() in PREPARED_TYPES:
            _prepare_column(rows, index, field, connection)
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    return len(rows)


def _prepare_column(rows: list[list], index: int, field: models.Field, connection) -> None:
    """Prepares the values of one column as bulk_create would. Each distinct value is prepared
    once (every claim of an ingest has the same created_at, amounts repeat); JSON values are not
    hashable: each is prepared."""
    prepared = {}
    for row in rows:
        value = row[index]
        if value is None:
            continue
        if field.get_internal_type() == "JSONField":
            row[index] = field.get_db_prep_save(value, connection)
        elif value in prepared:
            row[index] = prepared[value]
        else:
            row[index] = prepared[value] = field.get_db_prep_save(value, connection)


def ids_by_position(model: type[models.Model], *, article_id: int, revision: int) -> list[int]:
    """The ids of the rows of `model` (Block, Claim: a table with article, revision and position)
    of one revision of an article, in the order of their positions.

    Plain SQL: the ORM takes about 0.5 ms to build this query, ten times what the database takes
    to answer it, and an ingest asks it twice per article (bench/ingest.py: 5 % of the writes)."""
    connection = connections[router.db_for_write(model)]
    meta, quote = model._meta, connection.ops.quote_name
    sql = "SELECT {} FROM {} WHERE {} = %s AND {} = %s ORDER BY {}".format(
        quote(meta.pk.column),
        quote(meta.db_table),
        *(quote(meta.get_field(name).column) for name in ("article", "revision", "position")),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [article_id, revision])
        return [pk for (pk,) in cursor.fetchall()]
