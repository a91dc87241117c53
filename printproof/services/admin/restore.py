"""Restore a backup: checked first, swapped in while no other workstation writes, numbers never reused.

1. The backup is copied (it is never changed), the copy upgraded if an older PrintProof wrote it, and
   every record, file and the audit chain verified. A backup that does not verify replaces nothing.
2. In one exclusive transaction — other workstations' writes wait for it, on SQLite and PostgreSQL
   alike — the current store is kept aside as a file, every table is replaced by the backup's rows, and
   each year's order-number counter is set above every number the current store or the backup ever
   issued. An order number printed on paper before the restore is never given to another order.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

import peewee as pw

from ...domain.enums import Role
from ...domain.errors import StoreError, UserError
from ...domain.i18n import t
from ...store import migrations
from ...store.chain import append_event
from ...store.db import exclusive, is_sqlite
from ...store.models import ALL_MODELS, BaseModel, Counter, Order, Staff, db
from ...store.power import ledger
from ...store.triggers import drop_triggers, install_triggers
from ..core.backup_files import default_backup_folder, first_event_hash
from ..core.context import Actor, require
from ..core.files import partial_file, remove_stale_partials
from ..evidence.backup import _copy_sqlite, bound_to, check_file, damaged, export_postgres
from ..evidence.verify import Report, verify_store

_NUMBER = re.compile(r"^(\d{4})-(\d+)$")
BATCH_BYTES = 32 << 20


def work_folder() -> Path:
    """Where restore keeps its temporary copy and the store it replaces: beside the SQLite store, or in the
    user's data folder for PostgreSQL."""
    if is_sqlite():
        return Path(db.obj.database).resolve().parent
    folder = default_backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextlib.contextmanager
def prepared_copy(source: Path, folder: Path) -> Iterator[tuple[Path, Report]]:
    """A verified copy of the backup ``source`` at this PrintProof's schema (upgraded if older), in ``folder``."""
    check_file(source)
    with partial_file(folder) as copy:
        try:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                dest = sqlite3.connect(str(copy))
                try:
                    src.backup(dest)
                finally:
                    dest.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise damaged(source) from exc
        database = pw.SqliteDatabase(str(copy), pragmas={"foreign_keys": 1, "journal_mode": "delete"})
        with bound_to(database):
            try:
                database.connect()
                if "schema_version" not in set(database.get_tables()):
                    raise StoreError(t("“{path}” is not a PrintProof store; it was not changed.", path=source))
                migrations.prepare("sqlite", None)  # refuses a newer schema; upgrades an older copy
                report = verify_store()
            except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
                raise damaged(source) from exc
        yield copy, report


def restore_backup(actor: Actor, source: Path | str, other_shop: bool = False) -> Path | None:
    """The owner restores a backup; returns the file the replaced store is kept in.

    The backup is verified first. A backup whose audit chain begins with another first event than this store's is
    another shop's (or of a store begun again): it replaces this one only when ``other_shop`` says the owner
    means it, after being told (:attr:`BackupContents.same_shop`).

    Other workstations' writes wait while the store is replaced (and go on
    afterwards against the restored store); order numbers continue above every number ever issued. A backup
    from before an erasure holds what was erased: every order past retention is erased again at once.
    """
    actor = require(actor, Role.OWNER, action="restore a backup", pin_itself=True)
    source = Path(source).expanduser()
    folder = work_folder()
    remove_stale_partials(folder)
    with prepared_copy(source, folder) as (copy, report):
        if not report.ok:
            raise UserError(
                t(
                    "The backup “{name}” does not verify ({what}); nothing was replaced.",
                    name=source.name,
                    what=report.problems[0].what,
                )
            )
        if not other_shop and not _same_shop(copy):
            raise UserError(
                t(
                    "The backup “{name}” is another shop's store (“{shop}”), not this one's; nothing was replaced. "
                    "Restore it only on purpose (--other-shop).",
                    name=source.name,
                    shop=_shop_name(copy) or "–",
                )
            )
        same_shop = _same_shop(copy)
        kept = _replace(actor, copy, source.name, folder)
    if not same_shop:
        _set_aside_the_other_shops_key()
    from ..evidence.witness import restart

    restart()  # the owner went back on purpose: the restored chain is the one this workstation witnesses now
    from ..core.retention import due_orders
    from ..privacy.erasure import erase_orders

    due = due_orders()
    if due:
        # In the app's automatic mode: the restoring owner may not be a member of the restored store (another
        # shop's backup, or one from before they were added), and the restore is done already.
        erase_orders(None, [d.number for d in due])
    return kept


