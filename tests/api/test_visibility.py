"""Only verified quotes and claims leave the building; staff tokens may ask for the rest."""

import pytest

from claims.models import ReviewStatus
from tests.api.conftest import NON_VERIFIED, ids, with_status
from tests.factories import make_appearance, make_claim, make_quote

pytestmark = pytest.mark.django_db

SECRET = "secret words nobody verified"


@pytest.fixture(params=NON_VERIFIED)
def hidden(request, world):
    """A quote and a claim in one non-verified status, appearing in a published source and
    matching a search for 'secret'."""
    quote = make_quote(SECRET, speaker=world.envoy)
    make_appearance(quote, world.july14, "India has been a true friend.")
    claim = make_claim(f"{SECRET}: 99% of it", claimant=world.taliban)
    make_appearance(claim, world.july14, "at least 85 per cent")
    return with_status(quote, request.param), with_status(claim, request.param)


@pytest.mark.parametrize("client_name", ["api", "ordinary_api"])
def test_anonymous_and_ordinary_tokens_never_see_unverified_quotes_or_claims(
    hidden, client_name, request
):
    client = request.getfixturevalue(client_name)
    quote, claim = hidden
    for path, item in (("quotes", quote), ("claims", claim)):
        listed = client.get(f"/api/v1/{path}/")
        assert listed.status_code == 200
        assert item.pk not in ids(listed)
        assert client.get(f"/api/v1/{path}/{item.pk}/").status_code == 404
        assert item.pk not in ids(client.get(f"/api/v1/{path}/", {"q": "secret"}))
        csv = client.get(f"/api/v1/{path}/", {"format": "csv"}).content.decode()
        assert SECRET not in csv
    assert client.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 404


def test_anonymous_cannot_list_other_statuses_and_is_told_to_authenticate(api, hidden):
    quote, _ = hidden
    response = api.get("/api/v1/quotes/", {"status": quote.status})
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_ordinary_token_may_not_list_other_statuses(ordinary_api, hidden):
    quote, _ = hidden
    assert ordinary_api.get("/api/v1/quotes/", {"status": quote.status}).status_code == 403


def test_anyone_may_ask_for_verified_explicitly(api, world):
    response = api.get("/api/v1/quotes/", {"status": "verified"})
    assert set(ids(response)) == {world.envoy_quote.pk, world.taliban_quote.pk}


def test_staff_token_lists_any_status_it_asks_for(staff_api, hidden, world):
    quote, claim = hidden
    quotes = staff_api.get("/api/v1/quotes/", {"status": quote.status})
    assert ids(quotes) == [quote.pk]
    assert quotes.json()["results"][0]["status"] == quote.status
    assert ids(staff_api.get("/api/v1/claims/", {"status": claim.status})) == [claim.pk]


def test_staff_token_lists_verified_items_by_default(staff_api, hidden, world):
    quote, _ = hidden
    assert quote.pk not in ids(staff_api.get("/api/v1/quotes/"))


def test_staff_token_opens_any_item_by_id(staff_api, hidden):
    quote, claim = hidden
    assert staff_api.get(f"/api/v1/quotes/{quote.pk}/").json()["status"] == quote.status
    assert staff_api.get(f"/api/v1/claims/{claim.pk}/").json()["status"] == claim.status


def test_claimreview_exists_only_for_verified_claims_even_for_staff(staff_api, hidden):
    _, claim = hidden
    assert staff_api.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 404


def test_an_unknown_status_is_a_bad_request(staff_api, api, world):
    assert staff_api.get("/api/v1/quotes/", {"status": "maybe"}).status_code == 400
    assert api.get("/api/v1/claims/", {"status": "maybe"}).status_code == 400


def test_retracting_a_quote_takes_it_out_of_the_api(api, world):
    with_status(world.envoy_quote, ReviewStatus.RETRACTED, status_reason="Misattributed.")
    assert world.envoy_quote.pk not in ids(api.get("/api/v1/quotes/"))
    assert api.get(f"/api/v1/quotes/{world.envoy_quote.pk}/").status_code == 404


def test_public_speakers_are_those_with_something_verified(api, staff_api, world):
    from tests.factories import make_speaker

    nobody = make_speaker("Alarmed By India")  # an extraction error's 'speaker'
    with_status(make_quote("not really said", speaker=nobody), ReviewStatus.UNREVIEWED)
    public = ids(api.get("/api/v1/speakers/"))
    assert nobody.pk not in public
    assert {world.envoy.pk, world.taliban.pk} <= set(public)
    assert api.get(f"/api/v1/speakers/{nobody.pk}/").status_code == 404
    assert nobody.pk in ids(staff_api.get("/api/v1/speakers/"))


def test_a_hidden_speaker_is_not_shown_through_another_speakers_organisation(api, world):
    """The envoy is public (a verified quote); the ministry he speaks for has said nothing
    verified, so the public sees no trace of it, not even as his organisation."""
    from claims.models import Speaker
    from tests.factories import make_speaker

    ministry = make_speaker("Ministry of Unverified Things", kind=Speaker.Kind.ORGANISATION)
    Speaker.objects.filter(pk=world.envoy.pk).update(organisation=ministry)
    listed = {s["id"]: s for s in api.get("/api/v1/speakers/").json()["results"]}
    assert ministry.pk not in listed
    assert listed[world.envoy.pk]["organisation"] is None
    assert api.get(f"/api/v1/speakers/{world.envoy.pk}/").json()["organisation"] is None
    assert "Unverified" not in api.get("/api/v1/speakers/", {"format": "json"}).content.decode()


def test_a_public_organisation_is_shown_as_the_speakers(api, world, staff_api):
    from claims.models import Speaker

    Speaker.objects.filter(pk=world.envoy.pk).update(organisation=world.taliban)
    detail = api.get(f"/api/v1/speakers/{world.envoy.pk}/").json()
    assert detail["organisation"]["name"] == "Taliban"


def test_staff_see_a_hidden_organisation(staff_api, world):
    from claims.models import Speaker
    from tests.factories import make_speaker

    ministry = make_speaker("Ministry of Unverified Things", kind=Speaker.Kind.ORGANISATION)
    Speaker.objects.filter(pk=world.envoy.pk).update(organisation=ministry)
    detail = staff_api.get(f"/api/v1/speakers/{world.envoy.pk}/").json()
    assert detail["organisation"]["id"] == ministry.pk


def test_evidence_shows_its_public_summary_and_never_the_reviewers_note(api, world):
    from claims.models import Stance
    from tests.factories import make_evidence

    with_status(world.territory, ReviewStatus.IN_REVIEW)  # reopened to add evidence
    make_evidence(
        world.territory,
        world.july16,
        Stance.DISPUTES,
        summary="A district count puts Taliban control near half.",
        note="Internal: the desk doubts this source; ask Rita before citing.",
    )
    with_status(world.territory, ReviewStatus.VERIFIED)
    for url in (f"/api/v1/claims/{world.territory.pk}/", "/api/v1/claims/"):
        body = api.get(url).content.decode()
        assert "A district count puts Taliban control near half." in body
        assert "Internal: the desk doubts" not in body
    for evidence in api.get(f"/api/v1/claims/{world.territory.pk}/").json()["evidence"]:
        assert set(evidence) == {"stance", "source", "excerpt", "summary"}
