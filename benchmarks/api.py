"""How close the quotes API comes to the practical limit, on PostgreSQL under gunicorn.

    .venv/bin/python benchmarks/api.py [--quotes 10000,1000000] [--seconds 20] [--regenerate]

For each number of verified quotes, loads a database on 127.0.0.1:5432 (user postgres) with
`manage.py generate` (COPY): that many quotes, all verified, a tenth as many sources, a
hundredth as many speakers, one or two appearances per quote. Below 100,000 quotes the load
takes seconds and goes into a database of this run (factdb_bench_<pid>_<n>, dropped at the
end); from 100,000 on it takes minutes, so the database is kept and reused while it holds that
shape (factdb_bench_1m for a million; `--regenerate` drops and loads it again). Each database
is migrated first.

Then it serves factdb on it under gunicorn on a free loopback port with one extra URL
(benchmarks/api_urls.py): a bare Django view returning the same rows and fields straight from
`.values()` through orjson. It checks that both return the same `results`, then alternates
timed rounds of GET /api/v1/quotes/?page_size=100 and the bare view (half a second each by
default, each endpoint first in every other round), so that a burst of load from other processes
falls on both alike (single 2-second rounds on a busy machine ranged from 0.6 to 2.3). It
prints requests per second for both, their ratio and the load average. Exits 1 if the API falls
below the target (0.95 of the bare view) at any size.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 0.95
KEEP_FROM = 100_000  # loads this large take minutes: keep the database between runs
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
API_PATH = "/api/v1/quotes/?page_size=100"
BARE_PATH = "/bench/quotes/?page_size=100"


def label(quotes: int) -> str:
    """10000 → '10k', 1000000 → '1m'."""
    for unit, size in (("m", 1_000_000), ("k", 1_000)):
        if quotes % size == 0:
            return f"{quotes // size}{unit}"
    return str(quotes)


def shape(quotes: int) -> dict[str, int]:
    return {
        "quotes": quotes,
        "sources": max(1, quotes // 10),
        "speakers": max(1, quotes // 100),
        "claims": 0,
        "evidence": 0,
    }


def database_url(name: str) -> str:
    return f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{name}"


def admin_sql(statement: str, *params: object) -> tuple | None:
    """Run `statement` in the maintenance database; its first row, if it returns rows."""
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:  # type: ignore[arg-type]
        cursor = conn.execute(statement, params or None)
        return cursor.fetchone() if cursor.description else None


def ensure_database(quotes: int, regenerate: bool) -> tuple[str, bool]:
    """The database holding `quotes` verified quotes, migrated (and loaded unless a kept one
    already holds them); whether it is kept."""
    import psycopg

    kept = quotes >= KEEP_FROM
    name = f"factdb_bench_{label(quotes)}" if kept else f"factdb_bench_{os.getpid()}_{quotes}"
    exists = admin_sql("SELECT 1 FROM pg_database WHERE datname = %s", name)
    if exists and (regenerate or not kept):
        admin_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        exists = None
    if not exists:
        admin_sql(f'CREATE DATABASE "{name}"')
    env = {**os.environ, "DATABASE_URL": database_url(name)}
    manage = [sys.executable, str(REPO / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=REPO)
    with psycopg.connect(dbname=name, **PG) as conn:  # type: ignore[arg-type]
        row = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE status = 'verified') FROM claims_quote"
        ).fetchone()
    stored, verified = row if row else (0, 0)
    if stored == verified == quotes:
        print(f"{name}: reusing its {quotes:,} verified quotes", flush=True)
        return name, kept
    if stored:
        raise SystemExit(
            f"{name} holds {stored:,} quotes ({verified:,} verified), not {quotes:,} verified: "
            "run with --regenerate"
        )
    args = [f"--{key}={value}" for key, value in shape(quotes).items()]
    print(f"{name}: generating {quotes:,} verified quotes…", flush=True)
    started = time.monotonic()
    subprocess.run(
        [*manage, "generate", *args, "--verified-share=1", "-v1"], env=env, check=True, cwd=REPO
    )
    print(f"  loaded in {time.monotonic() - started:.0f} s", flush=True)
    return name, kept


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def measure(database: str, quotes: int, args: argparse.Namespace) -> tuple[float, int]:
    """Serve `database` under gunicorn and time both endpoints; (ratio, failed requests)."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url(database),
        "DJANGO_SETTINGS_MODULE": "benchmarks.api_settings",
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-" + os.urandom(8).hex(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "API_ANON_THROTTLE": "off",  # one client hammering would be throttled, as it should
        "CONN_MAX_AGE": "60",  # persistent connections, as in a deployment
        "LOG_LEVEL": "WARNING",
    }
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
    try:
        wait_for(port, server)
        api_status, api_body = get(port, API_PATH)
        bare_status, bare_body = get(port, BARE_PATH)
        assert api_status == bare_status == 200, (api_status, bare_status)
        api_results = json.loads(api_body)["results"]
        assert len(api_results) == 100
        assert api_results == json.loads(bare_body)["results"], "the two differ"
        for path in (API_PATH, BARE_PATH):  # warm up both
            hammer(port, path, 1, args.clients)
        load_before = os.getloadavg()[0]
        totals = {API_PATH: [0, 0, 0.0], BARE_PATH: [0, 0, 0.0]}
        for n in range(args.rounds):
            # Short rounds, each endpoint first in every other one: a burst of load from other
            # processes on the machine falls on both alike.
            for path in (API_PATH, BARE_PATH) if n % 2 == 0 else (BARE_PATH, API_PATH):
                ok, failed, elapsed = hammer(port, path, args.seconds / args.rounds, args.clients)
                totals[path][0] += ok
                totals[path][1] += failed
                totals[path][2] += elapsed
        load_after = os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
    rates = {path: ok / elapsed for path, (ok, _, elapsed) in totals.items()}
    failures = sum(int(failed) for _, failed, _ in totals.values())
    ratio = rates[API_PATH] / rates[BARE_PATH]
    verdict = "ok" if ratio >= TARGET else "BELOW THE TARGET"
    print(
        f"{quotes:,} verified quotes (same 100 from both, {len(api_body):,} bytes from the API); "
        f"load average {load_before:.1f} → {load_after:.1f}"
    )
    print(f"  API   GET {API_PATH:<35} {rates[API_PATH]:8.1f} req/s")
    print(f"  bare  GET {BARE_PATH:<35} {rates[BARE_PATH]:8.1f} req/s")
    print(f"  ratio API / bare: {ratio:.2f} (target {TARGET}: {verdict})", flush=True)
    if failures:
        print(f"  {failures} requests failed")
    return ratio, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quotes",
        default="10000,1000000",
        help="comma-separated numbers of verified quotes, one measurement each",
    )
    parser.add_argument("--seconds", type=float, default=20, help="timed seconds per endpoint")
    parser.add_argument("--rounds", type=int, default=40, help="alternating rounds per endpoint")
    parser.add_argument("--clients", type=int, default=2, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn sync workers")
    parser.add_argument(
        "--regenerate", action="store_true", help="drop the kept databases and load them again"
    )
    args = parser.parse_args()
    try:
        sizes = [int(n.replace("_", "")) for n in args.quotes.split(",")]
    except ValueError:
        parser.error(f"--quotes {args.quotes!r}: give whole numbers separated by commas")
    if any(n < 100 for n in sizes):
        parser.error(f"--quotes {args.quotes!r}: each size must be at least 100 (one page)")

    sys.path.insert(0, str(REPO))
    databases = []
    results = []
    try:
        for quotes in sizes:
            database, kept = ensure_database(quotes, args.regenerate)
            if not kept:
                databases.append(database)
            results.append(measure(database, quotes, args))
    finally:
        for database in databases:
            admin_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    print(
        f"PostgreSQL, gunicorn --workers {args.workers}, {args.clients} client threads, "
        f"{args.seconds:g} s per endpoint in {args.rounds} alternating rounds; "
        f"{os.cpu_count()} cores"
    )
    ok = all(ratio >= TARGET and not failures for ratio, failures in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
