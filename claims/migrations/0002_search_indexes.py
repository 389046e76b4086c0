"""GIN indexes for full-text search on PostgreSQL; SQLite searches without them.

Kept out of the models' Meta.indexes on purpose: SQLite cannot create a GIN index, and it
rebuilds a table's Meta indexes whenever a later migration alters that table.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

SEARCH_CONFIG = "english"  # claims.models.SEARCH_CONFIG at the time of writing
INDEXES = [("Quote", "text", "quote_text_search"), ("Claim", "statement", "claim_statement_search")]


def _indexes(apps):
    for model_name, field, name in INDEXES:
        index = GinIndex(SearchVector(field, config=SEARCH_CONFIG), name=name)
        yield apps.get_model("claims", model_name), index


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in _indexes(apps):
            schema_editor.add_index(model, index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in _indexes(apps):
            schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
