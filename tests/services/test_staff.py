"""Sign-in that holds: PIN rules, wrong PINs counted one by one, lock-outs a shop can live with, the owner's
recovery code, roles sealed in the audit chain. On SQLite and PostgreSQL (the store fixture)."""

from __future__ import annotations

import multiprocessing as mp
from datetime import timedelta

import pytest

from printproof.domain import i18n
from printproof.domain.enums import Role
from printproof.domain.errors import NotAllowed, UserError
from printproof.services.admin import pins, setup, staff
from printproof.services.core import orders
from printproof.services.evidence.verify import verify_store
from printproof.store.db import open_store
from printproof.store.models import AuditEvent, SignInGuard, Staff, db
from tests.support.shop import CARD, table_counts


def test_setup_gives_the_owner_a_recovery_code_once(store):
    done = setup.setup("Druckerei", "Anna", "123456", "de")
    assert done.actor.role == Role.OWNER
    code = done.recovery_code
    assert len(code) == 24 and code.count("-") == 4
    assert code not in Staff.get(Staff.name == "Anna").recovery_hash  # only a salted hash is kept
    assert [v.has_recovery_code for v in staff.list_staff()] == [True]


@pytest.mark.parametrize(
    "pin,ok", [("1234", False), ("12345", False), ("123456", True), ("123456789012", True), ("1234567890123", False)]
)
def test_an_owner_needs_six_digits_or_a_passphrase(store, pin, ok):
    before = table_counts()
    if ok:
        setup.setup("S", "Anna", pin, "de")
        return
    with pytest.raises(UserError, match="An owner's PIN has 6 to 12 digits, or is a passphrase"):
        setup.setup("S", "Anna", pin, "de")
    assert table_counts() == before


