"""An Atom feed of the newest verified claims and quotes, newest verification first."""

from __future__ import annotations

import datetime
from heapq import merge
from itertools import islice

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from claims.models import Claim, Quote

FEED_ITEMS = 50


class NewlyVerifiedFeed(Feed):
    feed_type = Atom1Feed
    link = reverse_lazy("pages:claims")
    subtitle = "Claims and quotes as reviewers verify them: verdicts, with the evidence."

    def title(self) -> str:
        return f"{settings.API_PUBLISHER_NAME}: newly verified"

    def items(self) -> list[Claim | Quote]:
        """The FEED_ITEMS most recently verified claims and quotes: two indexed queries."""
        newest = (F("reviewed_at").desc(nulls_last=True), "-id")
        claims = Claim.objects.verified().select_related("claimant").order_by(*newest)
        quotes = Quote.objects.verified().select_related("speaker").order_by(*newest)
        both = merge(claims[:FEED_ITEMS], quotes[:FEED_ITEMS], key=self.item_pubdate, reverse=True)
        return list(islice(both, FEED_ITEMS))

    def item_title(self, item: Claim | Quote) -> str:
        if isinstance(item, Claim):
            return f"{item.get_verdict_display()}: {item.statement}"
        return f"{item.speaker}: “{item.text}”"

    def item_description(self, item: Claim | Quote) -> str:
        # Feed readers show the summary as HTML: the words are text, escaped.
        if isinstance(item, Claim):
            return escape(item.verdict_explanation or f"Verdict: {item.get_verdict_display()}.")
        return escape(f"Verified quote of {item.speaker}.")

    def item_link(self, item: Claim | Quote) -> str:
        name = "pages:claim" if isinstance(item, Claim) else "pages:quote"
        return reverse(name, args=[item.pk, item.slug])

    def item_pubdate(self, item: Claim | Quote) -> datetime.datetime:
        return item.reviewed_at or item.created_at

    def item_updateddate(self, item: Claim | Quote) -> datetime.datetime:
        return item.updated_at

    def item_author_name(self, item: Claim | Quote) -> str | None:
        who = item.claimant if isinstance(item, Claim) else item.speaker
        return who.name if who else None
