"""Schema versions and the steps between them.

Version 1 was the first release; each later version adds one step here. A store from
an older PrintProof is copied aside and upgraded on open; a store from a newer one is
refused, never "downgraded".
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee as pw

from ..domain.errors import StoreError
from ..domain.i18n import t
from .clock import now as now  # re-exported: the services take it from here
from .migration_v4 import to_v4
from .migration_v6 import to_v6
from .migration_v7 import to_v7
from .models import ALL_MODELS, Customer, Order, OrderToken, SchemaVersion, db
from .search_words import customer_tokens as customer_tokens  # re-exported: older callers take them from here
from .search_words import order_tokens as order_tokens

CURRENT = 13


def _lock_for_schema_change() -> None:
    if isinstance(db.obj, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(734201)")


def _begin() -> pw._atomic:
    if isinstance(db.obj, pw.SqliteDatabase):
        return db.atomic(lock_type="IMMEDIATE")
    return db.atomic()


def _copy_aside(path: Path, version: int) -> Path:
    """Copy the SQLite store aside before an upgrade (online backup: safe while others read)."""
    stamp = now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-v{CURRENT}-from-v{version}-{stamp}{path.suffix}")
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # the whole store: the user's alone
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _to_v2() -> None:
    db.create_tables([OrderToken])
    rows: list[dict[str, object]] = []
    query = Order.select(Order.id, Order.number, Customer.name, Customer.company, Customer.phone, Customer.email)
    for order in query.join(Customer).objects():  # only the columns schema 1 had
        customer = Customer(name=order.name, company=order.company, phone=order.phone, email=order.email)
        rows.extend({"token": t, "order": order.id} for t in order_tokens(order.number, customer))
        if len(rows) > 5000:
            OrderToken.insert_many(rows).on_conflict_ignore().execute()
            rows = []
    if rows:
        OrderToken.insert_many(rows).on_conflict_ignore().execute()


def _to_v3() -> None:
    """Sign-in that holds: wrong PINs per workstation, owners' recovery codes, staff sealed in the chain.

    Every existing staff member is sealed as found: from here on ``verify`` names any role, PIN or
    active flag changed outside PrintProof.
    """
    from .chain import default_workstation, seal_staff
    from .models import SignInGuard, Staff

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


def _to_v5() -> None:
    from .migration_v5 import to_v5  # it uses the chain, which uses this module

    to_v5()


def _to_v8() -> None:
    """Schema 8: the links a proof was sent by for approval from anywhere (issue 24) and the complaints' cases
    (issue 25). New tables only; a complaint recorded before has no case number."""
    from ..domain.answer_dates import answer_by
    from .counters import next_value
    from .models import ComplaintCase, Dispute, PortalLink

    db.create_tables([PortalLink, ComplaintCase], safe=True)
    # Complaints recorded before: each its case number (in the order they came) and an answer date three working
    # days after it, so the owner's queue and the letters know every complaint.
    have = ComplaintCase.select(ComplaintCase.dispute)
    for dispute in Dispute.select().where(Dispute.id.not_in(have)).order_by(Dispute.created_at, Dispute.id):
        year = dispute.created_at.year
        ComplaintCase.create(
            dispute=dispute.id,
            number=f"R-{year}-{next_value(f'complaint-case-{year}'):04d}",
            answer_by=answer_by(dispute.created_at.date(), 3),
            created_at=dispute.created_at,
        )


def _v9_columns() -> None:
    """Schema 9: the quantity a hand-over gave (issue 20; NULL for the hand-overs before: the whole order). A
    column with no default, so no sealed row is rewritten; added before any earlier data step, which reads
    hand-overs through today's model."""
    from .migration_v7 import add_column

    add_column("pickup", "quantity", "INTEGER")


def _to_v10() -> None:
    """Schema 10: names spelled by ear are found (issue 21: "schmitt" for Schmidt, "sneider" for Schneider, "Maier"
    for Meyer, "Karl" for Carl): every stored search word is written again with the new forgiving rules; a portal
    link notes when a sync claimed its decision (issue 24: a claim a crash left behind expires)."""
    from .migration_v7 import add_column
    from .reindex import rewrite_search_words

    postgres = isinstance(db.obj, pw.PostgresqlDatabase)
    add_column("portal_link", "claimed_at", "TIMESTAMP" if postgres else "DATETIME")
    if postgres:
        db.execute_sql("SET LOCAL statement_timeout = 0")  # a big store's words take longer than any one write
    rewrite_search_words()


