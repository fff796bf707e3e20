"""bench/scale.py's data: a million claims with their mentions, reviews and sources, generated with
set-based SQL in PostgreSQL (see bench/scale.py's docstring, step 2)."""

import time

BIG_ARTICLE_CLAIMS = 2_000
CLAIMS_PER_ARTICLE = 1_000
CLAIMS_PER_BLOCK = 10
ENTITIES = 5_000


# Each step is one set-based statement; %(name)s are bound parameters.
GENERATE = [
    (
        "entities",
        """
        INSERT INTO annotations_entity (name, kind, wikidata_id, created_at)
        SELECT 'Entité ' || g, (ARRAY['PER', 'ORG', 'LOC', 'MISC'])[1 + g %% 4], '', now()
        FROM generate_series(1, %(entities)s) AS g
    """,
    ),
    (
        "plan",
        """
        CREATE TEMP TABLE plan AS
        WITH drawn AS (
            SELECT g AS n,
                   CASE WHEN g <= %(big)s THEN 1 ELSE 2 + (g - %(big)s - 1) / %(per_article)s END AS article_no,
                   CASE WHEN g <= %(big)s THEN g - 1 ELSE (g - %(big)s - 1) %% %(per_article)s END AS position,
                   1 + floor(power(random(), 3) * %(entities)s)::int AS entity_id,
                   2000 + floor(random() * 25)::int AS year,
                   random() AS roll,
                   round(random()::numeric, 3)::float AS checkworthiness
            FROM generate_series(1, %(claims)s) AS g
        )
        SELECT d.*, e.name AS entity_name, e.kind AS entity_kind,
               format('Selon le rapport %%s, %%s a annoncé en %%s une hausse de %%s %%%% des ventes du groupe.',
                      d.n, e.name, d.year, d.n %% 97) AS text,
               CASE WHEN d.roll < 0.7 THEN 'unverified' WHEN d.roll < 0.9 THEN 'sourced' ELSE 'disputed' END AS verdict
        FROM drawn d JOIN annotations_entity e ON e.id = d.entity_id
    """,
    ),
    (
        "offsets",
        """
        CREATE TEMP TABLE spans AS
        SELECT p.*,
               sum(length(p.text) + 1) OVER (PARTITION BY p.article_no ORDER BY p.position) - length(p.text) - 1
                   AS start
        FROM plan p
    """,
    ),
    (
        "articles",
        """
        INSERT INTO claims_article (slug, title, language, source_url, publisher, author, published_on, body,
                                    body_format, body_sha256, revision, status, created_at, updated_at)
        SELECT 'bench-' || article_no, 'Article de mesure ' || article_no, 'fr', '', 'Saga bench', '',
               date '2020-01-01' + article_no %% 1500, body, 'text',
               encode(sha256(convert_to(body, 'UTF8')), 'hex'), 1, 'published',
               now() - make_interval(hours => article_no), now()
        FROM (SELECT article_no, string_agg(text, ' ' ORDER BY position) AS body FROM spans GROUP BY article_no) a
    """,
    ),
    (
        "article map",
        """
        CREATE TEMP TABLE article_ids AS
        SELECT id, substr(slug, 7)::int AS article_no, body, body_sha256 FROM claims_article WHERE slug LIKE 'bench-%%'
    """,
    ),
    (
        "revisions",
        """
        INSERT INTO claims_articlerevision (article_id, number, body, body_sha256, created_at)
        SELECT id, 1, body, body_sha256, now() FROM article_ids
    """,
    ),
    (
        "blocks",
        """
        INSERT INTO claims_block (article_id, revision, position, kind, start, "end")
        SELECT a.id, 1, s.position / %(per_block)s, 'paragraph', min(s.start), max(s.start + length(s.text))
        FROM spans s JOIN article_ids a USING (article_no)
        GROUP BY a.id, s.position / %(per_block)s
    """,
    ),
    (
        "claims",
        """
        INSERT INTO claims_claim (article_id, block_id, revision, position, start, "end", text, checkworthiness,
                                  verdict, version, needs_rereview, created_at, updated_at, facets)
        SELECT a.id, b.id, 1, s.position, s.start, s.start + length(s.text), s.text, s.checkworthiness,
               s.verdict, CASE WHEN s.verdict = 'unverified' THEN 1 ELSE 2 END, false,
               now() - make_interval(mins => s.n %% 100000), now() - make_interval(mins => s.n %% 50000),
               '{"entities": [], "years": [], "year_entities": {}}'
        FROM spans s
        JOIN article_ids a USING (article_no)
        JOIN claims_block b ON b.article_id = a.id AND b.revision = 1 AND b.position = s.position / %(per_block)s
    """,
    ),
    (
        "mentions",
        """
        INSERT INTO annotations_mention (article_id, revision, claim_id, label, start, "end", text, entity_id,
                                         value, precision, date_earliest, date_latest, currency, unit)
        SELECT c.article_id, 1, c.id, m.label, c.start + m.at, c.start + m.at + length(m.text), m.text, m.entity_id,
               m.value, m.precision, m.earliest, m.latest, '', ''
        FROM claims_claim c
        JOIN article_ids a ON a.id = c.article_id
        JOIN spans s ON s.article_no = a.article_no AND s.position = c.position
        CROSS JOIN LATERAL (VALUES
            (s.entity_kind, strpos(c.text, s.entity_name) - 1, s.entity_name, s.entity_id::bigint, '', '',
             NULL::date, NULL::date),
            ('DATE', strpos(c.text, ' en ' || s.year) + 3, s.year::text, NULL::bigint, s.year::text, 'year',
             make_date(s.year, 1, 1), make_date(s.year, 12, 31))
        ) AS m(label, at, text, entity_id, value, precision, earliest, latest)
    """,
    ),
    (
        # Claim.facets as claims.services.annotate.claim_facets derives them: the entities in the order
        # of their first mention (the longer of two mentions starting together first), every year
        # a date mention covers, ascending, and each year with the entities. Claims without
        # mentions keep the empty lists.
        "facets",
        """
        WITH named AS (
            SELECT claim_id, entity_id, min(ARRAY[start, -"end"]) AS first_mention
            FROM annotations_mention WHERE claim_id IS NOT NULL AND entity_id IS NOT NULL
            GROUP BY claim_id, entity_id
        ), entities AS (
            SELECT claim_id, jsonb_agg(entity_id ORDER BY first_mention) AS ids FROM named GROUP BY claim_id
        ), years AS (
            SELECT claim_id, jsonb_agg(DISTINCT year ORDER BY year) AS years
            FROM annotations_mention,
                 generate_series(extract(year FROM date_earliest)::int, extract(year FROM date_latest)::int) AS year
            WHERE claim_id IS NOT NULL AND date_earliest IS NOT NULL
            GROUP BY claim_id
        )
        UPDATE claims_claim c
        SET facets = jsonb_build_object(
            'entities', f.ids, 'years', f.years,
            'year_entities', coalesce((SELECT jsonb_object_agg(year, f.ids) FROM jsonb_array_elements_text(f.years) year), '{}')
        )
        FROM (SELECT claim_id, coalesce(e.ids, '[]') AS ids, coalesce(y.years, '[]') AS years
              FROM entities e FULL JOIN years y USING (claim_id)) f
        WHERE c.id = f.claim_id
    """,
    ),
    (
        "reviews",
        """
        INSERT INTO claims_review (claim_id, verdict, rationale, reviewer_id, claim_version, created_at)
        SELECT id, verdict, 'Vérifié auprès du rapport annuel du groupe.', %(reviewer)s, 2, updated_at
        FROM claims_claim WHERE verdict <> 'unverified'
    """,
    ),
    (
        "sources",
        """
        INSERT INTO claims_source (review_id, url, title, publisher, excerpt)
        SELECT id, 'https://example.org/rapport/' || claim_id, 'Rapport annuel', 'Exemple', ''
        FROM claims_review
    """,
    ),
]


