"""What every API view shares: conditional GET, errors always as JSON, the anonymous throttle."""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from factdb.api.renderers import ORJSONRenderer
from factdb.clients import client_ip


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class AnonThrottle(AnonRateThrottle):
    """Anonymous rate limit from `REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"]`, read on
    each request (DRF's own class reads it once, at import), so tests and deployments can
    change it; None disables it (API_ANON_THROTTLE=off)."""

    def get_rate(self) -> str | None:
        rates: dict[str, Any] = api_settings.DEFAULT_THROTTLE_RATES
        return rates.get(self.scope or "anon")

    def get_ident(self, request: Any) -> str:
        """The client's address by the rule the login lockout uses (`factdb.clients`)."""
        return client_ip(request)

    def allow_request(self, request: Any, view: Any) -> bool:
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)


class APIViewMixin:
    """ETag (a hash of the body) on every successful GET, Last-Modified where a view knows it
    (`last_modified`: a detail's `updated_at`), and 304 for a
    conditional GET that still matches; errors (and OPTIONS) rendered as JSON whatever format
    was asked for (a CSV or JSON-LD client still gets `{"field": ["message"]}`)."""

    # Set by a detail view to the item's last change.
    last_modified: Any = None

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        # Errors and OPTIONS metadata are no CSV rows or JSON-LD documents: always JSON.
        if isinstance(response, Response) and (
            response.status_code >= 400 or request.method == "OPTIONS"
        ):
            renderer = getattr(request, "accepted_renderer", None)
            if renderer is None or renderer.format != "json":
                request.accepted_renderer = ORJSONRenderer()
                request.accepted_media_type = ORJSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        patch_vary_headers(response, ("Authorization", "Cookie"))
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = quote_etag(hashlib.blake2b(response.content, digest_size=16).hexdigest())
        response["ETag"] = etag
        last_modified = None
        if self.last_modified is not None:
            last_modified = int(self.last_modified.timestamp())
            response["Last-Modified"] = http_date(last_modified)
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
