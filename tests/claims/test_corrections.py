"""Published means locked for what a verified item shows of its speaker, source and outlet: a
direct change is refused (in the models, and by PostgreSQL's triggers for any other road); a
correction proposed by one person and approved by another changes it, with the reason in history
and the items reported to syncing clients."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max

from claims.locking import ShownLocked
from claims.models import Correction, Speaker
from sources.models import Outlet, Source
from sync.models import Change
from tests.factories import make_appearance, make_outlet, make_quote, make_source, make_speaker

pytestmark = pytest.mark.django_db

TEXT = "The harbour master said “the pier reopens on Monday” after the storm."
WORDS = "the pier reopens on Monday"


@pytest.fixture
def shown(reviewer):
    """A verified quote, by Dana Oyelaran, in a source of the Harbour Gazette."""
    outlet = make_outlet(name="Harbour Gazette")
    source = make_source(TEXT, title="Pier to reopen", outlet=outlet)
    speaker = make_speaker("Dana Oyelaran")
    quote = make_quote(WORDS, speaker=speaker)
    make_appearance(quote, source, WORDS)
    quote.verify(by=reviewer)
    return speaker, source, outlet, quote


def test_a_shown_speaker_name_source_title_or_outlet_name_cannot_be_edited(shown):
    speaker, source, outlet, _ = shown
    speaker.name = "Dana Oyelaran-Smith"
    with pytest.raises(ShownLocked, match="Speaker #.* name cannot change directly"):
        speaker.save()
    source.published_on = datetime.date(2024, 5, 1)
    with pytest.raises(ShownLocked, match="published_on"):
        source.save()
    outlet.name = "The Harbour Gazette"
    with pytest.raises(ShownLocked):
        outlet.save()
    assert Speaker.objects.get(pk=speaker.pk).name == "Dana Oyelaran"
    assert Outlet.objects.get(pk=outlet.pk).name == "Harbour Gazette"


def test_fields_no_client_reads_and_unpublished_records_stay_editable(shown, reviewer):
    speaker, source, _, quote = shown
    source.language = "en-GB"
    source.save()  # not shown: no correction needed
    other = make_speaker("Ravi Menon")
    other.name = "Ravi K. Menon"
    other.save()  # no verified item shows him
    quote.reopen(by=reviewer, reason="The speaker's name is misspelt.")
    speaker.name = "Dana Oyelaran-Smith"
    speaker.save()  # once no published item shows her, the name is editable again
    assert Speaker.objects.get(pk=speaker.pk).name == "Dana Oyelaran-Smith"


def test_a_correction_approved_by_another_reviewer_applies_and_is_recorded(
    shown, editor, reviewer, second_reviewer
):
    speaker, _, _, quote = shown
    correction = Correction.propose(
        speaker, "name", "Dana Oyelaran-Smith", editor, "Her office gives her full surname."
    )
    correction.save()
    assert Speaker.objects.get(pk=speaker.pk).name == "Dana Oyelaran"  # not before approval
    last_seq = Change.objects.aggregate(seq=Max("seq"))["seq"]
    correction.approve(by=second_reviewer)
    speaker.refresh_from_db()
    assert speaker.name == "Dana Oyelaran-Smith"
    correction.refresh_from_db()
    assert (correction.status, correction.decided_by) == ("approved", second_reviewer)
    record = speaker.history.latest("history_date")
    assert record.history_user == second_reviewer
    assert "proposed by edna-editor" in record.history_change_reason
    assert "full surname" in record.history_change_reason
    new = Change.objects.filter(seq__gt=last_seq)
    assert [(c.type, c.item_id, c.action) for c in new] == [("quote", quote.pk, "updated")]


def test_the_proposer_cannot_approve_and_editors_cannot_approve(shown, editor, reviewer):
    speaker = shown[0]
    correction = Correction.propose(speaker, "name", "D. Oyelaran", reviewer, "Style guide.")
    correction.save()
    with pytest.raises(PermissionDenied, match="you proposed it"):
        correction.approve(by=reviewer)
    with pytest.raises(PermissionDenied, match="only reviewers"):
        correction.approve(by=editor)
    with pytest.raises(PermissionDenied, match="only reviewers"):
        correction.dismiss(by=editor)
    assert Speaker.objects.get(pk=speaker.pk).name == "Dana Oyelaran"


def test_one_person_desks_approve_their_own_correction(shown, reviewer, settings):
    settings.FACTDB_FOUR_EYES = False
    speaker = shown[0]
    correction = Correction.propose(speaker, "wikidata_id", "Q4242", reviewer, "Looked up.")
    correction.save()
    correction.approve(by=reviewer)
    assert Speaker.objects.get(pk=speaker.pk).wikidata_id == "Q4242"


def test_bad_corrections_are_refused_naming_the_field(shown, editor):
    speaker, source, outlet, _ = shown
    cases = [
        (speaker, "organisation", "X", "not shown by published items"),
        (speaker, "name", "", "This field cannot be blank"),
        (speaker, "wikidata_id", "42", "Wikidata id is a Q followed by digits"),
        (speaker, "name", "Dana Oyelaran", "already is"),
        (source, "published_on", "1st of May", "invalid date format"),
        (source, "outlet", "No Such Outlet", "No outlet is named or numbered 'No Such Outlet'"),
        (outlet, "name", "Harbour Times", None),  # fine but for the missing reason below
    ]
    for record, field, value, message in cases:
        if message is None:
            with pytest.raises(ValidationError, match="Say why"):
                Correction.propose(record, field, value, editor, "  ")
            continue
        with pytest.raises(ValidationError, match=message):
            Correction.propose(record, field, value, editor, "Checked.")
    make_speaker("Ana Ruiz")
    with pytest.raises(ValidationError, match="already has this name"):
        Correction.propose(speaker, "name", "ana ruiz", editor, "Same person.")
    unshown = make_speaker("Nobody Quoted")
    with pytest.raises(ValidationError, match="edit it directly"):
        Correction.propose(unshown, "name", "Somebody", editor, "Typo.")
    assert not Correction.objects.exists()


def test_a_source_moves_to_another_outlet_by_name_and_a_stale_correction_is_refused(
    shown, editor, reviewer, second_reviewer
):
    _, source, outlet, _ = shown
    other = make_outlet(name="Coastal Courier")
    move = Correction.propose(source, "outlet", "coastal courier", editor, "Syndicated copy.")
    move.save()
    retitle = Correction.propose(source, "title", "Pier reopens Monday", editor, "Headline.")
    retitle.save()
    again = Correction.propose(source, "title", "Pier to reopen soon", editor, "Headline.")
    again.save()
    move.approve(by=second_reviewer)
    retitle.approve(by=second_reviewer)
    assert Source.objects.get(pk=source.pk).outlet == other
    with pytest.raises(ValidationError, match="Dismiss it and propose again"):
        again.approve(by=second_reviewer)
    with pytest.raises(ValidationError, match="already approved"):
        retitle.approve(by=reviewer)
    again.dismiss(by=reviewer)
    assert Source.objects.get(pk=source.pk).title == "Pier reopens Monday"
    assert list(Correction.objects.of(source).proposed()) == []


@pytest.mark.postgres
def test_postgresql_refuses_a_direct_update_of_what_is_shown(shown):
    speaker, source, outlet, _ = shown
    for change in (
        lambda: Speaker.objects.filter(pk=speaker.pk).update(name="Someone Else"),
        lambda: Source.objects.filter(pk=source.pk).update(url="https://example.org/other"),
        lambda: Outlet.objects.filter(pk=outlet.pk).update(name="Other Gazette"),
    ):
        with pytest.raises(IntegrityError, match="approved correction"), transaction.atomic():
            change()
    Source.objects.filter(pk=source.pk).update(language="en-GB")  # not shown: allowed
    assert Speaker.objects.get(pk=speaker.pk).name == "Dana Oyelaran"
