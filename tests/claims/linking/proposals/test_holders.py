"""Evidence proposals (issue 9): two counts held by two named parties are no rivals, nor a
change's second baseline against a current count, nor the two sides of "34% versus 33%".
Sentences written for these tests, of fictional parties."""

from __future__ import annotations

import pytest

from claims.linking.ingest import _prior_listed, holder_of
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str, name: str = "test.txt"):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def disputes() -> list[str]:
    return [p.excerpt for p in EvidenceProposal.objects.filter(stance="disputes")]


def test_the_holder_of_a_count_is_named_in_its_clause() -> None:
    assert holder_of("The vote saw the Greens win just ", " seats") == {"green"}
    assert holder_of("Northwind's Liberals had ", " seats") == {"liberal"}
    assert holder_of("", " for the Red Party in the north") == {"red"}
    assert holder_of("RESULTS\n", " Greens\n12 Reds") == {"green"}
    assert holder_of("RESULTS\nGreens ", "\n") == {"green"}
    # A verb whose subject opened the sentence, or the end of a change of the opener's share.
    assert holder_of("The Greens, led by Ann Vale, won a share but won just ", "") == {"green"}
    assert holder_of("The Reds, meanwhile, did well, securing ", " seats") == {"red"}
    assert holder_of("The Reds' share fell from 9% in 2026 to ", " in 2031") == {"red"}
    # No holder: an anaphor, a speaker, or a count with no verb of holding.
    assert holder_of("The Herald reports the party won ", " seats") == frozenset()
    assert holder_of("Police in Varn counted ", " people") == frozenset()


def test_the_second_baseline_of_a_change_is_an_earlier_figure() -> None:
    assert _prior_listed("The Reds won 40 seats, up from 31 in 2026 and the ") == "earlier"
    assert _prior_listed("The Reds won 40 seats and the ") == ""


@pytest.mark.django_db
def test_two_parties_counts_are_no_rivals() -> None:
    ingest("The Varn Electoral Commission said the Greens won 84 seats.", "2031-06-02")
    ingest(
        "The Varn Herald said the Reds won 51 seats, while the vote saw the Greens win 84.",
        "2031-06-03",
        "herald.txt",
    )
    assert disputes() == []


@pytest.mark.django_db
def test_the_two_sides_of_a_comparison_are_no_rivals() -> None:
    ingest("The Greens won 38.2% of the vote, the Varn Electoral Commission said.", "2031-06-02")
    ingest(
        "The Greens took more of the vote than the Reds: 38.2% versus 36.9%.",
        "2031-06-03",
        "herald.txt",
    )
    assert disputes() == []
