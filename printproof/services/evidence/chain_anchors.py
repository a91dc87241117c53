"""The audit chain compared with what left the store: the newest backups in the backup folder.

Someone with write access to the store can delete the newest events together with their records and
lower the chain counter; the chain then still hangs together. A backup made earlier holds those events:
``verify`` reads the newest backups of the backup folder and names every event a backup holds that the
store no longer has, or holds differently. Every backup carries the chain head it was made at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ...domain.i18n import t
from ...store.models import AuditEvent
from ..core import audit
from ..core.backup_files import backup_folder, first_event_hash, newest_backups

NEWEST_BACKUPS = 3
LOOK_AT_MOST = 30  # backup files opened to find the newest of this store (a folder may hold other stores')


@dataclass(frozen=True)
class ChainHead:
    """The chain's last event: its number and hash (GENESIS and 0 for an empty chain)."""

    seq: int
    hash: str
    at: datetime | None = None

    def to_dict(self) -> dict[str, object]:
        return {"seq": self.seq, "hash": self.hash, "at": self.at.isoformat(timespec="seconds") if self.at else None}


def chain_head() -> ChainHead:
    """The audit chain's head as the store holds it now."""
    event = (
        AuditEvent.select(AuditEvent.seq, AuditEvent.hash, AuditEvent.created_at)
        .order_by(AuditEvent.seq.desc())
        .first()
    )
    return ChainHead(event.seq, event.hash, event.created_at) if event else ChainHead(0, audit.GENESIS)


@dataclass(frozen=True)
class BackupFinding:
    """What a backup holds that the store does not: ``what`` is one sentence, ``backup`` the file's name."""

    backup: str
    what: str


@dataclass(frozen=True)
class BackupComparison:
    compared: list[str]
    set_aside: list[str]  # backups of a history a restore replaced
    findings: list[BackupFinding]
    other_stores: list[str] = field(default_factory=list)  # backups whose chain starts elsewhere: not this store's


def _backup_events(path: Path) -> Iterator[tuple[int, str, str, str]]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        yield from con.execute("SELECT seq, hash, kind, created_at FROM audit_event ORDER BY seq")
    finally:
        con.close()


def _store_events(first: int) -> Iterator[tuple[int, str]]:
    """(seq, hash) of the store's events from ``first`` on, in order: a plain cursor, fetched in batches
    (a peewee row per event costs several times the comparison itself on a long chain)."""
    from ...store.db import is_sqlite
    from ...store.models import db

    marker = "?" if is_sqlite() else "%s"
    cursor = db.execute_sql(f'SELECT "seq", "hash" FROM "audit_event" WHERE "seq" >= {marker} ORDER BY "seq"', (first,))
    while True:
        rows = cursor.fetchmany(5000)
        if not rows:
            return
        yield from rows


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in numbers:
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def _restored_after(seq: int, made: datetime) -> bool:
    """Whether a restore, recorded at or after event ``seq``, replaced the history of a backup made before it."""
    from ...store.power import ledger

    power = ledger()  # a restore event appended past PrintProof sets no backup aside
    restores = (
        AuditEvent.select(AuditEvent.seq, AuditEvent.created_at)
        .where((AuditEvent.kind == "backup.restored") & (AuditEvent.seq >= seq))
        .order_by(AuditEvent.seq)
    )
    restore = next((r for r in restores if r.seq in power.accepted), None)
    return restore is not None and made <= restore.created_at


def compare_backup(path: Path) -> list[BackupFinding] | None:
    """Compare one backup's events with the store's; None when a restore replaced that backup's history."""
    missing: list[int] = []
    differing: list[tuple[int, str]] = []
    store = _store_events(1)
    current = next(store, None)
    for seq, hash_, kind, _at in _backup_events(path):
        while current is not None and current[0] < seq:
            current = next(store, None)
        if current is None or current[0] != seq:
            missing.append(seq)
        elif current[1] != hash_:
            differing.append((seq, kind))
    if not missing and not differing:
        return []
    first = min(missing + [s for s, _ in differing])
    made = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    if _restored_after(first, made):
        return None
    name = path.name
    findings = []
    for start, end in _ranges(missing):
        findings.append(
            BackupFinding(
                name,
                t("event {seq} that the backup “{name}” holds is missing from the store", seq=start, name=name)
                if start == end
                else t(
                    "events {first}–{last} that the backup “{name}” holds are missing from the store",
                    first=start,
                    last=end,
                    name=name,
                ),
            )
        )
    if differing:
        seq, kind = differing[0]
        findings.append(
            BackupFinding(
                name,
                t(
                    "{n} events differ from the backup “{name}”, the first is event {seq} ({kind})",
                    n=len(differing),
                    name=name,
                    seq=seq,
                    kind=kind,
                ),
            )
        )
    return findings


def _places(also: list[Path]) -> list[Path]:
    """Where backups are looked for: the folder the owner's signed settings name, the folder the store's row names
    (the two differ only after someone changed the store past PrintProof, or rewrote the chain so that the owner's
    signature on the setting no longer holds), and ``also`` (the folders this workstation wrote backups to)."""
    from ...store.settings import stored_settings

    places = [backup_folder()]
    stored = str(stored_settings().get("backup.folder") or "").strip()
    if stored:
        places.append(Path(stored).expanduser())
    places.extend(also)
    return list(dict.fromkeys(p.resolve() for p in places))


def compare_with_backups(
    folder: Path | None = None, count: int = NEWEST_BACKUPS, also: list[Path] | None = None
) -> BackupComparison:
    """Compare the store's chain with the newest ``count`` backups of this store in the backup folder.

    A backup whose chain starts with another first event is another store's (the demo shop's, a second
    shop's on the same NAS): it is listed, not compared. If backups made while this store existed are all
    another store's, that is said — it is also what a chain rewritten from its first event looks like.
    """
    compared: list[str] = []
    set_aside: list[str] = []
    findings: list[BackupFinding] = []
    other: list[Path] = []
    first = AuditEvent.select(AuditEvent.hash, AuditEvent.created_at).where(AuditEvent.seq == 1).first()
    if first is None:
        return BackupComparison(compared, set_aside, findings)
    places = [folder] if folder is not None else _places(also or [])
    found_in: dict[Path, float] = {}
    for place in places:
        for path in newest_backups(place, LOOK_AT_MOST, any_shop=True):
            try:
                found_in[path] = path.stat().st_mtime
            except OSError:  # pruned meanwhile
                continue
    for path in sorted(found_in, key=lambda p: found_in[p], reverse=True)[:LOOK_AT_MOST]:
        if len(compared) + len(set_aside) >= count:
            break
        try:
            if first_event_hash(path) != first.hash:
                other.append(path)
                continue
            found = compare_backup(path)
        except (sqlite3.Error, OSError):
            findings.append(BackupFinding(path.name, t("the backup “{name}” cannot be read", name=path.name)))
            continue
        if found is None:
            set_aside.append(path.name)
            continue
        compared.append(path.name)
        findings.extend(found)
    made_since = [
        p for p in other if datetime.fromtimestamp(p.stat().st_mtime, UTC).replace(tzinfo=None) > first.created_at
    ]
    if made_since and not compared and not set_aside:
        name = made_since[0].name
        findings.append(
            BackupFinding(
                name,
                t(
                    "the newest backups, “{name}” among them, were made while this store existed but hold another "
                    "audit chain: they belong to another store, or this store's chain was rewritten from its start",
                    name=name,
                ),
            )
        )
    return BackupComparison(compared, set_aside, findings, [p.name for p in other])
