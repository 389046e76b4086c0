"""ext10 (issue 9): quantities in forms the extractor missed. Every sentence here is invented."""

from __future__ import annotations

from claims.extraction import extract


def values(text: str) -> list[tuple[str, str]]:
    return [(q.text, str(q.value)) for q in extract(text).quantities]


def test_every_line_of_a_results_list_is_a_count() -> None:
    text = "FINAL TALLY\n88 Reformers\n61 Unionists\n14 Greens\n2 Independents\n"
    assert values(text) == [
        ("88 Reformers", "88"),
        ("61 Unionists", "61"),
        ("14 Greens", "14"),
        ("2 Independents", "2"),
    ]


def test_a_number_after_a_name_on_the_same_line_is_still_an_identifier() -> None:
    assert values("Passengers of Flight 17 were rebooked.") == []


def test_a_count_named_by_the_word_for_a_count() -> None:
    assert values("“We are working with the number of 312,” the warden said.") == [("312", "312")]
    assert values("Officials gave a total of 4,210 by noon.") == [("4,210", "4210")]
    assert values("The clinic treated a figure of 96 patients.") == [("96 patients", "96")]
