"""The article page's four reads as SQL written once (claims/reader.py gives their rows meaning).

Django builds and compiles a queryset's SQL at each evaluation. For the reader's article page
that cost more than running the queries: on the demo article, its four reads took 4.1 ms
through the ORM and 1.4 ms as the same SQL through the cursor (the article with its versions
0.94 against 0.11, its text 1.53 against 0.54), so a first view spent a fifth of its time
writing SQL it wrote the time before. Here each statement is text, run through Django's
connection (https://docs.djangoproject.com/en/5.2/topics/db/sql/#executing-custom-sql-directly),
in the SQL that SQLite and PostgreSQL both read; tests/claims/test_reader_sql.py holds each one
to the queryset it replaces, on both databases (CI runs the suite on each).

Values come back as the database driver gives them, with the conversions the ORM would make
done here: SQLite keeps date-times without their zone (Django stores them in UTC) and amounts as
numbers (read as text into Decimal, as PostgreSQL gives them).
"""

from datetime import UTC, datetime
from decimal import Decimal

from django.db import connection

from annotations.models import MentionLabel
from claims.models import Article, Verdict
from matching.models import ClaimMatch

# Every column of the article, in the order Article.from_db reads them.
ARTICLE_COLUMNS = [field.attname for field in Article._meta.concrete_fields]
_ARTICLE_SELECT = ", ".join(f'a."{field.column}"' for field in Article._meta.concrete_fields)

# The article by its slug, with the sum of its reviews' ids, its newest mention and whether a
# reviewed claim of it has a suggested match (reader.article_for_page says why each).
ARTICLE = f"""
SELECT {_ARTICLE_SELECT},
  COALESCE((SELECT SUM(r."id") FROM "claims_review" r INNER JOIN "claims_claim" c ON r."claim_id" = c."id"
            WHERE c."article_id" = a."id" GROUP BY c."article_id"), 0),
  COALESCE((SELECT m."id" FROM "annotations_mention" m WHERE m."article_id" = a."id" ORDER BY m."id" DESC LIMIT 1), 0),
  EXISTS(SELECT 1 FROM "matching_claimmatch" cm INNER JOIN "claims_claim" c ON cm."claim_id" = c."id"
         WHERE cm."state" = %(suggested)s AND c."verdict" <> %(unverified)s AND c."article_id" = a."id")
FROM "claims_article" a
WHERE a."slug" = %(slug)s AND (%(drafts)s OR a."status" = %(published)s)
"""

# The entity mentions of one revision grouped by label and entity, with the entity's name.
MENTION_GROUPS = """
SELECT m."label", m."entity_id", MAX(e."name"), COUNT(m."id"), SUM(m."id")
FROM "annotations_mention" m INNER JOIN "annotations_entity" e ON m."entity_id" = e."id"
WHERE m."article_id" = %(article)s AND m."revision" = %(revision)s
GROUP BY m."label", m."entity_id"
"""

# The blocks of one revision with their claims, the claims' reviews and the reviews' sources:
# a row per source (and one for a block without claims, a claim without reviews...).
ARTICLE_TEXT = """
SELECT b."id", b."kind", b."start", b."end",
  c."id", c."start", c."end", c."verdict", c."version", c."text",
  r."id", r."claim_version", r."rationale", r."created_at",
  s."id", s."url", s."title", s."publisher", s."published_on", s."excerpt"
FROM "claims_block" b
LEFT OUTER JOIN "claims_claim" c ON c."block_id" = b."id"
LEFT OUTER JOIN "claims_review" r ON r."claim_id" = c."id"
LEFT OUTER JOIN "claims_source" s ON s."review_id" = r."id"
WHERE b."article_id" = %(article)s AND b."revision" = %(revision)s
ORDER BY b."start", c."start", r."id", s."id"
"""

# The mentions of one revision (reader.MentionRow's fields, in its order), the amounts as text.
MENTIONS = """
SELECT "start", "end", "label", "entity_id", "value", CAST("amount_min" AS TEXT), CAST("amount_max" AS TEXT),
  "currency", "unit", "id", "claim_id", "precision", "date_earliest"
FROM "annotations_mention"
WHERE "article_id" = %(article)s AND "revision" = %(revision)s{spans}
ORDER BY "start", "end" DESC, "id"
"""
# Where only some blocks are read again: the mentions inside them, and the timeline's dates.
_TIMELINE_DATE = f'("label" = \'{MentionLabel.DATE.value}\' AND "claim_id" IS NOT NULL AND "date_earliest" IS NOT NULL)'
_INSIDE = '("start" >= %s AND "end" <= %s)'
# Past this many blocks the revision's mentions are read whole: as fast, and an OR of a thousand
# terms would pass SQLite's limit on an expression's depth (1,000).
MOST_SPANS = 200


def rows(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def article(slug: str, *, drafts: bool) -> Article | None:
    """The article with this slug (a draft only with `drafts`), with review_ids_sum,
    latest_mention and has_matches; None when there is none."""
    params = {
        "slug": slug,
        "drafts": drafts,
        "published": "published",
        "suggested": ClaimMatch.State.SUGGESTED.value,
        "unverified": Verdict.UNVERIFIED.value,
    }
    found = rows(ARTICLE, params)
    if not found:
        return None
    *values, review_ids_sum, latest_mention, has_matches = found[0]
    values = [aware(value) if isinstance(value, datetime) else value for value in values]
    shown = Article.from_db(connection.alias, ARTICLE_COLUMNS, values)
    shown.review_ids_sum, shown.latest_mention, shown.has_matches = review_ids_sum, latest_mention, bool(has_matches)
    return shown


def mentions(article_id: int, revision: int, spans: list[tuple[int, int]] | None) -> list[tuple]:
    """The mention rows of a revision (MENTIONS), those in `spans` and the timeline's dates when
    `spans` is given (all of them past MOST_SPANS spans), their amounts as Decimal."""
    params = {"article": article_id, "revision": revision}
    where = ""
    if spans is not None and len(spans) <= MOST_SPANS:
        # Positional placeholders inside named ones do not mix: the spans' bounds are numbers
        # Saga computed, written in as such.
        inside = [_INSIDE % (int(start), int(end)) for start, end in spans]
        where = f" AND ({' OR '.join([_TIMELINE_DATE, *inside])})"
    return [(*row[:5], amount(row[5]), amount(row[6]), *row[7:]) for row in rows(MENTIONS.format(spans=where), params)]


def aware(value: datetime) -> datetime:
    """A date-time as the ORM returns it: SQLite's, stored in UTC without its zone, gets it."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def amount(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)
