from django.urls import path

from sync.api.views import ChangesView

urlpatterns = [path("changes/", ChangesView.as_view(), name="changes")]
