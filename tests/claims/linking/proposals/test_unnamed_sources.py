"""Evidence proposals (issue 9), prop14: a figure credited to sources a report does not name
("two sources told the agency") and the same figure stated by a named claimant are two accounts
of one number, each evidence on the other; and a name after a preposition of place before "at"
and the number ("on the exchange in Harlow at $14.50") is where the figure stands, not who holds
it; the level a change ends at ("lost 15 seats to end up with 24") is held by the change's
subject, and a line of a results list ("32 Reds") by the name after its number. Sentences
written for these tests, of fictional firms, agencies, parties and places."""

from __future__ import annotations

import datetime

import pytest

from claims.linking.ingest import _holder_here, _listed_holder
from claims.linking.match import leak_confirmed, unnamed_sources
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document
from tests.factories import stated_figure

DAY = datetime.date(2031, 6, 2)


def ingest(text: str, day: str, name: str = "test.txt"):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def proposals(stance: str) -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance=stance).select_related("claim")
    ]


def price(value: str, statement: str, *, claimant: int | None = None):
    return stated_figure(value, statement, "USD:share_price", claimant=claimant, seen_on=DAY)


def test_sentences_crediting_unnamed_sources() -> None:
    for sentence in (
        "The shares will be sold at $14.50 each, two sources told the agency.",
        "The offer was priced at $14.50, the sources said.",
        "According to three sources, the offer was priced at $14.50.",
        "Northwind will price the offer at $14.50, people familiar with the matter said.",
        "An official, speaking on condition of anonymity, put the price at $14.50.",
        "The price is $14.50, according to people familiar with the plan.",
    ):
        assert unnamed_sources(sentence), sentence
    for sentence in (
        "Northwind said it priced the offer at $14.50 a share.",
        "Renewable sources supplied 14% of the grid's power.",
        "The company listed its sources of revenue in the filing.",
        "People queued for hours to buy the $14.50 shares.",
    ):
        assert not unnamed_sources(sentence), sentence


def test_a_leak_and_the_claimants_equal_figure_bear_on_each_other() -> None:
    leak = price("14.50", "The offer was priced at $14.50, two sources said")
    stated = price("14.50", "Northwind set the price at $14.50 a share", claimant=1)
    for new, old, new_unnamed, old_unnamed in (
        (stated, leak, False, True),
        (leak, stated, True, False),
    ):
        found = leak_confirmed(new, old, new_unnamed, old_unnamed)
        assert found is not None and found[0] == "supports"


def test_no_confirmation_without_a_leak_a_claimant_or_an_equal_figure() -> None:
    leak = price("14.50", "The offer was priced at $14.50, two sources said")
    stated = price("14.50", "Northwind set the price at $14.50 a share", claimant=1)
    plain = price("14.50", "The offer was priced at $14.50")
    other = price("15.25", "Northwind set the price at $15.25 a share", claimant=1)
    assert leak_confirmed(stated, plain, False, False) is None  # no leak: the claim repeated
    assert leak_confirmed(plain, leak, False, True) is None  # nobody named confirms it
    assert leak_confirmed(leak, leak, True, True) is None  # one leak passed on
    assert leak_confirmed(other, leak, False, True) is None  # a different price


def test_a_place_a_number_is_given_at_holds_no_count() -> None:
    # "trading on the exchange in Harlow at $14.50": Harlow is where, not who; the count is
    # then held by nobody the sentence names, and rivals or confirms any holder's figure.
    assert _holder_here("Northwind will begin trading on the exchange in Harlow at ", "") == (
        frozenset()
    )
    assert _holder_here("Shares closed in New York at about ", "") == frozenset()
    # A holder named before its verb is kept: "the Greens won 40", "Northwind at 12%".
    assert _holder_here("On Sunday the Greens won ", " seats") != frozenset()


def test_the_level_a_change_ends_at_is_held_by_the_changes_subject() -> None:
    # "the Blues lost 15 seats to end up with 24": the 24 are the Blues', no rival of the 32 a
    # results list gives the Reds.
    before = (
        "The Greens moved up from 30 seats to 41, while the Blues lost 15 seats to end up with "
    )
    assert _holder_here(before, "") == _listed_holder("24 Blues") != frozenset()
    assert _holder_here("The Reds gained 3 seats to finish on ", "") == frozenset({"red"})
    assert _holder_here("The Red Party lost 15 seats, leaving them with ", "") != frozenset()
    assert _holder_here("It lost 4 seats to end up with ", "") == frozenset()  # no name


def test_a_line_of_a_results_list_is_held_by_the_name_after_its_number() -> None:
    assert _listed_holder("32 Reds") == frozenset({"red"})
    assert _listed_holder("25 Blue Party") != frozenset()
    assert _listed_holder("The Reds won 32 seats") == frozenset()
    assert _listed_holder("32 seats went to the Reds") == frozenset()


@pytest.mark.django_db
def test_an_unclaimed_repeat_of_a_claimants_figure_is_still_no_evidence() -> None:
    ingest(
        "Northwind said on Tuesday it had set the price of its shares at $14.50 a share.",
        "2031-06-02",
    )
    ingest("Northwind's shares were priced at $14.50 a share.", "2031-06-03", "gazette.txt")
    assert proposals("supports") == []
