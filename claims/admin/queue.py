"""One review queue for quotes and claims together, as a page of the admin.

Each page costs the same number of queries however many rows it shows, and however deep in the
queue it is: two capped counts, one UNION of (kind, id, rank, created) keys that pages by keyset
(the rows after the previous page's last, read from the queue-order index), one query per kind
for the rows on the page, one for their sources' outlets, and one each for the speakers, outlets
and sources the sidebar offers (the sources' labels serve the rows too).
ClaimAdmin mounts the view (`admin:claims_review_queue`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Greatest, Substr
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse

from claims.admin.common import CONTEXT_CHARS, apply_each, highlighted, quantity_text
from claims.admin.scale import CappedCount, capped_count
from claims.models import (
    QUEUE_RANK,
    Appearance,
    Claim,
    Evidence,
    Quote,
    ReviewStatus,
    Speaker,
    Stance,
)
from factdb.ids import MAX_ID, parse_id
from sources.models import Outlet, Source

PER_PAGE = 50
AWAITING = "awaiting"
ALL = "all"
HELP = "Unreviewed first. Select items to start review or reject them with a reason."
KINDS: dict[str, type[Quote] | type[Claim]] = {"quote": Quote, "claim": Claim}
# Who said it: the speaker of a quote, the claimant of a claim.
WHO = {"quote": "speaker", "claim": "claimant"}


# The largest id a database row can have (a 64-bit key); SQLite cannot even be asked about a
# larger one (OverflowError), so such an id is answered here: nothing has it.
ID_FILTERS = ("speaker", "outlet", "source")


class QueueFilters(forms.Form):
    """The GET parameters of the queue; a value that does not validate is dropped, with a note."""

    kind = forms.ChoiceField(required=False, choices=[("quote", "Quotes"), ("claim", "Claims")])
    status = forms.ChoiceField(
        required=False,
        choices=[(AWAITING, "Awaiting review"), (ALL, "All statuses"), *ReviewStatus.choices],
    )
    speaker = forms.IntegerField(required=False, min_value=1)
    outlet = forms.IntegerField(required=False, min_value=1)
    source = forms.IntegerField(required=False, min_value=1)
    stance = forms.ChoiceField(required=False, choices=Stance.choices)
    contested = forms.ChoiceField(
        required=False, choices=[("yes", "Supported and disputed"), ("no", "Not contested")]
    )
    conflict = forms.ChoiceField(
        required=False, choices=[("yes", "Numbers conflict (claims only)")]
    )
    q = forms.CharField(required=False, max_length=200)
    after = forms.CharField(required=False, max_length=100)  # a Key: where the page starts

    def chosen(self) -> dict[str, Any]:
        """The valid, non-empty values; the status defaults to awaiting review."""
        self.is_valid()
        values = {name: value for name, value in self.cleaned_data.items() if value}
        values.setdefault("status", AWAITING)
        return values

    def impossible_ids(self) -> dict[str, int]:
        """Id filters no row can match: larger than any database id."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in ID_FILTERS
            if (self.cleaned_data.get(name) or 0) > MAX_ID
        }


def filtered(kind: str, chosen: dict[str, Any]) -> QuerySet | None:
    """The quotes or claims the chosen filters let through; None when they exclude the kind."""
    if chosen.get("kind", kind) != kind or (chosen.get("conflict") and kind != "claim"):
        return None
    model = KINDS[kind]
    items: Any = model.objects.all()  # a QuoteQuerySet or a ClaimQuerySet
    if any(chosen.get(name, 0) > MAX_ID for name in ID_FILTERS):
        return items.none()
    status = chosen["status"]
    if status == AWAITING:
        items = items.awaiting_review()
    elif status != ALL:
        items = items.with_status(status)
    if "speaker" in chosen:
        items = items.filter(**{f"{WHO[kind]}_id": chosen["speaker"]})
    if "outlet" in chosen:
        appears = Appearance.objects.filter(**{kind: OuterRef("pk")})
        items = items.filter(Exists(appears.filter(source__outlet_id=chosen["outlet"])))
    if "source" in chosen:
        items = items.appearing_in(Source(pk=chosen["source"]))
    if "stance" in chosen:
        bearing = Evidence.objects.filter(**{kind: OuterRef("pk"), "stance": chosen["stance"]})
        items = items.filter(Exists(bearing))
    if chosen.get("contested") == "yes":
        items = items.contested()
    elif chosen.get("contested") == "no":
        items = items.exclude(pk__in=model.objects.contested().values("pk"))
    if "conflict" in chosen:
        items = items.with_conflicting_numbers()
    if chosen.get("q"):
        items = items.search(chosen["q"])
    return items


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


