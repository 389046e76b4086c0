"""Outlets and sources, read-only for everyone; editors ingest documents with POST /sources/."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from factdb.api.base import PayloadTooLarge
from factdb.api.viewsets import ReadOnlyViewSet
from sources import jobs
from sources.api.filters import OutletFilter, SourceFilter
from sources.api.parsers import DocumentJSONParser, max_body_bytes
from sources.api.serializers import (
    IngestJobSerializer,
    IngestResultSerializer,
    OutletSerializer,
    SourceDetailSerializer,
    SourceIngestSerializer,
    SourceSerializer,
)
from sources.ingest import Document, IngestError, parse_text
from sources.jobs import METADATA_KEYS
from sources.models import IngestJob, Outlet, Source
from sources.services import IngestResult, ingest_document
from sources.web import looks_like_html, parse_html

INGEST_ERRORS = {
    400: OpenApiResponse(description="A field is missing or not valid."),
    401: OpenApiResponse(description="No token, or a token that is not valid."),
    403: OpenApiResponse(description="The user may not add sources."),
    413: OpenApiResponse(
        description="The text is over FACTDB_MAX_SOURCE_BYTES, or over "
        "FACTDB_API_INLINE_MAX_BYTES (ingest it with `manage.py ingest`)."
    ),
}


@dataclass(frozen=True)
class PostedDocument:
    document: Document
    size: int
    outlet: Outlet | None
    overrides: dict[str, Any]


class MayIngest(BasePermission):
    """Reading is open; ingesting takes the Editors' permission to add sources."""

    message = "Ingesting a source takes the permission to add sources (the Editors group)."

    def has_permission(self, request: Any, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("sources.add_source"))


@extend_schema_view(
    list=extend_schema(summary="Outlets: newspapers, broadcasters, agencies"),
    retrieve=extend_schema(summary="An outlet"),
)
class OutletViewSet(ReadOnlyViewSet):
    queryset = Outlet.objects.all()
    serializer_class = OutletSerializer
    filterset_class = OutletFilter
    ordering = ("name",)
    ordering_fields = {"id": "id", "name": "name"}


