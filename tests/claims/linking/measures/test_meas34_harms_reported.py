"""A harm reported of a product is one measure however the report names it. Sentences are made
up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _count(
    noun: str | None, before: str, after: str, figure: str = "31", *, said: bool = True
) -> str:
    return measure_of(
        kind="count",
        figure=figure,
        noun=noun,
        measure=noun if said else None,
        before=before,
        after=after,
    ).key


def test_property_damage_reported_with_more_words_after_it_is_still_damage() -> None:
    before = "The maker has logged 9 reports of burns and "
    longer = _count("reports", before, " of property damage associated with the heaters.")
    shorter = _count("reports", before, " of property damage.")
    assert longer == shorter == "count:damage"


def test_a_harm_cut_from_its_end_still_reads_burns_as_injuries() -> None:
    before = "The agency logged "
    assert _count("reports", before, " of burns linked to the kettles.") == "count:injured"


def test_a_bare_figure_involving_a_harm_counts_that_harm_not_the_noun_carried_over() -> None:
    before = "Of those 70 reports, 12 involved burns and "
    after = " involved property damage, including fires in sheds."
    assert _count("burns", before, after, said=False) == "count:damage"

    # Only a bare figure: one said with its own noun, or with no "involved" after it, keeps it.
    assert _count("burns", "Of the 40 crashes, ", " involved burns.", figure="9 burns") == (
        "count:injured"
    )
    assert _count("burns", "Of those 70 reports, ", " in all.", said=False) == "count:injured"