@dataclass(frozen=True)
class Key:
    """Where a row stands in queue order (rank, newest first, kind, highest id first): a page
    starts after the previous page's last row, whose key the Next link carries as `after`."""

    rank: int
    created: datetime.datetime
    kind: str
    id: int

    def encode(self) -> str:
        micro = (self.created - EPOCH) // datetime.timedelta(microseconds=1)
        return f"{self.rank}.{micro}.{self.kind}.{self.id}"

    @classmethod
    def decode(cls, text: str) -> Key | None:
        """The key in `text`; None when it is not one (a hand-edited link, say)."""
        parts = text.split(".")
        if len(parts) != 4 or parts[2] not in KINDS:
            return None
        rank, micro, number = parse_id(parts[0]), parse_id(parts[1]), parse_id(parts[3])
        if rank is None or micro is None or number is None or rank > 4:
            return None
        try:
            created = EPOCH + datetime.timedelta(microseconds=micro)
        except OverflowError:
            return None
        return cls(rank, created, parts[2], number)


def page_keys(querysets: dict[str, QuerySet], after: Key | None) -> list[Key]:
    """The keys of the rows of one page and one more (is there a next page?), in queue order,
    from one UNION query.

    On PostgreSQL each branch (a kind; after a key, its rows of the key's rank still to come and
    those of later ranks) is ordered and cut to a page first, each a range of its queue index
    (Reviewable.Meta.indexes), so the UNION merges short lists however deep the page is;
    SQLite cannot order a branch and sorts the union."""
    order = ("queue_rank", "-created_at", "-id")
    wanted = PER_PAGE + 1
    branched = connection.features.supports_slicing_ordering_in_compound
    branches = []
    for kind, qs in querysets.items():
        if qs.query.is_empty():
            continue
        keyed = qs.order_by().annotate(queue_rank=QUEUE_RANK)
        for part in _after(kind, after):
            branch = keyed.filter(part).values(
                "id", "created_at", "queue_rank", item_type=Value(kind, output_field=CharField())
            )
            branches.append(branch.order_by(*order)[:wanted] if branched else branch)
    if not branches:
        return []
    if len(branches) == 1:
        union = branches[0].order_by(*order) if not branched else branches[0]
    else:
        union = branches[0].union(*branches[1:], all=True)
        union = union.order_by("queue_rank", "-created_at", "item_type", "-id")
    return [
        Key(row["queue_rank"], row["created_at"], row["item_type"], row["id"])
        for row in union[:wanted]
    ]


def _after(kind: str, key: Key | None) -> list[Q]:
    """The rows of `kind` that come after `key`: those of its rank further on, then those of
    later ranks, as two conditions that are each one range of the queue index."""
    if key is None:
        return [Q()]
    same_time = Q(pk__lt=key.id) if kind == key.kind else Q(pk__in=[]) if kind < key.kind else Q()
    same_rank = Q(queue_rank=key.rank, created_at__lte=key.created) & (
        Q(created_at__lt=key.created) | same_time
    )
    return [same_rank, Q(queue_rank__gt=key.rank)]


