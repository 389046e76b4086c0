from django.contrib import admin
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from claims.api.urls import router as claims_router
from sources.api.urls import router as sources_router

admin.site.site_header = "factdb"
admin.site.site_title = "factdb"
admin.site.index_title = "Claims and quotes"
# The admin's "View site" link: the public fact-check pages.
admin.site.site_url = reverse_lazy("pages:claims")  # type: ignore[assignment]

# One router for the API root page; each app registers its own viewsets. Where both register a
# prefix (sources: claims extends the endpoint with extracted candidates), claims' one serves.
api = DefaultRouter()
routes = {prefix: (prefix, viewset, name) for prefix, viewset, name in sources_router.registry}
routes.update({prefix: (prefix, viewset, name) for prefix, viewset, name in claims_router.registry})
api.registry.extend(routes.values())

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="pages:claims", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("sync.api.urls")),
    path("api/v1/", include(api.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view loads its script from its own URL: no inline script for the CSP to allow.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    # The public fact-check pages: /claims/, /quotes/, /speakers/, /feed/, /sitemap.xml.
    path("", include("pages.urls")),
]
