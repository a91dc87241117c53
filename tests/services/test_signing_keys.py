"""The shop's signing key is never replaced silently (issue 22): every certificate its key had is sealed in the
audit chain; a key gone from its folder makes signing refuse instead of making a new one (which made every
earlier approval certificate look "changed after it was signed"); the owner makes a new key on purpose, and a
document signed with the earlier key identifies as the shop's, told apart from an altered one and from a key the
shop does not know; a certificate replaced outside PrintProof is named by verify."""

from __future__ import annotations

import shutil

import pytest

from printproof.domain.errors import NotAllowed, StoreError
from printproof.services.admin import staff
from printproof.services.artwork import artwork
from printproof.services.evidence import certificates, signing
from printproof.services.evidence.identify import identify_bytes
from printproof.services.evidence.verify import verify_store as _verify_store
from printproof.services.proofing import proofs
from tests.support.shop import card_png
from tests.support.signatures import pyhanko_cli_validates
from tests.support.stories import approve


def verify_store():  # the live store's check: also the signing certificate
    return _verify_store(compare_backups=True)


pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # the key folder beside the store file


@pytest.fixture
def approved(owner, card_order, tmp_path) -> str:
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "front.png"))
    proofs.make_proof(owner, card_order)
    approve(owner, card_order)
    return card_order


def test_the_key_is_sealed_at_setup_and_a_lost_one_is_never_made_again_silently(owner, approved):
    folder = signing.signing_dir()
    known = signing.known_certificates()
    assert [k.sha256 for k in known] == [signing.certificate_sha256((folder / signing.CERT_FILE).read_bytes())]
    before = certificates.make_certificate(owner, approved)
    assert identify_bytes(before).signature == "valid"
    shutil.rmtree(folder)  # the folder lost (a new computer, a cleaned disk)
    with pytest.raises(StoreError, match="signing key is missing"):
        certificates.make_certificate(owner, approved)
    assert not (folder / signing.KEY_FILE).exists()  # nothing made behind the owner's back


def test_a_new_key_on_purpose_keeps_the_earlier_documents_the_shops(owner, counter, approved, tmp_path):
    earlier = certificates.make_certificate(owner, approved)
    with pytest.raises(NotAllowed):
        signing.renew_key(counter, "lost laptop")
    made = signing.renew_key(owner, "the old key was on a stolen laptop")
    assert [k.sha256 for k in signing.known_certificates()][-1] == made.sha256
    assert len(signing.known_certificates()) == 2
    now = certificates.make_certificate(owner, approved)
    assert identify_bytes(now).signature == "valid"
    told = identify_bytes(earlier)
    assert told.signature == "earlier", told.lines
    assert any("earlier key of this shop" in line for line in told.lines)
    # Outside PrintProof: pyHanko's command line trusts the earlier document by the earlier certificate, as the
    # chain keeps it (what a lawyer is given).
    earlier_pem = tmp_path / "earlier.pem"
    earlier_pem.write_bytes(signing.known_certificates()[0].pem)
    pyhanko_cli_validates(earlier, tmp_path, earlier_pem)
    altered = bytearray(earlier)
    at = altered.rindex(b"/Producer")  # a byte inside the signed range
    altered[at + 2] ^= 0x01
    assert identify_bytes(bytes(altered)).signature == "broken"
    assert verify_store().ok


def test_a_certificate_replaced_outside_printproof_is_named_and_its_documents_are_foreign(owner, approved, tmp_path):
    folder = signing.signing_dir()
    aside = tmp_path / "aside"
    shutil.copytree(folder, aside)
    for name in (signing.KEY_FILE, signing.CERT_FILE):  # someone makes their own key in the shop's folder
        (folder / name).unlink()
    signing._make_key("Druckerei Müller")
    report = verify_store()
    assert [p.kind for p in report.problems] == ["signing key"], report.problems
    foreign = certificates.make_certificate(owner, approved)
    for name in (signing.KEY_FILE, signing.CERT_FILE):  # the shop's own key put back
        shutil.copy(aside / name, folder / name)
    assert verify_store().ok
    told = identify_bytes(foreign)
    assert told.signature == "foreign" and any("does not know" in line for line in told.lines), told.lines


def test_each_workstation_of_a_postgresql_shop_signs_with_its_own_key(owner, approved, tmp_path, monkeypatch):
    """On PostgreSQL each workstation keeps its key in its own data folder: a second workstation makes its own
    (sealed beside the first), it does not refuse as if the shop's key were lost; both sign valid documents."""
    first = certificates.make_certificate(owner, approved)
    second_folder = tmp_path / "second-workstation" / "signing"
    monkeypatch.setattr(signing, "signing_dir", lambda: second_folder)
    with pytest.raises(StoreError, match="the owner signs in here once"):  # an appended certificate is no key
        certificates.make_certificate(owner, approved)
    staff.sign_in(owner.name, "123456")  # the owner on the second workstation: its key, sealed by her
    second = certificates.make_certificate(owner, approved)
    assert len({k.place for k in signing.known_certificates()}) == 2
    assert identify_bytes(second).signature == "valid"
    monkeypatch.undo()
    assert identify_bytes(first).signature == "valid" and identify_bytes(second).signature == "valid"
    assert verify_store().ok


def test_an_appended_certificate_is_no_certificate_of_the_shop(owner, approved, tmp_path):
    """An insider's own key, its certificate sealed by an event appended with PrintProof's hashing code: identify
    calls what it signs foreign, and verify names the event."""
    from printproof.store.chain import append_event
    from printproof.store.db import write
    from printproof.store.models import Staff

    folder = signing.signing_dir()
    for name in (signing.KEY_FILE, signing.CERT_FILE):
        (folder / name).replace(tmp_path / name)
    pem = signing._make_key("Druckerei Müller")
    anna = Staff.get(Staff.name == owner.name)
    payload = {"sha256": signing.certificate_sha256(pem), "pem": pem.decode(), "place": signing.key_place()}
    with write():
        append_event(anna.id, "vm", "signing.certificate", payload={**payload, "replaces": "", "reason": "x"})
    assert signing.certificate_sha256(pem) not in {k.sha256 for k in signing.known_certificates()}
    forged = certificates.make_certificate(owner, approved)  # signed with the insider's key
    for name in (signing.KEY_FILE, signing.CERT_FILE):  # the shop's own key back in its folder
        (tmp_path / name).replace(folder / name)
    assert identify_bytes(forged).signature == "foreign"
    assert [p.kind for p in _verify_store().problems] == ["power"]
