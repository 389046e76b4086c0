"""Quotes, claims and speakers, read-only; only verified quotes and claims for the public."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.exceptions import NotAuthenticated, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api import lean
from claims.api.filters import (
    ClaimFilter,
    QuoteFilter,
    SpeakerFilter,
)
from claims.api.serializers import (
    CLAIMREVIEW_SCHEMA,
    QUANTITY_FIELDS,
    ClaimSerializer,
    QuoteSerializer,
    SpeakerSerializer,
)
from claims.models import BEST_RATING, WORST_RATING, Claim, Quote, ReviewStatus, Speaker, Verdict
from claims.roles import is_staff
from factdb.api.pagination import RankedCursorPagination
from factdb.api.renderers import (
    CSVRenderer,
    HTMLSafeJSONRenderer,
    JSONLDRenderer,
    ORJSONRenderer,
)
from factdb.api.viewsets import ReadOnlyViewSet

LIST_ERRORS = {
    400: OpenApiResponse(description="A filter, ordering, cursor or page_size is not valid."),
    401: OpenApiResponse(description="`status` other than verified needs a staff token."),
    403: OpenApiResponse(description="`status` other than verified needs a staff token."),
}


def _first_url(item: dict[str, Any]) -> str | None:
    appearances = item.get("appearances") or []
    return appearances[0]["source"]["url"] if appearances else None


def _name(speaker: dict[str, Any] | None) -> str | None:
    return speaker["name"] if speaker else None


class ReviewedItemViewSet(ReadOnlyViewSet):
    """Lists serialise lean from `.values()`; detail uses the serializer; both one shape."""

    model: ClassVar[type[Quote] | type[Claim]]
    row_fields: ClassVar[tuple[str, ...]]
    renderer_classes = [ORJSONRenderer, CSVRenderer]
    pagination_class = RankedCursorPagination
    ordering = ("-id",)

    def get_queryset(self) -> QuerySet:
        queryset = self.model.objects.all()
        if self.action == "list":
            wanted = self.request.query_params.get("status")
            if wanted in ReviewStatus.values and wanted != ReviewStatus.VERIFIED:
                self._require_staff()
                return queryset  # the filterset narrows it to the status asked for
            return queryset.verified()
        queryset = self.serializer_class.prefetch(queryset)  # type: ignore[union-attr]
        # Staff may open any item by id; everyone else finds only verified ones (404).
        if self.action == "retrieve" and is_staff(self.request.user):
            return queryset
        return queryset.verified()

    def _require_staff(self) -> None:
        user = self.request.user
        if not user or not user.is_authenticated:
            raise NotAuthenticated("Log in with a staff token to list items that are not verified.")
        if not is_staff(user):
            raise PermissionDenied("Only staff may list items that are not verified.")

    def represent(self, rows: list[dict[str, Any]], request: Request) -> list[dict[str, Any]]:
        raise NotImplementedError

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        # The sort key must be in the row for the cursor (a rank, a coalesced date).
        # (Not the search's aliases, which are not selected, nor its rank, which the score is.)
        keys = [k for k in queryset.query.annotation_select if k != "search_rank"]
        page = self.paginate_queryset(queryset.values(*self.row_fields, *keys))
        assert page is not None  # the view always paginates
        # No Last-Modified on a list: an item that leaves it (retracted) would not advance
        # the newest `updated_at` of those still in it. The ETag covers every change.
        return self.get_paginated_response(self.represent(page, request))

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        item = self.get_object()
        self.last_modified = item.updated_at
        return Response(self.get_serializer(item).data)


@extend_schema_view(
    list=extend_schema(
        summary="Verified quotes",
        description="Newest first; `q` searches the text (ranked on PostgreSQL). "
        "`?format=csv` gives a spreadsheet of the page.",
        responses={200: QuoteSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(summary="A verified quote"),
)
class QuoteViewSet(ReviewedItemViewSet):
    """Verified quotes: the words, who said them, when, and every source they appeared in."""

    model = Quote
    serializer_class = QuoteSerializer
    filterset_class = QuoteFilter
    row_fields = lean.QUOTE_FIELDS
    ordering_fields = {"id": "id", "verified_at": "verified_key", "said_on": "said_key"}
    ordering_annotations = {
        # A cursor cannot point at NULL: verified items always have reviewed_at (others, for
        # staff, may not); quotes without a said_on sort as if said at the dawn of time.
        "verified_key": Coalesce("reviewed_at", "created_at"),
        "said_key": Coalesce("said_on", Value(datetime.date.min)),
    }
    csv_columns = [
        ("id", lambda q: q["id"]),
        ("text", lambda q: q["text"]),
        ("partial", lambda q: q["partial"]),
        ("speaker", lambda q: _name(q["speaker"])),
        ("speaker_id", lambda q: q["speaker"] and q["speaker"]["id"]),
        ("speaker_description", lambda q: q["speaker_description"]),
        ("said_on", lambda q: q["said_on"]),
        ("via", lambda q: q["via"]),
        ("verified_at", lambda q: q["verified_at"]),
        ("source_url", _first_url),
        ("appearances", lambda q: len(q["appearances"])),
        ("url", lambda q: q["url"]),
    ]

    def represent(self, rows: list[dict[str, Any]], request: Request) -> list[dict[str, Any]]:
        return lean.quote_items(rows, request)


@extend_schema_view(
    list=extend_schema(
        summary="Reviewed claims",
        description="Verified claims with their verdicts, newest first; `q` searches the "
        "statement. `?format=csv` gives a spreadsheet of the page.",
        responses={200: ClaimSerializer(many=True), **LIST_ERRORS},
    ),
    retrieve=extend_schema(summary="A reviewed claim"),
)
class ClaimViewSet(ReviewedItemViewSet):
    """Reviewed claims: the statement, its claimant, its number, the verdict and the evidence."""

    model = Claim
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    row_fields = lean.CLAIM_FIELDS
    ordering_fields = {"id": "id", "reviewed_at": "reviewed_key"}
    ordering_annotations = {"reviewed_key": Coalesce("reviewed_at", "created_at")}
    csv_columns = [
        ("id", lambda c: c["id"]),
        ("statement", lambda c: c["statement"]),
        ("claimant", lambda c: _name(c["claimant"])),
        *[(field, lambda c, f=field: c["quantity"][f]) for field in QUANTITY_FIELDS],
        ("verdict", lambda c: c["verdict"]),
        ("verdict_explanation", lambda c: c["verdict_explanation"]),
        ("reviewed_at", lambda c: c["reviewed_at"]),
        ("source_url", _first_url),
        ("url", lambda c: c["url"]),
    ]

    def represent(self, rows: list[dict[str, Any]], request: Request) -> list[dict[str, Any]]:
        return lean.claim_items(rows, request)

    @extend_schema(
        summary="The claim's review as schema.org ClaimReview (JSON-LD)",
        responses={
            (200, "application/ld+json"): OpenApiResponse(CLAIMREVIEW_SCHEMA),
            (200, "application/json"): OpenApiResponse(CLAIMREVIEW_SCHEMA),
        },
        filters=False,
    )
    @action(
        detail=True,
        url_path="claimreview",
        # JSON-LD is JSON: a client that accepts only application/json gets it as that.
        renderer_classes=[JSONLDRenderer, HTMLSafeJSONRenderer],
        pagination_class=None,
        filter_backends=[],
    )
    def claimreview(self, request: Request, pk: str | None = None) -> Response:
        claim = self.get_object()
        self.last_modified = claim.updated_at
        return Response(claim_review(claim, request))


def _creative_work(appearance: Any) -> dict[str, Any]:
    source = appearance.source
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if source.url:
        work["url"] = source.url
    if source.title:
        work["headline"] = source.title
    if source.published_on:
        work["datePublished"] = source.published_on
    if source.outlet is not None:
        work["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    return work


def claim_review(claim: Claim, request: Request | HttpRequest) -> dict[str, Any]:
    """schema.org ClaimReview for a verified claim, its appearances prefetched. Its `url` is
    the claim's public fact-check page, where the review is published (pages.views)."""
    appearances = list(claim.appearances.all())  # earliest source first (APPEARANCE_ORDER)
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [_creative_work(a) for a in appearances],
    }
    claimant = claim.claimant
    first_outlet = appearances[0].source.outlet if appearances else None
    if claimant is not None:
        author: dict[str, Any] = {
            "@type": "Organization" if claimant.kind == Speaker.Kind.ORGANISATION else "Person",
            "name": claimant.name,
        }
        if claimant.wikidata_id:
            author["sameAs"] = f"https://www.wikidata.org/wiki/{claimant.wikidata_id}"
        item["author"] = author
    elif first_outlet is not None:
        # The source asserts it itself: its outlet is the author.
        item["author"] = {"@type": "Organization", "name": first_outlet.name}
    if appearances:
        item["firstAppearance"] = item["appearance"][0]
        if appearances[0].source.published_on:
            item["datePublished"] = appearances[0].source.published_on
    verdict = Verdict(claim.verdict)
    rating: dict[str, Any] = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": verdict.label,
    }
    if verdict.rating is not None:
        rating["ratingValue"] = verdict.rating
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": request.build_absolute_uri(reverse("pages:claim", args=[claim.pk, claim.slug])),
        "author": {"@type": "Organization", "name": settings.API_PUBLISHER_NAME},
        "claimReviewed": claim.statement,
        "itemReviewed": item,
        "reviewRating": rating,
    }
    if settings.API_PUBLISHER_URL:
        review["author"]["url"] = settings.API_PUBLISHER_URL
    if claim.reviewed_at:
        review["datePublished"] = claim.reviewed_at.date()
    if claim.verdict_explanation:
        review["reviewBody"] = claim.verdict_explanation
    return review


@extend_schema_view(
    list=extend_schema(summary="Speakers of verified quotes and claims"),
    retrieve=extend_schema(summary="A speaker, with aliases"),
)
class SpeakerViewSet(ReadOnlyViewSet):
    """People and organisations; the public sees those with a verified quote or claim (an
    extraction error's 'speaker' stays inside until a reviewer confirms something they said)."""

    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilter
    ordering = ("name",)
    ordering_fields = {"id": "id", "name": "name"}

    def get_queryset(self) -> QuerySet[Speaker]:
        queryset = Speaker.objects.select_related("organisation").prefetch_related("aliases")
        if is_staff(self.request.user):
            return queryset
        public = Speaker.objects.public()
        return (
            public.select_related("organisation")
            .prefetch_related("aliases")
            .annotate(organisation_is_public=Exists(public.filter(pk=OuterRef("organisation_id"))))
        )
