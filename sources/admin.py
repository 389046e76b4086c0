"""Outlets and sources. A source's page shows its full text with every extracted quote and
quantity highlighted and linked to its record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from factdb.adminlists import OutletFilter, ScaleAdminMixin
from factdb.published import ShownFieldsLockedAdmin
from factdb.search import SEARCH_CONFIG, StoredSearchVector
from sources.ingest import Document, IngestError, parse_text
from sources.models import IngestJob, Outlet, Source
from sources.services import ingest_document
from sources.web import fetch, looks_like_html, parse_html


@dataclass(frozen=True)
class Span:
    """A stretch of a text to highlight, linked to the record it belongs to."""

    start: int
    end: int
    url: str
    title: str
    css_class: str
    status: str = ""  # the item's review status, shown in words after the span, and as colour

    def __len__(self) -> int:
        return self.end - self.start


def marked_text(text: str, spans: list[Span]) -> SafeString:
    """`text` with each span in a linked <mark>; every piece of the text is escaped.

    Spans may overlap (a number inside a quote): the text is cut at every span boundary and
    each piece is marked for the shortest span covering it.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = text[left:right]
        covering = [s for s in spans if s.start <= left and right <= s.end]
        if not covering:
            pieces.append(conditional_escape(piece))
            continue
        span = min(covering, key=len)
        nested = " nested" if len(covering) > 1 else ""
        status = ""
        if span.status and right == span.end:  # said once, where the span ends
            status = format_html(
                '<span class="span-status span-status-{}">{}</span>',
                span.status.replace(" ", "_"),
                span.status,
            )
        pieces.append(
            format_html(
                '<a href="{}" title="{}"><mark class="{}{}{}">{}</mark>{}</a>',
                span.url,
                span.title,
                span.css_class,
                nested,
                f" status-{span.status.replace(' ', '_')}" if span.status else "",
                piece,
                status,
            )
        )
    return mark_safe("".join(pieces))  # noqa: S308 - each piece escaped above


def source_spans(source: Source) -> list[Span]:
    """Every appearance in `source` as a span; one query."""
    spans = []
    appearances = source.appearances.select_related("quote__speaker", "claim")  # type: ignore[attr-defined]
    for appearance in appearances:
        if appearance.orphaned:
            continue
        item: Any
        if appearance.quote_id:
            item, kind = appearance.quote, "quote"
        else:
            item, kind = appearance.claim, "claim"
        spans.append(
            Span(
                appearance.start,
                appearance.end,
                reverse(f"admin:claims_{kind}_change", args=[item.pk]),
                f"{kind.capitalize()} #{item.pk} ({item.get_status_display().lower()}): {item}",
                f"{kind}-span",
                item.get_status_display().lower(),
            )
        )
    return spans


# URLs typed without a scheme are https (Django 6's default, quiet about it on 5.2).
URL_FIELDS: dict[type[models.Field], dict[str, Any]] = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Outlet)
class OutletAdmin(ShownFieldsLockedAdmin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "kind", "url", "source_count"]
    list_filter = ["kind"]
    search_fields = ["name"]

    def get_queryset(self, request: HttpRequest):
        # An aggregate drops Meta.ordering; the autocomplete's pages need it stated.
        return (
            super()
            .get_queryset(request)
            .annotate(n_sources=Count("sources"))
            .order_by(*(Outlet._meta.ordering or []))
        )

    @admin.display(description="Sources", ordering="n_sources")
    def source_count(self, outlet: Outlet) -> int:
        return outlet.n_sources  # type: ignore[attr-defined]


class UndatedFilter(admin.SimpleListFilter):
    title = "publication date"
    parameter_name = "dated"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("no", "Undated: the source does not say"), ("yes", "Dated")]

    def queryset(self, request: HttpRequest, queryset: Any):
        if self.value() == "no":
            return queryset.undated()
        if self.value() == "yes":
            return queryset.exclude(published_on__isnull=True)
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    title = "language"
    parameter_name = "language__exact"  # the name the stock field filter used

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(code, code) for code in Source.objects.languages()]

    def queryset(self, request: HttpRequest, queryset: Any):
        return queryset.filter(language=self.value()) if self.value() else queryset


class SourceAddForm(forms.ModelForm):
    """A new source from pasted text, a page's pasted HTML, or a URL to fetch; it goes in
    through the same ingest as `manage.py ingest`, extraction included."""

    url = forms.URLField(
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="The page's address. With the text left empty, factdb fetches the page.",
    )

    class Meta:
        model = Source
        fields = ["title", "author", "url", "outlet", "published_on", "kind", "language", "text"]
        help_texts = {
            "text": "Paste the article's text, or the HTML of a saved page (its article text is "
            "kept). Or leave this empty and give the page's URL above: factdb fetches it. The "
            "quotes and numbers in it are extracted for review.",
        }

    document: Document

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"].required = False

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        # A browser sends a textarea's lines ended by CRLF; the same text from a file has LF.
        text = (cleaned.get("text") or "").replace("\r\n", "\n")
        url = cleaned.get("url") or ""
        try:
            document = self._document(text, url)
        except IngestError as exc:
            raise ValidationError({"text" if text.strip() else "url": exc.reason}) from None
        existing = Source.objects.with_text(document.text).first()
        if existing is not None:
            link = reverse("admin:sources_source_change", args=[existing.pk])
            raise ValidationError(
                format_html(
                    'This exact text is already stored as <a href="{}">{}</a>.', link, existing
                )
            )
        self.document = document
        cleaned["text"] = document.text
        for name in ("title", "author", "url", "published_on"):
            if cleaned.get(name) in (None, "") and getattr(document, name):
                cleaned[name] = getattr(document, name)
        return cleaned

    def _document(self, text: str, url: str) -> Document:
        limit = settings.FACTDB_MAX_SOURCE_BYTES
        if text.strip():
            size = len(text.encode("utf-8"))
            if size > limit:
                raise IngestError(
                    "", f"the text is {size:,} bytes, over the limit of {limit:,} bytes"
                )
            if looks_like_html(text):
                return parse_html(text, origin="admin (pasted HTML)", url=url)
            return parse_text(text, origin="admin (pasted)")
        if url:
            return fetch(
                url,
                timeout=settings.FACTDB_FETCH_TIMEOUT,
                max_bytes=limit,
                allow_private=settings.FACTDB_FETCH_PRIVATE,
            )
        raise IngestError(
            "", "Paste the text (or a saved page's HTML), or give the page's URL to fetch it."
        )


