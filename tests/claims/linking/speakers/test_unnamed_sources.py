"""ext14 (issue 9): an unnamed-source attribution ("people familiar with the matter", "sources
close to the talks") names nobody. What they know ("the matter") is never the speaker, and no
Speaker row comes of the phrase: the claim is stored without a claimant, while extraction keeps
the whole description as the text gives it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.linking.speakers import resolve
from claims.models import Claim, Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def claimants(text: str) -> list[str | None]:
    return [q.claimant for q in extract(text).quantities if q.kind != "count" or q.unit]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Harborview will cut 1,200 jobs, people familiar with the matter said.",
            "people familiar with the matter",
        ),
        (
            "Marisol Foods plans to raise $4 billion, sources familiar with the plans said.",
            "sources familiar with the plans",
        ),
        (
            "Harborview will cut 1,200 jobs, according to people familiar with the matter.",
            "people familiar with the matter",
        ),
        (
            "Harborview will cut 1,200 jobs, a person with direct knowledge of the talks "
            "told the Tarnby Courier.",
            "a person with direct knowledge of the talks",
        ),
        (
            "People briefed on the plans said Harborview would cut 1,200 jobs.",
            "People briefed on the plans",
        ),
        (
            "Harborview will cut 1,200 jobs, said a person close to the board.",
            "a person close to the board",
        ),
    ],
)
def test_the_object_of_an_unnamed_source_is_never_the_claimant(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


def test_a_quote_from_an_unnamed_source_keeps_the_whole_description() -> None:
    text = "“We will not sell the Delmont plant,” people close to the board said."
    (quote,) = extract(text).quotes
    assert quote.speaker is None
    assert quote.speaker_description == "people close to the board"


def test_a_quote_after_which_an_unnamed_source_is_named_keeps_the_description() -> None:
    text = "“The Delmont plant stays open,” said one person familiar with the talks."
    (quote,) = extract(text).quotes
    assert quote.speaker_description == "one person familiar with the talks"


def test_a_named_body_s_staff_close_to_the_talks_is_that_body() -> None:
    text = "Harborview executives close to the talks said the firm would cut 1,200 jobs."
    assert claimants(text) == ["Harborview"]


def test_a_title_cased_unnamed_source_names_nobody() -> None:
    assert resolve("People Familiar With The Matter") is None
    assert resolve("Sources Close To The Talks") is None
    assert resolve("Two Senior People Familiar With The Plans") is None
    assert resolve("Close To Home Foundation") is not None  # a name, no word for people before
    # a named body's staff close to the talks speak for the body
    found = resolve("Harborview Executives Close To The Talks")
    assert found is not None and found.name == "Harborview"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Harborview will cut 1,200 jobs, people familiar with the matter said.",
        "Marisol Foods plans to raise $4 billion, sources familiar with the plans said.",
        "Harborview To Cut 1,200 Jobs, According To People Familiar With The Matter\n\n"
        "Harborview will close the Delmont plant.",
    ],
)
def test_an_unnamed_source_makes_no_speaker_row(text: str) -> None:
    ingest_document(parse_text(f" date 2021-07-14 {text}\n", "t.txt"))
    assert Claim.objects.exists()
    assert not Speaker.objects.filter(name__iregex=r"matter|plans|familiar|people").exists()
    assert (
        not Claim.objects.filter(claimant__isnull=False)
        .exclude(claimant__name__in=["Harborview", "Marisol Foods"])
        .exists()
    )
