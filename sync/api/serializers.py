"""The shapes of the changes feed, for the OpenAPI schema (the view builds plain dicts)."""

from __future__ import annotations

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from claims.api.serializers import ClaimSerializer, QuoteSerializer
from claims.models import ReviewStatus
from sync.models import Action, ItemType


@extend_schema_field(
    PolymorphicProxySerializer(
        component_name="ChangedItem",
        serializers=[QuoteSerializer, ClaimSerializer],
        resource_type_field_name=None,
    )
)
class ChangedItemField(serializers.DictField):
    """A quote or a claim, as GET /api/v1/quotes/{id}/ or /api/v1/claims/{id}/ shows it now."""


class ChangeSerializer(serializers.Serializer):
    cursor = serializers.CharField(help_text="This change's position: `since` resumes after it.")
    type = serializers.ChoiceField(choices=ItemType.choices)
    id = serializers.IntegerField(help_text="The quote's or claim's id.")
    action = serializers.ChoiceField(
        choices=Action.choices,
        help_text="published: it became public; updated: it changed while public (both: store "
        "`item`); withdrawn: it left the public API (delete your copy).",
    )
    at = serializers.DateTimeField(help_text="When the change was committed.")
    item = ChangedItemField(required=False, help_text="Published and updated only.")
    status = serializers.ChoiceField(
        choices=ReviewStatus.choices,
        required=False,
        help_text="Withdrawn only: the review status it left the public for (retracted, …).",
    )
    reason = serializers.CharField(required=False, help_text="Withdrawn only: why.")


class ChangesPageSerializer(serializers.Serializer):
    results = ChangeSerializer(many=True)
    next = serializers.CharField(help_text="Pass as `since` for the changes after these.")
    more = serializers.BooleanField(help_text="More changes wait: ask again at once.")


class ResyncSerializer(serializers.Serializer):
    detail = serializers.CharField()
    resync = serializers.ListField(child=serializers.CharField(), help_text="What to re-read.")
    oldest = serializers.CharField(help_text="The oldest cursor still served.")
