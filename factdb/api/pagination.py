"""Cursor pagination: stable while rows are added, `page_size` capped, bad input a 400."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response


class StableCursorPagination(CursorPagination):
    """Keyset pagination on the view's ordering, which always ends in `id` (see
    `StrictOrderingFilter`), so a page boundary never moves when rows are added before it.

    The ordering's first key must not be NULL: views order nullable fields by a coalesced
    annotation instead.
    """

    ordering = "-id"
    page_size_query_param = "page_size"
    page_size_query_description = "Items per page, 1 or more; capped at API_MAX_PAGE_SIZE."
    cursor_query_description = "Where the page starts: copy it from a `next` or `previous` link."

    def __init__(self) -> None:
        self.page_size = settings.API_PAGE_SIZE
        self.max_page_size = settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request: Any) -> int:
        default: int = settings.API_PAGE_SIZE
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return default
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError({self.page_size_query_param: ["Give a whole number, 1 or more."]})
        return min(size, settings.API_MAX_PAGE_SIZE)

    def decode_cursor(self, request: Any) -> Any:
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError({self.cursor_query_param: ["Invalid cursor."]}) from None

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        # A cursor is opaque but not signed: a hand-made one can carry a position that is no
        # value of the ordering field ('abc' for a date). The database refuses it; say 400.
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, TypeError, OverflowError):
            raise ValidationError(
                {self.cursor_query_param: ["Invalid cursor for this ordering."]}
            ) from None

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", response.data["next"]), ("prev", response.data["previous"]))
            if url
        ]
        if links:
            response["Link"] = ", ".join(links)
        return response


class RankedCursorPagination(StableCursorPagination):
    """For lists a ranked search can sort (`ranked_head`, e.g. ReviewQuerySet's): a forward page
    in rank order reads the matches up to it, not every match of a common word."""

    rank_key = "-search_score"

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        head = getattr(queryset, "ranked_head", None)
        if head is not None and self.get_ordering(request, queryset, view)[:1] == (self.rank_key,):
            cursor = self.decode_cursor(request)
            if cursor is None or not cursor.reverse:
                offset = cursor.offset if cursor else 0
                try:
                    below = (
                        None
                        if cursor is None or cursor.position is None
                        else float(cursor.position)
                    )
                except ValueError:
                    below = None  # not a rank: the cursor is refused below, with a 400
                else:
                    queryset = head(offset + self.get_page_size(request) + 1, below=below)
        return super().paginate_queryset(queryset, request, view)
