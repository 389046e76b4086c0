"""A part and its whole give a share that an article not yet tied to this one states: it is
supported when the two sentences share words, not otherwise."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals


@pytest.mark.django_db
def test_a_share_of_an_untied_article_is_supported_by_a_part_and_its_whole() -> None:
    ingest(
        " date 2031-03-02\nOne fifth of Varn Bank's global workforce will lose their jobs in "
        "the overhaul.",
        "wire.txt",
    )
    ingest(
        " date 2031-03-03\nVarn Bank aims to cut 1,800 jobs from its 9,140 workforce in the "
        "overhaul.",
        "daily.txt",
    )
    assert [s for s, _ in proposals("supports", "9,140")] == [
        "One fifth of Varn Bank's global workforce will lose their jobs in the overhaul."
    ]


@pytest.mark.django_db
def test_a_share_of_an_untied_article_on_other_things_is_not_supported() -> None:
    ingest(
        " date 2031-03-02\nOne fifth of the Tarnby mill's workforce went on strike on Monday.",
        "wire.txt",
    )
    ingest(
        " date 2031-03-03\nVarn Bank aims to cut 1,800 jobs from its 9,140 workforce in the "
        "overhaul.",
        "daily.txt",
    )
    assert proposals("supports", "9,140") == []
