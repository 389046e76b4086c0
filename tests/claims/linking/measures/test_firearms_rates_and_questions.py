"""Measures read the same whatever the wording: guns and firearms, a rate of a share,
shares that lost another share. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _share(before: str, after: str, earlier: str = "") -> str:
    return measure_of(
        kind="percent", unit="percent", figure="2.4 percent", before=before, after=after,
        earlier=earlier,
    ).key  # fmt: skip


def _count(figure: str, before: str, after: str, noun: str) -> str:
    return measure_of(
        kind="count", unit=noun, noun=noun, figure=figure, before=before, after=after
    ).key


def test_weapons_guns_and_firearms_are_one_count_and_rifles_another() -> None:
    found = "Officers found "
    weapons = _count("14 weapons", found, " in the flat.", "weapons")
    guns = _count("14 guns", found, " in the flat.", "guns")
    firearms = _count("14 firearms", found, " in the flat.", "firearms")
    assert weapons == guns == firearms == "count:firearms"
    assert _count("14 rifles", found, " in the flat.", "rifles") != "count:firearms"


def test_a_rate_of_a_share_is_the_one_thing_its_sentence_named() -> None:
    forecast = "The bank cut its inflation forecasts and expects a rate of "
    assert _share(forecast, " in 2031.") == "percent:inflation"
    assert _share("The loan carries a rate of ", " a year.") == "percent:"


def test_shares_that_lost_another_share_after_an_aside_and_an_earlier_fall_moved() -> None:
    aside = (
        "The shares, which peaked at €90 in 2009, have crashed to less than €5, and lost another "
    )
    assert _share(aside, " when the plan came out.") == "percent:share_price"
    assert _share("The shares lost a further ", " on Monday.") == "percent:share_price"
    assert _share("Investors sold shares as the index lost another ", ".") != "percent:share_price"


def _bare(figure: str, before: str, after: str, earlier: str, noun: str | None = None) -> str:
    return measure_of(
        kind="count", noun=noun, figure=figure, before=before, after=after, earlier=earlier
    ).key


def test_a_figure_answering_how_many_counts_what_the_question_asked() -> None:
    asked = "90,000? 2 million? How many Freedonian marchers filled the square?\n\n"
    police = _bare("90,000", "The police gave a cautious ", " estimate.", asked, "estimate")
    organisers = _bare("two million", "The organisers said it was ", ".", asked)
    assert police == organisers == "count:crowd"
    assert _bare("90,000", "The police gave a cautious ", " estimate.", "", "estimate") == "count:"


def test_how_many_asks_for_the_thing_named_right_after_it() -> None:
    # The words further on name other things ("the toll road"'s cost, a "bill"): what the
    # question counts is the noun right after "how many".
    asked = "How many Varn marchers defied the ban on the toll road's fee rise?\n\n"
    police = _bare("40,000", "The police gave a cautious ", " estimate.", asked, "estimate")
    organisers = _bare("200,000", "The organisers said it was ", ".", asked)
    assert police == organisers == "count:crowd"


def test_those_who_work_at_a_place_are_its_staff() -> None:
    before = "Its biggest trading floor is in Varnby, where around "
    assert _count("900", before, " people work, so cuts there are likely.", "people") == (
        "count:employees"
    )
    assert _bare("900", "Its biggest office is in Varnby, where ", " work.", "") == (
        "count:employees"
    )
    # Those who marched, or who merely live there, are no staff.
    assert _count("900", "in Varnby, where ", " people marched.", "people") != "count:employees"
    assert _count("900", "in Varnby, where ", " people live.", "people") != "count:employees"
