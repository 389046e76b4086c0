"""Web pages in: a saved HTML page, or one fetched from its URL, read into a Document.

trafilatura keeps the article's text (no menus, footers or comments) with its title, date, author
and site name. The stored text is what trafilatura extracted, paragraphs separated by a blank
line; offsets point into that text, never into the HTML. Nothing here touches the database.
"""

from __future__ import annotations

import datetime
import http.client
import re
import socket
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sources.ingest import HTML_SUFFIXES, Document, IngestError, parse_text, read_bytes, read_file

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
URL_SCHEMES = ("http", "https")
USER_AGENT = "factdb (+https://github.com/factdb; ingest)"
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
TITLE_MAX_CHARS = 300
AUTHOR_MAX_CHARS = 300
OUTLET_MAX_CHARS = 200
URL_MAX_CHARS = 500


def is_url(value: str) -> bool:
    """Whether `value` names a web page to fetch (http:// or https://) rather than a file."""
    return urlsplit(value.strip()).scheme.lower() in URL_SCHEMES


def looks_like_html(text: str) -> bool:
    """Whether pasted or read text is an HTML page (it opens with a doctype or <html>)."""
    return bool(HTML_START.match(text[:4096]))


def parse_html(html: str | bytes, origin: str, url: str = "") -> Document:
    """The article in an HTML page, with its metadata; IngestError when there is none."""
    import trafilatura  # about 0.2 s to import; only pages need it

    found: Any  # trafilatura's Document (a dict only with as_dict=True)
    try:
        found = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False
        )
    except Exception as exc:  # lxml refuses some broken documents outright
        raise IngestError(origin, f"the HTML could not be read: {exc}") from None
    body = (found.text or "") if found is not None else ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if not paragraphs:
        raise IngestError(origin, "no article text found in the HTML page")
    return Document(
        text="\n\n".join(paragraphs) + "\n",
        title=_clip(found.title, TITLE_MAX_CHARS),
        published_on=_date(found.date),
        origin=origin,
        author=_clip(found.author, AUTHOR_MAX_CHARS),
        outlet=_clip(found.sitename, OUTLET_MAX_CHARS),
        url=url if len(url) <= URL_MAX_CHARS else "",
    )


def fetch(url: str, *, timeout: float, max_bytes: int) -> Document:
    """Download `url` (HTML or plain text, at most `max_bytes`) and read it into a Document.

    IngestError names the URL and says what went wrong: unreachable, no answer within
    `timeout` seconds, an HTTP error, not a web page, or too big.
    """
    url = url.strip()
    if not is_url(url):
        raise IngestError(url, "only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES + TEXT_TYPES:
                raise IngestError(
                    url,
                    f"not a web page: the server sent {kind}; factdb ingests HTML pages and "
                    "plain text",
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, _too_big(int(declared), max_bytes))
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise IngestError(url, _too_big(None, max_bytes))
            final_url = response.geturl() or url
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise IngestError(url, f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise IngestError(url, _timed_out(timeout)) from None
        raise IngestError(url, f"could not reach it: {exc.reason}") from None
    except TimeoutError:
        raise IngestError(url, _timed_out(timeout)) from None
    except (http.client.HTTPException, OSError) as exc:
        raise IngestError(url, f"the download failed: {exc}") from None
    if not body:
        raise IngestError(url, "the server sent an empty page")
    if kind in TEXT_TYPES:
        try:
            text = body.decode(charset or "utf-8")
        except (UnicodeDecodeError, LookupError):
            raise IngestError(url, f"the text is not {charset or 'UTF-8'} as declared") from None
        document = parse_text(text, origin=url)
        return Document(**{**document.__dict__, "url": final_url[:URL_MAX_CHARS]})
    html: str | bytes = body
    if charset:
        try:
            html = body.decode(charset)
        except (UnicodeDecodeError, LookupError):
            html = body  # a wrong declaration: trafilatura guesses from the bytes
    return parse_html(html, origin=url, url=final_url)


def read_document(name: str, *, max_bytes: int, timeout: float) -> Document:
    """A document named on the command line: a URL to fetch, a saved page, or a text file."""
    if is_url(name):
        return fetch(name, timeout=timeout, max_bytes=max_bytes)
    path = Path(name)
    if path.suffix.lower() in HTML_SUFFIXES:
        return parse_html(read_bytes(path, max_bytes), origin=str(path))
    return read_file(path, max_bytes)


def _clip(value: str | None, limit: int) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _too_big(size: int | None, limit: int) -> str:
    what = f"{size:,} bytes, over" if size is not None else "over"
    return f"the page is {what} the limit of {limit:,} bytes (FACTDB_MAX_SOURCE_BYTES)"


def _timed_out(timeout: float) -> str:
    return f"no answer within {timeout:g} s (FACTDB_FETCH_TIMEOUT)"
