"""The base of every list-and-detail endpoint.

Apart from `factdb.api.base`, which DRF's settings import (the throttle class) while DRF's own
views are still loading: a viewset imported there would be a circular import.
"""

from rest_framework import viewsets

from factdb.api.base import APIViewMixin
from factdb.api.filters import FilterBackend, StrictOrderingFilter
from factdb.api.pagination import StableCursorPagination
from factdb.api.renderers import ORJSONRenderer

# The lookup of every detail route: an id the database can hold, else a plain 404.
ID_PATTERN = r"[0-9]{1,18}"


class ReadOnlyViewSet(APIViewMixin, viewsets.ReadOnlyModelViewSet):
    """What every list-and-detail endpoint shares: orjson, cursor pages, strict filters."""

    renderer_classes = [ORJSONRenderer]
    pagination_class = StableCursorPagination
    filter_backends = [FilterBackend, StrictOrderingFilter]
    lookup_value_regex = ID_PATTERN
