"""Stores as they were and stores shared between processes: a schema-2 file, a store's URL for a second process,
the script a killed writer runs."""

from __future__ import annotations

import gzip
from pathlib import Path

from printproof.store.models import db


def v2_store(path: Path) -> Path:
    """The store a shop has on disk from before schema 3 (tests/data/README.md says how it was made)."""
    path.write_bytes(gzip.decompress((Path(__file__).parents[1] / "data" / "store-v2.sqlite3.gz").read_bytes()))
    return path


def _url(store) -> str:  # noqa: ANN001

    params = db.obj.connect_params
    return f"postgresql://{params['user']}@{params['host']}:{params['port']}/{db.obj.database}"


KILL_SCRIPT = r"""
import sys
from printproof.store.db import open_store
from printproof.services.admin import staff
from printproof.services.artwork import artwork
from printproof.services.core import orders
from printproof.services.proofing import acknowledgements, approvals, proofs
from printproof.domain.enums import Decision
from printproof.domain.signature import Point
from printproof.domain.spec import JobSpec
from printproof.domain.vocabulary import CHECKLIST
open_store(sys.argv[1])
actor = staff.sign_in("Anna", "123456")
spec = JobSpec("Visitenkarte", 85, 55, 3, 100)
print("ready", flush=True)
while True:
    number = orders.new_order(actor, orders.CustomerInput("K"), spec).number
    artwork.add_artwork(actor, number, sys.argv[2])
    artwork.add_artwork(actor, number, sys.argv[2], "back")
    proofs.make_proof(actor, number)
    approvals.record_approval(actor, number, decision=Decision.APPROVED, customer_name="K",
                              checklist=dict.fromkeys(CHECKLIST, True),
                              strokes=[[Point(50 + i * 10, 150 + (i % 7) * 12, 0.6, i * 10.0) for i in range(60)]],
                              acknowledged=acknowledgements.serious_keys(proofs.get_proof(number)))
"""
