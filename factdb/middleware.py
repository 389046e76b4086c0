"""Request checks that hold for every view."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

LENGTH_REQUIRED = (
    "Send the body with a Content-Length header: chunked transfer encoding is not supported "
    "(the body would otherwise be read as empty)."
)


class RequireContentLength:
    """411 for a request body sent in chunks (Transfer-Encoding, no Content-Length).

    Django reads a request body only as far as its Content-Length; a chunked body has none, so
    it would look empty and a POST would silently lose its data (issue 10). Refusing says so.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chunked = request.META.get("HTTP_TRANSFER_ENCODING", "").strip()
        if chunked and not request.META.get("CONTENT_LENGTH"):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": LENGTH_REQUIRED}, status=411)
            return HttpResponse(LENGTH_REQUIRED, status=411, content_type="text/plain")
        return self.get_response(request)
