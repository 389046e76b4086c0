"""The public fact-check pages: verified claims and quotes, their speakers, and an index with
search and filters. Only what the public API shows is shown here: an item that is not verified
(unreviewed, in review, rejected, retracted) is a 404, and a speaker is shown only once
something they said is verified. Reviewers' internal notes never reach a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import F, Prefetch, QuerySet, Value
from django.db.models.functions import Greatest, Substr
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import http_date
from django.utils.safestring import mark_safe

from claims.api.filters import ClaimFilter, QuoteFilter
from claims.api.serializers import APPEARANCE_ORDER, EVIDENCE_ORDER
from claims.api.views import claim_review
from claims.models import Appearance, Claim, Evidence, Quote, Speaker, Verdict
from factdb.api.renderers import dumps, html_safe
from factdb.ids import parse_id
from pages.http import public_page

PAGE_SIZE = 20
# The deepest page of an index: further back, a search or a filter finds it sooner.
MAX_PAGES = 500
# Characters of the source's text shown each side of the quoted words.
CONTEXT = 160
# Items of each kind listed on a speaker's page; the index lists the rest.
SPEAKER_ITEMS = 10
# The index's filters: those of the API (claims.api.filters), without `status`.
CLAIM_FILTERS = ("q", "speaker", "outlet", "verdict", "published_after", "published_before")
QUOTE_FILTERS = ("q", "speaker", "outlet", "published_after", "published_before")


# --- what the pages read -------------------------------------------------------------------


def appearances_in_context() -> Prefetch:
    """Appearances in source order, each with CONTEXT characters of its source's text either
    side, cut in the database: a source's full text (up to megabytes) is never loaded."""
    begin = Greatest(F("start") - CONTEXT, Value(0))
    queryset = (
        Appearance.objects.select_related("source__outlet")
        .defer("source__text")
        .annotate(
            before=Substr("source__text", begin + 1, F("start") - begin),
            after=Substr("source__text", F("end") + 1, Value(CONTEXT)),
        )
        .order_by(*APPEARANCE_ORDER)
    )
    return Prefetch("appearances", queryset=queryset)


def appearance_outlets() -> Prefetch:
    """For list entries: where each item appeared, without the sources' text."""
    queryset = (
        Appearance.objects.select_related("source__outlet")
        .defer("source__text")
        .order_by(*APPEARANCE_ORDER)
    )
    return Prefetch("appearances", queryset=queryset)


def public_evidence() -> Prefetch:
    queryset = (
        Evidence.objects.select_related("source__outlet")
        .defer("source__text", "note")  # the note is internal: not even read
        .order_by(*EVIDENCE_ORDER)
    )
    return Prefetch("evidence", queryset=queryset)


def trim_context(appearances: list[Appearance]) -> list[Appearance]:
    """Cut the context at the paragraph, else at whole words, marking with an ellipsis where
    the text goes on."""
    for appearance in appearances:
        before: str = getattr(appearance, "before", "") or ""
        after: str = getattr(appearance, "after", "") or ""
        if "\n" in before:
            before = before.rsplit("\n", 1)[1]
        elif appearance.start > CONTEXT and " " in before:
            before = "… " + before.split(" ", 1)[1]
        if "\n" in after:
            after = after.split("\n", 1)[0]
        elif len(after) == CONTEXT and " " in after:
            after = after.rsplit(" ", 1)[0] + " …"
        appearance.before, appearance.after = before, after  # type: ignore[attr-defined]
    return appearances


def last_change(
    item: Claim | Quote, appearances: list[Appearance], evidence: list[Evidence]
) -> str:
    """Last-Modified of an item's page: its last edit or review, or the newest appearance or
    evidence added to it (a source or speaker edited since is caught by the ETag alone)."""
    moments = [item.updated_at, item.reviewed_at]
    moments += [a.created_at for a in appearances] + [e.added_at for e in evidence]
    return http_date(max(m for m in moments if m is not None).timestamp())


def page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    modified: str | None = None,
) -> HttpResponse:
    context.setdefault("canonical", request.build_absolute_uri(request.path))
    context["site_name"] = settings.API_PUBLISHER_NAME
    response = render(request, template, context, status=status)
    if modified:
        response["Last-Modified"] = modified
    return response


# --- claims and quotes ----------------------------------------------------------------------


@public_page
def claim_detail(request: HttpRequest, pk: str, slug: str = "") -> HttpResponse:
    claim = get_object_or_404(
        Claim.objects.verified()
        .select_related("claimant")
        .prefetch_related(appearances_in_context(), public_evidence()),
        pk=int(pk),
    )
    if slug != claim.slug:
        return HttpResponsePermanentRedirect(reverse("pages:claim", args=[claim.pk, claim.slug]))
    review = claim_review(claim, request)
    appearances = trim_context(list(claim.appearances.all()))
    evidence = list(claim.evidence.all())
    return page(
        request,
        "pages/claim.html",
        {
            "claim": claim,
            "appearances": appearances,
            "evidence": evidence,
            "rating": review["reviewRating"],
            # Escaped as Django's json_script escapes: the text cannot close the element.
            "json_ld": mark_safe(html_safe(dumps(review)).decode()),  # noqa: S308
            "canonical": review["url"],
        },
        modified=last_change(claim, appearances, evidence),
    )


