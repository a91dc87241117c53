"""Erasure (GDPR Art. 17): an order's personal details and files go, its evidence stays verifiable.

One sealed :class:`Erasure` per customer names exactly what went — the orders, the ``personal`` rows whose
details and salts are deleted, the files whose bytes are deleted (each with a tombstone, which alone lets
the blob triggers allow it) — and why ("retention" or "request"). ``verify`` then passes, names the erasure
and still names any other change. Afterwards the store is compacted so that nothing erased survives in free
pages (SQLite: secure_delete is on for every connection, then VACUUM and a truncated WAL; PostgreSQL:
VACUUM FULL of the tables that held it — see the README for what PostgreSQL keeps and for how long).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee as pw

from ...domain.enums import Role
from ...domain.errors import Conflict, UserError
from ...domain.i18n import t
from ...store.db import is_sqlite, lock_order, write
from ...store.merges import merged_in
from ...store.migrations import order_tokens
from ...store.models import (
    Approval,
    ApprovalVoid,
    Artwork,
    Blob,
    BlobErasure,
    ComplaintLink,
    Customer,
    CustomerCopy,
    Dispute,
    DisputeDecision,
    DisputePhoto,
    Erasure,
    ErasureRequest,
    Order,
    OrderToken,
    Personal,
    Pickup,
    PortalLink,
    Proof,
    db,
)
from ...store.rows import tuples
from ...store.settings import get_setting
from ..core import audit, sealing
from ..core.context import Actor, require, utc_offset_now, workstation_name
from ..core.customers import forget_entry
from ..core.files import remove_stale_partials
from ..core.orders import find_order
from ..core.retention import LEGAL_REASON, clock, due_orders, retention_end

BASES = ("retention", "request")
NOBODY = Customer(name="", company="", phone="", email="")  # an erased customer: no search words


@dataclass(frozen=True)
class Erased:
    """What one erasure step removed."""

    orders: list[str]
    customers: list[int]
    details: int  # personal rows emptied
    files: int  # files whose bytes were deleted
    erasure_ids: list[int] = field(default_factory=list)
    backup: str | None = None  # the backup made right after, without the erased data
    removed: list[str] = field(default_factory=list)  # older copies that held it, removed

    def to_dict(self) -> dict[str, object]:
        return {
            "erased": self.orders,
            "details": self.details,
            "files": self.files,
            "erasures": self.erasure_ids,
            "backup": self.backup,
            "removed_copies": self.removed,
        }


def personal_ids(order_ids: list[int]) -> set[int]:
    """The ``personal`` rows of every sealed record of these orders."""
    found: set[int] = set()
    queries = [
        Approval.select(Approval.personal).where(Approval.order.in_(order_ids)),
        ApprovalVoid.select(ApprovalVoid.personal).join(Approval).where(Approval.order.in_(order_ids)),
        Pickup.select(Pickup.personal).where(Pickup.order.in_(order_ids)),
        Dispute.select(Dispute.personal).where(Dispute.order.in_(order_ids)),
        DisputeDecision.select(DisputeDecision.personal).join(Dispute).where(Dispute.order.in_(order_ids)),
        Proof.select(Proof.personal).where(Proof.order.in_(order_ids)),
        CustomerCopy.select(CustomerCopy.personal).where(CustomerCopy.order.in_(order_ids)),
    ]
    for query in queries:
        found.update(pid for (pid,) in tuples(query) if pid)
    return found


def _file_queries(where_order: pw.Expression) -> list[pw.SelectQuery]:
    """Every file an order's rows point at: proofs, signatures, evidence, photos, artwork and its previews."""
    queries: list[pw.SelectQuery] = [Proof.select(Proof.pdf).join(Order).where(where_order)]
    columns: list[tuple[Any, Any]] = [
        (Approval, Approval.signature_strokes),
        (Approval, Approval.signature_image),
        (Approval, Approval.evidence),
        (Pickup, Pickup.signature_strokes),
        (Pickup, Pickup.signature_image),
        (Artwork, Artwork.original),
        (Artwork, Artwork.preview),
        (Artwork, Artwork.thumbnail),
        (Artwork, Artwork.marked),
        (Approval, Approval.markup),  # the marks' JSON holds the pins' words (issue 13)
        (PortalLink, PortalLink.receipt),  # a decision by link that could not be sealed (issue 24)
        (ComplaintLink, ComplaintLink.receipt),  # a complaint by link: the customer's words and name (issue 25)
    ]
    queries += [model.select(column).join(Order).where(where_order) for model, column in columns]
    queries.append(DisputePhoto.select(DisputePhoto.blob).join(Dispute).join(Order).where(where_order))
    return queries


