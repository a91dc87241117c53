"""The shop's own signing key: PAdES signatures on certificates and dossiers (pyHanko).

At setup PrintProof creates a self-signed certificate for the shop and keeps key and
certificate in a folder beside the store, readable only by the user (0700/0600). A shop
that has a certificate from a trust service sets ``PRINTPROOF_SIGNING_P12`` (path of the
PKCS#12 file) and ``PRINTPROOF_SIGNING_PASSWORD`` instead; then that certificate signs.

Every certificate the shop's own key ever had is sealed in the audit chain (``signing.certificate``: the
public certificate, its SHA-256, the one it replaces). A key that went missing is never made again silently:
signing refuses until the folder is restored or the owner makes a new key on purpose (:func:`renew_key`),
and ``identify`` tells a document signed with an earlier key of the shop from an altered one.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw
from platformdirs import user_data_path

from ...domain.errors import StoreError
from ...domain.i18n import t
from ...store.models import db

log = logging.getLogger(__name__)
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.signers import SimpleSigner

KEY_FILE, CERT_FILE = "shop-signing-key.pem", "shop-signing-cert.pem"


def signing_dir() -> Path:
    """Where the shop's key lives: beside the SQLite file, or in the user's data folder for PostgreSQL."""
    if isinstance(db.obj, pw.SqliteDatabase):
        return Path(db.obj.database).resolve().parent / "printproof-signing"
    return user_data_path("PrintProof", appauthor=False) / "signing"


def _rsa_3072() -> RSAPrivateKey:
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


new_key: Callable[[], RSAPrivateKey] = _rsa_3072
"""Makes the shop's signing key: a fresh RSA-3072 key (0.2–1 s). Test suites that set up hundreds of shops
inject keys they made once (``use_key_maker``); nothing in the environment changes it."""


def use_key_maker(maker: Callable[[], RSAPrivateKey]) -> None:
    """Make signing keys with ``maker`` from now on in this process (test suites)."""
    global new_key
    new_key = maker


SIGNING_EVENT = "signing.certificate"


@dataclass(frozen=True)
class KnownCertificate:
    """A certificate of the shop's own key, as the audit chain sealed it. ``place``: the computer and key folder
    it lives in (on PostgreSQL each workstation keeps its own key); ``replaces``: the one it took over from."""

    sha256: str
    pem: bytes
    sealed_at: datetime
    place: str = ""
    replaces: str = ""


def key_place() -> str:
    """This computer's key folder, as the chain names where a key lives."""
    from ...store.chain import default_workstation

    return f"{default_workstation()}:{signing_dir()}"


def current_certificates(known: list[KnownCertificate]) -> set[str]:
    """The certificates not replaced by a later one (each place's newest)."""
    replaced = {k.replaces for k in known if k.replaces}
    return {k.sha256 for k in known if k.sha256 not in replaced}


def known_certificates() -> list[KnownCertificate]:
    """Every certificate the shop's own key had, oldest first (from the audit chain: the events an owner's key
    signed, or sealed before the keys)."""
    import json

    from ...store.models import AuditEvent
    from ...store.power import ledger

    accepted = ledger().accepted  # sealed by an owner: one appended past PrintProof is no certificate of the shop
    events = AuditEvent.select(AuditEvent.seq, AuditEvent.payload, AuditEvent.created_at).where(
        AuditEvent.kind == SIGNING_EVENT
    )
    found = []
    for event in events.order_by(AuditEvent.seq):
        if event.seq not in accepted:
            continue
        payload = json.loads(event.payload)
        found.append(
            KnownCertificate(
                str(payload["sha256"]),
                str(payload["pem"]).encode(),
                event.created_at,
                str(payload.get("place", "")),
                str(payload.get("replaces", "")),
            )
        )
    return found


def known_here(known: list[KnownCertificate]) -> list[KnownCertificate]:
    """The certificates sealed for this computer's key folder, oldest first."""
    place = key_place()
    return [k for k in known if k.place == place]


def certificate_sha256(pem: bytes) -> str:
    """The SHA-256 of a certificate (over its DER bytes), as browsers and ``openssl x509 -fingerprint`` show it."""
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def seal_certificate(actor: Any, pem: bytes, replaces: str = "", reason: str = "") -> None:
    """Seal ``pem`` as the shop's current signing certificate in the audit chain."""
    from ...store.db import write
    from ..core import audit

    payload = {
        "sha256": certificate_sha256(pem),
        "pem": pem.decode(),
        "place": key_place(),
        "replaces": replaces,
        "reason": reason,
    }
    with write():
        audit.append(actor, SIGNING_EVENT, payload=payload)


