"""A stored search vector on sources (PostgreSQL): a generated column with a GIN index, in place
of 0006's index on the expression.

The admin's search tests the words of each source it walks in list order when a word is common
(most sources match: reading the stored vector is cheap, parsing the whole text again was not)
and reads the GIN index when it is rare. SQLite keeps its contains-search and gets nothing here.
"""

from django.db import migrations

SEARCH_CONFIG = "english"  # factdb.search.SEARCH_CONFIG at the time of writing


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE sources_source ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('{SEARCH_CONFIG}'::regconfig, title || ' ' || text)) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX source_search_vector ON sources_source USING gin (search_vector)"
    )
    schema_editor.execute("DROP INDEX IF EXISTS source_text_search")


def remove_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX source_text_search ON sources_source USING gin "
        f"(to_tsvector('{SEARCH_CONFIG}'::regconfig, title || ' ' || text))"
    )
    schema_editor.execute("ALTER TABLE sources_source DROP COLUMN search_vector")


class Migration(migrations.Migration):
    dependencies = [("sources", "0008_scale12_language_index")]

    operations = [migrations.RunPython(add_column, remove_column)]
