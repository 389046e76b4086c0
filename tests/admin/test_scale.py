"""The admin at scale: capped counts, autocomplete filters, ranked search, lean queue labels."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import models as claim_models
from factdb import adminlists
from tests.factories import make_appearance, make_outlet, make_quote, make_source, make_speaker

QUOTES = "/admin/claims/quote/"
CLAIMS = "/admin/claims/claim/"
SOURCES = "/admin/sources/source/"
QUEUE = "/admin/claims/claim/queue/"

pytestmark = pytest.mark.django_db


def listed(response) -> list[int]:
    return [obj.pk for obj in response.context["cl"].result_list]


def test_a_list_longer_than_the_cap_says_so_instead_of_counting_it_all(
    client, reviewer, monkeypatch
):
    monkeypatch.setattr(adminlists, "COUNT_CAP", 3)
    for n in range(5):
        make_quote(f"We said it {n} times.")
    client.force_login(reviewer)
    response = client.get(QUOTES)
    assert str(response.context["cl"].result_count) == "3+"
    assert "3+ quotes" in " ".join(response.content.decode().split())
    assert response.context["cl"].full_result_count is None  # no second count of the table
    few = client.get(QUOTES, {"q": "said it 2"})
    assert few.context["cl"].result_count == 1


def test_speaker_outlet_and_source_filters_are_autocomplete_boxes_not_lists(client, reviewer):
    speakers = [make_speaker(f"Person number {n}") for n in range(30)]
    for speaker in speakers:
        make_quote("We will win.", speaker=speaker)
    client.force_login(reviewer)
    page = client.get(QUOTES).content.decode()
    for parameter in (
        "speaker__id__exact",
        "appearances__source__outlet__id__exact",
        "appearances__source__id__exact",
    ):
        assert f'data-filter-parameter="{parameter}"' in page
        assert f"?{parameter}=" not in page and f"&amp;{parameter}=" not in page
    assert "admin/js/autocomplete.js" in page and "claims/autocomplete_filter.js" in page


def test_the_autocomplete_filters_filter_and_refuse_nonsense_quietly(client, reviewer):
    outlet = make_outlet(name="The Evening Wire")
    source = make_source("The envoy said “we need help” on Monday.", outlet=outlet)
    cited = make_quote("we need help")
    make_appearance(cited, source, "we need help")
    other = make_quote("We will win.")
    client.force_login(reviewer)
    assert listed(client.get(QUOTES, {"appearances__source__outlet__id__exact": outlet.pk})) == [
        cited.pk
    ]
    assert listed(client.get(QUOTES, {"appearances__source__id__exact": source.pk})) == [cited.pk]
    assert listed(client.get(QUOTES, {"speaker__id__exact": other.speaker_id})) == [other.pk]
    for nonsense in ("abc", "²", "99999999999999999999999"):
        response = client.get(QUOTES, {"speaker__id__exact": nonsense})
        assert response.status_code == 200 and listed(response) == []
    chosen = client.get(QUOTES, {"speaker__id__exact": other.speaker_id}).content.decode()
    assert f'<option value="{other.speaker_id}" selected>{other.speaker.name}</option>' in chosen


def test_the_sources_outlet_filter_is_an_autocomplete_box(client, reviewer):
    outlets = [make_outlet(name=f"Outlet number {n}") for n in range(20)]
    sources = [make_source(outlet=outlet) for outlet in outlets]
    client.force_login(reviewer)
    page = client.get(SOURCES).content.decode()
    assert 'data-filter-parameter="outlet__id__exact"' in page
    assert "?outlet__id__exact=" not in page
    response = client.get(SOURCES, {"outlet__id__exact": outlets[3].pk})
    assert listed(response) == [sources[3].pk]


def test_quotes_search_finds_the_words_or_the_speakers_name(client, reviewer):
    haidari = make_speaker("Leila Haidari")
    by_name = make_quote("Nothing about bridges here.", speaker=haidari)
    by_words = make_quote("The bridge at the river crossing is open.")
    client.force_login(reviewer)
    assert listed(client.get(QUOTES, {"q": "Haidari"})) == [by_name.pk]
    assert by_words.pk in listed(client.get(QUOTES, {"q": "crossing"}))


@pytest.mark.postgres
def test_quotes_search_ranks_the_best_match_first(client, reviewer):
    once = make_quote("The convoy reached the valley.")
    twice = make_quote("The convoy, the whole convoy, reached the valley.")
    make_quote("Nothing to see.")
    assert once.pk < twice.pk
    older_better = make_quote("Convoy convoy convoy: every convoy reached it.")
    client.force_login(reviewer)
    assert listed(client.get(QUOTES, {"q": "convoy"})) == [older_better.pk, twice.pk, once.pk]


@pytest.mark.postgres
def test_search_ranks_only_the_newest_matches_and_lists_the_rest_newest_first(monkeypatch):
    monkeypatch.setattr(claim_models, "RANK_WINDOW", 2)
    best_but_old = make_quote("Convoy convoy convoy convoy.")
    plain = make_quote("A convoy left.")
    newer = make_quote("The convoy, the convoy, came back.")
    newest = make_quote("One convoy.")
    found = list(claim_models.Quote.objects.search("convoy").values_list("pk", flat=True))
    # The two newest are ranked (the convoy twice first); the older follow, newest first.
    assert found == [newer.pk, newest.pk, plain.pk, best_but_old.pk]


def test_the_queue_never_reads_source_texts(client, reviewer):
    source = make_source("The envoy said “we need help” on Monday.", title="Envoy speaks")
    quote = make_quote("we need help")
    make_appearance(quote, source, "we need help")
    client.force_login(reviewer)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(QUEUE).content.decode()
    assert "Envoy speaks" in page
    # Only a window of the text around each appearance (SUBSTR), never the whole column.
    window = re.compile(r'SUBSTR(?:ING)?\("sources_source"\."text"', re.I)
    whole = [
        q["sql"]
        for q in queries.captured_queries
        if '"sources_source"."text"' in window.sub("", q["sql"])
    ]
    assert whole == []


def test_the_queue_offers_the_speakers_and_sources_on_its_page_not_all_of_them(client, reviewer):
    shown = make_quote("We will win.")
    not_in_queue = make_speaker("Absent Person")
    rejected = make_quote("Old words.", speaker=not_in_queue)
    claim_models.Quote.objects.filter(pk=rejected.pk).update(
        status="rejected", status_reason="Not a quote."
    )
    client.force_login(reviewer)
    groups = {g["title"]: g for g in client.get(QUEUE).context["filters"]}
    labels = [c["label"] for c in groups["speaker or claimant"]["choices"]]
    assert shown.speaker.name in labels and "Absent Person" not in labels


def test_appearance_history_keeps_the_span_and_still_shows_the_words():
    from claims.admin.history import related_history_rows
    from claims.models import Appearance

    source = make_source("The envoy said “we need help” on Monday.")
    quote = make_quote("we need help")
    make_appearance(quote, source, "we need help")
    record = Appearance.history.get()  # type: ignore[attr-defined]
    assert not hasattr(record, "wording") and (record.start, record.end) == (16, 28)
    assert related_history_rows(quote)[0]["what"] == f"Appearance added: “we need help” in {source}"


def test_the_sources_language_filter_offers_each_language_once_in_order(client, reviewer):
    for language in ("ru", "en", "ps", "en", "ru"):
        make_source(language=language)
    client.force_login(reviewer)
    response = client.get(SOURCES)
    (language_filter,) = [f for f in response.context["cl"].filter_specs if f.title == "language"]
    assert [choice for choice, _ in language_filter.lookup_choices] == ["en", "ps", "ru"]
    russian = client.get(SOURCES, {"language__exact": "ru"})
    assert {source.language for source in russian.context["cl"].result_list} == {"ru"}
    assert russian.context["cl"].result_count == 2


@pytest.mark.postgres
def test_each_page_of_a_ranked_search_lists_what_the_whole_ranking_puts_there(
    client, reviewer, monkeypatch
):
    from django.contrib import admin

    monkeypatch.setattr(claim_models, "RANK_WINDOW", 3)
    monkeypatch.setattr(admin.site._registry[claim_models.Quote], "list_per_page", 2)
    for n in range(9):
        make_quote(f"convoy {'convoy ' * (n % 4)}number {n}")
    whole = list(claim_models.Quote.objects.search("convoy").values_list("pk", flat=True))
    client.force_login(reviewer)
    pages = [listed(client.get(QUOTES, {"q": "convoy", "p": n})) for n in range(1, 6)]
    assert [pk for page in pages for pk in page] == whole


@pytest.mark.parametrize(
    ("url", "term"),
    [(QUOTES, "convoy"), (CLAIMS, "convoy"), (SOURCES, "convoy"), (QUEUE, "convoy")],
)
def test_a_search_costs_the_same_queries_for_one_match_and_a_page_of_them(
    client, reviewer, url, term, django_assert_num_queries
):
    from tests.factories import make_claim

    made = iter(range(1000))

    def add(n):
        for _ in range(n):
            source = make_source(f"The convoy number {next(made)} moved.")
            make_appearance(make_quote("The convoy moved."), source, "convoy")
            make_claim("The convoy carried 40 tonnes.")

    client.force_login(reviewer)
    add(1)
    client.get(url, {"q": term})  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as one:
        assert client.get(url, {"q": term}).status_code == 200
    queries = len(one)
    add(30)
    with django_assert_num_queries(queries):
        assert client.get(url, {"q": term}).status_code == 200