@public_page
def quote_detail(request: HttpRequest, pk: str, slug: str = "") -> HttpResponse:
    quote = get_object_or_404(
        Quote.objects.verified()
        .select_related("speaker")
        .prefetch_related(appearances_in_context(), public_evidence()),
        pk=int(pk),
    )
    if slug != quote.slug:
        return HttpResponsePermanentRedirect(reverse("pages:quote", args=[quote.pk, quote.slug]))
    appearances = trim_context(list(quote.appearances.all()))
    evidence = list(quote.evidence.all())
    return page(
        request,
        "pages/quote.html",
        {
            "quote": quote,
            "appearances": appearances,
            "evidence": evidence,
        },
        modified=last_change(quote, appearances, evidence),
    )


# --- the index: search and filters ---------------------------------------------------------


def _filtered(
    request: HttpRequest, filterset_class: Any, names: tuple[str, ...], queryset: QuerySet
) -> tuple[Any, list[str], dict[str, str]]:
    """The filterset of the named query parameters, the errors (one line per bad value,
    naming it), and the values as given."""
    given = {name: request.GET[name].strip() for name in names if request.GET.get(name, "")}
    filterset = filterset_class({k: v for k, v in given.items() if v}, queryset=queryset)
    errors = []
    if not filterset.is_valid():
        for name, messages in filterset.errors.items():
            for message in messages:
                errors.append(f"{name}={given.get(name, '')!r}: {message}")
    return filterset, errors, given


@dataclass
class Window:
    """One page of an index, found without counting the rest: a count of every verified item
    scans them all (1.8 s for 900k claims on PostgreSQL here), the page itself reads 21 rows
    from the primary key's index."""

    items: list[Any]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def page_number(given: str) -> int | None:
    """'3' → 3; None for anything but a whole number from 1 to MAX_PAGES."""
    number = parse_id(given) if given else 1
    return number if number is not None and 1 <= number <= MAX_PAGES else None


def window(queryset: QuerySet, number: int) -> Window:
    """Page `number` of the queryset: one query, for one row more than a page."""
    start = (number - 1) * PAGE_SIZE
    rows = list(queryset[start : start + PAGE_SIZE + 1])
    return Window(rows[:PAGE_SIZE], number, has_next=len(rows) > PAGE_SIZE)


def _index(
    request: HttpRequest,
    template: str,
    filterset_class: Any,
    names: tuple[str, ...],
    queryset: QuerySet,
    related: tuple[Any, ...],
) -> HttpResponse:
    filterset, errors, given = _filtered(request, filterset_class, names, queryset)
    number = page_number(request.GET.get("page", "").strip())
    if number is None:
        errors.append(
            f"page={request.GET['page']!r}: a page is a whole number from 1 to {MAX_PAGES}."
        )
    if errors or number is None:
        return page(
            request,
            template,
            {
                "errors": errors,
                "given": given,
                "filtering": True,
                "verdicts": Verdict.choices,
                "items": None,
            },
            status=400,
        )
    results = filterset.qs.select_related(*related).prefetch_related(appearance_outlets())
    items = window(results, number)
    return page(
        request,
        template,
        {
            "items": items,
            "given": given,
            "searching": any(given.values()),
            "filtering": any(value for name, value in given.items() if name != "q"),
            "verdicts": Verdict.choices,
        },
    )


@public_page
def claim_index(request: HttpRequest) -> HttpResponse:
    """Verified claims, newest first (as the API lists them: the primary key's index serves
    it); `q` searches the statements (ranked on
    PostgreSQL), and the API's filters narrow them."""
    return _index(
        request,
        "pages/claim_index.html",
        ClaimFilter,
        CLAIM_FILTERS,
        Claim.objects.verified().order_by("-id"),
        ("claimant",),
    )


@public_page
def quote_index(request: HttpRequest) -> HttpResponse:
    """Verified quotes, newest first, searched and filtered like the claims."""
    return _index(
        request,
        "pages/quote_index.html",
        QuoteFilter,
        QUOTE_FILTERS,
        Quote.objects.verified().order_by("-id"),
        ("speaker",),
    )


# --- speakers -------------------------------------------------------------------------------


@public_page
def speaker_detail(request: HttpRequest, pk: str, slug: str = "") -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.public().prefetch_related("aliases"), pk=int(pk))
    if slug != speaker.slug:
        return HttpResponsePermanentRedirect(
            reverse("pages:speaker", args=[speaker.pk, speaker.slug])
        )
    # Their organisation only when it is itself public, as in the API.
    organisation = None
    if speaker.organisation_id is not None:
        organisation = Speaker.objects.public().filter(pk=speaker.organisation_id).first()
    newest = (F("reviewed_at").desc(nulls_last=True), "-id")
    claims = Claim.objects.verified().filter(claimant=speaker).order_by(*newest)
    quotes = Quote.objects.verified().filter(speaker=speaker).order_by(*newest)
    return page(
        request,
        "pages/speaker.html",
        {
            "speaker": speaker,
            "organisation": organisation,
            "claims": list(claims.prefetch_related(appearance_outlets())[:SPEAKER_ITEMS]),
            "claim_count": claims.count(),
            "quotes": list(quotes.prefetch_related(appearance_outlets())[:SPEAKER_ITEMS]),
            "quote_count": quotes.count(),
        },
    )
