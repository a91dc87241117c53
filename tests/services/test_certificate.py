"""The signed approval certificate, checked by pyHanko's validator and poppler."""

import io
import subprocess

import pytest

from printproof.domain.enums import Decision
from printproof.domain.errors import NotAllowed
from printproof.domain.vocabulary import CHECKLIST
from printproof.services.artwork import artwork
from printproof.services.evidence import certificates, signing
from printproof.services.proofing import acknowledgements, approvals, proofs
from tests.support.shop import card_png, signature_strokes


def validate(data: bytes):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    cert = load_cert_from_pemder(str(signing.signing_dir() / signing.CERT_FILE))
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return validate_pdf_signature(reader.embedded_signatures[0], ValidationContext(trust_roots=[cert]))


@pytest.fixture
def certificate(owner, card_order, tmp_path):
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "f.png"))
    artwork.add_artwork(owner, card_order, card_png(tmp_path / "b.png"), "back")
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
    return certificates.make_certificate(owner, card_order)


def test_certificate_is_signed_intact_and_readable(certificate, card_order, tmp_path):
    status = validate(certificate)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    path = tmp_path / "cert.pdf"
    path.write_bytes(certificate)
    assert (
        "No syntax or stream encoding errors"
        in subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True).stdout
    )
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in (
        "Freigabebestätigung",
        card_order,
        "Łukasz Żółć",
        "Zum Druck freigegeben",
        "Bei Ausstellung geprüft: unverändert",
        "KORREKTURABZUG",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    count = int(next(line.split()[1] for line in pages.splitlines() if line.startswith("Pages:")))
    assert count >= 4  # the certificate, then the proof's cover and both sides


def test_a_changed_byte_breaks_the_signature(certificate):
    data = bytearray(certificate)
    at = data.find(b"/Title")  # inside the signed byte range
    data[at + 1] = ord("X")
    status = validate(bytes(data))
    assert not status.intact or not status.valid


def test_an_edit_appended_after_signing_is_reported(certificate):
    """An incremental update (how PDF editors save) leaves the signature intact but no longer covering
    the whole file: readers and pyHanko report the document as changed after signing."""
    from pyhanko.pdf_utils.generic import NameObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation import SignatureCoverageLevel

    writer = IncrementalPdfFileWriter(io.BytesIO(certificate))
    writer.root["/PageMode"] = NameObject("/UseOutlines")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    assert validate(certificate).coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert validate(out.getvalue()).coverage != SignatureCoverageLevel.ENTIRE_FILE


def test_counter_staff_may_print_but_not_without_sign_in(certificate, card_order, counter):
    assert certificates.make_certificate(counter, card_order).startswith(b"%PDF")
    with pytest.raises(NotAllowed):
        certificates.make_certificate(None, card_order)


def test_dossier_is_owner_only_signed_and_complete(owner, counter, card_order, tmp_path, certificate):
    from printproof.domain.enums import DisputeCategory, DisputeOutcome, MatchesApproval
    from printproof.services.counter import disputes, dossier, pickup
    from tests.support.shop import image_bytes

    pickup.record_pickup(counter, card_order, "Łukasz Żółć", signature_strokes())
    from PIL import Image

    photo = disputes.Photo("delivered.jpg", image_bytes(Image.new("RGB", (320, 200), "navy"), "JPEG"))
    case = disputes.open_dispute(counter, card_order, DisputeCategory.TEXT, "Tippfehler im Namen", [photo])
    disputes.decide_dispute(
        owner, case.id, MatchesApproval.YES, DisputeOutcome.CUSTOMER_PAYS, "Der Name steht so im freigegebenen Proof."
    )
    with pytest.raises(NotAllowed, match="Only the owner"):
        dossier.make_dossier(counter, card_order)
    pdf = dossier.make_dossier(owner, card_order)
    status = validate(pdf)
    assert status.intact and status.valid
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in (
        "Dossier",
        "Proof-Version 1",
        "Entscheidung des Kunden zu Version 1",
        "Abholung",
        "Reklamation",
        "Tippfehler im Namen",
        "Der Name steht so im freigegebenen Proof",
        "Prüfkette des Auftrags",
        "Auftrag angelegt",  # the trail's events in the shop's words (issue 8), not "order.created"
        "Übergabe gegen Unterschrift",
        "Freigabebestätigung",
        "Kunde zahlt und nimmt die Ware",
        "Text / Tippfehler",
        "KORREKTURABZUG",
    ):
        assert expected in text, expected
    assert "approval.recorded" not in text and "order.created" not in text
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
    assert len(images.splitlines()) > 4  # signatures, the photo, the artwork of the proof


def test_every_page_of_the_dossier_draws_without_a_complaint(owner, card_order, tmp_path, certificate):
    """poppler draws the dossier (its own pages, the proof's, the certificate's) without a word on stderr,
    the proof's watermark with its see-through outline: its transparency is in the page's resources."""
    from printproof.services.counter import dossier

    path = tmp_path / "dossier.pdf"
    path.write_bytes(dossier.make_dossier(owner, card_order))
    done = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "page")], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stderr == ""
    assert len(list(tmp_path.glob("page*.png"))) >= 6
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts), fonts


