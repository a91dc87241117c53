"""Schema 13: power bound to the PINs (issue 22)."""

from __future__ import annotations

from ..models import db
from .columns import add_column


def columns() -> None:
    """Schema 13 (issue 22): each staff member's key, which signs the power events recorded in their name
    (store/power.py; made at their next sign-in), and an index on the events' kind (the power events are read at
    every role check). Columns with defaults no sealed row depends on; added before any earlier data step, which
    reads staff through today's model."""
    for column in ("key_public", "key_wrapped", "key_recovery"):
        add_column("staff", column, "VARCHAR(300) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "audit_event_kind" ON "audit_event" ("kind")')


def upgrade() -> None:
    """Schema 13's columns, and the settings the evidence depends on as the store holds them, sealed in one
    ``settings.adopted`` event: from now on they are read from the owner's signed events (store/settings.py), and
    a value an older PrintProof stored without an event must not fall back to its default."""
    import json

    from ..chain import append_event, default_workstation
    from ..models import Setting
    from ..settings import GOVERNED

    columns()
    held = {row.key: json.loads(row.value) for row in Setting.select().where(Setting.key.in_(GOVERNED))}
    if held:
        append_event(None, default_workstation(), "settings.adopted", payload=held)
