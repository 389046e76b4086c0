"""Settings come from the environment; a bad value stops start-up with a message that says what
to set. Each start-up case runs in a fresh interpreter, as a deployment would."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from factdb.env import envbool, envint, envlist, envrate
from tests.conftest import REPO

# Variables of the test run itself that a start-up case must not inherit.
LEFT_OUT = {"DEBUG", "SECRET_KEY", "DATABASE_REPLICA_URLS"}


def own_environment(**env: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k not in LEFT_OUT}, **env}


def start(**env: str) -> subprocess.CompletedProcess:
    """Import the settings in a new process with exactly these factdb variables set."""
    clean = {k: v for k, v in os.environ.items() if k not in LEFT_OUT}
    clean.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import factdb.settings as s; print(s.DATABASES['default']['ENGINE'])",
        ],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = start(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_starts_with_a_secret_key():
    result = start(DEBUG="false", SECRET_KEY="x" * 50, ALLOWED_HOSTS="factdb.example.org")
    assert result.returncode == 0, result.stderr


def test_development_has_a_default_key():
    assert start(DEBUG="true").returncode == 0


def test_malformed_debug_names_the_variable():
    result = start(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def test_malformed_database_url_names_the_variable():
    result = start(DATABASE_URL="not a url at all")
    assert result.returncode != 0
    assert "DATABASE_URL=" in result.stderr


def test_unsupported_database_is_refused():
    result = start(DATABASE_URL="mysql://root@127.0.0.1/factdb")
    assert result.returncode != 0
    assert "SQLite and PostgreSQL only" in result.stderr


def test_postgres_url_selects_the_postgresql_backend():
    result = start(DATABASE_URL="postgres://postgres@127.0.0.1:5432/factdb")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_sqlite_is_the_default_when_database_url_is_empty():
    result = start(DATABASE_URL="")
    assert result.stdout.strip() == "django.db.backends.sqlite3"


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("Yes", True), ("off", False), ("", True)]
)
def test_envbool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert envbool("FLAG", True) is expected


def test_envint_refuses_words_and_small_numbers(monkeypatch):
    monkeypatch.setenv("N", "ten")
    with pytest.raises(ImproperlyConfigured, match="N='ten' is not a whole number"):
        envint("N", 1)
    monkeypatch.setenv("N", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        envint("N", 1, minimum=1)


def test_envlist_splits_on_commas_and_refuses_empty_items(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.org, b.org")
    assert envlist("HOSTS", []) == ["a.org", "b.org"]
    monkeypatch.setenv("HOSTS", "a.org,,b.org")
    with pytest.raises(ImproperlyConfigured, match="empty item"):
        envlist("HOSTS", [])


def test_envrate_accepts_rates_and_off(monkeypatch):
    monkeypatch.setenv("RATE", "30/min")
    assert envrate("RATE", None) == "30/min"
    monkeypatch.setenv("RATE", "off")
    assert envrate("RATE", "60/min") is None
    monkeypatch.setenv("RATE", "lots")
    with pytest.raises(ImproperlyConfigured, match="is not a rate"):
        envrate("RATE", None)


# --- SQLite under load: WAL, a busy timeout, writers queue ---------------------------------

LONG_WRITE = r"""
import json, os, threading, time
import django
django.setup()
from django.db import connection, connections, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    cursor.execute("INSERT INTO t (body) VALUES ('before')")
connection.close()
written, result = threading.Event(), {}

def writer():
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size=5")  # a small cache spills: the write lock widens
            for _ in range(3000):
                cursor.execute("INSERT INTO t (body) VALUES (%s)", ["x" * 2000])
            written.set()
            time.sleep(4)  # a long ingest, still writing
    connection.close()

def reader():
    written.wait()
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM t")
            result["rows"] = cursor.fetchone()[0]
    except Exception as exc:
        result["error"] = str(exc)
    result["seconds"] = time.perf_counter() - started
    connection.close()

threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    result["journal_mode"] = cursor.execute("PRAGMA journal_mode").fetchone()[0]
print(json.dumps(result))
"""


def test_a_reader_is_not_locked_out_while_a_long_sqlite_write_runs(tmp_path):
    import json

    env = own_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'busy.sqlite3'}",
        DJANGO_SETTINGS_MODULE="factdb.settings",
    )
    done = subprocess.run(
        [sys.executable, "-c", LONG_WRITE], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "error" not in result, result
    assert result["seconds"] < 2, result  # answered while the writer still held its lock
    assert result["rows"] == 1  # what was committed before the write began
    assert result["journal_mode"] == "wal"


def test_sqlite_busy_timeout_comes_from_the_environment():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import factdb.settings as s; print(s.DATABASES['default']['OPTIONS'])",
        ],
        cwd=REPO,
        env=own_environment(SQLITE_BUSY_TIMEOUT="45", DATABASE_URL="sqlite:///var/x.db"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "'timeout': 45" in result.stdout
    assert "'transaction_mode': 'IMMEDIATE'" in result.stdout
    assert start(SQLITE_BUSY_TIMEOUT="soon", DATABASE_URL="sqlite:///var/x.db").returncode != 0


# --- production: every `check --deploy` warning is cleared by a variable ---------------------

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-key-" + "k7Qz" * 10,
    "ALLOWED_HOSTS": "factdb.example.org",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "SECURE_SSL_REDIRECT": "true",
    "SESSION_COOKIE_SECURE": "true",
    "CSRF_COOKIE_SECURE": "true",
    "SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
}


def check_deploy(**env: str) -> subprocess.CompletedProcess:
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; no deployment would.
    unset = {*PRODUCTION, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_check_deploy_passes_with_the_production_variables():
    result = check_deploy(**PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_without_them_check_deploy_names_what_to_set():
    insecure = {k: PRODUCTION[k] for k in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")}
    result = check_deploy(**insecure)
    assert result.returncode != 0
    for warning in ("W004", "W008", "W012", "W016"):
        assert warning in result.stderr


def test_a_malformed_proxy_ssl_header_names_the_variable():
    result = start(SECURE_PROXY_SSL_HEADER="https")
    assert result.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER='https' is not a pair" in result.stderr


@pytest.mark.parametrize("url", ["memcached://x", "db://", "redis://", "nonsense"])
def test_a_bad_cache_url_names_the_variable(url):
    result = start(CACHE_URL=url)
    assert result.returncode != 0
    assert f"CACHE_URL={url!r}" in result.stderr


def test_replicas_need_postgresql():
    result = start(
        DATABASE_URL="sqlite:///tmp/x.sqlite3",
        DATABASE_REPLICA_URLS="postgres://postgres@127.0.0.1:5433/x",
    )
    assert result.returncode != 0
    assert "DATABASE_REPLICA_URLS" in result.stderr


def test_replicas_are_read_from_the_environment():
    result = subprocess.run(
        [sys.executable, "-c", "import factdb.settings as s; print(s.DATABASE_REPLICAS)"],
        cwd=REPO,
        env=own_environment(
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/factdb",
            DATABASE_REPLICA_URLS="postgres://a@10.0.0.2:5432/factdb,postgres://a@10.0.0.3/factdb",
        ),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['replica1', 'replica2']"


def test_claim_kinds_name_the_unknown_kind_and_the_choices():
    result = start(FACTDB_CLAIM_KINDS="count,percentage")
    assert result.returncode != 0
    assert "FACTDB_CLAIM_KINDS" in result.stderr and "'percentage'" in result.stderr
    assert "count, percent, money" in result.stderr


def test_the_claim_kinds_setting_offers_exactly_the_extractors_kinds():
    from django.conf import settings

    from claims.extraction.units import KINDS

    assert settings.QUANTITY_KINDS == KINDS
    assert {"duration", "age", "score"}.isdisjoint(settings.FACTDB_CLAIM_KINDS)


def test_every_environment_variable_the_settings_read_is_in_the_readme():
    import re

    settings_code = (REPO / "factdb" / "settings.py").read_text()
    read = set(re.findall(r"\benv\w*\(\s*\"([A-Z][A-Z0-9_]+)\"", settings_code))
    read |= set(re.findall(r"os\.environ(?:\.get\(|\[)\s*\"([A-Z][A-Z0-9_]+)\"", settings_code))
    assert len(read) > 20
    readme = (REPO / "README.md").read_text()
    missing = sorted(name for name in read if f"`{name}`" not in readme)
    assert missing == [], f"not documented in README.md: {missing}"


def test_a_fetch_timeout_that_is_not_a_number_of_seconds_stops_start_up():
    result = start(FACTDB_FETCH_TIMEOUT="soon")
    assert result.returncode != 0
    assert "FACTDB_FETCH_TIMEOUT" in result.stderr
