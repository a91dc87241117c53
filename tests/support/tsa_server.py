"""A real RFC 3161 timestamp authority on loopback, for the tests.

HTTP on 127.0.0.1 (a free port), ``application/timestamp-query`` in, ``application/timestamp-reply`` out.
Its tokens are made by pyHanko's own timestamp classes (``DummyTimeStamper``: a TSA signing with the key and
certificate it is given) under a CA made here, so pyHanko's validator can check them against that CA.
Optionally it asks for HTTP basic credentials, and it can be switched "offline" (connections refused).
"""

from __future__ import annotations

import base64
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _make_pki() -> tuple[bytes, bytes, bytes]:
    """(CA certificate PEM, TSA certificate DER, TSA key DER)."""
    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Loopback Test Time CA"))
        .issuer_name(_name("Loopback Test Time CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = (
        x509.CertificateBuilder()
        .subject_name(_name("Loopback Test TSA"))
        .issuer_name(ca.subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_der = tsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ca.public_bytes(serialization.Encoding.PEM), tsa.public_bytes(serialization.Encoding.DER), key_der


class LoopbackTSA:
    """Start with :meth:`start`; ``url``, ``ca_pem`` and ``requests`` (how many tokens it issued)."""

    def __init__(self, user: str = "", password: str = "") -> None:
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

        self.ca_pem, tsa_der, key_der = _make_pki()
        ca_cert = asn1_x509.Certificate.load(
            x509.load_pem_x509_certificate(self.ca_pem).public_bytes(serialization.Encoding.DER)
        )
        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa_der),
            tsa_key=keys.PrivateKeyInfo.load(key_der),
            certs_to_embed=[ca_cert],
        )
        self.user, self.password = user, password
        self.requests = 0
        self.server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/tsa"

    def start(self) -> LoopbackTSA:
        authority = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                if authority.user:
                    expected = base64.b64encode(f"{authority.user}:{authority.password}".encode()).decode()
                    if self.headers.get("Authorization") != f"Basic {expected}":
                        self.send_response(401)
                        self.send_header("WWW-Authenticate", 'Basic realm="tsa"')
                        self.end_headers()
                        return
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.headers.get("Content-Type") != "application/timestamp-query":
                    self.send_response(400)
                    self.end_headers()
                    return
                answer = authority.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                authority.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Go offline: the port refuses connections until :meth:`start` again (on the same port)."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
