"""Web pages written for these tests, and a local HTTP server that serves them.

Tests fetch only from this server (127.0.0.1, a free port), never from the network.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministry says 40 bridges were repaired | The Riverside Courier</title>
<meta name="author" content="Jane Writer">
<meta property="og:site_name" content="The Riverside Courier">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Ministry says 40 bridges were repaired</h1>
<p>The transport ministry said on Tuesday that at least 40 bridges were repaired over the winter,
more than twice the number it had promised in the autumn.</p>
<p>“We finished the work ahead of time and under budget,” said Maria Example, the transport
minister, adding that about 1,200 workers had taken part in the repairs across the region.</p>
<p>Critics said only 25 of the 60 bridges on the list had been inspected by independent
engineers, and asked the ministry to publish the full inspection reports.</p>
</article>
<footer>Subscribe to our newsletter. Cookie settings.</footer>
</body></html>
"""
# What the article's body says, sentence by sentence (the menu and footer are not in it).
ARTICLE_SENTENCES = [
    "at least 40 bridges were repaired over the winter",
    "“We finished the work ahead of time and under budget,” said Maria Example",
    "only 25 of the 60 bridges on the list had been inspected",
]
MENU_AND_FOOTER = ["Subscribe to our newsletter", "Home | World"]

SECOND_HTML = """<!doctype html>
<html><head><title>Harbour traffic rose 12% last year</title></head><body><article>
<h1>Harbour traffic rose 12% last year</h1>
<p>The harbour authority said traffic rose 12% last year, to more than 3,000 ships, the highest
number since the port opened.</p>
<p>The authority expects at least 3,200 ships this year if the new quay opens in spring.</p>
</article></body></html>
"""

NO_ARTICLE_HTML = "<!doctype html><html><head><title>Menu</title></head><body></body></html>"

PLAIN_TEXT = "Council notes\n\nThe council said at least 14 parks would open longer hours.\n"


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/article.html": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
        "/second.html": (200, "text/html", SECOND_HTML.encode()),
        "/menu-only.html": (200, "text/html; charset=utf-8", NO_ARTICLE_HTML.encode()),
        "/notes.txt": (200, "text/plain; charset=utf-8", PLAIN_TEXT.encode()),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4 not really"),
        "/big.html": (200, "text/html", b"<!doctype html><p>" + b"word " * 20_000 + b"</p>"),
    }

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path == "/slow.html":
            time.sleep(3)
            self._send(200, "text/html", ARTICLE_HTML.encode())
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/big-unsized.html":  # no Content-Length: counted while read
            self._send(*self.routes["/big.html"], sized=False)
        elif self.path in self.routes:
            self._send(*self.routes[self.path])
        else:
            self._send(404, "text/html", b"<!doctype html><p>Not here.</p>")

    def _send(self, code: int, kind: str, body: bytes, sized: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        if sized:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.close_connection = True
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # unless the client gave up (a timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def local_site() -> Iterator[str]:
    """A local web server in a thread; yields its base URL, http://127.0.0.1:PORT."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """A URL on a local port nothing listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
