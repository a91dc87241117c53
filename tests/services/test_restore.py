"""Restore: numbers that never repeat (also while other workstations write), older backups upgraded,
damaged ones refused in one sentence with nothing replaced. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from printproof.domain import i18n
from printproof.domain.errors import StoreError, UserError
from printproof.services.admin import staff
from printproof.services.admin.restore import restore_backup
from printproof.services.core import orders
from printproof.services.evidence.backup import make_backup
from printproof.services.evidence.verify import verify_store
from printproof.store.models import Order
from tests.support.shop import CARD, PRINTPROOF, table_counts
from tests.support.stores import _url, v2_store


def _new(owner, name: str) -> str:  # noqa: ANN001
    return orders.new_order(owner, orders.CustomerInput(name), CARD).number


def test_numbers_continue_above_the_store_and_the_backup(owner, tmp_path):
    before = [_new(owner, f"vorher {i}") for i in range(3)]
    made = make_backup(owner, tmp_path / "b.sqlite3")
    printed = [_new(owner, f"danach {i}") for i in range(3)]  # numbers customers already hold on paper
    kept = restore_backup(owner, made.path)
    assert sorted(o.number for o in Order.select()) == before
    new = _new(owner, "nach der Wiederherstellung")
    assert new not in printed and new > max(printed)
    con = sqlite3.connect(kept)
    assert sorted(r[0] for r in con.execute('SELECT number FROM "order"')) == before + printed
    con.close()
    assert verify_store().ok


def test_another_shops_backup_is_said_and_restored_only_on_purpose(owner, tmp_path, store_url):
    """A backup whose chain begins elsewhere is another shop's: refused in one sentence naming that shop, told in
    what the owner sees before restoring, and restored only when the owner means it; a new, empty store takes it."""
    from printproof.cli import main
    from printproof.services.admin.restore import describe_backup
    from printproof.services.admin.setup import setup
    from printproof.services.admin.staff import sign_in
    from printproof.store.db import open_store

    mine = _new(owner, "hier")
    other_path = tmp_path / "other" / "shop.sqlite3"
    other_path.parent.mkdir()
    live = store_url
    open_store(str(other_path))
    try:
        other_owner = setup("Copyshop Nebenan", "Bea Nachbar", "654321").actor
        orders.new_order(other_owner, orders.CustomerInput("dort"), CARD)
        backup = make_backup(other_owner, tmp_path / "nebenan.sqlite3").path
    finally:
        open_store(live)
    assert describe_backup(owner, backup).same_shop is False
    assert describe_backup(owner, make_backup(owner, tmp_path / "own.sqlite3").path).same_shop is True
    with pytest.raises(UserError, match="another shop's store .*Copyshop Nebenan.*nothing was replaced"):
        restore_backup(owner, backup)
    assert [o.number for o in Order.select()] == [mine]
    code = main(["--db", live, "--user", owner.name, "--pin", "123456", "restore", str(backup)])
    assert code == 2 and [o.number for o in Order.select()] == [mine]
    from printproof.services.evidence import signing

    restore_backup(owner, backup, other_shop=True)
    assert [o.customer.name for o in Order.select()] == ["dort"]
    # Its chain says so until an owner of that shop confirms the restore by signing in (Anna is not one there).
    assert [(p.kind, p.what) for p in verify_store().problems] == [
        ("power", "the restore of event 7 is not confirmed yet: an owner of the restored shop signs in once")
    ]
    # The key in the folder was this store's old shop's: set aside, never signing for the restored shop, which
    # gets a key of its own on this computer at its next signature (sealed beside its old computer's).
    assert not (signing.signing_dir() / signing.KEY_FILE).exists()
    assert list(signing.signing_dir().glob(f"{signing.KEY_FILE}.not-this-shop-*"))
    with pytest.raises(StoreError, match="the owner signs in here once"):
        signing.ensure_shop_certificate("Copyshop Nebenan")  # Anna is no owner there: nothing signs yet
    sign_in("Bea Nachbar", "654321")  # its owner, on this computer: the key made and sealed by her
    places = [k.place for k in signing.known_certificates()]
    assert len(places) == 2 and places[-1] == signing.key_place() != places[0]
    # The new workstation after the old one died: set up only to restore (an owner to sign in), no order, no
    # customer yet. It takes the shop's backup as its own, and the erasure due after a restore runs there too.
    empty = tmp_path / "new" / "shop.sqlite3"
    empty.parent.mkdir()
    open_store(str(empty))
    try:
        fresh = setup("Copyshop Nebenan", "Bea Nachbar", "654321").actor
        assert describe_backup(fresh, backup).same_shop is True
        restore_backup(fresh, backup)
        assert [o.customer.name for o in Order.select()] == ["dort"]
        assert [p.kind for p in verify_store().problems] == ["power"]  # the restore, until Bea confirms it
        sign_in("Bea Nachbar", "654321")
        assert verify_store().ok
    finally:
        open_store(live)


def test_a_backup_from_before_schema_3_is_upgraded_on_restore(owner, tmp_path):
    mine = [_new(owner, f"Kunde {i}") for i in range(4)]  # 2026-00001 … 00004 here; the old backup has 1 and 2
    kept = restore_backup(owner, v2_store(tmp_path / "old-backup.sqlite3"), other_shop=True)  # made apart
    assert {o.number for o in Order.select()} == {"2026-00001", "2026-00002"}
    assert orders.find_order("2026-00001", None).customer.name == "Jörg Müller"
    assert verify_store().ok, verify_store().problems
    anna = staff.sign_in("Anna", "1234")  # the old shop's owner, PIN from before the owner rules
    assert anna.role == "owner"
    year = mine[0].split("-")[0]
    assert _new(anna, "weiter") == f"{year}-00005"  # above every number either store issued
    assert kept.exists()


def test_a_newer_backup_is_refused(owner, tmp_path):
    made = make_backup(owner, tmp_path / "b.sqlite3")
    con = sqlite3.connect(made.path)
    con.execute("INSERT INTO schema_version (version, changed_at) VALUES (99, '2030-01-01')")
    con.commit()
    con.close()
    before = table_counts()
    with pytest.raises(StoreError, match="newer PrintProof"):
        restore_backup(owner, made.path)
    assert table_counts() == before


@pytest.mark.parametrize("how", ["truncated", "overwritten", "folder", "missing", "empty"])
def test_a_damaged_backup_is_one_sentence_and_replaces_nothing(owner, card_order, tmp_path, how):
    made = make_backup(owner, tmp_path / "b.sqlite3")
    data = made.path.read_bytes()
    path = made.path
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "overwritten":
        rng = random.Random(3)
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes(rng.randrange(256) for _ in range(8192)) + data[middle + 8192 :])
    elif how == "folder":
        path = tmp_path / "a-folder"
        path.mkdir()
    elif how == "missing":
        path = tmp_path / "nowhere.sqlite3"
    else:
        path.write_bytes(b"")
    before = table_counts()
    for lang in ("en", "de"):
        i18n.set_language(lang)
        try:
            with pytest.raises(UserError) as refused:
                restore_backup(owner, path)
        finally:
            i18n.set_language("en")
        sentence = str(refused.value).replace(path.name, "FILE")
        assert "\n" not in sentence and ". " not in sentence and sentence.endswith(".")
        assert not any(w in sentence.lower() for w in ("internal", "sqlite", "malformed", "errno", "database disk"))
        if lang == "de":
            assert any(
                w in sentence for w in ("beschädigt", "existiert nicht", "keine Sicherungsdatei", "nicht bestätigen")
            )
    assert table_counts() == before
    assert not list(tmp_path.glob(".printproof-partial-*"))
    assert not list(Path(owner_folder()).glob(".printproof-partial-*"))


def owner_folder() -> Path:
    from printproof.services.admin.restore import work_folder

    return work_folder()


# --- a restore while other workstations write --------------------------------------------------------------------

WRITER = r"""
import sys
from printproof.domain.errors import UserError
from printproof.domain.spec import JobSpec
from printproof.services.admin import staff
from printproof.services.core import orders
from printproof.store.db import open_store
open_store(sys.argv[1])
actor = staff.sign_in("Anna Owner", "123456")
spec = JobSpec("Visitenkarte", 85, 55, 3, 100)
i = 0
while True:
    tag = f"W{sys.argv[2]}-{i}"
    try:
        print(orders.new_order(actor, orders.CustomerInput(tag), spec).number, tag, flush=True)
    except UserError as exc:
        print("refused", exc, flush=True)
    i += 1
