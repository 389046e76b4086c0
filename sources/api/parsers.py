"""A JSON parser for documents: bounded by the source size limit, not by Django's upload limit."""

from __future__ import annotations

from typing import Any

import orjson
from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser

from factdb.api.base import PayloadTooLarge

# JSON may spell one byte of text as six ('\u0001'); a body larger than this bound cannot hold
# an acceptable text, so reading stops there.
JSON_ESCAPE_FACTOR = 6
METADATA_BYTES = 64 * 1024


def max_body_bytes() -> int:
    return JSON_ESCAPE_FACTOR * settings.FACTDB_MAX_SOURCE_BYTES + METADATA_BYTES


class DocumentJSONParser(BaseParser):
    """JSON read straight from the request stream, at most `max_body_bytes()`.

    DRF's JSONParser reads `request.body`, which Django caps at DATA_UPLOAD_MAX_MEMORY_SIZE
    (2.5 MB) for every view; a source may have FACTDB_MAX_SOURCE_BYTES (5 MB) of text. Not a
    subclass of JSONParser on purpose: DRF reads `request.body` for those.
    """

    media_type = "application/json"

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        limit = max_body_bytes()
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise PayloadTooLarge(
                f"The request is over {limit} bytes; a text may have "
                f"{settings.FACTDB_MAX_SOURCE_BYTES} bytes."
            )
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None