@extend_schema_view(
    list=extend_schema(summary="Sources: the documents quotes and claims appear in"),
    retrieve=extend_schema(summary="A source, with its full text"),
)
class SourceViewSet(ReadOnlyViewSet):
    parser_classes = [DocumentJSONParser]
    permission_classes = [MayIngest]
    filterset_class = SourceFilter
    ordering = ("-id",)
    ordering_fields = {"id": "id", "published_on": "published_key"}
    ordering_annotations = {"published_key": Coalesce("published_on", Value(datetime.date.min))}

    def get_queryset(self) -> QuerySet[Source]:
        queryset = Source.objects.select_related("outlet")
        if self.action == "list":
            return queryset.defer("text")  # up to 5 MB a row; the list does not show it
        return queryset

    def get_serializer_class(self) -> Any:
        if self.action == "retrieve":
            return SourceDetailSerializer
        if self.action == "create":
            return SourceIngestSerializer
        return SourceSerializer

    @extend_schema(
        summary="Ingest a document (Editors)",
        description="Stores the text as a source unless the same text is already stored. 201 "
        "when stored, 200 with the existing source when the text was already ingested. A text "
        "over FACTDB_API_INLINE_MAX_BYTES is queued for the background workers: 202 with the "
        "job, to follow at its Location (413 when no workers are configured).",
        request=SourceIngestSerializer,
        responses={
            **INGEST_ERRORS,
            201: IngestResultSerializer,
            200: IngestResultSerializer,
            202: IngestJobSerializer,
        },
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        posted = self.posted_document(request)
        if posted.size > settings.FACTDB_API_INLINE_MAX_BYTES:
            return self.queue(request, posted)
        try:
            result = ingest_document(
                posted.document, outlet=posted.outlet, overrides=posted.overrides, by=request.user
            )
        except DjangoValidationError as exc:
            errors = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
            raise ValidationError(errors) from None
        location = request.build_absolute_uri(reverse("source-detail", args=[result.source.pk]))
        return Response(
            self.ingest_body(result),
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
            headers={"Location": location},
        )

    def posted_document(self, request: Request) -> PostedDocument:
        """The posted document, validated; 400 or 413 naming what is wrong."""
        limit = settings.FACTDB_MAX_SOURCE_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > max_body_bytes():  # refused unread
            raise PayloadTooLarge(f"The request is {length} bytes; a text may have {limit} bytes.")
        serializer = SourceIngestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        size = len(data["text"].encode("utf-8"))
        if size > limit:
            raise PayloadTooLarge(
                f"The text is {size} bytes; the limit is {limit} bytes (FACTDB_MAX_SOURCE_BYTES)."
            )
        try:
            if looks_like_html(data["text"]):  # a page's HTML: its article, as ingest reads it
                document = parse_html(data["text"], origin="api", url=data.get("url") or "")
            else:
                document = parse_text(data["text"], origin="api")
        except IngestError as exc:
            raise ValidationError({"text": [exc.reason]}) from None
        return PostedDocument(
            document=document,
            size=size,
            outlet=self._outlet(request, data.get("outlet", "")),
            overrides={key: data.get(key) for key in METADATA_KEYS},
        )

    def queue(self, request: Request, posted: PostedDocument) -> Response:
        """A text too long to ingest while the client waits: 202 and a job to follow, or, with
        no workers to take it (FACTDB_TASKS=inline), 413 pointing at the command."""
        inline = settings.FACTDB_API_INLINE_MAX_BYTES
        if not jobs.queued():
            # Ingest time grows with the text; a long one would outlast the web server's
            # worker timeout.
            raise PayloadTooLarge(
                f"The text is {posted.size} bytes; the API ingests up to {inline} bytes while "
                "you wait (FACTDB_API_INLINE_MAX_BYTES), and no background workers are "
                "configured (FACTDB_TASKS=inline). Ingest it with the command instead: save it "
                "as a UTF-8 .txt file and run `manage.py ingest FILE`."
            )
        job = jobs.submit(
            posted.document, outlet=posted.outlet, overrides=posted.overrides, by=request.user
        )
        location = request.build_absolute_uri(reverse("ingestjob-detail", args=[job.pk]))
        body = IngestJobSerializer(job, context=self.get_serializer_context()).data
        body["detail"] = (
            f"The text is {posted.size} bytes, over the {inline} ingested while you wait: queued "
            f"as job {job.pk}. Follow it at {location}."
        )
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})

    def ingest_body(self, result: IngestResult) -> dict[str, Any]:
        source = result.source
        if result.created:
            detail = f"Ingested as source {source.pk}."
        else:
            detail = f"Already ingested as source {source.pk}; nothing was changed."
        return {
            "created": result.created,
            "detail": detail,
            "source": SourceSerializer(source, context=self.get_serializer_context()).data,
            "counts": result.counts,
            "warnings": result.warnings,
        }

    @staticmethod
    def _outlet(request: Request, name: str) -> Outlet | None:
        name = " ".join(name.split())
        if not name:
            return None
        outlet = Outlet.objects.filter(name__iexact=name).first()
        if outlet is not None:
            return outlet
        if not request.user.has_perm("sources.add_outlet"):
            raise ValidationError(
                {"outlet": [f"No outlet is called {name!r}, and you may not add outlets."]}
            )
        # get_or_create: a savepoint and a second look if a concurrent request added it first.
        outlet, _ = Outlet.objects.get_or_create(name=name)
        return outlet


class MayFollowJob(BasePermission):
    """A job is seen by whoever asked for it, and by staff."""

    message = "Only the user who posted the document, or staff, may follow its ingest job."

    def has_permission(self, request: Any, view: Any) -> bool:
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request: Any, view: Any, obj: IngestJob) -> bool:
        return request.user.is_staff or obj.requested_by_id == request.user.pk


@extend_schema_view(
    list=extend_schema(summary="Your ingest jobs: documents queued for the background workers"),
    retrieve=extend_schema(
        summary="An ingest job: queued, running, done (with its source) or failed"
    ),
)
class IngestJobViewSet(ReadOnlyViewSet):
    serializer_class = IngestJobSerializer
    permission_classes = [MayFollowJob]
    ordering = ("-id",)
    ordering_fields = {"id": "id"}

    def get_queryset(self) -> QuerySet[IngestJob]:
        jobs = IngestJob.objects.defer("text").select_related("source")
        user = self.request.user
        return jobs if user.is_staff else jobs.filter(requested_by=user.pk)
