"""Evidence proposals (issue 9), prop29a: two readings of how far one session's move of an
index went before it turned ("at one point down as much as 830 points", "sank 760 points on
Tuesday afternoon"). Sentences written for these tests, of a fictional index and exchange."""

from __future__ import annotations

import pytest

from claims.linking.match import session_extremes
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db

AFTERNOON_LOW = (
    " date 2031-05-06 Varn index sinks\n\n"
    "The Varn Composite index sank 760 points on Tuesday afternoon, wiping out the gains of "
    "the spring. Traders in Ostrel blamed bond yields."
)


def test_as_much_as_at_one_point_disputes_the_afternoons_low() -> None:
    # "as much as 830" of a move that happened is the low reached, not a cap 760 lies under;
    # its sentence names no day, the claim's no turn: one told the extreme, the other the move
    # within the session.
    ingest(AFTERNOON_LOW, "ledger.txt")
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "At one point the Varn Composite was down as much as 830 points.",
        "courier.txt",
    )
    found = proposals("disputes", "830 points")
    assert found and "760 points" in found[0][0], found


def test_nearly_before_recovering_disputes_the_afternoons_low() -> None:
    # "nearly 850" reads as a point just under 850; against 740 it is no rough agreement but
    # another reading of the low, and the two sentences share few words.
    ingest(AFTERNOON_LOW.replace("760", "740"), "ledger.txt")
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "In the final hour of trading, the Varn Composite dipped by nearly 850 points before "
        "recovering a little by the close.",
        "courier.txt",
    )
    found = proposals("disputes", "850 points")
    assert found and "740 points" in found[0][0], found


def test_nearly_is_no_rough_agreement_with_another_reading_of_the_low() -> None:
    # "nearly 800" is within a tenth of 740, which an estimate would agree with; of the low a
    # move reached it is a point just under 800, told to the hundred, and 740 is another.
    ingest(AFTERNOON_LOW.replace("760", "740"), "ledger.txt")
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "The Varn Composite shed nearly 800 points in its steepest fall of the year.",
        "herald.txt",
    )
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "Varn Composite shares: the index briefly plunged nearly 800 points, before recouping "
        "half that by the close.",
        "courier.txt",
    )
    found = proposals("disputes", "briefly plunged")
    assert found and "740 points" in found[0][0], found


def test_a_reading_within_the_rounding_agrees() -> None:
    # "nearly 830" is what a low of 827 points is, told to the ten.
    ingest(
        " date 2031-05-06 Varn index sinks\n\n"
        "The Varn Composite index sank 827 points on Tuesday afternoon, wiping out the gains of "
        "the spring.",
        "ledger.txt",
    )
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "The Varn Composite briefly plunged nearly 830 points, before recouping half of it.",
        "courier.txt",
    )
    assert not proposals("disputes", "830 points")


def test_extremes_need_a_turn_or_a_time_within_the_session() -> None:
    assert session_extremes(
        "At one point the index was down as much as 830 points.",
        "The index sank 760 points on Tuesday afternoon.",
    )
    assert session_extremes(
        "The index briefly plunged nearly 830 points.",
        "The index fell 790 points before recovering.",
    )
    # The close is no extreme: a day's final fall may lie well under its low.
    assert not session_extremes(
        "At one point the index was down as much as 830 points.",
        "The index closed 760 points lower.",
    )
    assert not session_extremes(
        "The index sank 760 points on Tuesday afternoon.", "It fell 790 points in the morning."
    )


def test_a_low_told_in_other_words_of_the_same_index_disputes_it() -> None:
    # The two sentences share little but the index's name and "points": the name, and both
    # telling how far one session's move went, make them two readings of one low.
    ingest(AFTERNOON_LOW, "ledger.txt")
    ingest(
        " date 2031-05-07 Varn index in turmoil\n\n"
        "Amid frantic selling by pension funds, hedge funds, insurers and nervous retail "
        "brokers from Ostrel to Dunmere, with bond yields soaring and currency desks swamped, "
        "the Varn Composite slumped as much as 830 points before bargain hunters returned.",
        "courier.txt",
    )
    found = proposals("disputes", "830 points")
    assert found and "760 points" in found[0][0], found
