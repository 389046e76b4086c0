import getpass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from sources import jobs
from sources.ingest import IngestError, text_files
from sources.models import IngestJob, Outlet, Source
from sources.progress import Progress
from sources.services import ingest_document
from sources.web import is_url, read_document


class Command(BaseCommand):
    help = (
        "Ingest UTF-8 .txt files, saved .html pages, folders of them, or web pages by URL "
        "(http:// or https://) as sources, with their extracted quote and claim candidates. "
        "Re-ingesting the same text creates nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths",
            nargs="+",
            metavar="PATH_OR_URL",
            help="Files, folders of .txt and .html files, or http(s):// URLs of web pages.",
        )
        parser.add_argument("--outlet", help="Outlet name; created if new.")
        parser.add_argument(
            "--kind", choices=Source.Kind.values, help="Kind of source (default: article)."
        )
        parser.add_argument("--language", help="BCP 47 language tag (default: en).")
        parser.add_argument("--url", help="The source's URL (only with a single file).")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--queue",
            action="store_true",
            help="Queue the documents for the background workers (FACTDB_TASKS=queue does this "
            "by default; PostgreSQL only).",
        )
        mode.add_argument(
            "--inline", action="store_true", help="Ingest here and now, even with workers."
        )
        parser.add_argument(
            "--wait", action="store_true", help="With --queue: wait for the workers to finish."
        )
        parser.add_argument(
            "--by",
            metavar="USERNAME",
            help="Who ingests (recorded on each source; they may not verify what was extracted "
            "from it). Default: the user with your OS login name, if there is one.",
        )

    def handle(self, *args, **options) -> None:
        if options["url"] and len(options["paths"]) > 1:
            raise CommandError("--url names one source: give a single file with it.")
        by = self._ingester(options["by"])
        outlet = None
        if options["outlet"]:
            outlet, _ = Outlet.objects.get_or_create(name=options["outlet"].strip())
        overrides = {k: options[k] for k in ("kind", "language", "url")}
        queue = options["queue"] or (jobs.queued() and not options["inline"])
        if queue and not settings.POSTGRES:
            raise CommandError("--queue needs PostgreSQL: the task queue lives in the database.")
        paths = list(self._paths(options["paths"]))
        progress = Progress(self.stderr, len(paths), "queue" if queue else "ingest")
        ingested = skipped = failed = warned = 0
        queued: list[IngestJob] = []
        for path in paths:
            progress.step()
            try:
                if isinstance(path, IngestError):
                    raise path
                document = read_document(
                    str(path),
                    max_bytes=settings.FACTDB_MAX_SOURCE_BYTES,
                    timeout=settings.FACTDB_FETCH_TIMEOUT,
                )
                if queue:
                    queued.append(jobs.submit(document, outlet=outlet, overrides=overrides, by=by))
                    self.stdout.write(f"queued {path} as ingest job {queued[-1].pk}")
                    continue
                result = ingest_document(document, outlet=outlet, overrides=overrides, by=by)
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
            byline = f", by {source.author}" if source.author else ""
            byline += f", outlet {source.outlet}" if source.outlet_id else ""
            self.stdout.write(
                f"ingested {path} as source {source.pk}: title {title!r}, published {published}"
                + byline
                + (f"; {found}" if found else "")
            )
            for warning in result.warnings:
                self.stdout.write(self.style.WARNING(f"warning: {path}: {warning}"))
            warned += bool(result.warnings)
        progress.close()
        if queue:
            self._queued_summary(queued, failed, wait=options["wait"])
            return
        summary = f"{ingested} ingested, {skipped} skipped, {failed} failed"
        if warned:
            summary += f" ({warned} with warnings: check them in the admin)"
        if failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def _queued_summary(self, queued: list[IngestJob], failed: int, wait: bool) -> None:
        summary = f"{len(queued)} queued for the workers, {failed} failed"
        if wait and queued:
            finished = jobs.wait_for(queued, Progress(self.stderr, len(queued), "workers"))
            for job in finished:
                if job.status == IngestJob.Status.FAILED:
                    self.stderr.write(f"error: {job.origin}: {job.error}")
            done = sum(job.status == IngestJob.Status.DONE for job in finished)
            failed += len(finished) - done
            summary = f"{done} ingested by the workers, {failed} failed"
        elif queued:
            summary += " (follow them in the admin, Ingest jobs, or with --wait)"
        if failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def _ingester(self, username: str | None):
        """The --by user (an unknown name is an error), else the OS user's account if any."""
        users = get_user_model()._default_manager
        if username is not None:
            user = users.filter(username=username.strip()).first()
            if user is None:
                raise CommandError(f"--by {username!r}: no user has this username.")
            return user
        try:
            login = getpass.getuser()
        except (KeyError, OSError):  # no name for this process's uid (a container, say)
            return None
        return users.filter(username=login, is_active=True).first()

    def _paths(self, names: list[str]):
        """Expand folders; a missing or empty folder becomes an error for that path alone."""
        for name in names:
            if is_url(name):
                yield name
                continue
            try:
                yield from text_files([Path(name)])
            except IngestError as exc:
                yield exc
