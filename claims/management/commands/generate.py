import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from claims.generate import Generator, Shape


class Command(BaseCommand):
    help = (
        "Add synthetic but valid outlets, sources, speakers, quotes, claims, appearances, "
        "evidence and review history, for measuring factdb at scale (benchmarks/scale.py). "
        "COPY on PostgreSQL (a million quotes in minutes), bulk inserts elsewhere; all or nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        for name, default in [
            ("quotes", 1000),
            ("claims", 300),
            ("sources", 100),
            ("speakers", 10),
            ("evidence", 200),
        ]:
            parser.add_argument(f"--{name}", type=int, default=default, help=f"default {default}")
        parser.add_argument(
            "--verified-share", type=float, default=0.2, help="Share verified (default 0.2)."
        )
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")

    def handle(self, *args, **options) -> None:
        shape = Shape(
            quotes=options["quotes"],
            claims=options["claims"],
            sources=options["sources"],
            speakers=options["speakers"],
            evidence=options["evidence"],
            verified_share=options["verified_share"],
            seed=options["seed"],
        )
        problems = shape.problems()
        if problems:
            raise CommandError("; ".join(problems))
        started = time.monotonic()

        def progress(message: str) -> None:
            if options["verbosity"] > 1:
                self.stderr.write(f"{time.monotonic() - started:7.1f}s  {message}")

        try:
            counts = Generator(shape).load(progress)
        except (DatabaseError, ValueError) as error:
            raise CommandError(f"Nothing was stored: {error}") from error
        seconds = time.monotonic() - started
        summary = ", ".join(f"{n:,} {label}" for label, n in counts.items())
        self.stdout.write(f"Generated in {seconds:.1f}s: {summary}")
