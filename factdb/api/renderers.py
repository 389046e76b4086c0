"""Renderers: JSON through orjson, schema.org JSON-LD, and CSV for spreadsheets."""

from __future__ import annotations

import csv
import datetime
import decimal
import io
from collections.abc import Callable, Iterable
from typing import Any

import orjson
from django.utils.encoding import force_str
from rest_framework.renderers import BaseRenderer

ORJSON_OPTIONS = orjson.OPT_UTC_Z


def _default(value: Any) -> Any:
    """What orjson cannot write itself: Decimals as numbers, lazy strings as strings."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, datetime.timedelta):
        return str(value.total_seconds())
    return force_str(value)


def dumps(data: Any) -> bytes:
    return orjson.dumps(data, default=_default, option=ORJSON_OPTIONS)


class ORJSONRenderer(BaseRenderer):
    """JSON like DRF's JSONRenderer writes it (UTC as 'Z', Decimals as numbers), several times
    faster: the list endpoints spend most of their time here."""

    media_type = "application/json"
    format = "json"
    charset = None  # JSON is UTF-8 by definition (RFC 8259); no charset parameter.

    def render(self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None):
        if data is None:
            return b""
        return dumps(data)


# JSON-LD is made to be pasted into a page's <script type="application/ld+json">: escaped as
# Django's json_script escapes, a statement holding "</script><script>…" cannot close the
# element. Only inside strings can these characters occur, where \u escapes mean the same.
HTML_SAFE = {ord("<"): b"\\u003c", ord(">"): b"\\u003e", ord("&"): b"\\u0026"}


def html_safe(json: bytes) -> bytes:
    """JSON with `<`, `>` and `&` written as \\u003c, \\u003e and \\u0026."""
    for char, escape in HTML_SAFE.items():
        json = json.replace(bytes([char]), escape)
    return json


class HTMLSafeJSONRenderer(ORJSONRenderer):
    """JSON safe to embed in HTML: what a page pastes into a script element."""

    def render(self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None):
        return html_safe(super().render(data, accepted_media_type, renderer_context))


class JSONLDRenderer(HTMLSafeJSONRenderer):
    """schema.org documents (ClaimReview) as JSON-LD, safe to embed in HTML."""

    media_type = "application/ld+json"
    format = "jsonld"


# A CSV column: its header and how to get the cell from one item of the JSON representation.
Column = tuple[str, Callable[[dict[str, Any]], Any]]
# Cells that a spreadsheet would run as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")  # 85, not 85.000000
    return value


class CSVRenderer(BaseRenderer):
    """One row per item of a list page, with the columns the view names in `csv_columns`.

    Nested values are flattened (the speaker's name, the first source's url); the pagination
    links travel in the `Link` header.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None):
        view = (renderer_context or {}).get("view")
        columns: list[Column] = list(getattr(view, "csv_columns", []))
        items: Iterable[dict[str, Any]]
        if isinstance(data, dict) and "results" in data:
            items = data["results"]
        elif isinstance(data, list):
            items = data
        else:
            items = [data]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([header for header, _ in columns])
        for item in items:
            writer.writerow([_cell(get(item)) for _, get in columns])
        return out.getvalue().encode("utf-8")
