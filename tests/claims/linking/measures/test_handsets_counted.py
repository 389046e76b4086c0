"""Phones counted as things are one count however they are called: "1 million phones", "1
million smartphones", "1 million handsets", "1 million devices" (a recall's or a launch's
size, worded differently by each outlet). Sentences are made up."""

from __future__ import annotations

import pytest

from claims.linking.measures import measure_of


@pytest.mark.parametrize("noun", ["phones", "smartphones", "handsets", "devices"])
def test_phones_smartphones_handsets_and_devices_are_one_count(noun: str) -> None:
    found = measure_of(
        kind="count",
        noun=noun,
        figure=f"1 million {noun}",
        before="The maker recalled ",
        after=" after battery fires.",
    )
    assert found.key == "count:handsets"
