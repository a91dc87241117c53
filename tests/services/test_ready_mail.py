"""Ready for pickup: the customer is told by e-mail through the shop's mail server, with the order number as a
code to show at the counter. A real SMTP server on loopback (aiosmtpd) receives it — in the clear and behind
STARTTLS with a login; zxing-cpp reads the code. (The certificate by e-mail: test_mail.py.)"""

from __future__ import annotations

import email
import email.policy
import io
import json

import pytest
from PIL import Image

from printproof.domain.enums import Decision, OrderStatus
from printproof.domain.errors import UserError
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.counter import mail, pickup
from printproof.services.proofing import approvals, proofs
from printproof.store.models import AuditEvent
from tests.support.mail import Inbox, free_port
from tests.support.shop import card_png, signature_strokes, table_counts


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def ready_order(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "b.png"), "back")
    proofs.make_proof(owner, card_order)
    approvals.record_approval(
        owner,
        card_order,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
    )
    orders.set_status(owner, card_order, OrderStatus.IN_PRODUCTION)
    orders.set_status(owner, card_order, OrderStatus.READY)
    return card_order


def use_server(owner, controller, **extra):
    setup.change_settings(
        owner,
        {
            "smtp.host": "127.0.0.1",
            "smtp.port": controller.port,
            "smtp.security": "none",
            "smtp.sender": "theke@druckerei-mueller.de",
            **extra,
        },
    )


def test_the_customer_is_told_with_the_number_as_a_code(owner, ready_order, smtp_server):
    import zxingcpp

    controller, inbox = smtp_server
    use_server(owner, controller)
    assert mail.notify_ready(owner, ready_order) == "lz@example.com"
    [(to, raw)], [sender] = inbox.messages, inbox.senders
    assert sender == "theke@druckerei-mueller.de" and to == ["lz@example.com"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == f"Ihr Auftrag {ready_order} ist abholbereit – Druckerei Müller"
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert f"Ihr Auftrag {ready_order} (Visitenkarte, 500 Stück) ist fertig" in text
    pictures = [p for p in message.walk() if p.get_content_type() == "image/png"]
    assert len(pictures) == 2  # shown in the HTML and attached
    for part in pictures:
        image = Image.open(io.BytesIO(part.get_payload(decode=True)))
        [code] = zxingcpp.read_barcodes(image)
        assert code.text == ready_order
        assert pickup.find_for_pickup(code.text).order.number == ready_order  # the pickup field takes it
    [event] = AuditEvent.select().where(AuditEvent.kind == "order.ready_mail")
    assert "lz@example.com" not in event.payload and "example" not in event.payload
    assert json.loads(event.payload)["message_id"] == message["Message-ID"]


def test_nothing_is_sent_when_the_order_is_not_ready_or_nobody_can_be_written_to(owner, ready_order, smtp_server):
    controller, inbox = smtp_server
    before = table_counts()
    with pytest.raises(UserError, match="No mail server is set up"):
        mail.notify_ready(owner, ready_order)
    use_server(owner, controller)
    draft = orders.new_order(owner, orders.CustomerInput("Paul Weber", email="pw@example.de"), orders_card()).number
    before = table_counts()
    with pytest.raises(UserError, match="is not ready for pickup yet; nothing was sent"):
        mail.notify_ready(owner, draft)
    customer = orders.find_order(ready_order, None).customer
    from printproof.services.core.customers import update_customer

    update_customer(owner, customer.id, orders.CustomerInput(customer.name, customer.company, customer.phone, ""))
    before = table_counts()
    with pytest.raises(UserError, match="has no e-mail address in the directory"):
        mail.notify_ready(owner, ready_order)
    assert table_counts() == before and inbox.messages == []


def orders_card():
    from tests.support.shop import CARD

    return CARD


def test_a_mail_server_that_cannot_be_reached_is_one_sentence(owner, ready_order):
    setup.change_settings(
        owner, {"smtp.host": "127.0.0.1", "smtp.port": free_port(), "smtp.security": "none", "smtp.sender": "a@b.de"}
    )
    before = table_counts()
    with pytest.raises(UserError, match=r"The mail server 127.0.0.1:\d+ cannot be reached; nothing was sent."):
        mail.notify_ready(owner, ready_order)
    assert table_counts() == before


def test_starttls_that_the_server_lacks_is_said(owner, ready_order, smtp_server):
    controller, inbox = smtp_server
    use_server(owner, controller, **{"smtp.security": "starttls"})
    with pytest.raises(UserError, match="does not offer this security"):
        mail.notify_ready(owner, ready_order)
    assert inbox.messages == []


def test_mail_settings_are_checked_and_the_password_never_reaches_the_chain(owner):
    before = table_counts()
    for bad, words in (
        ({"smtp.port": 0}, "mail server's port must be a whole number from 1 to 65535"),
        ({"smtp.security": "tls1"}, "must be one of: starttls, ssl, none"),
        ({"smtp.sender": "theke@"}, "is not an e-mail address"),
    ):
        with pytest.raises(UserError, match=words):
            setup.change_settings(owner, bad)
    assert table_counts() == before
    setup.change_settings(owner, {"smtp.password": "geheim-4711"})
    assert all("geheim" not in e.payload for e in AuditEvent.select())


@pytest.fixture
def tls_server(tmp_path, monkeypatch):
    """aiosmtpd behind STARTTLS with a login, its certificate (for 127.0.0.1) trusted as a shop's system would."""
    import datetime
    import ipaddress
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.druckerei.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_pem, key_pem = tmp_path / "mail.pem", tmp_path / "mail.key"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_pem))  # what ssl.create_default_context() trusts
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_pem, key_pem)
    inbox, logins = Inbox(), []

    def authenticate(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        logins.append((auth_data.login, session.ssl is not None))
        return AuthResult(success=(auth_data.login, auth_data.password) == (b"theke", b"geheim-4711"), handled=False)

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
        auth_required=True,
    )
    controller.start()
    yield controller, inbox, logins
    controller.stop()


def test_the_ready_e_mail_goes_through_starttls_with_a_login(owner, ready_order, tls_server):
    controller, inbox, logins = tls_server
    settings = {"smtp.security": "starttls", "smtp.user": "theke", "smtp.password": "falsch"}
    use_server(owner, controller, **settings)
    before = table_counts()
    with pytest.raises(UserError, match="refused the user name or password"):
        mail.notify_ready(owner, ready_order)
    assert table_counts() == before and inbox.messages == []
    setup.change_settings(owner, {"smtp.password": "geheim-4711"})
    assert mail.notify_ready(owner, ready_order) == "lz@example.com"
    [(to, raw)] = inbox.messages
    assert to == ["lz@example.com"] and logins[-1] == (b"theke", True)  # the login went inside TLS
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert ready_order in message["Subject"]
