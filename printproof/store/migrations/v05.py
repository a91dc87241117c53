"""Schema 5: personal details out of the sealed rows, every record resealed, erasure possible.

Self-contained so it can follow any earlier step. Inside the upgrade transaction (the SQLite file was
copied aside first, as before every upgrade):

1. New tables: ``personal`` (the details, a 32-byte salt per record), ``erasure`` and ``erasure_request``
   (sealed records), ``blob_erasure`` (the tombstones that alone let a file's bytes go); ``order.erased_at``.
2. Every sealed record is checked as schema 4 sealed it (its content hash, and the hash the chain holds).
   Its personal values (the customer's name, changes, notes, reasons, the complaint's words, evidence and
   photo file names; a proof's note and the customer's details it shows) move to a ``personal`` row, its
   content now holds only their salted commitment, and it gets its new hash. The sealed tables' triggers
   are lifted for this alone and installed again (with the blob exception of schema 5).
3. Old audit events that carried a file name of the customer's artwork lose that value; the event keeps
   its hash, so the chain still links.
4. One chain event, ``records.resealed``, lists per record the old and the new hash (and whether the old
   one verified), and per redacted event its hash and the hash of what it holds now. ``verify`` accepts an
   old hash in an older event only through this mapping, and names a record that had been altered before.
5. The personal columns are dropped from the sealed tables.
"""

from __future__ import annotations

import json
from typing import Any

import peewee as pw

from ..chain import append_event, content_hash, default_workstation, event_fields, event_hash
from ..models import AuditEvent, BlobErasure, Erasure, ErasureRequest, Personal, db
from ..rows import tuples
from ..sealed import KINDS, RESEALED, new_personal

# Per table: its personal columns in schema 4, and the key each goes to in the personal details.
PERSONAL_COLUMNS: dict[str, dict[str, str]] = {
    "approval": {
        "customer_name": "customer_name",
        "changes": "changes",
        "evidence_name": "evidence_name",
        "note": "note",
    },
    "approval_void": {"reason": "reason"},
    "pickup": {"customer_name": "customer_name"},
    "dispute": {"customer_words": "customer_words"},
    "dispute_decision": {"reason": "reason"},
    "proof": {"note": "note"},
}
# In the order they are resealed: a void's content names its approval's hash, a decision its complaint's.
ORDER = ("proof", "approval", "approval_void", "pickup", "dispute", "dispute_decision")
REDACTED_EVENT_KEYS = {"artwork.added": ("file",), "artwork.removed": ("file",)}


def _columns(table: str) -> set[str]:
    return {c.name for c in db.get_columns(table)}


def _add_columns() -> None:
    for table in ORDER:
        have = _columns(table)
        if "personal_id" not in have:
            db.execute_sql(
                f'ALTER TABLE "{table}" ADD COLUMN "personal_id" INTEGER '
                'REFERENCES "personal" ("id") ON DELETE RESTRICT'
            )
            db.execute_sql(f'CREATE INDEX "{table}_personal_id" ON "{table}" ("personal_id")')
        if "personal_sha256" not in have:
            db.execute_sql(f"""ALTER TABLE "{table}" ADD COLUMN "personal_sha256" VARCHAR(64) NOT NULL DEFAULT ''""")
    if "erased_at" not in _columns("order"):
        kind = "TIMESTAMP" if isinstance(db.obj, pw.PostgresqlDatabase) else "DATETIME"
        db.execute_sql(f'ALTER TABLE "order" ADD COLUMN "erased_at" {kind}')
    if "record_sha256" not in _columns("proof"):
        db.execute_sql("""ALTER TABLE "proof" ADD COLUMN "record_sha256" VARCHAR(64) NOT NULL DEFAULT ''""")


def _old_values(table: str) -> dict[int, dict[str, Any]]:
    """The schema-4 personal columns of every row of ``table``, by id."""
    columns = [c for c in PERSONAL_COLUMNS[table] if c in _columns(table)]
    if not columns:
        return {}
    listed = ", ".join(f'"{c}"' for c in columns)
    rows = db.execute_sql(f'SELECT "id", {listed} FROM "{table}"').fetchall()
    return {
        row[0]: {PERSONAL_COLUMNS[table][c]: (v or "") for c, v in zip(columns, row[1:], strict=True)} for row in rows
    }


def _photo_names() -> dict[int, list[str]]:
    if "filename" not in _columns("dispute_photo"):
        return {}
    names: dict[int, list[str]] = {}
    query = 'SELECT "dispute_id", "filename" FROM "dispute_photo" ORDER BY "dispute_id", "position"'
    for dispute_id, filename in db.execute_sql(query).fetchall():
        names.setdefault(dispute_id, []).append(filename or "")
    return names


