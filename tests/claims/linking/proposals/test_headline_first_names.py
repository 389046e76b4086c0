"""Evidence proposals: a claim stated in a Title Case headline opens on the name of its event
("Varn Quake: …"); the leads of both articles, which write that name inside a sentence, say it
is one, and tie the undated figures to one event. Sentences written for these tests, of
fictional places and agencies."""

from __future__ import annotations

import pytest

from claims.linking.match import names_in
from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db


def test_a_headline_claim_opening_on_the_name_is_tied_by_the_leads() -> None:
    ingest(
        "Varn Quake: Death Toll Leaps To 140, Over 1,900 Injured\n\n\n"
        "Corlis: The death toll from the earthquake that shook coastal Varn has risen to 140.\n\n"
        "Earlier, Vice President Ana Lusk said more than 1,900 people were injured in "
        "Saturday night's earthquake.",
        "wire.txt",
    )
    ingest(
        "Varn quake toll rises to 212\n\n"
        "President Tomas Reyl toured the coast of Varn on Tuesday. He confirmed 212 deaths and "
        "1,460 injured.",
        "daily.txt",
    )
    found = proposals("disputes", "1,460")
    assert found and "1,900" in found[0][0], found


def test_openers_are_names_only_when_asked() -> None:
    headline = "Varn Quake: Toll Climbs To 140"
    assert "varn" not in names_in(headline)
    assert "varn" in names_in(headline, openers=True)
