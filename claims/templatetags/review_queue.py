"""The admin index's link to the review queue, with how many quotes and claims await review."""

from __future__ import annotations

from typing import Any

from django import template

from claims.models import Claim, Quote

register = template.Library()


@register.simple_tag(takes_context=True)
def awaiting_review(context: dict[str, Any]) -> dict[str, int] | None:
    """Quotes and claims awaiting review (two queries); None for a user who may not see them."""
    user = context["request"].user
    if not (user.has_perm("claims.view_quote") and user.has_perm("claims.view_claim")):
        return None
    return {
        "quotes": Quote.objects.awaiting_review().count(),
        "claims": Claim.objects.awaiting_review().count(),
    }