def _customers() -> dict[int, dict[str, str]]:
    rows = db.execute_sql(
        'SELECT o."id", c."name", c."company", c."phone", c."email" FROM "order" o '
        'JOIN "customer" c ON c."id" = o."customer_id"'
    ).fetchall()
    return {r[0]: {"name": r[1] or "", "company": r[2] or "", "phone": r[3] or "", "email": r[4] or ""} for r in rows}


def _sealed_in_chain() -> dict[str, str]:
    """What the chain sealed per subject: a record's content hash; for a proof, its PDF's SHA-256."""
    sealed: dict[str, str] = {}
    for subject, kind, payload in tuples(AuditEvent.select(AuditEvent.subject, AuditEvent.kind, AuditEvent.payload)):
        if not subject:
            continue
        data = json.loads(payload)
        if kind == "proof.made":
            sealed[subject] = data.get("sha256", "")
        elif "content_sha256" in data:
            sealed[subject] = data["content_sha256"]
    return sealed


def _old_content(kind: str, record: Any, personal: dict[str, Any]) -> dict[str, Any]:
    """The content schema 4 sealed: today's content without the commitment, with the plain values."""
    content = KINDS[kind].content(record)
    content.pop("personal_sha256", None)
    values = dict(personal)
    values.pop("photo_names", None)  # schema 4 sealed photos by hash only
    return {**content, **values}


def upgrade() -> None:
    """Move personal details out of sealed rows, reseal every record, and record the mapping in the chain."""
    from ..triggers import drop_triggers, install_triggers

    db.create_tables([Personal, Erasure, BlobErasure, ErasureRequest], safe=True)
    _add_columns()
    drop_triggers()
    sealed = _sealed_in_chain()
    customers, photo_names = _customers(), _photo_names()

    # Pass 1: each record as schema 4 sealed it — checked before anything changes.
    plan: list[tuple[str, int, dict[str, Any], str, bool]] = []
    for table in ORDER:
        kind = KINDS[table]
        old = _old_values(table)
        model: Any = kind.model
        for record in model.select().where(model.personal.is_null()).order_by(model.id):
            personal = dict(old.get(record.id, {}))
            subject = f"{table}:{record.id}"
            if table == "proof":
                personal = {"note": personal.get("note", ""), "customer": customers.get(record.order_id, {})}
                old_hash = record.pdf_id
                verified = sealed.get(subject) == record.pdf_id
            else:
                if table == "dispute":
                    personal["photo_names"] = photo_names.get(record.id, [])
                old_hash = record.content_sha256
                verified = content_hash(_old_content(table, record, personal)) == old_hash == sealed.get(subject)
            plan.append((table, record.id, personal, sealed.get(subject, old_hash), verified))

    # Pass 2: personal rows with fresh salts, new commitments and hashes, in dependency order.
    records: dict[str, dict[str, Any]] = {}
    for table, record_id, personal, old_hash, verified in plan:
        kind = KINDS[table]
        row, digest = new_personal(personal)
        db.execute_sql(
            f'UPDATE "{table}" SET "personal_id" = {_p()}, "personal_sha256" = {_p()} WHERE "id" = {_p()}',
            (row.id, digest, record_id),
        )
        fresh = kind.model.get_by_id(record_id)
        new_hash = content_hash(kind.content(fresh))
        db.execute_sql(f'UPDATE "{table}" SET "{kind.hash_field}" = {_p()} WHERE "id" = {_p()}', (new_hash, record_id))
        entry: dict[str, Any] = {"old": old_hash, "new": new_hash}
        if not verified:
            entry["verified"] = False
        records[f"{table}:{record_id}"] = entry

    # Old events that named the customer's artwork file: the value goes, the event's hash stays.
    events: dict[str, dict[str, str]] = {}
    previous = None
    for event in AuditEvent.select().order_by(AuditEvent.seq):
        keys = REDACTED_EVENT_KEYS.get(event.kind, ())
        payload = json.loads(event.payload)
        intact = event_hash(event.prev_hash, event_fields(event)) == event.hash and (
            previous is None or previous == event.prev_hash
        )
        previous = event.hash
        if not intact or not any(payload.get(k) for k in keys):
            continue
        for key in keys:
            payload.pop(key, None)
        event.payload = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        AuditEvent.update(payload=event.payload).where(AuditEvent.id == event.id).execute()
        events[str(event.seq)] = {"hash": event.hash, "redacted_sha256": content_hash(event_fields(event))}

    for table, columns in PERSONAL_COLUMNS.items():
        for column in columns:
            if column in _columns(table):
                db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    if "filename" in _columns("dispute_photo"):
        db.execute_sql('ALTER TABLE "dispute_photo" DROP COLUMN "filename"')
    install_triggers()
    if records or events:  # a store whose records are sealed the schema-5 way already needs no mapping
        payload = {"schema": 5, "records": records, "events": events}
        append_event(None, default_workstation(), RESEALED, payload=payload)


def _p() -> str:
    """The driver's parameter placeholder."""
    return "%s" if isinstance(db.obj, pw.PostgresqlDatabase) else "?"
