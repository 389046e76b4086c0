"""How close the quotes API comes to the practical limit, on PostgreSQL under gunicorn.

    .venv/bin/python benchmarks/api.py [--seconds 10] [--quotes 10000] [--clients 2]

Creates its own database (factdb_bench_<pid> on 127.0.0.1:5432, user postgres), migrates it,
bulk-creates verified quotes with speakers, sources and appearances, and serves factdb under
gunicorn on a free loopback port with one extra URL (benchmarks/api_urls.py): a bare Django
view returning the same rows and fields straight from `.values()` through orjson. It checks
that both return the same `results`, then alternates timed rounds of GET
/api/v1/quotes/?page_size=100 and the bare view, and prints requests per second for both and
their ratio. Exits 1 if the API falls below the floor (0.8 of the bare view). The database is
dropped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLOOR = 0.8
QUOTE_WORDS = "India has been a true friend and we need air support against the advance"
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
API_PATH = "/api/v1/quotes/?page_size=100"
BARE_PATH = "/bench/quotes/?page_size=100"


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:
        conn.execute(statement)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(quotes: int) -> None:
    """Verified quotes, each appearing in one or two sources, in bulk."""
    import django

    django.setup()
    from django.core.management import call_command

    from claims.models import Appearance, Quote, ReviewStatus, Speaker
    from sources.models import Outlet, Source

    call_command("migrate", verbosity=0)
    rng = random.Random(20210714)
    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(10))
    sources = Source.objects.bulk_create(
        Source(
            title=f"Report {n} on the Taliban's advance",
            url=f"https://news.example.org/2021/07/report-{n}",
            outlet=outlets[n % len(outlets)] if n % 7 else None,
            published_on=datetime.date(2021, 7, 1) + datetime.timedelta(days=n % 30)
            if n % 5
            else None,
            text=f"Report {n}. " + "The envoy said “we need air support” today. " * 40,
            sha256=f"{n:064x}",
        )
        for n in range(200)
    )
    speakers = Speaker.objects.bulk_create(
        Speaker(
            name=f"Speaker {n}",
            kind=Speaker.Kind.PERSON if n % 4 else Speaker.Kind.ORGANISATION,
            wikidata_id=f"Q{1000 + n}" if n % 3 == 0 else "",
        )
        for n in range(500)
    )
    reviewed = datetime.datetime(2021, 7, 20, tzinfo=datetime.UTC)
    words = [
        "India",
        "has",
        "been",
        "a",
        "true",
        "friend",
        "and",
        "we",
        "need",
        "air",
        "support",
        "against",
        "the",
        "advance",
    ]
    made = Quote.objects.bulk_create(
        (
            Quote(
                text=" ".join(rng.sample(words, rng.randint(5, 12))).capitalize() + ".",
                speaker=speakers[rng.randrange(len(speakers))],
                said_on=datetime.date(2021, 7, 1 + n % 28) if n % 3 else None,
                partial=n % 5 == 0,
                via=("NDTV", "Tass", "CNN", "")[n % 4],
                status=ReviewStatus.VERIFIED,
                reviewed_at=reviewed + datetime.timedelta(minutes=n),
            )
            for n in range(quotes)
        ),
        batch_size=2000,
    )
    appearances = []
    for n, quote in enumerate(made):
        for k in range(1 + n % 2):
            start = 10 + 45 * ((n + k) % 40)
            appearances.append(
                Appearance(
                    quote=quote,
                    source=sources[(n * 7 + k * 13) % len(sources)],
                    wording="we need air support",
                    start=start,
                    end=start + 19,
                )
            )
    Appearance.objects.bulk_create(appearances, batch_size=5000)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def hammer(port: int, path: str, seconds: float, clients: int) -> tuple[int, int, float]:
    """(successes, failures, elapsed) of `clients` threads requesting `path` for `seconds`."""
    counts = [[0, 0] for _ in range(clients)]
    deadline = time.perf_counter() + seconds

    def loop(slot: list[int]) -> None:
        while time.perf_counter() < deadline:
            status, _ = get(port, path)
            slot[0 if status == 200 else 1] += 1

    threads = [threading.Thread(target=loop, args=(slot,)) for slot in counts]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return sum(c[0] for c in counts), sum(c[1] for c in counts), elapsed


def wait_for(port: int, server: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited before serving; see its log above")
        try:
            if get(port, "/api/v1/")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer on port {port} within {timeout} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="timed seconds per endpoint")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds per endpoint")
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=2, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn sync workers")
    args = parser.parse_args()

    database = f"factdb_bench_{os.getpid()}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{database}",
        "DJANGO_SETTINGS_MODULE": "benchmarks.api_settings",
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-" + os.urandom(8).hex(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "API_ANON_THROTTLE": "off",  # one client hammering would be throttled, as it should
        "CONN_MAX_AGE": "60",  # persistent connections, as in a deployment
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path.insert(0, str(REPO))
    admin_sql(f'CREATE DATABASE "{database}"')
    server = None
    try:
        started = time.perf_counter()
        seed(args.quotes)
        print(f"seeded {args.quotes} verified quotes in {time.perf_counter() - started:.1f} s")
        port = free_port()
        server = subprocess.Popen(
            [
                str(REPO / ".venv/bin/gunicorn"),
                "factdb.wsgi:application",
                f"--bind=127.0.0.1:{port}",
                f"--workers={args.workers}",
                "--log-level=warning",
            ],
            cwd=REPO,
            env=env,
        )
        wait_for(port, server)
        api_status, api_body = get(port, API_PATH)
        bare_status, bare_body = get(port, BARE_PATH)
        assert api_status == bare_status == 200, (api_status, bare_status)
        api_results = json.loads(api_body)["results"]
        assert len(api_results) == 100
        assert api_results == json.loads(bare_body)["results"], "the two differ"
        print(f"both return the same 100 quotes ({len(api_body):,} bytes from the API)")
        for path in (API_PATH, BARE_PATH):  # warm up both
            hammer(port, path, 1, args.clients)
        totals = {API_PATH: [0, 0, 0.0], BARE_PATH: [0, 0, 0.0]}
        for _ in range(args.rounds):
            for path in (API_PATH, BARE_PATH):
                ok, failed, elapsed = hammer(port, path, args.seconds / args.rounds, args.clients)
                totals[path][0] += ok
                totals[path][1] += failed
                totals[path][2] += elapsed
        rates = {path: ok / elapsed for path, (ok, _, elapsed) in totals.items()}
        failures = sum(failed for _, failed, _ in totals.values())
        ratio = rates[API_PATH] / rates[BARE_PATH]
        print(
            f"PostgreSQL, gunicorn --workers {args.workers}, {args.clients} client threads, "
            f"{args.seconds:g} s per endpoint in {args.rounds} alternating rounds"
        )
        print(f"API   GET {API_PATH:<35} {rates[API_PATH]:8.1f} req/s")
        print(f"bare  GET {BARE_PATH:<35} {rates[BARE_PATH]:8.1f} req/s")
        verdict = "ok" if ratio >= FLOOR else "BELOW THE FLOOR"
        print(f"ratio API / bare: {ratio:.2f} (floor {FLOOR}: {verdict})")
        if failures:
            print(f"{failures} requests failed")
        return 0 if ratio >= FLOOR and not failures else 1
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        admin_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
