"""Power bound to the owner's credential (issue 22): an insider with write access to the store appends events with
PrintProof's own hashing code — a counter PIN made an owner, a staff member added, their own timestamp authority
trusted — and gains nothing: sign-in and every role check read only the events an owner's key signed, and
``verify`` names each forged one. The honest life of a shop's staff (added, roles, PINs, recovery codes, re-hash,
a store from before the keys) leaves verify clean. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from printproof.domain.enums import Role
from printproof.domain.errors import NotAllowed
from printproof.services.admin import pins, setup, staff
from printproof.services.core import shop
from printproof.services.core.staff_keys import wrap_for_pin
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import approvals
from printproof.store.chain import append_event, seal_staff
from printproof.store.db import open_store, write
from printproof.store.models import Setting, Staff
from printproof.store.power import Signer, ledger, public_hex
from tests.support.stores import v2_store


def problems(kind: str | None = None) -> list[str]:
    return [p.what for p in verify_store().problems if kind is None or p.kind == kind]


def test_an_honest_life_of_the_staff_leaves_verify_clean(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    staff.add_staff(owner, "Eva", Role.DESIGNER, "2222")
    tom = staff.sign_in("Tom", "1111")
    staff.reset_pin(owner, "Tom", "246810")
    staff.set_role(owner, "Tom", Role.OWNER)
    tom = staff.sign_in("Tom", "246810")
    code = staff.new_recovery_code(tom)
    staff.set_active(tom, "Eva", False)
    staff.set_active(tom, "Eva", True)
    staff.reset_pin(owner, "Anna Owner", "654321")  # one's own PIN: the same key, wrapped anew
    anna = staff.sign_in("Anna Owner", "654321")
    staff.unlock_with_recovery_code("Tom", code, "135790")  # Tom's code opens Tom's key, which signs
    staff.unlock_with_recovery_code("Eva", code, "9999")  # and Eva's new key
    tom = staff.sign_in("Tom", "135790")
    eva = staff.sign_in("Eva", "9999")
    setup.change_settings(anna, {"backup.keep": 20})
    setup.change_settings(tom, {"privacy.retention_years": 12})
    assert eva.signer is not None and anna.signer is not None
    assert ledger().refused == []
    assert problems() == []


def _forge_promotion(name: str) -> None:
    """What an insider does: the staff row made an owner, and an event appended that seals it, hashed exactly as
    PrintProof hashes (store/chain.py), in the name of the shop's owner."""
    target = Staff.get(Staff.name == name)
    anna = Staff.get(Staff.name == "Anna Owner")
    with write():
        Staff.update(role="owner").where(Staff.id == target.id).execute()
        seal_staff(Staff.get_by_id(target.id), "role", anna.id, "counter-pc")


