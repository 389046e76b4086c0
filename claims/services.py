"""Storing extracted candidates: work that spans the sources and claims apps.

`store_candidates` runs inside the ingest transaction (see `sources.signals.source_ingested`):
quotes and claims become `unreviewed` records with their appearances, speakers are matched to
existing rows by name or alias, and a claim already known from another source gains an
appearance instead of a twin (or, when the match is unsure, a `ClaimMatch` suggestion); the
claims the source bears on get evidence proposals (`claims.linking`).

Cost grows with the document, not with the square of it: the candidates are decided in Python
against what the database held before this ingest (one query per distinct speaker, and per
distinct measure and date, see `claims.linking.ingest`), then written with one bulk insert per
table (and its history table).
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from simple_history.utils import bulk_create_with_history

from claims.conflicts import (
    appearance_label,
    claim_interval,
    conflict_fields,
    conflicts_of,
    refresh_many,
)
from claims.extraction import Extraction, QuantityCandidate, QuoteCandidate, extract
from claims.linking.ingest import Linker, Prepared
from claims.linking.match import Link
from claims.linking.speakers import (
    DocumentNames,
    bodies_held_by,
    given_name_forms,
    holder_of,
    organisation_forms,
    short_forms,
    without_country,
    without_demonym,
    without_kind,
)
from claims.linking.speakers import resolve as resolve_speaker
from claims.models import (
    KEPT_FOREVER,
    Appearance,
    Claim,
    ClaimMatch,
    EvidenceProposal,
    Qualifier,
    Quote,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    number_problem,
)
from sources.models import Source

# A candidate at least this alike an existing claim is the same claim: a new appearance.
SAME_CLAIM_SCORE = 0.85
# Between this and SAME_CLAIM_SCORE, a reviewer decides (a ClaimMatch suggestion).
SUGGEST_SCORE = 0.6
# Rows per INSERT (Django lowers it to SQLite's 999 parameters), and texts per `IN (...)`.
BATCH = 500
SPEAKER_NAME_MAX = Speaker._meta.get_field("name").max_length or 200
ALIAS_MAX = SpeakerAlias._meta.get_field("name").max_length or 300
# "Benigno Aquino III", "Martin Luther King Jr.": a person's name with a generational suffix is
# the person the same name without it names (one person per story in the news).
GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
# "U.N.", "UN", "WFP": an organisation written as its initials.
INITIALS = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")
# Words an organisation's initials leave out ("Bank of England" is "BE", "BoE" aside).
NOT_INITIALS = frozenset(["of", "the", "for", "and", "on", "in", "de", "des", "la", "le"])
# "the ECB's Governing Council", "ECB Governing Council", "the council": a body's governing organ
# speaks for the body. The organ: an optional kind of organ, then its noun.
_ORGAN_NOUNS = "council|board|committee|cabinet|directorate"
_ORGAN_KINDS = (
    "governing|executive|supervisory|management|policy|monetary policy|policy-setting"
    "|rate-setting|interest rate-setting|policy-making|policymaking"
)
ORGAN = re.compile(rf"^(?:the\s+)?(?:(?:{_ORGAN_KINDS})\s+)?(?:{_ORGAN_NOUNS})$", re.IGNORECASE)
# An organ's proper name, capitalised and with its kind: "Governing Council", not "the council".
ORGAN_NAME = re.compile(
    rf"(?:{'|'.join(k.title() for k in _ORGAN_KINDS.split('|'))})\s+"
    rf"(?:{'|'.join(n.title() for n in _ORGAN_NOUNS.split('|'))})$"
)
# The organ with its owner written before it: "ECB Governing Council", "the ECB's board".
OWNED_ORGAN = re.compile(
    rf"^(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.&-]*)*?)"
    rf"(?:['’]s)?\s+(?:(?:{_ORGAN_KINDS})\s+)?(?:{_ORGAN_NOUNS})$",
    re.IGNORECASE,
)


def initials(name: str) -> str:
    """'United Nations' -> 'UN', 'World Food Programme' -> 'WFP'; '' for one word."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in NOT_INITIALS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _fit(model: Any, field: str, value: str | None) -> str:
    """`value` cut to the field's max_length: the extractor's words are not bounded by it."""
    return (value or "")[: model._meta.get_field(field).max_length]


