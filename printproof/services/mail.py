"""E-mail to the customer: the signed approval certificate, through the shop's mail server (SMTP).

Settings (Shop → E-mail): server, port, security (STARTTLS, SSL or none), user, password, sender. The
message carries the certificate as a PDF attachment and, in its text, the record's hash and the audit
chain's head at the moment of sending: the customer keeps evidence the shop cannot rewrite later.
The chain notes that it was sent and the SHA-256 of the exact PDF sent (never the address itself:
audit events carry no personal data).
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from ..domain.addresses import is_email
from ..domain.errors import NotFound, UserError
from ..domain.i18n import t
from ..store.models import Approval
from ..store.settings import get_setting
from .certificates import make_certificate
from .chain_anchors import chain_head
from .context import Actor, require
from .orders import get_order
from .shop import language

TEXTS = {
    "de": {
        "subject": "Ihre Freigabebestätigung – Auftrag {number}",
        "body": (
            "Guten Tag {name},\n\nim Anhang finden Sie die signierte Freigabebestätigung zu Auftrag {number} "
            "(Proof-Version {version}).\n\nZur Aufbewahrung – damit lässt sich später belegen, was freigegeben wurde:\n"
            "  SHA-256 der Freigabe: {record}\n  SHA-256 des freigegebenen PDFs: {pdf}\n"
            "  Prüfkette beim Versand: Ereignis {seq}, SHA-256 {head}\n\n"
            "Die Signatur der PDF-Datei zeigt jeder PDF-Leser mit Signaturanzeige an.\n\n"
            "Mit freundlichen Grüßen\n{shop}"
        ),
        "file": "Freigabebestaetigung-{number}.pdf",
    },
    "de_copy": {
        "subject": "Ihre Kopie – Auftrag {number}",
        "body": (
            "Guten Tag,\n\nim Anhang finden Sie Ihre Kopie zu Auftrag {number}: {what}.\n\n"
            "Zur Aufbewahrung:\n  SHA-256 des Datensatzes: {record}\n  Platz in der Prüfkette: Ereignis {position}\n"
            "  Prüfkette beim Versand: Ereignis {seq}, SHA-256 {head}\n\nMit freundlichen Grüßen\n{shop}"
        ),
        "file": "Kopie-{number}.pdf",
    },
    "en_copy": {
        "subject": "Your copy – order {number}",
        "body": (
            "Hello,\n\nattached is your copy of order {number}: {what}.\n\nPlease keep it:\n"
            "  SHA-256 of the record: {record}\n  Place in the audit chain: event {position}\n"
            "  Audit chain when sent: event {seq}, SHA-256 {head}\n\nKind regards\n{shop}"
        ),
        "file": "Copy-{number}.pdf",
    },
    "en": {
        "subject": "Your approval certificate – order {number}",
        "body": (
            "Dear {name},\n\nattached is the signed approval certificate of order {number} (proof version {version})."
            "\n\nPlease keep it – it shows later what was approved:\n"
            "  SHA-256 of the approval: {record}\n  SHA-256 of the approved PDF: {pdf}\n"
            "  Audit chain when sent: event {seq}, SHA-256 {head}\n\n"
            "Any PDF reader that shows signatures shows the file's signature.\n\nKind regards\n{shop}"
        ),
        "file": "Approval-certificate-{number}.pdf",
    },
}


@dataclass(frozen=True)
class MailSent:
    to: str
    message_id: str
    attachment_sha256: str  # the exact certificate PDF sent
    record_sha256: str
    head_seq: int
    head_hash: str


def _server() -> dict[str, object]:
    host = str(get_setting("smtp.host") or "").strip()
    if not host:
        raise UserError(t("No mail server is set up (Settings → E-mail & timestamp)."))
    sender = str(get_setting("smtp.sender") or "").strip()
    if not sender:
        raise UserError(t("The shop's sender address is missing (Settings → E-mail & timestamp)."))
    return {
        "host": host,
        "port": int(get_setting("smtp.port") or 587),
        "security": str(get_setting("smtp.security") or "starttls"),
        "user": str(get_setting("smtp.user") or ""),
        "password": str(get_setting("smtp.password") or ""),
        "sender": sender,
    }


def _deliver(message: EmailMessage, server: dict[str, object]) -> None:
    host, port = str(server["host"]), int(server["port"])  # type: ignore[call-overload]
    try:
        if server["security"] == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=20, context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(host, port, timeout=20)
        with smtp:
            if server["security"] == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if server["user"]:
                smtp.login(str(server["user"]), str(server["password"]))
            smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError(t("The mail server {host} refused the user name or password.", host=host)) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise UserError(t("The mail server refused the address {to}.", to=message["To"])) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise UserError(
            t("The mail server {host} does not offer this security; check the security setting.", host=host)
        ) from exc
    except (ssl.SSLError, smtplib.SMTPException) as exc:
        raise UserError(t("The mail server {host} did not accept the e-mail; nothing was sent.", host=host)) from exc
    except OSError as exc:  # refused, unreachable, timed out
        raise UserError(
            t("The mail server {host}:{port} cannot be reached; nothing was sent.", host=host, port=port)
        ) from exc


def send_certificate(actor: Actor, number: str, to: str) -> MailSent:
    """E-mail the signed certificate of the order's latest approval record to ``to``."""
    actor = require(actor, action="e-mail a certificate")
    to = (to or "").strip()
    if not is_email(to):
        raise UserError(t("“{value}” is not an e-mail address.", value=to))
    server = _server()
    order = get_order(number)
    approval = Approval.select().where(Approval.order == order).order_by(Approval.id.desc()).first()
    if approval is None:
        raise NotFound(t("Order {number} has no approval yet.", number=order.number))
    pdf = make_certificate(actor, order.number)
    head = chain_head()
    lang = language()
    words = TEXTS[lang]
    shop_name = str(get_setting("shop.name"))
    message = EmailMessage()
    message["Subject"] = words["subject"].format(number=order.number)
    message["From"] = formataddr((shop_name, str(server["sender"])))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=str(server["sender"]).rsplit("@", 1)[-1])
    message.set_content(
        words["body"].format(
            name=approval.customer_name,
            number=order.number,
            version=approval.proof.version,
            record=approval.content_sha256,
            pdf=approval.proof.pdf_id,
            seq=head.seq,
            head=head.hash,
            shop=shop_name,
        )
    )
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=words["file"].format(number=order.number)
    )
    _deliver(message, server)
    sent = MailSent(
        to, message["Message-ID"], hashlib.sha256(pdf).hexdigest(), approval.content_sha256, head.seq, head.hash
    )
    from .copies import position_of, seal_copy

    seal_copy(
        actor,
        order,
        subject=f"approval:{approval.id}",
        channel="certificate_email",
        copy_sha256=sent.attachment_sha256,
        record_sha256=approval.content_sha256,
        position=position_of(f"approval:{approval.id}", approval.content_sha256),
        head=head,
        address=to,
    )
    return sent


