"""`manage.py generate`: synthetic data that is valid row by row, and all or nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Appearance, Claim, Evidence, Quote, ReviewStatus, Speaker
from sources.models import Outlet, Source

pytestmark = pytest.mark.django_db

SHAPE = ["--quotes=120", "--claims=40", "--sources=12", "--speakers=9", "--evidence=30"]


def generate(*args: str) -> str:
    out = StringIO()
    call_command("generate", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_makes_the_asked_shape_with_the_asked_verified_share():
    generate(*SHAPE, "--verified-share=0.5")
    assert (Quote.objects.count(), Claim.objects.count()) == (120, 40)
    assert (Source.objects.count(), Speaker.objects.count(), Evidence.objects.count()) == (
        12,
        9,
        30,
    )
    assert 40 <= Quote.objects.verified().count() <= 80
    assert Outlet.objects.exists()


def test_every_appearance_and_excerpt_is_exactly_its_source_text():
    generate(*SHAPE)
    appearances = Appearance.objects.select_related("source")
    assert appearances.count() >= 160  # one per item, and some echoed by the next source
    for appearance in appearances:
        assert appearance.matches(appearance.source.text)
        assert appearance.source.text[: appearance.start].endswith(appearance.prefix)
    for evidence in Evidence.objects.select_related("source"):
        text = evidence.source.text
        assert text[evidence.excerpt_start : evidence.excerpt_end] == evidence.excerpt
    assert not Quote.objects.filter(appearances__isnull=True).exists()
    assert not Claim.objects.filter(appearances__isnull=True).exists()


def test_rows_pass_the_models_own_validation():
    generate(*SHAPE, "--verified-share=0.3")
    for model in (Source, Speaker, Quote, Claim):
        for obj in model.objects.all()[:60]:
            obj.full_clean()
    # Evidence of a published item is locked against change, so full_clean refuses it by rule.
    for evidence in Evidence.objects.filter(quote__status="unreviewed")[:60]:
        evidence.full_clean()
    for claim in Claim.objects.verified():
        assert claim.verdict and claim.reviewed_at and claim.reviewed_by
    for quote in Quote.objects.filter(status__in=[ReviewStatus.REJECTED, ReviewStatus.RETRACTED]):
        assert quote.status_reason


def test_review_steps_leave_history_saying_who_and_why():
    generate(*SHAPE, "--verified-share=0.5")
    quote = Quote.objects.verified().first()
    assert quote is not None
    records = list(quote.history.order_by("history_date"))  # type: ignore[attr-defined]
    assert [r.history_type for r in records] == ["+", "~"]
    assert records[0].status == ReviewStatus.UNREVIEWED
    assert records[1].status == ReviewStatus.VERIFIED
    assert records[1].history_user == quote.reviewed_by
    assert records[1].history_change_reason


def test_a_second_run_adds_after_the_first():
    generate(*SHAPE)
    generate(*SHAPE, "--seed=2")
    assert Quote.objects.count() == 240
    assert Speaker.objects.count() == 18


@pytest.mark.parametrize(
    "args, message",
    [
        (["--quotes=-1"], "--quotes must be 0 or more (got -1)"),
        (["--verified-share=1.5"], "--verified-share must be between 0 and 1 (got 1.5)"),
        (["--sources=0"], "--sources must be at least 1"),
        (["--speakers=0"], "--speakers must be at least 1"),
    ],
)
def test_bad_shapes_are_refused_by_name_and_store_nothing(args, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        generate(*args)
    assert not Source.objects.exists() and not Quote.objects.exists()


def test_a_failure_midway_stores_nothing():
    # The second generated person's name is taken already: the speakers' unique index refuses.
    Speaker.objects.create(name="Jonas Haidari")
    with pytest.raises(CommandError, match="Nothing was stored"):
        generate(*SHAPE)
    assert Speaker.objects.count() == 1
    assert not Source.objects.exists() and not Quote.objects.exists()
