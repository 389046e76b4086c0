"""What the API says about speakers, quotes and claims.

These serializers render the detail endpoints and describe every shape in the OpenAPI schema.
The hot list endpoints build the same shapes from `.values()` rows (`claims.api.lean`); a test
holds each list item equal to its detail representation.
"""

from __future__ import annotations

from django.db.models import F, Prefetch, QuerySet
from rest_framework import serializers

from claims.models import Appearance, Claim, Evidence, Quote, Speaker
from sources.api.serializers import SourceBriefSerializer

# Appearances and evidence are listed in one order everywhere: earliest source first.
APPEARANCE_ORDER = (F("source__published_on").asc(nulls_last=True), "source_id", "start", "id")
EVIDENCE_ORDER = ("added_at", "id")


def appearances_prefetch() -> Prefetch:
    """One query for all appearances of a page of items, with their sources and outlets."""
    return Prefetch(
        "appearances",
        queryset=Appearance.objects.select_related("source__outlet").order_by(*APPEARANCE_ORDER),
    )


def evidence_prefetch() -> Prefetch:
    return Prefetch(
        "evidence",
        queryset=Evidence.objects.select_related("source__outlet").order_by(*EVIDENCE_ORDER),
    )


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "wikidata_id"]


class AppearanceSerializer(serializers.ModelSerializer):
    """Where an item appeared: `source.text[start:end] == wording`."""

    source = SourceBriefSerializer()  # type: ignore[assignment] # a field named "source"

    class Meta:
        model = Appearance
        fields = ["source", "wording", "start", "end"]


class QuoteSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(allow_null=True)
    appearances = AppearanceSerializer(many=True)
    verified_at = serializers.DateTimeField(
        source="reviewed_at", allow_null=True, help_text="When a reviewer verified it."
    )
    url = serializers.HyperlinkedIdentityField(view_name="quote-detail")

    class Meta:
        model = Quote
        fields = [
            "id",
            "text",
            "partial",
            "speaker",
            "speaker_description",
            "said_on",
            "via",
            "appearances",
            "status",
            "verified_at",
            "url",
        ]

    @staticmethod
    def prefetch(queryset: QuerySet[Quote]) -> QuerySet[Quote]:
        return queryset.select_related("speaker").prefetch_related(appearances_prefetch())


QUANTITY_FIELDS = (
    "value",
    "lower",
    "upper",
    "lower_inclusive",
    "upper_inclusive",
    "unit",
    "kind",
    "change",
    "difference",
    "noun",
    "qualifier",
    "vague",
    "total",
    "measure",
    "as_of",
)


class QuantitySerializer(serializers.ModelSerializer):
    """A claim's number: a point `value` and/or bounds, as DOMAIN.md defines them."""

    class Meta:
        model = Claim
        fields = list(QUANTITY_FIELDS)


class EvidenceSerializer(serializers.ModelSerializer):
    """The public side of evidence: its `summary`, never the reviewers' internal `note`."""

    source = SourceBriefSerializer()  # type: ignore[assignment] # a field named "source"

    class Meta:
        model = Evidence
        fields = ["stance", "source", "excerpt", "summary"]


class ClaimSerializer(serializers.ModelSerializer):
    claimant = SpeakerBriefSerializer(allow_null=True)
    quantity = QuantitySerializer(source="*")
    evidence = EvidenceSerializer(many=True)
    appearances = AppearanceSerializer(many=True)
    url = serializers.HyperlinkedIdentityField(view_name="claim-detail")

    class Meta:
        model = Claim
        fields = [
            "id",
            "statement",
            "claimant",
            "quantity",
            "verdict",
            "verdict_explanation",
            "evidence",
            "appearances",
            "status",
            "reviewed_at",
            "url",
        ]

    @staticmethod
    def prefetch(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        return queryset.select_related("claimant").prefetch_related(
            appearances_prefetch(), evidence_prefetch()
        )


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(  # type: ignore[var-annotated]
        many=True, read_only=True, slug_field="name"
    )
    organisation = SpeakerBriefSerializer(
        allow_null=True, help_text="Shown when the organisation is itself public."
    )
    url = serializers.HyperlinkedIdentityField(view_name="speaker-detail")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "wikidata_id", "aliases", "organisation", "url"]

    def to_representation(self, instance: Speaker) -> dict:
        data = super().to_representation(instance)
        # Annotated by the view for the public: a hidden speaker stays hidden, even as
        # another speaker's organisation.
        if getattr(instance, "organisation_is_public", True) is False:
            data["organisation"] = None
        return data


# --- schema.org ClaimReview, as JSON-LD: keys such as "@type" are no serializer field names ----

_THING = {
    "type": "object",
    "properties": {"@type": {"type": "string"}, "name": {"type": "string"}},
    "required": ["@type", "name"],
}
_CREATIVE_WORK = {
    "type": "object",
    "properties": {
        "@type": {"type": "string", "enum": ["CreativeWork"]},
        "url": {"type": "string"},
        "headline": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "publisher": _THING,
    },
    "required": ["@type"],
}
CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "description": "schema.org ClaimReview (JSON-LD), as search engines read it.",
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri"},
        "datePublished": {"type": "string", "format": "date"},
        "author": _THING,
        "claimReviewed": {"type": "string"},
        "reviewBody": {"type": "string"},
        "itemReviewed": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": {
                    "type": "object",
                    "properties": {
                        "@type": {"type": "string", "enum": ["Person", "Organization"]},
                        "name": {"type": "string"},
                        "sameAs": {"type": "string", "format": "uri"},
                    },
                    "required": ["@type", "name"],
                },
                "datePublished": {"type": "string", "format": "date"},
                "appearance": {"type": "array", "items": _CREATIVE_WORK},
                "firstAppearance": _CREATIVE_WORK,
            },
            "required": ["@type", "appearance"],
        },
        "reviewRating": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "enum": ["Rating"]},
                "ratingValue": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "1 (false) to 5 (true); absent for an unverifiable claim.",
                },
                "bestRating": {"type": "integer", "enum": [5]},
                "worstRating": {"type": "integer", "enum": [1]},
                "alternateName": {"type": "string", "description": "The verdict in words."},
            },
            "required": ["@type", "bestRating", "worstRating", "alternateName"],
        },
    },
    "required": [
        "@context",
        "@type",
        "url",
        "author",
        "claimReviewed",
        "itemReviewed",
        "reviewRating",
    ],
}
