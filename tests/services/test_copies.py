"""The customer's copy at approval, hand-over and decision: its QR code (decoded with zxing-cpp from a
pdftoppm rendering) proves a record the shop later deleted, together with its events and a fixed counter."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess

import pytest
import zxingcpp
from PIL import Image

from printproof.domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
from printproof.domain.errors import NotAllowed, UserError
from printproof.services.core import orders
from printproof.services.counter import disputes
from printproof.services.evidence import copies
from printproof.services.evidence.identify import identify_bytes, identify_code
from printproof.services.evidence.verify import verify_store
from printproof.store.db import is_sqlite
from printproof.store.models import AuditEvent, CustomerCopy, db
from printproof.store.triggers import drop_triggers, install_triggers
from tests.support.shop import needs, table_counts
from tests.support.stories import handed_over, make_history


def qr_text(pdf: bytes, tmp_path, name: str) -> tuple[str, Image.Image]:
    needs("pdftoppm")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    assert (
        "No syntax or stream encoding errors"
        in subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True).stdout
    )
    png = subprocess.run(["pdftoppm", "-r", "200", "-png", "-"], input=pdf, capture_output=True, check=True).stdout
    image = Image.open(io.BytesIO(png))
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    return codes[0].text, image


def p(sql: str) -> str:
    return sql if is_sqlite() else sql.replace("?", "%s")


def test_the_copy_carries_record_position_and_head_as_text_and_qr(owner, card_order, tmp_path):
    make_history(owner, card_order, tmp_path)
    from printproof.store.models import Approval

    approval = Approval.select().order_by(Approval.id.desc()).first()
    for fmt in ("a4", "receipt"):
        pdf, facts = copies.make_copy(owner, f"approval:{approval.id}", fmt)
        text, image = qr_text(pdf, tmp_path, fmt)
        assert text == facts.code
        assert text.split("|")[:4] == [
            "PRINTPROOF-COPY",
            card_order,
            f"approval:{approval.id}",
            approval.content_sha256,
        ]
        sealing = AuditEvent.get(AuditEvent.seq == facts.position)
        assert sealing.subject == f"approval:{approval.id}"
        words = " ".join(
            subprocess.run(
                ["pdftotext", str(tmp_path / f"{fmt}.pdf"), "-"], capture_output=True, text=True
            ).stdout.split()
        )
        for expected in (
            approval.content_sha256[:20],
            f"Ereignis {facts.position}",
            f"Ereignis {facts.head.seq}",
            "Łukasz Żółć",
        ):
            assert expected in words.replace(" ", "") or expected in words, expected
        if fmt == "receipt":
            assert abs(image.size[0] - 80 / 25.4 * 200) <= 1  # 80 mm wide
        found = identify_code(text)
        assert (found.kind, found.status, found.order) == ("copy", "confirmed", card_order)
        assert identify_bytes(pdf).status == "confirmed"  # the PDF itself, dropped or given to identify
        given = copies.note_copy(
            owner, facts, "printed_receipt" if fmt == "receipt" else "printed_a4", hashlib.sha256(pdf).hexdigest()
        )
        assert (given.head_seq, given.head_hash, given.subject) == (facts.head.seq, facts.head.hash, facts.subject)
        event = AuditEvent.get(AuditEvent.subject == f"customer_copy:{given.id}")
        assert json.loads(event.payload)["head"] == {"seq": facts.head.seq, "hash": facts.head.hash}
        assert verify_store().ok  # the copy record is sealed like every record


def test_a_customers_copy_proves_a_deleted_hand_over(owner, card_order, tmp_path):
    record = handed_over(owner, card_order, tmp_path)
    pdf, facts = copies.make_copy(owner, f"pickup:{record.id}", "receipt")
    code, _ = qr_text(pdf, tmp_path, "pickup")
    assert identify_code(code).status == "confirmed"

    # The shop says the customer never collected: the hand-over and every event from it on are deleted, the
    # counter lowered, the order put back to "ready", the protections put back so verify sees nothing.
    drop_triggers()
    db.execute_sql(p("DELETE FROM audit_event WHERE seq >= ?"), (facts.position,))
    db.execute_sql(p("DELETE FROM pickup WHERE id = ?"), (record.id,))
    db.execute_sql(p("UPDATE counter SET value = ? WHERE name = 'audit_chain'"), (facts.position - 1,))
    db.execute_sql(p('UPDATE "order" SET status = ? WHERE number = ?'), ("ready", card_order))
    install_triggers()
    # The chain alone hangs together; only the order's status gives it away: its last move (to picked up) stayed
    # in the chain, the hand-over it needs is gone.
    assert [(p.kind, p.order) for p in verify_store().problems] == [("order", card_order)]

    found = identify_code(code)
    assert found.status == "altered"
    assert found.lines == [
        f"Customer's copy of order {card_order}: the store no longer matches it.",
        f"The pickup this copy shows (pickup:{record.id}) is no longer in the store: it was deleted.",
        f"Event {facts.position}, which sealed this record, is missing from the audit chain.",
        f"The audit chain no longer reaches event {facts.head.seq}, its head when the copy was made: "
        "events were deleted.",
    ]


def test_copies_of_a_decision_and_refusals(owner, counter, card_order, tmp_path):
    handed_over(owner, card_order, tmp_path)
    dispute = disputes.open_dispute(counter, card_order, DisputeCategory.COLOUR, "Das Blau ist zu dunkel.", [])
    decision = disputes.decide_dispute(
        owner, dispute.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Wie freigegeben."
    )
    pdf, facts = copies.make_copy(counter, f"dispute_decision:{decision.id}")
    assert facts.order == card_order and ("Ergebnis", "Kunde zahlt und nimmt die Ware") in facts.rows
    assert identify_code(facts.code).status == "confirmed"
    before = table_counts()
    with pytest.raises(NotAllowed):
        copies.make_copy(None, f"dispute_decision:{decision.id}")
    with pytest.raises(UserError, match="There is no record approval:999 to make a copy of."):
        copies.make_copy(counter, "approval:999")
    with pytest.raises(UserError, match="A4 or as an 80 mm receipt"):
        copies.make_copy(counter, f"dispute_decision:{decision.id}", "a5")
    assert table_counts() == before


def test_a_copy_scanned_on_a_german_keyboard_is_read(owner, card_order, tmp_path):
    record = handed_over(owner, card_order, tmp_path)
    _pdf, facts = copies.make_copy(owner, f"pickup:{record.id}")
    from tests.support.codes import AS_GERMAN_KEYBOARD_TYPES

    typed = "".join(AS_GERMAN_KEYBOARD_TYPES.get(ch, ch) for ch in facts.code)  # a US-layout scanner, German keys
    assert typed != facts.code
    assert identify_code(typed).status == "confirmed"


def test_a_copy_printed_before_the_reseal_is_identified_through_its_mapping(owner, card_order, tmp_path):
    """Schema 5 (issue 14) reseals every record and lists old → new hashes in one ``records.resealed`` event;
    a copy the customer took home before carries the old hash. Here the reseal's effect on one record is
    made by hand in the format that step writes (docs/evidence.md, schema 5)."""
    from printproof.store.chain import append_event

    record = handed_over(owner, card_order, tmp_path)
    _pdf, facts = copies.make_copy(owner, f"pickup:{record.id}")
    new_hash = hashlib.sha256(b"resealed content").hexdigest()
    drop_triggers()
    db.execute_sql(p("UPDATE pickup SET content_sha256 = ? WHERE id = ?"), (new_hash, record.id))
    install_triggers()
    assert identify_code(facts.code).status == "altered"  # changed, and nothing says why
    wrong = {"schema": 5, "records": {f"pickup:{record.id}": {"old": "0" * 64, "new": new_hash}}}
    append_event(None, "reseal", "records.resealed", payload=wrong)
    assert identify_code(facts.code).status == "altered"  # only the copy's own hash may map
    payload = {"schema": 5, "records": {f"pickup:{record.id}": {"old": facts.record_sha256, "new": new_hash}}}
    append_event(None, "reseal", "records.resealed", payload=payload)
    assert identify_code(facts.code).status == "confirmed"


def test_the_address_a_copy_went_to_is_sealed_and_erased_with_the_order(owner, card_order, tmp_path, monkeypatch):
    from printproof.services.privacy import customer_data, erasure
    from tests.support.stories import later

    record = handed_over(owner, card_order, tmp_path)
    _, facts = copies.make_copy(owner, f"pickup:{record.id}")
    given = copies.note_copy(owner, facts, "email", "ab" * 32, address="kunde@example.org")
    assert CustomerCopy.get_by_id(given.id).address == "kunde@example.org"
    event = AuditEvent.get(AuditEvent.subject == f"customer_copy:{given.id}")
    assert "kunde@example.org" not in event.payload and "kunde@example.org" not in given.content_sha256
    export = customer_data.customer_data([orders.find_order(card_order, None).customer_id])
    assert [(c["of"], c["channel"], c["address"]) for c in export["orders"][0]["copies"]] == [
        (f"pickup:{record.id}", "email", "kunde@example.org")
    ]
    assert verify_store().ok
    with pytest.raises(UserError):  # the record is sealed: only a printed or e-mailed copy is noted
        copies.note_copy(owner, facts, "fax", "ab" * 32)

    later(monkeypatch, 10.1)
    erasure.erase_orders(owner, [card_order])
    assert CustomerCopy.get_by_id(given.id).address == ""  # erased with the order's personal details
    report = verify_store()
    assert report.ok, report.problems
