"""Which year a sentence names dates a figure (not the level a change started from, nor a
record it beat, nor an old year before a day of the report's week); an undated page is dated
by its figures' reports, never by a year they were dated by; and a figure credited to unnamed
sources is that report's. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from claims.linking.ingest import year_of
from claims.linking.match import Figure, figure, judge, unnamed_sources
from claims.models import Claim
from sources.ingest import parse_text
from sources.services import ingest_document


def year(sentence: str, figure_text: str) -> int | None:
    start = sentence.index(figure_text)
    return year_of(sentence, start, start + len(figure_text))


def test_the_level_a_change_started_from_keeps_its_year_to_itself() -> None:
    seats = "The Greens won 48 seats, down from 61 in 2016 and the 55 they held in spring."
    assert year(seats, "48 seats") is None
    assert year(seats, "61") == 2016
    turnout = "Turnout in Ostrava Vale was down, at 58%, from 63% in 2012."
    assert year(turnout, "58%") is None
    assert year(turnout, "63%") == 2012


def test_a_record_a_figure_beat_keeps_its_year_to_itself() -> None:
    listing = (
        "Korvel Mining sold its shares at 41 crowns, raising 3.6 billion crowns and beating the "
        "Halden listing of 2011."
    )
    assert year(listing, "41 crowns") is None
    surpass = "The crowd of 91,400 surpassed the old mark set in 1998."
    assert year(surpass, "91,400") is None


def test_an_old_year_before_a_day_of_the_report_week_does_not_date_the_figure() -> None:
    bloc = (
        "Cut to three seats in 2009, the Valley Party came back in 2013 and then, on Monday, "
        "took 29 seats."
    )
    assert year(bloc, "29 seats") is None
    old = "Back in 2009, the Valley Party took just three seats."
    assert year(old, "three seats") == 2009


@pytest.mark.django_db
def test_an_undated_page_is_not_dated_by_a_year_its_figures_were_dated_by() -> None:
    now = "The Harbour Party won 143 seats on Monday, Elections Norland said."
    ingest_document(parse_text(f"date 2020-09-15\n{now}\n", "dated.txt"))
    then = "Back in 2016, the Harbour Party won 171 seats and 2,314,000 votes."
    ingest_document(parse_text(f"{then}\n", "history.txt"))
    undated = "The Harbour Party won 143 seats, down from 171 seats and 2,314,000 votes."
    ingest_document(parse_text(f"{undated}\n", "undated.txt"))
    claim = Claim.objects.get(value=Decimal("143"))
    assert claim.appearances.count() == 2


@pytest.mark.django_db
def test_an_undated_page_is_dated_by_a_figure_another_stored_with_its_unit_alone() -> None:
    stored = "Velmark's listing was worth $4.37 billion, the exchange said on Thursday."
    ingest_document(parse_text(f"date 2022-11-03\n{stored}\n", "velmark.txt"))
    undated = "Velmark raised $4.37 billion, and its 912 million shares trade from Monday."
    ingest_document(parse_text(f"date 2022-03-11\n{undated}\n", "copy.txt"))
    shares = Claim.objects.get(value=Decimal("912000000"))
    assert shares.seen_on == datetime.date(2022, 11, 3)


def test_unnamed_sources_are_read_from_the_sentence() -> None:
    assert unnamed_sources("It was priced at 41 crowns, according to three sources.") == "three"
    assert unnamed_sources("It raised 3.6 billion crowns, two sources told the agency.") == "two"
    assert unnamed_sources("Shares will trade at 41 crowns, the sources said.") == "the"
    assert unnamed_sources("Korvel said it priced its shares at 41 crowns.") == ""


def _price(statement: str, claimant: int | None) -> Figure:
    return figure(
        claimant=claimant,
        measure_key="NOK:share_price",
        value=Decimal("41"),
        lower=Decimal("41"),
        upper=Decimal("41"),
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=datetime.date(2022, 11, 3),
        statement=statement,
    )


def test_a_figure_from_unnamed_sources_is_no_company_announcement_nor_other_sources() -> None:
    company = _price("Korvel Mining said it priced its shares at 41 crowns.", 7)
    bare = _price("Korvel Mining priced its shares at 41 crowns on Thursday.", None)
    three = _price("Korvel priced its shares at 41 crowns, according to three sources.", None)
    two = _price("Korvel priced its shares at 41 crowns, two sources told the agency.", None)
    copy = _price("Korvel set its price at 41 crowns, according to three sources.", None)
    assert judge(three, company) == "claimant"
    assert judge(three, bare) == "claimant"
    assert judge(two, three) == "claimant"
    assert not isinstance(judge(copy, three), str)
    assert not isinstance(judge(bare, company), str)


def test_a_year_a_comparison_names_or_another_number_holds_dates_no_later_figure() -> None:
    showing = "The Greens did better than in 2016, taking 71 seats, up from 64."
    assert year(showing, "71 seats") is None
    listed = "The Greens won 48 seats, down from 61 in 2016 and the 55 they held in spring."
    assert year(listed, "55") is None
    old = "Back in 2016, the Greens won 61 seats."
    assert year(old, "61 seats") == 2016


@pytest.mark.django_db
def test_a_result_recalled_by_its_year_is_the_one_reported_on_its_day_that_year() -> None:
    result = "Marta Velk won the Norland presidency with 61.37% of the vote, officials said."
    ingest_document(parse_text(f"date 2021-05-09\n{result}\n", "result.txt"))
    recalled = "Her share compares with her first win in 2021, when Velk won 61.4% of the vote."
    ingest_document(parse_text(f"date 2026-04-20\n{recalled}\n", "recalled.txt"))
    claim = Claim.objects.get(value=Decimal("61.37"))
    assert claim.appearances.count() == 2
    other_year = "Back in 2019, Velk won 61.4% of the vote in the party primary."
    ingest_document(parse_text(f"date 2026-04-21\n{other_year}\n", "primary.txt"))
    assert claim.appearances.count() == 2  # a year that holds no report of it: apart
