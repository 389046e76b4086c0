"""People said to have watched something are its viewers; a broadcast's ratings said as a count
of millions are its viewers. Sentences are made up for these tests."""

from __future__ import annotations

from claims.linking.measures import measure_of


def _count(figure: str, before: str, after: str, noun: str | None = None) -> str:
    return measure_of(kind="count", figure=figure, before=before, after=after, noun=noun).key


def test_people_who_watched_are_viewers() -> None:
    viewers = _count("4.1 million viewers", "The Varn Cup final drew ", ".", "viewers")
    by = _count(
        "4.1 million people",
        "The Varn Cup final was watched by an average of ",
        " across the region.",
        "people",
    )
    watched = _count(
        "6.3 million people", "A record ", " watched the final on Channel 9.", "people"
    )
    tuned = _count("6.3 million people", "Some ", " tuned in for the last quarter.", "people")
    assert viewers == by == watched == tuned == "count:viewer"


def test_people_who_did_something_else_are_not_viewers() -> None:
    assert _count("40 people", "The rally was attended by ", ".", "people") != "count:viewer"
    assert _count("300 people", "About ", " were evacuated from the valley.", "people") != (
        "count:viewer"
    )
    # Only people: officers who watched the crowd are still officers.
    assert _count("40 officers", "The march was watched by ", ".", "officers") == ("count:officer")


def test_ratings_said_in_millions_are_viewers() -> None:
    hit = _count(
        "an estimated 9.2 million",
        "Ratings for the Tarnby Cup final between the Rovers and the Larks on Feb. 3 hit ",
        ", according to early figures from Orla Metrics.",
    )
    climbed = _count("5 million", "Viewership of the second debate climbed to ", ".")
    assert hit == climbed == "count:viewer"


def test_ratings_without_millions_or_in_another_sentence_count_nothing_new() -> None:
    points = _count("41.5", "Ratings for the final hit ", " in the overnight figures.")
    assert points != "count:viewer"
    elsewhere = _count("9.2 million", "Ratings fell sharply. The county now has ", ".")
    assert elsewhere != "count:viewer"


def test_those_who_watched_some_part_are_the_reach_not_the_average() -> None:
    average = _count(
        "4.1 million people", "The Varn Cup final was watched by an average of ", ".", "people"
    )
    reach = _count(
        "6.3 million people",
        "Orla Metrics said a record ",
        " watched at least part of it.",
        "people",
    )
    bare = _count("6.3 million", "Orla Metrics also said a record ", " watched some part of it.")
    told_before = _count(
        "6.3 million", "The number of viewers who watched any part of the final was ", "."
    )
    assert average == "count:viewer"
    assert reach == bare == told_before != average