"""


class Writer:
    """Another workstation taking orders as fast as it can; remembers every number it was given."""

    def __init__(self, url: str, index: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(index)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut short when the writer is killed is no number it was given
                self.lines.append(line.strip())

    def numbers(self) -> list[tuple[str, str]]:
        return [tuple(line.split(" ", 1)) for line in list(self.lines) if not line.startswith("refused")]

    def wait_for(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while len(self.numbers()) < count:
            assert self.proc.poll() is None, self.proc.stderr.read()
            assert time.monotonic() < deadline, self.lines
            time.sleep(0.02)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def test_a_restore_while_others_write_never_duplicates_or_reuses_a_number(owner, store, tmp_path):
    url = store.location if store.kind == "sqlite" else _url(store)
    for i in range(3):
        _new(owner, f"Grundstock {i}")
    writers = [Writer(url, i) for i in range(2)]
    try:
        for w in writers:
            w.wait_for(3)
        made = make_backup(owner, tmp_path / "b.sqlite3")  # taken while they write
        for w in writers:
            w.wait_for(len(w.numbers()) + 5)
        issued_before = {n for w in writers for n, _ in w.numbers()}
        kept = restore_backup(owner, made.path)  # while they write
        marks = [len(w.numbers()) for w in writers]
        for w, mark in zip(writers, marks, strict=True):
            w.wait_for(mark + 5)
    finally:
        for w in writers:
            w.stop()
    issued = [pair for w in writers for pair in w.numbers()]
    numbers = [n for n, _ in issued]
    assert len(numbers) == len(set(numbers)), "a number was handed out twice"
    after = [n for w, mark in zip(writers, marks, strict=True) for n, _ in w.numbers()[mark:]]
    assert min(after) > max(issued_before), "a number from before the restore was given again"
    # What the store holds now: every number a writer was given belongs to that writer's customer.
    tag_of = dict(issued)
    for order in Order.select():
        if order.number in tag_of:
            assert order.customer.name == tag_of[order.number], order.number
    assert verify_store().ok, verify_store().problems
    assert kept.exists()
    lost = {n for n in issued_before if Order.get_or_none(Order.number == n) is None}
    con = sqlite3.connect(kept)
    in_kept = {r[0] for r in con.execute('SELECT number FROM "order"')}
    con.close()
    assert lost and lost <= in_kept  # orders taken after the backup are kept aside, not reissued


# --- backups that fail or are killed leave nothing half-written ------------------------------------------------------


def _namespace(commands: str) -> list[str]:
    """Run ``commands`` in a private mount namespace (a tiny disk, a read-only folder) without touching the host."""
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed to give the test its own small disk")
    flags = ["-m", "--propagation", "private"] if os.geteuid() == 0 else ["-r", "-m", "--propagation", "private"]
    return ["unshare", *flags, "sh", "-c", commands]


FULL_DISK = r"""
import sys
from printproof.domain import i18n
from printproof.domain.errors import UserError
from printproof.services.evidence.backup import make_backup
from printproof.store.db import open_store
open_store(sys.argv[1])
for lang in ("en", "de"):
    i18n.set_language(lang)
    try:
        make_backup(None, sys.argv[2])
    except UserError as exc:
        print(exc)
