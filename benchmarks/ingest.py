"""Ingest cost against document size, on SQLite and on PostgreSQL: the whole ingest (extraction,
storing candidates, speaker lookups, claim matching, conflict checks), in one transaction per
document, as `manage.py ingest` and POST /api/v1/sources/ run it.

    .venv/bin/python benchmarks/ingest.py                    # sizes 10 KB .. 5 MB, both databases
    .venv/bin/python benchmarks/ingest.py --sizes 10K,100K   # quicker
    .venv/bin/python benchmarks/ingest.py --databases sqlite --profile 100K   # where time goes

The text comes from `benchmarks/newsgen.py` (templates written for factdb). Each database is
measured in a child process of its own (Django's settings are read once per process) over a
fresh database: a throwaway SQLite file in WAL mode, and a PostgreSQL database whose name carries
this script's name (`factdb_bench_ingest_<pid>`), dropped afterwards. Before the measured sizes,
each child ingests a few small documents so the tables are not empty and speakers recur.

Columns: wall seconds; KB/s; the process's CPU seconds (on SQLite the whole cost, on PostgreSQL
the client's share: less disturbed by other work on the machine than wall time); extraction alone
(`extract()` on the same text, timed separately); the rest (storing). The baseline is linear
growth: a 1 MB document should cost ten times a 100 KB one; the ratio is
printed against it. The issue's targets (PostgreSQL): 100 KB within 3 s, 5 MB within 60 s.

The `workers` section (PostgreSQL only) measures throughput on background workers: documents
per second with 1, 2 and 4 `manage.py procrastinate worker` processes (`--workers`), against
the same kind of documents ingested inline in one process (the baseline), each ~3 KB, queued
before the workers start. `--into NAME,...` runs it against existing databases instead of a
fresh one (e.g. the 1k and 1M databases benchmarks/scale.py builds), which shows whether ingest
slows as the database grows; what it ingests stays there.

    .venv/bin/python benchmarks/ingest.py --sections workers --databases postgresql
    .venv/bin/python benchmarks/ingest.py --sections workers --into factdb_scale_1k,factdb_scale_1m
    .venv/bin/python benchmarks/ingest.py --sections workers \\
        --copy-of factdb_scale_1k,factdb_scale_1m

`--copy-of` runs in a copy of each database (CREATE DATABASE … TEMPLATE, dropped afterwards), so
the scale databases keep their exact shape for benchmarks/scale.py. With two or more databases it
ends with the comparison the issue asks for: documents/s per row in each database against the
first (same docs/s into 1k and 1M: within 1.5×), and 2 workers against 1 (≥ 1.7×).

Sections are functions in SECTIONS, each run in the child and printing its own table.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.newsgen import news_text  # noqa: E402

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
TARGETS = {100_000: 3.0, 5_000_000: 60.0}  # seconds, on PostgreSQL (issue 10)
WARM_UP_DOCUMENTS = 5


def parse_size(word: str) -> int:
    word = word.strip().upper()
    for suffix, factor in (("MB", 1_000_000), ("M", 1_000_000), ("KB", 1_000), ("K", 1_000)):
        if word.endswith(suffix):
            return int(float(word[: -len(suffix)]) * factor)
    return int(word)


def label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"


# --- in the child: Django set up on one database ---------------------------------------------


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def ingest_text(text: str) -> dict[str, Any]:
    """One document through the same service `manage.py ingest` calls; its counts."""
    from sources.ingest import parse_text
    from sources.services import ingest_document

    result = ingest_document(parse_text(text, origin="benchmark"))
    assert result.created, "the benchmark text was already stored"
    return result.counts


def extraction_seconds(text: str) -> float:
    from claims.extraction import extract

    started = time.perf_counter()
    extract(text)
    return time.perf_counter() - started


def section_sizes(sizes: list[int], seed: int, profile: int | None, **_: Any) -> dict[str, Any]:
    """Seconds to ingest one document of each size, and how much of it is extraction."""
    for n in range(WARM_UP_DOCUMENTS):
        ingest_text(news_text(5_000, seed=seed * 1000 + n))
    rows = []
    for size in sizes:
        text = news_text(size, seed=seed * 1000 + size)
        extract_s = extraction_seconds(text)
        started, cpu_started = time.perf_counter(), time.process_time()
        counts = ingest_text(text)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        rows.append(
            {
                "size": len(text.encode("utf-8")),
                "label": label(size),
                "seconds": seconds,
                "cpu": cpu,
                "extraction": extract_s,
                "quotes": counts.get("quotes", 0),
                "claims": counts.get("claims", 0),
            }
        )
        print(f"    {label(size)}: {seconds:.2f} s", file=sys.stderr, flush=True)
    result: dict[str, Any] = {"rows": rows}
    if profile:
        result["profile"] = profiled(news_text(profile, seed=seed * 1000 + profile + 1))
    return result


def profiled(text: str) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(ingest_text, text)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
    return out.getvalue()


def section_workers(seed: int, workers: str, docs: int, **_: Any) -> dict[str, Any]:
    """Documents/s inline (one process) and on N worker processes, same kind of documents."""
    from django.db import connection

    from claims.models import Claim, Quote

    if connection.vendor != "postgresql":
        return {"skipped": "the task queue lives in PostgreSQL"}
    before = {"quotes": Quote.objects.count(), "claims": Claim.objects.count()}
    batches = iter(
        [news_text(3_000, seed=seed * 1_000_000 + batch * 10_000 + n) for n in range(docs)]
        for batch in range(1 + len(workers.split(",")))
    )
    started = time.perf_counter()
    for text in next(batches):
        ingest_text(text)
    rows = [{"workers": 0, "rate": docs / (time.perf_counter() - started)}]
    for count in (int(c) for c in workers.split(",")):
        rows.append({"workers": count, "rate": docs / queued_seconds(next(batches), count)})
        print(f"    {count} workers: {rows[-1]['rate']:.1f} docs/s", file=sys.stderr, flush=True)
    return {"rows": rows, "before": before, "docs": docs}


def queued_seconds(texts: list[str], workers: int) -> float:
    """Seconds for `workers` running processes to ingest `texts`, queued at once. The workers
    are started and warmed (one small job each) before the clock starts."""
    import signal

    from django.db import connection

    env = {**os.environ, "FACTDB_TASKS": "queue", "DATABASE_URL": os.environ["DATABASE_URL"]}
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "procrastinate", "worker", "--name", f"bench-{n}"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(workers)
    ]
    try:
        warm_up = [news_text(1_000, seed=-(workers * 100 + n) - 1) for n in range(workers * 2)]
        run_jobs(warm_up)
        started = time.perf_counter()
        run_jobs(texts)
        return time.perf_counter() - started
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=120)
        connection.close()


def run_jobs(texts: list[str]) -> None:
    """Queue `texts` as ingest jobs and wait until the workers have finished them all."""
    from sources.ingest import parse_text
    from sources.jobs import submit
    from sources.models import IngestJob

    ids = [submit(parse_text(text, origin="benchmark")).pk for text in texts]
    while IngestJob.objects.filter(pk__in=ids).pending().exists():
        time.sleep(0.05)
    failed = IngestJob.objects.filter(pk__in=ids, status=IngestJob.Status.FAILED).count()
    if failed:
        raise SystemExit(f"{failed} ingest jobs failed: see their error in the admin")


SECTIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "sizes": section_sizes,
    "workers": section_workers,
}


def child(args: argparse.Namespace) -> None:
    if "workers" in args.sections.split(",") and args.database_url.startswith("postgres"):
        os.environ["FACTDB_TASKS"] = "queue"
    setup_django(args.database_url)
    from django.db import connection

    results: dict[str, Any] = {
        "vendor": connection.vendor,
        "database": connection.settings_dict["NAME"],
    }
    for name in args.sections.split(","):
        results[name] = SECTIONS[name](
            sizes=[parse_size(s) for s in args.sizes.split(",")],
            seed=args.seed,
            profile=parse_size(args.profile) if args.profile else None,
            workers=args.workers,
            docs=args.docs,
        )
    print(json.dumps(results))


# --- in the parent: one child per database, then the tables ----------------------------------


def run_child(database_url: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--child",
        "--database-url",
        database_url,
        "--sizes",
        args.sizes,
        "--sections",
        args.sections,
        "--seed",
        str(args.seed),
        "--workers",
        args.workers,
        "--docs",
        str(args.docs),
    ]
    if args.profile:
        command += ["--profile", args.profile]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def postgres(create: bool, name: str, template: str | None = None) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if create:
            copied = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{copied}')


def print_sizes(vendor: str, section: dict[str, Any]) -> None:
    rows = section["rows"]
    print(f"\n{vendor}: one document per size, the whole ingest in one transaction")
    print(
        f"  {'size':>6} {'seconds':>8} {'KB/s':>7} {'cpu s':>7} {'extract':>8} {'store':>7} "
        f"{'quotes':>7} {'claims':>7}  target"
    )
    by_label = {}
    for row in rows:
        by_label[row["label"]] = row["seconds"]
        target = TARGETS.get(parse_size(row["label"].replace(" ", "")))
        verdict = ""
        if target is not None and vendor == "postgresql":
            verdict = f"<= {target:.0f} s: {'ok' if row['seconds'] <= target else 'MISSED'}"
        print(
            f"  {row['label']:>6} {row['seconds']:8.2f} {row['size'] / 1000 / row['seconds']:7.0f} "
            f"{row['cpu']:7.2f} {row['extraction']:8.2f} {row['seconds'] - row['extraction']:7.2f} "
            f"{row['quotes']:7d} {row['claims']:7d}  {verdict}"
        )
    for big, small in (("1 MB", "100 KB"), ("100 KB", "10 KB"), ("5 MB", "1 MB")):
        if big in by_label and small in by_label:
            linear = parse_size(big.replace(" ", "")) / parse_size(small.replace(" ", ""))
            ratio = by_label[big] / by_label[small]
            print(f"  ratio {big} / {small} = {ratio:.1f} (linear: {linear:.0f})")
    if "profile" in section:
        print("\n  profile of one ingest (cumulative time, top functions):")
        print(section["profile"])


def print_workers(section: dict[str, Any], database: str) -> None:
    if "skipped" in section:
        print(f"\nworkers: skipped ({section['skipped']})")
        return
    before = section["before"]
    print(
        f"\nworkers into {database} ({before['quotes']:,} quotes, {before['claims']:,} claims "
        f"before): {section['docs']} documents of ~3 KB per row"
    )
    rows = section["rows"]
    inline = rows[0]["rate"]
    one = next((r["rate"] for r in rows if r["workers"] == 1), None)
    print(f"  {'':<22} {'docs/s':>7} {'x 1 worker':>11} {'x inline':>9}")
    print(f"  {'inline, one process':<22} {inline:7.1f} {'':>11} {1:9.2f}")
    for row in rows[1:]:
        versus_one = f"{row['rate'] / one:11.2f}" if one else f"{'':>11}"
        name = f"{row['workers']} worker process" + ("es" if row["workers"] > 1 else "")
        print(f"  {name:<22} {row['rate']:7.1f} {versus_one} {row['rate'] / inline:9.2f}")


def print_comparison(compared: dict[str, dict[str, Any]]) -> None:
    """Docs/s per row in each database against the first; 2 workers against 1 in each."""
    names = list(compared)
    base = {r["workers"]: r["rate"] for r in compared[names[0]]["workers"]["rows"]}
    print(f"\ndocuments/s by database (ratio to {names[0]}; target: within 1.5x)")
    print(f"  {'':<22}" + "".join(f" {n:>18}" for n in names))
    for workers, rate in base.items():
        name = "inline" if workers == 0 else f"{workers} worker" + ("s" if workers > 1 else "")
        cells = []
        for database in names:
            rows = {r["workers"]: r["rate"] for r in compared[database]["workers"]["rows"]}
            mine = rows.get(workers)
            cells.append(f"{mine:7.1f} ({mine / rate:4.2f}x)" if mine else f"{'':>18}")
        print(f"  {name:<22}" + "".join(f" {c:>18}" for c in cells))
    for database in names:
        rows = {r["workers"]: r["rate"] for r in compared[database]["workers"]["rows"]}
        if 1 in rows and 2 in rows:
            ratio = rows[2] / rows[1]
            verdict = "ok" if ratio >= 1.7 else "MISSED"
            print(f"  {database}: 2 workers / 1 = {ratio:.2f} (target >= 1.7: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10K,100K,1M,5M")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--sections", default=",".join(SECTIONS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", help="also profile one ingest of this size, e.g. 100K")
    parser.add_argument("--workers", default="1,2,4", help="worker processes to measure")
    parser.add_argument("--docs", type=int, default=120, help="documents per workers row")
    parser.add_argument(
        "--into", help="existing PostgreSQL databases to run in, comma-separated (kept)"
    )
    parser.add_argument(
        "--copy-of",
        help="existing PostgreSQL databases to run in a throwaway copy of, comma-separated",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"ingest benchmark: sizes {args.sizes}, sections {args.sections}")
    print(f"load average at start: {load} on {os.cpu_count()} cores (busy machines run slower)")
    compared: dict[str, dict[str, Any]] = {}
    for name in (args.into or "").split(",") if args.into else []:
        print(f"  measuring in {name}…", file=sys.stderr, flush=True)
        compared[name] = run_child(f"{POSTGRES_SERVER}/{name}", args)
        report(compared[name])
    for name in (args.copy_of or "").split(",") if args.copy_of else []:
        copy = f"factdb_bench_ingest_{os.getpid()}"
        print(f"  copying {name} to {copy}…", file=sys.stderr, flush=True)
        postgres(True, copy, template=name)
        try:
            compared[name] = run_child(f"{POSTGRES_SERVER}/{copy}", args)
        finally:
            postgres(False, copy)
        compared[name]["database"] = f"a copy of {name}"
        report(compared[name])
    if len(compared) > 1 and all("workers" in r for r in compared.values()):
        print_comparison(compared)
    for database in [] if args.into or args.copy_of else args.databases.split(","):
        print(f"  measuring on {database}…", file=sys.stderr, flush=True)
        if database == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                results = run_child(f"sqlite:///{folder}/bench.sqlite3", args)
        elif database == "postgresql":
            name = f"factdb_bench_ingest_{os.getpid()}"
            postgres(True, name)
            try:
                results = run_child(f"{POSTGRES_SERVER}/{name}", args)
            finally:
                postgres(False, name)
        else:
            raise SystemExit(f"--databases: unknown database {database!r} (sqlite, postgresql)")
        report(results)


def report(results: dict[str, Any]) -> None:
    if "sizes" in results:
        print_sizes(results["vendor"], results["sizes"])
    if "workers" in results:
        print_workers(results["workers"], results["database"])


if __name__ == "__main__":
    main()
