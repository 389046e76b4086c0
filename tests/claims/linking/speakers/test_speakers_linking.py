"""Speakers resolved across sources: descriptors and titles stripped, places never speakers, members
and spokespeople credited to their organisation, a surname alone is the person named in full, a
short form is the full name its own document writes, a country's body is one speaker however the
country is written."""

from __future__ import annotations

import pytest

from claims.linking.measures import LexiconError
from claims.linking.speakers import DocumentNames, bodies_held_by, holder_of, parse, resolve
from claims.models import Claim, Speaker
from sources.ingest import parse_text
from sources.services import ingest_document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Militant organization Taliban", "Taliban"),
        ("the Taliban", "Taliban"),
        ("Xinhua News Agency", "Xinhua"),
        ("the Norvik polling institute", "Norvik"),
        ("the Velmar Courier newspaper", "Velmar Courier"),
        ("the newspaper", None),
        ("Taliban officials", "Taliban"),
        ("Health officials", None),
        ("Security sources", None),
        ("a Taliban delegation", "Taliban"),
        ("Department of Labor", "Department of Labor"),
        ("Moscow", None),
        ("U.S.", None),
        ("U.S. employers", None),
        ("the median", None),
        ("professional business services", None),
        ("Premier Olla Brandt", "Olla Brandt"),
        ("Harwell County Sheriff-Coroner Dana Quist", "Dana Quist"),
        ("General Electric Company", "General Electric Company"),
        ("the Bank", None),
        ("Office", None),
        ("the Sheriff", None),
        ("Premier", None),
        ("Harwell County", None),
        ("Should", None),
        ("France Interior Ministry", "French Interior Ministry"),
        ("France's Interior Ministry", "French Interior Ministry"),
        ("the French Interior Ministry", "French Interior Ministry"),
        ("U.S. Embassy", "US Embassy"),
        ("United States Embassy", "US Embassy"),
        ("China Earthquake Administration", "China Earthquake Administration"),
    ],
)
def test_names_resolve_to_the_speaker_they_stand_for(name: str, expected: str | None) -> None:
    found = resolve(name)
    assert (found.name if found else None) == expected


def test_a_member_phrase_says_which_organisation_it_speaks_for() -> None:
    assert resolve("Taliban spokesman").member_of == "Taliban"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "place",
    [
        "Ireland", "Republic of Ireland", "Canberra", "Nairobi", "Ohio", "New Mexico", "Osaka",
        "Lagos", "São Paulo", "Burkina Faso", "Czechia", "UAE", "the United Kingdom", "Irish",
    ],
)  # fmt: skip
def test_a_country_capital_state_or_large_city_is_never_a_speaker(place: str) -> None:
    assert resolve(place) is None


EMPTY: dict[str, object] = {
    "places": [],
    "descriptors": [],
    "members": [],
    "not_names": [],
    "generic": [],
    "titles": [],
    "place_endings": [],
    "state_bodies": [],
    "staff": [],
}


def test_a_malformed_speaker_file_is_refused_naming_the_key() -> None:
    with pytest.raises(LexiconError, match="speakers.toml: places must be a list"):
        parse({**EMPTY, "places": "Moscow"}, "speakers.toml")
    with pytest.raises(LexiconError, match="countries must map an adjective"):
        parse({**EMPTY, "countries": {"French": "France"}}, "speakers.toml")
    with pytest.raises(LexiconError, match="'Guinea' is a name of two countries"):
        parse({**EMPTY, "countries": {"A": ["Guinea"], "B": ["Guinea"]}}, "speakers.toml")