def _set_aside_the_other_shops_key() -> None:
    """Another shop's store replaced this one: the signing key in the folder was this store's shop's and is set
    aside (unless the restored chain knows it), never signing for the restored shop; the next signature makes
    or asks for the restored shop's own."""
    from ..evidence.signing import CERT_FILE, certificate_sha256, known_certificates, set_key_aside, signing_dir

    cert = signing_dir() / CERT_FILE
    known = {k.sha256 for k in known_certificates()}
    if cert.exists() and certificate_sha256(cert.read_bytes()) not in known:
        set_key_aside("not-this-shop")


def _shop_name(copy: Path) -> str:
    src = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        row = src.execute("SELECT value FROM setting WHERE key = 'shop.name'").fetchone()
        return str(json.loads(row[0])) if row else ""
    finally:
        src.close()


def _same_shop(copy: Path) -> bool:
    """Whether the backup ``copy`` is this shop's: its audit chain starts with this store's first event. A store that
    holds no order and no customer yet takes any backup: the new workstation set up only to restore the old one's
    (its owner signed in to do it)."""
    from ...store.models import AuditEvent, Customer

    first = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == 1).first()
    if first is None or not (Order.select().exists() or Customer.select().exists()):
        return True
    return first_event_hash(copy) in (None, first.hash)


def _replace(actor: Actor, copy: Path, name: str, folder: Path) -> Path:
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    with exclusive():
        issued = _issued(  # types-peewee says tuples() yields rows; it yields tuples
            cast("Iterable[tuple[str, int]]", Counter.select(Counter.name, Counter.value).tuples()),
            cast("Iterable[tuple[str]]", Order.select(Order.number).tuples()),
        )
        live_ids = {m: _max_id(m) for m in ALL_MODELS if isinstance(m._meta.primary_key, pw.AutoField)}
        if is_sqlite():
            live = Path(db.obj.database)
            kept = _unused(live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}"))
        else:
            kept = _unused(folder / f"before-restore-{stamp}.sqlite3")
        with partial_file(kept.parent) as part:
            if is_sqlite():
                _copy_sqlite(part)
            else:
                export_postgres(part, snapshot=False)  # every writer waits: this is the store as it is
            os.replace(part, kept)
        src = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            issued_there = _issued(
                src.execute("SELECT name, value FROM counter"), src.execute('SELECT number FROM "order"')
            )
            drop_triggers()
            if is_sqlite():
                db.execute_sql("PRAGMA defer_foreign_keys = ON")
            for model in reversed(ALL_MODELS):
                model.delete().execute()
            for model in ALL_MODELS:
                _copy_rows(src, model)
        finally:
            src.close()
        install_triggers()
        numbers = _continue_numbers(issued, issued_there)
        if not is_sqlite():
            _keep_ids_ahead(live_ids)
        staff_id = actor.staff_id if Staff.get_or_none(Staff.id == actor.staff_id, Staff.name == actor.name) else None
        # Signed where the restored chain knows the owner's key as theirs (a backup of this shop); else it waits
        # for an owner of the restored shop to confirm it (store/power.py).
        signer = actor.signer
        if signer is None or staff_id is None or not ledger().is_active_owner(staff_id, signer.public):
            signer = None
        append_event(
            staff_id,
            actor.workstation,
            "backup.restored",
            payload={"file": name, "kept": kept.name, "by": actor.name, "numbers_continue_after": numbers},
            signer=signer,
        )
    return kept


