import os
import sqlite3

import pytest

from printproof.domain.errors import StoreError
from printproof.services.core import orders
from printproof.store import migrations
from printproof.store.blobs import blob_bytes, put_blob
from printproof.store.db import open_store, write
from printproof.store.models import Approval, Artwork, Blob, OrderToken, SchemaVersion, db
from tests.support.stores import v2_store


@pytest.fixture
def store(sqlite_store):
    """These tests are about the SQLite file itself."""
    return sqlite_store


def test_new_store_is_wal_with_foreign_keys_and_full_sync(store):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert migrations._version() == migrations.CURRENT


def test_data_survives_reopening(tmp_path, owner, card_order):
    path = db.database
    db.close()
    reopened = open_store(path)
    assert orders.find_order(card_order, None).customer.name == "Łukasz Żółć"
    reopened.close()


def test_blobs_are_stored_once_by_sha256(store):
    with write():
        a = put_blob(b"same bytes", "text/plain")
        b = put_blob(b"same bytes", "text/plain")
    assert a.sha256 == b.sha256
    assert Blob.select().count() == 1
    assert blob_bytes(a.sha256) == b"same bytes"


def test_blob_is_rolled_back_with_its_transaction(store):
    with pytest.raises(RuntimeError):
        with write():
            put_blob(b"half saved", "text/plain")
            raise RuntimeError("crash before the record")
    assert Blob.select().count() == 0


