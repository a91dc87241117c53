"""The mail and timestamp passwords never in the store, its backups or the chain (issue 22): in the operating
system's keyring, else in a file only the user may read; a password an older PrintProof stored is moved out."""

from __future__ import annotations

import json
import stat

import keyring
import pytest
from keyring.backend import KeyringBackend

from printproof.services.admin import setup
from printproof.services.core import credentials, shop
from printproof.services.evidence.backup import make_backup
from printproof.store.db import write
from printproof.store.models import AuditEvent, Setting

SECRET = "geheim-4711-Ölmühle"


def test_a_password_is_kept_outside_the_store_and_its_backups(owner, store, tmp_path):
    setup.change_settings(owner, {"smtp.password": SECRET, "smtp.user": "theke"})
    assert credentials.read("smtp.password") == SECRET
    assert shop.settings()["smtp.password"] == ""  # never shown, not even to the owner
    assert not Setting.select().where(Setting.key == "smtp.password").exists()
    assert all(SECRET not in e.payload for e in AuditEvent.select())
    backup = make_backup(owner, tmp_path / "backup.sqlite3").path
    assert SECRET.encode() not in backup.read_bytes()
    if store.kind == "sqlite":
        assert SECRET.encode() not in open(store.location, "rb").read()
    file = tmp_path / "credentials" / "credentials.json"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    # An empty field leaves it as it was; another user name is another account, which needs its own password.
    setup.change_settings(owner, {"smtp.password": "", "smtp.sender": "info@example.org"})
    assert credentials.read("smtp.password") == SECRET
    setup.change_settings(owner, {"smtp.user": "kasse"})
    assert credentials.read("smtp.password") == ""


def test_a_password_an_older_printproof_stored_is_moved_out(owner):
    with write():  # as schema 12 kept it
        Setting.insert(key="timestamp.password", value=json.dumps(SECRET)).execute()
    assert credentials.read("timestamp.password") == SECRET
    assert not Setting.select().where(Setting.key == "timestamp.password").exists()
    assert credentials.read("timestamp.password") == SECRET


class ShelfKeyring(KeyringBackend):
    """A keyring backend as the operating system's would answer (a shelf in memory, for the test's process)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.shelf: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.shelf.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.shelf[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.shelf.pop((service, username), None)


@pytest.fixture
def system_keyring(tmp_path):
    before = keyring.get_keyring()
    shelf = ShelfKeyring()
    keyring.set_keyring(shelf)
    credentials.use_folder(tmp_path / "credentials", keyring=True)
    yield shelf
    keyring.set_keyring(before)


def test_where_the_computer_has_a_keyring_the_password_goes_there(owner, system_keyring, tmp_path):
    setup.change_settings(owner, {"smtp.password": SECRET})
    [(service, account)] = system_keyring.shelf
    assert service == "PrintProof" and ":smtp.password:" in account
    assert credentials.read("smtp.password") == SECRET
    assert not (tmp_path / "credentials" / "credentials.json").exists()


def test_a_server_changed_in_the_store_is_sent_no_password(owner):
    """Someone who points the store's mail server or timestamp authority at their own machine gets no password:
    it belongs to the server it was typed for."""
    setup.change_settings(owner, {"smtp.host": "mail.example.org", "smtp.user": "theke", "smtp.password": SECRET})
    setup.change_settings(owner, {"timestamp.url": "https://tsa.example.org", "timestamp.password": SECRET})
    assert credentials.read("smtp.password") == SECRET and credentials.read("timestamp.password") == SECRET
    with write():  # past every service
        Setting.update(value=json.dumps("evil.example.net")).where(Setting.key == "smtp.host").execute()
        Setting.update(value=json.dumps("https://evil.example.net")).where(Setting.key == "timestamp.url").execute()
    assert credentials.read("smtp.password") == ""
    assert credentials.read("timestamp.password") == SECRET  # the authority's address is the owner's signed one
    with write():
        Setting.update(value=json.dumps("mail.example.org")).where(Setting.key == "smtp.host").execute()
    assert credentials.read("smtp.password") == SECRET
