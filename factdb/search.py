"""The stored full-text search vectors of quotes, claims and sources (PostgreSQL)."""

from __future__ import annotations

from typing import Any

from django.contrib.postgres.search import SearchVectorField
from django.db import models

# Text search configuration of the stored vectors and their queries.
SEARCH_CONFIG = "english"


class StoredSearchVector(models.Expression):
    """The `search_vector` column PostgreSQL keeps beside a table's words: a generated column
    with a GIN index (claims migration 0011, sources migration 0009). Not a model field, as
    SQLite could not compute it; this reads it."""

    output_field = SearchVectorField()

    def as_sql(self, compiler: Any, connection: Any) -> Any:
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.search_vector", []  # a list: the search lookups add lists to it
