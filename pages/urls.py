"""Public pages: /claims/, /quotes/, /speakers/, their feed and sitemap.

Items are addressed by id and slug; the slug is only for people and search engines, so a
missing or outdated one redirects (301) to the current address.
"""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from pages import views
from pages.feeds import NewlyVerifiedFeed
from pages.http import public_page
from pages.sitemaps import SITEMAPS

app_name = "pages"

# An id the database can hold (a longer number is a plain 404), then an optional slug.
ITEM = r"(?P<pk>[0-9]{1,18})/(?:(?P<slug>[^/]+)/)?$"

urlpatterns = [
    path("claims/", views.claim_index, name="claims"),
    re_path(r"^claims/" + ITEM, views.claim_detail, name="claim"),
    path("quotes/", views.quote_index, name="quotes"),
    re_path(r"^quotes/" + ITEM, views.quote_detail, name="quote"),
    re_path(r"^speakers/" + ITEM, views.speaker_detail, name="speaker"),
    path("feed/", public_page(NewlyVerifiedFeed(), dated=False), name="feed"),
    path(
        "sitemap.xml",
        public_page(sitemap_views.index, dated=False),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "pages:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        public_page(sitemap_views.sitemap, dated=False),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