def ensure_shop_certificate(shop_name: str, actor: Any = None) -> Path:
    """The shop's certificate's path: made with its key at setup, and sealed in the chain by the owner.

    Refused in one sentence when this computer's key folder had a key that is gone: a new one made silently
    would make every earlier certificate look altered. Another workstation of the same shop (PostgreSQL: each
    keeps its key in its own data folder) gets its own, sealed beside the others, when the owner signs in there
    (``actor``: the owner; the seal is a power event, ``store/power.py``): until then it signs nothing.
    """
    folder = signing_dir()
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    if cert_path.exists() and key_path.exists():
        _known_from_now_on(cert_path, actor)
        return cert_path
    if known_here(known_certificates()):
        raise StoreError(
            t(
                "The shop's signing key is missing from “{folder}”. Restore that folder from a backup of this "
                "computer, or the owner makes a new key (printproof signing new-key); nothing was signed.",
                folder=folder,
            )
        )
    _needs_owner(actor)
    pem = _make_key(shop_name)
    seal_certificate(actor, pem, reason="setup")
    return cert_path


def _needs_owner(actor: Any) -> None:
    from ...domain.enums import Role

    if actor is None or actor.role != Role.OWNER:
        raise StoreError(
            t(
                "This workstation has no signing key the owner has confirmed yet: the owner signs in here once; "
                "nothing was signed."
            )
        )


_ADOPTED: set[tuple[str, str, float]] = set()


def _known_from_now_on(cert_path: Path, actor: Any) -> None:
    """A key made before its certificates were sealed (before this version) is sealed when the owner signs in
    on its computer, once: from then on it is never replaced silently either. It signs nothing before."""
    stamp = (str(db.obj.database), str(cert_path), cert_path.stat().st_mtime)
    if stamp in _ADOPTED:
        return
    if not known_here(known_certificates()):  # a replaced one is named by verify, never adopted
        _needs_owner(actor)
        seal_certificate(actor, cert_path.read_bytes(), reason="known since this version")
    _ADOPTED.add(stamp)


def owners_sign_in(actor: Any) -> None:
    """When an owner signs in: this workstation's signing key made, or one from before the seals adopted, if it
    has none the chain knows (a second workstation, a restored shop). A key that went missing stays refused."""
    from ...domain.errors import UserError

    if os.environ.get("PRINTPROOF_SIGNING_P12") or actor.signer is None:
        return
    try:
        ensure_shop_certificate(str(_shop_name() or "PrintProof"), actor)
    except UserError as exc:  # signing says so, in one sentence, when it is asked to sign
        log.info("no signing key at sign-in: %s", exc)


def renew_key(actor: Any, reason: str) -> KnownCertificate:
    """The owner makes the shop a new signing key on purpose (the old one is lost or was exposed): the old
    certificate stays known in the chain, so documents it signed still identify as the shop's."""
    from ...domain.enums import Role
    from ...domain.typed_text import clean_line
    from ..core.context import require

    require(actor, Role.OWNER, action="make a new signing key", pin_itself=True)
    reason = clean_line(reason, "reason", required=True)
    known = known_here(known_certificates())
    set_key_aside("replaced")
    shop = str(_shop_name() or "PrintProof")
    pem = _make_key(shop)
    seal_certificate(actor, pem, replaces=known[-1].sha256 if known else "", reason=reason)
    return known_certificates()[-1]


def set_key_aside(why: str) -> None:
    """Move the key and its certificate out of use, never deleting them (a key found again can still sign):
    ``shop-signing-key.pem.<why>-20261206-223000``."""
    folder = signing_dir()
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    for name in (KEY_FILE, CERT_FILE):
        if (folder / name).exists():
            (folder / name).replace(folder / f"{name}.{why}-{stamp}")


def _shop_name() -> str:
    from ...store.settings import get_setting

    return str(get_setting("shop.name") or "")


