"""A page's date whose day could be its month ("06/12" read as 12 June on a page that writes
the day first) is taken with day and month swapped when the claims its precise figures
repeat were reported near the swapped date and far from the date as read. Sentences written
for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from claims.linking.ingest import _swappable
from claims.models import Claim
from sources.ingest import parse_text
from sources.models import Source
from sources.services import ingest_document

LISTING = (
    "Harlowe Mining priced its shares at 14.37 crowns each, raising 2.184 billion crowns in "
    "the largest listing the Velmar exchange has seen."
)


def dated(day: str, text: str, name: str) -> None:
    ingest_document(parse_text(f"date {day}\n{text}\n", name))


@pytest.mark.django_db
def test_a_date_read_with_day_and_month_swapped_is_righted_by_its_figures() -> None:
    dated("2021-12-06", LISTING, "first.txt")
    dated("2021-06-12", "Velmar's new listing: " + LISTING, "second.txt")
    claim = Claim.objects.get(value=Decimal("14.37"))
    assert claim.appearances.count() == 2
    assert claim.seen_on == datetime.date(2021, 12, 6)


@pytest.mark.django_db
def test_figures_far_from_both_readings_leave_the_date_as_read() -> None:
    dated("2021-12-06", LISTING, "first.txt")
    dated("2021-03-04", "Velmar's new listing: " + LISTING, "second.txt")
    assert Claim.objects.filter(value=Decimal("14.37")).count() == 2


def test_only_a_date_whose_day_could_be_a_month_and_no_address_confirms_is_doubted() -> None:
    bare = Source(text="", published_on=None, url="https://example.org/harlowe-listing")
    assert _swappable(bare, datetime.date(2021, 6, 12))
    assert not _swappable(bare, datetime.date(2021, 6, 13))  # 13 is no month
    assert not _swappable(bare, datetime.date(2021, 6, 6))  # either reading is one date
    addressed = Source(text="", url="https://example.org/2021/06/12/harlowe-listing")
    assert not _swappable(addressed, datetime.date(2021, 6, 12))
