"""Reading documents in: files to text, with the metadata the text itself carries.

Nothing here touches the database; `sources.services.ingest_document` stores the result.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Seed 000 opens with " date 2021-07-14 " and runs straight into the body.
DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]")
TITLE_MAX_CHARS = 200
SENTENCE_END = ".!?:;,\"”’'"
BOM = "\ufeff"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")  # read by sources.web, through trafilatura


class IngestError(Exception):
    """A document that cannot be ingested; the message names the file and the reason."""

    def __init__(self, origin: str, reason: str) -> None:
        self.origin, self.reason = origin, reason
        super().__init__(f"{origin}: {reason}" if origin else reason)


@dataclass(frozen=True)
class Document:
    text: str
    title: str = ""
    published_on: datetime.date | None = None
    origin: str = ""
    author: str = ""
    outlet: str = ""  # the outlet's name as the page gives it; matched or created on ingest
    url: str = ""


def parse_text(text: str, origin: str = "") -> Document:
    """Find the optional date header and title line; the text itself is kept unchanged."""
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise IngestError(origin, "the text is empty")
    if "\x00" in text:
        raise IngestError(origin, "the text contains NUL characters; is it a binary file?")
    published_on = None
    body_start = 0
    header = DATE_HEADER.match(text)
    if header:
        try:
            published_on = datetime.date.fromisoformat(header.group(1))
        except ValueError:
            raise IngestError(
                origin, f"the date header {header.group(1)!r} is not a valid date (YYYY-MM-DD)"
            ) from None
        body_start = header.end()
    return Document(
        text=text, title=_title(text, body_start), published_on=published_on, origin=origin
    )


def _title(text: str, start: int) -> str:
    """A short first line followed by a blank line, not ending like a sentence, is a title."""
    first, newline, rest = text[start:].partition("\n")
    first = first.strip()
    if not newline or not first or len(first) > TITLE_MAX_CHARS or first[-1] in SENTENCE_END:
        return ""
    next_line = rest.split("\n", 1)[0]
    return first if not next_line.strip() else ""


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of one file, refused (IngestError) when missing, empty, too big or binary."""
    origin = str(path)
    if not path.exists():
        raise IngestError(origin, "no such file or folder")
    if not path.is_file():
        raise IngestError(origin, "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            origin, f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes"
        )
    if size == 0:
        raise IngestError(origin, "the file is empty")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise IngestError(origin, "a binary file (it contains NUL bytes), not text")
    return raw


def read_file(path: Path, max_bytes: int) -> Document:
    """Read one UTF-8 text file; IngestError names the file and what is wrong with it."""
    origin = str(path)
    raw = read_bytes(path, max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            origin,
            f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at offset {exc.start} cannot be "
            "decoded; convert the file to UTF-8",
        ) from None
    return parse_text(text, origin)


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path given, with folders expanded to their .txt and .html files (recursively,
    sorted)."""
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file()
            )
            if not found:
                raise IngestError(str(path), "the folder holds no .txt or .html files")
            yield from found
        else:
            yield path