@pytest.mark.parametrize(
    ("text", "name", "kind", "expected"),
    [
        ("The Bank of Norland cut its rate. The Bank said more.", "Bank", None, "Bank of Norland"),
        ("The Bank of Norland's rate fell. The Bank said so.", "the Bank", None, "Bank of Norland"),
        ("The Bank of Norland and the Bank of Vesk met. The Bank said.", "Bank", None, "Bank"),
        ("The Bank said rates fell.", "Bank", None, "Bank"),
        ("Premier Olla Brandt spoke. Mrs Brandt said so.", "Brandt", "person", "Olla Brandt"),
        ("Olla Brandt and Ivo Brandt spoke. Brandt said so.", "Brandt", "person", "Brandt"),
        ("Kel Dorn spoke. Dorn said so.", "Dorn", "organisation", "Dorn"),
        ("Roads shut in Harwell. Dorn said so.", "Dorn", "person", "Dorn"),
        ("Another Dorn spoke. Dorn said so.", "Dorn", "person", "Dorn"),
        ("Crowds Packed Every Vesk Metro Station Saturday\nMetro said so.", "Metro", None, "Metro"),
        ("Crowds filled the Upper Vesk Metro station. Metro said so.", "Metro", None, "Metro"),
        ("Sheriff Dana Quist spoke. The sheriff said so.", "the sheriff", None, "Dana Quist"),
        ("Sheriff Dana Quist met Sheriff Ivo Lamm. The sheriff said.", "Sheriff", None, "Sheriff"),
    ],
)  # fmt: skip
def test_a_short_form_is_the_full_name_its_own_document_writes(
    text: str, name: str, kind: str | None, expected: str
) -> None:
    assert DocumentNames(text).full(name, kind) == expected


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


@pytest.mark.django_db
def test_a_reviewer_merges_two_speakers_in_the_admin_and_history_keeps_it(client, editor):
    from django.urls import reverse

    ingest("The Taliban claims to control at least 85 per cent of the country.")
    ingest("“We hold the north,” said Zabihullah Mujahid. Talibs said 210 districts.", "2021-07-15")
    taliban = Speaker.objects.get(name="Taliban")
    twin = Speaker.objects.create(name="Islamic Emirate", kind="organisation")
    Claim.objects.filter(pk=Claim.objects.order_by("-pk")[0].pk).update(claimant=twin)
    moved = list(Claim.objects.filter(claimant=twin).values_list("pk", flat=True))
    assert moved
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_speaker_changelist"),
        {"action": "merge_selected", "_selected_action": [taliban.pk, twin.pk]},
        follow=True,
    )
    assert "Merged into “Taliban”: Islamic Emirate" in response.content.decode()
    assert not Speaker.objects.filter(pk=twin.pk).exists()
    assert "Islamic Emirate" in taliban.alias_names()
    assert set(moved) <= set(Claim.objects.filter(claimant=taliban).values_list("pk", flat=True))
    assert Speaker.history.filter(id=twin.pk, history_type="-").exists()
    claim = Claim.objects.get(pk=moved[0])
    assert "merged into “Taliban”" in claim.history.first().history_change_reason


@pytest.mark.django_db
def test_merging_a_speaker_with_verified_claims_is_refused(reviewer, second_reviewer):
    from django.core.exceptions import ValidationError

    ingest("The Taliban claims to control at least 85 per cent of the country.")
    claim = Claim.objects.get()
    claim.verify(second_reviewer, verdict="mixed")
    other = Speaker.objects.create(name="Islamic Emirate", kind="organisation")
    with pytest.raises(ValidationError, match="reopen them before merging"):
        claim.claimant.merge_into(other)


@pytest.mark.django_db
def test_the_stored_person_is_found_by_each_way_a_text_named_them() -> None:
    ingest(
        "The port reopened. Harbour Minister Olek Varga said 12 ferries were late. "
        "Varga said 3 were cancelled."
    )
    rows = {
        name: list(Speaker.objects.named(name).values_list("name", flat=True))
        for name in ("Olek Varga", "Varga", "harbour minister olek varga")
    }
    assert rows == {name: ["Olek Varga"] for name in rows}