def files_of(order_ids: list[int]) -> set[str]:
    """The SHA-256 of every file of these orders."""
    found: set[str] = set()
    for query in _file_queries(Order.id.in_(order_ids)):
        found.update(sha for (sha,) in tuples(query) if sha)
    return found


def _still_needed(candidates: set[str], order_ids: list[int]) -> set[str]:
    """Files that other orders (not erased) or the shop's settings still use: they stay."""
    if not candidates:
        return set()
    elsewhere = Order.id.not_in(order_ids) & Order.erased_at.is_null()
    needed = {sha for query in _file_queries(elsewhere) for (sha,) in tuples(query) if sha in candidates}
    for key in ("shop.logo_sha256", "press.profile_sha256"):
        if get_setting(key) in candidates:
            needed.add(str(get_setting(key)))
    return needed


def erase_orders(actor: Actor | None, numbers: list[str], *, basis: str = "retention") -> Erased:
    """Erase the personal details and files of these orders, each past its retention; the owner's one step.

    ``actor`` None is the app's automatic mode (``auto_erase``). Refuses, changing nothing, an order whose
    retention has not ended (with its date and legal reason) or that was erased before.
    """
    if actor is not None:
        actor = require(actor, Role.OWNER, action="erase personal data")
    if basis not in BASES:
        raise UserError(t("Unknown reason for an erasure: {basis}.", basis=basis))
    if not numbers:
        raise UserError(t("No order to erase."))
    moment = clock()
    with write():
        orders = []
        for number in dict.fromkeys(numbers):
            # The automatic mode erases the orders due_orders() listed by their stored numbers; a person's typed
            # number goes through the one lookup (which lets the owner reach a restricted order).
            order = find_order(number, actor) if actor is not None else Order.get(Order.number == number)
            lock_order(order.id)
            orders.append(Order.get_by_id(order.id))
        for order in orders:
            if order.erased_at is not None:
                raise Conflict(
                    t(
                        "Order {number} was erased on {date} already.",
                        number=order.number,
                        date=f"{order.erased_at:%Y-%m-%d}",
                    )
                )
            end = retention_end(order)
            if end > moment:
                raise UserError(
                    t(
                        "Order {number} must be kept until {date} ({law}); it cannot be erased before.",
                        number=order.number,
                        date=f"{end:%Y-%m-%d}",
                        law=LEGAL_REASON,
                    )
                )
        done = _erase(actor, orders, basis, moment)
    return finish(actor, done)


def finish(actor: Actor | None, done: Erased) -> Erased:
    """After the erasure's transaction: no trace in the store's files, a new backup, older copies pruned."""
    from .erased_copies import after_erasure

    compact()
    copies = after_erasure(actor)
    return replace(done, backup=str(copies.backup) if copies.backup else None, removed=[str(p) for p in copies.removed])


