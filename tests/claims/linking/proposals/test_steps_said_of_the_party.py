"""A level and its baseline in a sentence whose subject only refers back ("The party won 84
seats, down from 96") are of the party the sentence before opens on: the change they give
supports that party's stated change, not another party's."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals


def _story() -> None:
    ingest(
        " date 2031-06-02 The Varn Electoral Commission said the Union Party won 40 seats in "
        "Sunday's vote.",
        "commission.txt",
    )
    ingest(
        " date 2031-06-03 The Union Party won 40 seats. Prime minister Ola Brenn's Green "
        "Alliance lost 12 seats on the night.",
        "herald.txt",
    )


@pytest.mark.django_db
def test_the_party_of_a_level_is_the_one_the_sentence_before_names() -> None:
    _story()
    ingest(
        " date 2031-06-03 The Union Party won 40 seats. "
        "The Green Alliance lost 30 seats compared with the last election. "
        "The party won a total of 84 seats, down from 114 in 2027 and the 96 it held in "
        "September.",
        "courier.txt",
    )
    assert [s for s, _ in proposals("supports", "96")] == [
        "Prime minister Ola Brenn's Green Alliance lost 12 seats on the night."
    ]


@pytest.mark.django_db
def test_the_party_of_a_level_is_not_another_party_named_before() -> None:
    _story()
    ingest(
        " date 2031-06-03 The Union Party won 40 seats. "
        "The Union Party gained 14 seats compared with the last election. "
        "The party won a total of 84 seats, down from 114 in 2027 and the 96 it held in "
        "September.",
        "courier.txt",
    )
    assert proposals("supports", "96") == []
