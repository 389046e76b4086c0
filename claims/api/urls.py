from rest_framework.routers import SimpleRouter

from claims.api.views import ClaimViewSet, QuoteViewSet, SpeakerViewSet

router = SimpleRouter()
router.register("quotes", QuoteViewSet, basename="quote")
router.register("claims", ClaimViewSet, basename="claim")
router.register("speakers", SpeakerViewSet, basename="speaker")

urlpatterns = router.urls
