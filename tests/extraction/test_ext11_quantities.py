"""ext11 (issue 9): money and measures in forms the extractor missed. Every sentence here is
invented."""

from __future__ import annotations

from claims.extraction import extract


def read(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, str(q.value), q.unit) for q in extract(text).quantities]


def test_a_gulf_riyal_sign_glued_to_the_amount_is_money() -> None:
    assert read("The utility priced each share at SR14 on Sunday.") == [("SR14", "14", "SAR")]
    assert read("The stadium cost QR900m to build.") == [("QR900m", "900000000", "QAR")]
    assert [
        (q.lower, q.upper, q.unit) for q in extract("Bids ran at SR18-21 a share.").quantities
    ] == [(18, 21, "SAR per share")]


def test_a_spaced_riyal_sign_is_a_road_not_money() -> None:
    assert read("Drivers took SR 99 for 4 miles.") == [("4 miles", "4", "mi")]


def test_a_capital_t_after_a_currency_sign_is_a_trillion() -> None:
    assert read("Investors put the miner at $3.2T last week.") == [
        ("$3.2T", "3200000000000.0", "USD")
    ]
    assert read("The lab ran a 7T scanner.") == []


def test_a_decimal_point_with_no_zero_before_it() -> None:
    assert read("The lake was .41 degrees warmer than in May.") == [
        (".41 degrees", "0.41", "degree")
    ]
    assert read("Rates stood at 3.41 percent.") == [("3.41 percent", "3.41", "percent")]
