"""The sync settings refuse bad values at start-up, naming the variable."""

from tests.test_settings import start


def test_a_webhooks_base_url_without_a_scheme_stops_start_up():
    result = start(WEBHOOKS_BASE_URL="factdb.example.org")
    assert result.returncode != 0
    assert "WEBHOOKS_BASE_URL='factdb.example.org' is not an http:// or https:// URL" in (
        result.stderr
    )


def test_a_retention_below_one_day_stops_start_up():
    result = start(CHANGES_RETENTION_DAYS="0")
    assert result.returncode != 0
    assert "CHANGES_RETENTION_DAYS" in result.stderr
