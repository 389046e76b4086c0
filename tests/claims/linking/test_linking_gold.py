"""The linking development set and its held-out split: their gold files are well formed without
their texts, the real sets have what issue 9 asks for and carry no third-party text, the held-out
split shares no story or article with the development set, and the loader refuses texts and spans
that no longer match, naming the file."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.claims.linking_gold import (
    GOLD,
    HELDOUT,
    MAX_WORDS,
    SYNTHETIC,
    GoldError,
    load,
    load_synthetic,
    main,
    read,
    validate,
)

REAL = sorted(GOLD.glob("*.json"))
HELD_OUT = sorted(HELDOUT.glob("*.json"))
ALL = REAL + HELD_OUT + sorted(SYNTHETIC.glob("*.json"))
# Fields that hold addresses, hashes and paths rather than words.
NOT_WORDS = {"url", "sha256", "file"}


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_every_gold_file_is_well_formed(path: Path) -> None:
    story = read(path)
    assert story.claims and story.articles


def test_the_real_set_has_what_issue_9_asks_for() -> None:
    stories = [read(path) for path in REAL]
    # Six stories of the first round and three added to widen it (an election result, a
    # central-bank decision, a wildfire toll); the issue asks for at least four.
    assert len(stories) >= 9
    for story in stories:
        assert len({a.outlet for a in story.articles}) >= 3, story.name
        assert len({a.url for a in story.articles}) == len(story.articles), story.name
    stances = [e.stance for s in stories for e in s.evidence]
    assert stances.count("supports") + stances.count("disputes") >= 15
    assert sum(len(s.cross_article_pairs()) for s in stories) >= 25
    assert sum(len(s.distinct) for s in stories) >= 10


def test_the_held_out_split_is_other_stories_with_what_issue_9_asks_for() -> None:
    stories = [read(path) for path in HELD_OUT]
    assert len(stories) >= 3
    development = [read(path) for path in REAL]
    assert not {s.name for s in stories} & {s.name for s in development}
    seen_urls = {a.url for s in development for a in s.articles}
    for story in stories:
        assert len({a.outlet for a in story.articles}) >= 3, story.name
        assert not {a.url for a in story.articles} & seen_urls, story.name
        assert len(story.cross_article_pairs()) >= 25, story.name
        assert story.distinct, story.name
    stances = [e.stance for s in stories for e in s.evidence]
    assert stances.count("supports") + stances.count("disputes") >= 10
    assert sum(len(s.proposable_evidence()) for s in stories) >= 8


def _strings(value: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _strings(v, k)]
    if isinstance(value, list):
        return [pair for v in value for pair in _strings(v, key)]
    return []


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_gold_files_hold_no_long_text(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    long = [(k, v) for k, v in _strings(data) if k not in NOT_WORDS and len(v) > MAX_WORDS]
    assert long == []


def test_no_third_party_text_sits_in_the_repository() -> None:
    texts = [p for p in GOLD.rglob("*.txt") if SYNTHETIC not in p.parents]
    assert texts == []
    for folder, paths in ((GOLD, REAL), (HELDOUT, HELD_OUT)):
        for path in paths:
            for article in read(path).articles:
                assert not (folder / article.file).exists()


def test_the_synthetic_set_loads_with_hashes_and_offsets_checked() -> None:
    (story,) = load_synthetic()
    assert [a.outlet for a in story.articles] == [
        "The Millbrook Courier (fictional)",
        "Radio Eastvale (fictional)",
        "Northgate Wire (fictional)",
    ]
    toll = story.claim("s1")
    assert [story.text(m) for m in toll.mentions] == [
        "at least 43",
        "At least 43 people",
        "43 dead",
        "forty-three deaths",
        "no more than 43 people",
    ]
    assert toll.claimant == "Interior Ministry"
    vannor = next(sp for sp in story.speakers if sp.name == "Petra Vannor")
    assert [story.text(m) for m in vannor.mentions] == [
        "Interior Minister Petra Vannor",
        "Vannor",
        "Minister Vannor",
    ]
    assert vannor.member_of == "Interior Ministry"


def test_evidence_from_an_article_ingested_before_the_claim_is_not_proposable() -> None:
    data = json.loads((SYNTHETIC / "tarnwick-flood.json").read_text(encoding="utf-8"))
    # The rival count of 60 first appears in the second article; the third article caps the toll
    # at 43. Evidence on it from the first article could not be proposed at ingest.
    data["evidence"].append(
        {
            "claim": "s2",
            "stance": "disputes",
            "file": "tarnwick-flood/millbrook-courier.txt",
            "start": 0,
            "end": 5,
            "why": "an earlier article",
        }
    )
    story = validate(data, "tarnwick-flood")
    on_s2 = [e.span.file for e in story.proposable_evidence() if e.claim == "s2"]
    assert on_s2 == ["tarnwick-flood/northgate-wire.txt"]


def _synthetic() -> dict[str, Any]:
    return json.loads((SYNTHETIC / "tarnwick-flood.json").read_text(encoding="utf-8"))


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


BAD = [
    ("unknown-claim", ("evidence", 0, "claim"), "s99", "claim 's99' is unknown"),
    ("bad-stance", ("evidence", 0, "stance"), "refutes", "stance must be one of"),
    ("claimant-not-speaker", ("claims", 0, "claimant"), "Tarnwick", "not one of the speakers"),
    ("empty-span", ("claims", 0, "mentions", 0, "end"), 0, "0 <= start < end"),
    (
        "span-outside-story",
        ("claims", 0, "mentions", 0, "file"),
        "tarnwick-flood/elsewhere.txt",
        "is not one of the story's articles",
    ),
    ("long-statement", ("claims", 0, "statement"), "x" * 300, "own words stay under"),
    ("bad-hash", ("articles", 0, "sha256"), "abc", "sha256 must be 64"),
    ("bad-order", ("articles", 0, "order"), 7, "order must run 1..3"),
    ("bad-date", ("articles", 0, "published_on"), "14 March 2023", "ISO date"),
    ("bad-kind", ("speakers", 0, "kind"), "place", "kind must be one of"),
    ("unknown-member-of", ("speakers", 1, "member_of"), "Cabinet", "member_of 'Cabinet'"),
    ("duplicate-id", ("claims", 1, "id"), "s1", "id 's1' appears twice"),
    ("self-pair", ("distinct", 0), ["s1", "s1"], "pairs a claim with itself"),
    ("unknown-pair", ("distinct", 0), ["s1", "s42"], "two known claim ids"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_validation_names_what_is_wrong(path: tuple[Any, ...], value: Any, message: str) -> None:
    data = _synthetic()
    _set(data, path, value)
    with pytest.raises(GoldError, match="tarnwick-flood") as raised:
        validate(data, "tarnwick-flood")
    assert message in str(raised.value)


def test_validation_refuses_overlapping_mentions_and_unknown_keys() -> None:
    data = _synthetic()
    first = data["claims"][0]["mentions"][0]
    data["claims"][1]["mentions"].append(dict(first, end=first["end"] + 1))
    with pytest.raises(GoldError, match="overlap"):
        validate(data, "tarnwick-flood")

    data = _synthetic()
    data["claims"][0]["mention"] = data["claims"][0].pop("mentions")
    with pytest.raises(GoldError, match=r"claims\[0\]: missing \['mentions'\]"):
        validate(data, "tarnwick-flood")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(SYNTHETIC, tmp_path / "synthetic")
    return tmp_path / "synthetic"


def test_loading_refuses_a_text_that_changed(folder: Path) -> None:
    text = folder / "tarnwick-flood" / "radio-eastvale.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("1,240", "1,420"), encoding="utf-8")
    with pytest.raises(GoldError, match="radio-eastvale.txt: sha256") as raised:
        load(folder, folder, third_party=False)
    assert "tarnwick-flood.json" in str(raised.value)


def test_loading_refuses_a_missing_text(folder: Path) -> None:
    (folder / "tarnwick-flood" / "northgate-wire.txt").unlink()
    with pytest.raises(GoldError, match="northgate-wire.txt: no local text"):
        load(folder, folder, third_party=False)


def _rewrite(folder: Path, change: Any) -> None:
    path = folder / "tarnwick-flood.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_loading_refuses_a_span_past_the_end_of_its_text(folder: Path) -> None:
    _rewrite(folder, lambda d: _set(d, ("claims", 10, "mentions", 0, "end"), 10_000))
    with pytest.raises(GoldError, match="claim s11: span .* runs past the end"):
        load(folder, folder, third_party=False)


def test_loading_refuses_a_span_that_starts_on_white_space(folder: Path) -> None:
    def widen(data: dict[str, Any]) -> None:
        data["claims"][0]["mentions"][0]["start"] -= 1

    _rewrite(folder, widen)
    with pytest.raises(GoldError, match="claim s1: .* white space"):
        load(folder, folder, third_party=False)


def test_loading_third_party_texts_refuses_statements_copied_from_them(folder: Path) -> None:
    copied = "The Eastvale Relief Society said its teams had evacuated 1,240 people"
    _rewrite(folder, lambda d: _set(d, ("claims", 3, "statement"), copied))
    with pytest.raises(GoldError, match="claim s4: copied from an article"):
        load(folder, folder, third_party=True)


def test_the_command_reads_another_gold_folder_with_gold(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The synthetic texts sit beside their gold, so one folder serves as both; the command checks
    # third-party rules, so the synthetic own-words fields (which quote their texts) are replaced.
    def own_words(data: dict[str, Any]) -> None:
        for claim in data["claims"]:
            claim["statement"] = claim["measure"] = f"claim {claim['id']}"
            claim.pop("note", None)
        for evidence in data["evidence"]:
            evidence["why"] = "a reason"

    _rewrite(folder, own_words)
    assert main(["linking_gold", str(folder), "--gold", str(folder)]) == 0
    assert "tarnwick-flood: 3 articles" in capsys.readouterr().out
    assert main(["linking_gold", str(folder), f"--gold={folder}"]) == 0
    empty = folder.parent / "empty"
    empty.mkdir()
    assert main(["linking_gold", str(folder), "--gold", str(empty)]) == 1
    assert "no gold files" in capsys.readouterr().err
    assert main(["linking_gold", str(folder), "--gold"]) == 2
    assert main(["linking_gold", str(folder), "--golden", str(folder)]) == 2


def test_the_command_exits_non_zero_naming_the_file(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["linking_gold"]) == 2
    empty = folder.parent / "empty"
    empty.mkdir()
    assert main(["linking_gold", str(empty)]) == 1
    error = capsys.readouterr().err
    assert "no local text" in error
    assert ".json: article " in error


def test_a_changed_gold_file_is_caught_before_its_texts_are_read(tmp_path: Path) -> None:
    data = copy.deepcopy(_synthetic())
    data["evidence"][0]["stance"] = "agrees"
    path = tmp_path / "tarnwick-flood.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError, match="stance must be one of"):
        load(tmp_path / "nowhere", tmp_path, third_party=False)
