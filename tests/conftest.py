"""Named test users and the seed documents, shared by every test package."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from claims.roles import EDITORS, REVIEWERS

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_000 = SEEDS / "000_cdebc3741c9015b3.txt"
SEED_002 = SEEDS / "002_4f65acdfa2958e79.txt"
PASSWORD = "correct-horse-battery-staple"


def _user(django_user_model, username: str, group: str | None = None, **extra):
    user = django_user_model.objects.create_user(
        username=username, password=PASSWORD, is_staff=True, **extra
    )
    if group:
        if not Group.objects.filter(name=group).exists():
            make_roles()  # an earlier transactional test emptied the groups table
        user.groups.add(Group.objects.get(name=group))
    return user


def make_roles() -> None:
    """The Editors and Reviewers groups of migration 0003, made again as the migration does.

    Tests on a live server or across threads (transactional_db) empty every table when they end,
    the groups too, and serialized rollback cannot restore them everywhere (Playwright's event
    loop gives its thread a new connection, which lacks the serialized copy); such tests call
    this instead.
    """
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    from claims.roles import (
        CORRECTION_PERMISSIONS,
        PROPOSAL_PERMISSIONS,
        editor_permissions,
        reviewer_permissions,
    )

    for name, wanted in ((EDITORS, editor_permissions()), (REVIEWERS, reviewer_permissions())):
        wanted = wanted + PROPOSAL_PERMISSIONS + CORRECTION_PERMISSIONS[name]
        query = Q(pk__in=[])
        for app_label, codename in wanted:
            query |= Q(content_type__app_label=app_label, codename=codename)
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(query))


@pytest.fixture
def editor(db, django_user_model):
    """An editor: curates sources, quotes and claims, may not verify."""
    return _user(django_user_model, "edna-editor", EDITORS)


@pytest.fixture
def reviewer(db, django_user_model):
    """A reviewer: may also verify, reject, retract and give verdicts."""
    return _user(django_user_model, "rita-reviewer", REVIEWERS)


@pytest.fixture
def second_reviewer(db, django_user_model):
    return _user(django_user_model, "rob-reviewer", REVIEWERS)


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("sam-admin", "sam@example.org", PASSWORD)


@pytest.fixture
def seeded(db):
    """Both seed documents ingested, with their extracted candidates: [source_000, source_002]."""
    from sources.ingest import read_file
    from sources.services import ingest_document

    return [
        ingest_document(read_file(path, 5 * 1024 * 1024)).source for path in (SEED_000, SEED_002)
    ]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On PostgreSQL, one test database per test run, so that runs side by side (two terminals,
    CI beside a developer) don't drop each other's database."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.postgresql":
        test = database.setdefault("TEST", {})
        test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_{os.getpid()}"


@pytest.fixture(autouse=True)
def _reads_from_the_primary(request, settings):
    """Tests read from the primary: in a test a replica alias is a second connection to the
    test database, which cannot see the test's uncommitted rows. Tests marked `replica` read
    from the real standby that DATABASE_REPLICA_URLS names (tests/test_replicas.py)."""
    if "replica" not in request.keywords:
        settings.DATABASE_REPLICAS = []


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` are skipped, with the reason, when the database is not it."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://… to run")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
