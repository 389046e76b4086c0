"""ext31 (issue 9): who claims a figure in wire copy, joint releases and agency notices, the
same way in every article that repeats it: a share's ticker ("HLW.N") is no speaker; two
parties speaking as one ("Harlow and Venn said") are credited to the first named; a news outlet
reporting what a document shows passes the figure on; a count's noun or adjective ("92
reports", "26 reported burns") is no speech verb; a body "of the United States" speaks, not
the place; a document speaks for its named owner ("the Board's recall page notes").
Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def claimants(text: str) -> list[str | None]:
    return [q.claimant for q in extract(text).quantities]


def test_a_ticker_after_a_company_is_no_speaker() -> None:
    text = "(Wire) - Harlow Biotech Inc HLW.N said on Tuesday the drug cut relapses by 40 percent."
    assert claimants(text) == ["Harlow Biotech Inc"]
    assert [s.name for s in extract(text).speakers] == ["Harlow Biotech Inc"]


def test_a_ticker_of_a_partner_is_no_speaker_either() -> None:
    text = "Harlow Inc HLW.N and Venn SE VNN.DE said the drug cut relapses by 40 percent."
    assert claimants(text) == ["Harlow Inc"]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow and Venn said on Tuesday the drug cut relapses by 40 percent. Harlow said more.",
        "Harlow Biotech and its partner Venn Labs announced the drug cut relapses by 40 percent.",
        "Harlow Biotech and Venn Labs said on Tuesday the drug cut relapses by 40 percent.",
    ],
)
def test_a_joint_statement_is_credited_to_the_first_named_party(text: str) -> None:
    (claimant,) = claimants(text)
    assert claimant is not None and claimant.startswith("Harlow")


def test_two_words_joined_by_and_stay_one_name_unless_the_first_stands_alone() -> None:
    # "Tarn and Wessel" may be one firm's name: the text never writes "Tarn" alone
    assert claimants("Tarn and Wessel said the plant cut 40 jobs.") != ["Tarn"]


@pytest.mark.parametrize(
    "text",
    [
        "CNN is reporting a new analysis of the trial shows the drug cut relapses by 40 percent.",
        "The Daily Courier reported a survey found 40 percent of voters were undecided.",
    ],
)
def test_an_outlet_reporting_what_a_document_shows_claims_nothing(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # an outlet's own figure, or a speaker it names, still claim
        ("The Daily Courier reported that 40 people died.", "Daily Courier"),
        ("CNN is reporting that Harlow said the drug cut relapses by 40 percent.", "Harlow"),
        # a body reporting what its survey found claims it
        ("The ministry reported a survey found 40 percent of voters were undecided.", "ministry"),
    ],
)
def test_a_report_of_its_own_or_a_named_speaker_keeps_its_claimant(
    text: str, claimant: str
) -> None:
    (found,) = claimants(text)
    assert found is not None and claimant in found


def test_a_count_noun_after_a_number_is_no_speech_verb() -> None:
    text = (
        "Harlow has received 92 reports of fires, including 26 reported burns and 55 claims "
        "of damage, according to the board."
    )
    assert claimants(text) == ["the board", "the board", "the board"]


def test_a_count_noun_inside_a_list_leaves_the_closing_attribution() -> None:
    text = (
        "The company has received 92 reports of fires, including 26 reports of burns and 55 "
        "reports of damage, the board said."
    )
    assert set(claimants(text)) == {"the board"}


@pytest.mark.parametrize(
    "text",
    [
        "The Heater Safety Board (HSB) of the United States has announced a recall of 1 million "
        "heaters.",
        "The Heater Safety Board of the United States has announced a recall of 1 million heaters.",
    ],
)
def test_a_body_of_a_country_speaks_not_the_country(text: str) -> None:
    assert claimants(text) == ["Heater Safety Board"]


def test_a_document_speaks_for_its_named_owner() -> None:
    text = (
        "The Heater Board’s official recall page notes that roughly 1 million heaters sold "
        "before May are being recalled."
    )
    assert claimants(text) == ["Heater Board"]


def test_the_second_party_of_a_joint_statement_still_speaks() -> None:
    text = "Harlow Biotech and Venn Labs said on Tuesday the drug cut relapses by 40 percent."
    assert {s.name for s in extract(text).speakers} == {"Harlow Biotech", "Venn Labs"}
