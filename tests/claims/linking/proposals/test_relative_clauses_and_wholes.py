"""Evidence proposals (issue 9), prop15: a sentence that states a claim's own number tells its
other numbers apart from it ("up from the 99 it won in 2027 and the 95 it held"); a relative
clause's name holds the count ("the Greens, who won 17 seats"); the whole a part is counted of
("17 of the region's 42 seats") is nobody's count; a count "as of midnight" is cut off then; and
of one number an article gives twice, the first sentence is the evidence; a later report stating
a leaked figure, crediting nobody, confirms the leak; "said it would buy" states a plan, no
possibility. Sentences written for these tests, of fictional parties, agencies and places."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from claims.linking.ingest import AS_OF_HOUR, PART_OF_WHOLE, _as_planned, _holder_here
from claims.linking.match import figure, leak_confirmed
from claims.models import EvidenceProposal
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str, name: str):
    return ingest_document(parse_text(f" date {day} {text}\n", name)).source


def proposals(stance: str) -> list[tuple[str, str]]:
    return [
        (p.claim.statement, p.excerpt)
        for p in EvidenceProposal.objects.filter(stance=stance).select_related("claim")
    ]


def test_a_relative_clause_names_the_holder_of_its_count() -> None:
    before = "Voters in Tarnby and Welford ousted the Reds in favour of the Greens who won "
    assert _holder_here(before, " seats in the region") == frozenset({"green"})
    assert _holder_here("backing the Blue Party, which took ", " seats") != frozenset()
    assert _holder_here("the candidates who won ", " seats") == frozenset()  # no name


def test_the_whole_a_part_is_counted_of_is_read_before_its_number() -> None:
    for before in (
        "In 2027 they held 17 of Tarnland’s ",
        "The Greens won 33 out of ",
        "12 of the ",
    ):
        assert PART_OF_WHOLE.search(before), before
    for before in ("The Greens won ", "a share of ", "in 2027 they held ", "up from the "):
        assert PART_OF_WHOLE.search(before) is None, before


def test_a_count_as_of_an_hour_is_read() -> None:
    assert AS_OF_HOUR.search("THE RESULTS (as of midnight local time)\n")
    assert AS_OF_HOUR.search("the tally as of noon")
    assert AS_OF_HOUR.search("as of Monday") is None


@pytest.mark.django_db
def test_a_sentence_stating_the_claim_sets_its_other_numbers_apart() -> None:
    ingest(
        "The Greens moved up from 95 seats to an estimated 122, while the Blues lost 15 seats "
        "to end up with 24, the Tarnland Electoral Office said.",
        "2031-10-22",
        "herald.txt",
    )
    ingest(
        "The Greens, meanwhile, had a better showing than in 2027, securing 121 seats, up from "
        "the 99 the party won four years ago and the 95 it held at dissolution.",
        "2031-10-22",
        "gazette.txt",
    )
    assert [p for p in proposals("disputes") if "99" in p[1]] == []


@pytest.mark.django_db
def test_a_regions_whole_is_no_rival_of_a_partys_count() -> None:
    ingest(
        "The Greens moved up from 95 seats to an estimated 122, while the Blues lost 15 seats "
        "to end up with 24, the Tarnland Electoral Office said.",
        "2031-10-22",
        "herald.txt",
    )
    ingest(
        "The Greens won 122 seats, the electoral office said. In 2027, they held 17 of N.T.’s "
        "42 seats and emerged Monday with just 11, tying with the Blues.",
        "2031-10-22",
        "gazette.txt",
    )
    assert [p for p in proposals("disputes") if "42" in p[1]] == []


@pytest.mark.django_db
def test_a_later_count_does_not_dispute_one_given_as_of_midnight() -> None:
    ingest(
        "The Reds fell short of a majority, and the Greens will hold the balance of power.\n"
        "THE RESULTS (as of midnight)\n156 Reds\n121 Greens\n32 Blues\n",
        "2031-10-22",
        "herald.txt",
    )
    ingest(
        "The Tarnland Broadcaster reports the party won 157 seats on Monday, short of a "
        "majority. The Greens won 121 seats and the Blues 32.",
        "2031-10-22",
        "gazette.txt",
    )
    assert [p for p in proposals("disputes") if "157" in p[1]] == []


@pytest.mark.django_db
def test_of_a_number_given_twice_the_first_sentence_is_the_evidence() -> None:
    ingest(
        "The Harlow Seismic Bureau reported the quake at a magnitude of 6.1 and said it struck "
        "at a depth of 10 kilometres near Welford.",
        "2031-08-03",
        "herald.txt",
    )
    ingest(
        "A 6.4 magnitude earthquake struck near Welford on Sunday. The strong quake struck at "
        "4:30 p.m. with a depth of 14 km. Rescue teams are working in the area. The Tarnland "
        "News Agency reported that the quake struck near Welford at a depth of 14 kilometers "
        "on Sunday afternoon.",
        "2031-08-03",
        "gazette.txt",
    )
    found = [p for p in proposals("disputes") if "14" in p[1]]
    assert len(found) == 1 and "depth of 14 km." in found[0][1], found


def price(value: str, statement: str, day: datetime.date, *, claimant: int | None = None):
    number = Decimal(value)
    return figure(
        claimant=claimant,
        claimant_name="Northwind" if claimant else "",
        measure_key="USD:share_price",
        value=number,
        lower=number,
        upper=number,
        lower_inclusive=True,
        upper_inclusive=True,
        seen_on=day,
        statement=statement,
    )


def test_a_later_unclaimed_statement_of_a_leaked_figure_confirms_the_leak() -> None:
    leaked, later = datetime.date(2031, 6, 2), datetime.date(2031, 6, 3)
    leak = price("14.50", "The offer was priced at $14.50, two sources said", leaked)
    stated = price("14.50", "Northwind sold its shares at $14.50 each", later)
    found = leak_confirmed(stated, leak, False, True)
    assert found is not None and found[0] == "supports"
    # Not a report of the leak's day (which may pass the leak on), nor an unclaimed repeat of a
    # claim that is no leak.
    same_day = price("14.50", "Northwind sold its shares at $14.50 each", leaked)
    assert leak_confirmed(same_day, leak, False, True) is None
    plain = price("14.50", "The offer was priced at $14.50", leaked)
    assert leak_confirmed(stated, plain, False, False) is None


def test_would_after_a_verb_of_saying_is_a_plan_stated_not_a_possibility() -> None:
    day = datetime.date(2031, 6, 2)
    plan = price("2.1", "Northwind said it would buy Harlow Foods for $2.1", day)
    for sentence in (
        "Northwind said it would buy Harlow Foods for $2.1 billion.",
        "Investors fled after Northwind announced that it would acquire Harlow Foods for $2.1 "
        "billion on Friday.",
        "Harlow Foods said on Friday that Northwind would pay $2.1 billion.",
    ):
        assert "would" not in _as_planned(plan, sentence).words, sentence
    for sentence in (
        "The deal would be worth $2.1 billion, analysts said.",
        "Northwind said it would buy Harlow Foods for $2.1 billion, which would make it the "
        "largest grocer.",
    ):
        assert "would" in _as_planned(plan, sentence).words, sentence


@pytest.mark.django_db
def test_two_accounts_of_one_stated_plan_that_cannot_both_hold_are_rivals() -> None:
    ingest(
        "Northwind announced early Friday that it will buy the grocer Harlow Foods for "
        "$2.15 billion.",
        "2031-06-02",
        "herald.txt",
    )
    ingest(
        "Jitters shot through grocery investors after Northwind announced that it would "
        "acquire Harlow Foods for $2.35 billion on Friday.",
        "2031-06-02",
        "gazette.txt",
    )
    assert [p for p in proposals("disputes") if "2.35" in p[1]] != []
