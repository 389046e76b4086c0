"""A year a sentence opens with ("In 2009, ...") or writes right after a number ("a $3bn 2011
listing") dates that figure; and a precise amount one article gives under its unit alone and
another under a measure of that unit ties the two articles to one story. Sentences written for
these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.linking.ingest import _year_named, year_of
from claims.models import Claim
from sources.ingest import parse_text
from sources.services import ingest_document


def year(sentence: str, figure_text: str) -> int | None:
    start = sentence.index(figure_text)
    return year_of(sentence, start, start + len(figure_text))


def test_a_sentence_that_opens_with_a_year_names_it() -> None:
    opening = "In 2009, the Marrow river flooded 412 homes in Tessby."
    assert year(opening, "412 homes") == 2009
    assert _year_named(opening) == 2009
    during = "During 2011, Ostrava Vale lost 1,200 jobs."
    assert year(during, "1,200 jobs") == 2011
    assert year("The Marrow river flooded 412 homes on Monday.", "412 homes") is None


def test_a_year_written_after_a_number_is_that_numbers_year() -> None:
    record = (
        "Korvel will raise $4.2bn, beating Halden Mining's $3.1bn 2011 listing by a narrow margin."
    )
    assert year(record, "$3.1bn") == 2011
    assert year(record, "$4.2bn") is None
    growth = "Its 4.1% 2015 growth was the best in a decade, Norland's statistics office said."
    assert year(growth, "4.1%") == 2015
    # A year that starts a list or a span after a number is no year of that number.
    span = "The club sold 18,400 2015 and 2016 season tickets."
    assert year(span, "18,400") is None


@pytest.mark.django_db
def test_an_amount_given_under_its_unit_alone_and_under_a_measure_ties_one_story() -> None:
    named = (
        "Velmark will raise $3.62bn in its listing on the Norland exchange. "
        "Investors value Velmark at $1.4 trillion."
    )
    ingest_document(parse_text(f"date 2022-11-03\n{named}\n", "wire.txt"))
    unit_alone = (
        "Velmark said on Thursday that its share sale comes to $3.62bn. "
        "At $1.4trn, the Tessby firm is now worth more than any rival."
    )
    ingest_document(parse_text(f"date 2022-11-04\n{unit_alone}\n", "paper.txt"))
    value = Claim.objects.get(value=Decimal("1400000000000"))
    assert value.appearances.count() == 2


@pytest.mark.django_db
def test_an_amount_credited_to_unnamed_sources_still_ties_one_story() -> None:
    company = (
        "Velmark will raise $3.62bn in its listing on the Norland exchange. "
        "Investors value Velmark at $1.4 trillion."
    )
    ingest_document(parse_text(f"date 2022-11-03\n{company}\n", "wire.txt"))
    sources = (
        "Velmark will raise $3.62bn, two sources told the Tessby Courier. "
        "At $1.4trn, the firm is now worth more than any rival."
    )
    ingest_document(parse_text(f"date 2022-11-04\n{sources}\n", "paper.txt"))
    raised = Claim.objects.filter(value=Decimal("3620000000"))
    assert raised.count() == 2  # the sources' report stays its own claim
    value = Claim.objects.get(value=Decimal("1400000000000"))
    assert value.appearances.count() == 2


@pytest.mark.django_db
def test_an_article_that_gives_an_amount_again_worded_alike_gives_one_claim() -> None:
    text = (
        "The listing puts Velmark's worth at $1.4 trillion, its chief executive noted. "
        "Analysts had long put a figure of 1.4 trillion dollars on the firm."
    )
    ingest_document(parse_text(f"date 2022-11-03\n{text}\n", "paper.txt"))
    value = Claim.objects.get(value=Decimal("1400000000000"))
    assert value.appearances.count() == 2
    # "about $2.1bn" is an estimate: no second telling of a stated "$2.1bn".
    rough = "Velmark spent $2.1bn on rigs. Its Tessby yards cost about $2.1bn more."
    ingest_document(parse_text(f"date 2022-11-03\n{rough}\n", "yards.txt"))
    assert Claim.objects.filter(value=Decimal("2100000000")).count() == 2
