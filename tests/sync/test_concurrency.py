"""The feed under concurrent writers on PostgreSQL: two transactions that would commit out of
order, and many writers against a polling reader; no change skipped or repeated."""

from __future__ import annotations

import random
import threading
import time

import pytest
from django.db import connection, transaction
from rest_framework.test import APIClient

from claims.models import Quote
from tests.factories import make_quote, make_speaker
from tests.sync.test_changes import pull

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def in_thread(work, *args) -> threading.Thread:
    def run() -> None:
        try:
            work(*args)
        finally:
            connection.close()  # each thread has its own connection

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_change_that_commits_late_is_not_skipped_by_a_reader(reviewer):
    api = APIClient()
    speaker = make_speaker()
    first, second = (
        make_quote("First words.", speaker=speaker),
        make_quote("Second words.", speaker=speaker),
    )
    _, cursor = pull(api)
    recorded, release = threading.Event(), threading.Event()
    committed: list[int] = []

    def slow_writer() -> None:
        with transaction.atomic():
            Quote.objects.get(pk=first.pk).verify(reviewer)  # its change is logged here…
            recorded.set()
            release.wait(10)
        committed.append(first.pk)  # …and committed only now

    def quick_writer() -> None:
        with transaction.atomic():
            Quote.objects.get(pk=second.pk).verify(reviewer)
        committed.append(second.pk)

    slow = in_thread(slow_writer)
    assert recorded.wait(10)
    quick = in_thread(quick_writer)
    time.sleep(0.5)  # the quick writer has had time to commit, were it not made to wait
    seen_early, cursor_early = pull(api, cursor)
    release.set()
    slow.join(10)
    quick.join(10)

    seen_late, _ = pull(api, cursor_early)
    seen = [c["id"] for c in seen_early + seen_late]
    assert sorted(seen) == sorted([first.pk, second.pk])  # both, once each
    assert seen == committed  # in commit order
    cursors = [int(c["cursor"]) for c in seen_early + seen_late]
    assert cursors == sorted(cursors)


def test_many_writers_and_a_polling_reader_agree(reviewer):
    speaker = make_speaker()
    quotes = [make_quote(f"Words number {n}.", speaker=speaker) for n in range(24)]
    _, start = pull(APIClient())
    writers_done = threading.Event()
    seen: list[int] = []

    def writer(batch: list[Quote]) -> None:
        for quote in batch:
            with transaction.atomic():
                Quote.objects.get(pk=quote.pk).verify(reviewer)
                time.sleep(random.uniform(0, 0.02))  # commit a little after logging

    def reader() -> None:
        api, cursor = APIClient(), start
        while True:
            finished = writers_done.is_set()  # read once more after the writers end
            changes, cursor = pull(api, cursor, page_size="5")
            seen.extend(c["id"] for c in changes)
            if finished:
                return
            time.sleep(0.01)

    polling = in_thread(reader)
    writers = [in_thread(writer, quotes[n::4]) for n in range(4)]
    for thread in writers:
        thread.join(60)
    writers_done.set()
    polling.join(60)
    assert sorted(seen) == sorted(q.pk for q in quotes)  # nothing skipped, nothing twice