def _v11_columns() -> None:
    """Schema 11: the customer's language of an order (issue 21: a document is in the language of whoever it is
    for); the orders before keep the shop's ("", a default no sealed row depends on). Added before any earlier
    data step, which reads orders through today's model."""
    from .migration_v7 import add_column

    add_column("order", "language", "VARCHAR(5) NOT NULL DEFAULT ''")


def _to_v12() -> None:
    """The protections closed to the side doors (issue 22): SQLite's INSERT OR REPLACE, PostgreSQL's replica
    role and TRUNCATE. Only triggers change; no row is touched."""
    from .triggers import install_triggers

    install_triggers()


def _v13_columns() -> None:
    """Schema 13 (issue 22): each staff member's key, which signs the power events recorded in their name
    (store/power.py; made at their next sign-in), and an index on the events' kind (the power events are read at
    every role check). Columns with defaults no sealed row depends on; added before any earlier data step, which
    reads staff through today's model."""
    from .migration_v7 import add_column

    for column in ("key_public", "key_wrapped", "key_recovery"):
        add_column("staff", column, "VARCHAR(300) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "audit_event_kind" ON "audit_event" ("kind")')


def _to_v13() -> None:
    """Schema 13's columns, and the settings the evidence depends on as the store holds them, sealed in one
    ``settings.adopted`` event: from now on they are read from the owner's signed events (store/settings.py), and
    a value an older PrintProof stored without an event must not fall back to its default."""
    import json

    from .chain import append_event, default_workstation
    from .models import Setting
    from .settings import GOVERNED

    _v13_columns()
    held = {row.key: json.loads(row.value) for row in Setting.select().where(Setting.key.in_(GOVERNED))}
    if held:
        append_event(None, default_workstation(), "settings.adopted", payload=held)


STEPS = {
    2: _to_v2,
    3: _to_v3,
    4: to_v4,
    5: _to_v5,
    6: to_v6,
    7: to_v7,
    8: _to_v8,
    9: _v9_columns,
    10: _to_v10,
    11: _v11_columns,
    12: _to_v12,
    13: _to_v13,
}
"""5: issue 14, 6: issue 11, 7: issue 13, 8: issues 24 and 25, 9: issue 20, 10 and 11: issue 21, 12 and 13: issue
22."""


def prepare(kind: str, path: Path | None) -> None:
    """Create a new store, or upgrade an older one, or refuse a foreign or newer one."""
    tables = set(db.get_tables())
    if tables and "schema_version" not in tables:
        raise StoreError(t("“{name}” is not a PrintProof store; it was not changed.", name=path or "This database"))
    if tables:
        version = _version()
        if version == CURRENT:
            return
        if version > CURRENT:
            raise StoreError(
                t(
                    "This store was written by a newer PrintProof (schema {version}); this version understands "
                    "schema {current}. Please update PrintProof on this workstation.",
                    version=version,
                    current=CURRENT,
                )
            )
        if path is not None:
            _copy_aside(path, version)
    with _begin():
        _lock_for_schema_change()
        tables = set(db.get_tables())
        if "schema_version" not in tables:
            db.create_tables(ALL_MODELS)
            SchemaVersion.create(version=CURRENT, changed_at=now())
            from .triggers import install_triggers

            install_triggers()
            return
        version = _version()
        if version < 7:
            # Schema 7 only adds columns and tables; they come first, because earlier data steps (schema 5's
            # reseal) read rows through today's models, which name them.
            from .migration_v7 import add_columns

            add_columns()
        if version < 9:
            _v9_columns()
        if version < 11:
            _v11_columns()
        if version < 13:
            _v13_columns()
        for step in sorted(s for s in STEPS if version < s <= CURRENT):
            STEPS[step]()
            SchemaVersion.create(version=step, changed_at=now())


def _version() -> int:
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)