def send_copy(actor: Actor, subject: str, to: str) -> MailSent:
    """E-mail the customer's copy of a record (signed; for an approval with the signed certificate too) and
    note in the chain that it was sent (:func:`copies.note_copy`)."""
    from .copies import WORDS, make_copy, note_copy
    from .signing import sign_pdf

    actor = require(actor, action="make the customer's copy")
    to = (to or "").strip()
    if not is_email(to):
        raise UserError(t("“{value}” is not an e-mail address.", value=to))
    server = _server()
    pdf, facts = make_copy(actor, subject, "a4")
    lang = language()
    shop_name = str(get_setting("shop.name"))
    signed = sign_pdf(pdf, shop_name, f"{WORDS[lang][facts.kind]} {facts.order}")
    words = TEXTS[f"{lang}_copy"]
    message = EmailMessage()
    message["Subject"] = words["subject"].format(number=facts.order)
    message["From"] = formataddr((shop_name, str(server["sender"])))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=str(server["sender"]).rsplit("@", 1)[-1])
    message.set_content(
        words["body"].format(
            number=facts.order,
            what=WORDS[lang][facts.kind].split(": ", 1)[-1],
            record=facts.record_sha256,
            position=facts.position,
            seq=facts.head.seq,
            head=facts.head.hash,
            shop=shop_name,
        )
    )
    message.add_attachment(
        signed, maintype="application", subtype="pdf", filename=words["file"].format(number=facts.order)
    )
    if facts.kind == "approval":
        certificate = make_certificate(actor, facts.order)
        name = TEXTS[lang]["file"].format(number=facts.order)
        message.add_attachment(certificate, maintype="application", subtype="pdf", filename=name)
    _deliver(message, server)
    digest = hashlib.sha256(signed).hexdigest()
    note_copy(actor, facts, "email", digest, address=to)
    return MailSent(to, message["Message-ID"], digest, facts.record_sha256, facts.head.seq, facts.head.hash)
