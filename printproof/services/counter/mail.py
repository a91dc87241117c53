"""E-mail to the customer through the shop's mail server (SMTP): the signed approval certificate and the
customer's copies (issue 11), and "your order is ready" with the order number as a code (issue 13).

Settings (Shop → E-mail): server, port, security (STARTTLS, SSL or none), user, password, sender. One way to
reach the server (:func:`_deliver`) for every message. A certificate or copy carries, in its text, the record's
hash and the audit chain's head at the moment of sending: the customer keeps evidence the shop cannot rewrite
later. The chain notes what was sent (the SHA-256 of the exact PDF, the message id), never the address itself:
audit events carry no personal data (a copy's address is in its sealed record's personal row; the ready e-mail
logs the address's keyed digest).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from ...domain.addresses import is_email
from ...domain.enums import OrderStatus
from ...domain.errors import NotFound, UserError
from ...domain.i18n import t
from ...domain.texts import tr
from ...smtp import deliver as _deliver
from ...store.db import write
from ...store.models import Approval, Order
from ...store.settings import get_setting
from ..core import audit, credentials
from ..core.context import Actor, require
from ..core.customers import digest
from ..core.orders import find_order
from ..core.shop import customer_language
from ..evidence.certificates import make_certificate
from ..evidence.chain_anchors import chain_head


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
    user = str(get_setting("smtp.user") or "")
    password = credentials.read("smtp.password")
    if user and not password:  # kept per computer and per server (credentials.py)
        raise UserError(
            t(
                "No password for the mail server {host} is kept on this computer: type it in Settings → E-mail & "
                "timestamp.",
                host=host,
            )
        )
    return {
        "host": host,
        "port": int(get_setting("smtp.port") or 587),
        "security": str(get_setting("smtp.security") or "starttls"),
        "user": user,
        "password": password,
        "sender": sender,
    }


def send_certificate(actor: Actor, number: str, to: str) -> MailSent:
    """E-mail the signed certificate of the order's latest approval record to ``to``."""
    actor = require(actor, action="e-mail a certificate")
    to = (to or "").strip()
    if not is_email(to):
        raise UserError(t("“{value}” is not an e-mail address.", value=to))
    order = find_order(number, actor)
    server = _server()
    approval = Approval.select().where(Approval.order == order).order_by(Approval.id.desc()).first()
    if approval is None:
        raise NotFound(t("Order {number} has no approval yet.", number=order.number))
    pdf = make_certificate(actor, order.number)
    head = chain_head()
    lang = customer_language(order)

    def words(key: str, **values: object) -> str:
        return tr(lang, f"mail_certificate_{key}", **values)

    shop_name = str(get_setting("shop.name"))
    message = EmailMessage()
    message["Subject"] = words("subject", number=order.number)
    message["From"] = formataddr((shop_name, str(server["sender"])))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=str(server["sender"]).rsplit("@", 1)[-1])
    message.set_content(
        words(
            "body",
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
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=words("file", number=order.number))
    _deliver(message, server)
    sent = MailSent(
        to, message["Message-ID"], hashlib.sha256(pdf).hexdigest(), approval.content_sha256, head.seq, head.hash
    )
    from ..evidence.copies import position_of, seal_copy

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
    from ..evidence.copies import copy_word, make_copy, note_copy
    from ..evidence.signing import sign_pdf

    actor = require(actor, action="make the customer's copy")
    to = (to or "").strip()
    if not is_email(to):
        raise UserError(t("“{value}” is not an e-mail address.", value=to))
    pdf, facts = make_copy(actor, subject, "a4")  # a restricted order's record is refused here, before the server
    server = _server()
    lang = customer_language(Order.get(Order.number == facts.order))
    shop_name = str(get_setting("shop.name"))
    signed = sign_pdf(pdf, shop_name, f"{copy_word(lang, facts.kind)} {facts.order}")

    def words(key: str, **values: object) -> str:
        return tr(lang, f"mail_copy_{key}", **values)

    message = EmailMessage()
    message["Subject"] = words("subject", number=facts.order)
    message["From"] = formataddr((shop_name, str(server["sender"])))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=str(server["sender"]).rsplit("@", 1)[-1])
    message.set_content(
        words(
            "body",
            number=facts.order,
            what=copy_word(lang, facts.kind).split(": ", 1)[-1],
            record=facts.record_sha256,
            position=facts.position,
            seq=facts.head.seq,
            head=facts.head.hash,
            shop=shop_name,
        )
    )
    message.add_attachment(signed, maintype="application", subtype="pdf", filename=words("file", number=facts.order))
    if facts.kind == "approval":
        certificate = make_certificate(actor, facts.order)
        name = tr(lang, "mail_certificate_file", number=facts.order)
        message.add_attachment(certificate, maintype="application", subtype="pdf", filename=name)
    _deliver(message, server)
    digest = hashlib.sha256(signed).hexdigest()
    note_copy(actor, facts, "email", digest, address=to)
    return MailSent(to, message["Message-ID"], digest, facts.record_sha256, facts.head.seq, facts.head.hash)