@admin.register(Source)
class SourceAdmin(ShownFieldsLockedAdmin, ScaleAdminMixin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["__str__", "outlet", "published_on", "kind", "language", "appearance_count"]
    list_filter = [UndatedFilter, "kind", LanguageFilter, OutletFilter]
    list_select_related = ["outlet"]
    search_fields = ["title", "url", "text", "outlet__name"]
    autocomplete_fields = ["outlet"]
    readonly_fields = ["text_with_highlights", "sha256", "ingested_at", "ingested_by", "origin"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "author", "url", "outlet", "published_on", "kind", "language"]},
        ),
        (
            "Text, with what was extracted from it",
            {
                "fields": ["text_with_highlights"],
                "description": "Blue: quotes. Amber: quantities (claims). Click one to open it.",
            },
        ),
        (
            "Raw text",
            {
                "fields": ["text", "sha256", "origin", "ingested_at", "ingested_by"],
                "classes": ["collapse"],
                "description": "The text never changes after ingest: quotes, claims and "
                "evidence point into it by offset. Ingest a corrected text as a new source.",
            },
        ),
    ]

    class Media:
        css = {"all": ["claims/review.css"]}  # the highlight colours of the review pages

    def get_queryset(self, request: HttpRequest):
        # Counted for the rows on the page only: a Count() would group every source first.
        appearance = Source._meta.get_field("appearances").related_model
        counted = (
            appearance._default_manager.filter(source=OuterRef("pk"))  # type: ignore[union-attr]
            .order_by()
            .values("source")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(n_appearances=Coalesce(Subquery(counted), 0))
            .order_by(*(Source._meta.ordering or []))
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))
        # Fixed at ingest: a form would strip its leading spaces and turn LF into CRLF.
        return [*fields, "text"] if obj is not None else fields

    def get_search_results(
        self, request: HttpRequest, queryset: Any, search_term: str
    ) -> tuple[Any, bool]:
        """PostgreSQL: the words of the title and text (the stored vector, migration 0009), or
        the outlet's name; elsewhere a contains-search."""
        term = search_term.strip()
        if not term or connection.vendor != "postgresql":
            return super().get_search_results(request, queryset, search_term)
        # The outlets first, as a list: a subquery in the OR let PostgreSQL walk the sources in
        # page order for a rare word (138 s at 100,000 sources, when it parsed every text). Now
        # it walks them testing the stored vector for a common word, or reads the GIN index
        # (and the outlet index) for a rare one.
        outlets = list(Outlet.objects.filter(name__icontains=term).values_list("pk", flat=True))
        query = SearchQuery(term, config=SEARCH_CONFIG, search_type="websearch")
        words = Q(search_vector=query)
        found = queryset.alias(search_vector=StoredSearchVector()).filter(
            words | Q(outlet__in=outlets) if outlets else words
        )
        return found, False

    def get_fieldsets(self, request: HttpRequest, obj: Any = None):
        if obj is None:  # a new source: only its text (or URL) and details
            return [(None, {"fields": SourceAddForm.Meta.fields})]
        return self.fieldsets

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any):
        if obj is None:
            kwargs["form"] = SourceAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def save_model(self, request: HttpRequest, obj: Source, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        # The same path as `manage.py ingest` and the API: the quotes and numbers are extracted.
        result = ingest_document(form.document, by=request.user, source=obj)
        if not result.created:  # the same text was stored meanwhile by someone else
            obj.pk = result.source.pk
        for warning in result.warnings:
            self.message_user(request, f"Check by hand: {warning}", level="warning")
        if result.counts:
            found = ", ".join(f"{n} {what}" for what, n in result.counts.items())
            self.message_user(request, f"Extracted for review: {found}.")

    @admin.display(description="Appearances", ordering="n_appearances")
    def appearance_count(self, source: Source) -> int:
        return source.n_appearances  # type: ignore[attr-defined]

    @admin.display(description="Text")
    def text_with_highlights(self, source: Source) -> SafeString:
        if source.pk is None:
            return mark_safe("—")
        return format_html(
            '<div class="source-text">{}</div>', marked_text(source.text, source_spans(source))
        )


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    """Documents on their way through the background workers (FACTDB_TASKS=queue): read-only,
    so a reviewer can see what is queued, what failed and why, and open what was stored."""

    list_display = ["id", "origin", "status", "size", "requested_by", "source", "created_at"]
    list_filter = ["status"]
    list_select_related = ["requested_by", "source"]
    search_fields = ["origin", "error"]
    show_full_result_count = False
    fields = [
        "status",
        "origin",
        "metadata",
        "size",
        "requested_by",
        "source",
        "created_source",
        "counts",
        "error",
        "attempts",
        "created_at",
        "started_at",
        "finished_at",
    ]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).defer("text")  # up to 5 MB a row

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
