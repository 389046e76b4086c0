"""Speakers resolved across sources: descriptors stripped, places never speakers, members and
spokespeople credited to their organisation, a surname alone is the person named in full."""

from __future__ import annotations

import pytest

from claims.linking.measures import LexiconError
from claims.linking.speakers import parse, resolve
from claims.models import Claim, Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Militant organization Taliban", "Taliban"),
        ("the Taliban", "Taliban"),
        ("Xinhua News Agency", "Xinhua"),
        ("Taliban officials", "Taliban"),
        ("a Taliban delegation", "Taliban"),
        ("Department of Labor", "Department of Labor"),
        ("Moscow", None),
        ("U.S.", None),
        ("U.S. employers", None),
        ("the median", None),
        ("professional business services", None),
    ],
)
def test_names_resolve_to_the_speaker_they_stand_for(name: str, expected: str | None) -> None:
    found = resolve(name)
    assert (found.name if found else None) == expected


def test_a_member_phrase_says_which_organisation_it_speaks_for() -> None:
    assert resolve("Taliban spokesman").member_of == "Taliban"  # type: ignore[union-attr]


def test_a_malformed_speaker_file_is_refused_naming_the_key() -> None:
    with pytest.raises(LexiconError, match="speakers.toml: places must be a list"):
        parse(
            {"places": "Moscow", "descriptors": [], "members": [], "not_names": []}, "speakers.toml"
        )


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


@pytest.mark.django_db
def test_a_place_never_becomes_a_speaker_and_descriptors_do_not_split_one() -> None:
    ingest("Militant organization Taliban claims to control at least 85 per cent of the country.")
    ingest("“We will talk,” said Moscow. The Taliban said it held 210 districts.", "2021-07-15")
    assert not Speaker.objects.filter(name__iexact="Moscow").exists()
    assert Speaker.objects.filter(name__icontains="taliban").count() == 1
    assert Claim.objects.filter(claimant__name="Taliban").count() == 2


@pytest.mark.django_db
def test_a_surname_alone_is_the_person_named_in_full_in_an_earlier_article() -> None:
    ingest("Interior Minister Petra Vannor said 43 bridges had been closed.")
    ingest("Vannor said 12 roads were closed.", "2021-07-15")
    assert Speaker.objects.filter(name__icontains="Vannor").count() == 1
    assert Claim.objects.filter(claimant__name="Petra Vannor").count() == 2
