"""Trusted time: a real RFC 3161 authority on loopback stamps the chain head and every certificate and dossier.

The tokens are checked with pyHanko's own validator against the loopback authority's CA, not with
PrintProof's code.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from printproof.domain.enums import Decision
from printproof.domain.errors import UserError
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.admin import setup
from printproof.services.artwork import artwork
from printproof.services.counter.dossier import make_dossier
from printproof.services.evidence import certificates
from printproof.services.evidence.timestamps import due, head_message, stamp_chain_head, stamp_if_due
from printproof.services.evidence.verify import verify_store
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.store.db import is_sqlite
from printproof.store.models import AuditEvent, ChainTimestamp, TimestampQueue, db
from printproof.store.triggers import drop_triggers
from tests.support.shop import card_png, signature_strokes, table_counts
from tests.support.signatures import validate_pdf, validate_token
from tests.support.tsa_server import LoopbackTSA


@pytest.fixture
def tsa():
    authority = LoopbackTSA().start()
    yield authority
    authority.stop()


@pytest.fixture
def with_tsa(owner, tsa):
    setup.change_settings(owner, {"timestamp.url": tsa.url, "timestamp.ca_pem": tsa.ca_pem.decode()})
    return tsa


def test_the_chain_head_is_timestamped_and_checked_by_pyhankos_validator(owner, with_tsa):
    assert due()
    head = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    result = stamp_chain_head(owner)
    assert result.stamped == [head.seq] and not result.queued and with_tsa.requests == 1
    stamp = ChainTimestamp.get()
    assert (stamp.seq, stamp.head_hash) == (head.seq, head.hash)
    status = validate_token(bytes(stamp.token), head_message(head.seq, head.hash), with_tsa)
    assert status.intact and status.valid and status.trusted
    assert abs(status.timestamp - datetime.now(UTC)) < timedelta(minutes=1)
    assert not validate_token(bytes(stamp.token), head_message(head.seq, "0" * 64), with_tsa).intact
    event = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert event.kind == "chain.timestamped" and stamp.token_sha256 in event.payload
    assert not due()  # once a day
    assert stamp_if_due(owner) is None and with_tsa.requests == 1
    assert verify_store().ok


def test_deleted_events_under_a_timestamped_head_are_named(owner, with_tsa, card_order):
    first = AuditEvent.select().order_by(AuditEvent.seq.desc()).first().seq  # the order's creation
    stamp_chain_head(owner)
    stamped = ChainTimestamp.get()
    drop_triggers()
    db.execute_sql(f"DELETE FROM audit_event WHERE seq >= {first}")
    db.execute_sql(f"UPDATE counter SET value = {first - 1} WHERE name = 'audit_chain'")
    found = [p.what for p in verify_store().problems if p.kind == "timestamp"]
    when = stamped.stamped_at.strftime("%Y-%m-%d %H:%M UTC")
    assert found == [f"event {stamped.seq}, timestamped by the authority at {when}, is missing from the store"]


def test_an_offline_shop_queues_and_stamps_later(owner, tsa):
    setup.change_settings(owner, {"timestamp.url": tsa.url})
    tsa.stop()
    result = stamp_chain_head(owner)
    assert result.stamped == [] and len(result.queued) == 1
    assert result.error == f"The timestamp authority {tsa.url} cannot be reached; the timestamp is queued."
    assert TimestampQueue.select().count() == 1 and ChainTimestamp.select().count() == 0
    queued = TimestampQueue.get()
    assert queued.tries == 1 and "cannot be reached" in queued.last_error
    assert due()
    tsa.start()
    later = stamp_if_due(owner)
    assert later.stamped == [queued.seq] and TimestampQueue.select().count() == 0
    assert ChainTimestamp.get().head_hash == queued.head_hash
    assert verify_store().ok


def test_credentials_are_sent_and_a_refusal_is_one_sentence(owner):
    authority = LoopbackTSA(user="shop", password="s3cret").start()
    try:
        setup.change_settings(owner, {"timestamp.url": authority.url, "timestamp.user": "shop"})
        result = stamp_chain_head(owner)
        assert result.error == f"The timestamp authority {authority.url} refused the user name or password."
        setup.change_settings(owner, {"timestamp.password": "s3cret"})
        assert "s3cret" not in AuditEvent.select().order_by(AuditEvent.seq.desc()).first().payload
        assert stamp_if_due(owner).stamped and TimestampQueue.select().count() == 0
    finally:
        authority.stop()


def test_bad_settings_are_refused_in_one_sentence(owner):
    before = table_counts()
    with pytest.raises(UserError, match="must start with http:// or https://"):
        setup.change_settings(owner, {"timestamp.url": "tsa.example.com"})
    with pytest.raises(UserError, match="PEM"):
        setup.change_settings(owner, {"timestamp.ca_pem": "not a certificate"})
    with pytest.raises(UserError, match="No timestamp authority is set up"):
        stamp_chain_head(owner)
    assert table_counts() == before


@pytest.fixture
def approved(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    proofs.make_proof(owner, card_order)
    approvals.record_approval(
        owner,
        card_order,
        decision=Decision.APPROVED,
        customer_name="Łukasz Żółć",
        checklist=dict.fromkeys(CHECKLIST, True),
        strokes=signature_strokes(),
        acknowledged=acknowledgements.serious_keys(proofs.get_proof(card_order)),
    )
    return card_order


def test_certificates_and_dossiers_carry_a_signature_timestamp(owner, approved, with_tsa, tmp_path):
    for made in (certificates.make_certificate(owner, approved), make_dossier(owner, approved)):
        status = validate_pdf(made, with_tsa)
        assert status.bottom_line and status.trusted
        assert status.timestamp_validity is not None and status.timestamp_validity.trusted
        assert abs(status.timestamp_validity.timestamp - datetime.now(UTC)) < timedelta(minutes=1)
        path = tmp_path / "signed.pdf"
        path.write_bytes(made)
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True).stdout
        assert "No syntax or stream encoding errors" in check
    assert with_tsa.requests == 4  # pyHanko asks once to learn the size of the token, then for the token


def test_an_offline_authority_does_not_stop_the_certificate(owner, approved, tsa):
    setup.change_settings(owner, {"timestamp.url": tsa.url})
    tsa.stop()
    made = certificates.make_certificate(owner, approved)
    status = validate_pdf(made, tsa)
    assert status.bottom_line and status.timestamp_validity is None  # B-B now; a later copy carries the time


def test_a_stored_token_cannot_be_swapped(owner, with_tsa):
    stamp_chain_head(owner)
    assert verify_store().ok
    drop_triggers()
    forged = bytearray(bytes(ChainTimestamp.get().token))
    forged[-10] ^= 1
    placeholder = "?" if is_sqlite() else "%s"
    db.execute_sql(f"UPDATE chain_timestamp SET token = {placeholder}", (bytes(forged),))
    found = [p.what for p in verify_store().problems if p.kind == "timestamp"]
    assert len(found) == 1 and "does not hold" in found[0]


def test_the_daily_stamp_runs_in_its_own_process_and_rides_along_with_the_backup(owner, with_tsa, store, tmp_path):
    import json
    import os
    import sys

    env = {**os.environ}
    run = subprocess.run(
        [sys.executable, "-m", "printproof.services.evidence.timestamps", "--db", store.location],
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout.splitlines()[-1])
    assert answer["ok"] and len(answer["stamped"]) == 1 and ChainTimestamp.select().count() == 1
    again = subprocess.run(
        [sys.executable, "-m", "printproof.services.evidence.timestamps", "--db", store.location],
        capture_output=True,
        text=True,
    )
    assert json.loads(again.stdout.splitlines()[-1])["stamped"] == []  # once a day
    folder = tmp_path / "backups"
    folder.mkdir()
    setup.change_settings(owner, {"backup.folder": str(folder)})
    backup = subprocess.run(
        [sys.executable, "-m", "printproof.services.admin.auto_backup", "--db", store.location],
        capture_output=True,
        text=True,
    )
    made = json.loads(backup.stdout.splitlines()[-1])
    assert made["ok"] and made["head"]["seq"] >= ChainTimestamp.get().seq and "timestamp" not in made


def test_hourly_retries_while_offline_queue_one_head(owner, tsa):
    setup.change_settings(owner, {"timestamp.url": tsa.url})
    tsa.stop()
    for _ in range(3):
        assert stamp_if_due(owner).error
        setup.change_settings(owner, {"timestamp.user": ""})  # the chain moves on meanwhile
    assert TimestampQueue.select().count() == 1 and TimestampQueue.get().tries == 3