"""


def test_a_full_backup_disk_is_one_sentence_and_leaves_no_partial_file(owner, card_order, tmp_path, store_url):
    from printproof.store.blobs import put_blob
    from printproof.store.db import write

    with write():
        put_blob(os.urandom(1_500_000), "application/octet-stream")  # more than the small disk takes
    usb = tmp_path / "usb"
    usb.mkdir()
    script = tmp_path / "full.py"
    script.write_text(FULL_DISK)
    done = subprocess.run(
        _namespace(
            f"mount -t tmpfs -o size=512k tmpfs {usb} && {sys.executable} {script} {store_url} {usb}; ls -A {usb}"
        ),
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("The disk is full; “printproof-backup-") and lines[0].endswith("” was not written.")
    assert lines[1].startswith("Der Datenträger ist voll; „printproof-backup-")
    assert len(lines) == 2, done.stdout + done.stderr  # and `ls -A` found nothing on the small disk


@pytest.fixture
def store_url(store) -> str:
    """The store as another process opens it."""
    return store.location if store.kind == "sqlite" else _url(store)


KILLED = r"""
import sys, time
from printproof.services.evidence.backup import make_backup
from printproof.store.db import open_store
open_store(sys.argv[1])
print("ready", flush=True)
make_backup(None, sys.argv[2])
"""


def test_a_killed_backup_leaves_a_partial_file_that_the_next_backup_removes(owner, tmp_path, store_url):
    from printproof.store.blobs import put_blob
    from printproof.store.db import write

    with write():
        for _ in range(6):
            put_blob(os.urandom(12_000_000), "application/octet-stream")  # a backup that takes a moment
    folder = tmp_path / "backups"
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", KILLED, store_url, str(folder)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 60
    while not list(folder.glob(".printproof-partial-*")) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.kill()
    proc.wait()
    left = list(folder.glob(".printproof-partial-*"))
    assert left, "the backup was not caught in the act"
    # A backup still running in another process keeps its partial file: held open with a lock, like a writer.
    running = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from printproof.services.core.files import partial_file\n"
            "with partial_file(Path(sys.argv[1])) as p:\n    print(p, flush=True); time.sleep(60)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    busy = Path(running.stdout.readline().strip())
    try:
        made = make_backup(owner, folder)
        assert made.report.ok
        remaining = set(folder.glob(".printproof-partial-*"))
        assert remaining == {busy}, remaining  # the killed one is gone, the running one is not
    finally:
        running.kill()
        running.wait()
    from printproof.services.evidence.backup import prune_backups

    prune_backups(folder, keep=5)
    assert not list(folder.glob(".printproof-partial-*"))
    assert [p.name for p in folder.iterdir()] == [made.path.name]


# --- a store folder nobody may write to ----------------------------------------------------------------------------


def test_a_store_folder_without_write_permission_is_one_sentence(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    env = {**os.environ, "PRINTPROOF_DB": str(folder / "shop.sqlite3")}
    subprocess.run(
        [*PRINTPROOF, "setup", "--shop", "S", "--owner", "Anna", "--pin", "123456"],
        env=env,
        check=True,
        capture_output=True,
    )
    before = (folder / "shop.sqlite3").read_bytes()
    order = (
        f"{sys.executable} -m printproof --user Anna --pin 123456 "
        "order new --customer A --product P --size 85x55 --quantity 1"
    )
    german = (
        f"{sys.executable} -c 'from printproof.domain import i18n; from printproof.store.db import open_store\n"
        'i18n.set_language("de")\ntry:\n    open_store()\nexcept Exception as exc:\n    print(exc)\''
    )
    commands = (
        f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} && {order}; echo exit=$?; "
        f"PRINTPROOF_DB={folder}/sub/new.sqlite3 {order}; echo exit=$?; {german}"
    )
    done = subprocess.run(_namespace(commands), capture_output=True, text=True, env=env, cwd=tmp_path)
    lines = done.stdout.strip().splitlines()
    assert lines[:2] == ["exit=2", "exit=2"], done.stdout + done.stderr
    assert lines[2] == (
        f"Die Datenbank „{folder}/shop.sqlite3“ liegt in einem Ordner, in den dieser Benutzer nicht schreiben darf "
        "(oder auf einem schreibgeschützten Datenträger); bitte Schreibrechte geben oder die Datenbank verschieben."
    )
    sentences = done.stderr.strip().splitlines()
    assert sentences == [
        f"The store “{folder}/shop.sqlite3” is in a folder this user may not write to (or on a read-only disk); "
        "allow writing there or move the store.",
        f"There is no PrintProof store at “{folder}/sub/new.sqlite3”.",
    ]
    assert (folder / "shop.sqlite3").read_bytes() == before


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # PostgreSQL keeps no file beside a store
def test_what_a_killed_restore_left_beside_the_store_goes_with_the_next_backup_or_erasure(owner, tmp_path):
    """A restore writes its copy of the backup beside the store (hidden, ``.printproof-partial-*``); killed, the copy
    stays — with every customer's name in it. The next backup and the next erasure remove it."""
    from printproof.services.privacy.erasure import compact
    from printproof.store.models import db

    beside = Path(db.obj.database).resolve().parent
    left = []
    for _ in range(2):
        killed = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, time; from pathlib import Path; from printproof.services.core.files import partial_file\n"
                "with partial_file(Path(sys.argv[1])) as p:\n"
                "    p.write_text('Erika Mustermann, Ringstraße 5'); print(p, flush=True); time.sleep(60)",
                str(beside),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        left.append(Path(killed.stdout.readline().strip()))
        killed.kill()  # SIGKILL: no clean-up runs, as when the power goes
        killed.wait()
    assert all(p.exists() and "Mustermann" in p.read_text() for p in left)
    folder = tmp_path / "usb"
    folder.mkdir()
    make_backup(owner, folder)
    assert not left[0].exists() and not left[1].exists()
    again = beside / ".printproof-partial-leftover.part"
    again.write_text("Erika Mustermann")
    compact()  # the end of every erasure
    assert not again.exists()
