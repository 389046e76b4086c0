"""What the changes feed costs the writers, and how fast a client reads it, on PostgreSQL.

    .venv/bin/python benchmarks/changes.py [--quotes 400] [--writers 2] [--rounds 20]

Creates its own database (factdb_bench_changes_<pid> on 127.0.0.1:5432, user postgres), migrates
it and creates unreviewed quotes with an appearance each. Then, in one run:

1. verify: a reviewer verifies half of the quotes one transaction each with the feed's receivers
   disconnected (the baseline: what verifying cost before the feed), and the other half with them
   connected, `--writers` threads at a time both ways; verifications per second and the ratio.
2. read: the whole feed in pages of 100 through GET /api/v1/changes/, against the same quotes
   through GET /api/v1/quotes/?page_size=100 (the baseline), in-process (Django's test client),
   `--rounds` times each, alternating; items per second, the ratio and the load average. The
   feed's items are built the lists' way (`claims.api.lean`), so it costs little more than
   the list: one more query for the changes, one for the feed's state.

The database is dropped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PG: dict[str, Any] = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **PG) as conn:
        conn.execute(statement)


def receivers(connect: bool) -> None:
    """Connect or disconnect the sync app's receivers of quote saves."""
    from django.db.models.signals import post_save, pre_save

    from claims.models import Quote
    from sync import receivers as r

    for signal, handler, uid in (
        (pre_save, r.remember_whether_public, "sync.item_before"),
        (post_save, r.record_item_change, "sync.item_saved"),
    ):
        if connect:
            signal.connect(handler, sender=Quote, dispatch_uid=uid)
        else:
            signal.disconnect(sender=Quote, dispatch_uid=uid)


def verify_all(ids: list[int], writers: int, reviewer: object) -> float:
    """Seconds to verify these quotes, `writers` threads sharing them."""
    from django.db import connection

    from claims.models import Quote

    def work(batch: list[int]) -> None:
        try:
            for pk in batch:
                Quote.objects.get(pk=pk).verify(reviewer)  # type: ignore[arg-type]
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(ids[n::writers],)) for n in range(writers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def read_all(client: object, first: str) -> tuple[int, float]:
    """Items read and seconds, following `next` from `first` to the end."""
    started, count, url = time.perf_counter(), 0, first
    while url:
        body = client.get(url).json()  # type: ignore[attr-defined]
        count += len(body["results"])
        if "more" in body:
            url = f"/api/v1/changes/?page_size=100&since={body['next']}" if body["more"] else ""
        else:
            url = body["next"] or ""
    return count, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=400)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=20, help="alternating reads of each")
    args = parser.parse_args()
    name = f"factdb_bench_changes_{os.getpid()}"
    admin_sql(f"CREATE DATABASE {name}")
    try:
        os.environ.update(
            DATABASE_URL=f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{name}",
            DJANGO_SETTINGS_MODULE="factdb.settings",
            API_ANON_THROTTLE="off",
            ALLOWED_HOSTS="testserver",
            FACTDB_FOUR_EYES="false",
        )
        sys.path.insert(0, str(REPO))
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from claims.models import Appearance, Quote, Speaker
        from sources.models import Source

        call_command("migrate", verbosity=0)
        reviewer = get_user_model().objects.create_superuser("bench", "b@example.org", "x")
        source = Source.objects.create(text="The envoy said “we need air support” today.")
        speaker = Speaker.objects.create(name="The envoy")
        quotes = Quote.objects.bulk_create(
            Quote(text=f"we need air support, number {n}", speaker=speaker)
            for n in range(args.quotes)
        )
        Appearance.objects.bulk_create(
            Appearance(quote=q, source=source, wording="we need air support", start=16, end=35)
            for q in quotes
        )
        ids = [q.pk for q in quotes]
        half = len(ids) // 2

        receivers(connect=False)
        bare = verify_all(ids[:half], args.writers, reviewer)
        receivers(connect=True)
        fed = verify_all(ids[half:], args.writers, reviewer)
        bare_rate, fed_rate = half / bare, (len(ids) - half) / fed
        print(f"verify, {args.writers} writers, {half} quotes each way:")
        print(f"  without the feed (baseline) {bare_rate:8.1f}/s")
        print(f"  with the feed               {fed_rate:8.1f}/s   ratio {fed_rate / bare_rate:.2f}")

        # The first half was verified without the feed: publish it in it too, for the read.
        from sync import changes

        changes.record(changes.Event("quote", pk, "published") for pk in ids[:half])
        client = Client()
        feed, listed = "/api/v1/changes/?page_size=100", "/api/v1/quotes/?page_size=100"
        read_all(client, feed)  # warm up
        read_all(client, listed)
        load_before = os.getloadavg()[0]
        feed_items = list_items = 0
        feed_s = list_s = 0.0
        for _ in range(args.rounds):  # alternating: a change in the machine's load hits both
            items, seconds = read_all(client, feed)
            assert items == len(ids), (items, len(ids))
            feed_items, feed_s = feed_items + items, feed_s + seconds
            items, seconds = read_all(client, listed)
            assert items == len(ids), (items, len(ids))
            list_items, list_s = list_items + items, list_s + seconds
        feed_rate, list_rate = feed_items / feed_s, list_items / list_s
        print(
            f"read all {len(ids)} items in pages of 100, {args.rounds} alternating rounds "
            f"(load average {load_before:.1f} → {os.getloadavg()[0]:.1f}):"
        )
        print(f"  GET /api/v1/quotes/ (baseline) {list_rate:8.0f} items/s")
        print(
            f"  GET /api/v1/changes/           {feed_rate:8.0f} items/s   "
            f"ratio {feed_rate / list_rate:.2f}"
        )
        from django.db import connections

        connections.close_all()
    finally:
        admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
