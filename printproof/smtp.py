"""Handing an e-mail to a mail server (SMTP): one way for the shop's app and the portal, one sentence for each
way it can fail. Reads no store: the caller says which server."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from .domain.errors import UserError
from .domain.i18n import t


def deliver(message: EmailMessage, server: dict[str, object]) -> None:
    """Send ``message`` through ``server`` (host, port, security, user, password); a sentence when it fails."""
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
