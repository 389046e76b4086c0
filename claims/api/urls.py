from rest_framework.routers import SimpleRouter

from claims.api.ingest import SourceViewSet
from claims.api.views import ClaimViewSet, QuoteViewSet, SpeakerViewSet

router = SimpleRouter()
router.register("quotes", QuoteViewSet, basename="quote")
router.register("claims", ClaimViewSet, basename="claim")
router.register("speakers", SpeakerViewSet, basename="speaker")
# The sources endpoint, whose POST also answers with the extracted candidates.
router.register("sources", SourceViewSet, basename="source")

urlpatterns = router.urls
