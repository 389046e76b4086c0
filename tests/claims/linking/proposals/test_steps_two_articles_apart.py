"""A change of seats stated in an article that shares no figure with this one, only one with an
article that does, is checked against a level and its baseline when the party is the same."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals


def _story() -> None:
    ingest(
        " date 2031-06-02 The Varn Electoral Commission said the Green Alliance won 84 seats in "
        "Sunday's vote. The Union Party won 40 seats.",
        "commission.txt",
    )
    ingest(
        " date 2031-06-03 The Union Party won 40 seats. Varn's Green Alliance lost 12 seats, "
        "while its main rivals, the Union Party, gained 9.",
        "herald.txt",
    )


@pytest.mark.django_db
def test_a_change_two_articles_away_is_supported_by_a_level_and_its_baseline() -> None:
    _story()
    ingest(
        " date 2031-06-03 The Green Alliance won a total of 84 seats, down from the 96 it held "
        "at dissolution.",
        "courier.txt",
    )
    assert [s for s, _ in proposals("supports", "96")] == [
        "Varn's Green Alliance lost 12 seats, while its main rivals, the Union Party, gained 9."
    ]


@pytest.mark.django_db
def test_a_change_two_articles_away_of_another_party_is_not_supported() -> None:
    _story()
    ingest(
        " date 2031-06-03 The Union Party won a total of 40 seats, down from the 52 it held "
        "at dissolution.",
        "courier.txt",
    )
    assert proposals("supports", "52") == []