def test_an_appended_promotion_gives_no_power_and_verify_names_it(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    assert problems() == []
    _forge_promotion("Tom")
    tom = staff.sign_in("Tom", "1111")
    assert tom.role == Role.COUNTER  # the role of the events an owner signed
    with pytest.raises(NotAllowed, match="Only the owner"):
        staff.add_staff(tom, "Eve", Role.OWNER, "123456")
    with pytest.raises(NotAllowed, match="Only the owner"):
        approvals.void_approval(tom, 1, "forged")
    found = problems()
    assert any("is not signed by an owner" in what and "(staff.sealed)" in what for what in found), found
    assert "staff member Tom is the owner in the staff table, but the audit chain recorded counter staff" in found


def test_a_promotion_signed_with_a_key_of_ones_own_is_refused(owner):
    """The insider goes further: a key of their own in Tom's row, and the promotion signed with it."""
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    tom_row = Staff.get(Staff.name == "Tom")
    mine = Ed25519PrivateKey.generate()
    _, secret = pins.hash_pin_secret("1111")
    with write():
        Staff.update(role="owner", key_public=public_hex(mine), key_wrapped=wrap_for_pin(mine, secret)).where(
            Staff.id == tom_row.id
        ).execute()
        seal_staff(Staff.get_by_id(tom_row.id), "role", tom_row.id, "counter-pc", Signer(tom_row.id, mine))
    with pytest.raises(NotAllowed, match="The key of Tom does not open with this PIN"):
        staff.sign_in("Tom", "1111")
    found = problems("power")
    assert len(found) == 1 and "is signed by someone who was not an active owner then" in found[0], found


def test_an_added_owner_or_a_forged_signature_is_refused(owner):
    eve_key = Ed25519PrivateKey.generate()
    pin_hash, secret = pins.hash_pin_secret("999999")
    with write():
        eve = Staff.create(
            name="Eve",
            role="owner",
            pin_hash=pin_hash,
            pin_class="pin",
            created_at=Staff.get(Staff.name == "Anna Owner").created_at,
            key_public=public_hex(eve_key),
            key_wrapped=wrap_for_pin(eve_key, secret),
        )
        seal_staff(eve, "added", eve.id, "counter-pc", Signer(eve.id, eve_key))  # self-signed: not the first owner
    anna = Staff.get(Staff.name == "Anna Owner")
    with write():  # a settings change "signed" by Anna with a key that is not hers
        append_event(
            anna.id,
            "counter-pc",
            "settings.changed",
            payload={"backup.keep": {"from": 14, "to": 1}},
            signer=Signer(anna.id, eve_key),
        )
        Setting.update(value=json.dumps(1)).where(Setting.key == "backup.keep").execute()
    with pytest.raises(NotAllowed, match="Eve is not in the audit chain"):
        staff.sign_in("Eve", "999999")
    found = problems()
    assert sum("is signed by someone who was not an active owner then" in what for what in found) == 2, found
    assert "staff member Eve is not in the audit chain (added outside PrintProof)" in found


def test_the_settings_the_evidence_depends_on_follow_the_owners_signed_events(owner):
    setup.change_settings(owner, {"privacy.retention_years": 12})
    assert problems("setting") == []
    # Their own timestamp authority, trusted by a plain UPDATE, and by an appended unsigned change:
    with write():
        Setting.insert(key="timestamp.ca_pem", value=json.dumps("-----BEGIN CERTIFICATE-----\nMII…")).execute()
        Setting.update(value=json.dumps(3)).where(Setting.key == "privacy.retention_years").execute()
    assert sorted(problems("setting")) == [
        "the setting privacy.retention_years was changed outside PrintProof",
        "the setting timestamp.ca_pem was changed outside PrintProof",
    ]
    anna = Staff.get(Staff.name == "Anna Owner")
    with write():
        append_event(
            anna.id, "counter-pc", "settings.changed", payload={"privacy.retention_years": {"from": 12, "to": 3}}
        )
    found = problems()
    assert any("(settings.changed) is not signed by an owner" in what for what in found), found
    assert "the setting privacy.retention_years was changed outside PrintProof" in found


def test_a_store_from_before_the_keys_gets_them_at_sign_in_and_is_protected_from_then_on(tmp_path):
    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    try:
        assert ledger().first_signed is None and ledger().refused == []
        tom = staff.sign_in("Tom", "1111")  # the first signed event: Tom's own key, introduced by Tom
        assert tom.signer is not None and ledger().first_signed is not None
        anna = staff.sign_in("Anna", "1234")
        staff.reset_pin(anna, "Anna", "864213")
        anna = staff.sign_in("Anna", "864213")
        code = staff.new_recovery_code(anna)
        staff.set_role(anna, "Tom", Role.DESIGNER)
        assert ledger().refused == [] and problems("power") == [] and problems("staff") == []
        _forge_promotion_in_v2()
        assert staff.sign_in("Tom", "1111").role == Role.DESIGNER
        assert len(problems("power")) == 1
        staff.unlock_with_recovery_code("Anna", code, "97531864")
        assert staff.sign_in("Anna", "97531864").role == Role.OWNER
    finally:
        opened.close()


def _forge_promotion_in_v2() -> None:
    tom, anna = Staff.get(Staff.name == "Tom"), Staff.get(Staff.name == "Anna")
    with write():
        Staff.update(role="owner").where(Staff.id == tom.id).execute()
        seal_staff(Staff.get_by_id(tom.id), "role", anna.id, "counter-pc")


def _old_recovery_code(name: str) -> str:
    """A recovery code as PrintProof made it before the keys: its hash, sealed unsigned."""
    code = "ABCD-EFGH-JKMN-PQRS-TVWX"
    with write():
        Staff.update(recovery_hash=staff._hash_code(code)).where(Staff.name == name).execute()
        seal_staff(Staff.get(Staff.name == name), "recovery code", None, "vm")
    return code


def test_an_owner_whose_recovery_code_predates_the_keys_gets_back_in_with_it(tmp_path):
    """Anna's code is from before this version and she forgot her PIN before she signed in with it: the code sets
    her a new PIN with her first key (and wraps it from now on); it sets no one else's PIN."""
    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    try:
        code = _old_recovery_code("Anna")
        staff.sign_in("Tom", "1111")  # the chain's first signed event
        with pytest.raises(NotAllowed, match="no longer sets a PIN"):
            staff.unlock_with_recovery_code("Tom", code, "3333")
        staff.unlock_with_recovery_code("Anna", code, "11223344")
        anna = staff.sign_in("Anna", "11223344")
        assert not staff.recovery_code_outdated(anna)  # her code wraps her first key
        staff.set_role(anna, "Tom", Role.DESIGNER)
        assert problems("power") == [] and problems("staff") == []
    finally:
        opened.close()


def test_an_old_code_of_an_owner_with_a_key_lifts_a_lock_out_and_is_renewed_at_sign_in(tmp_path):
    """Anna signed in after the upgrade (her first key) with a code from before: the code cannot set a PIN — an
    insider could otherwise forge "a PIN set with the recovery code" with a key of their own (tried below) — and
    her next sign-in gives her a new code that can."""
    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    try:
        code = _old_recovery_code("Anna")
        anna = staff.sign_in("Anna", "1234")
        assert staff.recovery_code_outdated(anna)
        with pytest.raises(NotAllowed, match="no longer sets a PIN"):
            staff.unlock_with_recovery_code("Anna", code, "11223344")
        staff.unlock_with_recovery_code("Anna", code)  # a lock-out is still lifted
        # The insider's forgery of what the refused call would have done:
        mine = Ed25519PrivateKey.generate()
        with write():
            Staff.update(key_public=public_hex(mine)).where(Staff.name == "Anna").execute()
            seal_staff(
                Staff.get(Staff.name == "Anna"),
                "pin",
                anna.staff_id,
                "vm",
                Signer(anna.staff_id, mine),
                by="recovery code",
            )
        found = problems("power")
        assert len(found) == 1 and "gives a staff member a key they did not make" in found[0], found
        with write():
            Staff.update(key_public=anna.signer.public).where(Staff.name == "Anna").execute()
        new_code = staff.renew_outdated_recovery_code(staff.sign_in("Anna", "1234"))
        assert new_code and not staff.recovery_code_outdated(staff.sign_in("Anna", "1234"))
        staff.unlock_with_recovery_code("Anna", new_code, "11223344")
        assert staff.sign_in("Anna", "11223344").role == Role.OWNER
    finally:
        opened.close()


def test_a_value_put_into_a_staff_row_is_never_sealed_by_the_owners_next_change(owner):
    """Tom's row made an owner's past PrintProof gives nothing, and stays nothing when the owner next changes
    Tom (a PIN, his activity): the seal takes role and name from the chain, not the row. A PIN hash put into a row
    is refused rather than sealed by an unrelated change."""
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    with write():
        Staff.update(role="owner").where(Staff.name == "Tom").execute()
    staff.reset_pin(owner, "Tom", "2468")
    assert staff.sign_in("Tom", "2468").role == Role.COUNTER and problems() == []
    with write():
        Staff.update(pin_hash=pins.hash_pin("9999")).where(Staff.name == "Tom").execute()
    with pytest.raises(NotAllowed, match="The staff record of Tom was changed outside PrintProof"):
        staff.set_role(owner, "Tom", Role.DESIGNER)
    staff.reset_pin(owner, "Tom", "1357")  # what the owner does about it
    assert staff.sign_in("Tom", "1357").role == Role.COUNTER and problems() == []


def test_a_staff_seal_of_the_wrong_shape_is_refused_before_the_keys_too(tmp_path):
    opened = open_store(str(v2_store(tmp_path / "old.sqlite3")))
    try:
        tom = Staff.get(Staff.name == "Tom")
        with write():
            append_event(None, "vm", "staff.sealed", subject=f"staff:{tom.id}", payload={"state": {}})
        assert staff.sign_in("Tom", "1111").role == Role.COUNTER
        assert [what for what in problems("power") if "is not what PrintProof writes" in what]
    finally:
        opened.close()


def _raw_event(staff_id: int, kind: str, payload_text: str) -> None:
    """An event whose payload is not what PrintProof writes (inserted past every service)."""
    from printproof.store.chain import CHAIN_COUNTER, GENESIS
    from printproof.store.clock import now
    from printproof.store.counters import next_value
    from printproof.store.models import AuditEvent

    seq = next_value(CHAIN_COUNTER)
    prev = AuditEvent.select(AuditEvent.hash).where(AuditEvent.seq == seq - 1).scalar() or GENESIS
    AuditEvent.insert(
        seq=seq,
        created_at=now(),
        staff=staff_id,
        workstation="vm",
        kind=kind,
        order=None,
        subject="",
        payload=payload_text,
        prev_hash=prev,
        hash="0" * 64,
    ).execute()


@pytest.mark.parametrize("planted", ["digit", "state", "json", "list", "by"])
def test_a_planted_event_of_any_shape_is_refused_not_a_crash(owner, planted):
    anna = Staff.get(Staff.name == "Anna Owner")
    mine = Signer(anna.id, Ed25519PrivateKey.generate())
    with write():
        if planted == "digit":
            append_event(anna.id, "vm", "staff.sealed", subject="staff:²", payload={"state": {}}, signer=mine)
        elif planted == "state":
            append_event(
                anna.id, "vm", "staff.sealed", subject=f"staff:{anna.id}", payload={"state": "owner"}, signer=mine
            )
        elif planted == "by":
            append_event(anna.id, "vm", "settings.changed", payload={"signed": {"by": True, "key": "00", "sig": "00"}})
        else:
            _raw_event(anna.id, "settings.changed", "[1, 2]" if planted == "list" else "{not json")
    assert staff.sign_in("Anna Owner", "123456").role == Role.OWNER
    found = problems("power")
    shape = "is not what PrintProof writes (altered or planted)"
    assert found and (planted in ("by",) or all(shape in what for what in found)), found


def test_what_the_evidence_depends_on_is_read_from_the_owners_signed_events(owner):
    """A governed setting put into the store and taken back before verify runs changes nothing meanwhile: retention
    and automatic erasure, the backup folder, the timestamp authority read the owner's signed values."""
    from printproof.store.settings import get_setting

    setup.change_settings(owner, {"privacy.retention_years": 12})
    with write():
        for key, value in (("privacy.retention_years", 0), ("privacy.auto_erase", True), ("backup.folder", "/tmp/x")):
            Setting.insert(key=key, value=json.dumps(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}
            ).execute()
    assert get_setting("privacy.retention_years") == 12 and get_setting("privacy.auto_erase") is False
    assert get_setting("backup.folder") == ""
    assert shop.settings()["privacy.retention_years"] == 12
    assert len(problems("setting")) == 3


def test_a_damaged_key_row_is_named_and_a_right_pin_is_no_wrong_try(owner):
    staff.add_staff(owner, "Tom", Role.COUNTER, "1111")
    with write():
        Staff.update(key_wrapped="aesgcm1$00$00$00").where(Staff.name == "Tom").execute()
    for _ in range(6):
        with pytest.raises(NotAllowed, match="The key of Tom does not open with this PIN"):
            staff.sign_in("Tom", "1111")
    assert [v.failed_tries for v in staff.list_staff() if v.name == "Tom"] == [0]
    assert problems("staff") == ["the key of staff member Tom was changed outside PrintProof"]
