"""The sources list's search: words of the title and text (PostgreSQL: through the full-text
index), or the outlet's name; a search term's own % or _ match only themselves."""

import pytest
from django.urls import reverse

from tests.factories import make_outlet, make_source

pytestmark = pytest.mark.django_db

SOURCES = reverse("admin:sources_source_changelist")


def titles(client, term):
    response = client.get(SOURCES, {"q": term})
    assert response.status_code == 200
    return sorted(row.title for row in response.context["cl"].result_list)


def test_sources_are_found_by_a_word_of_their_text_title_or_outlet(client, reviewer):
    client.force_login(reviewer)
    harbour = make_outlet(name="Harbour Gazette")
    make_source("Ferries stopped at noon.", title="Storm report", outlet=harbour)
    make_source("The council approved the budget.", title="Council vote")
    make_source("Trains ran late after the storm.", title="Rail delays")
    assert titles(client, "budget") == ["Council vote"]
    assert titles(client, "storm") == ["Rail delays", "Storm report"]
    assert titles(client, "gazette") == ["Storm report"]
    assert titles(client, "nothing-like-this") == []


def test_wildcards_in_the_term_are_not_wildcards(client, reviewer):
    client.force_login(reviewer)
    make_source("Turnout was 61 per cent.", title="Turnout", outlet=make_outlet(name="Daily"))
    assert titles(client, "%") == []
    assert titles(client, "_") == []
