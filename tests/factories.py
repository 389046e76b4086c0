"""Tiny factories: the fewest fields a valid record needs, the rest passed by the test."""

from __future__ import annotations

import itertools
from typing import Any

from claims.models import Appearance, Claim, Correction, Evidence, Quote, Speaker
from sources.models import Outlet, Source

_n = itertools.count(1)


def make_outlet(**fields: Any) -> Outlet:
    fields.setdefault("name", f"Outlet {next(_n)}")
    return Outlet.objects.create(**fields)


def make_source(text: str | None = None, **fields: Any) -> Source:
    text = text or f"Document {next(_n)}: the minister said “we will win”, citing 42 polls."
    return Source.objects.create(text=text, **fields)


def make_speaker(name: str | None = None, **fields: Any) -> Speaker:
    return Speaker.objects.create(name=name or f"Speaker {next(_n)}", **fields)


def make_quote(text: str = "We will win.", **fields: Any) -> Quote:
    if "speaker" not in fields:
        fields["speaker"] = make_speaker()
    return Quote.objects.create(text=text, **fields)


def make_claim(statement: str = "The Taliban controls at least 85% of territory.", **fields: Any):
    return Claim.objects.create(statement=statement, **fields)


def make_appearance(item: Quote | Claim, source: Source, wording: str, **fields: Any):
    """An appearance of `item` at the first occurrence of `wording` in `source`."""
    start = source.text.index(wording)
    target = {"quote": item} if isinstance(item, Quote) else {"claim": item}
    return Appearance.objects.create(
        source=source, wording=wording, start=start, end=start + len(wording), **target, **fields
    )


def make_evidence(item: Quote | Claim, source: Source, stance: str, **fields: Any) -> Evidence:
    target = {"quote": item} if isinstance(item, Quote) else {"claim": item}
    return Evidence.objects.create(source=source, stance=stance, **target, **fields)


def correct(record: Any, field: str, value: str, proposer: Any, approver: Any) -> Correction:
    """A correction of what verified items show of `record`, proposed and approved."""
    correction = Correction.propose(record, field, value, proposer, "The published one is wrong.")
    correction.save()
    correction.approve(approver)
    return correction


def stated_figure(value: str, statement: str, measure_key: str, **fields: Any) -> Any:
    """A linking figure stating exactly `value` (a point, both bounds inclusive) of `measure_key`;
    with `claimant` (a Speaker id) its name is "Northwind" unless `claimant_name` says."""
    from decimal import Decimal

    from claims.linking.match import figure

    number = Decimal(value)
    fields.setdefault("claimant", None)
    fields.setdefault("claimant_name", "Northwind" if fields["claimant"] else "")
    return figure(
        measure_key=measure_key,
        value=number,
        lower=number,
        upper=number,
        lower_inclusive=True,
        upper_inclusive=True,
        statement=statement,
        **fields,
    )
