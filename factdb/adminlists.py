"""Admin lists that stay fast at millions of rows (used by the claims and sources admins).

- `CappedCountPaginator`: counts at most COUNT_CAP + 1 rows, and says "10,000+" beyond.
- `AutocompleteFilter`: a list filter on one related object chosen in an autocomplete box
  (Django's own autocomplete view and widget), instead of a link for every one of them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django import forms
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.paginator import Paginator
from django.db.models import Model, QuerySet
from django.forms import Media
from django.http import HttpRequest
from django.utils.html import format_html

from factdb.ids import MAX_ID, parse_id

COUNT_CAP = 10_000


class CappedCount(int):
    """A count that stopped at COUNT_CAP + 1: compares as that number, shows as '10,000+'."""

    def __str__(self) -> str:
        return f"{COUNT_CAP:,}+"


def capped_count(queryset: QuerySet) -> int:
    """The number of rows, counting no further than COUNT_CAP + 1."""
    # Only the keys, in no order: the page's per-row annotations (subqueries) are not worked out
    # 10,001 times, and any index on the filtered columns serves (in the list's order, PostgreSQL
    # sorted 700,000 quotes awaiting review to count the newest 10,001: 180 ms against 7 ms).
    n = queryset.order_by().values("pk")[: COUNT_CAP + 1].count()
    return CappedCount(n) if n > COUNT_CAP else n


class CappedCountPaginator(Paginator):
    """Counts no more than COUNT_CAP + 1 rows (`SELECT count(*) FROM (… LIMIT 10001)`), so a
    page of a million-row list does not pay for counting them all."""

    @cached_property
    def count(self) -> int:  # type: ignore[override]
        return capped_count(self.object_list)  # type: ignore[arg-type]


class ScaleAdminMixin:
    """Capped counts, no second count of the unfiltered table, the autocomplete filters' media."""

    paginator: type[Paginator] = CappedCountPaginator
    show_full_result_count = False

    def lookup_allowed(self, lookup: str, value: str, request: HttpRequest) -> bool:
        autocompleted = {
            f.parameter_name
            for f in self.get_list_filter(request)  # type: ignore[attr-defined]
            if isinstance(f, type) and issubclass(f, AutocompleteFilter)
        }
        return lookup in autocompleted or super().lookup_allowed(lookup, value, request)  # type: ignore[misc]

    @property
    def media(self) -> Media:
        return super().media + autocomplete_media()  # type: ignore[misc]


# --- autocomplete list filters --------------------------------------------------------------


class AutocompleteFilter(admin.SimpleListFilter):
    """Choose one related object in an autocomplete box; the list is filtered by its id.

    `widget_field` is a foreign key to the chosen model ('app_label.Model.field'), which the
    autocomplete view needs to find the model's admin and its search; `filter()` applies it.
    """

    template = "admin/claims/autocomplete_filter.html"
    widget_field = ""

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return []

    def has_output(self) -> bool:
        return True

    def chosen_id(self) -> int | None:
        number = parse_id(self.value() or "")
        return number if number is not None and number <= MAX_ID else None

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() in (None, ""):
            return queryset
        number = self.chosen_id()
        return queryset.none() if number is None else self.filter(queryset, number)

    def filter(self, queryset: QuerySet, number: int) -> QuerySet:
        raise NotImplementedError

    def widget_html(self) -> str:
        app_label, model_name, field_name = self.widget_field.split(".")
        fk = apps.get_model(app_label, model_name)._meta.get_field(field_name)
        remote: type[Model] = fk.remote_field.model  # type: ignore[union-attr]
        widget = AutocompleteSelect(
            fk,  # type: ignore[arg-type]
            admin.site,
            attrs={
                "data-filter-parameter": self.parameter_name,
                "data-placeholder": "Any",
                "aria-label": f"Filter by {self.title}",
            },
        )
        field = forms.ModelChoiceField(
            queryset=remote._default_manager.all(), widget=widget, required=False
        )
        return field.widget.render(
            f"filter-{self.parameter_name}", self.chosen_id(), attrs={"id": self.parameter_name}
        )

    def choices(self, changelist: Any) -> Any:
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All",
            "widget": format_html("{}", self.widget_html()),
            "base_query_string": changelist.get_query_string(remove=[self.parameter_name]),
        }


def autocomplete_media() -> Media:
    """The widget's scripts (jQuery, select2, Django's autocomplete.js) and ours."""
    widget = AutocompleteSelect(None, admin.site)  # type: ignore[arg-type]  # media needs no field
    return widget.media + Media(js=["claims/autocomplete_filter.js"])


class OutletFilter(AutocompleteFilter):
    """Sources of this outlet (the sources changelist)."""

    title = "outlet"
    parameter_name = "outlet__id__exact"
    widget_field = "sources.source.outlet"

    def filter(self, queryset: QuerySet, number: int) -> QuerySet:
        return queryset.filter(outlet_id=number)
