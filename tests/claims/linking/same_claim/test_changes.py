"""A count of the things a verb of change acts on, and a change worded with "by": one count of
a change whichever way the reading of the number took it. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, figure, object_of_change, same_claim


def jobs(statement: str, wording: str, *, difference: bool) -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="count:jobs",
        value=Decimal(4200),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2022, 3, 8),
        statement=statement,
        difference=difference,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_the_object_of_a_verb_of_change_is_a_count_of_the_things_changed() -> None:
    assert object_of_change("Why the Harlow insurer is slashing over ")
    assert object_of_change("after the carmaker began laying off ")
    assert object_of_change("The mill axed some ")
    assert not object_of_change("Factory payrolls fell ")  # an intransitive change: its size
    assert not object_of_change("The insurer cut its staff by ")
    assert not object_of_change("Employment was up ")


def test_a_cut_worded_as_a_verb_object_or_by_a_shrinking_workforce_is_one_count() -> None:
    slashing = jobs(
        "Why the Harlow insurer is slashing over 4,200 jobs", "over 4,200 jobs", difference=True
    )
    plans = jobs(
        "The Harlow insurer plans to cut 4,200 jobs across its offices.",
        "4,200 jobs",
        difference=False,
    )
    shrink = jobs(
        "The insurer will reduce its workforce by 4,200 over three years.",
        "4,200",
        difference=True,
    )
    for a, b in ((slashing, plans), (plans, slashing), (shrink, slashing), (plans, shrink)):
        assert same_claim(a, b) is not None


def test_a_change_is_still_no_level_of_the_same_number() -> None:
    fewer = jobs(
        "The insurer ended the year with 4,200 fewer jobs than before.",
        "4,200 fewer jobs",
        difference=True,
    )
    level = jobs(
        "The insurer's Harlow offices employ 4,200 jobs in all.", "4,200 jobs", difference=False
    )
    assert same_claim(fewer, level) is None
    assert same_claim(level, fewer) is None