def _unused(path: Path) -> Path:
    """``path``, or ``path`` with ``-2``, ``-3``… when a file of that name exists (two restores in a second)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _max_id(model: type[pw.Model]) -> int:
    return model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0


def _issued(counters: Iterable[tuple[str, int]], numbers: Iterable[tuple[str]]) -> dict[str, int]:
    """The highest order number issued per year: from the counters and from the orders themselves."""
    high: dict[str, int] = {}
    for name, value in counters:
        if name.startswith("order:"):
            year = name.split(":", 1)[1]
            high[year] = max(high.get(year, 0), int(value))
    for (number,) in numbers:
        match = _NUMBER.match(number or "")
        if match:
            high[match.group(1)] = max(high.get(match.group(1), 0), int(match.group(2)))
    return high


def _continue_numbers(*sources: dict[str, int]) -> dict[str, int]:
    """Set each year's counter above every number any of ``sources`` issued; returns the new counters."""
    merged: dict[str, int] = {}
    for source in sources:
        for year, value in source.items():
            merged[year] = max(merged.get(year, 0), value)
    for year, value in merged.items():
        name = f"order:{year}"
        current = Counter.select(Counter.value).where(Counter.name == name).scalar()
        if current is None:
            Counter.create(name=name, value=value)
        elif current < value:
            Counter.update(value=value).where(Counter.name == name).execute()
    return merged


def _copy_rows(src: sqlite3.Connection, model: type[pw.Model]) -> None:
    """Every row of ``model``'s table from the backup copy, converted as the store's fields expect."""
    fields = list(model._meta.sorted_fields)
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    cursor = src.execute(f'SELECT {columns} FROM "{model._meta.table_name}"')
    batch: list[list[object]] = []
    size = 0
    for raw in cursor:
        batch.append([f.python_value(v) for f, v in zip(fields, raw, strict=True)])
        size += sum(len(v) for v in raw if isinstance(v, bytes | str)) + 64
        if len(batch) >= 500 or size >= BATCH_BYTES:
            model.insert_many(batch, fields=fields).execute()
            batch, size = [], 0
    if batch:
        model.insert_many(batch, fields=fields).execute()


def _keep_ids_ahead(live_ids: dict[type[BaseModel], int]) -> None:
    """PostgreSQL: id sequences continue above the restored rows and above the rows the replaced store had."""
    for model, live_max in live_ids.items():
        table = model._meta.table_name
        quoted = f'"{table}"'
        high = max(live_max, _max_id(model))
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{quoted}', 'id'), %s, false)", (high + 1,))


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from a verified copy before the owner decides to restore it."""

    path: Path
    ok: bool  # every record, file and the audit chain verify
    problem: str  # the first thing that does not verify, in words
    orders: int
    customers: int
    last_event_at: datetime | None  # the newest event in its audit chain: how recent the backup is
    head_seq: int
    head_hash: str
    shop: str
    same_shop: bool  # its audit chain begins as this store's does (or this store has none yet)


def describe_backup(actor: Actor, source: Path | str) -> BackupContents:
    """What the backup ``source`` holds (owner only: it holds everything): checked on a copy, nothing changed. A
    damaged, foreign or newer file is refused in one sentence."""
    from ...store.models import AuditEvent, Customer, Setting

    require(actor, Role.OWNER, action="restore a backup")
    source = Path(source).expanduser()
    with prepared_copy(source, work_folder()) as (copy, report):
        same_shop = _same_shop(copy)
        database = pw.SqliteDatabase(str(copy), pragmas={"foreign_keys": 1})
        with bound_to(database):
            try:
                head = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
                name = Setting.get_or_none(Setting.key == "shop.name")
                return BackupContents(
                    source,
                    report.ok,
                    report.problems[0].what if report.problems else "",
                    Order.select().count(),
                    Customer.select().count(),
                    head.created_at if head is not None else None,
                    head.seq if head is not None else 0,
                    head.hash if head is not None else "",
                    str(json.loads(name.value)) if name is not None else "",
                    same_shop,
                )
            except (sqlite3.DatabaseError, pw.DatabaseError, ValueError) as exc:
                raise damaged(source) from exc
            finally:
                database.close()


def check_backup(path: Path | str) -> Report:
    """Verify a backup without changing anything: a copy of it is upgraded (if older) and checked."""
    with prepared_copy(Path(path).expanduser(), work_folder()) as (_copy, report):
        return report
