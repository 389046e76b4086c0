"""Corrections: what a verified item shows of its speaker, source or outlet (a name, a title, a
date) changes only when one person proposes it and another reviewer approves it. PostgreSQL
triggers refuse the same changes made any other way, unless the approving transaction says it
applies a correction (claims.locking.applying_correction)."""

import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models
from django.db.models import Q

from claims.roles import CORRECTION_PERMISSIONS

LOCKED = "('verified', 'retracted')"
# What published items show of each record (claims.locking.SHOWN_FIELDS as written here), and
# the SQL that finds a published item showing OLD.
SHOWN = {
    "claims_speaker": (
        ("name", "kind", "wikidata_id"),
        f"""EXISTS (SELECT 1 FROM claims_quote WHERE speaker_id = OLD.id AND status IN {LOCKED})
           OR EXISTS (SELECT 1 FROM claims_claim WHERE claimant_id = OLD.id AND status IN {LOCKED})""",
    ),
    "sources_source": (
        ("title", "url", "outlet_id", "published_on"),
        f"""EXISTS (SELECT 1 FROM claims_appearance a LEFT JOIN claims_quote q ON q.id = a.quote_id
                   LEFT JOIN claims_claim c ON c.id = a.claim_id
                   WHERE a.source_id = OLD.id AND (q.status IN {LOCKED} OR c.status IN {LOCKED}))
           OR EXISTS (SELECT 1 FROM claims_evidence e LEFT JOIN claims_quote q ON q.id = e.quote_id
                   LEFT JOIN claims_claim c ON c.id = e.claim_id
                   WHERE e.source_id = OLD.id AND (q.status IN {LOCKED} OR c.status IN {LOCKED}))""",
    ),
    "sources_outlet": (
        ("name",),
        f"""EXISTS (SELECT 1 FROM sources_source s JOIN claims_appearance a ON a.source_id = s.id
                   LEFT JOIN claims_quote q ON q.id = a.quote_id
                   LEFT JOIN claims_claim c ON c.id = a.claim_id
                   WHERE s.outlet_id = OLD.id AND (q.status IN {LOCKED} OR c.status IN {LOCKED}))
           OR EXISTS (SELECT 1 FROM sources_source s JOIN claims_evidence e ON e.source_id = s.id
                   LEFT JOIN claims_quote q ON q.id = e.quote_id
                   LEFT JOIN claims_claim c ON c.id = e.claim_id
                   WHERE s.outlet_id = OLD.id AND (q.status IN {LOCKED} OR c.status IN {LOCKED}))""",
    ),
}


def _trigger(table: str, fields: tuple[str, ...], published: str) -> str:
    changed = " OR ".join(f"NEW.{f} IS DISTINCT FROM OLD.{f}" for f in fields)
    return f"""
CREATE OR REPLACE FUNCTION {table}_shown_is_locked() RETURNS trigger AS $$
BEGIN
    IF ({changed})
       AND coalesce(current_setting('factdb.correction', true), '') <> 'on'
       AND ({published})
    THEN
        RAISE EXCEPTION '{table} %: verified items show it; correct it through an approved correction',
            OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {table}_shown_is_locked BEFORE UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_shown_is_locked();
"""


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table, (fields, published) in SHOWN.items():
            schema_editor.execute(_trigger(table, fields, published), params=None)  # % is plpgsql's


def remove_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for table in SHOWN:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_shown_is_locked ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_shown_is_locked()")


def grant_correction_permissions(apps, schema_editor):
    """Editors propose corrections; reviewers also approve them."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=list(CORRECTION_PERMISSIONS)):
        query = Q(pk__in=[])
        for app_label, codename in CORRECTION_PERMISSIONS[group.name]:
            query |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(query))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0012_scale_appearance_history_spans"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("sources", "0006_scale_source_search"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalCorrection",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField(editable=False)),
                ("field", models.CharField(help_text="The shown field to correct.", max_length=40)),
                (
                    "before",
                    models.TextField(
                        blank=True, editable=False, help_text="Its value when proposed."
                    ),
                ),
                ("after", models.TextField(blank=True, help_text="The corrected value.")),
                (
                    "reason",
                    models.TextField(help_text="Why the published value is wrong, and the source."),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("proposed", "Proposed"),
                            ("approved", "Approved and applied"),
                            ("dismissed", "Dismissed"),
                        ],
                        db_index=True,
                        default="proposed",
                        max_length=10,
                    ),
                ),
                (
                    "proposed_at",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                ("decided_at", models.DateTimeField(blank=True, editable=False, null=True)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "content_type",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        editable=False,
                        limit_choices_to=models.Q(
                            models.Q(("app_label", "claims"), ("model", "speaker")),
                            models.Q(("app_label", "sources"), ("model__in", ["source", "outlet"])),
                            _connector="OR",
                        ),
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "proposed_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical correction",
                "verbose_name_plural": "historical corrections",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Correction",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField(editable=False)),
                ("field", models.CharField(help_text="The shown field to correct.", max_length=40)),
                (
                    "before",
                    models.TextField(
                        blank=True, editable=False, help_text="Its value when proposed."
                    ),
                ),
                ("after", models.TextField(blank=True, help_text="The corrected value.")),
                (
                    "reason",
                    models.TextField(help_text="Why the published value is wrong, and the source."),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("proposed", "Proposed"),
                            ("approved", "Approved and applied"),
                            ("dismissed", "Dismissed"),
                        ],
                        db_index=True,
                        default="proposed",
                        max_length=10,
                    ),
                ),
                (
                    "proposed_at",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                ("decided_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "content_type",
                    models.ForeignKey(
                        editable=False,
                        limit_choices_to=models.Q(
                            models.Q(("app_label", "claims"), ("model", "speaker")),
                            models.Q(("app_label", "sources"), ("model__in", ["source", "outlet"])),
                            _connector="OR",
                        ),
                        on_delete=django.db.models.deletion.PROTECT,
                        to="contenttypes.contenttype",
                    ),
                ),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "proposed_by",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-proposed_at", "-id"],
                "permissions": [
                    (
                        "approve_correction",
                        "Can approve a correction of a published speaker or source",
                    )
                ],
                "indexes": [
                    models.Index(fields=["content_type", "object_id"], name="correction_record")
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("reason", ""), _negated=True),
                        name="correction_has_reason",
                        violation_error_message="Say why the published value is wrong.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("decided_at__isnull", True),
                                ("decided_by__isnull", True),
                                ("status", "proposed"),
                            ),
                            models.Q(
                                models.Q(("status", "proposed"), _negated=True),
                                ("decided_by__isnull", False),
                                ("decided_at__isnull", False),
                            ),
                            _connector="OR",
                        ),
                        name="correction_decided_has_who_and_when",
                    ),
                ],
            },
        ),
        migrations.RunPython(grant_correction_permissions, migrations.RunPython.noop),
        migrations.RunPython(add_triggers, remove_triggers),
    ]
