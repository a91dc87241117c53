"""Signatures and timestamps checked by tools that did not make them (pyHanko's validator, pyhanko-cli)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import subprocess

from printproof.services.evidence import signing


def tsa_context(tsa):
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    _, _, der = pem.unarmor(tsa.ca_pem)
    return ValidationContext(trust_roots=[x509.Certificate.load(der)])


def validate_token(token: bytes, message: bytes, tsa):
    """pyHanko's validator on a stored token, against the loopback authority's CA."""
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko.sign.validation.status import TimestampSignatureStatus

    signed = cms.ContentInfo.load(token)["content"]
    kwargs = asyncio.run(
        validate_tst_signed_data(signed, tsa_context(tsa), lambda algo: hashlib.new(algo, message).digest())
    )
    return TimestampSignatureStatus(**kwargs)


def validate_pdf(data: bytes, tsa):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    shop_cert = load_cert_from_pemder(str(signing.signing_dir() / signing.CERT_FILE))
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return validate_pdf_signature(
        reader.embedded_signatures[0],
        ValidationContext(trust_roots=[shop_cert]),
        ts_validation_context=tsa_context(tsa) if tsa is not None else None,
    )


def pyhanko_cli_validates(data: bytes, folder, cert=None) -> str:  # noqa: ANN001
    """pyHanko's own command line (the separate pyhanko-cli package) judges the signature against the shop's
    certificate (or ``cert``, a PEM file), as a customer's lawyer would: its one-line summary (``…:VALID``:
    intact and trusted)."""
    import sys
    from pathlib import Path

    pdf = Path(folder) / "to-validate.pdf"
    pdf.write_bytes(data)
    cert = cert or signing.signing_dir() / signing.CERT_FILE
    tool = Path(sys.executable).parent / "pyhanko"
    done = subprocess.run(
        [str(tool), "sign", "validate", "--executive-summary", "--no-revocation-check", "--trust-replace",
         "--trust", str(cert), str(pdf)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    summary = done.stdout.strip()
    assert done.returncode == 0 and summary.endswith(":VALID"), done.stdout + done.stderr  # intact and trusted
    return summary
