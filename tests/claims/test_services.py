"""Ingest stores the extractor's candidates for review: quotes and claims with their exact
appearances, speakers matched by name or alias, and one claim for one claim across sources."""

from decimal import Decimal

import pytest

from claims.conflicts import claim_interval, compatible
from claims.models import (
    Appearance,
    Claim,
    ClaimMatch,
    EvidenceProposal,
    Quote,
    Speaker,
)
from claims.services import SAME_CLAIM_SCORE
from sources.ingest import parse_text
from sources.services import ingest_document

pytestmark = pytest.mark.django_db


def ingest(text: str, origin: str = "test.txt"):
    return ingest_document(parse_text(text, origin))


def test_every_stored_appearance_is_anchored_in_its_source(seeded):
    appearances = list(Appearance.objects.select_related("source"))
    assert len(appearances) > 10
    for appearance in appearances:
        assert appearance.source.text[appearance.start : appearance.end] == appearance.wording
        assert not appearance.orphaned


def test_candidates_are_stored_unreviewed(seeded):
    assert Quote.objects.count() == Quote.objects.unreviewed().count() > 0
    assert Claim.objects.count() == Claim.objects.unreviewed().count() > 0


def test_the_85_percent_claim_is_one_claim_with_two_appearances(seeded):
    source_000, source_002 = seeded
    taliban = Speaker.objects.get(name="Taliban")
    claim = Claim.objects.get(claimant=taliban, unit="percent", lower=Decimal(85))
    wordings = {a.source_id: a.wording for a in claim.appearances.all()}
    assert set(wordings) == {source_000.pk, source_002.pk}
    assert "at least 85 per cent" in wordings[source_000.pk]
    assert "over 85%" in wordings[source_002.pk]


def test_the_taliban_is_one_speaker_across_sources(seeded):
    assert Speaker.objects.filter(name__iexact="taliban").count() == 1


def test_role_phrases_become_aliases_of_the_envoy(seeded):
    envoy = Speaker.objects.get(name="Farid Mamundzay")
    assert "the Afghan envoy" in envoy.alias_names()
    # three direct quotes and the fragment "naturally" he is said to have used
    assert envoy.quotes.count() == 4


def test_pronoun_attribution_is_recorded_on_the_appearance(seeded):
    quote = Quote.objects.get(text__startswith="We are not seeking India")
    assert quote.speaker.name == "Farid Mamundzay"
    assert quote.appearances.get().attribution == "pronoun"


def test_same_quote_in_another_source_is_one_quote_with_two_appearances():
    ingest("Amrullah Saleh said: “We will not retreat.” Reporters listened.\n")
    ingest("Yesterday in Kabul, Amrullah Saleh said: “We will not retreat.”\n")
    quote = Quote.objects.get()
    assert quote.speaker.name == "Amrullah Saleh"
    assert quote.appearances.count() == 2


def test_same_words_without_a_speaker_found_are_still_one_quote():
    ingest("The minister said: “We will not retreat.” Reporters listened.\n")
    ingest("Yesterday in Kabul, the minister said: “We will not retreat.”\n")
    assert Quote.objects.get().appearances.count() == 2


def test_speaker_known_by_an_alias_is_reused():
    envoy = Speaker.objects.create(name="Farid Mamundzay")
    envoy.add_alias("Afghanistan's Ambassador to India")
    ingest("“We need air support,” said Farid Mamundzay, Afghanistan's Ambassador to India.\n")
    assert Speaker.objects.count() == 1
    assert Quote.objects.get().speaker == envoy


def test_reingesting_changes_nothing(seeded):
    counts = (Quote.objects.count(), Claim.objects.count(), Appearance.objects.count())
    for source in seeded:
        assert not ingest_document(parse_text(source.text)).created
    assert counts == (Quote.objects.count(), Claim.objects.count(), Appearance.objects.count())


