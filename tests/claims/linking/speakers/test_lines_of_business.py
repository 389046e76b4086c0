"""ext13 (issue 9): a company named with and without the word for its line of business ("Bank",
"Pictures") is one speaker, within one text and across texts. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.linking.speakers import DocumentNames, without_kind
from claims.models import Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


def ingest(text: str, day: str = "2021-07-14"):
    return ingest_document(parse_text(f" date {day} {text}\n", "t.txt")).source


def test_a_company_name_without_its_line_of_business() -> None:
    assert without_kind("Kestrel Bank") == "Kestrel"
    assert without_kind("Marlowe Pictures") == "Marlowe"
    # a word that says which kind of bank, a country's adjective, a possessive, a place, a
    # longer name, a lower-case word: no short form
    assert without_kind("Central Bank") is None
    assert without_kind("World Bank") is None
    assert without_kind("American Airlines") is None
    assert without_kind("Farmer's Bank") is None
    assert without_kind("Kestrel Valley Bank") is None
    assert without_kind("Kestrel bank") is None
    assert without_kind("Kestrel Gazette") is None


def test_the_short_name_in_a_text_that_names_the_company_in_full() -> None:
    text = "Kestrel Bank said it would close 40 branches. Kestrel added that 900 jobs would go."
    assert DocumentNames(text).full("Kestrel", "person") == "Kestrel Bank"
    # two companies that share the short name leave it to neither
    both = text + " Kestrel Pictures said it would move."
    assert DocumentNames(both).full("Kestrel", "person") == "Kestrel"


@pytest.mark.django_db
def test_a_company_with_and_without_its_line_of_business_is_one_speaker_in_either_order() -> None:
    ingest("Marlowe Pictures said the film took $80 million.")
    ingest("Marlowe said the film took $80 million.", "2021-07-15")
    assert Speaker.objects.filter(name__startswith="Marlowe").count() == 1
    ingest("Kestrel said it would cut 900 jobs.", "2021-07-16")
    ingest("Kestrel Bank said it would cut 900 jobs.", "2021-07-17")
    assert Speaker.objects.filter(name__startswith="Kestrel").count() == 1


@pytest.mark.django_db
def test_two_companies_leave_the_short_name_to_neither() -> None:
    ingest("Marlowe Pictures said the film took $80 million.")
    ingest("Marlowe Bank said it lent $80 million.", "2021-07-15")
    ingest("Marlowe said the film took $80 million.", "2021-07-16")
    assert Speaker.objects.filter(name="Marlowe").count() == 1


def test_an_imperative_that_opens_the_sentence_is_no_part_of_a_name() -> None:
    from claims.extraction import extract

    text = (
        "Marlowe said the film took $80 million. Expect Marlowe to announce a sequel soon. "
        "The studio has 12 films planned."
    )
    names = {m.name for m in extract(text).speakers}
    assert "Expect Marlowe" not in names
    assert "Marlowe" in names
