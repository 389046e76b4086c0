"""`manage.py extract FILE --format json`: a dry run that prints candidates and writes nothing."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, Quote, Speaker
from sources.models import Source
from tests.conftest import SEED_000, SEED_002

QUOTE_KEYS = {"type", "text", "start", "end", "confidence", "speaker", "speaker_kind", "cue",
              "partial", "via", "said_on"}  # fmt: skip
QUANTITY_KEYS = {"type", "kind", "change", "difference", "text", "start", "end", "confidence",
                 "value", "lower", "upper",
                 "lower_inclusive", "upper_inclusive", "unit", "noun", "qualifier", "vague",
                 "claimant"}  # fmt: skip

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("extract", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_json_lists_every_candidate_with_its_fields_and_writes_nothing():
    out, _ = run(str(SEED_000), str(SEED_002), "--format", "json")
    items = json.loads(out)
    texts = {SEED_000.name: SEED_000.read_text(), SEED_002.name: SEED_002.read_text()}
    types = {item["type"] for item in items}
    assert types == {"quote", "quantity"}
    for item in items:
        expected = QUOTE_KEYS if item["type"] == "quote" else QUANTITY_KEYS
        assert expected <= set(item)
        name = item["file"].rsplit("/", 1)[-1]
        assert texts[name][item["start"] : item["end"]] == item["text"]
    taliban = [i for i in items if i["type"] == "quantity" and i["claimant"] == "Taliban"]
    assert {(i["lower"], i["lower_inclusive"], i["unit"]) for i in taliban} == {
        (85, True, "percent"),
        (85, False, "percent"),
    }
    assert not (Source.objects.exists() or Quote.objects.exists() or Claim.objects.exists())
    assert not Speaker.objects.exists()


def test_text_format_prints_one_line_per_candidate():
    out, _ = run(str(SEED_002), "--format", "text")
    assert "quote" in out and "Mohammad Sohail Shaheen" in out
    assert " percent  Taliban: over 85%" in out  # a quantity shows its kind
    assert all(line.startswith(str(SEED_002)) for line in out.strip().splitlines())


def test_unreadable_file_is_named_and_the_command_fails(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(CommandError, match="could not be read"):
        run(str(bad), str(SEED_002))


def test_missing_path_fails_with_its_name(tmp_path):
    err = StringIO()
    with pytest.raises(CommandError, match="1 file"):
        call_command("extract", str(tmp_path / "missing.txt"), stdout=StringIO(), stderr=err)
    assert "missing.txt: no such file or folder" in err.getvalue()