def test_compatible_but_different_numbers_stay_two_claims():
    # "at least 80%" and "over 85%" could both hold, but they are two figures, not one claim
    # worded twice (issue 9: only the same or rounded numbers are one claim).
    ingest("The Taliban claims to control at least 80 per cent of the country.\n")
    ingest("The Taliban says it controls over 85% of the country.\n")
    claims = Claim.objects.filter(unit="percent")
    assert claims.count() == 2
    assert all(claim.appearances.count() == 1 for claim in claims)
    assert not ClaimMatch.objects.filter(score__gte=SAME_CLAIM_SCORE).exists()


def test_hundreds_and_thousands_are_two_claims_and_a_disputing_proposal(seeded):
    # "thousands of Afghan security personnel" (000) and "hundreds of …" (002) cannot both hold:
    # not one claim, but the later article is proposed as disputing the earlier figure.
    thousands = Claim.objects.get(statement__contains="massive defections", vague=True)
    hundreds = Claim.objects.get(statement__contains="hundreds of Afghan security personnel")
    assert thousands != hundreds
    assert not ClaimMatch.objects.filter(candidate=hundreds).exists()
    proposal = EvidenceProposal.objects.get(claim=thousands)
    assert proposal.source == seeded[1]
    assert proposal.stance == "disputes"
    assert proposal.reason.startswith("numbers cannot both hold")
    assert "hundreds of Afghan security personnel" in proposal.excerpt


def test_hundreds_and_thousands_are_never_suggested_as_one_claim(seeded):
    # "thousands of Afghan security personnel" (000) and "hundreds of …" (002): the conflict
    # check says they cannot both hold, so matching does not offer them as one claim.
    personnel = Claim.objects.filter(unit="security personnel")
    assert personnel.count() == 2
    first, second = personnel
    assert not compatible(claim_interval(first), claim_interval(second))
    assert not ClaimMatch.objects.filter(candidate__in=personnel).exists()


def test_disjoint_numbers_are_never_matched():
    ingest("The Taliban claims to control at least 85 per cent of the country.\n")
    ingest("The Taliban says it controls less than 50% of the country.\n")
    assert Claim.objects.count() == 2
    assert not ClaimMatch.objects.exists()


def test_a_spokesman_is_linked_to_the_organisation_he_speaks_for(seeded):
    shaheen = Speaker.objects.get(name="Mohammad Sohail Shaheen")
    assert shaheen.organisation == Speaker.objects.get(name="Taliban")


def test_a_role_naming_no_known_organisation_links_nothing(seeded):
    # "Afghanistan's Ambassador to India": Afghanistan is not a speaker in the seeds.
    assert Speaker.objects.get(name="Farid Mamundzay").organisation is None


def test_a_claimant_first_seen_as_a_person_is_stored_as_a_person():
    ingest("Amrullah Saleh claims that 300 drones were lost.\n")
    assert Speaker.objects.get(name="Amrullah Saleh").kind == Speaker.Kind.PERSON


def test_durations_ages_and_scores_are_extracted_but_not_stored_as_claims():
    ingest("Nadia Karim, 52, said 40 boats sank in two days after the 3-1 final.\n")
    assert list(Claim.objects.values_list("unit", flat=True)) == ["boats"]


def test_the_claim_kinds_setting_decides_which_kinds_become_claims(settings):
    settings.FACTDB_CLAIM_KINDS = ["count", "age"]
    ingest("Nadia Karim, 52, said 40 boats sank in two days, or 12 per cent of the fleet.\n")
    assert sorted(Claim.objects.values_list("kind", "unit")) == [
        ("age", "year"),
        ("count", "boats"),
    ]


def test_a_claim_keeps_its_kind_and_its_movement():
    ingest(
        "Exports rose 2.8% in June, the trade ministry said. "
        "The index fell to 6,327.80 points on Friday. "
        "The port handled 40 ships.\n"
    )
    kinds = {c.statement: (c.kind, c.change, c.difference) for c in Claim.objects.all()}
    rose = next(v for k, v in kinds.items() if "2.8" in k)
    fell = next(v for k, v in kinds.items() if "6,327.80" in k)
    ships = next(v for k, v in kinds.items() if "40 ships" in k)
    assert rose == ("percent", "up", True)  # the size of the rise
    assert fell[1:] == ("down", False)  # the level it fell to, not the size of the fall
    assert ships == ("count", "", False)