def generate(claims: int) -> dict[str, float]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection, transaction

    reviewer = get_user_model().objects.create_user("bench-editor", password="bench-editor-pw", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Editors"))
    params = {
        "claims": claims,
        "big": BIG_ARTICLE_CLAIMS,
        "per_article": CLAIMS_PER_ARTICLE,
        "per_block": CLAIMS_PER_BLOCK,
        "entities": ENTITIES,
        "reviewer": reviewer.pk,
    }
    timings = {}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.42)")
        for step, statement in GENERATE:
            started = time.perf_counter()
            cursor.execute(statement, params)
            timings[step] = time.perf_counter() - started
            print(f"  {step:<16} {timings[step]:6.1f} s", flush=True)
        started = time.perf_counter()
        check_facets()
        timings["facets check"] = time.perf_counter() - started
        print(f"  {'facets check':<16} {timings['facets check']:6.1f} s", flush=True)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    timings["vacuum analyze"] = time.perf_counter() - started
    return timings


def check_facets() -> None:
    """The facets generated in SQL, checked on the article whose reader page is timed against
    those the services derive (claims.services.write_claim_marks)."""
    from claims.models import Claim
    from claims.services import write_claim_marks

    claims = list(Claim.objects.filter(article__slug="bench-1").order_by("position"))
    generated = [claim.facets for claim in claims]
    write_claim_marks(claims=claims)
    if [claim.facets for claim in claims] != generated:
        raise SystemExit("The facets generated in SQL differ from those claims.services.write_claim_marks derives.")
