from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from claims.api.urls import router as claims_router
from sources.api.urls import router as sources_router

admin.site.site_header = "factdb"
admin.site.site_title = "factdb"
admin.site.index_title = "Claims and quotes"

# One router for the API root page; each app registers its own viewsets.
api = DefaultRouter()
api.registry.extend(claims_router.registry)
api.registry.extend(sources_router.registry)

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
]