def test_pin_rules_for_everyone(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")  # counter staff: 4 digits are enough
    staff.add_staff(owner, "Lea", Role.DESIGNER, "  blaue Tasse am Fenster  ")  # a passphrase
    assert staff.sign_in("Lea", "blaue Tasse am Fenster").role == Role.DESIGNER
    before = table_counts()
    for bad in ("111", "abc", "kurz", "aaaaaaaaaaaaaa", "Tab\tim Passwort!", "1" * 13):
        with pytest.raises(UserError, match="A PIN has 4 to 12 digits, or is a passphrase"):
            staff.add_staff(owner, "Eve", Role.COUNTER, bad)
    with pytest.raises(UserError, match="An owner's PIN"):
        staff.add_staff(owner, "Eve", Role.OWNER, "1111")
    assert table_counts() == before


def test_wrong_pins_count_down_then_lock_naming_the_way_out(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    said = []
    for _ in range(5):
        with pytest.raises(NotAllowed) as wrong:
            staff.sign_in("Tom", "0000", workstation="Theke 1")
        said.append(str(wrong.value))
    assert said[:4] == [
        "Wrong PIN; 4 tries left before a 30-second lock.",
        "Wrong PIN; 3 tries left before a 30-second lock.",
        "Wrong PIN; 2 tries left before a 30-second lock.",
        "Wrong PIN; 1 try left before a 30-second lock.",
    ]
    assert said[4] == (
        "Wrong PIN. Tom is locked after too many wrong PINs; try again in 30 s, or ask the owner to reset the PIN."
    )
    with pytest.raises(NotAllowed, match=r"Tom is locked after .* or ask the owner to reset the PIN"):
        staff.sign_in("Tom", "1111", workstation="Theke 1")  # even the right PIN waits: it is not even checked
    for elsewhere in ("Büro", "erfundener-rechner"):  # a lock holds wherever the person signs in (issue 22)
        with pytest.raises(NotAllowed, match="Tom is locked"):
            staff.sign_in("Tom", "1111", workstation=elsewhere)
    view = next(v for v in staff.list_staff() if v.name == "Tom")
    assert view.locked_until is not None and view.failed_tries == 5
    staff.reset_pin(owner, "Tom", "2222")  # the owner's way out for staff: every lock lifted
    assert staff.sign_in("Tom", "2222", workstation="Theke 1").role == Role.COUNTER
    assert AuditEvent.select().where(AuditEvent.kind == "staff.wrong_pin").count() == 5


def test_the_wrong_pin_sentence_in_german(owner):
    i18n.set_language("de")
    try:
        with pytest.raises(NotAllowed, match="^Falsche PIN; noch 4 Versuche, dann 30 Sekunden Sperre.$"):
            staff.sign_in("Anna Owner", "999999")
    finally:
        i18n.set_language("en")


class Clock:
    """The sign-in clock, moved by the test instead of waiting minutes."""

    def __init__(self) -> None:
        from printproof.store.migrations import now

        self.moment = now()

    def __call__(self):
        return self.moment


def test_lock_outs_grow_but_stop_at_five_minutes_and_the_recovery_code_lifts_them(owner, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(staff, "now", clock)
    code = None
    locks = []
    for _ in range(14):
        with pytest.raises(NotAllowed):
            staff.sign_in("Anna Owner", "000000", workstation="Theke 1")
        guard = SignInGuard.get()
        if guard.locked_until:
            locks.append(round((guard.locked_until - clock.moment).total_seconds()))
            clock.moment = guard.locked_until + timedelta(seconds=1)  # wait it out, then guess again
    assert locks == [30, 60, 120, 240, 300, 300, 300, 300, 300, 300]
    with pytest.raises(NotAllowed):
        staff.sign_in("Anna Owner", "000000", workstation="Theke 1")
    with pytest.raises(NotAllowed, match="lift the lock with the owner's recovery code"):
        staff.sign_in("Anna Owner", "123456", workstation="Theke 1")
    with pytest.raises(NotAllowed, match="lift the lock with the owner's recovery code"):
        staff.sign_in("Anna Owner", "123456", workstation="Büro")  # locked on every workstation
    clock.moment = SignInGuard.get().locked_until + timedelta(seconds=1)
    code = staff.new_recovery_code(staff.sign_in("Anna Owner", "123456", workstation="Büro"))
    for _ in range(5):
        with pytest.raises(NotAllowed):
            staff.sign_in("Anna Owner", "000000", workstation="Theke 1")
    with pytest.raises(NotAllowed, match="That recovery code is not valid"):
        staff.unlock_with_recovery_code("Anna Owner", "AAAA-BBBB-CCCC-DDDD-EEEE")
    staff.unlock_with_recovery_code("Anna Owner", code.lower().replace("-", " "))  # as a person types it
    assert staff.sign_in("Anna Owner", "123456", workstation="Theke 1").role == Role.OWNER


def test_a_new_recovery_code_replaces_the_old_and_can_set_a_forgotten_pin(store):
    first = setup.setup("S", "Anna", "123456", "de").recovery_code
    anna = staff.sign_in("Anna", "123456")
    second = staff.new_recovery_code(anna)
    assert second != first
    with pytest.raises(NotAllowed, match="not valid"):
        staff.unlock_with_recovery_code("Anna", first)
    with pytest.raises(UserError, match="An owner's PIN"):
        staff.unlock_with_recovery_code("Anna", second, new_pin="1234")
    staff.unlock_with_recovery_code("Anna", second, new_pin="654321")
    assert staff.sign_in("Anna", "654321").role == Role.OWNER
    staff.add_staff(anna, "Tom", Role.COUNTER, "1111")
    with pytest.raises(NotAllowed, match="Only the owner may make a recovery code"):
        staff.new_recovery_code(staff.sign_in("Tom", "1111"))
    assert verify_store().ok


def test_roles_change_only_through_the_owner_and_the_last_owner_stays(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    tom = staff.sign_in("Tom", "1111")
    before = table_counts()
    for attempt in (
        lambda: staff.set_role(tom, "Tom", Role.OWNER),
        lambda: staff.set_active(tom, "Anna Owner", False),
        lambda: staff.reset_pin(tom, "Anna Owner", "111111"),
        lambda: staff.add_staff(tom, "Eve", Role.OWNER, "123456"),
    ):
        with pytest.raises(NotAllowed, match="Only the owner"):
            attempt()
    with pytest.raises(UserError, match="Anna Owner is the only owner; make someone else an owner first."):
        staff.set_role(owner, "Anna Owner", Role.COUNTER)
    with pytest.raises(UserError, match="Anna Owner is the only owner"):
        staff.set_active(owner, "Anna Owner", False)
    with pytest.raises(UserError, match="Tom's PIN is too short for an owner"):
        staff.set_role(owner, "Tom", Role.OWNER)
    assert table_counts() == before
    staff.reset_pin(owner, "Tom", "246810")
    staff.set_role(owner, "Tom", Role.OWNER)
    with pytest.raises(NotAllowed, match="Please sign in again, Tom"):  # the new PIN wraps a new key
        staff.add_staff(tom, "Lea", Role.DESIGNER, "2222")
    tom = staff.sign_in("Tom", "246810")
    # Tom is an owner from the next action on, without signing in again; Anna may now step down.
    assert staff.add_staff(tom, "Lea", Role.DESIGNER, "2222").role == Role.DESIGNER
    staff.set_role(tom, "Anna Owner", Role.COUNTER)
    with pytest.raises(NotAllowed, match="Only the owner may add staff"):
        staff.add_staff(owner, "Max", Role.COUNTER, "3333")
    staff.set_active(tom, "Lea", False)
    with pytest.raises(NotAllowed, match="Lea is no longer active"):
        staff.sign_in("Lea", "2222")
    assert [v.name for v in staff.list_staff()] == ["Anna Owner", "Tom"]
    assert [v.name for v in staff.list_staff(include_inactive=True)] == ["Anna Owner", "Lea", "Tom"]
    events = [
        (e.staff_id, e.subject, e.payload)
        for e in AuditEvent.select().where(AuditEvent.kind == "staff.sealed").order_by(AuditEvent.seq)
    ]
    assert any('"change": "role"' in p and '"role": "owner"' in p for _, _, p in events)  # who made whom what
    assert verify_store().ok, verify_store().problems


def test_a_deactivated_persons_open_session_stops(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    tom = staff.sign_in("Tom", "1111")
    staff.set_active(owner, "Tom", False)
    with pytest.raises(NotAllowed, match="Tom may no longer work here; please sign in again."):
        orders.new_order(tom, orders.CustomerInput("K"), CARD)


def test_roles_changed_in_the_table_give_no_power_and_verify_names_them(owner, store):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    db.execute_sql("UPDATE staff SET role = 'owner' WHERE name = 'Tom'")
    tom = staff.sign_in("Tom", "1111")
    assert tom.role == Role.COUNTER  # the chain's role, not the table's
    with pytest.raises(NotAllowed, match="Only the owner"):
        staff.add_staff(tom, "Eve", Role.OWNER, "123456")
    report = verify_store()
    assert [(p.kind, p.what) for p in report.problems] == [
        ("staff", "staff member Tom is the owner in the staff table, but the audit chain recorded counter staff")
    ]


def test_a_planted_pin_or_staff_row_does_not_sign_in(owner, store):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    planted = pins.hash_pin("999999")
    # As someone with write access to the database would do it, past every service:
    Staff.update(pin_hash=planted).where(Staff.name == "Anna Owner").execute()
    with pytest.raises(NotAllowed, match="The PIN of Anna Owner was changed outside PrintProof"):
        staff.sign_in("Anna Owner", "999999")
    Staff.insert(name="Eve", role="owner", pin_hash=planted, created_at=guard_now(), pin_class="pin").execute()
    with pytest.raises(NotAllowed, match="Eve is not in the audit chain"):
        staff.sign_in("Eve", "999999")
    problems = {p.what for p in verify_store().problems}
    assert problems == {
        "the PIN of staff member Anna Owner was changed outside PrintProof",
        "staff member Eve is not in the audit chain (added outside PrintProof)",
    }


@pytest.fixture
def real_pin_cost():
    """The product's own PIN cost for one test (the suite injects a cheaper one)."""
    pins.use_cost(pins.PIN_COST)
    yield
    pins.use_cost(pins.TEST_COST)


def test_pins_are_hashed_at_the_cost_the_readme_states(store, real_pin_cost):
    stored = pins.hash_pin("123456")
    assert stored.split("$")[:4] == ["scrypt2", str(2**18), "8", "2"]
    assert pins.pin_matches("123456", stored) and not pins.pin_matches("123457", stored)


def test_an_old_hash_is_brought_up_to_todays_cost_at_sign_in(tmp_path, real_pin_cost):
    from tests.support.stores import v2_store

    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    assert Staff.get(Staff.name == "Tom").pin_hash.startswith("scrypt$16384$8$1$")
    staff.sign_in("Tom", "1111")
    assert Staff.get(Staff.name == "Tom").pin_hash.startswith(f"scrypt2${2**18}$8$2$")
    assert verify_store().ok  # re-sealed with the new hash
    opened.close()


# --- parallel guesses, from many processes ----------------------------------------------------------------------

GUESSERS = 40


def _guess(url: str, barrier, queue) -> None:  # noqa: ANN001
    try:
        open_store(url)
        barrier.wait(timeout=120)
        try:
            staff.sign_in("Anna Owner", "000000", workstation="Theke")
            queue.put("signed in")
        except NotAllowed as exc:
            queue.put(str(exc))
    except BaseException as exc:  # report instead of hanging the test
        queue.put(f"error: {exc!r}")


def test_parallel_wrong_pins_are_counted_one_by_one(owner, store):
    from tests.support.stores import _url

    url = store.location if store.kind == "sqlite" else _url(store)
    ctx = mp.get_context("spawn")
    barrier, queue = ctx.Barrier(GUESSERS), ctx.Queue()
    procs = [ctx.Process(target=_guess, args=(url, barrier, queue)) for _ in range(GUESSERS)]
    for p in procs:
        p.start()
    answers = [queue.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert not [a for a in answers if a.startswith("error")], answers
    wrong = [a for a in answers if a.startswith("Wrong PIN")]
    locked = [a for a in answers if a.startswith("Anna Owner is locked")]
    assert len(wrong) == 5 and len(locked) == GUESSERS - 5, answers  # five PINs checked, 35 never looked at
    assert sorted(wrong)[0].startswith("Wrong PIN. Anna Owner is locked after")
    assert all("try again in" in a and "recovery code" in a for a in locked)
    assert AuditEvent.select().where(AuditEvent.kind == "staff.wrong_pin").count() == 5
    guard = SignInGuard.get()
    assert guard.failed == 5 and (guard.locked_until - guard_now()).total_seconds() <= 30
    with pytest.raises(NotAllowed, match="Anna Owner is locked"):  # nor elsewhere: the lock is the person's
        staff.sign_in("Anna Owner", "123456", workstation="Büro")


def guard_now():
    from printproof.store.migrations import now

    return now()


def test_an_owner_from_before_the_rules_first_sets_a_longer_pin(tmp_path):
    from tests.support.stores import v2_store

    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    anna = staff.sign_in("Anna", "1234")  # the shop keeps working after the upgrade
    assert anna.role == Role.OWNER and orders.new_order(anna, orders.CustomerInput("K"), CARD).number
    before = table_counts()
    with pytest.raises(NotAllowed, match="Anna's PIN is too short for what only the owner may do"):
        staff.add_staff(anna, "Max", Role.COUNTER, "3333")
    with pytest.raises(NotAllowed, match="too short"):
        staff.reset_pin(anna, "Tom", "4444")  # someone else's PIN is an owner's power
    assert table_counts() == before
    assert [v.has_recovery_code for v in staff.list_staff() if v.name == "Anna"] == [False]
    staff.reset_pin(anna, "Anna", "736184")  # her own PIN she may always set
    # Her key, introduced by herself at the first sign-in after the upgrade, is renewed at this one (store/power.py).
    anna = staff.sign_in("Anna", "736184")
    code = staff.new_recovery_code(anna)
    staff.add_staff(anna, "Max", Role.COUNTER, "3333")
    staff.unlock_with_recovery_code("Anna", code)
    assert verify_store().ok
    opened.close()
