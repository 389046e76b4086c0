"""GET /api/v1/changes/: what entered, changed in or left the public API, in commit order."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from factdb.api.base import APIViewMixin
from factdb.api.renderers import ORJSONRenderer
from factdb.ids import parse_id
from sync import changes
from sync.api.serializers import ChangesPageSerializer, ResyncSerializer

GONE = 410


class ChangesView(APIViewMixin, APIView):
    """Each quote and claim that became public, changed while public, or left the public API
    (retracted, rejected, merged, reopened) after the cursor `since`, oldest first, once each
    with its latest change. Start without `since`; keep the `next` you are given."""

    renderer_classes = [ORJSONRenderer]

    @extend_schema(
        summary="Changes since a cursor",
        operation_id="changes_list",
        parameters=[
            OpenApiParameter(
                "since",
                OpenApiTypes.STR,
                description="The `next` of your last pull. `latest`: no changes, only the "
                "newest cursor (take it before a full read of the lists). Left out: from the "
                "first change (410 once changes have been pruned).",
            ),
            OpenApiParameter(
                "page_size",
                OpenApiTypes.INT,
                description="Changes per page, 1 or more; capped at API_MAX_PAGE_SIZE.",
            ),
        ],
        responses={
            200: ChangesPageSerializer,
            400: OpenApiResponse(description="`since` or `page_size` is not valid."),
            410: OpenApiResponse(
                ResyncSerializer,
                description="The cursor is older than the changes kept (CHANGES_RETENTION_DAYS): "
                "re-read /api/v1/quotes/ and /api/v1/claims/ in full, then pull from the `next` "
                "of ?since=latest taken before.",
            ),
        },
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        state = changes.state()
        if request.query_params.get("since") == "latest":
            return Response({"results": [], "next": str(state.last_seq), "more": False})
        since = self._since(request)
        if since < state.pruned_through:
            return Response(
                {
                    "detail": f"since={since} is older than the changes kept (they are kept "
                    f"{settings.CHANGES_RETENTION_DAYS} days): changes after it were pruned. Do a "
                    "full re-sync: read every page of /api/v1/quotes/ and /api/v1/claims/, "
                    "replace your copy with them, then pull /api/v1/changes/ from the cursor that "
                    "/api/v1/changes/?since=latest gave you just before you began.",
                    "resync": ["/api/v1/quotes/", "/api/v1/claims/"],
                    "oldest": str(state.pruned_through),
                },
                status=GONE,
            )
        if since > state.last_seq:
            raise ValidationError(
                {
                    "since": [
                        f"{since} is ahead of the newest change ({state.last_seq}): this server "
                        "never gave that cursor. Pull without `since` to start again."
                    ]
                }
            )
        page = changes.read(since, self._page_size(request), request)
        return Response({"results": page.entries, "next": str(page.next), "more": page.more})

    @staticmethod
    def _since(request: Request) -> int:
        raw = request.query_params.get("since")
        if raw is None:
            return 0
        since = parse_id(raw)
        if since is None:
            raise ValidationError(
                {"since": [f"{raw[:40]!r} is not a cursor: pass the `next` of your last pull."]}
            )
        return since

    @staticmethod
    def _page_size(request: Request) -> int:
        raw = request.query_params.get("page_size")
        if raw is None:
            return int(settings.API_PAGE_SIZE)
        size = parse_id(raw)
        if not size:
            raise ValidationError({"page_size": ["Give a whole number, 1 or more."]})
        return min(size, int(settings.API_MAX_PAGE_SIZE))
