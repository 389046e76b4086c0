"""Conditional GET, content types, CSV, throttling and the schema."""

import csv
import io

import pytest
from django.utils.http import http_date

from tests.api.conftest import verified_quote
from tests.factories import correct

pytestmark = pytest.mark.django_db

LIST_AND_DETAIL = ["/api/v1/quotes/", "/api/v1/claims/", "/api/v1/speakers/", "/api/v1/sources/"]


@pytest.mark.parametrize("path", LIST_AND_DETAIL)
def test_a_matching_etag_gets_a_304_without_a_body(api, world, path):
    first = api.get(path)
    assert first.status_code == 200 and first["ETag"].startswith('"')
    again = api.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_detail_endpoints_have_etags_too(api, world):
    for path in (
        f"/api/v1/quotes/{world.envoy_quote.pk}/",
        f"/api/v1/claims/{world.territory.pk}/",
        f"/api/v1/claims/{world.territory.pk}/claimreview/",
    ):
        etag = api.get(path)["ETag"]
        assert api.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_change_changes_the_etag(api, world, reviewer, second_reviewer):
    path = f"/api/v1/quotes/{world.envoy_quote.pk}/"
    etag = api.get(path)["ETag"]
    # Its words are locked; its speaker's name changes through an approved correction.
    correct(world.envoy, "name", "F. Mamundzay", reviewer, second_reviewer)
    changed = api.get(path, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_a_detail_has_last_modified_and_if_modified_since_answers_304(api, world):
    path = f"/api/v1/quotes/{world.envoy_quote.pk}/"
    response = api.get(path)
    world.envoy_quote.refresh_from_db()
    assert response["Last-Modified"] == http_date(world.envoy_quote.updated_at.timestamp())
    assert api.get(path, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304
    older = http_date(world.envoy_quote.updated_at.timestamp() - 3600)
    assert api.get(path, HTTP_IF_MODIFIED_SINCE=older).status_code == 200


def test_a_retracted_item_leaving_a_list_changes_its_etag(api, world):
    from claims.models import ReviewStatus
    from tests.api.conftest import with_status

    response = api.get("/api/v1/quotes/")
    assert "Last-Modified" not in response  # the rows left cannot date a list; the ETag can
    with_status(world.envoy_quote, ReviewStatus.RETRACTED, status_reason="Misattributed.")
    assert api.get("/api/v1/quotes/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200


def test_if_none_match_wins_over_if_modified_since(api, world):
    path = f"/api/v1/quotes/{world.envoy_quote.pk}/"
    response = api.get(path)
    stale = api.get(
        path,
        HTTP_IF_NONE_MATCH='"something-else"',
        HTTP_IF_MODIFIED_SINCE=response["Last-Modified"],
    )
    assert stale.status_code == 200


def test_responses_vary_on_who_asks(api, world):
    vary = api.get("/api/v1/quotes/")["Vary"]
    assert "Authorization" in vary and "Accept" in vary


def test_quotes_as_csv_for_spreadsheets(api, world):
    response = api.get("/api/v1/quotes/", {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    envoy = next(row for row in rows if row["id"] == str(world.envoy_quote.pk))
    assert envoy["text"] == "India has been a true friend."
    assert envoy["speaker"] == "Farid Mamundzay"
    assert envoy["said_on"] == "2021-07-13"
    assert envoy["source_url"] == "https://example.org/ndtv/envoy"
    assert envoy["verified_at"] == "2021-07-20T12:00:00Z"


def test_claims_as_csv_flatten_the_quantity(api, world):
    response = api.get("/api/v1/claims/", {"format": "csv"})
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(response.content.decode()))}
    territory = rows[str(world.territory.pk)]
    assert territory["lower"] == "85"
    assert territory["unit"] == "percent"
    assert territory["claimant"] == "Taliban"
    assert territory["verdict"] == "mostly_false"


def test_csv_cells_never_run_as_spreadsheet_formulas(api, world):
    verified_quote('=HYPERLINK("http://evil.example")', speaker=world.envoy)
    text = api.get("/api/v1/quotes/", {"format": "csv"}).content.decode()
    assert "'=HYPERLINK" in text


def test_csv_is_offered_where_it_makes_sense_only(api, world):
    assert api.get("/api/v1/outlets/", {"format": "csv"}).status_code == 404


def test_anonymous_clients_are_throttled_when_configured(api, world, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/min"},
    }
    assert api.get("/api/v1/quotes/").status_code == 200
    assert api.get("/api/v1/quotes/").status_code == 200
    throttled = api.get("/api/v1/quotes/")
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0


def test_tokens_are_not_held_by_the_anonymous_throttle(ordinary_api, world, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/min"},
    }
    for _ in range(3):
        assert ordinary_api.get("/api/v1/quotes/").status_code == 200


def test_throttling_can_be_switched_off(api, world, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None}}
    for _ in range(5):
        assert api.get("/api/v1/outlets/").status_code == 200


def test_the_openapi_schema_and_its_docs_page_are_served(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in (
        "/api/v1/quotes/",
        "/api/v1/quotes/{id}/",
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/claims/{id}/claimreview/",
        "/api/v1/speakers/",
        "/api/v1/sources/",
        "/api/v1/outlets/{id}/",
    ):
        assert path in paths
    names = {p["name"] for p in paths["/api/v1/claims/"]["get"]["parameters"]}
    assert {"speaker", "source", "outlet", "unit", "verdict", "stance", "q", "ordering"} <= names
    assert {"cursor", "page_size", "published_after", "published_before"} <= names
    assert "post" in paths["/api/v1/sources/"]
    assert api.get("/api/docs/").status_code == 200


def test_docs_page_loads_its_scripts_from_factdb_not_a_cdn(api):
    page = api.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn.jsdelivr.net" not in page


def test_the_schema_generates_without_warnings(tmp_path):
    from django.core.management import call_command

    call_command("spectacular", "--validate", "--fail-on-warn", file=str(tmp_path / "s.yaml"))


@pytest.mark.parametrize(
    "path", ["/api/v1/quotes/", "/api/v1/claims/1/", "/api/v1/claims/1/claimreview/"]
)
def test_options_answers_in_json_whatever_format_was_asked_for(api, world, path):
    response = api.options(path, {"format": "csv"} if "claimreview" not in path else {})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["name"]


def test_x_forwarded_for_does_not_escape_the_anonymous_throttle(api, world, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/min"},
    }
    statuses = [
        api.get("/api/v1/quotes/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 429, 429]


def test_behind_one_proxy_the_address_it_appended_is_the_client(api, world, settings):
    settings.NUM_PROXIES = 1
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/min"},
    }

    def via_proxy(client_address: str, forged: str) -> int:
        # The client sent `forged`; the proxy appended the address it saw.
        forwarded = f"{forged}, {client_address}"
        return api.get(
            "/api/v1/quotes/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.2"
        ).status_code

    assert [via_proxy("203.0.113.7", f"192.0.2.{n}") for n in range(3)] == [200, 200, 429]
    assert via_proxy("203.0.113.8", "192.0.2.1") == 200  # another client behind the proxy
