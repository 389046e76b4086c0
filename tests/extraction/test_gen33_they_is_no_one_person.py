"""gen33 (issue 9): "they" stands for a body or a group, never for one named person: after
"Mayor Ana Ruiz spoke first.", "Organizers said they counted 40,000" is the organizers' count,
not the mayor's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz spoke first. Organizers said they estimated the turnout at 40,000.",
        "Mayor Ana Ruiz spoke first. Organizers told the Courier they estimated the crowd at "
        "40,000.",
    ],
)
def test_they_after_a_group_is_the_group_not_the_person_before(text: str) -> None:
    (quantity,) = extract(text).quantities
    assert quantity.claimant == "Organizers"


def test_they_is_never_the_last_of_two_people() -> None:
    (quantity,) = extract(
        "Ana Ruiz and Tom Hale met on Monday. They said 40 homes burned."
    ).quantities
    assert quantity.claimant != "Tom Hale"
