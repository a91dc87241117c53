"""`printproof identify FILE`: any PDF named by order, version and status — approved, superseded, voided,
changes requested, altered — and for certificates and dossiers whether the signature holds and when it
was timestamped. Files are altered with pikepdf, a tool that did not write them."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pikepdf
import pytest

from printproof.domain.errors import UserError
from printproof.services.admin import setup
from printproof.services.counter.dossier import make_dossier
from printproof.services.evidence import certificates
from printproof.services.evidence.identify import identify_bytes, identify_code, identify_file
from printproof.store.blobs import blob_bytes
from tests.support.shop import PRINTPROOF
from tests.support.stories import make_history
from tests.support.tsa_server import LoopbackTSA


@pytest.fixture
def history(owner, card_order, tmp_path):
    return make_history(owner, card_order, tmp_path)


def test_approved_superseded_voided_and_altered_proofs_are_named(owner, card_order, history, tmp_path):
    assert history["states"] == {"v1 while approved": "approved", "v2 with changes asked": "changes_requested"}
    setup.change_settings(owner, {"shop.language": "en"})
    found = {v: identify_bytes(blob_bytes(history[v].sha256)) for v in ("v1", "v2", "v3")}
    assert {v: (f.kind, f.order, f.version, f.status) for v, f in found.items()} == {
        "v1": ("proof", card_order, 1, "voided"),
        "v2": ("proof", card_order, 2, "superseded"),
        "v3": ("proof", card_order, 3, "approved"),
    }
    assert found["v3"].lines == [f"Proof version 3 of order {card_order}: the approved version."]
    assert found["v1"].lines == [f"Proof version 1 of order {card_order}: its approval was voided."]

    # Altered by another tool: one word of the cover changed and saved again — the bytes match nothing stored.
    pdf = pikepdf.open(io.BytesIO(blob_bytes(history["v3"].sha256)))
    pdf.docinfo["/Title"] = "Approved, honestly"
    out = io.BytesIO()
    pdf.save(out)
    altered = identify_bytes(out.getvalue())
    assert (altered.kind, altered.order, altered.version, altered.status) == ("proof", card_order, 3, "altered")
    assert "bytes match no proof PrintProof stored" in altered.lines[0]

    # A file from elsewhere.
    stranger = tmp_path / "other.pdf"
    other = pikepdf.new()
    other.add_blank_page()
    other.save(stranger)
    assert identify_file(stranger).status == "unknown"


def test_certificates_and_dossiers_say_whether_the_signature_holds_and_when_it_was_timestamped(
    owner, card_order, history
):
    tsa = LoopbackTSA().start()
    try:
        setup.change_settings(owner, {"timestamp.url": tsa.url, "timestamp.ca_pem": tsa.ca_pem.decode()})
        certificate = certificates.make_certificate(owner, card_order)
        dossier = make_dossier(owner, card_order)
    finally:
        tsa.stop()
    found = identify_bytes(certificate)
    assert (found.kind, found.order, found.version, found.status, found.signature) == (
        "certificate",
        card_order,
        3,
        "approved",
        "valid",
    )
    assert found.timestamp is not None and any("Timestamped by the authority at" in line for line in found.lines)
    assert identify_bytes(dossier).kind == "dossier" and identify_bytes(dossier).signature == "valid"

    # A byte changed inside the signed range: the signature no longer holds.
    broken = bytearray(certificate)
    at = broken.index(b"/Producer") if b"/Producer" in broken else len(broken) // 3
    broken[at + 2] ^= 0x20
    assert identify_bytes(bytes(broken)).signature == "broken"


def test_a_scanned_code_from_a_printed_copy_is_checked(owner, card_order, history):
    proof_v1 = history["v1"]
    code = f"PRINTPROOF|{card_order}|v1|{proof_v1.content_sha256}"
    assert identify_code(code).status == "voided"
    assert identify_code(code.replace(proof_v1.content_sha256, "ab" * 32)).status == "altered"
    with pytest.raises(UserError, match="no order number and no PrintProof code"):
        identify_code("hello")


def test_identify_on_the_command_line(owner, card_order, history, tmp_path, store):
    path = tmp_path / "v2.pdf"
    path.write_bytes(blob_bytes(history["v2"].sha256))
    env = {**os.environ, "PRINTPROOF_DB": store.location, "PRINTPROOF_USER": "Anna Owner", "PRINTPROOF_PIN": "123456"}
    run = subprocess.run([*PRINTPROOF, "identify", str(path), "--json"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["order"], data["version"], data["status"]) == (card_order, 2, "superseded")
    missing = subprocess.run(
        [*PRINTPROOF, "identify", str(tmp_path / "none.pdf")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert missing.returncode == 2 and missing.stderr.strip() == f"“{tmp_path / 'none.pdf'}” does not exist."


def test_every_status_word_speaks_german():
    from printproof.domain.catalogue import SENTENCES, lookup
    from printproof.services.evidence.identify import STATUS_WORDS

    assert all(lookup("de", SENTENCES, words) for words in STATUS_WORDS.values())


def test_a_pipe_a_device_or_a_folder_is_one_sentence_and_nothing_waits(tmp_path):
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)  # nothing ever writes into it: a reader that opened it plainly would wait for ever
    for path, said in ((pipe, "pipe"), (Path("/dev/zero"), "device"), (tmp_path, "folder")):
        with pytest.raises(UserError) as refused:
            identify_file(path)
        assert said in str(refused.value) and "\n" not in str(refused.value)
