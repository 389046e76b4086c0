"""Numbers that cannot both hold are flagged on the claim; numbers that can are not."""

from decimal import Decimal

import pytest

from claims.conflicts import (
    Interval,
    cannot_both_hold,
    claim_conflicts,
    interval_from_fields,
    parse_intervals,
    read_intervals,
    refresh_conflicts,
)
from claims.models import Claim
from tests.factories import make_appearance, make_claim, make_evidence, make_source


def one(text):
    (interval,) = parse_intervals(text)
    return interval


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("at least 85 per cent of the war-torn country", "at least 85%"),
        ("over 85% of the territory", "over 85%"),
        ("More than 1,000 Afghan government troops", "over 1,000"),
        ("hundreds of Afghan security personnel", "100 to under 1,000"),
        ("thousands of Afghan security personnel", "1,000 to under 1,000,000"),
        ("the Taliban controls 204 of 407 districts", "50.1%"),
        ("at least 22 commandos were executed", "at least 22"),
        ("between 15 and 20 helicopters", "15 to 20"),
        ("about 85%", "76.5 to 93.5%"),
        ("up to 3,000 troops", "up to 3,000"),
    ],
)
def test_amounts_in_text_become_intervals(text, described):
    assert one(text).describe() == described


@pytest.mark.parametrize(
    "text",
    [
        "On July 10, he had said",
        "the September 11 deadline",
        "20 years after 9/11",
        "a supply of Mi-24V attack helicopters and Mi-35s",
        "in late 1996",
        "seized districts in the past 2 months",
    ],
)
def test_dates_model_names_and_durations_are_not_amounts(text):
    assert parse_intervals(text) == []


def test_hundreds_and_more_than_a_thousand_cannot_both_hold():
    assert cannot_both_hold(one("hundreds of personnel"), one("More than 1,000 troops"))


def test_thousands_and_more_than_a_thousand_can_both_hold():
    assert not cannot_both_hold(one("thousands of personnel"), one("More than 1,000 troops"))


def test_at_least_85_percent_and_204_of_407_districts_cannot_both_hold():
    assert cannot_both_hold(one("at least 85 per cent"), one("204 of 407 districts"))


def test_at_least_85_and_over_85_percent_can_both_hold():
    assert not cannot_both_hold(one("at least 85 per cent"), one("over 85% of the territory"))


def test_bounds_touch_only_when_both_ends_are_inclusive():
    up_to_85 = Interval(None, Decimal(85), upper_inclusive=True, unit="percent")
    assert not cannot_both_hold(up_to_85, one("at least 85%"))
    assert cannot_both_hold(up_to_85, one("more than 85%"))


def test_a_percentage_is_not_compared_with_a_count():
    assert not cannot_both_hold(one("at least 85%"), one("22 commandos"))


def test_a_vague_claim_stored_with_a_lower_bound_is_capped_below_the_next_magnitude():
    hundreds = interval_from_fields(lower=Decimal(100), vague=True)
    assert hundreds.describe() == "100 to under 1,000"
    assert cannot_both_hold(hundreds, one("More than 1,000 troops"))


def test_a_part_of_a_whole_is_compared_as_its_share():
    share = interval_from_fields(value=Decimal(250), total=Decimal(398), unit="districts")
    assert share.is_percent
    assert cannot_both_hold(share, one("at least 85%"))


# --- stored on the claim -------------------------------------------------------------------


@pytest.mark.django_db
def test_a_claim_worded_hundreds_and_more_than_a_thousand_is_flagged():
    source = make_source(
        "Militants have forced hundreds of Afghan security personnel to flee. More than 1,000 "
        "Afghan government troops were reported to have fled north."
    )
    claim = make_claim(
        "Afghan troops fled to Tajikistan.", lower=Decimal(100), vague=True, unit="personnel"
    )
    make_appearance(claim, source, "hundreds of Afghan security personnel")
    make_appearance(claim, source, "More than 1,000 Afghan government troops")
    assert refresh_conflicts(claim) is True
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.numbers_conflict
    assert "“More than 1,000 Afghan government troops”" in stored.conflict_note
    assert "cannot both hold" in stored.conflict_note
    assert list(Claim.objects.with_conflicting_numbers()) == [stored]


