"""Two percentage moves tenfold apart are of two things ("a 3.8% plunge" of an index, "jumped
92%" of a gauge of fear), no rival readings of one; and of two sentences of one article giving
one rival reading, rounded and not ("had tumbled 1,175.21 points", "the 1,175-point drop"), the
earlier is the evidence: digits beyond the claim's own say nothing of which is nearer it."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals


@pytest.mark.django_db
def test_an_index_fall_is_no_rival_of_a_gauge_jumping_tenfold_as_much() -> None:
    ingest(
        " date 2031-03-04 The Varn Composite fell 412.55 points on Monday. "
        "The Varn volatility index jumped 92% on Monday, its biggest one-day rise ever.",
        "wire.txt",
    )
    ingest(
        " date 2031-03-04 The Varn Composite fell 412.55 points on Monday. "
        "“Today’s Varn index -3.8% plunge is large and concerning,” said Ada Moss, a "
        "strategist at Tarn Capital.",
        "blog.txt",
    )
    assert proposals("disputes", "3.8%") == []


@pytest.mark.django_db
def test_an_equal_rival_reading_is_given_by_the_earlier_sentence_whatever_its_digits() -> None:
    ingest(
        " date 2031-03-04 The Varn Composite closed Monday 1,100 points down, recovering "
        "slightly by the end of the day.",
        "wire.txt",
    )
    ingest(
        " date 2031-03-04 When the closing bell sounded on Monday, the Varn Composite had "
        "tumbled 1,175.21 points, or 4.6%, to close at 24,345.75. The 1,175-point drop in the "
        "Varn Composite marks its largest single-day point decline.",
        "blog.txt",
    )
    assert [excerpt[:40] for _, excerpt in proposals("disputes", "1,175")] == [
        "When the closing bell sounded on Monday,"
    ]
