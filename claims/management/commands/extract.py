import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import extract
from sources.ingest import IngestError, read_file, text_files


class Command(BaseCommand):
    help = (
        "Dry run of extraction: print the quote and quantity candidates found in each file. "
        "Writes nothing to the database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="Files or folders of .txt files.")
        parser.add_argument(
            "--format", choices=["json", "text"], default="json", help="Output format."
        )

    def handle(self, *args, **options) -> None:
        items: list[dict] = []
        failed = 0
        try:
            paths = list(text_files(options["paths"]))
        except IngestError as exc:
            raise CommandError(str(exc)) from None
        for path in paths:
            try:
                document = read_file(path, settings.FACTDB_MAX_SOURCE_BYTES)
            except IngestError as exc:
                failed += 1
                self.stderr.write(f"error: {exc}")
                continue
            result = extract(document.text, published_on=document.published_on)
            for warning in result.warnings:
                self.stderr.write(f"warning: {path}: {warning}")
            for item in result.to_list():
                items.append({"file": str(path), **item})
        if options["format"] == "json":
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=2))
        else:
            for item in items:
                who = item.get("speaker") or item.get("claimant") or "-"
                what = item["type"] if item["type"] == "quote" else item["kind"]
                self.stdout.write(
                    f"{item['file']}:{item['start']}-{item['end']} {what:<8} {who}: {item['text']}"
                )
        if failed:
            raise CommandError(f"{failed} file(s) could not be read; see the errors above.")