class SpeakerDirectory:
    """Finds or creates the Speaker rows an extraction names; one lookup per distinct name."""

    def __init__(self, extraction: Extraction, warnings: list[str] | None = None) -> None:
        self._cache: dict[str, Speaker | None] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._kinds: dict[str, str] = {}
        self._bodies = {m.name.lower() for m in extraction.speakers if m.acts_as_body}
        self._names = DocumentNames(extraction.text)
        self._text = extraction.text
        # the organisations the text names as speakers, and what it calls them
        self._organisations = {
            m.name: tuple(m.aliases)
            for m in extraction.speakers
            if m.kind == Speaker.Kind.ORGANISATION and not ORGAN.match(" ".join(m.name.split()))
        }
        self.warnings = warnings if warnings is not None else []
        for mention in extraction.speakers:
            self._aliases[mention.name.lower()] = tuple(mention.aliases)
            if mention.kind:
                self._kinds[mention.name.lower()] = mention.kind

    @property
    def known(self) -> dict[str, Speaker | None]:
        """The speakers found so far, by lower-case name (the live mapping, not a copy)."""
        return self._cache

    def get(self, name: str | None, kind: str | None = None) -> Speaker | None:
        if not name or not name.strip():
            return None
        name = " ".join(name.split())
        key = name.lower()
        if key in self._cache:
            return self._cache[key]
        owner = self._organ_owner(name)
        if owner is not None:
            self._cache[key] = speaker = self.get(owner, Speaker.Kind.ORGANISATION)
            organ = ORGAN_NAME.search(name)
            if speaker is not None and organ is not None:
                speaker.add_alias(organ.group(0))  # the body known by its organ's proper name
            return speaker
        # "the Bank" in a text that says "the Bank of England" is the Bank of England
        full = self._names.full(name, self._kinds.get(key) or kind)
        if full != name:
            self._cache[key] = speaker = self.get(full, self._kinds.get(key) or kind)
            return speaker
        # Places and stray words are never speakers; "Militant organization Taliban" and
        # "Taliban officials" are the Taliban (claims.linking.speakers).
        resolved = resolve_speaker(name, acts_as_body=key in self._bodies)
        if resolved is None:
            self._cache[key] = None
            return None
        if resolved.body:
            kind = self._kinds[key] = Speaker.Kind.ORGANISATION  # "Barcelona confirmed"
        if resolved.name.lower() != key:
            # a member speaks for an organisation; "Sheriff Dana Quist" is Dana Quist, of the
            # kind the text showed
            org = Speaker.Kind.ORGANISATION
            kind = org if resolved.member_of else self._kinds.get(key) or kind
            speaker = self.get(resolved.name, kind)
            self._cache[key] = speaker
            return speaker
        surname = self._by_surname(name, kind)
        if surname is not None:
            self._cache[key] = surname
            return surname
        if len(name) > SPEAKER_NAME_MAX:
            self.warnings.append(
                f"a speaker name of {len(name)} characters ({name[:40]!r}…) is longer than "
                f"{SPEAKER_NAME_MAX}: its quotes and claims are stored without a speaker"
            )
            self._cache[key] = None
            return None
        # What the text shows of this speaker beats the caller's guess.
        kind = self._kinds.get(key) or kind or Speaker.Kind.PERSON
        if without_kind(name) is not None:
            kind = Speaker.Kind.ORGANISATION  # nobody's name ends in "Bank" or "Pictures"
        bare = GENERATION.sub("", name)
        if bare != name:
            kind = Speaker.Kind.PERSON  # "Benigno Aquino III" is nobody's organisation
        candidates = (
            list(Speaker.objects.called(name))
            or self._aliased(name)
            or self._same_person(bare, name)
            or self._same_organisation(name)
            or self._without_country(name, kind)
            or self._other_form(name, kind)
            or self._without_demonym(name)
            or self._without_kind(name)
            or self._stored_by_surname(bare, kind)
        )
        speaker = next((s for s in candidates if s.kind == kind), None) or next(
            iter(candidates), None
        )
        if speaker is None:
            speaker = self._create(name, kind)
        elif " " not in speaker.name and " " in name and kind == Speaker.Kind.PERSON:
            speaker.add_alias(name)  # the stored bare surname: its full name finds it next time
        if bare != name:
            speaker.add_alias(bare)
        if speaker.kind == Speaker.Kind.ORGANISATION and initials(speaker.name):
            speaker.add_alias(initials(speaker.name))  # so that "U.N." finds it in another text
        short = without_country(name) if speaker.kind == Speaker.Kind.ORGANISATION else None
        if short is not None:
            speaker.add_alias(short)  # so that "the Coast Guard" finds "US Coast Guard"
        brand = without_demonym(name)
        if brand is not None:
            speaker.add_alias(brand)  # so that "Aramco" finds "Saudi Aramco"
        short = without_kind(name)
        if short is not None:
            speaker.add_alias(short)  # so that "Universal" finds "Universal Pictures"
        if speaker.kind == Speaker.Kind.ORGANISATION:
            for form in organisation_forms(name):
                speaker.add_alias(form)  # "Metro Police" finds "… Metropolitan Police Department"
        for alias in self._aliases.get(key, ()):
            if len(alias) <= ALIAS_MAX:  # a longer "role" is no role: left out
                speaker.add_alias(alias)
        self._link_holder(speaker, self._aliases.get(key, ()))
        self._cache[key] = speaker
        return speaker

    def _organ_owner(self, name: str) -> str | None:
        """The body whose governing organ `name` is: "ECB" for "ECB Governing Council" or "the
        ECB's Governing Council"; for "the Governing Council" or "the council" alone, the body
        the text ties it to ("the ECB's Governing Council" written elsewhere), else the one
        organisation the text has speak. None when `name` is no organ, or its body is not
        known: "the council" of a text that names no body, or names several."""
        owned = OWNED_ORGAN.match(name)
        if owned is not None and not ORGAN.match(name):
            owner = owned.group("owner")
            return owner if self._is_body(owner) else None
        if not ORGAN.match(name):
            return None
        organ = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        written = re.compile(
            r"((?:[A-Z][\w.&-]*\s+(?:(?:of|for|the)\s+)*)*[A-Z][\w.&-]*)(?:['’]s)?\s+"
            + re.escape(organ).replace(r"\ ", r"\s+")
            + r"\b",
            re.IGNORECASE if organ.islower() else 0,
        )
        owners = {
            m.group(1)
            for m in written.finditer(self._text)
            if m.group(1)[:1].isupper() and self._is_body(m.group(1))
        }
        if len(owners) == 1:
            return owners.pop()
        if owners or len(self._organisations) != 1:
            return None
        return next(iter(self._organisations))

    def _is_body(self, owner: str) -> bool:
        """Whether the text has `owner` speak as an organisation (by name or alias), or writes
        it as initials ("ECB"): "Senate Judiciary" in "Senate Judiciary Committee" is neither."""
        if INITIALS.fullmatch(owner):
            return True
        low = owner.lower()
        return any(
            low == name.lower() or low in (a.lower() for a in aliases)
            for name, aliases in self._organisations.items()
        )

    @staticmethod
    def _aliased(name: str) -> list[Speaker]:
        """Speakers known by `name`; initials that two stored organisations share ("VRA"), or
        a short form two stored organisations' names have (`short_forms`: "Coast Guard" of "US
        Coast Guard" and "Philippine Coast Guard", "Metro Police" of two cities' forces, or
        one name shortened by one rule and the other by another), name neither: which one is
        meant is not known."""
        found = list(Speaker.objects.aliased(name))
        spaced = " ".join(name.split())
        if len(found) > 1 and (
            INITIALS.fullmatch(name) or sum(spaced in short_forms(s.name) for s in found) > 1
        ):
            return []
        return found

    @staticmethod
    def _without_country(name: str, kind: str | None) -> list[Speaker]:
        """ "US Coast Guard" is a stored "Coast Guard": the organisation stored without the
        country this text writes before it; an indexed query, only for such a name."""
        short = without_country(name)
        if short is None or kind == Speaker.Kind.PERSON:
            return []
        return list(Speaker.objects.organisations().called(short)[:1])

    @staticmethod
    def _without_demonym(name: str) -> list[Speaker]:
        """ "Saudi Aramco" is a stored "Aramco": the one speaker stored under the name this
        text writes after its country's adjective; none when two are."""
        short = without_demonym(name)
        if short is None:
            return []
        found = list(Speaker.objects.called(short)[:2])
        return found if len(found) == 1 else []

    @staticmethod
    def _without_kind(name: str) -> list[Speaker]:
        """ "Universal Pictures" is a stored "Universal": the one speaker stored under the
        company's name without the word for its line of business; none when two are."""
        short = without_kind(name)
        if short is None:
            return []
        found = list(Speaker.objects.called(short)[:2])
        return found if len(found) == 1 else []

    @classmethod
    def _other_form(cls, name: str, kind: str | None) -> list[Speaker]:
        """The one stored speaker known by another usual form of `name`: "Joseph Lombardo"
        for "Joe Lombardo", "Las Vegas Metropolitan Police Department" (or its alias "Metro
        Police") for "Las Vegas Metro Police"; none when two answer. A form without the city
        the name has finds only a speaker stored under that name. A query or two per form,
        only for a name that has such forms."""
        if kind == Speaker.Kind.ORGANISATION:
            forms, rows = organisation_forms(name), Speaker.objects.organisations()
        else:
            forms, rows = given_name_forms(name), Speaker.objects.people()
        for form in forms:
            found = list(rows.called(form)[:2])
            if not found and form.split()[0] == name.split()[0]:
                # a form without this name's city finds only a row called so: "Metropolitan
                # Police Department" is an alias of every city's force
                found = cls._aliased(form)
            if len({s.pk for s in found}) == 1:
                return found[:1]
            if found:
                return []
        return []

    @staticmethod
    def _same_person(bare: str, name: str) -> list[Speaker]:
        """The person stored without the generational suffix `name` has ("Benigno Aquino" for
        "Benigno Aquino III"): one query, only for such a name."""
        if bare == name:
            return []
        return list(Speaker.objects.people().called(bare)) or list(
            Speaker.objects.people().aliased(bare)
        )

    @staticmethod
    def _same_organisation(name: str) -> list[Speaker]:
        """One organisation across texts whether written in full or as its initials: "U.N."
        and "UN" are the stored "United Nations" (known by its initials as an alias), and
        "United Nations" is a stored "UN" or "U.N.". Taken only when exactly one organisation
        answers; a query or two per distinct name."""
        if INITIALS.fullmatch(name):  # "U.N." (the stored "UN" and "United Nations" are `_aliased`)
            short = name.replace(".", "")
            found = list(Speaker.objects.organisations().aliased(short)[:2]) or list(
                Speaker.objects.organisations().called(short)[:2]
            )
        elif letters := initials(name):
            dotted = ".".join(letters) + "."
            orgs = Speaker.objects.organisations()
            found = list(orgs.called(letters)[:2]) or list(orgs.called(dotted)[:2])
        else:
            return []
        return found if len(found) == 1 else []

    @staticmethod
    def _link_holder(speaker: Speaker, aliases: tuple[str, ...]) -> None:
        """The sheriff speaks for the Sheriff's Office: a person written as "Butte County
        Sheriff" belongs to a stored "Butte County Sheriff's Office", and such an office takes
        the one person known by that title, so that both credit a figure to one
        claimant (`claims.linking.ingest.root`). A query or two per distinct speaker."""
        if speaker.kind == Speaker.Kind.ORGANISATION:
            title = holder_of(speaker.name)
            if title is None:
                return
            people = list(
                Speaker.objects.people().aliased(title).filter(organisation__isnull=True)[:2]
            )
            if len(people) == 1:
                people[0].organisation = speaker
                people[0].save(update_fields=["organisation"])
            return
        if speaker.organisation_id is not None:
            return
        bodies = {b for alias in aliases for b in bodies_held_by(alias)}
        for body in sorted(bodies):
            found = Speaker.objects.organisations().called(body).first()
            if found is not None:
                speaker.organisation = found
                speaker.save(update_fields=["organisation"])
                return

    def _stored_by_surname(self, name: str, kind: str) -> list[Speaker]:
        """'Petra Vannor' after an earlier text named her 'Vannor' alone (as in "Mayor Vannor
        said"): the one person stored under the bare surname, when exactly one is and no other
        name this document gives a speaker ends in it. The converse of `_by_surname`; a query for
        a new full name only."""
        if kind != Speaker.Kind.PERSON or " " not in name:
            return []
        surname = name.rsplit(" ", 1)[1]
        if not surname[:1].isupper() or not surname[1:].islower() or len(surname) < 3:
            return []
        ending = " " + surname.lower()
        others = {n for n in self._aliases if n.endswith(ending) and " " in n}
        if others - {name.lower()}:
            return []  # two people of this text share the surname: the bare one is either
        found = list(Speaker.objects.people().called(surname)[:2])
        return found if len(found) == 1 else []

    def _by_surname(self, name: str, kind: str | None) -> Speaker | None:
        """'Vannor' after 'Petra Vannor': a person named by surname alone is the one person of
        this document, else of the database, whose full name ends in it (when only one does)."""
        # What the text shows of the name decides; the caller's guess ("organisation" for a
        # claimant) does not, as a surname alone looks like either.
        if " " in name or self._kinds.get(name.lower()) == Speaker.Kind.ORGANISATION:
            return None
        ending = " " + name.lower()
        mine = {
            s.pk: s
            for n, s in self._cache.items()
            if s is not None and s.kind == Speaker.Kind.PERSON and n.endswith(ending)
        }
        if len(mine) == 1:
            return next(iter(mine.values()))
        if mine:
            return None
        found = list(Speaker.objects.people().filter(name__iendswith=ending)[:2])
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _create(name: str, kind: str) -> Speaker:
        """A new speaker; if a concurrent ingest inserted the same name first, theirs."""
        try:
            with transaction.atomic():  # a savepoint: the failed insert alone is undone
                return Speaker.objects.create(name=name, kind=kind)
        except IntegrityError:
            existing = Speaker.objects.called(name).filter(kind=kind).first()
            if existing is None:
                raise
            return existing

    def link_organisations(self) -> None:
        """'Taliban spokesman' as an alias: the person speaks for the Taliban, if it is known.

        Each organisation's name is looked up once, through the indexed `called`/`aliased`."""
        organisations: dict[str, Speaker | None] = {}
        for speaker in self._cache.values():
            if speaker is None:
                continue
            if speaker.kind != Speaker.Kind.PERSON or speaker.organisation_id is not None:
                continue
            for alias in self._aliases.get(speaker.name.lower(), ()):
                found = SPOKESPERSON_FOR.match(alias)
                if not found:
                    continue
                name = " ".join(found.group("organisation").split())
                if name.lower() not in organisations:
                    organisations[name.lower()] = (
                        Speaker.objects.organisations().called(name).first()
                        or Speaker.objects.organisations().aliased(name).first()
                    )
                organisation = organisations[name.lower()]
                if organisation:
                    speaker.organisation = organisation
                    speaker.save(update_fields=["organisation"])
                    break


