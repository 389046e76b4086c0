"""ext16 (issue 9): a table written as text whose last columns name their unit ("Decline in
Points", "Decline in Percent", "Change (%)") gives the figures of each row under them that unit,
counted from the end of the row, and a column named for a fall or a rise gives the change. A
signed or decimal figure before a month is a table's cell, not a day ("-4.2 Oct."). Every
table and sentence here is invented."""

from __future__ import annotations

from decimal import Decimal

from claims.extraction import extract

TABLE = (
    "Date Close Drop in Points Drop in Percent "
    "March 3, 2011 9,812.40 -412.35 -4.2 Oct. 9, 2003 7,105.66 -288.19 -3.9 "
    "June 2, 1999 6,230.08 -201.74 -3.1"
)


def read(text: str) -> dict[str, tuple[Decimal | None, str | None, str | None]]:
    return {q.text.lstrip("-"): (q.value, q.unit, q.change) for q in extract(text).quantities}


def test_figures_under_unit_columns_take_the_unit_and_the_change() -> None:
    got = read(TABLE)
    assert got["412.35"][1:] == ("point", "down")
    assert got["4.2"][1:] == ("percent", "down")
    assert got["3.9"][1:] == ("percent", "down")
    assert got["3.1"][1:] == ("percent", "down")
    assert got["201.74"][1:] == ("point", "down")


def test_a_column_without_a_unit_gives_none() -> None:
    got = read(TABLE)
    assert got["9,812.40"][1] in ("", None)


def test_a_column_unit_in_brackets_one_row_a_line() -> None:
    got = read("Party Seats Change (%)\nLabour 262 4.5\nGreens 17 -2.1\n")
    assert got["4.5"][1] == "percent"
    assert got["2.1"][1] == "percent"
    assert got.get("262", (None, None, None))[1] != "percent"


def test_running_text_between_the_columns_and_the_figure_cuts_the_table() -> None:
    got = read("Shares fell in Percent terms, analysts said, by 4.6 on Monday.")
    assert all(unit != "percent" for _, unit, _ in got.values())


def test_a_whole_number_before_a_month_is_still_a_day() -> None:
    assert "4" not in read("Talks resumed on 4 Sept. in Varna.")