def test_an_unnamed_speaker_is_kept_as_the_description_the_source_gives():
    ingest("“We will not leave the talks,” a senior State Department official said on Monday.\n")
    quote = Quote.objects.get()
    assert quote.speaker is None
    assert quote.speaker_description == "a senior State Department official"


# --- numbers the quantity fields cannot hold -----------------------------------------------

ADVERSARIAL_NUMBERS = (
    "Border report\n\n"
    "The ministry said 1000000000000000000000 troops had crossed the river. "
    "Officials counted 0.0000001 per cent of the ballots twice. "
    "The agency reported 3.14159265358979 per cent growth in the north. "
    "A budget of 12,345,678,901,234,567,890.5 dollars was approved. "
    "The army said it holds 40 checkpoints.\n"
)


def test_numbers_the_fields_cannot_hold_leave_the_claim_without_numbers_and_flagged():
    result = ingest(ADVERSARIAL_NUMBERS)
    assert result.created
    by_wording = {
        appearance.wording: appearance.claim
        for appearance in Appearance.objects.filter(claim__isnull=False).select_related("claim")
    }
    for wording, reason in [
        ("1000000000000000000000 troops", "more than 18 digits before the decimal point"),
        ("0.0000001 per cent", "more than 6 digits after the decimal point"),
        ("3.14159265358979 per cent", "more than 6 digits after the decimal point"),
        ("12,345,678,901,234,567,890.5 dollars", "more than 18 digits before the decimal point"),
    ]:
        claim = next(c for w, c in by_wording.items() if wording in w)
        claim.refresh_from_db()
        assert (claim.value, claim.lower, claim.upper, claim.total) == (None, None, None, None)
        assert reason in claim.number_warning, claim.number_warning
        assert wording.split()[0] in claim.number_warning
        assert wording.split()[0] in claim.statement  # the words keep the number
    ordinary = next(c for w, c in by_wording.items() if "40 checkpoints" in w)
    assert ordinary.value == Decimal(40)
    assert ordinary.number_warning == ""
    assert Claim.objects.with_number_warnings().count() == 4
    refused = [w for w in result.warnings if not w.startswith("extraction:")]
    assert len(refused) == 4  # besides the extractor's own note on implausible numbers
    assert any("1000000000000000000000" in w for w in result.warnings)


def test_more_significant_digits_than_every_database_keeps_exactly_are_not_stored():
    ingest("The fund holds 1234567890123456 dollars, the bank said.\n")
    claim = Claim.objects.get()
    assert claim.value is None
    assert "more than 15 significant digits" in claim.number_warning


@pytest.mark.parametrize(
    "value",
    [
        Decimal("999999999999999"),
        Decimal("-999999999999999"),
        Decimal("0.000001"),
        Decimal("-0.000001"),
        Decimal("123456789.123456"),
        Decimal("999999999999999000"),
    ],
)
def test_the_largest_and_smallest_storable_numbers_read_back_exactly(value):
    claim = Claim.objects.create(statement="A number at the edge.", value=value)
    claim.refresh_from_db()
    assert claim.value == value


def test_the_database_refuses_a_number_over_the_field_range():
    from django.db import DataError, IntegrityError, transaction

    # SQLite: the CHECK constraint; PostgreSQL: numeric(24, 6) overflows before it.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        Claim.objects.create(statement="Too big.", upper=Decimal(10) ** 18)


# --- cost ----------------------------------------------------------------------------------


def report_of(paragraphs: int, issue: int) -> str:
    """A report naming the same people throughout, with a quote and two numbers a paragraph."""
    lines = [f"Bulletin {issue}\n"]
    for n in range(paragraphs):
        lines.append(
            f"“Convoy {issue}-{n} reached the valley,” said Amina Haidari, the governor. "
            f"The Red Crescent said at least {n + 11} families had returned, and "
            f"{n + 3} of 400 districts were reopened, according to Jonas Keller.\n"
        )
    return "\n".join(lines)


