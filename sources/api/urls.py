from rest_framework.routers import SimpleRouter

from sources.api.views import IngestJobViewSet, OutletViewSet, SourceViewSet

router = SimpleRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("outlets", OutletViewSet, basename="outlet")
router.register("ingest-jobs", IngestJobViewSet, basename="ingestjob")

urlpatterns = router.urls
