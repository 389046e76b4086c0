"""A confirm and a dismiss of one suggested match, at once (issue 10, item 7: both succeeded
20 times in 20). Each decision locks the match row and checks its state again, so exactly one
wins. Real PostgreSQL: each thread decides on a connection of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, ClaimMatch, ReviewStatus
from claims.roles import REVIEWERS
from tests.claims.test_concurrency import at_once
from tests.conftest import make_roles
from tests.factories import make_appearance, make_claim, make_source

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def reviewers(django_user_model, n: int) -> list:
    make_roles()
    group = Group.objects.get(name=REVIEWERS)
    users = []
    for i in range(n):
        user = django_user_model.objects.create_user(f"race-reviewer-{i}", is_staff=True)
        user.groups.add(group)
        users.append(django_user_model.objects.get(pk=user.pk))  # fresh permission cache
    return users


@pytest.mark.parametrize("round_", range(5))
def test_a_confirm_and_a_dismiss_at_once_exactly_one_wins(round_, django_user_model):
    first, second = reviewers(django_user_model, 2)
    claim = make_claim(f"At least 85% of roads are repaired ({round_}).", lower=Decimal(85))
    twin = make_claim(f"Over 85% of roads are repaired ({round_}).", lower=Decimal(85))
    make_appearance(twin, make_source(f"Over 85% of roads are repaired, round {round_}."), "Over")
    match = ClaimMatch.objects.create(claim=claim, candidate=twin, score=0.8)

    def confirm():
        return ClaimMatch.objects.get(pk=match.pk).confirm(by=first)

    def dismiss():
        return ClaimMatch.objects.get(pk=match.pk).dismiss(by=second)

    results = at_once([confirm, dismiss])
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1, results
    assert "This match was already" in str(errors[0])
    match.refresh_from_db()
    twin = Claim.objects.get(pk=twin.pk)
    if match.status == ClaimMatch.Status.CONFIRMED:
        assert match.decided_by == first
        assert (twin.status, twin.appearances.count(), claim.appearances.count()) == (
            ReviewStatus.REJECTED,
            0,
            1,
        )
    else:
        assert (match.status, match.decided_by) == (ClaimMatch.Status.DISMISSED, second)
        assert (twin.status, twin.appearances.count()) == (ReviewStatus.UNREVIEWED, 1)