@dataclass
class Row:
    kind: str
    item: Quote | Claim
    url: str
    sources: list[tuple[str, str]] = field(default_factory=list)  # (label, source title)
    source_ids: list[tuple[int, str]] = field(default_factory=list)  # (id, title)
    in_context: str = ""  # the first appearance's sentence, its words highlighted

    @property
    def quantity(self) -> str:
        return quantity_text(self.item) if isinstance(self.item, Claim) else ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.item.pk}"

    @property
    def words(self) -> str:
        if isinstance(self.item, Quote):
            text = self.item.text
            return f"“{text[:160]}{'…' if len(text) > 160 else ''}”"
        return self.item.statement[:200] + ("…" if len(self.item.statement) > 200 else "")

    @property
    def who(self) -> Speaker | None:
        return getattr(self.item, WHO[self.kind])


def shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def page_rows(keys: list[tuple[str, int]]) -> list[Row]:
    """The page's items with who said them, their markers and their sources: three queries."""
    wanted = {kind: [pk for k, pk in keys if k == kind] for kind in KINDS}
    loaded: dict[tuple[str, int], Quote | Claim] = {}
    # An empty id list costs no query.
    for quote in Quote.objects.filter(pk__in=wanted["quote"]).select_related("speaker"):
        loaded["quote", quote.pk] = quote
    claims = Claim.objects.filter(pk__in=wanted["claim"]).select_related("claimant")
    contested = Claim.objects.contested().filter(pk=OuterRef("pk"))
    for claim in claims.annotate(is_contested=Exists(contested)):
        loaded["claim", claim.pk] = claim
    rows = {
        key: Row(key[0], loaded[key], reverse(f"admin:claims_{key[0]}_change", args=[key[1]]))
        for key in keys
        if key in loaded
    }
    if not rows:
        return []
    # Each appearance with its source's title and the stretch of its text around it (never the
    # whole text).
    floor = Greatest(F("start") - CONTEXT_CHARS, Value(0))
    appearances = (
        Appearance.objects.filter(Q(quote_id__in=wanted["quote"]) | Q(claim_id__in=wanted["claim"]))
        .order_by("source__outlet__name", "source_id", "start")
        .values_list(
            "quote_id",
            "claim_id",
            "source_id",
            "source__title",
            "source__outlet__name",
            "start",
            "end",
            "orphaned",
            floor,
            Substr("source__text", floor + 1, F("end") - floor + CONTEXT_CHARS),
        )
    )
    for (
        quote_id,
        claim_id,
        source_id,
        title,
        outlet,
        start,
        end,
        orphaned,
        left,
        window,
    ) in appearances:
        row = rows.get(("quote", quote_id) if quote_id else ("claim", claim_id))
        if row is None:
            continue
        title = title or f"Source #{source_id}"
        label = outlet or shorten(title, 32)
        if (label, title) not in row.sources:
            row.sources.append((label, title))
            row.source_ids.append((source_id, title))
        if not row.in_context and not orphaned:
            row.in_context = highlighted(window, start - left, end - left)
    return list(rows.values())


def query_string(params: QueryDict, **changes: Any) -> str:
    """The current parameters with `changes` (None removes one); any filter change goes back to
    the first page."""
    updated = params.copy()
    for name, value in {"after": None, **changes}.items():
        if value is None:
            updated.pop(name, None)
        else:
            updated[name] = str(value)
    return "?" + updated.urlencode() if updated else "?"


