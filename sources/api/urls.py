from rest_framework.routers import SimpleRouter

from sources.api.views import OutletViewSet, SourceViewSet

router = SimpleRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("outlets", OutletViewSet, basename="outlet")

urlpatterns = router.urls
