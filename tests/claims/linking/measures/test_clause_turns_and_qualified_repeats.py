"""A bare count after a clause turning on "but" is not of what the clause before named; a
qualified figure ("about 1,500") repeats the number told earlier. Sentences are made up."""

from __future__ import annotations

from claims.linking.measures import measure_of

EARLIER = "Officials in Tarnby said 1,500 people had died in the floods. "


def _count(figure: str, before: str, after: str) -> str:
    return measure_of(kind="count", figure=figure, before=before, after=after, earlier=EARLIER).key


def test_a_count_after_but_is_not_of_the_clause_before() -> None:
    key = _count(
        "1,500",
        "Crews still have to find the missing in four villages, but so far ",
        " is the number the council is working with.",
    )
    assert key == "count:deaths"


def test_a_qualified_figure_repeats_the_number_told_earlier() -> None:
    key = _count("about 1,500", "So far ", " is the number the council is working with.")
    assert key == "count:deaths"