def sidebar(params: QueryDict, chosen: dict[str, Any], rows: list[Row]) -> list[dict[str, Any]]:
    """The filters as the admin shows them: each choice a link, the current one selected.

    Speakers and sources number in the tens of thousands: the choices offered are those of the
    rows on this page (and the chosen one); the outlets, a few hundred, are all offered."""
    on_page = {row.who.pk: row.who.name for row in rows if row.who is not None}
    if "speaker" in chosen and chosen["speaker"] not in on_page:
        for name in Speaker.objects.filter(pk=chosen["speaker"]).values_list("name", flat=True):
            on_page[chosen["speaker"]] = name
    people = sorted(on_page.items(), key=lambda item: item[1])
    cited = {pk: shorten(title, 60) for row in rows for pk, title in row.source_ids}
    if "source" in chosen and chosen["source"] not in cited:
        for title in Source.objects.filter(pk=chosen["source"]).values_list("title", flat=True):
            cited[chosen["source"]] = shorten(title, 60) or f"Source #{chosen['source']}"
    outlets = Outlet.objects.filter(
        Exists(Source.objects.filter(outlet=OuterRef("pk"), appearances__isnull=False))
    ).values_list("pk", "name")
    status_choices = [(AWAITING, "Awaiting review"), (ALL, "All statuses"), *ReviewStatus.choices]
    groups: list[tuple[str, str, list[tuple[Any, str]], str]] = [
        ("kind", "kind", [("quote", "Quotes"), ("claim", "Claims")], "All"),
        ("status", "status", status_choices[1:], "Awaiting review"),
        ("speaker", "speaker or claimant", list(people), "All"),
        ("outlet", "outlet", list(outlets), "All"),
        ("source", "source", list(cited.items()), "All"),
        ("stance", "evidence stance", list(Stance.choices), "All"),
        (
            "contested",
            "contested",
            [("yes", "Supported and disputed"), ("no", "Not contested")],
            "All",
        ),
        ("conflict", "numbers conflict", [("yes", "Numbers conflict (claims only)")], "All"),
    ]
    built = []
    for name, title, choices, default_label in groups:
        current = chosen.get(name)
        if name == "status":
            current = None if current == AWAITING else current
        links: list[dict[str, Any]] = [
            {
                "label": default_label,
                "url": query_string(params, **{name: None}),
                "selected": current is None,
            }
        ]
        for value, label in choices:
            links.append(
                {
                    "label": label,
                    "url": query_string(params, **{name: value}),
                    "selected": current is not None and str(current) == str(value),
                }
            )
        built.append({"title": title, "choices": links})
    return built


# --- the view ------------------------------------------------------------------------------


def check_may_view(request: HttpRequest) -> None:
    if not (
        request.user.has_perm("claims.view_quote") and request.user.has_perm("claims.view_claim")
    ):
        raise PermissionDenied("The review queue needs permission to view quotes and claims.")


def review_queue_view(request: HttpRequest, admin_site: Any) -> HttpResponse:
    check_may_view(request)
    if request.method == "POST":
        apply_bulk_action(request)
        return HttpResponseRedirect(request.get_full_path())
    filters = QueueFilters(request.GET)
    chosen = filters.chosen()
    if filters.errors:
        messages.warning(
            request,
            "Some filters were not understood and are ignored: " + ", ".join(filters.errors),
        )
    for name, value in filters.impossible_ids().items():
        messages.info(request, f"No {name} has the id {value}: nothing matches.")
    querysets = {kind: qs for kind in KINDS if (qs := filtered(kind, chosen)) is not None}
    counts = {kind: capped_count(qs) for kind, qs in querysets.items()}
    total = sum(counts.values())
    if any(isinstance(n, CappedCount) for n in counts.values()):
        total = CappedCount(total)
    after = Key.decode(chosen.get("after", ""))
    if "after" in chosen and after is None:
        messages.warning(request, "The page link was not understood: this is the first page.")
    keys = page_keys(querysets, after)
    rows = page_rows([(key.kind, key.id) for key in keys[:PER_PAGE]])
    params = request.GET
    following = keys[PER_PAGE - 1] if len(keys) > PER_PAGE else None
    context = {
        **admin_site.each_context(request),
        "title": "Review queue",
        "help": HELP,
        "rows": rows,
        "counts": counts,
        "total": total,
        "first_url": query_string(params) if after is not None else None,
        "next_url": query_string(params, after=following.encode()) if following else None,
        "filters": sidebar(params, chosen, rows),
        "search": chosen.get("q", ""),
        "search_hidden": [(k, v) for k, v in params.items() if k not in {"q", "after"}],
        "awaiting_only": chosen["status"] == AWAITING,
        "status_label": dict(ReviewStatus.choices).get(chosen["status"], ""),
        "all_statuses_url": query_string(params, status=ALL),
        "awaiting_url": query_string(params, status=None),
        "clear_url": "?",
        # Anything beyond the default view (awaiting review, any page) can be cleared.
        "filtered": {k: v for k, v in chosen.items() if k != "after"} != {"status": AWAITING},
        "may_reject": request.user.has_perm("claims.verify_quote")
        or request.user.has_perm("claims.verify_claim"),
        "quote_opts": Quote._meta,
        "claim_opts": Claim._meta,
    }
    return TemplateResponse(request, "admin/claims/review_queue.html", context)


