"""Evidence proposals (issue 9), verd30: a photo's caption restates the story in passing; the
body's sentence giving the same figure is the excerpt a reviewer needs. Sentences written for
these tests, of fictional places and agencies."""

from __future__ import annotations

import pytest

from tests.claims.linking.proposals.proposing import ingest, proposals

pytestmark = pytest.mark.django_db

CLAIM = (
    " date 2031-08-03 Quake in Varn\n\n"
    "The Varn earthquake had a magnitude of 6.1, the Corlis Geological Survey said on Sunday."
)


@pytest.mark.parametrize("credit", ["[Photo/Varn News]", "(Photo by Ana Lusk/Getty Images)"])
def test_a_figure_in_a_caption_yields_to_the_bodys_sentence(credit: str) -> None:
    ingest(CLAIM, "wire.txt")
    ingest(
        " date 2031-08-03 Varn quake\n\n"
        "A rescuer carries an injured resident to safety after a 6.5-magnitude earthquake hit "
        f"Varn county on Sunday. {credit}\n"
        "A 6.5-magnitude earthquake rattled Varn county on Sunday afternoon, the Varn seismic "
        "bureau said.",
        "daily.txt",
    )
    found = proposals("disputes", "6.5")
    assert found and "6.1" in found[0][0], found
    assert all("rattled" in excerpt for _, excerpt in found), found
