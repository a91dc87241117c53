"""The customer acknowledges each serious finding; the acknowledgement is sealed and printed."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest
from PIL import Image

from printproof.domain.enums import ApprovalMethod, Decision
from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import dossier
from printproof.services.evidence import certificates
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.store import migrations
from printproof.store.db import open_store
from printproof.store.models import Approval, db
from printproof.store.sealed import approval_content
from printproof.store.triggers import drop_triggers
from tests.support.shop import needs, signature_strokes, table_counts

ALL_TICKED = dict.fromkeys(CHECKLIST, True)


@pytest.fixture
def low_res_and_blue(owner, tmp_path) -> str:
    """A 4/0 card from a 100 ppi pure blue photo: two serious findings (resolution, colour)."""
    number = orders.new_order(
        owner, orders.CustomerInput("Frau Blau", "", "", ""), JobSpec("Karte", 85, 55, 3, 500, "", "4/0")
    ).number
    path = tmp_path / "blue.jpg"
    Image.new("RGB", (358, 240), (0, 0, 255)).save(path, quality=95)
    artwork.add_artwork(owner, number, path)
    proofs.make_proof(owner, number)
    return number


def approve(actor, number, **kw):
    values = {
        "decision": Decision.APPROVED,
        "customer_name": "Frau Blau",
        "checklist": ALL_TICKED,
        "strokes": signature_strokes(),
    }
    values.update(kw)
    return approvals.record_approval(actor, number, **values)


def test_each_serious_finding_is_listed_in_the_customers_words(low_res_and_blue):
    items = acknowledgements.serious_findings(proofs.get_proof(low_res_and_blue), "de")
    assert [i.code for i in items] == ["very_low_resolution", "out_of_gamut"]
    assert items[0].text == (
        "Mir ist bekannt: Vorderseite: nur 100 dpi bei Druckgröße – der Druck wird sichtbar unscharf."
    )
    assert acknowledgements.serious_findings(proofs.get_proof(low_res_and_blue), "en")[0].text.startswith(
        "I am aware: Front: only 100 dpi"
    )


def test_no_approval_without_every_serious_finding_acknowledged(counter, low_res_and_blue):
    keys = acknowledgements.serious_keys(proofs.get_proof(low_res_and_blue))
    before = table_counts()
    with pytest.raises(UserError, match="Every serious finding must be acknowledged") as refused:
        approve(counter, low_res_and_blue, acknowledged=keys[:1])  # the resolution, not the colour
    assert "100 %" in str(refused.value)  # names the one still open
    with pytest.raises(UserError, match="no serious finding"):
        approve(counter, low_res_and_blue, acknowledged=[*keys, "made_up@0#0"])
    assert table_counts() == before
    record = approve(counter, low_res_and_blue, acknowledged=keys)
    sealed = json.loads(record.acknowledged)
    assert [(i["code"], i["acknowledged"]) for i in sealed] == [("very_low_resolution", True), ("out_of_gamut", True)]
    assert approval_content(Approval.get_by_id(record.id))["acknowledged"] == sealed


def test_changes_requested_records_what_was_ticked(counter, low_res_and_blue):
    record = approve(counter, low_res_and_blue, decision=Decision.CHANGES_REQUESTED, changes="Bitte ein besseres Foto.")
    assert [i["acknowledged"] for i in json.loads(record.acknowledged)] == [False, False]


def test_phone_approval_records_what_the_customer_was_told(counter, owner, low_res_and_blue, tmp_path):
    keys = acknowledgements.serious_keys(proofs.get_proof(low_res_and_blue))
    approve(
        counter,
        low_res_and_blue,
        method=ApprovalMethod.PHONE,
        strokes=None,
        note="Anruf 10:12, beide Punkte vorgelesen",
        acknowledged=keys,
    )
    needs("pdftotext")
    path = tmp_path / "cert.pdf"
    path.write_bytes(certificates.make_certificate(counter, low_res_and_blue))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "Dem Kunden mitgeteilt" in text
    assert "Mir ist bekannt: Vorderseite: nur 100 dpi bei Druckgröße" in text
    path.write_bytes(dossier.make_dossier(owner, low_res_and_blue))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "Mir ist bekannt: Vorderseite: 100 % der Fläche druckt sichtbar anders" in text


def test_an_altered_acknowledgement_is_named_by_verify(counter, low_res_and_blue):
    record = approve(
        counter, low_res_and_blue, acknowledged=acknowledgements.serious_keys(proofs.get_proof(low_res_and_blue))
    )
    assert verify_store().ok
    drop_triggers()
    forged = record.acknowledged.replace("nur 100 dpi", "300 dpi")
    placeholder = "?" if _sqlite() else "%s"
    db.execute_sql(f"UPDATE approval SET acknowledged = {placeholder} WHERE id = {record.id}", (forged,))
    report = verify_store()
    assert any(p.kind == "approval" and f"approval {record.id} was changed" in p.what for p in report.problems)


def _sqlite() -> bool:
    import peewee as pw

    return isinstance(db.obj, pw.SqliteDatabase)


def test_a_store_from_before_schema_4_upgrades_and_its_approvals_still_verify(sqlite_store, tmp_path):
    """An approval made before acknowledgements existed keeps its hash: the new column stays empty for it.

    (A real schema-2 shop upgrading through 3 and 4: tests/services/test_store.py.)
    """
    from printproof.services.admin import setup

    owner = setup.setup("Druckerei", "Anna", "246810", "de").actor
    number = orders.new_order(
        owner, orders.CustomerInput("K", "", "", ""), JobSpec("Karte", 85, 55, 3, 1, "", "4/0")
    ).number
    path = tmp_path / "card.png"
    Image.new("RGB", (1075, 720), (128, 128, 128)).save(path)
    artwork.add_artwork(owner, number, path)
    proofs.make_proof(owner, number)
    approve(owner, number)  # no serious findings: nothing to acknowledge, the column stays ""
    db.close()
    # Make the file look like schema 3: without the columns schema 4 added.
    con = sqlite3.connect(tmp_path / "store.sqlite3")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("ALTER TABLE approval DROP COLUMN acknowledged")
    kept = [r[1] for r in con.execute("PRAGMA table_info(artwork)") if r[1] not in ("checks", "marked_id")]
    con.execute(f"CREATE TABLE artwork_v2 AS SELECT {', '.join(kept)} FROM artwork")  # SQLite cannot drop an FK
    con.execute("DROP TABLE artwork")
    con.execute("ALTER TABLE artwork_v2 RENAME TO artwork")
    con.execute("UPDATE schema_version SET version = 3")
    con.commit()
    con.close()
    reopened = open_store(str(tmp_path / "store.sqlite3"))
    assert migrations._version() == migrations.CURRENT
    assert {c.name for c in db.get_columns("approval")} >= {"acknowledged"}
    assert Approval.get().acknowledged == ""
    assert verify_store().ok
    assert list(tmp_path.glob(f"store.before-v{migrations.CURRENT}-from-v3-*.sqlite3"))
    reopened.close()
