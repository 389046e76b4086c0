"""POST /api/v1/sources/ with the candidates: the sources endpoint, extended by the claims app
with the quotes and claims extracted from the ingested document (claims may use sources, never
the reverse, so the extension lives here)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema

from claims.api.serializers import ClaimSerializer, QuoteSerializer
from claims.models import Claim, Quote
from sources.api import views as source_views
from sources.api.serializers import IngestResultSerializer
from sources.services import IngestResult


class IngestCandidatesSerializer(IngestResultSerializer):
    """The source, and the candidates extracted from it for review."""

    quotes = QuoteSerializer(many=True, help_text="Quotes appearing in this source, any status.")
    claims = ClaimSerializer(many=True, help_text="Claims appearing in this source, any status.")


class SourceViewSet(source_views.SourceViewSet):
    @extend_schema(
        summary="Ingest a document (Editors)",
        description="Stores the text as a source unless the same text is already stored, and "
        "returns the quotes and claims extracted from it for review. 201 when stored, 200 with "
        "the existing source when the text was already ingested.",
        request=source_views.SourceIngestSerializer,
        responses={
            **source_views.INGEST_ERRORS,
            201: IngestCandidatesSerializer,
            200: IngestCandidatesSerializer,
        },
    )
    def create(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        return super().create(request, *args, **kwargs)

    def ingest_body(self, result: IngestResult) -> dict[str, Any]:
        context = self.get_serializer_context()
        source = result.source
        return {
            **super().ingest_body(result),
            "quotes": QuoteSerializer(
                QuoteSerializer.prefetch(Quote.objects.appearing_in(source)),
                many=True,
                context=context,
            ).data,
            "claims": ClaimSerializer(
                ClaimSerializer.prefetch(Claim.objects.appearing_in(source)),
                many=True,
                context=context,
            ).data,
        }
