"""Realistic, valid synthetic data in bulk: outlets, sources, speakers, quotes, claims, their
appearances, evidence and the history a review leaves, for measuring factdb at scale.

Every row satisfies the models' constraints (checks and unique indexes are enforced by the
database as it loads); every appearance's wording is exactly its source's text at its span, and
every evidence excerpt likewise. The text is written from templates here (no third-party text).

Rows are made source by source, in chunks, so memory stays flat at any size. On PostgreSQL they go
in with COPY (psycopg 3's `cursor.copy`), inside one transaction: the non-unique indexes of the
tables being loaded are dropped first and built again at the end (far faster than maintaining a
GIN index row by row), and foreign-key triggers are off for the load (`session_replication_role`
= replica; the ids are consistent by construction and checked afterwards). Elsewhere (SQLite) it
uses `bulk_create`. Nothing is left half-written: an error rolls the whole load back.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection, models, transaction
from django.utils import timezone

from claims.models import (
    Appearance,
    Attribution,
    Claim,
    Evidence,
    Qualifier,
    Quote,
    ReviewStatus,
    Speaker,
    Stance,
    Verdict,
)
from sources.models import Outlet, Source

FIRST = [
    "Amina", "Jonas", "Farida", "Tomas", "Leila", "Viktor", "Noor", "Pavel", "Sahar", "Daniel",
    "Irina", "Karim", "Marta", "Omid", "Elena", "Rahim", "Sofia", "Yusuf", "Clara", "Idris",
    "Hamid", "Greta", "Nadia", "Oskar", "Parisa", "Lukas", "Zainab", "Milan", "Roya", "Anton",
    "Shirin", "Felix", "Laila", "Mateo", "Hana", "Emil", "Soraya", "Aziz", "Ingrid", "Bilal",
]  # fmt: skip
LAST = [
    "Haidari", "Keller", "Rostami", "Novak", "Sadeghi", "Larsen", "Qureshi", "Ivanova", "Mendes",
    "Barakzai", "Hoffmann", "Petrov", "Wardak", "Lindqvist", "Osmani", "Duarte", "Karimi",
    "Sorensen", "Nazari", "Bauer", "Ahmadi", "Fischer", "Popal", "Moreau", "Stanekzai", "Berg",
    "Yousufzai", "Costa", "Hakimi", "Weber", "Sultani", "Nilsson", "Amiri", "Kovacs", "Rahimi",
    "Schmidt", "Jalali", "Horvat", "Safi", "Dimitrov",
]  # fmt: skip
ORG_HEADS = ["Council", "Union", "Office", "Authority", "Bureau", "Agency", "Committee", "Front"]
ORG_THEMES = [
    "Northern", "Regional Security", "Farmers'", "Border", "National Statistics", "Refugee",
    "Water", "Health", "Veterans'", "Teachers'", "Transport", "Energy",
]  # fmt: skip
PLACES = [
    "Kunduz", "Herat", "the northern provinces", "the border districts", "the capital",
    "the eastern valleys", "the river crossing", "the southern plains", "Mazar", "the highlands",
]  # fmt: skip
NOUNS = [
    "troops", "families", "districts", "checkpoints", "schools", "trucks", "villages",
    "soldiers", "refugees", "clinics",
]  # fmt: skip
QUOTES = [
    "We will not abandon the people of {place}",
    "The situation in {place} is under control, and the roads are open again",
    "Nobody expected the front near {place} to move this quickly",
    "Our teams are working day and night to reach {place}",
    "This is a humanitarian emergency in {place}, not a political one",
    "We need more {noun} in {place}, and we need them now",
    "The numbers from {place} are much higher than anyone has admitted",
    "There will be no negotiations while the fighting around {place} continues",
    "We have counted {n} {noun} so far, and the count is still rising",
    "The {noun} in {place} have not been paid for {m} months",
    "Every one of the {n} {noun} will be accounted for",
    "I have spoken to the families in {place}, and they are afraid",
]  # fmt: skip
CUES = ["said", "told reporters", "said in a statement", "told the agency", "added"]
ROLES = [
    "the provincial governor", "the defence ministry's spokesman", "a senior police official",
    "the interior minister", "a local council member", "an aid agency coordinator", "",
]  # fmt: skip
OUTLET_WORDS = ["Daily", "Herald", "Observer", "Wire", "Times", "Post", "Radio", "News"]
VERDICTS = [v.value for v in Verdict]
REASONS = {
    ReviewStatus.REJECTED: "Extraction error: these words are the reporter's, not a quote.",
    ReviewStatus.RETRACTED: "A correction from the outlet: the words were misattributed.",
}
# Reading `Model.history` builds a manager class each time: look the models up once.
HISTORY: dict[type[models.Model], type[models.Model]] = {
    Quote: Quote.history.model,  # type: ignore[attr-defined]
    Claim: Claim.history.model,  # type: ignore[attr-defined]
}
SAID_FROM = datetime.date(2020, 1, 1)
VERDICT_NOTE = "The official figures published the following week agree with this number."


@dataclass
class Shape:
    """How many of each to make."""

    quotes: int
    claims: int
    sources: int
    speakers: int
    evidence: int
    verified_share: float = 0.2
    seed: int = 1

    def problems(self) -> list[str]:
        """Why this shape cannot be generated (empty when it can)."""
        out = [
            f"--{name} must be 0 or more (got {value})"
            for name, value in vars(self).items()
            if name not in ("verified_share", "seed") and value < 0
        ]
        if not 0 <= self.verified_share <= 1:
            out.append(f"--verified-share must be between 0 and 1 (got {self.verified_share})")
        if (self.quotes or self.claims or self.evidence) and not self.sources:
            out.append("--sources must be at least 1 when there are quotes, claims or evidence")
        if (self.quotes or self.claims) and not self.speakers:
            out.append("--speakers must be at least 1 when there are quotes or claims")
        if self.evidence and not (self.quotes or self.claims):
            out.append("--evidence needs quotes or claims to bear on")
        return out


@dataclass
class Batch:
    """Rows of one chunk of sources, per model, as {attname: value} dicts."""

    rows: dict[type[models.Model], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[models.Model], row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)


def _status_for(rng: random.Random, verified_share: float) -> str:
    r = rng.random()
    if r < verified_share:
        return ReviewStatus.VERIFIED
    rest = (r - verified_share) / (1 - verified_share) if verified_share < 1 else 0.0
    if rest < 0.72:
        return ReviewStatus.UNREVIEWED
    if rest < 0.87:
        return ReviewStatus.IN_REVIEW
    if rest < 0.97:
        return ReviewStatus.REJECTED
    return ReviewStatus.RETRACTED


def speaker_name(i: int) -> str:
    """The i-th invented person's name, distinct for every i."""
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    rest = i // (len(FIRST) * len(LAST))
    if rest == 0:
        return f"{first} {last}"
    initial, more = chr(65 + (rest - 1) % 26), (rest - 1) // 26
    return f"{first} {initial}. {last}" + (f" {more + 1}" if more else "")


