"""sitemap.xml: every verified claim and quote and every public speaker, nothing else.

Served as a sitemap index (/sitemap.xml) over one sitemap per kind (/sitemap-claims.xml, …),
each split into pages of 50,000 addresses as the protocol requires.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, QuerySet
from django.urls import reverse

from claims.models import Claim, Quote, Speaker


class ClaimSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self) -> QuerySet[Claim]:
        return Claim.objects.verified().only("id", "statement", "updated_at").order_by("id")

    def location(self, item: Claim) -> str:
        return reverse("pages:claim", args=[item.pk, item.slug])

    def lastmod(self, item: Claim) -> datetime.datetime:
        return item.updated_at


class QuoteSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self) -> QuerySet[Quote]:
        return Quote.objects.verified().only("id", "text", "updated_at").order_by("id")

    def location(self, item: Quote) -> str:
        return reverse("pages:quote", args=[item.pk, item.slug])

    def lastmod(self, item: Quote) -> datetime.datetime:
        return item.updated_at


class SpeakerSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self) -> QuerySet[Speaker]:
        return Speaker.objects.public().only("id", "name").order_by("id")

    def location(self, item: Speaker) -> str:
        return reverse("pages:speaker", args=[item.pk, item.slug])


class IndexSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self) -> list[str]:
        return ["pages:claims", "pages:quotes"]

    def location(self, item: str) -> str:
        return reverse(item)

    def lastmod(self, item: str) -> Any:
        model = Claim if item == "pages:claims" else Quote
        return model.objects.verified().aggregate(newest=Max("updated_at"))["newest"]


SITEMAPS: dict[str, type[Sitemap]] = {
    "index": IndexSitemap,
    "claims": ClaimSitemap,
    "quotes": QuoteSitemap,
    "speakers": SpeakerSitemap,
}
