"""A session for a run of commands: the PIN checked once, then the token; every way it ends (services/admin)."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest

from printproof.domain.enums import Role
from printproof.domain.errors import NotAllowed, UserError
from printproof.services.admin import sessions, setup, staff
from printproof.services.artwork import press
from printproof.services.core import orders
from printproof.services.counter import remote_approval
from printproof.services.evidence import signing
from printproof.store.clock import now
from printproof.store.db import open_store
from tests.support.shop import CARD


@pytest.fixture
def owner_with_lea(owner):
    staff.add_staff(owner, "Lea Design", Role.DESIGNER, "2222")
    return owner


def _file(token: str):
    return sessions.sessions_dir() / f"{token.split('.')[0]}.json"


def test_a_session_signs_the_person_in_with_their_key_and_only_its_file_and_token_together(owner_with_lea):
    started = sessions.start("Lea Design", "2222")
    actor = sessions.resume(started.token)
    assert (actor.name, actor.role, actor.staff_id) == ("Lea Design", Role.DESIGNER, started.actor.staff_id)
    assert actor.signer is not None and actor.signer.public == started.actor.signer.public and actor.by_session
    made = orders.new_order(actor, orders.CustomerInput("Frau Test"), CARD)  # acts as the person
    assert orders.find_order(made.number, actor).created_by_id == actor.staff_id
    kept = _file(started.token)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert b"2222" not in kept.read_bytes()
    assert started.ends - now() == pytest.approx(timedelta(minutes=5), abs=timedelta(seconds=30))  # the idle lock
    ident, key = started.token.split(".")
    other_key = ("A" if key[0] != "A" else "B") + key[1:]
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(f"{ident}.{other_key}")  # the file without its token's key
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(f"{'0' * 32}.{key}")  # the key without its file
    for garbled in ("0123", f"{ident}.{key[:-1]}!", f"{ident.upper()}.{key}", f"{ident}.{key}.x", "é" * 80):
        with pytest.raises(UserError, match="not a PrintProof session"):
            sessions.resume(garbled)


def test_a_changed_or_planted_file_is_refused(owner_with_lea, tmp_path):
    started = sessions.start("Lea Design", "2222")
    kept = _file(started.token)
    saved = json.loads(kept.read_text())
    for field, value in (
        ("expires", "2999-01-01T00:00:00"),
        ("staff", saved["staff"] + 1),
        ("record", 0),
        ("workstation", "x"),
    ):
        kept.write_text(json.dumps({**saved, field: value}))
        with pytest.raises(NotAllowed, match="not a PrintProof session"):
            sessions.resume(started.token)
    kept.write_text(json.dumps(saved))
    kept.chmod(0o644)  # readable by others: not a file PrintProof keeps
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(started.token)
    kept.unlink()
    elsewhere = tmp_path / "copy.json"
    elsewhere.write_text(json.dumps(saved))
    elsewhere.chmod(0o600)
    kept.symlink_to(elsewhere)  # a link planted in its place
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(started.token)
    kept.unlink()
    os.mkfifo(kept)  # a pipe would hang a reader
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(started.token)
    kept.unlink()
    kept.mkdir()
    with pytest.raises(UserError, match="not one PrintProof made"):
        sessions.end(started.token)


def test_a_session_ends_with_its_time_its_end_command_and_another_store(owner_with_lea, tmp_path):
    started = sessions.start("Lea Design", "2222", minutes=1)
    later = sessions.start("Lea Design", "2222", minutes=30)
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(started.token, moment=now() + timedelta(minutes=1, seconds=1))
    assert not _file(started.token).exists()  # an expired session's half is deleted when it is next used
    assert sessions.resume(later.token).name == "Lea Design"
    stranger = sessions.sessions_dir() / "notes.json"
    stranger.write_text("{}")
    stranger.chmod(0o600)
    sessions.forget_expired(sessions.sessions_dir(), moment=now() + timedelta(minutes=31))
    assert not _file(later.token).exists()  # and every other one that has ended, whenever a session is used
    assert stranger.exists()  # a file that is not a session's is left alone
    stranger.unlink()
    again = sessions.start("Lea Design", "2222")
    assert sessions.end(again.token) and not sessions.end(again.token)
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(again.token)
    for minutes in (0, 61):
        with pytest.raises(UserError, match="from 1 to 60 minutes"):
            sessions.start("Lea Design", "2222", minutes=minutes)
    with pytest.raises(NotAllowed, match="Wrong PIN"):
        sessions.start("Lea Design", "9999")
    mine = sessions.start("Lea Design", "2222")
    open_store(str(tmp_path / "other.sqlite3"))
    owner = setup.setup("Andere Druckerei", "Anna Owner", "123456", "de").actor
    staff.add_staff(owner, "Lea Design", Role.DESIGNER, "2222")  # the same name and PIN in another shop
    with pytest.raises(NotAllowed, match="another store"):
        sessions.resume(mine.token)


def test_any_change_to_the_person_ends_their_sessions(owner_with_lea):
    first = sessions.start("Lea Design", "2222")
    staff.set_role(owner_with_lea, "Lea Design", Role.COUNTER)
    with pytest.raises(NotAllowed, match="record .PIN, key, role. changed since"):
        sessions.resume(first.token)
    second = sessions.start("Lea Design", "2222")
    staff.set_active(owner_with_lea, "Lea Design", False)
    with pytest.raises(NotAllowed, match="no longer active"):
        sessions.resume(second.token)
    staff.set_active(owner_with_lea, "Lea Design", True)
    with pytest.raises(NotAllowed, match="record .PIN, key, role. changed since"):
        sessions.resume(second.token)  # made active again: the session stays ended
    third = sessions.start("Lea Design", "2222")
    staff.reset_pin(owner_with_lea, "Lea Design", "3333")
    with pytest.raises(NotAllowed, match="record .PIN, key, role. changed since"):
        sessions.resume(third.token)


def test_who_may_do_what_changes_only_with_the_pin_itself(owner_with_lea, tmp_path):
    anna = sessions.resume(sessions.start("Anna Owner", "123456").token)
    refusals = [
        lambda: staff.add_staff(anna, "Max", Role.OWNER, "444444"),
        lambda: staff.set_role(anna, "Lea Design", Role.OWNER),
        lambda: staff.set_active(anna, "Lea Design", False),
        lambda: staff.reset_pin(anna, "Anna Owner", "654321"),
        lambda: staff.new_recovery_code(anna),
        lambda: signing.renew_key(anna, "exposed"),
    ]
    refusals += [
        lambda: setup.change_settings(anna, {"lock.idle_minutes": 60}),
        lambda: press.use_default_profile(anna),
        lambda: remote_approval.pair(anna, "http://127.0.0.1:9", "ppk_x"),  # refused before it calls anywhere
    ]
    for refused in refusals:
        with pytest.raises(NotAllowed, match="only with the PIN itself"):
            refused()
    from printproof.services.admin import restore

    with pytest.raises(NotAllowed, match="only with the PIN itself"):
        restore.restore_backup(anna, tmp_path / "backup.sqlite3")
    orders.new_order(anna, orders.CustomerInput("Herr Test"), CARD)  # the day's work goes on in the session
    staff.add_staff(owner_with_lea, "Max", Role.COUNTER, "4444")  # with the PIN it is done


def test_sessions_live_in_the_runtime_folder_the_tests_gave():
    assert str(sessions.sessions_dir()).startswith(os.environ["XDG_RUNTIME_DIR"])


def test_a_restore_waiting_for_its_owner_is_confirmed_by_the_pin_never_by_a_session(tmp_path):
    """The owner of the restored shop confirms a restore by signing in with the PIN. A session from before the
    restore cannot sign in at all (the store is another one now), so nothing but the PIN confirms it."""
    from printproof.services.admin.restore import restore_backup
    from printproof.services.evidence.backup import make_backup
    from printproof.services.evidence.verify import verify_store

    for folder in ("elsewhere", "here"):
        (tmp_path / folder).mkdir()
    open_store(str(tmp_path / "elsewhere" / "shop.sqlite3"))
    bea = setup.setup("Copyshop Nebenan", "Bea Nachbar", "654321").actor
    orders.new_order(bea, orders.CustomerInput("dort"), CARD)
    backup = make_backup(bea, tmp_path / "nebenan.sqlite3").path
    open_store(str(tmp_path / "here" / "shop.sqlite3"))  # the new workstation, set up only to restore
    fresh = setup.setup("Copyshop Nebenan", "Bea Nachbar", "654321").actor
    before = sessions.start("Bea Nachbar", "654321")
    restore_backup(fresh, backup)
    assert [p.kind for p in verify_store().problems] == ["power"]  # waiting for its owner
    with pytest.raises(NotAllowed, match="another store"):
        sessions.resume(before.token)
    assert [p.kind for p in verify_store().problems] == ["power"]
    sessions.resume(sessions.start("Bea Nachbar", "654321").token)  # the PIN, checked once for a session
    assert verify_store().ok
