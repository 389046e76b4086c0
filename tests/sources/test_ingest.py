"""`manage.py ingest`: the seeds go in with their metadata, byte-exact and only once; bad files
get a one-line error naming them, write nothing, and do not stop the others."""

import datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sources.ingest import IngestError, parse_text, read_file
from sources.models import Outlet, Source
from sources.signals import source_ingested
from tests.conftest import SEED_000, SEED_002, SEEDS


def ingest(*paths, **options):
    """Run the command; return (stdout, stderr, CommandError or None)."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    failure = None
    try:
        call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    except CommandError as exc:
        failure = exc
    return out.getvalue(), err.getvalue(), failure


# --- parsing, without the database ---------------------------------------------------------


def test_date_header_becomes_published_on_and_text_is_kept_whole():
    doc = parse_text(" date 2021-07-14 At a time when the United States continues.\n")
    assert doc.published_on == datetime.date(2021, 7, 14)
    assert doc.text.startswith(" date 2021-07-14 At a time")


def test_short_first_line_followed_by_a_blank_line_is_the_title():
    doc = parse_text("Taliban tries to placate Russia\n\nAs the US-led coalition nears…\n")
    assert doc.title == "Taliban tries to placate Russia"
    assert doc.published_on is None


def test_first_paragraph_is_not_taken_for_a_title():
    doc = parse_text("The minister spoke today.\n\nShe said more.\n")
    assert doc.title == ""


def test_single_line_text_has_no_title():
    assert parse_text("Just one line without a break").title == ""


def test_invalid_date_header_is_an_error_naming_the_value():
    with pytest.raises(IngestError, match="'2021-13-45' is not a valid date"):
        parse_text(" date 2021-13-45 Body text.", "bad.txt")


def test_utf8_byte_order_mark_is_not_part_of_the_text():
    assert parse_text("\ufeffHello world").text == "Hello world"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"   \n\n  ", "the text is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("caf\u00e9 in Latin-1".encode("latin-1"), "not UTF-8 text: byte 0xe9 at offset 3"),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_file(path, 5 * 1024 * 1024)
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


def test_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    with pytest.raises(IngestError, match="over the limit of 5,242,880 bytes"):
        read_file(path, 5 * 1024 * 1024)


# --- the command, with the database --------------------------------------------------------


def test_seeds_are_ingested_with_their_dates_titles_and_exact_text(db):
    out, err, failure = ingest(SEEDS)
    assert failure is None, err
    assert "2 ingested, 0 skipped, 0 failed" in out
    first = Source.objects.get(origin=str(SEED_000))
    second = Source.objects.get(origin=str(SEED_002))
    assert first.published_on == datetime.date(2021, 7, 14)
    assert first.title == ""
    assert second.title == (
        "Alarmed by India’s lead to revive the northern alliance, Taliban tries to placate Russia"
    )
    assert second.published_on is None
    for source, path in ((first, SEED_000), (second, SEED_002)):
        assert source.text.encode("utf-8") == path.read_bytes()


def test_ingesting_the_same_text_again_creates_nothing(db):
    ingest(SEED_000)
    out, _, failure = ingest(SEED_000)
    source = Source.objects.get()
    assert failure is None
    assert f"already ingested as source {source.pk}" in out
    assert "0 ingested, 1 skipped, 0 failed" in out


def test_same_text_under_another_name_is_still_one_source(db, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_002.read_bytes())
    ingest(SEED_002)
    ingest(copy)
    assert Source.objects.count() == 1


def test_bad_files_fail_alone_and_the_command_exits_non_zero(db, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("na\u00efve".encode("latin-1"))
    out, err, failure = ingest(SEED_002, tmp_path / "missing.txt", tmp_path)
    assert failure is not None
    assert "1 ingested, 0 skipped, 3 failed" in str(failure)
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert any("missing.txt: no such file or folder" in line for line in lines)
    assert any("empty.txt: the file is empty" in line for line in lines)
    assert any("latin1.txt: not UTF-8 text" in line for line in lines)
    assert Source.objects.count() == 1


def test_folder_without_text_files_is_an_error(db, tmp_path):
    _, err, failure = ingest(tmp_path)
    assert failure is not None
    assert "holds no .txt or .html files" in err


def test_a_failure_while_storing_candidates_leaves_nothing_behind(db):
    def broken(**kwargs):
        raise ValueError("extraction exploded")

    source_ingested.connect(broken, dispatch_uid="test-broken")
    try:
        with pytest.raises(ValueError, match="extraction exploded"):
            ingest(SEED_000)
    finally:
        source_ingested.disconnect(dispatch_uid="test-broken")
    assert not Source.objects.exists()


def test_outlet_and_kind_options_apply_to_the_ingested_sources(db):
    out, _, failure = ingest(SEED_000, outlet="NDTV", kind="interview", language="en")
    assert failure is None
    source = Source.objects.get()
    assert source.outlet == Outlet.objects.get(name="NDTV")
    assert source.kind == "interview"


def test_url_with_several_files_is_refused(db):
    _, _, failure = ingest(SEED_000, SEED_002, url="https://example.org/a")
    assert failure is not None
    assert "--url names one source" in str(failure)
    assert not Source.objects.exists()


def test_invalid_url_is_reported_for_the_file_and_nothing_is_written(db):
    _, err, failure = ingest(SEED_000, url="not a url")
    assert failure is not None
    assert f"{SEED_000}: url: Enter a valid URL." in err
    assert not Source.objects.exists()


def test_ingest_stores_extracted_candidates_with_the_source(seeded):
    source = seeded[0]
    assert source.appearances.exists()


def test_seed_files_in_the_repo_are_the_shared_ones():
    shared = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    for path in (SEED_000, SEED_002):
        assert path.read_bytes() == (shared / path.name).read_bytes()


def test_untitled_source_is_labelled_by_its_opening_words_not_its_header(db):
    from tests.factories import make_source

    source = make_source(" date 2021-07-14 At a time when the United States continues.")
    assert str(source) == "At a time when the United States continues."


def test_a_folder_with_a_huge_number_is_ingested_whole_with_a_warning(db, tmp_path):
    (tmp_path / "a.txt").write_text("The army said it holds 40 checkpoints.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The ministry said 1000000000000000000000 troops had crossed.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("Officials counted 250 of 398 districts.\n", encoding="utf-8")
    out, err, failure = ingest(tmp_path)
    assert failure is None, err
    assert Source.objects.count() == 3
    assert "3 ingested, 0 skipped, 0 failed (1 with warnings" in out
    warning = next(line for line in out.splitlines() if line.startswith("warning:"))
    assert "b.txt" in warning and "1000000000000000000000" in warning


@pytest.mark.postgres
def test_a_file_the_database_refuses_is_a_one_line_error_and_the_folder_goes_on(db, tmp_path):
    """Whatever the database refuses (here a constraint added for the test), the file's ingest
    is undone, named in one line, and the files after it still go in."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "ALTER TABLE claims_claim ADD CONSTRAINT test_no_poison "
            "CHECK (statement NOT LIKE '%poison%')"
        )
    (tmp_path / "a.txt").write_text("The army said it holds 40 checkpoints.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The poison killed 12 wells, they said.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Officials counted 250 of 398 districts.\n", encoding="utf-8")
    out, err, failure = ingest(tmp_path)
    assert failure is not None and "2 ingested, 0 skipped, 1 failed" in str(failure)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "b.txt" in lines[0] and "test_no_poison" in lines[0]
    assert "Traceback" not in err
    assert Source.objects.count() == 2
    assert not Source.objects.filter(text__contains="poison").exists()
