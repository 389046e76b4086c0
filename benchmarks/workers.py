"""Ingest throughput on background workers: documents per second with 1, 2 and 4 worker
processes (`manage.py procrastinate worker`), against the same documents ingested inline in one
process (the baseline), on PostgreSQL.

    .venv/bin/python benchmarks/workers.py [--docs 120] [--workers 1,2,4] [--database NAME]

Without --database it creates factdb_bench_workers_<pid> on 127.0.0.1:5432 (user postgres),
migrates it and drops it at the end. With --database it ingests into that existing database
(e.g. the 1M-row one benchmarks/scale.py builds) and leaves what it ingested there: that is how
"docs/s does not fall as the database grows" is measured. The documents are news-like articles
made from this file's own sentence templates (quotes, speakers, counts, percentages, money), each
unique, about 3 KB.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PG = "postgres://postgres@127.0.0.1:5432/"

PEOPLE = [
    ("Maria Lopez", "the finance minister"),
    ("John Okafor", "the mayor"),
    ("Priya Raman", "a spokeswoman for the ministry"),
    ("Tomas Berg", "the union's leader"),
    ("Aiko Sato", "the company's chief executive"),
]
ORGANISATIONS = ["the Red Cross", "the central bank", "the health ministry", "the port authority"]
SENTENCES = [
    "{person}, {role}, said “we will rebuild {n} schools before the winter” on {day}.",
    "At least {n} people were evacuated from {place}, {org} said.",
    "Prices rose {p} percent in {month}, up from {q} percent a month earlier.",
    "The plan will cost ${m} million over {y} years, according to {org}.",
    "“Nobody expected {n} trucks to arrive at once,” {person} told reporters.",
    "More than {k} volunteers joined the effort, while {n} of the {t} roads stayed closed.",
    "{org} said {p}% of the district had power again by {day}.",
    "“This is not over,” said {person}. “We need {n} more pumps and {k} more hands.”",
]
PLACES = ["the river valley", "the old town", "the northern suburbs", "the harbour district"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June"]


def article(rng: random.Random, number: int) -> str:
    lines = [f"Storm recovery update {number}", ""]
    for _ in range(24):
        person, role = rng.choice(PEOPLE)
        lines.append(
            rng.choice(SENTENCES).format(
                person=person,
                role=role,
                org=rng.choice(ORGANISATIONS),
                n=rng.randint(2, 900),
                k=rng.randint(1000, 9000),
                t=rng.randint(901, 2000),
                p=rng.randint(1, 40),
                q=rng.randint(41, 90),
                m=rng.randint(2, 500),
                y=rng.randint(2, 12),
                place=rng.choice(PLACES),
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
            )
        )
    lines.append(f"(Report number {number}-{rng.random():.12f}.)")
    return "\n".join(lines) + "\n"


def setup(database: str) -> None:
    os.environ["DATABASE_URL"] = PG + database
    os.environ["FACTDB_TASKS"] = "queue"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")
    import django

    django.setup()


def start_workers(count: int, database: str) -> list[subprocess.Popen]:
    env = {**os.environ, "DATABASE_URL": PG + database, "FACTDB_TASKS": "queue"}
    return [
        subprocess.Popen(
            [sys.executable, "manage.py", "procrastinate", "worker", "--name", f"bench-{n}"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(count)
    ]


def run_queued(documents: list[str], workers: int, database: str) -> float:
    """Seconds for `workers` processes to ingest `documents`, queued before they start."""
    from sources.ingest import parse_text
    from sources.jobs import submit
    from sources.models import IngestJob

    jobs = [submit(parse_text(text, origin=f"bench-{n}")) for n, text in enumerate(documents)]
    ids = [job.pk for job in jobs]
    processes = start_workers(workers, database)
    started = time.perf_counter()
    try:
        while IngestJob.objects.filter(pk__in=ids).pending().exists():
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)
    failed = IngestJob.objects.filter(pk__in=ids, status=IngestJob.Status.FAILED).count()
    if failed:
        raise SystemExit(f"{failed} jobs failed: see IngestJob.error")
    return elapsed


def run_inline(documents: list[str]) -> float:
    from sources.ingest import parse_text
    from sources.services import ingest_document

    started = time.perf_counter()
    for n, text in enumerate(documents):
        ingest_document(parse_text(text, origin=f"bench-inline-{n}"))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=120, help="documents per measurement")
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--database", help="an existing, migrated database to ingest into")
    args = parser.parse_args()
    counts = [int(c) for c in args.workers.split(",")]

    import psycopg

    database = args.database or f"factdb_bench_workers_{os.getpid()}"
    if not args.database:
        with psycopg.connect(PG + "postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
    try:
        setup(database)
        from django.core.management import call_command

        from claims.models import Quote

        call_command("migrate", verbosity=0)
        rng = random.Random(os.getpid())
        batches = [
            [article(rng, batch * 100_000 + n) for n in range(args.docs)]
            for batch in range(len(counts) + 1)
        ]
        print(f"database {database}: {Quote.objects.count():,} quotes before the run")
        print(f"{args.docs} documents of ~{len(batches[0][0]) // 1000} KB per measurement")
        inline = args.docs / run_inline(batches[0])
        print(f"  inline, one process (baseline): {inline:6.1f} docs/s")
        first = None
        for batch, workers in zip(batches[1:], counts, strict=True):
            rate = args.docs / run_queued(batch, workers, database)
            first = first or rate
            print(
                f"  {workers} worker process{'es' if workers > 1 else '  '}:         "
                f"{rate:6.1f} docs/s   {rate / first:4.2f}x one worker   "
                f"{rate / inline:4.2f}x inline"
            )
        print(f"(load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    finally:
        from django.db import connections

        connections.close_all()
        if not args.database:
            with psycopg.connect(PG + "postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


if __name__ == "__main__":
    main()
