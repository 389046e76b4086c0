"""Evidence proposals (issue 9), prop27: two equal figures, each credited to sources its report
does not name, are one leak passed on when their sources are told alike or on one day, but two
accounts of the number when a later day's report describes its own sources otherwise ("three
sources" after "two sources"): the later supports the earlier. Sentences written for these tests,
of a fictional firm."""

from __future__ import annotations

import datetime

from claims.linking.match import leak_confirmed
from tests.factories import stated_figure

MONDAY = datetime.date(2031, 6, 2)
TUESDAY = datetime.date(2031, 6, 3)


def leak(value: str, statement: str, day: datetime.date):
    return stated_figure(value, statement, "USD:share_price", seen_on=day)


def test_a_later_reports_own_sources_support_an_earlier_leak() -> None:
    earlier = leak("14.50", "The offer was priced at $14.50, two sources said", MONDAY)
    later = leak(
        "14.50",
        "Northwind priced its offer at $14.50, according to three sources",
        TUESDAY,
    )
    found = leak_confirmed(later, earlier, True, True)
    assert found is not None and found[0] == "supports"
    # "the sources said" in a later sentence of the earlier report: sources it counted before.
    told = leak("14.50", "The offer will open at $14.50, the sources said", MONDAY)
    found = leak_confirmed(later, told, True, True)
    assert found is not None and found[0] == "supports"


def test_one_leak_passed_on_is_no_second_account() -> None:
    earlier = leak("14.50", "The offer was priced at $14.50, two sources said", MONDAY)
    # The same sources, told alike a day later: the leak passed on.
    alike = leak("14.50", "The offer is priced at $14.50, two sources told the agency", TUESDAY)
    assert leak_confirmed(alike, earlier, True, True) is None
    # Another wording of the sources on the leak's own day: a copy may reword them.
    same_day = leak("14.50", "The offer is priced at $14.50, according to three sources", MONDAY)
    assert leak_confirmed(same_day, earlier, True, True) is None
    # Another number: no confirmation (a rival, if anything).
    other = leak("15.25", "The offer was priced at $15.25, three sources said", TUESDAY)
    assert leak_confirmed(other, earlier, True, True) is None