@pytest.fixture
def own_signing_files(certificate):
    """The shop's key and certificate put back after a test that replaces or damages them: on PostgreSQL they
    live in the tests' shared data folder, where every later test (and the command-line matrix) signs with them."""
    folder = signing.signing_dir()
    kept = {name: (folder / name).read_bytes() for name in (signing.KEY_FILE, signing.CERT_FILE)}
    yield folder
    for name, data in kept.items():
        (folder / name).write_bytes(data)


def new_key_and_certificate(common_name: str):
    """A key and self-signed certificate as another tool (or a trust service) would make them."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def signer_name(pdf: bytes, tmp_path) -> str:
    """Who signed ``pdf``, as poppler's pdfsig reads it (not the library that signed it)."""
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def test_a_replaced_signing_key_signs_the_next_certificate(certificate, own_signing_files, owner, card_order, tmp_path):
    """The signer is read once and kept, but a key and certificate put in its place are used from then on."""
    from cryptography.hazmat.primitives import serialization

    # (the key already in the folder may be of an earlier test's shop: on PostgreSQL it is the data folder's)
    assert "new key" not in signer_name(certificate, tmp_path)
    key, cert = new_key_and_certificate("Druckerei Müller, new key")
    folder = signing.signing_dir()
    (folder / signing.KEY_FILE).write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (folder / signing.CERT_FILE).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    again = certificates.make_certificate(owner, card_order)
    assert "Druckerei Müller, new key" in signer_name(again, tmp_path)
    status = validate(again)  # against the certificate now in the folder
    assert status.intact and status.valid and status.trusted


def test_a_certificate_from_a_trust_service_signs(certificate, owner, card_order, tmp_path, monkeypatch):
    """PRINTPROOF_SIGNING_P12: the shop's PKCS#12 file signs instead of the key made at setup."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    key, cert = new_key_and_certificate("Vertrauensdienst Test")
    p12 = tmp_path / "shop.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"shop", key, cert, None, BestAvailableEncryption(b"geheim")))
    monkeypatch.setenv("PRINTPROOF_SIGNING_P12", str(p12))
    monkeypatch.setenv("PRINTPROOF_SIGNING_PASSWORD", "geheim")
    signed = certificates.make_certificate(owner, card_order)
    assert "Vertrauensdienst Test" in signer_name(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in signer_name(signed, tmp_path)


def test_a_damaged_signing_key_is_one_sentence(certificate, own_signing_files, owner, card_order):
    from printproof.domain.errors import StoreError

    (signing.signing_dir() / signing.KEY_FILE).write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n")
    with pytest.raises(StoreError, match="^The shop's signing key cannot be read.$"):
        certificates.make_certificate(owner, card_order)
