"""HTTP caching of the public pages: Cache-Control, an ETag of the body, and 304s.

The pages carry no per-request content (no CSRF token, no CSP nonce: they have no inline script
or style, and a JSON-LD data block is not script), so the same page has the same ETag for every
visitor and a conditional GET that still matches is answered 304 without a body.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponseBase
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control
from django.utils.decorators import decorator_from_middleware

# How long browsers and shared caches may keep a page without asking again: a retraction
# reaches every reader within this many seconds.
MAX_AGE = 300

_conditional = decorator_from_middleware(ConditionalGetMiddleware)


def public_page(
    view: Callable[..., HttpResponseBase], dated: bool = True
) -> Callable[..., HttpResponseBase]:
    """`Cache-Control: public, max-age=MAX_AGE` on a 200, an ETag of its body, and 304 for a
    conditional GET whose ETag or Last-Modified still matches.

    `dated=False` drops the Last-Modified a view (the feed's, the sitemap's) set from the
    newest item it lists: when an item leaves the list (retracted) the newest of the rest is
    older, and If-Modified-Since would answer 304 for a list that changed. The ETag covers it.
    """

    @wraps(view)
    def cached(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
        if not dated and response.has_header("Last-Modified"):
            del response["Last-Modified"]
        return response

    return _conditional(cached)
