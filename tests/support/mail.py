"""A mail server on loopback (aiosmtpd) that keeps what it receives, and the shop's settings pointing at it."""

from __future__ import annotations

import email
import re
import socket
import time
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from printproof.services.admin import setup


class Inbox:
    """What the loopback mail server received, in order."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []  # (recipients, the message as sent)
        self.senders: list[str] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201 (aiosmtpd's name)
        self.senders.append(envelope.mail_from)
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def wait(self, count: int, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{count} e-mails expected, {len(self.messages)} arrived")
            time.sleep(0.02)

    def text(self, index: int) -> tuple[str, str, str]:
        """(to, subject, plain text) of message ``index``."""
        message = email.message_from_bytes(self.messages[index][1], policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        return str(message["To"]), str(message["Subject"]), body.get_content() if body else ""

    def link(self) -> str:
        """The link in the latest e-mail that carries one."""
        for index in range(len(self.messages) - 1, -1, -1):
            found = re.search(r"https?://\S+/a/[A-Za-z0-9_-]+", self.text(index)[2])
            if found:
                return found.group(0)
        raise AssertionError("no e-mail with a link arrived")

    def code(self) -> str:
        """The code in the latest e-mail that carries one (its subject says "code")."""
        for index in range(len(self.messages) - 1, -1, -1):
            subject, body = self.text(index)[1:]
            if "code" in subject.lower():
                return re.search(r"\b(\d{6})\b", body).group(1)
        raise AssertionError("no e-mail with a code arrived")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server():
    inbox = Inbox()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"shop" and auth_data.password == b"mail-secret"
        return AuthResult(success=ok, handled=False)  # aiosmtpd answers 535 itself on a refusal

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
        auth_required=True,
    )
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def mail_settings(owner, smtp_server):
    controller, _ = smtp_server
    setup.change_settings(
        owner,
        {
            "smtp.host": "127.0.0.1",
            "smtp.port": controller.port,
            "smtp.security": "none",
            "smtp.user": "shop",
            "smtp.password": "mail-secret",
            "smtp.sender": "druck@example.com",
        },
    )
    return controller