@pytest.mark.parametrize("start", [1, 2])
def test_older_store_is_copied_aside_and_upgraded(tmp_path, start):
    path = v2_store(tmp_path / "store.sqlite3")
    if start == 1:  # schema 1 had no search words table
        con = sqlite3.connect(path)
        con.execute("DROP TABLE order_token")
        con.execute("UPDATE schema_version SET version = 1")
        con.commit()
        con.close()
    reopened = open_store(str(path))
    assert migrations._version() == migrations.CURRENT
    assert OrderToken.select().count() > 0
    assert [r.number for r in orders.search_orders("müller")] == ["2026-00001"]
    steps = [row.version for row in SchemaVersion.select().order_by(SchemaVersion.version)]
    # Through issue 9's 3, then 4, issue 14's 5, issue 11's 6, issue 13's 7, issues 24/25's 8, issue 20's 9, …,
    # issue 25's 14 (a decision's amount) and 15 (complaints by link).
    assert migrations.CURRENT == 15 and steps == list(range(start, 16))
    assert {"chain_timestamp", "timestamp_queue"} <= set(db.get_tables())
    assert {"checks", "marked_id"} <= {c.name for c in db.get_columns("artwork")}
    # Schema 7: the directory's columns and search words, forgiving search words for every old order.
    from printproof.services.core import customers
    from printproof.store.models import Customer

    assert {"markup_id"} <= {c.name for c in db.get_columns("approval")}
    assert {"reorder_of_id", "reorder_proof_id"} <= {c.name for c in db.get_columns("order")}
    assert [r.number for r in orders.search_orders("mueller")] == ["2026-00001"]
    assert [c.name for c in customers.search_customers("mueller")] == [
        orders.find_order("2026-00001", None).customer.name
    ]
    assert all(len(c.digest_key) == 64 for c in Customer.select())
    assert "acknowledged" in {c.name for c in db.get_columns("approval")}
    backups = list(tmp_path.glob(f"store.before-v{migrations.CURRENT}-from-v{start}-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == start
    assert "recovery_hash" not in {row[1] for row in old.execute("PRAGMA table_info(staff)")}  # as it was
    assert old.execute('SELECT COUNT(*) FROM "order"').fetchone()[0] == 2
    old.close()
    # The shop goes on: staff sealed as found (the old 4-digit owner PIN still signs in), records verify.
    from printproof.services.admin.staff import list_staff, sign_in
    from printproof.services.evidence.verify import verify_store

    assert verify_store().ok, verify_store().problems
    assert sign_in("Anna", "1234").role == "owner" and sign_in("Tom", "1111").role == "counter"
    assert {(v.name, v.role.value) for v in list_staff()} == {("Anna", "owner"), ("Tom", "counter")}
    # Schema 4's columns work on the old rows: the approved order shows as before (no findings to
    # acknowledge in its sealed record), and the draft takes new artwork, checked and simulated for the press.
    from PIL import Image

    from printproof.services.artwork import artwork
    from printproof.services.counter import overview
    from printproof.services.proofing import proofs
    from printproof.services.proofing.acknowledgements import acknowledged_items

    approved = overview.order_view("2026-00001")
    assert approved.status == "in_production"
    assert [acknowledged_items(a) for a in Approval.select()] == [[]]
    png = tmp_path / "front.png"
    Image.new("RGB", (600, 400), (0, 0, 255)).save(png)
    tom = sign_in("Tom", "1111")
    artwork.add_artwork(tom, "2026-00002", png)
    assert Artwork.get(Artwork.order == orders.find_order("2026-00002", None)).checks != "{}"
    assert proofs.make_proof(tom, "2026-00002").version == 1
    assert verify_store().ok, verify_store().problems
    reopened.close()


def test_newer_store_is_refused_and_left_alone(tmp_path, store):
    db.execute_sql("INSERT INTO schema_version (version, changed_at) VALUES (99, '2030-01-01')")
    db.close()
    with pytest.raises(StoreError, match="newer PrintProof"):
        open_store(str(tmp_path / "store.sqlite3"))
    check = sqlite3.connect(tmp_path / "store.sqlite3")
    assert check.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 99
    check.close()


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "accounts.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a PrintProof store"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_damaged_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged or is not a PrintProof store"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_sealed_tables_refuse_raw_sql(owner):
    db.execute_sql(
        "INSERT INTO audit_event (seq, created_at, workstation, kind, subject, payload, prev_hash, hash) "
        "VALUES (999, '2026-01-01', 'x', 'x', '', '{}', '', '')"
    )
    with pytest.raises(Exception, match="sealed"):
        db.execute_sql("UPDATE audit_event SET kind = 'forged'")
    with pytest.raises(Exception, match="sealed"):
        db.execute_sql("DELETE FROM audit_event")


def test_a_device_or_a_pipe_given_as_the_store_is_one_sentence(tmp_path):
    pipe = tmp_path / "store.sqlite3"
    os.mkfifo(pipe)
    for path in ("/dev/zero", str(pipe)):
        with pytest.raises(StoreError) as refused:
            open_store(path)
        assert "device, pipe or socket" in str(refused.value) or "Gerät" in str(refused.value)


def test_a_mistyped_store_path_makes_no_folders_and_no_empty_shop(tmp_path):
    """A path someone gave in a folder that is not there is said as such; the command line's signed-in commands
    refuse a file that is not there instead of making an empty store and saying "unknown user"."""
    from printproof.cli import main

    missing = tmp_path / "Druckrei" / "shop.sqlite3"
    with pytest.raises(StoreError, match="does not exist|existiert nicht"):
        open_store(str(missing))
    assert not missing.parent.exists()
    assert main(["--db", str(missing), "demo"]) == 2
    assert not missing.parent.exists()
    typo = tmp_path / "shpo.sqlite3"
    assert main(["--db", str(typo), "--user", "Anna Becker", "--pin", "123456", "order", "list"]) == 2
    assert not typo.exists()


def test_every_schema_step_is_one_module_of_one_shape():
    """Migrations are one chain of steps in one style: store/migrations/vNN.py for every schema after the first,
    each with its upgrade() (and columns() where an earlier step's data work must find them)."""
    steps = migrations._steps()
    assert sorted(steps) == list(range(2, migrations.CURRENT + 1))
    for step, module in steps.items():
        assert callable(module.upgrade) and module.__doc__.startswith(f"Schema {step}:"), module.__name__
