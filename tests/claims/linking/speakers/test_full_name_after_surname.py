"""ext15 (issue 9): a person named by surname alone in one text ("Mayor Vannor said") and in full
in a later text ("Petra Vannor") is one speaker. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.models import Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


@pytest.mark.django_db
def test_the_full_name_after_the_surname_alone_is_one_speaker() -> None:
    ingest('"The river will crest on Friday," Mayor Vannor said.')
    ingest('"The river crested at noon," Mayor Petra Vannor said.', "2021-07-15")
    people = Speaker.objects.people().filter(name__icontains="Vannor")
    assert people.count() == 1
    # the full name is known from now on, so a third text finds the same row directly
    assert Speaker.objects.aliased("Petra Vannor").get() == people.get()


@pytest.mark.django_db
def test_a_text_with_two_people_of_the_surname_does_not_join_either_to_the_bare_one() -> None:
    ingest('"The river will crest on Friday," Mayor Vannor said.')
    ingest(
        '"We are ready," Senator Jon Vannor said. "The river crested at noon," Petra Vannor said.',
        "2021-07-15",
    )
    assert Speaker.objects.people().filter(name__icontains="Vannor").count() == 3
