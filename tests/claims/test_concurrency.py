"""Concurrent ingests naming the same new speaker: each document goes in, and the speaker is one
row (issue 10: 3 in 6 crashed with an IntegrityError and lost the document).

Real concurrency needs real PostgreSQL: each thread ingests on a connection of its own, with the
test database committed between them (transactional_db).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from claims.models import Quote, Speaker
from sources.ingest import parse_text
from sources.models import Source
from sources.services import ingest_document

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run each job in a thread of its own, all released together; their results or errors."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = jobs[i]()
        except Exception as exc:  # the test asserts there are none
            results[i] = exc
        finally:
            connection.close()  # each thread's own connection

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def report(n: int, name: str) -> str:
    return (
        f"Report {n}\n\n“The bridge at kilometre {n} is open again,” said {name}, the provincial "
        f"governor. {name} said {n + 10} families had returned.\n"
    )


@pytest.mark.parametrize("round_", range(6))
def test_concurrent_ingests_naming_one_new_speaker_both_succeed(round_):
    name = f"Zarina Qaderi-{round_}"
    results = at_once([lambda n=n: ingest_document(parse_text(report(n, name))) for n in (1, 2)])
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert all(r.created for r in results)
    assert Source.objects.count() == 2
    speaker = Speaker.objects.get(name=name)
    assert Quote.objects.filter(speaker=speaker).count() == 2
