"""The signed certificate by e-mail, to a real SMTP server on loopback (aiosmtpd), read as it arrives."""

from __future__ import annotations

import email
import hashlib
import json
from email import policy

import pytest

from printproof.domain.errors import UserError
from printproof.services.admin import setup
from printproof.services.counter.mail import send_certificate
from printproof.store.models import Approval, AuditEvent, CustomerCopy
from tests.support.mail import free_port
from tests.support.shop import table_counts
from tests.support.signatures import validate_pdf
from tests.support.stories import make_history


def test_the_certificate_arrives_and_its_hash_is_the_one_recorded(
    owner, card_order, mail_settings, smtp_server, tmp_path
):
    make_history(owner, card_order, tmp_path)
    _, inbox = smtp_server
    sent = send_certificate(owner, card_order, "kunde@example.org")
    assert len(inbox.messages) == 1
    recipients, raw = inbox.messages[0]
    assert recipients == ["kunde@example.org"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == f"Ihre Freigabebestätigung – Auftrag {card_order}"
    assert message["From"].addresses[0].addr_spec == "druck@example.com"
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"Freigabebestaetigung-{card_order}.pdf"]
    pdf = attachments[0].get_content()
    copy = CustomerCopy.get(CustomerCopy.channel == "certificate_email")  # sealed, with the address
    assert hashlib.sha256(pdf).hexdigest() == copy.copy_sha256 == sent.attachment_sha256
    approval = Approval.select().order_by(Approval.id.desc()).first()
    assert (copy.subject, copy.record_sha256, copy.address) == (
        f"approval:{approval.id}",
        approval.content_sha256,
        "kunde@example.org",
    )
    stored = json.loads(AuditEvent.get(AuditEvent.subject == f"customer_copy:{copy.id}").payload)
    assert stored["copy_sha256"] == copy.copy_sha256 and "kunde@example.org" not in json.dumps(stored)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert approval.content_sha256 in body and f"Ereignis {sent.head_seq}, SHA-256 {sent.head_hash}" in body
    status = validate_pdf(pdf, None)
    assert status.intact and status.valid and status.trusted
    assert "kunde@example.org" not in json.dumps(stored)  # the chain keeps no address


def test_refusals_are_one_sentence_and_save_nothing(owner, card_order, mail_settings, smtp_server, tmp_path):
    make_history(owner, card_order, tmp_path)
    before = table_counts()
    with pytest.raises(UserError, match="is not an e-mail address"):
        send_certificate(owner, card_order, "kunde at example")
    setup.change_settings(owner, {"smtp.password": "wrong"})
    before = table_counts()
    with pytest.raises(UserError, match=r"^The mail server 127.0.0.1 refused the user name or password\.$"):
        send_certificate(owner, card_order, "kunde@example.org")
    assert table_counts() == before
    setup.change_settings(owner, {"smtp.port": free_port()})
    before = table_counts()
    # The password belongs to the server it was typed for (host, port, user): another port needs it again.
    with pytest.raises(UserError, match=r"^No password for the mail server 127.0.0.1 is kept on this computer"):
        send_certificate(owner, card_order, "kunde@example.org")
    setup.change_settings(owner, {"smtp.password": "mail-secret"})
    before = table_counts()
    with pytest.raises(UserError, match="cannot be reached; nothing was sent"):
        send_certificate(owner, card_order, "kunde@example.org")
    assert table_counts() == before and smtp_server[1].messages == []


def test_no_mail_server_no_mail(owner, card_order):
    with pytest.raises(UserError, match="No mail server is set up"):
        send_certificate(owner, card_order, "kunde@example.org")


def test_the_copy_of_a_hand_over_by_e_mail(owner, card_order, mail_settings, smtp_server, tmp_path):
    from printproof.services.counter.mail import send_copy
    from printproof.services.evidence.identify import identify_bytes
    from tests.support.stories import handed_over

    record = handed_over(owner, card_order, tmp_path)
    sent = send_copy(owner, f"pickup:{record.id}", "kunde@example.org")
    message = email.message_from_bytes(smtp_server[1].messages[0][1], policy=policy.default)
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"Kopie-{card_order}.pdf"]
    pdf = attachments[0].get_content()
    assert hashlib.sha256(pdf).hexdigest() == sent.attachment_sha256
    noted = json.loads(AuditEvent.select().order_by(AuditEvent.seq.desc()).first().payload)
    assert noted["channel"] == "email" and noted["copy_sha256"] == sent.attachment_sha256
    assert identify_bytes(pdf).status == "confirmed"  # the signed copy still carries its code
    assert validate_pdf(pdf, None).intact
