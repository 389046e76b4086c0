"""ext12 (issue 9): a short name two stored organisations share, by whatever rule each has it,
names neither. Every name here is invented."""

from __future__ import annotations

import pytest

from claims.linking import speakers
from claims.linking.speakers import short_forms
from claims.models import Speaker
from claims.services import SpeakerDirectory


def organisation(name: str, *aliases: str) -> Speaker:
    speaker = Speaker.objects.create(name=name, kind=Speaker.Kind.ORGANISATION)
    for alias in aliases:
        speaker.add_alias(alias)
    return speaker


def test_the_short_forms_of_a_name_come_from_every_rule() -> None:
    assert short_forms("US Coast Guard") == {"Coast Guard"}
    assert short_forms("Norwegian Fjordex") == {"Fjordex"}
    assert "Metro Police" in short_forms("Portland Metropolitan Police Department")
    assert short_forms("Fjordex") == set()


@pytest.mark.django_db
def test_a_short_form_two_stored_names_share_by_one_rule_names_neither() -> None:
    organisation("US Coast Guard", "Coast Guard")
    organisation("Norwegian Coast Guard", "Coast Guard")
    assert SpeakerDirectory._aliased("Coast Guard") == []
    organisation("Portland Metropolitan Police Department", "Metro Police")
    organisation("Denver Metropolitan Police Department", "Metro Police")
    assert SpeakerDirectory._aliased("Metro Police") == []


@pytest.mark.django_db
def test_a_short_form_two_stored_names_share_by_two_rules_names_neither(monkeypatch) -> None:
    # Today's rules give no short form two ways (a country's leaves two words or more, an
    # adjective's one); a rule that did must still leave the shared form to neither.
    real = speakers.without_demonym
    monkeypatch.setattr(
        speakers,
        "without_demonym",
        lambda name, words=None: "Coast Guard" if name == "Valdoran Coast Guard" else real(name),
    )
    organisation("US Coast Guard", "Coast Guard")  # by its country
    organisation("Valdoran Coast Guard", "Coast Guard")  # by the (patched) adjective
    assert SpeakerDirectory._aliased("Coast Guard") == []


@pytest.mark.django_db
def test_a_short_form_one_stored_name_has_names_it() -> None:
    guard = organisation("US Coast Guard", "Coast Guard")
    organisation("Harbour Watch", "Watch")
    assert SpeakerDirectory._aliased("Coast Guard") == [guard]