class Generator:
    """Makes the rows; `load()` stores them. Ids continue after the largest already stored."""

    def __init__(self, shape: Shape, chunk_sources: int = 2000) -> None:
        self.shape = shape
        self.chunk = max(1, chunk_sources)
        self.now = timezone.now()
        self.rng = random.Random(shape.seed)

    # -- ids -------------------------------------------------------------------------------

    def _start_ids(self) -> None:
        def next_id(model: type[models.Model]) -> int:
            return (model._default_manager.aggregate(m=models.Max("pk"))["m"] or 0) + 1

        self.outlet0 = next_id(Outlet)
        self.source0 = next_id(Source)
        self.speaker0 = next_id(Speaker)
        self.quote0 = next_id(Quote)
        self.claim0 = next_id(Claim)
        self.appearance_id = next_id(Appearance)
        self.evidence_id = next_id(Evidence)
        self.speaker_names0 = Speaker.objects.count()

    def _users(self) -> None:
        User = get_user_model()
        self.editor, _ = User.objects.get_or_create(
            username="generated-editor", defaults={"is_active": False}
        )
        self.reviewer, _ = User.objects.get_or_create(
            username="generated-reviewer", defaults={"is_active": False}
        )

    # -- fixed-size tables --------------------------------------------------------------------

    def outlets(self) -> list[dict[str, Any]]:
        count = max(1, self.shape.sources // 1000) if self.shape.sources else 0
        kinds = [k.value for k in Outlet.Kind]
        return [
            {
                "id": self.outlet0 + i,
                "name": f"The {PLACES[i % len(PLACES)].removeprefix('the ').title()} "
                f"{OUTLET_WORDS[i % len(OUTLET_WORDS)]} #{self.outlet0 + i}",
                "kind": kinds[i % len(kinds)],
                "url": f"https://outlet{self.outlet0 + i}.example.org/",
            }
            for i in range(count)
        ]

    def speakers(self) -> list[dict[str, Any]]:
        rows = []
        for i in range(self.shape.speakers):
            n = self.speaker_names0 + i
            organisation = i % 10 == 9
            if organisation:
                name = (
                    f"The {ORG_THEMES[n % len(ORG_THEMES)]} "
                    f"{ORG_HEADS[(n // len(ORG_THEMES)) % len(ORG_HEADS)]} of {n}"
                )
            else:
                name = speaker_name(n)
            rows.append(
                {
                    "id": self.speaker0 + i,
                    "name": name,
                    "kind": Speaker.Kind.ORGANISATION if organisation else Speaker.Kind.PERSON,
                    "wikidata_id": f"Q{100000 + n}" if i % 4 == 0 else "",
                    "organisation_id": None,
                    "created_at": self.now,
                }
            )
        return rows

    def _speaker_label(self, speaker_id: int) -> str:
        i = speaker_id - self.speaker0
        n = self.speaker_names0 + i
        if i % 10 == 9:
            return f"A spokesperson for the {ORG_THEMES[n % len(ORG_THEMES)]} group"
        return speaker_name(n)

    # -- per-source rows ----------------------------------------------------------------------

    def _review(self, row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
        status = _status_for(rng, self.shape.verified_share)
        created = self.now - datetime.timedelta(days=rng.randrange(1, 900), seconds=rng.random())
        reviewed = status in (
            ReviewStatus.VERIFIED,
            ReviewStatus.REJECTED,
            ReviewStatus.RETRACTED,
        )
        row.update(
            status=status,
            status_reason=REASONS.get(status, ""),  # type: ignore[call-overload]
            reviewed_by_id=self.reviewer.pk if reviewed else None,
            reviewed_at=created + datetime.timedelta(hours=6) if reviewed else None,
            created_by_id=None,
            created_at=created,
            last_edited_by_id=None,
            updated_at=created + datetime.timedelta(hours=6) if reviewed else created,
            version=2 if reviewed or status == ReviewStatus.IN_REVIEW else 1,
            confidence=round(0.5 + rng.random() / 2, 3),
        )
        return row

    def _quote(self, qid: int) -> dict[str, Any]:
        rng = random.Random((self.shape.seed << 40) + 2 * qid)
        template = QUOTES[qid % len(QUOTES)]
        text = template.format(
            place=rng.choice(PLACES),
            noun=rng.choice(NOUNS),
            n=f"{rng.randint(2, 9999):,}",
            m=rng.randint(2, 11),
        )
        row = self._review(
            {
                "id": qid,
                "text": f"{text} (ref {qid})" if qid % 7 == 0 else text,
                "speaker_id": self.speaker0 + rng.randrange(self.shape.speakers),
                "said_on": SAID_FROM + datetime.timedelta(days=rng.randrange(2000))
                if qid % 3 == 0
                else None,
                "partial": qid % 11 == 0,
                "via": "",
            },
            rng,
        )
        if row["status"] == ReviewStatus.UNREVIEWED and rng.random() < 0.05:
            row["speaker_id"] = None  # the extractor could not find who said it
        return row

    def _claim(self, cid: int) -> dict[str, Any]:
        rng = random.Random((self.shape.seed << 40) + 2 * cid + 1)
        noun, place = rng.choice(NOUNS), rng.choice(PLACES)
        value = Decimal(rng.randint(2, 99_999))
        qualifier = rng.choice([Qualifier.EXACTLY, Qualifier.ABOUT, Qualifier.AT_LEAST, ""])
        lower = value if qualifier == Qualifier.AT_LEAST else None
        total = value * rng.randint(2, 5) if cid % 5 == 0 else None
        words = {"at_least": "at least ", "about": "about "}.get(str(qualifier), "")
        statement = f"There are {words}{value:,} {noun} in {place}"
        if total is not None:
            statement = f"{value:,} of {total:,} {noun} in {place} were affected"
        row = self._review(
            {
                "id": cid,
                "statement": statement,
                "claimant_id": self.speaker0 + rng.randrange(self.shape.speakers),
                "value": value,
                "lower": lower,
                "upper": None,
                "lower_inclusive": True,
                "upper_inclusive": True,
                "unit": noun,
                "noun": noun,
                "qualifier": qualifier,
                "vague": False,
                "total": total,
                "measure": f"{noun} in {place}",
                "as_of": None,
                "verdict": "",
                "verdict_explanation": "",
                "numbers_conflict": False,
                "conflict_note": "",
                "number_warning": "",
            },
            rng,
        )
        if row["status"] in (ReviewStatus.VERIFIED, ReviewStatus.RETRACTED):
            row["verdict"] = VERDICTS[cid % len(VERDICTS)]
            row["verdict_explanation"] = VERDICT_NOTE
        return row

    @functools.cache  # noqa: B019 - two models, for the generator's life
    def _history_fields(self, model: type[models.Model]) -> set[str]:
        return {f.attname for f in HISTORY[model]._meta.concrete_fields} - {"history_id"}

    def _history(self, model: type[models.Model], row: dict[str, Any]) -> Iterator[dict]:
        """What review left in the history: nothing while a row is as ingested (its creation
        is recorded when it first changes), else the creation, then the review step."""
        if row["status"] == ReviewStatus.UNREVIEWED:
            return
        kept = self._history_fields(model)
        base = {k: v for k, v in row.items() if k in kept}
        first = {
            **base,
            "status": ReviewStatus.UNREVIEWED,
            "status_reason": "",
            "reviewed_by_id": None,
            "reviewed_at": None,
            "version": 1,
            "updated_at": row["created_at"],
        }
        if "verdict" in first:
            first.update(verdict="", verdict_explanation="")
        yield {
            **{k: v for k, v in first.items() if k in kept},
            "history_date": row["created_at"],
            "history_type": "+",
            "history_change_reason": None,
            "history_user_id": None,
        }
        yield {
            **base,
            "history_date": row["updated_at"],
            "history_type": "~",
            "history_change_reason": row["status_reason"] or row["status"].replace("_", " "),
            "history_user_id": row["reviewed_by_id"],
        }

    def batches(self) -> Iterator[Batch]:
        """Rows for the sources, chunk by chunk, with the quotes and claims first seen in them."""
        shape = self.shape
        outlets = max(1, shape.sources // 1000)
        outlet_weights = [1 / (rank + 1) for rank in range(outlets)]
        kinds = [k.value for k in Source.Kind]
        for first in range(0, shape.sources, self.chunk):
            batch = Batch()
            for s in range(first, min(first + self.chunk, shape.sources)):
                self._source(s, batch, outlets, outlet_weights, kinds)
            yield batch

    def _source(
        self, s: int, batch: Batch, outlets: int, weights: list[float], kinds: list[str]
    ) -> None:
        shape = self.shape
        rng = random.Random(shape.seed * 1_000_003 + s)
        sid = self.source0 + s
        published = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(2000))
        # Quote q (0-based) is first seen in source q * sources // quotes; a third of them are
        # quoted again by the next source. Claims alike.
        q_lo, q_hi = (
            -(-s * shape.quotes // shape.sources),
            -(-(s + 1) * shape.quotes // shape.sources),
        )
        c_lo, c_hi = (
            -(-s * shape.claims // shape.sources),
            -(-(s + 1) * shape.claims // shape.sources),
        )
        items: list[tuple[type[models.Model], dict[str, Any], bool]] = []
        for q in range(q_lo, q_hi):
            items.append((Quote, self._quote(self.quote0 + q), True))
        for c in range(c_lo, c_hi):
            items.append((Claim, self._claim(self.claim0 + c), True))
        if s > 0:  # echoes of the previous source's items, regenerated from the same seeds
            p_lo = -(-(s - 1) * shape.quotes // shape.sources)
            pc_lo = -(-(s - 1) * shape.claims // shape.sources)
            items += [(Quote, self._quote(self.quote0 + q), False) for q in range(p_lo, q_lo, 3)]
            items += [(Claim, self._claim(self.claim0 + c), False) for c in range(pc_lo, c_lo, 3)]
        parts = [f"date {published.isoformat()} "]
        title = f"{rng.choice(PLACES).removeprefix('the ').title()} report no. {sid}"
        parts.append(f"{title}.\n\n")
        at = sum(len(p) for p in parts)
        spans: list[tuple[int, int]] = []
        for model, row, new in items:
            speaker_id = row.get("speaker_id") or row.get("claimant_id")
            who = self._speaker_label(speaker_id) if speaker_id else "A witness"
            cue, role = rng.choice(CUES), rng.choice(ROLES)
            lead = f"{who}, {role}, {cue}: “" if role else f"{who} {cue}: “"
            wording = row["text"] if model is Quote else row["statement"]
            start = at + len(lead)
            end = start + len(wording)
            paragraph = f"{lead}{wording}.”\n\n"
            parts.append(paragraph)
            text_so_far = "".join(parts)
            spans.append((start, end))
            batch.add(
                Appearance,
                {
                    "id": self.appearance_id,
                    "quote_id": row["id"] if model is Quote else None,
                    "claim_id": row["id"] if model is Claim else None,
                    "source_id": sid,
                    "wording": wording,
                    "start": start,
                    "end": end,
                    "prefix": text_so_far[max(0, start - 32) : start],
                    "suffix": text_so_far[end : end + 32],
                    "role": role,
                    "cue": cue,
                    "attribution": Attribution.NAME,
                    "orphaned": False,
                    "created_at": row["created_at"],
                },
            )
            self.appearance_id += 1
            at += len(paragraph)
            if new:
                batch.add(model, row)
                for history in self._history(model, row):
                    batch.add(HISTORY[model], history)
        parts.append(f"Reporting by the {title.split()[0]} desk.")
        text = "".join(parts)
        batch.add(
            Source,
            {
                "id": sid,
                "title": title,
                "url": f"https://news.example.org/{published:%Y/%m}/{sid}",
                "outlet_id": self.outlet0 + rng.choices(range(outlets), weights)[0],
                "published_on": published,
                "kind": kinds[s % len(kinds)] if s % 4 == 0 else Source.Kind.ARTICLE,
                "language": "en",
                "text": text,
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "origin": f"generated/{sid}",
                "ingested_at": self.now - datetime.timedelta(days=rng.randrange(0, 400)),
            },
        )
        e_lo = -(-s * self.shape.evidence // self.shape.sources)
        e_hi = -(-(s + 1) * self.shape.evidence // self.shape.sources)
        for e in range(e_lo, e_hi):
            self._evidence(e, sid, text, spans, batch, rng)

    def _evidence(
        self, e: int, sid: int, text: str, spans: list, batch: Batch, rng: random.Random
    ) -> None:
        shape = self.shape
        on_claim = shape.claims and (not shape.quotes or e % 10 < 7)
        target = rng.randrange(shape.claims if on_claim else shape.quotes)
        start, end = rng.choice(spans) if spans else (0, min(len(text), 40))
        stance = (Stance.SUPPORTS, Stance.DISPUTES, Stance.CONTEXT)[e % 3]
        batch.add(
            Evidence,
            {
                "id": self.evidence_id,
                "quote_id": None if on_claim else self.quote0 + target,
                "claim_id": self.claim0 + target if on_claim else None,
                "source_id": sid,
                "stance": stance,
                "excerpt": text[start:end],
                "excerpt_start": start,
                "excerpt_end": end,
                "summary": f"The report {stance} it with its own count.",
                "note": "",
                "added_by_id": self.editor.pk,
                "added_at": self.now,
            },
        )
        self.evidence_id += 1

    # -- storing ----------------------------------------------------------------------------

    def load(self, progress: Callable[[str], None] = lambda _: None) -> dict[str, int]:
        """Generate and store everything in one transaction; counts per table."""
        problems = self.shape.problems()
        if problems:
            raise ValueError("; ".join(problems))
        counts: dict[str, int] = {}
        postgres = connection.vendor == "postgresql"
        with transaction.atomic():
            self._start_ids()
            self._users()
            writer = PostgresWriter() if postgres else OrmWriter()
            writer.begin()
            writer.write(Outlet, self.outlets(), counts)
            writer.write(Speaker, self.speakers(), counts)
            done = 0
            for batch in self.batches():
                for model in (Source, Quote, Claim, Appearance, Evidence):
                    writer.write(model, batch.rows.get(model, []), counts)
                for other, rows in batch.rows.items():  # the history
                    if other not in (Source, Quote, Claim, Appearance, Evidence):
                        writer.write(other, rows, counts)
                done += len(batch.rows.get(Source, []))
                progress(f"{done:,}/{self.shape.sources:,} sources")
            progress("building indexes")
            writer.finish()
            if postgres:  # COPY ran with the triggers off, the counting ones too
                Speaker.objects.recount_verified()
        return counts


def _copy_value(value: Any) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            return (
                value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r")
            )
        return value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


class PostgresWriter:
    """COPY in text format; non-unique indexes rebuilt once at the end."""

    TABLES = (Outlet, Speaker, Source, Quote, Claim, Appearance, Evidence)

    def begin(self) -> None:
        tables = [m._meta.db_table for m in self.TABLES]
        tables += [m.history.model._meta.db_table for m in self.TABLES if hasattr(m, "history")]  # type: ignore[attr-defined]
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                WHERE t.relname = ANY(%s) AND NOT i.indisunique AND NOT i.indisprimary
                """,
                [tables],
            )
            self.indexes = cursor.fetchall()
            for name, _ in self.indexes:
                cursor.execute(f"DROP INDEX {name}")
            cursor.execute("SET LOCAL session_replication_role = replica")
        self.models: set[type[models.Model]] = set()

    def write(
        self, model: type[models.Model], rows: list[dict[str, Any]], counts: dict[str, int]
    ) -> None:
        if not rows:
            return
        # Every column but an automatic key: a field the generator does not know (one added
        # later) gets its model default, as an insert through the ORM would.
        fields = [
            f for f in model._meta.concrete_fields if f.attname in rows[0] or not f.primary_key
        ]
        columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
        defaults = {f.attname: f.get_default() for f in fields if f.attname not in rows[0]}
        names = [f.attname for f in fields]
        lines = "".join(
            "\t".join([_copy_value(row.get(name, defaults.get(name))) for name in names]) + "\n"
            for row in rows
        )
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg 3; its errors become Django's DatabaseErrors
            with (
                connection.wrap_database_errors,
                raw.copy(f"COPY {model._meta.db_table} ({columns}) FROM STDIN") as copy,
            ):
                copy.write(lines.encode("utf-8"))
        counts[model._meta.label] = counts.get(model._meta.label, 0) + len(rows)
        self.models.add(model)

    def finish(self) -> None:
        from django.core.management.color import no_style

        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = DEFAULT")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in self.indexes:
                cursor.execute(definition)
            for sql in connection.ops.sequence_reset_sql(no_style(), list(self.models)):
                cursor.execute(sql)
            # Foreign keys were not checked row by row: check them once, here.
            for model in self.models:
                for f in model._meta.concrete_fields:
                    if f.is_relation and f.related_model is not None:
                        target = f.related_model._meta
                        cursor.execute(
                            f"SELECT t.{f.column} FROM {model._meta.db_table} t "
                            f"LEFT JOIN {target.db_table} r ON r.{target.pk.column} = t.{f.column} "
                            f"WHERE t.{f.column} IS NOT NULL AND r.{target.pk.column} IS NULL "
                            "LIMIT 1"
                        )
                        missing = cursor.fetchone()
                        if missing:
                            raise ValueError(
                                f"{model._meta.label}.{f.name} points at a missing "
                                f"{target.label} {missing[0]}"
                            )
            for model in self.models:
                cursor.execute(f"ANALYZE {model._meta.db_table}")


class OrmWriter:
    """bulk_create: slower, for SQLite and other databases."""

    def begin(self) -> None:
        pass

    def write(
        self, model: type[models.Model], rows: list[dict[str, Any]], counts: dict[str, int]
    ) -> None:
        if not rows:
            return
        model._default_manager.bulk_create([model(**row) for row in rows], batch_size=500)
        counts[model._meta.label] = counts.get(model._meta.label, 0) + len(rows)

    def finish(self) -> None:
        pass
