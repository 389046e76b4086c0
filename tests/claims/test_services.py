"""Ingest stores the extractor's candidates for review: quotes and claims with their exact
appearances, speakers matched by name or alias, and one claim for one claim across sources."""

from decimal import Decimal

import pytest

from claims.models import Appearance, Claim, ClaimMatch, Quote, ReviewStatus, Speaker
from claims.services import SAME_CLAIM_SCORE, SUGGEST_SCORE
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


def test_overlapping_but_different_numbers_become_a_suggestion_not_a_merge(seeded):
    # "thousands of Afghan security personnel" (000) and "hundreds of …" (002) may be one claim
    # or two: a reviewer decides.
    match = ClaimMatch.objects.suggested().get(candidate__unit="security personnel")
    assert SUGGEST_SCORE <= match.score < SAME_CLAIM_SCORE
    assert match.claim.appearances.get().source == seeded[0]
    assert match.candidate.appearances.get().source == seeded[1]
    assert match.candidate.status == ReviewStatus.UNREVIEWED


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