def _make_key(shop_name: str) -> bytes:
    """Make the key and its self-signed certificate in the signing folder; the certificate's PEM."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    folder = signing_dir()
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        key = new_key()
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, f"{shop_name} (PrintProof)"[:64]),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, shop_name[:64] or "PrintProof"),
            ]
        )
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * 15))  # records are kept 10 years
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        key_bytes = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key_bytes)
        pem = cert.public_bytes(serialization.Encoding.PEM)
        cert_path.write_bytes(pem)
    except OSError as exc:
        raise StoreError(
            t(
                "The shop's signing key cannot be stored in “{folder}”: {error}.",
                folder=folder,
                error=exc.strerror or exc,
            )
        ) from exc
    return pem


_SIGNERS: dict[tuple[object, ...], SimpleSigner] = {}
_SIGNERS_LOCK = threading.Lock()


def _signer(shop_name: str) -> SimpleSigner:
    """The shop's signer, read once per process and kept while its files stay the same.

    Reading an RSA key makes the ``cryptography`` library check it (~130–200 ms for a 3072-bit key on a
    shop PC), holding Python's interpreter lock all the while, so the window stands still even when the
    signing runs in the background; and pyHanko's own signer reads the key again for every signature.
    """
    p12 = os.environ.get("PRINTPROOF_SIGNING_P12")
    if p12:
        password = os.environ.get("PRINTPROOF_SIGNING_PASSWORD", "").encode() or None
        files: tuple[object, ...] = ("p12", p12, _stamp(Path(p12)), password)
    else:
        cert_path = ensure_shop_certificate(shop_name)
        key_path = signing_dir() / KEY_FILE
        files = ("pem", str(key_path), _stamp(key_path), str(cert_path), _stamp(cert_path))
    with _SIGNERS_LOCK:
        signer = _SIGNERS.get(files)
        if signer is None:
            signer = _load_p12(p12, password) if p12 else _load_own(key_path, cert_path)
            _SIGNERS.clear()
            _SIGNERS[files] = signer
        return signer


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def _load_p12(p12: str, password: bytes | None) -> SimpleSigner:
    from pyhanko.sign import signers

    # pyhanko leaves load_pkcs12 unannotated; it answers None if unreadable
    signer: SimpleSigner | None = signers.SimpleSigner.load_pkcs12(p12, passphrase=password)
    if signer is None:
        raise StoreError(t("The shop's signing key cannot be read."))
    return _kept_key_signer(
        signer.signing_cert, signer.signing_key, signer.cert_registry, signer.signature_mechanism, None
    )


def _kept_key_signer(cert: Any, info: Any, registry: Any, mechanism: Any, key: Any) -> SimpleSigner:
    """A pyHanko signer that reads its private key into ``cryptography`` once, not for every signature."""
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers

    class KeptKeySigner(signers.SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
            from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
            from pyhanko_certvalidator.util import get_pyca_cryptography_hash, process_pss_params

            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                name = mechanism.signature_algo
            except ValueError:  # as pyHanko's own sign_raw
                name = mechanism["algorithm"].native
            if isinstance(kept, RSAPrivateKey) and name == "rsassa_pkcs1v15":
                return kept.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
            if isinstance(kept, RSAPrivateKey) and name == "rsassa_pss":
                padding, hash_algo = process_pss_params(mechanism["parameters"])
                return kept.sign(data, padding, hash_algo)
            return bytes(super().sign_raw(data, digest_algorithm))  # other key types: pyHanko's own way

    kept = key if key is not None else serialization.load_der_private_key(info.dump(), password=None)
    return KeptKeySigner(signing_cert=cert, signing_key=info, cert_registry=registry, signature_mechanism=mechanism)


def _load_own(key_path: Path, cert_path: Path) -> SimpleSigner:
    """The key PrintProof made itself at setup (so its RSA check can be skipped) and its certificate."""
    from asn1crypto import keys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        key = serialization.load_pem_private_key(
            key_path.read_bytes(), password=None, unsafe_skip_rsa_key_validation=True
        )
        cert = load_cert_from_pemder(str(cert_path))  # type: ignore[no-untyped-call]  # pyHanko: unannotated
    except (OSError, ValueError, TypeError) as exc:  # missing, damaged, or protected by a password
        raise StoreError(t("The shop's signing key cannot be read.")) from exc
    info = keys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]  # as pyHanko's SimpleSigner.load
    return _kept_key_signer(cert, info, registry, None, key)


def sign_pdf(pdf: bytes, shop_name: str, reason: str, location: str = "") -> bytes:
    """Sign ``pdf``: PAdES B-T with the shop's timestamp authority where one is set up, else B-B.

    Any later change shows as tampering in a PDF reader. An authority that does not answer does not stop
    the certificate at the counter: it is signed without the timestamp, and a certificate made later
    carries one.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from .timestamps import timestamper

    meta = signers.PdfSignatureMetadata(
        field_name="PrintProof",
        reason=reason,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    stamper = timestamper()
    if stamper is not None:
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
            stamped: io.BytesIO = signers.sign_pdf(writer, meta, signer=_signer(shop_name), timestamper=stamper)
            return stamped.getvalue()
        except (OSError, ValueError) as exc:  # the authority is offline or answered nonsense
            log.info("signed without a timestamp: %s", exc)
        except Exception as exc:  # pyHanko wraps the request's failure in its own errors
            if "Timestamp" not in type(exc).__name__ and "timestamp" not in str(exc).casefold():
                raise
            log.info("signed without a timestamp: %s", exc)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out: io.BytesIO = signers.sign_pdf(writer, meta, signer=_signer(shop_name))  # a new BytesIO without output=
    return out.getvalue()


def shop_certificate_pem() -> bytes:
    return (signing_dir() / CERT_FILE).read_bytes()
