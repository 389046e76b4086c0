"""Progress of a long run of documents: how many, how fast, how long still (for commands)."""

from __future__ import annotations

import time
from io import TextIOBase

# Runs shorter than this are not worth a progress line.
MIN_DOCUMENTS = 20


class Progress:
    """Writes `ingest: 120/1,000 (12%), 4.5 documents/s, about 3 min 15 s left` at most every
    `every` seconds; on a terminal it rewrites one line, elsewhere it appends lines."""

    def __init__(self, out: TextIOBase, total: int, label: str = "ingest", every: float = 2.0):
        self.out, self.total, self.label, self.every = out, total, label, every
        self.done = 0
        self.started = self.shown = time.monotonic()
        self.active = total >= MIN_DOCUMENTS
        self.tty = bool(getattr(out, "isatty", lambda: False)())

    def step(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.active and (now - self.shown >= self.every or self.done == self.total):
            self.shown = now
            self._write(self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = self.done / elapsed
        share = self.done / self.total if self.total else 1.0
        text = f"{self.label}: {self.done:,}/{self.total:,} ({share:.0%}), {rate:.1f} documents/s"
        if rate > 0 and self.done < self.total:
            text += f", about {duration((self.total - self.done) / rate)} left"
        return text

    def close(self) -> None:
        if self.active and self.tty:
            self.out.write("\n")

    def _write(self, text: str) -> None:
        if self.tty:
            self.out.write(f"\r{text}\033[K")
        else:
            self.out.write(text + "\n")
        self.out.flush()


def duration(seconds: float) -> str:
    """'3 min 15 s', '2 h 5 min', '12 s'."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"