# "Taliban spokesman", "the Kremlin's envoy": an organisation, then a role that speaks for it.
SPOKESPERSON_FOR = re.compile(
    r"^(?:the\s+)?(?P<organisation>.+?)(?:'s|’s)?\s+"
    r"(?:spokesman|spokeswoman|spokesperson|envoy|representative|official|delegate|negotiator|"
    r"leader|commander|member)$",
    re.IGNORECASE,
)


def store_candidates(source: Source, by: Any = None, **_: Any) -> dict[str, Any]:
    """Extract quotes and quantities from `source` and store them for review.

    Returns the counts for the ingest summary, and under "warnings" what could not be stored
    as extracted (numbers the fields cannot hold, names too long to be names).
    """
    extraction = extract(source.text, published_on=source.published_on)
    store = CandidateStore(source, extraction, by=by)
    store.add_quotes(extraction.quotes)
    claim_kinds = set(settings.FACTDB_CLAIM_KINDS)
    store.add_quantities([q for q in extraction.quantities if q.kind in claim_kinds])
    store.write()
    return {**store.counts, "warnings": store.warnings}


def _span(candidate: QuoteCandidate | QuantityCandidate) -> dict[str, Any]:
    return {
        "wording": candidate.text,
        "start": candidate.start,
        "end": candidate.end,
        "prefix": candidate.prefix[-64:],
        "suffix": candidate.suffix[:64],
    }


