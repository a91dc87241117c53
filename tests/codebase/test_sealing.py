"""One sealing helper, one counter helper, personal details outside the seal, blob tombstones (docs/evidence.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from printproof.services.admin import demo
from printproof.services.core import sealing
from printproof.services.evidence.verify import verify_store
from printproof.store.blobs import put_blob
from printproof.store.chain import canonical
from printproof.store.db import write
from printproof.store.migrations import now
from printproof.store.models import AuditEvent, Blob, BlobErasure, Customer, Erasure, Personal, db
from printproof.store.sealed import KINDS, commitment

ROOT = Path(__file__).resolve().parents[2] / "printproof"


def sources() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text() for p in ROOT.rglob("*.py")}


def test_one_sealing_helper_and_one_counter_helper():
    """No service builds, hashes or chains a sealed record by itself, and one function takes a counter's next value."""
    found = sources()
    hashes_set = {name for name, text in found.items() if re.search(r"\.(content|record)_sha256 = ", text)}
    assert hashes_set == set(), hashes_set  # only store/sealed.py sets a sealed hash (through its Kind)
    events = "|".join(re.escape(k.event) for k in KINDS.values())
    chained = {name for name, text in found.items() if re.search(rf"append(_event)?\([^)]*\"({events})\"", text)}
    assert chained == set(), chained
    increments = {name for name, text in found.items() if "Counter.value +" in text}
    assert increments == {"store/counters.py"}
    saved = {name for name, text in found.items() if re.search(r"\.save\(force_insert=True\)", text)}
    assert saved <= {"store/sealed.py", "store/chain.py"}, saved
    # Every sealed table is declared once, with the event that seals it.
    assert {k.model._meta.table_name for k in KINDS.values()} == {
        "approval",
        "approval_void",
        "pickup",
        "dispute",
        "dispute_decision",
        "proof",
        "erasure",
        "erasure_request",
        "customer_copy",
    }


def test_personal_details_live_outside_the_sealed_rows_and_the_chain(store):
    demo.fill(0)
    customers = [value for c in Customer.select() for value in (c.name, c.email, c.phone) if value]
    assert len(customers) >= 18
    sealed_text = []
    for table in ("approval", "approval_void", "pickup", "dispute", "dispute_photo", "dispute_decision", "proof"):
        sealed_text += [repr(r) for r in db.execute_sql(f'SELECT * FROM "{table}"').fetchall()]
    sealed_text += [r[0] for r in db.execute_sql("SELECT payload FROM audit_event").fetchall()]
    text = "\n".join(sealed_text)
    for value in customers:
        assert value not in text, value
    assert "abholung.jpg" not in text  # the photo's file name
    assert ".png" not in "\n".join(r[0] for r in db.execute_sql("SELECT payload FROM audit_event").fetchall())
    # Each record's details have their own salt, and the record holds exactly their commitment.
    for kind in KINDS.values():
        for record in kind.model.select():
            if kind.personal_keys:
                row = Personal.get_by_id(record.personal_id)
                assert len(bytes(row.salt)) == 32
                assert commitment(bytes(row.salt), json.loads(row.data)) == record.personal_sha256
                assert record.personal_sha256 in canonical(kind.content(record)).decode()
    salts = [bytes(r[0]) for r in db.execute_sql("SELECT salt FROM personal").fetchall()]
    assert len(salts) == len(set(salts))
    assert verify_store().ok


def _erasure(actor, files: list[str]) -> Erasure:
    record = Erasure(
        customer=0,
        basis="retention",
        scope=json.dumps({"orders": [], "personal": [], "files": files}),
        staff=actor.staff_id,
        workstation=actor.workstation,
        created_at=now(),
        utc_offset="+00:00",
    )
    return sealing.seal(actor, record)


def _refused(statement: str, *params) -> None:
    with pytest.raises(Exception, match="sealed"):
        with write():
            db.execute_sql(statement, params)


def test_a_file_loses_its_bytes_only_when_a_sealed_erasure_names_it(owner):
    p = "%s" if db.obj.__class__.__name__.startswith("Postgres") else "?"
    with write():
        kept = put_blob(b"somebody's signature", "image/png").sha256
        gone = put_blob(b"somebody's photo", "image/jpeg").sha256
        other = put_blob(b"another photo", "image/jpeg").sha256
    _refused(f"DELETE FROM blob WHERE sha256 = {p}", kept)
    _refused(f"UPDATE blob SET data = {p} WHERE sha256 = {p}", b"", kept)
    with write():
        erasure = _erasure(owner, [gone, other])
        BlobErasure.create(sha256=gone, erasure=erasure)
        BlobErasure.create(sha256=other, erasure=erasure)
    _refused(f"UPDATE blob SET data = {p} WHERE sha256 = {p}", b"forged", gone)  # emptied, never changed
    _refused(f"UPDATE blob SET size = 1, data = {p} WHERE sha256 = {p}", b"", gone)
    _refused(f"DELETE FROM blob_erasure WHERE sha256 = {p}", gone)  # tombstones are sealed too
    with write():
        db.execute_sql(f"UPDATE blob SET data = {p} WHERE sha256 = {p}", (b"", gone))
        db.execute_sql(f"DELETE FROM blob WHERE sha256 = {p}", (other,))
    assert bytes(Blob.get_by_id(gone).data) == b"" and Blob.get_or_none(Blob.sha256 == other) is None
    report = verify_store()
    assert report.ok, report.problems
    assert report.counts["erased files"] == 1 and report.counts["erasures"] == 1
    assert report.erasures[0]["basis"] == "retention" and report.erasures[0]["files"] == 2
    assert AuditEvent.get(AuditEvent.subject == f"erasure:{erasure.id}").kind == "erasure.recorded"
    # A tombstone that no sealed erasure names does not excuse an emptied file.
    from printproof.store.triggers import drop_triggers

    drop_triggers()
    with write():
        BlobErasure.create(sha256=kept, erasure=erasure)
        db.execute_sql(f"UPDATE blob SET data = {p} WHERE sha256 = {p}", (b"", kept))
    what = [x.what for x in verify_store().problems]
    assert any("marked erased, but no sealed erasure names it" in w for w in what)
    assert any(f"stored file {kept[:16]}… was altered" in w for w in what)
