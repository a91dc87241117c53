"""Schema 3: sign-in that holds."""

from __future__ import annotations

from ..models import db


def upgrade() -> None:
    """Sign-in that holds: wrong PINs per workstation, owners' recovery codes, staff sealed in the chain.

    Every existing staff member is sealed as found: from here on ``verify`` names any role, PIN or
    active flag changed outside PrintProof.
    """
    from ..chain import default_workstation, seal_staff
    from ..models import SignInGuard, Staff

    columns = {c.name for c in db.get_columns("staff")}
    for name, sql in (
        ("recovery_hash", "VARCHAR(300) NOT NULL DEFAULT ''"),
        ("pin_class", "VARCHAR(20) NOT NULL DEFAULT ''"),
    ):
        if name not in columns:
            db.execute_sql(f'ALTER TABLE "staff" ADD COLUMN "{name}" {sql}')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "audit_event_subject" ON "audit_event" ("subject")')
    db.create_tables([SignInGuard], safe=True)
    for staff in Staff.select().order_by(Staff.id):
        seal_staff(staff, "upgrade", None, default_workstation(), schema=3)
