"""A measure that is itself a change (seats won or lost): "picking up 18 seats" and "gained 21
seats" of one named party are two sizes of one change, however each is worded, and an outcome
"far exceeding expectations" is no forecast."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals


def _claim() -> None:
    ingest(
        " date 2031-06-02 The Union Party won 143 seats in Sunday's vote. "
        "The Green Alliance says it will sit in opposition, after far exceeding expectations by "
        "picking up 18 seats in the north and the islands.",
        "herald.txt",
    )


def _courier(party: str) -> None:
    ingest(
        " date 2031-06-02 The Union Party won 143 seats. "
        f"With every seat declared, {party} gained 21 seats.",
        "courier.txt",
    )


@pytest.mark.django_db
def test_a_net_gain_disputes_another_account_of_it_worded_as_seats_picked_up() -> None:
    _claim()
    _courier("the Green Alliance")
    assert [excerpt for _, excerpt in proposals("disputes", "21")] == [
        "With every seat declared, the Green Alliance gained 21 seats."
    ]


@pytest.mark.django_db
def test_another_partys_gain_is_no_rival_of_it() -> None:
    _claim()
    _courier("the Union Party")
    assert proposals("disputes", "21") == []


@pytest.mark.django_db
def test_an_unclaimed_gain_disputes_another_unclaimed_account_of_one_partys_change() -> None:
    ingest(
        " date 2031-06-02 The Union Party won 143 seats in Sunday's vote. "
        "Far exceeding expectations, the Green Alliance picked up 18 seats in the north.",
        "herald.txt",
    )
    _courier("the Green Alliance")
    assert [excerpt for _, excerpt in proposals("disputes", "21")] == [
        "With every seat declared, the Green Alliance gained 21 seats."
    ]
