"""Published means locked, in the database too (PostgreSQL): triggers refuse a change to a
verified or retracted quote's or claim's published fields, to their appearances and evidence,
and to a source's text, however it is made (a queryset update, raw SQL, another program).
The models refuse the same first, with a clearer message (claims/locking.py)."""

from django.db import migrations

# As claims.locking.LOCKED_FIELDS read when this migration was written (frozen here, as a
# migration must be).
LOCKED_FIELDS = {
    "quote": ("text", "speaker_id", "said_on", "partial", "via"),
    "claim": (
        "statement", "claimant_id", "value", "lower", "upper", "lower_inclusive",
        "upper_inclusive", "unit", "noun", "kind", "change", "difference", "qualifier", "vague",
        "total", "measure", "as_of", "verdict", "verdict_explanation",
    ),
}  # fmt: skip

LOCKED = "('verified', 'retracted')"


def _item_trigger(table: str, fields: tuple[str, ...]) -> str:
    changed = " OR ".join(f"NEW.{f} IS DISTINCT FROM OLD.{f}" for f in fields)
    return f"""
CREATE OR REPLACE FUNCTION {table}_published_is_locked() RETURNS trigger AS $$
BEGIN
    IF OLD.status IN {LOCKED} AND ({changed}) THEN
        RAISE EXCEPTION '{table} % is %: its published content cannot change; reopen it first',
            OLD.id, OLD.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {table}_published_is_locked BEFORE UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_published_is_locked();
"""


def _linked_trigger(table: str, derived: tuple[str, ...] = ()) -> str:
    # An update of derived columns alone (the orphan flag) is no change of what is published.
    kept = "ARRAY[" + ", ".join(f"'{c}'" for c in derived) + "]::text[]"
    return f"""
CREATE OR REPLACE FUNCTION {table}_of_published_is_locked() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - {kept}) = (to_jsonb(OLD) - {kept}) THEN
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF EXISTS (SELECT 1 FROM claims_quote WHERE id = OLD.quote_id AND status IN {LOCKED})
           OR EXISTS (SELECT 1 FROM claims_claim WHERE id = OLD.claim_id AND status IN {LOCKED})
        THEN
            RAISE EXCEPTION '{table} %: it belongs to a verified or retracted item; reopen it first',
                OLD.id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        IF EXISTS (SELECT 1 FROM claims_quote WHERE id = NEW.quote_id AND status IN {LOCKED})
           OR EXISTS (SELECT 1 FROM claims_claim WHERE id = NEW.claim_id AND status IN {LOCKED})
        THEN
            RAISE EXCEPTION '{table}: a verified or retracted item gains nothing; reopen it first'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {table}_of_published_is_locked BEFORE INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_of_published_is_locked();
"""


SOURCE_TEXT = """
CREATE OR REPLACE FUNCTION sources_source_text_is_fixed() RETURNS trigger AS $$
BEGIN
    IF NEW.text IS DISTINCT FROM OLD.text THEN
        RAISE EXCEPTION 'sources_source %: the text never changes after ingest', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER sources_source_text_is_fixed BEFORE UPDATE OF text ON sources_source
    FOR EACH ROW EXECUTE FUNCTION sources_source_text_is_fixed();
"""

TRIGGERS = {
    "claims_quote_published_is_locked": (
        "claims_quote",
        _item_trigger("claims_quote", LOCKED_FIELDS["quote"]),
    ),
    "claims_claim_published_is_locked": (
        "claims_claim",
        _item_trigger("claims_claim", LOCKED_FIELDS["claim"]),
    ),
    "claims_appearance_of_published_is_locked": (
        "claims_appearance",
        _linked_trigger("claims_appearance", ("orphaned",)),
    ),
    "claims_evidence_of_published_is_locked": (
        "claims_evidence",
        _linked_trigger("claims_evidence"),
    ),
    "sources_source_text_is_fixed": ("sources_source", SOURCE_TEXT),
}


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for _name, (_table, sql) in TRIGGERS.items():
            schema_editor.execute(sql, params=None)  # no placeholders: '%' is plpgsql's


def remove_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, (table, _sql) in TRIGGERS.items():
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_quantity_kind_change_speaker_description"),
        ("sources", "0004_locked_ingested_by_and_history"),
    ]

    operations = [migrations.RunPython(add_triggers, remove_triggers)]
