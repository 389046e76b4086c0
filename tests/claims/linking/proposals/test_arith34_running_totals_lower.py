"""Evidence proposals (issue 9), arith34: a running total only grows. A count a later article
calls a total to date ("has received 12 reports") that is lower than a count of the same
measure reported weeks before disputes it; a higher one, a count of new reports, or a count
the sentence does not call a running total gives nothing. Sentences written for these tests,
of a fictional heater maker."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, stances_and_reasons

EARLIER = (
    " date 2033-05-02\nVarnco recalls heaters\n"
    "The safety regulator said Varnco heaters were linked to 31 reports of fires in homes, "
    "and ordered a recall of the Varnco heaters."
)


def later(sentence: str) -> None:
    ingest(
        f" date 2033-06-10\nVarnco heater recall widens\n{sentence} The Varnco heaters were "
        "sold in homes across the country.",
        "later.txt",
    )


def running() -> list[tuple[str, str]]:
    return [pair for pair in stances_and_reasons() if "running total" in pair[1]]


@pytest.mark.django_db
def test_a_lower_running_total_weeks_later_disputes_the_earlier_count() -> None:
    ingest(EARLIER, "earlier.txt")
    later("Varnco has received 12 reports of fires in homes linked to its heaters.")
    assert running() == [
        ("disputes", "a running total of 12 on 2033-06-10 is lower than the 31 of 2033-05-02")
    ]


@pytest.mark.django_db
def test_a_higher_running_total_gives_nothing() -> None:
    ingest(EARLIER, "earlier.txt")
    later("Varnco has received 44 reports of fires in homes linked to its heaters.")
    assert running() == []


@pytest.mark.django_db
def test_new_reports_within_a_running_total_are_not_one() -> None:
    ingest(EARLIER, "earlier.txt")
    later(
        "Varnco has received 44 reports of heaters overheating, including 12 new reports of "
        "fires in homes since the recall."
    )
    assert running() == []


@pytest.mark.django_db
def test_a_count_not_called_a_running_total_gives_nothing() -> None:
    ingest(EARLIER, "earlier.txt")
    later("Inspectors looked at 12 reports of fires in homes linked to its heaters.")
    assert running() == []
