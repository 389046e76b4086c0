"""The news quantity gold: hand annotations of real news pages whose text stays out of git.

Each `gold/news/<slug>.json` names a page (its address), the local file holding the page's text
(as the search tool's `pages` corpus returned it), that text's sha256, and every quantity in it by
character offsets. The texts are third-party and never committed: fill a folder with them (see
gold/news/README.md) and pass it to `load()`. `check_document()` validates an annotation file on
its own, so the format is tested in CI where the texts are absent.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.extraction.units import KINDS  # the gold's kinds are the extractor's: one list

NEWS_GOLD = Path(__file__).resolve().parent / "gold" / "news"

CHANGES = (None, "up", "down")
QUALIFIERS = (
    None,
    "exactly",
    "about",
    "at_least",
    "more_than",
    "over",
    "up_to",
    "less_than",
    "range",
    "vague",
)
SUBJECTS = (
    "economy",
    "sport",
    "health",
    "technology",
    "politics",
    "conflict",
    "disaster",
    "science",
    "business",
    "crime",
)
DOCUMENT_KEYS = {"url", "file", "sha256", "subject", "published_on", "quantities", "not_quantities"}
QUANTITY_KEYS = {
    "start",
    "end",
    "value",
    "lower",
    "upper",
    "lower_inclusive",
    "upper_inclusive",
    "unit",
    "kind",
    "change",
    "qualifier",
    "vague",
    "total",
    "per",
    "claimant",
}
OPTIONAL_QUANTITY_KEYS = {"score", "note"}
NOT_QUANTITY_KEYS = {"start", "end", "what"}
# Annotations hold labels and names, never sentences: a longer string is copied text.
MAX_LABEL_WORDS = 6
MAX_LABEL_CHARS = 48


class GoldError(ValueError):
    """A gold file, or the local text it names, is missing or not as the annotation says."""


@dataclass(frozen=True)
class NewsQuantity:
    start: int
    end: int
    value: float | None
    lower: float | None
    upper: float | None
    lower_inclusive: bool | None
    upper_inclusive: bool | None
    unit: str | None
    kind: str
    change: str | None
    qualifier: str | None
    vague: bool
    total: float | None
    per: float | None
    claimant: str | None
    score: tuple[int, ...] | None = None
    note: str | None = None


@dataclass(frozen=True)
class NewsDoc:
    name: str
    url: str
    subject: str
    published_on: datetime.date | None
    text: str
    quantities: list[NewsQuantity]
    not_quantities: list[tuple[int, int, str]]

    def wording(self, item: NewsQuantity | tuple[int, int, str]) -> str:
        start, end = (item.start, item.end) if isinstance(item, NewsQuantity) else item[:2]
        return self.text[start:end]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number_or_none(value: Any) -> bool:
    return value is None or _is_number(value)


def _label(value: Any) -> bool:
    return value is None or (
        isinstance(value, str)
        and 0 < len(value) <= MAX_LABEL_CHARS
        and len(value.split()) <= MAX_LABEL_WORDS
    )


def _key_errors(
    raw: dict[str, Any], required: set[str], optional: set[str], where: str
) -> list[str]:
    errors = []
    if missing := required - set(raw):
        errors.append(f"{where}: missing {sorted(missing)}")
    if unknown := set(raw) - required - optional:
        errors.append(f"{where}: unknown keys {sorted(unknown)}")
    return errors


def _check_quantity(item: Any, where: str) -> list[str]:
    if not isinstance(item, dict):
        return [f"{where}: not an object"]
    if errors := _key_errors(item, QUANTITY_KEYS, OPTIONAL_QUANTITY_KEYS, where):
        return errors
    start, end = item["start"], item["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        errors.append(f"{where}: start {start!r} and end {end!r} must be integers in order")
    for key in ("value", "lower", "upper", "total", "per"):
        if not _number_or_none(item[key]):
            errors.append(f"{where}: {key} {item[key]!r} is not a number or null")
    if item["kind"] not in KINDS:
        errors.append(f"{where}: kind {item['kind']!r} is not one of {KINDS}")
    if item["change"] not in CHANGES:
        errors.append(f"{where}: change {item['change']!r} is not up, down or null")
    if item["qualifier"] not in QUALIFIERS:
        errors.append(f"{where}: qualifier {item['qualifier']!r} is not one of {QUALIFIERS}")
    if not isinstance(item["vague"], bool):
        errors.append(f"{where}: vague {item['vague']!r} is not true or false")
    for key in ("unit", "claimant", "note"):
        if not _label(item.get(key)):
            errors.append(f"{where}: {key} {item.get(key)!r} is not a short label")
    for bound in ("lower", "upper"):
        inclusive = item[f"{bound}_inclusive"]
        if item[bound] is None and inclusive is not None:
            errors.append(f"{where}: {bound}_inclusive is set without a {bound} bound")
        if item[bound] is not None and not isinstance(inclusive, bool):
            errors.append(f"{where}: {bound} bound without {bound}_inclusive true/false")
    if errors:
        return errors
    lower, upper, value = item["lower"], item["upper"], item["value"]
    if lower is not None and upper is not None and lower > upper:
        errors.append(f"{where}: lower {lower} > upper {upper}")
    if value is not None and (lower is not None or upper is not None):
        errors.append(f"{where}: a point value and bounds at once")
    score = item.get("score")
    if item["kind"] == "score" and score is not None:
        if not (isinstance(score, list) and len(score) >= 2 and all(_is_number(s) for s in score)):
            errors.append(f"{where}: score {score!r} is not a list of two or more numbers")
    elif score is not None:
        errors.append(f"{where}: score given for kind {item['kind']!r}")
    if value is None and lower is None and upper is None and score is None:
        errors.append(f"{where}: neither a value, a bound nor a score")
    if item["qualifier"] == "range" and (lower is None or upper is None):
        errors.append(f"{where}: a range needs both bounds")
    if item["vague"] and lower is None:
        errors.append(f"{where}: a vague quantity keeps a conservative lower bound")
    return errors


def check_document(raw: Any, name: str, text_length: int | None = None) -> list[str]:
    """Every problem with one annotation file (empty when it is sound); offsets are checked
    against the text's length when it is known."""
    if not isinstance(raw, dict):
        return [f"{name}: not a JSON object"]
    if errors := _key_errors(raw, DOCUMENT_KEYS, set(), name):
        return errors
    if not (isinstance(raw["url"], str) and raw["url"].startswith(("http://", "https://"))):
        errors.append(f"{name}: url {raw['url']!r} is not an address")
    if raw["file"] != f"{name}.txt":
        errors.append(f"{name}: file {raw['file']!r} should be {name}.txt")
    sha = raw["sha256"]
    if not (isinstance(sha, str) and len(sha) == 64 and all(c in "0123456789abcdef" for c in sha)):
        errors.append(f"{name}: sha256 {sha!r} is not 64 lowercase hex digits")
    if raw["subject"] not in SUBJECTS:
        errors.append(f"{name}: subject {raw['subject']!r} is not one of {SUBJECTS}")
    if raw["published_on"] is not None:
        try:
            datetime.date.fromisoformat(raw["published_on"])
        except (TypeError, ValueError):
            errors.append(f"{name}: published_on {raw['published_on']!r} is not an ISO date")
    if not isinstance(raw["quantities"], list) or not raw["quantities"]:
        return [*errors, f"{name}: quantities must be a non-empty list"]
    if not isinstance(raw["not_quantities"], list):
        return [*errors, f"{name}: not_quantities must be a list"]
    spans = []
    for index, item in enumerate(raw["quantities"]):
        item_errors = _check_quantity(item, f"{name} quantities[{index}]")
        errors += item_errors
        if not item_errors:
            spans.append((item["start"], item["end"], f"quantities[{index}]"))
    previous = None
    for start, end, where in spans:
        if previous is not None and start < previous[1]:
            errors.append(f"{name} {where}: starts before the previous quantity ends (sorted?)")
        previous = (start, end)
    for index, item in enumerate(raw["not_quantities"]):
        where = f"{name} not_quantities[{index}]"
        if not isinstance(item, dict) or set(item) != NOT_QUANTITY_KEYS:
            errors.append(f"{where}: needs exactly {sorted(NOT_QUANTITY_KEYS)}")
            continue
        start, end = item["start"], item["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            errors.append(f"{where}: start {start!r} and end {end!r} must be integers in order")
            continue
        if not _label(item["what"]) or item["what"] is None:
            errors.append(f"{where}: what {item['what']!r} is not a short label")
        if any(s < end and start < e for s, e, _ in spans):
            errors.append(f"{where}: overlaps a quantity")
        spans.append((start, end, f"not_quantities[{index}]"))
    if text_length is not None:
        for _start, end, where in spans:
            if end > text_length:
                errors.append(f"{name} {where}: end {end} is past the text's {text_length} chars")
    return errors


def _quantity(item: dict[str, Any]) -> NewsQuantity:
    score = item.get("score")
    return NewsQuantity(
        **{key: item[key] for key in QUANTITY_KEYS},
        score=tuple(score) if score is not None else None,
        note=item.get("note"),
    )


def load(folder: Path, gold: Path = NEWS_GOLD, absent: list[str] | None = None) -> list[NewsDoc]:
    """Every annotated page, its text read from `folder`; raises GoldError naming the file when
    a text is absent or differs from the one annotated, or when an annotation is malformed.
    With an `absent` list, a page whose text is absent (no longer in the search corpus) is
    left out and its file named there instead; a text that differs is still an error."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder (fill it as gold/news/README.md says)")
    docs = []
    paths = sorted(gold.glob("*.json"))
    if not paths:
        raise GoldError(f"{gold}: no annotation files")
    for path in paths:
        name = path.stem
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}: not valid JSON ({error})") from error
        if errors := check_document(raw, name):
            raise GoldError("; ".join(errors))
        text_path = folder / raw["file"]
        if not text_path.is_file():
            if absent is not None:
                absent.append(raw["file"])
                continue
            raise GoldError(f"{text_path}: missing; save the page text of {raw['url']} there")
        data = text_path.read_bytes()
        if hashlib.sha256(data).hexdigest() != raw["sha256"]:
            raise GoldError(
                f"{text_path}: sha256 differs from {path.name}'s; it is not the text annotated"
            )
        text = data.decode("utf-8")
        if errors := check_document(raw, name, len(text)):
            raise GoldError("; ".join(errors))
        docs.append(
            NewsDoc(
                name=name,
                url=raw["url"],
                subject=raw["subject"],
                published_on=(
                    datetime.date.fromisoformat(raw["published_on"])
                    if raw["published_on"]
                    else None
                ),
                text=text,
                quantities=[_quantity(item) for item in raw["quantities"]],
                not_quantities=[(i["start"], i["end"], i["what"]) for i in raw["not_quantities"]],
            )
        )
    return docs