# -- "your order is ready" (issue 13) --


def mail_ready() -> bool:
    """Whether the shop has a mail server and a sender address set."""
    return bool(str(get_setting("smtp.host") or "").strip() and str(get_setting("smtp.sender") or "").strip())


def order_code_png(number: str, module: int = 8) -> bytes:
    """The order number as a QR code (what the pickup field reads), as PNG."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(number)
    code.make()
    count, quiet = code.getModuleCount(), 4
    size = (count + 2 * quiet) * module
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                x, y = (col + quiet) * module, (row + quiet) * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def ready_message(order: Order, to: str, sender: str, lang: str) -> EmailMessage:
    """The "your order is ready" e-mail: plain text, HTML with the code inline, the code attached."""
    shop = str(get_setting("shop.name"))
    address = str(get_setting("shop.address"))
    values = {"number": order.number, "product": order.product, "quantity": order.quantity, "shop": shop}
    message = EmailMessage()
    message["Subject"] = tr(lang, "ready_subject", **values)
    message["From"] = sender
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    body = tr(lang, "ready_body", **values)
    message.set_content(f"{body}\n\n{shop}\n{address}\n")
    cid = make_msgid()
    html = "".join(f"<p>{line}</p>" for line in body.split("\n\n"))
    message.add_alternative(
        f'<html><body>{html}<p><img src="cid:{cid[1:-1]}" alt="{order.number}" width="180"></p>'
        f"<p>{shop}<br>{address.replace(chr(10), '<br>')}</p></body></html>",
        subtype="html",
    )
    png = order_code_png(order.number)
    html_part = message.get_body(("html",))
    if html_part is not None:
        html_part.add_related(png, "image", "png", cid=cid)
    message.add_attachment(png, maintype="image", subtype="png", filename=f"{order.number}.png")
    return message


def notice_address(number: str, viewer: Actor | None) -> str | None:
    """Where a "ready for pickup" e-mail would go — when the shop offers it, has a mail server and the customer has
    an e-mail address — else None (the screens then offer nothing)."""
    order = find_order(number, viewer)
    if not get_setting("mail.ready_notice") or not mail_ready():
        return None
    return order.customer.email or None


def notify_ready(actor: Actor, number: str) -> str:
    """Tell the customer by e-mail that order ``number`` is ready, with its number as a code to show at the counter.

    Returns the address written to. Refused in one sentence when the order is not ready, the customer has no
    e-mail address or the shop has no mail server set; the audit chain records the e-mail with the address's
    keyed digest.
    """
    require(actor, action="tell a customer by e-mail")
    order = find_order(number, actor)
    if order.status != OrderStatus.READY:
        raise UserError(t("Order {number} is not ready for pickup yet; nothing was sent.", number=order.number))
    customer = order.customer
    if not customer.email:
        raise UserError(t("The customer of {number} has no e-mail address in the directory.", number=order.number))
    server = _server()
    message = ready_message(order, customer.email, str(server["sender"]), customer_language(order))
    _deliver(message, server)
    with write():
        audit.append(
            actor,
            "order.ready_mail",
            order=order,
            payload={"to": digest(customer, customer.email), "message_id": message["Message-ID"]},
        )
    return customer.email
