"""A stored search vector on quotes and claims (PostgreSQL): a generated column with a GIN index.

Search and its ranking read the stored vector instead of parsing every matching text again, and
the expression indexes of 0002 give way to the column's. SQLite keeps its contains-search and
gets nothing here. The column is not a model field (SQLite could not compute it);
`claims.models.StoredSearchVector` reads it.
"""

from django.db import migrations

SEARCH_CONFIG = "english"  # claims.models.SEARCH_CONFIG at the time of writing
TABLES = [
    ("claims_quote", "text", "quote_search_vector", "quote_text_search"),
    ("claims_claim", "statement", "claim_search_vector", "claim_statement_search"),
]


def add_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, field, index, old_index in TABLES:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('{SEARCH_CONFIG}'::regconfig, COALESCE({field}, ''))) STORED"
        )
        schema_editor.execute(f"CREATE INDEX {index} ON {table} USING gin (search_vector)")
        schema_editor.execute(f"DROP INDEX IF EXISTS {old_index}")


def remove_columns(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, field, _index, old_index in TABLES:
        schema_editor.execute(
            f"CREATE INDEX {old_index} ON {table} USING gin "
            f"(to_tsvector('{SEARCH_CONFIG}'::regconfig, COALESCE({field}, '')))"
        )
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_scale_queue_indexes")]

    operations = [migrations.RunPython(add_columns, remove_columns)]
