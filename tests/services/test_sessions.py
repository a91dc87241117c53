"""A session for a run of commands: the PIN checked once, then the token; every way it ends (services/admin)."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest

from printproof.domain.enums import Role
from printproof.domain.errors import NotAllowed, UserError
from printproof.services.admin import sessions, staff
from printproof.services.core import orders
from printproof.store.clock import now
from tests.support.shop import CARD


@pytest.fixture
def lea(owner):
    staff.add_staff(owner, "Lea Design", Role.DESIGNER, "2222")
    return owner


def _file(token: str):
    return sessions.sessions_dir() / f"{token.split('.')[0]}.json"


def test_a_session_signs_the_person_in_with_their_key_and_only_its_file_and_token_together(lea, store):
    started = sessions.start("Lea Design", "2222", store.location)
    actor = sessions.resume(started.token, store.location)
    assert (actor.name, actor.role, actor.staff_id) == ("Lea Design", Role.DESIGNER, started.actor.staff_id)
    assert actor.signer is not None and actor.signer.public == started.actor.signer.public
    made = orders.new_order(actor, orders.CustomerInput("Frau Test"), CARD)  # acts as the person
    assert orders.find_order(made.number, actor).created_by_id == actor.staff_id
    kept = _file(started.token)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert b"2222" not in kept.read_bytes()
    assert started.ends - now() == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=30))
    ident, key = started.token.split(".")
    other_key = ("A" if key[0] != "A" else "B") + key[1:]
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(f"{ident}.{other_key}", store.location)  # the file without its token's key
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume("0123", store.location)
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(f"{'0' * 32}.{key}", store.location)  # the key without its file


def test_a_changed_file_is_refused(lea, store):
    started = sessions.start("Lea Design", "2222", store.location)
    kept = _file(started.token)
    saved = json.loads(kept.read_text())
    for field, value in (("expires", "2999-01-01T00:00:00"), ("staff", 1), ("workstation", "elsewhere")):
        kept.write_text(json.dumps({**saved, field: value}))
        with pytest.raises(NotAllowed, match="not a PrintProof session"):
            sessions.resume(started.token, store.location)
    kept.write_text("{")
    with pytest.raises(NotAllowed, match="not a PrintProof session"):
        sessions.resume(started.token, store.location)


def test_a_session_ends_with_its_time_its_end_command_and_another_store(lea, store):
    started = sessions.start("Lea Design", "2222", store.location, minutes=1)
    with pytest.raises(NotAllowed, match="another store"):
        sessions.resume(started.token, store.location + "-other")
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(started.token, store.location, moment=now() + timedelta(minutes=1, seconds=1))
    assert not _file(started.token).exists()  # an expired session's half is deleted when it is next used
    again = sessions.start("Lea Design", "2222", store.location)
    assert sessions.end(again.token) and not sessions.end(again.token)
    with pytest.raises(NotAllowed, match="has ended"):
        sessions.resume(again.token, store.location)
    for minutes in (0, 61):
        with pytest.raises(UserError, match="from 1 to 60 minutes"):
            sessions.start("Lea Design", "2222", store.location, minutes=minutes)
    with pytest.raises(NotAllowed, match="Wrong PIN"):
        sessions.start("Lea Design", "9999", store.location)


def test_a_new_pin_or_an_inactive_person_ends_their_sessions(lea, store):
    first = sessions.start("Lea Design", "2222", store.location)
    second = sessions.start("Lea Design", "2222", store.location)
    staff.reset_pin(lea, "Lea Design", "3333")
    with pytest.raises(NotAllowed, match="the PIN or key changed since"):
        sessions.resume(first.token, store.location)
    third = sessions.start("Lea Design", "3333", store.location)
    staff.set_active(lea, "Lea Design", False)
    with pytest.raises(NotAllowed, match="no longer active"):
        sessions.resume(third.token, store.location)
    staff.set_active(lea, "Lea Design", True)
    assert sessions.resume(third.token, store.location).name == "Lea Design"
    with pytest.raises(NotAllowed, match="the PIN or key changed since"):
        sessions.resume(second.token, store.location)


def test_sessions_live_in_the_runtime_folder_the_tests_gave():
    assert str(sessions.sessions_dir()).startswith(os.environ["XDG_RUNTIME_DIR"])
