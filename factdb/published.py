"""Records that verified items show (a speaker, a source, an outlet) keep what they show locked:
their admin pages show those fields read-only, with a link to propose a correction that another
reviewer approves.

The rule lives in `claims.locking`; the claims app registers it here at start-up
(`claims.apps`), so the sources app's admin uses it without importing claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

_shown_fields: Callable[[Any], list[str]] | None = None
_is_shown: Callable[[Any], bool] | None = None


def register(shown_fields: Callable[[Any], list[str]], is_shown: Callable[[Any], bool]) -> None:
    global _shown_fields, _is_shown
    _shown_fields, _is_shown = shown_fields, is_shown


def locked_form_fields(record: Any) -> list[str]:
    """The form names of `record`'s shown fields while a verified item shows it, else []."""
    if record is None or record.pk is None or _is_shown is None or _shown_fields is None:
        return []
    cached = getattr(record, "_shown_by_published", None)
    if cached is None:
        cached = record._shown_by_published = _is_shown(record)
    if not cached:
        return []
    return _shown_fields(type(record))


class ShownFieldsLockedAdmin:
    """A ModelAdmin mixin: a record a verified item shows is corrected, not edited."""

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))  # type: ignore[misc]
        return fields + [f for f in locked_form_fields(obj) if f not in fields]

    def render_change_form(self, request: HttpRequest, context: Any, *args: Any, **kw: Any):
        obj = kw.get("obj") or context.get("original")
        locked = locked_form_fields(obj)
        if locked and request.method == "GET":
            label = obj._meta.verbose_name
            url = (
                reverse("admin:claims_correction_add") + f"?target={obj._meta.model_name}-{obj.pk}"
            )
            messages.info(
                request,
                format_html(
                    "Verified items show this {}: its {} change only through a correction that "
                    'another reviewer approves. <a href="{}">Propose a correction</a>.',
                    label,
                    ", ".join(locked),
                    url,
                ),
            )
        return super().render_change_form(request, context, *args, **kw)  # type: ignore[misc]
