"""Marks on the proof (pen, circles, numbered pins with text) kept with "changes requested": sealed by their hash,
listed with crops on the next version's cover, shown in the certificate and the dossier; checked with poppler."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from printproof.domain.enums import Decision
from printproof.domain.errors import UserError
from printproof.domain.markup import MEDIA_TYPE, Mark, MarkKind, read_markup
from printproof.services.artwork import artwork
from printproof.services.core.audit import content_hash
from printproof.services.counter.dossier import make_dossier
from printproof.services.evidence.certificates import make_certificate
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import approvals, proofs
from printproof.store.blobs import blob_bytes
from printproof.store.db import is_sqlite
from printproof.store.models import Approval, Blob, db
from printproof.store.sealed import approval_content
from printproof.store.triggers import drop_triggers
from tests.support.shop import card_png, needs, signature_strokes, table_counts

MARKS = [
    Mark(MarkKind.PIN, 1, ((0.45, 0.42),), text="Telefonnummer größer"),
    Mark(MarkKind.CIRCLE, 1, ((0.2, 0.25), (0.38, 0.36))),
    Mark(MarkKind.PEN, 2, ((0.1, 0.1), (0.2, 0.16), (0.32, 0.3))),
    Mark(MarkKind.PIN, 2, ((0.6, 0.6),), text="Logo auf der Rückseite weg"),
]


@pytest.fixture
def proofed(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "back.png", color=(200, 40, 40)), "back")
    proofs.make_proof(owner, card_order)
    return card_order


def ask(actor, number, marks=MARKS, changes="", decision=Decision.CHANGES_REQUESTED):
    return approvals.record_approval(
        actor,
        number,
        decision=decision,
        customer_name="Łukasz Żółć",
        checklist={},
        strokes=signature_strokes(),
        changes=changes,
        marks=marks,
    )


def run(*cmd: str) -> str:
    done = subprocess.run(list(cmd), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_marks_are_kept_with_the_request_and_sealed_by_their_hash(owner, proofed):
    record = ask(owner, proofed)
    assert record.changes == "1: Telefonnummer größer\n2: Logo auf der Rückseite weg"
    data = blob_bytes(record.markup_id)
    assert hashlib.sha256(data).hexdigest() == record.markup_id
    assert Blob.get_by_id(record.markup_id).media_type == MEDIA_TYPE
    document = json.loads(data)
    assert document["format"] == "printproof-markup/1" and len(document["nonce"]) == 32
    assert data == json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    markup = read_markup(data)
    assert [(m.kind, m.page, m.number) for m in markup.marks] == [
        (MarkKind.PIN, 1, 1),
        (MarkKind.CIRCLE, 1, 0),
        (MarkKind.PEN, 2, 0),
        (MarkKind.PIN, 2, 2),
    ]
    content = approval_content(Approval.get_by_id(record.id))
    assert content["markup_sha256"] == record.markup_id
    assert content_hash(content) == record.content_sha256
    assert verify_store().ok


def test_marks_without_a_request_or_off_the_proof_are_refused_and_nothing_is_saved(owner, proofed):
    before = table_counts()
    with pytest.raises(UserError, match="Marks on the proof belong to a request for changes"):
        ask(owner, proofed, decision=Decision.APPROVED)
    with pytest.raises(UserError, match="page 9, which this proof does not have"):
        ask(owner, proofed, marks=[Mark(MarkKind.PIN, 8, ((0.5, 0.5),), text="x")])
    with pytest.raises(UserError, match="outside the page"):
        ask(owner, proofed, marks=[Mark(MarkKind.PEN, 1, ((0.5, 0.5), (1.7, 0.2)))])
    with pytest.raises(UserError, match="text of a pin is empty"):
        ask(owner, proofed, marks=[Mark(MarkKind.PIN, 1, ((0.5, 0.5),), text="  ")])
    with pytest.raises(UserError, match="or set a numbered pin"):
        ask(owner, proofed, marks=[Mark(MarkKind.CIRCLE, 1, ((0.1, 0.1), (0.2, 0.2)))])
    assert table_counts() == before
    circle_only = ask(owner, proofed, marks=[Mark(MarkKind.CIRCLE, 1, ((0.1, 0.1), (0.2, 0.2)))], changes="Das hier")
    assert circle_only.changes == "Das hier" and circle_only.markup_id


def test_a_changed_mark_is_named_by_verify(owner, proofed):
    record = ask(owner, proofed)
    if db.in_transaction():
        db.rollback()
    drop_triggers()
    forged = blob_bytes(record.markup_id).replace("größer".encode(), b"kleiner")
    mark = "?" if is_sqlite() else "%s"
    db.execute_sql(f"UPDATE blob SET data = {mark} WHERE sha256 = {mark}", (forged, record.markup_id))
    report = verify_store()
    assert any(p.kind == "file" and record.markup_id[:16] in p.what for p in report.problems), report.problems


def test_the_next_version_lists_the_marks_with_crops(owner, proofed, tmp_path):
    for tool in ("pdftotext", "pdfimages", "qpdf"):
        needs(tool)
    ask(owner, proofed)
    made = proofs.make_proof(owner, proofed, note="Telefonnummer größer gesetzt")
    path = tmp_path / "v2.pdf"
    path.write_bytes(made.pdf)
    run("qpdf", "--check", str(path))
    cover = run("pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-")
    assert "Änderungswünsche zu Version 1" in cover
    assert "Telefonnummer größer" in cover and "Logo auf der Rückseite weg" in cover
    images = [line.split() for line in run("pdfimages", "-f", "1", "-l", "1", "-list", str(path)).splitlines()[2:]]
    assert len(images) == 4, images  # one crop per mark
    assert all(int(row[3]) <= 260 and int(row[4]) <= 260 for row in images)  # small crops
    v1 = tmp_path / "v1.pdf"
    v1.write_bytes(blob_bytes(proofs.get_proof(proofed, 1).pdf_id))
    assert "Änderungswünsche" not in run("pdftotext", "-f", "1", "-l", "1", str(v1), "-")


def test_what_was_typed_beside_the_marks_is_on_the_next_cover_and_in_compare(owner, proofed, tmp_path):
    """Issue 21: the text typed in the box ("Telefonnummer auf 0711 654321 ändern") was missing from the next
    version's cover and from the compare view's list when the customer also set pins; only the pins appeared."""
    from printproof.services.proofing import compare

    needs("pdftotext")
    record = ask(owner, proofed, changes="Telefonnummer auf 0711 654321 ändern")
    made = proofs.make_proof(owner, proofed)
    path = tmp_path / "v2.pdf"
    path.write_bytes(made.pdf)
    cover = " ".join(run("pdftotext", "-f", "1", "-l", "1", str(path), "-").split())
    assert "0711 654321" in cover and "Logo auf der Rückseite weg" in cover
    items = compare.compare_versions(proofed, 1, 2, viewer=owner).changes
    assert [(i.label, i.text) for i in items] == [
        ("", "Telefonnummer auf 0711 654321 ändern"),
        ("1", "Telefonnummer größer"),
        ("2", "Logo auf der Rückseite weg"),
    ]
    compare.tick_change(owner, record.id, 0)  # the written item is ticked off like a pin
    assert compare.compare_versions(proofed, 1, 2, viewer=owner).changes[0].done


def test_certificate_and_dossier_show_the_marks(owner, proofed, tmp_path):
    for tool in ("pdftotext", "pdfimages", "qpdf", "pdftoppm"):
        needs(tool)
    record = ask(owner, proofed)
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(make_certificate(owner, proofed))
    run("qpdf", "--check", str(certificate))
    text = run("pdftotext", str(certificate), "-")
    assert "Markierungen auf dem Korrekturabzug" in text and "Telefonnummer größer" in text
    assert "Seite 2 mit Markierungen" in text and "Seite 3 mit Markierungen" in text
    assert record.markup_id in text.replace("\n", "")
    dossier = tmp_path / "dossier.pdf"
    dossier.write_bytes(make_dossier(owner, proofed))
    run("qpdf", "--check", str(dossier))
    text = run("pdftotext", str(dossier), "-")
    assert "Markierungen auf dem Korrekturabzug" in text and "Logo auf der Rückseite weg" in text
    # The marked page is in the certificate as a picture with the marks' red drawn on it.
    run("pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(certificate), str(tmp_path / "page"))
    from PIL import Image

    reds = 0
    for png in sorted(tmp_path.glob("page-*.png")):
        px = Image.open(png).convert("RGB").tobytes()
        reds += sum(1 for i in range(0, len(px), 3) if px[i] > 190 and px[i + 1] < 70 and 30 < px[i + 2] < 110)
    assert reds > 20
