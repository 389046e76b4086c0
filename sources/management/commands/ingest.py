from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from sources.ingest import IngestError, read_file, text_files
from sources.models import Outlet, Source
from sources.services import ingest_document


class Command(BaseCommand):
    help = (
        "Ingest UTF-8 .txt files (or folders of them) as sources, with their extracted quote "
        "and claim candidates. Re-ingesting the same text creates nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="Files or folders of .txt files.")
        parser.add_argument("--outlet", help="Outlet name; created if new.")
        parser.add_argument(
            "--kind", choices=Source.Kind.values, help="Kind of source (default: article)."
        )
        parser.add_argument("--language", help="BCP 47 language tag (default: en).")
        parser.add_argument("--url", help="The source's URL (only with a single file).")

    def handle(self, *args, **options) -> None:
        if options["url"] and len(options["paths"]) > 1:
            raise CommandError("--url names one source: give a single file with it.")
        outlet = None
        if options["outlet"]:
            outlet, _ = Outlet.objects.get_or_create(name=options["outlet"].strip())
        overrides = {k: options[k] for k in ("kind", "language", "url")}
        ingested = skipped = failed = warned = 0
        for path in self._paths(options["paths"]):
            try:
                if isinstance(path, IngestError):
                    raise path
                result = ingest_document(
                    read_file(path, settings.FACTDB_MAX_SOURCE_BYTES),
                    outlet=outlet,
                    overrides=overrides,
                )
            except IngestError as exc:
                failed += 1
                self.stderr.write(f"error: {exc}")
                continue
            except ValidationError as exc:  # a value the model refused; nothing was written
                failed += 1
                problems = "; ".join(
                    f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items()
                )
                self.stderr.write(f"error: {path}: {problems}")
                continue
            except DatabaseError as exc:  # refused by the database; its transaction was undone
                failed += 1
                reason = (
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                )
                self.stderr.write(f"error: {path}: the database refused it: {reason}")
                continue
            source = result.source
            if not result.created:
                skipped += 1
                self.stdout.write(f"skipped {path}: already ingested as source {source.pk}")
                continue
            ingested += 1
            found = ", ".join(f"{n} {what}" for what, n in result.counts.items())
            title = source.title or "(none)"
            published = source.published_on or "(unknown)"
            self.stdout.write(
                f"ingested {path} as source {source.pk}: title {title!r}, published {published}"
                + (f"; {found}" if found else "")
            )
            for warning in result.warnings:
                self.stdout.write(self.style.WARNING(f"warning: {path}: {warning}"))
            warned += bool(result.warnings)
        summary = f"{ingested} ingested, {skipped} skipped, {failed} failed"
        if warned:
            summary += f" ({warned} with warnings: check them in the admin)"
        if failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def _paths(self, paths: list[Path]):
        """Expand folders; a missing or empty folder becomes an error for that path alone."""
        for path in paths:
            try:
                yield from text_files([path])
            except IngestError as exc:
                yield exc
