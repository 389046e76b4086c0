"""Concurrent POST /api/v1/sources/ over a live server: every request gets 201 or 200, never a
500 (issue 10: 8 of 12 concurrent pairs naming the same new speaker answered a 500 HTML page)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from claims.models import Speaker
from sources.models import Outlet, Source
from tests.api.conftest import token_for
from tests.claims.test_concurrency import at_once, report
from tests.conftest import make_roles

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def roles(transactional_db):
    make_roles()


def post(url: str, token: str, body: dict) -> tuple[int, str]:
    request = urllib.request.Request(
        f"{url}/api/v1/sources/",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Token {token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", "")


def test_concurrent_posts_naming_one_new_speaker_and_outlet_answer_201(live_server, editor):
    token = token_for(editor)
    for round_ in range(6):
        name = f"Zarina Qaderi-{round_}"
        outlet = f"Kabul Wire {round_}"
        bodies = [{"text": report(round_ * 10 + n, name), "outlet": outlet} for n in (1, 2)]
        results = at_once([lambda b=b: post(live_server.url, token, b) for b in bodies])
        assert [status for status, _ in results] == [201, 201], results
        assert Speaker.objects.filter(name=name).count() == 1
        assert Outlet.objects.filter(name=outlet).count() == 1


def test_the_same_text_posted_twice_at_once_is_stored_once(live_server, editor):
    token = token_for(editor)
    text = report(99, "Yusuf Barakzai")
    results = at_once([lambda: post(live_server.url, token, {"text": text}) for _ in range(2)])
    assert sorted(status for status, _ in results) == [200, 201], results
    assert all(content_type.startswith("application/json") for _, content_type in results)
    assert Source.objects.count() == 1