def _erase(actor: Actor | None, orders: list[Order], basis: str, moment: datetime) -> Erased:
    """The erasure itself, inside the caller's write transaction."""
    order_ids = [o.id for o in orders]
    files = files_of(order_ids)
    files -= _still_needed(files, order_ids)
    files -= {sha for (sha,) in tuples(BlobErasure.select(BlobErasure.sha256).where(BlobErasure.sha256.in_(files)))}
    by_customer: dict[int, list[Order]] = defaultdict(list)
    for order in orders:
        by_customer[order.customer_id].append(order)
    erasure_ids, erased_customers, details, file_count = [], [], 0, 0
    assigned: set[str] = set()
    for customer_id, group in sorted(by_customer.items()):
        ids = [o.id for o in group]
        others = Order.select().where(
            (Order.customer == customer_id) & Order.id.not_in(order_ids) & Order.erased_at.is_null()
        )
        customer_goes = not others.exists()
        mine = sorted((files_of(ids) & files) - assigned)
        assigned.update(mine)
        people = personal_ids(ids)
        if customer_goes:
            # The requests of every entry of this person: one made on a duplicate merged in later, too (issue 13).
            asked_as = sorted(merged_in([customer_id]))
            requests = ErasureRequest.select(ErasureRequest.personal).where(ErasureRequest.customer.in_(asked_as))
            people.update(pid for (pid,) in tuples(requests) if pid)
        people -= {pid for (pid,) in tuples(Personal.select(Personal.id).where(Personal.erased_at.is_null(False)))}
        scope = {
            "orders": [o.number for o in group],
            "personal": sorted(people),
            "files": mine,
            "customer_erased": customer_goes,
        }
        record = Erasure(
            customer=customer_id,
            basis=basis,
            scope=json.dumps(scope),
            staff=actor.staff_id if actor else None,
            workstation=actor.workstation if actor else workstation_name(),
            created_at=moment,
            utc_offset=utc_offset_now(),
        )
        sealing.seal(actor, record, payload={"orders": scope["orders"], "files": len(mine), "basis": basis})
        if mine:
            BlobErasure.insert_many([{"sha256": sha, "erasure": record.id} for sha in mine]).execute()
            Blob.update(data=b"").where(Blob.sha256.in_(mine)).execute()
        if people:
            Personal.update(data=None, salt=None, erased_at=moment, erasure=record.id).where(
                Personal.id.in_(sorted(people))
            ).execute()
        Artwork.update(filename="", checks="{}").where(Artwork.order.in_(ids)).execute()
        PortalLink.update(email="").where(PortalLink.order.in_(ids)).execute()
        Order.update(notes="", erased_at=moment).where(Order.id.in_(ids)).execute()
        for order in group:
            keep = order_tokens(order.number, NOBODY)
            gone = (OrderToken.order == order.id) & OrderToken.token.not_in(sorted(keep))
            tokens: Any = OrderToken  # types-peewee finds delete() on a composite-key model ambiguous
            tokens.delete().where(gone).execute()
            audit.append(actor, "order.erased", order=order, subject=f"erasure:{record.id}", payload={"basis": basis})
        if customer_goes:
            Customer.update(name="", company="", phone="", email="").where(Customer.id == customer_id).execute()
            forget_entry(customer_id)  # the directory's notes, key and search words, and duplicates merged in
            erased_customers.append(customer_id)
        erasure_ids.append(record.id)
        details += len(people)
        file_count += len(mine)
    return Erased([o.number for o in orders], erased_customers, details, file_count, erasure_ids)


def erase_due(actor: Actor) -> Erased | None:
    """The owner erases every order past retention in one step (None when there is none)."""
    require(actor, Role.OWNER, action="erase personal data")
    due = due_orders()
    return erase_orders(actor, [d.number for d in due]) if due else None


def auto_erase() -> Erased | None:
    """The app's automatic mode: when the owner switched it on, erase every order past retention."""
    if not get_setting("privacy.auto_erase"):
        return None
    due = due_orders()
    return erase_orders(None, [d.number for d in due]) if due else None


# The tables whose rows hold (or held) personal values: rewritten after an erasure (PostgreSQL).
PERSONAL_TABLES = ("personal", "blob", "customer", "customer_token", "order", "order_token", "artwork")


