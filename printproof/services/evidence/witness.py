"""What this workstation has seen of the shop's audit chain, kept outside the store (issue 22).

Someone with write access to the store can delete the chain's newest events with their records, roll the whole
file back to an older copy, or rewrite the chain from its first event — and point the backup folder at an empty
one, so that no backup contradicts them. Every workstation therefore remembers, in the user's own data folder
(never in the store), the furthest chain head it has seen (at start, after each backup, after a verify that
held) and the backups it made. The owner's verify compares: a store that no longer reaches that head, or holds
another event there, and a backup this workstation made that is gone from its folder, are each named.

The file holds digests, numbers and paths only — no personal data.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from ...domain.i18n import t
from ...store.models import AuditEvent
from ..core.backup_files import shop_key
from .chain_anchors import chain_head

KEEP_BACKUPS = 30  # the newest backups remembered

_folder: Path | None = None


def use_folder(folder: Path | None) -> None:
    """Keep the witness files in ``folder`` (tests); None: the user's data folder."""
    global _folder
    _folder = folder


def _path() -> Path | None:
    key = shop_key()
    if not key:
        return None  # a store never set up has nothing to witness
    from platformdirs import user_data_path

    folder = _folder or user_data_path("PrintProof", appauthor=False) / "witness"
    return folder / f"{key}.json"


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, object]) -> None:
    """Written whole or not at all; a workstation that cannot write it works on (it is a witness, not a record)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return


def _held(seen: dict[str, object]) -> bool:
    """Whether the store still holds the event ``seen`` names, unchanged."""
    seq, digest = seen.get("seq"), seen.get("hash")
    if not isinstance(seq, int) or seq <= 0:
        return True
    stored = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == seq).scalar()
    return bool(stored == digest)


def note_head() -> None:
    """Remember the chain head as it is now (see :func:`_advance`)."""
    path = _path()
    if path is not None:
        data = _read(path)
        if _advance(data):
            _write(path, data)


def _advance(data: dict[str, object]) -> bool:
    """Move the remembered head to the chain's head now, if that is further and the store still holds the one
    remembered (a store that lost it keeps the evidence: the remembered head is not moved back)."""
    seen = data.get("head")
    head = chain_head()
    if isinstance(seen, dict) and (not _held(seen) or int(seen.get("seq") or 0) >= head.seq):
        return False
    data["head"] = {"seq": head.seq, "hash": head.hash, "at": _now()}
    return True


def note_backup(backup: Path, seq: int, digest: str) -> None:
    """Remember a backup this workstation made (its path and the chain head it holds)."""
    path = _path()
    if path is None:
        return
    data = _read(path)
    made = _backups(data)
    made.append({"path": str(backup.resolve()), "seq": seq, "hash": digest, "at": _now()})
    data["backups"] = made[-KEEP_BACKUPS:]
    _advance(data)
    _write(path, data)


def forget(removed: list[Path]) -> None:
    """Backups this workstation removed itself (the copies kept, erasure's pruning): no longer looked for."""
    path = _path()
    if path is None or not removed:
        return
    data = _read(path)
    gone = {str(p.resolve()) for p in removed}
    made = _backups(data)
    data["backups"] = [b for b in made if b.get("path") not in gone]
    _write(path, data)


def restart() -> None:
    """After the owner restored a backup on purpose: the chain as restored is the one witnessed from now on."""
    path = _path()
    if path is None:
        return
    data = _read(path)
    head = chain_head()
    data["head"] = {"seq": head.seq, "hash": head.hash, "at": _now()}
    # The restore's own event is the head: an owner's next sign-in here confirms it (store/power.py), and only a
    # restore this workstation made — never one appended to the store past PrintProof.
    restores = data.get("restores") if isinstance(data.get("restores"), list) else []
    data["restores"] = [*restores, {"seq": head.seq, "hash": head.hash}][-KEEP_BACKUPS:]  # type: ignore[misc]
    _write(path, data)


def restores_made_here() -> set[int]:
    """The restore events this workstation made that the store still holds unchanged (their seq)."""
    path = _path()
    if path is None:
        return set()
    restores = _read(path).get("restores")
    made = [r for r in restores if isinstance(r, dict)] if isinstance(restores, list) else []
    return {int(r["seq"]) for r in made if isinstance(r.get("seq"), int) and _held(r)}


def findings() -> list[str]:
    """What this workstation saw that the store or the backup folder no longer shows, one sentence each."""
    path = _path()
    if path is None:
        return []
    data = _read(path)
    found = []
    seen = data.get("head")
    if isinstance(seen, dict) and not _held(seen):
        head = chain_head()
        when = str(seen.get("at", ""))[:16].replace("T", " ")
        if head.seq < int(seen.get("seq") or 0):
            found.append(
                t(
                    "this workstation saw the audit chain reach event {seq} on {when}; the store now ends at event "
                    "{now}: events were removed, or the store was put back to an older copy",
                    seq=seen.get("seq"),
                    when=when,
                    now=head.seq,
                )
            )
        else:
            found.append(
                t(
                    "this workstation saw event {seq} of the audit chain on {when} with another hash: the chain "
                    "was rewritten",
                    seq=seen.get("seq"),
                    when=when,
                )
            )
    gone = [b for b in _backups(data) if not Path(str(b.get("path"))).exists()]
    if gone:
        newest = gone[-1]
        found.append(
            t(
                "backups this workstation made are gone from where it wrote them: {count}, the newest “{path}” "
                "(up to event {seq})",
                count=len(gone),
                path=newest.get("path"),
                seq=newest.get("seq"),
            )
        )
    return found


def _backups(data: dict[str, object]) -> list[dict[str, object]]:
    listed = data.get("backups")
    return [b for b in listed if isinstance(b, dict)] if isinstance(listed, list) else []


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def folders_written() -> list[Path]:
    """The folders this workstation wrote the backups it remembers to."""
    path = _path()
    if path is None:
        return []
    return list(dict.fromkeys(Path(str(b.get("path"))).parent for b in _backups(_read(path)) if b.get("path")))
