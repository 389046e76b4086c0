"""Evidence proposals (issue 9), prop28a: two accounts of one day's move of an index, told by
sentences that tie each change to that day's session. Sentences written for these tests, of a
fictional index and exchange."""

from __future__ import annotations

import pytest

from claims.linking.match import day_moves
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_two_accounts_of_one_days_fall_dispute_each_other() -> None:
    # One report has the index close 840 points down by the end of the day; a later one gives
    # the fall at the closing bell as 912 points: one day's move, two accounts of it.
    ingest(
        " date 2031-03-03 Varn index slides\n\n"
        "The Varn Composite index lost ground all afternoon. The index steadied slightly by "
        "the end of the day, closing at 840 points down.",
        "ledger.txt",
    )
    ingest(
        " date 2031-03-04 Varn index suffers its worst fall\n\n"
        "The Varn Composite index tumbled 912 points by the closing bell on Monday, traders "
        "in Ostrel said.",
        "courier.txt",
    )
    found = proposals("disputes", "912 points")
    assert found and "840 points" in found[0][0], found


def test_another_days_move_is_no_rival_of_the_days_fall() -> None:
    # A fall of 530 points named with the day's session is too far from 840 to be an account
    # of the same day's move: the two may both hold (two days' falls).
    ingest(
        " date 2031-03-03 Varn index slides\n\n"
        "The Varn Composite index lost ground all afternoon. The index steadied slightly by "
        "the end of the day, closing at 840 points down.",
        "ledger.txt",
    )
    ingest(
        " date 2031-03-04 Varn index falls again\n\n"
        "The Varn Composite index fell 530 points by the closing bell, traders in Ostrel said.",
        "courier.txt",
    )
    assert not proposals("disputes", "530 points")


def test_a_change_tied_to_no_session_is_no_days_move() -> None:
    assert day_moves(
        "It fell 912 points by the closing bell.", "It was 840 down by the end of the day."
    )
    assert not day_moves("Labour gained 30 seats.", "Labour won 262 seats, up by 28.")