def test_ingest_queries_do_not_grow_with_the_number_of_candidates():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ingest(report_of(3, issue=0))  # the speakers exist from here on
    with CaptureQueriesContext(connection) as small:
        ingest(report_of(10, issue=1))
    with CaptureQueriesContext(connection) as large:
        result = ingest(report_of(200, issue=2))
    assert result.counts["claims"] >= 300

    def lookups(queries):
        return [q for q in queries.captured_queries if not q["sql"].startswith("INSERT")]

    # Lookups do not grow with the candidates; inserts go in batches (SQLite takes ~40 rows a
    # statement), never one per candidate.
    assert len(lookups(large)) <= len(lookups(small)) + 10, (len(small), len(large))
    assert len(large) < result.counts["appearances"] / 5


@pytest.mark.parametrize("first", ["Tomas Reyes Varela III", "Tomas Reyes Varela"])
def test_a_name_with_a_generational_suffix_is_the_person_named_without_it(first):
    other = {"Tomas Reyes Varela III": "Tomas Reyes Varela"}.get(first, "Tomas Reyes Varela III")
    ingest(f"“The toll will rise,” said {first}, the governor of Varn.\n", "a.txt")
    ingest(f"“We are sending boats,” said {other}, the governor of Varn.\n", "b.txt")
    [governor] = Speaker.objects.all()
    assert governor.kind == Speaker.Kind.PERSON
    assert Quote.objects.filter(speaker=governor).count() == 2


@pytest.mark.parametrize("first", ["United Nations", "U.N."])
def test_an_organisation_written_in_full_or_as_its_initials_is_one_speaker(first):
    other = {"United Nations": "U.N."}.get(first, "United Nations")
    ingest(f"At least 600,000 people were displaced in Varn, the {first} said.\n", "a.txt")
    ingest(f"Some 40,000 people were displaced in Tarnby, the {other} said.\n", "b.txt")
    assert list(Speaker.objects.values_list("name", flat=True)) == [first]
    assert Claim.objects.filter(claimant__name=first).count() == 2


def test_initials_two_stored_organisations_share_join_neither():
    ingest("The Varn Rescue Authority said 300 homes were lost in Varn.\n", "a.txt")
    ingest("The Vesna Rail Authority said 40 trains were cancelled in Varn.\n", "b.txt")
    ingest("The VRA said 200 homes were lost in Harlow.\n", "c.txt")
    assert Speaker.objects.filter(name="VRA").exists()  # which one is meant is not known


def test_a_bodys_governing_council_named_with_its_initials_is_the_body():
    ingest(
        "The Northland Reserve Bank (NRB) held its deposit rate on Tuesday.\n"
        "The NRB Governing Council said it expects inflation of 1.4% next year.\n"
    )
    ingest("The Northland Reserve Bank said its deposit rate of 0.75% would stay.\n")
    # one row for the bank, known by its initials, its full name and its council
    bank = Speaker.objects.get()
    assert bank.name in ("NRB", "Northland Reserve Bank")
    assert bank.aliases.filter(name="Governing Council").exists()


def test_the_council_alone_is_the_one_body_the_text_has_speak():
    ingest(
        "The Northland Reserve Bank said on Tuesday that its deposit rate would stay at 0.75%.\n"
        "After a long meeting, the Governing Council said that it expects growth of 1.1%.\n"
    )
    assert [s.name for s in Speaker.objects.all()] == ["Northland Reserve Bank"]


def test_a_council_with_no_body_named_stays_its_own_speaker():
    ingest(
        "The Velmar Arts Council said 300 painters applied this year.\n"
        "The Kessel Museum Trust said 120 of them were accepted.\n"
    )
    assert Speaker.objects.filter(name="Velmar Arts Council").exists()
