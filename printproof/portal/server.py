"""Running the portal: its data folder, its database, how it sends the codes, and uvicorn serving it.

    printproof portal serve --listen 127.0.0.1:8700 --mail-server mail.example.com:587 --mail-sender …
    printproof portal add-shop "Druckerei Muster"      # says the key the shop's app pairs with, once

The portal listens on loopback by default; a TLS reverse proxy (Caddy) in front of it is what customers reach
(docs/portal.md). Nothing of the shop's store is here: the app pushes and pulls.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from platformdirs import user_data_path

from ..domain.errors import UserError
from ..domain.i18n import speaking, t
from ..smtp import deliver
from . import approvals
from .keys import form_secret, signing_key
from .store import open_portal_store
from .web import PortalConfig, create_app


def default_folder() -> Path:
    return user_data_path("PrintProof Portal", appauthor=False)


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: str  # starttls, ssl, none
    user: str
    password: str
    sender: str

    def as_dict(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "password": self.password,
            "sender": self.sender,
        }


def code_message(to: str, code: str, lang: str, shop: str, sender: str) -> EmailMessage:
    """The e-mail with the 6-digit code, in the customer's language."""
    with speaking(lang):
        message = EmailMessage()
        message["Subject"] = t("Your code: {code} – proof from {shop}", code=code, shop=shop)
        message["From"] = formataddr((shop, sender))
        message["To"] = to
        message["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or None)
        message.set_content(
            "\n\n".join(
                [
                    t("Your code to open the proof is: {code}", code=code),
                    t("It is valid for 10 minutes. If you did not ask for it, you can ignore this e-mail."),
                    shop,
                ]
            )
            + "\n"
        )
    return message


def open_folder(folder: Path, db: str | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    open_portal_store(db or str(folder / "portal.sqlite3"))


def add_shop(folder: Path, db: str | None, name: str) -> str:
    open_folder(folder, db)
    _, key = approvals.add_shop(name)
    return key


def build(
    folder: Path, db: str | None, mail: MailServer | None, behind_proxy: bool = False, timestamp_url: str = ""
) -> object:
    """The portal's ASGI app on its folder and database."""
    open_folder(folder, db)

    def send_code(address: str, code: str, lang: str, shop: str) -> None:
        if mail is None:
            raise UserError(t("The portal cannot send e-mail yet; please tell the shop."))
        deliver(code_message(address, code, lang, shop, mail.sender), mail.as_dict())

    config = PortalConfig(
        key=signing_key(folder),
        secret=form_secret(folder),
        send_code=send_code,
        trust_proxy=behind_proxy,
        secure_cookies=behind_proxy,
        timestamp_url=timestamp_url,
    )
    return create_app(config)


def serve(
    host: str,
    port: int,
    folder: Path,
    db: str | None,
    mail: MailServer | None,
    behind_proxy: bool,
    timestamp_url: str = "",
) -> None:
    import uvicorn

    app = build(folder, db, mail, behind_proxy, timestamp_url)
    log = logging.getLogger("printproof.portal")
    log.setLevel(logging.INFO)
    said = logging.StreamHandler(sys.stdout)  # one line per request, for the service's journal (tokens redacted)
    said.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(said)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning", server_header=False)  # type: ignore[arg-type]