@pytest.mark.django_db
def test_a_place_doing_an_official_act_is_the_body_named_after_it() -> None:
    ingest("Madrid confirmed that the 80 million euro fee had been paid.")
    club = Speaker.objects.get(name="Madrid")
    assert club.kind == Speaker.Kind.ORGANISATION
    assert Claim.objects.get().claimant == club


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "A delegation in Madrid confirmed that 80 people were detained.",
        "Madrid said that 80 people were detained.",
        "“80 people were detained,” confirmed Madrid.",
    ],
)
def test_a_place_after_a_preposition_or_merely_speaking_is_still_no_speaker(text: str) -> None:
    ingest(text)
    assert not Speaker.objects.filter(name__iexact="Madrid").exists()


@pytest.mark.django_db
def test_a_short_form_and_every_way_of_writing_a_country_make_one_speaker() -> None:
    ingest("The Bank of Norland said its rate was 0.5%. The Bank said growth would be 1.2%.")
    ingest("France's Interior Ministry said turnout was 71%.", "2021-07-15")
    ingest("Turnout was 71%, the France interior ministry said.", "2021-07-15")
    ingest("The French Interior Ministry said 4 million ballots were blank.", "2021-07-16")
    assert list(Speaker.objects.values_list("name", flat=True)) == [
        "Bank of Norland",
        "French Interior Ministry",
    ]
    assert Claim.objects.filter(claimant__name="Bank of Norland").count() == 2


@pytest.mark.django_db
def test_a_titled_person_is_one_speaker_however_the_title_is_written() -> None:
    ingest("Harwell County Sheriff-Coroner Dana Quist said 12 homes burned.")
    ingest("Sheriff Dana Quist said 40 people were missing. The sheriff said 3 roads shut.")
    ingest("Quist said 9 shelters were open.", "2021-07-15")
    assert list(Speaker.objects.values_list("name", flat=True)) == ["Dana Quist"]
    assert Claim.objects.filter(claimant__name="Dana Quist").count() == 4


@pytest.mark.django_db
@pytest.mark.parametrize("office_first", [False, True])
def test_a_sheriff_and_the_sheriffs_office_credit_a_figure_to_one_claimant(office_first) -> None:
    articles = [
        "The fire grew. Harwell County Sheriff Dana Quist said 431 people were missing on Friday.",
        "The Harwell County Sheriff's Office said 431 people were missing on Friday.",
    ]
    for text in reversed(articles) if office_first else articles:
        ingest(text)
    office = Speaker.objects.get(name="Harwell County Sheriff's Office")
    assert Speaker.objects.get(name="Dana Quist").organisation == office
    assert Claim.objects.count() == 1


def test_only_a_title_with_the_place_it_serves_names_a_holders_body() -> None:
    assert holder_of("Harwell County Sheriff's Office") == "Harwell County Sheriff"
    assert holder_of("Governor's Office") is None  # any governor, in another source
    assert holder_of("Vannor's Office") is None  # a person's office, no title
    assert bodies_held_by("Harwell Mayor") == [
        "Harwell Mayor's Office",
        "Harwell Mayor's Department",
    ]
    assert bodies_held_by("Mayor") == []


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Analysts at Ossby Macro Advisors", "Ossby Macro Advisors"),
        ("an economist at Tarnby Capital", "Tarnby Capital"),
        ("senior strategists from the Varn Institute", "Varn Institute"),
    ],
)
def test_a_role_held_at_a_body_speaks_for_the_body(name: str, body: str) -> None:
    resolved = resolve(name)
    assert resolved is not None
    assert (resolved.name, resolved.member_of) == (body, body)


@pytest.mark.parametrize(
    "name", ["people at Tarnby Bank", "members of the public", "analysts from Moscow"]
)
def test_no_role_or_no_body_after_at_names_no_speaker(name: str) -> None:
    assert resolve(name) is None


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Tarnby.com Inc.", "Tarnby"),
        ("Varn Grocers Inc.", "Varn Grocers"),
        ("Ossby Mills Ltd", "Ossby Mills"),
        ("Tarnby.com", "Tarnby"),
    ],
)
def test_a_company_is_named_without_its_legal_suffix_or_site_ending(name: str, company: str):
    resolved = resolve(name)
    assert resolved is not None and resolved.name == company


def test_a_legal_suffix_alone_is_no_speaker() -> None:
    assert resolve("Inc.") is None