NUMBER_FIELDS = ("value", "lower", "upper", "total")


def storable_numbers(candidate: QuantityCandidate) -> tuple[dict[str, Decimal | None], str]:
    """The candidate's numbers as the fields hold them, or none and the reason why not.

    A number the fields cannot hold exactly (1000000000000000000000 troops, 0.0000001 per cent)
    is never stored rounded or cut: the claim keeps its words and no numbers, with a warning.
    """
    numbers = {field: getattr(candidate, field) for field in NUMBER_FIELDS}
    problems: list[str] = []
    for value in dict.fromkeys(v for v in numbers.values() if v is not None):
        problem = number_problem(value)
        if problem:
            problems.append(f"{value} has {problem}")
    if not problems:
        return numbers, ""
    return dict.fromkeys(NUMBER_FIELDS), (
        f"“{candidate.text}”: {'; '.join(problems)}, more than the quantity fields hold; "
        "no numbers were stored"
    )


class CandidateStore:
    """The candidates of one ingest, decided in memory, then written in bulk by `write()`."""

    def __init__(self, source: Source, extraction: Extraction, by: Any = None) -> None:
        self.source, self.by = source, by if getattr(by, "pk", None) else None
        self.warnings: list[str] = [f"extraction: {w}" for w in extraction.warnings]
        self.speakers = SpeakerDirectory(extraction, self.warnings)
        self.counts = {
            "quotes": 0,
            "claims": 0,
            "appearances": 0,
            "suggested matches": 0,
            "evidence proposals": 0,
        }
        self.new_quotes: list[Quote] = []
        self.new_claims: list[Claim] = []
        self.appearances: list[tuple[Quote | Claim, dict[str, Any]]] = []
        self.matches: list[tuple[Claim, Claim, Link]] = []  # (existing, new, why)
        self.merged: dict[int, Claim] = {}  # existing claims that gained an appearance here
        self.linker = Linker(source, self.speakers.known)
        self.merged_fresh: dict[int, Claim] = {}  # claims of this document seen twice in it
        self.linked: list[Prepared] = []

    # -- quotes ------------------------------------------------------------------------------

    def add_quotes(self, candidates: list[QuoteCandidate]) -> None:
        resolved = [(self.speakers.get(c.speaker, c.speaker_kind), c) for c in candidates]
        known = self._stored_quotes(resolved)
        for speaker, candidate in resolved:
            key = (speaker.pk if speaker else None, candidate.text)
            quote = known.get(key)
            if quote is None:
                # The same words from the same speaker (or from no speaker found yet) are one
                # quote.
                quote = known[key] = Quote(
                    text=candidate.text,
                    speaker=speaker,
                    said_on=candidate.said_on,
                    partial=candidate.partial,
                    speaker_description=_fit(
                        Quote, "speaker_description", candidate.speaker_description
                    ),
                    via=_fit(Quote, "via", candidate.via),
                    confidence=_confidence(candidate.confidence),
                )
                self.new_quotes.append(quote)
            extra = {
                "cue": _fit(Appearance, "cue", candidate.cue),
                "attribution": candidate.speaker_from or "",
            }
            self.appearances.append((quote, {**_span(candidate), **extra}))

    @staticmethod
    def _stored_quotes(
        resolved: list[tuple[Speaker | None, QuoteCandidate]],
    ) -> dict[tuple[int | None, str], Quote]:
        """Quotes already stored with these words and speakers: a query per speaker (texts
        in batches), not one per candidate."""
        texts: dict[int | None, set[str]] = defaultdict(set)
        for speaker, candidate in resolved:
            texts[speaker.pk if speaker else None].add(candidate.text)
        found: dict[tuple[int | None, str], Quote] = {}
        for speaker_id, wanted in texts.items():
            words = sorted(wanted)
            for i in range(0, len(words), BATCH):
                # A verified or retracted quote gains no appearance (published means
                # locked): its words found again are a new candidate for review.
                stored = (
                    Quote.objects.filter(speaker=speaker_id, text__in=words[i : i + BATCH])
                    .exclude(status__in=[ReviewStatus.REJECTED, *KEPT_FOREVER])
                    .order_by("pk")
                )
                for quote in stored:
                    found.setdefault((speaker_id, quote.text), quote)
        return found

    # -- quantities ---------------------------------------------------------------------------

    def add_quantities(self, candidates: list[QuantityCandidate]) -> None:
        """Each quantity becomes an appearance of a stored claim it is (see claims.linking), a
        suggested match of one it may be, or a new claim; the stored claims it bears on are
        looked up once per measure and date of this document."""
        self.linked = [
            self.linker.prepare(c, self.speakers.get(c.claimant, "organisation"))
            for c in candidates
        ]
        self.linker.load(self.linked)
        for item in self.linked:
            self._add_quantity(item)

    def _add_quantity(self, item: Prepared) -> None:
        candidate, claimant = item.candidate, item.claimant
        numbers, warning = storable_numbers(candidate)
        if warning:
            self.warnings.append(warning)
        match, link = (None, None) if warning else self.linker.best_match(item)
        item.best, item.link = match, link
        # A verified or retracted claim gains no appearance here (published means locked): a new
        # candidate and a suggested match go to a reviewer, who reopens it to merge.
        if (
            match is not None
            and link is not None
            and link.score >= SAME_CLAIM_SCORE
            and match.status not in KEPT_FOREVER
        ):
            self.appearances.append((match, _span(candidate)))
            item.claim = match
            if match.pk is None:  # made by this document: its conflicts are worked out below
                item.best = None
                self.merged_fresh[id(match)] = match
                return
            self.merged[match.pk] = match
            return
        claim = Claim(
            statement=candidate.statement or candidate.text,
            claimant=claimant,
            **numbers,
            lower_inclusive=candidate.lower_inclusive,
            upper_inclusive=candidate.upper_inclusive,
            unit=_fit(Claim, "unit", candidate.unit),
            noun=_fit(Claim, "noun", candidate.noun),
            kind=candidate.kind,
            change=candidate.change or "",
            difference=candidate.difference,
            qualifier=Qualifier.from_wording(candidate.qualifier or "") or "",
            vague=candidate.vague,
            measure=_fit(Claim, "measure", candidate.measure),
            measure_key=_fit(Claim, "measure_key", item.measure_key),
            seen_on=item.seen_on,
            as_of=candidate.as_of,
            confidence=_confidence(candidate.confidence),
            number_warning=warning,
        )
        # Its only appearance is this one: its conflicts need no query.
        label = appearance_label(candidate.text, self.source)
        for field, value in conflict_fields(
            conflicts_of(claim_interval(claim), [(candidate.text, label)])
        ).items():
            setattr(claim, field, value)
        self.new_claims.append(claim)
        self.appearances.append((claim, _span(candidate)))
        item.claim = claim
        self.linker.made(claim, item)
        if match is not None and match.pk is None:
            item.best = None  # a near match within the article: no suggestion, no evidence
        elif match is not None and link is not None and link.score >= SUGGEST_SCORE:
            self.matches.append((match, claim, link))

    # -- writing ------------------------------------------------------------------------------

    def write(self) -> None:
        """Everything decided, in bulk: new quotes and claims (their history starts when they
        first change: Reviewable._record_creation), then the appearances (with their history:
        who added each) and suggested matches, then the conflicts of claims seen again."""
        Quote.objects.bulk_create(self.new_quotes, batch_size=BATCH)
        Claim.objects.bulk_create(self.new_claims, batch_size=BATCH)
        rows = []
        for item, span in self.appearances:
            target = {"quote": item} if isinstance(item, Quote) else {"claim": item}
            rows.append(Appearance(source=self.source, **target, **span))
        self._bulk(Appearance, _distinct_spans(rows))
        self._bulk(
            ClaimMatch,
            [
                ClaimMatch(
                    claim=existing,
                    candidate=new,
                    score=round(link.score, 3),
                    reasons=_fit(ClaimMatch, "reasons", link.because()),
                )
                for existing, new, link in self.matches
            ],
        )
        proposals = self.linker.proposals(self.linked)
        self._bulk(EvidenceProposal, proposals)
        self.speakers.link_organisations()
        # A claim seen again in this source may now have numbers that cannot all hold.
        refresh_many([*self.merged.values(), *self.merged_fresh.values()])
        self.counts.update(
            {
                "quotes": len(self.new_quotes),
                "claims": len(self.new_claims),
                "appearances": len(self.appearances),
                "suggested matches": len(self.matches),
                "evidence proposals": len(proposals),
            }
        )

    def _bulk(self, model: Any, objects: list[Any]) -> None:
        if objects:
            bulk_create_with_history(objects, model, batch_size=BATCH, default_user=self.by)


def _distinct_spans(rows: list[Appearance]) -> list[Appearance]:
    """One appearance per item and span (the database allows no second)."""
    seen: set[tuple[str, int | None, int, int]] = set()
    kept = []
    for row in rows:
        key = (
            ("q", row.quote.pk, row.start, row.end)
            if row.quote
            else ("c", row.claim.pk if row.claim else None, row.start, row.end)
        )
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def _confidence(value: float | None) -> float | None:
    return None if value is None else max(0.0, min(1.0, float(value)))
