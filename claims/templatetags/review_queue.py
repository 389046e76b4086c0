"""The admin index's link to the review queue, with how many quotes and claims await review."""

from __future__ import annotations

from typing import Any

from django import template

from claims.models import Claim, Quote
from factdb.adminlists import capped_count

register = template.Library()


@register.simple_tag(takes_context=True)
def awaiting_review(context: dict[str, Any]) -> dict[str, int] | None:
    """Quotes and claims awaiting review, each counted no further than the admin's cap ("10,000+")
    from the queue's index (two queries); None for a user who may not see them."""
    user = context["request"].user
    if not (user.has_perm("claims.view_quote") and user.has_perm("claims.view_claim")):
        return None
    return {
        "quotes": capped_count(Quote.objects.awaiting_review()),
        "claims": capped_count(Claim.objects.awaiting_review()),
    }
