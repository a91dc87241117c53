"""Issue 14, export (GDPR Art. 15): one ZIP with a readable PDF summary, the JSON and the files — checked with
unzip, qpdf, pdftotext and pdftoppm, and against the store record by record."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from printproof.domain.errors import NotAllowed, NotFound
from printproof.services.core import orders
from printproof.services.privacy import customer_export
from printproof.store.models import (
    Approval,
    ApprovalVoid,
    AuditEvent,
    ComplaintCase,
    Dispute,
    DisputePhoto,
    Pickup,
    Proof,
)
from tests.support.shop import PRINTPROOF, needs
from tests.support.stories import EMAIL, NAME, PHONE, customer_story


def run(*cmd: str) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_export_holds_every_record_of_the_customer(store, owner, counter, tmp_path):
    for tool in ("unzip", "qpdf", "pdftotext", "pdftoppm"):
        needs(tool)
    first = customer_story(owner, counter, tmp_path)
    second = orders.new_order(
        counter, orders.CustomerInput(NAME, "", PHONE, EMAIL), orders.spec_of(orders.find_order(first, None))
    )
    customer_story(owner, counter, tmp_path, "Berta Beispiel", "berta@example.org", 40, "+49 30 1234567")
    with pytest.raises(NotAllowed):
        customer_export.export_customer(counter, EMAIL, tmp_path / "x.zip")
    with pytest.raises(NotFound, match="There is no customer"):
        customer_export.export_customer(owner, "nobody@example.org", tmp_path / "x.zip")
    from printproof.services.privacy.privacy import customer_ids

    assert len(customer_ids(EMAIL)) == 2 and customer_ids(NAME.upper()) == customer_ids(EMAIL)
    assert customer_ids(first) == customer_ids(EMAIL)[:1]
    out = tmp_path / "export.zip"
    made = customer_export.export_customer(owner, EMAIL, out, "de")  # both orders: the e-mail finds both rows
    assert made.orders == [first, second.number]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert "No errors detected" in run("unzip", "-t", str(out))
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        data = json.loads(archive.read("data.json"))
        pdf = archive.read("summary.pdf")
        files = {n: archive.read(n) for n in names if n.startswith("files/")}
    (tmp_path / "summary.pdf").write_bytes(pdf)
    run("qpdf", "--check", str(tmp_path / "summary.pdf"))
    text = run("pdftotext", "-layout", str(tmp_path / "summary.pdf"), "-")
    for expected in (
        NAME,
        EMAIL,
        PHONE,
        first,
        second.number,
        "Reklamation",
        "findet das Blau zu dunkel",
        "Abholung am",
    ):
        assert expected in text.replace("\n", " ") or expected in text, expected
    assert "Berta" not in text
    run("pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(tmp_path / "summary.pdf"), str(tmp_path / "page"))
    assert (tmp_path / "page-1.png").stat().st_size > 2000

    # Every record of the customer is in the JSON, and every file, byte for byte.
    order = orders.find_order(first, None)
    story = next(o for o in data["orders"] if o["number"] == first)
    assert [a["record_sha256"] for a in story["approvals"]] == [
        a.content_sha256 for a in Approval.select().where(Approval.order == order).order_by(Approval.id)
    ]
    assert story["approvals"][0]["changes"].endswith("Name fett") and story["approvals"][1]["customer_name"] == NAME
    assert ApprovalVoid.select().count() == 0 and story["approvals"][1]["void"] is None
    assert [p["record_sha256"] for p in story["pickups"]] == [
        p.content_sha256 for p in Pickup.select().where(Pickup.order == order)
    ]
    complaint = story["complaints"][0]
    assert complaint["record_sha256"] == Dispute.get(Dispute.order == order).content_sha256
    assert [p["filename"] for p in complaint["photos"]] == ["Quellmalz-1.jpg", "Quellmalz-2.jpg"]
    assert complaint["decision"]["reason"].endswith("hat abgehakt")
    case = ComplaintCase.get_by_id(complaint["id"])  # the complaint's case goes along (issue 25)
    assert complaint["case"] == {"number": case.number, "answer_by": case.answer_by.isoformat(), "replacement": None}
    assert case.number in text  # and the summary names it
    assert [p["version"] for p in story["proofs"]] == [1, 2] and story["proofs"][1]["note"].endswith("jetzt fett")
    assert [e["seq"] for e in story["events"]] == [
        e.seq for e in AuditEvent.select().where(AuditEvent.order == order).order_by(AuditEvent.seq)
    ]
    assert story["artwork"][0]["filename"] == "Quellmalz-Visitenkarte.png"
    expected_files = {p.pdf_id for p in Proof.select().where(Proof.order == order)}
    expected_files |= {p.blob_id for p in DisputePhoto.select().join(Dispute).where(Dispute.order == order)}
    expected_files |= {a.signature_image_id for a in Approval.select().where(Approval.order == order)}
    assert expected_files <= set(data["files"])
    assert len(files) == len(data["files"]) == made.files
    for sha, entry in data["files"].items():
        assert hashlib.sha256(files[entry["path"]]).hexdigest() == sha
    assert data["customers"][0]["email"] == EMAIL and len(data["customers"]) == 2

    # In English, for a customer who asks in English.
    made = customer_export.export_customer(owner, first, tmp_path / "en.zip", "en")
    with zipfile.ZipFile(tmp_path / "en.zip") as archive:
        (tmp_path / "en.pdf").write_bytes(archive.read("summary.pdf"))
    english = run("pdftotext", str(tmp_path / "en.pdf"), "-")
    assert "Data stored about" in english and "Complaint" in english and "Reklamation" not in english


def test_export_on_the_command_line(tmp_path):
    env = {**os.environ, "PRINTPROOF_DB": str(tmp_path / "s.sqlite3"), "PRINTPROOF_USER": "Anna Becker"}
    env["PRINTPROOF_PIN"] = "123456"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*PRINTPROOF, *args], capture_output=True, text=True, env=env)

    assert cli("demo").returncode == 0
    listed = json.loads(cli("order", "list", "--json").stdout)["orders"]
    number = listed[-1]["order"]
    done = cli("customer", "export", number, "--out", str(tmp_path / "c.zip"), "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["orders"] == [number] and Path(answer["path"]).exists()
    missing = cli("customer", "export", "#99999", "--out", str(tmp_path / "d.zip"))
    assert missing.returncode == 2 and missing.stderr.strip() == "There is no customer #99999."
    assert not (tmp_path / "d.zip").exists()
    listing = cli("retention", "list")
    assert listing.returncode == 0 and listing.stdout.strip() == "No order has passed its retention."
    refused = cli("retention", "erase", number)
    assert refused.returncode == 2 and "must be kept until" in refused.stderr
    env["PRINTPROOF_TEST_CLOCK"] = "2040-01-01"
    erased = cli("retention", "erase", "--due", "--json")
    assert erased.returncode == 0, erased.stderr
    assert number in json.loads(erased.stdout)["erased"]
    verify = cli("verify")
    assert verify.returncode == 0 and "Erased by retention on 2040-01-01" in verify.stdout
