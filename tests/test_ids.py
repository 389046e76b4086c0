import pytest

from factdb.ids import MAX_ID, parse_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        (str(MAX_ID), MAX_ID),
        (str(MAX_ID + 1), None),
        ("²", None),
        ("٣", None),
        ("-3", None),
        ("+3", None),
        ("1.0", None),
        ("", None),
        ("1 2", None),
    ],
)
def test_only_plain_ascii_digits_in_the_id_range_are_ids(value, expected):
    assert parse_id(value) == expected
