"""The approval portal as the tests meet it: ``printproof portal serve`` in a process of its own on loopback, a real
SMTP server (aiosmtpd) that receives the link and code e-mails, and a customer who reads them and answers the
pages over HTTP with cookies — as a browser without JavaScript would (the real browser is in test_portal_browser)."""

from __future__ import annotations

import html
import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.support.mail import Inbox, free_port
from tests.support.shop import PRINTPROOF


class Mailer:
    """A loopback SMTP server without sign-in: the shop's and the portal's e-mails land in one inbox."""

    def __init__(self) -> None:
        self.inbox = Inbox()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=free_port())
        self.controller.start()

    @property
    def port(self) -> int:
        return int(self.controller.port)

    def stop(self) -> None:
        self.controller.stop()


class Portal:
    """``printproof portal serve`` on a free loopback port, with its own data folder."""

    def __init__(self, folder: Path, mail_port: int, db: str | None = None, extra: tuple[str, ...] = ()) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder.with_suffix(".log")
        folder.mkdir(parents=True, exist_ok=True)
        command = [
            *PRINTPROOF,
            "portal",
            "serve",
            "--listen",
            f"127.0.0.1:{self.port}",
            "--data",
            str(folder),
            "--mail-server",
            f"127.0.0.1:{mail_port}",
            "--mail-security",
            "none",
            "--mail-sender",
            "freigabe@example.com",
            *(["--portal-db", db] if db else []),
            *extra,
        ]
        self.db = db
        self.process = subprocess.Popen(command, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as answer:
                    if answer.read() == b"ok":
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the portal did not start: {self.log.read_text(errors='replace')}")
            time.sleep(0.05)

    def add_shop(self, name: str) -> str:
        database = ["--portal-db", self.db] if self.db else []
        done = subprocess.run(
            [*PRINTPROOF, "portal", "add-shop", name, "--data", str(self.folder), *database, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)["key"]

    def new_hour(self) -> None:
        """As if an hour had passed since the last codes were sent (the rate limits per address start again)."""
        import sqlite3

        with sqlite3.connect(self.folder / "portal.sqlite3") as con:
            con.execute("DELETE FROM throttle")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)

    def files_bytes(self) -> bytes:
        """Every byte the portal keeps on disk (its database, WAL and keys)."""
        return b"".join(p.read_bytes() for p in sorted(self.folder.rglob("*")) if p.is_file())


@dataclass
class Answer:
    status: int
    body: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    data: bytes = b""  # the body as sent (a PDF, an image)


class Customer:
    """A browser without JavaScript: follows redirects, keeps cookies, sends the forms' CSRF token."""

    def __init__(self, language: str = "de") -> None:
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.language = language
        self.last = Answer(0, "", "")

    def request(
        self, url: str, form: dict[str, object] | None = None, raw: bytes | None = None, content_type: str = ""
    ) -> Answer:
        data = raw
        if form is not None:
            data = urllib.parse.urlencode(form, doseq=True).encode()
        request = urllib.request.Request(url, data=data, headers={"Accept-Language": self.language})
        if data is not None:
            request.add_header("Content-Type", content_type or "application/x-www-form-urlencoded")
        try:
            with self.opener.open(request, timeout=30) as answer:
                body = answer.read()
                result = Answer(
                    answer.status,
                    body.decode("utf-8", "replace"),
                    answer.url,
                    {k.lower(): v for k, v in answer.headers.items()},
                    body,
                )
        except urllib.error.HTTPError as exc:
            result = Answer(
                exc.code, exc.read().decode("utf-8", "replace"), url, {k.lower(): v for k, v in exc.headers.items()}
            )
        self.last = result
        return result

    def get(self, url: str) -> Answer:
        return self.request(url)

    def csrf(self) -> str:
        found = re.search(r'name="csrf" value="([0-9a-f]+)"', self.last.body)
        assert found, self.last.body[:500]
        return found.group(1)

    def post(self, url: str, form: dict[str, object], with_csrf: bool = True) -> Answer:
        if with_csrf:
            form = {"csrf": self.csrf(), **form}
        return self.request(url, form)

    def post_files(self, url: str, fields: dict[str, str], files: list[tuple[str, str, bytes]]) -> Answer:
        """A form with files, sent as a browser sends it (multipart/form-data), its CSRF token from the last page."""
        boundary = "----printproof" + "".join(f"{b:02x}" for b in url.encode()[-8:])
        parts = []
        for name, value in {"csrf": self.csrf(), **fields}.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, filename, data in files:
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                "Content-Type: image/jpeg\r\n\r\n"
            )
            parts.append(head.encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(url, raw=body, content_type=f"multipart/form-data; boundary={boundary}")

    def said(self) -> str:
        """What the page says in an alert or message, as a reader hears it."""
        found = re.search(r'(?:role="alert"[^>]*|role="status"[^>]*)>([^<]+)<', self.last.body)
        return html.unescape(found.group(1)) if found else ""


def pair_with(owner, portal: Portal, mailer: Mailer, **settings: object) -> str:  # noqa: ANN001
    """The shop paired with ``portal``, its mail server the loopback one (and ``settings``); the inbox emptied."""
    from printproof.services.admin import setup
    from printproof.services.counter import remote_approval

    key = portal.add_shop("Druckerei Müller")
    mail = {
        "smtp.host": "127.0.0.1",
        "smtp.port": mailer.port,
        "smtp.security": "none",
        "smtp.sender": "druck@example.com",
    }
    setup.change_settings(owner, {**mail, **settings})
    remote_approval.pair(owner, portal.url, key)
    mailer.inbox.messages.clear()
    portal.new_hour()  # every test's customer is lz@example.com: the codes per address and hour start again
    return key


def strokes_json() -> str:
    return json.dumps([[[50 + i * 10, 150 + (i % 7) * 12, 0.5, i * 10] for i in range(60)]])


# Fixtures of the test modules that talk to the portal (a plugin of the root conftest): one loopback mail server
# and one portal process per module.
@pytest.fixture(scope="module")
def mailer() -> Iterator[Mailer]:
    running = Mailer()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory, mailer: Mailer) -> Iterator[Portal]:
    running = Portal(tmp_path_factory.mktemp("portal") / "data", mailer.port)
    yield running
    running.stop()
