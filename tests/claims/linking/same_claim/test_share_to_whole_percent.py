"""A share given to a tenth and the same share rounded half up to a whole percent ("17.5
percent" and "18 percent") are one figure, though rounding a small share moves it by more than
ROUNDING of itself, when a name both write or a shared story ties them to one event.
Sentences written for these tests (fictional places)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from claims.linking.match import Figure, Link, figure, judge, same_claim

DAY = datetime.date(2031, 5, 20)


def share(statement: str, wording: str, value: str, qualifier: str = "") -> Figure:
    start = statement.index(wording)
    return figure(
        claimant=None,
        measure_key="percent:deaths",
        value=Decimal(value),
        lower=None,
        upper=None,
        lower_inclusive=True,
        upper_inclusive=True,
        qualifier=qualifier,
        seen_on=DAY,
        statement=statement,
        before=statement[:start],
        wording=wording,
        after=statement[start + len(wording) :],
    )


def test_a_tenth_and_its_whole_percent_are_one_share() -> None:
    whole = share("Deaths from the fever rose 18 percent in Kessmark.", "18 percent", "18")
    tenth = share(
        "In Kessmark, fever deaths went up 17.5 percent over the year.", "17.5 percent", "17.5"
    )
    link = same_claim(tenth, whole)
    assert isinstance(link, Link) and link.score >= 0.85
    assert isinstance(same_claim(whole, tenth), Link)


def test_a_tenth_that_rounds_elsewhere_stays_apart() -> None:
    whole = share("Deaths from the fever rose 18 percent in Kessmark.", "18 percent", "18")
    other = share(
        "In Kessmark, fever deaths went up 17.4 percent over the year.", "17.4 percent", "17.4"
    )
    assert judge(other, whole) == "numbers"


def test_a_tenth_and_its_whole_percent_with_nothing_to_tie_them_stay_a_suggestion() -> None:
    whole = share("The toll climbed 18 percent since spring.", "18 percent", "18")
    tenth = share("Fever deaths went up 17.5 percent, officials said.", "17.5 percent", "17.5")
    link = same_claim(tenth, whole)
    assert isinstance(link, Link) and link.score < 0.85