@pytest.mark.django_db
def test_the_85_percent_claim_and_a_district_count_excerpt_are_flagged():
    count = make_source("By our count the Taliban controls 204 of 407 districts.")
    claim = make_claim(lower=Decimal(85), unit="percent")
    make_evidence(claim, count, "disputes", excerpt="the Taliban controls 204 of 407 districts")
    (conflict,) = claim_conflicts(claim)
    assert "at least 85%" in str(conflict)
    assert "50.1%" in str(conflict)
    assert "disputes evidence" in str(conflict)


@pytest.mark.django_db
def test_evidence_in_natural_wording_is_read_as_articles_are():
    # The README's example: "of Afghanistan's" between the part and the whole.
    wording = "the Taliban control 204 of Afghanistan's 407 districts"
    count = make_source(f"By our count {wording}, and the government holds 74.")
    claim = make_claim(lower=Decimal(85), unit="percent")
    make_evidence(claim, count, "disputes", excerpt=wording)
    (conflict,) = claim_conflicts(claim)
    assert "(at least 85%)" in str(conflict)
    assert "(50.1%)" in str(conflict)


def test_evidence_numbers_leave_out_durations_ages_and_movements():
    assert read_intervals("in the past 2 months, a 45-year-old said prices rose 3%") == []
    (districts,) = read_intervals("204 of Afghanistan's 407 districts")
    assert districts.describe() == "50.1%"


@pytest.mark.django_db
def test_claims_whose_numbers_agree_are_not_flagged():
    source = make_source("It controls at least 85 per cent; elsewhere, over 85% of the territory.")
    claim = make_claim(lower=Decimal(85), unit="percent")
    make_appearance(claim, source, "at least 85 per cent")
    make_appearance(claim, source, "over 85% of the territory")
    assert refresh_conflicts(claim) is False
    assert Claim.objects.get(pk=claim.pk).conflict_note == ""


@pytest.mark.django_db
def test_refreshing_does_not_bump_the_version_or_add_history():
    claim = make_claim(lower=Decimal(85), unit="percent")
    make_evidence(claim, make_source("204 of 407 districts."), "disputes", excerpt="204 of 407")
    before = (claim.version, claim.history.count())
    refresh_conflicts(claim)
    claim.refresh_from_db()
    assert (claim.version, claim.history.count()) == before
    assert claim.numbers_conflict


# --- cost: a claim seen in many sources ------------------------------------------------------


def every_pair(own, evidence):
    """The definition, pair by pair: the reference the sorted search must agree with."""
    pairs = []
    for i, first in enumerate(own):
        for second in own[i + 1 :] + evidence:
            if cannot_both_hold(first, second):
                pairs.append((first, second))
    return pairs


def random_interval(rng, n):
    bounds = [Decimal(rng.randint(0, 12)) for _ in range(2)]
    lower, upper = min(bounds), max(bounds)
    return Interval(
        rng.choice([lower, None]),
        rng.choice([upper, None]),
        rng.random() < 0.5,
        rng.random() < 0.5,
        rng.choice(["percent", "troops"]),
        f"#{n}",
    )


@pytest.mark.parametrize("seed", range(40))
def test_the_sorted_search_finds_exactly_the_pairs_that_cannot_both_hold(seed):
    import random

    from claims.conflicts import find_conflicts

    rng = random.Random(seed)
    own = [random_interval(rng, n) for n in range(rng.randint(0, 12))]
    evidence = [random_interval(rng, 100 + n) for n in range(rng.randint(0, 5))]
    found = [(c.first, c.second) for c in find_conflicts(own, evidence)]
    assert found == every_pair(own, evidence)


def test_a_claim_in_thousands_of_sources_lists_a_few_conflicts_and_says_there_are_more():
    from claims.conflicts import MAX_LISTED, conflict_fields, conflicts_of

    wordings = [(f"at least {n} troops", f"source {n}") for n in range(1, 3000)]
    wordings += [(f"fewer than {n} troops", f"report {n}") for n in range(1, 3000)]
    fields = conflict_fields(conflicts_of(None, wordings))
    lines = fields["conflict_note"].splitlines()
    assert fields["numbers_conflict"]
    assert len(lines) == MAX_LISTED + 1
    assert lines[-1].startswith("More pairs cannot both hold")