def compact() -> None:
    """Leave no trace of erased bytes in the store's files.

    SQLite: every connection zeroes freed pages (``secure_delete``); VACUUM rewrites the file without free
    pages (written before that pragma, e.g. by an older PrintProof), and the WAL is truncated to zero.
    PostgreSQL: VACUUM FULL rewrites the tables that held erased values into new files (the old ones are
    removed); their planner statistics are taken again and ``pg_statistic`` is rewritten too, because an
    ANALYZE (autovacuum runs one now and then) keeps a column's most common values there — a name, a phone
    number; then the WAL is switched and checkpointed twice (superuser only; README: ``wal_recycle``).
    """
    if db.in_transaction():
        raise RuntimeError("compact() runs after the erasure's transaction")
    if is_sqlite():
        db.execute_sql("VACUUM")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        # A copy a killed restore or backup left beside the store still holds what was just erased.
        remove_stale_partials(Path(db.obj.database).resolve().parent)
        return
    _wait_for_older_snapshots()
    db.execute_sql("SET statement_timeout = 0")  # rewriting a big blob table takes longer than any one write
    try:
        for table in PERSONAL_TABLES:
            db.execute_sql(f'VACUUM FULL "{table}"')
        # VACUUM FULL waited for any ANALYZE still reading the old rows; statistics taken now see only what is
        # left, and rewriting pg_statistic (its owner, the database's owner, may) drops the old values' rows.
        for table in PERSONAL_TABLES:
            db.execute_sql(f'ANALYZE "{table}"')
        db.execute_sql("VACUUM FULL pg_statistic")
    finally:
        db.execute_sql("RESET statement_timeout")
    # Close the WAL segments that hold the old row images and let a checkpoint retire them: with the server's
    # ``wal_recycle = off`` they are deleted now; otherwise they are renamed for reuse and written over later.
    for statement in ("SELECT pg_switch_wal()", "CHECKPOINT", "SELECT pg_switch_wal()", "CHECKPOINT"):
        try:
            db.execute_sql(statement)
        except pw.DatabaseError:  # not a superuser (or pg_checkpoint): the server does it at its own pace
            if db.in_transaction():
                db.rollback()


SNAPSHOT_WAIT_S = 60.0  # how long an erasure waits for older reads to end before it rewrites anyway


def _wait_for_older_snapshots(limit_s: float = SNAPSHOT_WAIT_S) -> bool:
    """Wait until no other transaction of this database may still see the erased rows (PostgreSQL).

    VACUUM FULL copies a deleted row version into the new file as long as any snapshot of the database may
    still see it — an autovacuum worker analysing another table, another workstation in the middle of a read —
    so the rewrite must come after those end. Only the erasure's own and later snapshots are allowed
    (``backend_xmin`` and ``backend_xid`` of every session, autovacuum's included, are shown to any role). Not
    seen here: a replication slot's or a standby's ``xmin`` (``hot_standby_feedback``) and prepared
    transactions — a shop with a replica prunes those as the README says. Returns False if older snapshots were
    still open after ``limit_s`` (the rewrite then runs anyway and the log says so).
    """
    import logging
    import time

    mark = db.execute_sql(
        "SELECT (mod(txid_snapshot_xmax(txid_current_snapshot()), 4294967296)::text)::xid"
    ).fetchone()[0]  # the first transaction id not yet begun: snapshots older than it may see the old rows
    sql = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND (age(backend_xmin) > age(%s::xid) OR age(backend_xid) > age(%s::xid))"
    )
    deadline = time.monotonic() + limit_s
    while db.execute_sql(sql, (mark, mark)).fetchone()[0]:
        if time.monotonic() > deadline:
            logging.getLogger(__name__).warning(
                "compacting after an erasure while older transactions of the database are still open; "
                "their snapshots may keep erased rows in the rewritten files until the next compaction"
            )
            return False
        time.sleep(0.1)
    return True


def erasures() -> list[dict[str, object]]:
    """Every sealed erasure, newest first, for the owner's screen and ``verify``'s report."""
    rows = []
    for e in Erasure.select().order_by(Erasure.id.desc()):
        scope = json.loads(e.scope)
        rows.append(
            {
                "id": e.id,
                "basis": e.basis,
                "at": e.created_at,
                "orders": scope.get("orders", []),
                "files": len(scope.get("files", [])),
                "details": len(scope.get("personal", [])),
            }
        )
    return rows