def apply_bulk_action(request: HttpRequest) -> None:
    """Start review of, or reject with a reason, each selected item the user may change."""
    action = request.POST.get("action", "")
    reason = request.POST.get("reason", "").strip()
    selected: dict[str, list[int]] = {kind: [] for kind in KINDS}
    for key in request.POST.getlist("selected"):
        kind, _, pk = key.partition(":")
        number = parse_id(pk)
        if kind in selected and number is not None:
            selected[kind].append(number)
    if action not in {"start_review", "reject"}:
        messages.error(request, "Choose an action: start review, or reject with a reason.")
        return
    if not any(selected.values()):
        messages.warning(request, "Select the quotes or claims to act on first.")
        return
    if action == "reject" and not reason:
        messages.error(request, "Say why they are rejected: nothing was changed.")
        return
    user = request.user
    for kind, model in KINDS.items():
        if not selected[kind]:
            continue

        def change(obj: Any, kind: str = kind) -> None:
            if not user.has_perm(f"claims.change_{kind}"):
                raise PermissionDenied(f"You may not change {kind}s.")
            if action == "start_review":
                obj.start_review(user)
            else:
                obj.reject(user, reason)

        items = model.objects.filter(pk__in=selected[kind]).order_by("pk")
        apply_each(request, items, change, "in review" if action == "start_review" else "rejected")


# --- next and previous in the queue --------------------------------------------------------


def neighbour(kind: str, pk: int, forward: bool = True) -> tuple[str, int] | None:
    """The item after (or before) this one in the queue of what awaits review, as (kind, id).
    An item no longer awaiting review (just verified, say) is followed by the queue's first.
    Three queries at most."""
    rank: dict[str, int] = {ReviewStatus.UNREVIEWED: 0, ReviewStatus.IN_REVIEW: 1}
    current = KINDS[kind].objects.filter(pk=pk).values("status", "created_at").first()
    if current is None or current["status"] not in rank:
        here = None
    else:
        here = (rank[current["status"]], current["created_at"])
    found: list[tuple[tuple[Any, ...], str, int]] = []
    for other, model in KINDS.items():
        items = model.objects.awaiting_review().annotate(queue_rank=QUEUE_RANK)
        if here is not None:
            r, created = here
            # Queue order is (rank, newest first, kind, highest id first).
            same_place = Q(queue_rank=r, created_at=created)
            if other == kind:
                same_place &= Q(pk__lt=pk) if forward else Q(pk__gt=pk)
            elif (other > kind) != forward:
                same_place = Q(pk__in=[])
            if forward:
                later = Q(queue_rank__gt=r) | Q(queue_rank=r, created_at__lt=created)
            else:
                later = Q(queue_rank__lt=r) | Q(queue_rank=r, created_at__gt=created)
            items = items.filter(later | same_place)
        elif not forward:
            continue
        order = ["queue_rank", "-created_at", "-pk"]
        if not forward:
            order = ["-queue_rank", "created_at", "pk"]
        row = items.order_by(*order).values_list("pk", "queue_rank", "created_at").first()
        if row is not None:
            found.append(((row[1], -row[2].timestamp(), other, -row[0]), other, row[0]))
    if not found:
        return None
    chosen = min(found) if forward else max(found)
    return chosen[1], chosen[2]


def neighbour_url(kind: str, pk: int, forward: bool = True) -> str | None:
    found = neighbour(kind, pk, forward)
    if found is None:
        return None
    return reverse(f"admin:claims_{found[0]}_change", args=[found[1]])
