"""E-mail to the customer through the shop's mail server: "your order is ready", with its number as a code.

The shop's SMTP settings (server, port, STARTTLS / SSL / none, user, password, sender) are set by the owner.
What was sent is logged in the audit chain with a keyed digest of the address, never the address itself.
"""

from __future__ import annotations

import io
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from PIL import Image, ImageDraw
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from ..domain.enums import OrderStatus
from ..domain.errors import UserError
from ..domain.i18n import t
from ..domain.texts import tr
from ..store.db import write
from ..store.settings import get_setting
from . import audit
from .context import Actor, require
from .customers import digest
from .orders import get_order
from .restriction import check_visible
from .shop import language

TIMEOUT = 20


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str
    user: str
    password: str
    sender: str

    @property
    def ready(self) -> bool:
        return bool(self.host and self.sender)


def mail_settings() -> MailSettings:
    return MailSettings(
        str(get_setting("smtp.host")),
        int(get_setting("smtp.port")),
        str(get_setting("smtp.security")),
        str(get_setting("smtp.user")),
        str(get_setting("smtp.password")),
        str(get_setting("smtp.sender")),
    )


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


def ready_message(number: str, to: str, sender: str, lang: str) -> EmailMessage:
    """The "your order is ready" e-mail: plain text, HTML with the code inline, the code attached."""
    order = get_order(number)
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


def send(message: EmailMessage, settings: MailSettings) -> None:
    """Hand ``message`` to the shop's mail server; one sentence when it cannot be sent."""
    host = settings.host
    try:
        if settings.security == "ssl":
            context = ssl.create_default_context()
            server: smtplib.SMTP = smtplib.SMTP_SSL(host, settings.port, timeout=TIMEOUT, context=context)
        else:
            server = smtplib.SMTP(host, settings.port, timeout=TIMEOUT)
        with server:
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                server.login(settings.user, settings.password)
            server.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError(
            t("The mail server {host} refused the user name or password; nothing was sent.", host=host)
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        to = message["To"]
        raise UserError(
            t("The mail server {host} refused the address {to}; nothing was sent.", host=host, to=to)
        ) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise UserError(
            t("The mail server {host} does not offer STARTTLS; set its encryption in Settings.", host=host)
        ) from exc
    except (ssl.SSLError, smtplib.SMTPException) as exc:
        raise UserError(t("The mail server {host} did not take the e-mail; nothing was sent.", host=host)) from exc
    except OSError as exc:  # refused, unreachable, unknown name, timed out
        raise UserError(t("The mail server {host} cannot be reached; the e-mail was not sent.", host=host)) from exc


def notice_address(number: str) -> str | None:
    """Where a "ready for pickup" e-mail would go — when the shop offers it, has a mail server and the customer has
    an e-mail address — else None (the screens then offer nothing)."""
    if not get_setting("mail.ready_notice") or not mail_settings().ready:
        return None
    return get_order(number).customer.email or None


def notify_ready(actor: Actor, number: str) -> str:
    """Tell the customer by e-mail that order ``number`` is ready, with its number as a code to show at the counter.

    Returns the address written to. Refused in one sentence when the order is not ready, the customer has no
    e-mail address or the shop has no mail server set; the audit chain records the e-mail with the address's
    keyed digest.
    """
    require(actor, action="tell a customer by e-mail")
    order = get_order(number)
    check_visible(order, actor)
    if order.status != OrderStatus.READY:
        raise UserError(t("Order {number} is not ready for pickup yet; nothing was sent.", number=order.number))
    customer = order.customer
    if not customer.email:
        raise UserError(t("The customer of {number} has no e-mail address in the directory.", number=order.number))
    settings = mail_settings()
    if not settings.ready:
        raise UserError(t("Set the shop's mail server and sender address in Settings first."))
    message = ready_message(order.number, customer.email, settings.sender, language())
    send(message, settings)
    with write():
        audit.append(
            actor,
            "order.ready_mail",
            order=order,
            payload={"to": digest(customer, customer.email), "message_id": message["Message-ID"]},
        )
    return customer.email
